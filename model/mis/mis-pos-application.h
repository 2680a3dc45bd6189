/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIS_POS_APPLICATION_H
#define SECURE_HANDOVER_MIS_POS_APPLICATION_H

#include "mis-sap.h"

#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"
#include "ns3/mis-keys.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/test-ca.h"
#include "ns3/traced-callback.h"

#include <map>
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
 * \brief One entry of a PoS's neighbour table (802.21.1 5.14.3): a surrounding network, its
 *        PoS, the RATs it offers and its PoAs.
 */
struct MisNeighbour
{
    std::string network;            //!< a name for the network
    std::string posId;              //!< the MISF ID of its PoS
    std::vector<uint8_t> linkTypes; //!< the RATs (mih::LINK_TYPE_*) it offers
    std::vector<Mac48Address> poas; //!< its PoAs' link addresses
};

/**
 * \ingroup secure-handover
 * \brief The MIS application of a point of service: the SPoS role (TPoS selection, relay to
 *        the TPoS, decision to optimise) and the TPoS role (key hierarchy from K, media-specific
 *        PMK installed at the target PoA, key confirmation with the MN) of IEEE P802.21.1
 *        5.11.12, 5.12.1 and 5.14. Every PoS plays both roles: after a handover the TPoS
 *        becomes the MN's SPoS.
 *
 * SPoS: on MIS_Prereg_Xfer.indication it takes the TPoS from TPoSIdentifier, or selects it
 * from the CandidateLinkList and the neighbour table (first candidate whose PoA is in a
 * neighbour network offering that RAT, trusted partners first); if the TPoS is this PoS it
 * answers Status 6. It optimises (N2N request with Nonce-T, so that its MISF produces K) only
 * when the MN sent Nonce-T and the TPoS is a roaming partner; otherwise it relays without K
 * and the MN falls back to a full establishment. A partner with an IKEv2 set-up delay gets its
 * SPoS-TPoS SA (K_stpos) that much later, on first use.
 *
 * Chain limit (5.14.2 note 4), enforced by the network: each PoS keeps, per MN, the chain hops
 * of the SA it holds with the MN (0 for a full SA or the configured MIAK, else the ChainHops the
 * SPoS sent with K). As SPoS it refuses to optimise when that count has reached ChainLimit (it
 * relays without K, as without trust: the MN gets no K and makes a full SA), else it sends the
 * count plus one with K; as TPoS it refuses a K whose ChainHops exceed its own ChainLimit.
 *
 * TPoS: on MIS_N2N_Prereg_Xfer.indication with K it derives MISK/MIIK/MIEK, installs the MIS SA
 * with the MN, derives the MSPMK and installs it at the target PoA (PmkInstalled trace), then
 * answers with MN_NAI and SALifeTime. A K that could not be recovered, or any K when
 * RequestFullSa is set, is not taken: the answer has no SALifeTime, so the SPoS does not deliver
 * K and the MN falls back to a full SA. Protected MIH_Auth key confirmations from the MN are
 * answered under the SA.
 */
