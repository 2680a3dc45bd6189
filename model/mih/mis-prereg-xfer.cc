/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mis-prereg-xfer.h"

#include "mih-constants.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MisPreregXfer");

NS_OBJECT_ENSURE_REGISTERED(MisPreregXferRequest);
NS_OBJECT_ENSURE_REGISTERED(MisPreregXferResponse);

namespace
{

/// Slot indices of the request (after Source = 0 and Destination = 1).
enum RequestSlot : std::size_t
{
    REQ_TARGET_LINK = 2,
    REQ_LL_INFORMATION,
    REQ_TPOS_ID,
    REQ_CANDIDATES,
    REQ_CIPHERSUITE,
    REQ_NONCE_T
};

/// Slot indices of the response.
enum ResponseSlot : std::size_t
{
    RSP_TARGET_LINK = 2,
    RSP_LL_INFORMATION,
    RSP_MN_NAI,
    RSP_TPOS_ID,
    RSP_PROTECTED_KEY,
    RSP_NONCE_N,
    RSP_SA_LIFETIME,
    RSP_STATUS
};

/**
 * \param status a Status value
 * \return true if 802.21 names it (0-4, 6)
 */
bool
IsKnownStatus(uint8_t status)
{
    return status <= mih::STATUS_NETWORK_ERROR || status == mih::STATUS_TPOS_IS_SPOS;
}

} // namespace

// --- MIS_Prereg_Xfer Request ---------------------------------------------------------------------

TypeId
MisPreregXferRequest::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MisPreregXferRequest")
                            .SetParent<MihMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<MisPreregXferRequest>();
    return tid;
}

TypeId
MisPreregXferRequest::GetInstanceTypeId() const
{
    return GetTypeId();
}

const MihMessage::MessageSpec&
MisPreregXferRequest::GetSpec() const
{
    static const MessageSpec spec{"MIS_Prereg_Xfer Request",
                                  mih::SID_COMMAND,
                                  mih::OPCODE_REQUEST,
                                  mih::AID_MIS_PREREG_XFER,
                                  {{mih::TLV_SOURCE_MIHF_ID, true, "SourceIdentifier"},
                                   {mih::TLV_DESTINATION_MIHF_ID, true, "DestinationIdentifier"},
                                   {mih::TLV_LINK_IDENTIFIER, false, "TargetLinkIdentifier"},
                                   {mih::TLV_LINK_LAYER_INFORMATION, false, "LLInformation"},
                                   {mih::TLV_TPOS_IDENTIFIER, false, "TPoSIdentifier"},
                                   {mih::TLV_CANDIDATE_LINK_LIST, false, "CandidateLinkList"},
                                   {mih::TLV_CIPHERSUITE_CODE, false, "CiphersuiteCode"},
                                   {mih::TLV_NONCE, false, "Nonce-T"}}};
    return spec;
}

MihParseStatus
MisPreregXferRequest::ValidateParameters() const
{
    if (tposId && !MihfId::IsValid(*tposId))
    {
        return MihParseStatus::BAD_VALUE;
    }
    if (candidateLinks && candidateLinks->empty())
    {
        return MihParseStatus::BAD_VALUE;
    }
    return MihParseStatus::OK;
}

void
MisPreregXferRequest::WriteParameters(MihTlvWriter& writer) const
{
    WriteOptional(writer, mih::TLV_LINK_IDENTIFIER, targetLink);
    WriteOptional(writer, mih::TLV_LINK_LAYER_INFORMATION, llInformation);
    WriteOptional(writer, mih::TLV_TPOS_IDENTIFIER, tposId);
    WriteOptional(writer, mih::TLV_CANDIDATE_LINK_LIST, candidateLinks);
    WriteOptional(writer, mih::TLV_CIPHERSUITE_CODE, ciphersuite);
    WriteOptional(writer, mih::TLV_NONCE, nonceT);
}

MihParseStatus
MisPreregXferRequest::ReadParameters(const std::vector<const MihTlv*>& slots)
{
    SlotReader reader(slots);
    reader.Optional(REQ_TARGET_LINK, targetLink, ReadLinkTupleId);
    reader.Optional(REQ_LL_INFORMATION, llInformation, ReadOctets);
    reader.Optional(REQ_TPOS_ID, tposId, ReadMihfId);
    reader.Optional(REQ_CANDIDATES, candidateLinks, ReadCandidateLinks);
    reader.Optional(REQ_CIPHERSUITE, ciphersuite, ReadU8);
    reader.Optional(REQ_NONCE_T, nonceT, ReadNonce);
    return reader.GetStatus();
}

void
MisPreregXferRequest::ClearParameters()
{
    targetLink.reset();
    llInformation.reset();
    tposId.reset();
    candidateLinks.reset();
    ciphersuite.reset();
    nonceT.reset();
}

void
MisPreregXferRequest::PrintParameters(std::ostream& os) const
{
    PrintLinkParameters(os, targetLink, llInformation);
    if (tposId)
    {
        os << " tpos=" << *tposId;
    }
    if (candidateLinks)
    {
        os << " candidates=" << candidateLinks->size();
    }
    if (ciphersuite)
    {
        os << " ciphersuite=" << +*ciphersuite;
    }
    if (nonceT)
    {
        os << " nonce-t";
    }
}

