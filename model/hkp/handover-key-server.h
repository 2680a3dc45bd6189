/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_KEY_SERVER_H
#define SECURE_HANDOVER_HANDOVER_KEY_SERVER_H

#include "diameter-message.h"
#include "diameter-tls-connection.h"

#include "ns3/application.h"
#include "ns3/handover-keys.h"
#include "ns3/ipv6-address.h"
#include "ns3/test-ca.h"
#include "ns3/traced-callback.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace ns3
{

class HandoverKeyRequestHeader;
class HandoverKeyResponseHeader;
class SecurityRandom;
class Socket;

/**
 * \ingroup secure-handover
 * \brief The Handover Key Server of draft-vidya-mipshop-handover-keys-aaa-04 (section 6.4).
 *
 * It listens for access routers on TCP (Diameter over TLS, diameter::TLS_PORT by default),
 * each connection a real TLS session. For each HK-Request (diameter::CMD_HANDOVER_KEY) it
 * decodes the MN's HKReq and
 *  - silently discards it when the MN is unknown or the MN-HKS MAC is missing or wrong;
 *  - answers INVALID_PRF_ALG / INVALID_MAC_ALG (with an MN-HKS MAC under its own choice),
 *    TIMESTAMP_REQD, INVALID_TIMESTAMP (outside TimestampWindow, or not newer than the last
 *    successful one; its own high-order 32 bits, the MN's low-order ones), or
 *    ADMINISTRATIVELY_PROHIBITED (MN/AR pair not authorised);
 *  - answers DIAMETER_MISSING_AVP when the AR left out its address;
 *  - otherwise draws an HKS-Nonce, derives the HK and returns it with the lifetime.
 *
 * An error HKResp that carries an MN-HKS MAC is built here (AVP HKP-Response) and relayed by
 * the AR unchanged, since the MAC covers the whole message up to its Algorithm Type. Its key
 * is the HIK derived with the PRF that the HKResp names.
 */
class HandoverKeyServer : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    HandoverKeyServer();
    ~HandoverKeyServer() override;

    /**
     * TracedCallback signature for a decided request.
     * \param [in] nai the MN
     * \param [in] ar the AR address
     * \param [in] status the HKResp Status Code decided
     */
    typedef void (*AnswerTracedCallback)(const std::string& nai, Ipv6Address ar, uint8_t status);

    /**
     * TracedCallback signature for a silently discarded request.
     * \param [in] reason why
     */
    typedef void (*DropTracedCallback)(const std::string& reason);

    /**
     * \brief Provision an MN (the helper does it; the HMK comes from outside the protocol).
     * \param nai the MN's NAI
     * \param hmk its HMK (at least 64 octets, draft 6.1)
     */
    void AddMobileNode(const std::string& nai, const crypto::Hmk& hmk);

    /**
     * \brief Restrict an MN to listed access routers: once one is listed, an HKReq via any
     *        other is answered ADMINISTRATIVELY_PROHIBITED. Unlisted MNs may use every AR.
     * \param nai the MN
     * \param ar an AR address (as the MN sees it)
     */
    void AuthorizeAccessRouter(const std::string& nai, const Ipv6Address& ar);

    /**
     * \brief TLS credentials of the server (the ARs must chain to the same anchor).
     * \param trustAnchorPem the CA certificate
     * \param identity the server's certificate and key
     */
    void SetCredentials(const std::string& trustAnchorPem, const crypto::TlsIdentity& identity);

    /**
     * \param stream first random stream
     * \return streams used
     */
    int64_t AssignStreams(int64_t stream);

    /** \return the number of TLS connections accepted */
    uint32_t GetConnectionCount() const;

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /**
     * \param socket the listening socket
     * \param from the peer
     * \return true: accept every connection
     */
    bool HandleConnectionRequest(Ptr<Socket> socket, const Address& from);
    /**
     * \param socket the accepted socket
     * \param from the peer
     */
    void HandleAccept(Ptr<Socket> socket, const Address& from);
    /**
     * \param connection the connection
     * \param message the request
     */
    void HandleMessage(Ptr<DiameterTlsConnection> connection, const DiameterMessage& message);
    /**
     * \param connection the connection
     * \param answer the answer, sent after ProcessingDelay
     */
    void SendAnswer(Ptr<DiameterTlsConnection> connection, DiameterMessage answer);
    /**
     * \brief Decide on one request.
     * \param request the HK-Request
     * \param answer the answer to fill (AVPs)
     * \return false to discard silently
     */
    bool Process(const DiameterMessage& request, DiameterMessage& answer);
    /**
     * \brief Fill an error answer whose HKResp carries an MN-HKS MAC.
     * \param req the HKReq
     * \param status the Status Code
     * \param prfField the PRF the HKResp names (and the HIK is derived with)
     * \param macField the MAC algorithm of the MN-HKS MAC
     * \param timestamp the Timestamp to return, if nonzero
     * \param hmk the MN's HMK
     * \param answer the answer
     */
    void MacedError(const HandoverKeyRequestHeader& req,
                    uint8_t status,
                    uint8_t prfField,
                    uint8_t macField,
                    uint64_t timestamp,
                    const crypto::Hmk& hmk,
                    DiameterMessage& answer);

    uint16_t m_port;           //!< listening port
    uint32_t m_lifetime;       //!< HK lifetime (s)
    uint8_t m_prf;             //!< PRF the server requires
    uint8_t m_macAlgorithm;    //!< MAC algorithm the server requires
    bool m_requireTimestamp;   //!< timestamp-based replay protection expected
    Time m_timestampWindow;    //!< accepted clock deviation
    Time m_clockOffset;        //!< this server's clock error
    Time m_processingDelay;    //!< time to answer
    bool m_mute;               //!< never answer (a failed server)
    std::string m_originHost;  //!< Origin-Host
    std::string m_originRealm; //!< Origin-Realm

    std::string m_trustAnchorPem;                              //!< TLS trust anchor
    crypto::TlsIdentity m_identity;                            //!< TLS identity
    Ptr<SecurityRandom> m_random;                              //!< HKS-Nonces
    Ptr<Socket> m_listener;                                    //!< listening socket
    std::vector<Ptr<DiameterTlsConnection>> m_connections;     //!< accepted connections
    std::vector<EventId> m_pendingAnswers;                     //!< delayed answers
    std::map<std::string, crypto::Hmk> m_hmks;                 //!< provisioned MNs
    std::map<std::string, std::set<Ipv6Address>> m_authorized; //!< MN/AR restrictions
    std::map<std::string, uint64_t> m_lastTimestamp;           //!< last successful timestamp

    TracedCallback<const std::string&, Ipv6Address, uint8_t> m_answerTrace; //!< decisions
    TracedCallback<const std::string&> m_dropTrace;                         //!< silent discards
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_KEY_SERVER_H */
