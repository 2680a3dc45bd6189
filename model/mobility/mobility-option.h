/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MOBILITY_OPTION_H
#define SECURE_HANDOVER_MOBILITY_OPTION_H

#include "mobility-constants.h"
#include "mobility-parse-status.h"

#include "ns3/ipv6-address.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Alignment requirement xn+y of a mobility option (RFC 6275 6.2): the option's Type
 *        octet must lie at an offset from the start of the Mobility Header that is y modulo x.
 */
struct MobilityOptionAlignment
{
    uint8_t x = 1; //!< the modulus (1, 2, 4 or 8)
    uint8_t y = 0; //!< the remainder
};

/**
 * \ingroup secure-handover
 * \brief One mobility option as it is on the wire (RFC 6275 6.2.1): Type, Length, Data.
 *
 * Pad1 has neither Length nor Data. Padding options are kept in a message's option list, so
 * that a decoded message re-encodes to the very same octets (which the MAC covers).
 */
struct MobilityOption
{
    uint8_t type = mip6::OPT_PADN; //!< the Option Type
    std::vector<uint8_t> data;     //!< the Option Data (Length octets); empty for Pad1

    /** \return the octets the option takes on the wire (1 for Pad1, else 2 + data) */
    uint32_t GetSerializedSize() const
    {
        return type == mip6::OPT_PAD1 ? 1 : 2 + static_cast<uint32_t>(data.size());
    }

    /** \return true for Pad1 and PadN */
    bool IsPadding() const
    {
        return type == mip6::OPT_PAD1 || type == mip6::OPT_PADN;
    }
};

/**
 * \brief Padding of n octets: none, one Pad1, or one PadN of n - 2 zero octets.
 * \param n the number of octets (0..7 in well-formed messages)
 * \return the padding options (0 or 1 element)
 */
std::vector<MobilityOption> MakeMobilityPadding(uint32_t n);

/**
 * \brief Checks one option of a known type against its specification (length, subtype).
 *        Unknown types are reported OK: RFC 6275 6.2.1 makes a receiver skip them.
 * \param option the option
 * \return OK, BAD_LENGTH, BAD_PADDING or BAD_VALUE
 */
MhParseStatus ValidateMobilityOption(const MobilityOption& option);

/**
 * \param type an option type
 * \return true if this module decodes options of that type
 */
bool IsKnownMobilityOptionType(uint8_t type);

/**
 * \brief The key under which an option may appear only once in a message: its type, and for
 *        types whose options differ by subtype or Option-Code, that octet too.
 * \param option a known, validated option
 * \return type << 8 | subtype-or-code (or 0xff when the type has none)
 */
uint16_t MobilityOptionUniquenessKey(const MobilityOption& option);

/**
 * \ingroup secure-handover
 * \brief Handover Nonce option (draft 5.2.1): Type, Length, Sub-type, Reserved, Nonce.
 *
 * Length counts Sub-type, Reserved and the nonce (RFC 6275's rule: every octet after the
 * Length field). Alignment 4n, so that the nonce starts on a 4-octet boundary.
 */
struct HandoverNonceOption
{
    static constexpr uint8_t TYPE = mip6::OPT_HANDOVER_NONCE;    //!< option type
    static constexpr MobilityOptionAlignment ALIGNMENT = {4, 0}; //!< alignment
    uint8_t subtype = mip6::NONCE_SUBTYPE_MN;                    //!< HKS-Nonce (1) or MN-Nonce (2)
    uint8_t reserved = 0;                                        //!< sent 0, ignored
    std::vector<uint8_t> nonce;                                  //!< the nonce (1..252 octets)

    /** \return the wire option */
    MobilityOption ToOption() const;
    /**
     * \param option a wire option of type TYPE
     * \param out the decoded option
     * \return OK, BAD_LENGTH, BAD_VALUE or WRONG_TYPE
     */
    static MhParseStatus FromOption(const MobilityOption& option, HandoverNonceOption& out);
};

/**
 * \ingroup secure-handover
 * \brief MAC option (draft 5.2.2): Type, Length, Sub-type, Reserved (4 bits) | Algorithm Type
 *        (4 bits), AUTH.
 *
 * The draft's figure puts Reserved and AT in the fourth octet of the first 32-bit row; this
 * module reads it as 4 + 4 bits. AUTH has the full length of the HMAC (20 octets for HMAC-SHA-1,
 * 32 for HMAC-SHA-256). Alignment 4n (AUTH on a 4-octet boundary).
 */
