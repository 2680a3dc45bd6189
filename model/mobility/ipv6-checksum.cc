/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ipv6-checksum.h"

#include "mobility-constants.h"

namespace ns3
{

namespace
{

/// Adds 16-bit big-endian words of data to a one's complement accumulator.
uint32_t
AddWords(uint32_t sum, const uint8_t* data, std::size_t size, std::size_t skip)
{
    for (std::size_t i = 0; i < size; i += 2)
    {
        uint16_t hi = (i == skip || i == skip + 1) ? 0 : data[i];
        uint16_t lo = 0;
        if (i + 1 < size && i + 1 != skip && i + 1 != skip + 1)
        {
            lo = data[i + 1];
        }
        sum += static_cast<uint32_t>((hi << 8) | lo);
    }
    return sum;
}

} // namespace

uint16_t
Ipv6UpperLayerChecksum(const Ipv6Address& source,
                       const Ipv6Address& destination,
                       uint8_t nextHeader,
                       const uint8_t* data,
                       std::size_t size,
                       std::size_t checksumOffset)
{
    uint8_t pseudo[40] = {};
    source.GetBytes(pseudo);
    destination.GetBytes(pseudo + 16);
    pseudo[32] = static_cast<uint8_t>(size >> 24);
    pseudo[33] = static_cast<uint8_t>(size >> 16);
    pseudo[34] = static_cast<uint8_t>(size >> 8);
    pseudo[35] = static_cast<uint8_t>(size);
    pseudo[39] = nextHeader;
    uint32_t sum = AddWords(0, pseudo, sizeof(pseudo), SIZE_MAX - 1);
    sum = AddWords(sum, data, size, checksumOffset);
    while (sum >> 16)
    {
        sum = (sum & 0xffff) + (sum >> 16);
    }
    return static_cast<uint16_t>(~sum & 0xffff);
}

uint16_t
Icmpv6Checksum(const Ipv6Address& source,
               const Ipv6Address& destination,
               const std::vector<uint8_t>& message)
{
    const std::size_t checksumOffset = 2; // RFC 4443 2.1: Type, Code, then Checksum
    return Ipv6UpperLayerChecksum(source,
                                  destination,
                                  mip6::IPPROTO_ICMPV6,
                                  message.data(),
                                  message.size(),
                                  checksumOffset);
}

} // namespace ns3
