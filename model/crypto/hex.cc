/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "hex.h"

namespace ns3
{
namespace crypto
{

namespace
{

/**
 * \param c a character
 * \return its value as a hex digit, or -1 if it is not one
 */
int
HexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
    {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f')
    {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F')
    {
        return c - 'A' + 10;
    }
    return -1;
}

/**
 * \param c a character
 * \return a printable rendering of it for an error message
 */
std::string
Printable(char c)
{
    auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u < 0x7f)
    {
        return std::string("'") + c + "'";
    }
    static const char DIGITS[] = "0123456789abcdef";
    return std::string("byte 0x") + DIGITS[u >> 4] + DIGITS[u & 0x0f];
}

} // namespace

std::string
ToHex(ByteView bytes)
{
    static const char DIGITS[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (std::size_t i = 0; i < bytes.size(); ++i)
    {
        out.push_back(DIGITS[bytes.data()[i] >> 4]);
        out.push_back(DIGITS[bytes.data()[i] & 0x0f]);
    }
    return out;
}

Bytes
FromHex(const std::string& hex)
{
    for (std::size_t i = 0; i < hex.size(); ++i)
    {
        if (HexDigitValue(hex[i]) < 0)
        {
            ThrowUsageError("hex string has a non-hex character " + Printable(hex[i]) +
                            " at position " + std::to_string(i));
        }
    }
    if (hex.size() % 2 != 0)
    {
        ThrowUsageError("hex string has an odd number of digits (" + std::to_string(hex.size()) +
                        ")");
    }
    Bytes out(hex.size() / 2);
    for (std::size_t i = 0; i < out.size(); ++i)
    {
        out[i] =
            static_cast<uint8_t>((HexDigitValue(hex[2 * i]) << 4) | HexDigitValue(hex[2 * i + 1]));
    }
    return out;
}

} // namespace crypto
} // namespace ns3
