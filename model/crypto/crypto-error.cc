/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "crypto-error.h"

#include <openssl/err.h>

namespace ns3
{
namespace crypto
{

CryptoError::CryptoError(const std::string& what)
    : std::runtime_error(what)
{
}

void
ThrowOpenSslError(const std::string& operation)
{
    std::string detail;
    unsigned long code;
    while ((code = ERR_get_error()) != 0)
    {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof(buffer));
        if (!detail.empty())
        {
            detail += "; ";
        }
        detail += buffer;
    }
    if (detail.empty())
    {
        detail = "no detail in the OpenSSL error queue";
    }
    throw CryptoError(operation + " failed: " + detail);
}

void
ThrowUsageError(const std::string& what)
{
    throw CryptoError(what);
}

} // namespace crypto
} // namespace ns3
