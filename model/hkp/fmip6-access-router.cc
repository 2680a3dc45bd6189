/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "fmip6-access-router.h"

#include "fmip6-tunnel.h"
#include "hkp-access-router.h"
#include "hkp-common.h"
#include "mobility-l4-protocol.h"

#include "ns3/boolean.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/fast-binding-ack-header.h"
#include "ns3/fast-binding-update-header.h"
#include "ns3/fmip6-icmp-header.h"
#include "ns3/handover-ack-header.h"
#include "ns3/handover-initiate-header.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-raw-socket-factory.h"
#include "ns3/log.h"
#include "ns3/mobility-auth.h"
#include "ns3/nd-option.h"
#include "ns3/packet.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"
#include "ns3/unsolicited-neighbor-advertisement-header.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Fmip6AccessRouter");

NS_OBJECT_ENSURE_REGISTERED(Fmip6AccessRouter);

TypeId
Fmip6AccessRouter::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Fmip6AccessRouter")
            .SetParent<Application>()
            .SetGroupName("SecureHandover")
            .AddConstructor<Fmip6AccessRouter>()
            .AddAttribute("RequireBadf",
                          "Authenticate every FBU with the handover key (BADF option); false "
                          "is the unauthenticated fmipv6-open baseline.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&Fmip6AccessRouter::m_requireBadf),
                          MakeBooleanChecker())
            .AddTraceSource("Reject",
                            "An FBU was rejected (no HI, no tunnel): source, reason.",
                            MakeTraceSourceAccessor(&Fmip6AccessRouter::m_rejectTrace),
                            "ns3::Fmip6AccessRouter::RejectTracedCallback")
            .AddTraceSource("FbuAccepted",
                            "An FBU was accepted: PCoA, sequence.",
                            MakeTraceSourceAccessor(&Fmip6AccessRouter::m_fbuAcceptedTrace),
                            "ns3::Fmip6AccessRouter::MessageTracedCallback")
            .AddTraceSource("HiReceived",
                            "As NAR, an HI was answered: PAR, sequence.",
                            MakeTraceSourceAccessor(&Fmip6AccessRouter::m_hiTrace),
                            "ns3::Fmip6AccessRouter::MessageTracedCallback")
            .AddTraceSource("RtSolPrAnswered",
                            "As PAR, an RtSolPr was answered with a PrRtAdv: MN, Identifier.",
                            MakeTraceSourceAccessor(&Fmip6AccessRouter::m_rtsolprTrace),
                            "ns3::Fmip6AccessRouter::MessageTracedCallback")
            .AddTraceSource("UnaReceived",
                            "As NAR, an MN announced itself (UNA): its address, 0.",
                            MakeTraceSourceAccessor(&Fmip6AccessRouter::m_unaTrace),
                            "ns3::Fmip6AccessRouter::MessageTracedCallback")
            .AddTraceSource("TunnelEstablished",
                            "The NAR accepted the NCoA: PCoA, NCoA, NAR.",
                            MakeTraceSourceAccessor(&Fmip6AccessRouter::m_tunnelTrace),
                            "ns3::Fmip6AccessRouter::TunnelTracedCallback");
    return tid;
}

Fmip6AccessRouter::Fmip6AccessRouter()
    : m_requireBadf(true),
      m_hiSequence(1),
      m_tunnels(0)
{
}

Fmip6AccessRouter::~Fmip6AccessRouter() = default;

void
Fmip6AccessRouter::DoDispose()
{
    m_keys = nullptr;
    m_mh = nullptr;
    m_tunnel = nullptr;
    if (m_icmp)
    {
        m_icmp->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_icmp->Close();
        m_icmp = nullptr;
    }
    m_pending.clear();
    CryptoCostModel::CancelPending(m_pendingTx);
    Application::DoDispose();
}

void
Fmip6AccessRouter::SetKeyStore(Ptr<HkpAccessRouter> keys)
{
    m_keys = keys;
}

void
Fmip6AccessRouter::AddNeighbor(const Ipv6Address& prefix,
                               const Ipv6Prefix& length,
                               const Ipv6Address& nar,
                               const std::vector<uint8_t>& apLinkAddress)
{
    m_neighbors.push_back(Neighbor{prefix, length, nar, apLinkAddress});
}

void
Fmip6AccessRouter::SetTunnel(Ptr<Fmip6Tunnel> tunnel)
{
    m_tunnel = tunnel;
}

