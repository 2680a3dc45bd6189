/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-ranging-messages.h"

#include "ns3/hex.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16RangingMessages");

NS_OBJECT_ENSURE_REGISTERED(Dot16RngReq);
NS_OBJECT_ENSURE_REGISTERED(Dot16RngRsp);

TypeId
Dot16RngReq::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16RngReq")
                            .SetParent<Dot16ManagementMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16RngReq>();
    return tid;
}

TypeId
Dot16RngReq::GetInstanceTypeId() const
{
    return GetTypeId();
}

uint8_t
Dot16RngReq::GetManagementType() const
{
    return static_cast<uint8_t>(Dot16ManagementType::RNG_REQ);
}

void
Dot16RngReq::EncodeBody(crypto::Bytes& out) const
{
    out.push_back(reserved);
    Dot16AppendOptionalTlv(out, TLV_DL_BURST_PROFILE, dlBurstProfile);
    Dot16AppendOptionalTlv(out, TLV_MS_MAC_ADDRESS, msMac);
    Dot16AppendOptionalTlv(out, TLV_SERVING_BSID, servingBsid);
    Dot16AppendOptionalTlv(out, TLV_RANGING_PURPOSE, rangingPurpose);
    Dot16AppendOptionalTlv(out, TLV_HO_ID, hoId);
    Dot16AppendOptionalTlv(out, TLV_CMAC_KEY_COUNT, cmacKeyCount);
    for (const Dot16Tlv& tlv : otherTlvs)
    {
        Dot16AppendTlv(out, tlv);
    }
}

Dot16ParseStatus
Dot16RngReq::DecodeBody(uint8_t /* type */, crypto::ByteView body)
{
    *this = Dot16RngReq();
    if (body.empty())
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    reserved = body.data()[0];
    std::vector<Dot16Tlv> tlvs;
    Dot16ParseStatus status =
        ReadTlvSection(crypto::ByteView(body.data() + 1, body.size() - 1), tlvs);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    Dot16TlvSeen seen;
    for (const Dot16Tlv& tlv : tlvs)
    {
        switch (tlv.type)
        {
        case TLV_DL_BURST_PROFILE:
            status = Dot16TlvValueOptional(tlv, dlBurstProfile);
            break;
        case TLV_MS_MAC_ADDRESS:
            status = Dot16TlvValueOptional(tlv, msMac);
            break;
        case TLV_SERVING_BSID:
            status = Dot16TlvValueOptional(tlv, servingBsid);
            break;
        case TLV_RANGING_PURPOSE:
            status = Dot16TlvValueOptional(tlv, rangingPurpose);
            break;
        case TLV_HO_ID:
            status = Dot16TlvValueOptional(tlv, hoId);
            break;
        case TLV_CMAC_KEY_COUNT:
            status = Dot16TlvValueOptional(tlv, cmacKeyCount);
            break;
        default:
            otherTlvs.push_back(tlv);
            continue;
        }
        status = seen.Check(tlv.type, status);
        if (status != Dot16ParseStatus::OK)
        {
            return status;
        }
    }
    return Dot16ParseStatus::OK;
}

void
Dot16RngReq::Print(std::ostream& os) const
{
    os << "RNG-REQ";
    if (msMac)
    {
        os << " MS=" << crypto::ToHex(crypto::ByteView(*msMac));
    }
    if (servingBsid)
    {
        os << " servingBSID=" << crypto::ToHex(crypto::ByteView(*servingBsid));
    }
    if (rangingPurpose)
    {
        os << " purpose=" << unsigned(*rangingPurpose);
    }
    if (cmacKeyCount)
    {
        os << " CMAC_KEY_COUNT=" << *cmacKeyCount;
    }
    if (HasCmacTuple())
    {
        os << " CMAC_PN=" << GetCmacTuple().cmacPn;
    }
}

TypeId
Dot16RngRsp::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16RngRsp")
                            .SetParent<Dot16ManagementMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16RngRsp>();
    return tid;
}

TypeId
Dot16RngRsp::GetInstanceTypeId() const
{
    return GetTypeId();
}

