/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_PKM_MESSAGES_H
#define SECURE_HANDOVER_DOT16_PKM_MESSAGES_H

#include "dot16-management-message.h"
#include "dot16-sa-tek-update.h"

#include <optional>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief PKMv2 message codes this module sends (802.16-2009 Table 6-24x; Wireshark msg_pkm.c).
 */
enum class Dot16PkmCode : uint8_t
{
    SA_TEK_CHALLENGE = 20, //!< PKMv2 SA-TEK-Challenge (PKM-RSP, BS to MS)
    SA_TEK_REQUEST = 21,   //!< PKMv2 SA-TEK-Request (PKM-REQ, MS to BS)
    SA_TEK_RESPONSE = 22,  //!< PKMv2 SA-TEK-Response (PKM-RSP)
    KEY_REQUEST = 23,      //!< PKMv2 Key-Request (PKM-REQ)
    KEY_REPLY = 24         //!< PKMv2 Key-Reply (PKM-RSP)
};

/**
 * \ingroup secure-handover
 * \brief A PKMv2 message: PKM-REQ (type 9) or PKM-RSP (type 10) || Code (8 bits) ||
 *        PKM Identifier (8 bits) || PKM attributes (TLVs) || CMAC-Digest (attribute 40).
 *
 * Attributes (PKM attribute numbers, Wireshark wimax_mac.h PKM_ATTR_*): 10 Key-Sequence-Number
 * (the AK sequence number, 8 bits), 12 SAID (16), 13 TEK-Parameters (compound,
 * Dot16TekParameters; up to two: older then newer), 29 PKMv2 Nonce (64 bits), 33 MS_Random
 * (64 bits), 34 BS_Random (64 bits), 45 AKID (64 bits), and last 40 CMAC-Digest
 * (CMAC_PN || CMAC value; Dot16CmacFormat::PKM_CMAC_DIGEST). Mandatory per code:
 * - SA-TEK-Challenge: BS_Random, Key-Sequence-Number, AKID;
 * - SA-TEK-Request: MS_Random, BS_Random, Key-Sequence-Number, AKID;
 * - SA-TEK-Response: MS_Random, BS_Random, Key-Sequence-Number, AKID (SAID and
 *   TEK-Parameters optional: the module's place for the legacy TEK delivery);
 * - Key-Request: Key-Sequence-Number, SAID, Nonce;
 * - Key-Reply: Key-Sequence-Number, SAID, one or two TEK-Parameters, Nonce;
 * and for every code the CMAC-Digest (a decode without it is MISSING_MANDATORY).
 */
class Dot16PkmMessage : public Dot16ManagementMessage
{
  public:
    /// Attribute: Key-Sequence-Number.
    static constexpr uint8_t ATTR_KEY_SEQUENCE_NUMBER = 10;
    /// Attribute: SAID.
    static constexpr uint8_t ATTR_SAID = 12;
    /// Attribute: TEK-Parameters.
    static constexpr uint8_t ATTR_TEK_PARAMETERS = 13;
    /// Attribute: PKMv2 Nonce.
    static constexpr uint8_t ATTR_NONCE = 29;
    /// Attribute: MS_Random (SS_RANDOM).
    static constexpr uint8_t ATTR_MS_RANDOM = 33;
    /// Attribute: BS_Random.
    static constexpr uint8_t ATTR_BS_RANDOM = 34;
    /// Attribute: AKID.
    static constexpr uint8_t ATTR_AKID = 45;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    /**
     * \param code the PKM code (its management type follows from it)
     */
    explicit Dot16PkmMessage(Dot16PkmCode code = Dot16PkmCode::SA_TEK_CHALLENGE);

    uint8_t GetManagementType() const override;
    Dot16CmacFormat GetCmacFormat() const override;
    void Print(std::ostream& os) const override;

    /**
     * \param code a PKM code
     * \return PKM-REQ (9) for requests, PKM-RSP (10) for the others
     */
    static uint8_t ManagementTypeOf(Dot16PkmCode code);

    Dot16PkmCode code;                             //!< PKM code
    uint8_t identifier{0};                         //!< PKM Identifier (matches REQ and RSP)
    std::optional<uint8_t> keySequence;            //!< attribute 10
    std::optional<uint16_t> said;                  //!< attribute 12
    std::vector<Dot16TekParameters> tekParameters; //!< attribute 13 (0..2)
    std::optional<crypto::Octets<8>> nonce;        //!< attribute 29
    std::optional<crypto::Octets<8>> msRandom;     //!< attribute 33
    std::optional<crypto::Octets<8>> bsRandom;     //!< attribute 34
    std::optional<crypto::Akid> akid;              //!< attribute 45
    std::vector<Dot16Tlv> otherAttributes;         //!< attributes not interpreted

  protected:
    void EncodeBody(crypto::Bytes& out) const override;
    Dot16ParseStatus DecodeBody(uint8_t type, crypto::ByteView body) override;
    bool AcceptsManagementType(uint8_t type) const override;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_PKM_MESSAGES_H */
