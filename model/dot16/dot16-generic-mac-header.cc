/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-generic-mac-header.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <iomanip>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16GenericMacHeader");

NS_OBJECT_ENSURE_REGISTERED(Dot16GenericMacHeader);

TypeId
Dot16GenericMacHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16GenericMacHeader")
                            .SetParent<Header>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16GenericMacHeader>();
    return tid;
}

TypeId
Dot16GenericMacHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

Dot16GenericMacHeader::Dot16GenericMacHeader()
    : m_ec(false),
      m_type(0),
      m_esf(false),
      m_ci(false),
      m_eks(0),
      m_reserved(false),
      m_length(SIZE),
      m_cid(0),
      m_hcs(0),
      m_hcsValid(true),
      m_htSignaling(false)
{
}

uint8_t
Dot16GenericMacHeader::ComputeHcs(const uint8_t* data, std::size_t size)
{
    // CRC-8, generator x^8 + x^2 + x + 1: shift out the top bit, XOR 0x07 when it was 1.
    uint8_t crc = 0;
    for (std::size_t i = 0; i < size; ++i)
    {
        crc ^= data[i];
        for (int bit = 0; bit < 8; ++bit)
        {
            crc = (crc & 0x80) ? static_cast<uint8_t>((crc << 1) ^ 0x07)
                               : static_cast<uint8_t>(crc << 1);
        }
    }
    return crc;
}

void
Dot16GenericMacHeader::EncodeFirstFive(uint8_t out[5]) const
{
    out[0] = static_cast<uint8_t>((m_ec ? 0x40 : 0) | (m_type & 0x3F)); // HT = 0
    out[1] = static_cast<uint8_t>((m_esf ? 0x80 : 0) | (m_ci ? 0x40 : 0) | ((m_eks & 0x03) << 4) |
                                  (m_reserved ? 0x08 : 0) | ((m_length >> 8) & 0x07));
    out[2] = static_cast<uint8_t>(m_length);
    out[3] = static_cast<uint8_t>(m_cid >> 8);
    out[4] = static_cast<uint8_t>(m_cid);
}

crypto::Bytes
Dot16GenericMacHeader::Encode() const
{
    uint8_t first[5];
    EncodeFirstFive(first);
    crypto::Bytes out(first, first + 5);
    out.push_back(ComputeHcs(first, 5));
    return out;
}

void
Dot16GenericMacHeader::Serialize(Buffer::Iterator start) const
{
    crypto::Bytes octets = Encode();
    start.Write(octets.data(), static_cast<uint32_t>(octets.size()));
}

uint32_t
Dot16GenericMacHeader::Deserialize(Buffer::Iterator start)
{
    uint8_t octets[SIZE];
    start.Read(octets, SIZE);
    m_htSignaling = (octets[0] & 0x80) != 0;
    m_ec = (octets[0] & 0x40) != 0;
    m_type = octets[0] & 0x3F;
    m_esf = (octets[1] & 0x80) != 0;
    m_ci = (octets[1] & 0x40) != 0;
    m_eks = (octets[1] >> 4) & 0x03;
    m_reserved = (octets[1] & 0x08) != 0;
    m_length = static_cast<uint16_t>(((octets[1] & 0x07) << 8) | octets[2]);
    m_cid = static_cast<uint16_t>((octets[3] << 8) | octets[4]);
    m_hcs = octets[5];
    m_hcsValid = ComputeHcs(octets, 5) == m_hcs;
    NS_LOG_LOGIC("GMH CID " << m_cid << " LEN " << m_length << " HCS "
                            << (m_hcsValid ? "ok" : "BAD"));
    return SIZE;
}

uint32_t
Dot16GenericMacHeader::GetSerializedSize() const
{
    return SIZE;
}

void
Dot16GenericMacHeader::Print(std::ostream& os) const
{
    os << "GMH EC=" << m_ec << " Type=0x" << std::hex << unsigned(m_type) << std::dec
       << " ESF=" << m_esf << " CI=" << m_ci << " EKS=" << unsigned(m_eks) << " LEN=" << m_length
       << " CID=" << m_cid << " HCS=" << (m_hcsValid ? "ok" : "bad");
}

