/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_INITIATE_HEADER_H
#define SECURE_HANDOVER_HANDOVER_INITIATE_HEADER_H

#include "mobility-header.h"

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Handover Initiate, HI (RFC 5568 6.2.1), MH Type 14, from the PAR to the NAR.
 *
 * Message data (4 octets): Sequence # (16) | S (1) | U (1) | Reserved (6) | Code (8). Options:
 * the MN's previous CoA (MH IPv6 Address option, Option-Code 1; mandatory), its NCoA
 * (Option-Code 2) and its link-layer address (MH-LLA, Option-Code 2).
 */
class HandoverInitiateHeader : public MobilityHeader
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    HandoverInitiateHeader();

    static constexpr uint8_t FLAG_S = 0x80; //!< assigned address configuration
    static constexpr uint8_t FLAG_U = 0x40; //!< buffer packets for the MN

    /** \param sequence the Sequence # */
    void SetSequence(uint16_t sequence);
    /** \return the Sequence # */
    uint16_t GetSequence() const;
    /** \param flags the S, U flags and reserved bits, as the octet on the wire */
    void SetFlags(uint8_t flags);
    /** \return the flags octet */
    uint8_t GetFlags() const;
    /** \param code the Code (mip6::HI_CODE_FBU_FROM_PCOA, ...) */
    void SetCode(uint8_t code);
    /** \return the Code */
    uint8_t GetCode() const;

  protected:
    void SerializeMessageData(Buffer::Iterator& i) const override;
    MhParseStatus DeserializeMessageData(Buffer::Iterator& i) override;
    MhParseStatus CheckOptions() const override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    uint16_t m_sequence; //!< Sequence #
    uint8_t m_flags;     //!< S, U, reserved
    uint8_t m_code;      //!< Code
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_INITIATE_HEADER_H */
