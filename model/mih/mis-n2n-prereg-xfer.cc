/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mis-n2n-prereg-xfer.h"

#include "mih-constants.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MisN2nPreregXfer");

NS_OBJECT_ENSURE_REGISTERED(MisN2nPreregXferRequest);
NS_OBJECT_ENSURE_REGISTERED(MisN2nPreregXferResponse);

namespace
{

/// Slot indices of the request (after Source = 0 and Destination = 1).
enum RequestSlot : std::size_t
{
    REQ_TARGET_LINK = 2,
    REQ_LL_INFORMATION,
    REQ_MN_ID,
    REQ_CANDIDATES,
    REQ_CIPHERSUITE,
    REQ_PROTECTED_KEY,
    REQ_NONCE_T,
    REQ_NONCE_N,
    REQ_SA_LIFETIME,
    REQ_CHAIN_HOPS
};

/// Slot indices of the response.
enum ResponseSlot : std::size_t
{
    RSP_TARGET_LINK = 2,
    RSP_LL_INFORMATION,
    RSP_MN_NAI,
    RSP_SA_LIFETIME,
    RSP_NONCE_N,
    RSP_STATUS
};

} // namespace

// --- MIS_N2N_Prereg_Xfer Request -----------------------------------------------------------------

TypeId
MisN2nPreregXferRequest::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MisN2nPreregXferRequest")
                            .SetParent<MihMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<MisN2nPreregXferRequest>();
    return tid;
}

TypeId
MisN2nPreregXferRequest::GetInstanceTypeId() const
{
    return GetTypeId();
}

const MihMessage::MessageSpec&
MisN2nPreregXferRequest::GetSpec() const
{
    static const MessageSpec spec{"MIS_N2N_Prereg_Xfer Request",
                                  mih::SID_COMMAND,
                                  mih::OPCODE_REQUEST,
                                  mih::AID_MIS_N2N_PREREG_XFER,
                                  {{mih::TLV_SOURCE_MIHF_ID, true, "SourceIdentifier"},
                                   {mih::TLV_DESTINATION_MIHF_ID, true, "DestinationIdentifier"},
                                   {mih::TLV_LINK_IDENTIFIER, false, "TargetLinkIdentifier"},
                                   {mih::TLV_LINK_LAYER_INFORMATION, false, "LLInformation"},
                                   {mih::TLV_MN_MIHF_ID, false, "MNID"},
                                   {mih::TLV_CANDIDATE_LINK_LIST, false, "CandidateLinkList"},
                                   {mih::TLV_CIPHERSUITE_CODE, false, "CiphersuiteCode"},
                                   {mih::TLV_PROTECTED_KEY, false, "KeyDerivationKey"},
                                   {mih::TLV_NONCE, false, "Nonce-T"},
                                   {mih::TLV_NONCE, false, "Nonce-N"},
                                   {mih::TLV_KEY_LIFETIME, false, "SALifeTime"},
                                   {mih::TLV_CHAIN_HOPS, false, "ChainHops"}}};
    return spec;
}

MihParseStatus
MisN2nPreregXferRequest::ValidateParameters() const
{
    if (mnId && !MihfId::IsValid(*mnId))
    {
        return MihParseStatus::BAD_VALUE;
    }
    if ((candidateLinks && candidateLinks->empty()) ||
        (protectedKey && !IsValidProtectedKeySize(*protectedKey)) ||
        (saLifetime && *saLifetime == 0) || (chainHops && *chainHops == 0))
    {
        return MihParseStatus::BAD_VALUE;
    }
    // 5.13.3.21: "Nonce-T, Nonce-N, and the encrypted KeyDerivationKey must all be present, or
    // must all be absent".
    int keySet = int(protectedKey.has_value()) + int(nonceT.has_value()) + int(nonceN.has_value());
    if (keySet != 0 && keySet != 3)
    {
        return MihParseStatus::INCONSISTENT;
    }
    // 5.14.2: the TPoS recovers K with PRF_stpos(MNID, Nonce-T, Nonce-N).
    // ChainHops counts the SAs made from a K: without the key set it means nothing.
    if ((keySet == 3 && !mnId) || (chainHops && keySet != 3))
    {
        return MihParseStatus::INCONSISTENT;
    }
    // 5.12.1.1.2: CandidateLinkList "shall not be included if the target link is known";
    // 5.12.1.2.2: LLInformation "shall be included only if the target link is known".
    if ((targetLink && candidateLinks) || (llInformation && !targetLink))
    {
        return MihParseStatus::INCONSISTENT;
    }
    return MihParseStatus::OK;
}

