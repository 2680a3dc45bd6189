/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "binding-header.h"

#include "ns3/packet.h"

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(BindingHeader);

TypeId
BindingHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::BindingHeader")
                            .SetParent<Header>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<BindingHeader>();
    return tid;
}

TypeId
BindingHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

BindingHeader::BindingHeader()
    : m_type(BINDING_UPDATE),
      m_status(ACCEPTED),
      m_sequence(0),
      m_mn(0)
{
}

void
BindingHeader::Serialize(Buffer::Iterator start) const
{
    start.WriteU8(m_type);
    start.WriteU8(m_status);
    start.WriteHtonU16(m_sequence);
    start.WriteHtonU32(m_mn);
    start.WriteHtonU32(m_homeAddress.Get());
    start.WriteHtonU32(m_careOf.Get());
}

uint32_t
BindingHeader::Deserialize(Buffer::Iterator start)
{
    m_type = start.ReadU8();
    m_status = start.ReadU8();
    m_sequence = start.ReadNtohU16();
    m_mn = start.ReadNtohU32();
    m_homeAddress = Ipv4Address(start.ReadNtohU32());
    m_careOf = Ipv4Address(start.ReadNtohU32());
    return SIZE;
}

uint32_t
BindingHeader::GetSerializedSize() const
{
    return SIZE;
}

void
BindingHeader::Print(std::ostream& os) const
{
    os << (m_type == BINDING_UPDATE ? "BU" : (m_type == BINDING_ACK ? "BA" : "?"))
       << " seq=" << m_sequence << " status=" << +m_status << " mn=" << m_mn
       << " hoa=" << m_homeAddress << " coa=" << m_careOf;
}

bool
BindingHeader::Parse(Ptr<Packet> packet, BindingHeader& header)
{
    if (packet->GetSize() < SIZE)
    {
        return false;
    }
    packet->RemoveHeader(header);
    bool typeOk = header.m_type == BINDING_UPDATE || header.m_type == BINDING_ACK;
    bool statusOk = header.m_status == ACCEPTED || header.m_status == NO_ROUTE_TO_COA;
    return typeOk && statusOk;
}

std::string
BindingHeader::ParseExpecting(Ptr<Packet> packet, MessageType expected, BindingHeader& header)
{
    if (packet->GetSize() < SIZE)
    {
        return "truncated";
    }
    if (!Parse(packet, header))
    {
        return "bad-type-or-status";
    }
    if (header.GetType() != expected)
    {
        return "unexpected-type";
    }
    return "";
}

void
BindingHeader::SetType(MessageType type)
{
    m_type = type;
}

uint8_t
BindingHeader::GetType() const
{
    return m_type;
}

void
BindingHeader::SetStatus(Status status)
{
    m_status = status;
}

uint8_t
BindingHeader::GetStatus() const
{
    return m_status;
}

void
BindingHeader::SetSequence(uint16_t sequence)
{
    m_sequence = sequence;
}

uint16_t
BindingHeader::GetSequence() const
{
    return m_sequence;
}

void
BindingHeader::SetMn(uint32_t mn)
{
    m_mn = mn;
}

uint32_t
BindingHeader::GetMn() const
{
    return m_mn;
}

void
BindingHeader::SetHomeAddress(Ipv4Address address)
{
    m_homeAddress = address;
}

Ipv4Address
BindingHeader::GetHomeAddress() const
{
    return m_homeAddress;
}

void
BindingHeader::SetCareOfAddress(Ipv4Address address)
{
    m_careOf = address;
}

Ipv4Address
BindingHeader::GetCareOfAddress() const
{
    return m_careOf;
}

} // namespace ns3
