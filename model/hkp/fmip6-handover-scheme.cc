/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "fmip6-handover-scheme.h"

#include "fmip6-mobile-node.h"
#include "fmip6-tunnel.h"
#include "hkp-mobile-node.h"

#include "ns3/boolean.h"
#include "ns3/ipv6.h"
#include "ns3/log.h"
#include "ns3/simulator.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Fmip6HandoverScheme");

NS_OBJECT_ENSURE_REGISTERED(Fmip6HandoverScheme);
NS_OBJECT_ENSURE_REGISTERED(Fmip6ReactiveHandoverScheme);
NS_OBJECT_ENSURE_REGISTERED(Fmip6OpenHandoverScheme);

SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME("fmipv6-hk", Fmip6HandoverScheme);
SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME("fmipv6-hk-reactive", Fmip6ReactiveHandoverScheme);
SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME("fmipv6-open", Fmip6OpenHandoverScheme);

TypeId
Fmip6HandoverScheme::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Fmip6HandoverScheme")
            .SetParent<HandoverScheme>()
            .SetGroupName("SecureHandover")
            .AddConstructor<Fmip6HandoverScheme>()
            .AddAttribute("FbackTimeout",
                          "How long the proactive hook waits for the FBack before the handover "
                          "goes on without the fast handover.",
                          TimeValue(MilliSeconds(500)),
                          MakeTimeAccessor(&Fmip6HandoverScheme::m_fbackTimeout),
                          MakeTimeChecker())
            .AddAttribute("Predictive",
                          "FMIPv6 predictive mode (FBU from the old link before leaving it); "
                          "false: reactive mode (FBU from the new link after attaching, RFC "
                          "5568 5.2). A predictive FBU left without FBack is also repeated in "
                          "reactive mode.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&Fmip6HandoverScheme::m_predictive),
                          MakeBooleanChecker())
            .AddAttribute("FbackSettleTime",
                          "Time between the FBack and leaving the old link, for the link layer "
                          "to acknowledge the FBack.",
                          TimeValue(MicroSeconds(200)),
                          MakeTimeAccessor(&Fmip6HandoverScheme::m_fbackSettleTime),
                          MakeTimeChecker());
    return tid;
}

TypeId
Fmip6ReactiveHandoverScheme::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Fmip6ReactiveHandoverScheme")
                            .SetParent<Fmip6HandoverScheme>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Fmip6ReactiveHandoverScheme>();
    return tid;
}

Fmip6ReactiveHandoverScheme::Fmip6ReactiveHandoverScheme()
    : Fmip6HandoverScheme(REACTIVE_KEYS)
{
}

TypeId
Fmip6OpenHandoverScheme::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Fmip6OpenHandoverScheme")
                            .SetParent<Fmip6HandoverScheme>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Fmip6OpenHandoverScheme>();
    return tid;
}

Fmip6OpenHandoverScheme::Fmip6OpenHandoverScheme()
    : Fmip6HandoverScheme(OPEN)
{
}

Fmip6HandoverScheme::Fmip6HandoverScheme(Mode mode)
    : m_mode(mode),
      m_fbackTimeout(MilliSeconds(500)),
      m_fbackSettleTime(MicroSeconds(200)),
      m_fbackSeen(false),
      m_predictive(true),
      m_reactiveFbuSent(false),
      m_reactiveWaits(0),
      m_hkSource("none"),
      m_fbuAuth("none"),
      m_hkpMs(0),
      m_tunnelledBefore(0)
{
}

Fmip6HandoverScheme::~Fmip6HandoverScheme() = default;

void
Fmip6HandoverScheme::DoDispose()
{
    m_fbackTimer.Cancel();
    m_reactiveFbackTimer.Cancel();
    m_proactiveDone = DoneCallback();
    m_reactiveDone = DoneCallback();
    m_hkp = nullptr;
    m_fmip = nullptr;
    m_tunnels.clear();
    m_parTunnel = nullptr;
    m_unaDevice = nullptr;
    HandoverScheme::DoDispose();
}

std::string
Fmip6HandoverScheme::GetName() const
{
    switch (m_mode)
    {
    case REACTIVE_KEYS:
        return "fmipv6-hk-reactive";
    case OPEN:
        return "fmipv6-open";
    default:
        return "fmipv6-hk";
    }
}

void
Fmip6HandoverScheme::SetAgents(Ptr<HkpMobileNode> hkp, Ptr<Fmip6MobileNode> fmip)
{
    m_hkp = hkp;
    m_fmip = fmip;
    if (m_hkp)
    {
        m_hkp->TraceConnectWithoutContext("KeyObtained",
                                          MakeCallback(&Fmip6HandoverScheme::KeyObtained, this));
        m_hkp->TraceConnectWithoutContext("KeyFailed",
                                          MakeCallback(&Fmip6HandoverScheme::KeyFailed, this));
    }
    m_fmip->TraceConnectWithoutContext("Fback",
                                       MakeCallback(&Fmip6HandoverScheme::FbackReceived, this));
    m_fmip->TraceConnectWithoutContext("PrRtAdv",
                                       MakeCallback(&Fmip6HandoverScheme::PrRtAdvReceived, this));
}

