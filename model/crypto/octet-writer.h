/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_OCTET_WRITER_H
#define SECURE_HANDOVER_OCTET_WRITER_H

// Private to model/crypto/: the appenders that build KDF inputs, seeds and MAC inputs octet
// by octet. Not a public header (it is not installed); include it as "octet-writer.h" from a
// .cc here.

#include "crypto-types.h"

#include <cstdint>

namespace ns3
{
namespace crypto
{

/**
 * \brief Append octets to a buffer.
 * \param out the buffer to extend
 * \param view the octets to append (may be empty)
 */
inline void
Append(Bytes& out, ByteView view)
{
    out.insert(out.end(), view.data(), view.data() + view.size());
}

/**
 * \brief Append a 16-bit value in network byte order.
 * \param out the buffer to extend
 * \param value appended most significant octet first
 */
inline void
AppendBe16(Bytes& out, uint16_t value)
{
    out.push_back(static_cast<uint8_t>(value >> 8));
    out.push_back(static_cast<uint8_t>(value));
}

/**
 * \brief Append a 32-bit value in network byte order.
 * \param out the buffer to extend
 * \param value appended most significant octet first
 */
inline void
AppendBe32(Bytes& out, uint32_t value)
{
    out.push_back(static_cast<uint8_t>(value >> 24));
    out.push_back(static_cast<uint8_t>(value >> 16));
    out.push_back(static_cast<uint8_t>(value >> 8));
    out.push_back(static_cast<uint8_t>(value));
}

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_OCTET_WRITER_H */
