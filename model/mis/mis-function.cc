/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mis-function.h"

#include "mih-transport.h"

#include "ns3/abort.h"
#include "ns3/hex.h"
#include "ns3/log.h"
#include "ns3/mih-auth.h"
#include "ns3/mih-constants.h"
#include "ns3/mih-protected-message.h"
#include "ns3/mih-tlv.h"
#include "ns3/mih-types.h"
#include "ns3/mis-n2n-prereg-xfer.h"
#include "ns3/mis-prereg-xfer.h"
#include "ns3/node.h"
#include "ns3/ns3-compat.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/string.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MisFunction");

NS_OBJECT_ENSURE_REGISTERED(MisFunction);

namespace
{

/**
 * \param k a key
 * \return its first four octets in hex (for logs and traces; not the key)
 */
std::string
Fingerprint(const crypto::Kdk& k)
{
    return crypto::ToHex(crypto::ByteView(k.GetBytes().data(), 4));
}

/**
 * \param id the MNID or TPoS identifier of a K transport mask
 * \return the octets its CMAC is charged for: the identifier and the two nonces (the label and
 *         length octets add less than a block)
 */
std::size_t
MaskInputOctets(const std::string& id)
{
    return id.size() + 2 * mih::NONCE_SIZE;
}

/**
 * \param security a Security TLV value: SEQ (8 octets) || ciphertext || tag (8 octets)
 * \return the ciphertext octets an AES-CCM open is charged for
 */
std::size_t
SealedOctets(const std::vector<uint8_t>& security)
{
    return security.size() > 16 ? security.size() - 16 : 0;
}

} // namespace

Time
MisFunction::ChargeCrypto(CryptoCostModel::Operation op, std::size_t octets) const
{
    return CryptoCostModel::Charge(GetObject<Node>(), op, octets);
}

Time
MisFunction::ChargeSessionKeys() const
{
    return ChargeCrypto(CryptoCostModel::KBKDF_CMAC, 16) +
           ChargeCrypto(CryptoCostModel::KBKDF_CMAC, 32);
}

TypeId
MisFunction::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::MisFunction")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<MisFunction>()
            .AddAttribute("MihfId",
                          "This MISF's identifier (an NAI of 1..253 octets).",
                          StringValue("misf"),
                          MakeStringAccessor(&MisFunction::m_mihfId),
                          MakeStringChecker())
            .AddAttribute(
                "KdkTransport",
                "How K travels to the TPoS and the MN (802.21.1 5.14.2): XOR with the "
                "PRF mask (the text) or AES key wrap under the transport key (the "
                "'encrypt the entire contents' alternative).",
                EnumValue(MisFunction::KDK_XOR),
                SECURE_HANDOVER_ENUM_ACCESSOR(MisFunction::KdkTransport,
                                              &MisFunction::m_kdkTransport),
                MakeEnumChecker(MisFunction::KDK_XOR, "Xor", MisFunction::KDK_KEY_WRAP, "KeyWrap"))
            .AddAttribute(
                "MnMaskInputs",
                "The inputs of the mask that hides K for the MN: Three (TPoS "
                "identifier, Nonce-T, Nonce-N; the receiver text) or DraftSender "
                "(TPoS identifier, Nonce-N; the sender text). Both ends must agree.",
                EnumValue(MisFunction::MN_MASK_THREE),
                SECURE_HANDOVER_ENUM_ACCESSOR(MisFunction::MnMask, &MisFunction::m_mnMask),
                MakeEnumChecker(MisFunction::MN_MASK_THREE,
                                "Three",
                                MisFunction::MN_MASK_DRAFT_SENDER,
                                "DraftSender"))
            .AddAttribute("CiphersuiteSemantics",
                          "How CiphersuiteCode is read: Octet (one code, used as it is in the "
                          "MISK derivation; the reviewer's OCTET(1)) or Bitmap (a set of suites "
                          "of which the lowest set bit is used; the draft's BITMAP(8)). Both ends "
                          "must agree.",
                          EnumValue(MisFunction::CIPHERSUITE_OCTET),
                          SECURE_HANDOVER_ENUM_ACCESSOR(MisFunction::CiphersuiteSemantics,
                                                        &MisFunction::m_ciphersuiteSemantics),
                          MakeEnumChecker(MisFunction::CIPHERSUITE_OCTET,
                                          "Octet",
                                          MisFunction::CIPHERSUITE_BITMAP,
                                          "Bitmap"))
            .AddAttribute("NonceNSource",
                          "Who draws Nonce-N: Spos (the draft text, 5.13.3.21) or Tpos (the "
                          "reviewer's proposal: the SPoS first asks the TPoS, which returns its "
                          "Nonce-N in the N2N response, then sends K; one more SPoS-TPoS round "
                          "trip). Both PoSs must agree.",
                          EnumValue(MisFunction::NONCE_N_BY_SPOS),
                          SECURE_HANDOVER_ENUM_ACCESSOR(MisFunction::NonceNSource,
                                                        &MisFunction::m_nonceNSource),
                          MakeEnumChecker(MisFunction::NONCE_N_BY_SPOS,
                                          "Spos",
                                          MisFunction::NONCE_N_BY_TPOS,
                                          "Tpos"))
            .AddTraceSource("Drop",
                            "A received MIS message was dropped.",
                            MakeTraceSourceAccessor(&MisFunction::m_dropTrace),
                            "ns3::MisFunction::DropTracedCallback")
            .AddTraceSource("KdkSent",
                            "The SPoS sent K (to a TPoS or to an MN).",
                            MakeTraceSourceAccessor(&MisFunction::m_kdkSentTrace),
                            "ns3::MisFunction::KeyTracedCallback")
            .AddTraceSource("KdkRecovered",
                            "The TPoS or the MN recovered K.",
                            MakeTraceSourceAccessor(&MisFunction::m_kdkRecoveredTrace),
                            "ns3::MisFunction::KeyTracedCallback")
            .AddTraceSource("ProtectedRx",
                            "A protected MIH_Auth message was accepted.",
                            MakeTraceSourceAccessor(&MisFunction::m_protectedRxTrace),
                            "ns3::MisFunction::DropTracedCallback");
    return tid;
}

