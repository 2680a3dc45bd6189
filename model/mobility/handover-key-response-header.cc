/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-key-response-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoverKeyResponseHeader");

NS_OBJECT_ENSURE_REGISTERED(HandoverKeyResponseHeader);

namespace
{
/// Message ID, flags, Status Code, Lifetime (3), SPI (4).
constexpr uint32_t HKRESP_DATA_SIZE = 10;
} // namespace

TypeId
HandoverKeyResponseHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::HandoverKeyResponseHeader")
                            .SetParent<MobilityHeader>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<HandoverKeyResponseHeader>();
    return tid;
}

TypeId
HandoverKeyResponseHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

HandoverKeyResponseHeader::HandoverKeyResponseHeader()
    : MobilityHeader(mip6::MH_HANDOVER_KEY_RESPONSE, HKRESP_DATA_SIZE),
      m_messageId(0),
      m_verified(false),
      m_prf(mip6::PRF_HMAC_SHA1),
      m_reservedBits(0),
      m_status(mip6::HK_SUCCESS),
      m_lifetime(0),
      m_spi(0)
{
}

void
HandoverKeyResponseHeader::SetMessageId(uint8_t id)
{
    m_messageId = id;
}

uint8_t
HandoverKeyResponseHeader::GetMessageId() const
{
    return m_messageId;
}

void
HandoverKeyResponseHeader::SetVerified(bool verified)
{
    m_verified = verified;
}

bool
HandoverKeyResponseHeader::GetVerified() const
{
    return m_verified;
}

void
HandoverKeyResponseHeader::SetPrf(uint8_t prf)
{
    NS_ASSERT_MSG(prf <= 7, "PRF is a 3-bit field");
    m_prf = prf;
}

uint8_t
HandoverKeyResponseHeader::GetPrf() const
{
    return m_prf;
}

void
HandoverKeyResponseHeader::SetStatus(uint8_t status)
{
    m_status = status;
}

uint8_t
HandoverKeyResponseHeader::GetStatus() const
{
    return m_status;
}

void
HandoverKeyResponseHeader::SetLifetime(uint32_t seconds)
{
    NS_ASSERT_MSG(seconds <= MAX_LIFETIME, "Lifetime is a 24-bit field");
    m_lifetime = seconds;
}

uint32_t
HandoverKeyResponseHeader::GetLifetime() const
{
    return m_lifetime;
}

void
HandoverKeyResponseHeader::SetSpi(uint32_t spi)
{
    m_spi = spi;
}

uint32_t
HandoverKeyResponseHeader::GetSpi() const
{
    return m_spi;
}

void
HandoverKeyResponseHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteU8(m_messageId);
    i.WriteU8(static_cast<uint8_t>((m_verified ? 0x80 : 0) | (m_prf << 4) | m_reservedBits));
    i.WriteU8(m_status);
    i.WriteU8(static_cast<uint8_t>(m_lifetime >> 16));
    i.WriteHtonU16(static_cast<uint16_t>(m_lifetime));
    i.WriteHtonU32(m_spi);
}

MhParseStatus
HandoverKeyResponseHeader::DeserializeMessageData(Buffer::Iterator& i)
{
    m_messageId = i.ReadU8();
    uint8_t flags = i.ReadU8();
    m_verified = (flags & 0x80) != 0;
    m_prf = (flags >> 4) & 0x07;
    m_reservedBits = flags & 0x0f;
    m_status = i.ReadU8();
    m_lifetime = static_cast<uint32_t>(i.ReadU8()) << 16;
    m_lifetime |= i.ReadNtohU16();
    m_spi = i.ReadNtohU32();
    return MhParseStatus::OK;
}

MhParseStatus
HandoverKeyResponseHeader::CheckOptions() const
{
    if (m_status != mip6::HK_SUCCESS)
    {
        return MhParseStatus::OK;
    }
    MacOption mac;
    HandoverNonceOption nonce;
    if (!FindOption(mac))
    {
        return MhParseStatus::MISSING_MANDATORY;
    }
    if (!m_verified && !FindOption(nonce, mip6::NONCE_SUBTYPE_HKS))
    {
        return MhParseStatus::MISSING_MANDATORY;
    }
    return MhParseStatus::OK;
}

void
HandoverKeyResponseHeader::PrintMessageData(std::ostream& os) const
{
    os << "HKResp id=" << +m_messageId << " v=" << m_verified << " prf=" << +m_prf
       << " status=" << +m_status << " lifetime=" << m_lifetime << " spi=" << m_spi;
}

} // namespace ns3
