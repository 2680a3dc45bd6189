/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIH_TRANSPORT_H
#define SECURE_HANDOVER_MIH_TRANSPORT_H

#include "ns3/address.h"
#include "ns3/application.h"
#include "ns3/callback.h"
#include "ns3/event-id.h"
#include "ns3/mih-header.h"
#include "ns3/nstime.h"
#include "ns3/traced-callback.h"

#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace ns3
{

class MihMessage;
class Packet;
class Socket;

/**
 * \ingroup secure-handover
 * \brief The MIH protocol transport of one MISF (IEEE 802.21-2008 8.2.2, over UDP port 4551):
 *        transaction identifiers, ACK-Req / ACK-Rsp with a retransmission timer and a maximum
 *        retry count, duplicate detection, and a transaction timeout that reports a Status.
 *
 * - A request gets a fresh transaction ID; with AckRequested it is retransmitted every
 *   RetransmissionInterval until an ACK-Rsp (or the response) arrives, at most MaxRetries
 *   times. If no response arrives within TransactionTimeout, or the retries are used up, the
 *   transaction fails: the failure callback and the TransactionFailed trace report it with
 *   Status 4 (Network Error).
 * - A response carries the request's transaction ID and is retransmitted the same way until
 *   acknowledged. It is kept for DuplicateWindow, so that a retransmitted request is answered
 *   with the same response rather than processed twice.
 * - Every received frame with ACK-Req is acknowledged by a header-only frame with ACK-Rsp, the
 *   same message ID and transaction ID. A frame seen before (same sender, message ID and
 *   transaction ID within DuplicateWindow) is acknowledged again but not delivered.
 * - A frame whose MIH header does not parse, a response that matches no open transaction, and
 *   an ACK that acknowledges nothing are dropped, logged and traced (Drop, with a reason).
 *
 * The transport handles whole frames; the MISF above it decodes the message TLVs.
 */
class MihTransport : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    MihTransport();
    ~MihTransport() override;

    /**
     * \brief Where received frames go (each one once; duplicates and ACKs are not delivered).
     * Arguments: the whole frame (header included), its decoded MIH header, the sender.
     */
    typedef Callback<void, Ptr<const Packet>, const MihHeader&, const Address&> ReceiveCallback;

    /**
     * \brief Where failed transactions are reported.
     * Arguments: the transaction ID, the message ID (SID | opcode | AID) of the frame that
     * failed, the peer, the Status (mih::STATUS_NETWORK_ERROR).
     */
    typedef Callback<void, uint16_t, uint16_t, const Address&, uint8_t> FailureCallback;

    /**
     * TracedCallback signature for frames sent or received.
     * \param [in] frame the frame
     * \param [in] peer the destination or the sender
     */
    typedef void (*FrameTracedCallback)(Ptr<const Packet> frame, const Address& peer);

    /**
     * TracedCallback signature for a dropped frame.
     * \param [in] frame the frame
     * \param [in] reason why it was dropped
     */
    typedef void (*DropTracedCallback)(Ptr<const Packet> frame, const std::string& reason);

    /**
     * TracedCallback signature for retransmissions and duplicates.
     * \param [in] transactionId the transaction ID
     * \param [in] count the retransmission number (1, 2, ...) or the duplicates seen so far
     */
    typedef void (*TransactionTracedCallback)(uint16_t transactionId, uint32_t count);

    /**
     * TracedCallback signature for a failed transaction.
     * \param [in] transactionId the transaction ID
     * \param [in] status the Status reported (mih::STATUS_*)
     */
    typedef void (*FailureTracedCallback)(uint16_t transactionId, uint8_t status);

    /**
     * \param callback where received frames go
     */
    void SetReceiveCallback(ReceiveCallback callback);

    /**
     * \param callback where failed transactions are reported
     */
    void SetFailureCallback(FailureCallback callback);

    /**
     * \param callback called with the transaction ID when the peer acknowledges a request or
     *        an indication (ACK-Rsp, or for a request its response)
     */
    void SetAckCallback(Callback<void, uint16_t> callback);

    /**
     * \brief Send a request (or an indication) as a new transaction.
     * \param message the message; its transaction ID and ACK-Req flag are set here
     * \param peer the peer MISF's socket address
     * \return the transaction ID
     */
    uint16_t SendRequest(MihMessage& message, const Address& peer);

    /**
     * \brief Send an indication: a new transaction that waits for no response, only (with
     *        AckRequested) for its ACK; running out of retries fails it like a request.
     * \param message the message; its transaction ID and ACK-Req flag are set here
     * \param peer the peer MISF's socket address
     * \return the transaction ID
     */
    uint16_t SendIndication(MihMessage& message, const Address& peer);

    /**
     * \brief Send the response of a received request.
     * \param message the message; its transaction ID and ACK-Req flag are set here
     * \param transactionId the request's transaction ID
     * \param peer the requester's socket address
     */
    void SendResponse(MihMessage& message, uint16_t transactionId, const Address& peer);

    /**
     * \return the local UDP port
     */
    uint16_t GetPort() const;

    /**
     * \return transactions still open (waiting for an ACK or a response)
     */
    std::size_t GetOpenTransactions() const;

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /// Create and bind the socket if it does not exist yet.
    void EnsureSocket();

    /// Identifies a frame: the peer, the message ID and the transaction ID.
    using FrameKey = std::tuple<Address, uint16_t, uint16_t>;

    /// A frame sent and not yet settled.
    struct Outgoing
    {
        Ptr<Packet> frame;        //!< the frame, for retransmission
        Address peer;             //!< where it went
        bool isRequest{false};    //!< waits for a response
        bool failOnNoAck{false};  //!< report a failure when the retries run out
        bool acknowledged{false}; //!< ACK-Rsp (or the response) received
        uint32_t retries{0};      //!< retransmissions so far
        EventId retransmitEvent;  //!< the retransmission timer
        EventId timeoutEvent;     //!< the transaction timer (requests) or the keep timer
    };

    /**
     * \brief Put a frame on the wire when the node's CPU has finished the crypto charged so
     *        far (CryptoCostModel), so that a frame leaves after the work that produced it.
     * \param frame the frame
     * \param peer where to
     */
    void Transmit(Ptr<Packet> frame, const Address& peer);
    /**
     * \brief Put a frame on the wire now and trace it.
     * \param frame the frame
     * \param peer where to
     */
    void SendFrame(Ptr<Packet> frame, Address peer);

    /**
     * \brief Encode a message and open its transaction.
     * \param message the message
     * \param tid the transaction ID
     * \param peer where to
     * \param kind what the frame waits for
     */
    void Open(MihMessage& message, uint16_t tid, const Address& peer, uint8_t kind);

    /**
     * \return the next transaction ID
     */
    uint16_t NextTransactionId();

    /**
     * \brief The retransmission timer of a frame expired.
     * \param key the frame
     */
    void Retransmit(FrameKey key);

    /**
     * \brief The transaction timer of a request expired, or its retries ran out.
     * \param key the request
     */
    void TransactionExpired(FrameKey key);

    /**
     * \brief Forget a response kept for duplicate detection.
     * \param key the response
     */
    void Forget(FrameKey key);

    /**
     * \brief Send an ACK-Rsp for a received frame.
     * \param header the received frame's header
     * \param peer its sender
     */
    void SendAck(const MihHeader& header, const Address& peer);

    /**
     * \brief The socket's receive callback.
     * \param socket the socket
     */
    void HandleRead(Ptr<Socket> socket);

    /**
     * \brief Process one received frame.
     * \param frame the frame
     * \param from its sender
     */
    void Process(Ptr<Packet> frame, const Address& from);

    /**
     * \brief Drop a frame: log and trace.
     * \param frame the frame
     * \param reason why
     */
    void Drop(Ptr<const Packet> frame, const std::string& reason);

    /**
     * \param messageId a message ID
     * \param opcode the opcode to put in its place
     * \return the message ID with that opcode
     */
    static uint16_t WithOpcode(uint16_t messageId, uint8_t opcode);

    uint16_t m_port;               //!< local port (Attribute)
    bool m_ackRequested;           //!< set ACK-Req on sent frames (Attribute)
    Time m_retransmissionInterval; //!< retransmission timer (Attribute)
    uint32_t m_maxRetries;         //!< retransmissions before giving up (Attribute)
    Time m_transactionTimeout;     //!< request lifetime (Attribute)
    Time m_duplicateWindow;        //!< how long frames are remembered (Attribute)

    Ptr<Socket> m_socket;                    //!< UDP socket
    std::vector<EventId> m_pendingTx;        //!< frames waiting for the CPU
    uint16_t m_nextTid;                      //!< next transaction ID
    std::map<FrameKey, Outgoing> m_outgoing; //!< frames sent, by key
    std::map<FrameKey, Time> m_seen;         //!< frames received, until when remembered
    ReceiveCallback m_receive;               //!< upper layer
    FailureCallback m_failure;               //!< failure reports
    Callback<void, uint16_t> m_ack;          //!< acknowledgements

    TracedCallback<Ptr<const Packet>, const Address&> m_txTrace;       //!< frame sent
    TracedCallback<Ptr<const Packet>, const Address&> m_rxTrace;       //!< frame delivered
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace; //!< frame dropped
    TracedCallback<uint16_t, uint32_t> m_retransmissionTrace;          //!< retransmission
    TracedCallback<uint16_t, uint32_t> m_duplicateTrace;               //!< duplicate received
    TracedCallback<uint16_t, uint8_t> m_failureTrace;                  //!< transaction failed
    uint32_t m_duplicates;                                             //!< duplicates seen
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIH_TRANSPORT_H */