Dot16ParseStatus
Dot16GenericMacHeader::Decode(crypto::ByteView octets, Dot16GenericMacHeader& header)
{
    if (octets.size() < SIZE)
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    const uint8_t* p = octets.data();
    if (p[0] & 0x80)
    {
        return Dot16ParseStatus::UNEXPECTED_TYPE; // HT = 1: a MAC signalling header
    }
    if (ComputeHcs(p, 5) != p[5])
    {
        return Dot16ParseStatus::BAD_HCS;
    }
    Dot16GenericMacHeader h;
    h.m_ec = (p[0] & 0x40) != 0;
    h.m_type = p[0] & 0x3F;
    h.m_esf = (p[1] & 0x80) != 0;
    h.m_ci = (p[1] & 0x40) != 0;
    h.m_eks = (p[1] >> 4) & 0x03;
    h.m_reserved = (p[1] & 0x08) != 0;
    h.m_length = static_cast<uint16_t>(((p[1] & 0x07) << 8) | p[2]);
    h.m_cid = static_cast<uint16_t>((p[3] << 8) | p[4]);
    h.m_hcs = p[5];
    h.m_hcsValid = true;
    if (h.m_length < SIZE)
    {
        return Dot16ParseStatus::BAD_LENGTH;
    }
    header = h;
    return Dot16ParseStatus::OK;
}

Dot16ParseStatus
Dot16GenericMacHeader::DecodePdu(crypto::ByteView pdu,
                                 Dot16GenericMacHeader& header,
                                 crypto::ByteView& payload)
{
    Dot16GenericMacHeader h;
    Dot16ParseStatus status = Decode(pdu, h);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    if (h.m_length > pdu.size())
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    if (h.m_length < pdu.size())
    {
        return Dot16ParseStatus::OVERLONG;
    }
    std::size_t payloadSize = h.m_length - SIZE;
    if (h.m_ci)
    {
        if (payloadSize < 4)
        {
            return Dot16ParseStatus::BAD_LENGTH;
        }
        payloadSize -= 4;
    }
    header = h;
    payload = crypto::ByteView(pdu.data() + SIZE, payloadSize);
    return Dot16ParseStatus::OK;
}

crypto::Bytes
Dot16GenericMacHeader::EncodePdu(crypto::ByteView payload) const
{
    NS_ABORT_MSG_IF(payload.size() + SIZE > MAX_LENGTH,
                    "802.16 MAC PDU of " << payload.size() + SIZE << " octets exceeds LEN");
    Dot16GenericMacHeader h = *this;
    h.m_length = static_cast<uint16_t>(payload.size() + SIZE);
    crypto::Bytes out = h.Encode();
    out.insert(out.end(), payload.data(), payload.data() + payload.size());
    return out;
}

void
Dot16GenericMacHeader::SetEncryptionControl(bool ec)
{
    m_ec = ec;
}

bool
Dot16GenericMacHeader::GetEncryptionControl() const
{
    return m_ec;
}

void
Dot16GenericMacHeader::SetType(uint8_t type)
{
    NS_ABORT_MSG_IF(type > 0x3F, "GMH Type is 6 bits");
    m_type = type;
}

uint8_t
Dot16GenericMacHeader::GetType() const
{
    return m_type;
}

void
Dot16GenericMacHeader::SetExtendedSubheader(bool esf)
{
    m_esf = esf;
}

bool
Dot16GenericMacHeader::GetExtendedSubheader() const
{
    return m_esf;
}

void
Dot16GenericMacHeader::SetCrcIndicator(bool ci)
{
    m_ci = ci;
}

bool
Dot16GenericMacHeader::GetCrcIndicator() const
{
    return m_ci;
}

void
Dot16GenericMacHeader::SetEks(uint8_t eks)
{
    NS_ABORT_MSG_IF(eks > 3, "EKS is 2 bits");
    m_eks = eks;
}

uint8_t
Dot16GenericMacHeader::GetEks() const
{
    return m_eks;
}

void
Dot16GenericMacHeader::SetLength(uint16_t length)
{
    NS_ABORT_MSG_IF(length > MAX_LENGTH || length < SIZE, "GMH LEN must be 6..2047");
    m_length = length;
}

uint16_t
Dot16GenericMacHeader::GetLength() const
{
    return m_length;
}

void
Dot16GenericMacHeader::SetCid(uint16_t cid)
{
    m_cid = cid;
}

uint16_t
Dot16GenericMacHeader::GetCid() const
{
    return m_cid;
}

uint8_t
Dot16GenericMacHeader::GetHcs() const
{
    if (m_hcsValid)
    {
        // Equal to the received HCS when it verified; follows any field set since.
        uint8_t first[5];
        EncodeFirstFive(first);
        return ComputeHcs(first, 5);
    }
    return m_hcs;
}

bool
Dot16GenericMacHeader::IsHcsValid() const
{
    return m_hcsValid && !m_htSignaling;
}

} // namespace ns3
