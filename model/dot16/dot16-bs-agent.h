/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_BS_AGENT_H
#define SECURE_HANDOVER_DOT16_BS_AGENT_H

#include "dot16-backbone-header.h"
#include "dot16-mac-agent.h"
#include "dot16-tek-context.h"
#include "dot16-tlv.h"

#include "ns3/dot16-keys.h"
#include "ns3/event-id.h"
#include "ns3/ipv4-address.h"
#include "ns3/nstime.h"
#include "ns3/traced-callback.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

class Dot16ManagementMessage;
class Dot16NetDevice;
class SecurityRandom;
class Socket;

/**
 * \ingroup secure-handover
 * \brief What a base station observed of one MS since its context was last installed (the
 *        handovers.csv security columns come from here).
 */
struct Dot16BsMobileStats
{
    std::string tekSource{"none"}; //!< "counter", "cached", "legacy", "reused" or "none"
    bool hasFirstData{false};      //!< an UL MPDU was decrypted here
    Time firstData;                //!< first UL MPDU decrypted here
    bool hasLastData{false};       //!< data was exchanged here
    Time lastData;                 //!< last DL MPDU sent or UL MPDU decrypted here
    uint32_t resyncAttempts{0};    //!< forced CMAC_KEY_COUNT_TB increments that succeeded
    double resyncMs{0};            //!< first failed UL MPDU to matching TEKs
    uint32_t droppedPdus{0};       //!< UL MPDUs dropped (ICV, no keys, malformed)
    uint32_t replaysDetected{0};   //!< UL MPDUs refused as replays (old PN or old count)
    uint32_t badCmac{0};           //!< management messages with a bad CMAC tuple
    bool released{false};          //!< the connection was released (count too low)
};

/**
 * \ingroup secure-handover
 * \brief The base station's 802.16 MAC and security: ranging, EAP relay, registration, PKMv2
 *        keys, handover preparation with the authenticator, and counter-based TEKs.
 *
 * One agent per BS device (SetDevice); it talks to the Dot16Authenticator over UDP from the
 * BS's node. Per MS it keeps the AK context, CMAC_KEY_COUNT_N as pushed, the count in use
 * (CMAC_KEY_COUNT_TB before the RNG-REQ), the TEK context with its PN windows, and a cache of
 * TEK contexts by count. Target behaviour (7.2.2.2.6.1):
 * - on CONTEXT_PUSH it sets CMAC_KEY_COUNT_TB = CMAC_KEY_COUNT_N and computes TEK0/TEK1, or
 *   takes them from its cache for that count;
 * - an UL MPDU that fails CCM makes it force-increment the count (MaxResyncAttempts) and retry;
 *   one that verifies under a lower count is a replay and is discarded;
 * - a valid RNG-REQ with CMAC_KEY_COUNT resets the count and regenerates the TEKs; a count
 *   below CMAC_KEY_COUNT_N releases the connection;
 * - it keeps the context until the authenticator's HO_COMPLETE.
 */
