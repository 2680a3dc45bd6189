/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HKP_MOBILE_NODE_H
#define SECURE_HANDOVER_HKP_MOBILE_NODE_H

#include "ns3/application.h"
#include "ns3/event-id.h"
#include "ns3/handover-keys.h"
#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"
#include "ns3/traced-callback.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace ns3
{

class HandoverKeyResponseHeader;
class MobilityL4Protocol;
class Packet;
class SecurityRandom;
class UniformRandomVariable;

/**
 * \ingroup secure-handover
 * \brief A handover key as the MN holds it: SPI, key and lifetime, per AR (draft 6.2.2).
 */
struct HkpMnKey
{
    /**
     * \param key the HK
     */
    explicit HkpMnKey(const crypto::Hk& key)
        : hk(key)
    {
    }

    uint32_t spi{0};    //!< the AR's SPI
    crypto::Hk hk;      //!< the key
    uint8_t prf{1};     //!< PRF / MAC algorithm number
    Time expiry;        //!< end of the lifetime
    Ipv6Address source; //!< the address the exchange was made from
    Ipv6Address keyCoa; //!< the Key CoA it was requested for
};

/**
 * \ingroup secure-handover
 * \brief The mobile node's part of draft-vidya-mipshop-handover-keys-aaa-04 (6.2, 6.2.3, 6.5).
 *
 * RequestKey() runs one HKReq/HKResp exchange with an AR: a fresh Message ID, an MN-Nonce, the
 * PRF, the optional Timestamp and the MN-HKS MAC with the HIK; or, when the MN still holds an
 * unexpired key for that AR, the verify flag with the SPI and the MN-AR MAC (6.2.3). Without
 * an answer it retransmits the very same HKReq (same Message ID) every HkeyReqTimeout, at most
 * MaxTries times in all (N_HO_KEYTRIES). It silently discards an HKResp with a wrong Message ID,
 * or a success without a valid MN-AR MAC, and handles each error code as 6.2.2.1 says. It
 * refreshes a key at RefreshFraction of its lifetime, discards the old key when the new one
 * arrives, and forgets a key when its lifetime ends.
 */
class HkpMobileNode : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    HkpMobileNode();
    ~HkpMobileNode() override;

    /**
     * TracedCallback signature for an obtained key.
     * \param [in] ar the AR
     * \param [in] spi the SPI
     * \param [in] verified true when an existing key was verified (6.2.3), false for a fresh one
     * \param [in] duration from the first HKReq of the exchange to the HKResp
     */
    typedef void (*KeyObtainedTracedCallback)(Ipv6Address ar,
                                              uint32_t spi,
                                              bool verified,
                                              Time duration);

    /**
     * TracedCallback signature for a failed exchange.
     * \param [in] ar the AR
     * \param [in] reason why ("timeout", "prohibited", "status-130" ...)
     */
    typedef void (*KeyFailedTracedCallback)(Ipv6Address ar, const std::string& reason);

    /**
     * TracedCallback signature for an HKReq sent.
     * \param [in] ar the AR
     * \param [in] messageId the Message ID
     * \param [in] retransmission true for a retransmission of the same HKReq
     */
    typedef void (*RequestTracedCallback)(Ipv6Address ar, uint8_t messageId, bool retransmission);

    /**
     * TracedCallback signature for a discarded HKResp.
     * \param [in] reason why
     */
    typedef void (*DropTracedCallback)(const std::string& reason);

    /**
     * TracedCallback signature for an expired key.
     * \param [in] ar the AR
     * \param [in] spi the SPI
     */
    typedef void (*KeyExpiredTracedCallback)(Ipv6Address ar, uint32_t spi);

    /**
     * \param hmk the HMK shared with the HKS (provisioned by the helper)
     */
    void SetHmk(const crypto::Hmk& hmk);

    /**
     * \brief Obtain a key with the AR the MN is attached to (verify an existing one if held).
     * \param ar the AR's address (AR ID)
     * \param coa the MN's CoA on that AR's link (source and Key CoA)
     */
    void RequestKey(const Ipv6Address& ar, const Ipv6Address& coa);

    /**
     * \brief Indirect exchange (6.5): obtain a key with an AR the MN is not attached to,
     *        through its current AR, with a NULL Key CoA.
     * \param ar the remote AR (e.g. the pAR)
     * \param currentCoa the MN's current CoA (source address)
     */
    void RequestKeyIndirect(const Ipv6Address& ar, const Ipv6Address& currentCoa);

    /**
     * \param ar an AR
     * \return the key held for it, or nullptr
     */
    const HkpMnKey* GetKey(const Ipv6Address& ar) const;

    /**
     * \param ar an AR
     * \return true once it answered ADMINISTRATIVELY_PROHIBITED (no more HKReqs via it)
     */
    bool IsProhibited(const Ipv6Address& ar) const;

    /**
     * \param ar an AR
     * \return true while an exchange with it is under way
     */
    bool IsPending(const Ipv6Address& ar) const;

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

    /// One exchange with one AR.
    struct Exchange
    {
        Ipv6Address ar;            //!< the AR
        Ipv6Address source;        //!< the MN's source address
        Ipv6Address keyCoa;        //!< the Key CoA (:: for 6.5)
        uint8_t messageId{0};      //!< the Message ID of this HKReq
        bool verify{false};        //!< V flag
        crypto::Nonce16 mnNonce{}; //!< the MN-Nonce
        uint8_t prf{1};            //!< PRF field
        uint8_t mac{1};            //!< MAC Algorithm Type
        bool timestamp{false};     //!< include a Timestamp
        uint64_t sentTimestamp{0}; //!< the Timestamp of this HKReq (0: none)
        uint32_t tries{0};         //!< transmissions of this HKReq
        uint32_t attempts{0};      //!< HKReqs sent in answer to errors
        Ptr<Packet> packet;        //!< the HKReq, for retransmissions
        EventId timer;             //!< retransmission timer
        Time start;                //!< when the exchange began
    };

    /**
     * \brief Begin an exchange (or a new HKReq of one, after an error).
     * \param ex the exchange (messageId, nonce and packet are set here)
     */
    void SendNew(Exchange& ex);
    /**
     * \param ar the AR whose HKReq is due again
     */
    void Retransmit(Ipv6Address ar);
    /**
     * \param ar the AR
     * \param reason why
     */
    void Fail(const Ipv6Address& ar, const std::string& reason);
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
     * \param ex the exchange
     * \param resp a successful HKResp
     */
    void HandleSuccess(Exchange& ex, const HandoverKeyResponseHeader& resp);
    /**
     * \param ex the exchange
     * \param resp an error HKResp
     */
    void HandleError(Exchange& ex, const HandoverKeyResponseHeader& resp);
    /**
     * \param resp an HKResp
     * \param messageId the Message ID of its HKReq
     * \return true if it carries an MN-HKS MAC that verifies with the HIK of its PRF field
     */
    bool VerifyHksMac(const HandoverKeyResponseHeader& resp, uint8_t messageId) const;

    /**
     * \brief Report an obtained key (KeyObtained) when the CPU has finished its crypto.
     * \param ar the AR
     * \param spi the key's SPI
     * \param verified whether it was a verify exchange
     * \param duration from the first HKReq until the CPU is idle
     */
    void ReportWhenIdle(Ipv6Address ar, uint32_t spi, bool verified, Time duration);

    /**
     * \brief Fire KeyObtained.
     * \param ar the AR
     * \param spi the key's SPI
     * \param verified whether it was a verify exchange
     * \param duration the exchange's duration
     */
    void ReportKeyObtained(Ipv6Address ar, uint32_t spi, bool verified, Time duration);
    /**
     * \param ar the AR whose key is due for refresh
     */
    void Refresh(Ipv6Address ar);
    /**
     * \param ar the AR whose key's lifetime ended
     * \param spi the SPI of that key
     */
    void Expire(Ipv6Address ar, uint32_t spi);
    /** \return the next timestamp, newer than that of any successful HKReq */
    uint64_t NextTimestamp();

    std::string m_nai;        //!< the MN's NAI
    uint8_t m_prf;            //!< PRF proposed
    uint8_t m_mac;            //!< MAC algorithm used
    bool m_useTimestamp;      //!< send the Timestamp option (SHOULD)
    Time m_hkeyReqTimeout;    //!< HKEY_REQ_TOUT
    uint32_t m_maxTries;      //!< N_HO_KEYTRIES
    Time m_hkRetryInterval;   //!< HK_RETRY_INTERVAL
    double m_refreshFraction; //!< refresh at this fraction of the lifetime (0: never)
    Time m_clockOffset;       //!< this MN's clock error
    Time m_clockAdjust;       //!< correction learnt from INVALID_TIMESTAMP

    std::unique_ptr<crypto::Hmk> m_hmk;             //!< the HMK
    Ptr<MobilityL4Protocol> m_mh;                   //!< Mobility Header transport
    Ptr<SecurityRandom> m_random;                   //!< nonces, Message IDs
    Ptr<UniformRandomVariable> m_retryJitter;       //!< HK_RETRY_INTERVAL jitter
    uint8_t m_nextMessageId;                        //!< sequence of Message IDs
    uint64_t m_lastTimestamp;                       //!< timestamp of the newest successful HKReq
    std::map<Ipv6Address, Exchange> m_exchanges;    //!< exchanges under way
    std::map<Ipv6Address, HkpMnKey> m_keys;         //!< keys by AR
    std::map<Ipv6Address, EventId> m_refreshEvents; //!< refreshes
    std::map<Ipv6Address, EventId> m_expiryEvents;  //!< lifetime ends
    std::set<Ipv6Address> m_prohibited;             //!< ARs that refused
    std::vector<EventId> m_pendingReports;          //!< KeyObtained waiting for the CPU

    TracedCallback<Ipv6Address, uint32_t, bool, Time> m_keyObtainedTrace; //!< key obtained
    TracedCallback<Ipv6Address, const std::string&> m_keyFailedTrace;     //!< exchange failed
    TracedCallback<Ipv6Address, uint8_t, bool> m_requestTrace;            //!< HKReq sent
    TracedCallback<const std::string&> m_dropTrace;                       //!< HKResp discarded
    TracedCallback<Ipv6Address, uint32_t> m_keyExpiredTrace;              //!< key expired
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HKP_MOBILE_NODE_H */