void
MisN2nPreregXferRequest::WriteParameters(MihTlvWriter& writer) const
{
    WriteOptional(writer, mih::TLV_LINK_IDENTIFIER, targetLink);
    WriteOptional(writer, mih::TLV_LINK_LAYER_INFORMATION, llInformation);
    WriteOptional(writer, mih::TLV_MN_MIHF_ID, mnId);
    WriteOptional(writer, mih::TLV_CANDIDATE_LINK_LIST, candidateLinks);
    WriteOptional(writer, mih::TLV_CIPHERSUITE_CODE, ciphersuite);
    WriteOptional(writer, mih::TLV_PROTECTED_KEY, protectedKey);
    WriteOptional(writer, mih::TLV_NONCE, nonceT);
    WriteOptional(writer, mih::TLV_NONCE, nonceN);
    WriteOptional(writer, mih::TLV_KEY_LIFETIME, saLifetime);
    WriteOptional(writer, mih::TLV_CHAIN_HOPS, chainHops);
}

MihParseStatus
MisN2nPreregXferRequest::ReadParameters(const std::vector<const MihTlv*>& slots)
{
    SlotReader reader(slots);
    reader.Optional(REQ_TARGET_LINK, targetLink, ReadLinkTupleId);
    reader.Optional(REQ_LL_INFORMATION, llInformation, ReadOctets);
    reader.Optional(REQ_MN_ID, mnId, ReadMihfId);
    reader.Optional(REQ_CANDIDATES, candidateLinks, ReadCandidateLinks);
    reader.Optional(REQ_CIPHERSUITE, ciphersuite, ReadU8);
    reader.Optional(REQ_PROTECTED_KEY, protectedKey, ReadProtectedKey);
    reader.Optional(REQ_NONCE_T, nonceT, ReadNonce);
    reader.Optional(REQ_NONCE_N, nonceN, ReadNonce);
    reader.Optional(REQ_SA_LIFETIME, saLifetime, ReadU32);
    reader.Optional(REQ_CHAIN_HOPS, chainHops, ReadU8);
    return reader.GetStatus();
}

void
MisN2nPreregXferRequest::ClearParameters()
{
    targetLink.reset();
    llInformation.reset();
    mnId.reset();
    candidateLinks.reset();
    ciphersuite.reset();
    protectedKey.reset();
    nonceT.reset();
    nonceN.reset();
    saLifetime.reset();
    chainHops.reset();
}

void
MisN2nPreregXferRequest::PrintParameters(std::ostream& os) const
{
    PrintLinkParameters(os, targetLink, llInformation);
    if (mnId)
    {
        os << " mnid=" << *mnId;
    }
    if (candidateLinks)
    {
        os << " candidates=" << candidateLinks->size();
    }
    if (ciphersuite)
    {
        os << " ciphersuite=" << +*ciphersuite;
    }
    if (protectedKey)
    {
        os << " key=" << protectedKey->size() << "o";
    }
    if (nonceT)
    {
        os << " nonce-t";
    }
    if (nonceN)
    {
        os << " nonce-n";
    }
    if (saLifetime)
    {
        os << " sa-lifetime=" << *saLifetime << "s";
    }
    if (chainHops)
    {
        os << " chain-hops=" << +*chainHops;
    }
}

// --- MIS_N2N_Prereg_Xfer Response ----------------------------------------------------------------

