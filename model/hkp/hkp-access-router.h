/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HKP_ACCESS_ROUTER_H
#define SECURE_HANDOVER_HKP_ACCESS_ROUTER_H

#include "diameter-message.h"
#include "diameter-tls-connection.h"

#include "ns3/address.h"
#include "ns3/application.h"
#include "ns3/event-id.h"
#include "ns3/handover-keys.h"
#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"
#include "ns3/test-ca.h"
#include "ns3/traced-callback.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{

class HandoverKeyRequestHeader;
class HandoverKeyResponseHeader;
class MobilityL4Protocol;
class Packet;
class SecurityRandom;

/**
 * \ingroup secure-handover
 * \brief A handover key held by an access router (draft 6.3): indexed by SPI, bound to the
 *        MN's NAI and, while its neighbour entry lives, to its CoA.
 */
struct HkpKeyEntry
{
    /**
     * \param key the HK
     */
    explicit HkpKeyEntry(const crypto::Hk& key)
        : hk(key)
    {
    }

    uint32_t spi{0};                              //!< the SPI the AR chose
    crypto::Hk hk;                                //!< the key
    uint8_t prf{1};                               //!< the PRF / MAC algorithm number
    std::string nai;                              //!< the MN
    Ipv6Address coa{Ipv6Address::GetAny()};       //!< the bound CoA (:: when unbound)
    Ipv6Address arAddress{Ipv6Address::GetAny()}; //!< the AR address the MN used
    uint32_t interface {
        0
    };                  //!< where the CoA is on link
    bool onLink{false}; //!< the CoA is a neighbour of this AR
    Time expiry;        //!< end of the lifetime
};

/**
 * \ingroup secure-handover
 * \brief The access router's part of draft-vidya-mipshop-handover-keys-aaa-04 (6.3, 6.3.1,
 *        6.5): it receives HKReqs as Mobility Headers, asks the Handover Key Server over
 *        Diameter-over-TLS, and answers HKResps MACed with the HK.
 *
 * Rules, each counted in the Drop trace when a message is discarded:
 *  - an HKReq without MN ID, or (V clear) without MN-HKS MAC, is silently discarded;
 *  - a retransmission (same NAI and Message ID) while the HKS has not answered is silently
 *    discarded; after it answered, the buffered HKResp is re-sent, at most RetransRate per
 *    second, for HkeyReqTimeout;
 *  - with RequireTimestamp, an HKReq without Timestamp is answered TIMESTAMP_REQD;
 *  - a CoA that is not a neighbour on the arrival link, is claimed by another MN, or (indirect
 *    exchange, 6.5) is not the one tied to the NAI is answered CoA_AUTH_FAILED; a NULL CoA is
 *    allowed for an indirect exchange;
 *  - with no HKS answer after AaaTimeout all state of the request goes, and no HKResp is sent;
 *  - an answer for an MN that is no longer a neighbour is silently discarded;
 *  - the CoA is unbound from the key when its neighbour entry goes (checked every
 *    NeighborCheckInterval); the SPI is removed at the end of the key's lifetime;
 *  - verify (V set, 6.3.1): the key is looked up by the SPI option; a wrong or missing MN-AR MAC
 *    is silently discarded; no key and no MN-HKS MAC is answered HK_VERIFY_FAILED; no key but an
 *    MN-HKS MAC is processed as a fresh request.
 */
