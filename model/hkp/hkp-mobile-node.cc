/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "hkp-mobile-node.h"

#include "hkp-common.h"
#include "mobility-l4-protocol.h"

#include "ns3/boolean.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/double.h"
#include "ns3/handover-key-request-header.h"
#include "ns3/handover-key-response-header.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"
#include "ns3/mobility-auth.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/random-variable-stream.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/uinteger.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HkpMobileNode");

NS_OBJECT_ENSURE_REGISTERED(HkpMobileNode);

TypeId
HkpMobileNode::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::HkpMobileNode")
            .SetParent<Application>()
            .SetGroupName("SecureHandover")
            .AddConstructor<HkpMobileNode>()
            .AddAttribute("Nai",
                          "The MN's NAI (MN ID; names the HMK at the HKS).",
                          StringValue("mn@example.net"),
                          MakeStringAccessor(&HkpMobileNode::m_nai),
                          MakeStringChecker())
            .AddAttribute("Prf",
                          "The PRF proposed in the HKReq (1 HMAC-SHA1, 2 HMAC-SHA-256).",
                          UintegerValue(1),
                          MakeUintegerAccessor(&HkpMobileNode::m_prf),
                          MakeUintegerChecker<uint8_t>(1, 7))
            .AddAttribute("MacAlgorithm",
                          "The Algorithm Type of the MAC options (1 HMAC-SHA-1, 2 HMAC-SHA-256).",
                          UintegerValue(1),
                          MakeUintegerAccessor(&HkpMobileNode::m_mac),
                          MakeUintegerChecker<uint8_t>(1, 15))
            .AddAttribute("UseTimestamp",
                          "Send the Timestamp option (draft 6.2.1: SHOULD).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&HkpMobileNode::m_useTimestamp),
                          MakeBooleanChecker())
            .AddAttribute("HkeyReqTimeout",
                          "HKEY_REQ_TOUT: retransmission timeout of the HKReq (draft 6.2.1).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&HkpMobileNode::m_hkeyReqTimeout),
                          MakeTimeChecker())
            .AddAttribute("MaxTries",
                          "N_HO_KEYTRIES: transmissions of one HKReq, at most (draft 6.2.1: 3).",
                          UintegerValue(3),
                          MakeUintegerAccessor(&HkpMobileNode::m_maxTries),
                          MakeUintegerChecker<uint32_t>(1))
            .AddAttribute("HkRetryInterval",
                          "HK_RETRY_INTERVAL: after CoA_AUTH_FAILED the HKReq is retransmitted "
                          "after a random time between this and twice this (draft 6.2.2.1).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&HkpMobileNode::m_hkRetryInterval),
                          MakeTimeChecker())
            .AddAttribute("RefreshFraction",
                          "A new HKReq is sent when this fraction of the key's lifetime has "
                          "passed (draft 6.2.1: before the lifetime ends); 0 disables.",
                          DoubleValue(0.8),
                          MakeDoubleAccessor(&HkpMobileNode::m_refreshFraction),
                          MakeDoubleChecker<double>(0, 1))
            .AddAttribute("ClockOffset",
                          "Error of the MN's clock (for the Timestamp option).",
                          TimeValue(Seconds(0)),
                          MakeTimeAccessor(&HkpMobileNode::m_clockOffset),
                          MakeTimeChecker())
            .AddTraceSource("KeyObtained",
                            "A key was obtained or verified: AR, SPI, verified, duration.",
                            MakeTraceSourceAccessor(&HkpMobileNode::m_keyObtainedTrace),
                            "ns3::HkpMobileNode::KeyObtainedTracedCallback")
            .AddTraceSource("KeyFailed",
                            "An exchange failed: AR, reason.",
                            MakeTraceSourceAccessor(&HkpMobileNode::m_keyFailedTrace),
                            "ns3::HkpMobileNode::KeyFailedTracedCallback")
            .AddTraceSource("Request",
                            "An HKReq was sent: AR, Message ID, retransmission.",
                            MakeTraceSourceAccessor(&HkpMobileNode::m_requestTrace),
                            "ns3::HkpMobileNode::RequestTracedCallback")
            .AddTraceSource("Drop",
                            "An HKResp was silently discarded, with the reason.",
                            MakeTraceSourceAccessor(&HkpMobileNode::m_dropTrace),
                            "ns3::HkpMobileNode::DropTracedCallback")
            .AddTraceSource("KeyExpired",
                            "A key's lifetime ended: AR, SPI.",
                            MakeTraceSourceAccessor(&HkpMobileNode::m_keyExpiredTrace),
                            "ns3::HkpMobileNode::KeyExpiredTracedCallback");
    return tid;
}

