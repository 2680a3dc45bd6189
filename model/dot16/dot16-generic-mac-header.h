/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_GENERIC_MAC_HEADER_H
#define SECURE_HANDOVER_DOT16_GENERIC_MAC_HEADER_H

#include "dot16-tlv.h"

#include "ns3/crypto-types.h"
#include "ns3/header.h"

#include <cstdint>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief The 6-octet 802.16 generic MAC header (GMH, 802.16-2009 6.3.2.1.1).
 *
 * Octet 0: HT (1 bit, 0 for the GMH) | EC (1) | Type (6);
 * octet 1: ESF (1) | CI (1) | EKS (2) | reserved (1) | LEN bits 10..8 (3);
 * octet 2: LEN bits 7..0; octets 3-4: CID (big-endian); octet 5: HCS.
 * LEN counts the whole MAC PDU, header included. HCS is the CRC-8 with generator
 * x^8 + x^2 + x + 1 (0x07), initial value 0, no reflection, no final XOR, over octets 0..4
 * (as Wireshark's WiMAX plugin checks it, crc.c wimax_mac_calc_crc8).
 *
 * Serialize always computes the HCS; Deserialize records whether the received one matched
 * (IsHcsValid). The checked decoders (Decode, DecodePdu) report BAD_HCS instead.
 */
class Dot16GenericMacHeader : public Header
{
  public:
    /// Size of the GMH in octets.
    static constexpr uint32_t SIZE = 6;
    /// Largest value of the 11-bit LEN field.
    static constexpr uint16_t MAX_LENGTH = 0x7FF;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    Dot16GenericMacHeader();

    void Serialize(Buffer::Iterator start) const override;
    uint32_t Deserialize(Buffer::Iterator start) override;
    uint32_t GetSerializedSize() const override;
    void Print(std::ostream& os) const override;

    /**
     * \brief The HCS: CRC-8, polynomial 0x07, initial value 0 (a checksum, computed bit by bit).
     * \param data the octets (for the GMH, its first five octets)
     * \param size number of octets
     * \return the CRC-8
     */
    static uint8_t ComputeHcs(const uint8_t* data, std::size_t size);

    /**
     * \return the six octets of the header, HCS computed
     */
    crypto::Bytes Encode() const;

    /**
     * \brief Checked decode of the first six octets of a MAC PDU.
     * \param octets at least six octets
     * \param header receives the fields
     * \return OK, TRUNCATED (fewer than 6 octets), UNEXPECTED_TYPE (HT = 1: not a GMH),
     *         BAD_HCS, or BAD_LENGTH (LEN below 6)
     */
    static Dot16ParseStatus Decode(crypto::ByteView octets, Dot16GenericMacHeader& header);

    /**
     * \brief Checked decode of a whole MAC PDU: the GMH, then LEN against the PDU's size.
     *
     * The CRC-32 trailer (CI = 1) and encrypted payloads (EC = 1) are passed through: for
     * CI = 1 the payload excludes the four CRC octets, which are not checked here.
     *
     * \param pdu the MAC PDU
     * \param header receives the GMH
     * \param payload receives a view of the payload (into pdu)
     * \return Decode's statuses, TRUNCATED if LEN exceeds the PDU, OVERLONG if the PDU has
     *         octets beyond LEN, BAD_LENGTH if CI = 1 and LEN leaves no room for the CRC
     */
    static Dot16ParseStatus DecodePdu(crypto::ByteView pdu,
                                      Dot16GenericMacHeader& header,
                                      crypto::ByteView& payload);

    /**
     * \brief Build a MAC PDU: this header with LEN = 6 + payload size, then the payload.
     * \param payload the payload (at most 2041 octets)
     * \return the PDU
     */
    crypto::Bytes EncodePdu(crypto::ByteView payload) const;

    /** \param ec the Encryption Control bit */
    void SetEncryptionControl(bool ec);
    /** \return the Encryption Control bit */
    bool GetEncryptionControl() const;
    /** \param type the 6-bit Type field (subheader indications) */
    void SetType(uint8_t type);
    /** \return the 6-bit Type field */
    uint8_t GetType() const;
    /** \param esf the Extended Subheader Field bit */
    void SetExtendedSubheader(bool esf);
    /** \return the Extended Subheader Field bit */
    bool GetExtendedSubheader() const;
    /** \param ci the CRC Indicator bit */
    void SetCrcIndicator(bool ci);
    /** \return the CRC Indicator bit */
    bool GetCrcIndicator() const;
    /** \param eks the 2-bit Encryption Key Sequence */
    void SetEks(uint8_t eks);
    /** \return the 2-bit Encryption Key Sequence */
    uint8_t GetEks() const;
    /** \param length LEN: the PDU length including the header (6..2047) */
    void SetLength(uint16_t length);
    /** \return LEN */
    uint16_t GetLength() const;
    /** \param cid the connection identifier */
    void SetCid(uint16_t cid);
    /** \return the connection identifier */
    uint16_t GetCid() const;
    /** \return the HCS as received (after Deserialize/Decode) or as it would be sent */
    uint8_t GetHcs() const;
    /** \return false if the last Deserialize read a header whose HCS did not match */
    bool IsHcsValid() const;

  private:
    /**
     * \param out receives the first five octets
     */
    void EncodeFirstFive(uint8_t out[5]) const;

    bool m_ec;          //!< Encryption Control
    uint8_t m_type;     //!< Type (6 bits)
    bool m_esf;         //!< Extended Subheader Field
    bool m_ci;          //!< CRC Indicator
    uint8_t m_eks;      //!< Encryption Key Sequence (2 bits)
    bool m_reserved;    //!< the reserved bit as received
    uint16_t m_length;  //!< LEN (11 bits)
    uint16_t m_cid;     //!< CID
    uint8_t m_hcs;      //!< HCS as received
    bool m_hcsValid;    //!< whether the received HCS matched
    bool m_htSignaling; //!< HT was 1 on receive (not a GMH)
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_GENERIC_MAC_HEADER_H */
