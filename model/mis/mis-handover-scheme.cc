/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mis-handover-scheme.h"

#include "mis-function.h"

#include "ns3/abort.h"
#include "ns3/integer.h"
#include "ns3/ipv4-routing-table-entry.h"
#include "ns3/ipv4-static-routing-helper.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/mac48-address.h"
#include "ns3/mih-constants.h"
#include "ns3/simulator.h"
#include "ns3/string.h"

#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MisHandoverScheme");

NS_OBJECT_ENSURE_REGISTERED(MisHandoverScheme);
NS_OBJECT_ENSURE_REGISTERED(MisOptimizedHandoverScheme);
NS_OBJECT_ENSURE_REGISTERED(MisFullHandoverScheme);
NS_OBJECT_ENSURE_REGISTERED(ReactiveFullHandoverScheme);

SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME("mis-optimized", MisOptimizedHandoverScheme);
SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME("mis-full", MisFullHandoverScheme);
SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME("reactive-full", ReactiveFullHandoverScheme);

TypeId
MisHandoverScheme::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::MisHandoverScheme")
            .SetParent<HandoverScheme>()
            .SetGroupName("SecureHandover")
            .AddAttribute("KeyConfirmationTime",
                          "Duration of the media-specific key confirmation with the PMK at the "
                          "target PoA after attach (e.g. the 802.11 4-way handshake).",
                          TimeValue(MilliSeconds(10)),
                          MakeTimeAccessor(&MisHandoverScheme::m_keyConfirmationTime),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("DetachGuard",
                          "Time between the end of the proactive MIS signalling and the report "
                          "to the handover manager, so that the MN's last frame on the old link "
                          "(the MIH ACK of the final response) leaves before the link is left.",
                          TimeValue(MilliSeconds(2)),
                          MakeTimeAccessor(&MisHandoverScheme::m_detachGuard),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("CompromisedPos",
                          "Index (in --links order) of the access network whose PoS the "
                          "attacker holds from CompromiseAt on; -1: none.",
                          IntegerValue(-1),
                          MakeIntegerAccessor(&MisHandoverScheme::m_compromisedPos),
                          MakeIntegerChecker<int32_t>(-1))
            .AddAttribute("CompromiseAt",
                          "When the PoS named by CompromisedPos is compromised.",
                          TimeValue(Seconds(0)),
                          MakeTimeAccessor(&MisHandoverScheme::m_compromiseAt),
                          MakeTimeChecker(Seconds(0)))
            .AddAttribute("UntrustedPos",
                          "Comma-separated indexes (in --links order) of the access networks "
                          "whose PoS has no roaming agreement with the others: optimised SAs "
                          "towards them fall back to full ones (5.14.2 note 1).",
                          StringValue(""),
                          MakeStringAccessor(&MisHandoverScheme::m_untrusted),
                          MakeStringChecker())
            .AddAttribute("MnSideMask",
                          "The MN's own reading of the mask that hides K for it (Default: the "
                          "MisFunction default, like the PoSs; Three or DraftSender to make "
                          "the MN disagree with them).",
                          StringValue("Default"),
                          MakeStringAccessor(&MisHandoverScheme::m_mnSideMask),
                          MakeStringChecker())
            .AddAttribute("IkeSetupDelay",
                          "Time to set up the SPoS-TPoS security association (IKEv2) on its "
                          "first use; zero: configured with the roaming agreement (5.14.1).",
                          TimeValue(Seconds(0)),
                          MakeTimeAccessor(&MisHandoverScheme::m_ikeSetupDelay),
                          MakeTimeChecker(Seconds(0)));
    return tid;
}

MisHandoverScheme::MisHandoverScheme(Mode mode)
    : m_mode(mode),
      m_keyConfirmationTime(MilliSeconds(10)),
      m_compromisedPos(-1),
      m_inReactive(false),
      m_postHandoff(false),
      m_target(-1),
      m_exposed(false),
      m_servingExposed(false)
{
    NS_LOG_FUNCTION(this << mode);
}

MisHandoverScheme::~MisHandoverScheme()
{
    NS_LOG_FUNCTION(this);
}

void
MisHandoverScheme::DoDispose()
{
    m_keyConfirmation.Cancel();
    m_routing = nullptr;
    m_mn = nullptr;
    m_pos.clear();
    m_done = DoneCallback();
    HandoverScheme::DoDispose();
}

std::string
MisHandoverScheme::GetName() const
{
    switch (m_mode)
    {
    case OPTIMIZED:
        return "mis-optimized";
    case FULL:
        return "mis-full";
    case REACTIVE:
        return "reactive-full";
    }
    return "mis";
}

void
MisHandoverScheme::SetAgents(Ptr<MisMnApplication> mn,
                             const std::vector<Ptr<MisPosApplication>>& pos,
                             const std::vector<Ipv4Address>& routers)
{
    m_mn = mn;
    m_pos = pos;
    if (m_mnSideMask != "Default")
    {
        m_mn->GetMisFunction()->SetAttribute("MnMaskInputs", StringValue(m_mnSideMask));
    }
    m_routers = routers;
    m_servingExposed =
        !pos.empty() && IsCompromised(pos[0]->GetMisFunction()->GetMihfId(), Seconds(0));
}

Ptr<MisMnApplication>
MisHandoverScheme::GetMnApplication() const
{
    return m_mn;
}

uint8_t
MisHandoverScheme::MihLinkTypeOf(const std::string& link)
{
    if (link == "wifi")
    {
        return mih::LINK_TYPE_IEEE_802_11;
    }
    if (link == "wimax")
    {
        return mih::LINK_TYPE_IEEE_802_16;
    }
    return mih::LINK_TYPE_ETHERNET;
}

bool
MisHandoverScheme::IsTrusted(uint32_t network) const
{
    std::stringstream list(m_untrusted);
    std::string item;
    while (std::getline(list, item, ','))
    {
        if (!item.empty() && std::stoul(item) == network)
        {
            return false;
        }
    }
    return true;
}

Time
MisHandoverScheme::GetIkeSetupDelay() const
{
    return m_ikeSetupDelay;
}

int32_t
MisHandoverScheme::NetworkOf(Ipv4Address router) const
{
    for (std::size_t k = 0; k < m_routers.size(); ++k)
    {
        if (m_routers[k] == router)
        {
            return static_cast<int32_t>(k);
        }
    }
    return -1;
}

bool
MisHandoverScheme::IsCompromised(const std::string& posId, Time at) const
{
    if (m_compromisedPos < 0 || static_cast<std::size_t>(m_compromisedPos) >= m_pos.size())
    {
        return false;
    }
    return m_pos[m_compromisedPos]->GetMisFunction()->GetMihfId() == posId && at >= m_compromiseAt;
}

void
MisHandoverScheme::Proactive(const HandoverContext& context, DoneCallback done)
{
    NS_LOG_FUNCTION(this << context.handover);
    NS_ABORT_MSG_IF(!m_mn, GetName() << ": no MIS agents (the network installer did not run)");
    m_result = MisPreregResult();
    m_misSignalling = Seconds(0);
    m_exposed = false;
    m_target = NetworkOf(context.toRouter);
    if (m_target < 0)
    {
        done(false, "unknown-target-network");
        return;
    }
    m_postHandoff = m_mode == REACTIVE;
    if (m_mode != REACTIVE && (!context.fromDevice || !context.fromDevice->IsLinkUp()))
    {
        // The old link is already gone (e.g. the MN left the coverage): nothing can be
        // signalled before the handover; the SA is made after attach, as in reactive-full.
        NS_LOG_INFO(GetName() << ": old link down, post-handoff SA");
        m_postHandoff = true;
    }
    if (m_postHandoff)
    {
        done(true, "");
        return;
    }
    m_done = done;
    m_inReactive = false;
    m_saStart = Simulator::Now();
    // 5.14.3: the MN gives the SPoS the target link and PoA; the SPoS picks the TPoS.
    MihLinkPoaList candidate;
    candidate.link.linkType = MihLinkTypeOf(context.toLink);
    if (context.toDevice)
    {
        candidate.link.address = Mac48Address::ConvertFrom(context.toDevice->GetAddress());
    }
    Ptr<MisPosApplication> target = m_pos[m_target];
    candidate.poas.push_back(target->GetPoaAddress());
    m_mn->Preregister(std::nullopt,
                      {candidate},
                      m_mode == FULL,
                      MakeCallback(&MisHandoverScheme::SaDone, this));
}

void
MisHandoverScheme::SaDone(const MisPreregResult& result)
{
    m_misSignalling += Simulator::Now() - m_saStart;
    m_result = result;
    Time now = Simulator::Now();
    if (result.method == "optimized")
    {
        m_exposed = m_servingExposed || IsCompromised(result.sposId, now) ||
                    IsCompromised(result.tposId, now);
    }
    else if (result.method == "full")
    {
        m_exposed = IsCompromised(result.tposId, now);
    }
    else
    {
        m_exposed = m_servingExposed;
    }
    DoneCallback done = m_done;
    m_done = DoneCallback();
    if (!result.ok && !m_inReactive && result.status == mih::STATUS_NETWORK_ERROR)
    {
        // The SPoS did not answer through the old link: make the SA after attach instead.
        NS_LOG_INFO(GetName() << ": no answer before the handover, post-handoff SA");
        m_postHandoff = true;
        done(true, "");
        return;
    }
    if (!result.ok)
    {
        done(false, "mis:" + result.reason);
        return;
    }
    m_done = done;
    if (m_inReactive)
    {
        // reactive-full: the full SA installed the PMK; now the key confirmation.
        RemovePosRoute();
        m_keyConfirmation =
            Simulator::Schedule(m_keyConfirmationTime, &MisHandoverScheme::KeyConfirmed, this);
        return;
    }
    m_keyConfirmation = Simulator::Schedule(m_detachGuard, &MisHandoverScheme::ProactiveOk, this);
}

void
MisHandoverScheme::ProactiveOk()
{
    DoneCallback done = m_done;
    m_done = DoneCallback();
    done(true, "");
}

void
MisHandoverScheme::AddPosRoute(const HandoverContext& context, Ipv4Address pos)
{
    // MIS runs over IP: before L3_CONFIG the MN reaches the new PoS by a host route through
    // the new access router on the new interface.
    Ptr<Ipv4> ipv4 = context.mn->GetObject<Ipv4>();
    int32_t ifIndex = ipv4->GetInterfaceForDevice(context.toDevice);
    NS_ABORT_MSG_IF(ifIndex < 0, GetName() << ": the new interface has no IPv4");
    ipv4->SetUp(ifIndex);
    Ipv4StaticRoutingHelper helper;
    m_routing = helper.GetStaticRouting(ipv4);
    m_routing->AddHostRouteTo(pos, context.toRouter, ifIndex);
    m_posRoute = pos;
}

void
MisHandoverScheme::RemovePosRoute()
{
    if (!m_routing)
    {
        return;
    }
    for (uint32_t i = 0; i < m_routing->GetNRoutes(); ++i)
    {
        Ipv4RoutingTableEntry route = m_routing->GetRoute(i);
        if (route.IsHost() && route.GetDest() == m_posRoute)
        {
            m_routing->RemoveRoute(i);
            break;
        }
    }
    m_routing = nullptr;
}

void
MisHandoverScheme::Reactive(const HandoverContext& context, DoneCallback done)
{
    NS_LOG_FUNCTION(this << context.handover);
    std::string mnId = m_mn->GetMisFunction()->GetMihfId();
    Ptr<MisPosApplication> target = m_pos[m_target];
    if (m_postHandoff)
    {
        m_done = done;
        m_inReactive = true;
        m_saStart = Simulator::Now();
        AddPosRoute(context, target->GetAddress());
        m_mn->EstablishFull(target->GetMisFunction()->GetMihfId(),
                            MakeCallback(&MisHandoverScheme::SaDone, this));
        return;
    }
    // The PMK derived from K (or from the full SA) must be at the target PoA already: only
    // the short media-specific key confirmation remains.
    if (m_result.method != "none" && !target->GetInstalledPmk(mnId))
    {
        done(false, "no-pmk-at-target");
        return;
    }
    m_done = done;
    m_keyConfirmation =
        Simulator::Schedule(m_keyConfirmationTime, &MisHandoverScheme::KeyConfirmed, this);
}

void
MisHandoverScheme::KeyConfirmed()
{
    m_mn->CompleteHandover();
    m_servingExposed = m_exposed;
    DoneCallback done = m_done;
    m_done = DoneCallback();
    done(true, "");
}

void
MisHandoverScheme::Abort(const HandoverContext& context)
{
    NS_LOG_FUNCTION(this << context.handover);
    m_keyConfirmation.Cancel();
    m_done = DoneCallback();
    RemovePosRoute();
    if (m_mn)
    {
        m_mn->Abort();
    }
}

void
MisHandoverScheme::FillRecord(const HandoverContext& /* context */, HandoverRecord& record)
{
    record.security.saMethod = m_result.ok ? m_result.method : "none";
    record.security.chainHops = m_result.chainHops;
    record.security.exposed = m_exposed;
    record.security.misSignallingMs = m_misSignalling.GetSeconds() * 1000.0;
}

// --- The three registered variants ------------------------------------------------------------

TypeId
MisOptimizedHandoverScheme::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MisOptimizedHandoverScheme")
                            .SetParent<MisHandoverScheme>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<MisOptimizedHandoverScheme>();
    return tid;
}

MisOptimizedHandoverScheme::MisOptimizedHandoverScheme()
    : MisHandoverScheme(OPTIMIZED)
{
}

TypeId
MisFullHandoverScheme::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MisFullHandoverScheme")
                            .SetParent<MisHandoverScheme>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<MisFullHandoverScheme>();
    return tid;
}

MisFullHandoverScheme::MisFullHandoverScheme()
    : MisHandoverScheme(FULL)
{
}

TypeId
ReactiveFullHandoverScheme::GetTypeId()
{
    static TypeId tid = TypeId("ns3::ReactiveFullHandoverScheme")
                            .SetParent<MisHandoverScheme>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<ReactiveFullHandoverScheme>();
    return tid;
}

ReactiveFullHandoverScheme::ReactiveFullHandoverScheme()
    : MisHandoverScheme(REACTIVE)
{
}

} // namespace ns3
