/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mis-mn-application.h"

#include "mis-function.h"
#include "tls-mih-transport.h"

#include "ns3/boolean.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/enum.h"
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

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MisMnApplication");

NS_OBJECT_ENSURE_REGISTERED(MisMnApplication);

TypeId
MisMnApplication::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::MisMnApplication")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<MisMnApplication>()
            .AddAttribute("ChainLimit",
                          "Optimised SA establishments in a row after which the next SA is "
                          "full (802.21.1 5.14.2 note 4); 0: never optimise.",
                          UintegerValue(3),
                          MakeUintegerAccessor(&MisMnApplication::m_chainLimit),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("Ciphersuite",
                          "The CiphersuiteCode the MN requests (an input of the MISK "
                          "derivation).",
                          UintegerValue(1),
                          MakeUintegerAccessor(&MisMnApplication::m_ciphersuite),
                          MakeUintegerChecker<uint8_t>())
            .AddAttribute("RelayFullSa",
                          "Carry the TLS records of a full SA made before the handover through "
                          "the SPoS (in the LLInformation of MIS_Prereg_Xfer and "
                          "MIS_N2N_Prereg_Xfer, 5.14.2: the SPoS forwards traffic between the MN "
                          "and the TPoS) rather than directly to the TPoS in MIH_Auth.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&MisMnApplication::m_relayFullSa),
                          MakeBooleanChecker())
            .AddAttribute("FullSaLifetime",
                          "Lifetime (s) of an SA from a full establishment.",
                          UintegerValue(mih::DEFAULT_SA_LIFETIME_S),
                          MakeUintegerAccessor(&MisMnApplication::m_saLifetime),
                          MakeUintegerChecker<uint32_t>(1))
            .AddTraceSource("SaEstablished",
                            "An MN-TPoS MIS SA was established and confirmed.",
                            MakeTraceSourceAccessor(&MisMnApplication::m_saTrace),
                            "ns3::MisMnApplication::SaTracedCallback")
            .AddTraceSource("Fallback",
                            "The MN fell back to a full establishment.",
                            MakeTraceSourceAccessor(&MisMnApplication::m_fallbackTrace),
                            "ns3::MisMnApplication::FallbackTracedCallback");
    return tid;
}

MisMnApplication::MisMnApplication()
    : m_chainLimit(3),
      m_ciphersuite(1),
      m_saLifetime(mih::DEFAULT_SA_LIFETIME_S),
      m_sapUser(std::make_unique<MemberMisSapUser<MisMnApplication>>(this)),
      m_chainHops(0),
      m_busy(false),
      m_requestedFull(false),
      m_confirmTid(0),
      m_tlsCompleted(false),
      m_relayFullSa(true)
{
    NS_LOG_FUNCTION(this);
}

MisMnApplication::~MisMnApplication()
{
    NS_LOG_FUNCTION(this);
}

void
MisMnApplication::DoDispose()
{
    if (m_misf)
    {
        m_misf->SetMisSapUser(nullptr);
        m_misf->SetProtectedReceiveCallback(MisFunction::ProtectedReceiveCallback());
        m_misf->SetAuthReceiveCallback(MisFunction::AuthReceiveCallback());
        m_misf->SetAuthFailureCallback(MisFunction::AuthFailureCallback());
        m_misf->SetAuthAckCallback(Callback<void, const std::string&>());
    }
    m_misf = nullptr;
    m_tls = nullptr;
    m_done = DoneCallback();
    CryptoCostModel::CancelPending(m_pendingDone);
    Object::DoDispose();
}

void
MisMnApplication::SetMisFunction(Ptr<MisFunction> misf)
{
    m_misf = misf;
    m_misf->SetMisSapUser(m_sapUser.get());
    m_misf->SetProtectedReceiveCallback(MakeCallback(&MisMnApplication::ReceiveProtected, this));
    m_misf->SetAuthReceiveCallback(MakeCallback(&MisMnApplication::ReceiveRecords, this));
    m_misf->SetAuthFailureCallback(MakeCallback(&MisMnApplication::AuthFailed, this));
    m_misf->SetAuthAckCallback(MakeCallback(&MisMnApplication::AuthAcknowledged, this));
}

void
MisMnApplication::AuthAcknowledged(const std::string& peer)
{
    if (m_busy && m_tlsCompleted && !m_relaying && peer == m_result.tposId &&
        !m_misf->HasOpenAuth(peer))
    {
        Finish(true, m_result.reason);
    }
}

