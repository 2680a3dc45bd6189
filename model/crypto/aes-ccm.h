/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_AES_CCM_H
#define SECURE_HANDOVER_AES_CCM_H

#include "crypto-types.h"

#include <optional>

namespace ns3
{
namespace crypto
{

/**
 * \ingroup secure-handover
 * \brief AES-128-CCM (RFC 3610, NIST SP 800-38C) through OpenSSL EVP "AES-128-CCM".
 *
 * The nonce length fixes L: L = 15 - nonce length (7..13 octets allowed). The tag length M
 * is 4, 6, 8, 10, 12, 14 or 16. The 802.16 MPDU profile is M = 8, L = 2, no AAD.
 */
class AesCcm
{
  public:
    /**
     * \brief Encrypt and authenticate.
     * \param key the AES-128 key
     * \param nonce 7..13 octets
     * \param aad additional authenticated data (may be empty)
     * \param plaintext the data to protect
     * \param tagLength M, in octets
     * \return ciphertext followed by the tag
     * \throws CryptoError on a bad nonce or tag length, or an OpenSSL failure
     */
    static Bytes Seal(const Aes128Key& key,
                      ByteView nonce,
                      ByteView aad,
                      ByteView plaintext,
                      std::size_t tagLength);

    /**
     * \brief Verify and decrypt.
     * \param key the AES-128 key
     * \param nonce 7..13 octets
     * \param aad additional authenticated data (may be empty)
     * \param ciphertextAndTag ciphertext followed by the tag
     * \param tagLength M, in octets
     * \return the plaintext, or std::nullopt if the tag does not verify (or the input is
     *         shorter than the tag): that is received data to drop, not an error
     * \throws CryptoError on a bad nonce or tag length, or an OpenSSL failure
     */
    static std::optional<Bytes> Open(const Aes128Key& key,
                                     ByteView nonce,
                                     ByteView aad,
                                     ByteView ciphertextAndTag,
                                     std::size_t tagLength);
};

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_AES_CCM_H */