class MisPosApplication : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    MisPosApplication();
    ~MisPosApplication() override;

    /**
     * TracedCallback signature for events about an MN.
     * \param [in] mnId the MN
     * \param [in] detail what (TPoS ID, fallback reason, PMK fingerprint)
     */
    typedef void (*MnTracedCallback)(const std::string& mnId, const std::string& detail);

    /**
     * \param misf this PoS's MISF (the application becomes its SAP user)
     */
    void SetMisFunction(Ptr<MisFunction> misf);
    /**
     * \return the MISF
     */
    Ptr<MisFunction> GetMisFunction() const;
    /**
     * \brief The credentials of the full establishment (TLS server towards MNs).
     * \param trustAnchorPem the CA certificate
     * \param identity this PoS's certificate and key (its name is the MISF ID)
     */
    void SetTlsCredentials(const std::string& trustAnchorPem, const crypto::TlsIdentity& identity);
    /**
     * \return this PoS's IPv4 address (its MISF's address)
     */
    Ipv4Address GetAddress() const;
    /**
     * \param address the link address of the PoA (AP, BS, port) this PoS serves
     */
    void SetPoaAddress(Mac48Address address);
    /**
     * \return the link address of the PoA this PoS serves
     */
    Mac48Address GetPoaAddress() const;
    /**
     * \param neighbour an entry of the neighbour table
     */
    void AddNeighbour(const MisNeighbour& neighbour);
    /**
     * \brief Add a roaming partner: its K_stpos, and the IKEv2 set-up delay before that SA
     *        exists (zero: configured in advance).
     * \param posId the partner PoS
     * \param key K_stpos
     * \param ikeSetupDelay time to set the SA up on first use
     */
    void AddRoamingPartner(const std::string& posId,
                           const crypto::MisTransportKey& key,
                           Time ikeSetupDelay);
    /**
     * \param posId a PoS
     * \return true if it is a roaming partner
     */
    bool IsPartner(const std::string& posId) const;
    /**
     * \brief TPoS selection (5.14.3).
     * \param candidates the MN's candidate links, most preferred first
     * \return the TPoS, if any candidate matches the neighbour table
     */
    std::optional<std::string> SelectTpos(const std::vector<MihLinkPoaList>& candidates) const;
    /**
     * \param mnId an MN
     * \return the optimised SAs in a row of the SA this PoS holds with it (0: full or none)
     */
    uint32_t GetChainHops(const std::string& mnId) const;
    /**
     * \param mnId an MN
     * \return the MSPMK installed at the target PoA for it, if any
     */
    std::optional<crypto::Bytes> GetInstalledPmk(const std::string& mnId) const;

    // MisSapUser primitives (called through MemberMisSapUser).
    /** \param params MIS_Prereg_Xfer.indication */
    void DoPreregXferIndication(const MisPreregXferIndicationParameters& params);
    /** \param params MIS_Prereg_Xfer.confirm (not used by a PoS) */
    void DoPreregXferConfirm(const MisPreregXferConfirmParameters& params);
    /** \param params MIS_N2N_Prereg_Xfer.indication */
    void DoN2nPreregXferIndication(const MisN2nPreregXferIndicationParameters& params);
    /** \param params MIS_N2N_Prereg_Xfer.confirm */
    void DoN2nPreregXferConfirm(const MisN2nPreregXferConfirmParameters& params);

  protected:
    void DoDispose() override;

  private:
    /// A roaming partner.
    struct Partner
    {
        crypto::MisTransportKey key; //!< K_stpos
        Time ikeSetupDelay;          //!< set-up time on first use
        bool ready;                  //!< the SA exists (or its set-up has started)
    };

    /// A pre-registration the SPoS relays.
    struct Relay
    {
        std::string mnId;                          //!< the MN
        uint16_t mnTransaction{0};                 //!< its request's transaction ID
        std::string tposId;                        //!< the TPoS
        bool optimise{false};                      //!< K is sent
        MisN2nPreregXferRequestParameters request; //!< the N2N request
    };

    /**
     * \brief Send the relay's N2N request (after the IKEv2 set-up, if any).
     * \param relay the relay
     */
    void SendN2n(Relay relay);
    /**
     * \brief Answer the MN without an N2N exchange.
     * \param mnId the MN
     * \param tid its transaction
     * \param status the Status
     */
    void AnswerMn(const std::string& mnId, uint16_t tid, uint8_t status);
    /**
     * \brief A protected MIH_Auth from an MN (key confirmation).
     * \param peer the MN
     * \param tlvs the opened TLVs
     * \param isRequest request or response
     * \param tid the transaction
     */
    void ReceiveProtected(const std::string& peer,
                          const std::vector<uint8_t>& tlvs,
                          bool isRequest,
                          uint16_t tid);

    /**
     * \brief MIH_Auth records from an MN: the TLS server side of a full establishment.
     * \param peer the MN
     * \param records the records
     * \param isRequest request?
     * \param tid transaction
     */
    void ReceiveRecords(const std::string& peer, Ptr<Packet> records, bool isRequest, uint16_t tid);
    /**
     * \brief Hand records from an MN to its TLS server session (a new one for a ClientHello).
     * \param peer the MN
     * \param records the records
     * \param relayed true if they came through the SPoS (the answers go back the same way)
     */
    void FeedTls(const std::string& peer, Ptr<Packet> records, bool relayed);
    /**
     * \brief Output of a relayed TLS server session.
     * \param mnId the MN
     * \param records its flight
     */
    void RelayOutput(const std::string& mnId, Ptr<Packet> records);
    /**
     * \brief Answer the SPoS's relayed flight.
     * \param mnId the MN
     * \param records the TLS server's flight, or none (the SA is established)
     */
    void AnswerRelay(const std::string& mnId, std::optional<std::vector<uint8_t>> records);
    /**
     * \brief A TLS handshake with an MN completed.
     * \param mnId the MN (the trace context)
     * \param duration its duration
     * \param roundTrips round trips
     * \param sent octets sent
     * \param received octets received
     */
    void TlsCompleted(std::string mnId,
                      Time duration,
                      uint32_t roundTrips,
                      uint32_t sent,
                      uint32_t received);
    /**
     * \brief Derive the MSPMK and install it at the target PoA.
     * \param mnId the MN
     * \param k the key it is derived from
     * \param context the KDF context
     */
    void InstallPmk(const std::string& mnId, const crypto::Kdk& k, const crypto::Bytes& context);

    uint32_t m_saLifetime;                             //!< SALifeTime offered (Attribute)
    bool m_requestFullSa{false};                       //!< as TPoS, refuse K (Attribute)
    uint32_t m_chainLimit;                             //!< optimised SAs in a row (Attribute)
    std::map<std::string, uint32_t> m_chainHops;       //!< MN -> chain hops of the SA held with it
    Mac48Address m_poa;                                //!< the PoA this PoS serves
    std::string m_trustAnchor;                         //!< TLS trust anchor
    crypto::TlsIdentity m_identity;                    //!< TLS identity
    std::map<std::string, Ptr<TlsMihTransport>> m_tls; //!< MN -> full establishment
    std::map<std::string, MisN2nPreregXferResponseParameters> m_relayed; //!< MN -> open relay

    Ptr<MisFunction> m_misf;                                        //!< the MISF
    std::unique_ptr<MemberMisSapUser<MisPosApplication>> m_sapUser; //!< the SAP user
    std::vector<MisNeighbour> m_neighbours;                         //!< neighbour table
    std::map<std::string, Partner> m_partners;                      //!< roaming partners
    std::map<uint16_t, Relay> m_relays;                             //!< N2N tid -> relay
    std::map<std::string, crypto::Bytes> m_pmks;                    //!< MN -> MSPMK at the PoA

    TracedCallback<const std::string&, const std::string&> m_tposSelectedTrace; //!< TPoS chosen
    TracedCallback<const std::string&, const std::string&> m_fallbackTrace;     //!< no K sent
    TracedCallback<const std::string&, const std::string&> m_pmkInstalledTrace; //!< MSPMK
    TracedCallback<const std::string&, const std::string&> m_keyConfirmedTrace; //!< MN confirmed
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIS_POS_APPLICATION_H */
