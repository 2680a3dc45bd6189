/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_KBKDF_H
#define SECURE_HANDOVER_KBKDF_H

#include "crypto-types.h"

namespace ns3
{
namespace crypto
{

/**
 * \brief NIST SP 800-108 KDF in counter mode with AES-128-CMAC as the PRF, through OpenSSL's
 *        EVP_KDF "KBKDF".
 *
 * Each block is PRF(key, [i]_32 || label || 0x00 || context || [L]_32), with i counting from 1
 * and L the output length in bits (OpenSSL's defaults: r = 32, separator and L included).
 *
 * \param key the key-derivation key
 * \param label the Label
 * \param context the Context
 * \param outputBits L, a positive multiple of 8
 * \return L/8 octets
 */
Bytes KbkdfCmacCounter(const Aes128Key& key,
                       ByteView label,
                       ByteView context,
                       std::size_t outputBits);

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_KBKDF_H */
