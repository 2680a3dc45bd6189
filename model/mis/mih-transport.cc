/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mih-transport.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/mih-constants.h"
#include "ns3/mih-message.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MihTransport");

NS_OBJECT_ENSURE_REGISTERED(MihTransport);

TypeId
MihTransport::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::MihTransport")
            .SetParent<Application>()
            .SetGroupName("SecureHandover")
            .AddConstructor<MihTransport>()
            .AddAttribute("Port",
                          "The local UDP port (802.21: 4551).",
                          UintegerValue(mih::UDP_PORT),
                          MakeUintegerAccessor(&MihTransport::m_port),
                          MakeUintegerChecker<uint16_t>())
            .AddAttribute("AckRequested",
                          "Set ACK-Req on every frame sent and retransmit it until an ACK-Rsp "
                          "(or, for a request, its response) arrives.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&MihTransport::m_ackRequested),
                          MakeBooleanChecker())
            .AddAttribute("RetransmissionInterval",
                          "The retransmission timer of an unacknowledged frame.",
                          TimeValue(MilliSeconds(100)),
                          MakeTimeAccessor(&MihTransport::m_retransmissionInterval),
                          MakeTimeChecker(MicroSeconds(1)))
            .AddAttribute("MaxRetries",
                          "Retransmissions of an unacknowledged frame before the transaction "
                          "fails.",
                          UintegerValue(3),
                          MakeUintegerAccessor(&MihTransport::m_maxRetries),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("TransactionTimeout",
                          "How long a request waits for its response before the transaction "
                          "fails with Status 4 (Network Error).",
                          TimeValue(Seconds(2)),
                          MakeTimeAccessor(&MihTransport::m_transactionTimeout),
                          MakeTimeChecker(MicroSeconds(1)))
            .AddAttribute("DuplicateWindow",
                          "How long received frames (and sent responses) are remembered to "
                          "detect duplicates.",
                          TimeValue(Seconds(5)),
                          MakeTimeAccessor(&MihTransport::m_duplicateWindow),
                          MakeTimeChecker(MicroSeconds(1)))
            .AddTraceSource("Tx",
                            "A frame (or a retransmission, or an ACK) was sent.",
                            MakeTraceSourceAccessor(&MihTransport::m_txTrace),
                            "ns3::MihTransport::FrameTracedCallback")
            .AddTraceSource("Rx",
                            "A frame was accepted and delivered to the MISF.",
                            MakeTraceSourceAccessor(&MihTransport::m_rxTrace),
                            "ns3::MihTransport::FrameTracedCallback")
            .AddTraceSource("Drop",
                            "A frame was dropped (malformed, unmatched response, stray ACK).",
                            MakeTraceSourceAccessor(&MihTransport::m_dropTrace),
                            "ns3::MihTransport::DropTracedCallback")
            .AddTraceSource("Retransmission",
                            "An unacknowledged frame was sent again.",
                            MakeTraceSourceAccessor(&MihTransport::m_retransmissionTrace),
                            "ns3::MihTransport::TransactionTracedCallback")
            .AddTraceSource("Duplicate",
                            "A frame seen before was received again (acknowledged, not "
                            "delivered).",
                            MakeTraceSourceAccessor(&MihTransport::m_duplicateTrace),
                            "ns3::MihTransport::TransactionTracedCallback")
            .AddTraceSource("TransactionFailed",
                            "A request got no response in time, or its retries ran out.",
                            MakeTraceSourceAccessor(&MihTransport::m_failureTrace),
                            "ns3::MihTransport::FailureTracedCallback");
    return tid;
}

MihTransport::MihTransport()
    : m_port(mih::UDP_PORT),
      m_ackRequested(true),
      m_maxRetries(3),
      m_nextTid(1),
      m_duplicates(0)
{
    NS_LOG_FUNCTION(this);
}

MihTransport::~MihTransport()
{
    NS_LOG_FUNCTION(this);
}

