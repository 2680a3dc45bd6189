/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "hkp-access-router.h"

#include "diameter-constants.h"
#include "hkp-common.h"
#include "mobility-l4-protocol.h"

#include "ns3/address.h"
#include "ns3/boolean.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/double.h"
#include "ns3/enum.h"
#include "ns3/handover-key-request-header.h"
#include "ns3/handover-key-response-header.h"
#include "ns3/ipv6-interface.h"
#include "ns3/ipv6-l3-protocol.h"
#include "ns3/log.h"
#include "ns3/mobility-auth.h"
#include "ns3/ndisc-cache.h"
#include "ns3/node.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/tls-session.h"
#include "ns3/tls-tcp-transport.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HkpAccessRouter");

NS_OBJECT_ENSURE_REGISTERED(HkpAccessRouter);

TypeId
HkpAccessRouter::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::HkpAccessRouter")
            .SetParent<Application>()
            .SetGroupName("SecureHandover")
            .AddConstructor<HkpAccessRouter>()
            .AddAttribute("HksAddress",
                          "The Handover Key Server (InetSocketAddress of Diameter over TLS).",
                          AddressValue(),
                          MakeAddressAccessor(&HkpAccessRouter::m_hksAddress),
                          MakeAddressChecker())
            .AddAttribute("HkeyReqTimeout",
                          "HKEY_REQ_TOUT: how long an HKResp stays buffered for "
                          "retransmitted HKReqs (draft 6.3).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&HkpAccessRouter::m_hkeyReqTimeout),
                          MakeTimeChecker())
            .AddAttribute("AaaTimeout",
                          "No HKS answer after this long: all state of the request goes and no "
                          "HKResp is sent (draft 6.3).",
                          TimeValue(Seconds(2)),
                          MakeTimeAccessor(&HkpAccessRouter::m_aaaTimeout),
                          MakeTimeChecker())
            .AddAttribute("RetransRate",
                          "RETRANS_RATE: buffered HKResps re-sent per second and request, at "
                          "most (draft 6.3).",
                          DoubleValue(2.0),
                          MakeDoubleAccessor(&HkpAccessRouter::m_retransRate),
                          MakeDoubleChecker<double>(1e-6))
            .AddAttribute("RequireTimestamp",
                          "Expect timestamp-based replay protection: answer TIMESTAMP_REQD to "
                          "an HKReq without a Timestamp option (draft 6.3).",
                          BooleanValue(false),
                          MakeBooleanAccessor(&HkpAccessRouter::m_requireTimestamp),
                          MakeBooleanChecker())
            .AddAttribute("CheckNeighborCache",
                          "Validate an on-link CoA against the neighbour cache of the arrival "
                          "interface (draft 4, 6.3, 7.4).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&HkpAccessRouter::m_checkNeighborCache),
                          MakeBooleanChecker())
            .AddAttribute("NeighborCheckInterval",
                          "How often the CoAs bound to keys are checked against the neighbour "
                          "cache (a CoA whose entry is gone is unbound).",
                          TimeValue(Seconds(1)),
                          MakeTimeAccessor(&HkpAccessRouter::m_neighborCheckInterval),
                          MakeTimeChecker())
            .AddAttribute("OriginHost",
                          "Diameter identity of the AR.",
                          StringValue("ar.example.net"),
                          MakeStringAccessor(&HkpAccessRouter::m_originHost),
                          MakeStringChecker())
            .AddAttribute("OriginRealm",
                          "Diameter realm of the AR.",
                          StringValue("example.net"),
                          MakeStringAccessor(&HkpAccessRouter::m_originRealm),
                          MakeStringChecker())
            .AddTraceSource("Response",
                            "An HKResp was sent: NAI, Status Code, retransmission.",
                            MakeTraceSourceAccessor(&HkpAccessRouter::m_responseTrace),
                            "ns3::HkpAccessRouter::ResponseTracedCallback")
            .AddTraceSource("Drop",
                            "A message was silently discarded or state dropped, with the reason.",
                            MakeTraceSourceAccessor(&HkpAccessRouter::m_dropTrace),
                            "ns3::HkpAccessRouter::DropTracedCallback")
            .AddTraceSource("KeyInstalled",
                            "A handover key was stored: SPI, NAI.",
                            MakeTraceSourceAccessor(&HkpAccessRouter::m_keyInstalledTrace),
                            "ns3::HkpAccessRouter::KeyTracedCallback")
            .AddTraceSource("KeyRemoved",
                            "A key's lifetime ended and its SPI was removed: SPI, NAI.",
                            MakeTraceSourceAccessor(&HkpAccessRouter::m_keyRemovedTrace),
                            "ns3::HkpAccessRouter::KeyTracedCallback")
            .AddTraceSource("CoaUnbound",
                            "The neighbour entry of a key's CoA expired: SPI, NAI.",
                            MakeTraceSourceAccessor(&HkpAccessRouter::m_coaUnboundTrace),
                            "ns3::HkpAccessRouter::KeyTracedCallback");
    return tid;
}