Ptr<MisFunction>
MisMnApplication::GetMisFunction() const
{
    return m_misf;
}

void
MisMnApplication::SetTlsCredentials(const std::string& trustAnchorPem,
                                    const crypto::TlsIdentity& identity)
{
    m_trustAnchor = trustAnchorPem;
    m_identity = identity;
}

void
MisMnApplication::SetServingPos(const std::string& sposId, uint32_t chainHops)
{
    m_sposId = sposId;
    m_chainHops = chainHops;
}

std::string
MisMnApplication::GetServingPos() const
{
    return m_sposId;
}

const MisPreregResult&
MisMnApplication::GetLastResult() const
{
    return m_result;
}

void
MisMnApplication::Preregister(const std::optional<std::string>& tposId,
                              const std::vector<MihLinkPoaList>& candidates,
                              bool requestFull,
                              DoneCallback done)
{
    NS_LOG_FUNCTION(this << m_sposId);
    NS_ASSERT_MSG(!m_busy, "MisMnApplication: a pre-registration is already running");
    m_busy = true;
    m_done = done;
    m_result = MisPreregResult();
    m_requestedFull = requestFull;
    m_postHandoff = false;
    m_targetLink = MihLinkTupleId();
    if (!candidates.empty())
    {
        m_targetLink.link = candidates.front().link;
        if (!candidates.front().poas.empty())
        {
            m_targetLink.poa = candidates.front().poas.front();
        }
    }
    MisPreregXferRequestParameters req;
    req.destinationId = m_sposId;
    req.tposId = tposId;
    if (!candidates.empty())
    {
        req.candidateLinks = candidates;
    }
    req.ciphersuite = m_ciphersuite;
    // 5.14.2 notes 1 and 4: the MN asks for the fallback by leaving Nonce-T out, when the
    // caller wants a full SA or the chain has reached its limit.
    bool chainFull = m_chainHops >= m_chainLimit;
    // SALifeTime: an expired SA with the SPoS cannot protect K; a new SA must be full.
    auto spos = m_misf->GetSecurityAssociation(m_sposId);
    bool expired = spos && spos->IsExpired(Simulator::Now());
    req.requestSa = !requestFull && !chainFull && !expired;
    if (!req.requestSa)
    {
        m_result.reason = requestFull ? "mn-request" : (expired ? "sa-expired" : "chain-limit");
    }
    m_misf->GetMisSapProvider()->PreregXferRequest(req);
}

void
MisMnApplication::EstablishFull(const std::string& posId, DoneCallback done)
{
    NS_ASSERT_MSG(!m_busy, "MisMnApplication: a pre-registration is already running");
    m_busy = true;
    m_done = done;
    m_result = MisPreregResult();
    m_result.tposId = posId;
    m_requestedFull = true;
    m_postHandoff = true;
    StartFull("post-handoff");
}

void
MisMnApplication::DoPreregXferConfirm(const MisPreregXferConfirmParameters& params)
{
    NS_LOG_FUNCTION(this << params.sourceId << +params.status);
    if (!m_busy)
    {
        return;
    }
    if (m_relayTid != 0 && params.transactionId == m_relayTid)
    {
        RelayConfirmed(params);
        return;
    }
    m_result.status = params.status;
    if (params.tposId)
    {
        m_result.tposId = *params.tposId;
    }
    if (params.status == mih::STATUS_TPOS_IS_SPOS)
    {
        // The TPoS is the SPoS: the SA with it stays.
        m_result.tposId = m_sposId;
        m_result.method = "none";
        m_result.chainHops = m_chainHops;
        Finish(true, "tpos-is-spos");
        return;
    }
    if (params.status != mih::STATUS_SUCCESS || m_result.tposId.empty())
    {
        Finish(false, "status-" + std::to_string(params.status));
        return;
    }
    if (!params.keyDerivationKey)
    {
        StartFull(params.keyRejected ? "kdk-not-recovered"
                                     : (m_result.reason.empty() ? "no-kdk" : m_result.reason));
        return;
    }
    // 5.11.12.4.4: derive the key hierarchy from K, then prove it to the TPoS directly.
    crypto::MisSessionKeys keys =
        crypto::DeriveMisSessionKeys(*params.keyDerivationKey,
                                     *params.nonceT,
                                     *params.nonceN,
                                     m_misf->GetMihfId(),
                                     m_result.tposId,
                                     m_misf->SelectCiphersuite(m_ciphersuite));
    m_misf->ChargeSessionKeys();
    uint32_t lifetime = params.saLifetime ? *params.saLifetime : mih::DEFAULT_SA_LIFETIME_S;
    m_misf->InstallSecurityAssociation(
        std::make_shared<MisSecurityAssociation>(m_misf->GetMihfId(),
                                                 m_result.tposId,
                                                 keys,
                                                 true,
                                                 Simulator::Now() + Seconds(lifetime)));
    m_result.method = "optimized";
    m_result.chainHops = m_chainHops + 1;
    m_result.sposId = m_sposId;
    MihTlvWriter writer;
    writer.Write(mih::TLV_NONCE, params.nonceN->data(), params.nonceN->size());
    m_confirmTid = m_misf->SendProtected(m_result.tposId, writer.GetBytes());
}

