/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_MS_AGENT_H
#define SECURE_HANDOVER_DOT16_MS_AGENT_H

#include "dot16-mac-agent.h"
#include "dot16-tek-context.h"

#include "ns3/callback.h"
#include "ns3/dot16-keys.h"
#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/traced-callback.h"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{

class Dot16ManagementMessage;
class SecurityRandom;
class UniformRandomVariable;

/**
 * \ingroup secure-handover
 * \brief What the MS observed during its last handover.
 */
struct Dot16MsHandoverStats
{
    std::string tekSource{"none"};  //!< "counter", "cached", "legacy", "reused" or "none"
    Time start;                     //!< handover preparation started
    bool hasLastServingData{false}; //!< data was exchanged on the serving link
    Time lastServingData;           //!< last UL MPDU sent or DL MPDU decrypted on the serving link
    bool hasFirstTargetData{false}; //!< a DL MPDU was decrypted at the target
    Time firstTargetData;           //!< first DL MPDU decrypted at the target
    uint32_t droppedPdus{0};        //!< DL MPDUs that failed CCM (or arrived without keys)
    uint32_t replaysDetected{0};    //!< DL MPDUs refused by the PN window
    bool released{false};           //!< the target released the connection
    crypto::Mac48 servingBsid{};    //!< BS left
    crypto::Mac48 targetBsid{};     //!< BS reached
};

/**
 * \ingroup secure-handover
 * \brief The mobile station's 802.16 MAC and security, for all the 802.16 devices of one node
 *        (they share the MS MAC address, which is the MS identity).
 *
 * Initial network entry: ranging in a contention opportunity (RNG-REQ/RSP, CIDs), EAP modelled
 * as PKMv2 EAP-Transfer round trips (the MSK is given by SetMsk), REG-REQ/RSP with the Seamless
 * Handover capability, PKMv2 Key-Request/Reply (random TEKs under the KEK). From then on every
 * management message carries a CMAC tuple and all data are AES-CCM MPDUs.
 *
 * Handover (7.2.2.2.6.1): PrepareHandover computes the TEKs for CMAC_KEY_COUNT_TM =
 * CMAC_KEY_COUNT_M + 1 (or takes them from its cache), sends MOB_MSHO-REQ, and on MOB_BSHO-RSP
 * sends MOB_HO-IND. At the target it synchronises on the downlink and, with counter TEKs, the
 * link is up at once (expedited handover: data before RNG-REQ/RSP) while RNG-REQ with
 * CMAC_KEY_COUNT and a CMAC tuple goes in a ranging opportunity; the RNG-RSP establishes the
 * count (CMAC_KEY_COUNT_M = TM) and ends the cache. Legacy TEKs wait for RNG-RSP (SA-TEK-Update)
 * or a Key-Reply.
 */
