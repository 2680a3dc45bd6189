/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "unsolicited-neighbor-advertisement-header.h"

#include "ipv6-checksum.h"

#include "ns3/buffer.h"
#include "ns3/log.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("UnsolicitedNeighborAdvertisementHeader");

NS_OBJECT_ENSURE_REGISTERED(UnsolicitedNeighborAdvertisementHeader);

namespace
{
/// Type, Code, Checksum, flags, Target Address.
constexpr uint32_t NA_FIXED_SIZE = 24;
} // namespace

TypeId
UnsolicitedNeighborAdvertisementHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::UnsolicitedNeighborAdvertisementHeader")
                            .SetParent<Header>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<UnsolicitedNeighborAdvertisementHeader>();
    return tid;
}

TypeId
UnsolicitedNeighborAdvertisementHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

UnsolicitedNeighborAdvertisementHeader::UnsolicitedNeighborAdvertisementHeader()
    : m_checksum(0),
      m_flags(FLAG_O),
      m_target(Ipv6Address::GetAny()),
      m_parseStatus(MhParseStatus::OK)
{
}

void
UnsolicitedNeighborAdvertisementHeader::SetFlags(uint32_t flags)
{
    m_flags = flags;
}

uint32_t
UnsolicitedNeighborAdvertisementHeader::GetFlags() const
{
    return m_flags;
}

void
UnsolicitedNeighborAdvertisementHeader::SetTarget(const Ipv6Address& target)
{
    m_target = target;
}

Ipv6Address
UnsolicitedNeighborAdvertisementHeader::GetTarget() const
{
    return m_target;
}

void
UnsolicitedNeighborAdvertisementHeader::SetTargetLinkLayerAddress(const std::vector<uint8_t>& lla)
{
    std::vector<NdOption> kept;
    for (const auto& option : m_options)
    {
        if (option.type != mip6::ND_OPT_TARGET_LLA)
        {
            kept.push_back(option);
        }
    }
    m_options = kept;
    m_options.push_back(NdLinkLayerAddressOption{mip6::ND_OPT_TARGET_LLA, lla}.ToOption());
}

void
UnsolicitedNeighborAdvertisementHeader::AddOption(const NdOption& option)
{
    NS_ASSERT_MSG((option.data.size() + 2) % 8 == 0, "ND option not a multiple of 8 octets");
    m_options.push_back(option);
}

const std::vector<NdOption>&
UnsolicitedNeighborAdvertisementHeader::GetOptions() const
{
    return m_options;
}

uint16_t
UnsolicitedNeighborAdvertisementHeader::GetChecksum() const
{
    return m_checksum;
}

MhParseStatus
UnsolicitedNeighborAdvertisementHeader::GetParseStatus() const
{
    return m_parseStatus;
}

MhParseStatus
UnsolicitedNeighborAdvertisementHeader::Parse(const uint8_t* data, std::size_t size)
{
    m_options.clear();
    m_parseStatus = [&]() {
        if (size < NA_FIXED_SIZE)
        {
            return MhParseStatus::TRUNCATED;
        }
        if (data[0] != mip6::ICMPV6_NEIGHBOR_ADVERTISEMENT)
        {
            return MhParseStatus::WRONG_TYPE;
        }
        m_checksum = static_cast<uint16_t>((data[2] << 8) | data[3]);
        m_flags = (static_cast<uint32_t>(data[4]) << 24) | (static_cast<uint32_t>(data[5]) << 16) |
                  (static_cast<uint32_t>(data[6]) << 8) | data[7];
        uint8_t target[16];
        std::copy(data + 8, data + 24, target);
        m_target = Ipv6Address(target);
        if (data[1] != 0 || (m_flags & FLAG_S) != 0)
        {
            return MhParseStatus::BAD_VALUE;
        }
        MhParseStatus status =
            ParseNdOptions(data + NA_FIXED_SIZE, size - NA_FIXED_SIZE, m_options);
        if (status != MhParseStatus::OK)
        {
            return status;
        }
        for (const auto& option : m_options)
        {
            if (option.type == mip6::ND_OPT_TARGET_LLA)
            {
                return MhParseStatus::OK;
            }
        }
        return MhParseStatus::MISSING_MANDATORY;
    }();
    return m_parseStatus;
}

MhParseStatus
UnsolicitedNeighborAdvertisementHeader::ParseAndVerify(Ptr<const Packet> packet,
                                                       const Ipv6Address& source,
                                                       const Ipv6Address& destination)
{
    std::vector<uint8_t> data = PacketToBytes(packet);
    if (Parse(data.data(), data.size()) == MhParseStatus::OK &&
        Icmpv6Checksum(source, destination, data) != m_checksum)
    {
        m_parseStatus = MhParseStatus::BAD_CHECKSUM;
    }
    return m_parseStatus;
}

void
UnsolicitedNeighborAdvertisementHeader::UpdateChecksum(const Ipv6Address& source,
                                                       const Ipv6Address& destination)
{
    m_checksum = Icmpv6Checksum(source, destination, ToBytes());
}

std::vector<uint8_t>
UnsolicitedNeighborAdvertisementHeader::ToBytes() const
{
    return HeaderToBytes(*this);
}

uint32_t
UnsolicitedNeighborAdvertisementHeader::GetSerializedSize() const
{
    return NA_FIXED_SIZE + static_cast<uint32_t>(SerializeNdOptions(m_options).size());
}

void
UnsolicitedNeighborAdvertisementHeader::Serialize(Buffer::Iterator start) const
{
    start.WriteU8(mip6::ICMPV6_NEIGHBOR_ADVERTISEMENT);
    start.WriteU8(0);
    start.WriteHtonU16(m_checksum);
    start.WriteHtonU32(m_flags);
    uint8_t target[16];
    m_target.GetBytes(target);
    start.Write(target, 16);
    std::vector<uint8_t> options = SerializeNdOptions(m_options);
    if (!options.empty())
    {
        start.Write(options.data(), static_cast<uint32_t>(options.size()));
    }
}

uint32_t
UnsolicitedNeighborAdvertisementHeader::Deserialize(Buffer::Iterator start)
{
    std::vector<uint8_t> data = ReadRemaining(start);
    Parse(data.data(), data.size());
    return static_cast<uint32_t>(data.size());
}

void
UnsolicitedNeighborAdvertisementHeader::Print(std::ostream& os) const
{
    os << "UNA target=" << m_target << " flags=0x" << std::hex << m_flags << std::dec
       << " options=" << m_options.size();
}

} // namespace ns3
