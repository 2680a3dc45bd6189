/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_ACK_HEADER_H
#define SECURE_HANDOVER_HANDOVER_ACK_HEADER_H

#include "mobility-header.h"

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Handover Acknowledge, HAck (RFC 5568 6.2.2), MH Type 15, from the NAR to the PAR.
 *
 * Message data (4 octets): Sequence # (16) | Reserved (8) | Code (8). Options: the NCoA the
 * NAR assigned (MH IPv6 Address option, Option-Code 2), when it assigned one.
 */
class HandoverAckHeader : public MobilityHeader
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    HandoverAckHeader();

    /** \param sequence the Sequence # (copied from the HI) */
    void SetSequence(uint16_t sequence);
    /** \return the Sequence # */
    uint16_t GetSequence() const;
    /** \param code the Code (mip6::HACK_ACCEPTED_NCOA_VALID, ...) */
    void SetCode(uint8_t code);
    /** \return the Code */
    uint8_t GetCode() const;
    /** \return the Reserved octet as decoded */
    uint8_t GetDataReserved() const;

  protected:
    void SerializeMessageData(Buffer::Iterator& i) const override;
    MhParseStatus DeserializeMessageData(Buffer::Iterator& i) override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    uint16_t m_sequence;    //!< Sequence #
    uint8_t m_dataReserved; //!< Reserved
    uint8_t m_code;         //!< Code
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_ACK_HEADER_H */
