/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "aes-key-wrap.h"

#include "openssl-handles.h"

#include <climits>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace ns3
{
namespace crypto
{

namespace
{

/**
 * \param kek the key-encryption key
 * \return the RFC 3394 wrap cipher for its size, each fetched once
 */
const EVP_CIPHER*
WrapCipher(const KeyWrapKek& kek)
{
    switch (kek.size())
    {
    case 16: {
        static const EvpCipherPtr cipher = FetchCipher("AES-128-WRAP");
        return cipher.get();
    }
    case 24: {
        static const EvpCipherPtr cipher = FetchCipher("AES-192-WRAP");
        return cipher.get();
    }
    case 32: {
        static const EvpCipherPtr cipher = FetchCipher("AES-256-WRAP");
        return cipher.get();
    }
    default:
        ThrowUsageError("AES key-wrap KEK must be 16, 24 or 32 octets, got " +
                        std::to_string(kek.size()));
    }
}

/** \return this thread's reusable cipher context */
EVP_CIPHER_CTX*
ThreadContext()
{
    thread_local const EvpCipherCtxPtr ctx = NewCipherCtx("AES-WRAP");
    return ctx.get();
}

/**
 * \brief Start a wrap or unwrap with the default IV (A6A6A6A6A6A6A6A6).
 * \param ctx the context
 * \param kek the key-encryption key
 * \param encrypt true to wrap
 */
void
Start(EVP_CIPHER_CTX* ctx, const KeyWrapKek& kek, bool encrypt)
{
    const EVP_CIPHER* cipher = WrapCipher(kek);
    // Only the legacy code path checks this flag; set it so that every build accepts wrap mode.
    EVP_CIPHER_CTX_set_flags(ctx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    if (EVP_CipherInit_ex2(ctx, cipher, kek.GetBytes().data(), nullptr, encrypt ? 1 : 0, nullptr) !=
        1)
    {
        ThrowOpenSslError(std::string("EVP_CipherInit_ex2(") + EVP_CIPHER_get0_name(cipher) + ")");
    }
}

} // namespace

Bytes
AesKeyWrap(const KeyWrapKek& kek, ByteView keyData)
{
    if (keyData.size() < 16 || keyData.size() % 8 != 0 || keyData.size() > INT_MAX - 16)
    {
        ThrowUsageError("AES key wrap (RFC 3394) needs key data of a multiple of 8 octets, at "
                        "least 16; got " +
                        std::to_string(keyData.size()));
    }
    EVP_CIPHER_CTX* ctx = ThreadContext();
    Start(ctx, kek, true);
    Bytes out(keyData.size() + 8);
    int written = 0;
    if (EVP_EncryptUpdate(ctx,
                          out.data(),
                          &written,
                          keyData.data(),
                          static_cast<int>(keyData.size())) != 1)
    {
        ThrowOpenSslError("EVP_EncryptUpdate(AES-WRAP)");
    }
    int finalWritten = 0;
    if (written < 0 || static_cast<std::size_t>(written) > out.size() ||
        EVP_EncryptFinal_ex(ctx, out.data() + written, &finalWritten) != 1)
    {
        ThrowOpenSslError("EVP_EncryptFinal_ex(AES-WRAP)");
    }
    if (static_cast<std::size_t>(written) + finalWritten != out.size())
    {
        ThrowUsageError("AES key wrap produced " + std::to_string(written + finalWritten) +
                        " octets, expected " + std::to_string(out.size()));
    }
    return out;
}

std::optional<Bytes>
AesKeyUnwrap(const KeyWrapKek& kek, ByteView wrapped)
{
    // RFC 3394: n >= 2 64-bit blocks of key data, plus the 64-bit integrity block.
    if (wrapped.size() < 24 || wrapped.size() % 8 != 0 || wrapped.size() > INT_MAX - 16)
    {
        return std::nullopt;
    }
    EVP_CIPHER_CTX* ctx = ThreadContext();
    Start(ctx, kek, false);
    // OpenSSL wants room for the whole input; the key is 8 octets shorter.
    Bytes out(wrapped.size());
    int written = 0;
    // A failure here is the integrity check failing: keep it out of the error queue.
    ERR_set_mark();
    const int ok = EVP_DecryptUpdate(ctx,
                                     out.data(),
                                     &written,
                                     wrapped.data(),
                                     static_cast<int>(wrapped.size()));
    ERR_pop_to_mark();
    if (ok != 1)
    {
        SecureWipe(out.data(), out.size());
        return std::nullopt;
    }
    int finalWritten = 0;
    if (written < 0 || static_cast<std::size_t>(written) > out.size() ||
        EVP_DecryptFinal_ex(ctx, out.data() + written, &finalWritten) != 1)
    {
        SecureWipe(out.data(), out.size());
        ThrowOpenSslError("EVP_DecryptFinal_ex(AES-WRAP)");
    }
    const std::size_t total = static_cast<std::size_t>(written) + finalWritten;
    if (total != wrapped.size() - 8)
    {
        SecureWipe(out.data(), out.size());
        ThrowUsageError("AES key unwrap produced " + std::to_string(total) + " octets, expected " +
                        std::to_string(wrapped.size() - 8));
    }
    SecureWipe(out.data() + total, out.size() - total);
    out.resize(total);
    return out;
}

} // namespace crypto
} // namespace ns3