MisFunction::MisFunction()
    : m_mihfId("misf"),
      m_kdkTransport(KDK_XOR),
      m_mnMask(MN_MASK_THREE),
      m_ciphersuiteSemantics(CIPHERSUITE_OCTET),
      m_nonceNSource(NONCE_N_BY_SPOS),
      m_sapUser(nullptr),
      m_sapProvider(std::make_unique<MemberMisSapProvider<MisFunction>>(this))
{
    NS_LOG_FUNCTION(this);
}

MisFunction::~MisFunction()
{
    NS_LOG_FUNCTION(this);
}

void
MisFunction::DoDispose()
{
    NS_LOG_FUNCTION(this);
    if (m_transport)
    {
        m_transport->SetReceiveCallback(MihTransport::ReceiveCallback());
        m_transport->SetFailureCallback(MihTransport::FailureCallback());
        m_transport->SetAckCallback(Callback<void, uint16_t>());
    }
    m_authAck = Callback<void, const std::string&>();
    m_transport = nullptr;
    m_random = nullptr;
    m_sapUser = nullptr;
    m_sas.clear();
    m_messageSas.clear();
    m_keptKdk.clear();
    m_transportKeys.clear();
    m_protectedReceive = ProtectedReceiveCallback();
    m_authReceive = AuthReceiveCallback();
    m_authFailure = AuthFailureCallback();
    Object::DoDispose();
}

void
MisFunction::SetTransport(Ptr<MihTransport> transport)
{
    m_transport = transport;
    m_transport->SetReceiveCallback(MakeCallback(&MisFunction::Receive, this));
    m_transport->SetFailureCallback(MakeCallback(&MisFunction::TransactionFailed, this));
    m_transport->SetAckCallback(MakeCallback(&MisFunction::Acknowledged, this));
}

void
MisFunction::SetAuthAckCallback(Callback<void, const std::string&> callback)
{
    m_authAck = callback;
}

bool
MisFunction::HasOpenAuth(const std::string& peerId) const
{
    for (const auto& open : m_openAuth)
    {
        if (open.second == peerId)
        {
            return true;
        }
    }
    return false;
}

void
MisFunction::Acknowledged(uint16_t tid)
{
    auto it = m_openAuth.find(tid);
    if (it == m_openAuth.end() || m_openIndications.count(tid) == 0)
    {
        return;
    }
    std::string peer = it->second;
    m_openAuth.erase(it);
    m_openIndications.erase(tid);
    if (!m_authAck.IsNull())
    {
        m_authAck(peer);
    }
}

Ptr<MihTransport>
MisFunction::GetTransport() const
{
    return m_transport;
}

void
MisFunction::SetRandom(Ptr<SecurityRandom> random)
{
    m_random = random;
}

Ptr<SecurityRandom>
MisFunction::GetRandom() const
{
    return m_random;
}

std::string
MisFunction::GetMihfId() const
{
    return m_mihfId;
}

void
MisFunction::AddPeer(const std::string& mihfId, const Address& address)
{
    m_peers[mihfId] = address;
}

void
MisFunction::SetTransportKey(const std::string& peerId, const crypto::MisTransportKey& key)
{
    m_messageSas.erase(peerId);
    m_transportKeys.erase(peerId);
    m_transportKeys.emplace(peerId, key);
}

bool
MisFunction::HasTransportKey(const std::string& peerId) const
{
    return m_transportKeys.count(peerId) != 0;
}

void
MisFunction::RemoveTransportKey(const std::string& peerId)
{
    m_messageSas.erase(peerId);
    m_transportKeys.erase(peerId);
}

uint8_t
MisFunction::SelectCiphersuite(uint8_t code) const
{
    if (m_ciphersuiteSemantics == CIPHERSUITE_OCTET)
    {
        return code;
    }
    // code & -code keeps the lowest set bit.
    return static_cast<uint8_t>(code & (~code + 1));
}

void
MisFunction::SetMisSapUser(MisSapUser* user)
{
    m_sapUser = user;
}

MisSapProvider*
MisFunction::GetMisSapProvider()
{
    return m_sapProvider.get();
}

