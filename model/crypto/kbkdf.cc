/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "kbkdf.h"

#include "openssl-handles.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace ns3
{
namespace crypto
{

namespace
{

/** \return the KBKDF algorithm, fetched once */
EVP_KDF*
KbkdfAlgorithm()
{
    static const EvpKdfPtr kdf = FetchKdf(OSSL_KDF_NAME_KBKDF);
    return kdf.get();
}

/**
 * \brief Create a KBKDF context configured for counter mode, CMAC over AES-128-CBC, r = 32,
 *        separator and L included. The KBKDF provider fetches the MAC and cipher here, once.
 * \return the context, without key, label or context
 */
EvpKdfCtxPtr
NewConfiguredContext()
{
    EvpKdfCtxPtr ctx =
        OwnOrThrow<EvpKdfCtxPtr>(EVP_KDF_CTX_new(KbkdfAlgorithm()), "EVP_KDF_CTX_new", "KBKDF");
    int useL = 1;
    int useSeparator = 1;
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_MODE, const_cast<char*>("counter"), 0),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_MAC,
                                         const_cast<char*>(OSSL_MAC_NAME_CMAC),
                                         0),
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_CIPHER,
                                         const_cast<char*>("AES-128-CBC"),
                                         0),
        OSSL_PARAM_construct_int(OSSL_KDF_PARAM_KBKDF_USE_L, &useL),
        OSSL_PARAM_construct_int(OSSL_KDF_PARAM_KBKDF_USE_SEPARATOR, &useSeparator),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_KDF_CTX_set_params(ctx.get(), params) != 1)
    {
        ThrowOpenSslError("EVP_KDF_CTX_set_params(KBKDF counter, CMAC, AES-128-CBC)");
    }
    return ctx;
}

/**
 * \brief This thread's reusable KBKDF context for one shape of call.
 *
 * OpenSSL's KBKDF ignores an empty label or context parameter instead of clearing the one
 * set before, and OpenSSL 3.0 can neither duplicate a KBKDF context nor reset one without
 * dropping its MAC. A single reused context would therefore leak the last call's label or
 * context into a call that has none. Each combination of (label empty, context empty) gets
 * its own context instead: a context that serves empty labels never receives one, and a
 * non-empty parameter always replaces the previous value.
 *
 * \param labelEmpty true if the call has no label
 * \param contextEmpty true if the call has no context
 * \return the context
 */
EVP_KDF_CTX*
ThreadContext(bool labelEmpty, bool contextEmpty)
{
    thread_local EvpKdfCtxPtr contexts[2][2];
    EvpKdfCtxPtr& ctx = contexts[labelEmpty ? 1 : 0][contextEmpty ? 1 : 0];
    if (!ctx)
    {
        ctx = NewConfiguredContext();
    }
    return ctx.get();
}

} // namespace

Bytes
KbkdfCmacCounter(const Aes128Key& key, ByteView label, ByteView context, std::size_t outputBits)
{
    if (outputBits == 0 || outputBits % 8 != 0)
    {
        ThrowUsageError("KBKDF output length must be a positive multiple of 8 bits, got " +
                        std::to_string(outputBits));
    }
    if (outputBits > UINT32_MAX)
    {
        ThrowUsageError("KBKDF output length does not fit the 32-bit [L] field: " +
                        std::to_string(outputBits) + " bits");
    }
    EVP_KDF_CTX* ctx = ThreadContext(label.empty(), context.empty());
    // An empty label or context is not passed: the context chosen for this call has none.
    OSSL_PARAM params[4];
    std::size_t n = 0;
    params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY,
                                                    const_cast<uint8_t*>(key.GetBytes().data()),
                                                    key.size());
    if (!label.empty())
    {
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT,
                                                        const_cast<uint8_t*>(label.data()),
                                                        label.size());
    }
    if (!context.empty())
    {
        params[n++] = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO,
                                                        const_cast<uint8_t*>(context.data()),
                                                        context.size());
    }
    params[n] = OSSL_PARAM_construct_end();

    Bytes out(outputBits / 8);
    if (EVP_KDF_derive(ctx, out.data(), out.size(), params) != 1)
    {
        ThrowOpenSslError("EVP_KDF_derive(KBKDF)");
    }
    return out;
}

} // namespace crypto
} // namespace ns3
