/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MOBILITY_AUTH_H
#define SECURE_HANDOVER_MOBILITY_AUTH_H

#include "mobility-header.h"

#include "ns3/handover-keys.h"

#include <cstdint>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Appends an MN-HKS MAC option (draft 5.2.2, 6.2.1) keyed with the HIK, as the last
 *        option, and fills in its AUTH = HMAC(HIK, MH data): the Mobility Header from its first
 *        octet through this option's Algorithm Type field, with the Checksum zeroed and the
 *        Header Len that the final message has. Call UpdateChecksum afterwards.
 * \param header the message (HKReq or HKResp), complete but for this option
 * \param prf the HMAC (HMAC-SHA1: Algorithm Type 1, 20-octet AUTH; HMAC-SHA-256: 2, 32)
 * \param hik the HIK
 */
void AppendMacOption(MobilityHeader& header, crypto::PrfAlgorithm prf, const crypto::Hik& hik);

/**
 * \ingroup secure-handover
 * \brief Appends an MN-AR MAC option keyed with the HK (draft 6.2.3, 6.3), as above.
 * \param header the message, complete but for this option
 * \param prf the HMAC
 * \param hk the HK
 */
void AppendMacOption(MobilityHeader& header, crypto::PrfAlgorithm prf, const crypto::Hk& hk);

/**
 * \ingroup secure-handover
 * \brief Appends both MAC options of an HKResp: MN-HKS (HIK) then MN-AR (HK), as the last two
 *        options. Both placeholders are added before either AUTH is computed, so that both
 *        cover the final Header Len: appending them one at a time would change the Header Len
 *        that the first AUTH covers and invalidate it (as would any option added after a MAC).
 * \param header the message, complete but for these options
 * \param prf the HMAC of both
 * \param hik the HIK (MN-HKS MAC)
 * \param hk the HK (MN-AR MAC, which then also covers the MN-HKS MAC option)
 */
void AppendMacOptions(MobilityHeader& header,
                      crypto::PrfAlgorithm prf,
                      const crypto::Hik& hik,
                      const crypto::Hk& hk);

/**
 * \ingroup secure-handover
 * \brief Verifies the MN-HKS MAC option of a message (constant-time comparison).
 * \param header the decoded message
 * \param hik the HIK
 * \return OK, MISSING_MANDATORY (no MN-HKS MAC option), BAD_VALUE (unsupported Algorithm
 *         Type) or BAD_MAC
 */
MhParseStatus VerifyMacOption(const MobilityHeader& header, const crypto::Hik& hik);

/**
 * \ingroup secure-handover
 * \brief Verifies the MN-AR MAC option of a message (constant-time comparison).
 * \param header the decoded message
 * \param hk the HK
 * \return OK, MISSING_MANDATORY (no MN-AR MAC option), BAD_VALUE or BAD_MAC
 */
MhParseStatus VerifyMacOption(const MobilityHeader& header, const crypto::Hk& hk);

/**
 * \ingroup secure-handover
 * \brief The octets a MAC option's AUTH covers (exposed for tests and tracing).
 * \param header the message
 * \param optionIndex the index of the MAC option in GetOptions()
 * \return MH data: MH start through the Algorithm Type field, Checksum zeroed
 */
std::vector<uint8_t> MacCoveredData(const MobilityHeader& header, std::size_t optionIndex);

/**
 * \ingroup secure-handover
 * \brief Appends the BADF option (RFC 5568 6.4.5) as the last option, with
 *        Authenticator = First(96, HMAC-SHA1(HK, CoA || PAR address || MH data)), MH data being
 *        the Mobility Header with the Checksum zeroed and without the Authenticator field.
 *        Call UpdateChecksum afterwards.
 * \param header the FBU or FBack, complete but for this option
 * \param spi the SPI of the HK (from the HKResp)
 * \param hk the HK
 * \param careOfAddress the MN's care-of address
 * \param parAddress the PAR's address
 */
void AppendBadfOption(MobilityHeader& header,
                      uint32_t spi,
                      const crypto::Hk& hk,
                      const Ipv6Address& careOfAddress,
                      const Ipv6Address& parAddress);

/**
 * \ingroup secure-handover
 * \brief Verifies the BADF option of a message (constant-time comparison). The caller looks
 *        the HK up by the option's SPI (FindOption<BadfOption>) first.
 * \param header the decoded FBU or FBack
 * \param hk the HK
 * \param careOfAddress the MN's care-of address
 * \param parAddress the PAR's address
 * \return OK, MISSING_MANDATORY (no BADF option) or BAD_MAC
 */
MhParseStatus VerifyBadfOption(const MobilityHeader& header,
                               const crypto::Hk& hk,
                               const Ipv6Address& careOfAddress,
                               const Ipv6Address& parAddress);

} // namespace ns3

#endif /* SECURE_HANDOVER_MOBILITY_AUTH_H */
