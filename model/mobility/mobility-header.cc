/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mobility-header.h"

#include "ipv6-checksum.h"

#include "ns3/buffer.h"
#include "ns3/log.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"

#include <iomanip>
#include <set>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityHeader");

NS_OBJECT_ENSURE_REGISTERED(MobilityHeader);

namespace
{
/// Offset of the Checksum field in the Mobility Header.
constexpr uint32_t CHECKSUM_OFFSET = 4;
/// Largest Mobility Header: Header Len 255.
constexpr uint32_t MAX_MH_SIZE = 256 * 8;
/// Longest run of padding a well-formed message needs (RFC 6275: at most 7 octets).
constexpr uint32_t MAX_PADDING_RUN = 7;
} // namespace

TypeId
MobilityHeader::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::MobilityHeader").SetParent<Header>().SetGroupName("SecureHandover");
    return tid;
}

MobilityHeader::MobilityHeader(uint8_t mhType, uint32_t messageDataSize)
    : m_payloadProto(mip6::IPPROTO_NONE),
      m_mhType(mhType),
      m_reserved(0),
      m_checksum(0),
      m_messageDataSize(messageDataSize),
      m_unknownOptions(0),
      m_parseStatus(MhParseStatus::OK)
{
}

uint8_t
MobilityHeader::GetMhType() const
{
    return m_mhType;
}

uint8_t
MobilityHeader::GetPayloadProto() const
{
    return m_payloadProto;
}

uint8_t
MobilityHeader::GetReserved() const
{
    return m_reserved;
}

uint8_t
MobilityHeader::GetHeaderLength() const
{
    return static_cast<uint8_t>(GetSerializedSize() / 8 - 1);
}

uint16_t
MobilityHeader::GetChecksum() const
{
    return m_checksum;
}

void
MobilityHeader::SetChecksum(uint16_t checksum)
{
    m_checksum = checksum;
}

uint32_t
MobilityHeader::GetUnpaddedSize() const
{
    uint32_t size = mip6::MH_COMMON_SIZE + m_messageDataSize;
    for (const auto& option : m_options)
    {
        size += option.GetSerializedSize();
    }
    return size;
}

void
MobilityHeader::AddOption(const MobilityOption& option, MobilityOptionAlignment alignment)
{
    NS_ASSERT_MSG(!option.IsPadding(), "padding is added by the header itself");
    NS_ASSERT_MSG(option.data.size() <= 255, "mobility option longer than 255 octets");
    NS_ASSERT(alignment.x == 1 || alignment.x == 2 || alignment.x == 4 || alignment.x == 8);
    uint32_t offset = GetUnpaddedSize();
    uint32_t pad = (alignment.y + alignment.x - offset % alignment.x) % alignment.x;
    for (const auto& padding : MakeMobilityPadding(pad))
    {
        m_options.push_back(padding);
    }
    m_options.push_back(option);
    NS_ASSERT_MSG(GetSerializedSize() <= MAX_MH_SIZE, "Mobility Header longer than 2048 octets");
}

const std::vector<MobilityOption>&
MobilityHeader::GetOptions() const
{
    return m_options;
}

void
MobilityHeader::ClearOptions()
{
    m_options.clear();
}

uint32_t
MobilityHeader::GetOptionOffset(std::size_t index) const
{
    NS_ASSERT(index < m_options.size());
    uint32_t offset = mip6::MH_COMMON_SIZE + m_messageDataSize;
    for (std::size_t k = 0; k < index; ++k)
    {
        offset += m_options[k].GetSerializedSize();
    }
    return offset;
}

void
MobilityHeader::ReplaceOptionData(std::size_t index, const std::vector<uint8_t>& data)
{
    NS_ASSERT(index < m_options.size());
    NS_ASSERT_MSG(m_options[index].data.size() == data.size(), "option length must not change");
    m_options[index].data = data;
}

uint32_t
MobilityHeader::GetUnknownOptionCount() const
{
    return m_unknownOptions;
}

MhParseStatus
MobilityHeader::GetParseStatus() const
{
    return m_parseStatus;
}

bool
MobilityHeader::HasOption(uint8_t type) const
{
    for (const auto& option : m_options)
    {
        if (option.type == type)
        {
            return true;
        }
    }
    return false;
}

