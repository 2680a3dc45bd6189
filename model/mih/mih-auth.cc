/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mih-auth.h"

#include "mih-constants.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MihAuth");

NS_OBJECT_ENSURE_REGISTERED(MihAuth);

namespace
{

/// Slot indices (after Source = 0 and Destination = 1).
enum AuthSlot : std::size_t
{
    AUTH_PAYLOAD = 2,
    AUTH_SECURITY,
    AUTH_STATUS
};

} // namespace

TypeId
MihAuth::GetTypeId()
{
    static TypeId tid = TypeId("ns3::MihAuth")
                            .SetParent<MihMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<MihAuth>();
    return tid;
}

TypeId
MihAuth::GetInstanceTypeId() const
{
    return GetTypeId();
}

MihAuth::MihAuth()
    : m_opcode(mih::OPCODE_REQUEST)
{
}

MihAuth::MihAuth(uint8_t opcode)
    : m_opcode(opcode)
{
    NS_ABORT_MSG_IF(opcode != mih::OPCODE_REQUEST && opcode != mih::OPCODE_RESPONSE &&
                        opcode != mih::OPCODE_INDICATION,
                    "MIH_Auth: opcode " << +opcode << " is not modelled");
}

const MihMessage::MessageSpec&
MihAuth::GetSpec() const
{
    // The same TLVs for both opcodes; Status is mandatory in a response (ValidateParameters).
    static const std::vector<TlvSlot> slots{
        {mih::TLV_SOURCE_MIHF_ID, true, "SourceIdentifier"},
        {mih::TLV_DESTINATION_MIHF_ID, true, "DestinationIdentifier"},
        {mih::TLV_AUTH_PAYLOAD, false, "AuthPayload"},
        {mih::TLV_SECURITY, false, "Security"},
        {mih::TLV_STATUS, false, "Status"}};
    static const MessageSpec request{"MIH_Auth Request",
                                     mih::SID_SERVICE_MANAGEMENT,
                                     mih::OPCODE_REQUEST,
                                     mih::AID_MIH_AUTH,
                                     slots};
    static const MessageSpec response{"MIH_Auth Response",
                                      mih::SID_SERVICE_MANAGEMENT,
                                      mih::OPCODE_RESPONSE,
                                      mih::AID_MIH_AUTH,
                                      slots};
    static const MessageSpec indication{"MIH_Auth Indication",
                                        mih::SID_SERVICE_MANAGEMENT,
                                        mih::OPCODE_INDICATION,
                                        mih::AID_MIH_AUTH,
                                        slots};
    if (m_opcode == mih::OPCODE_INDICATION)
    {
        return indication;
    }
    return m_opcode == mih::OPCODE_REQUEST ? request : response;
}

MihParseStatus
MihAuth::ValidateParameters() const
{
    if (authPayload.has_value() == security.has_value())
    {
        return MihParseStatus::INCONSISTENT;
    }
    if ((authPayload && authPayload->empty()) || (security && security->empty()))
    {
        return MihParseStatus::BAD_VALUE;
    }
    if (m_opcode == mih::OPCODE_RESPONSE && !status)
    {
        return MihParseStatus::MISSING_MANDATORY;
    }
    if (m_opcode != mih::OPCODE_RESPONSE && status)
    {
        return MihParseStatus::INCONSISTENT;
    }
    if (status && *status > mih::STATUS_NETWORK_ERROR)
    {
        return MihParseStatus::BAD_VALUE;
    }
    return MihParseStatus::OK;
}

void
MihAuth::WriteParameters(MihTlvWriter& writer) const
{
    WriteOptional(writer, mih::TLV_AUTH_PAYLOAD, authPayload);
    WriteOptional(writer, mih::TLV_SECURITY, security);
    WriteOptional(writer, mih::TLV_STATUS, status);
}

MihParseStatus
MihAuth::ReadParameters(const std::vector<const MihTlv*>& slots)
{
    SlotReader reader(slots);
    reader.Optional(AUTH_PAYLOAD, authPayload, ReadOctets);
    reader.Optional(AUTH_SECURITY, security, ReadOctets);
    reader.Optional(AUTH_STATUS, status, ReadU8);
    return reader.GetStatus();
}

void
MihAuth::ClearParameters()
{
    authPayload.reset();
    security.reset();
    status.reset();
}

void
MihAuth::PrintParameters(std::ostream& os) const
{
    if (authPayload)
    {
        os << " auth-payload=" << authPayload->size() << "B";
    }
    if (security)
    {
        os << " security=" << security->size() << "B";
    }
    if (status)
    {
        os << " status=" << +*status;
    }
}

} // namespace ns3