void
MisFunction::InstallSecurityAssociation(std::shared_ptr<MisSecurityAssociation> sa)
{
    NS_LOG_INFO(m_mihfId << ": MIS SA with " << sa->GetPeerId() << " until "
                         << sa->GetExpiry().As(Time::S));
    m_sas[sa->GetPeerId()] = sa;
}

std::shared_ptr<MisSecurityAssociation>
MisFunction::GetSecurityAssociation(const std::string& peerId) const
{
    auto it = m_sas.find(peerId);
    return it == m_sas.end() ? nullptr : it->second;
}

void
MisFunction::RemoveSecurityAssociation(const std::string& peerId)
{
    m_sas.erase(peerId);
}

void
MisFunction::SetProtectedReceiveCallback(ProtectedReceiveCallback callback)
{
    m_protectedReceive = callback;
}

void
MisFunction::SetAuthReceiveCallback(AuthReceiveCallback callback)
{
    m_authReceive = callback;
}

void
MisFunction::SetAuthFailureCallback(AuthFailureCallback callback)
{
    m_authFailure = callback;
}

Address
MisFunction::PeerAddress(const std::string& peerId) const
{
    auto it = m_peers.find(peerId);
    NS_ABORT_MSG_IF(it == m_peers.end(), m_mihfId << ": no address for MISF " << peerId);
    return it->second;
}

void
MisFunction::SetIds(MihMessage& message, const std::string& peerId) const
{
    message.SetSourceId(m_mihfId);
    message.SetDestinationId(peerId);
}

std::vector<uint8_t>
MisFunction::ProtectKdk(const crypto::Kdk& k,
                        const crypto::MisTransportKey& key,
                        crypto::KdkRecipient to,
                        const std::string& id,
                        const crypto::Nonce16& nonceT,
                        const crypto::Nonce16& nonceN) const
{
    if (m_kdkTransport == KDK_KEY_WRAP)
    {
        ChargeCrypto(CryptoCostModel::AES_KEY_WRAP, k.GetBytes().size());
        return crypto::EncryptKdk(key, k);
    }
    crypto::MnMaskInputs inputs = m_mnMask == MN_MASK_THREE ? crypto::MnMaskInputs::THREE
                                                            : crypto::MnMaskInputs::DRAFT_SENDER;
    ChargeCrypto(CryptoCostModel::AES_CMAC, MaskInputOctets(id));
    crypto::Octets<16> mask = crypto::KdkTransportMask(to, key, id, nonceT, nonceN, inputs);
    crypto::Octets<16> wrapped = crypto::XorKdk(k, mask);
    return std::vector<uint8_t>(wrapped.begin(), wrapped.end());
}

std::optional<crypto::Kdk>
MisFunction::RecoverKdk(const std::vector<uint8_t>& wrapped,
                        const crypto::MisTransportKey& key,
                        crypto::KdkRecipient to,
                        const std::string& id,
                        const crypto::Nonce16& nonceT,
                        const crypto::Nonce16& nonceN) const
{
    if (m_kdkTransport == KDK_KEY_WRAP)
    {
        if (wrapped.size() != mih::PROTECTED_KEY_WRAPPED_SIZE)
        {
            return std::nullopt;
        }
        ChargeCrypto(CryptoCostModel::AES_KEY_UNWRAP, wrapped.size() - 8);
        return crypto::DecryptKdk(key, crypto::ByteView(wrapped));
    }
    if (wrapped.size() != mih::PROTECTED_KEY_XOR_SIZE)
    {
        return std::nullopt;
    }
    crypto::MnMaskInputs inputs = m_mnMask == MN_MASK_THREE ? crypto::MnMaskInputs::THREE
                                                            : crypto::MnMaskInputs::DRAFT_SENDER;
    ChargeCrypto(CryptoCostModel::AES_CMAC, MaskInputOctets(id));
    crypto::Octets<16> mask = crypto::KdkTransportMask(to, key, id, nonceT, nonceN, inputs);
    crypto::Octets<16> value{};
    std::copy(wrapped.begin(), wrapped.end(), value.begin());
    return crypto::UnmaskKdk(value, mask);
}

std::optional<crypto::Kdk>
MisFunction::AcceptKdk(const std::string& sender,
                       const std::vector<uint8_t>& wrapped,
                       crypto::KdkRecipient to,
                       const std::string& id,
                       const crypto::Nonce16& nonceT,
                       const crypto::Nonce16& nonceN)
{
    auto key = m_transportKeys.find(sender);
    if (key == m_transportKeys.end())
    {
        Drop(sender, "no-trust");
        return std::nullopt;
    }
    std::optional<crypto::Kdk> k = RecoverKdk(wrapped, key->second, to, id, nonceT, nonceN);
    if (!k)
    {
        Drop(sender, "kdk-not-recovered");
        return std::nullopt;
    }
    m_kdkRecoveredTrace(sender, Fingerprint(*k));
    return k;
}

// --- The provider primitives ----------------------------------------------------------------

