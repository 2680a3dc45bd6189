/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "fmip6-mobile-node.h"

#include "hkp-common.h"
#include "hkp-mobile-node.h"
#include "mobility-l4-protocol.h"

#include "ns3/crypto-cost-model.h"
#include "ns3/fast-binding-ack-header.h"
#include "ns3/fast-binding-update-header.h"
#include "ns3/fmip6-icmp-header.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/ipv6-raw-socket-factory.h"
#include "ns3/log.h"
#include "ns3/mac48-address.h"
#include "ns3/mobility-auth.h"
#include "ns3/nd-option.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"
#include "ns3/unsolicited-neighbor-advertisement-header.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Fmip6MobileNode");

NS_OBJECT_ENSURE_REGISTERED(Fmip6MobileNode);

namespace
{
/// FBU lifetime, in 4-second units (RFC 6275 6.1.7): a short binding for the handover.
constexpr uint16_t FBU_LIFETIME = 15;
} // namespace

TypeId
Fmip6MobileNode::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Fmip6MobileNode")
            .SetParent<Application>()
            .SetGroupName("SecureHandover")
            .AddConstructor<Fmip6MobileNode>()
            .AddTraceSource("Fback",
                            "An FBack was received: status, authenticated.",
                            MakeTraceSourceAccessor(&Fmip6MobileNode::m_fbackTrace),
                            "ns3::Fmip6MobileNode::FbackTracedCallback")
            .AddTraceSource("PrRtAdv",
                            "A PrRtAdv answered the RtSolPr: NAR, its prefix.",
                            MakeTraceSourceAccessor(&Fmip6MobileNode::m_prrtadvTrace),
                            "ns3::Fmip6MobileNode::PrRtAdvTracedCallback")
            .AddTraceSource("Drop",
                            "An FBack or PrRtAdv was discarded, with the reason.",
                            MakeTraceSourceAccessor(&Fmip6MobileNode::m_dropTrace),
                            "ns3::Fmip6MobileNode::DropTracedCallback");
    return tid;
}

Fmip6MobileNode::Fmip6MobileNode()
    : m_rtsolprId(0),
      m_sequence(1),
      m_lastSequence(0),
      m_authenticated(false)
{
}

Fmip6MobileNode::~Fmip6MobileNode() = default;

void
Fmip6MobileNode::DoDispose()
{
    CryptoCostModel::CancelPending(m_pendingTx);
    m_keys = nullptr;
    m_mh = nullptr;
    if (m_icmp)
    {
        m_icmp->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_icmp->Close();
        m_icmp = nullptr;
    }
    Application::DoDispose();
}

void
Fmip6MobileNode::SetKeySource(Ptr<HkpMobileNode> keys)
{
    m_keys = keys;
}

void
Fmip6MobileNode::StartApplication()
{
    m_mh = MobilityL4Protocol::Install(GetNode());
    m_mh->AddListener(MakeCallback(&Fmip6MobileNode::HandleMh, this));
    m_icmp = hkp::OpenIcmpv6Socket(GetNode(), MakeCallback(&Fmip6MobileNode::HandleIcmp, this));
}

void
Fmip6MobileNode::StopApplication()
{
}

Ptr<Packet>
Fmip6MobileNode::MakeFbu(const Ipv6Address& par,
                         const Ipv6Address& pcoa,
                         const Ipv6Address& ncoa,
                         const Ipv6Address& source)
{
    FastBindingUpdateHeader fbu;
    m_lastSequence = m_sequence++;
    fbu.SetSequence(m_lastSequence);
    fbu.SetFlags(FastBindingUpdateHeader::FLAG_A);
    fbu.SetLifetime(FBU_LIFETIME);
    AlternateCoaOption alternate;
    alternate.address = ncoa;
    fbu.AddOption(alternate);
    const HkpMnKey* key = m_keys ? m_keys->GetKey(par) : nullptr;
    m_authenticated = key != nullptr;
    if (key)
    {
        AppendBadfOption(fbu, key->spi, key->hk, pcoa, par);
        hkp::ChargeBadf(GetNode(), fbu.GetSerializedSize());
    }
    m_par = par;
    m_pcoa = pcoa;
    return hkp::MhToPacket(fbu, source, par);
}

bool
Fmip6MobileNode::SendFbu(const Ipv6Address& par, const Ipv6Address& pcoa, const Ipv6Address& ncoa)
{
    hkp::SendWhenIdle(GetNode(), m_pendingTx, m_mh, MakeFbu(par, pcoa, ncoa, pcoa), pcoa, par);
    return m_authenticated;
}

bool
Fmip6MobileNode::SendReactiveFbu(const Ipv6Address& par,
                                 const Ipv6Address& pcoa,
                                 const Ipv6Address& ncoa,
                                 Ptr<NetDevice> device,
                                 const Ipv6Address& nar)
{
    CryptoCostModel::RunWhenIdle(GetNode(),
                                 m_pendingTx,
                                 &MobilityL4Protocol::SendVia,
                                 PeekPointer(m_mh),
                                 MakeFbu(par, pcoa, ncoa, ncoa),
                                 ncoa,
                                 par,
                                 device,
                                 nar);
    return m_authenticated;
}

