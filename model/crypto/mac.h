/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MAC_H
#define SECURE_HANDOVER_MAC_H

#include "crypto-types.h"

namespace ns3
{
namespace crypto
{

/**
 * \ingroup secure-handover
 * \brief The hash under an HMAC.
 */
enum class HashAlgorithm
{
    SHA1,  //!< 20-octet output
    SHA256 //!< 32-octet output
};

/**
 * \param hash the hash
 * \return its output length in octets
 */
std::size_t DigestLength(HashAlgorithm hash);

/**
 * \brief HMAC (RFC 2104) through OpenSSL EVP_MAC "HMAC".
 * \param hash SHA1 or SHA256
 * \param key the key, of any length
 * \param message the data
 * \return the full-length MAC
 */
Bytes Hmac(HashAlgorithm hash, const MacKey& key, ByteView message);

/**
 * \brief AES-128-CMAC (RFC 4493, NIST SP 800-38B) through OpenSSL EVP_MAC "CMAC".
 * \param key the AES-128 key
 * \param message the data
 * \return the 16-octet MAC
 */
Octets<16> AesCmac(const Aes128Key& key, ByteView message);

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_MAC_H */