uint16_t
MisFunction::DoPreregXferRequest(const MisPreregXferRequestParameters& params)
{
    NS_ASSERT_MSG(m_random, "MisFunction: no random source");
    MisPreregXferRequest request;
    SetIds(request, params.destinationId);
    request.targetLink = params.targetLink;
    request.llInformation = params.llInformation;
    request.tposId = params.tposId;
    request.candidateLinks = params.candidateLinks;
    request.ciphersuite = params.ciphersuite;
    OpenRequest open{params.destinationId, std::nullopt};
    if (params.requestSa)
    {
        // 5.13.3.19: Nonce-T is generated by the MN's MISF when it asks for an SA.
        open.nonceT = m_random->Generate<16>();
        request.nonceT = open.nonceT;
    }
    uint16_t tid = m_transport->SendRequest(request, PeerAddress(params.destinationId));
    m_openPrereg[tid] = open;
    return tid;
}

void
MisFunction::DoPreregXferResponse(const MisPreregXferResponseParameters& params)
{
    MisPreregXferResponse response;
    SetIds(response, params.destinationId);
    response.targetLink = params.targetLink;
    response.llInformation = params.llInformation;
    response.mnNai = params.mnNai;
    response.tposId = params.tposId;
    response.status = params.status;
    auto kept = m_keptKdk.find(params.destinationId);
    auto key = m_transportKeys.find(params.destinationId);
    if (params.deliverKey && params.status == mih::STATUS_SUCCESS && kept != m_keptKdk.end() &&
        key != m_transportKeys.end())
    {
        // 5.12.1.4.4: the SPoS MISF retrieves the K it sent to the TPoS and protects it for
        // the MN under K_SPoS (5.14.2).
        const KeptKdk& k = kept->second;
        response.tposId = k.tposId;
        response.protectedKey =
            ProtectKdk(k.k, key->second, crypto::KdkRecipient::MN, k.tposId, k.nonceT, k.nonceN);
        response.nonceN = k.nonceN;
        response.saLifetime = params.saLifetime
                                  ? params.saLifetime
                                  : std::optional<uint32_t>(mih::DEFAULT_SA_LIFETIME_S);
        m_kdkSentTrace(params.destinationId, Fingerprint(k.k));
        m_keptKdk.erase(kept);
        // 5.13.3.20: with SALifetime and K, the service specific TLVs are encrypted by the
        // SA between the SPoS and the MN.
        MihProtectedMessage wrapped = Protect(response, params.destinationId);
        m_transport->SendResponse(wrapped, params.transactionId, PeerAddress(params.destinationId));
        return;
    }
    m_transport->SendResponse(response, params.transactionId, PeerAddress(params.destinationId));
}

uint16_t
MisFunction::DoN2nPreregXferRequest(const MisN2nPreregXferRequestParameters& params)
{
    bool withKey = params.nonceT && params.mnId && m_transportKeys.count(params.destinationId) != 0;
    if (withKey && m_nonceNSource == NONCE_N_BY_TPOS)
    {
        // The reviewer's flow: first ask the TPoS for its Nonce-N (a request without the key
        // set, as 5.13.3.21 allows), then send K masked with it (SendN2n on the response).
        MisN2nPreregXferRequestParameters first = params;
        first.nonceT.reset();
        first.saLifetime.reset();
        first.chainHops.reset();
        uint16_t tid = SendN2n(first, std::nullopt);
        m_awaitingNonceN[tid] = params;
        return tid;
    }
    if (withKey)
    {
        // 5.12.1.1.3: the SPoS MISF produces K and Nonce-N.
        NS_ASSERT_MSG(m_random, "MisFunction: no random source");
        return SendN2n(params, m_random->Generate<16>());
    }
    MisN2nPreregXferRequestParameters relay = params;
    relay.nonceT.reset();
    relay.chainHops.reset();
    return SendN2n(relay, std::nullopt);
}

uint16_t
MisFunction::SendN2n(const MisN2nPreregXferRequestParameters& params,
                     std::optional<crypto::Nonce16> nonceN)
{
    MisN2nPreregXferRequest request;
    SetIds(request, params.destinationId);
    request.targetLink = params.targetLink;
    request.llInformation = params.llInformation;
    request.mnId = params.mnId;
    request.candidateLinks = params.targetLink ? std::nullopt : params.candidateLinks;
    request.ciphersuite = params.ciphersuite;
    if (params.nonceT && nonceN)
    {
        // The SPoS MISF draws K, protects it for the TPoS (5.14.2) and sends it with Nonce-N
        // and the MN's Nonce-T; it keeps K for the MN's response (5.12.1.4.4).
        NS_ASSERT_MSG(m_random, "MisFunction: no random source");
        crypto::Kdk k(crypto::ByteView(m_random->Generate(16)));
        request.protectedKey = ProtectKdk(k,
                                          m_transportKeys.at(params.destinationId),
                                          crypto::KdkRecipient::TPOS,
                                          *params.mnId,
                                          *params.nonceT,
                                          *nonceN);
        request.nonceT = params.nonceT;
        request.nonceN = nonceN;
        request.saLifetime = params.saLifetime;
        request.chainHops = params.chainHops;
        m_keptKdk.erase(*params.mnId);
        m_keptKdk.emplace(*params.mnId, KeptKdk{k, params.destinationId, *params.nonceT, *nonceN});
        m_kdkSentTrace(params.destinationId, Fingerprint(k));
        // 5.13.3.21: with Nonce-T, Nonce-N and K, the service specific TLVs are encrypted by
        // the SA between the two MISFs.
        MihProtectedMessage wrapped = Protect(request, params.destinationId);
        uint16_t tid = m_transport->SendRequest(wrapped, PeerAddress(params.destinationId));
        m_openN2n[tid] = params.destinationId;
        return tid;
    }
    uint16_t tid = m_transport->SendRequest(request, PeerAddress(params.destinationId));
    m_openN2n[tid] = params.destinationId;
    return tid;
}

