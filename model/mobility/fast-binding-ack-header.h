/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_FAST_BINDING_ACK_HEADER_H
#define SECURE_HANDOVER_FAST_BINDING_ACK_HEADER_H

#include "mobility-header.h"

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Fast Binding Acknowledgment, FBack (RFC 5568 6.3.2), MH Type 9.
 *
 * Message data (6 octets): Status (8) | K (1) | Reserved (7) | Sequence # (16) | Lifetime (16).
 * Options: Alternate CoA (an NCoA supplied by the NAR) and BADF, last; BADF is mandatory unless
 * SetBadfRequired(false).
 */
class FastBindingAckHeader : public MobilityHeader
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    FastBindingAckHeader();

    /** \param status the Status (mip6::FBACK_ACCEPTED, ...) */
    void SetStatus(uint8_t status);
    /** \return the Status */
    uint8_t GetStatus() const;
    /** \param flags the K flag (0x80) and reserved bits, as the octet on the wire */
    void SetFlags(uint8_t flags);
    /** \return the flags octet */
    uint8_t GetFlags() const;
    /** \param sequence the Sequence # (copied from the FBU) */
    void SetSequence(uint16_t sequence);
    /** \return the Sequence # */
    uint16_t GetSequence() const;
    /** \param lifetime the Lifetime in units of 4 seconds */
    void SetLifetime(uint16_t lifetime);
    /** \return the Lifetime */
    uint16_t GetLifetime() const;
    /** \param required whether decoding requires the BADF option (default true) */
    void SetBadfRequired(bool required);

  protected:
    void SerializeMessageData(Buffer::Iterator& i) const override;
    MhParseStatus DeserializeMessageData(Buffer::Iterator& i) override;
    MhParseStatus CheckOptions() const override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    uint8_t m_status;    //!< Status
    uint8_t m_flags;     //!< K flag and reserved bits
    uint16_t m_sequence; //!< Sequence #
    uint16_t m_lifetime; //!< Lifetime
    bool m_badfRequired; //!< decoding requires BADF
};

} // namespace ns3

#endif /* SECURE_HANDOVER_FAST_BINDING_ACK_HEADER_H */