void
Fmip6AccessRouter::AddMobileNode(const Ipv6Address& coa, const Ipv4Address& home)
{
    m_homes[coa] = home;
}

uint32_t
Fmip6AccessRouter::GetTunnelCount() const
{
    return m_tunnels;
}

void
Fmip6AccessRouter::StartApplication()
{
    m_mh = MobilityL4Protocol::Install(GetNode());
    m_mh->AddListener(MakeCallback(&Fmip6AccessRouter::HandleMh, this));
    m_icmp = hkp::OpenIcmpv6Socket(GetNode(), MakeCallback(&Fmip6AccessRouter::HandleIcmp, this));
}

void
Fmip6AccessRouter::HandleIcmp(Ptr<Socket> socket)
{
    Address from;
    while (Ptr<Packet> packet = socket->RecvFrom(from))
    {
        Ipv6Header ip;
        packet->RemoveHeader(ip); // ns-3 raw sockets deliver the IPv6 header too
        uint8_t head[5] = {};
        const uint32_t size = packet->CopyData(head, sizeof(head));
        if (size == sizeof(head) && head[0] == mip6::ICMPV6_FMIP6 &&
            head[4] == mip6::FMIP6_SUBTYPE_RTSOLPR)
        {
            HandleRtSolPr(packet, ip.GetSource(), ip.GetDestination());
        }
        else if (size > 0 && head[0] == mip6::ICMPV6_NEIGHBOR_ADVERTISEMENT && m_tunnel)
        {
            HandleUna(packet, ip.GetSource(), ip.GetDestination());
        }
    }
}

void
Fmip6AccessRouter::HandleRtSolPr(Ptr<Packet> packet, const Ipv6Address& mn, const Ipv6Address& par)
{
    RtSolPrHeader rtsolpr;
    if (rtsolpr.ParseAndVerify(packet, mn, par) != MhParseStatus::OK)
    {
        NS_LOG_WARN("malformed RtSolPr from " << mn);
        return;
    }
    std::vector<uint8_t> ap;
    for (const auto& option : rtsolpr.GetOptions())
    {
        FmipLinkLayerAddressOption lla;
        if (option.type == FmipLinkLayerAddressOption::TYPE && !option.data.empty() &&
            option.data[0] == mip6::LLA_CODE_NEW_AP &&
            FmipLinkLayerAddressOption::FromOption(option, 6, lla) == MhParseStatus::OK)
        {
            ap = lla.lla;
        }
    }
    // the access point asked for, or (wildcard) the only neighbour
    const Neighbor* found = nullptr;
    for (const auto& neighbor : m_neighbors)
    {
        if ((!ap.empty() && neighbor.apLinkAddress == ap) ||
            (ap.empty() && m_neighbors.size() == 1))
        {
            found = &neighbor;
        }
    }
    if (!found)
    {
        NS_LOG_INFO("RtSolPr from " << mn << ": no NAR known for that access point");
        return;
    }
    PrRtAdvHeader prrtadv;
    prrtadv.SetIdentifier(rtsolpr.GetIdentifier());
    if (!found->apLinkAddress.empty())
    {
        FmipLinkLayerAddressOption apOption;
        apOption.code = mip6::LLA_CODE_NEW_AP;
        apOption.lla = found->apLinkAddress;
        prrtadv.AddOption(apOption);
    }
    FmipIpAddressOption narAddress;
    narAddress.code = mip6::IPADDR_CODE_NAR_ADDRESS;
    narAddress.address = found->nar;
    prrtadv.AddOption(narAddress);
    FmipIpAddressOption narPrefix;
    narPrefix.code = mip6::IPADDR_CODE_NAR_PREFIX;
    narPrefix.prefixLength = found->length.GetPrefixLength();
    narPrefix.address = found->prefix;
    prrtadv.AddOption(narPrefix);
    prrtadv.UpdateChecksum(par, mn);
    Ptr<Packet> reply = Create<Packet>();
    reply->AddHeader(prrtadv);
    m_rtsolprTrace(mn, rtsolpr.GetIdentifier());
    hkp::SendIcmpv6(GetNode(), reply, par, mn, nullptr);
}

