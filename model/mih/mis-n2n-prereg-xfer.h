/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIS_N2N_PREREG_XFER_H
#define SECURE_HANDOVER_MIS_N2N_PREREG_XFER_H

#include "mih-message.h"
#include "mih-types.h"

#include <optional>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief MIS_N2N_Prereg_Xfer Request (IEEE P802.21.1 5.13.3.21; primitive 5.12.1.1), SPoS to
 *        TPoS, SID 3, opcode 1, AID 14.
 *
 * TLVs in order: Source MIHF ID (M), Destination MIHF ID (M), TargetLinkIdentifier (O),
 * LLInformation (O), MNID (O, Mobile node MIHF ID TLV 52), CandidateLinkList (O; in primitive
 * 5.12.1.1.2 but not in the 5.13.3.21 list: carried in the primitive's place), CiphersuiteCode
 * (O), Encrypted KeyDerivationKey (O, Protected Key TLV), Nonce-T (O, Nonce TLV), Nonce-N (O,
 * Nonce TLV), SALifeTime (O, KeyLifeTime TLV), ChainHops (O, an extension: the chain of
 * optimised SAs this K makes, 5.14.2 note 4). The two Nonce TLVs are told apart by position.
 * Rules: Nonce-T, Nonce-N and the key are all present or all absent (5.13.3.21); with them the
 * MNID is present (an input of the TPoS mask, 5.14.2); ChainHops (>= 1) only with them;
 * CandidateLinkList is absent when the TargetLinkIdentifier is present (5.12.1.1.2); LLInformation
 * only with a TargetLinkIdentifier (5.12.1.2.2).
 */
class MisN2nPreregXferRequest : public MihMessage
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    std::optional<MihLinkTupleId> targetLink;                  //!< TargetLinkIdentifier
    std::optional<std::vector<uint8_t>> llInformation;         //!< LLInformation
    std::optional<std::string> mnId;                           //!< MNID (MISF_ID)
    std::optional<std::vector<MihLinkPoaList>> candidateLinks; //!< CandidateLinkList
    std::optional<uint8_t> ciphersuite;                        //!< CiphersuiteCode
    std::optional<std::vector<uint8_t>> protectedKey; //!< K for the TPoS: 16 (XOR) or 24 (wrap)
    std::optional<crypto::Nonce16> nonceT;            //!< Nonce-T (from the MN)
    std::optional<crypto::Nonce16> nonceN;            //!< Nonce-N
    std::optional<uint32_t> saLifetime;               //!< SALifeTime in seconds (> 0)
    std::optional<uint8_t> chainHops; //!< extension: optimised SAs in a row with this K (>= 1)

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
 * \brief MIS_N2N_Prereg_Xfer Response (IEEE P802.21.1 primitive 5.12.1.3; the draft has no
 *        5.13.3 message table for it), TPoS to SPoS, SID 3, opcode 2, AID 14.
 *
 * TLVs in order, those of the primitive: Source MIHF ID (M), Destination MIHF ID (M),
 * TargetLinkIdentifier (M: the primitive does not mark it optional), LLInformation (O), MN_NAI
 * (O, NAI TLV), SALifeTime (O, KeyLifeTime TLV), Nonce-N (O, Nonce TLV: only in the reviewer's
 * variant where the TPoS draws Nonce-N, an extension of the primitive), Status (M).
 * Rules: Status is neither 3 (Authorization Failure) nor 6 (TPoS is the SPoS), both "not
 * applicable" (5.12.1.3.2, 5.12.1.4.2).
 */
class MisN2nPreregXferResponse : public MihMessage
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    std::optional<MihLinkTupleId> targetLink;          //!< TargetLinkIdentifier (mandatory)
    std::optional<std::vector<uint8_t>> llInformation; //!< LLInformation
    std::optional<std::string> mnNai;                  //!< MN_NAI assigned by the target network
    std::optional<uint32_t> saLifetime;                //!< SALifeTime in seconds (> 0)
    std::optional<crypto::Nonce16> nonceN; //!< Nonce-N drawn by the TPoS (reviewer's variant)
    uint8_t status{0};                     //!< Status (mih::STATUS_*)

  protected:
    const MessageSpec& GetSpec() const override;
    void WriteParameters(MihTlvWriter& writer) const override;
    MihParseStatus ReadParameters(const std::vector<const MihTlv*>& slots) override;
    MihParseStatus ValidateParameters() const override;
    void ClearParameters() override;
    void PrintParameters(std::ostream& os) const override;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIS_N2N_PREREG_XFER_H */
