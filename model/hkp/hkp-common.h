/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HKP_COMMON_H
#define SECURE_HANDOVER_HKP_COMMON_H

#include "ns3/callback.h"
#include "ns3/crypto-types.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/mobility-header.h"
#include "ns3/nstime.h"
#include "ns3/prf-plus.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace ns3
{

class MobilityL4Protocol;
class NetDevice;
class Node;
class Packet;
class Socket;

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
 * \brief Send an ICMPv6 message (FMIPv6 RtSolPr / PrRtAdv, UNA) whose checksum is already
 *        computed for these addresses: a raw ICMPv6 socket bound to the source, hop limit 255
 *        (RFC 4861 and RFC 5568 messages must carry it).
 * \param node the sender
 * \param packet the ICMPv6 message
 * \param source the IPv6 source
 * \param destination the IPv6 destination
 * \param device the interface to leave by (needed for a link-scope multicast), or nullptr
 */
void SendIcmpv6(Ptr<Node> node,
                Ptr<Packet> packet,
                const Ipv6Address& source,
                const Ipv6Address& destination,
                Ptr<NetDevice> device);

/**
 * \brief A raw socket that receives every ICMPv6 message of the node (with its IPv6 header,
 *        as ns-3 raw sockets deliver it).
 * \param node the node
 * \param receive its receive callback
 * \return the socket
 */
Ptr<Socket> OpenIcmpv6Socket(Ptr<Node> node, Callback<void, Ptr<Socket>> receive);

/**
 * \param octets 16 octets
 * \return the IPv6 address they hold
 */
Ipv6Address FromOctets(const uint8_t* octets);

/**
 * \brief Charge the node's CPU (CryptoCostModel) for an HMAC with the hash of a PRF: the
 *        MAC option of an HKReq / HKResp (MN-HKS or MN-AR), computed or verified.
 * \param node the node that computes
 * \param prf the PRF whose HMAC is used
 * \param octets the length of the MACed data
 * \return the cost
 */
Time ChargeHmac(Ptr<Node> node, crypto::PrfAlgorithm prf, std::size_t octets);

/**
 * \brief Charge the node's CPU for one HIK or HK derivation (gprf+ over the PRF's HMAC,
 *        PrfOutputLength(prf) octets of output).
 * \param node the node that computes
 * \param prf the PRF
 * \return the cost
 */
Time ChargeKeyDerivation(Ptr<Node> node, crypto::PrfAlgorithm prf);

/**
 * \brief Charge the node's CPU for one BADF authenticator (RFC 5568), computed or verified:
 *        HMAC-SHA1 over CoA || PAR address || MH data.
 * \param node the node that computes
 * \param mhOctets the length of the mobility header
 * \return the cost
 */
Time ChargeBadf(Ptr<Node> node, std::size_t mhOctets);

/**
 * \brief Send a Mobility Header when the node's CPU has finished the crypto charged so far
 *        (CryptoCostModel::RunWhenIdle: at once if idle, else an event kept in pending), so a
 *        message leaves after the crypto that produced it and the messages keep their order.
 * \param node the sending node
 * \param pending the caller's pending sends (cancel them in DoDispose)
 * \param mh the node's Mobility Header transport
 * \param packet the message
 * \param source its source
 * \param destination its destination
 */
void SendWhenIdle(Ptr<Node> node,
                  std::vector<EventId>& pending,
                  Ptr<MobilityL4Protocol> mh,
                  Ptr<Packet> packet,
                  Ipv6Address source,
                  Ipv6Address destination);

} // namespace hkp
} // namespace ns3

#endif /* SECURE_HANDOVER_HKP_COMMON_H */