std::shared_ptr<MisSecurityAssociation>
MisFunction::GetMessageSa(const std::string& peerId)
{
    auto it = m_messageSas.find(peerId);
    if (it != m_messageSas.end())
    {
        return it->second;
    }
    auto key = m_transportKeys.find(peerId);
    if (key == m_transportKeys.end())
    {
        return nullptr;
    }
    ChargeCrypto(CryptoCostModel::KBKDF_CMAC, 32);
    auto sa = std::make_shared<MisSecurityAssociation>(
        m_mihfId,
        peerId,
        crypto::DeriveMisMessageKeys(key->second, m_mihfId, peerId),
        m_mihfId < peerId,
        Time::Max());
    m_messageSas[peerId] = sa;
    return sa;
}

MihProtectedMessage
MisFunction::Protect(const MihMessage& message, const std::string& peerId)
{
    std::shared_ptr<MisSecurityAssociation> sa = GetMessageSa(peerId);
    NS_ABORT_MSG_IF(!sa, m_mihfId << ": no transport key with " << peerId);
    std::vector<uint8_t> frame = message.Encode();
    // Skip the header and the Source and Destination TLVs: the rest is service specific.
    MihTlvReader reader(frame.data() + mih::HEADER_SIZE, frame.size() - mih::HEADER_SIZE);
    MihTlv tlv;
    reader.Next(tlv);
    reader.Next(tlv);
    std::vector<uint8_t> rest(frame.begin() + mih::HEADER_SIZE + reader.GetOffset(), frame.end());
    MihProtectedMessage wrapped(message.GetServiceId(), message.GetOpcode(), message.GetActionId());
    SetIds(wrapped, peerId);
    MihHeader id;
    id.SetMessageId(message.GetServiceId(), message.GetOpcode(), message.GetActionId());
    ChargeCrypto(CryptoCostModel::AES_CCM_SEAL, rest.size());
    wrapped.security = sa->Protect(id.GetMessageId(), rest);
    return wrapped;
}

Ptr<const Packet>
MisFunction::Unprotect(Ptr<const Packet> frame, const MihHeader& header, const Address& from)
{
    std::vector<uint8_t> octets = PacketToBytes(frame);
    if (header.GetServiceId() != mih::SID_COMMAND || !MihProtectedMessage::IsProtected(octets))
    {
        m_receivedProtected = false;
        return frame;
    }
    MihProtectedMessage wrapped(header.GetServiceId(), header.GetOpcode(), header.GetActionId());
    if (!Accept(frame, from, wrapped))
    {
        return nullptr;
    }
    std::shared_ptr<MisSecurityAssociation> sa = GetMessageSa(wrapped.GetSourceId());
    if (!sa)
    {
        Drop(wrapped.GetSourceId(), "no-trust");
        return nullptr;
    }
    std::vector<uint8_t> tlvs;
    ChargeCrypto(CryptoCostModel::AES_CCM_OPEN, SealedOctets(wrapped.security));
    MisSecurityAssociation::Verdict verdict =
        sa->Unprotect(header.GetMessageId(), wrapped.security, Simulator::Now(), tlvs);
    if (verdict != MisSecurityAssociation::Verdict::OK)
    {
        Drop(wrapped.GetSourceId(), "protected:" + MisSecurityAssociation::VerdictName(verdict));
        return nullptr;
    }
    // The frame as it was before protection: header, the two identifiers, the opened TLVs.
    MihTlvWriter writer;
    writer.Write(mih::TLV_SOURCE_MIHF_ID, MihfId::Encode(wrapped.GetSourceId()));
    writer.Write(mih::TLV_DESTINATION_MIHF_ID, MihfId::Encode(wrapped.GetDestinationId()));
    std::vector<uint8_t> plain(octets.begin(), octets.begin() + mih::HEADER_SIZE);
    plain.insert(plain.end(), writer.GetBytes().begin(), writer.GetBytes().end());
    plain.insert(plain.end(), tlvs.begin(), tlvs.end());
    std::size_t payload = plain.size() - mih::HEADER_SIZE;
    if (payload > UINT16_MAX)
    {
        Drop(wrapped.GetSourceId(), "protected:oversized");
        return nullptr;
    }
    plain[6] = static_cast<uint8_t>(payload >> 8);
    plain[7] = static_cast<uint8_t>(payload);
    m_receivedProtected = true;
    return Create<Packet>(plain.data(), plain.size());
}