HkpMobileNode::HkpMobileNode()
    : m_prf(1),
      m_mac(1),
      m_useTimestamp(true),
      m_maxTries(3),
      m_refreshFraction(0.8),
      m_random(CreateObject<SecurityRandom>()),
      m_retryJitter(CreateObject<UniformRandomVariable>()),
      m_nextMessageId(0),
      m_lastTimestamp(0)
{
}

HkpMobileNode::~HkpMobileNode() = default;

void
HkpMobileNode::DoDispose()
{
    for (auto& entry : m_exchanges)
    {
        entry.second.timer.Cancel();
    }
    m_exchanges.clear();
    CryptoCostModel::CancelPending(m_pendingReports);
    for (auto& entry : m_refreshEvents)
    {
        entry.second.Cancel();
    }
    for (auto& entry : m_expiryEvents)
    {
        entry.second.Cancel();
    }
    m_refreshEvents.clear();
    m_expiryEvents.clear();
    m_keys.clear();
    m_hmk.reset();
    m_mh = nullptr;
    m_random = nullptr;
    m_retryJitter = nullptr;
    Application::DoDispose();
}

void
HkpMobileNode::SetHmk(const crypto::Hmk& hmk)
{
    m_hmk = std::make_unique<crypto::Hmk>(hmk);
}

int64_t
HkpMobileNode::AssignStreams(int64_t stream)
{
    const int64_t used = m_random->AssignStreams(stream);
    m_retryJitter->SetStream(stream + used);
    // the first Message ID is random (draft 6.2.1: random or a sequence from any value)
    return used + 1;
}

void
HkpMobileNode::StartApplication()
{
    m_mh = MobilityL4Protocol::Install(GetNode());
    m_mh->AddListener(MakeCallback(&HkpMobileNode::HandleMh, this));
    m_random->Fill(&m_nextMessageId, 1);
}

void
HkpMobileNode::StopApplication()
{
    for (auto& entry : m_exchanges)
    {
        entry.second.timer.Cancel();
    }
    m_exchanges.clear();
}

const HkpMnKey*
HkpMobileNode::GetKey(const Ipv6Address& ar) const
{
    auto it = m_keys.find(ar);
    return it == m_keys.end() ? nullptr : &it->second;
}

bool
HkpMobileNode::IsProhibited(const Ipv6Address& ar) const
{
    return m_prohibited.count(ar) != 0;
}

bool
HkpMobileNode::IsPending(const Ipv6Address& ar) const
{
    return m_exchanges.count(ar) != 0;
}

void
HkpMobileNode::RequestKey(const Ipv6Address& ar, const Ipv6Address& coa)
{
    Exchange ex;
    ex.ar = ar;
    ex.source = coa;
    ex.keyCoa = coa;
    ex.verify = m_keys.count(ar) != 0; // 6.2.3: a returning MN verifies the key it holds
    ex.start = Simulator::Now();
    SendNew(ex);
}

void
HkpMobileNode::RequestKeyIndirect(const Ipv6Address& ar, const Ipv6Address& currentCoa)
{
    Exchange ex;
    ex.ar = ar;
    ex.source = currentCoa;
    ex.keyCoa = Ipv6Address::GetAny(); // 6.5: SHOULD be NULL
    ex.start = Simulator::Now();
    SendNew(ex);
}

