/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIH_TLV_H
#define SECURE_HANDOVER_MIH_TLV_H

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief The outcome of a checked MIH decode. Every rejection names its reason, so that an
 *        agent can count and log it before it drops the frame.
 */
enum class MihParseStatus : uint8_t
{
    OK,                      //!< decoded and every rule holds
    TRUNCATED,               //!< the data ends inside a header or a TLV's type or length field
    OVERLONG,                //!< a length (TLV, MIHF_ID, list) runs past the end of its container
    BAD_LENGTH_ENCODING,     //!< 0x80|k with k > 4, or a length not in its shortest form
    PAYLOAD_LENGTH_MISMATCH, //!< the header's payload length is not the octets that follow
    BAD_VERSION,             //!< MIH protocol version other than mih::VERSION
    FRAGMENTED,              //!< M bit or fragment number set: fragmentation is not supported
    UNEXPECTED_MESSAGE,      //!< SID/opcode/AID are not those of the message being decoded
    UNEXPECTED_TYPE,         //!< a TLV type that is not allowed here (or not the one required)
    DUPLICATE,               //!< a TLV appears more often than the message allows
    OUT_OF_ORDER,            //!< TLVs not in the order of the message definition
    MISSING_MANDATORY,       //!< a mandatory TLV is absent
    BAD_VALUE,               //!< a value does not decode as its data type, or is out of range
    INCONSISTENT             //!< an optional/mandatory presence rule of the message is broken
};

/**
 * \brief The name of a parse status (e.g. "OVERLONG").
 * \param status the status
 * \return its name
 */
std::string ToString(MihParseStatus status);

/**
 * \brief Print the name of a parse status.
 * \param os the stream
 * \param status the status
 * \return os
 */
std::ostream& operator<<(std::ostream& os, MihParseStatus status);

/**
 * \ingroup secure-handover
 * \brief A bounds-checked read cursor over a range of octets. Every read checks the remaining
 *        size first and fails, without moving, when the data is too short.
 */
class MihByteReader
{
  public:
    /**
     * \brief Read from [data, data + size). The range must outlive the reader.
     * \param data first octet (may be null if size is 0)
     * \param size number of octets
     */
    MihByteReader(const uint8_t* data, std::size_t size);

    /**
     * \return the octets not yet read
     */
    std::size_t GetRemaining() const;
    /**
     * \return the number of octets read so far
     */
    std::size_t GetOffset() const;
    /**
     * \return true if every octet has been read
     */
    bool AtEnd() const;
    /**
     * \return a pointer to the next unread octet
     */
    const uint8_t* Current() const;

    /**
     * \param value the octet read
     * \return false (and no move) if no octet remains
     */
    bool ReadU8(uint8_t& value);
    /**
     * \param value the big-endian 16-bit value read
     * \return false (and no move) if fewer than 2 octets remain
     */
    bool ReadU16(uint16_t& value);
    /**
     * \param value the big-endian 32-bit value read
     * \return false (and no move) if fewer than 4 octets remain
     */
    bool ReadU32(uint32_t& value);
    /**
     * \param count number of octets
     * \param out receives them
     * \return false (and no move) if fewer than count octets remain
     */
    bool ReadBytes(std::size_t count, std::vector<uint8_t>& out);
    /**
     * \param count number of octets to skip
     * \return false (and no move) if fewer than count octets remain
     */
    bool Skip(std::size_t count);

    /**
     * \brief Read an 802.21 length field (TLV length, LIST element count): one octet below 128;
     *        0x80 for 128; 0x80|k then k octets of (length - 128) above 128.
     *
     * Strict: k must be 1..4 and the shortest form must be used (no leading zero octet, 128
     * never as 0x81 0x00), otherwise BAD_LENGTH_ENCODING.
     * \param length the decoded length
     * \return OK, TRUNCATED (the field itself is cut) or BAD_LENGTH_ENCODING
     */
    MihParseStatus ReadLength(uint32_t& length);

  private:
    const uint8_t* m_data; //!< first octet
    std::size_t m_size;    //!< number of octets
    std::size_t m_offset;  //!< read position
};

