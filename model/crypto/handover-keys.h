/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_KEYS_H
#define SECURE_HANDOVER_HANDOVER_KEYS_H

#include "crypto-types.h"
#include "prf-plus.h"

#include <cstdint>
#include <string>

namespace ns3
{
namespace crypto
{

/*
 * Key derivation of draft-vidya-mipshop-handover-keys-aaa-04 (MN, AR, Handover Key Server)
 * and the FMIPv6 BADF authenticator that the HK feeds (RFC 5568), as resolved in
 * spec/READINGS.md ("Handover keys draft"). doc/crypto-readings.rst gives every byte layout.
 */

SECURE_HANDOVER_KEY_KIND(HmkTag, "HMK", 64, SIZE_MAX);
SECURE_HANDOVER_KEY_KIND(HikTag, "HIK", 20, 32);
SECURE_HANDOVER_KEY_KIND(HkTag, "HK", 20, 32);

/// The Handover Master Key shared by the MN and the HKS (draft 6.1: at least 64 octets).
using Hmk = Key<HmkTag>;
/// The Handover Integrity Key (MN-HKS MAC option): 20 octets (HMAC-SHA1) or 32 (HMAC-SHA-256).
using Hik = Key<HikTag>;
/// The Handover Key (MN-AR MAC option, FMIPv6 BADF): 20 or 32 octets.
using Hk = Key<HkTag>;

/**
 * \ingroup secure-handover
 * \brief Which order of the HK seed fields to use: the draft gives two.
 */
enum class HkSeedOrder
{
    /// Section 6.1.2 (default): MN-Nonce || HKS-Nonce || MN ID || AR ID || "Handover Key".
    SPEC,
    /// Section 4 (Protocol Overview): HKS-Nonce || MN-Nonce || AR ID || MN ID || "Handover Key".
    OVERVIEW
};

/**
 * \brief HIK = gprf+(HMK, "Handover Integrity Key") with Y0 = the HKReq Message ID
 *        (draft 6.1.1), Y a 2-octet big-endian counter.
 * \param prf the PRF (HMAC-SHA1 in the draft)
 * \param hmk the HMK
 * \param messageId the HKReq Message ID (one octet on the wire), zero-extended
 * \return the HIK, PrfOutputLength(prf) octets
 */
Hik DeriveHik(PrfAlgorithm prf, const Hmk& hmk, uint16_t messageId);

/**
 * \brief The gprf+ seed of the HK derivation in the chosen field order.
 * \param mnNonce the MN-Nonce
 * \param hksNonce the HKS-Nonce
 * \param mnNai MN ID: the NAI as UTF-8, no NUL
 * \param arId AR ID: the AR's IPv6 address as the MN sees it
 * \param order SPEC (section 6.1.2) or OVERVIEW (section 4)
 * \return the seed S
 */
Bytes HkSeed(const Nonce16& mnNonce,
             const Nonce16& hksNonce,
             const std::string& mnNai,
             const Ipv6Octets& arId,
             HkSeedOrder order = HkSeedOrder::SPEC);

/**
 * \brief HK = gprf+(HMK, seed) with Y0 = 0x0000 (draft 6.1.2).
 * \param prf the PRF
 * \param hmk the HMK
 * \param mnNonce the MN-Nonce
 * \param hksNonce the HKS-Nonce
 * \param mnNai MN ID: the NAI as UTF-8, no NUL
 * \param arId AR ID: the AR's IPv6 address as the MN sees it
 * \param order the seed field order (see HkSeed)
 * \return the HK, PrfOutputLength(prf) octets
 */
Hk DeriveHk(PrfAlgorithm prf,
            const Hmk& hmk,
            const Nonce16& mnNonce,
            const Nonce16& hksNonce,
            const std::string& mnNai,
            const Ipv6Octets& arId,
            HkSeedOrder order = HkSeedOrder::SPEC);

/**
 * \brief AUTH value of the MAC mobility option: the full-length HMAC(key, MH data)
 *        (draft 6.2.1 and 6.3).
 *
 * MH data runs from the start of the mobility header up to and including the option's
 * Algorithm Type field, with the MH checksum zeroed: the caller prepares it.
 *
 * \param prf the PRF whose HMAC is used (HMAC-SHA1: 20 octets; HMAC-SHA-256: 32)
 * \param key the HIK (MN-HKS MAC) or HK (MN-AR MAC)
 * \param mhData the MH data
 * \return the AUTH value
 */
Bytes MobilityHeaderAuth(PrfAlgorithm prf, const MacKey& key, ByteView mhData);

/**
 * \brief MobilityHeaderAuth keyed with the HIK (MN-HKS MAC option).
 * \param prf the PRF whose HMAC is used
 * \param hik the HIK
 * \param mhData the MH data
 * \return the AUTH value
 */
Bytes MobilityHeaderAuth(PrfAlgorithm prf, const Hik& hik, ByteView mhData);

/**
 * \brief MobilityHeaderAuth keyed with the HK (MN-AR MAC option).
 * \param prf the PRF whose HMAC is used
 * \param hk the HK
 * \param mhData the MH data
 * \return the AUTH value
 */
Bytes MobilityHeaderAuth(PrfAlgorithm prf, const Hk& hk, ByteView mhData);

/**
 * \brief Authenticator of the FMIPv6 Binding Authorization Data option (BADF, RFC 5568):
 *        First(96, HMAC-SHA1(HK, CoA || PAR address || MH data)).
 * \param hk the HK
 * \param careOfAddress the MN's care-of address
 * \param parAddress the previous access router's address
 * \param mhData the mobility header data (checksum zeroed)
 * \return the 12-octet authenticator
 */
Octets<12> BadfAuthenticator(const Hk& hk,
                             const Ipv6Octets& careOfAddress,
                             const Ipv6Octets& parAddress,
                             ByteView mhData);

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_KEYS_H */
