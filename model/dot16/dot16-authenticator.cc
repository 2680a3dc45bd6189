/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-authenticator.h"

#include "dot16-mac-agent.h"

#include "ns3/crypto-cost-model.h"
#include "ns3/hex.h"
#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16Authenticator");

NS_OBJECT_ENSURE_REGISTERED(Dot16Authenticator);

namespace
{
/// Octets of the MSK drawn for each MS.
constexpr std::size_t MSK_SIZE = 64;
} // namespace

TypeId
Dot16Authenticator::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Dot16Authenticator")
            .SetParent<Application>()
            .SetGroupName("SecureHandover")
            .AddConstructor<Dot16Authenticator>()
            .AddAttribute("Port",
                          "UDP port of the authenticator and of the base stations' agents.",
                          UintegerValue(Dot16BackboneHeader::DEFAULT_PORT),
                          MakeUintegerAccessor(&Dot16Authenticator::m_port),
                          MakeUintegerChecker<uint16_t>())
            .AddAttribute("PmkLifetime",
                          "The PMK lifetime announced in AK contexts (TEK0 lives 1/8 of it, "
                          "TEK1 1/2).",
                          TimeValue(Seconds(3600)),
                          MakeTimeAccessor(&Dot16Authenticator::m_pmkLifetime),
                          MakeTimeChecker(Seconds(8)))
            .AddTraceSource("CmacKeyCount",
                            "CMAC_KEY_COUNT_N of an MS was set (initial authorisation or a "
                            "confirmed handover).",
                            MakeTraceSourceAccessor(&Dot16Authenticator::m_countTrace),
                            "ns3::Dot16Authenticator::CountTracedCallback")
            .AddTraceSource("ContextPush",
                            "An AK context was pushed to a BS (BSID hex, announced count).",
                            MakeTraceSourceAccessor(&Dot16Authenticator::m_pushTrace),
                            "ns3::Dot16Authenticator::CountTracedCallback")
            .AddTraceSource("Drop",
                            "A backbone message was refused (reason).",
                            MakeTraceSourceAccessor(&Dot16Authenticator::m_dropTrace),
                            "ns3::Dot16Authenticator::DropTracedCallback");
    return tid;
}

Dot16Authenticator::Dot16Authenticator()
    : m_port(Dot16BackboneHeader::DEFAULT_PORT)
{
    NS_LOG_FUNCTION(this);
    m_random = CreateObject<SecurityRandom>();
}

Dot16Authenticator::~Dot16Authenticator()
{
    NS_LOG_FUNCTION(this);
}

void
Dot16Authenticator::DoDispose()
{
    CryptoCostModel::CancelPending(m_pendingSends);
    m_socket = nullptr;
    m_random = nullptr;
    m_mobiles.clear();
    Application::DoDispose();
}

int64_t
Dot16Authenticator::AssignStreams(int64_t stream)
{
    return m_random->AssignStreams(stream);
}

void
Dot16Authenticator::AddBaseStation(const crypto::Mac48& bsid, Ipv4Address address)
{
    m_bsAddress[bsid] = address;
}

crypto::Msk
Dot16Authenticator::RegisterMobile(const crypto::Mac48& msMac)
{
    crypto::Bytes octets(MSK_SIZE);
    m_random->Fill(octets.data(), octets.size());
    crypto::Msk msk{crypto::ByteView(octets)};
    auto it = m_mobiles.find(msMac);
    if (it == m_mobiles.end())
    {
        m_mobiles.emplace(msMac, MsContext(msk));
    }
    else
    {
        it->second.msk = msk;
        it->second.pmkSn = (it->second.pmkSn + 1) & 0x0F;
    }
    return msk;
}

std::optional<uint16_t>
Dot16Authenticator::GetCmacKeyCount(const crypto::Mac48& msMac) const
{
    auto it = m_mobiles.find(msMac);
    if (it == m_mobiles.end())
    {
        return std::nullopt;
    }
    return it->second.ckcN;
}

void
Dot16Authenticator::StartApplication()
{
    NS_LOG_FUNCTION(this);
    m_socket = Socket::CreateSocket(GetNode(), TypeId::LookupByName("ns3::UdpSocketFactory"));
    NS_ABORT_MSG_IF(m_socket->Bind(InetSocketAddress(Ipv4Address::GetAny(), m_port)) != 0,
                    "authenticator cannot bind port " << m_port);
    m_socket->SetRecvCallback(MakeCallback(&Dot16Authenticator::HandleRead, this));
}

void
Dot16Authenticator::StopApplication()
{
    if (m_socket)
    {
        m_socket->Close();
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
    }
}

void
Dot16Authenticator::SendTo(const Dot16BackboneHeader& message, const crypto::Mac48& bsid)
{
    auto it = m_bsAddress.find(bsid);
    if (it == m_bsAddress.end())
    {
        NS_LOG_WARN("no address for BS " << crypto::ToHex(bsid));
        return;
    }
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(message);
    NS_LOG_INFO("-> " << crypto::ToHex(bsid) << " " << Dot16BackboneHeader::TypeName(message.type));
    // Sent once the CPU has done the work charged so far.
    CryptoCostModel::RunWhenIdle(GetNode(),
                                 m_pendingSends,
                                 &Dot16Authenticator::Transmit,
                                 this,
                                 packet,
                                 it->second);
}

