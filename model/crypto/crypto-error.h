/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_CRYPTO_ERROR_H
#define SECURE_HANDOVER_CRYPTO_ERROR_H

#include <stdexcept>
#include <string>

namespace ns3
{
namespace crypto
{

/**
 * \ingroup secure-handover
 * \brief A cryptographic operation could not be carried out.
 *
 * Thrown for misuse (a key of the wrong size, a malformed blob) and for every failure that
 * OpenSSL reports. An authentication failure on received data (a CCM tag or key-wrap
 * integrity check that does not verify) is not an error: those functions return an empty
 * std::optional instead, because agents must count and drop such input, not abort.
 */
class CryptoError : public std::runtime_error
{
  public:
    /**
     * \param what a one-line description of what failed
     */
    explicit CryptoError(const std::string& what);
};

/**
 * \brief Throw a CryptoError that names the failed operation and OpenSSL's error queue.
 *
 * The OpenSSL error queue is drained, so a later call does not report a stale error.
 *
 * \param operation the OpenSSL call or step that failed, e.g. "EVP_MAC_init(CMAC)"
 */
[[noreturn]] void ThrowOpenSslError(const std::string& operation);

/**
 * \brief Throw a CryptoError for a caller's mistake (a size or range that is not allowed).
 * \param what the one-line description
 */
[[noreturn]] void ThrowUsageError(const std::string& what);

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_CRYPTO_ERROR_H */
