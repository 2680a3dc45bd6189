/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_ND_OPTION_H
#define SECURE_HANDOVER_ND_OPTION_H

#include "mobility-constants.h"
#include "mobility-parse-status.h"

#include "ns3/ipv6-address.h"

#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief One Neighbor Discovery option (RFC 4861 4.6) as carried by the ICMPv6 FMIPv6
 *        messages (RFC 5568 6.1) and the UNA: Type, Length (8-octet units, counting Type and
 *        Length), data. data holds every octet after Length, padding included.
 */
struct NdOption
{
    uint8_t type = 0;          //!< the option type
    std::vector<uint8_t> data; //!< octets after Length (2 + data.size() is a multiple of 8)
};

/**
 * \brief Encodes ND options.
 * \param options the options (each 8n octets long)
 * \return the octets
 */
std::vector<uint8_t> SerializeNdOptions(const std::vector<NdOption>& options);

/**
 * \brief Strict decoding of a sequence of ND options filling data exactly.
 * \param data the octets
 * \param size their number
 * \param options the decoded options
 * \return OK, TRUNCATED (an option header cut), OVERLONG (a Length running past the end) or
 *         BAD_LENGTH (Length 0, which RFC 4861 4.6 makes a receiver discard)
 */
MhParseStatus ParseNdOptions(const uint8_t* data, std::size_t size, std::vector<NdOption>& options);

/**
 * \ingroup secure-handover
 * \brief Source / Target Link-layer Address option (RFC 4861 4.6.1, types 1 and 2): Type,
 *        Length, link-layer address, zero padding to 8n.
 */
struct NdLinkLayerAddressOption
{
    uint8_t type = mip6::ND_OPT_SOURCE_LLA; //!< 1 (source) or 2 (target)
    std::vector<uint8_t> lla;               //!< the link-layer address

    /** \return the wire option */
    NdOption ToOption() const;
    /**
     * \param option a wire option of type 1 or 2
     * \param llaLength the link's address length (6 for IEEE 802 MAC-48)
     * \param out the decoded option
     * \return OK, WRONG_TYPE or BAD_LENGTH
     */
    static MhParseStatus FromOption(const NdOption& option,
                                    std::size_t llaLength,
                                    NdLinkLayerAddressOption& out);
};

/**
 * \ingroup secure-handover
 * \brief FMIPv6 Link-layer Address (LLA) option (RFC 5568 6.4.3, ND type 19): Type, Length,
 *        Option-Code, LLA, zero padding to 8n.
 */
struct FmipLinkLayerAddressOption
{
    static constexpr uint8_t TYPE = mip6::ND_OPT_LINK_LAYER_ADDRESS; //!< option type
    uint8_t code = mip6::LLA_CODE_NEW_AP;                            //!< Option-Code
    std::vector<uint8_t> lla; //!< the link-layer address (empty for the wildcard)

    /** \return the wire option */
    NdOption ToOption() const;
    /**
     * \param option a wire option of type 19
     * \param llaLength the link's address length (0 for the wildcard)
     * \param out the decoded option
     * \return OK, WRONG_TYPE or BAD_LENGTH
     */
    static MhParseStatus FromOption(const NdOption& option,
                                    std::size_t llaLength,
                                    FmipLinkLayerAddressOption& out);
};

/**
 * \ingroup secure-handover
 * \brief FMIPv6 IP Address/Prefix option (RFC 5568 6.4.1, ND type 17): Type, Length = 3,
 *        Option-Code, Prefix Length, Reserved (32), IPv6 address.
 */
struct FmipIpAddressOption
{
    static constexpr uint8_t TYPE = mip6::ND_OPT_IP_ADDRESS_PREFIX; //!< option type
    uint8_t code = mip6::IPADDR_CODE_NAR_ADDRESS;                   //!< Option-Code (1..4)
    uint8_t prefixLength = 128;                                     //!< prefix length
    Ipv6Address address;                                            //!< address or prefix

    /** \return the wire option */
    NdOption ToOption() const;
    /**
     * \param option a wire option of type 17
     * \param out the decoded option
     * \return OK, WRONG_TYPE, BAD_LENGTH or BAD_VALUE
     */
    static MhParseStatus FromOption(const NdOption& option, FmipIpAddressOption& out);
};

} // namespace ns3

#endif /* SECURE_HANDOVER_ND_OPTION_H */
