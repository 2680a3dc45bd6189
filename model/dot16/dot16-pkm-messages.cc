/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-pkm-messages.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16PkmMessages");

NS_OBJECT_ENSURE_REGISTERED(Dot16PkmMessage);

TypeId
Dot16PkmMessage::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16PkmMessage")
                            .SetParent<Dot16ManagementMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16PkmMessage>();
    return tid;
}

TypeId
Dot16PkmMessage::GetInstanceTypeId() const
{
    return GetTypeId();
}

Dot16PkmMessage::Dot16PkmMessage(Dot16PkmCode c)
    : code(c)
{
}

uint8_t
Dot16PkmMessage::ManagementTypeOf(Dot16PkmCode code)
{
    bool request = code == Dot16PkmCode::SA_TEK_REQUEST || code == Dot16PkmCode::KEY_REQUEST;
    return static_cast<uint8_t>(request ? Dot16ManagementType::PKM_REQ
                                        : Dot16ManagementType::PKM_RSP);
}

uint8_t
Dot16PkmMessage::GetManagementType() const
{
    return ManagementTypeOf(code);
}

Dot16CmacFormat
Dot16PkmMessage::GetCmacFormat() const
{
    return Dot16CmacFormat::PKM_CMAC_DIGEST;
}

bool
Dot16PkmMessage::AcceptsManagementType(uint8_t type) const
{
    return type == static_cast<uint8_t>(Dot16ManagementType::PKM_REQ) ||
           type == static_cast<uint8_t>(Dot16ManagementType::PKM_RSP);
}

void
Dot16PkmMessage::EncodeBody(crypto::Bytes& out) const
{
    out.push_back(static_cast<uint8_t>(code));
    out.push_back(identifier);
    Dot16AppendOptionalTlv(out, ATTR_KEY_SEQUENCE_NUMBER, keySequence);
    Dot16AppendOptionalTlv(out, ATTR_SAID, said);
    Dot16AppendOptionalTlv(out, ATTR_MS_RANDOM, msRandom);
    Dot16AppendOptionalTlv(out, ATTR_BS_RANDOM, bsRandom);
    Dot16AppendOptionalTlv(out, ATTR_AKID, akid);
    for (const Dot16TekParameters& tek : tekParameters)
    {
        crypto::Bytes value;
        tek.EncodeValue(value);
        Dot16AppendTlv(out, ATTR_TEK_PARAMETERS, crypto::ByteView(value));
    }
    Dot16AppendOptionalTlv(out, ATTR_NONCE, nonce);
    for (const Dot16Tlv& tlv : otherAttributes)
    {
        Dot16AppendTlv(out, tlv);
    }
}

Dot16ParseStatus
Dot16PkmMessage::DecodeBody(uint8_t type, crypto::ByteView body)
{
    *this = Dot16PkmMessage();
    if (body.size() < 2)
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    uint8_t rawCode = body.data()[0];
    if (rawCode < static_cast<uint8_t>(Dot16PkmCode::SA_TEK_CHALLENGE) ||
        rawCode > static_cast<uint8_t>(Dot16PkmCode::KEY_REPLY))
    {
        return Dot16ParseStatus::UNEXPECTED_TYPE;
    }
    code = static_cast<Dot16PkmCode>(rawCode);
    if (ManagementTypeOf(code) != type)
    {
        return Dot16ParseStatus::UNEXPECTED_TYPE; // e.g. a Key-Reply in a PKM-REQ
    }
    identifier = body.data()[1];
    std::vector<Dot16Tlv> tlvs;
    Dot16ParseStatus status =
        ReadTlvSection(crypto::ByteView(body.data() + 2, body.size() - 2), tlvs);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    Dot16TlvSeen seen;
    for (const Dot16Tlv& tlv : tlvs)
    {
        switch (tlv.type)
        {
        case ATTR_KEY_SEQUENCE_NUMBER:
            status = Dot16TlvValueOptional(tlv, keySequence);
            break;
        case ATTR_SAID:
            status = Dot16TlvValueOptional(tlv, said);
            break;
        case ATTR_NONCE:
            status = Dot16TlvValueOptional(tlv, nonce);
            break;
        case ATTR_MS_RANDOM:
            status = Dot16TlvValueOptional(tlv, msRandom);
            break;
        case ATTR_BS_RANDOM:
            status = Dot16TlvValueOptional(tlv, bsRandom);
            break;
        case ATTR_AKID:
            status = Dot16TlvValueOptional(tlv, akid);
            break;
        case ATTR_TEK_PARAMETERS: {
            Dot16TekParameters tek;
            status = Dot16TekParameters::DecodeValue(crypto::ByteView(tlv.value), tek);
            if (status == Dot16ParseStatus::OK && tekParameters.size() == 2)
            {
                return Dot16ParseStatus::DUPLICATE; // at most older + newer
            }
            tekParameters.push_back(tek);
            if (status != Dot16ParseStatus::OK)
            {
                return status;
            }
            continue;
        }
        default:
            otherAttributes.push_back(tlv);
            continue;
        }
        status = seen.Check(tlv.type, status);
        if (status != Dot16ParseStatus::OK)
        {
            return status;
        }
    }
    bool complete = HasCmacTuple();
    switch (code)
    {
    case Dot16PkmCode::SA_TEK_CHALLENGE:
        complete = complete && bsRandom && keySequence && akid;
        break;
    case Dot16PkmCode::SA_TEK_REQUEST:
    case Dot16PkmCode::SA_TEK_RESPONSE:
        complete = complete && msRandom && bsRandom && keySequence && akid;
        break;
    case Dot16PkmCode::KEY_REQUEST:
        complete = complete && keySequence && said && nonce;
        break;
    case Dot16PkmCode::KEY_REPLY:
        complete = complete && keySequence && said && nonce && !tekParameters.empty();
        break;
    }
    return complete ? Dot16ParseStatus::OK : Dot16ParseStatus::MISSING_MANDATORY;
}

void
Dot16PkmMessage::Print(std::ostream& os) const
{
    static const char* const NAMES[] = {"SA-TEK-Challenge",
                                        "SA-TEK-Request",
                                        "SA-TEK-Response",
                                        "Key-Request",
                                        "Key-Reply"};
    os << (GetManagementType() == 9 ? "PKM-REQ " : "PKM-RSP ")
       << NAMES[static_cast<uint8_t>(code) - 20] << " id=" << unsigned(identifier);
    if (said)
    {
        os << " SAID=" << *said;
    }
    if (!tekParameters.empty())
    {
        os << " TEKs=" << tekParameters.size();
    }
    if (HasCmacTuple())
    {
        os << " CMAC_PN=" << GetCmacTuple().cmacPn;
    }
}

} // namespace ns3