void
MisFunction::DoN2nPreregXferResponse(const MisN2nPreregXferResponseParameters& params)
{
    MisN2nPreregXferResponse response;
    SetIds(response, params.destinationId);
    response.targetLink = params.targetLink;
    response.llInformation = params.llInformation;
    response.mnNai = params.mnNai;
    response.saLifetime = params.saLifetime;
    response.status = params.status;
    auto issued = m_nonceNForResponse.find(params.transactionId);
    if (issued != m_nonceNForResponse.end())
    {
        response.nonceN = issued->second;
        m_nonceNForResponse.erase(issued);
    }
    m_transport->SendResponse(response, params.transactionId, PeerAddress(params.destinationId));
}

// --- MIH_Auth ---------------------------------------------------------------------------------

uint16_t
MisFunction::SendProtected(const std::string& peerId, const std::vector<uint8_t>& tlvs)
{
    auto sa = GetSecurityAssociation(peerId);
    NS_ABORT_MSG_IF(!sa, m_mihfId << ": no MIS SA with " << peerId);
    MihAuth request(mih::OPCODE_REQUEST);
    SetIds(request, peerId);
    MihHeader id;
    id.SetMessageId(mih::SID_SERVICE_MANAGEMENT, mih::OPCODE_REQUEST, mih::AID_MIH_AUTH);
    ChargeCrypto(CryptoCostModel::AES_CCM_SEAL, tlvs.size());
    request.security = sa->Protect(id.GetMessageId(), tlvs);
    uint16_t tid = m_transport->SendRequest(request, PeerAddress(peerId));
    m_openAuth[tid] = peerId;
    return tid;
}

void
MisFunction::RespondProtected(const std::string& peerId,
                              uint16_t transactionId,
                              const std::vector<uint8_t>& tlvs)
{
    auto sa = GetSecurityAssociation(peerId);
    NS_ABORT_MSG_IF(!sa, m_mihfId << ": no MIS SA with " << peerId);
    MihAuth response(mih::OPCODE_RESPONSE);
    SetIds(response, peerId);
    MihHeader id;
    id.SetMessageId(mih::SID_SERVICE_MANAGEMENT, mih::OPCODE_RESPONSE, mih::AID_MIH_AUTH);
    ChargeCrypto(CryptoCostModel::AES_CCM_SEAL, tlvs.size());
    response.security = sa->Protect(id.GetMessageId(), tlvs);
    response.status = mih::STATUS_SUCCESS;
    m_transport->SendResponse(response, transactionId, PeerAddress(peerId));
}

uint16_t
MisFunction::SendAuthPayload(const std::string& peerId, Ptr<const Packet> records)
{
    MihAuth message(mih::OPCODE_INDICATION);
    SetIds(message, peerId);
    message.authPayload = PacketToBytes(records);
    uint16_t tid = m_transport->SendIndication(message, PeerAddress(peerId));
    m_openAuth[tid] = peerId;
    m_openIndications.insert(tid);
    return tid;
}

// --- Receipt ----------------------------------------------------------------------------------

void
MisFunction::Drop(const std::string& peer, const std::string& reason)
{
    NS_LOG_WARN(m_mihfId << ": dropped a message from " << peer << ": " << reason);
    m_dropTrace(peer, reason);
}

bool
MisFunction::Accept(Ptr<const Packet> frame, const Address& from, MihMessage& message)
{
    MihParseStatus status = MihMessage::Parse(frame, message);
    if (status != MihParseStatus::OK)
    {
        std::ostringstream peer;
        peer << from;
        Drop(peer.str(), message.GetName() + ":" + ToString(status));
        return false;
    }
    if (message.GetDestinationId() != m_mihfId)
    {
        Drop(message.GetSourceId(), "wrong-destination");
        return false;
    }
    m_peers[message.GetSourceId()] = from;
    return true;
}

void
MisFunction::Receive(Ptr<const Packet> received, const MihHeader& header, const Address& from)
{
    Ptr<const Packet> frame = Unprotect(received, header, from);
    if (!frame)
    {
        return;
    }
    uint8_t sid = header.GetServiceId();
    uint8_t opcode = header.GetOpcode();
    uint16_t aid = header.GetActionId();
    if (sid == mih::SID_COMMAND && aid == mih::AID_MIS_PREREG_XFER)
    {
        opcode == mih::OPCODE_REQUEST ? ReceivePreregRequest(frame, from)
                                      : ReceivePreregResponse(frame, from);
        return;
    }
    if (sid == mih::SID_COMMAND && aid == mih::AID_MIS_N2N_PREREG_XFER)
    {
        opcode == mih::OPCODE_REQUEST ? ReceiveN2nRequest(frame, from)
                                      : ReceiveN2nResponse(frame, from);
        return;
    }
    if (sid == mih::SID_SERVICE_MANAGEMENT && aid == mih::AID_MIH_AUTH &&
        opcode != mih::OPCODE_CONFIRM)
    {
        ReceiveAuth(frame, from, opcode);
        return;
    }
    std::ostringstream peer;
    peer << from;
    Drop(peer.str(), "unknown-message");
}

