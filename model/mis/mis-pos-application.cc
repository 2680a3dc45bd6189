/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mis-pos-application.h"

#include "mis-function.h"
#include "tls-mih-transport.h"

#include "ns3/boolean.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/enum.h"
#include "ns3/hex.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/mih-constants.h"
#include "ns3/mih-tlv.h"
#include "ns3/node.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/tls-session.h"
#include "ns3/uinteger.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MisPosApplication");

NS_OBJECT_ENSURE_REGISTERED(MisPosApplication);

TypeId
MisPosApplication::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::MisPosApplication")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<MisPosApplication>()
            .AddAttribute("SaLifetime",
                          "SALifeTime (s) of the MIS SAs this PoS establishes from K "
                          "(5.11.12.3 note b: 65,536 s by default).",
                          UintegerValue(mih::DEFAULT_SA_LIFETIME_S),
                          MakeUintegerAccessor(&MisPosApplication::m_saLifetime),
                          MakeUintegerChecker<uint32_t>(1))
            .AddAttribute("RequestFullSa",
                          "As TPoS, refuse K and so request a full SA establishment "
                          "(5.14.2 note 1: the fallback when the TPoS requests it).",
                          BooleanValue(false),
                          MakeBooleanAccessor(&MisPosApplication::m_requestFullSa),
                          MakeBooleanChecker())
            .AddAttribute("ChainLimit",
                          "Optimised SAs in a row this PoS lets an MN make before it forces a "
                          "full SA (5.14.2 note 4, enforced by the network whatever the MN's "
                          "own ChainLimit): as SPoS it sends no K beyond it, as TPoS it refuses "
                          "a K beyond it. 0: never optimise.",
                          UintegerValue(3),
                          MakeUintegerAccessor(&MisPosApplication::m_chainLimit),
                          MakeUintegerChecker<uint32_t>(0, 255))
            .AddTraceSource("TposSelected",
                            "The SPoS chose the TPoS for an MN.",
                            MakeTraceSourceAccessor(&MisPosApplication::m_tposSelectedTrace),
                            "ns3::MisPosApplication::MnTracedCallback")
            .AddTraceSource("Fallback",
                            "The SPoS relayed without K (no Nonce-T, no trust, no TPoS, chain "
                            "limit), or the TPoS did not take K.",
                            MakeTraceSourceAccessor(&MisPosApplication::m_fallbackTrace),
                            "ns3::MisPosApplication::MnTracedCallback")
            .AddTraceSource("PmkInstalled",
                            "The TPoS installed an MSPMK derived from K at the target PoA.",
                            MakeTraceSourceAccessor(&MisPosApplication::m_pmkInstalledTrace),
                            "ns3::MisPosApplication::MnTracedCallback")
            .AddTraceSource("KeyConfirmed",
                            "An MN proved the MIS SA with a protected MIH_Auth.",
                            MakeTraceSourceAccessor(&MisPosApplication::m_keyConfirmedTrace),
                            "ns3::MisPosApplication::MnTracedCallback");
    return tid;
}

MisPosApplication::MisPosApplication()
    : m_saLifetime(mih::DEFAULT_SA_LIFETIME_S),
      m_chainLimit(3),
      m_sapUser(std::make_unique<MemberMisSapUser<MisPosApplication>>(this))
{
    NS_LOG_FUNCTION(this);
}

MisPosApplication::~MisPosApplication()
{
    NS_LOG_FUNCTION(this);
}

void
MisPosApplication::DoDispose()
{
    NS_LOG_FUNCTION(this);
    if (m_misf)
    {
        m_misf->SetMisSapUser(nullptr);
        m_misf->SetProtectedReceiveCallback(MisFunction::ProtectedReceiveCallback());
        m_misf->SetAuthReceiveCallback(MisFunction::AuthReceiveCallback());
    }
    m_misf = nullptr;
    m_tls.clear();
    m_relayed.clear();
    m_relays.clear();
    m_pmks.clear();
    m_chainHops.clear();
    Object::DoDispose();
}

void
MisPosApplication::SetMisFunction(Ptr<MisFunction> misf)
{
    m_misf = misf;
    m_misf->SetMisSapUser(m_sapUser.get());
    m_misf->SetProtectedReceiveCallback(MakeCallback(&MisPosApplication::ReceiveProtected, this));
    m_misf->SetAuthReceiveCallback(MakeCallback(&MisPosApplication::ReceiveRecords, this));
}

