/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mobility-option.h"

#include "ns3/log.h"

#include <algorithm>
#include <initializer_list>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityOption");

namespace
{

void
PutU32(std::vector<uint8_t>& out, uint32_t value)
{
    out.push_back(static_cast<uint8_t>(value >> 24));
    out.push_back(static_cast<uint8_t>(value >> 16));
    out.push_back(static_cast<uint8_t>(value >> 8));
    out.push_back(static_cast<uint8_t>(value));
}

uint32_t
GetU32(const uint8_t* p)
{
    return (static_cast<uint32_t>(p[0]) << 24) | (static_cast<uint32_t>(p[1]) << 16) |
           (static_cast<uint32_t>(p[2]) << 8) | p[3];
}

void
PutAddress(std::vector<uint8_t>& out, const Ipv6Address& address)
{
    uint8_t bytes[16];
    address.GetBytes(bytes);
    out.insert(out.end(), bytes, bytes + 16);
}

template <typename Container>
std::vector<uint8_t>
Concat(std::initializer_list<uint8_t> head, const Container& tail)
{
    std::vector<uint8_t> out;
    out.reserve(head.size() + tail.size());
    for (uint8_t b : head)
    {
        out.push_back(b);
    }
    for (auto b : tail)
    {
        out.push_back(static_cast<uint8_t>(b));
    }
    return out;
}

} // namespace

std::vector<MobilityOption>
MakeMobilityPadding(uint32_t n)
{
    std::vector<MobilityOption> padding;
    if (n == 1)
    {
        padding.push_back(MobilityOption{mip6::OPT_PAD1, {}});
    }
    else if (n >= 2)
    {
        padding.push_back(MobilityOption{mip6::OPT_PADN, std::vector<uint8_t>(n - 2, 0)});
    }
    return padding;
}

bool
IsKnownMobilityOptionType(uint8_t type)
{
    switch (type)
    {
    case mip6::OPT_PAD1:
    case mip6::OPT_PADN:
    case mip6::OPT_ALTERNATE_COA:
    case mip6::OPT_MH_LINK_LAYER_ADDRESS:
    case mip6::OPT_MN_IDENTIFIER:
    case mip6::OPT_BADF:
    case mip6::OPT_MH_IPV6_ADDRESS:
    case mip6::OPT_HANDOVER_NONCE:
    case mip6::OPT_HK_MAC:
    case mip6::OPT_HK_TIMESTAMP:
    case mip6::OPT_HK_SPI:
        return true;
    default:
        return false;
    }
}

MhParseStatus
ValidateMobilityOption(const MobilityOption& option)
{
    switch (option.type)
    {
    case mip6::OPT_PAD1:
        return option.data.empty() ? MhParseStatus::OK : MhParseStatus::BAD_LENGTH;
    case mip6::OPT_PADN:
        // RFC 6275 6.2.3: N - 2 zero-valued octets; more than 7 octets of padding is never needed.
        if (option.data.size() > 5 ||
            std::any_of(option.data.begin(), option.data.end(), [](uint8_t b) { return b != 0; }))
        {
            return MhParseStatus::BAD_PADDING;
        }
        return MhParseStatus::OK;
    case mip6::OPT_ALTERNATE_COA: {
        AlternateCoaOption o;
        return AlternateCoaOption::FromOption(option, o);
    }
    case mip6::OPT_MH_LINK_LAYER_ADDRESS: {
        MhLinkLayerAddressOption o;
        return MhLinkLayerAddressOption::FromOption(option, o);
    }
    case mip6::OPT_MN_IDENTIFIER: {
        MnIdentifierOption o;
        return MnIdentifierOption::FromOption(option, o);
    }
    case mip6::OPT_BADF: {
        BadfOption o;
        return BadfOption::FromOption(option, o);
    }
    case mip6::OPT_MH_IPV6_ADDRESS: {
        MhIpv6AddressOption o;
        return MhIpv6AddressOption::FromOption(option, o);
    }
    case mip6::OPT_HANDOVER_NONCE: {
        HandoverNonceOption o;
        return HandoverNonceOption::FromOption(option, o);
    }
    case mip6::OPT_HK_MAC: {
        MacOption o;
        return MacOption::FromOption(option, o);
    }
    case mip6::OPT_HK_TIMESTAMP: {
        HkTimestampOption o;
        return HkTimestampOption::FromOption(option, o);
    }
    case mip6::OPT_HK_SPI: {
        HkSpiOption o;
        return HkSpiOption::FromOption(option, o);
    }
    default:
        return MhParseStatus::OK;
    }
}

