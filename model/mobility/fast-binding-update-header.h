/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_FAST_BINDING_UPDATE_HEADER_H
#define SECURE_HANDOVER_FAST_BINDING_UPDATE_HEADER_H

#include "mobility-header.h"

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Fast Binding Update, FBU (RFC 5568 6.3.1), MH Type 8.
 *
 * Message data (6 octets), as the Binding Update of RFC 6275 6.1.7: Sequence # (16) | A | H |
 * L | K | Reserved (12) | Lifetime (16, units of 4 s). Options: Alternate CoA (the NCoA) and
 * the BADF option, which must be the last option. BADF is mandatory unless SetBadfRequired
 * (false) is called before decoding (the unauthenticated "fmipv6-open" baseline).
 */
class FastBindingUpdateHeader : public MobilityHeader
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    FastBindingUpdateHeader();

    /** \param sequence the Sequence # */
    void SetSequence(uint16_t sequence);
    /** \return the Sequence # */
    uint16_t GetSequence() const;
    /**
     * \param flags the A, H, L, K flags and 12 reserved bits, as the 16-bit word on the wire
     *        (A = 0x8000, H = 0x4000, L = 0x2000, K = 0x1000)
     */
    void SetFlags(uint16_t flags);
    /** \return the flags word */
    uint16_t GetFlags() const;
    /** \param lifetime the Lifetime in units of 4 seconds */
    void SetLifetime(uint16_t lifetime);
    /** \return the Lifetime in units of 4 seconds */
    uint16_t GetLifetime() const;
    /** \param required whether decoding requires the BADF option (default true) */
    void SetBadfRequired(bool required);

    static constexpr uint16_t FLAG_A = 0x8000; //!< Acknowledge
    static constexpr uint16_t FLAG_H = 0x4000; //!< Home Registration
    static constexpr uint16_t FLAG_L = 0x2000; //!< Link-Local Address Compatibility
    static constexpr uint16_t FLAG_K = 0x1000; //!< Key Management Mobility Capability

  protected:
    void SerializeMessageData(Buffer::Iterator& i) const override;
    MhParseStatus DeserializeMessageData(Buffer::Iterator& i) override;
    MhParseStatus CheckOptions() const override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    uint16_t m_sequence; //!< Sequence #
    uint16_t m_flags;    //!< flags and reserved bits
    uint16_t m_lifetime; //!< Lifetime
    bool m_badfRequired; //!< decoding requires BADF
};

/**
 * \brief The BADF rule shared by FBU and FBack: present unless not required, and last.
 * \param header the decoded message
 * \param required whether BADF is required
 * \param lastIndex the index of the last non-padding option (-1 if none)
 * \return OK, MISSING_MANDATORY or MISPLACED
 */
MhParseStatus CheckBadfPlacement(const MobilityHeader& header, bool required, int lastIndex);

} // namespace ns3

#endif /* SECURE_HANDOVER_FAST_BINDING_UPDATE_HEADER_H */
