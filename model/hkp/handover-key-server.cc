/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-key-server.h"

#include "diameter-constants.h"
#include "hkp-common.h"

#include "ns3/boolean.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/enum.h"
#include "ns3/handover-key-request-header.h"
#include "ns3/handover-key-response-header.h"
#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/mobility-auth.h"
#include "ns3/nstime.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/tcp-socket-factory.h"
#include "ns3/tls-session.h"
#include "ns3/uinteger.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoverKeyServer");

NS_OBJECT_ENSURE_REGISTERED(HandoverKeyServer);

TypeId
HandoverKeyServer::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::HandoverKeyServer")
            .SetParent<Application>()
            .SetGroupName("SecureHandover")
            .AddConstructor<HandoverKeyServer>()
            .AddAttribute("Port",
                          "TCP port of Diameter over TLS.",
                          UintegerValue(diameter::TLS_PORT),
                          MakeUintegerAccessor(&HandoverKeyServer::m_port),
                          MakeUintegerChecker<uint16_t>())
            .AddAttribute("KeyLifetime",
                          "Lifetime of the handover keys, in seconds (draft 6.4).",
                          UintegerValue(600),
                          MakeUintegerAccessor(&HandoverKeyServer::m_lifetime),
                          MakeUintegerChecker<uint32_t>(1, 0xffffff))
            .AddAttribute("Prf",
                          "The PRF the server requires (1 HMAC-SHA1, 2 HMAC-SHA-256); another "
                          "is answered INVALID_PRF_ALG.",
                          UintegerValue(1),
                          MakeUintegerAccessor(&HandoverKeyServer::m_prf),
                          MakeUintegerChecker<uint8_t>(1, 2))
            .AddAttribute("MacAlgorithm",
                          "The MAC algorithm the server requires; another is answered "
                          "INVALID_MAC_ALG.",
                          UintegerValue(1),
                          MakeUintegerAccessor(&HandoverKeyServer::m_macAlgorithm),
                          MakeUintegerChecker<uint8_t>(1, 2))
            .AddAttribute("RequireTimestamp",
                          "Expect timestamp-based replay protection (TIMESTAMP_REQD).",
                          BooleanValue(false),
                          MakeBooleanAccessor(&HandoverKeyServer::m_requireTimestamp),
                          MakeBooleanChecker())
            .AddAttribute("TimestampWindow",
                          "Accepted deviation between the MN's and the server's clocks "
                          "(draft 5.2.3: 7 s).",
                          TimeValue(Seconds(7)),
                          MakeTimeAccessor(&HandoverKeyServer::m_timestampWindow),
                          MakeTimeChecker())
            .AddAttribute("ClockOffset",
                          "Error of the server's clock.",
                          TimeValue(Seconds(0)),
                          MakeTimeAccessor(&HandoverKeyServer::m_clockOffset),
                          MakeTimeChecker())
            .AddAttribute("ProcessingDelay",
                          "Time the server takes to answer (a slow server).",
                          TimeValue(Seconds(0)),
                          MakeTimeAccessor(&HandoverKeyServer::m_processingDelay),
                          MakeTimeChecker())
            .AddAttribute("Mute",
                          "Never answer (a failed server: the AR's AAA timeout must clean up).",
                          BooleanValue(false),
                          MakeBooleanAccessor(&HandoverKeyServer::m_mute),
                          MakeBooleanChecker())
            .AddAttribute("OriginHost",
                          "Diameter identity of the server.",
                          StringValue("hks.example.net"),
                          MakeStringAccessor(&HandoverKeyServer::m_originHost),
                          MakeStringChecker())
            .AddAttribute("OriginRealm",
                          "Diameter realm of the server (the realm of the NAIs it serves).",
                          StringValue("example.net"),
                          MakeStringAccessor(&HandoverKeyServer::m_originRealm),
                          MakeStringChecker())
            .AddTraceSource("Answer",
                            "A request was decided: NAI, AR, HKResp Status Code.",
                            MakeTraceSourceAccessor(&HandoverKeyServer::m_answerTrace),
                            "ns3::HandoverKeyServer::AnswerTracedCallback")
            .AddTraceSource("Drop",
                            "A request was silently discarded, with the reason.",
                            MakeTraceSourceAccessor(&HandoverKeyServer::m_dropTrace),
                            "ns3::HandoverKeyServer::DropTracedCallback");
    return tid;
}