void
MisMnApplication::ReceiveProtected(const std::string& peer,
                                   const std::vector<uint8_t>& tlvs,
                                   bool isRequest,
                                   uint16_t tid)
{
    if (!m_busy || isRequest || peer != m_result.tposId || tid != m_confirmTid)
    {
        return;
    }
    MihTlvReader reader(tlvs);
    MihTlv tlv;
    if (reader.Expect(mih::TLV_STATUS, tlv) != MihParseStatus::OK || tlv.value.size() != 1 ||
        tlv.value[0] != mih::STATUS_SUCCESS)
    {
        StartFull("key-confirmation-refused");
        return;
    }
    // The MISK is the MIAK with this PoS once it is the SPoS.
    const crypto::MisSessionKeys& keys = m_misf->GetSecurityAssociation(peer)->GetKeys();
    m_misf->SetTransportKey(peer, crypto::MisTransportKey(crypto::ByteView(keys.misk.GetBytes())));
    Finish(true, "");
}

void
MisMnApplication::AuthFailed(uint16_t tid, uint8_t status)
{
    if (!m_busy)
    {
        return;
    }
    if (tid == m_confirmTid && m_result.method == "optimized")
    {
        // The TPoS did not accept the protected message: the two ends hold different keys.
        m_misf->RemoveSecurityAssociation(m_result.tposId);
        StartFull("key-confirmation-failed");
        return;
    }
    if (m_tls)
    {
        Finish(false, "tls-transport-status-" + std::to_string(status));
    }
}

void
MisMnApplication::StartFull(const std::string& reason)
{
    NS_LOG_INFO(m_misf->GetMihfId()
                << ": full SA with " << m_result.tposId << " (" << reason << ")");
    if (!m_requestedFull || reason != "mn-request")
    {
        m_fallbackTrace(reason);
    }
    m_result.reason = reason;
    m_result.method = "full";
    m_result.chainHops = 0;
    m_result.sposId.clear();
    m_confirmTid = 0;
    m_tlsCompleted = false;
    Ptr<TlsSession> session = CreateObject<TlsSession>();
    session->SetAttribute("Role", EnumValue(TlsSession::CLIENT));
    session->SetAttribute("PeerName", StringValue(m_result.tposId));
    session->SetCredentials(m_trustAnchor, m_identity);
    session->SetRandom(m_misf->GetRandom()); // reproducible TLS randoms and key shares
    session->TraceConnectWithoutContext("HandshakeCompleted",
                                        MakeCallback(&MisMnApplication::TlsCompleted, this));
    session->TraceConnectWithoutContext("HandshakeFailed",
                                        MakeCallback(&MisMnApplication::TlsFailed, this));
    m_tls = CreateObject<TlsMihTransport>();
    m_tls->Setup(session, m_misf, m_result.tposId);
    m_relayTid = 0;
    m_relaying = m_relayFullSa && !m_postHandoff;
    if (m_relaying)
    {
        m_tls->SetOutputCallback(MakeCallback(&MisMnApplication::RelayRecords, this));
    }
    session->Start();
}

void
MisMnApplication::RelayRecords(const std::string& tposId, Ptr<Packet> records)
{
    // One flight per MIS_Prereg_Xfer request, relayed by the SPoS to the TPoS; the response
    // brings the TPoS's answer (its flight, or nothing once it holds the SA).
    MisPreregXferRequestParameters req;
    req.destinationId = m_sposId;
    req.tposId = tposId;
    req.targetLink = m_targetLink;
    req.llInformation = PacketToBytes(records);
    req.requestSa = false;
    m_relayTid = m_misf->GetMisSapProvider()->PreregXferRequest(req);
}