void
Fmip6AccessRouter::HandleUna(Ptr<Packet> packet,
                             const Ipv6Address& source,
                             const Ipv6Address& destination)
{
    UnsolicitedNeighborAdvertisementHeader una;
    if (una.ParseAndVerify(packet, source, destination) != MhParseStatus::OK ||
        (una.GetFlags() & UnsolicitedNeighborAdvertisementHeader::FLAG_S) != 0)
    {
        return; // a solicited NA (neighbour discovery), not an UNA
    }
    auto home = m_homes.find(una.GetTarget());
    if (home == m_homes.end())
    {
        return;
    }
    m_unaTrace(una.GetTarget(), 0);
    m_tunnel->MobileNodeArrived(home->second);
}

void
Fmip6AccessRouter::StopApplication()
{
}

void
Fmip6AccessRouter::HandleMh(Ptr<Packet> packet,
                            Ipv6Address source,
                            Ipv6Address destination,
                            uint32_t /* interface */)
{
    switch (MobilityL4Protocol::PeekType(packet))
    {
    case mip6::MH_FAST_BINDING_UPDATE:
        HandleFbu(packet, source, destination);
        break;
    case mip6::MH_HANDOVER_INITIATE:
        HandleHi(packet, source, destination);
        break;
    case mip6::MH_HANDOVER_ACK:
        HandleHack(packet, source, destination);
        break;
    default:
        break; // another agent's message
    }
}

void
Fmip6AccessRouter::Reject(const Ipv6Address& source, const std::string& reason)
{
    NS_LOG_INFO("FBU from " << source << " rejected: " << reason);
    m_rejectTrace(source, reason);
}

void
Fmip6AccessRouter::HandleFbu(Ptr<Packet> packet,
                             const Ipv6Address& source,
                             const Ipv6Address& destination)
{
    FastBindingUpdateHeader fbu;
    fbu.SetBadfRequired(m_requireBadf);
    const MhParseStatus status = fbu.ParseAndVerify(packet, source, destination);
    if (status != MhParseStatus::OK)
    {
        Reject(source, "malformed:" + ToString(status));
        return;
    }
    PendingFbu pending;
    pending.pcoa = source;
    pending.replyTo = source;
    pending.parAddress = destination;
    pending.fbuSequence = fbu.GetSequence();
    if (m_requireBadf)
    {
        BadfOption badf;
        fbu.FindOption(badf);
        const HkpKeyEntry* key = m_keys ? m_keys->LookupKey(badf.spi) : nullptr;
        if (!key)
        {
            Reject(source, "unknown-spi");
            return;
        }
        // predictive mode: the FBU comes from the PCoA; reactive mode (RFC 5568 5.2): from the
        // NCoA on the new link, its authenticator still over the PCoA that the HK is bound to
        hkp::ChargeBadf(GetNode(), fbu.GetSerializedSize());
        if (VerifyBadfOption(fbu, key->hk, source, destination) != MhParseStatus::OK)
        {
            if (!key->coa.IsAny())
            {
                hkp::ChargeBadf(GetNode(), fbu.GetSerializedSize()); // over the key's PCoA
            }
            if (key->coa.IsAny() ||
                VerifyBadfOption(fbu, key->hk, key->coa, destination) != MhParseStatus::OK)
            {
                Reject(source, "bad-authenticator");
                return;
            }
            pending.pcoa = key->coa;
            pending.reactive = true;
        }
        if (!key->coa.IsAny() && key->coa != pending.pcoa)
        {
            Reject(source, "coa-not-bound"); // draft 7.4: the HK is bound to the CoA
            return;
        }
        auto last = m_lastSequence.find(badf.spi);
        const uint16_t ahead = static_cast<uint16_t>(
            fbu.GetSequence() - (last == m_lastSequence.end() ? 0 : last->second));
        if (last != m_lastSequence.end() && (ahead == 0 || ahead >= 0x8000))
        {
            Reject(source, "replayed"); // RFC 6275 9.5.1: sequence numbers modulo 2^16
            return;
        }
        m_lastSequence[badf.spi] = fbu.GetSequence();
        pending.spi = badf.spi;
        pending.hk = std::make_shared<crypto::Hk>(key->hk);
    }
    AlternateCoaOption ncoa;
    if (!fbu.FindOption(ncoa))
    {
        Reject(source, "no-ncoa");
        return;
    }
    pending.ncoa = ncoa.address;
    for (const auto& neighbor : m_neighbors)
    {
        if (neighbor.length.IsMatch(ncoa.address, neighbor.prefix))
        {
            pending.nar = neighbor.nar;
        }
    }
    if (pending.nar.IsAny())
    {
        Reject(source, "unknown-nar");
        return;
    }
    m_fbuAcceptedTrace(pending.pcoa, fbu.GetSequence());
    HandoverInitiateHeader hi;
    const uint16_t sequence = m_hiSequence++;
    hi.SetSequence(sequence);
    hi.SetCode(pending.reactive ? mip6::HI_CODE_FBU_NOT_FROM_PCOA : mip6::HI_CODE_FBU_FROM_PCOA);
    MhIpv6AddressOption pcoaOption;
    pcoaOption.code = mip6::IPADDR_CODE_OLD_COA;
    pcoaOption.address = pending.pcoa;
    hi.AddOption(pcoaOption);
    MhIpv6AddressOption ncoaOption;
    ncoaOption.code = mip6::IPADDR_CODE_NEW_COA;
    ncoaOption.address = ncoa.address;
    hi.AddOption(ncoaOption);
    const Ipv6Address from = m_mh->SourceFor(pending.nar);
    m_pending[sequence] = pending;
    // the HI leaves once the CPU has checked the FBU's authenticator
    hkp::SendWhenIdle(GetNode(),
                      m_pendingTx,
                      m_mh,
                      hkp::MhToPacket(hi, from, pending.nar),
                      from,
                      pending.nar);
}

