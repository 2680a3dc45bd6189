/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mobility-parse-status.h"

namespace ns3
{

std::string
ToString(MhParseStatus status)
{
    switch (status)
    {
    case MhParseStatus::OK:
        return "OK";
    case MhParseStatus::TRUNCATED:
        return "TRUNCATED";
    case MhParseStatus::OVERLONG:
        return "OVERLONG";
    case MhParseStatus::BAD_LENGTH:
        return "BAD_LENGTH";
    case MhParseStatus::BAD_PADDING:
        return "BAD_PADDING";
    case MhParseStatus::BAD_PAYLOAD_PROTO:
        return "BAD_PAYLOAD_PROTO";
    case MhParseStatus::WRONG_TYPE:
        return "WRONG_TYPE";
    case MhParseStatus::UNKNOWN_TYPE:
        return "UNKNOWN_TYPE";
    case MhParseStatus::BAD_VALUE:
        return "BAD_VALUE";
    case MhParseStatus::MISSING_MANDATORY:
        return "MISSING_MANDATORY";
    case MhParseStatus::DUPLICATE:
        return "DUPLICATE";
    case MhParseStatus::MISPLACED:
        return "MISPLACED";
    case MhParseStatus::BAD_CHECKSUM:
        return "BAD_CHECKSUM";
    case MhParseStatus::BAD_MAC:
        return "BAD_MAC";
    }
    return "UNKNOWN_STATUS";
}

std::ostream&
operator<<(std::ostream& os, MhParseStatus status)
{
    return os << ToString(status);
}

} // namespace ns3
