/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_RANDOM_SOURCE_H
#define SECURE_HANDOVER_RANDOM_SOURCE_H

#include "crypto-types.h"

namespace ns3
{
namespace crypto
{

/**
 * \ingroup secure-handover
 * \brief Where nonces and fresh keys come from.
 *
 * The simulator's agents use a source built on ns-3 random streams by default, so that the
 * same RngSeed and RngRun give byte-identical runs; OpenSslRandomSource is the switch to real
 * entropy.
 */
class RandomSource
{
  public:
    virtual ~RandomSource() = default;

    /**
     * \brief Fill a buffer with random octets.
     * \param out first octet to write
     * \param size number of octets
     */
    virtual void Fill(uint8_t* out, std::size_t size) = 0;

    /**
     * \return true if the octets come from OpenSSL's own RAND (not reproducible): OpenSSL
     *         code (TLS, key generation) then keeps its default randomness instead of
     *         drawing from this source
     */
    virtual bool IsOpenSslRand() const
    {
        return false;
    }

    /**
     * \param size number of octets
     * \return that many random octets
     */
    Bytes Generate(std::size_t size)
    {
        Bytes out(size);
        Fill(out.data(), out.size());
        return out;
    }

    /** \return N random octets, e.g. a Nonce16 */
    template <std::size_t N>
    Octets<N> Generate()
    {
        Octets<N> out{};
        Fill(out.data(), N);
        return out;
    }
};

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_RANDOM_SOURCE_H */