void
Fmip6HandoverScheme::AddAccessRouter(const Ipv6Address& ar,
                                     Ptr<Fmip6Tunnel> tunnel,
                                     const std::vector<uint8_t>& apLinkAddress)
{
    m_tunnels[ar] = tunnel;
    m_apLinkAddresses[ar] = apLinkAddress;
}

void
Fmip6HandoverScheme::InitialAttach(const Ipv6Address& ar, const Ipv6Address& coa)
{
    if (m_hkp && m_mode != OPEN)
    {
        m_hkp->RequestKey(ar, coa); // draft 6.2: SHOULD immediately obtain a key
    }
}

void
Fmip6HandoverScheme::Proactive(const HandoverContext& context, DoneCallback done)
{
    m_hkSource = "none";
    m_fbuAuth = "none";
    m_hkpMs = 0;
    const Ipv6Address par = context.fromRouter6;
    auto tunnel = m_tunnels.find(par);
    m_parTunnel = tunnel == m_tunnels.end() ? nullptr : tunnel->second;
    m_home = context.homeAddress;
    m_tunnelledBefore = m_parTunnel ? m_parTunnel->GetTunnelledPackets(m_home) : 0;
    Ptr<Ipv6> ipv6 = context.mn->GetObject<Ipv6>();
    const int32_t oldInterface =
        context.fromDevice && ipv6 ? ipv6->GetInterfaceForDevice(context.fromDevice) : -1;
    if (!m_fmip || par.IsAny() || context.careOfAddress6.IsAny() || oldInterface < 0 ||
        ipv6->GetNAddresses(oldInterface) < 2)
    {
        done(true, ""); // no IPv6 path to a PAR: nothing to do
        return;
    }
    const Ipv6Address pcoa = ipv6->GetAddress(oldInterface, 1).GetAddress();
    if (m_mode != OPEN)
    {
        if (!m_hkp || !m_hkp->GetKey(par))
        {
            m_fbuAuth = "fail"; // no HK with the PAR: an FBU could not be authenticated
            done(true, "");
            return;
        }
        m_hkSource = m_keySource.count(par) ? m_keySource[par] : "fresh";
    }
    m_fbuPar = par;
    m_fbuPcoa = pcoa;
    m_fbuNcoa = context.careOfAddress6;
    m_reactiveFbuSent = false;
    if (!m_predictive)
    {
        m_fbuAuth = m_mode == OPEN ? "none" : "fail"; // until the reactive FBack comes
        done(true, "");                               // the FBU goes from the new link
        return;
    }
    m_proactiveDone = done;
    m_fbackSeen = false;
    // RFC 5568 predictive mode: RtSolPr / PrRtAdv about the new access point, then the FBU
    auto ap = m_apLinkAddresses.find(context.toRouter6);
    m_fmip->SendRtSolPr(par,
                        pcoa,
                        ap == m_apLinkAddresses.end() ? std::vector<uint8_t>() : ap->second);
    m_fbackTimer = Simulator::Schedule(m_fbackTimeout, &Fmip6HandoverScheme::FbackTimeout, this);
}

void
Fmip6HandoverScheme::PrRtAdvReceived(Ipv6Address nar, Ipv6Address prefix)
{
    if (m_proactiveDone.IsNull() || m_fbuPar.IsAny())
    {
        return;
    }
    NS_LOG_INFO("PrRtAdv: NAR " << nar << ", prefix " << prefix);
    m_fmip->SendFbu(m_fbuPar, m_fbuPcoa, m_fbuNcoa);
}

void
Fmip6HandoverScheme::FbackReceived(uint8_t status, bool authenticated)
{
    if (m_reactiveFbuSent)
    {
        m_reactiveFbuSent = false;
        m_reactiveFbackTimer.Cancel();
        if (m_mode != OPEN)
        {
            m_fbuAuth = (status < 128 && authenticated) ? "ok" : "fail";
        }
        ReactiveStepDone();
        return;
    }
    if (m_proactiveDone.IsNull() || m_fbackSeen)
    {
        return; // not waiting, or this FBack was already taken
    }
    m_fbackSeen = true;
    m_fbuPar = Ipv6Address::GetAny(); // answered: no reactive FBU
    m_fbackTimer.Cancel();
    if (m_mode != OPEN)
    {
        m_fbuAuth = (status < 128 && authenticated) ? "ok" : "fail";
    }
    // leave the old link only after the link layer has acknowledged the FBack (ns-3 wifi sends
    // its ACK one SIFS after the frame and aborts if the PHY is off by then)
    m_fbackTimer = Simulator::Schedule(m_fbackSettleTime, &Fmip6HandoverScheme::FbackTimeout, this);
}

