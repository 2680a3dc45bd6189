/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MOBILITY_CONSTANTS_H
#define SECURE_HANDOVER_MOBILITY_CONSTANTS_H

#include <cstdint>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Every number of the IPv6 Mobility Header (RFC 6275), FMIPv6 (RFC 5568), the MN
 *        Identifier option (RFC 4283) and draft-vidya-mipshop-handover-keys-aaa-04, in one place.
 *
 * The draft's values are "TBA" (to be assigned by IANA). This module uses PRIVATE values,
 * chosen at the top of each 8-bit space, far above IANA's sequential assignments (MH types
 * 0-25, mobility options 0-70 in 2024). doc/mobility-header-wire-format.rst lists them.
 */
namespace mip6
{

/// IPv6 Next Header value of the Mobility Header (RFC 6275 section 6.1).
constexpr uint8_t IPPROTO_MH = 135;
/// IPv6 Next Header value of ICMPv6.
constexpr uint8_t IPPROTO_ICMPV6 = 58;
/// "No Next Header": the Payload Proto field of every Mobility Header (RFC 6275 6.1.1).
constexpr uint8_t IPPROTO_NONE = 59;

/// Size of the fixed Mobility Header fields: Payload Proto, Header Len, MH Type, Reserved,
/// Checksum (RFC 6275 6.1.1).
constexpr uint32_t MH_COMMON_SIZE = 6;

// ---- Mobility Header types ------------------------------------------------------------
constexpr uint8_t MH_BINDING_REFRESH_REQUEST = 0; //!< RFC 6275
constexpr uint8_t MH_HOME_TEST_INIT = 1;          //!< RFC 6275
constexpr uint8_t MH_CARE_OF_TEST_INIT = 2;       //!< RFC 6275
constexpr uint8_t MH_HOME_TEST = 3;               //!< RFC 6275
constexpr uint8_t MH_CARE_OF_TEST = 4;            //!< RFC 6275
constexpr uint8_t MH_BINDING_UPDATE = 5;          //!< RFC 6275
constexpr uint8_t MH_BINDING_ACK = 6;             //!< RFC 6275
constexpr uint8_t MH_BINDING_ERROR = 7;           //!< RFC 6275
constexpr uint8_t MH_FAST_BINDING_UPDATE = 8;     //!< FBU, RFC 5568 6.3.1
constexpr uint8_t MH_FAST_BINDING_ACK = 9;        //!< FBack, RFC 5568 6.3.2
constexpr uint8_t MH_HANDOVER_INITIATE = 14;      //!< HI, RFC 5568 6.2.1
constexpr uint8_t MH_HANDOVER_ACK = 15;           //!< HAck, RFC 5568 6.2.2
/// HKReq (draft 5.1.1, "TBA1"): PRIVATE value.
constexpr uint8_t MH_HANDOVER_KEY_REQUEST = 253;
/// HKResp (draft 5.1.2, "TBA2"): PRIVATE value.
constexpr uint8_t MH_HANDOVER_KEY_RESPONSE = 254;

// ---- Mobility option types ------------------------------------------------------------
constexpr uint8_t OPT_PAD1 = 0;                  //!< RFC 6275 6.2.2
constexpr uint8_t OPT_PADN = 1;                  //!< RFC 6275 6.2.3
constexpr uint8_t OPT_ALTERNATE_COA = 3;         //!< RFC 6275 6.2.5
constexpr uint8_t OPT_MH_LINK_LAYER_ADDRESS = 7; //!< MH-LLA, RFC 5568 6.4.4
constexpr uint8_t OPT_MN_IDENTIFIER = 8;         //!< RFC 4283
constexpr uint8_t OPT_BADF = 21; //!< Binding Authorization Data for FMIPv6, RFC 5568 6.4.5
constexpr uint8_t OPT_MH_IPV6_ADDRESS = 34; //!< Mobility Header IPv6 Address/Prefix, RFC 5568 6.4.1
/// Handover Nonce option (draft 5.2.1, TBA): PRIVATE value.
constexpr uint8_t OPT_HANDOVER_NONCE = 250;
/// MAC option (draft 5.2.2, TBA): PRIVATE value.
constexpr uint8_t OPT_HK_MAC = 251;
/// Timestamp option of the draft (5.2.3, TBA): PRIVATE value. Same layout as RFC 5213's
/// Timestamp option (type 27), kept distinct as the draft asks for a new option.
constexpr uint8_t OPT_HK_TIMESTAMP = 252;
/// Handover Key SPI option: PRIVATE extension. The draft's HKReq has no SPI field, yet 6.3.1
/// makes the AR "use the SPI to look up the key" of a returning MN; the MN sends it here.
constexpr uint8_t OPT_HK_SPI = 253;

// ---- Option sub-types and algorithm numbers --------------------------------------------
constexpr uint8_t MN_ID_SUBTYPE_NAI = 1;   //!< RFC 4283 section 3
constexpr uint8_t NONCE_SUBTYPE_HKS = 1;   //!< HKS-Nonce (draft 5.2.1)
constexpr uint8_t NONCE_SUBTYPE_MN = 2;    //!< MN-Nonce (draft 5.2.1)
constexpr uint8_t MAC_SUBTYPE_MN_HKS = 1;  //!< MN-HKS MAC option, keyed with the HIK (draft 5.2.2)
constexpr uint8_t MAC_SUBTYPE_MN_AR = 2;   //!< MN-AR MAC option, keyed with the HK (draft 5.2.2)
constexpr uint8_t MAC_ALG_HMAC_SHA1 = 1;   //!< Algorithm Type HMAC-SHA-1 (draft 5.2.2)
constexpr uint8_t MAC_ALG_HMAC_SHA256 = 2; //!< Algorithm Type HMAC-SHA-256 (extension of ours)
constexpr uint8_t PRF_HMAC_SHA1 = 1;       //!< PRF field HMAC-SHA1 (draft 5.1.1)
constexpr uint8_t PRF_HMAC_SHA256 = 2;     //!< PRF field HMAC-SHA-256 (extension of ours)

// ---- HKResp Status Codes (draft 5.1.2, 6.3.1) ---------------------------------------------
constexpr uint8_t HK_SUCCESS = 0;
constexpr uint8_t HK_COA_AUTH_FAILED = 130;
constexpr uint8_t HK_ADMINISTRATIVELY_PROHIBITED = 131;
constexpr uint8_t HK_TIMESTAMP_REQD = 135;
constexpr uint8_t HK_INVALID_PRF_ALG = 136;
constexpr uint8_t HK_INVALID_MAC_ALG = 137;
constexpr uint8_t HK_INVALID_TIMESTAMP = 138;
/// HK_VERIFY_FAILED (draft 6.2.3, 6.3.1) has no number in the draft: PRIVATE value.
constexpr uint8_t HK_VERIFY_FAILED = 139;

// ---- FMIPv6 codes (RFC 5568) --------------------------------------------------------------
constexpr uint8_t FBACK_ACCEPTED = 0;                      //!< RFC 5568 6.3.2
constexpr uint8_t FBACK_ACCEPTED_USE_SUPPLIED_NCOA = 1;    //!< RFC 5568 6.3.2
constexpr uint8_t FBACK_UNSPECIFIED = 128;                 //!< RFC 5568 6.3.2
constexpr uint8_t FBACK_ADMINISTRATIVELY_PROHIBITED = 129; //!< RFC 5568 6.3.2
constexpr uint8_t FBACK_INSUFFICIENT_RESOURCES = 130;      //!< RFC 5568 6.3.2
constexpr uint8_t FBACK_INCORRECT_IID_LENGTH = 131;        //!< RFC 5568 6.3.2
constexpr uint8_t HI_CODE_FBU_FROM_PCOA = 0;        //!< RFC 5568 6.2.1: FBU with PCoA as source
constexpr uint8_t HI_CODE_FBU_NOT_FROM_PCOA = 1;    //!< RFC 5568 6.2.1: FBU not from PCoA
constexpr uint8_t HACK_ACCEPTED_NCOA_VALID = 0;     //!< RFC 5568 6.2.2
constexpr uint8_t HACK_ACCEPTED_NCOA_NOT_VALID = 1; //!< RFC 5568 6.2.2
constexpr uint8_t HACK_ACCEPTED_NCOA_ASSIGNED = 2;  //!< RFC 5568 6.2.2
constexpr uint8_t HACK_ACCEPTED_USE_PCOA = 3;       //!< RFC 5568 6.2.2
constexpr uint8_t HACK_UNSOLICITED = 4;             //!< RFC 5568 6.2.2
constexpr uint8_t HACK_NOT_ACCEPTED = 128;          //!< RFC 5568 6.2.2
constexpr uint8_t HACK_ADMINISTRATIVELY_PROHIBITED = 129; //!< RFC 5568 6.2.2
constexpr uint8_t HACK_INSUFFICIENT_RESOURCES = 130;      //!< RFC 5568 6.2.2

// ---- Option-Codes of the FMIPv6 address options (RFC 5568 6.4) -----------------------------
constexpr uint8_t IPADDR_CODE_OLD_COA = 1;     //!< Old Care-of Address
constexpr uint8_t IPADDR_CODE_NEW_COA = 2;     //!< New Care-of Address
constexpr uint8_t IPADDR_CODE_NAR_ADDRESS = 3; //!< NAR's IP address
constexpr uint8_t IPADDR_CODE_NAR_PREFIX = 4;  //!< NAR's prefix (PrRtAdv)
constexpr uint8_t LLA_CODE_WILDCARD = 0;       //!< wildcard: all APs (RtSolPr)
constexpr uint8_t LLA_CODE_NEW_AP = 1;         //!< link-layer address of the new AP
constexpr uint8_t LLA_CODE_MN = 2;             //!< link-layer address of the MN
constexpr uint8_t LLA_CODE_NAR = 3;            //!< link-layer address of the NAR
constexpr uint8_t LLA_CODE_SOURCE = 4;         //!< link-layer address of the source

// ---- ICMPv6 (RFC 5568 6.1, RFC 4861) -----------------------------------------------------
constexpr uint8_t ICMPV6_NEIGHBOR_ADVERTISEMENT = 136; //!< RFC 4861 4.4; the UNA of RFC 5568 is one
constexpr uint8_t ICMPV6_FMIP6 = 154;            //!< Experimental Mobility Protocol type (RFC 4065)
constexpr uint8_t FMIP6_SUBTYPE_RTSOLPR = 2;     //!< Router Solicitation for Proxy Advertisement
constexpr uint8_t FMIP6_SUBTYPE_PRRTADV = 3;     //!< Proxy Router Advertisement
constexpr uint8_t ND_OPT_SOURCE_LLA = 1;         //!< RFC 4861 4.6.1
constexpr uint8_t ND_OPT_TARGET_LLA = 2;         //!< RFC 4861 4.6.1
constexpr uint8_t ND_OPT_IP_ADDRESS_PREFIX = 17; //!< RFC 5568 6.4.1
constexpr uint8_t ND_OPT_LINK_LAYER_ADDRESS = 19; //!< RFC 5568 6.4.3

} // namespace mip6
} // namespace ns3

#endif /* SECURE_HANDOVER_MOBILITY_CONSTANTS_H */
