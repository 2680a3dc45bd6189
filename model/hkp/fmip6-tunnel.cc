/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "fmip6-tunnel.h"

#include "ns3/arp-cache.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv4-header.h"
#include "ns3/ipv4-interface-address.h"
#include "ns3/ipv4-interface.h"
#include "ns3/ipv4-l3-protocol.h"
#include "ns3/ipv4-static-routing-helper.h"
#include "ns3/ipv4-static-routing.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/mac48-address.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"
#include "ns3/virtual-net-device.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Fmip6Tunnel");

NS_OBJECT_ENSURE_REGISTERED(Fmip6Tunnel);

namespace
{
/// EtherType of IPv4.
constexpr uint16_t ETHERTYPE_IPV4 = 0x0800;
} // namespace

TypeId
Fmip6Tunnel::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Fmip6Tunnel")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<Fmip6Tunnel>()
            .AddAttribute("Port",
                          "UDP port of the PAR-NAR tunnel.",
                          UintegerValue(5669),
                          MakeUintegerAccessor(&Fmip6Tunnel::m_port),
                          MakeUintegerChecker<uint16_t>())
            .AddAttribute("Lifetime",
                          "How long the PAR tunnels an MN's packets after the HAck (unless the "
                          "MN comes back first).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&Fmip6Tunnel::m_lifetime),
                          MakeTimeChecker())
            .AddAttribute("BufferSize",
                          "Packets the NAR buffers per MN until its UNA, at most.",
                          UintegerValue(64),
                          MakeUintegerAccessor(&Fmip6Tunnel::m_bufferSize),
                          MakeUintegerChecker<uint32_t>())
            .AddTraceSource("Tunnelled",
                            "The PAR sent a packet of this home address through the tunnel.",
                            MakeTraceSourceAccessor(&Fmip6Tunnel::m_tunnelledTrace),
                            "ns3::Fmip6Tunnel::PacketTracedCallback")
            .AddTraceSource("Delivered",
                            "The NAR delivered a tunnelled packet of this home address.",
                            MakeTraceSourceAccessor(&Fmip6Tunnel::m_deliveredTrace),
                            "ns3::Fmip6Tunnel::PacketTracedCallback")
            .AddTraceSource("Drop",
                            "The NAR dropped a tunnelled packet (unexpected MN, buffer full).",
                            MakeTraceSourceAccessor(&Fmip6Tunnel::m_dropTrace),
                            "ns3::Fmip6Tunnel::PacketTracedCallback");
    return tid;
}

Fmip6Tunnel::Fmip6Tunnel()
    : m_port(5669),
      m_lifetime(Seconds(1)),
      m_bufferSize(64),
      m_interface(0)
{
}

Fmip6Tunnel::~Fmip6Tunnel() = default;

void
Fmip6Tunnel::DoDispose()
{
    for (auto& entry : m_forwarding)
    {
        entry.second.expiry.Cancel();
    }
    m_forwarding.clear();
    m_buffer.clear();
    if (m_socket)
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_socket->Close();
        m_socket = nullptr;
    }
    if (m_device)
    {
        m_device->SetSendCallback(VirtualNetDevice::SendCallback());
        m_device = nullptr;
    }
    m_node = nullptr;
    Object::DoDispose();
}

void
Fmip6Tunnel::Setup(Ptr<Node> node)
{
    m_node = node;
    m_device = CreateObject<VirtualNetDevice>();
    m_device->SetAddress(Mac48Address::Allocate());
    m_device->SetNeedsArp(false);
    m_device->SetSendCallback(MakeCallback(&Fmip6Tunnel::DeviceSend, this));
    node->AddDevice(m_device);
    Ptr<Ipv4> ipv4 = node->GetObject<Ipv4>();
    m_interface = ipv4->AddInterface(m_device);
    // a link-local address of its own: the interface only carries host routes
    ipv4->AddAddress(m_interface,
                     Ipv4InterfaceAddress(Ipv4Address(0xa9fe0000 | (node->GetId() & 0xffff)),
                                          Ipv4Mask::GetOnes()));
    ipv4->SetForwarding(m_interface, true);
    ipv4->SetUp(m_interface);
    // the NAR flushes its buffer at once while it resolves the MN's link-layer address: let
    // ARP hold as many packets as the buffer (ns-3 keeps 3 by default)
    Ptr<Ipv4L3Protocol> l3 = node->GetObject<Ipv4L3Protocol>();
    for (uint32_t i = 0; i < l3->GetNInterfaces(); ++i)
    {
        if (Ptr<ArpCache> arp = l3->GetInterface(i)->GetArpCache())
        {
            arp->SetAttribute("PendingQueueSize", UintegerValue(m_bufferSize));
        }
    }
    m_socket = Socket::CreateSocket(node, UdpSocketFactory::GetTypeId());
    NS_ABORT_MSG_IF(m_socket->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), m_port)) != 0,
                    "Fmip6Tunnel: cannot bind port " << m_port);
    m_socket->SetRecvCallback(MakeCallback(&Fmip6Tunnel::HandleRead, this));
}

