/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MOBILITY_HEADER_H
#define SECURE_HANDOVER_MOBILITY_HEADER_H

#include "mobility-constants.h"
#include "mobility-option.h"
#include "mobility-parse-status.h"

#include "ns3/header.h"
#include "ns3/ipv6-address.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <vector>

namespace ns3
{

class Packet;

/**
 * \ingroup secure-handover
 * \brief The IPv6 Mobility Header (RFC 6275 6.1.1) common to every message: Payload Proto
 *        (59), Header Len (8-octet units, not counting the first 8 octets), MH Type, Reserved,
 *        Checksum, then the message data and the mobility options.
 *
 * Subclasses give the message data of one MH Type. This class owns the option list and its
 * padding: AddOption() inserts the Pad1/PadN that the option's alignment needs, and
 * serialization pads the message to a multiple of 8 octets. Decoded padding is kept, so a
 * decoded message re-encodes to the very same octets.
 *
 * Decoding is strict (Parse / Deserialize + GetParseStatus): Header Len must agree with the
 * octets present, every known option must have its specified length, padding must be zeros of
 * at most 7 octets, an option that may appear once must not repeat, and the message's
 * mandatory options must be present. Unknown option types are skipped (RFC 6275 6.2.1) and
 * counted. The checksum needs the IPv6 addresses: see UpdateChecksum / VerifyChecksum.
 */
class MobilityHeader : public Header
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /** \return the MH Type */
    uint8_t GetMhType() const;
    /** \return the Payload Proto field (59 unless decoded otherwise) */
    uint8_t GetPayloadProto() const;
    /** \return the Reserved octet after MH Type */
    uint8_t GetReserved() const;
    /** \return the Header Len field that serialization writes (or that was decoded) */
    uint8_t GetHeaderLength() const;
    /** \return the Checksum field */
    uint16_t GetChecksum() const;
    /** \param checksum the Checksum field to write */
    void SetChecksum(uint16_t checksum);

    /**
     * \brief Appends an option, preceded by the padding its alignment needs.
     * \param option the option (not Pad1/PadN)
     * \param alignment its alignment requirement xn+y
     */
    void AddOption(const MobilityOption& option, MobilityOptionAlignment alignment);

    /**
     * \brief Appends a typed option (HandoverNonceOption, MacOption, BadfOption, ...).
     * \param option the option
     */
    template <typename T>
    void AddOption(const T& option)
    {
        AddOption(option.ToOption(), T::ALIGNMENT);
    }

    /** \return every option in wire order, padding included */
    const std::vector<MobilityOption>& GetOptions() const;

    /** \brief Removes every option. */
    void ClearOptions();

    /**
     * \brief Finds the first option of type T::TYPE whose subtype / Option-Code octet (the
     *        first data octet) is the one given, or any when subtype is negative.
     * \param out the decoded option
     * \param subtype the subtype or Option-Code to match, or -1
     * \return true if found and decoded
     */
    template <typename T>
    bool FindOption(T& out, int subtype = -1) const
    {
        for (const auto& option : m_options)
        {
            if (option.type == T::TYPE &&
                (subtype < 0 || (!option.data.empty() && option.data[0] == subtype)) &&
                T::FromOption(option, out) == MhParseStatus::OK)
            {
                return true;
            }
        }
        return false;
    }

    /**
     * \param index an index into GetOptions()
     * \return the offset of that option's Type octet from the start of the Mobility Header
     */
    uint32_t GetOptionOffset(std::size_t index) const;

    /**
     * \brief Replaces the data of an option in place (same length), e.g. to fill in an AUTH.
     * \param index an index into GetOptions()
     * \param data the new data, as long as the old
     */
    void ReplaceOptionData(std::size_t index, const std::vector<uint8_t>& data);

    /** \return the number of options of unknown type skipped by the last decoding */
    uint32_t GetUnknownOptionCount() const;

    /** \return the status of the last Deserialize / Parse (OK for a locally built message) */
    MhParseStatus GetParseStatus() const;

    /**
     * \brief Strict decoding of exactly one Mobility Header.
     * \param data the octets (the whole MH, nothing after it)
     * \param size their number
     * \return OK or the first defect found
     */
    MhParseStatus Parse(const uint8_t* data, std::size_t size);

    /**
     * \brief Strict decoding of a packet that starts with this Mobility Header and checking
     *        of its checksum. The packet is not modified.
     * \param packet the packet (the IPv6 payload)
     * \param source the IPv6 source address
     * \param destination the IPv6 destination address
     * \return OK, a decoding defect, or BAD_CHECKSUM
     */
    MhParseStatus ParseAndVerify(Ptr<const Packet> packet,
                                 const Ipv6Address& source,
                                 const Ipv6Address& destination);

