/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-key-request-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoverKeyRequestHeader");

NS_OBJECT_ENSURE_REGISTERED(HandoverKeyRequestHeader);

namespace
{
/// Message ID, flags octet, Key Care-of Address.
constexpr uint32_t HKREQ_DATA_SIZE = 18;
} // namespace

TypeId
HandoverKeyRequestHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::HandoverKeyRequestHeader")
                            .SetParent<MobilityHeader>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<HandoverKeyRequestHeader>();
    return tid;
}

TypeId
HandoverKeyRequestHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

HandoverKeyRequestHeader::HandoverKeyRequestHeader()
    : MobilityHeader(mip6::MH_HANDOVER_KEY_REQUEST, HKREQ_DATA_SIZE),
      m_messageId(0),
      m_verify(false),
      m_prf(mip6::PRF_HMAC_SHA1),
      m_reservedBits(0),
      m_coa(Ipv6Address::GetAny())
{
}

void
HandoverKeyRequestHeader::SetMessageId(uint8_t id)
{
    m_messageId = id;
}

uint8_t
HandoverKeyRequestHeader::GetMessageId() const
{
    return m_messageId;
}

void
HandoverKeyRequestHeader::SetVerify(bool verify)
{
    m_verify = verify;
}

bool
HandoverKeyRequestHeader::GetVerify() const
{
    return m_verify;
}

void
HandoverKeyRequestHeader::SetPrf(uint8_t prf)
{
    NS_ASSERT_MSG(prf <= 7, "PRF is a 3-bit field");
    m_prf = prf;
}

uint8_t
HandoverKeyRequestHeader::GetPrf() const
{
    return m_prf;
}

uint8_t
HandoverKeyRequestHeader::GetFlagsReserved() const
{
    return m_reservedBits;
}

void
HandoverKeyRequestHeader::SetKeyCareOfAddress(const Ipv6Address& coa)
{
    m_coa = coa;
}

Ipv6Address
HandoverKeyRequestHeader::GetKeyCareOfAddress() const
{
    return m_coa;
}

void
HandoverKeyRequestHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteU8(m_messageId);
    i.WriteU8(static_cast<uint8_t>((m_verify ? 0x80 : 0) | (m_prf << 4) | m_reservedBits));
    uint8_t coa[16];
    m_coa.GetBytes(coa);
    i.Write(coa, 16);
}

MhParseStatus
HandoverKeyRequestHeader::DeserializeMessageData(Buffer::Iterator& i)
{
    m_messageId = i.ReadU8();
    uint8_t flags = i.ReadU8();
    m_verify = (flags & 0x80) != 0;
    m_prf = (flags >> 4) & 0x07;
    m_reservedBits = flags & 0x0f;
    uint8_t coa[16];
    i.Read(coa, 16);
    m_coa = Ipv6Address(coa);
    return MhParseStatus::OK;
}

MhParseStatus
HandoverKeyRequestHeader::CheckOptions() const
{
    MnIdentifierOption mnId;
    MacOption mac;
    HandoverNonceOption nonce;
    if (!FindOption(mnId) || !FindOption(mac))
    {
        return MhParseStatus::MISSING_MANDATORY;
    }
    if (m_verify)
    {
        // Draft 6.2.3: the MN-AR MAC option MUST be included, as the last option.
        if (!FindOption(mac, mip6::MAC_SUBTYPE_MN_AR))
        {
            return MhParseStatus::MISSING_MANDATORY;
        }
        const auto& last = GetOptions()[LastNonPaddingIndex()];
        if (last.type != mip6::OPT_HK_MAC || last.data[0] != mip6::MAC_SUBTYPE_MN_AR)
        {
            return MhParseStatus::MISPLACED;
        }
    }
    else if (!FindOption(nonce, mip6::NONCE_SUBTYPE_MN))
    {
        return MhParseStatus::MISSING_MANDATORY;
    }
    return MhParseStatus::OK;
}

void
HandoverKeyRequestHeader::PrintMessageData(std::ostream& os) const
{
    os << "HKReq id=" << +m_messageId << " v=" << m_verify << " prf=" << +m_prf << " coa=" << m_coa;
}

} // namespace ns3
