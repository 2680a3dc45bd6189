/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-ack-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoverAckHeader");

NS_OBJECT_ENSURE_REGISTERED(HandoverAckHeader);

TypeId
HandoverAckHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::HandoverAckHeader")
                            .SetParent<MobilityHeader>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<HandoverAckHeader>();
    return tid;
}

TypeId
HandoverAckHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

HandoverAckHeader::HandoverAckHeader()
    : MobilityHeader(mip6::MH_HANDOVER_ACK, 4),
      m_sequence(0),
      m_dataReserved(0),
      m_code(mip6::HACK_ACCEPTED_NCOA_VALID)
{
}

void
HandoverAckHeader::SetSequence(uint16_t sequence)
{
    m_sequence = sequence;
}

uint16_t
HandoverAckHeader::GetSequence() const
{
    return m_sequence;
}

void
HandoverAckHeader::SetCode(uint8_t code)
{
    m_code = code;
}

uint8_t
HandoverAckHeader::GetCode() const
{
    return m_code;
}

uint8_t
HandoverAckHeader::GetDataReserved() const
{
    return m_dataReserved;
}

void
HandoverAckHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteHtonU16(m_sequence);
    i.WriteU8(m_dataReserved);
    i.WriteU8(m_code);
}

MhParseStatus
HandoverAckHeader::DeserializeMessageData(Buffer::Iterator& i)
{
    m_sequence = i.ReadNtohU16();
    m_dataReserved = i.ReadU8();
    m_code = i.ReadU8();
    return MhParseStatus::OK;
}

void
HandoverAckHeader::PrintMessageData(std::ostream& os) const
{
    os << "HAck seq=" << m_sequence << " code=" << +m_code;
}

} // namespace ns3