HandoverKeyServer::HandoverKeyServer()
    : m_port(diameter::TLS_PORT),
      m_lifetime(600),
      m_prf(1),
      m_macAlgorithm(1),
      m_requireTimestamp(false),
      m_mute(false),
      m_random(CreateObject<SecurityRandom>())
{
}

HandoverKeyServer::~HandoverKeyServer() = default;

void
HandoverKeyServer::DoDispose()
{
    for (auto& event : m_pendingAnswers)
    {
        event.Cancel();
    }
    m_pendingAnswers.clear();
    for (auto& connection : m_connections)
    {
        connection->Dispose();
    }
    m_connections.clear();
    m_listener = nullptr;
    m_random = nullptr;
    Application::DoDispose();
}

void
HandoverKeyServer::AddMobileNode(const std::string& nai, const crypto::Hmk& hmk)
{
    m_hmks.erase(nai);
    m_hmks.emplace(nai, hmk);
}

void
HandoverKeyServer::AuthorizeAccessRouter(const std::string& nai, const Ipv6Address& ar)
{
    m_authorized[nai].insert(ar);
}

void
HandoverKeyServer::SetCredentials(const std::string& trustAnchorPem,
                                  const crypto::TlsIdentity& identity)
{
    m_trustAnchorPem = trustAnchorPem;
    m_identity = identity;
}

int64_t
HandoverKeyServer::AssignStreams(int64_t stream)
{
    return m_random->AssignStreams(stream);
}

uint32_t
HandoverKeyServer::GetConnectionCount() const
{
    return static_cast<uint32_t>(m_connections.size());
}

void
HandoverKeyServer::StartApplication()
{
    m_listener = Socket::CreateSocket(GetNode(), TcpSocketFactory::GetTypeId());
    NS_ABORT_MSG_IF(m_listener->Bind(InetSocketAddress(Ipv4Address::GetAny(), m_port)) != 0,
                    "HandoverKeyServer: cannot bind port " << m_port);
    m_listener->Listen();
    m_listener->SetAcceptCallback(MakeCallback(&HandoverKeyServer::HandleConnectionRequest, this),
                                  MakeCallback(&HandoverKeyServer::HandleAccept, this));
}

void
HandoverKeyServer::StopApplication()
{
    if (m_listener)
    {
        m_listener->Close();
    }
}

bool
HandoverKeyServer::HandleConnectionRequest(Ptr<Socket> /* socket */, const Address& /* from */)
{
    return true;
}

void
HandoverKeyServer::HandleAccept(Ptr<Socket> socket, const Address& from)
{
    NS_LOG_FUNCTION(this << socket << from);
    Ptr<TlsSession> session = CreateObject<TlsSession>();
    session->SetAttribute("Role", EnumValue(TlsSession::SERVER));
    session->SetAttribute("MutualAuthentication", BooleanValue(true));
    session->SetRandom(m_random); // handshake randomness from this agent's stream
    session->SetCredentials(m_trustAnchorPem, m_identity);
    Ptr<DiameterTlsConnection> connection = CreateObject<DiameterTlsConnection>();
    connection->SetMessageCallback(MakeCallback(&HandoverKeyServer::HandleMessage, this));
    connection->Accept(session, socket);
    m_connections.push_back(connection);
}

