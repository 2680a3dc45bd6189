/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_OPENSSL_HANDLES_H
#define SECURE_HANDOVER_OPENSSL_HANDLES_H

// Private to model/crypto/: owning handles for the OpenSSL 3 objects the crypto layer uses,
// and the fetch and context-creation calls that turn a failure into a CryptoError. Not a
// public header (it is not installed); include it as "openssl-handles.h" from a .cc here.

#include "crypto-error.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <string>

namespace ns3
{
namespace crypto
{

/**
 * \brief A unique_ptr deleter that releases an OpenSSL object with its free function.
 * \tparam FreeFunction e.g. EVP_CIPHER_free (the context frees wipe the keys they hold)
 */
template <auto FreeFunction>
struct OpenSslDeleter
{
    /**
     * \tparam T the OpenSSL type
     * \param object the object to release
     */
    template <typename T>
    void operator()(T* object) const
    {
        FreeFunction(object);
    }
};

/// An owned fetched EVP_CIPHER.
using EvpCipherPtr = std::unique_ptr<EVP_CIPHER, OpenSslDeleter<&EVP_CIPHER_free>>;
/// An owned EVP_CIPHER_CTX.
using EvpCipherCtxPtr = std::unique_ptr<EVP_CIPHER_CTX, OpenSslDeleter<&EVP_CIPHER_CTX_free>>;
/// An owned fetched EVP_MAC.
using EvpMacPtr = std::unique_ptr<EVP_MAC, OpenSslDeleter<&EVP_MAC_free>>;
/// An owned EVP_MAC_CTX.
using EvpMacCtxPtr = std::unique_ptr<EVP_MAC_CTX, OpenSslDeleter<&EVP_MAC_CTX_free>>;
/// An owned fetched EVP_KDF.
using EvpKdfPtr = std::unique_ptr<EVP_KDF, OpenSslDeleter<&EVP_KDF_free>>;
/// An owned EVP_KDF_CTX.
using EvpKdfCtxPtr = std::unique_ptr<EVP_KDF_CTX, OpenSslDeleter<&EVP_KDF_CTX_free>>;
/// An owned EVP_PKEY (a key pair or a public key).
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<&EVP_PKEY_free>>;
/// An owned X509 certificate.
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<&X509_free>>;
/// An owned X509 extension.
using X509ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<&X509_EXTENSION_free>>;
/// An owned BIO (a memory BIO not yet handed to an SSL object).
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<&BIO_free_all>>;
/// An owned SSL_CTX.
using SslCtxPtr = std::unique_ptr<SSL_CTX, OpenSslDeleter<&SSL_CTX_free>>;
/// An owned SSL connection object (it owns the BIOs given to SSL_set_bio).
using SslPtr = std::unique_ptr<SSL, OpenSslDeleter<&SSL_free>>;

/**
 * \brief Take ownership of what an OpenSSL fetch or _new call returned, or throw if it failed.
 * \tparam Ptr one of the owning handles above
 * \param object the call's result
 * \param call the OpenSSL function, for the error message
 * \param what the algorithm, for the error message
 * \return the owned object, never null
 */
template <typename Ptr>
Ptr
OwnOrThrow(typename Ptr::pointer object, const char* call, const char* what)
{
    Ptr owned(object);
    if (!owned)
    {
        ThrowOpenSslError(std::string(call) + "(" + what + ")");
    }
    return owned;
}

/**
 * \brief Fetch a cipher from the default library context. Call it once per algorithm (keep
 *        the result in a function-local static), not per operation.
 * \param name the OpenSSL cipher name, e.g. "AES-128-ECB"
 * \return the fetched cipher, never null
 */
inline EvpCipherPtr
FetchCipher(const char* name)
{
    return OwnOrThrow<EvpCipherPtr>(EVP_CIPHER_fetch(nullptr, name, nullptr),
                                    "EVP_CIPHER_fetch",
                                    name);
}

/**
 * \brief Fetch a MAC from the default library context, once per algorithm (see FetchCipher).
 * \param name the OpenSSL MAC name, e.g. OSSL_MAC_NAME_HMAC
 * \return the fetched algorithm, never null
 */
inline EvpMacPtr
FetchMac(const char* name)
{
    return OwnOrThrow<EvpMacPtr>(EVP_MAC_fetch(nullptr, name, nullptr), "EVP_MAC_fetch", name);
}

/**
 * \brief Fetch a KDF from the default library context, once per algorithm (see FetchCipher).
 * \param name the OpenSSL KDF name, e.g. OSSL_KDF_NAME_KBKDF
 * \return the fetched algorithm, never null
 */
inline EvpKdfPtr
FetchKdf(const char* name)
{
    return OwnOrThrow<EvpKdfPtr>(EVP_KDF_fetch(nullptr, name, nullptr), "EVP_KDF_fetch", name);
}

/**
 * \brief Create an empty cipher context, to be kept (e.g. thread_local) and re-initialised
 *        for every operation.
 * \param what the algorithm it will serve, for the error message
 * \return the context, never null
 */
inline EvpCipherCtxPtr
NewCipherCtx(const char* what)
{
    return OwnOrThrow<EvpCipherCtxPtr>(EVP_CIPHER_CTX_new(), "EVP_CIPHER_CTX_new", what);
}

/**
 * \brief The library context whose random generators draw from the crypto::RandomSource in
 *        charge (see ScopedRandomSource in random-source-provider.h): the default provider
 *        for every algorithm, a built-in adapter provider for RAND. Created on first use and
 *        freed by OpenSSL's clean-up at exit; never create one per operation.
 * \return the context
 * \throws CryptoError if OpenSSL cannot set it up
 */
OSSL_LIB_CTX* RandomSourceLibraryContext();

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_OPENSSL_HANDLES_H */