void
MihTransport::DoDispose()
{
    NS_LOG_FUNCTION(this);
    for (auto& entry : m_outgoing)
    {
        entry.second.retransmitEvent.Cancel();
        entry.second.timeoutEvent.Cancel();
    }
    m_outgoing.clear();
    m_seen.clear();
    CryptoCostModel::CancelPending(m_pendingTx);
    if (m_socket)
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_socket->Close();
        m_socket = nullptr;
    }
    m_receive = ReceiveCallback();
    m_failure = FailureCallback();
    m_ack = Callback<void, uint16_t>();
    Application::DoDispose();
}

void
MihTransport::SetReceiveCallback(ReceiveCallback callback)
{
    m_receive = callback;
}

void
MihTransport::SetFailureCallback(FailureCallback callback)
{
    m_failure = callback;
}

void
MihTransport::SetAckCallback(Callback<void, uint16_t> callback)
{
    m_ack = callback;
}

uint16_t
MihTransport::GetPort() const
{
    return m_port;
}

std::size_t
MihTransport::GetOpenTransactions() const
{
    std::size_t open = 0;
    for (const auto& entry : m_outgoing)
    {
        if (entry.second.isRequest || !entry.second.acknowledged)
        {
            ++open;
        }
    }
    return open;
}

void
MihTransport::StartApplication()
{
    NS_LOG_FUNCTION(this);
    EnsureSocket();
}

void
MihTransport::StopApplication()
{
    NS_LOG_FUNCTION(this);
    for (auto& entry : m_outgoing)
    {
        entry.second.retransmitEvent.Cancel();
        entry.second.timeoutEvent.Cancel();
    }
    m_outgoing.clear();
    if (m_socket)
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_socket->Close();
        m_socket = nullptr;
    }
}

void
MihTransport::EnsureSocket()
{
    if (m_socket)
    {
        return;
    }
    NS_ABORT_MSG_IF(!GetNode(), "MihTransport: not installed on a node");
    m_socket = Socket::CreateSocket(GetNode(), UdpSocketFactory::GetTypeId());
    NS_ABORT_MSG_IF(m_socket->Bind(InetSocketAddress(Ipv4Address::GetAny(), m_port)) != 0,
                    "MihTransport: cannot bind UDP port " << m_port);
    m_socket->SetRecvCallback(MakeCallback(&MihTransport::HandleRead, this));
}

uint16_t
MihTransport::WithOpcode(uint16_t messageId, uint8_t opcode)
{
    // Message ID = SID(4) | Opcode(2) | AID(10).
    return static_cast<uint16_t>((messageId & ~0x0c00) | ((opcode & 0x03) << 10));
}

uint16_t
MihTransport::NextTransactionId()
{
    uint16_t tid = m_nextTid;
    // Transaction IDs are 12 bits; 0 is skipped so that it never names a live transaction.
    m_nextTid = (m_nextTid >= mih::MAX_TRANSACTION_ID) ? 1 : m_nextTid + 1;
    return tid;
}

uint16_t
MihTransport::SendRequest(MihMessage& message, const Address& peer)
{
    uint16_t tid = NextTransactionId();
    Open(message, tid, peer, mih::OPCODE_REQUEST);
    return tid;
}

uint16_t
MihTransport::SendIndication(MihMessage& message, const Address& peer)
{
    uint16_t tid = NextTransactionId();
    Open(message, tid, peer, mih::OPCODE_INDICATION);
    return tid;
}

void
MihTransport::SendResponse(MihMessage& message, uint16_t transactionId, const Address& peer)
{
    Open(message, transactionId, peer, mih::OPCODE_RESPONSE);
}