void
HandoverKeyServer::HandleMessage(Ptr<DiameterTlsConnection> connection,
                                 const DiameterMessage& message)
{
    if (!message.IsRequest() || message.GetCommandCode() != diameter::CMD_HANDOVER_KEY ||
        message.GetApplicationId() != diameter::APP_HANDOVER_KEY)
    {
        NS_LOG_WARN("not an HK-Request: dropped");
        m_dropTrace("unexpected-command");
        return;
    }
    if (m_mute)
    {
        m_dropTrace("mute");
        return;
    }
    DiameterMessage answer;
    answer.SetFlags(message.GetFlags() & diameter::FLAG_PROXIABLE);
    answer.SetCommandCode(diameter::CMD_HANDOVER_KEY);
    answer.SetApplicationId(diameter::APP_HANDOVER_KEY);
    answer.SetHopByHopId(message.GetHopByHopId());
    answer.SetEndToEndId(message.GetEndToEndId());
    if (const DiameterAvp* session = message.FindAvp(diameter::AVP_SESSION_ID))
    {
        answer.AddAvp(*session);
    }
    answer.AddAvp(DiameterAvp::MakeString(diameter::AVP_ORIGIN_HOST, 0, m_originHost));
    answer.AddAvp(DiameterAvp::MakeString(diameter::AVP_ORIGIN_REALM, 0, m_originRealm));
    answer.AddAvp(DiameterAvp::MakeUnsigned32(diameter::AVP_AUTH_APPLICATION_ID,
                                              0,
                                              diameter::APP_HANDOVER_KEY));
    if (!Process(message, answer))
    {
        return;
    }
    m_pendingAnswers.erase(std::remove_if(m_pendingAnswers.begin(),
                                          m_pendingAnswers.end(),
                                          [](const EventId& e) { return e.IsExpired(); }),
                           m_pendingAnswers.end());
    // the answer leaves after the processing delay once the CPU has finished its crypto (the
    // release time never decreases, so answers keep their order)
    m_pendingAnswers.push_back(
        Simulator::Schedule(m_processingDelay + CryptoCostModel::GetDelayUntilIdle(GetNode()),
                            &HandoverKeyServer::SendAnswer,
                            this,
                            connection,
                            answer));
}

void
HandoverKeyServer::SendAnswer(Ptr<DiameterTlsConnection> connection, DiameterMessage answer)
{
    connection->Send(answer);
}

void
HandoverKeyServer::MacedError(const HandoverKeyRequestHeader& req,
                              uint8_t status,
                              uint8_t prfField,
                              uint8_t macField,
                              uint64_t timestamp,
                              const crypto::Hmk& hmk,
                              DiameterMessage& answer)
{
    crypto::PrfAlgorithm prf;
    crypto::PrfAlgorithm mac;
    hkp::PrfFromField(prfField, prf);
    hkp::PrfFromField(macField, mac);
    HandoverKeyResponseHeader resp;
    resp.SetMessageId(req.GetMessageId());
    resp.SetPrf(prfField);
    resp.SetStatus(status);
    if (timestamp != 0)
    {
        HkTimestampOption ts;
        ts.timestamp = timestamp;
        resp.AddOption(ts);
    }
    AppendMacOption(resp, mac, crypto::DeriveHik(prf, hmk, req.GetMessageId()));
    std::vector<uint8_t> bytes = resp.ToBytes();
    hkp::ChargeKeyDerivation(GetNode(), prf); // the HIK
    hkp::ChargeHmac(GetNode(), mac, bytes.size());
    answer.AddAvp(DiameterAvp::Make(diameter::AVP_HKP_RESPONSE, diameter::VENDOR_HKP, bytes));
}

