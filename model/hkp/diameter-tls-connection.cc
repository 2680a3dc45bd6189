/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "diameter-tls-connection.h"

#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"
#include "ns3/socket.h"
#include "ns3/tls-tcp-transport.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("DiameterTlsConnection");

NS_OBJECT_ENSURE_REGISTERED(DiameterTlsConnection);

TypeId
DiameterTlsConnection::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::DiameterTlsConnection")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<DiameterTlsConnection>()
            .AddTraceSource("Drop",
                            "A received message or the stream was dropped, with the reason.",
                            MakeTraceSourceAccessor(&DiameterTlsConnection::m_dropTrace),
                            "ns3::DiameterTlsConnection::DropTracedCallback");
    return tid;
}

DiameterTlsConnection::DiameterTlsConnection() = default;

DiameterTlsConnection::~DiameterTlsConnection() = default;

void
DiameterTlsConnection::DoDispose()
{
    if (m_session)
    {
        m_session->SetReceiveCallback(MakeNullCallback<void, Ptr<Packet>>());
        m_session->TraceDisconnectWithoutContext(
            "State",
            MakeCallback(&DiameterTlsConnection::HandleState, this));
        m_session = nullptr;
    }
    if (m_transport)
    {
        m_transport->Dispose();
        m_transport = nullptr;
    }
    m_messageCallback = MessageCallback();
    m_queue.clear();
    Object::DoDispose();
}

void
DiameterTlsConnection::HookSession()
{
    m_session->SetReceiveCallback(MakeCallback(&DiameterTlsConnection::HandleData, this));
    m_session->TraceConnectWithoutContext("State",
                                          MakeCallback(&DiameterTlsConnection::HandleState, this));
    m_transport = CreateObject<TlsTcpTransport>();
}

void
DiameterTlsConnection::Connect(Ptr<TlsSession> session, Ptr<Node> node, const Address& peer)
{
    m_session = session;
    HookSession();
    m_transport->Connect(session, node, peer);
}

void
DiameterTlsConnection::Accept(Ptr<TlsSession> session, Ptr<Socket> socket)
{
    m_session = session;
    HookSession();
    m_transport->Attach(session, socket);
}

void
DiameterTlsConnection::SetMessageCallback(MessageCallback callback)
{
    m_messageCallback = callback;
}

bool
DiameterTlsConnection::Send(const DiameterMessage& message)
{
    if (!m_session || m_session->GetState() == TlsSession::FAILED ||
        m_session->GetState() == TlsSession::CLOSED)
    {
        return false;
    }
    m_queue.push_back(message.ToBytes());
    if (m_session->IsEstablished())
    {
        HandleState(TlsSession::ESTABLISHED, TlsSession::ESTABLISHED);
    }
    return true;
}

bool
DiameterTlsConnection::IsEstablished() const
{
    return m_session && m_session->IsEstablished();
}

Ptr<TlsSession>
DiameterTlsConnection::GetSession() const
{
    return m_session;
}

Ptr<TlsTcpTransport>
DiameterTlsConnection::GetTransport() const
{
    return m_transport;
}

void
DiameterTlsConnection::HandleState(TlsSession::State /* oldState */, TlsSession::State newState)
{
    if (newState == TlsSession::ESTABLISHED)
    {
        while (!m_queue.empty())
        {
            const auto& bytes = m_queue.front();
            m_session->Send(Create<Packet>(bytes.data(), static_cast<uint32_t>(bytes.size())));
            m_queue.pop_front();
        }
    }
    else if (newState == TlsSession::FAILED || newState == TlsSession::CLOSED)
    {
        m_queue.clear();
    }
}

void
DiameterTlsConnection::HandleData(Ptr<Packet> packet)
{
    std::vector<uint8_t> bytes = PacketToBytes(packet);
    m_reader.Append(bytes.data(), bytes.size());
    std::vector<uint8_t> raw;
    while (m_reader.Next(raw))
    {
        DiameterMessage message;
        DiameterParseStatus status = message.Parse(raw.data(), raw.size());
        if (status != DiameterParseStatus::OK)
        {
            NS_LOG_WARN("malformed Diameter message dropped: " << status);
            m_dropTrace("malformed:" + ToString(status));
            continue;
        }
        if (!m_messageCallback.IsNull())
        {
            m_messageCallback(this, message);
        }
    }
    if (m_reader.HasFailed())
    {
        NS_LOG_WARN("Diameter framing error: closing the connection");
        m_dropTrace("framing");
        m_session->Close();
        m_transport->Close();
    }
}

} // namespace ns3