void
MihTransport::Open(MihMessage& message, uint16_t tid, const Address& peer, uint8_t kind)
{
    bool isRequest = kind == mih::OPCODE_REQUEST;
    EnsureSocket();
    message.SetTransactionId(tid);
    message.SetAckReq(m_ackRequested);
    std::vector<uint8_t> octets = message.Encode();
    Ptr<Packet> frame = Create<Packet>(octets.data(), octets.size());
    MihHeader idOnly;
    idOnly.SetMessageId(message.GetServiceId(), message.GetOpcode(), message.GetActionId());
    uint16_t messageId = idOnly.GetMessageId();
    // Requests are matched by message ID and transaction ID alone (the ID is ours, and the
    // peer may answer from another of its addresses); responses also by their peer.
    FrameKey key(isRequest ? Address() : peer, messageId, tid);
    auto old = m_outgoing.find(key);
    if (old != m_outgoing.end())
    {
        old->second.retransmitEvent.Cancel();
        old->second.timeoutEvent.Cancel();
        m_outgoing.erase(old);
    }
    Outgoing& out = m_outgoing[key];
    out.frame = frame;
    out.peer = peer;
    out.isRequest = isRequest;
    out.failOnNoAck = kind != mih::OPCODE_RESPONSE;
    out.acknowledged = !m_ackRequested;
    if (m_ackRequested)
    {
        out.retransmitEvent =
            Simulator::Schedule(m_retransmissionInterval, &MihTransport::Retransmit, this, key);
    }
    out.timeoutEvent =
        isRequest ? Simulator::Schedule(m_transactionTimeout,
                                        &MihTransport::TransactionExpired,
                                        this,
                                        key)
                  : Simulator::Schedule(m_duplicateWindow, &MihTransport::Forget, this, key);
    NS_LOG_INFO(message.GetName() << " tid " << tid << " to " << peer);
    Transmit(frame, peer);
}

void
MihTransport::Transmit(Ptr<Packet> frame, const Address& peer)
{
    CryptoCostModel::RunWhenIdle(GetNode(),
                                 m_pendingTx,
                                 &MihTransport::SendFrame,
                                 this,
                                 frame,
                                 peer);
}

void
MihTransport::SendFrame(Ptr<Packet> frame, Address peer)
{
    if (!m_socket)
    {
        return; // stopped while the CPU was busy
    }
    m_txTrace(frame, peer);
    m_socket->SendTo(frame->Copy(), 0, peer);
}

void
MihTransport::Retransmit(FrameKey key)
{
    auto it = m_outgoing.find(key);
    if (it == m_outgoing.end() || it->second.acknowledged)
    {
        return;
    }
    Outgoing& out = it->second;
    if (out.retries >= m_maxRetries)
    {
        NS_LOG_INFO("tid " << std::get<2>(key) << ": no ACK after " << out.retries
                           << " retransmissions");
        if (out.failOnNoAck)
        {
            TransactionExpired(key);
        }
        return;
    }
    ++out.retries;
    m_retransmissionTrace(std::get<2>(key), out.retries);
    NS_LOG_INFO("tid " << std::get<2>(key) << ": retransmission " << out.retries);
    out.retransmitEvent =
        Simulator::Schedule(m_retransmissionInterval, &MihTransport::Retransmit, this, key);
    Transmit(out.frame, out.peer);
}

void
MihTransport::TransactionExpired(FrameKey key)
{
    auto it = m_outgoing.find(key);
    if (it == m_outgoing.end())
    {
        return;
    }
    Address peer = it->second.peer;
    it->second.retransmitEvent.Cancel();
    it->second.timeoutEvent.Cancel();
    m_outgoing.erase(it);
    uint16_t tid = std::get<2>(key);
    NS_LOG_WARN("transaction " << tid << " to " << peer << " failed");
    m_failureTrace(tid, mih::STATUS_NETWORK_ERROR);
    if (!m_failure.IsNull())
    {
        m_failure(tid, std::get<1>(key), peer, mih::STATUS_NETWORK_ERROR);
    }
}

