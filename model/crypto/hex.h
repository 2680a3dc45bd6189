/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HEX_H
#define SECURE_HANDOVER_HEX_H

#include "crypto-types.h"

#include <algorithm>
#include <string>

namespace ns3
{
namespace crypto
{

/**
 * \brief Render octets as lowercase hex with no separator.
 * \param bytes the octets
 * \return e.g. "00ed04a5"
 */
std::string ToHex(ByteView bytes);

/**
 * \brief Parse plain hex (upper or lower case, no separators, even length).
 * \param hex the text
 * \return the octets
 * \throws CryptoError naming the first offending character or an odd length
 */
Bytes FromHex(const std::string& hex);

/**
 * \brief Parse hex that must decode to exactly N octets.
 * \param hex the text
 * \param what a name for the error message, e.g. "MSMAC"
 * \return the octets
 */
template <std::size_t N>
Octets<N>
FromHexFixed(const std::string& hex, const std::string& what)
{
    Bytes bytes = FromHex(hex);
    if (bytes.size() != N)
    {
        ThrowUsageError(what + " must be " + std::to_string(N) + " octets, got " +
                        std::to_string(bytes.size()));
    }
    Octets<N> out{};
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_HEX_H */
