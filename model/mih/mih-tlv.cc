/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mih-tlv.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MihTlv");

std::string
ToString(MihParseStatus status)
{
    switch (status)
    {
    case MihParseStatus::OK:
        return "OK";
    case MihParseStatus::TRUNCATED:
        return "TRUNCATED";
    case MihParseStatus::OVERLONG:
        return "OVERLONG";
    case MihParseStatus::BAD_LENGTH_ENCODING:
        return "BAD_LENGTH_ENCODING";
    case MihParseStatus::PAYLOAD_LENGTH_MISMATCH:
        return "PAYLOAD_LENGTH_MISMATCH";
    case MihParseStatus::BAD_VERSION:
        return "BAD_VERSION";
    case MihParseStatus::FRAGMENTED:
        return "FRAGMENTED";
    case MihParseStatus::UNEXPECTED_MESSAGE:
        return "UNEXPECTED_MESSAGE";
    case MihParseStatus::UNEXPECTED_TYPE:
        return "UNEXPECTED_TYPE";
    case MihParseStatus::DUPLICATE:
        return "DUPLICATE";
    case MihParseStatus::OUT_OF_ORDER:
        return "OUT_OF_ORDER";
    case MihParseStatus::MISSING_MANDATORY:
        return "MISSING_MANDATORY";
    case MihParseStatus::BAD_VALUE:
        return "BAD_VALUE";
    case MihParseStatus::INCONSISTENT:
        return "INCONSISTENT";
    }
    return "UNKNOWN(" + std::to_string(static_cast<int>(status)) + ")";
}

std::ostream&
operator<<(std::ostream& os, MihParseStatus status)
{
    return os << ToString(status);
}

// --- MihByteReader ------------------------------------------------------------------------------

MihByteReader::MihByteReader(const uint8_t* data, std::size_t size)
    : m_data(data),
      m_size(size),
      m_offset(0)
{
    NS_ABORT_MSG_IF(data == nullptr && size != 0, "MihByteReader: null data of non-zero size");
}

std::size_t
MihByteReader::GetRemaining() const
{
    return m_size - m_offset;
}

std::size_t
MihByteReader::GetOffset() const
{
    return m_offset;
}

bool
MihByteReader::AtEnd() const
{
    return m_offset == m_size;
}

const uint8_t*
MihByteReader::Current() const
{
    return m_data + m_offset;
}

bool
MihByteReader::ReadU8(uint8_t& value)
{
    if (GetRemaining() < 1)
    {
        return false;
    }
    value = m_data[m_offset++];
    return true;
}

bool
MihByteReader::ReadU16(uint16_t& value)
{
    if (GetRemaining() < 2)
    {
        return false;
    }
    value = static_cast<uint16_t>((m_data[m_offset] << 8) | m_data[m_offset + 1]);
    m_offset += 2;
    return true;
}

bool
MihByteReader::ReadU32(uint32_t& value)
{
    if (GetRemaining() < 4)
    {
        return false;
    }
    value = 0;
    for (int i = 0; i < 4; ++i)
    {
        value = (value << 8) | m_data[m_offset + i];
    }
    m_offset += 4;
    return true;
}

bool
MihByteReader::ReadBytes(std::size_t count, std::vector<uint8_t>& out)
{
    if (GetRemaining() < count)
    {
        return false;
    }
    out.assign(m_data + m_offset, m_data + m_offset + count);
    m_offset += count;
    return true;
}

bool
MihByteReader::Skip(std::size_t count)
{
    if (GetRemaining() < count)
    {
        return false;
    }
    m_offset += count;
    return true;
}

MihParseStatus
MihByteReader::ReadLength(uint32_t& length)
{
    std::size_t start = m_offset;
    uint8_t first;
    if (!ReadU8(first))
    {
        return MihParseStatus::TRUNCATED;
    }
    if (first <= 0x80)
    {
        // Below 128: the octet is the length. Exactly 128: 0x80 alone.
        length = first;
        return MihParseStatus::OK;
    }
    uint8_t k = first & 0x7f;
    if (k > 4)
    {
        m_offset = start;
        NS_LOG_LOGIC("length field 0x" << std::hex << +first << std::dec << ": k = " << +k
                                       << " octets is more than 4");
        return MihParseStatus::BAD_LENGTH_ENCODING;
    }
    if (GetRemaining() < k)
    {
        m_offset = start;
        return MihParseStatus::TRUNCATED;
    }
    uint64_t extra = 0;
    for (uint8_t i = 0; i < k; ++i)
    {
        extra = (extra << 8) | m_data[m_offset + i];
    }
    // Shortest form only: no leading zero octet, and 128 + extra must need the long form.
    if (m_data[m_offset] == 0 || 128 + extra > UINT32_MAX)
    {
        m_offset = start;
        return MihParseStatus::BAD_LENGTH_ENCODING;
    }
    m_offset += k;
    length = static_cast<uint32_t>(128 + extra);
    return MihParseStatus::OK;
}

