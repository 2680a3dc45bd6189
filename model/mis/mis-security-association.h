/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIS_SECURITY_ASSOCIATION_H
#define SECURE_HANDOVER_MIS_SECURITY_ASSOCIATION_H

#include "ns3/mis-keys.h"
#include "ns3/nstime.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief How an MN-TPoS MIS SA was established.
 */
enum class MisSaMethod : uint8_t
{
    OPTIMIZED, //!< from the key-derivation key K of the SPoS (802.21.1 5.14.2)
    FULL       //!< through a full establishment ((D)TLS over MIS, 802.21 9.2)
};

/**
 * \param method a method
 * \return "optimized" or "full" (the sa_method column of handovers.csv)
 */
std::string MisSaMethodName(MisSaMethod method);

/**
 * \ingroup secure-handover
 * \brief One end of an MN-TPoS MIS security association: the session keys, the lifetime, and
 *        the protection of the MIS messages the two ends exchange directly.
 *
 * Protected TLVs travel in a Security TLV (mih::TLV_SECURITY) whose value is
 * SEQ (8 octets, big-endian) || AES-128-CCM(MIEK, nonce, AAD, TLVs) with an 8-octet tag, where
 * nonce = direction (1 octet: 0 from the MN, 1 towards it) || 4 zero octets || SEQ, and
 * AAD = the MIH message ID (2 octets) || LV(sender MISF ID) || LV(receiver MISF ID). The
 * ciphersuite is the CCM one: MIEK keys CCM, whose tag also gives integrity, so MIIK is derived
 * (both ends agree on it) but not used by this suite.
 *
 * Receipt checks, in order: the SA has not expired, the value is long enough, SEQ is above the
 * highest accepted so far (replay), and the tag verifies (tamper). Only an accepted message
 * moves the replay window.
 */
class MisSecurityAssociation
{
  public:
    /// The outcome of Unprotect.
    enum class Verdict : uint8_t
    {
        OK,        //!< accepted
        MALFORMED, //!< too short to hold SEQ and a tag
        EXPIRED,   //!< the SA lifetime has run out
        REPLAYED,  //!< SEQ not above the highest accepted
        TAMPERED   //!< the CCM tag does not verify
    };

    /**
     * \param verdict a verdict
     * \return its name ("replayed", ...)
     */
    static std::string VerdictName(Verdict verdict);

    /**
     * \param localId this end's MISF ID
     * \param peerId the other end's MISF ID
     * \param keys the session keys (identical at both ends)
     * \param mnSide true at the MN (it sends with direction 0)
     * \param expiry when the SA lifetime ends (simulated time)
     */
    MisSecurityAssociation(const std::string& localId,
                           const std::string& peerId,
                           const crypto::MisSessionKeys& keys,
                           bool mnSide,
                           Time expiry);

    /**
     * \brief Protect TLVs for the peer.
     * \param messageId the MIH message ID of the carrying message
     * \param tlvs the TLV octets to protect
     * \return the Security TLV value
     */
    std::vector<uint8_t> Protect(uint16_t messageId, const std::vector<uint8_t>& tlvs);

    /**
     * \brief Check and open a Security TLV value from the peer.
     * \param messageId the MIH message ID of the carrying message
     * \param security the Security TLV value
     * \param now the current time
     * \param tlvs the protected TLV octets (set only if OK)
     * \return the verdict
     */
    Verdict Unprotect(uint16_t messageId,
                      const std::vector<uint8_t>& security,
                      Time now,
                      std::vector<uint8_t>& tlvs);

    /**
     * \param now the current time
     * \return true if the lifetime has run out
     */
    bool IsExpired(Time now) const;

    /** \return the session keys */
    const crypto::MisSessionKeys& GetKeys() const;

    /** \return the peer's MISF ID */
    const std::string& GetPeerId() const;

    /** \return when the lifetime ends */
    Time GetExpiry() const;

  private:
    /**
     * \param direction 0 from the MN, 1 towards it
     * \param seq the sequence number
     * \return the 13-octet CCM nonce
     */
    static std::vector<uint8_t> Nonce(uint8_t direction, uint64_t seq);

    /**
     * \param messageId the message ID
     * \param sender sender's MISF ID
     * \param receiver receiver's MISF ID
     * \return the AAD
     */
    static std::vector<uint8_t> Aad(uint16_t messageId,
                                    const std::string& sender,
                                    const std::string& receiver);

    std::string m_localId;         //!< this end
    std::string m_peerId;          //!< the other end
    crypto::MisSessionKeys m_keys; //!< MISK, MIIK, MIEK
    bool m_mnSide;                 //!< this end is the MN
    Time m_expiry;                 //!< end of the lifetime
    uint64_t m_sendSeq;            //!< next SEQ to send
    uint64_t m_highestReceived;    //!< highest SEQ accepted (0: none)
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIS_SECURITY_ASSOCIATION_H */
