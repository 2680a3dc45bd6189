/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "nd-option.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("NdOption");

namespace
{

/// Pads type + length + data to a multiple of 8 octets.
NdOption
Padded(uint8_t type, std::vector<uint8_t> data)
{
    while ((data.size() + 2) % 8 != 0)
    {
        data.push_back(0);
    }
    NS_ASSERT_MSG(data.size() + 2 <= 255 * 8, "ND option too long");
    return NdOption{type, data};
}

} // namespace

std::vector<uint8_t>
SerializeNdOptions(const std::vector<NdOption>& options)
{
    std::vector<uint8_t> out;
    for (const auto& option : options)
    {
        NS_ASSERT_MSG((option.data.size() + 2) % 8 == 0, "ND option not a multiple of 8 octets");
        out.push_back(option.type);
        out.push_back(static_cast<uint8_t>((option.data.size() + 2) / 8));
        out.insert(out.end(), option.data.begin(), option.data.end());
    }
    return out;
}

MhParseStatus
ParseNdOptions(const uint8_t* data, std::size_t size, std::vector<NdOption>& options)
{
    options.clear();
    std::size_t pos = 0;
    while (pos < size)
    {
        if (pos + 2 > size)
        {
            return MhParseStatus::TRUNCATED;
        }
        std::size_t length = static_cast<std::size_t>(data[pos + 1]) * 8;
        if (length == 0)
        {
            return MhParseStatus::BAD_LENGTH;
        }
        if (pos + length > size)
        {
            return MhParseStatus::OVERLONG;
        }
        options.push_back(NdOption{data[pos], {data + pos + 2, data + pos + length}});
        pos += length;
    }
    return MhParseStatus::OK;
}

NdOption
NdLinkLayerAddressOption::ToOption() const
{
    return Padded(type, lla);
}

MhParseStatus
NdLinkLayerAddressOption::FromOption(const NdOption& option,
                                     std::size_t llaLength,
                                     NdLinkLayerAddressOption& out)
{
    if (option.type != mip6::ND_OPT_SOURCE_LLA && option.type != mip6::ND_OPT_TARGET_LLA)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() != Padded(option.type, std::vector<uint8_t>(llaLength)).data.size())
    {
        return MhParseStatus::BAD_LENGTH;
    }
    out.type = option.type;
    out.lla.assign(option.data.begin(), option.data.begin() + llaLength);
    return MhParseStatus::OK;
}

NdOption
FmipLinkLayerAddressOption::ToOption() const
{
    std::vector<uint8_t> data{code};
    data.insert(data.end(), lla.begin(), lla.end());
    return Padded(TYPE, data);
}

MhParseStatus
FmipLinkLayerAddressOption::FromOption(const NdOption& option,
                                       std::size_t llaLength,
                                       FmipLinkLayerAddressOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() != Padded(TYPE, std::vector<uint8_t>(1 + llaLength)).data.size())
    {
        return MhParseStatus::BAD_LENGTH;
    }
    out.code = option.data[0];
    out.lla.assign(option.data.begin() + 1, option.data.begin() + 1 + llaLength);
    return MhParseStatus::OK;
}

NdOption
FmipIpAddressOption::ToOption() const
{
    std::vector<uint8_t> data{code, prefixLength, 0, 0, 0, 0};
    uint8_t bytes[16];
    address.GetBytes(bytes);
    data.insert(data.end(), bytes, bytes + 16);
    return NdOption{TYPE, data};
}

MhParseStatus
FmipIpAddressOption::FromOption(const NdOption& option, FmipIpAddressOption& out)
{
    if (option.type != TYPE)
    {
        return MhParseStatus::WRONG_TYPE;
    }
    if (option.data.size() != 22)
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
    uint8_t bytes[16];
    std::copy(option.data.begin() + 6, option.data.end(), bytes);
    out.address = Ipv6Address(bytes);
    return MhParseStatus::OK;
}

} // namespace ns3
