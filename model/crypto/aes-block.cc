/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "aes-block.h"

#include "openssl-handles.h"

#include <openssl/evp.h>

namespace ns3
{
namespace crypto
{

namespace
{

/** \return AES-128-ECB, fetched once */
const EVP_CIPHER*
EcbCipher()
{
    static const EvpCipherPtr cipher = FetchCipher("AES-128-ECB");
    return cipher.get();
}

/** \return this thread's reusable cipher context */
EVP_CIPHER_CTX*
ThreadContext()
{
    thread_local const EvpCipherCtxPtr ctx = NewCipherCtx("AES-128-ECB");
    return ctx.get();
}

} // namespace

Octets<16>
AesEncryptBlock(const Aes128Key& key, ByteView block)
{
    if (block.size() != 16)
    {
        ThrowUsageError("AES block must be 16 octets, got " + std::to_string(block.size()));
    }
    EVP_CIPHER_CTX* ctx = ThreadContext();
    if (EVP_EncryptInit_ex2(ctx, EcbCipher(), key.GetBytes().data(), nullptr, nullptr) != 1)
    {
        ThrowOpenSslError("EVP_EncryptInit_ex2(AES-128-ECB)");
    }
    if (EVP_CIPHER_CTX_set_padding(ctx, 0) != 1)
    {
        ThrowOpenSslError("EVP_CIPHER_CTX_set_padding(AES-128-ECB)");
    }
    Octets<16> out{};
    int written = 0;
    if (EVP_EncryptUpdate(ctx, out.data(), &written, block.data(), 16) != 1)
    {
        ThrowOpenSslError("EVP_EncryptUpdate(AES-128-ECB)");
    }
    int finalWritten = 0;
    if (EVP_EncryptFinal_ex(ctx, out.data() + written, &finalWritten) != 1)
    {
        ThrowOpenSslError("EVP_EncryptFinal_ex(AES-128-ECB)");
    }
    if (written + finalWritten != 16)
    {
        ThrowUsageError("AES-128-ECB produced " + std::to_string(written + finalWritten) +
                        " octets, expected 16");
    }
    return out;
}

} // namespace crypto
} // namespace ns3
