/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_PACKET_OCTETS_H
#define SECURE_HANDOVER_PACKET_OCTETS_H

#include "ns3/buffer.h"
#include "ns3/header.h"
#include "ns3/packet.h"

#include <cstdint>
#include <vector>

// Contiguous copies of ns-3 packets and headers: strict decoders, checksums and MACs work on
// plain octets, never on a length field they have not checked.

namespace ns3
{

/**
 * \brief The octets a header serialises to (checksums and MACs are computed over them).
 * \param header the header
 * \return its serialised octets
 */
std::vector<uint8_t> HeaderToBytes(const Header& header);

/**
 * \brief The octets of a received packet, copied once for strict parsing.
 * \param packet the packet
 * \return its octets
 */
std::vector<uint8_t> PacketToBytes(Ptr<const Packet> packet);

/**
 * \brief The octets from an iterator to the end of its buffer (Deserialize parses them
 *        strictly afterwards, so no length field is trusted while reading).
 * \param start the iterator; it is advanced to the end
 * \return the octets
 */
std::vector<uint8_t> ReadRemaining(Buffer::Iterator& start);

} // namespace ns3

#endif /* SECURE_HANDOVER_PACKET_OCTETS_H */
