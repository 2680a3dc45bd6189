/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_AUTHENTICATOR_H
#define SECURE_HANDOVER_DOT16_AUTHENTICATOR_H

#include "dot16-backbone-header.h"

#include "ns3/application.h"
#include "ns3/dot16-keys.h"
#include "ns3/event-id.h"
#include "ns3/ipv4-address.h"
#include "ns3/nstime.h"
#include "ns3/traced-callback.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ns3
{

class SecurityRandom;
class Socket;

/**
 * \ingroup secure-handover
 * \brief The 802.16 authenticator (ASN-GW) on the backbone.
 *
 * It holds, per MS, the MSK of the initial EAP authentication, the PMK sequence number and
 * lifetime, and CMAC_KEY_COUNT_N (the next count it expects). It serves three requests of the
 * base stations (Dot16BackboneHeader over UDP):
 * - CONTEXT_REQUEST after EAP at the serving BS: it derives the AK for that BS and pushes it;
 * - HO_REQUEST from the serving BS: it pushes the AK context with CMAC_KEY_COUNT_N to each
 *   candidate target BS and answers HO_RESPONSE once every candidate acknowledged;
 * - HO_CONFIRM from a target BS that verified an RNG-REQ with count c: only here does it advance
 *   CMAC_KEY_COUNT_N, to c + 1, and it sends HO_COMPLETE to every BS that holds a context of
 *   the MS, so that targets drop their cached contexts.
 * A message from an address that is not the registered address of its BSID is dropped.
 */
class Dot16Authenticator : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Dot16Authenticator();
    ~Dot16Authenticator() override;

    /**
     * \brief Register a base station's backbone address.
     * \param bsid the BSID
     * \param address where its Dot16BsAgent listens
     */
    void AddBaseStation(const crypto::Mac48& bsid, Ipv4Address address);

    /**
     * \brief The outcome of the MS's initial EAP authentication: the MSK, drawn from the random
     *        source. The MS holds the same MSK (EAP is modelled by its message count and sizes).
     * \param msMac the MS
     * \return the MSK (64 octets)
     */
    crypto::Msk RegisterMobile(const crypto::Mac48& msMac);

    /**
     * \param msMac the MS
     * \return CMAC_KEY_COUNT_N, or nullopt for an unknown MS
     */
    std::optional<uint16_t> GetCmacKeyCount(const crypto::Mac48& msMac) const;

    /**
     * \brief Assign a fixed random stream to the MSK draws.
     * \param stream the stream
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * TracedCallback signature for CMAC_KEY_COUNT_N changes.
     * \param [in] ms the MS MAC address (hex)
     * \param [in] count the new CMAC_KEY_COUNT_N
     */
    typedef void (*CountTracedCallback)(const std::string& ms, uint16_t count);

    /**
     * TracedCallback signature for a refused backbone message.
     * \param [in] reason why
     */
    typedef void (*DropTracedCallback)(const std::string& reason);

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /**
     * \brief Socket receive callback.
     * \param socket the socket
     */
    void HandleRead(Ptr<Socket> socket);

    /**
     * \brief Send a message to a base station.
     * \param message the message
     * \param bsid the BS
     */
    void SendTo(const Dot16BackboneHeader& message, const crypto::Mac48& bsid);
    /**
     * \brief Send a backbone packet to a BS now.
     * \param packet the packet
     * \param bs the BS's address
     */
    void Transmit(Ptr<Packet> packet, Ipv4Address bs);

    /**
     * \brief Push the AK context of an MS to a BS.
     * \param msMac the MS
     * \param bsid the BS
     * \param count the count to announce
     * \param request the request that carries CIDs and reused TEKs
     */
    void PushContext(const crypto::Mac48& msMac,
                     const crypto::Mac48& bsid,
                     uint16_t count,
                     const Dot16BackboneHeader& request);

    /// What the authenticator keeps per MS.
    struct MsContext
    {
        /**
         * \param key the MSK
         */
        explicit MsContext(const crypto::Msk& key)
            : msk(key)
        {
        }

        crypto::Msk msk;                  //!< from the initial EAP authentication
        uint8_t pmkSn{0};                 //!< PMK sequence number
        uint16_t ckcN{0};                 //!< CMAC_KEY_COUNT_N
        std::set<crypto::Mac48> holders;  //!< BSs that hold an AK context
        crypto::Mac48 requester{};        //!< serving BS of the pending HO_REQUEST
        std::set<crypto::Mac48> awaiting; //!< candidates that have not acknowledged
        std::vector<crypto::Mac48> ready; //!< candidates that acknowledged
    };

    uint16_t m_port;                                           //!< UDP port
    Time m_pmkLifetime;                                        //!< PMK lifetime announced
    Ptr<Socket> m_socket;                                      //!< backbone socket
    std::vector<EventId> m_pendingSends;                       //!< messages waiting for the CPU
    Ptr<SecurityRandom> m_random;                              //!< MSK source
    std::map<crypto::Mac48, Ipv4Address> m_bsAddress;          //!< BSID -> address
    std::map<crypto::Mac48, MsContext> m_mobiles;              //!< per MS
    TracedCallback<const std::string&, uint16_t> m_countTrace; //!< CMAC_KEY_COUNT_N advanced
    TracedCallback<const std::string&> m_dropTrace;            //!< refused messages
    TracedCallback<const std::string&, uint16_t> m_pushTrace;  //!< context pushed (BS hex, N)
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_AUTHENTICATOR_H */
