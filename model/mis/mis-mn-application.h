/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIS_MN_APPLICATION_H
#define SECURE_HANDOVER_MIS_MN_APPLICATION_H

#include "mis-sap.h"
#include "mis-security-association.h"

#include "ns3/callback.h"
#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/test-ca.h"
#include "ns3/traced-callback.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

class MisFunction;
class Packet;
class TlsMihTransport;

/**
 * \ingroup secure-handover
 * \brief What one MN pre-registration produced.
 */
struct MisPreregResult
{
    bool ok{false};             //!< an SA with the TPoS exists (or the TPoS is the SPoS)
    std::string method{"none"}; //!< "optimized", "full" or "none" (Status 6: nothing to do)
    std::string tposId;         //!< the TPoS
    uint32_t chainHops{0};      //!< optimised SAs in a row, this one included (0 if full)
    uint8_t status{0};          //!< the MIS_Prereg_Xfer Status
    std::string reason;         //!< why it failed, or why it fell back
    std::string sposId;         //!< the SPoS that generated K (optimised SAs)
};

/**
 * \ingroup secure-handover
 * \brief The MIS application of a mobile node: it pre-registers with a TPoS through its SPoS
 *        and establishes the MN-TPoS MIS SA, optimised (802.21.1 5.14.2) or full ((D)TLS over
 *        MIS, 802.21 9.2), and keeps the chain of optimised SAs (5.14.2 note 4).
 *
 * Preregister() sends MIS_Prereg_Xfer.request with Nonce-T unless a full SA is due: the caller
 * asks for one, or ChainLimit optimised SAs in a row have been made (ChainLimit 0: never
 * optimise). On the .confirm:
 *  - with K: derive MISK/MIIK/MIEK, install the SA, and prove it with a protected MIH_Auth
 *    exchange with the TPoS (key confirmation); if that fails (the ends derived different
 *    keys, the TPoS dropped it), fall back to a full establishment;
 *  - without K (the MN or the SPoS chose the fallback, trust is missing, K could not be
 *    recovered): a full establishment with the TPoS, TLS 1.3 in MIH_Auth messages;
 *  - Status 6: the TPoS is the SPoS, the current SA stays;
 *  - any other Status (4 on a transaction timeout): failure.
 * CompleteHandover() makes the TPoS the SPoS: its MISK becomes K_SPoS for the next handover.
 */
