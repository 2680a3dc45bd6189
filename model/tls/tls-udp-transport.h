/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_TLS_UDP_TRANSPORT_H
#define SECURE_HANDOVER_TLS_UDP_TRANSPORT_H

#include "ns3/address.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"

namespace ns3
{

class Node;
class Packet;
class Socket;
class TlsSession;

/**
 * \ingroup secure-handover
 * \brief The simplest transport for a TlsSession: one UDP datagram per batch of TLS records.
 *
 * It binds a UDP socket on a node, sends every batch the session emits to the peer, and
 * hands every datagram it receives to the session. A server side that is given no peer
 * address answers the sender of the last datagram it received.
 *
 * UDP does not retransmit and TLS does not either: use it on loss-free links (tests,
 * examples, latency baselines). Reliable carriage (MIH ACK-Req, TCP) is the owner's job.
 */
class TlsUdpTransport : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    TlsUdpTransport();
    ~TlsUdpTransport() override;

    /**
     * \brief Bind the socket and connect it to the session (in both directions).
     * \param session the session to carry
     * \param node the node the socket lives on
     * \param localPort the local UDP port
     * \param peer the peer's InetSocketAddress or Inet6SocketAddress; an empty Address
     *        means: answer whoever sent the last datagram
     */
    void Setup(Ptr<TlsSession> session, Ptr<Node> node, uint16_t localPort, Address peer);

    /** \return datagrams sent */
    uint32_t GetDatagramsSent() const;

    /** \return datagrams received */
    uint32_t GetDatagramsReceived() const;

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief The session's send callback.
     * \param packet a batch of records
     */
    void SendToPeer(Ptr<Packet> packet);

    /**
     * \brief The socket's receive callback.
     * \param socket the socket
     */
    void HandleRead(Ptr<Socket> socket);

    Ptr<TlsSession> m_session; //!< the session carried
    Ptr<Socket> m_socket;      //!< the UDP socket
    Address m_peer;            //!< where batches go
    uint32_t m_sent;           //!< datagrams sent
    uint32_t m_received;       //!< datagrams received
};

} // namespace ns3

#endif /* SECURE_HANDOVER_TLS_UDP_TRANSPORT_H */