uint16_t
MobilityOptionUniquenessKey(const MobilityOption& option)
{
    uint16_t key = static_cast<uint16_t>(option.type) << 8;
    switch (option.type)
    {
    case mip6::OPT_HANDOVER_NONCE:
    case mip6::OPT_HK_MAC:
    case mip6::OPT_MH_LINK_LAYER_ADDRESS:
    case mip6::OPT_MH_IPV6_ADDRESS:
        return key | (option.data.empty() ? 0 : option.data[0]);
    default:
        return key | 0xff;
    }
}

// ---- Handover Nonce -----------------------------------------------------------------------

MobilityOption
HandoverNonceOption::ToOption() const
{
    NS_ASSERT_MSG(!nonce.empty() && nonce.size() <= 253, "Handover Nonce length out of range");
    return MobilityOption{TYPE, Concat({subtype, reserved}, nonce)};
}

MhParseStatus
HandoverNonceOption::FromOption(const MobilityOption& option, HandoverNonceOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() < 3)
    {
        return MhParseStatus::BAD_LENGTH;
    }
    if (option.data[0] != mip6::NONCE_SUBTYPE_HKS && option.data[0] != mip6::NONCE_SUBTYPE_MN)
    {
        return MhParseStatus::BAD_VALUE;
    }
    out.subtype = option.data[0];
    out.reserved = option.data[1];
    out.nonce.assign(option.data.begin() + 2, option.data.end());
    return MhParseStatus::OK;
}

// ---- MAC ------------------------------------------------------------------------------------

uint32_t
MacOption::AuthLength(uint8_t algorithm)
{
    switch (algorithm)
    {
    case mip6::MAC_ALG_HMAC_SHA1:
        return 20;
    case mip6::MAC_ALG_HMAC_SHA256:
        return 32;
    default:
        return 0;
    }
}

MobilityOption
MacOption::ToOption() const
{
    NS_ASSERT_MSG(algorithm <= 0x0f && reserved <= 0x0f, "MAC option: 4-bit field overflow");
    NS_ASSERT_MSG(auth.size() <= 251, "MAC option: AUTH too long");
    return MobilityOption{
        TYPE,
        Concat({subtype, static_cast<uint8_t>((reserved << 4) | algorithm)}, auth)};
}

MhParseStatus
MacOption::FromOption(const MobilityOption& option, MacOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() < 2)
    {
        return MhParseStatus::BAD_LENGTH;
    }
    uint8_t subtype = option.data[0];
    if (subtype != mip6::MAC_SUBTYPE_MN_HKS && subtype != mip6::MAC_SUBTYPE_MN_AR)
    {
        return MhParseStatus::BAD_VALUE;
    }
    uint8_t algorithm = option.data[1] & 0x0f;
    uint32_t expected = AuthLength(algorithm);
    // An unknown algorithm is decoded (the HKS answers INVALID_MAC_ALG, the MN discards), but
    // a known one must carry a full-length AUTH.
    if ((expected != 0 && option.data.size() - 2 != expected) || option.data.size() == 2)
    {
        return MhParseStatus::BAD_LENGTH;
    }
    out.subtype = subtype;
    out.reserved = option.data[1] >> 4;
    out.algorithm = algorithm;
    out.auth.assign(option.data.begin() + 2, option.data.end());
    return MhParseStatus::OK;
}

// ---- Timestamp ------------------------------------------------------------------------------

MobilityOption
HkTimestampOption::ToOption() const
{
    MobilityOption option{TYPE, {}};
    PutU32(option.data, static_cast<uint32_t>(timestamp >> 32));
    PutU32(option.data, static_cast<uint32_t>(timestamp));
    return option;
}

MhParseStatus
HkTimestampOption::FromOption(const MobilityOption& option, HkTimestampOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() != 8)
    {
        return MhParseStatus::BAD_LENGTH;
    }
    out.timestamp =
        (static_cast<uint64_t>(GetU32(option.data.data())) << 32) | GetU32(option.data.data() + 4);
    return MhParseStatus::OK;
}

