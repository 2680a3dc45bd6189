/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_SA_TEK_UPDATE_H
#define SECURE_HANDOVER_DOT16_SA_TEK_UPDATE_H

#include "dot16-tlv.h"

#include "ns3/dot16-keys.h"

#include <cstdint>
#include <optional>

namespace ns3
{

/// PKM attribute: TEK (the AES-key-wrapped TEK).
constexpr uint8_t DOT16_PKM_ATTR_TEK = 8;
/// PKM attribute: Key-Lifetime (32 bits, seconds).
constexpr uint8_t DOT16_PKM_ATTR_KEY_LIFETIME = 9;
/// PKM attribute: Key-Sequence-Number (8 bits).
constexpr uint8_t DOT16_PKM_ATTR_KEY_SEQUENCE_NUMBER = 10;

/**
 * \ingroup secure-handover
 * \brief The TEK-Parameters compound attribute (PKM attribute 13; Wireshark wimax_mac.h):
 *        sub-attributes TEK (8), Key-Lifetime (9) and Key-Sequence-Number (10).
 *
 * The TEK travels wrapped under the KEK with AES key wrap (RFC 3394, crypto::AesKeyWrap):
 * a 128-bit TEK becomes 24 octets. Unknown sub-attributes are skipped; each known one must
 * appear exactly once.
 */
struct Dot16TekParameters
{
    crypto::Bytes wrappedTek; //!< AES-KW(KEK, TEK), 24 octets
    uint32_t lifetime{0};     //!< Key-Lifetime in seconds
    uint8_t keySequence{0};   //!< TEK key sequence number (2 bits used, 0..3)

    /**
     * \brief Wrap a TEK under the KEK.
     * \param kek the KEK
     * \param tek the TEK
     * \param lifetime Key-Lifetime in seconds
     * \param keySequence the TEK sequence number (0..3)
     * \return the parameters
     */
    static Dot16TekParameters Wrap(const crypto::Kek& kek,
                                   const crypto::Tek& tek,
                                   uint32_t lifetime,
                                   uint8_t keySequence);

    /**
     * \brief Unwrap the TEK.
     * \param kek the KEK
     * \return the TEK, or std::nullopt if the RFC 3394 integrity check fails
     */
    std::optional<crypto::Tek> Unwrap(const crypto::Kek& kek) const;

    /**
     * \brief Append the sub-attributes (the compound's value).
     * \param out the buffer to extend
     */
    void EncodeValue(crypto::Bytes& out) const;

    /**
     * \brief Checked decode of the compound's value.
     * \param value the value
     * \param params receives the fields
     * \return OK, a TLV error, DUPLICATE, MISSING_MANDATORY, BAD_LENGTH (TEK not 24 octets)
     *         or BAD_VALUE (sequence number above 3)
     */
    static Dot16ParseStatus DecodeValue(crypto::ByteView value, Dot16TekParameters& params);
};

/**
 * \ingroup secure-handover
 * \brief The SA-TEK-Update compound TLV (sub-TLV numbers as Wireshark's REG-RSP TLV 38):
 *        SA-TEK-Update type (1, 8 bits), New SAID (2, 16 bits), Old SAID (3, 16 bits),
 *        Old TEK parameters (4, TEK-Parameters), New TEK parameters (5, TEK-Parameters).
 *
 * Mandatory: type, New SAID, and at least one of the TEK parameters.
 */
struct Dot16SaTekUpdate
{
    uint8_t updateType{0};                      //!< SA-TEK-Update type
    uint16_t newSaid{0};                        //!< the SAID at the target BS
    uint16_t oldSaid{0};                        //!< the SAID at the serving BS
    std::optional<Dot16TekParameters> olderTek; //!< the older (active) TEK's parameters
    std::optional<Dot16TekParameters> newerTek; //!< the newer TEK's parameters

    /**
     * \brief Append the sub-TLVs (the compound's value).
     * \param out the buffer to extend
     */
    void EncodeValue(crypto::Bytes& out) const;

    /**
     * \brief Checked decode of the compound's value.
     * \param value the value
     * \param update receives the fields
     * \return OK or the first violation
     */
    static Dot16ParseStatus DecodeValue(crypto::ByteView value, Dot16SaTekUpdate& update);

    /**
     * \brief Unwrap both TEKs.
     * \param kek the KEK
     * \param older receives the older TEK (if present)
     * \param newer receives the newer TEK (if present)
     * \return OK, or UNWRAP_FAILED if a wrapped TEK fails its integrity check
     */
    Dot16ParseStatus UnwrapTeks(const crypto::Kek& kek,
                                std::optional<crypto::Tek>& older,
                                std::optional<crypto::Tek>& newer) const;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_SA_TEK_UPDATE_H */
