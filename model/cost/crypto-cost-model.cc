/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "crypto-cost-model.h"

#include "ns3/double.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/simulator.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CryptoCostModel");

NS_OBJECT_ENSURE_REGISTERED(CryptoCostModel);

namespace
{

/// What an operation is called, its block and its calibrated default costs.
struct OperationInfo
{
    const char* name;      //!< Attribute prefix
    std::size_t blockSize; //!< octets per block
    int64_t fixedNs;       //!< default cost per call (ns)
    int64_t perBlockNs;    //!< default cost per block (ns)
};

// Defaults: `crypto-benchmark 0.5` on the calibration machine, the median of three runs of each
// figure (doc/crypto-cost.rst, "Calibration"), in the order of CryptoCostModel::Operation.
constexpr std::array<OperationInfo, CryptoCostModel::OPERATION_COUNT> OPERATIONS{{
    {"HmacSha1", 64, 729, 36},
    {"HmacSha256", 64, 761, 37},
    {"AesCmac", 16, 456, 17},
    {"AesBlock", 16, 25, 328},
    {"AesCcmSeal", 16, 1626, 17},
    {"AesCcmOpen", 16, 1407, 12},
    {"AesKeyWrap", 16, 933, 1109},
    {"AesKeyUnwrap", 16, 940, 1532},
    {"KbkdfCmac", 16, 1230, 368},
    {"Dot16Kdf", 16, 884, 1278},
    {"PrfPlus", 16, 892, 1476},
}};

} // namespace

template <CryptoCostModel::Operation Op, CryptoCostModel::CostTable CryptoCostModel::*Table>
void
CryptoCostModel::AddCostAttribute(TypeId& tid,
                                  const std::string& name,
                                  const std::string& help,
                                  int64_t defaultNs)
{
    tid.AddAttribute(name,
                     help,
                     TimeValue(NanoSeconds(defaultNs)),
                     MakeTimeAccessor(&CryptoCostModel::SetTableCost<Op, Table>,
                                      &CryptoCostModel::GetTableCost<Op, Table>),
                     MakeTimeChecker(Time(0)));
}

template <CryptoCostModel::Operation Op>
void
CryptoCostModel::AddOperationAttributes(TypeId& tid)
{
    const OperationInfo& info = OPERATIONS[Op];
    const std::string name = info.name;
    AddCostAttribute<Op, &CryptoCostModel::m_fixed>(tid,
                                                    name + "Fixed",
                                                    "Simulated CPU time of one " + name +
                                                        " call, before CpuScale.",
                                                    info.fixedNs);
    AddCostAttribute<Op, &CryptoCostModel::m_perBlock>(tid,
                                                       name + "PerBlock",
                                                       "Simulated CPU time of " + name + " per " +
                                                           std::to_string(info.blockSize) +
                                                           "-octet block, before CpuScale.",
                                                       info.perBlockNs);
}

template <std::size_t... I>
void
CryptoCostModel::AddAllOperationAttributes(TypeId& tid, std::index_sequence<I...>)
{
    (AddOperationAttributes<static_cast<Operation>(I)>(tid), ...);
}

TypeId
CryptoCostModel::GetTypeId()
{
    static TypeId tid = [] {
        TypeId t = TypeId("ns3::CryptoCostModel")
                       .SetParent<Object>()
                       .SetGroupName("SecureHandover")
                       .AddConstructor<CryptoCostModel>()
                       .AddAttribute("CpuScale",
                                     "Multiplies every cost: 10 makes this node's CPU ten times "
                                     "slower than the calibration machine, 0 makes crypto free.",
                                     DoubleValue(1.0),
                                     MakeDoubleAccessor(&CryptoCostModel::m_cpuScale),
                                     MakeDoubleChecker<double>(0.0));
        AddAllOperationAttributes(t, std::make_index_sequence<OPERATION_COUNT>());
        t.AddTraceSource("Charged",
                         "An operation was charged to this node's CPU.",
                         MakeTraceSourceAccessor(&CryptoCostModel::m_chargedTrace),
                         "ns3::CryptoCostModel::ChargedTracedCallback");
        return t;
    }();
    return tid;
}

CryptoCostModel::CryptoCostModel()
    : m_cpuScale(1.0),
      m_busyUntil(0)
{
    NS_LOG_FUNCTION(this);
}

CryptoCostModel::~CryptoCostModel()
{
    NS_LOG_FUNCTION(this);
}

std::string
CryptoCostModel::GetOperationName(Operation op)
{
    return op < OPERATION_COUNT ? OPERATIONS[op].name : "?";
}

std::size_t
CryptoCostModel::GetBlockSize(Operation op)
{
    NS_ABORT_MSG_IF(op >= OPERATION_COUNT, "not an operation");
    return OPERATIONS[op].blockSize;
}

Time
CryptoCostModel::GetCost(Operation op, std::size_t octets) const
{
    NS_ABORT_MSG_IF(op >= OPERATION_COUNT, "not an operation");
    const std::size_t block = OPERATIONS[op].blockSize;
    const auto blocks = static_cast<int64_t>((octets + block - 1) / block);
    Time raw = m_fixed[op] + m_perBlock[op] * blocks;
    return raw * m_cpuScale;
}

Time
CryptoCostModel::Occupy(Operation op, std::size_t octets)
{
    Time cost = GetCost(op, octets);
    m_busyUntil = std::max(m_busyUntil, Simulator::Now()) + cost;
    NS_LOG_LOGIC(GetOperationName(op) << " " << octets << " octets: " << cost.As(Time::US)
                                      << ", CPU busy until " << m_busyUntil.As(Time::S));
    m_chargedTrace(GetOperationName(op), octets, cost);
    return cost;
}

Time
CryptoCostModel::Charge(Ptr<Node> node, Operation op, std::size_t octets)
{
    Ptr<CryptoCostModel> model = node ? node->GetObject<CryptoCostModel>() : nullptr;
    return model ? model->Occupy(op, octets) : Time(0);
}

Time
CryptoCostModel::GetIdleTime(Ptr<Node> node)
{
    Ptr<CryptoCostModel> model = node ? node->GetObject<CryptoCostModel>() : nullptr;
    return model ? std::max(model->m_busyUntil, Simulator::Now()) : Simulator::Now();
}

Time
CryptoCostModel::GetDelayUntilIdle(Ptr<Node> node)
{
    return GetIdleTime(node) - Simulator::Now();
}

void
CryptoCostModel::PruneExpired(std::vector<EventId>& pending)
{
    pending.erase(std::remove_if(pending.begin(),
                                 pending.end(),
                                 [](const EventId& e) { return e.IsExpired(); }),
                  pending.end());
}

void
CryptoCostModel::CancelPending(std::vector<EventId>& pending)
{
    for (EventId& event : pending)
    {
        event.Cancel();
    }
    pending.clear();
}

} // namespace ns3
