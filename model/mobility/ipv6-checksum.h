/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_IPV6_CHECKSUM_H
#define SECURE_HANDOVER_IPV6_CHECKSUM_H

#include "ns3/ipv6-address.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief The Internet checksum (RFC 1071) of an IPv6 upper-layer message with the IPv6
 *        pseudo-header of RFC 8200 section 8.1 (source, destination, upper-layer packet
 *        length as 32 bits, three zero octets, next header).
 *
 * The two octets at checksumOffset are taken as zero, so the function computes the value to
 * write (on sending) and the value to compare (on receiving) alike.
 *
 * \param source the IPv6 source address
 * \param destination the IPv6 destination address (the final one)
 * \param nextHeader 135 for the Mobility Header, 58 for ICMPv6
 * \param data the upper-layer message
 * \param size its length in octets
 * \param checksumOffset where its checksum field lies
 * \return the checksum, host order
 */
uint16_t Ipv6UpperLayerChecksum(const Ipv6Address& source,
                                const Ipv6Address& destination,
                                uint8_t nextHeader,
                                const uint8_t* data,
                                std::size_t size,
                                std::size_t checksumOffset);

/**
 * \brief The ICMPv6 checksum (RFC 4443) of a message, its checksum field (octets 2-3) skipped.
 * \param source IPv6 source address
 * \param destination IPv6 destination address
 * \param message the ICMPv6 message octets
 * \return the checksum
 */
uint16_t Icmpv6Checksum(const Ipv6Address& source,
                        const Ipv6Address& destination,
                        const std::vector<uint8_t>& message);

} // namespace ns3

#endif /* SECURE_HANDOVER_IPV6_CHECKSUM_H */
