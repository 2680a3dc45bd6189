/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "tls-tcp-transport.h"

#include "tls-session.h"

#include "ns3/abort.h"
#include "ns3/inet-socket-address.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/tcp-socket-factory.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("TlsTcpTransport");

NS_OBJECT_ENSURE_REGISTERED(TlsTcpTransport);

TypeId
TlsTcpTransport::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::TlsTcpTransport")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<TlsTcpTransport>()
            .AddTraceSource("Connected",
                            "The TCP connection is established.",
                            MakeTraceSourceAccessor(&TlsTcpTransport::m_connectedTrace),
                            "ns3::TlsTcpTransport::ConnectionTracedCallback")
            .AddTraceSource("Closed",
                            "The TCP connection failed, was closed or reset.",
                            MakeTraceSourceAccessor(&TlsTcpTransport::m_closedTrace),
                            "ns3::TlsTcpTransport::ConnectionTracedCallback");
    return tid;
}

TlsTcpTransport::TlsTcpTransport()
    : m_connected(false),
      m_sent(0),
      m_received(0)
{
}

TlsTcpTransport::~TlsTcpTransport() = default;

void
TlsTcpTransport::DoDispose()
{
    if (m_socket)
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_socket->SetSendCallback(MakeNullCallback<void, Ptr<Socket>, uint32_t>());
        m_socket->SetCloseCallbacks(MakeNullCallback<void, Ptr<Socket>>(),
                                    MakeNullCallback<void, Ptr<Socket>>());
        m_socket->SetConnectCallback(MakeNullCallback<void, Ptr<Socket>>(),
                                     MakeNullCallback<void, Ptr<Socket>>());
        if (!Simulator::IsFinished())
        {
            m_socket->Close(); // a FIN to the peer while the simulation still runs
        }
        // Not after the end: Simulator::Destroy disposes the nodes, and on ns-3.35 the IP stack
        // (disposed first, as an aggregate of the node) can no longer send the FIN.
        m_socket = nullptr;
    }
    if (m_session)
    {
        m_session->SetSendCallback(MakeNullCallback<void, Ptr<Packet>>());
        m_session = nullptr;
    }
    m_queue.clear();
    Object::DoDispose();
}

void
TlsTcpTransport::HookSocket(Ptr<Socket> socket)
{
    m_socket = socket;
    m_socket->SetRecvCallback(MakeCallback(&TlsTcpTransport::HandleRead, this));
    m_socket->SetSendCallback(MakeCallback(&TlsTcpTransport::HandleSend, this));
    m_socket->SetCloseCallbacks(MakeCallback(&TlsTcpTransport::HandleClose, this),
                                MakeCallback(&TlsTcpTransport::HandleClose, this));
    m_session->SetSendCallback(MakeCallback(&TlsTcpTransport::SendToPeer, this));
}

void
TlsTcpTransport::Connect(Ptr<TlsSession> session, Ptr<Node> node, const Address& peer)
{
    NS_LOG_FUNCTION(this << session << node);
    NS_ABORT_MSG_IF(m_socket, "TlsTcpTransport: Connect or Attach called twice");
    m_session = session;
    HookSocket(Socket::CreateSocket(node, TcpSocketFactory::GetTypeId()));
    const int bound =
        Inet6SocketAddress::IsMatchingType(peer) ? m_socket->Bind6() : m_socket->Bind();
    NS_ABORT_MSG_IF(bound != 0, "TlsTcpTransport: cannot bind");
    m_socket->SetConnectCallback(MakeCallback(&TlsTcpTransport::ConnectionSucceeded, this),
                                 MakeCallback(&TlsTcpTransport::ConnectionFailed, this));
    m_socket->Connect(peer);
}

void
TlsTcpTransport::Attach(Ptr<TlsSession> session, Ptr<Socket> socket)
{
    NS_LOG_FUNCTION(this << session << socket);
    NS_ABORT_MSG_IF(m_socket, "TlsTcpTransport: Connect or Attach called twice");
    m_session = session;
    HookSocket(socket);
    m_connected = true;
    m_connectedTrace(this);
}

void
TlsTcpTransport::Close()
{
    if (m_socket && m_connected)
    {
        m_connected = false;
        m_socket->Close();
    }
}

Ptr<TlsSession>
TlsTcpTransport::GetSession() const
{
    return m_session;
}

bool
TlsTcpTransport::IsConnected() const
{
    return m_connected;
}

uint32_t
TlsTcpTransport::GetBytesSent() const
{
    return m_sent;
}

uint32_t
TlsTcpTransport::GetBytesReceived() const
{
    return m_received;
}

void
TlsTcpTransport::ConnectionSucceeded(Ptr<Socket> socket)
{
    NS_LOG_FUNCTION(this << socket);
    m_connected = true;
    m_connectedTrace(this);
    Drain();
    m_session->Start();
}

void
TlsTcpTransport::ConnectionFailed(Ptr<Socket> socket)
{
    NS_LOG_WARN("TCP connection failed: " << socket->GetErrno());
    m_connected = false;
    m_closedTrace(this);
}

void
TlsTcpTransport::HandleClose(Ptr<Socket> socket)
{
    NS_LOG_FUNCTION(this << socket);
    m_connected = false;
    m_queue.clear();
    m_closedTrace(this);
}

void
TlsTcpTransport::SendToPeer(Ptr<Packet> packet)
{
    m_queue.push_back(packet);
    Drain();
}

void
TlsTcpTransport::Drain()
{
    while (m_connected && !m_queue.empty())
    {
        Ptr<Packet> head = m_queue.front();
        const uint32_t room = m_socket->GetTxAvailable();
        if (room == 0)
        {
            return; // HandleSend resumes
        }
        if (head->GetSize() > room)
        {
            // send what fits; keep the rest at the head of the queue, in order
            Ptr<Packet> first = head->CreateFragment(0, room);
            if (m_socket->Send(first) < 0)
            {
                return;
            }
            m_sent += room;
            m_queue.front() = head->CreateFragment(room, head->GetSize() - room);
            continue;
        }
        if (m_socket->Send(head) < 0)
        {
            return;
        }
        m_sent += head->GetSize();
        m_queue.pop_front();
    }
}

void
TlsTcpTransport::HandleSend(Ptr<Socket> /* socket */, uint32_t /* available */)
{
    Drain();
}

void
TlsTcpTransport::HandleRead(Ptr<Socket> socket)
{
    while (Ptr<Packet> packet = socket->Recv())
    {
        if (packet->GetSize() == 0)
        {
            break;
        }
        m_received += packet->GetSize();
        m_session->Receive(packet);
    }
}

} // namespace ns3
