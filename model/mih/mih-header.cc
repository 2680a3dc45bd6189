/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mih-header.h"

#include "mih-constants.h"

#include "ns3/abort.h"
#include "ns3/log.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"

#include <vector>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MihHeader");

NS_OBJECT_ENSURE_REGISTERED(MihHeader);

TypeId
MihHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MihHeader")
                            .SetParent<Header>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<MihHeader>();
    return tid;
}

TypeId
MihHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

MihHeader::MihHeader()
    : m_version(mih::VERSION),
      m_ackReq(false),
      m_ackRsp(false),
      m_uir(false),
      m_more(false),
      m_fragment(0),
      m_sid(0),
      m_opcode(0),
      m_aid(0),
      m_tid(0),
      m_payloadLength(0),
      m_status(MihParseStatus::OK)
{
}

void
MihHeader::Serialize(Buffer::Iterator start) const
{
    uint8_t octet0 = static_cast<uint8_t>((m_version & 0x0f) << 4);
    octet0 |= m_ackReq ? 0x08 : 0;
    octet0 |= m_ackRsp ? 0x04 : 0;
    octet0 |= m_uir ? 0x02 : 0;
    octet0 |= m_more ? 0x01 : 0;
    start.WriteU8(octet0);
    start.WriteU8(static_cast<uint8_t>((m_fragment & 0x7f) << 1));
    start.WriteHtonU16(GetMessageId());
    start.WriteHtonU16(m_tid & mih::MAX_TRANSACTION_ID);
    start.WriteHtonU16(m_payloadLength);
}

uint32_t
MihHeader::Deserialize(Buffer::Iterator start)
{
    if (start.GetRemainingSize() < mih::HEADER_SIZE)
    {
        m_status = MihParseStatus::TRUNCATED;
        return 0;
    }
    uint8_t octet0 = start.ReadU8();
    m_version = octet0 >> 4;
    m_ackReq = (octet0 & 0x08) != 0;
    m_ackRsp = (octet0 & 0x04) != 0;
    m_uir = (octet0 & 0x02) != 0;
    m_more = (octet0 & 0x01) != 0;
    m_fragment = start.ReadU8() >> 1;
    uint16_t mid = start.ReadNtohU16();
    m_sid = static_cast<uint8_t>(mid >> 12);
    m_opcode = static_cast<uint8_t>((mid >> 10) & 0x03);
    m_aid = mid & mih::MAX_ACTION_ID;
    m_tid = start.ReadNtohU16() & mih::MAX_TRANSACTION_ID;
    m_payloadLength = start.ReadNtohU16();
    m_status = MihParseStatus::OK;
    return mih::HEADER_SIZE;
}

uint32_t
MihHeader::GetSerializedSize() const
{
    return mih::HEADER_SIZE;
}

void
MihHeader::Print(std::ostream& os) const
{
    os << "MIH v" << +m_version << " sid=" << +m_sid << " opcode=" << +m_opcode << " aid=" << m_aid
       << " tid=" << m_tid << " len=" << m_payloadLength;
    if (m_ackReq)
    {
        os << " ACK-Req";
    }
    if (m_ackRsp)
    {
        os << " ACK-Rsp";
    }
    if (m_uir)
    {
        os << " UIR";
    }
    if (m_more || m_fragment != 0)
    {
        os << " M=" << m_more << " FN=" << +m_fragment;
    }
}

MihParseStatus
MihHeader::Parse(const uint8_t* data, std::size_t size, MihHeader& header)
{
    if (size < mih::HEADER_SIZE)
    {
        NS_LOG_LOGIC("MIH frame of " << size << " octets: shorter than the header");
        return MihParseStatus::TRUNCATED;
    }
    Buffer buffer;
    buffer.AddAtStart(mih::HEADER_SIZE);
    buffer.Begin().Write(data, mih::HEADER_SIZE);
    header.Deserialize(buffer.Begin());
    if (header.m_version != mih::VERSION)
    {
        NS_LOG_LOGIC("MIH version " << +header.m_version);
        return MihParseStatus::BAD_VERSION;
    }
    if (header.m_more || header.m_fragment != 0)
    {
        NS_LOG_LOGIC("fragmented MIH frame (M=" << header.m_more << " FN=" << +header.m_fragment
                                                << ")");
        return MihParseStatus::FRAGMENTED;
    }
    if (header.m_payloadLength != size - mih::HEADER_SIZE)
    {
        NS_LOG_LOGIC("MIH payload length " << header.m_payloadLength << " but "
                                           << size - mih::HEADER_SIZE << " octets follow");
        return MihParseStatus::PAYLOAD_LENGTH_MISMATCH;
    }
    return MihParseStatus::OK;
}

