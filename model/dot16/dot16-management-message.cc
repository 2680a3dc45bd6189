/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-management-message.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16ManagementMessage");

NS_OBJECT_ENSURE_REGISTERED(Dot16ManagementMessage);

std::string
Dot16ManagementTypeName(uint8_t type)
{
    switch (static_cast<Dot16ManagementType>(type))
    {
    case Dot16ManagementType::RNG_REQ:
        return "RNG-REQ";
    case Dot16ManagementType::RNG_RSP:
        return "RNG-RSP";
    case Dot16ManagementType::REG_REQ:
        return "REG-REQ";
    case Dot16ManagementType::REG_RSP:
        return "REG-RSP";
    case Dot16ManagementType::PKM_REQ:
        return "PKM-REQ";
    case Dot16ManagementType::PKM_RSP:
        return "PKM-RSP";
    case Dot16ManagementType::SBC_REQ:
        return "SBC-REQ";
    case Dot16ManagementType::SBC_RSP:
        return "SBC-RSP";
    case Dot16ManagementType::MOB_NBR_ADV:
        return "MOB_NBR-ADV";
    case Dot16ManagementType::MOB_BSHO_REQ:
        return "MOB_BSHO-REQ";
    case Dot16ManagementType::MOB_MSHO_REQ:
        return "MOB_MSHO-REQ";
    case Dot16ManagementType::MOB_BSHO_RSP:
        return "MOB_BSHO-RSP";
    case Dot16ManagementType::MOB_HO_IND:
        return "MOB_HO-IND";
    }
    return "type " + std::to_string(type);
}

TypeId
Dot16ManagementMessage::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Dot16ManagementMessage").SetParent<Header>().SetGroupName("SecureHandover");
    return tid;
}

Dot16ManagementMessage::Dot16ManagementMessage()
    : m_status(Dot16ParseStatus::OK)
{
}

Dot16ManagementMessage::~Dot16ManagementMessage() = default;

Dot16CmacFormat
Dot16ManagementMessage::GetCmacFormat() const
{
    return Dot16CmacFormat::CMAC_TUPLE;
}

bool
Dot16ManagementMessage::AcceptsManagementType(uint8_t type) const
{
    return type == GetManagementType();
}

crypto::Bytes
Dot16ManagementMessage::EncodeWithoutTuple() const
{
    crypto::Bytes out;
    out.push_back(GetManagementType());
    EncodeBody(out);
    return out;
}

crypto::Bytes
Dot16ManagementMessage::Encode() const
{
    crypto::Bytes out = EncodeWithoutTuple();
    if (m_cmacTuple)
    {
        Dot16CmacFormat format = GetCmacFormat();
        crypto::Bytes value;
        if (format == Dot16CmacFormat::CMAC_TUPLE)
        {
            value.push_back(m_cmacTuple->keySequence & 0x0F);
        }
        for (int shift = 24; shift >= 0; shift -= 8)
        {
            value.push_back(static_cast<uint8_t>(m_cmacTuple->cmacPn >> shift));
        }
        value.insert(value.end(), m_cmacTuple->cmac.begin(), m_cmacTuple->cmac.end());
        Dot16AppendTlv(out, Dot16CmacTlvType(format), crypto::ByteView(value));
    }
    else if (m_hmacTuple)
    {
        crypto::Bytes value;
        value.push_back(m_hmacTuple->keySequence & 0x0F);
        value.insert(value.end(), m_hmacTuple->digest.begin(), m_hmacTuple->digest.end());
        Dot16AppendTlv(out, DOT16_TLV_HMAC_TUPLE, crypto::ByteView(value));
    }
    return out;
}

Dot16ParseStatus
Dot16ManagementMessage::Decode(crypto::ByteView message)
{
    m_cmacTuple.reset();
    m_hmacTuple.reset();
    m_received.clear();
    if (message.empty())
    {
        m_status = Dot16ParseStatus::TRUNCATED;
        return m_status;
    }
    uint8_t type = message.data()[0];
    if (!AcceptsManagementType(type))
    {
        NS_LOG_LOGIC("expected " << Dot16ManagementTypeName(GetManagementType()) << ", got "
                                 << Dot16ManagementTypeName(type));
        m_status = Dot16ParseStatus::UNEXPECTED_TYPE;
        return m_status;
    }
    m_status = DecodeBody(type, crypto::ByteView(message.data() + 1, message.size() - 1));
    if (m_status == Dot16ParseStatus::OK)
    {
        m_received = message.ToBytes();
    }
    else
    {
        m_cmacTuple.reset();
        m_hmacTuple.reset();
    }
    return m_status;
}

Dot16ParseStatus
Dot16ManagementMessage::GetParseStatus() const
{
    return m_status;
}

void
Dot16ManagementMessage::Serialize(Buffer::Iterator start) const
{
    crypto::Bytes octets = Encode();
    start.Write(octets.data(), static_cast<uint32_t>(octets.size()));
}