/**
 * \ingroup secure-handover
 * \brief The 802.21 variable-size length field.
 */
class MihLength
{
  public:
    /**
     * \brief The encoded length field of a value of the given size.
     * \param length the value size in octets
     * \return 1 octet below 129, 0x80|k followed by k octets of (length - 128) above
     */
    static std::vector<uint8_t> Encode(uint32_t length);
    /**
     * \brief Append the encoded length field.
     * \param out the octets to append to
     * \param length the value size in octets
     */
    static void Append(std::vector<uint8_t>& out, uint32_t length);
    /**
     * \brief The size of the encoded length field.
     * \param length the value size in octets
     * \return 1 up to 128, else 1 + k with k the octets that (length - 128) needs
     */
    static uint32_t GetEncodedSize(uint32_t length);
};

/**
 * \ingroup secure-handover
 * \brief One TLV as it travels: a type octet and the value octets.
 */
struct MihTlv
{
    uint8_t type{0};            //!< TLV type
    std::vector<uint8_t> value; //!< value octets
};

/**
 * \ingroup secure-handover
 * \brief A strict TLV reader over a range of octets (an MIH payload): it never trusts a length.
 */
class MihTlvReader
{
  public:
    /**
     * \brief Read TLVs from [data, data + size). The range must outlive the reader.
     * \param data first octet
     * \param size number of octets
     */
    MihTlvReader(const uint8_t* data, std::size_t size);
    /**
     * \brief Read TLVs from a vector, which must outlive the reader.
     * \param data the octets
     */
    explicit MihTlvReader(const std::vector<uint8_t>& data);

    /**
     * \return true if no octet remains
     */
    bool AtEnd() const;
    /**
     * \return octets consumed so far
     */
    std::size_t GetOffset() const;

    /**
     * \brief Read the next TLV.
     * \param tlv receives it
     * \return OK; TRUNCATED if the data ends inside the type or length field; OVERLONG if the
     *         length goes past the end; BAD_LENGTH_ENCODING. On failure the position is unchanged.
     */
    MihParseStatus Next(MihTlv& tlv);
    /**
     * \brief Read the next TLV, which must be of the given type.
     * \param type the required type
     * \param tlv receives it
     * \return as Next, or UNEXPECTED_TYPE (position unchanged) if its type differs
     */
    MihParseStatus Expect(uint8_t type, MihTlv& tlv);
    /**
     * \brief Read all remaining TLVs.
     * \param tlvs receives them, in order
     * \return OK or the first failure of Next
     */
    MihParseStatus ReadAll(std::vector<MihTlv>& tlvs);

  private:
    MihByteReader m_reader; //!< the cursor
};

/**
 * \ingroup secure-handover
 * \brief Builds a sequence of TLVs (an MIH payload).
 */
class MihTlvWriter
{
  public:
    /**
     * \brief Append a TLV.
     * \param type TLV type
     * \param value the value octets
     */
    void Write(uint8_t type, const std::vector<uint8_t>& value);
    /**
     * \brief Append a TLV.
     * \param type TLV type
     * \param data first value octet
     * \param size value size
     */
    void Write(uint8_t type, const uint8_t* data, std::size_t size);
    /**
     * \brief Append a TLV with a 1-octet value.
     * \param type TLV type
     * \param value the value
     */
    void WriteU8(uint8_t type, uint8_t value);
    /**
     * \brief Append a TLV with a 4-octet big-endian value.
     * \param type TLV type
     * \param value the value
     */
    void WriteU32(uint8_t type, uint32_t value);
    /**
     * \return the octets written so far
     */
    const std::vector<uint8_t>& GetBytes() const;

  private:
    std::vector<uint8_t> m_bytes; //!< the TLVs
};

/**
 * \brief The serialized size of a TLV.
 * \param valueSize the value size in octets
 * \return 1 (type) + length field + valueSize
 */
uint32_t GetMihTlvSize(uint32_t valueSize);

} // namespace ns3

#endif /* SECURE_HANDOVER_MIH_TLV_H */
