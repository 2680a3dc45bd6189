/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "packet-octets.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("PacketOctets");

std::vector<uint8_t>
HeaderToBytes(const Header& header)
{
    Buffer buffer;
    buffer.AddAtStart(header.GetSerializedSize());
    header.Serialize(buffer.Begin());
    std::vector<uint8_t> bytes(buffer.GetSize());
    buffer.CopyData(bytes.data(), buffer.GetSize());
    return bytes;
}

std::vector<uint8_t>
PacketToBytes(Ptr<const Packet> packet)
{
    std::vector<uint8_t> bytes(packet->GetSize());
    packet->CopyData(bytes.data(), static_cast<uint32_t>(bytes.size()));
    return bytes;
}

std::vector<uint8_t>
ReadRemaining(Buffer::Iterator& start)
{
    std::vector<uint8_t> bytes(start.GetRemainingSize());
    if (!bytes.empty())
    {
        start.Read(bytes.data(), static_cast<uint32_t>(bytes.size()));
    }
    return bytes;
}

} // namespace ns3
