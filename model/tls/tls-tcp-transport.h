/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_TLS_TCP_TRANSPORT_H
#define SECURE_HANDOVER_TLS_TCP_TRANSPORT_H

#include "ns3/address.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"

#include <deque>

namespace ns3
{

class Node;
class Packet;
class Socket;
class TlsSession;

/**
 * \ingroup secure-handover
 * \brief TLS over TCP: carries a TlsSession's record stream on an ns-3 TCP connection, so
 *        that lost segments are retransmitted by TCP and TLS sees an ordered, reliable stream.
 *
 * A client calls Connect(): the transport opens the TCP connection and starts the session
 * (ClientHello) once it is established. A server accepts connections itself (a listening
 * socket is the owner's) and hands each accepted socket to Attach(); the server session
 * starts with the first octets it receives. Batches the session emits while TCP's send
 * buffer is full wait in a queue and leave as space frees up.
 *
 * The session's public API is untouched: the transport only sets its send callback and
 * feeds it with Receive().
 */
class TlsTcpTransport : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    TlsTcpTransport();
    ~TlsTcpTransport() override;

    /**
     * TracedCallback signature for connection events.
     * \param [in] transport this transport
     */
    typedef void (*ConnectionTracedCallback)(Ptr<TlsTcpTransport> transport);

    /**
     * \brief Client side: open a TCP connection to the peer and start the session (Start())
     *        once it is established.
     * \param session the client session
     * \param node the node the socket lives on
     * \param peer the server's InetSocketAddress or Inet6SocketAddress
     */
    void Connect(Ptr<TlsSession> session, Ptr<Node> node, const Address& peer);

    /**
     * \brief Server side: carry a session over a connection a listening socket accepted.
     * \param session the server session
     * \param socket the accepted, connected socket
     */
    void Attach(Ptr<TlsSession> session, Ptr<Socket> socket);

    /** \brief Close the TCP connection (the session is left as it is). */
    void Close();

    /** \return the session carried */
    Ptr<TlsSession> GetSession() const;

    /** \return true while the TCP connection is up */
    bool IsConnected() const;

    /** \return octets handed to TCP */
    uint32_t GetBytesSent() const;

    /** \return octets received from TCP */
    uint32_t GetBytesReceived() const;

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Hook the socket's callbacks.
     * \param socket the socket
     */
    void HookSocket(Ptr<Socket> socket);
    /**
     * \brief The session's send callback.
     * \param packet a batch of records
     */
    void SendToPeer(Ptr<Packet> packet);
    /// Hand queued octets to TCP while its buffer has room.
    void Drain();
    /**
     * \param socket the socket
     */
    void ConnectionSucceeded(Ptr<Socket> socket);
    /**
     * \param socket the socket
     */
    void ConnectionFailed(Ptr<Socket> socket);
    /**
     * \param socket the socket
     */
    void HandleRead(Ptr<Socket> socket);
    /**
     * \param socket the socket
     * \param available octets free in the send buffer
     */
    void HandleSend(Ptr<Socket> socket, uint32_t available);
    /**
     * \param socket the socket
     */
    void HandleClose(Ptr<Socket> socket);

    Ptr<TlsSession> m_session;       //!< the session carried
    Ptr<Socket> m_socket;            //!< the TCP socket
    std::deque<Ptr<Packet>> m_queue; //!< batches waiting for send-buffer space
    bool m_connected;                //!< the connection is up
    uint32_t m_sent;                 //!< octets sent
    uint32_t m_received;             //!< octets received
    TracedCallback<Ptr<TlsTcpTransport>> m_connectedTrace; //!< TCP connection established
    TracedCallback<Ptr<TlsTcpTransport>> m_closedTrace;    //!< closed, failed or reset
};

} // namespace ns3

#endif /* SECURE_HANDOVER_TLS_TCP_TRANSPORT_H */