void
Fmip6AccessRouter::HandleHi(Ptr<Packet> packet,
                            const Ipv6Address& source,
                            const Ipv6Address& destination)
{
    HandoverInitiateHeader hi;
    if (hi.ParseAndVerify(packet, source, destination) != MhParseStatus::OK)
    {
        NS_LOG_WARN("malformed HI from " << source);
        return;
    }
    m_hiTrace(source, hi.GetSequence());
    MhIpv6AddressOption ncoa;
    auto home =
        hi.FindOption(ncoa, mip6::IPADDR_CODE_NEW_COA) ? m_homes.find(ncoa.address) : m_homes.end();
    // predictive mode: buffer until the MN's UNA; reactive mode (code 1): it is already here
    if (m_tunnel && home != m_homes.end() && hi.GetCode() == mip6::HI_CODE_FBU_FROM_PCOA)
    {
        m_tunnel->ExpectMobileNode(home->second);
    }
    HandoverAckHeader hack;
    hack.SetSequence(hi.GetSequence());
    hack.SetCode(mip6::HACK_ACCEPTED_NCOA_VALID);
    m_mh->Send(hkp::MhToPacket(hack, destination, source), destination, source);
}

void
Fmip6AccessRouter::HandleHack(Ptr<Packet> packet,
                              const Ipv6Address& source,
                              const Ipv6Address& destination)
{
    HandoverAckHeader hack;
    if (hack.ParseAndVerify(packet, source, destination) != MhParseStatus::OK)
    {
        NS_LOG_WARN("malformed HAck from " << source);
        return;
    }
    auto it = m_pending.find(hack.GetSequence());
    if (it == m_pending.end() || it->second.nar != source)
    {
        NS_LOG_WARN("unexpected HAck from " << source);
        return;
    }
    PendingFbu p = it->second;
    m_pending.erase(it);
    const bool accepted = hack.GetCode() < 128;
    if (accepted)
    {
        ++m_tunnels;
        m_tunnelTrace(p.pcoa, p.ncoa, p.nar);
        auto home = m_homes.find(p.pcoa);
        if (m_tunnel && home != m_homes.end())
        {
            m_tunnel->StartForwarding(home->second, p.nar);
        }
    }
    FastBindingAckHeader fback;
    fback.SetStatus(accepted ? mip6::FBACK_ACCEPTED : mip6::FBACK_UNSPECIFIED);
    fback.SetSequence(p.fbuSequence);
    if (p.hk)
    {
        AppendBadfOption(fback, p.spi, *p.hk, p.pcoa, p.parAddress);
        hkp::ChargeBadf(GetNode(), fback.GetSerializedSize());
    }
    hkp::SendWhenIdle(GetNode(),
                      m_pendingTx,
                      m_mh,
                      hkp::MhToPacket(fback, p.parAddress, p.replyTo),
                      p.parAddress,
                      p.replyTo);
}

} // namespace ns3