int
MobilityHeader::LastNonPaddingIndex() const
{
    for (int k = static_cast<int>(m_options.size()) - 1; k >= 0; --k)
    {
        if (!m_options[k].IsPadding())
        {
            return k;
        }
    }
    return -1;
}

MhParseStatus
MobilityHeader::CheckOptions() const
{
    return MhParseStatus::OK;
}

uint32_t
MobilityHeader::GetSerializedSize() const
{
    uint32_t size = GetUnpaddedSize();
    return (size + 7) / 8 * 8;
}

void
MobilityHeader::Serialize(Buffer::Iterator start) const
{
    uint32_t unpadded = GetUnpaddedSize();
    uint32_t total = GetSerializedSize();
    NS_ASSERT(total <= MAX_MH_SIZE);
    Buffer::Iterator i = start;
    i.WriteU8(m_payloadProto);
    i.WriteU8(static_cast<uint8_t>(total / 8 - 1));
    i.WriteU8(m_mhType);
    i.WriteU8(m_reserved);
    i.WriteHtonU16(m_checksum);
    SerializeMessageData(i);
    std::vector<MobilityOption> all = m_options;
    for (const auto& padding : MakeMobilityPadding(total - unpadded))
    {
        all.push_back(padding);
    }
    for (const auto& option : all)
    {
        i.WriteU8(option.type);
        if (option.type != mip6::OPT_PAD1)
        {
            i.WriteU8(static_cast<uint8_t>(option.data.size()));
            if (!option.data.empty())
            {
                i.Write(option.data.data(), static_cast<uint32_t>(option.data.size()));
            }
        }
    }
}

MhParseStatus
MobilityHeader::PeekMhType(const uint8_t* data, std::size_t size, uint8_t& type)
{
    if (size < mip6::MH_COMMON_SIZE)
    {
        return MhParseStatus::TRUNCATED;
    }
    type = data[2];
    switch (type)
    {
    case mip6::MH_FAST_BINDING_UPDATE:
    case mip6::MH_FAST_BINDING_ACK:
    case mip6::MH_HANDOVER_INITIATE:
    case mip6::MH_HANDOVER_ACK:
    case mip6::MH_HANDOVER_KEY_REQUEST:
    case mip6::MH_HANDOVER_KEY_RESPONSE:
        return MhParseStatus::OK;
    default:
        // RFC 6275 9.2: the receiver answers a Binding Error with status 2.
        return MhParseStatus::UNKNOWN_TYPE;
    }
}

MhParseStatus
MobilityHeader::Parse(const uint8_t* data, std::size_t size)
{
    m_options.clear();
    m_unknownOptions = 0;
    m_parseStatus = [&]() {
        if (size < mip6::MH_COMMON_SIZE)
        {
            return MhParseStatus::TRUNCATED;
        }
        std::size_t length = (static_cast<std::size_t>(data[1]) + 1) * 8;
        if (size < length)
        {
            return MhParseStatus::TRUNCATED;
        }
        if (size > length)
        {
            return MhParseStatus::OVERLONG;
        }
        if (data[0] != mip6::IPPROTO_NONE)
        {
            return MhParseStatus::BAD_PAYLOAD_PROTO;
        }
        if (data[2] != m_mhType)
        {
            return MhParseStatus::WRONG_TYPE;
        }
        if (length < mip6::MH_COMMON_SIZE + m_messageDataSize)
        {
            return MhParseStatus::BAD_LENGTH;
        }
        m_payloadProto = data[0];
        m_reserved = data[3];
        m_checksum = static_cast<uint16_t>((data[4] << 8) | data[5]);
        Buffer buffer;
        buffer.AddAtStart(m_messageDataSize);
        Buffer::Iterator it = buffer.Begin();
        it.Write(data + mip6::MH_COMMON_SIZE, m_messageDataSize);
        it = buffer.Begin();
        MhParseStatus status = DeserializeMessageData(it);
        if (status != MhParseStatus::OK)
        {
            return status;
        }
        std::size_t pos = mip6::MH_COMMON_SIZE + m_messageDataSize;
        uint32_t paddingRun = 0;
        std::set<uint16_t> seen;
        while (pos < length)
        {
            MobilityOption option;
            option.type = data[pos];
            if (option.type == mip6::OPT_PAD1)
            {
                pos += 1;
                paddingRun += 1;
            }
            else
            {
                if (pos + 2 > length)
                {
                    return MhParseStatus::TRUNCATED;
                }
                std::size_t optionLength = data[pos + 1];
                if (pos + 2 + optionLength > length)
                {
                    return MhParseStatus::OVERLONG;
                }
                option.data.assign(data + pos + 2, data + pos + 2 + optionLength);
                pos += 2 + optionLength;
                paddingRun = option.type == mip6::OPT_PADN ? paddingRun + 2 + optionLength : 0;
            }
            if (paddingRun > MAX_PADDING_RUN)
            {
                return MhParseStatus::BAD_PADDING;
            }
            if (!IsKnownMobilityOptionType(option.type))
            {
                NS_LOG_LOGIC("skipping unknown mobility option type " << +option.type);
                ++m_unknownOptions;
            }
            else
            {
                MhParseStatus optionStatus = ValidateMobilityOption(option);
                if (optionStatus != MhParseStatus::OK)
                {
                    return optionStatus;
                }
                if (!option.IsPadding() && !seen.insert(MobilityOptionUniquenessKey(option)).second)
                {
                    return MhParseStatus::DUPLICATE;
                }
            }
            m_options.push_back(std::move(option));
        }
        return CheckOptions();
    }();
    if (m_parseStatus != MhParseStatus::OK)
    {
        NS_LOG_LOGIC("Mobility Header (type " << +m_mhType << ") rejected: " << m_parseStatus);
    }
    return m_parseStatus;
}

