/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "tls-udp-transport.h"

#include "tls-session.h"

#include "ns3/abort.h"
#include "ns3/inet-socket-address.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/socket.h"
#include "ns3/udp-socket-factory.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("TlsUdpTransport");

NS_OBJECT_ENSURE_REGISTERED(TlsUdpTransport);

TypeId
TlsUdpTransport::GetTypeId()
{
    static TypeId tid = TypeId("ns3::TlsUdpTransport")
                            .SetParent<Object>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<TlsUdpTransport>();
    return tid;
}

TlsUdpTransport::TlsUdpTransport()
    : m_sent(0),
      m_received(0)
{
}

TlsUdpTransport::~TlsUdpTransport() = default;

void
TlsUdpTransport::DoDispose()
{
    if (m_socket)
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_socket->Close();
        m_socket = nullptr;
    }
    if (m_session)
    {
        m_session->SetSendCallback(MakeNullCallback<void, Ptr<Packet>>());
        m_session = nullptr;
    }
    Object::DoDispose();
}

void
TlsUdpTransport::Setup(Ptr<TlsSession> session, Ptr<Node> node, uint16_t localPort, Address peer)
{
    NS_LOG_FUNCTION(this << session << node << localPort);
    NS_ABORT_MSG_IF(m_socket, "TlsUdpTransport::Setup called twice");
    m_session = session;
    m_peer = peer;
    m_socket = Socket::CreateSocket(node, UdpSocketFactory::GetTypeId());
    const bool ipv6 = !peer.IsInvalid() && Inet6SocketAddress::IsMatchingType(peer);
    Address local = ipv6 ? Address(Inet6SocketAddress(Ipv6Address::GetAny(), localPort))
                         : Address(InetSocketAddress(Ipv4Address::GetAny(), localPort));
    NS_ABORT_MSG_IF(m_socket->Bind(local) != 0, "TlsUdpTransport: cannot bind port " << localPort);
    m_socket->SetRecvCallback(MakeCallback(&TlsUdpTransport::HandleRead, this));
    m_session->SetSendCallback(MakeCallback(&TlsUdpTransport::SendToPeer, this));
}

void
TlsUdpTransport::SendToPeer(Ptr<Packet> packet)
{
    if (m_peer.IsInvalid())
    {
        NS_LOG_WARN("no peer known yet: dropping " << packet->GetSize() << " octets");
        return;
    }
    if (m_socket->SendTo(packet, 0, m_peer) < 0)
    {
        NS_LOG_WARN("SendTo failed: " << m_socket->GetErrno());
        return;
    }
    ++m_sent;
}

void
TlsUdpTransport::HandleRead(Ptr<Socket> socket)
{
    Address from;
    while (Ptr<Packet> packet = socket->RecvFrom(from))
    {
        if (packet->GetSize() == 0)
        {
            continue;
        }
        ++m_received;
        m_peer = from; // answer the last sender (a server given no peer learns it here)
        m_session->Receive(packet);
    }
}

uint32_t
TlsUdpTransport::GetDatagramsSent() const
{
    return m_sent;
}

uint32_t
TlsUdpTransport::GetDatagramsReceived() const
{
    return m_received;
}

} // namespace ns3