uint64_t
HkpMobileNode::NextTimestamp()
{
    // 5.2.3: the fraction bits the clock does not give are random. ns-3 time has a 1 ns
    // resolution, about 2^-30 s: the two lowest of the 32 fraction bits come from the RNG.
    uint8_t random = 0;
    m_random->Fill(&random, 1);
    const uint64_t now = hkp::NtpTimestamp(Simulator::Now() + m_clockOffset + m_clockAdjust);
    // and greater than the timestamp of any earlier successful HKReq
    return std::max(m_lastTimestamp + 1, (now & ~uint64_t(3)) | (random & 3));
}

void
HkpMobileNode::SendNew(Exchange& ex)
{
    NS_ABORT_MSG_IF(!m_hmk, "HkpMobileNode: no HMK provisioned for " << m_nai);
    if (IsProhibited(ex.ar))
    {
        m_keyFailedTrace(ex.ar, "prohibited"); // 6.2.2.1: MUST NOT send more HKReqs via it
        return;
    }
    auto old = m_exchanges.find(ex.ar);
    if (old != m_exchanges.end())
    {
        old->second.timer.Cancel(); // a new request replaces one under way
    }
    if (ex.attempts == 0)
    {
        ex.prf = m_prf;
        ex.mac = m_mac;
        ex.timestamp = m_useTimestamp;
    }
    ex.messageId = m_nextMessageId++;
    m_random->Fill(ex.mnNonce.data(), ex.mnNonce.size());
    ex.tries = 0;
    HandoverKeyRequestHeader req;
    req.SetMessageId(ex.messageId);
    req.SetVerify(ex.verify);
    req.SetPrf(ex.prf);
    req.SetKeyCareOfAddress(ex.keyCoa);
    MnIdentifierOption mnId;
    mnId.identifier = m_nai;
    req.AddOption(mnId);
    crypto::PrfAlgorithm macPrf = crypto::PrfAlgorithm::HMAC_SHA1;
    hkp::PrfFromField(ex.mac, macPrf);
    if (ex.timestamp)
    {
        HkTimestampOption ts;
        ts.timestamp = NextTimestamp();
        ex.sentTimestamp = ts.timestamp;
        req.AddOption(ts);
    }
    if (ex.verify)
    {
        const HkpMnKey& key = m_keys.at(ex.ar);
        HkSpiOption spi;
        spi.spi = key.spi;
        req.AddOption(spi);
        AppendMacOption(req, macPrf, key.hk); // 6.2.3: MN-AR MAC, the last option
    }
    else
    {
        HandoverNonceOption nonce;
        nonce.subtype = mip6::NONCE_SUBTYPE_MN;
        nonce.nonce.assign(ex.mnNonce.begin(), ex.mnNonce.end());
        req.AddOption(nonce);
        crypto::PrfAlgorithm prf = crypto::PrfAlgorithm::HMAC_SHA1;
        hkp::PrfFromField(ex.prf, prf);
        AppendMacOption(req, macPrf, crypto::DeriveHik(prf, *m_hmk, ex.messageId));
        hkp::ChargeKeyDerivation(GetNode(), prf); // the HIK
    }
    ex.packet = hkp::MhToPacket(req, ex.source, ex.ar);
    hkp::ChargeHmac(GetNode(), macPrf, ex.packet->GetSize()); // the MN-AR or MN-HKS MAC
    Exchange& stored = m_exchanges[ex.ar];
    if (&stored != &ex)
    {
        stored = ex;
    }
    // the HKReq leaves when the CPU has computed it; the release time never decreases, so the
    // requests keep their order; the timer holds the release so that a new request replaces it
    const Time delay = CryptoCostModel::GetDelayUntilIdle(GetNode());
    if (delay.IsZero())
    {
        Retransmit(stored.ar);
        return;
    }
    stored.timer = Simulator::Schedule(delay, &HkpMobileNode::Retransmit, this, stored.ar);
}