void
MihTransport::Forget(FrameKey key)
{
    auto it = m_outgoing.find(key);
    if (it != m_outgoing.end())
    {
        it->second.retransmitEvent.Cancel();
        m_outgoing.erase(it);
    }
}

void
MihTransport::SendAck(const MihHeader& header, const Address& peer)
{
    MihHeader ack;
    ack.SetAckRsp(true);
    ack.SetMessageId(header.GetServiceId(), header.GetOpcode(), header.GetActionId());
    ack.SetTransactionId(header.GetTransactionId());
    ack.SetPayloadLength(0);
    Ptr<Packet> frame = Create<Packet>();
    frame->AddHeader(ack);
    Transmit(frame, peer);
}

void
MihTransport::HandleRead(Ptr<Socket> socket)
{
    Address from;
    Ptr<Packet> packet;
    while ((packet = socket->RecvFrom(from)))
    {
        Process(packet, from);
    }
}

void
MihTransport::Drop(Ptr<const Packet> frame, const std::string& reason)
{
    NS_LOG_WARN("dropped a frame of " << frame->GetSize() << " octets: " << reason);
    m_dropTrace(frame, reason);
}

void
MihTransport::Process(Ptr<Packet> frame, const Address& from)
{
    MihHeader header;
    MihParseStatus status = MihHeader::Parse(frame, header);
    if (status != MihParseStatus::OK)
    {
        Drop(frame, "header:" + ToString(status));
        return;
    }
    uint16_t messageId = header.GetMessageId();
    uint16_t tid = header.GetTransactionId();
    FrameKey key(from, messageId, tid);

    if (header.GetAckRsp() && header.GetPayloadLength() == 0)
    {
        auto it = m_outgoing.find(key);
        if (it == m_outgoing.end())
        {
            it = m_outgoing.find(FrameKey(Address(), messageId, tid));
        }
        if (it == m_outgoing.end() || it->second.acknowledged)
        {
            Drop(frame, "stray-ack");
            return;
        }
        NS_LOG_LOGIC("tid " << tid << " acknowledged");
        it->second.acknowledged = true;
        it->second.retransmitEvent.Cancel();
        if (it->second.failOnNoAck && !m_ack.IsNull())
        {
            m_ack(tid);
        }
        return;
    }
    if (header.GetPayloadLength() == 0)
    {
        Drop(frame, "empty-frame");
        return;
    }

    if (header.GetAckReq())
    {
        SendAck(header, from);
    }

    Time now = Simulator::Now();
    for (auto it = m_seen.begin(); it != m_seen.end();)
    {
        it = (it->second < now) ? m_seen.erase(it) : std::next(it);
    }
    if (m_seen.count(key) != 0)
    {
        ++m_duplicates;
        m_duplicateTrace(tid, m_duplicates);
        NS_LOG_INFO("duplicate tid " << tid << " from " << from);
        if (header.GetOpcode() == mih::OPCODE_REQUEST)
        {
            // The requester missed our response: send it again rather than act twice.
            auto rsp =
                m_outgoing.find(FrameKey(from, WithOpcode(messageId, mih::OPCODE_RESPONSE), tid));
            if (rsp != m_outgoing.end())
            {
                Transmit(rsp->second.frame, from);
            }
        }
        return;
    }
    m_seen[key] = now + m_duplicateWindow;

    if (header.GetOpcode() == mih::OPCODE_RESPONSE)
    {
        auto req =
            m_outgoing.find(FrameKey(Address(), WithOpcode(messageId, mih::OPCODE_REQUEST), tid));
        if (req == m_outgoing.end())
        {
            Drop(frame, "unmatched-response");
            return;
        }
        req->second.retransmitEvent.Cancel();
        req->second.timeoutEvent.Cancel();
        m_outgoing.erase(req);
    }
    m_rxTrace(frame, from);
    if (!m_receive.IsNull())
    {
        m_receive(frame, header, from);
    }
}

} // namespace ns3
