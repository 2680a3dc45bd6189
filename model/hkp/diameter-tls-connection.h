/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DIAMETER_TLS_CONNECTION_H
#define SECURE_HANDOVER_DIAMETER_TLS_CONNECTION_H

#include "diameter-message.h"
#include "diameter-stream.h"

#include "ns3/address.h"
#include "ns3/callback.h"
#include "ns3/object.h"
#include "ns3/tls-session.h"
#include "ns3/traced-callback.h"

#include <deque>
#include <string>

namespace ns3
{

class Node;
class Socket;
class TlsTcpTransport;

/**
 * \ingroup secure-handover
 * \brief One Diameter peer connection protected by real TLS over TCP (RFC 6733 2.1): a
 *        TlsSession carried by a TlsTcpTransport, with the Diameter stream framing.
 *
 * Messages given to Send() before the TLS handshake completes wait and leave, in order, once
 * it has. Every received message is strictly parsed: a malformed one is dropped and counted
 * (Drop trace); a framing error (impossible Message Length) closes the connection, since the
 * stream cannot be resynchronised.
 */
class DiameterTlsConnection : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    DiameterTlsConnection();
    ~DiameterTlsConnection() override;

    /// Where parsed messages go: this connection and the message.
    typedef Callback<void, Ptr<DiameterTlsConnection>, const DiameterMessage&> MessageCallback;

    /**
     * TracedCallback signature for a dropped message or stream.
     * \param [in] reason why
     */
    typedef void (*DropTracedCallback)(const std::string& reason);

    /**
     * \brief Client side: connect over TCP and run the TLS handshake.
     * \param session a configured client session
     * \param node the node
     * \param peer the server address
     */
    void Connect(Ptr<TlsSession> session, Ptr<Node> node, const Address& peer);

    /**
     * \brief Server side: carry the session over an accepted socket.
     * \param session a configured server session
     * \param socket the accepted socket
     */
    void Accept(Ptr<TlsSession> session, Ptr<Socket> socket);

    /** \param callback receives every well-formed message */
    void SetMessageCallback(MessageCallback callback);

    /**
     * \brief Send a message (queued until the handshake completes).
     * \param message the message
     * \return false if the connection failed or closed
     */
    bool Send(const DiameterMessage& message);

    /** \return true while TLS is established */
    bool IsEstablished() const;

    /** \return the TLS session */
    Ptr<TlsSession> GetSession() const;

    /** \return the transport */
    Ptr<TlsTcpTransport> GetTransport() const;

  protected:
    void DoDispose() override;

  private:
    /// Hook the session's callbacks and traces.
    void HookSession();
    /**
     * \param packet decrypted application data
     */
    void HandleData(Ptr<Packet> packet);
    /**
     * \param oldState the state left
     * \param newState the state entered
     */
    void HandleState(TlsSession::State oldState, TlsSession::State newState);

    Ptr<TlsSession> m_session;                      //!< the TLS session
    Ptr<TlsTcpTransport> m_transport;               //!< its TCP transport
    DiameterStreamReader m_reader;                  //!< the stream framing
    std::deque<std::vector<uint8_t>> m_queue;       //!< messages waiting for the handshake
    MessageCallback m_messageCallback;              //!< the owner
    TracedCallback<const std::string&> m_dropTrace; //!< dropped messages
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DIAMETER_TLS_CONNECTION_H */
