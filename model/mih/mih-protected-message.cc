/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mih-protected-message.h"

#include "mih-constants.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MihProtectedMessage");

NS_OBJECT_ENSURE_REGISTERED(MihProtectedMessage);

TypeId
MihProtectedMessage::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MihProtectedMessage")
                            .SetParent<MihMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<MihProtectedMessage>();
    return tid;
}

TypeId
MihProtectedMessage::GetInstanceTypeId() const
{
    return GetTypeId();
}

MihProtectedMessage::MihProtectedMessage()
    : MihProtectedMessage(mih::SID_COMMAND, mih::OPCODE_REQUEST, mih::AID_MIS_PREREG_XFER)
{
}

MihProtectedMessage::MihProtectedMessage(uint8_t sid, uint8_t opcode, uint16_t aid)
    : m_spec{"protected MIS message",
             sid,
             opcode,
             aid,
             {{mih::TLV_SOURCE_MIHF_ID, true, "SourceIdentifier"},
              {mih::TLV_DESTINATION_MIHF_ID, true, "DestinationIdentifier"},
              {mih::TLV_SECURITY, true, "Security"}}}
{
}

bool
MihProtectedMessage::IsProtected(const std::vector<uint8_t>& frame)
{
    if (frame.size() < mih::HEADER_SIZE)
    {
        return false;
    }
    MihTlvReader reader(frame.data() + mih::HEADER_SIZE, frame.size() - mih::HEADER_SIZE);
    MihTlv tlv;
    return reader.Next(tlv) == MihParseStatus::OK && reader.Next(tlv) == MihParseStatus::OK &&
           reader.Next(tlv) == MihParseStatus::OK && tlv.type == mih::TLV_SECURITY;
}

const MihMessage::MessageSpec&
MihProtectedMessage::GetSpec() const
{
    return m_spec;
}

MihParseStatus
MihProtectedMessage::ValidateParameters() const
{
    return security.empty() ? MihParseStatus::BAD_VALUE : MihParseStatus::OK;
}

void
MihProtectedMessage::WriteParameters(MihTlvWriter& writer) const
{
    writer.Write(mih::TLV_SECURITY, security);
}

MihParseStatus
MihProtectedMessage::ReadParameters(const std::vector<const MihTlv*>& slots)
{
    SlotReader reader(slots);
    reader.Mandatory(2, security, ReadOctets);
    return reader.GetStatus();
}

void
MihProtectedMessage::ClearParameters()
{
    security.clear();
}

void
MihProtectedMessage::PrintParameters(std::ostream& os) const
{
    os << " security=" << security.size() << "B";
}

} // namespace ns3