// --- MihLength ----------------------------------------------------------------------------------

uint32_t
MihLength::GetEncodedSize(uint32_t length)
{
    if (length <= 128)
    {
        return 1;
    }
    uint32_t extra = length - 128;
    uint32_t k = 1;
    while (k < 4 && (extra >> (8 * k)) != 0)
    {
        ++k;
    }
    return 1 + k;
}

void
MihLength::Append(std::vector<uint8_t>& out, uint32_t length)
{
    if (length <= 128)
    {
        out.push_back(static_cast<uint8_t>(length));
        return;
    }
    uint32_t k = GetEncodedSize(length) - 1;
    uint32_t extra = length - 128;
    out.push_back(static_cast<uint8_t>(0x80 | k));
    for (uint32_t i = k; i > 0; --i)
    {
        out.push_back(static_cast<uint8_t>(extra >> (8 * (i - 1))));
    }
}

std::vector<uint8_t>
MihLength::Encode(uint32_t length)
{
    std::vector<uint8_t> out;
    Append(out, length);
    return out;
}

uint32_t
GetMihTlvSize(uint32_t valueSize)
{
    return 1 + MihLength::GetEncodedSize(valueSize) + valueSize;
}

// --- MihTlvReader -------------------------------------------------------------------------------

MihTlvReader::MihTlvReader(const uint8_t* data, std::size_t size)
    : m_reader(data, size)
{
}

MihTlvReader::MihTlvReader(const std::vector<uint8_t>& data)
    : m_reader(data.data(), data.size())
{
}

bool
MihTlvReader::AtEnd() const
{
    return m_reader.AtEnd();
}

std::size_t
MihTlvReader::GetOffset() const
{
    return m_reader.GetOffset();
}

MihParseStatus
MihTlvReader::Next(MihTlv& tlv)
{
    MihByteReader probe = m_reader;
    uint8_t type;
    if (!probe.ReadU8(type))
    {
        return MihParseStatus::TRUNCATED;
    }
    uint32_t length;
    MihParseStatus status = probe.ReadLength(length);
    if (status != MihParseStatus::OK)
    {
        NS_LOG_LOGIC("TLV type " << +type << " at offset " << m_reader.GetOffset()
                                 << ": length field " << status);
        return status;
    }
    if (length > probe.GetRemaining())
    {
        NS_LOG_LOGIC("TLV type " << +type << " at offset " << m_reader.GetOffset() << ": length "
                                 << length << " but only " << probe.GetRemaining()
                                 << " octets remain");
        return MihParseStatus::OVERLONG;
    }
    tlv.type = type;
    probe.ReadBytes(length, tlv.value);
    m_reader = probe;
    return MihParseStatus::OK;
}

MihParseStatus
MihTlvReader::Expect(uint8_t type, MihTlv& tlv)
{
    MihByteReader saved = m_reader;
    MihTlv read;
    MihParseStatus status = Next(read);
    if (status != MihParseStatus::OK)
    {
        return status;
    }
    if (read.type != type)
    {
        NS_LOG_LOGIC("expected TLV type " << +type << ", found " << +read.type);
        m_reader = saved;
        return MihParseStatus::UNEXPECTED_TYPE;
    }
    tlv = std::move(read);
    return MihParseStatus::OK;
}

MihParseStatus
MihTlvReader::ReadAll(std::vector<MihTlv>& tlvs)
{
    tlvs.clear();
    while (!AtEnd())
    {
        MihTlv tlv;
        MihParseStatus status = Next(tlv);
        if (status != MihParseStatus::OK)
        {
            return status;
        }
        tlvs.push_back(std::move(tlv));
    }
    return MihParseStatus::OK;
}

// --- MihTlvWriter -------------------------------------------------------------------------------

void
MihTlvWriter::Write(uint8_t type, const uint8_t* data, std::size_t size)
{
    NS_ABORT_MSG_IF(size > UINT32_MAX, "MIH TLV value too large");
    m_bytes.push_back(type);
    MihLength::Append(m_bytes, static_cast<uint32_t>(size));
    m_bytes.insert(m_bytes.end(), data, data + size);
}

void
MihTlvWriter::Write(uint8_t type, const std::vector<uint8_t>& value)
{
    Write(type, value.data(), value.size());
}

void
MihTlvWriter::WriteU8(uint8_t type, uint8_t value)
{
    Write(type, &value, 1);
}

void
MihTlvWriter::WriteU32(uint8_t type, uint32_t value)
{
    uint8_t octets[4] = {static_cast<uint8_t>(value >> 24),
                         static_cast<uint8_t>(value >> 16),
                         static_cast<uint8_t>(value >> 8),
                         static_cast<uint8_t>(value)};
    Write(type, octets, 4);
}

const std::vector<uint8_t>&
MihTlvWriter::GetBytes() const
{
    return m_bytes;
}

} // namespace ns3
