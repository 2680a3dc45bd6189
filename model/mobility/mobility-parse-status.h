/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MOBILITY_PARSE_STATUS_H
#define SECURE_HANDOVER_MOBILITY_PARSE_STATUS_H

#include <cstdint>
#include <ostream>
#include <string>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Result of the strict decoding of a Mobility Header, an ICMPv6 FMIPv6 message or one
 *        of their options. Only OK means "accept".
 */
enum class MhParseStatus : uint8_t
{
    OK,                //!< well formed (and, where checked, authentic)
    TRUNCATED,         //!< fewer octets than a length field announces
    OVERLONG,          //!< more octets than the Header Len / message announces
    BAD_LENGTH,        //!< a length field is impossible for its type (option or Header Len)
    BAD_PADDING,       //!< Pad1/PadN misuse: non-zero PadN octets or a run longer than 7 octets
    BAD_PAYLOAD_PROTO, //!< Payload Proto is not 59 (RFC 6275 6.1.1)
    WRONG_TYPE,        //!< MH Type / ICMPv6 type or subtype is not the one expected
    UNKNOWN_TYPE,      //!< MH Type this module does not know (RFC 6275 9.2: Binding Error status 2)
    BAD_VALUE,         //!< a field holds a value the specification forbids (e.g. unknown subtype)
    MISSING_MANDATORY, //!< an option the message MUST carry is absent
    DUPLICATE,         //!< an option that may appear once appears twice
    MISPLACED,         //!< an option that must be last is not (draft 6.2.3: MN-AR MAC with V)
    BAD_CHECKSUM,      //!< the checksum over the IPv6 pseudo-header does not verify
    BAD_MAC            //!< the MAC option (or BADF authenticator) does not verify
};

/**
 * \param status a parse status
 * \return its name, e.g. "BAD_CHECKSUM"
 */
std::string ToString(MhParseStatus status);

/**
 * \param os the stream
 * \param status a parse status
 * \return os
 */
std::ostream& operator<<(std::ostream& os, MhParseStatus status);

} // namespace ns3

#endif /* SECURE_HANDOVER_MOBILITY_PARSE_STATUS_H */
