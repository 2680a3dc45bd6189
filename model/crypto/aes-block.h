/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_AES_BLOCK_H
#define SECURE_HANDOVER_AES_BLOCK_H

#include "crypto-types.h"

namespace ns3
{
namespace crypto
{

/**
 * \brief Encrypt one 16-octet block with AES-128 in ECB mode, no padding (EVP "AES-128-ECB").
 *
 * 802.16 derives CMAC_KEY_U/D this way from the CMAC pre-keys.
 *
 * \param key the AES-128 key
 * \param block exactly 16 octets
 * \return the encrypted block
 * \throws CryptoError if block is not 16 octets
 */
Octets<16> AesEncryptBlock(const Aes128Key& key, ByteView block);

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_AES_BLOCK_H */
