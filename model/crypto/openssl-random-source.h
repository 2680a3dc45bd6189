/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_OPENSSL_RANDOM_SOURCE_H
#define SECURE_HANDOVER_OPENSSL_RANDOM_SOURCE_H

#include "random-source.h"

namespace ns3
{
namespace crypto
{

/**
 * \ingroup secure-handover
 * \brief Random octets from OpenSSL's RAND_bytes (not reproducible across runs).
 */
class OpenSslRandomSource : public RandomSource
{
  public:
    void Fill(uint8_t* out, std::size_t size) override;
    bool IsOpenSslRand() const override;
};

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_OPENSSL_RANDOM_SOURCE_H */