uint8_t
Dot16RngRsp::GetManagementType() const
{
    return static_cast<uint8_t>(Dot16ManagementType::RNG_RSP);
}

void
Dot16RngRsp::EncodeBody(crypto::Bytes& out) const
{
    out.push_back(reserved);
    Dot16AppendTlvU8(out, TLV_RANGING_STATUS, rangingStatus);
    Dot16AppendOptionalTlv(out, TLV_MS_MAC_ADDRESS, msMac);
    Dot16AppendOptionalTlv(out, TLV_BASIC_CID, basicCid);
    Dot16AppendOptionalTlv(out, TLV_PRIMARY_CID, primaryCid);
    Dot16AppendOptionalTlv(out, TLV_HO_PROCESS_OPTIMIZATION, hoProcessOptimization);
    Dot16AppendOptionalTlv(out, TLV_HO_ID, hoId);
    if (saTekUpdate)
    {
        crypto::Bytes value;
        saTekUpdate->EncodeValue(value);
        Dot16AppendTlv(out, TLV_SA_TEK_UPDATE, crypto::ByteView(value));
    }
    for (const Dot16Tlv& tlv : otherTlvs)
    {
        Dot16AppendTlv(out, tlv);
    }
}

Dot16ParseStatus
Dot16RngRsp::DecodeBody(uint8_t /* type */, crypto::ByteView body)
{
    *this = Dot16RngRsp();
    if (body.empty())
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    reserved = body.data()[0];
    std::vector<Dot16Tlv> tlvs;
    Dot16ParseStatus status =
        ReadTlvSection(crypto::ByteView(body.data() + 1, body.size() - 1), tlvs);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    Dot16TlvSeen seen;
    for (const Dot16Tlv& tlv : tlvs)
    {
        switch (tlv.type)
        {
        case TLV_RANGING_STATUS:
            status = Dot16TlvValueU8(tlv, rangingStatus);
            if (status == Dot16ParseStatus::OK &&
                (rangingStatus < CONTINUE || rangingStatus > RERANGE))
            {
                status = Dot16ParseStatus::BAD_VALUE;
            }
            break;
        case TLV_MS_MAC_ADDRESS:
            status = Dot16TlvValueOptional(tlv, msMac);
            break;
        case TLV_BASIC_CID:
            status = Dot16TlvValueOptional(tlv, basicCid);
            break;
        case TLV_PRIMARY_CID:
            status = Dot16TlvValueOptional(tlv, primaryCid);
            break;
        case TLV_HO_PROCESS_OPTIMIZATION:
            status = Dot16TlvValueOptional(tlv, hoProcessOptimization);
            break;
        case TLV_HO_ID:
            status = Dot16TlvValueOptional(tlv, hoId);
            break;
        case TLV_SA_TEK_UPDATE: {
            Dot16SaTekUpdate update;
            status = Dot16SaTekUpdate::DecodeValue(crypto::ByteView(tlv.value), update);
            saTekUpdate = update;
            break;
        }
        default:
            otherTlvs.push_back(tlv);
            continue;
        }
        status = seen.Check(tlv.type, status);
        if (status != Dot16ParseStatus::OK)
        {
            return status;
        }
    }
    if (!seen.Has(TLV_RANGING_STATUS))
    {
        return Dot16ParseStatus::MISSING_MANDATORY;
    }
    return Dot16ParseStatus::OK;
}

void
Dot16RngRsp::Print(std::ostream& os) const
{
    os << "RNG-RSP status=" << unsigned(rangingStatus);
    if (basicCid)
    {
        os << " basicCID=" << *basicCid;
    }
    if (primaryCid)
    {
        os << " primaryCID=" << *primaryCid;
    }
    if (hoProcessOptimization)
    {
        os << " HOopt=0x" << std::hex << *hoProcessOptimization << std::dec;
    }
    if (saTekUpdate)
    {
        os << " SA-TEK-Update(SAID " << saTekUpdate->newSaid << ")";
    }
    if (HasCmacTuple())
    {
        os << " CMAC_PN=" << GetCmacTuple().cmacPn;
    }
}

} // namespace ns3