uint32_t
MobilityHeader::Deserialize(Buffer::Iterator start)
{
    std::vector<uint8_t> data = ReadRemaining(start);
    Parse(data.data(), data.size()); // the status is kept for GetParseStatus()
    return static_cast<uint32_t>(data.size());
}

MhParseStatus
MobilityHeader::ParseAndVerify(Ptr<const Packet> packet,
                               const Ipv6Address& source,
                               const Ipv6Address& destination)
{
    std::vector<uint8_t> data = PacketToBytes(packet);
    MhParseStatus status = Parse(data.data(), data.size());
    if (status != MhParseStatus::OK)
    {
        return status;
    }
    if (ComputeChecksum(source, destination, data.data(), data.size()) != m_checksum)
    {
        m_parseStatus = MhParseStatus::BAD_CHECKSUM;
    }
    return m_parseStatus;
}

std::vector<uint8_t>
MobilityHeader::ToBytes() const
{
    return HeaderToBytes(*this);
}

std::vector<uint8_t>
MobilityHeader::ToBytesWithZeroChecksum() const
{
    std::vector<uint8_t> bytes = ToBytes();
    bytes[CHECKSUM_OFFSET] = 0;
    bytes[CHECKSUM_OFFSET + 1] = 0;
    return bytes;
}

uint16_t
MobilityHeader::ComputeChecksum(const Ipv6Address& source,
                                const Ipv6Address& destination,
                                const uint8_t* mh,
                                std::size_t size)
{
    return Ipv6UpperLayerChecksum(source, destination, mip6::IPPROTO_MH, mh, size, CHECKSUM_OFFSET);
}

void
MobilityHeader::UpdateChecksum(const Ipv6Address& source, const Ipv6Address& destination)
{
    std::vector<uint8_t> bytes = ToBytes();
    m_checksum = ComputeChecksum(source, destination, bytes.data(), bytes.size());
}

bool
MobilityHeader::VerifyChecksum(const Ipv6Address& source, const Ipv6Address& destination) const
{
    std::vector<uint8_t> bytes = ToBytes();
    return ComputeChecksum(source, destination, bytes.data(), bytes.size()) == m_checksum;
}

void
MobilityHeader::Print(std::ostream& os) const
{
    os << "MH type=" << +m_mhType << " len=" << +GetHeaderLength() << " csum=0x" << std::hex
       << std::setw(4) << std::setfill('0') << m_checksum << std::dec << std::setfill(' ') << " ";
    PrintMessageData(os);
    for (const auto& option : m_options)
    {
        if (!option.IsPadding())
        {
            os << " opt" << +option.type << "(" << option.data.size() << ")";
        }
    }
}

} // namespace ns3
