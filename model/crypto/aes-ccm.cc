/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "aes-ccm.h"

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

/** \return AES-128-CCM, fetched once */
const EVP_CIPHER*
CcmCipher()
{
    static const EvpCipherPtr cipher = FetchCipher("AES-128-CCM");
    return cipher.get();
}

/** \return this thread's reusable cipher context */
EVP_CIPHER_CTX*
ThreadContext()
{
    thread_local const EvpCipherCtxPtr ctx = NewCipherCtx("AES-128-CCM");
    return ctx.get();
}

/**
 * \brief OpenSSL's CCM provider reads a null input with a non-null output as the Final call,
 *        not as a payload. Never pass a null payload pointer, even for an empty payload, so
 *        that the tag computation does not depend on how the EVP layer routes the call.
 * \param view the data
 * \return a non-null pointer to its first octet
 */
const uint8_t*
NonNull(ByteView view)
{
    static const uint8_t EMPTY = 0;
    return view.data() != nullptr ? view.data() : &EMPTY;
}

/**
 * \brief Check the nonce and tag lengths RFC 3610 allows.
 * \param nonce the nonce
 * \param tagLength M
 */
void
CheckParameters(ByteView nonce, std::size_t tagLength)
{
    if (nonce.size() < 7 || nonce.size() > 13)
    {
        ThrowUsageError("AES-CCM nonce must be 7..13 octets, got " + std::to_string(nonce.size()));
    }
    if (tagLength < 4 || tagLength > 16 || tagLength % 2 != 0)
    {
        ThrowUsageError("AES-CCM tag length must be 4, 6, 8, 10, 12, 14 or 16 octets, got " +
                        std::to_string(tagLength));
    }
}

/**
 * \param nonce the nonce (7..13 octets)
 * \param length a message length in octets
 * \return true if the length fits in the L = 15 - nonce length octets of the length field
 */
bool
FitsLengthField(ByteView nonce, std::size_t length)
{
    const std::size_t lOctets = 15 - nonce.size();
    if (lOctets >= sizeof(std::size_t))
    {
        return true;
    }
    return length < (std::size_t{1} << (8 * lOctets));
}

/**
 * \brief Start a CCM operation: cipher, nonce length, tag (length or value), key and nonce.
 * \param ctx the context
 * \param encrypt true to seal, false to open
 * \param key the key
 * \param nonce the nonce
 * \param tagLength M
 * \param expectedTag the received tag when opening, nullptr when sealing
 */
void
Start(EVP_CIPHER_CTX* ctx,
      bool encrypt,
      const Aes128Key& key,
      ByteView nonce,
      std::size_t tagLength,
      const uint8_t* expectedTag)
{
    const int enc = encrypt ? 1 : 0;
    // Passing the cipher resets the context, so nothing of the previous call survives.
    if (EVP_CipherInit_ex2(ctx, CcmCipher(), nullptr, nullptr, enc, nullptr) != 1)
    {
        ThrowOpenSslError("EVP_CipherInit_ex2(AES-128-CCM)");
    }
    if (EVP_CIPHER_CTX_ctrl(ctx,
                            EVP_CTRL_AEAD_SET_IVLEN,
                            static_cast<int>(nonce.size()),
                            nullptr) != 1)
    {
        ThrowOpenSslError("EVP_CTRL_AEAD_SET_IVLEN(AES-128-CCM)");
    }
    if (EVP_CIPHER_CTX_ctrl(ctx,
                            EVP_CTRL_AEAD_SET_TAG,
                            static_cast<int>(tagLength),
                            const_cast<uint8_t*>(expectedTag)) != 1)
    {
        ThrowOpenSslError("EVP_CTRL_AEAD_SET_TAG(AES-128-CCM)");
    }
    if (EVP_CipherInit_ex2(ctx, nullptr, key.GetBytes().data(), nonce.data(), enc, nullptr) != 1)
    {
        ThrowOpenSslError("EVP_CipherInit_ex2(AES-128-CCM key, nonce)");
    }
}

/**
 * \brief Give CCM the payload length (it must come first) and the AAD.
 * \param ctx the context
 * \param payloadLength the plaintext length
 * \param aad the additional authenticated data
 */
