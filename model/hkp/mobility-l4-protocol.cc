/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mobility-l4-protocol.h"

#include "ns3/ipv6-header.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/ipv6-route.h"
#include "ns3/ipv6-routing-protocol.h"
#include "ns3/ipv6.h"
#include "ns3/log.h"
#include "ns3/mobility-constants.h"
#include "ns3/mobility-header.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/socket.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityL4Protocol");

NS_OBJECT_ENSURE_REGISTERED(MobilityL4Protocol);

TypeId
MobilityL4Protocol::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MobilityL4Protocol")
                            .SetParent<IpL4Protocol>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<MobilityL4Protocol>()
                            .AddTraceSource("Tx",
                                            "A Mobility Header was sent.",
                                            MakeTraceSourceAccessor(&MobilityL4Protocol::m_txTrace),
                                            "ns3::MobilityL4Protocol::MhTracedCallback")
                            .AddTraceSource("Rx",
                                            "A Mobility Header was received.",
                                            MakeTraceSourceAccessor(&MobilityL4Protocol::m_rxTrace),
                                            "ns3::MobilityL4Protocol::MhTracedCallback");
    return tid;
}

MobilityL4Protocol::MobilityL4Protocol() = default;

MobilityL4Protocol::~MobilityL4Protocol() = default;

void
MobilityL4Protocol::DoDispose()
{
    m_listeners.clear();
    m_node = nullptr;
    m_down = IpL4Protocol::DownTargetCallback();
    m_down6 = IpL4Protocol::DownTargetCallback6();
    IpL4Protocol::DoDispose();
}

Ptr<MobilityL4Protocol>
MobilityL4Protocol::Install(Ptr<Node> node)
{
    Ptr<MobilityL4Protocol> protocol = node->GetObject<MobilityL4Protocol>();
    if (protocol)
    {
        return protocol;
    }
    Ptr<Ipv6L3Protocol> ipv6 = node->GetObject<Ipv6L3Protocol>();
    NS_ABORT_MSG_IF(!ipv6, "MobilityL4Protocol needs an IPv6 stack on node " << node->GetId());
    protocol = CreateObject<MobilityL4Protocol>();
    protocol->m_node = node;
    node->AggregateObject(protocol);
    ipv6->Insert(protocol);
    // as UdpL4Protocol does: IPv6 routes and builds the header
    protocol->SetDownTarget6(MakeCallback(&Ipv6::Send, PeekPointer(ipv6->GetObject<Ipv6>())));
    return protocol;
}

void
MobilityL4Protocol::AddListener(ReceiveCallback listener)
{
    m_listeners.push_back(listener);
}

void
MobilityL4Protocol::Send(Ptr<Packet> packet,
                         const Ipv6Address& source,
                         const Ipv6Address& destination)
{
    NS_LOG_FUNCTION(this << packet << source << destination);
    m_txTrace(packet, source, destination);
    m_down6(packet, source, destination, mip6::IPPROTO_MH, nullptr);
}

void
MobilityL4Protocol::SendVia(Ptr<Packet> packet,
                            const Ipv6Address& source,
                            const Ipv6Address& destination,
                            Ptr<NetDevice> device,
                            const Ipv6Address& gateway)
{
    NS_LOG_FUNCTION(this << packet << source << destination << gateway);
    Ptr<Ipv6Route> route = Create<Ipv6Route>();
    route->SetDestination(destination);
    route->SetSource(source);
    route->SetGateway(gateway);
    route->SetOutputDevice(device);
    m_txTrace(packet, source, destination);
    m_down6(packet, source, destination, mip6::IPPROTO_MH, route);
}

int
MobilityL4Protocol::PeekType(Ptr<const Packet> packet)
{
    uint8_t head[mip6::MH_COMMON_SIZE] = {};
    uint8_t type = 0;
    const uint32_t size = packet->CopyData(head, sizeof(head));
    return MobilityHeader::PeekMhType(head, size, type) == MhParseStatus::TRUNCATED ? -1 : type;
}

Ipv6Address
MobilityL4Protocol::SourceFor(const Ipv6Address& destination) const
{
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    Ipv6Header header;
    header.SetDestination(destination);
    Socket::SocketErrno error;
    Ptr<Ipv6Route> route =
        ipv6->GetRoutingProtocol()->RouteOutput(Create<Packet>(), header, nullptr, error);
    return route ? route->GetSource() : Ipv6Address::GetAny();
}

int
MobilityL4Protocol::GetProtocolNumber() const
{
    return mip6::IPPROTO_MH;
}

IpL4Protocol::RxStatus
MobilityL4Protocol::Receive(Ptr<Packet> /* p */,
                            const Ipv4Header& /* header */,
                            Ptr<Ipv4Interface> /* incomingInterface */)
{
    return IpL4Protocol::RX_ENDPOINT_UNREACH; // the Mobility Header is IPv6 only
}

IpL4Protocol::RxStatus
MobilityL4Protocol::Receive(Ptr<Packet> p,
                            const Ipv6Header& header,
                            Ptr<Ipv6Interface> incomingInterface)
{
    NS_LOG_FUNCTION(this << p << header.GetSource() << header.GetDestination());
    m_rxTrace(p, header.GetSource(), header.GetDestination());
    Ptr<Ipv6L3Protocol> ipv6 = m_node->GetObject<Ipv6L3Protocol>();
    const int32_t interface = ipv6->GetInterfaceForDevice(incomingInterface->GetDevice());
    for (const auto& listener : m_listeners)
    {
        listener(p->Copy(), header.GetSource(), header.GetDestination(), uint32_t(interface));
    }
    return IpL4Protocol::RX_OK;
}

void
MobilityL4Protocol::SetDownTarget(IpL4Protocol::DownTargetCallback cb)
{
    m_down = cb;
}

void
MobilityL4Protocol::SetDownTarget6(IpL4Protocol::DownTargetCallback6 cb)
{
    m_down6 = cb;
}

IpL4Protocol::DownTargetCallback
MobilityL4Protocol::GetDownTarget() const
{
    return m_down;
}

IpL4Protocol::DownTargetCallback6
MobilityL4Protocol::GetDownTarget6() const
{
    return m_down6;
}

} // namespace ns3