void
Fmip6HandoverScheme::FbackTimeout()
{
    if (m_fbuAuth == "none" && m_mode != OPEN)
    {
        NS_LOG_INFO("no FBack: handover without the fast handover");
        m_fbuAuth = "fail";
    }
    DoneCallback done = m_proactiveDone;
    m_proactiveDone = DoneCallback();
    if (!done.IsNull())
    {
        done(true, "");
    }
}

void
Fmip6HandoverScheme::Reactive(const HandoverContext& context, DoneCallback done)
{
    m_unaDevice = context.toDevice;
    m_unaAddress = context.careOfAddress6;
    m_reactiveDone = done;
    m_reactiveWaits = 1; // released at the end of this function
    const bool waitForKey = m_mode == REACTIVE_KEYS && m_hkp && !context.toRouter6.IsAny() &&
                            !context.careOfAddress6.IsAny();
    if (!waitForKey)
    {
        SendUna(); // the NAR delivers what it buffered
    }
    if (m_fmip && !m_fbuPar.IsAny())
    {
        // reactive mode, or a predictive FBU that got no FBack: FBU from the new link, and
        // wait (at most FbackTimeout) for its FBack
        ++m_reactiveWaits;
        m_reactiveFbuSent = true;
        m_fmip->SendReactiveFbu(m_fbuPar,
                                m_fbuPcoa,
                                m_fbuNcoa,
                                context.toDevice,
                                context.toRouter6);
        m_fbuPar = Ipv6Address::GetAny();
        m_reactiveFbackTimer =
            Simulator::Schedule(m_fbackTimeout, &Fmip6HandoverScheme::ReactiveFbackTimeout, this);
    }
    if (waitForKey)
    {
        ++m_reactiveWaits;
        m_waitingAr = context.toRouter6;
        m_hkp->RequestKey(context.toRouter6, context.careOfAddress6);
    }
    else if (m_mode == PROACTIVE_KEYS && m_hkp && !context.toRouter6.IsAny() &&
             !context.careOfAddress6.IsAny())
    {
        m_hkp->RequestKey(context.toRouter6, context.careOfAddress6); // in the background
    }
    ReactiveStepDone();
}

void
Fmip6HandoverScheme::ReactiveFbackTimeout()
{
    m_reactiveFbuSent = false;
    ReactiveStepDone(); // fbu_auth stays "fail"
}

void
Fmip6HandoverScheme::ReactiveStepDone()
{
    if (m_reactiveWaits > 0 && --m_reactiveWaits == 0 && !m_reactiveDone.IsNull())
    {
        FinishReactive(true, "");
    }
}

void
Fmip6HandoverScheme::KeyObtained(Ipv6Address ar, uint32_t /* spi */, bool verified, Time duration)
{
    m_keySource[ar] = verified ? "verified" : "fresh";
    if (ar == m_waitingAr && !m_reactiveDone.IsNull())
    {
        m_hkpMs = duration.GetSeconds() * 1000.0;
        m_waitingAr = Ipv6Address::GetAny();
        SendUna(); // fmipv6-hk-reactive: the key exchange is part of the attach
        ReactiveStepDone();
    }
}

void
Fmip6HandoverScheme::KeyFailed(Ipv6Address ar, const std::string& reason)
{
    m_keySource.erase(ar);
    if (ar == m_waitingAr && !m_reactiveDone.IsNull())
    {
        // the handover itself succeeds; only the next fast handover lacks a key
        NS_LOG_INFO("no HK with " << ar << ": " << reason);
        m_waitingAr = Ipv6Address::GetAny();
        SendUna();
        ReactiveStepDone();
    }
}

void
Fmip6HandoverScheme::SendUna()
{
    if (m_fmip && m_unaDevice && !m_unaAddress.IsAny())
    {
        m_fmip->SendUna(m_unaDevice, m_unaAddress);
    }
    m_unaDevice = nullptr;
}

void
Fmip6HandoverScheme::FinishReactive(bool ok, const std::string& reason)
{
    SendUna(); // if not sent yet
    DoneCallback done = m_reactiveDone;
    m_reactiveDone = DoneCallback();
    m_waitingAr = Ipv6Address::GetAny();
    done(ok, reason);
}

void
Fmip6HandoverScheme::Abort(const HandoverContext& /* context */)
{
    m_fbackTimer.Cancel();
    m_reactiveFbackTimer.Cancel();
    m_reactiveWaits = 0;
    m_reactiveFbuSent = false;
    m_proactiveDone = DoneCallback();
    m_reactiveDone = DoneCallback();
    m_waitingAr = Ipv6Address::GetAny();
    m_unaDevice = nullptr;
}

void
Fmip6HandoverScheme::FillRecord(const HandoverContext& /* context */, HandoverRecord& record)
{
    record.security.hkSource = m_hkSource;
    record.security.fbuAuth = m_fbuAuth;
    record.security.hkpMs = m_hkpMs;
    // packets the PAR tunnelled for this MN from the FBU to the end of the handover
    record.security.tunnelledPackets =
        m_parTunnel ? m_parTunnel->GetTunnelledPackets(m_home) - m_tunnelledBefore : 0;
}

} // namespace ns3