// --- MIS_Prereg_Xfer Response --------------------------------------------------------------------

TypeId
MisPreregXferResponse::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MisPreregXferResponse")
                            .SetParent<MihMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<MisPreregXferResponse>();
    return tid;
}

TypeId
MisPreregXferResponse::GetInstanceTypeId() const
{
    return GetTypeId();
}

const MihMessage::MessageSpec&
MisPreregXferResponse::GetSpec() const
{
    static const MessageSpec spec{"MIS_Prereg_Xfer Response",
                                  mih::SID_COMMAND,
                                  mih::OPCODE_RESPONSE,
                                  mih::AID_MIS_PREREG_XFER,
                                  {{mih::TLV_SOURCE_MIHF_ID, true, "SourceIdentifier"},
                                   {mih::TLV_DESTINATION_MIHF_ID, true, "DestinationIdentifier"},
                                   {mih::TLV_LINK_IDENTIFIER, false, "TargetLinkIdentifier"},
                                   {mih::TLV_LINK_LAYER_INFORMATION, false, "LLInformation"},
                                   {mih::TLV_NAI, false, "MN_NAI"},
                                   {mih::TLV_TPOS_IDENTIFIER, false, "TPoSIdentifier"},
                                   {mih::TLV_PROTECTED_KEY, false, "KeyDerivationKey"},
                                   {mih::TLV_NONCE, false, "Nonce-N"},
                                   {mih::TLV_KEY_LIFETIME, false, "SALifeTime"},
                                   {mih::TLV_STATUS, true, "Status"}}};
    return spec;
}

MihParseStatus
MisPreregXferResponse::ValidateParameters() const
{
    if (!IsKnownStatus(status) || status == mih::STATUS_AUTHORIZATION_FAILURE)
    {
        return MihParseStatus::BAD_VALUE;
    }
    if ((mnNai && !MihfId::IsValid(*mnNai)) || (tposId && !MihfId::IsValid(*tposId)))
    {
        return MihParseStatus::BAD_VALUE;
    }
    if ((protectedKey && !IsValidProtectedKeySize(*protectedKey)) ||
        (saLifetime && *saLifetime == 0))
    {
        return MihParseStatus::BAD_VALUE;
    }
    if (protectedKey.has_value() != nonceN.has_value())
    {
        return MihParseStatus::INCONSISTENT;
    }
    if (saLifetime && !protectedKey)
    {
        return MihParseStatus::INCONSISTENT;
    }
    if (protectedKey && (!tposId || status != mih::STATUS_SUCCESS))
    {
        return MihParseStatus::INCONSISTENT;
    }
    return MihParseStatus::OK;
}

void
MisPreregXferResponse::WriteParameters(MihTlvWriter& writer) const
{
    WriteOptional(writer, mih::TLV_LINK_IDENTIFIER, targetLink);
    WriteOptional(writer, mih::TLV_LINK_LAYER_INFORMATION, llInformation);
    WriteOptional(writer, mih::TLV_NAI, mnNai);
    WriteOptional(writer, mih::TLV_TPOS_IDENTIFIER, tposId);
    WriteOptional(writer, mih::TLV_PROTECTED_KEY, protectedKey);
    WriteOptional(writer, mih::TLV_NONCE, nonceN);
    WriteOptional(writer, mih::TLV_KEY_LIFETIME, saLifetime);
    writer.WriteU8(mih::TLV_STATUS, status);
}

MihParseStatus
MisPreregXferResponse::ReadParameters(const std::vector<const MihTlv*>& slots)
{
    SlotReader reader(slots);
    reader.Optional(RSP_TARGET_LINK, targetLink, ReadLinkTupleId);
    reader.Optional(RSP_LL_INFORMATION, llInformation, ReadOctets);
    reader.Optional(RSP_MN_NAI, mnNai, ReadMihfId);
    reader.Optional(RSP_TPOS_ID, tposId, ReadMihfId);
    reader.Optional(RSP_PROTECTED_KEY, protectedKey, ReadProtectedKey);
    reader.Optional(RSP_NONCE_N, nonceN, ReadNonce);
    reader.Optional(RSP_SA_LIFETIME, saLifetime, ReadU32);
    reader.Mandatory(RSP_STATUS, status, ReadU8);
    return reader.GetStatus();
}

void
MisPreregXferResponse::ClearParameters()
{
    targetLink.reset();
    llInformation.reset();
    mnNai.reset();
    tposId.reset();
    protectedKey.reset();
    nonceN.reset();
    saLifetime.reset();
    status = 0;
}

void
MisPreregXferResponse::PrintParameters(std::ostream& os) const
{
    PrintLinkParameters(os, targetLink, llInformation);
    if (mnNai)
    {
        os << " mn-nai=" << *mnNai;
    }
    if (tposId)
    {
        os << " tpos=" << *tposId;
    }
    if (protectedKey)
    {
        os << " key=" << protectedKey->size() << "o";
    }
    if (nonceN)
    {
        os << " nonce-n";
    }
    if (saLifetime)
    {
        os << " sa-lifetime=" << *saLifetime << "s";
    }
    os << " status=" << +status;
}

} // namespace ns3
