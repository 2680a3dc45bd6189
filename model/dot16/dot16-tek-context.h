/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_TEK_CONTEXT_H
#define SECURE_HANDOVER_DOT16_TEK_CONTEXT_H

#include "ns3/dot16-keys.h"
#include "ns3/nstime.h"
#include "ns3/packet.h"

#include <array>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief The receive PN window of one TEK: a PN is accepted once, and only if it is not older
 *        than the window below the highest PN accepted so far.
 */
class Dot16PnWindow
{
  public:
    /**
     * \param size the window size in PNs (1..64)
     */
    explicit Dot16PnWindow(uint32_t size = 64);

    /**
     * \brief Check a PN without recording it.
     * \param pn the received PN
     * \return true if pn is new and inside the window
     */
    bool IsFresh(uint32_t pn) const;

    /**
     * \brief Record an accepted PN (call after IsFresh and a verified ICV).
     * \param pn the PN
     */
    void Accept(uint32_t pn);

    /**
     * \return the highest PN accepted, or nullopt if none yet
     */
    std::optional<uint32_t> GetHighest() const;

  private:
    uint32_t m_size;                //!< window size
    std::optional<uint32_t> m_high; //!< highest PN accepted
    uint64_t m_seen;                //!< bit i: PN m_high - i was accepted
};

/**
 * \ingroup secure-handover
 * \brief Why an MPDU was not accepted.
 */
enum class Dot16MpduStatus : uint8_t
{
    OK,        //!< decrypted, ICV and PN valid
    MALFORMED, //!< bad GMH, HCS, length or EC/EKS
    BAD_ICV,   //!< AES-CCM authentication failed (wrong TEK or tampered)
    REPLAY     //!< PN already seen or older than the window
};

/**
 * \brief The status's name ("BAD_ICV", ...).
 * \param status the status
 * \return the name
 */
std::string Dot16MpduStatusName(Dot16MpduStatus status);

/**
 * \brief Stream a status by name.
 * \param os the stream
 * \param status the status
 * \return os
 */
std::ostream& operator<<(std::ostream& os, Dot16MpduStatus status);

/**
 * \param pduOctets the octets of an encrypted MAC PDU
 * \return the octets of its SDU (what AES-CCM encrypts), 0 if the PDU is too short
 */
std::size_t Dot16MpduSduOctets(std::size_t pduOctets);

/**
 * \ingroup secure-handover
 * \brief The TEK context of one SA at one end: TEK0/TEK1 with their lifetimes, the transmit
 *        PNs (PN0, PN1) and a receive PN window per TEK (RxPN0, RxPN1).
 *
 * All traffic is AES-CCM MPDUs (crypto::Dot16CcmSeal): GMH with EC = 1 and EKS = the TEK index,
 * then PN || ciphertext || ICV. The same context encrypts at one end and decrypts at the other
 * only if both derived it from the same CMAC_KEY_COUNT_T (or received the same legacy TEKs).
 */
class Dot16TekContext
{
  public:
    /**
     * \brief A context with the given TEKs; PNs start at 0.
     * \param tek0 TEK0
     * \param tek1 TEK1
     * \param count CMAC_KEY_COUNT_T the TEKs were derived from (informational for legacy TEKs)
     * \param said the SAID
     * \param created the time the TEKs were made
     * \param pmkLifetime the PMK lifetime: TEK0 lives 1/8 of it, TEK1 1/2
     * \param window the receive PN window size
     * \param order the PN byte order (PN field and CCM nonce)
     */
    Dot16TekContext(const crypto::Tek& tek0,
                    const crypto::Tek& tek1,
                    uint16_t count,
                    uint16_t said,
                    Time created,
                    Time pmkLifetime,
                    uint32_t window = 64,
                    crypto::PnByteOrder order = crypto::PnByteOrder::LITTLE);

    /**
     * \brief The counter-based TEKs of 7.2.2.2.6.1 for CMAC_KEY_COUNT_T = count.
     * \param kek the KEK
     * \param count CMAC_KEY_COUNT_T
     * \param said the SAID
     * \param created now
     * \param pmkLifetime the PMK lifetime
     * \param window the receive PN window size
     * \param order the PN byte order
     * \return the context
     */
    static Dot16TekContext Derive(const crypto::Kek& kek,
                                  uint16_t count,
                                  uint16_t said,
                                  Time created,
                                  Time pmkLifetime,
                                  uint32_t window = 64,
                                  crypto::PnByteOrder order = crypto::PnByteOrder::LITTLE);

    /**
     * \brief Encrypt one SDU into a MAC PDU: GMH (EC = 1, EKS, CID, LEN, HCS) || PN || C || ICV.
     * \param cid the transport CID
     * \param sdu the plaintext
     * \param now the current time (chooses the TEK by lifetime)
     * \return the PDU octets
     */
    crypto::Bytes Seal(uint16_t cid, crypto::ByteView sdu, Time now);

    /**
     * \brief Check whether a PDU verifies under this context, without recording its PN.
     * \param pdu the whole MAC PDU (GMH first)
     * \param sdu receives the plaintext when the status is OK
     * \param pn receives the PN when the ICV verifies
     * \return the status
     */
    Dot16MpduStatus Check(crypto::ByteView pdu, crypto::Bytes& sdu, uint32_t& pn) const;

    /**
     * \brief Verify and decrypt a PDU, and record its PN in the window of its TEK.
     * \param pdu the whole MAC PDU (GMH first)
     * \param sdu receives the plaintext when the status is OK
     * \return the status
     */
    Dot16MpduStatus Open(crypto::ByteView pdu, crypto::Bytes& sdu);

    /**
     * \return CMAC_KEY_COUNT_T of the TEKs
     */
    uint16_t GetCount() const;

    /**
     * \return the SAID
     */
    uint16_t GetSaid() const;

    /**
     * \param index 0 or 1
     * \return TEK0 or TEK1
     */
    const crypto::Tek& GetTek(uint8_t index) const;

    /**
     * \param index 0 or 1
     * \return the next transmit PN of that TEK
     */
    uint32_t GetTxPn(uint8_t index) const;

    /**
     * \param index 0 or 1
     * \return the lifetime of that TEK (1/8, 1/2 of the PMK lifetime)
     */
    Time GetLifetime(uint8_t index) const;

    /**
     * \brief Continue the transmit PNs of another holder of the same TEKs (the reuse
     *        baseline: the target BS must not reuse the serving BS's nonces).
     * \param pn0 next PN of TEK0
     * \param pn1 next PN of TEK1
     */
    void ContinueTxPn(uint32_t pn0, uint32_t pn1);

    /**
     * \param now the current time
     * \return the TEK that transmits now: TEK0 while it lives, then TEK1
     */
    uint8_t GetActiveIndex(Time now) const;

  private:
    std::array<crypto::Tek, 2> m_tek;        //!< TEK0, TEK1
    uint16_t m_count;                        //!< CMAC_KEY_COUNT_T
    uint16_t m_said;                         //!< SAID
    Time m_created;                          //!< when the TEKs were made
    std::array<Time, 2> m_lifetime;          //!< TEK lifetimes
    std::array<uint32_t, 2> m_txPn;          //!< PN0, PN1
    std::array<Dot16PnWindow, 2> m_rxWindow; //!< RxPN0, RxPN1
    crypto::PnByteOrder m_order;             //!< PN byte order
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_TEK_CONTEXT_H */