struct MacOption
{
    static constexpr uint8_t TYPE = mip6::OPT_HK_MAC;            //!< option type
    static constexpr MobilityOptionAlignment ALIGNMENT = {4, 0}; //!< alignment
    /// Offset of AUTH from the option's Type octet: MH data ends just before it.
    static constexpr uint32_t AUTH_OFFSET = 4;
    uint8_t subtype = mip6::MAC_SUBTYPE_MN_HKS;  //!< MN-HKS (1) or MN-AR (2)
    uint8_t reserved = 0;                        //!< 4 bits, sent 0, ignored
    uint8_t algorithm = mip6::MAC_ALG_HMAC_SHA1; //!< Algorithm Type (4 bits)
    std::vector<uint8_t> auth;                   //!< AUTH value

    /** \return the wire option */
    MobilityOption ToOption() const;
    /**
     * \param option a wire option of type TYPE
     * \param out the decoded option
     * \return OK, BAD_LENGTH (AUTH length not that of a known algorithm), BAD_VALUE
     */
    static MhParseStatus FromOption(const MobilityOption& option, MacOption& out);
    /**
     * \param algorithm an Algorithm Type
     * \return the AUTH length of that algorithm, 0 if unknown
     */
    static uint32_t AuthLength(uint8_t algorithm);
};

/**
 * \ingroup secure-handover
 * \brief Timestamp option of the draft (5.2.3): Type, Length = 8, a 64-bit NTP timestamp
 *        (32 bits of seconds since 1900, 32 bits of fraction). Alignment 8n+2 (as RFC 5213's).
 */
struct HkTimestampOption
{
    static constexpr uint8_t TYPE = mip6::OPT_HK_TIMESTAMP;      //!< option type
    static constexpr MobilityOptionAlignment ALIGNMENT = {8, 2}; //!< alignment
    uint64_t timestamp = 0;                                      //!< NTP format

    /** \return the wire option */
    MobilityOption ToOption() const;
    /**
     * \param option a wire option of type TYPE
     * \param out the decoded option
     * \return OK or BAD_LENGTH
     */
    static MhParseStatus FromOption(const MobilityOption& option, HkTimestampOption& out);
};

/**
 * \ingroup secure-handover
 * \brief Mobile Node Identifier option (RFC 4283 section 3): Type 8, Length, Subtype
 *        (1 = NAI), Identifier. No alignment requirement.
 */
struct MnIdentifierOption
{
    static constexpr uint8_t TYPE = mip6::OPT_MN_IDENTIFIER;     //!< option type
    static constexpr MobilityOptionAlignment ALIGNMENT = {1, 0}; //!< alignment
    uint8_t subtype = mip6::MN_ID_SUBTYPE_NAI;                   //!< identifier subtype
    std::string identifier;                                      //!< the NAI, no NUL

    /** \return the wire option */
    MobilityOption ToOption() const;
    /**
     * \param option a wire option of type TYPE
     * \param out the decoded option
     * \return OK, BAD_LENGTH (no identifier) or BAD_VALUE (subtype other than NAI)
     */
    static MhParseStatus FromOption(const MobilityOption& option, MnIdentifierOption& out);
};

/**
 * \ingroup secure-handover
 * \brief Handover Key SPI option (PRIVATE extension, see mip6::OPT_HK_SPI): Type, Length = 4,
 *        SPI. Alignment 4n+2 (SPI on a 4-octet boundary).
 */
struct HkSpiOption
{
    static constexpr uint8_t TYPE = mip6::OPT_HK_SPI;            //!< option type
    static constexpr MobilityOptionAlignment ALIGNMENT = {4, 2}; //!< alignment
    uint32_t spi = 0;                                            //!< the SPI of the HK

    /** \return the wire option */
    MobilityOption ToOption() const;
    /**
     * \param option a wire option of type TYPE
     * \param out the decoded option
     * \return OK or BAD_LENGTH
     */
    static MhParseStatus FromOption(const MobilityOption& option, HkSpiOption& out);
};