void
HkpMobileNode::Retransmit(Ipv6Address ar)
{
    auto it = m_exchanges.find(ar);
    if (it == m_exchanges.end())
    {
        return;
    }
    Exchange& ex = it->second;
    if (ex.tries >= m_maxTries)
    {
        Fail(ar, "timeout"); // N_HO_KEYTRIES transmissions without an answer
        return;
    }
    ++ex.tries;
    m_mh->Send(ex.packet->Copy(), ex.source, ex.ar);
    m_requestTrace(ar, ex.messageId, ex.tries > 1);
    ex.timer = Simulator::Schedule(m_hkeyReqTimeout, &HkpMobileNode::Retransmit, this, ar);
}

void
HkpMobileNode::Fail(const Ipv6Address& ar, const std::string& reason)
{
    auto it = m_exchanges.find(ar);
    if (it != m_exchanges.end())
    {
        it->second.timer.Cancel();
        m_exchanges.erase(it);
    }
    NS_LOG_INFO(m_nai << ": key exchange with " << ar << " failed: " << reason);
    m_keyFailedTrace(ar, reason);
}

void
HkpMobileNode::HandleMh(Ptr<Packet> packet,
                        Ipv6Address source,
                        Ipv6Address destination,
                        uint32_t /* interface */)
{
    if (MobilityL4Protocol::PeekType(packet) != mip6::MH_HANDOVER_KEY_RESPONSE)
    {
        return; // another agent's message
    }
    HandoverKeyResponseHeader resp;
    const MhParseStatus status = resp.ParseAndVerify(packet, source, destination);
    if (status != MhParseStatus::OK)
    {
        m_dropTrace("malformed:" + ToString(status));
        return;
    }
    auto it = m_exchanges.find(source);
    if (it == m_exchanges.end())
    {
        m_dropTrace("unexpected");
        return;
    }
    Exchange& ex = it->second;
    if (resp.GetMessageId() != ex.messageId)
    {
        m_dropTrace("bad-message-id"); // 6.2.2: MUST drop
        return;
    }
    if (resp.GetStatus() == mip6::HK_SUCCESS)
    {
        HandleSuccess(ex, resp);
    }
    else
    {
        HandleError(ex, resp);
    }
}