void
Fmip6Tunnel::StartForwarding(const Ipv4Address& home, const Ipv6Address& nar)
{
    NS_LOG_FUNCTION(this << home << nar);
    Ipv4StaticRoutingHelper helper;
    Ptr<Ipv4StaticRouting> routing = helper.GetStaticRouting(m_node->GetObject<Ipv4>());
    auto it = m_forwarding.find(home);
    if (it == m_forwarding.end())
    {
        Forwarding f;
        for (uint32_t i = routing->GetNRoutes(); i-- > 0;)
        {
            Ipv4RoutingTableEntry route = routing->GetRoute(i);
            if (route.IsHost() && route.GetDest() == home)
            {
                f.saved.push_back(route);
                routing->RemoveRoute(i);
            }
        }
        routing->AddHostRouteTo(home, m_interface);
        it = m_forwarding.emplace(home, f).first;
    }
    it->second.nar = nar;
    it->second.expiry.Cancel();
    it->second.expiry = Simulator::Schedule(m_lifetime, &Fmip6Tunnel::StopForwarding, this, home);
}

void
Fmip6Tunnel::StopForwarding(Ipv4Address home)
{
    auto it = m_forwarding.find(home);
    if (it == m_forwarding.end())
    {
        return;
    }
    it->second.expiry.Cancel();
    Ipv4StaticRoutingHelper helper;
    Ptr<Ipv4StaticRouting> routing = helper.GetStaticRouting(m_node->GetObject<Ipv4>());
    for (uint32_t i = routing->GetNRoutes(); i-- > 0;)
    {
        Ipv4RoutingTableEntry route = routing->GetRoute(i);
        if (route.IsHost() && route.GetDest() == home && route.GetInterface() == m_interface)
        {
            routing->RemoveRoute(i);
        }
    }
    for (const auto& route : it->second.saved)
    {
        if (route.IsGateway())
        {
            routing->AddHostRouteTo(route.GetDest(), route.GetGateway(), route.GetInterface());
        }
        else
        {
            routing->AddHostRouteTo(route.GetDest(), route.GetInterface());
        }
    }
    m_forwarding.erase(it);
}

bool
Fmip6Tunnel::DeviceSend(Ptr<Packet> packet,
                        const Address& /* source */,
                        const Address& /* destination */,
                        uint16_t protocol)
{
    Ipv4Header header;
    if (protocol != ETHERTYPE_IPV4 || packet->PeekHeader(header) == 0)
    {
        return false;
    }
    auto it = m_forwarding.find(header.GetDestination());
    if (it == m_forwarding.end())
    {
        return false;
    }
    NS_LOG_INFO("tunnelling a packet for " << header.GetDestination() << " to " << it->second.nar);
    m_socket->SendTo(packet, 0, Inet6SocketAddress(it->second.nar, m_port));
    ++m_tunnelled[header.GetDestination()];
    m_tunnelledTrace(header.GetDestination());
    return true;
}

void
Fmip6Tunnel::HandleRead(Ptr<Socket> socket)
{
    Address from;
    while (Ptr<Packet> packet = socket->RecvFrom(from))
    {
        Ipv4Header header;
        if (packet->PeekHeader(header) == 0)
        {
            continue;
        }
        const Ipv4Address home = header.GetDestination();
        if (m_arrived[home])
        {
            Inject(packet);
            continue;
        }
        auto buffer = m_buffer.find(home);
        if (buffer == m_buffer.end() || buffer->second.size() >= m_bufferSize)
        {
            NS_LOG_INFO("tunnelled packet for "
                        << home << " dropped: "
                        << (buffer == m_buffer.end() ? "not expected" : "buffer full"));
            m_dropTrace(home);
            continue;
        }
        NS_LOG_INFO("buffering a packet for " << home);
        buffer->second.push_back(packet);
    }
}

void
Fmip6Tunnel::Inject(Ptr<Packet> packet)
{
    Ipv4Header header;
    packet->PeekHeader(header);
    NS_LOG_INFO("delivering a tunnelled packet for " << header.GetDestination());
    m_deliveredTrace(header.GetDestination());
    m_device->Receive(packet,
                      ETHERTYPE_IPV4,
                      m_device->GetAddress(),
                      m_device->GetAddress(),
                      NetDevice::PACKET_HOST);
}

void
Fmip6Tunnel::ExpectMobileNode(const Ipv4Address& home)
{
    NS_LOG_INFO("expecting " << home);
    StopForwarding(home); // the MN is coming back: its packets no longer leave
    m_arrived[home] = false;
    m_buffer[home].clear();
}

void
Fmip6Tunnel::MobileNodeArrived(const Ipv4Address& home)
{
    NS_LOG_INFO(home << " arrived");
    StopForwarding(home); // the MN is back here: its packets stay
    m_arrived[home] = true;
    auto buffer = m_buffer.find(home);
    if (buffer == m_buffer.end())
    {
        return;
    }
    std::deque<Ptr<Packet>> waiting;
    waiting.swap(buffer->second);
    m_buffer.erase(buffer);
    for (const auto& packet : waiting)
    {
        Inject(packet);
    }
}

uint32_t
Fmip6Tunnel::GetTunnelledPackets(const Ipv4Address& home) const
{
    auto it = m_tunnelled.find(home);
    return it == m_tunnelled.end() ? 0 : it->second;
}

bool
Fmip6Tunnel::IsForwarding(const Ipv4Address& home) const
{
    return m_forwarding.count(home) != 0;
}

} // namespace ns3
