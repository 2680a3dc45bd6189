/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_TLV_H
#define SECURE_HANDOVER_DOT16_TLV_H

#include "ns3/crypto-types.h"

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Outcome of a checked decode of an 802.16 MAC PDU, management message or TLV list.
 *
 * Decoders never trust a length: every length is checked against the octets actually there,
 * and the first violation found is reported with the most specific status.
 */
enum class Dot16ParseStatus : uint8_t
{
    OK,                //!< decoded and, where applicable, verified
    TRUNCATED,         //!< fewer octets than a length, field or header announces
    OVERLONG,          //!< octets left over after the announced end (GMH LEN, fixed fields)
    BAD_LENGTH,        //!< a length that the format does not allow (wrong fixed size, long form
                       //!< of a short length, more than 4 length octets, LEN below 6)
    BAD_VALUE,         //!< a field value the format does not allow (reserved bits set, ...)
    UNEXPECTED_TYPE,   //!< wrong management message type, HT = 1, PKM code not allowed for
                       //!< the message type, or a CMAC/HMAC tuple that is not the last TLV
    DUPLICATE,         //!< a TLV that may appear once appears twice
    MISSING_MANDATORY, //!< a mandatory TLV or the CMAC tuple is absent
    BAD_HCS,           //!< the GMH header check sequence does not match
    BAD_CMAC,          //!< the CMAC tuple / CMAC-Digest does not verify
    UNWRAP_FAILED      //!< an AES-key-wrapped TEK fails the RFC 3394 integrity check
};

/**
 * \brief The enumerator's name, e.g. "BAD_CMAC".
 * \param status the status
 * \return its name
 */
std::string Dot16ParseStatusName(Dot16ParseStatus status);

/**
 * \brief Stream a parse status by name.
 * \param os the stream
 * \param status the status
 * \return os
 */
std::ostream& operator<<(std::ostream& os, Dot16ParseStatus status);

/**
 * \ingroup secure-handover
 * \brief One decoded 802.16 TLV (type, value); the length is the value's size.
 */
struct Dot16Tlv
{
    uint8_t type{0};     //!< the type octet
    crypto::Bytes value; //!< the value octets
};

/**
 * \brief Size in octets of the length field that encodes a value of the given size
 *        (802.16-2009 11.1: one octet below 128, else 0x80 | n followed by n octets).
 * \param valueLength the value length
 * \return 1 to 5
 */
std::size_t Dot16TlvLengthFieldSize(std::size_t valueLength);

/**
 * \brief Size in octets of a whole TLV with a value of the given size.
 * \param valueLength the value length
 * \return 1 + Dot16TlvLengthFieldSize(valueLength) + valueLength
 */
std::size_t Dot16TlvEncodedSize(std::size_t valueLength);

/**
 * \brief Append a TLV length field in the shortest (canonical) form.
 * \param out the buffer to extend
 * \param valueLength the length to encode (at most 2^32 - 1)
 */
void Dot16AppendTlvLength(crypto::Bytes& out, std::size_t valueLength);

/**
 * \brief Append a TLV.
 * \param out the buffer to extend
 * \param type the type octet
 * \param value the value
 */
void Dot16AppendTlv(crypto::Bytes& out, uint8_t type, crypto::ByteView value);

/**
 * \brief Append a TLV whose value is one octet.
 * \param out the buffer to extend
 * \param type the type octet
 * \param value the value
 */
void Dot16AppendTlvU8(crypto::Bytes& out, uint8_t type, uint8_t value);

/**
 * \brief Append a TLV whose value is a 16-bit big-endian integer.
 * \param out the buffer to extend
 * \param type the type octet
 * \param value the value
 */
void Dot16AppendTlvU16(crypto::Bytes& out, uint8_t type, uint16_t value);

/**
 * \brief Append a TLV whose value is a 32-bit big-endian integer.
 * \param out the buffer to extend
 * \param type the type octet
 * \param value the value
 */
void Dot16AppendTlvU32(crypto::Bytes& out, uint8_t type, uint32_t value);

/**
 * \brief Append a TLV.
 * \param out the buffer to extend
 * \param tlv the TLV
 */
void Dot16AppendTlv(crypto::Bytes& out, const Dot16Tlv& tlv);

/**
 * \brief Append a one-octet TLV if the field is present.
 * \param out the buffer to extend
 * \param type the type octet
 * \param value the optional field
 */
void Dot16AppendOptionalTlv(crypto::Bytes& out, uint8_t type, const std::optional<uint8_t>& value);

/**
 * \brief Append a 16-bit big-endian TLV if the field is present.
 * \param out the buffer to extend
 * \param type the type octet
 * \param value the optional field
 */
void Dot16AppendOptionalTlv(crypto::Bytes& out, uint8_t type, const std::optional<uint16_t>& value);

/**
 * \brief Append a fixed-size TLV (a MAC address, a random, an AKID...) if the field is present.
 * \param out the buffer to extend
 * \param type the type octet
 * \param value the optional field
 */
template <std::size_t N>
void
Dot16AppendOptionalTlv(crypto::Bytes& out,
                       uint8_t type,
                       const std::optional<crypto::Octets<N>>& value)
{
    if (value)
    {
        Dot16AppendTlv(out, type, crypto::ByteView(*value));
    }
}

/**
 * \ingroup secure-handover
 * \brief Strict sequential reader of an 802.16 TLV list.
 *
 * The length field is read in its short form (< 0x80) or long form (0x80 | n, then n
 * big-endian octets, 1 <= n <= 4). A long form that encodes a length below 128 or has a
 * leading zero octet is rejected (BAD_LENGTH): every length has one encoding. A value that
 * runs past the end of the input is TRUNCATED.
 */
