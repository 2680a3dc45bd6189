/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "tls-session.h"

#include "ns3/boolean.h"
#include "ns3/crypto-error.h"
#include "ns3/enum.h"
#include "ns3/log.h"
#include "ns3/ns3-compat.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/tls-engine.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("TlsSession");

NS_OBJECT_ENSURE_REGISTERED(TlsSession);

TypeId
TlsSession::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::TlsSession")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<TlsSession>()
            .AddAttribute(
                "Role",
                "Client (sends the ClientHello on Start) or server.",
                EnumValue(TlsSession::CLIENT),
                SECURE_HANDOVER_ENUM_ACCESSOR(TlsSession::Role, &TlsSession::m_role),
                MakeEnumChecker(TlsSession::CLIENT, "Client", TlsSession::SERVER, "Server"))
            .AddAttribute(
                "Version",
                "The TLS version, the only one offered and accepted.",
                EnumValue(TlsSession::TLS_1_3),
                SECURE_HANDOVER_ENUM_ACCESSOR(TlsSession::Version, &TlsSession::m_version),
                MakeEnumChecker(TlsSession::TLS_1_3, "TLS1.3", TlsSession::TLS_1_2, "TLS1.2"))
            .AddAttribute("PeerName",
                          "The identity the peer's certificate must carry (subjectAltName DNS "
                          "name, or e-mail address if it contains '@'); empty: any "
                          "certificate from the trust anchor.",
                          StringValue(""),
                          MakeStringAccessor(&TlsSession::m_peerName),
                          MakeStringChecker())
            .AddAttribute("MutualAuthentication",
                          "A server requests and requires a client certificate.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&TlsSession::m_mutual),
                          MakeBooleanChecker())
            .AddAttribute("HandshakeTimeout",
                          "The handshake fails if it has not completed this long after this "
                          "end started it (0: no timeout).",
                          TimeValue(Seconds(10)),
                          MakeTimeAccessor(&TlsSession::m_handshakeTimeout),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("StartCpuTime",
                          "Simulated CPU time of the client's first step (key share, "
                          "ClientHello), charged before the ClientHello leaves.",
                          TimeValue(Time(0)),
                          MakeTimeAccessor(&TlsSession::m_startCpuTime),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("StepCpuTime",
                          "Simulated CPU time of each handshake step that processes a flight "
                          "from the peer (signatures, verification, key schedule), charged "
                          "before the step's output leaves or its completion is reported.",
                          TimeValue(Time(0)),
                          MakeTimeAccessor(&TlsSession::m_stepCpuTime),
                          MakeTimeChecker(Time(0)))
            .AddAttribute("TrustAnchorFile",
                          "PEM file with the CA certificate(s), read on Start unless "
                          "SetCredentials gave a trust anchor.",
                          StringValue(""),
                          MakeStringAccessor(&TlsSession::m_caFile),
                          MakeStringChecker())
            .AddAttribute("CertificateFile",
                          "PEM file with this end's certificate, read on Start unless "
                          "SetCredentials gave an identity.",
                          StringValue(""),
                          MakeStringAccessor(&TlsSession::m_certificateFile),
                          MakeStringChecker())
            .AddAttribute("PrivateKeyFile",
                          "PEM file with this end's private key (unencrypted), read with "
                          "CertificateFile.",
                          StringValue(""),
                          MakeStringAccessor(&TlsSession::m_keyFile),
                          MakeStringChecker())
            .AddTraceSource("State",
                            "The session changed state.",
                            MakeTraceSourceAccessor(&TlsSession::m_stateTrace),
                            "ns3::TlsSession::StateTracedCallback")
            .AddTraceSource("HandshakeStarted",
                            "This end started the handshake.",
                            MakeTraceSourceAccessor(&TlsSession::m_handshakeStartedTrace),
                            "ns3::TlsSession::HandshakeStartedTracedCallback")
            .AddTraceSource("HandshakeCompleted",
                            "The handshake completed: duration, round trips, octets sent and "
                            "received.",
                            MakeTraceSourceAccessor(&TlsSession::m_handshakeCompletedTrace),
                            "ns3::TlsSession::HandshakeCompletedTracedCallback")
            .AddTraceSource("HandshakeFailed",
                            "The handshake or the session failed, with the reason.",
                            MakeTraceSourceAccessor(&TlsSession::m_handshakeFailedTrace),
                            "ns3::TlsSession::HandshakeFailedTracedCallback")
            .AddTraceSource("RecordSent",
                            "A TLS record was handed to the transport (its size).",
                            MakeTraceSourceAccessor(&TlsSession::m_recordSentTrace),
                            "ns3::TlsSession::RecordTracedCallback")
            .AddTraceSource("RecordReceived",
                            "A complete TLS record was received (its size).",
                            MakeTraceSourceAccessor(&TlsSession::m_recordReceivedTrace),
                            "ns3::TlsSession::RecordTracedCallback");
    return tid;
}

TlsSession::TlsSession()
    : m_role(CLIENT),
      m_version(TLS_1_3),
      m_mutual(true),
      m_state(IDLE),
      m_roundTrips(0),
      m_handshakeRoundTrips(0),
      m_bytesSent(0),
      m_bytesReceived(0),
      m_engineDone(false),
      m_lastEngineState(-1),
      m_handshakeBytesReceived(0)
{
    NS_LOG_FUNCTION(this);
}

TlsSession::~TlsSession()
{
    NS_LOG_FUNCTION(this);
}

std::string
TlsSession::StateName(State state)
{
    switch (state)
    {
    case IDLE:
        return "IDLE";
    case HANDSHAKING:
        return "HANDSHAKING";
    case ESTABLISHED:
        return "ESTABLISHED";
    case CLOSED:
        return "CLOSED";
    case FAILED:
        return "FAILED";
    }
    return "UNKNOWN";
}

void
TlsSession::DoDispose()
{
    NS_LOG_FUNCTION(this);
    for (auto& event : m_pending)
    {
        event.Cancel();
    }
    m_pending.clear();
    m_outputs.clear();
    m_timeoutEvent.Cancel();
    m_send = MakeNullCallback<void, Ptr<Packet>>();
    m_receive = MakeNullCallback<void, Ptr<Packet>>();
    m_engine.reset(); // before the source it draws from
    m_random = nullptr;
    Object::DoDispose();
}

void
TlsSession::SetCredentials(const std::string& trustAnchorPem, const crypto::TlsIdentity& identity)
{
    m_trustAnchorPem = trustAnchorPem;
    m_identity = identity;
}

void
TlsSession::SetRandom(Ptr<SecurityRandom> random)
{
    m_random = random;
}

Ptr<SecurityRandom>
TlsSession::GetRandom() const
{
    return m_random;
}

void
TlsSession::SetSendCallback(Callback<void, Ptr<Packet>> callback)
{
    m_send = callback;
}

void
TlsSession::SetReceiveCallback(Callback<void, Ptr<Packet>> callback)
{
    m_receive = callback;
}

void
TlsSession::SwitchToState(State newState)
{
    State oldState = m_state;
    NS_LOG_INFO((m_role == CLIENT ? "client " : "server ")
                << StateName(oldState) << " -> " << StateName(newState));
    m_state = newState;
    m_stateTrace(oldState, newState);
}

void
TlsSession::Start()
{
    NS_LOG_FUNCTION(this);
    if (m_engine || m_state != IDLE)
    {
        return;
    }
    crypto::TlsEngineConfig config;
    config.role = m_role == CLIENT ? crypto::TlsRole::CLIENT : crypto::TlsRole::SERVER;
    config.version =
        m_version == TLS_1_3 ? crypto::TlsVersion::TLS_1_3 : crypto::TlsVersion::TLS_1_2;
    config.expectedPeerName = m_peerName;
    config.mutualAuthentication = m_mutual;
    config.random = PeekPointer(m_random);
    try
    {
        config.trustAnchorPem = !m_trustAnchorPem.empty()
                                    ? m_trustAnchorPem
                                    : (m_caFile.empty() ? "" : crypto::ReadPemFile(m_caFile));
        if (!m_identity.certificatePem.empty())
        {
            config.identity = m_identity;
        }
        else if (!m_certificateFile.empty())
        {
            config.identity = crypto::TlsIdentity::LoadFiles(m_certificateFile, m_keyFile);
        }
        m_engine = std::make_unique<crypto::TlsEngine>(config);
    }
    catch (const crypto::CryptoError& error)
    {
        if (m_role == CLIENT)
        {
            SwitchToState(HANDSHAKING);
        }
        Fail(std::string("configuration: ") + error.what());
        return;
    }
    if (m_role == SERVER)
    {
        return; // the handshake starts with the first octets from the client
    }
    m_startTime = Simulator::Now();
    SwitchToState(HANDSHAKING);
    m_handshakeStartedTrace();
    if (m_handshakeTimeout.IsStrictlyPositive())
    {
        m_timeoutEvent =
            Simulator::Schedule(m_handshakeTimeout, &TlsSession::HandshakeTimeoutExpired, this);
    }
    m_engine->Start();
    AfterStep(m_startCpuTime, false);
}

void
TlsSession::Receive(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    if (m_state == CLOSED || m_state == FAILED)
    {
        NS_LOG_LOGIC("dropping " << packet->GetSize() << " octets in state " << StateName(m_state));
        return;
    }
    if (!m_engine)
    {
        if (m_role == CLIENT)
        {
            NS_LOG_LOGIC("client not started: dropping " << packet->GetSize() << " octets");
            return;
        }
        Start();
        if (!m_engine)
        {
            return;
        }
    }
    crypto::Bytes bytes = PacketToBytes(packet);
    m_bytesReceived += bytes.size();
    ParseRecords(m_rxParser, bytes.data(), bytes.size(), m_recordReceivedTrace);

    bool peerFlight = true;
    if (m_state == IDLE) // a server's first octets
    {
        m_startTime = Simulator::Now();
        SwitchToState(HANDSHAKING);
        m_handshakeStartedTrace();
        if (m_handshakeTimeout.IsStrictlyPositive())
        {
            m_timeoutEvent =
                Simulator::Schedule(m_handshakeTimeout, &TlsSession::HandshakeTimeoutExpired, this);
        }
        peerFlight = false; // the flight that starts this end's handshake is not waited for
    }
    m_engine->OnBytesFromPeer(bytes);
    AfterStep(m_engineDone ? Time(0) : m_stepCpuTime, peerFlight);
}

void
TlsSession::AfterStep(Time cpuTime, bool peerFlight)
{
    StepOutput output;
    output.batches = m_engine->TakeOutgoing();
    output.applicationData = m_engine->ReadApplicationData();
    crypto::TlsEngine::State engineState = m_engine->GetState();
    output.engineState = static_cast<int>(engineState);
    output.handshakeCompleted = m_engine->HandshakeCompleted();
    output.failure = m_engine->Failure();

    const bool completed = m_engine->HandshakeCompleted();
    bool progress = !output.batches.empty() || !output.applicationData.empty() ||
                    output.engineState != m_lastEngineState;
    m_lastEngineState = output.engineState;
    if (!m_engineDone)
    {
        if (peerFlight && (!output.batches.empty() || completed))
        {
            ++m_roundTrips;
        }
        if (completed)
        {
            m_engineDone = true;
            m_handshakeRoundTrips = m_roundTrips;
            m_handshakeBytesReceived = m_bytesReceived;
        }
    }
    if (!progress)
    {
        return; // e.g. part of a flight: nothing to do until the rest arrives
    }
    Time now = Simulator::Now();
    Time at = std::max(now, m_cpuBusyUntil) + cpuTime;
    m_cpuBusyUntil = at;
    m_outputs.push_back(std::move(output));
    m_pending.push_back(Simulator::Schedule(at - now, &TlsSession::EmitNext, this));
}

void
TlsSession::EmitNext()
{
    NS_ASSERT(!m_outputs.empty());
    StepOutput output = std::move(m_outputs.front());
    m_outputs.erase(m_outputs.begin());
    m_pending.erase(std::remove_if(m_pending.begin(),
                                   m_pending.end(),
                                   [](const EventId& event) { return event.IsExpired(); }),
                    m_pending.end());
    if (m_state == FAILED)
    {
        return;
    }
    for (const auto& batch : output.batches)
    {
        m_bytesSent += batch.size();
        ParseRecords(m_txParser, batch.data(), batch.size(), m_recordSentTrace);
        Ptr<Packet> packet = Create<Packet>(batch.data(), batch.size());
        NS_LOG_LOGIC("sending " << batch.size() << " octets");
        if (!m_send.IsNull())
        {
            m_send(packet);
        }
        else
        {
            NS_LOG_WARN("no send callback: " << batch.size() << " octets dropped");
        }
    }
    auto engineState = static_cast<crypto::TlsEngine::State>(output.engineState);
    if (m_state == HANDSHAKING && output.handshakeCompleted)
    {
        m_handshakeDuration = Simulator::Now() - m_startTime;
        m_timeoutEvent.Cancel();
        SwitchToState(ESTABLISHED);
        NS_LOG_INFO("handshake completed in " << m_handshakeDuration.As(Time::MS) << ", "
                                              << m_handshakeRoundTrips << " round trip(s), "
                                              << m_bytesSent << " octets sent, "
                                              << m_handshakeBytesReceived << " received");
        m_handshakeCompletedTrace(m_handshakeDuration,
                                  m_handshakeRoundTrips,
                                  m_bytesSent,
                                  m_handshakeBytesReceived);
    }
    if (!output.applicationData.empty() && !m_receive.IsNull())
    {
        m_receive(Create<Packet>(output.applicationData.data(), output.applicationData.size()));
    }
    if (engineState == crypto::TlsEngine::State::FAILED)
    {
        Fail(output.failure);
    }
    else if (engineState == crypto::TlsEngine::State::CLOSED && m_state == ESTABLISHED)
    {
        SwitchToState(CLOSED);
    }
}

void
TlsSession::Fail(const std::string& reason)
{
    if (m_state == FAILED || m_state == CLOSED)
    {
        return;
    }
    NS_LOG_INFO((m_role == CLIENT ? "client" : "server") << " failed: " << reason);
    m_failure = reason;
    m_timeoutEvent.Cancel();
    for (auto& event : m_pending)
    {
        event.Cancel();
    }
    m_pending.clear();
    m_outputs.clear();
    SwitchToState(FAILED);
    m_handshakeFailedTrace(reason);
}

void
TlsSession::HandshakeTimeoutExpired()
{
    if (m_state == HANDSHAKING)
    {
        Fail("handshake timeout after " + std::to_string(m_handshakeTimeout.GetMilliSeconds()) +
             " ms");
    }
}

bool
TlsSession::Send(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    if (m_state != ESTABLISHED || !m_engine)
    {
        return false;
    }
    crypto::Bytes bytes = PacketToBytes(packet);
    m_engine->SendApplicationData(bytes);
    AfterStep(Time(0), false);
    return true;
}

void
TlsSession::Close()
{
    NS_LOG_FUNCTION(this);
    if (!m_engine || (m_state != HANDSHAKING && m_state != ESTABLISHED))
    {
        return;
    }
    m_engine->Close();
    m_timeoutEvent.Cancel();
    AfterStep(Time(0), false);
    if (m_state == HANDSHAKING)
    {
        SwitchToState(CLOSED);
    }
}

crypto::Bytes
TlsSession::ExportKeyingMaterial(const std::string& label,
                                 crypto::ByteView context,
                                 std::size_t length) const
{
    if (m_state != ESTABLISHED || !m_engine)
    {
        crypto::ThrowUsageError("TlsSession::ExportKeyingMaterial: session not established (" +
                                StateName(m_state) + ")");
    }
    return m_engine->ExportKeyingMaterial(label, context, length);
}

void
TlsSession::ParseRecords(RecordParser& parser,
                         const uint8_t* data,
                         std::size_t size,
                         TracedCallback<uint32_t>& trace)
{
    std::size_t i = 0;
    while (i < size)
    {
        if (parser.headerFill < sizeof(parser.header))
        {
            parser.header[parser.headerFill++] = data[i++];
            if (parser.headerFill == sizeof(parser.header))
            {
                parser.length = (uint32_t{parser.header[3]} << 8) | parser.header[4];
                parser.remaining = parser.length;
            }
        }
        else
        {
            std::size_t take = std::min<std::size_t>(parser.remaining, size - i);
            parser.remaining -= static_cast<uint32_t>(take);
            i += take;
        }
        if (parser.headerFill == sizeof(parser.header) && parser.remaining == 0)
        {
            trace(parser.length + sizeof(parser.header));
            parser.headerFill = 0;
        }
    }
}

TlsSession::State
TlsSession::GetState() const
{
    return m_state;
}

bool
TlsSession::IsEstablished() const
{
    return m_state == ESTABLISHED;
}

std::string
TlsSession::GetFailureReason() const
{
    return m_failure;
}

Time
TlsSession::GetHandshakeDuration() const
{
    return m_handshakeDuration;
}

uint32_t
TlsSession::GetHandshakeRoundTrips() const
{
    return m_handshakeRoundTrips;
}

uint32_t
TlsSession::GetBytesSent() const
{
    return m_bytesSent;
}

uint32_t
TlsSession::GetBytesReceived() const
{
    return m_bytesReceived;
}

std::string
TlsSession::GetNegotiatedVersion() const
{
    return m_engine ? m_engine->NegotiatedVersion() : "";
}

std::string
TlsSession::GetNegotiatedCipher() const
{
    return m_engine ? m_engine->NegotiatedCipher() : "";
}

std::string
TlsSession::GetPeerCommonName() const
{
    return m_engine ? m_engine->PeerCommonName() : "";
}

} // namespace ns3
