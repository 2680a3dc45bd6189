/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mobility-auth.h"

#include "ns3/log.h"

#include <openssl/crypto.h>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MobilityAuth");

namespace
{

uint8_t
AlgorithmOf(crypto::PrfAlgorithm prf)
{
    return prf == crypto::PrfAlgorithm::HMAC_SHA256 ? mip6::MAC_ALG_HMAC_SHA256
                                                    : mip6::MAC_ALG_HMAC_SHA1;
}

bool
PrfOf(uint8_t algorithm, crypto::PrfAlgorithm& prf)
{
    switch (algorithm)
    {
    case mip6::MAC_ALG_HMAC_SHA1:
        prf = crypto::PrfAlgorithm::HMAC_SHA1;
        return true;
    case mip6::MAC_ALG_HMAC_SHA256:
        prf = crypto::PrfAlgorithm::HMAC_SHA256;
        return true;
    default:
        return false;
    }
}

crypto::Ipv6Octets
OctetsOf(const Ipv6Address& address)
{
    crypto::Ipv6Octets octets;
    address.GetBytes(octets.data());
    return octets;
}

/// Adds a MAC option with a zero AUTH and returns its index.
std::size_t
AddMacPlaceholder(MobilityHeader& header, uint8_t subtype, crypto::PrfAlgorithm prf)
{
    MacOption mac;
    mac.subtype = subtype;
    mac.algorithm = AlgorithmOf(prf);
    mac.auth.assign(MacOption::AuthLength(mac.algorithm), 0);
    header.AddOption(mac);
    return header.GetOptions().size() - 1;
}

/// Fills in the AUTH of the MAC option at index.
template <typename KeyT>
void
FillMac(MobilityHeader& header, std::size_t index, crypto::PrfAlgorithm prf, const KeyT& key)
{
    crypto::Bytes auth = crypto::MobilityHeaderAuth(prf, key, MacCoveredData(header, index));
    std::vector<uint8_t> data = header.GetOptions()[index].data;
    NS_ASSERT(data.size() == 2 + auth.size());
    std::copy(auth.begin(), auth.end(), data.begin() + 2);
    header.ReplaceOptionData(index, data);
}

template <typename KeyT>
MhParseStatus
CheckMac(const MobilityHeader& header, uint8_t subtype, const KeyT& key)
{
    const auto& options = header.GetOptions();
    for (std::size_t k = 0; k < options.size(); ++k)
    {
        MacOption mac;
        if (options[k].type != MacOption::TYPE ||
            MacOption::FromOption(options[k], mac) != MhParseStatus::OK || mac.subtype != subtype)
        {
            continue;
        }
        crypto::PrfAlgorithm prf;
        if (!PrfOf(mac.algorithm, prf))
        {
            return MhParseStatus::BAD_VALUE;
        }
        crypto::Bytes expected = crypto::MobilityHeaderAuth(prf, key, MacCoveredData(header, k));
        if (expected.size() != mac.auth.size() ||
            CRYPTO_memcmp(expected.data(), mac.auth.data(), expected.size()) != 0)
        {
            NS_LOG_LOGIC("MAC option (subtype " << +subtype << ") does not verify");
            return MhParseStatus::BAD_MAC;
        }
        return MhParseStatus::OK;
    }
    return MhParseStatus::MISSING_MANDATORY;
}

/// MH data of the BADF authenticator of the option at index: the MH, checksum zeroed, without
/// the Authenticator field.
std::vector<uint8_t>
BadfCoveredData(const MobilityHeader& header, std::size_t index)
{
    std::vector<uint8_t> bytes = header.ToBytesWithZeroChecksum();
    uint32_t start = header.GetOptionOffset(index) + BadfOption::AUTHENTICATOR_OFFSET;
    bytes.erase(bytes.begin() + start, bytes.begin() + start + 12);
    return bytes;
}

crypto::Octets<12>
ComputeBadf(const MobilityHeader& header,
            std::size_t index,
            const crypto::Hk& hk,
            const Ipv6Address& careOfAddress,
            const Ipv6Address& parAddress)
{
    return crypto::BadfAuthenticator(hk,
                                     OctetsOf(careOfAddress),
                                     OctetsOf(parAddress),
                                     BadfCoveredData(header, index));
}

} // namespace

std::vector<uint8_t>
MacCoveredData(const MobilityHeader& header, std::size_t optionIndex)
{
    std::vector<uint8_t> bytes = header.ToBytesWithZeroChecksum();
    bytes.resize(header.GetOptionOffset(optionIndex) + MacOption::AUTH_OFFSET);
    return bytes;
}

void
AppendMacOption(MobilityHeader& header, crypto::PrfAlgorithm prf, const crypto::Hik& hik)
{
    std::size_t index = AddMacPlaceholder(header, mip6::MAC_SUBTYPE_MN_HKS, prf);
    FillMac(header, index, prf, hik);
}

void
AppendMacOption(MobilityHeader& header, crypto::PrfAlgorithm prf, const crypto::Hk& hk)
{
    std::size_t index = AddMacPlaceholder(header, mip6::MAC_SUBTYPE_MN_AR, prf);
    FillMac(header, index, prf, hk);
}

void
AppendMacOptions(MobilityHeader& header,
                 crypto::PrfAlgorithm prf,
                 const crypto::Hik& hik,
                 const crypto::Hk& hk)
{
    std::size_t hksIndex = AddMacPlaceholder(header, mip6::MAC_SUBTYPE_MN_HKS, prf);
    std::size_t arIndex = AddMacPlaceholder(header, mip6::MAC_SUBTYPE_MN_AR, prf);
    FillMac(header, hksIndex, prf, hik);
    FillMac(header, arIndex, prf, hk);
}

MhParseStatus
VerifyMacOption(const MobilityHeader& header, const crypto::Hik& hik)
{
    return CheckMac(header, mip6::MAC_SUBTYPE_MN_HKS, hik);
}

MhParseStatus
VerifyMacOption(const MobilityHeader& header, const crypto::Hk& hk)
{
    return CheckMac(header, mip6::MAC_SUBTYPE_MN_AR, hk);
}

void
AppendBadfOption(MobilityHeader& header,
                 uint32_t spi,
                 const crypto::Hk& hk,
                 const Ipv6Address& careOfAddress,
                 const Ipv6Address& parAddress)
{
    BadfOption badf;
    badf.spi = spi;
    header.AddOption(badf);
    std::size_t index = header.GetOptions().size() - 1;
    badf.authenticator = ComputeBadf(header, index, hk, careOfAddress, parAddress);
    header.ReplaceOptionData(index, badf.ToOption().data);
}

MhParseStatus
VerifyBadfOption(const MobilityHeader& header,
                 const crypto::Hk& hk,
                 const Ipv6Address& careOfAddress,
                 const Ipv6Address& parAddress)
{
    const auto& options = header.GetOptions();
    for (std::size_t k = 0; k < options.size(); ++k)
    {
        BadfOption badf;
        if (options[k].type != BadfOption::TYPE ||
            BadfOption::FromOption(options[k], badf) != MhParseStatus::OK)
        {
            continue;
        }
        crypto::Octets<12> expected = ComputeBadf(header, k, hk, careOfAddress, parAddress);
        if (CRYPTO_memcmp(expected.data(), badf.authenticator.data(), expected.size()) != 0)
        {
            NS_LOG_LOGIC("BADF authenticator does not verify (SPI " << badf.spi << ")");
            return MhParseStatus::BAD_MAC;
        }
        return MhParseStatus::OK;
    }
    return MhParseStatus::MISSING_MANDATORY;
}

} // namespace ns3
