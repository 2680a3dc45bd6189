/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DIAMETER_CONSTANTS_H
#define SECURE_HANDOVER_DIAMETER_CONSTANTS_H

#include <cstdint>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Every number of the AR-HKS AAA channel: the RFC 6733 header and base AVPs this module
 *        uses, and the PRIVATE command code, application and AVPs of the handover-key exchange.
 *
 * The draft (draft-vidya-mipshop-handover-keys-aaa-04, sections 3 and 6.3/6.4) leaves the AAA
 * protocol open. This module frames the exchange as Diameter: the command code is one of the
 * two that RFC 6733 11.2.1 reserves for experimental use, and the HKP AVPs are vendor-specific
 * (V bit) under enterprise number 32473, which RFC 5612 reserves for documentation. Nothing
 * here collides with an IANA assignment. doc/handover-keys.rst lists them.
 */
namespace diameter
{

constexpr uint8_t VERSION = 1;                  //!< RFC 6733 3: Version
constexpr uint32_t HEADER_SIZE = 20;            //!< RFC 6733 3: fixed header octets
constexpr uint32_t AVP_HEADER_SIZE = 8;         //!< RFC 6733 4.1: Code, Flags, Length
constexpr uint32_t AVP_VENDOR_SIZE = 4;         //!< RFC 6733 4.1: Vendor-ID when V is set
constexpr uint32_t MAX_MESSAGE_SIZE = 0xffffff; //!< the 24-bit Message Length
/// Default TCP port of Diameter over TLS (RFC 6733 11.4; 3868 is Diameter over plain TCP).
constexpr uint16_t TLS_PORT = 5658;

// ---- Header flags (RFC 6733 3) ---------------------------------------------------------
constexpr uint8_t FLAG_REQUEST = 0x80;       //!< R
constexpr uint8_t FLAG_PROXIABLE = 0x40;     //!< P
constexpr uint8_t FLAG_ERROR = 0x20;         //!< E
constexpr uint8_t FLAG_RETRANSMITTED = 0x10; //!< T
constexpr uint8_t FLAG_RESERVED_MASK = 0x0f; //!< must be zero

// ---- AVP flags (RFC 6733 4.1) ------------------------------------------------------------
constexpr uint8_t AVP_FLAG_VENDOR = 0x80;        //!< V: Vendor-ID present
constexpr uint8_t AVP_FLAG_MANDATORY = 0x40;     //!< M
constexpr uint8_t AVP_FLAG_PROTECTED = 0x20;     //!< P (deprecated, must be zero in 6733)
constexpr uint8_t AVP_FLAG_RESERVED_MASK = 0x1f; //!< must be zero

// ---- The handover-key exchange (PRIVATE) -------------------------------------------------
/// HK-Request / HK-Answer: experimental-use command code (RFC 6733 11.2.1). PRIVATE.
constexpr uint32_t CMD_HANDOVER_KEY = 16777214;
/// Application-Id of the exchange: first Vendor-Specific Application Id value. PRIVATE.
constexpr uint32_t APP_HANDOVER_KEY = 16777216;
/// Enterprise number for documentation use (RFC 5612): the Vendor-ID of the HKP AVPs.
constexpr uint32_t VENDOR_HKP = 32473;

// ---- Base AVP codes (RFC 6733 / RFC 7155) -------------------------------------------------
constexpr uint32_t AVP_USER_NAME = 1;             //!< the MN's NAI (RFC 7155)
constexpr uint32_t AVP_AUTH_APPLICATION_ID = 258; //!< RFC 6733 6.8
constexpr uint32_t AVP_SESSION_ID = 263;          //!< RFC 6733 8.8
constexpr uint32_t AVP_ORIGIN_HOST = 264;         //!< RFC 6733 6.3
constexpr uint32_t AVP_RESULT_CODE = 268;         //!< RFC 6733 7.1
constexpr uint32_t AVP_DESTINATION_REALM = 283;   //!< RFC 6733 6.6
constexpr uint32_t AVP_ORIGIN_REALM = 296;        //!< RFC 6733 6.4

// ---- HKP AVP codes (Vendor-ID VENDOR_HKP; PRIVATE) ----------------------------------------
constexpr uint32_t AVP_HKP_REQUEST = 1; //!< OctetString: the HKReq Mobility Header as received
constexpr uint32_t AVP_HKP_AR_ADDRESS =
    2;                                 //!< OctetString(16): the AR's IPv6 address as the MN sees it
constexpr uint32_t AVP_HKP_STATUS = 3; //!< Unsigned32: the HKResp Status Code decided by the HKS
constexpr uint32_t AVP_HKP_PRF = 4;    //!< Unsigned32: the PRF the HKS used
constexpr uint32_t AVP_HKP_HKS_NONCE = 5; //!< OctetString(16): the HKS-Nonce
constexpr uint32_t AVP_HKP_KEY = 6;       //!< OctetString: the HK (TLS gives confidentiality)
constexpr uint32_t AVP_HKP_LIFETIME = 7;  //!< Unsigned32: the HK lifetime in seconds
constexpr uint32_t AVP_HKP_TIMESTAMP = 8; //!< OctetString(8): the Timestamp to echo
constexpr uint32_t AVP_HKP_RESPONSE =
    9; //!< OctetString: an HKResp the HKS built (error + MN-HKS MAC)

// ---- Result-Code values (RFC 6733 7.1) -----------------------------------------------------
constexpr uint32_t DIAMETER_SUCCESS = 2001;
constexpr uint32_t DIAMETER_COMMAND_UNSUPPORTED = 3001;
constexpr uint32_t DIAMETER_AUTHORIZATION_REJECTED = 5003;
constexpr uint32_t DIAMETER_INVALID_AVP_VALUE = 5004;
constexpr uint32_t DIAMETER_MISSING_AVP = 5005;

} // namespace diameter
} // namespace ns3

#endif /* SECURE_HANDOVER_DIAMETER_CONSTANTS_H */