void
MisPosApplication::SetTlsCredentials(const std::string& trustAnchorPem,
                                     const crypto::TlsIdentity& identity)
{
    m_trustAnchor = trustAnchorPem;
    m_identity = identity;
}

void
MisPosApplication::ReceiveRecords(const std::string& peer,
                                  Ptr<Packet> records,
                                  bool /* isRequest */,
                                  uint16_t /* tid */)
{
    FeedTls(peer, records, false);
}

void
MisPosApplication::FeedTls(const std::string& peer, Ptr<Packet> records, bool relayed)
{
    auto it = m_tls.find(peer);
    bool fresh = it == m_tls.end() ||
                 it->second->GetSession()->GetState() == TlsSession::ESTABLISHED ||
                 it->second->GetSession()->GetState() == TlsSession::FAILED;
    if (fresh && records->GetSize() > 0)
    {
        // A new ClientHello from this MN: a new full establishment (the server side starts
        // with the first records it receives).
        Ptr<TlsSession> session = CreateObject<TlsSession>();
        session->SetAttribute("Role", EnumValue(TlsSession::SERVER));
        session->SetAttribute("MutualAuthentication", BooleanValue(true));
        session->SetAttribute("PeerName", StringValue(peer));
        session->SetCredentials(m_trustAnchor, m_identity);
        session->SetRandom(m_misf->GetRandom()); // reproducible TLS randoms and key shares
        session->TraceConnect("HandshakeCompleted",
                              peer,
                              MakeCallback(&MisPosApplication::TlsCompleted, this));
        Ptr<TlsMihTransport> carrier = CreateObject<TlsMihTransport>();
        carrier->Setup(session, m_misf, peer);
        if (relayed)
        {
            carrier->SetOutputCallback(MakeCallback(&MisPosApplication::RelayOutput, this));
        }
        m_tls[peer] = carrier;
        session->Start();
        carrier->Receive(records);
        return;
    }
    it->second->Receive(records);
}

void
MisPosApplication::TlsCompleted(std::string mnId,
                                Time duration,
                                uint32_t /* roundTrips */,
                                uint32_t /* sent */,
                                uint32_t /* received */)
{
    NS_LOG_INFO(m_misf->GetMihfId()
                << ": full MIS SA with " << mnId << " in " << duration.As(Time::MS));
    crypto::MisSessionKeys keys = ExportMisSessionKeys(m_tls[mnId]->GetSession());
    m_misf->InstallSecurityAssociation(
        std::make_shared<MisSecurityAssociation>(m_misf->GetMihfId(),
                                                 mnId,
                                                 keys,
                                                 false,
                                                 Simulator::Now() + Seconds(m_saLifetime)));
    m_misf->SetTransportKey(mnId, crypto::MisTransportKey(crypto::ByteView(keys.misk.GetBytes())));
    crypto::Bytes context(mnId.begin(), mnId.end());
    InstallPmk(mnId, keys.misk.Cast<crypto::KdkTag>(), context);
    m_chainHops[mnId] = 0; // a full SA starts a new chain
    if (m_relayed.count(mnId) != 0)
    {
        // The MN's last flight came through the SPoS: an answer without records tells it
        // that this PoS now holds the SA.
        AnswerRelay(mnId, std::nullopt);
    }
}

void
MisPosApplication::RelayOutput(const std::string& mnId, Ptr<Packet> records)
{
    AnswerRelay(mnId, PacketToBytes(records));
}

void
MisPosApplication::AnswerRelay(const std::string& mnId, std::optional<std::vector<uint8_t>> records)
{
    auto it = m_relayed.find(mnId);
    if (it == m_relayed.end())
    {
        NS_LOG_WARN(m_misf->GetMihfId() << ": TLS records for " << mnId << " with no request");
        return;
    }
    MisN2nPreregXferResponseParameters rsp = it->second;
    m_relayed.erase(it);
    rsp.llInformation = records;
    m_misf->GetMisSapProvider()->N2nPreregXferResponse(rsp);
}

void
MisPosApplication::InstallPmk(const std::string& mnId,
                              const crypto::Kdk& k,
                              const crypto::Bytes& context)
{
    m_misf->ChargeCrypto(CryptoCostModel::KBKDF_CMAC, 32);
    crypto::Bytes pmk = crypto::DeriveMediaSpecificPmk(k, crypto::ByteView(context));
    m_pmks[mnId] = pmk;
    m_pmkInstalledTrace(mnId, crypto::ToHex(crypto::ByteView(pmk.data(), 4)));
}

