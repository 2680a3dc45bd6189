/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_RANDOM_SOURCE_PROVIDER_H
#define SECURE_HANDOVER_RANDOM_SOURCE_PROVIDER_H

#include "crypto-types.h"
#include "random-source.h"

namespace ns3
{
namespace crypto
{

/**
 * \ingroup secure-handover
 * \brief Makes a RandomSource the one that OpenSSL draws from, for as long as the object
 *        lives, on this thread.
 *
 * The TLS engine and the test CA run OpenSSL in a library context of their own (created once
 * per process) whose only random generator is a small built-in provider: every octet that
 * context's RAND_bytes / RAND_priv_bytes returns (TLS randoms, key shares, session ids, key
 * pairs, ECDSA nonces) is copied from the RandomSource in charge, without any further
 * processing. Scopes nest: the innermost one is in charge, and the previous one is restored
 * when it ends. Outside every scope a draw from that context fails (an OpenSSL error, so the
 * TLS step or the key generation fails); there is no fallback to unreproducible randomness.
 *
 * A null source, or one whose IsOpenSslRand() is true, makes the scope do nothing: the caller
 * then uses OpenSSL's default library context and its own randomness (see UsesRandomSource).
 */
class ScopedRandomSource
{
  public:
    /**
     * \param source the source to draw from while this object lives (it must outlive it);
     *        null: do nothing
     */
    explicit ScopedRandomSource(RandomSource* source);
    ~ScopedRandomSource();
    ScopedRandomSource(const ScopedRandomSource&) = delete;
    ScopedRandomSource& operator=(const ScopedRandomSource&) = delete;

  private:
    RandomSource* m_previous; //!< the source in charge before this scope
    bool m_active;            //!< this scope installed a source
};

/**
 * \param source a random source, or null
 * \return true if OpenSSL must draw from it through the random-source library context;
 *         false for null and for a source that is itself OpenSSL's RAND
 */
bool UsesRandomSource(const RandomSource* source);

/**
 * \brief Draw octets with RAND_bytes_ex from the random-source library context, i.e. from
 *        the source in charge (used by tests to show the adapter and its failure).
 * \param size the number of octets
 * \return the octets
 * \throws CryptoError if no source is in charge
 */
Bytes DrawThroughRandomSourceContext(std::size_t size);

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_RANDOM_SOURCE_PROVIDER_H */
