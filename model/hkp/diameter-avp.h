/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DIAMETER_AVP_H
#define SECURE_HANDOVER_DIAMETER_AVP_H

#include "diameter-constants.h"

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Result of the strict decoding of a Diameter message or AVP. Only OK means "accept".
 */
enum class DiameterParseStatus : uint8_t
{
    OK,            //!< well formed
    TRUNCATED,     //!< fewer octets than a length field announces
    OVERLONG,      //!< more octets than the Message Length announces
    BAD_VERSION,   //!< Version is not 1
    BAD_LENGTH,    //!< a length field is impossible (below its header, not a multiple of 4)
    BAD_FLAGS,     //!< a reserved flag bit is set, or the P bit of an AVP
    BAD_PADDING,   //!< non-zero AVP padding
    WRONG_COMMAND, //!< not the command / application expected
    MISSING_AVP,   //!< an AVP the message must carry is absent
    BAD_AVP_VALUE  //!< an AVP's data has the wrong length for its type
};

/**
 * \param status a parse status
 * \return its name, e.g. "BAD_PADDING"
 */
std::string ToString(DiameterParseStatus status);

/**
 * \param os the stream
 * \param status a parse status
 * \return os
 */
std::ostream& operator<<(std::ostream& os, DiameterParseStatus status);

/**
 * \ingroup secure-handover
 * \brief One Diameter AVP (RFC 6733 4.1): Code (32), Flags (8), Length (24, header and data,
 *        no padding), [Vendor-ID (32) when V], Data, zero padding to a multiple of 4.
 */
struct DiameterAvp
{
    uint32_t code = 0;         //!< AVP Code
    uint8_t flags = 0;         //!< V, M, P and reserved bits
    uint32_t vendorId = 0;     //!< Vendor-ID (meaningful only with the V flag)
    std::vector<uint8_t> data; //!< the AVP Data

    /**
     * \param code the AVP Code
     * \param vendorId 0 for a base AVP, otherwise the Vendor-ID (sets V)
     * \param data the data
     * \return an AVP with the M bit set
     */
    static DiameterAvp Make(uint32_t code, uint32_t vendorId, std::vector<uint8_t> data);

    /**
     * \param code the AVP Code
     * \param vendorId 0 or the Vendor-ID
     * \param value an Unsigned32
     * \return the AVP
     */
    static DiameterAvp MakeUnsigned32(uint32_t code, uint32_t vendorId, uint32_t value);

    /**
     * \param code the AVP Code
     * \param vendorId 0 or the Vendor-ID
     * \param value a UTF8String / DiameterIdentity
     * \return the AVP
     */
    static DiameterAvp MakeString(uint32_t code, uint32_t vendorId, const std::string& value);

    /** \return the AVP Length field: header (8 or 12) plus data, without padding */
    uint32_t GetLength() const;
    /** \return the octets the AVP takes on the wire, padding included */
    uint32_t GetPaddedLength() const;
    /** \return true when the V flag is set */
    bool HasVendor() const;

    /**
     * \param value the Unsigned32 read
     * \return false if the data is not exactly 4 octets
     */
    bool GetUnsigned32(uint32_t& value) const;
    /** \return the data as a string */
    std::string GetString() const;

    /**
     * \brief Append the AVP's wire octets (padding included).
     * \param out where
     */
    void AppendTo(std::vector<uint8_t>& out) const;

    /**
     * \brief Strict decoding of one AVP at offset, which advances past its padding.
     * \param data the octets
     * \param size their number (the end of the enclosing message)
     * \param offset where the AVP starts; on OK, where the next one starts
     * \param out the AVP
     * \return OK, TRUNCATED, BAD_LENGTH, BAD_FLAGS or BAD_PADDING
     */
    static DiameterParseStatus Read(const uint8_t* data,
                                    std::size_t size,
                                    std::size_t& offset,
                                    DiameterAvp& out);
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DIAMETER_AVP_H */