void
Prepare(EVP_CIPHER_CTX* ctx, std::size_t payloadLength, ByteView aad)
{
    int written = 0;
    if (EVP_CipherUpdate(ctx, nullptr, &written, nullptr, static_cast<int>(payloadLength)) != 1)
    {
        ThrowOpenSslError("EVP_CipherUpdate(AES-128-CCM length)");
    }
    if (!aad.empty() &&
        EVP_CipherUpdate(ctx, nullptr, &written, aad.data(), static_cast<int>(aad.size())) != 1)
    {
        ThrowOpenSslError("EVP_CipherUpdate(AES-128-CCM AAD)");
    }
}

} // namespace

Bytes
AesCcm::Seal(const Aes128Key& key,
             ByteView nonce,
             ByteView aad,
             ByteView plaintext,
             std::size_t tagLength)
{
    CheckParameters(nonce, tagLength);
    if (!FitsLengthField(nonce, plaintext.size()) || plaintext.size() > INT_MAX - 16)
    {
        ThrowUsageError("AES-CCM plaintext of " + std::to_string(plaintext.size()) +
                        " octets is too long for a " + std::to_string(nonce.size()) +
                        "-octet nonce");
    }
    if (aad.size() > INT_MAX)
    {
        ThrowUsageError("AES-CCM AAD is too long");
    }
    EVP_CIPHER_CTX* ctx = ThreadContext();
    Start(ctx, true, key, nonce, tagLength, nullptr);
    Prepare(ctx, plaintext.size(), aad);

    // One spare octet so that out.data() + written stays valid for an empty plaintext.
    Bytes out(plaintext.size() + tagLength + 1);
    int written = 0;
    if (EVP_EncryptUpdate(ctx,
                          out.data(),
                          &written,
                          NonNull(plaintext),
                          static_cast<int>(plaintext.size())) != 1)
    {
        ThrowOpenSslError("EVP_EncryptUpdate(AES-128-CCM)");
    }
    int finalWritten = 0;
    if (EVP_EncryptFinal_ex(ctx, out.data() + written, &finalWritten) != 1)
    {
        ThrowOpenSslError("EVP_EncryptFinal_ex(AES-128-CCM)");
    }
    if (static_cast<std::size_t>(written) + finalWritten != plaintext.size())
    {
        ThrowUsageError("AES-128-CCM produced " + std::to_string(written + finalWritten) +
                        " octets, expected " + std::to_string(plaintext.size()));
    }
    if (EVP_CIPHER_CTX_ctrl(ctx,
                            EVP_CTRL_AEAD_GET_TAG,
                            static_cast<int>(tagLength),
                            out.data() + plaintext.size()) != 1)
    {
        ThrowOpenSslError("EVP_CTRL_AEAD_GET_TAG(AES-128-CCM)");
    }
    out.pop_back();
    return out;
}

std::optional<Bytes>
AesCcm::Open(const Aes128Key& key,
             ByteView nonce,
             ByteView aad,
             ByteView ciphertextAndTag,
             std::size_t tagLength)
{
    CheckParameters(nonce, tagLength);
    if (ciphertextAndTag.size() < tagLength)
    {
        return std::nullopt;
    }
    const std::size_t payloadLength = ciphertextAndTag.size() - tagLength;
    if (!FitsLengthField(nonce, payloadLength) || payloadLength > INT_MAX - 16)
    {
        return std::nullopt; // no sender could have produced it
    }
    if (aad.size() > INT_MAX)
    {
        ThrowUsageError("AES-CCM AAD is too long");
    }
    EVP_CIPHER_CTX* ctx = ThreadContext();
    Start(ctx, false, key, nonce, tagLength, ciphertextAndTag.data() + payloadLength);
    Prepare(ctx, payloadLength, aad);

    Bytes out(payloadLength + 1);
    int written = 0;
    // CCM checks the tag in this call; a failure is the tag not verifying. Keep it out of
    // the error queue, where it would be reported later as someone else's failure.
    ERR_set_mark();
    const int ok = EVP_DecryptUpdate(ctx,
                                     out.data(),
                                     &written,
                                     NonNull(ciphertextAndTag),
                                     static_cast<int>(payloadLength));
    ERR_pop_to_mark();
    if (ok != 1)
    {
        SecureWipe(out.data(), out.size());
        return std::nullopt;
    }
    if (static_cast<std::size_t>(written) != payloadLength)
    {
        SecureWipe(out.data(), out.size());
        ThrowUsageError("AES-128-CCM produced " + std::to_string(written) + " octets, expected " +
                        std::to_string(payloadLength));
    }
    out.pop_back();
    return out;
}

} // namespace crypto
} // namespace ns3