Ptr<MisFunction>
MisPosApplication::GetMisFunction() const
{
    return m_misf;
}

Ipv4Address
MisPosApplication::GetAddress() const
{
    Ptr<Ipv4> ipv4 = m_misf->GetObject<Node>()->GetObject<Ipv4>();
    return ipv4->GetAddress(1, 0).GetLocal();
}

void
MisPosApplication::SetPoaAddress(Mac48Address address)
{
    m_poa = address;
}

Mac48Address
MisPosApplication::GetPoaAddress() const
{
    return m_poa;
}

void
MisPosApplication::AddNeighbour(const MisNeighbour& neighbour)
{
    m_neighbours.push_back(neighbour);
}

void
MisPosApplication::AddRoamingPartner(const std::string& posId,
                                     const crypto::MisTransportKey& key,
                                     Time ikeSetupDelay)
{
    // The MISF gets K_stpos at once: as IKEv2 responder this PoS is ready when the initiator
    // has waited for the set-up; as initiator it waits (SendN2n) before its first use.
    m_partners.erase(posId);
    m_partners.emplace(posId, Partner{key, ikeSetupDelay, ikeSetupDelay.IsZero()});
    m_misf->SetTransportKey(posId, key);
}

bool
MisPosApplication::IsPartner(const std::string& posId) const
{
    return m_partners.count(posId) != 0;
}

std::optional<std::string>
MisPosApplication::SelectTpos(const std::vector<MihLinkPoaList>& candidates) const
{
    std::optional<std::string> untrusted;
    for (const MihLinkPoaList& candidate : candidates)
    {
        for (const MisNeighbour& neighbour : m_neighbours)
        {
            bool rat = std::find(neighbour.linkTypes.begin(),
                                 neighbour.linkTypes.end(),
                                 candidate.link.linkType) != neighbour.linkTypes.end();
            bool poa = candidate.poas.empty();
            for (const Mac48Address& address : candidate.poas)
            {
                poa = poa || std::find(neighbour.poas.begin(), neighbour.poas.end(), address) !=
                                 neighbour.poas.end();
            }
            if (!rat || !poa)
            {
                continue;
            }
            // 5.14.3: prefer a TPoS this PoS has a security relationship with.
            if (IsPartner(neighbour.posId) || neighbour.posId == m_misf->GetMihfId())
            {
                return neighbour.posId;
            }
            if (!untrusted)
            {
                untrusted = neighbour.posId;
            }
        }
    }
    return untrusted;
}

uint32_t
MisPosApplication::GetChainHops(const std::string& mnId) const
{
    auto it = m_chainHops.find(mnId);
    return it == m_chainHops.end() ? 0 : it->second;
}

std::optional<crypto::Bytes>
MisPosApplication::GetInstalledPmk(const std::string& mnId) const
{
    auto it = m_pmks.find(mnId);
    if (it == m_pmks.end())
    {
        return std::nullopt;
    }
    return it->second;
}

void
MisPosApplication::AnswerMn(const std::string& mnId, uint16_t tid, uint8_t status)
{
    MisPreregXferResponseParameters rsp;
    rsp.destinationId = mnId;
    rsp.status = status;
    rsp.transactionId = tid;
    m_misf->GetMisSapProvider()->PreregXferResponse(rsp);
}