HkpAccessRouter::HkpAccessRouter()
    : m_retransRate(2.0),
      m_requireTimestamp(false),
      m_checkNeighborCache(true),
      m_random(CreateObject<SecurityRandom>()),
      m_nextHopByHop(1)
{
}

HkpAccessRouter::~HkpAccessRouter() = default;

void
HkpAccessRouter::DoDispose()
{
    for (auto& entry : m_pending)
    {
        entry.second.timer.Cancel();
    }
    m_pending.clear();
    for (auto& entry : m_keyExpiry)
    {
        entry.second.Cancel();
    }
    m_keyExpiry.clear();
    m_keys.clear();
    m_neighborCheck.Cancel();
    CryptoCostModel::CancelPending(m_pendingTx);
    if (m_connection)
    {
        m_connection->Dispose();
        m_connection = nullptr;
    }
    m_mh = nullptr;
    m_random = nullptr;
    Application::DoDispose();
}

void
HkpAccessRouter::SetCredentials(const std::string& trustAnchorPem,
                                const crypto::TlsIdentity& identity,
                                const std::string& hksName)
{
    m_trustAnchorPem = trustAnchorPem;
    m_identity = identity;
    m_hksName = hksName;
}

const HkpKeyEntry*
HkpAccessRouter::LookupKey(uint32_t spi) const
{
    auto it = m_keys.find(spi);
    return it == m_keys.end() ? nullptr : &it->second;
}

void
HkpAccessRouter::FlushKeys()
{
    for (auto& entry : m_keyExpiry)
    {
        entry.second.Cancel();
    }
    m_keyExpiry.clear();
    m_keys.clear();
}

uint32_t
HkpAccessRouter::GetKeyCount() const
{
    return static_cast<uint32_t>(m_keys.size());
}

uint32_t
HkpAccessRouter::GetPendingCount() const
{
    return static_cast<uint32_t>(m_pending.size());
}

int64_t
HkpAccessRouter::AssignStreams(int64_t stream)
{
    return m_random->AssignStreams(stream);
}

void
HkpAccessRouter::StartApplication()
{
    m_mh = MobilityL4Protocol::Install(GetNode());
    m_mh->AddListener(MakeCallback(&HkpAccessRouter::HandleMh, this));
    if (!m_hksAddress.IsInvalid())
    {
        GetConnection(); // TLS to the HKS ahead of the first request
    }
    if (m_checkNeighborCache)
    {
        m_neighborCheck =
            Simulator::Schedule(m_neighborCheckInterval, &HkpAccessRouter::CheckNeighbors, this);
    }
}

void
HkpAccessRouter::StopApplication()
{
    m_neighborCheck.Cancel();
}