class Dot16MsAgent : public Dot16MacAgent
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Dot16MsAgent();
    ~Dot16MsAgent() override;

    /// The MS agent's states.
    enum State : uint8_t
    {
        IDLE,           //!< no cell
        SYNC,           //!< waiting for the downlink subframe
        RANGING,        //!< initial RNG-REQ sent
        EAP,            //!< EAP-Transfer exchange
        SA_TEK,         //!< SA-TEK 3-way handshake
        REGISTRATION,   //!< REG-REQ sent
        KEY_EXCHANGE,   //!< Key-Request sent
        OPERATIONAL,    //!< keys and count established
        HO_PREPARATION, //!< MOB_MSHO-REQ sent
        HO_RANGING,     //!< at the target, RNG-REQ with CMAC_KEY_COUNT sent
        RELEASED        //!< the target released the connection
    };

    /**
     * \brief The name of a state.
     * \param state the state
     * \return e.g. "HO_RANGING"
     */
    static std::string StateName(State state);

    /// Completion of PrepareHandover: ok, and a reason when not ok.
    typedef Callback<void, bool, std::string> DoneCallback;

    /**
     * \brief Serve an MS device of this node (sets itself as its MAC agent).
     * \param device the device; all of them must have the MS MAC address
     */
    void AddDevice(Ptr<Dot16NetDevice> device);

    /**
     * \param msk the MSK of the initial EAP authentication
     */
    void SetMsk(const crypto::Msk& msk);

    /**
     * \param mode how TEKs come about at handover
     */
    void SetTekMode(Dot16TekMode mode);

    /**
     * \return the MS MAC address
     */
    crypto::Mac48 GetMsMac() const;

    /**
     * \return CMAC_KEY_COUNT_M
     */
    uint16_t GetCmacKeyCount() const;

    /**
     * \return the current state
     */
    State GetState() const;

    /**
     * \return true if both ends announced seamless handover at registration
     */
    bool IsSeamlessNegotiated() const;

    /**
     * \return the observations of the last handover
     */
    const Dot16MsHandoverStats& GetHandoverStats() const;

    /**
     * \brief Prepare a handover to the BS of a device's cell (MOB_MSHO-REQ .. MOB_HO-IND).
     * \param target the MS device on the target cell
     * \param done called once: ok when MOB_HO-IND (serving BS release) is on the air
     */
    void PrepareHandover(Ptr<Dot16NetDevice> target, DoneCallback done);

    /**
     * \brief Forget a pending preparation (the handover manager gave up).
     */
    void AbortHandover();

    /**
     * \brief Assign fixed random streams (cancel draws, nonces).
     * \param stream the first stream
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

    // Dot16MacAgent
    void StartNetworkEntry(Ptr<Dot16NetDevice> device) override;
    void LeaveNetwork(Ptr<Dot16NetDevice> device) override;
    std::vector<Ptr<Packet>> EncapsulateData(Ptr<Dot16NetDevice> device,
                                             Ptr<const Packet> frame,
                                             Mac48Address dest) override;
    Ptr<Packet> ReceivePdu(Ptr<Dot16NetDevice> device, Ptr<const Packet> pdu) override;

    /**
     * TracedCallback signature for state changes.
     * \param [in] oldState the old state's name
     * \param [in] newState the new state's name
     */
    typedef void (*StateTracedCallback)(const std::string& oldState, const std::string& newState);

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Change state: log, trace.
     * \param state the new state
     */
    void SwitchToState(State state);
    /// The downlink subframe began: range (initial or handover).
    void OnDownlinkSync();
    /// (Re)send the request of the current state and arm the retransmission timer.
    void SendRequest();
    /// The retransmission timer expired.
    void OnRetransmitTimeout();
    /**
     * \brief Send a management message on the active device.
     * \param msg the message (signed with CMAC_KEY_U when keys exist)
     * \param cid the CID
     * \param ranging in a contention ranging opportunity rather than the UL subframe
     */
    void SendManagement(Dot16ManagementMessage& msg, uint16_t cid, bool ranging = false);
    /**
     * \brief Verify a downlink message's CMAC tuple with CMAC_KEY_D.
     * \param msg the decoded message
     * \param cid the CID it came on
     * \return true if valid
     */
    bool VerifyDownlink(const Dot16ManagementMessage& msg, uint16_t cid);
    /**
     * \brief Handle a management message.
     * \param cid the CID
     * \param payload the message
     */
    void HandleManagement(uint16_t cid, crypto::ByteView payload);
    /**
     * \brief Handle an RNG-RSP.
     * \param payload the message
     */
    void HandleRngRsp(crypto::ByteView payload);
    /**
     * \brief Install keys for a BS at a count.
     * \param bsid the BS
     * \param count CMAC_KEY_COUNT
     */
    void UseKeys(const crypto::Mac48& bsid, uint16_t count);
    /**
     * \return CMAC_KEY_COUNT_TM (with the CountSkew fault)
     */
    uint16_t TargetCount() const;
    /**
     * \brief The counter-based TEK context of this MS's SA.
     * \param kek the KEK shared with the BS
     * \param count CMAC_KEY_COUNT_T
     * \return TEK0/TEK1 with PNs at 0
     */
    Dot16TekContext CounterTeks(const crypto::Kek& kek, uint16_t count) const;
    /**
     * \brief The TEK context of TEKs the BS delivered (Key-Reply, SA-TEK-Update).
     * \param tek0 TEK0
     * \param tek1 TEK1
     * \return the context, PNs at 0
     */
    Dot16TekContext DeliveredTeks(const crypto::Tek& tek0, const crypto::Tek& tek1) const;
    /// The link is usable: tell the device.
    void LinkUp();
    /**
     * \brief Finish PrepareHandover.
     * \param ok outcome
     * \param reason when not ok
     */
    void FinishPreparation(bool ok, std::string reason);
    /**
     * \brief The BS of a device's cell.
     * \param device an MS device
     * \return its BSID
     */
    static crypto::Mac48 BsidOf(Ptr<Dot16NetDevice> device);

    /// A TEK context cached for a (BSID, CMAC_KEY_COUNT_TM).
    struct CacheEntry
    {
        Dot16TekContext context; //!< TEKs and PNs
        bool fromEarlier{false}; //!< made for a handover that did not complete
    };

    std::vector<Ptr<Dot16NetDevice>> m_devices;  //!< this node's 802.16 devices
    Ptr<Dot16NetDevice> m_active;                //!< the device in a cell
    crypto::Mac48 m_msMac{};                     //!< MS identity
    std::optional<crypto::Msk> m_msk;            //!< from EAP
    Dot16TekMode m_mode;                         //!< TEK mode
    State m_state;                               //!< state
    bool m_seamless;                             //!< supports counter TEKs
    bool m_bsSeamless;                           //!< the BS announced it in REG-RSP
    bool m_authorized;                           //!< initial authorisation done
    int32_t m_countSkew;                         //!< fault: TM = M + 1 + skew
    double m_cancelProbability;                  //!< cancel after MOB_BSHO-RSP
    Time m_retransmitTimeout;                    //!< request timer
    uint32_t m_maxRetransmissions;               //!< attempts per request
    uint32_t m_pnWindow;                         //!< receive PN window
    Dot16PnOrder m_pnOrder;                      //!< PN byte order
    Time m_pmkLifetime;                          //!< PMK lifetime (TEK lifetimes)
    uint16_t m_countM;                           //!< CMAC_KEY_COUNT_M
    uint16_t m_count;                            //!< count of the keys in use
    crypto::Mac48 m_bsid{};                      //!< BS of the active cell
    std::optional<crypto::Dot16KeyChain> m_keys; //!< keys with m_bsid at m_count
    Dot16Cids m_cids;                            //!< connections
    std::optional<Dot16TekContext> m_teks;       //!< TEKs in use
    std::map<std::pair<crypto::Mac48, uint16_t>, CacheEntry> m_cache; //!< TEKs by (BS, TM)
    uint32_t m_cmacPnU;                                               //!< next uplink CMAC_PN
    std::optional<uint32_t> m_lastCmacPnD;       //!< last downlink CMAC_PN accepted
    uint8_t m_pkmId;                             //!< PKM identifier
    uint32_t m_retries;                          //!< retransmissions of the current request
    EventId m_syncEvent;                         //!< downlink synchronisation
    EventId m_retxEvent;                         //!< retransmission timer
    EventId m_doneEvent;                         //!< deferred preparation outcome
    std::vector<uint32_t> m_neighbors;           //!< MOB_NBR-ADV BSID LSBs
    crypto::Mac48 m_previousBsid{};              //!< BS of the cell left last
    crypto::Mac48 m_preparedBsid{};              //!< target of the last preparation
    Ptr<Dot16NetDevice> m_hoTarget;              //!< device of the prepared target
    DoneCallback m_hoDone;                       //!< pending PrepareHandover
    Dot16MsHandoverStats m_stats;                //!< last handover
    bool m_hasLastData;                          //!< data was exchanged on the active link
    Time m_lastData;                             //!< last UL MPDU sent or DL MPDU decrypted
    bool m_awaitingFirstData;                    //!< no DL MPDU decrypted since the handover
    Ptr<SecurityRandom> m_random;                //!< PKMv2 nonces
    std::optional<crypto::Octets<8>> m_bsRandom; //!< SA-TEK-Challenge BS_Random
    crypto::Octets<8> m_msRandom{};              //!< SA-TEK-Request MS_Random
    crypto::Octets<8> m_keyNonce{};              //!< nonce of the last Key-Request
    Ptr<UniformRandomVariable> m_cancelRng;      //!< cancel draws
    TracedCallback<const std::string&, const std::string&> m_stateTrace; //!< states
    TracedCallback<const std::string&> m_dropTrace;                      //!< refused input
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_MS_AGENT_H */
