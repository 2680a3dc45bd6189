/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-eap-transfer.h"

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(Dot16EapTransfer);

TypeId
Dot16EapTransfer::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16EapTransfer")
                            .SetParent<Dot16ManagementMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16EapTransfer>();
    return tid;
}

TypeId
Dot16EapTransfer::GetInstanceTypeId() const
{
    return GetTypeId();
}

Dot16EapTransfer::Dot16EapTransfer(bool rsp)
    : fromBs(rsp)
{
}

uint8_t
Dot16EapTransfer::GetManagementType() const
{
    return static_cast<uint8_t>(fromBs ? Dot16ManagementType::PKM_RSP
                                       : Dot16ManagementType::PKM_REQ);
}

Dot16CmacFormat
Dot16EapTransfer::GetCmacFormat() const
{
    return Dot16CmacFormat::PKM_CMAC_DIGEST;
}

bool
Dot16EapTransfer::AcceptsManagementType(uint8_t type) const
{
    return type == static_cast<uint8_t>(Dot16ManagementType::PKM_REQ) ||
           type == static_cast<uint8_t>(Dot16ManagementType::PKM_RSP);
}

bool
Dot16EapTransfer::IsEapTransfer(crypto::ByteView payload)
{
    return payload.size() >= 2 && payload.data()[1] == CODE;
}

void
Dot16EapTransfer::EncodeBody(crypto::Bytes& out) const
{
    out.push_back(CODE);
    out.push_back(identifier);
    Dot16AppendTlv(out, ATTR_EAP_PAYLOAD, crypto::ByteView(eapPayload));
}

Dot16ParseStatus
Dot16EapTransfer::DecodeBody(uint8_t type, crypto::ByteView body)
{
    fromBs = type == static_cast<uint8_t>(Dot16ManagementType::PKM_RSP);
    eapPayload.clear();
    if (body.size() < 2)
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    if (body.data()[0] != CODE)
    {
        return Dot16ParseStatus::UNEXPECTED_TYPE;
    }
    identifier = body.data()[1];
    std::vector<Dot16Tlv> tlvs;
    Dot16ParseStatus status =
        ReadTlvSection(crypto::ByteView(body.data() + 2, body.size() - 2), tlvs);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    bool found = false;
    for (const Dot16Tlv& tlv : tlvs)
    {
        if (tlv.type != ATTR_EAP_PAYLOAD || found)
        {
            return tlv.type == ATTR_EAP_PAYLOAD ? Dot16ParseStatus::DUPLICATE
                                                : Dot16ParseStatus::UNEXPECTED_TYPE;
        }
        found = true;
        eapPayload = tlv.value;
    }
    return found ? Dot16ParseStatus::OK : Dot16ParseStatus::MISSING_MANDATORY;
}

void
Dot16EapTransfer::Print(std::ostream& os) const
{
    os << (fromBs ? "PKM-RSP" : "PKM-REQ") << " EAP-Transfer id=" << unsigned(identifier)
       << " eap=" << eapPayload.size();
}

} // namespace ns3
