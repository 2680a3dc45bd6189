/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-tlv.h"

#include "ns3/assert.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16Tlv");

std::string
Dot16ParseStatusName(Dot16ParseStatus status)
{
    switch (status)
    {
    case Dot16ParseStatus::OK:
        return "OK";
    case Dot16ParseStatus::TRUNCATED:
        return "TRUNCATED";
    case Dot16ParseStatus::OVERLONG:
        return "OVERLONG";
    case Dot16ParseStatus::BAD_LENGTH:
        return "BAD_LENGTH";
    case Dot16ParseStatus::BAD_VALUE:
        return "BAD_VALUE";
    case Dot16ParseStatus::UNEXPECTED_TYPE:
        return "UNEXPECTED_TYPE";
    case Dot16ParseStatus::DUPLICATE:
        return "DUPLICATE";
    case Dot16ParseStatus::MISSING_MANDATORY:
        return "MISSING_MANDATORY";
    case Dot16ParseStatus::BAD_HCS:
        return "BAD_HCS";
    case Dot16ParseStatus::BAD_CMAC:
        return "BAD_CMAC";
    case Dot16ParseStatus::UNWRAP_FAILED:
        return "UNWRAP_FAILED";
    }
    return "UNKNOWN";
}

std::ostream&
operator<<(std::ostream& os, Dot16ParseStatus status)
{
    return os << Dot16ParseStatusName(status);
}

std::size_t
Dot16TlvLengthFieldSize(std::size_t valueLength)
{
    if (valueLength < 0x80)
    {
        return 1;
    }
    std::size_t octets = 0;
    for (std::size_t v = valueLength; v != 0; v >>= 8)
    {
        ++octets;
    }
    return 1 + octets;
}

std::size_t
Dot16TlvEncodedSize(std::size_t valueLength)
{
    return 1 + Dot16TlvLengthFieldSize(valueLength) + valueLength;
}

void
Dot16AppendTlvLength(crypto::Bytes& out, std::size_t valueLength)
{
    NS_ASSERT_MSG(valueLength <= 0xFFFFFFFFu, "802.16 TLV length above 2^32 - 1");
    if (valueLength < 0x80)
    {
        out.push_back(static_cast<uint8_t>(valueLength));
        return;
    }
    std::size_t octets = Dot16TlvLengthFieldSize(valueLength) - 1;
    out.push_back(static_cast<uint8_t>(0x80 | octets));
    for (std::size_t i = octets; i > 0; --i)
    {
        out.push_back(static_cast<uint8_t>(valueLength >> (8 * (i - 1))));
    }
}

void
Dot16AppendTlv(crypto::Bytes& out, uint8_t type, crypto::ByteView value)
{
    out.push_back(type);
    Dot16AppendTlvLength(out, value.size());
    out.insert(out.end(), value.data(), value.data() + value.size());
}

void
Dot16AppendTlvU8(crypto::Bytes& out, uint8_t type, uint8_t value)
{
    out.push_back(type);
    out.push_back(1);
    out.push_back(value);
}

void
Dot16AppendTlvU16(crypto::Bytes& out, uint8_t type, uint16_t value)
{
    out.push_back(type);
    out.push_back(2);
    out.push_back(static_cast<uint8_t>(value >> 8));
    out.push_back(static_cast<uint8_t>(value));
}

void
Dot16AppendTlvU32(crypto::Bytes& out, uint8_t type, uint32_t value)
{
    out.push_back(type);
    out.push_back(4);
    for (int shift = 24; shift >= 0; shift -= 8)
    {
        out.push_back(static_cast<uint8_t>(value >> shift));
    }
}

void
Dot16AppendTlv(crypto::Bytes& out, const Dot16Tlv& tlv)
{
    Dot16AppendTlv(out, tlv.type, crypto::ByteView(tlv.value));
}

void
Dot16AppendOptionalTlv(crypto::Bytes& out, uint8_t type, const std::optional<uint8_t>& value)
{
    if (value)
    {
        Dot16AppendTlvU8(out, type, *value);
    }
}

void
Dot16AppendOptionalTlv(crypto::Bytes& out, uint8_t type, const std::optional<uint16_t>& value)
{
    if (value)
    {
        Dot16AppendTlvU16(out, type, *value);
    }
}

Dot16TlvReader::Dot16TlvReader(crypto::ByteView data)
    : m_data(data),
      m_offset(0)
{
}

bool
Dot16TlvReader::AtEnd() const
{
    return m_offset >= m_data.size();
}

std::size_t
Dot16TlvReader::GetOffset() const
{
    return m_offset;
}