void
MisMnApplication::RelayConfirmed(const MisPreregXferConfirmParameters& params)
{
    m_relayTid = 0;
    if (params.status != mih::STATUS_SUCCESS)
    {
        Finish(false, "relay-status-" + std::to_string(params.status));
        return;
    }
    if (params.llInformation && !params.llInformation->empty())
    {
        m_tls->Receive(Create<Packet>(params.llInformation->data(), params.llInformation->size()));
        return;
    }
    // No records back: the TPoS has processed our last flight and holds the SA.
    if (m_tlsCompleted)
    {
        Finish(true, m_result.reason);
    }
}

void
MisMnApplication::ReceiveRecords(const std::string& peer,
                                 Ptr<Packet> records,
                                 bool /* isRequest */,
                                 uint16_t /* tid */)
{
    if (m_tls && peer == m_result.tposId)
    {
        m_tls->Receive(records);
    }
}

void
MisMnApplication::TlsCompleted(Time duration,
                               uint32_t roundTrips,
                               uint32_t /* sent */,
                               uint32_t /* received */)
{
    NS_LOG_INFO(m_misf->GetMihfId()
                << ": TLS with " << m_result.tposId << " in " << duration.As(Time::MS) << ", "
                << roundTrips << " round trips");
    crypto::MisSessionKeys keys = ExportMisSessionKeys(m_tls->GetSession());
    m_misf->InstallSecurityAssociation(
        std::make_shared<MisSecurityAssociation>(m_misf->GetMihfId(),
                                                 m_result.tposId,
                                                 keys,
                                                 true,
                                                 Simulator::Now() + Seconds(m_saLifetime)));
    m_misf->SetTransportKey(m_result.tposId,
                            crypto::MisTransportKey(crypto::ByteView(keys.misk.GetBytes())));
    // The SA is ready at the TPoS once it has our last flight: wait for its MIH ACK (direct)
    // or for the relayed answer to it (through the SPoS).
    m_tlsCompleted = true;
    if (!m_relaying && !m_misf->HasOpenAuth(m_result.tposId))
    {
        Finish(true, m_result.reason);
    }
}

void
MisMnApplication::TlsFailed(const std::string& reason)
{
    Finish(false, "tls:" + reason);
}

void
MisMnApplication::Finish(bool ok, const std::string& reason)
{
    m_busy = false;
    m_tlsCompleted = false;
    m_result.ok = ok;
    m_result.reason = reason;
    if (ok && m_result.method != "none")
    {
        m_saTrace(m_result.tposId, m_result.method, m_result.chainHops);
    }
    // The session is kept until the next pre-registration: its last records may still be
    // in flight.
    DoneCallback done = m_done;
    m_done = DoneCallback();
    if (!done.IsNull())
    {
        // The result is known when the MN's CPU has finished the crypto that produced it.
        CryptoCostModel::RunWhenIdle(m_misf->GetObject<Node>(),
                                     m_pendingDone,
                                     &MisMnApplication::Report,
                                     this,
                                     done,
                                     m_result);
    }
}

void
MisMnApplication::Report(DoneCallback done, MisPreregResult result)
{
    done(result);
}

void
MisMnApplication::CompleteHandover()
{
    if (!m_result.ok || m_result.tposId.empty())
    {
        return;
    }
    m_sposId = m_result.tposId;
    m_chainHops = m_result.chainHops;
}

void
MisMnApplication::Abort()
{
    m_relayTid = 0;
    m_busy = false;
    m_done = DoneCallback();
    m_tls = nullptr;
}

void
MisMnApplication::DoPreregXferIndication(const MisPreregXferIndicationParameters& params)
{
    NS_LOG_WARN("MN: unexpected MIS_Prereg_Xfer.indication from " << params.sourceId);
}

void
MisMnApplication::DoN2nPreregXferIndication(const MisN2nPreregXferIndicationParameters& params)
{
    NS_LOG_WARN("MN: unexpected MIS_N2N_Prereg_Xfer.indication from " << params.sourceId);
}

void
MisMnApplication::DoN2nPreregXferConfirm(const MisN2nPreregXferConfirmParameters& params)
{
    NS_LOG_WARN("MN: unexpected MIS_N2N_Prereg_Xfer.confirm from " << params.sourceId);
}

} // namespace ns3
