/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_KEYS_H
#define SECURE_HANDOVER_DOT16_KEYS_H

#include "crypto-types.h"

#include <cstdint>
#include <optional>

namespace ns3
{
namespace crypto
{

/*
 * The 802.16 (PKMv2, EAP-based authorisation) key hierarchy, the counter-based TEK of the
 * seamless-handover proposal, the CMAC tuple and the AES-CCM MPDU protection, as resolved in
 * spec/READINGS.md ("802.16 keys"). doc/crypto-readings.rst gives every byte layout.
 */

SECURE_HANDOVER_KEY_KIND(MskTag, "MSK", 64, SIZE_MAX);
SECURE_HANDOVER_KEY_KIND(PmkTag, "PMK", 20, 20);
SECURE_HANDOVER_KEY_KIND(AkTag, "AK", 20, 20);
SECURE_HANDOVER_KEY_KIND(KekTag, "KEK", 16, 16);
SECURE_HANDOVER_KEY_KIND(CmacKeyTag, "CMAC_KEY", 16, 16);
SECURE_HANDOVER_KEY_KIND(TekTag, "TEK", 16, 16);

/// The EAP Master Session Key: 64 octets or more.
using Msk = Key<MskTag>;
/// The Pairwise Master Key, Truncate(MSK, 160).
using Pmk = Key<PmkTag>;
/// The Authorization Key (160 bits).
using Ak = Key<AkTag>;
/// The Key Encryption Key (128 bits).
using Kek = Key<KekTag>;
/// CMAC_KEY_U or CMAC_KEY_D (128 bits).
using CmacKey = Key<CmacKeyTag>;
/// A Traffic Encryption Key (AES-128).
using Tek = Key<TekTag>;
/// The AK identifier (64 bits).
using Akid = Octets<8>;

/**
 * \brief 802.16 Truncate(x, n): keep the rightmost (least significant) n bits of x.
 *
 * The rightmost reading reproduces every published known answer (vectors-802.16.txt D1/D2);
 * the leftmost reading reproduces none of them.
 *
 * \param x the octet string
 * \param bits n, a multiple of 8 and at most 8 * x.size()
 * \return the last n/8 octets of x
 * \throws CryptoError if bits is not a multiple of 8 or exceeds the length of x
 */
Bytes Truncate(ByteView x, std::size_t bits);

/**
 * \brief Dot16KDF in its AES-CMAC mode (802.16-2009 7.5.4.6.1).
 *
 * Kin = Truncate(key, 128); for i = 0 .. (L-1)/128,
 * block_i = AES-CMAC(Kin, [i]_32 || astring || [L]_32) (big-endian, L in bits);
 * the result is Truncate(block_0 || block_1 || ..., L).
 *
 * \param key the input key, at least 16 octets
 * \param astring the derivation string
 * \param bits L, a positive multiple of 8 (at most 2^32 - 1)
 * \return L/8 octets
 * \throws CryptoError on a short key or a bad length
 */
Bytes Dot16Kdf(ByteView key, ByteView astring, std::size_t bits);

/**
 * \brief PMK = Truncate(MSK, 160).
 * \param msk the MSK
 * \return the PMK (the last 20 octets of the MSK)
 */
Pmk DerivePmk(const Msk& msk);

/**
 * \brief AK = Dot16KDF(PMK, MSMAC || BSID || "AK", 160).
 * \param pmk the PMK
 * \param msmac the MS MAC address
 * \param bsid the base station ID
 * \return the AK
 */
Ak DeriveAk(const Pmk& pmk, const Mac48& msmac, const Mac48& bsid);

/**
 * \brief AKID = Dot16KDF(AK, (0000 || PMK_SN) || MSMAC || BSID || "AK", 64).
 * \param ak the AK
 * \param pmkSn the 4-bit PMK sequence number (0..15)
 * \param msmac the MS MAC address
 * \param bsid the base station ID
 * \return the AKID
 * \throws CryptoError if pmkSn does not fit in 4 bits
 */
Akid DeriveAkid(const Ak& ak, uint8_t pmkSn, const Mac48& msmac, const Mac48& bsid);

/**
 * \ingroup secure-handover
 * \brief The three keys that one Dot16KDF run over "CMAC_KEYS+KEK" yields.
 */
struct CmacPrekeys
{
    Aes128Key up;   //!< CMAC_PREKEY_U (output bits 0..127)
    Aes128Key down; //!< CMAC_PREKEY_D (output bits 128..255)
    Kek kek;        //!< KEK (output bits 256..383)
};

/**
 * \brief CMAC_PREKEY_U || CMAC_PREKEY_D || KEK = Dot16KDF(AK, MSMAC || BSID || "CMAC_KEYS+KEK",
 *        384).
 * \param ak the AK
 * \param msmac the MS MAC address
 * \param bsid the base station ID
 * \return the two pre-keys and the KEK
 */
CmacPrekeys DeriveCmacPrekeysAndKek(const Ak& ak, const Mac48& msmac, const Mac48& bsid);

/**
 * \brief CMAC_KEY_* = AES-128-ECB(CMAC_PREKEY_*, 112 zero bits || [CMAC_KEY_COUNT]_16).
 * \param prekey CMAC_PREKEY_U or CMAC_PREKEY_D
 * \param cmacKeyCount CMAC_KEY_COUNT (big-endian in the block)
 * \return CMAC_KEY_U or CMAC_KEY_D
 */
CmacKey DeriveCmacKey(const Aes128Key& prekey, uint16_t cmacKeyCount);

/**
 * \ingroup secure-handover
 * \brief Every key an MS/BS pair derives from one MSK at one CMAC_KEY_COUNT.
 */
struct Dot16KeyChain
{
    Pmk pmk;          //!< Pairwise Master Key
    Ak ak;            //!< Authorization Key
    Akid akid;        //!< AK identifier
    CmacKey cmacKeyU; //!< uplink CMAC key
    CmacKey cmacKeyD; //!< downlink CMAC key
    Kek kek;          //!< Key Encryption Key
};

/**
 * \brief Run the whole chain MSK -> PMK -> AK -> AKID, CMAC keys and KEK.
 * \param msk the MSK
 * \param msmac the MS MAC address
 * \param bsid the base station ID
 * \param pmkSn the 4-bit PMK sequence number
 * \param cmacKeyCount CMAC_KEY_COUNT
 * \return the keys
 */
Dot16KeyChain DeriveDot16KeyChain(const Msk& msk,
                                  const Mac48& msmac,
                                  const Mac48& bsid,
                                  uint8_t pmkSn,
                                  uint16_t cmacKeyCount);

/**
 * \brief Counter-based TEK of the seamless-handover proposal:
 *        TEKi = Dot16KDF(KEK, [CMAC_KEY_COUNT_T]_16 || [SAID]_16 || "TEKi Generation", 128).
 *
 * The label is "TEK0 Generation" or "TEK1 Generation": 15 ASCII octets, no NUL.
 *
 * \param kek the KEK
 * \param cmacKeyCountT CMAC_KEY_COUNT_T (the MS's or target BS's expected count)
 * \param said the security association ID
 * \param index 0 or 1
 * \return TEK0 or TEK1
 * \throws CryptoError if index > 1
 */
Tek DeriveCounterTek(const Kek& kek, uint16_t cmacKeyCountT, uint16_t said, uint8_t index);

/**
 * \brief The CMAC tuple digest of a MAC management message (TLV 141):
 *        the rightmost 64 bits of AES-CMAC(CMAC_KEY, AKID || [CMAC_PN]_32 || [CID]_16 || 0x0000
 *        || message).
 * \param key CMAC_KEY_U (uplink) or CMAC_KEY_D (downlink)
 * \param akid the AKID
 * \param cmacPn the CMAC packet number
 * \param cid the connection ID the message travels on
 * \param messageWithoutTuple the management message, without the CMAC tuple TLV
 * \return the 8-octet CMAC value
 */
Octets<8> CmacTuple(const CmacKey& key,
                    const Akid& akid,
                    uint32_t cmacPn,
                    uint16_t cid,
                    ByteView messageWithoutTuple);

/**
 * \ingroup secure-handover
 * \brief Byte order of the 32-bit PN, both in the PN field that precedes the ciphertext and in
 *        the 13-octet AES-CCM nonce.
 *
 * The texts disagree; LITTLE is the module's default (spec/READINGS.md). Because the nonce
 * carries the same four octets as the PN field, two ends that disagree still produce and
 * accept the same nonce: the ICV verifies, and the receiver reads a byte-swapped PN (which its
 * replay window then misjudges). Switching the order changes the nonce, the ciphertext and the
 * ICV for a given PN value.
 */
enum class PnByteOrder
{
    LITTLE, //!< least significant octet first (default)
    BIG     //!< most significant octet first
};

/**
 * \brief The 13-octet AES-CCM nonce of an 802.16 MPDU: GMH octets 0..4 || 00 00 00 00 || PN.
 * \param gmh the generic MAC header (at least 5 octets; only octets 0..4 are used)
 * \param pn the packet number
 * \param order the PN byte order
 * \return the nonce
 * \throws CryptoError if gmh is shorter than 5 octets
 */
Octets<13> Dot16CcmNonce(ByteView gmh, uint32_t pn, PnByteOrder order = PnByteOrder::LITTLE);

/**
 * \brief Protect an MPDU payload with AES-128-CCM (M = 8, L = 2, no AAD).
 * \param tek the TEK
 * \param gmh the generic MAC header (at least 5 octets)
 * \param pn the packet number
 * \param payload the plaintext payload
 * \param order the PN byte order (PN field and nonce)
 * \return PN(4) || ciphertext || ICV(8)
 */
Bytes Dot16CcmSeal(const Tek& tek,
                   ByteView gmh,
                   uint32_t pn,
                   ByteView payload,
                   PnByteOrder order = PnByteOrder::LITTLE);

/**
 * \ingroup secure-handover
 * \brief A verified, decrypted MPDU payload and the PN it carried.
 */
struct Dot16CcmPlaintext
{
    uint32_t pn;   //!< the packet number read from the payload
    Bytes payload; //!< the plaintext
};

/**
 * \brief Verify and decrypt an MPDU payload protected by Dot16CcmSeal.
 *
 * The caller checks the returned PN against its replay window for this TEK.
 *
 * \param tek the TEK
 * \param gmh the generic MAC header (at least 5 octets)
 * \param protectedPayload PN(4) || ciphertext || ICV(8)
 * \param order the PN byte order (PN field and nonce)
 * \return the PN and plaintext, or std::nullopt if the input is shorter than 12 octets or the
 *         ICV does not verify
 */
std::optional<Dot16CcmPlaintext> Dot16CcmOpen(const Tek& tek,
                                              ByteView gmh,
                                              ByteView protectedPayload,
                                              PnByteOrder order = PnByteOrder::LITTLE);

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_KEYS_H */
