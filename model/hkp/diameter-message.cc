/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "diameter-message.h"

#include "ns3/log.h"
#include "ns3/packet-octets.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("DiameterMessage");

NS_OBJECT_ENSURE_REGISTERED(DiameterMessage);

TypeId
DiameterMessage::GetTypeId()
{
    static TypeId tid = TypeId("ns3::DiameterMessage")
                            .SetParent<Header>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<DiameterMessage>();
    return tid;
}

TypeId
DiameterMessage::GetInstanceTypeId() const
{
    return GetTypeId();
}

DiameterMessage::DiameterMessage()
    : m_flags(0),
      m_commandCode(0),
      m_applicationId(0),
      m_hopByHop(0),
      m_endToEnd(0),
      m_status(DiameterParseStatus::OK)
{
}

void
DiameterMessage::SetFlags(uint8_t flags)
{
    NS_ASSERT_MSG((flags & diameter::FLAG_RESERVED_MASK) == 0, "reserved Command Flags");
    m_flags = flags;
}

uint8_t
DiameterMessage::GetFlags() const
{
    return m_flags;
}

bool
DiameterMessage::IsRequest() const
{
    return (m_flags & diameter::FLAG_REQUEST) != 0;
}

void
DiameterMessage::SetCommandCode(uint32_t code)
{
    NS_ASSERT_MSG(code <= 0xffffff, "Command Code is 24 bits");
    m_commandCode = code;
}

uint32_t
DiameterMessage::GetCommandCode() const
{
    return m_commandCode;
}

void
DiameterMessage::SetApplicationId(uint32_t id)
{
    m_applicationId = id;
}

uint32_t
DiameterMessage::GetApplicationId() const
{
    return m_applicationId;
}

void
DiameterMessage::SetHopByHopId(uint32_t id)
{
    m_hopByHop = id;
}

uint32_t
DiameterMessage::GetHopByHopId() const
{
    return m_hopByHop;
}

void
DiameterMessage::SetEndToEndId(uint32_t id)
{
    m_endToEnd = id;
}

uint32_t
DiameterMessage::GetEndToEndId() const
{
    return m_endToEnd;
}

void
DiameterMessage::AddAvp(const DiameterAvp& avp)
{
    m_avps.push_back(avp);
}

const std::vector<DiameterAvp>&
DiameterMessage::GetAvps() const
{
    return m_avps;
}

const DiameterAvp*
DiameterMessage::FindAvp(uint32_t code, uint32_t vendorId) const
{
    for (const auto& avp : m_avps)
    {
        if (avp.code == code && (avp.HasVendor() ? avp.vendorId : 0) == vendorId)
        {
            return &avp;
        }
    }
    return nullptr;
}

uint32_t
DiameterMessage::PeekLength(const uint8_t* data)
{
    return (uint32_t(data[1]) << 16) | (uint32_t(data[2]) << 8) | data[3];
}

DiameterParseStatus
DiameterMessage::Parse(const uint8_t* data, std::size_t size)
{
    m_avps.clear();
    m_status = DiameterParseStatus::OK;
    auto fail = [this](DiameterParseStatus status) {
        m_status = status;
        return status;
    };
    if (size < diameter::HEADER_SIZE)
    {
        return fail(DiameterParseStatus::TRUNCATED);
    }
    if (data[0] != diameter::VERSION)
    {
        return fail(DiameterParseStatus::BAD_VERSION);
    }
    const uint32_t length = PeekLength(data);
    if (length < diameter::HEADER_SIZE || length % 4 != 0)
    {
        return fail(DiameterParseStatus::BAD_LENGTH);
    }
    if (length > size)
    {
        return fail(DiameterParseStatus::TRUNCATED);
    }
    if (length < size)
    {
        return fail(DiameterParseStatus::OVERLONG);
    }
    if ((data[4] & diameter::FLAG_RESERVED_MASK) != 0)
    {
        return fail(DiameterParseStatus::BAD_FLAGS);
    }
    auto word = [data](std::size_t at) {
        return (uint32_t(data[at]) << 24) | (uint32_t(data[at + 1]) << 16) |
               (uint32_t(data[at + 2]) << 8) | data[at + 3];
    };
    m_flags = data[4];
    m_commandCode = word(4) & 0xffffff;
    m_applicationId = word(8);
    m_hopByHop = word(12);
    m_endToEnd = word(16);
    std::size_t offset = diameter::HEADER_SIZE;
    while (offset < length)
    {
        DiameterAvp avp;
        DiameterParseStatus status = DiameterAvp::Read(data, length, offset, avp);
        if (status != DiameterParseStatus::OK)
        {
            m_avps.clear();
            return fail(status);
        }
        m_avps.push_back(std::move(avp));
    }
    return DiameterParseStatus::OK;
}

DiameterParseStatus
DiameterMessage::GetParseStatus() const
{
    return m_status;
}

std::vector<uint8_t>
DiameterMessage::ToBytes() const
{
    std::vector<uint8_t> out;
    out.reserve(GetSerializedSize());
    const uint32_t length = GetSerializedSize();
    const uint32_t words[] = {(uint32_t(diameter::VERSION) << 24) | length,
                              (uint32_t(m_flags) << 24) | m_commandCode,
                              m_applicationId,
                              m_hopByHop,
                              m_endToEnd};
    for (uint32_t w : words)
    {
        for (int shift = 24; shift >= 0; shift -= 8)
        {
            out.push_back(static_cast<uint8_t>(w >> shift));
        }
    }
    for (const auto& avp : m_avps)
    {
        avp.AppendTo(out);
    }
    return out;
}

uint32_t
DiameterMessage::GetSerializedSize() const
{
    uint32_t size = diameter::HEADER_SIZE;
    for (const auto& avp : m_avps)
    {
        size += avp.GetPaddedLength();
    }
    return size;
}

void
DiameterMessage::Serialize(Buffer::Iterator start) const
{
    std::vector<uint8_t> bytes = ToBytes();
    start.Write(bytes.data(), static_cast<uint32_t>(bytes.size()));
}

uint32_t
DiameterMessage::Deserialize(Buffer::Iterator start)
{
    std::vector<uint8_t> bytes = ReadRemaining(start);
    Parse(bytes.data(), bytes.size());
    return static_cast<uint32_t>(bytes.size());
}

void
DiameterMessage::Print(std::ostream& os) const
{
    os << "Diameter cmd=" << m_commandCode << (IsRequest() ? " request" : " answer")
       << " app=" << m_applicationId << " hbh=" << m_hopByHop << " e2e=" << m_endToEnd
       << " avps=" << m_avps.size();
    if (m_status != DiameterParseStatus::OK)
    {
        os << " (" << m_status << ")";
    }
}

} // namespace ns3
