/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HKP_COMMON_H
#define SECURE_HANDOVER_HKP_COMMON_H

#include "ns3/crypto-types.h"
#include "ns3/ipv6-address.h"
#include "ns3/mobility-header.h"
#include "ns3/nstime.h"
#include "ns3/prf-plus.h"

#include <cstdint>

namespace ns3
{

class Packet;

/**
 * \ingroup secure-handover
 * \brief What the three HKP agents (MN, AR, HKS) share: the PRF and MAC algorithm numbers,
 *        the NTP timestamps of the draft (5.2.3) and the packet form of a Mobility Header.
 */
namespace hkp
{

/**
 * \param field a PRF field or MAC Algorithm Type (1: HMAC-SHA1, 2: HMAC-SHA-256)
 * \param prf the algorithm
 * \return false for a value this module does not implement
 */
bool PrfFromField(uint8_t field, crypto::PrfAlgorithm& prf);

/**
 * \param time a simulated time plus the node's clock offset
 * \return the 64-bit NTP timestamp (seconds since 1900 | fraction). The simulation starts at
 *         NTP second NTP_EPOCH_OFFSET, an arbitrary fixed date, so the high-order bits are
 *         plausible and the same in every run.
 */
uint64_t NtpTimestamp(Time time);

/// NTP seconds at simulated time zero (2026-01-01T00:00:00Z).
constexpr uint64_t NTP_EPOCH_OFFSET = 3976214400ULL;

/**
 * \param a one NTP timestamp
 * \param b another
 * \return |a - b| as a Time
 */
Time NtpDifference(uint64_t a, uint64_t b);

/**
 * \brief The packet of a Mobility Header, its checksum computed for these addresses.
 * \param header the message (its checksum is updated)
 * \param source the IPv6 source
 * \param destination the IPv6 destination
 * \return the packet
 */
Ptr<Packet> MhToPacket(MobilityHeader& header,
                       const Ipv6Address& source,
                       const Ipv6Address& destination);

/**
 * \param address an IPv6 address
 * \return its 16 octets
 */
crypto::Ipv6Octets ToOctets(const Ipv6Address& address);

/**
 * \param octets 16 octets
 * \return the IPv6 address they hold
 */
Ipv6Address FromOctets(const uint8_t* octets);

} // namespace hkp
} // namespace ns3

#endif /* SECURE_HANDOVER_HKP_COMMON_H */
