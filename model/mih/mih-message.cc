/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mih-message.h"

#include "mih-constants.h"
#include "mih-types.h"

#include "ns3/abort.h"
#include "ns3/log.h"
#include "ns3/packet-octets.h"
#include "ns3/packet.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MihMessage");

NS_OBJECT_ENSURE_REGISTERED(MihMessage);

TypeId
MihMessage::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::MihMessage").SetParent<Header>().SetGroupName("SecureHandover");
    return tid;
}

MihMessage::MihMessage()
    : m_status(MihParseStatus::OK)
{
}

// --- encode -------------------------------------------------------------------------------------

MihParseStatus
MihMessage::Validate() const
{
    if (m_sourceId.empty() || m_destinationId.empty())
    {
        return MihParseStatus::MISSING_MANDATORY;
    }
    if (!MihfId::IsValid(m_sourceId) || !MihfId::IsValid(m_destinationId))
    {
        return MihParseStatus::BAD_VALUE;
    }
    return ValidateParameters();
}

std::vector<uint8_t>
MihMessage::BuildPayload() const
{
    MihParseStatus status = Validate();
    NS_ABORT_MSG_IF(status != MihParseStatus::OK,
                    "refusing to encode an invalid " << GetName() << ": " << status);
    MihTlvWriter writer;
    writer.Write(mih::TLV_SOURCE_MIHF_ID, MihfId::Encode(m_sourceId));
    writer.Write(mih::TLV_DESTINATION_MIHF_ID, MihfId::Encode(m_destinationId));
    WriteParameters(writer);
    NS_ABORT_MSG_IF(writer.GetBytes().size() > UINT16_MAX,
                    GetName() << ": payload of " << writer.GetBytes().size()
                              << " octets does not fit the 16-bit payload length");
    return writer.GetBytes();
}

std::vector<uint8_t>
MihMessage::Encode() const
{
    std::vector<uint8_t> payload = BuildPayload();
    MihHeader header = m_header;
    const MessageSpec& spec = GetSpec();
    header.SetVersion(mih::VERSION);
    header.SetMessageId(spec.sid, spec.opcode, spec.aid);
    header.SetPayloadLength(static_cast<uint16_t>(payload.size()));
    std::vector<uint8_t> frame = HeaderToBytes(header);
    frame.insert(frame.end(), payload.begin(), payload.end());
    return frame;
}

void
MihMessage::Serialize(Buffer::Iterator start) const
{
    std::vector<uint8_t> frame = Encode();
    start.Write(frame.data(), frame.size());
}

uint32_t
MihMessage::GetSerializedSize() const
{
    return static_cast<uint32_t>(Encode().size());
}

// --- decode -------------------------------------------------------------------------------------

uint32_t
MihMessage::Deserialize(Buffer::Iterator start)
{
    uint32_t remaining = start.GetRemainingSize();
    if (remaining < mih::HEADER_SIZE)
    {
        m_status = MihParseStatus::TRUNCATED;
        return 0;
    }
    Buffer::Iterator lengthField = start;
    lengthField.Next(6);
    uint32_t frameSize = mih::HEADER_SIZE + lengthField.ReadNtohU16();
    if (frameSize > remaining)
    {
        // The header claims more octets than the buffer holds: read what is there, which the
        // decoder then rejects (payload length mismatch).
        frameSize = remaining;
    }
    std::vector<uint8_t> frame(frameSize);
    start.Read(frame.data(), frameSize);
    return DoDecode(frame.data(), frame.size()) == MihParseStatus::OK ? frameSize : 0;
}

MihParseStatus
MihMessage::Parse(Ptr<const Packet> packet, MihMessage& message)
{
    NS_ABORT_MSG_IF(!packet, "MihMessage::Parse: null packet");
    std::vector<uint8_t> frame = PacketToBytes(packet);
    return message.DoDecode(frame.data(), frame.size());
}

MihParseStatus
MihMessage::Decode(const uint8_t* data, std::size_t size)
{
    return DoDecode(data, size);
}

MihParseStatus
MihMessage::Decode(const std::vector<uint8_t>& frame)
{
    return DoDecode(frame.data(), frame.size());
}