Ptr<DiameterTlsConnection>
HkpAccessRouter::GetConnection()
{
    if (m_connection)
    {
        const TlsSession::State state = m_connection->GetSession()->GetState();
        const bool tcpLost =
            state == TlsSession::ESTABLISHED && !m_connection->GetTransport()->IsConnected();
        if (state != TlsSession::FAILED && state != TlsSession::CLOSED && !tcpLost)
        {
            return m_connection;
        }
        m_connection->Dispose();
    }
    Ptr<TlsSession> session = CreateObject<TlsSession>();
    session->SetAttribute("Role", EnumValue(TlsSession::CLIENT));
    session->SetAttribute("PeerName", StringValue(m_hksName));
    session->SetRandom(m_random); // handshake randomness from this agent's stream
    session->SetCredentials(m_trustAnchorPem, m_identity);
    m_connection = CreateObject<DiameterTlsConnection>();
    m_connection->SetMessageCallback(MakeCallback(&HkpAccessRouter::HandleAnswer, this));
    m_connection->Connect(session, GetNode(), m_hksAddress);
    return m_connection;
}

bool
HkpAccessRouter::IsNeighbor(uint32_t interface, const Ipv6Address& address) const
{
    Ptr<Ipv6L3Protocol> ipv6 = GetNode()->GetObject<Ipv6L3Protocol>();
    if (interface >= ipv6->GetNInterfaces())
    {
        return false;
    }
    Ptr<NdiscCache> cache = ipv6->GetInterface(interface)->GetNdiscCache();
    NdiscCache::Entry* entry = cache ? cache->Lookup(address) : nullptr;
    return entry && !entry->IsIncomplete();
}

bool
HkpAccessRouter::CoaValid(const std::string& nai,
                          const Ipv6Address& coa,
                          const Ipv6Address& source,
                          uint32_t interface,
                          bool& onLink) const
{
    onLink = false;
    if (coa.IsAny())
    {
        return true; // NULL CoA: an indirect exchange (6.5)
    }
    for (const auto& entry : m_keys)
    {
        if (entry.second.coa == coa && entry.second.nai != nai)
        {
            return false; // claimed by another node (6.3.1, 7.4)
        }
    }
    for (const auto& entry : m_pending)
    {
        if (entry.second.coa == coa && entry.second.nai != nai)
        {
            return false;
        }
    }
    if (coa == source && (!m_checkNeighborCache || IsNeighbor(interface, coa)))
    {
        onLink = true;
        return true;
    }
    // not on link: an indirect exchange with a non-NULL CoA must name the address already
    // tied to the NAI (6.5)
    for (const auto& entry : m_keys)
    {
        if (entry.second.nai == nai && entry.second.coa == coa)
        {
            return true;
        }
    }
    return false;
}

void
HkpAccessRouter::SendError(const HandoverKeyRequestHeader& req,
                           uint8_t status,
                           const std::string& nai,
                           const Ipv6Address& source,
                           const Ipv6Address& destination)
{
    HandoverKeyResponseHeader resp;
    resp.SetMessageId(req.GetMessageId());
    resp.SetPrf(req.GetPrf());
    resp.SetStatus(status);
    SendResponse(resp, nai, destination, source);
}