void
MisPosApplication::DoPreregXferIndication(const MisPreregXferIndicationParameters& params)
{
    NS_LOG_FUNCTION(this << params.sourceId);
    std::optional<std::string> tpos = params.tposId;
    if (!tpos && params.candidateLinks)
    {
        tpos = SelectTpos(*params.candidateLinks);
    }
    if (!tpos)
    {
        NS_LOG_WARN(m_misf->GetMihfId() << ": no TPoS for " << params.sourceId);
        m_fallbackTrace(params.sourceId, "no-tpos");
        AnswerMn(params.sourceId, params.transactionId, mih::STATUS_REJECTED);
        return;
    }
    m_tposSelectedTrace(params.sourceId, *tpos);
    if (*tpos == m_misf->GetMihfId())
    {
        // 5.11.12.2.4 / 5.14.3: the TPoS is this PoS; nothing to relay.
        AnswerMn(params.sourceId, params.transactionId, mih::STATUS_TPOS_IS_SPOS);
        return;
    }
    Relay relay;
    relay.mnId = params.sourceId;
    relay.mnTransaction = params.transactionId;
    relay.tposId = *tpos;
    relay.request.destinationId = *tpos;
    relay.request.targetLink = params.targetLink;
    relay.request.llInformation = params.llInformation;
    relay.request.mnId = params.sourceId;
    relay.request.candidateLinks = params.candidateLinks;
    relay.request.ciphersuite = params.ciphersuite;
    // 5.14.2 note 1: optimise only with a trust relationship, and fall back when the MN asks
    // (it leaves Nonce-T out). Relayed frames (LLInformation) are no SA decision.
    if (!params.nonceT && !params.llInformation)
    {
        m_fallbackTrace(params.sourceId, "mn-request");
    }
    else if (params.nonceT && !IsPartner(*tpos))
    {
        m_fallbackTrace(params.sourceId, "no-trust");
    }
    else if (params.nonceT && GetChainHops(params.sourceId) >= m_chainLimit)
    {
        // 5.14.2 note 4: the network ends the chain whatever the MN asks; without K the MN
        // makes a full SA (Status stays Success: the text has no code for this refusal).
        NS_LOG_INFO(m_misf->GetMihfId()
                    << ": chain limit " << m_chainLimit << " reached for " << params.sourceId);
        m_fallbackTrace(params.sourceId, "chain-limit");
    }
    else if (params.nonceT)
    {
        relay.optimise = true;
        relay.request.nonceT = params.nonceT;
        relay.request.saLifetime = m_saLifetime;
        relay.request.chainHops = static_cast<uint8_t>(GetChainHops(params.sourceId) + 1);
    }
    auto partner = m_partners.find(*tpos);
    if (partner != m_partners.end() && !partner->second.ready)
    {
        // 5.14.1: the SPoS-TPoS SA is set up on demand (IKEv2) before the first exchange.
        NS_LOG_INFO(m_misf->GetMihfId() << ": setting up the SA with " << *tpos << " ("
                                        << partner->second.ikeSetupDelay.As(Time::MS) << ")");
        partner->second.ready = true;
        Simulator::Schedule(partner->second.ikeSetupDelay,
                            &MisPosApplication::SendN2n,
                            this,
                            relay);
        return;
    }
    SendN2n(relay);
}

void
MisPosApplication::SendN2n(Relay relay)
{
    uint16_t tid = m_misf->GetMisSapProvider()->N2nPreregXferRequest(relay.request);
    m_relays[tid] = relay;
}

void
MisPosApplication::DoPreregXferConfirm(const MisPreregXferConfirmParameters& params)
{
    NS_LOG_WARN(m_misf->GetMihfId()
                << ": unexpected MIS_Prereg_Xfer.confirm from " << params.sourceId);
}

void
MisPosApplication::DoN2nPreregXferConfirm(const MisN2nPreregXferConfirmParameters& params)
{
    auto it = m_relays.find(params.transactionId);
    if (it == m_relays.end())
    {
        return;
    }
    Relay relay = it->second;
    m_relays.erase(it);
    // 5.12.1.4.4: answer the MN with what the TPoS returned, and K if it was sent.
    MisPreregXferResponseParameters rsp;
    rsp.destinationId = relay.mnId;
    rsp.transactionId = relay.mnTransaction;
    rsp.targetLink = params.targetLink;
    rsp.llInformation = params.llInformation;
    rsp.mnNai = params.mnNai;
    rsp.tposId = relay.tposId;
    rsp.status = params.status;
    rsp.saLifetime = params.saLifetime;
    // The TPoS took K only if it returned an SA lifetime (else it refused K or asks for a full SA).
    rsp.deliverKey =
        relay.optimise && params.status == mih::STATUS_SUCCESS && params.saLifetime.has_value();
    m_misf->GetMisSapProvider()->PreregXferResponse(rsp);
}

