/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIH_CONSTANTS_H
#define SECURE_HANDOVER_MIH_CONSTANTS_H

#include <cstdint>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Every number of the IEEE 802.21 / 802.21.1 MIH wire format that this module uses, in
 *        one place: transport port, header fields, message identifiers, TLV types (standard and
 *        private), status codes and link data-type codes.
 *
 * Sources: IEEE Std 802.21-2008 (header, TLV types 1-63 and 100, data types; the same table
 * Wireshark's MIH dissector decodes), IEEE P802.21.1/D01 change proposal 5.11.12, 5.12.1 and
 * 5.13.3.19-21 (the MIS messages), and spec/READINGS.md. doc/mih-wire-format.rst lists them.
 */
namespace mih
{

/// UDP (and TCP) port of the MIH protocol.
constexpr uint16_t UDP_PORT = 4551;

/// MIH protocol version written in, and required of, every header (802.21-2008: 1).
constexpr uint8_t VERSION = 1;

/// The size of the MIH protocol header in octets.
constexpr uint32_t HEADER_SIZE = 8;

// --- Service identifiers (SID, 4 bits) -----------------------------------------------------
constexpr uint8_t SID_SERVICE_MANAGEMENT = 1; //!< service management (MIH_Auth ...)
constexpr uint8_t SID_EVENT = 2;              //!< event service
constexpr uint8_t SID_COMMAND = 3;            //!< command service (the MIS_*Prereg_Xfer messages)
constexpr uint8_t SID_INFORMATION = 4;        //!< information service

// --- Operation codes (2 bits) ----------------------------------------------------------------
constexpr uint8_t OPCODE_CONFIRM = 0;    //!< confirm (not used on the wire by these messages)
constexpr uint8_t OPCODE_REQUEST = 1;    //!< request
constexpr uint8_t OPCODE_RESPONSE = 2;   //!< response
constexpr uint8_t OPCODE_INDICATION = 3; //!< indication

// --- Action identifiers (10 bits) ------------------------------------------------------------
constexpr uint16_t AID_MIH_AUTH = 6;             //!< MIH_Auth (SID 1): (D)TLS / EAP records
constexpr uint16_t AID_MIS_PREREG_XFER = 13;     //!< MIS_Prereg_Xfer (SID 3), 5.13.3.19-20
constexpr uint16_t AID_MIS_N2N_PREREG_XFER = 14; //!< MIS_N2N_Prereg_Xfer (SID 3), 5.13.3.21

/// Largest value of the 12-bit transaction identifier.
constexpr uint16_t MAX_TRANSACTION_ID = 0x0fff;
/// Largest value of the 10-bit action identifier.
constexpr uint16_t MAX_ACTION_ID = 0x03ff;

// --- TLV types: IEEE Std 802.21-2008 ---------------------------------------------------------
constexpr uint8_t TLV_SOURCE_MIHF_ID = 1;        //!< Source MIHF ID (MIHF_ID)
constexpr uint8_t TLV_DESTINATION_MIHF_ID = 2;   //!< Destination MIHF ID (MIHF_ID)
constexpr uint8_t TLV_STATUS = 3;                //!< Status (STATUS, 1 octet)
constexpr uint8_t TLV_LINK_IDENTIFIER = 13;      //!< Link identifier (LINK_TUPLE_ID)
constexpr uint8_t TLV_NEW_LINK_IDENTIFIER = 14;  //!< New link identifier (LINK_TUPLE_ID)
constexpr uint8_t TLV_MN_MIHF_ID = 52;           //!< Mobile node MIHF ID (MIHF_ID): the MNID
constexpr uint8_t TLV_VENDOR_SPECIFIC = 100;     //!< vendor-specific TLV
constexpr uint8_t TLV_LAST_STANDARD_802_21 = 63; //!< 64-99 are reserved by 802.21-2008

// --- TLV types: private values for the 802.21a / 802.21.1 TLVs without public numbers --------
// They lie in 802.21-2008's experimental range (101-255), which later revisions do not assign;
// Wireshark shows them as "Experimental TLV".
constexpr uint8_t TLV_NAI = 200;                    //!< Network Access Identifier (MN_NAI)
constexpr uint8_t TLV_TPOS_IDENTIFIER = 201;        //!< TPoS Identifier (MISF_ID)
constexpr uint8_t TLV_CANDIDATE_LINK_LIST = 202;    //!< CandidateLinkList (LIST(LINK_POA_LIST))
constexpr uint8_t TLV_LINK_LAYER_INFORMATION = 203; //!< LLInformation (LL_FRAMES, opaque)
constexpr uint8_t TLV_CIPHERSUITE_CODE = 204;       //!< Ciphersuite Code (1 octet)
constexpr uint8_t TLV_NONCE = 205;                  //!< Nonce (Nonce-T or Nonce-N, 16 octets)
constexpr uint8_t TLV_PROTECTED_KEY = 206;          //!< Protected Key (the wrapped KDK K)
constexpr uint8_t TLV_KEY_LIFETIME = 207;           //!< KeyLifeTime (SALifeTime, 4 octets, s)
constexpr uint8_t TLV_AUTH_PAYLOAD = 208;           //!< MIH_Auth payload: (D)TLS records, opaque
constexpr uint8_t TLV_SECURITY = 209; //!< protected TLVs of an MIS SA (MisSecurityAssociation)
/// Chain hops (1 octet, >= 1): the optimised SAs in a row that the K of an N2N request makes,
/// this one included (5.14.2 note 4, enforced by the network; an extension).
constexpr uint8_t TLV_CHAIN_HOPS = 210;

// --- Value sizes ------------------------------------------------------------------------------
constexpr uint32_t NONCE_SIZE = 16;                 //!< Nonce-T, Nonce-N
constexpr uint32_t PROTECTED_KEY_XOR_SIZE = 16;     //!< K XOR mask (5.14.2)
constexpr uint32_t PROTECTED_KEY_WRAPPED_SIZE = 24; //!< RFC 3394 key wrap of K (the alternative)
constexpr uint32_t MAX_MIHF_ID_SIZE = 253;          //!< MIHF_ID: OCTET_STRING(SIZE(1..253))
/// Default SALifeTime when (D)TLS is not used (5.11.12.3 footnote b): 65,536 s.
constexpr uint32_t DEFAULT_SA_LIFETIME_S = 65536;

// --- STATUS (802.21 Table E.2, as far as the texts name them) ---------------------------------
constexpr uint8_t STATUS_SUCCESS = 0;               //!< success
constexpr uint8_t STATUS_UNSPECIFIED_FAILURE = 1;   //!< unspecified failure
constexpr uint8_t STATUS_REJECTED = 2;              //!< rejected
constexpr uint8_t STATUS_AUTHORIZATION_FAILURE = 3; //!< not applicable to the Prereg_Xfer replies
constexpr uint8_t STATUS_NETWORK_ERROR = 4;         //!< network error
constexpr uint8_t STATUS_TPOS_IS_SPOS = 6; //!< the TPoS is the SPoS itself (5.12.1.4.2, 5.14.3)

// --- LINK_TYPE (802.21-2008 data type, 1 octet) -----------------------------------------------
constexpr uint8_t LINK_TYPE_ETHERNET = 15;       //!< IEEE 802.3
constexpr uint8_t LINK_TYPE_WIRELESS_OTHER = 18; //!< other wireless
constexpr uint8_t LINK_TYPE_IEEE_802_11 = 19;    //!< IEEE 802.11
constexpr uint8_t LINK_TYPE_IEEE_802_16 = 27;    //!< IEEE 802.16

// --- LINK_ADDR choice and TRANSPORT_ADDR address family ---------------------------------------
constexpr uint8_t LINK_ADDR_MAC = 0;            //!< LINK_ADDR choice 0: MAC_ADDR
constexpr uint16_t ADDRESS_FAMILY_IEEE_802 = 6; //!< IANA address family 6: IEEE 802 (MAC)
constexpr uint8_t LINK_TUPLE_NO_POA = 0;        //!< LINK_TUPLE_ID second choice: NULL
constexpr uint8_t LINK_TUPLE_POA = 1;           //!< LINK_TUPLE_ID second choice: LINK_ADDR

} // namespace mih
} // namespace ns3

#endif /* SECURE_HANDOVER_MIH_CONSTANTS_H */
