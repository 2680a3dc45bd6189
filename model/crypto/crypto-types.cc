/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "crypto-types.h"

#include <openssl/crypto.h>

namespace ns3
{
namespace crypto
{

void
SecureWipe(void* data, std::size_t size)
{
    if (data != nullptr && size > 0)
    {
        OPENSSL_cleanse(data, size);
    }
}

} // namespace crypto
} // namespace ns3
