/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_CMAC_TUPLE_H
#define SECURE_HANDOVER_DOT16_CMAC_TUPLE_H

#include "dot16-tlv.h"

#include "ns3/dot16-keys.h"

#include <cstdint>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Where a management message carries its CMAC.
 *
 * - CMAC_TUPLE: the common TLV 141 "CMAC Tuple" of MAC management messages (802.16-2009
 *   11.1.2, Wireshark wimax_utils.c wimax_cmac_tuple_decoder): value = reserved (4 bits) |
 *   key sequence number (4 bits) || CMAC_PN (32 bits, big-endian) || CMAC value (64 bits):
 *   13 octets. (The 19-octet variant that inserts a 48-bit BSID after the first octet is not
 *   produced, and is rejected with BAD_LENGTH.)
 * - PKM_CMAC_DIGEST: the PKM attribute 40 "CMAC-Digest" of PKMv2 messages (Wireshark
 *   wimax_mac.h PKM_ATTR_CMAC_DIGEST): value = CMAC_PN (32 bits) || CMAC value (64 bits):
 *   12 octets.
 *
 * Both are the last TLV of the message, and the CMAC value is the same in both:
 * the rightmost 64 bits of AES-CMAC(CMAC_KEY_*, AKID || CMAC_PN || CID || 0x0000 || the
 * message up to, not including, the tuple TLV) (spec/READINGS.md, crypto::CmacTuple).
 */
enum class Dot16CmacFormat : uint8_t
{
    CMAC_TUPLE,     //!< TLV 141, 13 octets
    PKM_CMAC_DIGEST //!< PKM attribute 40, 12 octets
};

/// TLV type of the CMAC Tuple (common management-message encoding).
constexpr uint8_t DOT16_TLV_CMAC_TUPLE = 141;
/// TLV type of the HMAC Tuple (common management-message encoding).
constexpr uint8_t DOT16_TLV_HMAC_TUPLE = 149;
/// PKM attribute type of the CMAC-Digest.
constexpr uint8_t DOT16_PKM_ATTR_CMAC_DIGEST = 40;

/**
 * \ingroup secure-handover
 * \brief The fields of a received CMAC tuple / CMAC-Digest.
 */
struct Dot16CmacTupleValue
{
    uint8_t keySequence{0};   //!< key (AK/PMK) sequence number, 4 bits (CMAC_TUPLE only)
    uint32_t cmacPn{0};       //!< CMAC_PN
    crypto::Octets<8> cmac{}; //!< the 64-bit CMAC value
};

/**
 * \param format the format
 * \return the TLV type that carries it (141 or 40)
 */
uint8_t Dot16CmacTlvType(Dot16CmacFormat format);

/**
 * \param format the format
 * \return the size of its value (13 or 12)
 */
std::size_t Dot16CmacValueSize(Dot16CmacFormat format);

/**
 * \param format the format
 * \return the size of the whole TLV (15 or 14)
 */
std::size_t Dot16CmacTlvSize(Dot16CmacFormat format);

/**
 * \brief Decode the value of a tuple TLV.
 * \param value the TLV value
 * \param format the format
 * \param tuple receives the fields
 * \return OK, BAD_LENGTH (wrong size), or BAD_VALUE (reserved bits set)
 */
Dot16ParseStatus Dot16DecodeCmacValue(crypto::ByteView value,
                                      Dot16CmacFormat format,
                                      Dot16CmacTupleValue& tuple);

/**
 * \brief Compute the tuple of a management message and append it as its last TLV.
 *
 * The CMAC covers AKID || CMAC_PN || CID || 0x0000 || message (message as given, before the
 * append) through crypto::CmacTuple.
 *
 * \param message the encoded management message (management type octet first), extended
 * \param key CMAC_KEY_U (uplink) or CMAC_KEY_D (downlink)
 * \param akid the AKID
 * \param cmacPn the CMAC packet number (the sender increments it per message)
 * \param cid the CID the message travels on (the GMH CID)
 * \param keySequence the 4-bit key sequence number carried in a CMAC_TUPLE
 * \param format CMAC_TUPLE (TLV 141) or PKM_CMAC_DIGEST (attribute 40)
 */
void AppendCmacTuple(crypto::Bytes& message,
                     const crypto::CmacKey& key,
                     const crypto::Akid& akid,
                     uint32_t cmacPn,
                     uint16_t cid,
                     uint8_t keySequence = 0,
                     Dot16CmacFormat format = Dot16CmacFormat::CMAC_TUPLE);

/**
 * \brief Verify the tuple that ends a management message.
 *
 * The tuple must be the message's last TLV, so its position is fixed: the last 15 (TLV 141)
 * or 14 (attribute 40) octets. The CMAC is recomputed over the octets before it and compared
 * in constant time. Replay protection (CMAC_PN strictly increasing per key) is the caller's:
 * the PN is returned in tuple.
 *
 * \param message the received management message (management type octet first)
 * \param key the CMAC key expected for this direction and CMAC_KEY_COUNT
 * \param akid the AKID expected
 * \param cid the CID the message arrived on
 * \param keySequence the key sequence number of the AK that key derives from; a CMAC_TUPLE
 *        naming another one is BAD_CMAC (it is not covered by the CMAC value itself, but
 *        selects the AK: a receiver holding only this AK cannot verify it)
 * \param tuple if not null, receives the decoded tuple (also when the CMAC does not verify)
 * \param format CMAC_TUPLE or PKM_CMAC_DIGEST
 * \return OK; MISSING_MANDATORY if the message does not end with the tuple TLV; BAD_LENGTH
 *         or BAD_VALUE for a malformed tuple; BAD_CMAC if the CMAC does not verify
 */
Dot16ParseStatus VerifyCmacTuple(crypto::ByteView message,
                                 const crypto::CmacKey& key,
                                 const crypto::Akid& akid,
                                 uint16_t cid,
                                 uint8_t keySequence = 0,
                                 Dot16CmacTupleValue* tuple = nullptr,
                                 Dot16CmacFormat format = Dot16CmacFormat::CMAC_TUPLE);

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_CMAC_TUPLE_H */