void
HkpAccessRouter::HandleMh(Ptr<Packet> packet,
                          Ipv6Address source,
                          Ipv6Address destination,
                          uint32_t interface)
{
    if (MobilityL4Protocol::PeekType(packet) != mip6::MH_HANDOVER_KEY_REQUEST)
    {
        return; // another agent's message
    }
    const std::vector<uint8_t> bytes = PacketToBytes(packet);
    HandoverKeyRequestHeader req;
    MhParseStatus status = req.ParseAndVerify(packet, source, destination);
    if (status != MhParseStatus::OK)
    {
        NS_LOG_WARN("malformed HKReq from " << source << ": " << status);
        m_dropTrace("malformed:" + ToString(status));
        return;
    }
    MnIdentifierOption mnId;
    if (!req.FindOption(mnId))
    {
        m_dropTrace("no-mn-id"); // 6.3: silently discard
        return;
    }
    const std::string& nai = mnId.identifier;
    if (req.GetVerify() && HandleVerify(req, nai, source, destination, interface))
    {
        return;
    }
    MacOption mac;
    if (!req.FindOption(mac, mip6::MAC_SUBTYPE_MN_HKS))
    {
        m_dropTrace("no-mn-hks-mac"); // 6.3: silently discard
        return;
    }
    const PendingKey key(nai, req.GetMessageId());
    auto it = m_pending.find(key);
    if (it != m_pending.end())
    {
        Pending& p = it->second;
        if (!p.response)
        {
            m_dropTrace("pending"); // 6.3: the HKS has not answered yet
            return;
        }
        if (Simulator::Now() - p.lastSent < Seconds(1.0 / m_retransRate))
        {
            m_dropTrace("retrans-rate");
            return;
        }
        p.lastSent = Simulator::Now();
        HandoverKeyResponseHeader buffered;
        buffered.Parse(PacketToBytes(p.response).data(), p.response->GetSize());
        hkp::SendWhenIdle(GetNode(),
                          m_pendingTx,
                          m_mh,
                          p.response->Copy(),
                          p.arAddress,
                          p.mnAddress);
        m_responseTrace(nai, buffered.GetStatus(), true);
        return;
    }
    HkTimestampOption ts;
    if (m_requireTimestamp && !req.FindOption(ts))
    {
        SendError(req, mip6::HK_TIMESTAMP_REQD, nai, source, destination);
        return;
    }
    bool onLink = false;
    if (!CoaValid(nai, req.GetKeyCareOfAddress(), source, interface, onLink))
    {
        NS_LOG_INFO("CoA " << req.GetKeyCareOfAddress() << " of " << nai << " not valid");
        SendError(req, mip6::HK_COA_AUTH_FAILED, nai, source, destination);
        return;
    }
    const uint32_t hopByHop = m_nextHopByHop++;
    uint32_t endToEnd = 0;
    m_random->Fill(reinterpret_cast<uint8_t*>(&endToEnd), sizeof(endToEnd));
    const std::size_t at = nai.find('@');
    const std::string realm = at == std::string::npos ? m_originRealm : nai.substr(at + 1);
    DiameterMessage request;
    request.SetFlags(diameter::FLAG_REQUEST | diameter::FLAG_PROXIABLE);
    request.SetCommandCode(diameter::CMD_HANDOVER_KEY);
    request.SetApplicationId(diameter::APP_HANDOVER_KEY);
    request.SetHopByHopId(hopByHop);
    request.SetEndToEndId(endToEnd);
    request.AddAvp(DiameterAvp::MakeString(diameter::AVP_SESSION_ID,
                                           0,
                                           m_originHost + ";" + std::to_string(hopByHop)));
    request.AddAvp(DiameterAvp::MakeString(diameter::AVP_ORIGIN_HOST, 0, m_originHost));
    request.AddAvp(DiameterAvp::MakeString(diameter::AVP_ORIGIN_REALM, 0, m_originRealm));
    request.AddAvp(DiameterAvp::MakeString(diameter::AVP_DESTINATION_REALM, 0, realm));
    request.AddAvp(DiameterAvp::MakeUnsigned32(diameter::AVP_AUTH_APPLICATION_ID,
                                               0,
                                               diameter::APP_HANDOVER_KEY));
    request.AddAvp(DiameterAvp::MakeString(diameter::AVP_USER_NAME, 0, nai));
    request.AddAvp(DiameterAvp::Make(diameter::AVP_HKP_REQUEST, diameter::VENDOR_HKP, bytes));
    const crypto::Ipv6Octets arId = hkp::ToOctets(destination); // the AR as the MN sees it
    request.AddAvp(DiameterAvp::Make(diameter::AVP_HKP_AR_ADDRESS,
                                     diameter::VENDOR_HKP,
                                     std::vector<uint8_t>(arId.begin(), arId.end())));
    if (m_hksAddress.IsInvalid() || !GetConnection()->Send(request))
    {
        m_dropTrace("aaa-unavailable");
        return;
    }
    Pending p;
    p.nai = nai;
    p.messageId = req.GetMessageId();
    p.mnAddress = source;
    p.arAddress = destination;
    p.coa = req.GetKeyCareOfAddress();
    p.interface = interface;
    p.onLink = onLink;
    p.hopByHop = hopByHop;
    p.timer = Simulator::Schedule(m_aaaTimeout, &HkpAccessRouter::AaaTimeout, this, key);
    m_pending[key] = p;
    m_byHopByHop[hopByHop] = key;
}

