/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "openssl-random-source.h"

#include <algorithm>
#include <climits>
#include <openssl/rand.h>

namespace ns3
{
namespace crypto
{

void
OpenSslRandomSource::Fill(uint8_t* out, std::size_t size)
{
    // RAND_bytes takes an int count: draw large requests in chunks.
    while (size > 0)
    {
        const std::size_t chunk = std::min<std::size_t>(size, INT_MAX);
        if (RAND_bytes(out, static_cast<int>(chunk)) != 1)
        {
            ThrowOpenSslError("RAND_bytes");
        }
        out += chunk;
        size -= chunk;
    }
}

bool
OpenSslRandomSource::IsOpenSslRand() const
{
    return true;
}

} // namespace crypto
} // namespace ns3