/**
 * \ingroup secure-handover
 * \brief Alternate Care-of Address option (RFC 6275 6.2.5): Type 3, Length 16, address.
 *        Alignment 8n+6. The FBU carries the NCoA in it (RFC 5568 6.3.1).
 */
struct AlternateCoaOption
{
    static constexpr uint8_t TYPE = mip6::OPT_ALTERNATE_COA;     //!< option type
    static constexpr MobilityOptionAlignment ALIGNMENT = {8, 6}; //!< alignment
    Ipv6Address address;                                         //!< the alternate CoA

    /** \return the wire option */
    MobilityOption ToOption() const;
    /**
     * \param option a wire option of type TYPE
     * \param out the decoded option
     * \return OK or BAD_LENGTH
     */
    static MhParseStatus FromOption(const MobilityOption& option, AlternateCoaOption& out);
};

/**
 * \ingroup secure-handover
 * \brief Binding Authorization Data for FMIPv6 option (BADF, RFC 5568 6.4.5, type 21):
 *        Type, Length = 16, SPI (32 bits), Authenticator (96 bits).
 *
 * Alignment 8n+6, so that the SPI is 8-aligned and the option, which MUST be the last one,
 * ends the Mobility Header without padding.
 */
struct BadfOption
{
    static constexpr uint8_t TYPE = mip6::OPT_BADF;              //!< option type
    static constexpr MobilityOptionAlignment ALIGNMENT = {8, 6}; //!< alignment
    /// Offset of the Authenticator from the option's Type octet.
    static constexpr uint32_t AUTHENTICATOR_OFFSET = 6;
    uint32_t spi = 0;                           //!< the SPI the HKResp returned
    std::array<uint8_t, 12> authenticator = {}; //!< First(96, HMAC-SHA1(HK, ...))

    /** \return the wire option */
    MobilityOption ToOption() const;
    /**
     * \param option a wire option of type TYPE
     * \param out the decoded option
     * \return OK or BAD_LENGTH
     */
    static MhParseStatus FromOption(const MobilityOption& option, BadfOption& out);
};

/**
 * \ingroup secure-handover
 * \brief Mobility Header Link-Layer Address option (MH-LLA, RFC 5568 6.4.4, type 7): Type,
 *        Length, Option-Code, LLA. No alignment requirement.
 */
struct MhLinkLayerAddressOption
{
    static constexpr uint8_t TYPE = mip6::OPT_MH_LINK_LAYER_ADDRESS; //!< option type
    static constexpr MobilityOptionAlignment ALIGNMENT = {1, 0};     //!< alignment
    uint8_t code = mip6::LLA_CODE_MN;                                //!< Option-Code
    std::vector<uint8_t> lla;                                        //!< the link-layer address

    /** \return the wire option */
    MobilityOption ToOption() const;
    /**
     * \param option a wire option of type TYPE
     * \param out the decoded option
     * \return OK or BAD_LENGTH (no address)
     */
    static MhParseStatus FromOption(const MobilityOption& option, MhLinkLayerAddressOption& out);
};

/**
 * \ingroup secure-handover
 * \brief Mobility Header IPv6 Address/Prefix option (RFC 5568 6.4.1, type 34): Type,
 *        Length = 18, Option-Code, Prefix Length, IPv6 address. Alignment 8n+4.
 */
struct MhIpv6AddressOption
{
    static constexpr uint8_t TYPE = mip6::OPT_MH_IPV6_ADDRESS;   //!< option type
    static constexpr MobilityOptionAlignment ALIGNMENT = {8, 4}; //!< alignment
    uint8_t code = mip6::IPADDR_CODE_OLD_COA;                    //!< Option-Code (1..4)
    uint8_t prefixLength = 128;                                  //!< prefix length
    Ipv6Address address;                                         //!< address or prefix

    /** \return the wire option */
    MobilityOption ToOption() const;
    /**
     * \param option a wire option of type TYPE
     * \param out the decoded option
     * \return OK, BAD_LENGTH or BAD_VALUE (prefix length above 128, code outside 1..4)
     */
    static MhParseStatus FromOption(const MobilityOption& option, MhIpv6AddressOption& out);
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MOBILITY_OPTION_H */