// ---- MN Identifier --------------------------------------------------------------------------

MobilityOption
MnIdentifierOption::ToOption() const
{
    NS_ASSERT_MSG(!identifier.empty() && identifier.size() <= 254, "MN ID length out of range");
    return MobilityOption{TYPE, Concat({subtype}, identifier)};
}

MhParseStatus
MnIdentifierOption::FromOption(const MobilityOption& option, MnIdentifierOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() < 2)
    {
        return MhParseStatus::BAD_LENGTH;
    }
    if (option.data[0] != mip6::MN_ID_SUBTYPE_NAI)
    {
        return MhParseStatus::BAD_VALUE;
    }
    out.subtype = option.data[0];
    out.identifier.assign(option.data.begin() + 1, option.data.end());
    return MhParseStatus::OK;
}

// ---- HK SPI ---------------------------------------------------------------------------------

MobilityOption
HkSpiOption::ToOption() const
{
    MobilityOption option{TYPE, {}};
    PutU32(option.data, spi);
    return option;
}

MhParseStatus
HkSpiOption::FromOption(const MobilityOption& option, HkSpiOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() != 4)
    {
        return MhParseStatus::BAD_LENGTH;
    }
    out.spi = GetU32(option.data.data());
    return MhParseStatus::OK;
}

// ---- Alternate CoA --------------------------------------------------------------------------

MobilityOption
AlternateCoaOption::ToOption() const
{
    MobilityOption option{TYPE, {}};
    PutAddress(option.data, address);
    return option;
}

MhParseStatus
AlternateCoaOption::FromOption(const MobilityOption& option, AlternateCoaOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() != 16)
    {
        return MhParseStatus::BAD_LENGTH;
    }
    out.address = Ipv6Address(const_cast<uint8_t*>(option.data.data()));
    return MhParseStatus::OK;
}

// ---- BADF -----------------------------------------------------------------------------------

MobilityOption
BadfOption::ToOption() const
{
    MobilityOption option{TYPE, {}};
    PutU32(option.data, spi);
    option.data.insert(option.data.end(), authenticator.begin(), authenticator.end());
    return option;
}

MhParseStatus
BadfOption::FromOption(const MobilityOption& option, BadfOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() != 16)
    {
        return MhParseStatus::BAD_LENGTH;
    }
    out.spi = GetU32(option.data.data());
    std::copy(option.data.begin() + 4, option.data.end(), out.authenticator.begin());
    return MhParseStatus::OK;
}

// ---- MH-LLA ---------------------------------------------------------------------------------

MobilityOption
MhLinkLayerAddressOption::ToOption() const
{
    NS_ASSERT_MSG(!lla.empty() && lla.size() <= 254, "MH-LLA length out of range");
    return MobilityOption{TYPE, Concat({code}, lla)};
}

MhParseStatus
MhLinkLayerAddressOption::FromOption(const MobilityOption& option, MhLinkLayerAddressOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() < 2)
    {
        return MhParseStatus::BAD_LENGTH;
    }
    out.code = option.data[0];
    out.lla.assign(option.data.begin() + 1, option.data.end());
    return MhParseStatus::OK;
}

// ---- MH IPv6 Address/Prefix -------------------------------------------------------------------

MobilityOption
MhIpv6AddressOption::ToOption() const
{
    MobilityOption option{TYPE, {code, prefixLength}};
    PutAddress(option.data, address);
    return option;
}

MhParseStatus
MhIpv6AddressOption::FromOption(const MobilityOption& option, MhIpv6AddressOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() != 18)
    {
        return MhParseStatus::BAD_LENGTH;
    }
    if (option.data[0] < mip6::IPADDR_CODE_OLD_COA ||
        option.data[0] > mip6::IPADDR_CODE_NAR_PREFIX || option.data[1] > 128)
    {
        return MhParseStatus::BAD_VALUE;
    }
    out.code = option.data[0];
    out.prefixLength = option.data[1];
    out.address = Ipv6Address(const_cast<uint8_t*>(option.data.data() + 2));
    return MhParseStatus::OK;
}

} // namespace ns3