TypeId
MisN2nPreregXferResponse::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MisN2nPreregXferResponse")
                            .SetParent<MihMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<MisN2nPreregXferResponse>();
    return tid;
}

TypeId
MisN2nPreregXferResponse::GetInstanceTypeId() const
{
    return GetTypeId();
}

const MihMessage::MessageSpec&
MisN2nPreregXferResponse::GetSpec() const
{
    static const MessageSpec spec{"MIS_N2N_Prereg_Xfer Response",
                                  mih::SID_COMMAND,
                                  mih::OPCODE_RESPONSE,
                                  mih::AID_MIS_N2N_PREREG_XFER,
                                  {{mih::TLV_SOURCE_MIHF_ID, true, "SourceIdentifier"},
                                   {mih::TLV_DESTINATION_MIHF_ID, true, "DestinationIdentifier"},
                                   {mih::TLV_LINK_IDENTIFIER, true, "TargetLinkIdentifier"},
                                   {mih::TLV_LINK_LAYER_INFORMATION, false, "LLInformation"},
                                   {mih::TLV_NAI, false, "MN_NAI"},
                                   {mih::TLV_KEY_LIFETIME, false, "SALifeTime"},
                                   {mih::TLV_NONCE, false, "Nonce-N"},
                                   {mih::TLV_STATUS, true, "Status"}}};
    return spec;
}

MihParseStatus
MisN2nPreregXferResponse::ValidateParameters() const
{
    if (!targetLink)
    {
        return MihParseStatus::MISSING_MANDATORY;
    }
    bool knownStatus = status <= mih::STATUS_NETWORK_ERROR;
    if (!knownStatus || status == mih::STATUS_AUTHORIZATION_FAILURE)
    {
        return MihParseStatus::BAD_VALUE;
    }
    if ((mnNai && !MihfId::IsValid(*mnNai)) || (saLifetime && *saLifetime == 0))
    {
        return MihParseStatus::BAD_VALUE;
    }
    return MihParseStatus::OK;
}

void
MisN2nPreregXferResponse::WriteParameters(MihTlvWriter& writer) const
{
    writer.Write(mih::TLV_LINK_IDENTIFIER, targetLink->Encode());
    WriteOptional(writer, mih::TLV_LINK_LAYER_INFORMATION, llInformation);
    WriteOptional(writer, mih::TLV_NAI, mnNai);
    WriteOptional(writer, mih::TLV_KEY_LIFETIME, saLifetime);
    WriteOptional(writer, mih::TLV_NONCE, nonceN);
    writer.WriteU8(mih::TLV_STATUS, status);
}

MihParseStatus
MisN2nPreregXferResponse::ReadParameters(const std::vector<const MihTlv*>& slots)
{
    SlotReader reader(slots);
    reader.Optional(RSP_TARGET_LINK, targetLink, ReadLinkTupleId); // mandatory slot
    reader.Optional(RSP_LL_INFORMATION, llInformation, ReadOctets);
    reader.Optional(RSP_MN_NAI, mnNai, ReadMihfId);
    reader.Optional(RSP_SA_LIFETIME, saLifetime, ReadU32);
    reader.Optional(RSP_NONCE_N, nonceN, ReadNonce);
    reader.Mandatory(RSP_STATUS, status, ReadU8);
    return reader.GetStatus();
}

void
MisN2nPreregXferResponse::ClearParameters()
{
    targetLink.reset();
    llInformation.reset();
    mnNai.reset();
    saLifetime.reset();
    nonceN.reset();
    status = 0;
}

void
MisN2nPreregXferResponse::PrintParameters(std::ostream& os) const
{
    PrintLinkParameters(os, targetLink, llInformation);
    if (mnNai)
    {
        os << " mn-nai=" << *mnNai;
    }
    if (saLifetime)
    {
        os << " sa-lifetime=" << *saLifetime << "s";
    }
    if (nonceN)
    {
        os << " nonce-n";
    }
    os << " status=" << +status;
}

} // namespace ns3
