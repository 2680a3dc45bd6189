/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-initiate-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoverInitiateHeader");

NS_OBJECT_ENSURE_REGISTERED(HandoverInitiateHeader);

TypeId
HandoverInitiateHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::HandoverInitiateHeader")
                            .SetParent<MobilityHeader>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<HandoverInitiateHeader>();
    return tid;
}

TypeId
HandoverInitiateHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

HandoverInitiateHeader::HandoverInitiateHeader()
    : MobilityHeader(mip6::MH_HANDOVER_INITIATE, 4),
      m_sequence(0),
      m_flags(0),
      m_code(mip6::HI_CODE_FBU_FROM_PCOA)
{
}

void
HandoverInitiateHeader::SetSequence(uint16_t sequence)
{
    m_sequence = sequence;
}

uint16_t
HandoverInitiateHeader::GetSequence() const
{
    return m_sequence;
}

void
HandoverInitiateHeader::SetFlags(uint8_t flags)
{
    m_flags = flags;
}

uint8_t
HandoverInitiateHeader::GetFlags() const
{
    return m_flags;
}

void
HandoverInitiateHeader::SetCode(uint8_t code)
{
    m_code = code;
}

uint8_t
HandoverInitiateHeader::GetCode() const
{
    return m_code;
}

void
HandoverInitiateHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteHtonU16(m_sequence);
    i.WriteU8(m_flags);
    i.WriteU8(m_code);
}

MhParseStatus
HandoverInitiateHeader::DeserializeMessageData(Buffer::Iterator& i)
{
    m_sequence = i.ReadNtohU16();
    m_flags = i.ReadU8();
    m_code = i.ReadU8();
    return MhParseStatus::OK;
}

MhParseStatus
HandoverInitiateHeader::CheckOptions() const
{
    MhIpv6AddressOption pcoa;
    return FindOption(pcoa, mip6::IPADDR_CODE_OLD_COA) ? MhParseStatus::OK
                                                       : MhParseStatus::MISSING_MANDATORY;
}

void
HandoverInitiateHeader::PrintMessageData(std::ostream& os) const
{
    os << "HI seq=" << m_sequence << " flags=0x" << std::hex << +m_flags << std::dec
       << " code=" << +m_code;
}

} // namespace ns3