void
HkpMobileNode::HandleSuccess(Exchange& ex, const HandoverKeyResponseHeader& resp)
{
    MacOption arMac;
    crypto::PrfAlgorithm macPrf;
    if (!resp.FindOption(arMac, mip6::MAC_SUBTYPE_MN_AR))
    {
        m_dropTrace("no-mn-ar-mac"); // 6.2.2: silently discard
        return;
    }
    if (!hkp::PrfFromField(arMac.algorithm, macPrf))
    {
        m_dropTrace("unsupported-mac"); // 6.2.2: MUST discard
        return;
    }
    const Ipv6Address ar = ex.ar;
    const std::size_t respOctets = resp.GetSerializedSize();
    if (ex.verify)
    {
        const HkpMnKey& key = m_keys.at(ar);
        if (!resp.GetVerified() || resp.GetSpi() != key.spi)
        {
            m_dropTrace("bad-mn-ar-mac");
            return;
        }
        hkp::ChargeHmac(GetNode(), macPrf, respOctets);
        if (VerifyMacOption(resp, key.hk) != MhParseStatus::OK)
        {
            m_dropTrace("bad-mn-ar-mac");
            return;
        }
        const Time duration = CryptoCostModel::GetIdleTime(GetNode()) - ex.start;
        ex.timer.Cancel();
        m_exchanges.erase(ar);
        ReportWhenIdle(ar, key.spi, true, duration);
        return;
    }
    HandoverNonceOption hksNonce;
    crypto::PrfAlgorithm prf;
    if (resp.GetPrf() != ex.prf || !hkp::PrfFromField(ex.prf, prf))
    {
        m_dropTrace("prf-mismatch");
        return;
    }
    if (!resp.FindOption(hksNonce, mip6::NONCE_SUBTYPE_HKS) || hksNonce.nonce.size() != 16)
    {
        m_dropTrace("no-hks-nonce");
        return;
    }
    crypto::Nonce16 hksN{};
    std::copy(hksNonce.nonce.begin(), hksNonce.nonce.end(), hksN.begin());
    crypto::Hk hk = crypto::DeriveHk(prf, *m_hmk, ex.mnNonce, hksN, m_nai, hkp::ToOctets(ar));
    hkp::ChargeKeyDerivation(GetNode(), prf);
    hkp::ChargeHmac(GetNode(), macPrf, respOctets);
    if (VerifyMacOption(resp, hk) != MhParseStatus::OK)
    {
        m_dropTrace("bad-mn-ar-mac"); // 6.2.2: silently discard
        return;
    }
    MacOption hksMac;
    if (resp.FindOption(hksMac, mip6::MAC_SUBTYPE_MN_HKS) && !VerifyHksMac(resp, ex.messageId))
    {
        m_dropTrace("bad-mn-hks-mac");
        return;
    }
    // 6.2.1: the new key replaces the old one
    m_lastTimestamp = std::max(m_lastTimestamp, ex.sentTimestamp);
    m_keys.erase(ar);
    HkpMnKey key(hk);
    key.spi = resp.GetSpi();
    key.prf = ex.prf;
    key.expiry = Simulator::Now() + Seconds(resp.GetLifetime());
    key.source = ex.source;
    key.keyCoa = ex.keyCoa;
    m_keys.emplace(ar, key);
    m_refreshEvents[ar].Cancel();
    m_expiryEvents[ar].Cancel();
    if (m_refreshFraction > 0)
    {
        m_refreshEvents[ar] = Simulator::Schedule(Seconds(resp.GetLifetime() * m_refreshFraction),
                                                  &HkpMobileNode::Refresh,
                                                  this,
                                                  ar);
    }
    m_expiryEvents[ar] =
        Simulator::Schedule(Seconds(resp.GetLifetime()), &HkpMobileNode::Expire, this, ar, key.spi);
    const Time duration = CryptoCostModel::GetIdleTime(GetNode()) - ex.start;
    ex.timer.Cancel();
    m_exchanges.erase(ar);
    ReportWhenIdle(ar, key.spi, false, duration);
}

void
HkpMobileNode::ReportWhenIdle(Ipv6Address ar, uint32_t spi, bool verified, Time duration)
{
    // the key is usable once the CPU has derived and checked it
    CryptoCostModel::RunWhenIdle(GetNode(),
                                 m_pendingReports,
                                 &HkpMobileNode::ReportKeyObtained,
                                 this,
                                 ar,
                                 spi,
                                 verified,
                                 duration);
}

void
HkpMobileNode::ReportKeyObtained(Ipv6Address ar, uint32_t spi, bool verified, Time duration)
{
    m_keyObtainedTrace(ar, spi, verified, duration);
}

bool
HkpMobileNode::VerifyHksMac(const HandoverKeyResponseHeader& resp, uint8_t messageId) const
{
    crypto::PrfAlgorithm prf;
    MacOption hksMac;
    crypto::PrfAlgorithm mac;
    if (!hkp::PrfFromField(resp.GetPrf(), prf) ||
        !resp.FindOption(hksMac, mip6::MAC_SUBTYPE_MN_HKS) ||
        !hkp::PrfFromField(hksMac.algorithm, mac))
    {
        return false;
    }
    hkp::ChargeKeyDerivation(GetNode(), prf); // the HIK
    hkp::ChargeHmac(GetNode(), mac, resp.GetSerializedSize());
    return VerifyMacOption(resp, crypto::DeriveHik(prf, *m_hmk, messageId)) == MhParseStatus::OK;
}