bool
HandoverKeyServer::Process(const DiameterMessage& request, DiameterMessage& answer)
{
    auto result = [&answer](uint32_t code) {
        if (code != diameter::DIAMETER_SUCCESS)
        {
            answer.SetFlags(answer.GetFlags() | diameter::FLAG_ERROR);
        }
        answer.AddAvp(DiameterAvp::MakeUnsigned32(diameter::AVP_RESULT_CODE, 0, code));
    };
    auto hkpStatus = [&answer](uint8_t status, uint8_t prf) {
        answer.AddAvp(
            DiameterAvp::MakeUnsigned32(diameter::AVP_HKP_STATUS, diameter::VENDOR_HKP, status));
        answer.AddAvp(
            DiameterAvp::MakeUnsigned32(diameter::AVP_HKP_PRF, diameter::VENDOR_HKP, prf));
    };
    const DiameterAvp* reqAvp = request.FindAvp(diameter::AVP_HKP_REQUEST, diameter::VENDOR_HKP);
    if (!reqAvp)
    {
        result(diameter::DIAMETER_MISSING_AVP);
        return true;
    }
    HandoverKeyRequestHeader req;
    if (req.Parse(reqAvp->data.data(), reqAvp->data.size()) != MhParseStatus::OK)
    {
        m_dropTrace("malformed-hkreq");
        result(diameter::DIAMETER_INVALID_AVP_VALUE);
        return true;
    }
    MnIdentifierOption mnId;
    auto hmkIt = req.FindOption(mnId) ? m_hmks.find(mnId.identifier) : m_hmks.end();
    if (hmkIt == m_hmks.end())
    {
        NS_LOG_INFO("unknown MN: silently discarded");
        m_dropTrace("unknown-mn");
        return false;
    }
    const std::string& nai = mnId.identifier;
    const crypto::Hmk& hmk = hmkIt->second;
    MacOption mac;
    if (!req.FindOption(mac, mip6::MAC_SUBTYPE_MN_HKS))
    {
        m_dropTrace("no-mn-hks-mac");
        return false;
    }
    crypto::PrfAlgorithm reqPrf;
    crypto::PrfAlgorithm macAlg;
    if (!hkp::PrfFromField(req.GetPrf(), reqPrf) || !hkp::PrfFromField(mac.algorithm, macAlg))
    {
        // the MN's HIK cannot be derived or its MAC computed: it cannot be authenticated
        m_dropTrace("unsupported-prf-or-mac");
        return false;
    }
    hkp::ChargeKeyDerivation(GetNode(), reqPrf); // the HIK
    hkp::ChargeHmac(GetNode(), macAlg, reqAvp->data.size());
    if (VerifyMacOption(req, crypto::DeriveHik(reqPrf, hmk, req.GetMessageId())) !=
        MhParseStatus::OK)
    {
        NS_LOG_INFO("bad MN-HKS MAC from " << nai << ": silently discarded");
        m_dropTrace("bad-mn-hks-mac");
        return false;
    }
    const DiameterAvp* arAvp = request.FindAvp(diameter::AVP_HKP_AR_ADDRESS, diameter::VENDOR_HKP);
    if (!arAvp || arAvp->data.size() != 16)
    {
        // draft 6.4: the AR must be told that its IP address is required
        result(diameter::DIAMETER_MISSING_AVP);
        m_answerTrace(nai, Ipv6Address::GetAny(), mip6::HK_ADMINISTRATIVELY_PROHIBITED);
        return true;
    }
    result(diameter::DIAMETER_SUCCESS);
    const Ipv6Address ar = hkp::FromOctets(arAvp->data.data());
    auto decided = [this, &nai, &ar](uint8_t status) { m_answerTrace(nai, ar, status); };
    const uint64_t now = hkp::NtpTimestamp(Simulator::Now() + m_clockOffset);

    if (req.GetPrf() != m_prf)
    {
        MacedError(req, mip6::HK_INVALID_PRF_ALG, m_prf, m_macAlgorithm, 0, hmk, answer);
        hkpStatus(mip6::HK_INVALID_PRF_ALG, m_prf);
        decided(mip6::HK_INVALID_PRF_ALG);
        return true;
    }
    if (mac.algorithm != m_macAlgorithm)
    {
        MacedError(req, mip6::HK_INVALID_MAC_ALG, m_prf, m_macAlgorithm, 0, hmk, answer);
        hkpStatus(mip6::HK_INVALID_MAC_ALG, m_prf);
        decided(mip6::HK_INVALID_MAC_ALG);
        return true;
    }
    HkTimestampOption ts;
    const bool hasTimestamp = req.FindOption(ts);
    if (!hasTimestamp && m_requireTimestamp)
    {
        hkpStatus(mip6::HK_TIMESTAMP_REQD, m_prf);
        decided(mip6::HK_TIMESTAMP_REQD);
        return true;
    }
    if (hasTimestamp)
    {
        auto last = m_lastTimestamp.find(nai);
        const bool stale = last != m_lastTimestamp.end() && ts.timestamp <= last->second;
        if (stale || hkp::NtpDifference(ts.timestamp, now) > m_timestampWindow)
        {
            // draft 5.2.3: own high-order 32 bits, the MN's low-order 32 bits
            const uint64_t corrected =
                (now & 0xffffffff00000000ULL) | (ts.timestamp & 0xffffffffULL);
            MacedError(req,
                       mip6::HK_INVALID_TIMESTAMP,
                       m_prf,
                       m_macAlgorithm,
                       corrected,
                       hmk,
                       answer);
            hkpStatus(mip6::HK_INVALID_TIMESTAMP, m_prf);
            decided(mip6::HK_INVALID_TIMESTAMP);
            return true;
        }
    }
    auto restriction = m_authorized.find(nai);
    if (restriction != m_authorized.end() && restriction->second.count(ar) == 0)
    {
        hkpStatus(mip6::HK_ADMINISTRATIVELY_PROHIBITED, m_prf);
        decided(mip6::HK_ADMINISTRATIVELY_PROHIBITED);
        return true;
    }
    HandoverNonceOption mnNonce;
    if (!req.FindOption(mnNonce, mip6::NONCE_SUBTYPE_MN) || mnNonce.nonce.size() != 16)
    {
        m_dropTrace("bad-mn-nonce");
        return false;
    }
    crypto::Nonce16 mnN{};
    std::copy(mnNonce.nonce.begin(), mnNonce.nonce.end(), mnN.begin());
    crypto::Nonce16 hksNonce{};
    m_random->Fill(hksNonce.data(), hksNonce.size());
    crypto::Hk hk = crypto::DeriveHk(reqPrf, hmk, mnN, hksNonce, nai, hkp::ToOctets(ar));
    hkp::ChargeKeyDerivation(GetNode(), reqPrf);
    if (hasTimestamp)
    {
        m_lastTimestamp[nai] = ts.timestamp;
        std::vector<uint8_t> echo(8);
        for (int k = 0; k < 8; ++k)
        {
            echo[k] = static_cast<uint8_t>(ts.timestamp >> (56 - 8 * k));
        }
        answer.AddAvp(DiameterAvp::Make(diameter::AVP_HKP_TIMESTAMP, diameter::VENDOR_HKP, echo));
    }
    hkpStatus(mip6::HK_SUCCESS, m_prf);
    answer.AddAvp(DiameterAvp::Make(diameter::AVP_HKP_HKS_NONCE,
                                    diameter::VENDOR_HKP,
                                    std::vector<uint8_t>(hksNonce.begin(), hksNonce.end())));
    answer.AddAvp(DiameterAvp::Make(diameter::AVP_HKP_KEY, diameter::VENDOR_HKP, hk.GetBytes()));
    answer.AddAvp(
        DiameterAvp::MakeUnsigned32(diameter::AVP_HKP_LIFETIME, diameter::VENDOR_HKP, m_lifetime));
    decided(mip6::HK_SUCCESS);
    return true;
}

} // namespace ns3
