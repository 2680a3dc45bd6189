/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mobility-anchor.h"

#include "binding-header.h"

#include "ns3/inet-socket-address.h"
#include "ns3/ipv4-routing-table-entry.h"
#include "ns3/ipv4-static-routing-helper.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityAnchor");

NS_OBJECT_ENSURE_REGISTERED(MobilityAnchor);

TypeId
MobilityAnchor::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::MobilityAnchor")
            .SetParent<Application>()
            .SetGroupName("SecureHandover")
            .AddConstructor<MobilityAnchor>()
            .AddAttribute("Port",
                          "The UDP port of binding updates.",
                          UintegerValue(9999),
                          MakeUintegerAccessor(&MobilityAnchor::m_port),
                          MakeUintegerChecker<uint16_t>())
            .AddTraceSource("Binding",
                            "A binding update was accepted and the route repointed.",
                            MakeTraceSourceAccessor(&MobilityAnchor::m_bindingTrace),
                            "ns3::MobilityAnchor::BindingTracedCallback")
            .AddTraceSource("Drop",
                            "A malformed, truncated or unexpected binding message was dropped.",
                            MakeTraceSourceAccessor(&MobilityAnchor::m_dropTrace),
                            "ns3::MobilityAnchor::DropTracedCallback");
    return tid;
}

MobilityAnchor::MobilityAnchor()
    : m_port(9999)
{
    NS_LOG_FUNCTION(this);
}

MobilityAnchor::~MobilityAnchor()
{
    NS_LOG_FUNCTION(this);
}

void
MobilityAnchor::DoDispose()
{
    m_socket = nullptr;
    Application::DoDispose();
}

void
MobilityAnchor::StartApplication()
{
    NS_LOG_FUNCTION(this);
    m_socket = Socket::CreateSocket(GetNode(), TypeId::LookupByName("ns3::UdpSocketFactory"));
    NS_ABORT_MSG_IF(m_socket->Bind(InetSocketAddress(Ipv4Address::GetAny(), m_port)) != 0,
                    "MobilityAnchor cannot bind UDP port " << m_port);
    m_socket->SetRecvCallback(MakeCallback(&MobilityAnchor::HandleRead, this));
}

void
MobilityAnchor::StopApplication()
{
    NS_LOG_FUNCTION(this);
    if (m_socket)
    {
        m_socket->Close();
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
    }
}

bool
MobilityAnchor::Repoint(Ipv4Address home, Ipv4Address careOf)
{
    Ptr<Ipv4> ipv4 = GetNode()->GetObject<Ipv4>();
    Ipv4StaticRoutingHelper helper;
    Ptr<Ipv4StaticRouting> routing = helper.GetStaticRouting(ipv4);
    NS_ABORT_MSG_UNLESS(routing, "the anchor needs Ipv4StaticRouting");
    bool found = false;
    Ipv4RoutingTableEntry via;
    for (uint32_t i = 0; i < routing->GetNRoutes(); ++i)
    {
        Ipv4RoutingTableEntry route = routing->GetRoute(i);
        if (route.IsNetwork() && route.GetDestNetworkMask().IsMatch(route.GetDestNetwork(), careOf))
        {
            via = route;
            found = true;
            break;
        }
    }
    if (!found)
    {
        return false;
    }
    for (uint32_t i = routing->GetNRoutes(); i-- > 0;)
    {
        Ipv4RoutingTableEntry route = routing->GetRoute(i);
        if (route.IsHost() && route.GetDest() == home)
        {
            routing->RemoveRoute(i);
        }
    }
    if (via.IsGateway())
    {
        routing->AddHostRouteTo(home, via.GetGateway(), via.GetInterface());
    }
    else
    {
        routing->AddHostRouteTo(home, careOf, via.GetInterface());
    }
    return true;
}

void
MobilityAnchor::HandleRead(Ptr<Socket> socket)
{
    Address from;
    Ptr<Packet> packet;
    while ((packet = socket->RecvFrom(from)))
    {
        Ptr<const Packet> received = packet->Copy();
        BindingHeader update;
        std::string reason =
            BindingHeader::ParseExpecting(packet, BindingHeader::BINDING_UPDATE, update);
        if (!reason.empty())
        {
            NS_LOG_WARN("anchor drops a binding message from " << from << ": " << reason);
            m_dropTrace(received, reason);
            continue;
        }
        NS_LOG_INFO("anchor received " << update);
        bool ok = Repoint(update.GetHomeAddress(), update.GetCareOfAddress());
        BindingHeader ack = update;
        ack.SetType(BindingHeader::BINDING_ACK);
        ack.SetStatus(ok ? BindingHeader::ACCEPTED : BindingHeader::NO_ROUTE_TO_COA);
        Ptr<Packet> reply = Create<Packet>();
        reply->AddHeader(ack);
        socket->SendTo(reply, 0, from);
        if (ok)
        {
            m_bindingTrace(update.GetMn(), update.GetHomeAddress(), update.GetCareOfAddress());
        }
    }
}

} // namespace ns3
