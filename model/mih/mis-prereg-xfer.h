/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIS_PREREG_XFER_H
#define SECURE_HANDOVER_MIS_PREREG_XFER_H

#include "mih-message.h"
#include "mih-types.h"

#include <optional>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief MIS_Prereg_Xfer Request (IEEE P802.21.1 5.13.3.19; primitive 5.11.12.1), MN to SPoS,
 *        SID 3, opcode 1, AID 13.
 *
 * TLVs in order (M = mandatory, O = optional): Source MIHF ID (M), Destination MIHF ID (M),
 * TargetLinkIdentifier (O, Link Identifier TLV 13), LLInformation (O), TPoSIdentifier (O),
 * CandidateLinkList (O), CiphersuiteCode (O), Nonce-T (O, Nonce TLV).
 * Rules: a CandidateLinkList, when present, is not empty.
 */
class MisPreregXferRequest : public MihMessage
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    std::optional<MihLinkTupleId> targetLink;          //!< TargetLinkIdentifier
    std::optional<std::vector<uint8_t>> llInformation; //!< LLInformation (link-layer frames)
    std::optional<std::string> tposId;                 //!< TPoSIdentifier (MISF_ID)
    std::optional<std::vector<MihLinkPoaList>> candidateLinks; //!< CandidateLinkList
    std::optional<uint8_t> ciphersuite;                        //!< CiphersuiteCode
    std::optional<crypto::Nonce16> nonceT;                     //!< Nonce-T: the MN asks for an SA

  protected:
    const MessageSpec& GetSpec() const override;
    void WriteParameters(MihTlvWriter& writer) const override;
    MihParseStatus ReadParameters(const std::vector<const MihTlv*>& slots) override;
    MihParseStatus ValidateParameters() const override;
    void ClearParameters() override;
    void PrintParameters(std::ostream& os) const override;
};

/**
 * \ingroup secure-handover
 * \brief MIS_Prereg_Xfer Response (IEEE P802.21.1 5.13.3.20; primitive 5.11.12.3), SPoS to MN,
 *        SID 3, opcode 2, AID 13.
 *
 * TLVs in order: Source MIHF ID (M), Destination MIHF ID (M), TargetLinkIdentifier (O),
 * LLInformation (O), MN_NAI (O, NAI TLV), TPoSIdentifier (O), Encrypted KeyDerivationKey (O,
 * Protected Key TLV), Nonce-N (O, Nonce TLV), SALifeTime (O, KeyLifeTime TLV), Status (M).
 * Rules: the Protected Key and Nonce-N are both present or both absent; SALifeTime only with
 * them (5.13.3.20: "SALifetime, KeyDerivationKey, and Nonce-N are not sent unless ..."); with the
 * key, the TPoSIdentifier is present (it is an input of the MN's mask, 5.14.2) and Status is
 * Success; Status is never 3 (Authorization Failure, "not applicable", 5.11.12.3.2).
 */
class MisPreregXferResponse : public MihMessage
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    std::optional<MihLinkTupleId> targetLink;          //!< TargetLinkIdentifier
    std::optional<std::vector<uint8_t>> llInformation; //!< LLInformation
    std::optional<std::string> mnNai;                  //!< MN_NAI (MISF_ID)
    std::optional<std::string> tposId;                 //!< TPoSIdentifier (MISF_ID)
    std::optional<std::vector<uint8_t>> protectedKey;  //!< K for the MN: 16 (XOR) or 24 (wrap)
    std::optional<crypto::Nonce16> nonceN;             //!< Nonce-N
    std::optional<uint32_t> saLifetime;                //!< SALifeTime in seconds (> 0)
    uint8_t status{0};                                 //!< Status (mih::STATUS_*)

  protected:
    const MessageSpec& GetSpec() const override;
    void WriteParameters(MihTlvWriter& writer) const override;
    MihParseStatus ReadParameters(const std::vector<const MihTlv*>& slots) override;
    MihParseStatus ValidateParameters() const override;
    void ClearParameters() override;
    void PrintParameters(std::ostream& os) const override;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIS_PREREG_XFER_H */