MihParseStatus
MihMessage::DoDecode(const uint8_t* data, std::size_t size)
{
    m_sourceId.clear();
    m_destinationId.clear();
    ClearParameters();
    const MessageSpec& spec = GetSpec();

    MihParseStatus status = MihHeader::Parse(data, size, m_header);
    if (status == MihParseStatus::OK &&
        (m_header.GetServiceId() != spec.sid || m_header.GetOpcode() != spec.opcode ||
         m_header.GetActionId() != spec.aid))
    {
        NS_LOG_LOGIC("expected " << spec.name << ", got SID " << +m_header.GetServiceId()
                                 << " opcode " << +m_header.GetOpcode() << " AID "
                                 << m_header.GetActionId());
        status = MihParseStatus::UNEXPECTED_MESSAGE;
    }
    std::vector<MihTlv> tlvs;
    if (status == MihParseStatus::OK)
    {
        MihTlvReader reader(data + mih::HEADER_SIZE, size - mih::HEADER_SIZE);
        status = reader.ReadAll(tlvs);
    }
    if (status == MihParseStatus::OK)
    {
        status = DecodeTlvs(tlvs);
    }
    if (status == MihParseStatus::OK)
    {
        status = ValidateParameters();
    }
    if (status != MihParseStatus::OK)
    {
        NS_LOG_DEBUG("rejected " << spec.name << " frame of " << size << " octets: " << status);
        m_sourceId.clear();
        m_destinationId.clear();
        ClearParameters();
    }
    m_status = status;
    return status;
}

MihParseStatus
MihMessage::DecodeTlvs(const std::vector<MihTlv>& tlvs)
{
    const MessageSpec& spec = GetSpec();
    std::vector<const MihTlv*> slots(spec.slots.size(), nullptr);
    std::size_t last = 0;
    bool any = false;
    for (const auto& tlv : tlvs)
    {
        bool known = false;
        std::size_t slot = spec.slots.size();
        for (std::size_t i = 0; i < spec.slots.size(); ++i)
        {
            if (spec.slots[i].type == tlv.type)
            {
                known = true;
                if (slots[i] == nullptr)
                {
                    slot = i;
                    break;
                }
            }
        }
        if (!known)
        {
            NS_LOG_LOGIC(spec.name << ": TLV type " << +tlv.type << " is not part of it");
            return MihParseStatus::UNEXPECTED_TYPE;
        }
        if (slot == spec.slots.size())
        {
            NS_LOG_LOGIC(spec.name << ": TLV type " << +tlv.type << " repeated");
            return MihParseStatus::DUPLICATE;
        }
        if (any && slot < last)
        {
            NS_LOG_LOGIC(spec.name << ": " << spec.slots[slot].name << " after "
                                   << spec.slots[last].name);
            return MihParseStatus::OUT_OF_ORDER;
        }
        slots[slot] = &tlv;
        last = slot;
        any = true;
    }
    for (std::size_t i = 0; i < spec.slots.size(); ++i)
    {
        if (spec.slots[i].mandatory && slots[i] == nullptr)
        {
            NS_LOG_LOGIC(spec.name << ": mandatory " << spec.slots[i].name << " missing");
            return MihParseStatus::MISSING_MANDATORY;
        }
    }
    MihParseStatus status = MihfId::Decode(slots[0]->value, m_sourceId);
    if (status == MihParseStatus::OK)
    {
        status = MihfId::Decode(slots[1]->value, m_destinationId);
    }
    if (status == MihParseStatus::OK)
    {
        status = ReadParameters(slots);
    }
    return status;
}

// --- value helpers ------------------------------------------------------------------------------

MihParseStatus
MihMessage::ReadNonce(const MihTlv& tlv, crypto::Nonce16& nonce)
{
    if (tlv.value.size() != mih::NONCE_SIZE)
    {
        NS_LOG_LOGIC("Nonce of " << tlv.value.size() << " octets");
        return MihParseStatus::BAD_VALUE;
    }
    std::copy(tlv.value.begin(), tlv.value.end(), nonce.begin());
    return MihParseStatus::OK;
}

MihParseStatus
MihMessage::ReadU8(const MihTlv& tlv, uint8_t& value)
{
    if (tlv.value.size() != 1)
    {
        return MihParseStatus::BAD_VALUE;
    }
    value = tlv.value[0];
    return MihParseStatus::OK;
}

MihParseStatus
MihMessage::ReadU32(const MihTlv& tlv, uint32_t& value)
{
    MihByteReader reader(tlv.value.data(), tlv.value.size());
    if (tlv.value.size() != 4 || !reader.ReadU32(value))
    {
        return MihParseStatus::BAD_VALUE;
    }
    return MihParseStatus::OK;
}

bool
MihMessage::IsValidProtectedKeySize(const std::vector<uint8_t>& key)
{
    return key.size() == mih::PROTECTED_KEY_XOR_SIZE ||
           key.size() == mih::PROTECTED_KEY_WRAPPED_SIZE;
}

MihParseStatus
MihMessage::ReadMihfId(const MihTlv& tlv, std::string& id)
{
    return MihfId::Decode(tlv.value, id);
}

MihParseStatus
MihMessage::ReadLinkTupleId(const MihTlv& tlv, MihLinkTupleId& link)
{
    return MihLinkTupleId::Decode(tlv.value, link);
}

MihParseStatus
MihMessage::ReadCandidateLinks(const MihTlv& tlv, std::vector<MihLinkPoaList>& list)
{
    return MihCandidateLinkList::Decode(tlv.value, list);
}

