/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_CRYPTO_TYPES_H
#define SECURE_HANDOVER_CRYPTO_TYPES_H

#include "crypto-error.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{
namespace crypto
{

/// An owned octet string.
using Bytes = std::vector<uint8_t>;

/**
 * \ingroup secure-handover
 * \brief A non-owning view of octets (C++17 has no std::span).
 *
 * Built implicitly from Bytes, std::array and std::string, so that every primitive accepts
 * each of them without copies.
 */
class ByteView
{
  public:
    /** An empty view. */
    ByteView() = default;

    /**
     * \param data first octet
     * \param size number of octets
     */
    ByteView(const uint8_t* data, std::size_t size)
        : m_data(data),
          m_size(size)
    {
    }

    /** \param bytes the octets to view */
    ByteView(const Bytes& bytes)
        : m_data(bytes.data()),
          m_size(bytes.size())
    {
    }

    /** \param text the characters to view as octets, without a terminating NUL */
    ByteView(const std::string& text)
        : m_data(reinterpret_cast<const uint8_t*>(text.data())),
          m_size(text.size())
    {
    }

    /** \param array the octets to view */
    template <std::size_t N>
    ByteView(const std::array<uint8_t, N>& array)
        : m_data(array.data()),
          m_size(N)
    {
    }

    /** \return the first octet */
    const uint8_t* data() const
    {
        return m_data;
    }

    /** \return the number of octets */
    std::size_t size() const
    {
        return m_size;
    }

    /** \return true if the view holds no octet */
    bool empty() const
    {
        return m_size == 0;
    }

    /** \return a copy of the viewed octets */
    Bytes ToBytes() const
    {
        return Bytes(m_data, m_data + m_size);
    }

  private:
    const uint8_t* m_data{nullptr}; //!< first octet
    std::size_t m_size{0};          //!< number of octets
};

/**
 * \brief Wipe octets with OPENSSL_cleanse, which the compiler may not optimise away.
 * \param data first octet
 * \param size number of octets
 */
void SecureWipe(void* data, std::size_t size);

/**
 * \ingroup secure-handover
 * \brief Wipes a buffer that held intermediate key material when the scope ends, on every
 *        path out of it, exceptions included.
 */
class WipeOnExit
{
  public:
    /** \param bytes the buffer to wipe */
    explicit WipeOnExit(Bytes& bytes)
        : m_bytes(bytes)
    {
    }

    ~WipeOnExit()
    {
        SecureWipe(m_bytes.data(), m_bytes.size());
    }

    WipeOnExit(const WipeOnExit&) = delete;
    WipeOnExit& operator=(const WipeOnExit&) = delete;

  private:
    Bytes& m_bytes; //!< the buffer
};

/**
 * \ingroup secure-handover
 * \brief Key material of one kind, checked for size and wiped when destroyed.
 *
 * The Tag gives the kind a name and an allowed length range in octets
 * (Tag::NAME, Tag::MIN_LENGTH, Tag::MAX_LENGTH). Distinct kinds are distinct C++ types, so
 * a KEK cannot be passed where a TEK is expected; Cast() states a deliberate conversion.
 */
template <typename Tag>
class Key
{
  public:
    /**
     * \param bytes the key octets
     * \throws CryptoError if the length is outside the range of this kind
     */
    explicit Key(ByteView bytes)
        : m_bytes(bytes.ToBytes())
    {
        if (m_bytes.size() < Tag::MIN_LENGTH || m_bytes.size() > Tag::MAX_LENGTH)
        {
            std::string expected = std::to_string(Tag::MIN_LENGTH);
            if (Tag::MAX_LENGTH != Tag::MIN_LENGTH)
            {
                expected += Tag::MAX_LENGTH == SIZE_MAX
                                ? std::string(" or more")
                                : std::string("..") + std::to_string(Tag::MAX_LENGTH);
            }
            SecureWipe(m_bytes.data(), m_bytes.size());
            ThrowUsageError(std::string(Tag::NAME) + " must be " + expected + " octets, got " +
                            std::to_string(bytes.size()));
        }
    }

    Key(const Key&) = default;
    Key(Key&&) noexcept = default;
    Key& operator=(const Key&) = default;
    Key& operator=(Key&&) noexcept = default;

    ~Key()
    {
        SecureWipe(m_bytes.data(), m_bytes.size());
    }

    /** \return the key octets */
    const Bytes& GetBytes() const
    {
        return m_bytes;
    }

    /** \return the number of octets */
    std::size_t size() const
    {
        return m_bytes.size();
    }

    /** \return a view of the key octets */
    operator ByteView() const
    {
        return ByteView(m_bytes);
    }

    /**
     * \brief Use the same octets as a key of another kind (a deliberate, visible conversion).
     * \return the key, retyped
     */
    template <typename OtherTag>
    Key<OtherTag> Cast() const
    {
        return Key<OtherTag>(ByteView(m_bytes));
    }

    /**
     * \param other another key of this kind
     * \return true if both hold the same octets (not constant-time: for tests and caches)
     */
    bool operator==(const Key& other) const
    {
        return m_bytes == other.m_bytes;
    }

    /**
     * \param other another key of this kind
     * \return true if the octets differ
     */
    bool operator!=(const Key& other) const
    {
        return !(*this == other);
    }

  private:
    Bytes m_bytes; //!< the key octets
};

/// Declares a key-kind tag with a printable name and a length range in octets.
#define SECURE_HANDOVER_KEY_KIND(TagName, printable, minLength, maxLength)                         \
    struct TagName                                                                                 \
    {                                                                                              \
        static constexpr const char* NAME = printable;                                             \
        static constexpr std::size_t MIN_LENGTH = minLength;                                       \
        static constexpr std::size_t MAX_LENGTH = maxLength;                                       \
    }

SECURE_HANDOVER_KEY_KIND(Aes128KeyTag, "AES-128 key", 16, 16);
SECURE_HANDOVER_KEY_KIND(MacKeyTag, "HMAC key", 0, SIZE_MAX);
SECURE_HANDOVER_KEY_KIND(KeyWrapKekTag, "AES key-wrap KEK", 16, 32);

/// An AES-128 key (CMAC, ECB, CCM, KBKDF).
using Aes128Key = Key<Aes128KeyTag>;
/// An HMAC key of any length (RFC 2104 hashes a key longer than the block).
using MacKey = Key<MacKeyTag>;
/// A key-encryption key for RFC 3394 key wrap: 16, 24 or 32 octets.
using KeyWrapKek = Key<KeyWrapKekTag>;

/**
 * \ingroup secure-handover
 * \brief A fixed-size nonce or identifier: a typed std::array.
 */
template <std::size_t N>
using Octets = std::array<uint8_t, N>;

/// A 16-octet nonce (MN-Nonce, HKS-Nonce, Nonce-T, Nonce-N).
using Nonce16 = Octets<16>;
/// A 48-bit IEEE MAC address (MSMAC) or 802.16 base station ID (BSID).
using Mac48 = Octets<6>;
/// A 16-octet IPv6 address in network order (the AR ID of the handover-keys draft).
using Ipv6Octets = Octets<16>;

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_CRYPTO_TYPES_H */