class Dot16BsAgent : public Dot16MacAgent
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Dot16BsAgent();
    ~Dot16BsAgent() override;

    /**
     * \brief Serve a base-station device (sets itself as its MAC agent).
     * \param device the BS device; its MAC address is the BSID
     */
    void SetDevice(Ptr<Dot16NetDevice> device);

    /**
     * \brief Where the authenticator listens; opens the backbone socket.
     * \param address the authenticator's address
     */
    void SetAuthenticator(Ipv4Address address);

    /**
     * \param mode how TEKs come about at handover
     */
    void SetTekMode(Dot16TekMode mode);

    /**
     * \brief Advertise a neighbour BS in MOB_NBR-ADV.
     * \param bsid the neighbour's BSID
     */
    void AddNeighbor(const crypto::Mac48& bsid);

    /**
     * \return the BSID
     */
    crypto::Mac48 GetBsid() const;

    /**
     * \param msMac the MS
     * \return what this BS saw of it, or nullopt if it has no record
     */
    std::optional<Dot16BsMobileStats> GetStats(const crypto::Mac48& msMac) const;

    /**
     * \param msMac the MS
     * \return the CMAC_KEY_COUNT in use for it (TB before ranging), or nullopt
     */
    std::optional<uint16_t> GetCount(const crypto::Mac48& msMac) const;

    /**
     * \brief Assign fixed random streams (TEK draws).
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
     * TracedCallback signature for a security event about an MS.
     * \param [in] ms the MS MAC address (hex)
     * \param [in] what the event ("bad-cmac", "replay", "resync", "release", ...)
     */
    typedef void (*SecurityEventTracedCallback)(const std::string& ms, const std::string& what);

  protected:
    void DoDispose() override;

  private:
    /// What the BS keeps per MS.
    struct Mobile
    {
        crypto::Mac48 mac{};                        //!< MS MAC address
        Dot16Cids cids;                             //!< its connections
        bool seamless{false};                       //!< MS announced seamless handover
        std::optional<crypto::Ak> ak;               //!< AK for this BS
        crypto::Akid akid{};                        //!< AKID
        uint8_t pmkSn{0};                           //!< PMK sequence number
        Time pmkLifetime;                           //!< PMK lifetime
        std::optional<crypto::CmacPrekeys> prekeys; //!< CMAC pre-keys and KEK
        uint16_t ckcN{0};                           //!< CMAC_KEY_COUNT_N as pushed
        uint16_t count{0};                          //!< count in use (TB before ranging)
        std::optional<Dot16TekContext> teks;        //!< the TEK context
        std::map<uint16_t, Dot16TekContext> cache;  //!< counter TEK contexts by count
        bool initialEntry{false};                   //!< in initial network entry
        uint32_t eapRounds{0};                      //!< EAP messages received
        bool ranged{false};                         //!< count established by RNG-REQ here
        bool served{false};                         //!< the MS is in this cell
        bool resyncing{false};                      //!< UL fails under the current TEKs
        Time resyncStart;                           //!< first failure
        uint32_t cmacPnD{0};                        //!< next downlink CMAC_PN
        std::optional<uint32_t> lastCmacPnU;        //!< last uplink CMAC_PN accepted
        uint8_t pkmId{0};                           //!< last PKM identifier
        std::optional<crypto::Octets<8>> bsRandom;  //!< SA-TEK-Challenge BS_Random
        Dot16BsMobileStats stats;                   //!< observations
    };

    /// Send MOB_NBR-ADV and schedule the next one.
    void SendNbrAdv();
    /**
     * \brief Send a management message on a CID, signed with CMAC_KEY_D if the MS has an AK.
     * \param m the MS (or nullptr: unsigned)
     * \param msg the message
     * \param cid the CID
     */
    void SendManagement(Mobile* m, Dot16ManagementMessage& msg, uint16_t cid);
    /**
     * \brief Check a received message's CMAC tuple and CMAC_PN.
     * \param m the MS
     * \param msg the decoded message
     * \param cid the CID it came on
     * \param count the CMAC_KEY_COUNT of the key
     * \return true if valid (the PN is then recorded)
     */
    bool VerifyUplink(Mobile& m, const Dot16ManagementMessage& msg, uint16_t cid, uint16_t count);
    /**
     * \brief End EAP: EAP-Success in an EAP-Transfer (the AK context is here), then the
     *        SA-TEK-Challenge.
     * \param m the MS
     */
    void SendEapSuccess(Mobile& m);
    /**
     * \brief Refuse a management message: log and trace Drop.
     * \param type its management type
     * \param status why
     */
    void Refuse(uint8_t type, Dot16ParseStatus status);
    /**
     * \brief Decode a management message from an MS and check its CMAC tuple at the MS's count.
     * \param m the MS
     * \param msg the message to decode into
     * \param type its management type
     * \param payload the octets
     * \param cid the CID it came on
     * \return true if it decodes and verifies (else it is refused and counted)
     */
    bool AcceptManagement(Mobile& m,
                          Dot16ManagementMessage& msg,
                          uint8_t type,
                          crypto::ByteView payload,
                          uint16_t cid);
    /**
     * \brief Handle an RNG-REQ.
     * \param payload the message
     */
    void HandleRanging(crypto::ByteView payload);
    /**
     * \brief Handle a management message on the basic or primary CID.
     * \param m the MS
     * \param cid the CID
     * \param payload the message
     */
    void HandleManagement(Mobile& m, uint16_t cid, crypto::ByteView payload);
    /**
     * \brief Decrypt an UL MPDU, self-synchronising or detecting a replay when it fails.
     * \param m the MS
     * \param pdu the PDU octets
     * \return the SDU, or nullptr
     */
    Ptr<Packet> HandleUplinkData(Mobile& m, const crypto::Bytes& pdu);
    /**
     * \brief Install counter TEKs for a count (from the cache, or derived).
     * \param m the MS
     * \param count CMAC_KEY_COUNT_TB
     * \return true if they came from the cache
     */
    bool UseCounterTeks(Mobile& m, uint16_t count);
    /**
     * \brief The counter-based TEK context of an MS's SA.
     * \param m the MS (with its KEK)
     * \param count CMAC_KEY_COUNT_T
     * \return TEK0/TEK1 with PNs at 0
     */
    Dot16TekContext CounterTeks(const Mobile& m, uint16_t count) const;
    /**
     * \brief A TEK context of given TEKs (drawn, or reused from the serving BS).
     * \param m the MS
     * \param teks TEK0 || TEK1 (32 octets)
     * \return the context, PNs at 0
     */
    Dot16TekContext GivenTeks(const Mobile& m, const uint8_t* teks) const;
    /**
     * \brief Draw random TEK0/TEK1 (legacy).
     * \param m the MS
     */
    void DrawTeks(Mobile& m);
    /**
     * \param m the MS
     * \return true if counter-based TEKs apply to it (negotiated and COUNTER mode)
     */
    bool CounterApplies(const Mobile& m) const;
    /**
     * \brief Backbone receive callback.
     * \param socket the socket
     */
    void HandleBackbone(Ptr<Socket> socket);
    /**
     * \brief Send a backbone message to the authenticator.
     * \param message the message
     */
    void SendToAuthenticator(Dot16BackboneHeader& message);
    /**
     * \brief Send a backbone packet to the authenticator now.
     * \param packet the packet
     */
    void TransmitToAuthenticator(Ptr<Packet> packet);
    /**
     * \return the node whose CPU computes this BS's cryptography (CryptoCostModel)
     */
    Ptr<Node> CpuNode() const;
    /**
     * \param m the MS
     * \return the self-synchronisation time so far: from the first failed MPDU's check to the
     *         end of the work charged on the CPU
     */
    double ResyncMs(const Mobile& m) const;
    /**
     * \brief Report a security event.
     * \param m the MS
     * \param what the event
     */
    void Event(const Mobile& m, const std::string& what);
    /**
     * \brief The MS that owns a CID.
     * \param cid the CID
     * \return the MS, or nullptr
     */
    Mobile* FindByCid(uint16_t cid);

    Ptr<Dot16NetDevice> m_device;              //!< the BS device
    crypto::Mac48 m_bsid{};                    //!< BSID (the device address)
    Dot16TekMode m_mode;                       //!< TEK mode
    bool m_seamless;                           //!< supports counter-based TEKs
    bool m_legacyKeyReply;                     //!< legacy TEKs by Key-Reply, not RNG-RSP
    uint32_t m_maxResync;                      //!< self-synchronisation bound
    int32_t m_countSkew;                       //!< fault: TB = N + skew (skew >= 0)
    uint32_t m_eapRoundTrips;                  //!< EAP round trips of initial entry
    uint32_t m_eapSize;                        //!< EAP message size
    uint32_t m_pnWindow;                       //!< receive PN window
    Dot16PnOrder m_pnOrder;                    //!< PN byte order
    Time m_nbrAdvInterval;                     //!< MOB_NBR-ADV period
    uint16_t m_port;                           //!< backbone port
    Ipv4Address m_authenticator;               //!< authenticator address
    Ptr<Socket> m_socket;                      //!< backbone socket
    Ptr<SecurityRandom> m_random;              //!< TEK and nonce source
    EventId m_nbrAdvEvent;                     //!< next MOB_NBR-ADV
    std::vector<EventId> m_backboneEvents;     //!< messages waiting for the CPU
    std::vector<crypto::Mac48> m_neighbors;    //!< advertised neighbours
    std::map<crypto::Mac48, Mobile> m_mobiles; //!< per MS
    TracedCallback<const std::string&, const std::string&> m_eventTrace; //!< security events
    TracedCallback<const std::string&> m_dropTrace;                      //!< refused input
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_BS_AGENT_H */