bool
HkpAccessRouter::HandleVerify(const HandoverKeyRequestHeader& req,
                              const std::string& nai,
                              const Ipv6Address& source,
                              const Ipv6Address& destination,
                              uint32_t interface)
{
    HkSpiOption spi;
    auto it = req.FindOption(spi) ? m_keys.find(spi.spi) : m_keys.end();
    if (it == m_keys.end() || it->second.nai != nai)
    {
        MacOption hksMac;
        if (req.FindOption(hksMac, mip6::MAC_SUBTYPE_MN_HKS))
        {
            return false; // 6.3.1: may be processed as though V were clear
        }
        if (VerifyRateExceeded(nai))
        {
            return true;
        }
        SendError(req, mip6::HK_VERIFY_FAILED, nai, source, destination);
        return true;
    }
    HkpKeyEntry& entry = it->second;
    MacOption arMac;
    crypto::PrfAlgorithm arMacPrf;
    if (req.FindOption(arMac, mip6::MAC_SUBTYPE_MN_AR) &&
        hkp::PrfFromField(arMac.algorithm, arMacPrf))
    {
        hkp::ChargeHmac(GetNode(), arMacPrf, req.GetSerializedSize());
    }
    if (VerifyMacOption(req, entry.hk) != MhParseStatus::OK)
    {
        m_dropTrace("bad-mn-ar-mac"); // 6.3.1: silently discard (missing or wrong)
        return true;
    }
    bool onLink = false;
    if (!CoaValid(nai, req.GetKeyCareOfAddress(), source, interface, onLink))
    {
        SendError(req, mip6::HK_COA_AUTH_FAILED, nai, source, destination);
        return true;
    }
    if (VerifyRateExceeded(nai))
    {
        return true;
    }
    entry.coa = req.GetKeyCareOfAddress();
    entry.onLink = onLink;
    entry.interface = interface;
    entry.arAddress = destination;
    HandoverKeyResponseHeader resp;
    resp.SetMessageId(req.GetMessageId());
    resp.SetVerified(true);
    resp.SetPrf(entry.prf);
    resp.SetStatus(mip6::HK_SUCCESS);
    const Time left = entry.expiry - Simulator::Now();
    resp.SetLifetime(static_cast<uint32_t>(std::max<int64_t>(0, left.GetSeconds())));
    resp.SetSpi(entry.spi);
    crypto::PrfAlgorithm prf;
    hkp::PrfFromField(entry.prf, prf);
    AppendMacOption(resp, prf, entry.hk);
    hkp::ChargeHmac(GetNode(), prf, resp.GetSerializedSize());
    SendResponse(resp, nai, destination, source);
    return true;
}

void
HkpAccessRouter::SendResponse(HandoverKeyResponseHeader& resp,
                              const std::string& nai,
                              const Ipv6Address& arAddress,
                              const Ipv6Address& mnAddress)
{
    hkp::SendWhenIdle(GetNode(),
                      m_pendingTx,
                      m_mh,
                      hkp::MhToPacket(resp, arAddress, mnAddress),
                      arAddress,
                      mnAddress);
    m_responseTrace(nai, resp.GetStatus(), false);
}

bool
HkpAccessRouter::VerifyRateExceeded(const std::string& nai)
{
    // 6.3.1: responses to verify requests, too, at most RETRANS_RATE per second and MN
    auto last = m_lastVerifyResponse.find(nai);
    if (last != m_lastVerifyResponse.end() &&
        Simulator::Now() - last->second < Seconds(1.0 / m_retransRate))
    {
        m_dropTrace("retrans-rate");
        return true;
    }
    m_lastVerifyResponse[nai] = Simulator::Now();
    return false;
}

