/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-keys.h"

#include "mac.h"
#include "octet-writer.h"

#include "ns3/log.h"

#include <algorithm>

namespace ns3
{
namespace crypto
{

NS_LOG_COMPONENT_DEFINE("CryptoHandoverKeys");

namespace
{

/// The HIK label of draft 6.1.1: 22 ASCII octets, no NUL.
const std::string HIK_LABEL = "Handover Integrity Key";
/// The HK label of draft 6.1.2: 12 ASCII octets, no NUL.
const std::string HK_LABEL = "Handover Key";
/// Width of the gprf+ counter Y (spec/READINGS.md: uint16, big-endian).
constexpr std::size_t GPRF_Y_OCTETS = 2;

} // namespace

Hik
DeriveHik(PrfAlgorithm prf, const Hmk& hmk, uint16_t messageId)
{
    NS_LOG_FUNCTION(static_cast<unsigned>(prf) << messageId);
    Bytes out = GprfPlus(prf,
                         hmk.Cast<MacKeyTag>(),
                         HIK_LABEL,
                         messageId,
                         PrfOutputLength(prf),
                         GPRF_Y_OCTETS);
    WipeOnExit wipe(out);
    return Hik{ByteView(out)};
}

Bytes
HkSeed(const Nonce16& mnNonce,
       const Nonce16& hksNonce,
       const std::string& mnNai,
       const Ipv6Octets& arId,
       HkSeedOrder order)
{
    Bytes seed;
    seed.reserve(mnNonce.size() + hksNonce.size() + mnNai.size() + arId.size() + HK_LABEL.size());
    switch (order)
    {
    case HkSeedOrder::SPEC:
        // Section 6.1.2: MN-Nonce | HKS-Nonce | MN ID | AR ID | "Handover Key"
        Append(seed, mnNonce);
        Append(seed, hksNonce);
        Append(seed, mnNai);
        Append(seed, arId);
        break;
    case HkSeedOrder::OVERVIEW:
        // Section 4 (Protocol Overview): HKS-Nonce | MN-Nonce | AR1 ID | MN ID | "Handover Key"
        Append(seed, hksNonce);
        Append(seed, mnNonce);
        Append(seed, arId);
        Append(seed, mnNai);
        break;
    default:
        ThrowUsageError("unknown HK seed order");
    }
    Append(seed, HK_LABEL);
    return seed;
}

Hk
DeriveHk(PrfAlgorithm prf,
         const Hmk& hmk,
         const Nonce16& mnNonce,
         const Nonce16& hksNonce,
         const std::string& mnNai,
         const Ipv6Octets& arId,
         HkSeedOrder order)
{
    NS_LOG_FUNCTION(static_cast<unsigned>(prf) << mnNai << static_cast<int>(order));
    Bytes out = GprfPlus(prf,
                         hmk.Cast<MacKeyTag>(),
                         HkSeed(mnNonce, hksNonce, mnNai, arId, order),
                         0x0000,
                         PrfOutputLength(prf),
                         GPRF_Y_OCTETS);
    WipeOnExit wipe(out);
    return Hk{ByteView(out)};
}

Bytes
MobilityHeaderAuth(PrfAlgorithm prf, const MacKey& key, ByteView mhData)
{
    return Prf(prf, key, mhData); // HMAC with the PRF's hash
}

Bytes
MobilityHeaderAuth(PrfAlgorithm prf, const Hik& hik, ByteView mhData)
{
    return MobilityHeaderAuth(prf, hik.Cast<MacKeyTag>(), mhData);
}

Bytes
MobilityHeaderAuth(PrfAlgorithm prf, const Hk& hk, ByteView mhData)
{
    return MobilityHeaderAuth(prf, hk.Cast<MacKeyTag>(), mhData);
}

Octets<12>
BadfAuthenticator(const Hk& hk,
                  const Ipv6Octets& careOfAddress,
                  const Ipv6Octets& parAddress,
                  ByteView mhData)
{
    Bytes input;
    input.reserve(careOfAddress.size() + parAddress.size() + mhData.size());
    Append(input, careOfAddress);
    Append(input, parAddress);
    Append(input, mhData);
    Bytes mac = Hmac(HashAlgorithm::SHA1, hk.Cast<MacKeyTag>(), input);
    Octets<12> authenticator{};
    std::copy(mac.begin(), mac.begin() + authenticator.size(), authenticator.begin()); // First(96)
    return authenticator;
}

} // namespace crypto
} // namespace ns3
