/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "prf-plus.h"

#include "octet-writer.h"

namespace ns3
{
namespace crypto
{

namespace
{

/**
 * \param prf the PRF
 * \return the hash under its HMAC
 */
HashAlgorithm
PrfHash(PrfAlgorithm prf)
{
    switch (prf)
    {
    case PrfAlgorithm::HMAC_SHA1:
        return HashAlgorithm::SHA1;
    case PrfAlgorithm::HMAC_SHA256:
        return HashAlgorithm::SHA256;
    }
    ThrowUsageError("unknown PRF value " + std::to_string(static_cast<int>(prf)));
}

/// Owns intermediate keying material and wipes it on every exit path.
class WipedBytes
{
  public:
    /** \param size initial length */
    explicit WipedBytes(std::size_t size = 0)
        : m_bytes(size)
    {
    }

    WipedBytes(const WipedBytes&) = delete;
    WipedBytes& operator=(const WipedBytes&) = delete;

    ~WipedBytes()
    {
        Wipe();
    }

    /** \return the octets */
    Bytes& Get()
    {
        return m_bytes;
    }

    /** \brief Wipe and empty the octets (the storage is kept). */
    void Wipe()
    {
        SecureWipe(m_bytes.data(), m_bytes.size());
        m_bytes.clear();
    }

    /**
     * \brief Replace the contents, wiping the old ones.
     * \param bytes the new contents (its old buffer is wiped)
     */
    void Assign(Bytes&& bytes)
    {
        Wipe();
        m_bytes.swap(bytes);
        SecureWipe(bytes.data(), bytes.size());
    }

  private:
    Bytes m_bytes; //!< the octets
};

/**
 * \brief Wipe the octets past length, then cut them off.
 * \param out the keying material
 * \param length the octets to keep
 */
void
TruncateWiping(Bytes& out, std::size_t length)
{
    if (out.size() > length)
    {
        SecureWipe(out.data() + length, out.size() - length);
        out.resize(length);
    }
}

} // namespace

std::size_t
PrfOutputLength(PrfAlgorithm prf)
{
    return DigestLength(PrfHash(prf));
}

Bytes
Prf(PrfAlgorithm prf, const MacKey& key, ByteView data)
{
    return Hmac(PrfHash(prf), key, data);
}

Bytes
PrfPlus(PrfAlgorithm prf, const MacKey& key, ByteView seed, std::size_t length)
{
    const std::size_t blockLength = PrfOutputLength(prf);
    const std::size_t blocks = (length + blockLength - 1) / blockLength;
    if (blocks > 255)
    {
        ThrowUsageError("prf+ can produce at most 255 blocks (" +
                        std::to_string(255 * blockLength) + " octets); asked for " +
                        std::to_string(length) + " octets");
    }
    // T(n) = prf(K, T(n-1) | S | n) with a one-octet n from 0x01: gprf+ with Y0 = 1, which
    // never wraps within the 255 blocks allowed above.
    return GprfPlus(prf, key, seed, 0x01, length, 1);
}

Bytes
GprfPlus(PrfAlgorithm prf,
         const MacKey& key,
         ByteView seed,
         uint16_t y0,
         std::size_t length,
         std::size_t yOctets)
{
    if (yOctets != 1 && yOctets != 2)
    {
        ThrowUsageError("gprf+ counter must be 1 or 2 octets wide, got " + std::to_string(yOctets));
    }
    if (yOctets == 1 && y0 > 0xff)
    {
        ThrowUsageError("gprf+ Y0 " + std::to_string(y0) + " does not fit a 1-octet counter");
    }
    const std::size_t blockLength = PrfOutputLength(prf);
    const std::size_t blocks = (length + blockLength - 1) / blockLength;
    const uint32_t modulus = yOctets == 1 ? 0x100 : 0x10000;
    Bytes out;
    out.reserve(blocks * blockLength);
    WipedBytes block; // T(n-1)
    WipedBytes input; // T(n-1) | S | Y(n-1)
    uint32_t y = y0;
    for (std::size_t n = 1; n <= blocks; ++n)
    {
        input.Wipe();
        Append(input.Get(), block.Get());
        Append(input.Get(), seed);
        if (yOctets == 2)
        {
            AppendBe16(input.Get(), static_cast<uint16_t>(y));
        }
        else
        {
            input.Get().push_back(static_cast<uint8_t>(y));
        }
        block.Assign(Prf(prf, key, input.Get()));
        Append(out, block.Get());
        y = (y + 1) % modulus;
    }
    TruncateWiping(out, length);
    return out;
}

} // namespace crypto
} // namespace ns3