void
HkpAccessRouter::HandleAnswer(Ptr<DiameterTlsConnection> /* connection */,
                              const DiameterMessage& answer)
{
    if (answer.IsRequest() || answer.GetCommandCode() != diameter::CMD_HANDOVER_KEY)
    {
        m_dropTrace("unexpected-aaa-message");
        return;
    }
    auto byId = m_byHopByHop.find(answer.GetHopByHopId());
    if (byId == m_byHopByHop.end())
    {
        m_dropTrace("stale-answer");
        return;
    }
    const PendingKey key = byId->second;
    m_byHopByHop.erase(byId);
    auto it = m_pending.find(key);
    if (it == m_pending.end() || it->second.response)
    {
        m_dropTrace("stale-answer");
        return;
    }
    Pending& p = it->second;
    p.timer.Cancel();
    if (p.onLink && m_checkNeighborCache && !IsNeighbor(p.interface, p.coa))
    {
        m_pending.erase(it);
        m_dropTrace("mn-gone"); // 6.3: the MN is no longer connected
        return;
    }
    uint32_t resultCode = 0;
    uint32_t status = mip6::HK_ADMINISTRATIVELY_PROHIBITED;
    uint32_t prfField = mip6::PRF_HMAC_SHA1;
    const DiameterAvp* resultAvp = answer.FindAvp(diameter::AVP_RESULT_CODE);
    const DiameterAvp* statusAvp = answer.FindAvp(diameter::AVP_HKP_STATUS, diameter::VENDOR_HKP);
    const DiameterAvp* prfAvp = answer.FindAvp(diameter::AVP_HKP_PRF, diameter::VENDOR_HKP);
    const DiameterAvp* respAvp = answer.FindAvp(diameter::AVP_HKP_RESPONSE, diameter::VENDOR_HKP);
    bool wellFormed = resultAvp && resultAvp->GetUnsigned32(resultCode);
    if (wellFormed && resultCode == diameter::DIAMETER_SUCCESS)
    {
        wellFormed = statusAvp && statusAvp->GetUnsigned32(status) && status <= 0xff && prfAvp &&
                     prfAvp->GetUnsigned32(prfField) && prfField <= 7;
    }
    HandoverKeyResponseHeader resp;
    resp.SetMessageId(p.messageId);
    if (wellFormed && respAvp)
    {
        // an error the HKS MACed: relay it as built (6.3: include the MN-HKS MAC)
        wellFormed = resp.Parse(respAvp->data.data(), respAvp->data.size()) == MhParseStatus::OK &&
                     resp.GetMessageId() == p.messageId;
    }
    else if (wellFormed)
    {
        resp.SetPrf(static_cast<uint8_t>(prfField));
        resp.SetStatus(static_cast<uint8_t>(status)); // a Diameter failure stays ADMIN_PROHIBITED
        if (resultCode == diameter::DIAMETER_SUCCESS && status == mip6::HK_SUCCESS)
        {
            const DiameterAvp* nonce =
                answer.FindAvp(diameter::AVP_HKP_HKS_NONCE, diameter::VENDOR_HKP);
            const DiameterAvp* hkAvp = answer.FindAvp(diameter::AVP_HKP_KEY, diameter::VENDOR_HKP);
            const DiameterAvp* lifeAvp =
                answer.FindAvp(diameter::AVP_HKP_LIFETIME, diameter::VENDOR_HKP);
            const DiameterAvp* tsAvp =
                answer.FindAvp(diameter::AVP_HKP_TIMESTAMP, diameter::VENDOR_HKP);
            crypto::PrfAlgorithm prf;
            uint32_t lifetime = 0;
            wellFormed = nonce && nonce->data.size() == 16 && hkAvp &&
                         hkp::PrfFromField(static_cast<uint8_t>(prfField), prf) &&
                         hkAvp->data.size() == crypto::PrfOutputLength(prf) && lifeAvp &&
                         lifeAvp->GetUnsigned32(lifetime) &&
                         lifetime <= HandoverKeyResponseHeader::MAX_LIFETIME &&
                         (!tsAvp || tsAvp->data.size() == 8);
            if (wellFormed)
            {
                uint32_t spi = 0;
                while (spi == 0 || m_keys.count(spi) != 0)
                {
                    m_random->Fill(reinterpret_cast<uint8_t*>(&spi), sizeof(spi));
                }
                HkpKeyEntry entry{crypto::Hk(hkAvp->data)};
                entry.spi = spi;
                entry.prf = static_cast<uint8_t>(prfField);
                entry.nai = p.nai;
                entry.coa = p.coa;
                entry.arAddress = p.arAddress;
                entry.interface = p.interface;
                entry.onLink = p.onLink;
                entry.expiry = Simulator::Now() + Seconds(lifetime);
                resp.SetLifetime(lifetime);
                resp.SetSpi(spi);
                HandoverNonceOption hksNonce;
                hksNonce.subtype = mip6::NONCE_SUBTYPE_HKS;
                hksNonce.nonce = nonce->data;
                resp.AddOption(hksNonce);
                if (tsAvp)
                {
                    HkTimestampOption ts;
                    for (uint8_t octet : tsAvp->data)
                    {
                        ts.timestamp = (ts.timestamp << 8) | octet;
                    }
                    resp.AddOption(ts);
                }
                AppendMacOption(resp, prf, entry.hk);
                hkp::ChargeHmac(GetNode(), prf, resp.GetSerializedSize());
                m_keys.emplace(spi, entry);
                m_keyExpiry[spi] =
                    Simulator::Schedule(Seconds(lifetime), &HkpAccessRouter::ExpireKey, this, spi);
                m_keyInstalledTrace(spi, p.nai);
            }
        }
    }
    if (!wellFormed)
    {
        NS_LOG_WARN("malformed HK-Answer: request state dropped");
        m_pending.erase(it);
        m_dropTrace("malformed-answer");
        return;
    }
    Ptr<Packet> packet = hkp::MhToPacket(resp, p.arAddress, p.mnAddress);
    p.response = packet->Copy();
    p.lastSent = Simulator::Now();
    p.timer = Simulator::Schedule(m_hkeyReqTimeout, &HkpAccessRouter::ForgetResponse, this, key);
    hkp::SendWhenIdle(GetNode(), m_pendingTx, m_mh, packet, p.arAddress, p.mnAddress);
    m_responseTrace(p.nai, resp.GetStatus(), false);
}