void
MisFunction::ReceivePreregRequest(Ptr<const Packet> frame, const Address& from)
{
    MisPreregXferRequest request;
    if (!Accept(frame, from, request) || !m_sapUser)
    {
        return;
    }
    MisPreregXferIndicationParameters ind;
    ind.sourceId = request.GetSourceId();
    ind.targetLink = request.targetLink;
    ind.llInformation = request.llInformation;
    ind.tposId = request.tposId;
    ind.candidateLinks = request.candidateLinks;
    ind.ciphersuite = request.ciphersuite;
    ind.nonceT = request.nonceT;
    ind.transactionId = request.GetTransactionId();
    m_sapUser->PreregXferIndication(ind);
}

void
MisFunction::ReceivePreregResponse(Ptr<const Packet> frame, const Address& from)
{
    MisPreregXferResponse response;
    if (!Accept(frame, from, response))
    {
        return;
    }
    if (response.protectedKey && !m_receivedProtected)
    {
        // 5.13.3.20: a response with K must be encrypted by the SA with the SPoS.
        Drop(response.GetSourceId(), "unprotected-key");
        return;
    }
    auto open = m_openPrereg.find(response.GetTransactionId());
    if (open == m_openPrereg.end())
    {
        Drop(response.GetSourceId(), "no-open-request");
        return;
    }
    MisPreregXferConfirmParameters cnf;
    cnf.sourceId = response.GetSourceId();
    cnf.targetLink = response.targetLink;
    cnf.llInformation = response.llInformation;
    cnf.mnNai = response.mnNai;
    cnf.tposId = response.tposId;
    cnf.saLifetime = response.saLifetime;
    cnf.status = response.status;
    cnf.nonceT = open->second.nonceT;
    cnf.nonceN = response.nonceN;
    cnf.transactionId = response.GetTransactionId();
    m_openPrereg.erase(open);
    if (response.protectedKey)
    {
        // 5.11.12.4.4 / 5.14.2: the MN recovers K with K_SPoS and its own Nonce-T.
        if (cnf.nonceT)
        {
            cnf.keyDerivationKey = AcceptKdk(response.GetSourceId(),
                                             *response.protectedKey,
                                             crypto::KdkRecipient::MN,
                                             *response.tposId,
                                             *cnf.nonceT,
                                             *response.nonceN);
        }
        cnf.keyRejected = !cnf.keyDerivationKey;
    }
    if (m_sapUser)
    {
        m_sapUser->PreregXferConfirm(cnf);
    }
}

void
MisFunction::ReceiveN2nRequest(Ptr<const Packet> frame, const Address& from)
{
    MisN2nPreregXferRequest request;
    if (!Accept(frame, from, request) || !m_sapUser)
    {
        return;
    }
    if (request.protectedKey && !m_receivedProtected)
    {
        // 5.13.3.21: a request with the key set must be encrypted by the SA between the MISFs.
        Drop(request.GetSourceId(), "unprotected-key");
        return;
    }
    MisN2nPreregXferIndicationParameters ind;
    ind.sourceId = request.GetSourceId();
    ind.targetLink = request.targetLink;
    ind.mnId = request.mnId;
    ind.llInformation = request.llInformation;
    ind.candidateLinks = request.candidateLinks;
    ind.ciphersuite = request.ciphersuite;
    ind.nonceT = request.nonceT;
    ind.nonceN = request.nonceN;
    ind.saLifetime = request.saLifetime;
    ind.chainHops = request.chainHops;
    ind.transactionId = request.GetTransactionId();
    if (m_nonceNSource == NONCE_N_BY_TPOS && request.mnId && !request.protectedKey)
    {
        // The reviewer's variant: the TPoS draws Nonce-N and returns it in its response.
        NS_ASSERT_MSG(m_random, "MisFunction: no random source");
        crypto::Nonce16 nonceN = m_random->Generate<16>();
        m_issuedNonceN[*request.mnId] = nonceN;
        m_nonceNForResponse[request.GetTransactionId()] = nonceN;
    }
    if (request.protectedKey)
    {
        // 5.12.1.2.4: the TPoS MISF recovers K and passes it to the MIS application (in the
        // reviewer's variant only with the Nonce-N it issued).
        auto issued = m_issuedNonceN.find(*request.mnId);
        bool nonceOk = m_nonceNSource == NONCE_N_BY_SPOS ||
                       (issued != m_issuedNonceN.end() && issued->second == *request.nonceN);
        if (issued != m_issuedNonceN.end())
        {
            m_issuedNonceN.erase(issued);
        }
        if (!nonceOk)
        {
            Drop(request.GetSourceId(), "nonce-n-not-issued");
        }
        else
        {
            ind.keyDerivationKey = AcceptKdk(request.GetSourceId(),
                                             *request.protectedKey,
                                             crypto::KdkRecipient::TPOS,
                                             *request.mnId,
                                             *request.nonceT,
                                             *request.nonceN);
        }
        ind.keyRejected = !ind.keyDerivationKey;
    }
    m_sapUser->N2nPreregXferIndication(ind);
}