class Dot16TlvReader
{
  public:
    /**
     * \param data the TLV list (the reader keeps a view: data must outlive it)
     */
    explicit Dot16TlvReader(crypto::ByteView data);

    /**
     * \return true when every octet has been consumed
     */
    bool AtEnd() const;

    /**
     * \brief Read the next TLV.
     * \param tlv receives the TLV on success
     * \return OK, TRUNCATED or BAD_LENGTH; on failure the reader does not advance
     */
    Dot16ParseStatus Next(Dot16Tlv& tlv);

    /**
     * \return the offset of the next unread octet
     */
    std::size_t GetOffset() const;

  private:
    crypto::ByteView m_data; //!< the input
    std::size_t m_offset;    //!< next unread octet
};

/**
 * \brief Read a whole TLV list strictly (see Dot16TlvReader).
 * \param data the TLV list
 * \param tlvs receives the TLVs, in order (cleared first)
 * \return OK, TRUNCATED or BAD_LENGTH
 */
Dot16ParseStatus Dot16ParseTlvList(crypto::ByteView data, std::vector<Dot16Tlv>& tlvs);

/**
 * \brief Read a one-octet TLV value.
 * \param tlv the TLV
 * \param value receives the value
 * \return OK, or BAD_LENGTH if the value is not exactly one octet
 */
Dot16ParseStatus Dot16TlvValueU8(const Dot16Tlv& tlv, uint8_t& value);

/**
 * \brief Read a 16-bit big-endian TLV value.
 * \param tlv the TLV
 * \param value receives the value
 * \return OK, or BAD_LENGTH if the value is not exactly two octets
 */
Dot16ParseStatus Dot16TlvValueU16(const Dot16Tlv& tlv, uint16_t& value);

/**
 * \brief Read a 32-bit big-endian TLV value.
 * \param tlv the TLV
 * \param value receives the value
 * \return OK, or BAD_LENGTH if the value is not exactly four octets
 */
Dot16ParseStatus Dot16TlvValueU32(const Dot16Tlv& tlv, uint32_t& value);

/**
 * \brief Read a fixed-size TLV value.
 * \param tlv the TLV
 * \param value receives the value
 * \return OK, or BAD_LENGTH if the value is not exactly N octets
 */
template <std::size_t N>
Dot16ParseStatus
Dot16TlvValueOctets(const Dot16Tlv& tlv, crypto::Octets<N>& value)
{
    if (tlv.value.size() != N)
    {
        return Dot16ParseStatus::BAD_LENGTH;
    }
    std::copy(tlv.value.begin(), tlv.value.end(), value.begin());
    return Dot16ParseStatus::OK;
}

/**
 * \brief Read a TLV value into an optional field with a value reader.
 *
 * The field is set even if the value is rejected (to a zero value); the caller then rejects
 * the whole message.
 *
 * \param tlv the TLV
 * \param field receives the value
 * \param read the value reader (Dot16TlvValueU8, Dot16TlvValueOctets<N>, ...)
 * \return the reader's status
 */
template <typename T>
Dot16ParseStatus
Dot16TlvValueOptional(const Dot16Tlv& tlv,
                      std::optional<T>& field,
                      Dot16ParseStatus (*read)(const Dot16Tlv&, T&))
{
    T value{};
    Dot16ParseStatus status = read(tlv, value);
    field = value;
    return status;
}

/**
 * \brief Read a one-octet TLV value into an optional field (set to zero if rejected).
 * \param tlv the TLV
 * \param field receives the value
 * \return OK, or BAD_LENGTH if the value is not exactly one octet
 */
Dot16ParseStatus Dot16TlvValueOptional(const Dot16Tlv& tlv, std::optional<uint8_t>& field);

/**
 * \brief Read a 16-bit big-endian TLV value into an optional field (set to zero if rejected).
 * \param tlv the TLV
 * \param field receives the value
 * \return OK, or BAD_LENGTH if the value is not exactly two octets
 */
Dot16ParseStatus Dot16TlvValueOptional(const Dot16Tlv& tlv, std::optional<uint16_t>& field);

/**
 * \brief Read a fixed-size TLV value into an optional field (set to zeros if rejected).
 * \param tlv the TLV
 * \param field receives the value
 * \return OK, or BAD_LENGTH if the value is not exactly N octets
 */
template <std::size_t N>
Dot16ParseStatus
Dot16TlvValueOptional(const Dot16Tlv& tlv, std::optional<crypto::Octets<N>>& field)
{
    return Dot16TlvValueOptional(tlv, field, &Dot16TlvValueOctets<N>);
}

/**
 * \ingroup secure-handover
 * \brief Records which TLV types were seen while decoding a list, to report DUPLICATE.
 */
class Dot16TlvSeen
{
  public:
    /**
     * \brief Mark a type as seen.
     * \param type the TLV type
     * \return true if it had been seen before (a duplicate)
     */
    bool Mark(uint8_t type);

    /**
     * \param type the TLV type
     * \return true if the type has been seen
     */
    bool Has(uint8_t type) const;

    /**
     * \brief The end of one step of a decode loop over TLVs of known, unique types.
     * \param type the type of the TLV just decoded (marked as seen)
     * \param status the result of decoding its value
     * \return status if it is not OK; else DUPLICATE if the type had been seen before; else OK
     */
    Dot16ParseStatus Check(uint8_t type, Dot16ParseStatus status);

  private:
    uint64_t m_bits[4]{0, 0, 0, 0}; //!< one bit per type
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_TLV_H */
