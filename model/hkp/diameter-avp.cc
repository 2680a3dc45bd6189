/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "diameter-avp.h"

namespace ns3
{

std::string
ToString(DiameterParseStatus status)
{
    switch (status)
    {
    case DiameterParseStatus::OK:
        return "OK";
    case DiameterParseStatus::TRUNCATED:
        return "TRUNCATED";
    case DiameterParseStatus::OVERLONG:
        return "OVERLONG";
    case DiameterParseStatus::BAD_VERSION:
        return "BAD_VERSION";
    case DiameterParseStatus::BAD_LENGTH:
        return "BAD_LENGTH";
    case DiameterParseStatus::BAD_FLAGS:
        return "BAD_FLAGS";
    case DiameterParseStatus::BAD_PADDING:
        return "BAD_PADDING";
    case DiameterParseStatus::WRONG_COMMAND:
        return "WRONG_COMMAND";
    case DiameterParseStatus::MISSING_AVP:
        return "MISSING_AVP";
    case DiameterParseStatus::BAD_AVP_VALUE:
        return "BAD_AVP_VALUE";
    }
    return "UNKNOWN";
}

std::ostream&
operator<<(std::ostream& os, DiameterParseStatus status)
{
    return os << ToString(status);
}

namespace
{
/**
 * \param out where
 * \param value a value
 * \param octets how many low-order octets to append, big-endian
 */
void
PutBigEndian(std::vector<uint8_t>& out, uint32_t value, int octets)
{
    for (int shift = 8 * (octets - 1); shift >= 0; shift -= 8)
    {
        out.push_back(static_cast<uint8_t>(value >> shift));
    }
}

/**
 * \param p the octets
 * \param octets how many
 * \return their big-endian value
 */
uint32_t
GetBigEndian(const uint8_t* p, int octets)
{
    uint32_t value = 0;
    for (int k = 0; k < octets; ++k)
    {
        value = (value << 8) | p[k];
    }
    return value;
}
} // namespace

DiameterAvp
DiameterAvp::Make(uint32_t code, uint32_t vendorId, std::vector<uint8_t> data)
{
    DiameterAvp avp;
    avp.code = code;
    avp.vendorId = vendorId;
    avp.flags = diameter::AVP_FLAG_MANDATORY | (vendorId != 0 ? diameter::AVP_FLAG_VENDOR : 0);
    avp.data = std::move(data);
    return avp;
}

DiameterAvp
DiameterAvp::MakeUnsigned32(uint32_t code, uint32_t vendorId, uint32_t value)
{
    std::vector<uint8_t> data;
    PutBigEndian(data, value, 4);
    return Make(code, vendorId, std::move(data));
}

DiameterAvp
DiameterAvp::MakeString(uint32_t code, uint32_t vendorId, const std::string& value)
{
    return Make(code, vendorId, std::vector<uint8_t>(value.begin(), value.end()));
}

uint32_t
DiameterAvp::GetLength() const
{
    return diameter::AVP_HEADER_SIZE + (HasVendor() ? diameter::AVP_VENDOR_SIZE : 0) +
           static_cast<uint32_t>(data.size());
}

uint32_t
DiameterAvp::GetPaddedLength() const
{
    return (GetLength() + 3) & ~3U;
}

bool
DiameterAvp::HasVendor() const
{
    return (flags & diameter::AVP_FLAG_VENDOR) != 0;
}

bool
DiameterAvp::GetUnsigned32(uint32_t& value) const
{
    if (data.size() != 4)
    {
        return false;
    }
    value = GetBigEndian(data.data(), 4);
    return true;
}

std::string
DiameterAvp::GetString() const
{
    return std::string(data.begin(), data.end());
}

void
DiameterAvp::AppendTo(std::vector<uint8_t>& out) const
{
    PutBigEndian(out, code, 4);
    out.push_back(flags);
    PutBigEndian(out, GetLength(), 3);
    if (HasVendor())
    {
        PutBigEndian(out, vendorId, 4);
    }
    out.insert(out.end(), data.begin(), data.end());
    out.resize(out.size() + (GetPaddedLength() - GetLength()), 0);
}

DiameterParseStatus
DiameterAvp::Read(const uint8_t* data, std::size_t size, std::size_t& offset, DiameterAvp& out)
{
    if (offset > size || size - offset < diameter::AVP_HEADER_SIZE)
    {
        return DiameterParseStatus::TRUNCATED;
    }
    const uint8_t* p = data + offset;
    DiameterAvp avp;
    avp.code = GetBigEndian(p, 4);
    avp.flags = p[4];
    const uint32_t length = GetBigEndian(p + 5, 3);
    if ((avp.flags & (diameter::AVP_FLAG_RESERVED_MASK | diameter::AVP_FLAG_PROTECTED)) != 0)
    {
        return DiameterParseStatus::BAD_FLAGS;
    }
    const uint32_t headerSize =
        diameter::AVP_HEADER_SIZE + (avp.HasVendor() ? diameter::AVP_VENDOR_SIZE : 0);
    if (length < headerSize)
    {
        return DiameterParseStatus::BAD_LENGTH;
    }
    const std::size_t padded = (static_cast<std::size_t>(length) + 3) & ~std::size_t(3);
    if (size - offset < padded)
    {
        return DiameterParseStatus::TRUNCATED;
    }
    if (avp.HasVendor())
    {
        avp.vendorId = GetBigEndian(p + diameter::AVP_HEADER_SIZE, 4);
    }
    avp.data.assign(p + headerSize, p + length);
    for (std::size_t k = length; k < padded; ++k)
    {
        if (p[k] != 0)
        {
            return DiameterParseStatus::BAD_PADDING;
        }
    }
    offset += padded;
    out = std::move(avp);
    return DiameterParseStatus::OK;
}

} // namespace ns3