MihParseStatus
MihMessage::ReadProtectedKey(const MihTlv& tlv, std::vector<uint8_t>& key)
{
    if (!IsValidProtectedKeySize(tlv.value))
    {
        return MihParseStatus::BAD_VALUE;
    }
    key = tlv.value;
    return MihParseStatus::OK;
}

MihParseStatus
MihMessage::ReadOctets(const MihTlv& tlv, std::vector<uint8_t>& value)
{
    value = tlv.value;
    return MihParseStatus::OK;
}

void
MihMessage::WriteOptional(MihTlvWriter& writer,
                          uint8_t type,
                          const std::optional<MihLinkTupleId>& link)
{
    if (link)
    {
        writer.Write(type, link->Encode());
    }
}

void
MihMessage::WriteOptional(MihTlvWriter& writer,
                          uint8_t type,
                          const std::optional<std::vector<uint8_t>>& value)
{
    if (value)
    {
        writer.Write(type, *value);
    }
}

void
MihMessage::WriteOptional(MihTlvWriter& writer, uint8_t type, const std::optional<std::string>& id)
{
    if (id)
    {
        writer.Write(type, MihfId::Encode(*id));
    }
}

void
MihMessage::WriteOptional(MihTlvWriter& writer,
                          uint8_t type,
                          const std::optional<std::vector<MihLinkPoaList>>& list)
{
    if (list)
    {
        writer.Write(type, MihCandidateLinkList::Encode(*list));
    }
}

void
MihMessage::WriteOptional(MihTlvWriter& writer, uint8_t type, const std::optional<uint8_t>& value)
{
    if (value)
    {
        writer.WriteU8(type, *value);
    }
}

void
MihMessage::WriteOptional(MihTlvWriter& writer, uint8_t type, const std::optional<uint32_t>& value)
{
    if (value)
    {
        writer.WriteU32(type, *value);
    }
}

void
MihMessage::WriteOptional(MihTlvWriter& writer,
                          uint8_t type,
                          const std::optional<crypto::Nonce16>& nonce)
{
    if (nonce)
    {
        writer.Write(type, nonce->data(), nonce->size());
    }
}

void
MihMessage::PrintLinkParameters(std::ostream& os,
                                const std::optional<MihLinkTupleId>& targetLink,
                                const std::optional<std::vector<uint8_t>>& llInformation)
{
    if (targetLink)
    {
        os << " target=" << targetLink->link.address;
    }
    if (llInformation)
    {
        os << " ll=" << llInformation->size() << "o";
    }
}

// --- accessors ----------------------------------------------------------------------------------

void
MihMessage::Print(std::ostream& os) const
{
    // A message built locally gets its message ID and payload length only when encoded.
    MihHeader header = m_header;
    const MessageSpec& spec = GetSpec();
    header.SetMessageId(spec.sid, spec.opcode, spec.aid);
    if (Validate() == MihParseStatus::OK)
    {
        header.SetPayloadLength(static_cast<uint16_t>(BuildPayload().size()));
    }
    os << GetName() << " [" << header << "] src=" << m_sourceId << " dst=" << m_destinationId;
    PrintParameters(os);
}

MihParseStatus
MihMessage::GetParseStatus() const
{
    return m_status;
}

std::string
MihMessage::GetName() const
{
    return GetSpec().name;
}

uint8_t
MihMessage::GetServiceId() const
{
    return GetSpec().sid;
}

uint8_t
MihMessage::GetOpcode() const
{
    return GetSpec().opcode;
}

uint16_t
MihMessage::GetActionId() const
{
    return GetSpec().aid;
}

const MihHeader&
MihMessage::GetMihHeader() const
{
    return m_header;
}

void
MihMessage::SetTransactionId(uint16_t tid)
{
    m_header.SetTransactionId(tid);
}

uint16_t
MihMessage::GetTransactionId() const
{
    return m_header.GetTransactionId();
}

void
MihMessage::SetAckReq(bool ackReq)
{
    m_header.SetAckReq(ackReq);
}

bool
MihMessage::GetAckReq() const
{
    return m_header.GetAckReq();
}

void
MihMessage::SetAckRsp(bool ackRsp)
{
    m_header.SetAckRsp(ackRsp);
}

bool
MihMessage::GetAckRsp() const
{
    return m_header.GetAckRsp();
}

void
MihMessage::SetSourceId(const std::string& id)
{
    m_sourceId = id;
}

const std::string&
MihMessage::GetSourceId() const
{
    return m_sourceId;
}

void
MihMessage::SetDestinationId(const std::string& id)
{
    m_destinationId = id;
}

const std::string&
MihMessage::GetDestinationId() const
{
    return m_destinationId;
}

} // namespace ns3