uint32_t
Dot16ManagementMessage::Deserialize(Buffer::Iterator start)
{
    uint32_t size = start.GetRemainingSize();
    crypto::Bytes octets(size);
    start.Read(octets.data(), size);
    Decode(crypto::ByteView(octets));
    return size;
}

uint32_t
Dot16ManagementMessage::GetSerializedSize() const
{
    return static_cast<uint32_t>(Encode().size());
}

void
Dot16ManagementMessage::SignCmac(const crypto::CmacKey& key,
                                 const crypto::Akid& akid,
                                 uint32_t cmacPn,
                                 uint16_t cid,
                                 uint8_t keySequence)
{
    NS_ABORT_MSG_IF(keySequence > 0x0F, "CMAC tuple key sequence number is 4 bits");
    Dot16CmacTupleValue tuple;
    tuple.keySequence = keySequence;
    tuple.cmacPn = cmacPn;
    tuple.cmac = crypto::CmacTuple(key, akid, cmacPn, cid, crypto::ByteView(EncodeWithoutTuple()));
    m_hmacTuple.reset();
    m_cmacTuple = tuple;
    m_received.clear();
}

Dot16ParseStatus
Dot16ManagementMessage::VerifyCmac(const crypto::CmacKey& key,
                                   const crypto::Akid& akid,
                                   uint16_t cid,
                                   uint8_t keySequence) const
{
    if (!m_cmacTuple)
    {
        return Dot16ParseStatus::MISSING_MANDATORY;
    }
    if (!m_received.empty())
    {
        return VerifyCmacTuple(crypto::ByteView(m_received),
                               key,
                               akid,
                               cid,
                               keySequence,
                               nullptr,
                               GetCmacFormat());
    }
    crypto::Bytes octets = Encode();
    return VerifyCmacTuple(crypto::ByteView(octets),
                           key,
                           akid,
                           cid,
                           keySequence,
                           nullptr,
                           GetCmacFormat());
}

bool
Dot16ManagementMessage::HasCmacTuple() const
{
    return m_cmacTuple.has_value();
}

const Dot16CmacTupleValue&
Dot16ManagementMessage::GetCmacTuple() const
{
    NS_ABORT_MSG_IF(!m_cmacTuple, "no CMAC tuple");
    return *m_cmacTuple;
}

void
Dot16ManagementMessage::ClearTuples()
{
    m_cmacTuple.reset();
    m_hmacTuple.reset();
}

bool
Dot16ManagementMessage::HasHmacTuple() const
{
    return m_hmacTuple.has_value();
}

const Dot16HmacTupleValue&
Dot16ManagementMessage::GetHmacTuple() const
{
    NS_ABORT_MSG_IF(!m_hmacTuple, "no HMAC tuple");
    return *m_hmacTuple;
}

const crypto::Bytes&
Dot16ManagementMessage::GetReceivedOctets() const
{
    return m_received;
}

Dot16ParseStatus
Dot16ManagementMessage::ReadTlvSection(crypto::ByteView tlvs, std::vector<Dot16Tlv>& others)
{
    others.clear();
    std::vector<Dot16Tlv> all;
    Dot16ParseStatus status = Dot16ParseTlvList(tlvs, all);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    Dot16CmacFormat format = GetCmacFormat();
    uint8_t cmacType = Dot16CmacTlvType(format);
    for (std::size_t i = 0; i < all.size(); ++i)
    {
        const Dot16Tlv& tlv = all[i];
        bool last = i + 1 == all.size();
        if (tlv.type == cmacType)
        {
            if (!last)
            {
                return Dot16ParseStatus::UNEXPECTED_TYPE;
            }
            Dot16CmacTupleValue tuple;
            status = Dot16DecodeCmacValue(crypto::ByteView(tlv.value), format, tuple);
            if (status != Dot16ParseStatus::OK)
            {
                return status;
            }
            m_cmacTuple = tuple;
        }
        else if (format == Dot16CmacFormat::CMAC_TUPLE && tlv.type == DOT16_TLV_HMAC_TUPLE)
        {
            if (!last)
            {
                return Dot16ParseStatus::UNEXPECTED_TYPE;
            }
            if (tlv.value.size() != 21)
            {
                return Dot16ParseStatus::BAD_LENGTH;
            }
            if (tlv.value[0] & 0xF0)
            {
                return Dot16ParseStatus::BAD_VALUE;
            }
            Dot16HmacTupleValue tuple;
            tuple.keySequence = tlv.value[0] & 0x0F;
            tuple.digest.assign(tlv.value.begin() + 1, tlv.value.end());
            m_hmacTuple = tuple;
        }
        else
        {
            others.push_back(tlv);
        }
    }
    return Dot16ParseStatus::OK;
}

Dot16ParseStatus
Dot16PeekManagementType(crypto::ByteView payload, uint8_t& type)
{
    if (payload.empty())
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    type = payload.data()[0];
    return Dot16ParseStatus::OK;
}

} // namespace ns3