void
Fmip6MobileNode::SendUna(Ptr<NetDevice> device, const Ipv6Address& ncoa)
{
    const Ipv6Address allNodes = Ipv6Address::GetAllNodesMulticast();
    UnsolicitedNeighborAdvertisementHeader una;
    una.SetFlags(UnsolicitedNeighborAdvertisementHeader::FLAG_O);
    una.SetTarget(ncoa);
    uint8_t lla[20] = {};
    const uint32_t llaSize = device->GetAddress().CopyTo(lla);
    una.SetTargetLinkLayerAddress(std::vector<uint8_t>(lla, lla + llaSize));
    una.UpdateChecksum(ncoa, allNodes);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(una);
    hkp::SendIcmpv6(GetNode(), packet, ncoa, allNodes, device);
}

void
Fmip6MobileNode::SendRtSolPr(const Ipv6Address& par,
                             const Ipv6Address& pcoa,
                             const std::vector<uint8_t>& apLinkAddress)
{
    RtSolPrHeader rtsolpr;
    m_rtsolprId = m_sequence++;
    rtsolpr.SetIdentifier(m_rtsolprId);
    FmipLinkLayerAddressOption ap;
    ap.code = apLinkAddress.empty() ? mip6::LLA_CODE_WILDCARD : mip6::LLA_CODE_NEW_AP;
    ap.lla = apLinkAddress;
    rtsolpr.AddOption(ap);
    rtsolpr.UpdateChecksum(pcoa, par);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(rtsolpr);
    m_par = par;
    m_pcoa = pcoa;
    hkp::SendIcmpv6(GetNode(), packet, pcoa, par, nullptr);
}

void
Fmip6MobileNode::HandleIcmp(Ptr<Socket> socket)
{
    Address from;
    while (Ptr<Packet> packet = socket->RecvFrom(from))
    {
        Ipv6Header ip;
        packet->RemoveHeader(ip);
        uint8_t head[5] = {};
        if (packet->CopyData(head, sizeof(head)) < sizeof(head) || head[0] != mip6::ICMPV6_FMIP6 ||
            head[4] != mip6::FMIP6_SUBTYPE_PRRTADV)
        {
            continue;
        }
        PrRtAdvHeader prrtadv;
        if (prrtadv.ParseAndVerify(packet, ip.GetSource(), ip.GetDestination()) !=
            MhParseStatus::OK)
        {
            m_dropTrace("malformed-prrtadv");
            continue;
        }
        if (ip.GetSource() != m_par || prrtadv.GetIdentifier() != m_rtsolprId)
        {
            m_dropTrace("unexpected-prrtadv");
            continue;
        }
        Ipv6Address nar = Ipv6Address::GetAny();
        Ipv6Address prefix = Ipv6Address::GetAny();
        for (const auto& option : prrtadv.GetOptions())
        {
            FmipIpAddressOption address;
            if (option.type == FmipIpAddressOption::TYPE &&
                FmipIpAddressOption::FromOption(option, address) == MhParseStatus::OK)
            {
                (address.code == mip6::IPADDR_CODE_NAR_PREFIX ? prefix : nar) = address.address;
            }
        }
        m_prrtadvTrace(nar, prefix);
    }
}

void
Fmip6MobileNode::HandleMh(Ptr<Packet> packet,
                          Ipv6Address source,
                          Ipv6Address destination,
                          uint32_t /* interface */)
{
    if (MobilityL4Protocol::PeekType(packet) != mip6::MH_FAST_BINDING_ACK)
    {
        return;
    }
    FastBindingAckHeader fback;
    fback.SetBadfRequired(m_authenticated);
    const MhParseStatus status = fback.ParseAndVerify(packet, source, destination);
    if (status != MhParseStatus::OK)
    {
        m_dropTrace("malformed:" + ToString(status));
        return;
    }
    if (source != m_par || fback.GetSequence() != m_lastSequence)
    {
        m_dropTrace("unexpected");
        return;
    }
    if (m_authenticated)
    {
        const HkpMnKey* key = m_keys->GetKey(m_par);
        BadfOption badf;
        if (!key || !fback.FindOption(badf) || badf.spi != key->spi)
        {
            m_dropTrace("bad-authenticator");
            return;
        }
        hkp::ChargeBadf(GetNode(), fback.GetSerializedSize());
        if (VerifyBadfOption(fback, key->hk, m_pcoa, m_par) != MhParseStatus::OK)
        {
            m_dropTrace("bad-authenticator");
            return;
        }
    }
    // accepted once the CPU has checked the authenticator
    CryptoCostModel::RunWhenIdle(GetNode(),
                                 m_pendingTx,
                                 &Fmip6MobileNode::ReportFback,
                                 this,
                                 fback.GetStatus(),
                                 m_authenticated);
}

void
Fmip6MobileNode::ReportFback(uint8_t status, bool authenticated)
{
    m_fbackTrace(status, authenticated);
}

} // namespace ns3
