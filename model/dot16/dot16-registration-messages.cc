/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-registration-messages.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16RegistrationMessages");

NS_OBJECT_ENSURE_REGISTERED(Dot16RegistrationMessage);
NS_OBJECT_ENSURE_REGISTERED(Dot16RegReq);
NS_OBJECT_ENSURE_REGISTERED(Dot16RegRsp);

TypeId
Dot16RegistrationMessage::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16RegistrationMessage")
                            .SetParent<Dot16ManagementMessage>()
                            .SetGroupName("SecureHandover");
    return tid;
}

Dot16RegistrationMessage::Dot16RegistrationMessage(bool response)
    : m_response(response),
      m_responseCode(0)
{
}

TypeId
Dot16RegistrationMessage::GetInstanceTypeId() const
{
    return GetTypeId();
}

uint8_t
Dot16RegistrationMessage::GetManagementType() const
{
    return static_cast<uint8_t>(m_response ? Dot16ManagementType::REG_RSP
                                           : Dot16ManagementType::REG_REQ);
}

bool
Dot16RegistrationMessage::IsResponse() const
{
    return m_response;
}

void
Dot16RegistrationMessage::SetResponseCode(uint8_t response)
{
    NS_ABORT_MSG_IF(response > 1, "REG-RSP Response is 0 (OK) or 1 (authentication failure)");
    m_responseCode = response;
}

uint8_t
Dot16RegistrationMessage::GetResponseCode() const
{
    return m_responseCode;
}

void
Dot16RegistrationMessage::SetTlv(uint8_t type, crypto::ByteView value)
{
    for (Dot16Tlv& tlv : m_tlvs)
    {
        if (tlv.type == type)
        {
            tlv.value = value.ToBytes();
            return;
        }
    }
    m_tlvs.push_back(Dot16Tlv{type, value.ToBytes()});
}

std::optional<crypto::Bytes>
Dot16RegistrationMessage::GetTlv(uint8_t type) const
{
    for (const Dot16Tlv& tlv : m_tlvs)
    {
        if (tlv.type == type)
        {
            return tlv.value;
        }
    }
    return std::nullopt;
}

const std::vector<Dot16Tlv>&
Dot16RegistrationMessage::GetTlvs() const
{
    return m_tlvs;
}

void
Dot16RegistrationMessage::SetSeamlessHandover(bool supported)
{
    std::optional<crypto::Bytes> current = GetTlv(TLV_HANDOVER_SUPPORTED);
    uint8_t bits = (current && current->size() == 1) ? (*current)[0] : 0;
    bits = supported ? (bits | SEAMLESS_HANDOVER_BIT) : (bits & ~SEAMLESS_HANDOVER_BIT);
    crypto::Bytes value{bits};
    SetTlv(TLV_HANDOVER_SUPPORTED, crypto::ByteView(value));
}

bool
Dot16RegistrationMessage::GetSeamlessHandover() const
{
    std::optional<crypto::Bytes> current = GetTlv(TLV_HANDOVER_SUPPORTED);
    return current && current->size() == 1 && ((*current)[0] & SEAMLESS_HANDOVER_BIT);
}

void
Dot16RegistrationMessage::EncodeBody(crypto::Bytes& out) const
{
    if (m_response)
    {
        out.push_back(m_responseCode);
    }
    for (const Dot16Tlv& tlv : m_tlvs)
    {
        Dot16AppendTlv(out, tlv);
    }
}

Dot16ParseStatus
Dot16RegistrationMessage::DecodeBody(uint8_t /* type */, crypto::ByteView body)
{
    m_tlvs.clear();
    m_responseCode = 0;
    if (m_response)
    {
        if (body.empty())
        {
            return Dot16ParseStatus::TRUNCATED;
        }
        if (body.data()[0] > 1)
        {
            return Dot16ParseStatus::BAD_VALUE;
        }
        m_responseCode = body.data()[0];
        body = crypto::ByteView(body.data() + 1, body.size() - 1);
    }
    std::vector<Dot16Tlv> tlvs;
    Dot16ParseStatus status = ReadTlvSection(body, tlvs);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    Dot16TlvSeen seen;
    for (const Dot16Tlv& tlv : tlvs)
    {
        if (seen.Mark(tlv.type))
        {
            m_tlvs.clear();
            return Dot16ParseStatus::DUPLICATE;
        }
        if ((tlv.type == TLV_HANDOVER_SUPPORTED || tlv.type == TLV_MOBILITY_FEATURES) &&
            tlv.value.size() != 1)
        {
            m_tlvs.clear();
            return Dot16ParseStatus::BAD_LENGTH;
        }
    }
    m_tlvs = tlvs;
    return Dot16ParseStatus::OK;
}

void
Dot16RegistrationMessage::Print(std::ostream& os) const
{
    os << (m_response ? "REG-RSP" : "REG-REQ") << " TLVs=" << m_tlvs.size()
       << " seamlessHO=" << GetSeamlessHandover();
    if (HasCmacTuple())
    {
        os << " CMAC_PN=" << GetCmacTuple().cmacPn;
    }
    if (HasHmacTuple())
    {
        os << " HMAC";
    }
}

TypeId
Dot16RegReq::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16RegReq")
                            .SetParent<Dot16RegistrationMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16RegReq>();
    return tid;
}

TypeId
Dot16RegReq::GetInstanceTypeId() const
{
    return GetTypeId();
}

Dot16RegReq::Dot16RegReq()
    : Dot16RegistrationMessage(false)
{
}

TypeId
Dot16RegRsp::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16RegRsp")
                            .SetParent<Dot16RegistrationMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16RegRsp>();
    return tid;
}

TypeId
Dot16RegRsp::GetInstanceTypeId() const
{
    return GetTypeId();
}

Dot16RegRsp::Dot16RegRsp()
    : Dot16RegistrationMessage(true)
{
}

} // namespace ns3