Dot16ParseStatus
Dot16TlvReader::Next(Dot16Tlv& tlv)
{
    const uint8_t* p = m_data.data();
    std::size_t size = m_data.size();
    std::size_t pos = m_offset;
    // Type and the first length octet.
    if (size - pos < 2)
    {
        NS_LOG_LOGIC("TLV header truncated at offset " << pos);
        return Dot16ParseStatus::TRUNCATED;
    }
    uint8_t type = p[pos++];
    uint8_t first = p[pos++];
    std::size_t length = first;
    if (first & 0x80)
    {
        std::size_t octets = first & 0x7F;
        if (octets == 0 || octets > 4)
        {
            return Dot16ParseStatus::BAD_LENGTH;
        }
        if (size - pos < octets)
        {
            return Dot16ParseStatus::TRUNCATED;
        }
        if (p[pos] == 0)
        {
            return Dot16ParseStatus::BAD_LENGTH; // leading zero octet: not the shortest form
        }
        length = 0;
        for (std::size_t i = 0; i < octets; ++i)
        {
            length = (length << 8) | p[pos++];
        }
        if (length < 0x80)
        {
            return Dot16ParseStatus::BAD_LENGTH; // long form of a short length
        }
    }
    if (size - pos < length)
    {
        NS_LOG_LOGIC("TLV type " << unsigned(type) << " announces " << length << " octets, "
                                 << size - pos << " remain");
        return Dot16ParseStatus::TRUNCATED;
    }
    tlv.type = type;
    tlv.value.assign(p + pos, p + pos + length);
    m_offset = pos + length;
    return Dot16ParseStatus::OK;
}

Dot16ParseStatus
Dot16ParseTlvList(crypto::ByteView data, std::vector<Dot16Tlv>& tlvs)
{
    tlvs.clear();
    Dot16TlvReader reader(data);
    while (!reader.AtEnd())
    {
        Dot16Tlv tlv;
        Dot16ParseStatus status = reader.Next(tlv);
        if (status != Dot16ParseStatus::OK)
        {
            return status;
        }
        tlvs.push_back(std::move(tlv));
    }
    return Dot16ParseStatus::OK;
}

Dot16ParseStatus
Dot16TlvValueU8(const Dot16Tlv& tlv, uint8_t& value)
{
    if (tlv.value.size() != 1)
    {
        return Dot16ParseStatus::BAD_LENGTH;
    }
    value = tlv.value[0];
    return Dot16ParseStatus::OK;
}

Dot16ParseStatus
Dot16TlvValueU16(const Dot16Tlv& tlv, uint16_t& value)
{
    if (tlv.value.size() != 2)
    {
        return Dot16ParseStatus::BAD_LENGTH;
    }
    value = static_cast<uint16_t>((tlv.value[0] << 8) | tlv.value[1]);
    return Dot16ParseStatus::OK;
}

Dot16ParseStatus
Dot16TlvValueU32(const Dot16Tlv& tlv, uint32_t& value)
{
    if (tlv.value.size() != 4)
    {
        return Dot16ParseStatus::BAD_LENGTH;
    }
    value = (uint32_t(tlv.value[0]) << 24) | (uint32_t(tlv.value[1]) << 16) |
            (uint32_t(tlv.value[2]) << 8) | uint32_t(tlv.value[3]);
    return Dot16ParseStatus::OK;
}

Dot16ParseStatus
Dot16TlvValueOptional(const Dot16Tlv& tlv, std::optional<uint8_t>& field)
{
    return Dot16TlvValueOptional(tlv, field, &Dot16TlvValueU8);
}

Dot16ParseStatus
Dot16TlvValueOptional(const Dot16Tlv& tlv, std::optional<uint16_t>& field)
{
    return Dot16TlvValueOptional(tlv, field, &Dot16TlvValueU16);
}

bool
Dot16TlvSeen::Mark(uint8_t type)
{
    uint64_t bit = uint64_t(1) << (type % 64);
    bool seen = (m_bits[type / 64] & bit) != 0;
    m_bits[type / 64] |= bit;
    return seen;
}

bool
Dot16TlvSeen::Has(uint8_t type) const
{
    return (m_bits[type / 64] & (uint64_t(1) << (type % 64))) != 0;
}

Dot16ParseStatus
Dot16TlvSeen::Check(uint8_t type, Dot16ParseStatus status)
{
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    return Mark(type) ? Dot16ParseStatus::DUPLICATE : Dot16ParseStatus::OK;
}

} // namespace ns3