void
HkpAccessRouter::AaaTimeout(PendingKey key)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
    {
        return;
    }
    NS_LOG_INFO("no HKS answer for " << key.first << " message " << int(key.second));
    m_byHopByHop.erase(it->second.hopByHop);
    m_pending.erase(it);
    m_dropTrace("aaa-timeout"); // 6.3: remove all state, send nothing
}

void
HkpAccessRouter::ForgetResponse(PendingKey key)
{
    m_pending.erase(key);
}

void
HkpAccessRouter::ExpireKey(uint32_t spi)
{
    auto it = m_keys.find(spi);
    if (it == m_keys.end())
    {
        return;
    }
    const std::string nai = it->second.nai;
    m_keys.erase(it);
    m_keyExpiry.erase(spi);
    m_keyRemovedTrace(spi, nai);
}

void
HkpAccessRouter::CheckNeighbors()
{
    for (auto& entry : m_keys)
    {
        HkpKeyEntry& key = entry.second;
        if (key.onLink && !IsNeighbor(key.interface, key.coa))
        {
            NS_LOG_INFO("neighbour entry of " << key.coa << " gone: unbinding SPI " << key.spi);
            key.coa = Ipv6Address::GetAny();
            key.onLink = false;
            m_coaUnboundTrace(key.spi, key.nai);
        }
    }
    m_neighborCheck =
        Simulator::Schedule(m_neighborCheckInterval, &HkpAccessRouter::CheckNeighbors, this);
}

} // namespace ns3
