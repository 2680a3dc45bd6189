/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mac.h"

#include "openssl-handles.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

namespace ns3
{
namespace crypto
{

namespace
{

/** \return the HMAC algorithm, fetched once */
EVP_MAC*
HmacAlgorithm()
{
    static const EvpMacPtr mac = FetchMac(OSSL_MAC_NAME_HMAC);
    return mac.get();
}

/** \return the CMAC algorithm, fetched once */
EVP_MAC*
CmacAlgorithm()
{
    static const EvpMacPtr mac = FetchMac(OSSL_MAC_NAME_CMAC);
    return mac.get();
}

/**
 * \brief Create a MAC context and bind its digest or cipher once.
 * \param mac the algorithm
 * \param paramName OSSL_MAC_PARAM_DIGEST or OSSL_MAC_PARAM_CIPHER
 * \param paramValue the digest or cipher name
 * \param what a name for error messages
 * \return the configured context (no key yet)
 */
EvpMacCtxPtr
NewMacCtx(EVP_MAC* mac, const char* paramName, const char* paramValue, const char* what)
{
    EvpMacCtxPtr ctx = OwnOrThrow<EvpMacCtxPtr>(EVP_MAC_CTX_new(mac), "EVP_MAC_CTX_new", what);
    OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(paramName, const_cast<char*>(paramValue), 0),
        OSSL_PARAM_construct_end(),
    };
    if (EVP_MAC_CTX_set_params(ctx.get(), params) != 1)
    {
        ThrowOpenSslError(std::string("EVP_MAC_CTX_set_params(") + what + ")");
    }
    return ctx;
}

/**
 * \brief Run one MAC computation on a reusable context: re-key, absorb, finish.
 * \param ctx the context, with its digest or cipher bound
 * \param key the key (key.data() must not be null, even for an empty key)
 * \param message the data
 * \param out where the MAC goes
 * \param outLength the expected MAC length
 * \param what a name for error messages
 */
void
RunMac(EVP_MAC_CTX* ctx,
       ByteView key,
       ByteView message,
       uint8_t* out,
       std::size_t outLength,
       const char* what)
{
    // A null key pointer would make OpenSSL keep the previous call's key: never pass one.
    static const uint8_t NO_KEY = 0;
    const uint8_t* keyData = key.data() != nullptr ? key.data() : &NO_KEY;
    if (EVP_MAC_init(ctx, keyData, key.size(), nullptr) != 1)
    {
        ThrowOpenSslError(std::string("EVP_MAC_init(") + what + ")");
    }
    if (!message.empty() && EVP_MAC_update(ctx, message.data(), message.size()) != 1)
    {
        ThrowOpenSslError(std::string("EVP_MAC_update(") + what + ")");
    }
    std::size_t written = 0;
    if (EVP_MAC_final(ctx, out, &written, outLength) != 1)
    {
        ThrowOpenSslError(std::string("EVP_MAC_final(") + what + ")");
    }
    if (written != outLength)
    {
        ThrowUsageError(std::string(what) + " produced " + std::to_string(written) +
                        " octets, expected " + std::to_string(outLength));
    }
}

/// What Hmac needs to know about one hash.
struct HmacProfile
{
    std::size_t index;      //!< slot of its per-thread context
    const char* digestName; //!< OpenSSL's digest name
    const char* macName;    //!< a name for error messages
};

/**
 * \param hash the hash
 * \return its profile
 */
HmacProfile
GetHmacProfile(HashAlgorithm hash)
{
    switch (hash)
    {
    case HashAlgorithm::SHA1:
        return {0, "SHA1", "HMAC-SHA1"};
    case HashAlgorithm::SHA256:
        return {1, "SHA2-256", "HMAC-SHA-256"};
    }
    ThrowUsageError("unknown HashAlgorithm value " + std::to_string(static_cast<int>(hash)));
}

} // namespace

std::size_t
DigestLength(HashAlgorithm hash)
{
    switch (hash)
    {
    case HashAlgorithm::SHA1:
        return 20;
    case HashAlgorithm::SHA256:
        return 32;
    }
    ThrowUsageError("unknown HashAlgorithm value " + std::to_string(static_cast<int>(hash)));
}

Bytes
Hmac(HashAlgorithm hash, const MacKey& key, ByteView message)
{
    const HmacProfile profile = GetHmacProfile(hash);
    // One context per hash and thread, so the digest is bound (and fetched) only once.
    thread_local EvpMacCtxPtr contexts[2];
    EvpMacCtxPtr& context = contexts[profile.index];
    if (!context)
    {
        context =
            NewMacCtx(HmacAlgorithm(), OSSL_MAC_PARAM_DIGEST, profile.digestName, profile.macName);
    }
    Bytes out(DigestLength(hash));
    RunMac(context.get(), key, message, out.data(), out.size(), profile.macName);
    return out;
}

Octets<16>
AesCmac(const Aes128Key& key, ByteView message)
{
    thread_local EvpMacCtxPtr context;
    if (!context)
    {
        context = NewMacCtx(CmacAlgorithm(), OSSL_MAC_PARAM_CIPHER, "AES-128-CBC", "AES-CMAC");
    }
    Octets<16> out{};
    RunMac(context.get(), key, message, out.data(), out.size(), "AES-CMAC");
    return out;
}

} // namespace crypto
} // namespace ns3