void
HkpMobileNode::HandleError(Exchange& ex, const HandoverKeyResponseHeader& resp)
{
    const Ipv6Address ar = ex.ar;
    const uint8_t status = resp.GetStatus();
    const bool canRetry = ex.attempts + 1 < m_maxTries;
    switch (status)
    {
    case mip6::HK_ADMINISTRATIVELY_PROHIBITED:
        m_prohibited.insert(ar);
        Fail(ar, "prohibited");
        return;
    case mip6::HK_COA_AUTH_FAILED:
        // 6.2.2.1: may retransmit after more than HK_RETRY_INTERVAL, N_HO_KEYTRIES in all
        if (ex.tries >= m_maxTries)
        {
            Fail(ar, "coa-auth-failed");
            return;
        }
        ex.timer.Cancel();
        ex.timer = Simulator::Schedule(
            m_hkRetryInterval + Seconds(m_retryJitter->GetValue(0, m_hkRetryInterval.GetSeconds())),
            &HkpMobileNode::Retransmit,
            this,
            ar);
        return;
    case mip6::HK_VERIFY_FAILED:
        if (!ex.verify)
        {
            m_dropTrace("unexpected-verify-failed");
            return;
        }
        // 6.2.3: the AR lost the key: obtain a new one through the HKS
        m_keys.erase(ar);
        ex.verify = false;
        break;
    case mip6::HK_TIMESTAMP_REQD:
        ex.timestamp = true; // 6.2.2.1: SHOULD send another HKReq with the Timestamp
        break;
    case mip6::HK_INVALID_TIMESTAMP: {
        HkTimestampOption ts;
        if (!VerifyHksMac(resp, ex.messageId) || !resp.FindOption(ts))
        {
            m_dropTrace("unauthenticated-error");
            return;
        }
        // 5.2.3: the server's high-order 32 bits are its seconds; adjust the clock to them
        const int64_t serverSeconds = static_cast<int64_t>(ts.timestamp >> 32);
        const int64_t ownSeconds = static_cast<int64_t>(NextTimestamp() >> 32);
        m_clockAdjust += Seconds(static_cast<double>(serverSeconds - ownSeconds));
        ex.timestamp = true;
        break;
    }
    case mip6::HK_INVALID_PRF_ALG: {
        crypto::PrfAlgorithm prf;
        if (!VerifyHksMac(resp, ex.messageId))
        {
            m_dropTrace("unauthenticated-error");
            return;
        }
        if (!hkp::PrfFromField(resp.GetPrf(), prf))
        {
            Fail(ar, "unsupported-prf");
            return;
        }
        ex.prf = resp.GetPrf(); // 6.2.2.1: MAY use the PRF the server names
        break;
    }
    case mip6::HK_INVALID_MAC_ALG: {
        MacOption hksMac;
        crypto::PrfAlgorithm mac;
        if (!VerifyHksMac(resp, ex.messageId) || !resp.FindOption(hksMac, mip6::MAC_SUBTYPE_MN_HKS))
        {
            m_dropTrace("unauthenticated-error");
            return;
        }
        if (!hkp::PrfFromField(hksMac.algorithm, mac))
        {
            Fail(ar, "unsupported-mac");
            return;
        }
        ex.mac = hksMac.algorithm; // 6.2.2.1: MAY use the algorithm the server names
        break;
    }
    default:
        Fail(ar, "status-" + std::to_string(status));
        return;
    }
    if (!canRetry)
    {
        Fail(ar, "status-" + std::to_string(status));
        return;
    }
    ++ex.attempts;
    SendNew(ex);
}

void
HkpMobileNode::Refresh(Ipv6Address ar)
{
    auto it = m_keys.find(ar);
    if (it == m_keys.end() || IsPending(ar))
    {
        return;
    }
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    if (ipv6->GetInterfaceForAddress(it->second.source) < 0)
    {
        return; // the MN left the address the key was obtained from
    }
    Exchange ex;
    ex.ar = ar;
    ex.source = it->second.source;
    ex.keyCoa = it->second.keyCoa;
    ex.start = Simulator::Now();
    SendNew(ex); // a fresh HKReq (6.2.1: before the lifetime ends)
}

void
HkpMobileNode::Expire(Ipv6Address ar, uint32_t spi)
{
    auto it = m_keys.find(ar);
    if (it != m_keys.end() && it->second.spi == spi)
    {
        m_keys.erase(it);
        m_keyExpiredTrace(ar, spi);
    }
}

} // namespace ns3