MihParseStatus
MihHeader::Parse(Ptr<const Packet> packet, MihHeader& header)
{
    NS_ABORT_MSG_IF(!packet, "MihHeader::Parse: null packet");
    std::vector<uint8_t> octets = PacketToBytes(packet);
    return Parse(octets.data(), octets.size(), header);
}

MihParseStatus
MihHeader::GetParseStatus() const
{
    return m_status;
}

void
MihHeader::SetVersion(uint8_t version)
{
    NS_ABORT_MSG_IF(version > 0x0f, "MIH version is 4 bits");
    m_version = version;
}

uint8_t
MihHeader::GetVersion() const
{
    return m_version;
}

void
MihHeader::SetAckReq(bool ackReq)
{
    m_ackReq = ackReq;
}

bool
MihHeader::GetAckReq() const
{
    return m_ackReq;
}

void
MihHeader::SetAckRsp(bool ackRsp)
{
    m_ackRsp = ackRsp;
}

bool
MihHeader::GetAckRsp() const
{
    return m_ackRsp;
}

void
MihHeader::SetUir(bool uir)
{
    m_uir = uir;
}

bool
MihHeader::GetUir() const
{
    return m_uir;
}

void
MihHeader::SetMoreFragments(bool more)
{
    m_more = more;
}

bool
MihHeader::GetMoreFragments() const
{
    return m_more;
}

void
MihHeader::SetFragmentNumber(uint8_t number)
{
    NS_ABORT_MSG_IF(number > 0x7f, "MIH fragment number is 7 bits");
    m_fragment = number;
}

uint8_t
MihHeader::GetFragmentNumber() const
{
    return m_fragment;
}

void
MihHeader::SetServiceId(uint8_t sid)
{
    NS_ABORT_MSG_IF(sid > 0x0f, "MIH SID is 4 bits");
    m_sid = sid;
}

uint8_t
MihHeader::GetServiceId() const
{
    return m_sid;
}

void
MihHeader::SetOpcode(uint8_t opcode)
{
    NS_ABORT_MSG_IF(opcode > 0x03, "MIH opcode is 2 bits");
    m_opcode = opcode;
}

uint8_t
MihHeader::GetOpcode() const
{
    return m_opcode;
}

void
MihHeader::SetActionId(uint16_t aid)
{
    NS_ABORT_MSG_IF(aid > mih::MAX_ACTION_ID, "MIH AID is 10 bits");
    m_aid = aid;
}

uint16_t
MihHeader::GetActionId() const
{
    return m_aid;
}

void
MihHeader::SetMessageId(uint8_t sid, uint8_t opcode, uint16_t aid)
{
    SetServiceId(sid);
    SetOpcode(opcode);
    SetActionId(aid);
}

uint16_t
MihHeader::GetMessageId() const
{
    return static_cast<uint16_t>((m_sid & 0x0f) << 12 | (m_opcode & 0x03) << 10 |
                                 (m_aid & mih::MAX_ACTION_ID));
}

void
MihHeader::SetTransactionId(uint16_t tid)
{
    NS_ABORT_MSG_IF(tid > mih::MAX_TRANSACTION_ID, "MIH transaction ID is 12 bits");
    m_tid = tid;
}

uint16_t
MihHeader::GetTransactionId() const
{
    return m_tid;
}

void
MihHeader::SetPayloadLength(uint16_t length)
{
    m_payloadLength = length;
}

uint16_t
MihHeader::GetPayloadLength() const
{
    return m_payloadLength;
}

} // namespace ns3