void
Dot16Authenticator::Transmit(Ptr<Packet> packet, Ipv4Address bs)
{
    if (m_socket)
    {
        m_socket->SendTo(packet, 0, InetSocketAddress(bs, m_port));
    }
}

void
Dot16Authenticator::PushContext(const crypto::Mac48& msMac,
                                const crypto::Mac48& bsid,
                                uint16_t count,
                                const Dot16BackboneHeader& request)
{
    MsContext& ms = m_mobiles.at(msMac);
    crypto::Pmk pmk = crypto::DerivePmk(ms.msk);
    crypto::Ak ak = crypto::DeriveAk(pmk, msMac, bsid);
    Dot16BackboneHeader push;
    push.type = Dot16BackboneHeader::CONTEXT_PUSH;
    push.seamless = request.seamless;
    push.msMac = msMac;
    push.bsid = bsid;
    push.ak = ak.GetBytes();
    push.akid = crypto::DeriveAkid(ak, ms.pmkSn, msMac, bsid);
    Dot16ChargeAk(GetNode());
    push.pmkLifetime = static_cast<uint32_t>(m_pmkLifetime.GetSeconds());
    push.pmkSn = ms.pmkSn;
    push.cmacKeyCount = count;
    push.basicCid = request.basicCid;
    push.primaryCid = request.primaryCid;
    push.transportCid = request.transportCid;
    push.reusedTeks = request.reusedTeks;
    ms.holders.insert(bsid);
    m_pushTrace(crypto::ToHex(bsid), count);
    SendTo(push, bsid);
}

void
Dot16Authenticator::HandleRead(Ptr<Socket> socket)
{
    Ptr<Packet> packet;
    Address from;
    while ((packet = socket->RecvFrom(from)))
    {
        Dot16BackboneHeader m;
        Dot16BackboneHeader::Status status = m.Decode(PacketToBytes(packet));
        if (status != Dot16BackboneHeader::Status::OK)
        {
            NS_LOG_WARN("refused backbone message: " << Dot16BackboneHeader::StatusName(status));
            m_dropTrace(Dot16BackboneHeader::StatusName(status));
            continue;
        }
        auto bs = m_bsAddress.find(m.bsid);
        if (bs == m_bsAddress.end() || bs->second != InetSocketAddress::ConvertFrom(from).GetIpv4())
        {
            NS_LOG_WARN("backbone message from an address that is not its BS's");
            m_dropTrace("unknown-bs");
            continue;
        }
        auto it = m_mobiles.find(m.msMac);
        if (it == m_mobiles.end())
        {
            NS_LOG_WARN("backbone message for an unknown MS");
            m_dropTrace("unknown-ms");
            continue;
        }
        MsContext& ms = it->second;
        NS_LOG_INFO("<- " << crypto::ToHex(m.bsid) << " " << m);
        switch (m.type)
        {
        case Dot16BackboneHeader::CONTEXT_REQUEST:
            // Initial authorisation: the session runs on count 0 and N, the next count
            // expected, is 1 (802.16-2009 7.2.2.2.9.1).
            ms.ckcN = 1;
            ms.holders.clear();
            m_countTrace(crypto::ToHex(m.msMac), ms.ckcN);
            PushContext(m.msMac, m.bsid, 0, m);
            break;
        case Dot16BackboneHeader::HO_REQUEST:
            ms.requester = m.bsid;
            ms.awaiting.clear();
            ms.ready.clear();
            for (const auto& target : m.bsids)
            {
                if (m_bsAddress.count(target) != 0 && target != m.bsid)
                {
                    ms.awaiting.insert(target);
                    PushContext(m.msMac, target, ms.ckcN, m);
                }
            }
            if (ms.awaiting.empty())
            {
                Dot16BackboneHeader rsp;
                rsp.type = Dot16BackboneHeader::HO_RESPONSE;
                rsp.msMac = m.msMac;
                rsp.bsid = m.bsid;
                SendTo(rsp, m.bsid);
            }
            break;
        case Dot16BackboneHeader::CONTEXT_ACK:
            if (ms.awaiting.erase(m.bsid) != 0)
            {
                ms.ready.push_back(m.bsid);
                if (ms.awaiting.empty())
                {
                    Dot16BackboneHeader rsp;
                    rsp.type = Dot16BackboneHeader::HO_RESPONSE;
                    rsp.msMac = m.msMac;
                    rsp.bsid = ms.requester;
                    rsp.bsids = ms.ready;
                    SendTo(rsp, ms.requester);
                }
            }
            break;
        case Dot16BackboneHeader::HO_CONFIRM: {
            if (m.cmacKeyCount < ms.ckcN)
            {
                m_dropTrace("stale-count");
                break;
            }
            // Only here does CMAC_KEY_COUNT_N advance: the target verified the MS's count.
            ms.ckcN = static_cast<uint16_t>(m.cmacKeyCount + 1);
            m_countTrace(crypto::ToHex(m.msMac), ms.ckcN);
            Dot16BackboneHeader done;
            done.type = Dot16BackboneHeader::HO_COMPLETE;
            done.msMac = m.msMac;
            done.bsid = m.bsid;
            done.cmacKeyCount = ms.ckcN;
            std::set<crypto::Mac48> holders = ms.holders;
            holders.insert(m.bsid);
            for (const auto& holder : holders)
            {
                SendTo(done, holder);
            }
            ms.holders = {m.bsid};
            break;
        }
        default:
            m_dropTrace("unexpected-type");
            break;
        }
    }
}

} // namespace ns3
