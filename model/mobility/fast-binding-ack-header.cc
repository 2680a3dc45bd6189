/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "fast-binding-ack-header.h"

#include "fast-binding-update-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("FastBindingAckHeader");

NS_OBJECT_ENSURE_REGISTERED(FastBindingAckHeader);

TypeId
FastBindingAckHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::FastBindingAckHeader")
                            .SetParent<MobilityHeader>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<FastBindingAckHeader>();
    return tid;
}

TypeId
FastBindingAckHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

FastBindingAckHeader::FastBindingAckHeader()
    : MobilityHeader(mip6::MH_FAST_BINDING_ACK, 6),
      m_status(mip6::FBACK_ACCEPTED),
      m_flags(0),
      m_sequence(0),
      m_lifetime(0),
      m_badfRequired(true)
{
}

void
FastBindingAckHeader::SetStatus(uint8_t status)
{
    m_status = status;
}

uint8_t
FastBindingAckHeader::GetStatus() const
{
    return m_status;
}

void
FastBindingAckHeader::SetFlags(uint8_t flags)
{
    m_flags = flags;
}

uint8_t
FastBindingAckHeader::GetFlags() const
{
    return m_flags;
}

void
FastBindingAckHeader::SetSequence(uint16_t sequence)
{
    m_sequence = sequence;
}

uint16_t
FastBindingAckHeader::GetSequence() const
{
    return m_sequence;
}

void
FastBindingAckHeader::SetLifetime(uint16_t lifetime)
{
    m_lifetime = lifetime;
}

uint16_t
FastBindingAckHeader::GetLifetime() const
{
    return m_lifetime;
}

void
FastBindingAckHeader::SetBadfRequired(bool required)
{
    m_badfRequired = required;
}

void
FastBindingAckHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteU8(m_status);
    i.WriteU8(m_flags);
    i.WriteHtonU16(m_sequence);
    i.WriteHtonU16(m_lifetime);
}

MhParseStatus
FastBindingAckHeader::DeserializeMessageData(Buffer::Iterator& i)
{
    m_status = i.ReadU8();
    m_flags = i.ReadU8();
    m_sequence = i.ReadNtohU16();
    m_lifetime = i.ReadNtohU16();
    return MhParseStatus::OK;
}

MhParseStatus
FastBindingAckHeader::CheckOptions() const
{
    return CheckBadfPlacement(*this, m_badfRequired, LastNonPaddingIndex());
}

void
FastBindingAckHeader::PrintMessageData(std::ostream& os) const
{
    os << "FBack status=" << +m_status << " seq=" << m_sequence << " lifetime=" << m_lifetime;
}

} // namespace ns3