class MisMnApplication : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    MisMnApplication();
    ~MisMnApplication() override;

    /// Completion of a pre-registration.
    typedef Callback<void, const MisPreregResult&> DoneCallback;

    /**
     * TracedCallback signature for an established SA.
     * \param [in] tposId the TPoS
     * \param [in] method "optimized" or "full"
     * \param [in] chainHops optimised SAs in a row
     */
    typedef void (*SaTracedCallback)(const std::string& tposId,
                                     const std::string& method,
                                     uint32_t chainHops);

    /**
     * TracedCallback signature for a fallback to a full establishment.
     * \param [in] reason why
     */
    typedef void (*FallbackTracedCallback)(const std::string& reason);

    /**
     * \param misf the MN's MISF (the application becomes its SAP user)
     */
    void SetMisFunction(Ptr<MisFunction> misf);
    /**
     * \return the MISF
     */
    Ptr<MisFunction> GetMisFunction() const;
    /**
     * \brief The credentials of the full establishment (TLS client).
     * \param trustAnchorPem the CA certificate
     * \param identity the MN's certificate and key
     */
    void SetTlsCredentials(const std::string& trustAnchorPem, const crypto::TlsIdentity& identity);
    /**
     * \brief The SA with the current SPoS (the initial attachment): K_SPoS must be set in the
     *        MISF as its transport key with that PoS.
     * \param sposId the SPoS
     * \param chainHops the optimised SAs in a row that led to it (0: a full one)
     */
    void SetServingPos(const std::string& sposId, uint32_t chainHops);
    /**
     * \return the SPoS
     */
    std::string GetServingPos() const;
    /**
     * \brief Pre-register with a TPoS.
     * \param tposId the TPoS, if the MN knows it
     * \param candidates the candidate links, most preferred first (used if tposId is absent)
     * \param requestFull ask for a full establishment (the MN-requested fallback)
     * \param done called once with the result
     */
    void Preregister(const std::optional<std::string>& tposId,
                     const std::vector<MihLinkPoaList>& candidates,
                     bool requestFull,
                     DoneCallback done);
    /**
     * \brief Establish a full SA with a PoS directly (no SPoS: the reactive, post-handoff case).
     * \param posId the PoS
     * \param done called once with the result
     */
    void EstablishFull(const std::string& posId, DoneCallback done);
    /**
     * \brief The handover to the TPoS of the last successful pre-registration is complete: it
     *        becomes the SPoS.
     */
    void CompleteHandover();
    /**
     * \brief Forget any pending pre-registration (the handover was abandoned).
     */
    void Abort();
    /**
     * \return the result of the last pre-registration
     */
    const MisPreregResult& GetLastResult() const;

    // MisSapUser primitives (called through MemberMisSapUser).
    /** \param params MIS_Prereg_Xfer.indication (not used by an MN) */
    void DoPreregXferIndication(const MisPreregXferIndicationParameters& params);
    /** \param params MIS_Prereg_Xfer.confirm */
    void DoPreregXferConfirm(const MisPreregXferConfirmParameters& params);
    /** \param params MIS_N2N_Prereg_Xfer.indication (not used by an MN) */
    void DoN2nPreregXferIndication(const MisN2nPreregXferIndicationParameters& params);
    /** \param params MIS_N2N_Prereg_Xfer.confirm (not used by an MN) */
    void DoN2nPreregXferConfirm(const MisN2nPreregXferConfirmParameters& params);

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Start the full establishment with the TPoS.
     * \param reason why (traced as a fallback unless the caller asked for it)
     */
    void StartFull(const std::string& reason);
    /**
     * \brief Finish: record and report.
     * \param ok success
     * \param reason why not
     */
    void Finish(bool ok, const std::string& reason);
    /**
     * \brief Report a result (once the CPU has finished the crypto that produced it).
     * \param done the caller's callback
     * \param result the result
     */
    void Report(DoneCallback done, MisPreregResult result);
    /**
     * \brief A protected MIH_Auth from a PoS (the key confirmation's answer).
     * \param peer the PoS
     * \param tlvs opened TLVs
     * \param isRequest request or response
     * \param tid transaction
     */
    void ReceiveProtected(const std::string& peer,
                          const std::vector<uint8_t>& tlvs,
                          bool isRequest,
                          uint16_t tid);
    /**
     * \brief An MIH_Auth request or indication failed (no answer).
     * \param tid transaction
     * \param status Status
     */
    void AuthFailed(uint16_t tid, uint8_t status);
    /**
     * \brief MIH_Auth records from a PoS.
     * \param peer the PoS
     * \param records the records
     * \param isRequest request?
     * \param tid transaction
     */
    void ReceiveRecords(const std::string& peer, Ptr<Packet> records, bool isRequest, uint16_t tid);
    /**
     * \brief The TLS handshake completed.
     * \param duration its duration
     * \param roundTrips round trips
     * \param sent octets sent
     * \param received octets received
     */
    void TlsCompleted(Time duration, uint32_t roundTrips, uint32_t sent, uint32_t received);
    /**
     * \brief Send a flight of TLS records to the TPoS through the SPoS.
     * \param tposId the TPoS
     * \param records the records
     */
    void RelayRecords(const std::string& tposId, Ptr<Packet> records);
    /**
     * \brief The SPoS's answer to a relayed flight.
     * \param params the .confirm
     */
    void RelayConfirmed(const MisPreregXferConfirmParameters& params);
    /**
     * \brief An MIH_Auth indication to a PoS was acknowledged.
     * \param peer the PoS
     */
    void AuthAcknowledged(const std::string& peer);
    /**
     * \brief The TLS handshake failed.
     * \param reason why
     */
    void TlsFailed(const std::string& reason);

    uint32_t m_chainLimit; //!< optimised SAs in a row before a full one (Attribute)
    uint8_t m_ciphersuite; //!< CiphersuiteCode requested (Attribute)
    uint32_t m_saLifetime; //!< lifetime of full SAs (Attribute)

    Ptr<MisFunction> m_misf;                                       //!< the MISF
    std::unique_ptr<MemberMisSapUser<MisMnApplication>> m_sapUser; //!< the SAP user
    std::string m_trustAnchor;                                     //!< TLS trust anchor
    crypto::TlsIdentity m_identity;                                //!< TLS identity
    std::string m_sposId;                                          //!< current SPoS
    uint32_t m_chainHops;               //!< optimised SAs in a row of the SA with the SPoS
    bool m_busy;                        //!< a pre-registration is running
    bool m_requestedFull;               //!< the caller asked for a full SA
    uint16_t m_confirmTid;              //!< the key confirmation's transaction
    bool m_tlsCompleted;                //!< the TLS handshake completed, waiting for the last ACK
    bool m_relayFullSa;                 //!< relay proactive TLS through the SPoS (Attribute)
    bool m_relaying{false};             //!< the running TLS goes through the SPoS
    bool m_postHandoff{false};          //!< the running SA is made after attach (EstablishFull)
    uint16_t m_relayTid{0};             //!< the open relayed flight's transaction
    MihLinkTupleId m_targetLink;        //!< the target link of the running pre-registration
    MisPreregResult m_result;           //!< the running (or last) result
    DoneCallback m_done;                //!< completion
    std::vector<EventId> m_pendingDone; //!< results waiting for the CPU
    Ptr<TlsMihTransport> m_tls;         //!< the running full establishment

    TracedCallback<const std::string&, const std::string&, uint32_t> m_saTrace; //!< SA made
    TracedCallback<const std::string&> m_fallbackTrace;                         //!< fallback
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIS_MN_APPLICATION_H */