void
MisPosApplication::DoN2nPreregXferIndication(const MisN2nPreregXferIndicationParameters& params)
{
    NS_LOG_FUNCTION(this << params.sourceId);
    if (params.llInformation && params.mnId && params.targetLink && !params.keyDerivationKey &&
        !params.keyRejected)
    {
        // A flight of the MN's full establishment relayed by the SPoS: feed the TLS server;
        // its answer (a flight, or the completion) becomes the N2N response.
        MisN2nPreregXferResponseParameters rsp;
        rsp.destinationId = params.sourceId;
        rsp.transactionId = params.transactionId;
        rsp.targetLink = *params.targetLink;
        rsp.mnNai = params.mnId;
        rsp.status = mih::STATUS_SUCCESS;
        m_relayed[*params.mnId] = rsp;
        FeedTls(*params.mnId,
                Create<Packet>(params.llInformation->data(), params.llInformation->size()),
                true);
        return;
    }
    MisN2nPreregXferResponseParameters rsp;
    rsp.destinationId = params.sourceId;
    rsp.transactionId = params.transactionId;
    if (params.targetLink)
    {
        rsp.targetLink = *params.targetLink;
    }
    else if (params.candidateLinks && !params.candidateLinks->empty())
    {
        rsp.targetLink.link = params.candidateLinks->front().link;
        if (!params.candidateLinks->front().poas.empty())
        {
            rsp.targetLink.poa = params.candidateLinks->front().poas.front();
        }
    }
    rsp.llInformation = params.llInformation;
    // 5.12.1.2.4: MN_NAI associated with the MNID (here the same).
    rsp.mnNai = params.mnId;
    rsp.status = mih::STATUS_SUCCESS;
    // 5.14.2 note 1: a K this PoS cannot use (no trust, not recovered) or does not want (it
    // requests a full SA) is not taken: the response then carries no SALifeTime, which tells the
    // SPoS not to deliver K, and the MN falls back to a full establishment.
    // 5.14.2 note 4: a K that would lengthen the chain beyond this PoS's limit is refused too
    // (a K without ChainHops counts as the first of a chain).
    bool beyondLimit = params.keyDerivationKey && params.chainHops.value_or(1) > m_chainLimit;
    if (params.keyRejected || (params.keyDerivationKey && m_requestFullSa) || beyondLimit)
    {
        m_fallbackTrace(params.mnId.value_or(params.sourceId),
                        params.keyRejected ? "kdk-rejected"
                                           : (m_requestFullSa ? "tpos-request" : "chain-limit"));
    }
    else if (params.keyDerivationKey && params.mnId)
    {
        uint32_t lifetime = params.saLifetime ? *params.saLifetime : m_saLifetime;
        uint8_t ciphersuite =
            m_misf->SelectCiphersuite(params.ciphersuite ? *params.ciphersuite : 0);
        const std::string& tposId = m_misf->GetMihfId();
        crypto::MisSessionKeys keys = crypto::DeriveMisSessionKeys(*params.keyDerivationKey,
                                                                   *params.nonceT,
                                                                   *params.nonceN,
                                                                   *params.mnId,
                                                                   tposId,
                                                                   ciphersuite);
        m_misf->ChargeSessionKeys();
        m_misf->InstallSecurityAssociation(
            std::make_shared<MisSecurityAssociation>(tposId,
                                                     *params.mnId,
                                                     keys,
                                                     false,
                                                     Simulator::Now() + Seconds(lifetime)));
        // The MIAK for the MN's next handover, when this PoS is its SPoS.
        m_misf->SetTransportKey(*params.mnId,
                                crypto::MisTransportKey(crypto::ByteView(keys.misk.GetBytes())));
        crypto::Bytes context = crypto::MisKdfContext(*params.nonceT,
                                                      *params.nonceN,
                                                      *params.mnId,
                                                      tposId,
                                                      ciphersuite);
        InstallPmk(*params.mnId, *params.keyDerivationKey, context);
        m_chainHops[*params.mnId] = params.chainHops.value_or(1);
        rsp.saLifetime = lifetime;
    }
    m_misf->GetMisSapProvider()->N2nPreregXferResponse(rsp);
}

void
MisPosApplication::ReceiveProtected(const std::string& peer,
                                    const std::vector<uint8_t>& tlvs,
                                    bool isRequest,
                                    uint16_t tid)
{
    if (!isRequest)
    {
        return;
    }
    MihTlvReader reader(tlvs);
    MihTlv tlv;
    if (reader.Expect(mih::TLV_NONCE, tlv) != MihParseStatus::OK || !reader.AtEnd())
    {
        NS_LOG_WARN(m_misf->GetMihfId() << ": bad key confirmation from " << peer);
        return;
    }
    m_keyConfirmedTrace(peer, "ok");
    MihTlvWriter writer;
    writer.WriteU8(mih::TLV_STATUS, mih::STATUS_SUCCESS);
    m_misf->RespondProtected(peer, tid, writer.GetBytes());
}

} // namespace ns3