    /** \return the octets of the message as Serialize writes them */
    std::vector<uint8_t> ToBytes() const;

    /**
     * \return the octets with the Checksum field zeroed: the "MH data" that the MAC option
     *         and the BADF authenticator cover
     */
    std::vector<uint8_t> ToBytesWithZeroChecksum() const;

    /**
     * \brief Computes and stores the checksum for the given IPv6 addresses. Call it after the
     *        last change to the message (after AppendMacOption / AppendBadfOption).
     * \param source the IPv6 source address
     * \param destination the IPv6 destination address
     */
    void UpdateChecksum(const Ipv6Address& source, const Ipv6Address& destination);

    /**
     * \param source the IPv6 source address
     * \param destination the IPv6 destination address
     * \return true if the Checksum field is right for these addresses
     */
    bool VerifyChecksum(const Ipv6Address& source, const Ipv6Address& destination) const;

    /**
     * \brief The Mobility Header checksum: the Internet checksum over the IPv6 pseudo-header
     *        (next header 135) and the MH with its Checksum field taken as zero (RFC 6275 6.1.1).
     * \param source the IPv6 source address
     * \param destination the IPv6 destination address
     * \param mh the Mobility Header octets
     * \param size their number
     * \return the checksum
     */
    static uint16_t ComputeChecksum(const Ipv6Address& source,
                                    const Ipv6Address& destination,
                                    const uint8_t* mh,
                                    std::size_t size);

    /**
     * \brief Reads the MH Type of a Mobility Header without decoding it, to choose the class
     *        that decodes it.
     * \param data the octets
     * \param size their number
     * \param type the MH Type
     * \return OK for a type this module decodes (FBU, FBack, HI, HAck, HKReq, HKResp),
     *         UNKNOWN_TYPE for any other (type is still set), TRUNCATED below 6 octets
     */
    static MhParseStatus PeekMhType(const uint8_t* data, std::size_t size, uint8_t& type);

    uint32_t GetSerializedSize() const override;
    void Serialize(Buffer::Iterator start) const override;
    /**
     * \brief Decodes from the remaining octets of the buffer (the MH must be the last header).
     *        Check GetParseStatus() before using the fields.
     * \param start where the MH starts
     * \return the octets consumed
     */
    uint32_t Deserialize(Buffer::Iterator start) override;
    void Print(std::ostream& os) const override;

  protected:
    /**
     * \param mhType the MH Type of the subclass
     * \param messageDataSize the size of its fixed message data (after the 6 common octets)
     */
    MobilityHeader(uint8_t mhType, uint32_t messageDataSize);

    /**
     * \brief Writes the fixed message data (exactly messageDataSize octets).
     * \param i where to write
     */
    virtual void SerializeMessageData(Buffer::Iterator& i) const = 0;

    /**
     * \brief Reads the fixed message data (exactly messageDataSize octets are available).
     * \param i where to read
     * \return OK or BAD_VALUE
     */
    virtual MhParseStatus DeserializeMessageData(Buffer::Iterator& i) = 0;

    /**
     * \brief Message-specific rules on the decoded options (mandatory options, order).
     * \return OK, MISSING_MANDATORY or MISPLACED
     */
    virtual MhParseStatus CheckOptions() const;

    /**
     * \brief Prints the message data fields.
     * \param os the stream
     */
    virtual void PrintMessageData(std::ostream& os) const = 0;

    /**
     * \param type an option type
     * \return true if a known option of that type is present
     */
    bool HasOption(uint8_t type) const;

    /**
     * \return the index of the last option that is not padding, or -1 if none
     */
    int LastNonPaddingIndex() const;

  private:
    /** \return 6 + message data + options, before the final padding */
    uint32_t GetUnpaddedSize() const;

    uint8_t m_payloadProto;                //!< Payload Proto
    uint8_t m_mhType;                      //!< MH Type
    uint8_t m_reserved;                    //!< Reserved octet
    uint16_t m_checksum;                   //!< Checksum
    uint32_t m_messageDataSize;            //!< fixed message data size
    std::vector<MobilityOption> m_options; //!< options in wire order, padding included
    uint32_t m_unknownOptions;             //!< unknown options skipped by the last decoding
    MhParseStatus m_parseStatus;           //!< status of the last decoding
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MOBILITY_HEADER_H */
