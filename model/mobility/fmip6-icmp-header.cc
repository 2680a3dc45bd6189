/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "fmip6-icmp-header.h"

#include "ipv6-checksum.h"

#include "ns3/buffer.h"
#include "ns3/log.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Fmip6IcmpHeader");

NS_OBJECT_ENSURE_REGISTERED(Fmip6IcmpHeader);
NS_OBJECT_ENSURE_REGISTERED(RtSolPrHeader);
NS_OBJECT_ENSURE_REGISTERED(PrRtAdvHeader);

namespace
{
/// Type, Code, Checksum, Subtype, Reserved, Identifier.
constexpr uint32_t FMIP6_FIXED_SIZE = 8;
} // namespace

TypeId
Fmip6IcmpHeader::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Fmip6IcmpHeader").SetParent<Header>().SetGroupName("SecureHandover");
    return tid;
}

Fmip6IcmpHeader::Fmip6IcmpHeader(uint8_t subtype)
    : m_code(0),
      m_checksum(0),
      m_subtype(subtype),
      m_reserved(0),
      m_identifier(0),
      m_parseStatus(MhParseStatus::OK)
{
}

void
Fmip6IcmpHeader::SetCode(uint8_t code)
{
    m_code = code;
}

uint8_t
Fmip6IcmpHeader::GetCode() const
{
    return m_code;
}

uint8_t
Fmip6IcmpHeader::GetSubtype() const
{
    return m_subtype;
}

void
Fmip6IcmpHeader::SetIdentifier(uint16_t identifier)
{
    m_identifier = identifier;
}

uint16_t
Fmip6IcmpHeader::GetIdentifier() const
{
    return m_identifier;
}

uint16_t
Fmip6IcmpHeader::GetChecksum() const
{
    return m_checksum;
}

void
Fmip6IcmpHeader::SetChecksum(uint16_t checksum)
{
    m_checksum = checksum;
}

void
Fmip6IcmpHeader::AddOption(const NdOption& option)
{
    NS_ASSERT_MSG((option.data.size() + 2) % 8 == 0, "ND option not a multiple of 8 octets");
    m_options.push_back(option);
}

const std::vector<NdOption>&
Fmip6IcmpHeader::GetOptions() const
{
    return m_options;
}

MhParseStatus
Fmip6IcmpHeader::CheckOptions() const
{
    return MhParseStatus::OK;
}

MhParseStatus
Fmip6IcmpHeader::GetParseStatus() const
{
    return m_parseStatus;
}

MhParseStatus
Fmip6IcmpHeader::Parse(const uint8_t* data, std::size_t size)
{
    m_options.clear();
    m_parseStatus = [&]() {
        if (size < FMIP6_FIXED_SIZE)
        {
            return MhParseStatus::TRUNCATED;
        }
        if (data[0] != mip6::ICMPV6_FMIP6 || data[4] != m_subtype)
        {
            return MhParseStatus::WRONG_TYPE;
        }
        m_code = data[1];
        m_checksum = static_cast<uint16_t>((data[2] << 8) | data[3]);
        m_reserved = data[5];
        m_identifier = static_cast<uint16_t>((data[6] << 8) | data[7]);
        MhParseStatus status =
            ParseNdOptions(data + FMIP6_FIXED_SIZE, size - FMIP6_FIXED_SIZE, m_options);
        return status != MhParseStatus::OK ? status : CheckOptions();
    }();
    return m_parseStatus;
}

MhParseStatus
Fmip6IcmpHeader::ParseAndVerify(Ptr<const Packet> packet,
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
Fmip6IcmpHeader::UpdateChecksum(const Ipv6Address& source, const Ipv6Address& destination)
{
    m_checksum = Icmpv6Checksum(source, destination, ToBytes());
}

std::vector<uint8_t>
Fmip6IcmpHeader::ToBytes() const
{
    return HeaderToBytes(*this);
}

uint32_t
Fmip6IcmpHeader::GetSerializedSize() const
{
    return FMIP6_FIXED_SIZE + static_cast<uint32_t>(SerializeNdOptions(m_options).size());
}

void
Fmip6IcmpHeader::Serialize(Buffer::Iterator start) const
{
    start.WriteU8(mip6::ICMPV6_FMIP6);
    start.WriteU8(m_code);
    start.WriteHtonU16(m_checksum);
    start.WriteU8(m_subtype);
    start.WriteU8(m_reserved);
    start.WriteHtonU16(m_identifier);
    std::vector<uint8_t> options = SerializeNdOptions(m_options);
    if (!options.empty())
    {
        start.Write(options.data(), static_cast<uint32_t>(options.size()));
    }
}

uint32_t
Fmip6IcmpHeader::Deserialize(Buffer::Iterator start)
{
    std::vector<uint8_t> data = ReadRemaining(start);
    Parse(data.data(), data.size());
    return static_cast<uint32_t>(data.size());
}

void
Fmip6IcmpHeader::Print(std::ostream& os) const
{
    os << "FMIPv6 ICMPv6 subtype=" << +m_subtype << " code=" << +m_code << " id=" << m_identifier
       << " options=" << m_options.size();
}

TypeId
RtSolPrHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::RtSolPrHeader")
                            .SetParent<Fmip6IcmpHeader>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<RtSolPrHeader>();
    return tid;
}

TypeId
RtSolPrHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

RtSolPrHeader::RtSolPrHeader()
    : Fmip6IcmpHeader(mip6::FMIP6_SUBTYPE_RTSOLPR)
{
}

MhParseStatus
RtSolPrHeader::CheckOptions() const
{
    for (const auto& option : GetOptions())
    {
        if (option.type == mip6::ND_OPT_LINK_LAYER_ADDRESS && !option.data.empty() &&
            (option.data[0] == mip6::LLA_CODE_NEW_AP || option.data[0] == mip6::LLA_CODE_WILDCARD))
        {
            return MhParseStatus::OK;
        }
    }
    return MhParseStatus::MISSING_MANDATORY;
}

TypeId
PrRtAdvHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::PrRtAdvHeader")
                            .SetParent<Fmip6IcmpHeader>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<PrRtAdvHeader>();
    return tid;
}

TypeId
PrRtAdvHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

PrRtAdvHeader::PrRtAdvHeader()
    : Fmip6IcmpHeader(mip6::FMIP6_SUBTYPE_PRRTADV)
{
}

} // namespace ns3
