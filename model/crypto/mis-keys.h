/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIS_KEYS_H
#define SECURE_HANDOVER_MIS_KEYS_H

#include "crypto-types.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ns3
{
namespace crypto
{

/*
 * The optimised MIS SA establishment of the 802.21.1 change proposal (5.14.2): transport of
 * the key-derivation key K from the SPoS to the TPoS and to the MN, and the MIS session keys
 * derived from K, as resolved in spec/READINGS.md ("802.21 / 802.21.1 MIS").
 * doc/crypto-readings.rst gives every byte layout.
 */

SECURE_HANDOVER_KEY_KIND(KdkTag, "K", 16, 16);
SECURE_HANDOVER_KEY_KIND(MisTransportKeyTag, "MIS transport key", 16, 16);
SECURE_HANDOVER_KEY_KIND(MiskTag, "MISK", 16, 16);
SECURE_HANDOVER_KEY_KIND(MiikTag, "MIIK", 16, 16);
SECURE_HANDOVER_KEY_KIND(MiekTag, "MIEK", 16, 16);

/// The key-derivation key K that the SPoS hands to the MN and the TPoS.
using Kdk = Key<KdkTag>;
/// K_stpos (SPoS-TPoS) or K_SPoS (SPoS-MN, the MIAK): the key that protects K in transit.
using MisTransportKey = Key<MisTransportKeyTag>;
/// The media-independent session key.
using Misk = Key<MiskTag>;
/// The MIS integrity key (MN-TPoS).
using Miik = Key<MiikTag>;
/// The MIS encryption key (MN-TPoS).
using Miek = Key<MiekTag>;

/**
 * \ingroup secure-handover
 * \brief Who the SPoS sends K to; fixes the label, the key and the identifier of the mask.
 */
enum class KdkRecipient
{
    TPOS, //!< MIS_N2N_Prereg_Xfer: label "MIS N2N KDK", key K_stpos, id = MNID
    MN    //!< MIS_Prereg_Xfer response: label "MIS MN KDK", key K_SPoS, id = TPoS identifier
};

/**
 * \ingroup secure-handover
 * \brief Which inputs the mask for the MN covers.
 *
 * The 5.14.2 sender text writes the MN payload with PRF(TPoSIdentifier, Nonce-N) but the
 * receiver text with PRF(TPoSIdentifier, Nonce-T, Nonce-N).
 */
enum class MnMaskInputs
{
    THREE,       //!< (TPoS identifier, Nonce-T, Nonce-N): the receiver text (default)
    DRAFT_SENDER //!< (TPoS identifier, Nonce-N): the sender text; applies to KdkRecipient::MN only
};

/**
 * \brief The mask that hides K in transit (802.21.1 5.14.2):
 *        AES-CMAC(key, label || 0x00 || LV(id) || LV(Nonce-T) || LV(Nonce-N)), LV = one length
 *        octet then the value.
 * \param to the recipient (selects the label)
 * \param key K_stpos (to the TPoS) or K_SPoS (to the MN)
 * \param id the MNID (to the TPoS) or the TPoS identifier (to the MN)
 * \param nonceT Nonce-T
 * \param nonceN Nonce-N
 * \param mnInputs for the MN, whether Nonce-T is covered (ignored for the TPoS)
 * \return the 16-octet mask
 * \throws CryptoError if id is longer than 255 octets
 */
Octets<16> KdkTransportMask(KdkRecipient to,
                            const MisTransportKey& key,
                            const std::string& id,
                            const Nonce16& nonceT,
                            const Nonce16& nonceN,
                            MnMaskInputs mnInputs = MnMaskInputs::THREE);

/**
 * \brief Hide K: K XOR mask.
 * \param k the key-derivation key
 * \param mask the transport mask
 * \return the value that travels in the message
 */
Octets<16> XorKdk(const Kdk& k, const Octets<16>& mask);

/**
 * \brief Recover K: wrapped XOR mask.
 * \param wrapped the value received
 * \param mask the transport mask the receiver computed
 * \return K (a different K if the two ends computed different masks: nothing detects that here)
 */
Kdk UnmaskKdk(const Octets<16>& wrapped, const Octets<16>& mask);

/**
 * \brief The draft's alternative to the mask: encrypt K under K_stpos / K_SPoS with AES key
 *        wrap (RFC 3394).
 * \param key K_stpos or K_SPoS
 * \param k the key-derivation key
 * \return 24 octets
 */
Bytes EncryptKdk(const MisTransportKey& key, const Kdk& k);

/**
 * \brief Undo EncryptKdk.
 * \param key K_stpos or K_SPoS
 * \param wrapped the received blob
 * \return K, or std::nullopt if the integrity check fails or the blob is not a wrapped
 *         16-octet key
 */
std::optional<Kdk> DecryptKdk(const MisTransportKey& key, ByteView wrapped);

/**
 * \brief The KBKDF context of the MIS session keys:
 *        Nonce-T || Nonce-N || LV(MNID) || LV(TPoSID) || ciphersuite.
 * \param nonceT Nonce-T
 * \param nonceN Nonce-N
 * \param mnId the MN identifier (NAI)
 * \param tposId the TPoS identifier
 * \param ciphersuite the agreed ciphersuite code
 * \return the context octets
 * \throws CryptoError if an identifier is longer than 255 octets
 */
Bytes MisKdfContext(const Nonce16& nonceT,
                    const Nonce16& nonceN,
                    const std::string& mnId,
                    const std::string& tposId,
                    uint8_t ciphersuite);

/**
 * \ingroup secure-handover
 * \brief The keys of one MN-TPoS MIS SA.
 */
struct MisSessionKeys
{
    Misk misk; //!< media-independent session key
    Miik miik; //!< integrity key
    Miek miek; //!< encryption key
};

/**
 * \brief MISK = KBKDF(K, "MISK", ctx, 128); MIIK || MIEK = KBKDF(MISK, "MIS SA KEYS", ctx, 256)
 *        (NIST SP 800-108 counter mode, AES-CMAC), ctx = MisKdfContext(...).
 * \param k the key-derivation key
 * \param nonceT Nonce-T
 * \param nonceN Nonce-N
 * \param mnId the MN identifier (NAI)
 * \param tposId the TPoS identifier
 * \param ciphersuite the agreed ciphersuite code
 * \return the session keys
 */
MisSessionKeys DeriveMisSessionKeys(const Kdk& k,
                                    const Nonce16& nonceT,
                                    const Nonce16& nonceN,
                                    const std::string& mnId,
                                    const std::string& tposId,
                                    uint8_t ciphersuite);

/**
 * \brief The keys that protect the key-carrying MIS messages between two MISFs that share a
 *        transport key (MN-SPoS: K_SPoS; SPoS-TPoS: K_stpos), for 5.13.3.20-21 ("the service
 *        specific TLVs shall be encrypted by the security association"): MIIK || MIEK =
 *        KBKDF(key, "MIS MESSAGE PROTECTION", LV(lower ID) || LV(higher ID), 256); the MISK
 *        field holds the transport key itself. The derivation is this module's (802.21a's
 *        message protection is not public).
 * \param key the transport key
 * \param idA one MISF ID
 * \param idB the other (the order does not matter)
 * \return the keys
 */
MisSessionKeys DeriveMisMessageKeys(const MisTransportKey& key,
                                    const std::string& idA,
                                    const std::string& idB);

/**
 * \brief The media-specific PMK (MSPMK) that the TPoS derives from K and installs at the
 *        target PoA (802.21.1 5.12.1.2.4): KBKDF(K, "MIS MSPMK", context, 256), the same KDF
 *        as the session keys with its own label (the draft names the key, not its derivation).
 * \param k the key-derivation key
 * \param context MisKdfContext(...) of the SA
 * \return 32 octets (the size of an 802.11 PMK)
 */
Bytes DeriveMediaSpecificPmk(const Kdk& k, ByteView context);

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_MIS_KEYS_H */
