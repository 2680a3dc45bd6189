/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_PRF_PLUS_H
#define SECURE_HANDOVER_PRF_PLUS_H

#include "crypto-types.h"
#include "mac.h"

namespace ns3
{
namespace crypto
{

/**
 * \ingroup secure-handover
 * \brief The PRF field of the handover-keys draft.
 *
 * Value 1 is HMAC-SHA1 (the draft). Value 2, HMAC-SHA-256, is this module's extension.
 */
enum class PrfAlgorithm : uint8_t
{
    HMAC_SHA1 = 1,  //!< the draft's PRF
    HMAC_SHA256 = 2 //!< extension
};

/**
 * \param prf the PRF
 * \return its output length in octets (20 or 32)
 */
std::size_t PrfOutputLength(PrfAlgorithm prf);

/**
 * \param prf the PRF
 * \param key its key
 * \param data its input
 * \return PRF(key, data)
 */
Bytes Prf(PrfAlgorithm prf, const MacKey& key, ByteView data);

/**
 * \brief IKEv2 prf+ (RFC 7296 section 2.13): T1 = prf(K, S | 0x01),
 *        Tn = prf(K, Tn-1 | S | n), output = T1 | T2 | ... truncated to length.
 * \param prf the PRF
 * \param key K
 * \param seed S
 * \param length output octets; at most 255 blocks
 * \return the keying material
 */
Bytes PrfPlus(PrfAlgorithm prf, const MacKey& key, ByteView seed, std::size_t length);

/**
 * \brief The handover-keys draft's gprf+: T1 = PRF(K, S | Y0), Tn = PRF(K, Tn-1 | S | Yn-1)
 *        with Yk = Y0 + k (mod 2^(8 * yOctets)), written big-endian in yOctets octets.
 *
 * The draft's reading (READINGS.md) is yOctets = 2. With yOctets = 1 and y0 = 1 this is
 * IKEv2 prf+.
 *
 * \param prf the PRF
 * \param key K
 * \param seed S
 * \param y0 the first counter value
 * \param length output octets
 * \param yOctets width of the counter: 1 or 2
 * \return the keying material
 */
Bytes GprfPlus(PrfAlgorithm prf,
               const MacKey& key,
               ByteView seed,
               uint16_t y0,
               std::size_t length,
               std::size_t yOctets = 2);

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_PRF_PLUS_H */
