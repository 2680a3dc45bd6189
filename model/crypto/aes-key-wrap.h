/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_AES_KEY_WRAP_H
#define SECURE_HANDOVER_AES_KEY_WRAP_H

#include "crypto-types.h"

#include <optional>

namespace ns3
{
namespace crypto
{

/**
 * \brief AES key wrap (RFC 3394) with the default IV A6A6A6A6A6A6A6A6, through OpenSSL's
 *        "AES-128-WRAP" / "AES-192-WRAP" / "AES-256-WRAP" ciphers.
 * \param kek the key-encryption key (16, 24 or 32 octets)
 * \param keyData the key to wrap: a multiple of 8 octets, at least 16
 * \return the wrapped key, 8 octets longer than keyData
 * \throws CryptoError if keyData has a length RFC 3394 does not allow
 */
Bytes AesKeyWrap(const KeyWrapKek& kek, ByteView keyData);

/**
 * \brief AES key unwrap (RFC 3394).
 * \param kek the key-encryption key
 * \param wrapped the wrapped key
 * \return the key, or std::nullopt if the integrity check fails or the blob is truncated or
 *         has a length RFC 3394 does not allow (received data to drop, not an error)
 */
std::optional<Bytes> AesKeyUnwrap(const KeyWrapKek& kek, ByteView wrapped);

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_AES_KEY_WRAP_H */