class HkpAccessRouter : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    HkpAccessRouter();
    ~HkpAccessRouter() override;

    /**
     * TracedCallback signature for an HKResp sent.
     * \param [in] nai the MN
     * \param [in] status the Status Code
     * \param [in] retransmission true for a buffered response sent again
     */
    typedef void (*ResponseTracedCallback)(const std::string& nai,
                                           uint8_t status,
                                           bool retransmission);

    /**
     * TracedCallback signature for a discarded message or dropped state.
     * \param [in] reason why
     */
    typedef void (*DropTracedCallback)(const std::string& reason);

    /**
     * TracedCallback signature for key events.
     * \param [in] spi the SPI
     * \param [in] nai the MN
     */
    typedef void (*KeyTracedCallback)(uint32_t spi, const std::string& nai);

    /**
     * \brief TLS credentials towards the HKS.
     * \param trustAnchorPem the CA certificate
     * \param identity this AR's certificate and key
     * \param hksName the name the HKS certificate must carry
     */
    void SetCredentials(const std::string& trustAnchorPem,
                        const crypto::TlsIdentity& identity,
                        const std::string& hksName);

    /**
     * \param spi an SPI
     * \return the key, or nullptr (expired or unknown)
     */
    const HkpKeyEntry* LookupKey(uint32_t spi) const;

    /**
     * \brief Forget every key (a router restart): a returning MN's verify then fails.
     */
    void FlushKeys();

    /** \return the number of keys held */
    uint32_t GetKeyCount() const;

    /** \return the number of requests waiting for the HKS or buffered */
    uint32_t GetPendingCount() const;

    /**
     * \param stream first random stream
     * \return streams used
     */
    int64_t AssignStreams(int64_t stream);

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /// A request forwarded to the HKS, then its buffered response.
    struct Pending
    {
        std::string nai;       //!< the MN
        uint8_t messageId{0};  //!< its Message ID
        Ipv6Address mnAddress; //!< where HKResps go
        Ipv6Address arAddress; //!< the AR address the MN used
        Ipv6Address coa;       //!< Key CoA
        uint32_t interface {
            0
        };                    //!< arrival interface
        bool onLink{false};   //!< the CoA is a neighbour
        uint32_t hopByHop{0}; //!< the Diameter request
        Ptr<Packet> response; //!< the HKResp once answered
        Time lastSent;        //!< when it was last (re)sent
        EventId timer;        //!< AAA timeout, then buffer expiry
    };

    /// Pending requests are keyed by NAI and Message ID.
    using PendingKey = std::pair<std::string, uint8_t>;

    /**
     * \param packet an MH
     * \param source its IPv6 source
     * \param destination its IPv6 destination
     * \param interface the arrival interface
     */
    void HandleMh(Ptr<Packet> packet,
                  Ipv6Address source,
                  Ipv6Address destination,
                  uint32_t interface);
    /**
     * \brief The returning-MN path (6.3.1).
     * \param req the HKReq (V set)
     * \param nai its MN
     * \param source its IPv6 source
     * \param destination its IPv6 destination
     * \param interface the arrival interface
     * \return true if handled; false to process it as a fresh request
     */
    bool HandleVerify(const HandoverKeyRequestHeader& req,
                      const std::string& nai,
                      const Ipv6Address& source,
                      const Ipv6Address& destination,
                      uint32_t interface);
    /**
     * \brief Rate limit of the verify path's HKResps (RETRANS_RATE, 6.3.1); records a send.
     * \param nai the MN
     * \return true if a response now would exceed it (the request is then dropped)
     */
    bool VerifyRateExceeded(const std::string& nai);

    /**
     * \brief Send an HKResp built here when the CPU is idle, and trace it (Response).
     * \param resp the HKResp (its checksum is set)
     * \param nai the MN
     * \param arAddress the AR's address (source)
     * \param mnAddress the MN's address (destination)
     */
    void SendResponse(HandoverKeyResponseHeader& resp,
                      const std::string& nai,
                      const Ipv6Address& arAddress,
                      const Ipv6Address& mnAddress);

    /**
     * \param nai the MN
     * \param coa the Key CoA
     * \param source the HKReq's source
     * \param interface the arrival interface
     * \param onLink set when the CoA is a neighbour
     * \return true if the CoA may be bound to this MN
     */
    bool CoaValid(const std::string& nai,
                  const Ipv6Address& coa,
                  const Ipv6Address& source,
                  uint32_t interface,
                  bool& onLink) const;
    /**
     * \param interface an interface
     * \param address an address
     * \return true if the interface's neighbour cache holds the address
     */
    bool IsNeighbor(uint32_t interface, const Ipv6Address& address) const;
    /**
     * \brief Send an HKResp built here with no MAC (AR-local errors).
     * \param req the HKReq
     * \param status the Status Code
     * \param nai the MN
     * \param source the HKReq's source (the destination of the answer)
     * \param destination the HKReq's destination (the source of the answer)
     */
    void SendError(const HandoverKeyRequestHeader& req,
                   uint8_t status,
                   const std::string& nai,
                   const Ipv6Address& source,
                   const Ipv6Address& destination);
    /**
     * \param connection the HKS connection
     * \param answer an HK-Answer
     */
    void HandleAnswer(Ptr<DiameterTlsConnection> connection, const DiameterMessage& answer);
    /**
     * \param key the request whose HKS answer did not come
     */
    void AaaTimeout(PendingKey key);
    /**
     * \param key the request whose buffered response expires
     */
    void ForgetResponse(PendingKey key);
    /**
     * \param spi the key whose lifetime ended
     */
    void ExpireKey(uint32_t spi);
    /// Unbind CoAs whose neighbour entries are gone.
    void CheckNeighbors();
    /** \return the HKS connection, opened on first use */
    Ptr<DiameterTlsConnection> GetConnection();

    Address m_hksAddress;         //!< the HKS
    Time m_hkeyReqTimeout;        //!< HKEY_REQ_TOUT: how long a response stays buffered
    Time m_aaaTimeout;            //!< AAA answer timeout
    double m_retransRate;         //!< RETRANS_RATE: buffered responses per second, at most
    bool m_requireTimestamp;      //!< TIMESTAMP_REQD when the Timestamp is missing
    bool m_checkNeighborCache;    //!< validate the CoA against the neighbour cache
    Time m_neighborCheckInterval; //!< how often bound CoAs are checked
    std::string m_originHost;     //!< Diameter Origin-Host
    std::string m_originRealm;    //!< Diameter Origin-Realm

    std::string m_trustAnchorPem;   //!< TLS trust anchor
    crypto::TlsIdentity m_identity; //!< TLS identity
    std::string m_hksName;          //!< expected HKS certificate name

    Ptr<MobilityL4Protocol> m_mh;                     //!< Mobility Header transport
    Ptr<DiameterTlsConnection> m_connection;          //!< to the HKS
    Ptr<SecurityRandom> m_random;                     //!< SPIs, Diameter identifiers
    uint32_t m_nextHopByHop;                          //!< next Hop-by-Hop Identifier
    std::map<PendingKey, Pending> m_pending;          //!< requests
    std::map<uint32_t, PendingKey> m_byHopByHop;      //!< requests by Diameter identifier
    std::map<uint32_t, HkpKeyEntry> m_keys;           //!< keys by SPI
    std::map<uint32_t, EventId> m_keyExpiry;          //!< their lifetime ends
    EventId m_neighborCheck;                          //!< periodic neighbour check
    std::vector<EventId> m_pendingTx;                 //!< HKResps waiting for the CPU
    std::map<std::string, Time> m_lastVerifyResponse; //!< last verify-path HKResp per MN

    TracedCallback<const std::string&, uint8_t, bool> m_responseTrace; //!< HKResps sent
    TracedCallback<const std::string&> m_dropTrace;                    //!< discards
    TracedCallback<uint32_t, const std::string&> m_keyInstalledTrace;  //!< key stored
    TracedCallback<uint32_t, const std::string&> m_keyRemovedTrace;    //!< SPI removed
    TracedCallback<uint32_t, const std::string&> m_coaUnboundTrace;    //!< CoA unbound
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HKP_ACCESS_ROUTER_H */
