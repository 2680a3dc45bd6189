/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_UNSOLICITED_NEIGHBOR_ADVERTISEMENT_HEADER_H
#define SECURE_HANDOVER_UNSOLICITED_NEIGHBOR_ADVERTISEMENT_HEADER_H

#include "nd-option.h"

#include "ns3/header.h"
#include "ns3/ipv6-address.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <vector>

namespace ns3
{

class Packet;

/**
 * \ingroup secure-handover
 * \brief The Unsolicited Neighbor Advertisement, UNA, that an MN sends to the NAR on arrival
 *        (RFC 5568 6.3.3): an ICMPv6 Neighbor Advertisement (RFC 4861 4.4, type 136) for the
 *        NCoA. Type | Code 0 | Checksum | R | S | O | Reserved (29) | Target Address | options.
 *
 * Strict decoding: Code 0, S flag clear (the advertisement is unsolicited), and a Target
 * Link-layer Address option (the MN's new link-layer address) present. The O flag is set by
 * default (RFC 4861 7.2.6) and left to the agents.
 */
class UnsolicitedNeighborAdvertisementHeader : public Header
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    UnsolicitedNeighborAdvertisementHeader();

    static constexpr uint32_t FLAG_R = 0x80000000; //!< Router
    static constexpr uint32_t FLAG_S = 0x40000000; //!< Solicited
    static constexpr uint32_t FLAG_O = 0x20000000; //!< Override

    /** \param flags the R, S, O flags and reserved bits, as the 32-bit word on the wire */
    void SetFlags(uint32_t flags);
    /** \return the flags word */
    uint32_t GetFlags() const;
    /** \param target the Target Address (the NCoA) */
    void SetTarget(const Ipv6Address& target);
    /** \return the Target Address */
    Ipv6Address GetTarget() const;
    /** \param lla the Target Link-layer Address to announce (replaces any) */
    void SetTargetLinkLayerAddress(const std::vector<uint8_t>& lla);
    /** \param option an ND option to append */
    void AddOption(const NdOption& option);
    /** \return the ND options */
    const std::vector<NdOption>& GetOptions() const;
    /** \return the Checksum field */
    uint16_t GetChecksum() const;

    /**
     * \brief Strict decoding of exactly one UNA.
     * \param data the octets
     * \param size their number
     * \return OK or the first defect
     */
    MhParseStatus Parse(const uint8_t* data, std::size_t size);
    /**
     * \brief Strict decoding of a packet holding exactly a UNA, and checksum check.
     * \param packet the ICMPv6 message
     * \param source the IPv6 source address
     * \param destination the IPv6 destination address
     * \return OK, a decoding defect or BAD_CHECKSUM
     */
    MhParseStatus ParseAndVerify(Ptr<const Packet> packet,
                                 const Ipv6Address& source,
                                 const Ipv6Address& destination);
    /** \return the status of the last decoding */
    MhParseStatus GetParseStatus() const;
    /**
     * \brief Computes and stores the ICMPv6 checksum.
     * \param source the IPv6 source address
     * \param destination the IPv6 destination address
     */
    void UpdateChecksum(const Ipv6Address& source, const Ipv6Address& destination);
    /** \return the octets as Serialize writes them */
    std::vector<uint8_t> ToBytes() const;

    uint32_t GetSerializedSize() const override;
    void Serialize(Buffer::Iterator start) const override;
    uint32_t Deserialize(Buffer::Iterator start) override;
    void Print(std::ostream& os) const override;

  private:
    uint16_t m_checksum;             //!< Checksum
    uint32_t m_flags;                //!< R, S, O, reserved
    Ipv6Address m_target;            //!< Target Address
    std::vector<NdOption> m_options; //!< ND options
    MhParseStatus m_parseStatus;     //!< status of the last decoding
};

} // namespace ns3

#endif /* SECURE_HANDOVER_UNSOLICITED_NEIGHBOR_ADVERTISEMENT_HEADER_H */