void
MisFunction::ReceiveN2nResponse(Ptr<const Packet> frame, const Address& from)
{
    MisN2nPreregXferResponse response;
    if (!Accept(frame, from, response))
    {
        return;
    }
    m_openN2n.erase(response.GetTransactionId());
    auto awaiting = m_awaitingNonceN.find(response.GetTransactionId());
    if (awaiting != m_awaitingNonceN.end())
    {
        MisN2nPreregXferRequestParameters params = awaiting->second;
        m_awaitingNonceN.erase(awaiting);
        if (response.nonceN && response.status == mih::STATUS_SUCCESS)
        {
            // Second step of the reviewer's flow: K masked with the TPoS's Nonce-N. The
            // application still sees one transaction: its own ID.
            uint16_t second = SendN2n(params, response.nonceN);
            m_secondStep[second] = response.GetTransactionId();
            return;
        }
    }
    uint16_t appTid = response.GetTransactionId();
    auto second = m_secondStep.find(appTid);
    if (second != m_secondStep.end())
    {
        appTid = second->second;
        m_secondStep.erase(second);
    }
    if (!m_sapUser)
    {
        return;
    }
    MisN2nPreregXferConfirmParameters cnf;
    cnf.sourceId = response.GetSourceId();
    cnf.targetLink = response.targetLink;
    cnf.llInformation = response.llInformation;
    cnf.mnNai = response.mnNai;
    cnf.saLifetime = response.saLifetime;
    cnf.status = response.status;
    cnf.transactionId = appTid;
    m_sapUser->N2nPreregXferConfirm(cnf);
}

void
MisFunction::ReceiveAuth(Ptr<const Packet> frame, const Address& from, uint8_t opcode)
{
    MihAuth message(opcode);
    if (!Accept(frame, from, message))
    {
        return;
    }
    const std::string& peer = message.GetSourceId();
    bool isRequest = opcode == mih::OPCODE_REQUEST;
    if (opcode == mih::OPCODE_RESPONSE)
    {
        m_openAuth.erase(message.GetTransactionId());
    }
    if (message.authPayload)
    {
        if (!m_authReceive.IsNull())
        {
            Ptr<Packet> records =
                Create<Packet>(message.authPayload->data(), message.authPayload->size());
            m_authReceive(peer, records, isRequest, message.GetTransactionId());
        }
        return;
    }
    auto sa = GetSecurityAssociation(peer);
    if (!sa)
    {
        Drop(peer, "no-sa");
        return;
    }
    MihHeader id;
    id.SetMessageId(mih::SID_SERVICE_MANAGEMENT, opcode, mih::AID_MIH_AUTH);
    std::vector<uint8_t> tlvs;
    ChargeCrypto(CryptoCostModel::AES_CCM_OPEN, SealedOctets(*message.security));
    MisSecurityAssociation::Verdict verdict =
        sa->Unprotect(id.GetMessageId(), *message.security, Simulator::Now(), tlvs);
    if (verdict != MisSecurityAssociation::Verdict::OK)
    {
        Drop(peer, "protected:" + MisSecurityAssociation::VerdictName(verdict));
        return;
    }
    m_protectedRxTrace(peer, isRequest ? "request" : "response");
    if (!m_protectedReceive.IsNull())
    {
        m_protectedReceive(peer, tlvs, isRequest, message.GetTransactionId());
    }
}

void
MisFunction::TransactionFailed(uint16_t tid,
                               uint16_t messageId,
                               const Address& peer,
                               uint8_t status)
{
    NS_LOG_FUNCTION(this << tid << messageId << peer << +status);
    MihHeader id;
    id.SetMessageId(mih::SID_COMMAND, mih::OPCODE_REQUEST, mih::AID_MIS_PREREG_XFER);
    auto prereg = m_openPrereg.find(tid);
    if (messageId == id.GetMessageId() && prereg != m_openPrereg.end())
    {
        MisPreregXferConfirmParameters cnf;
        cnf.sourceId = prereg->second.sposId;
        cnf.status = status;
        cnf.nonceT = prereg->second.nonceT;
        cnf.transactionId = tid;
        m_openPrereg.erase(prereg);
        if (m_sapUser)
        {
            m_sapUser->PreregXferConfirm(cnf);
        }
        return;
    }
    id.SetMessageId(mih::SID_COMMAND, mih::OPCODE_REQUEST, mih::AID_MIS_N2N_PREREG_XFER);
    auto n2n = m_openN2n.find(tid);
    if (messageId == id.GetMessageId() && n2n != m_openN2n.end())
    {
        MisN2nPreregXferConfirmParameters cnf;
        cnf.sourceId = n2n->second;
        cnf.status = status;
        cnf.transactionId = tid;
        m_awaitingNonceN.erase(tid);
        auto second = m_secondStep.find(tid);
        if (second != m_secondStep.end())
        {
            cnf.transactionId = second->second;
            m_secondStep.erase(second);
        }
        m_openN2n.erase(n2n);
        if (m_sapUser)
        {
            m_sapUser->N2nPreregXferConfirm(cnf);
        }
        return;
    }
    // An MIH_Auth request (protected) or indication ((D)TLS records) got no answer.
    m_openIndications.erase(tid);
    if (m_openAuth.erase(tid) != 0 && !m_authFailure.IsNull())
    {
        m_authFailure(tid, status);
    }
}

} // namespace ns3
