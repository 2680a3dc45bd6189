/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_TLS_SESSION_H
#define SECURE_HANDOVER_TLS_SESSION_H

#include "ns3/callback.h"
#include "ns3/crypto-types.h"
#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/security-random.h"
#include "ns3/test-ca.h"
#include "ns3/traced-callback.h"

#include <memory>
#include <string>
#include <vector>

namespace ns3
{

namespace crypto
{
class TlsEngine;
}

class Packet;

/**
 * \ingroup secure-handover
 * \brief TLS over an ns-3 transport: a real TLS handshake (crypto::TlsEngine, OpenSSL
 *        libssl) whose records travel through whatever transport the owner chooses, in
 *        simulated time.
 *
 * The session is transport-agnostic. The owner
 *  - gives it credentials (SetCredentials, or the *File Attributes);
 *  - sets a send callback: every batch of TLS records to send (one handshake flight, one
 *    application-data write, an alert) comes out as one Packet, to be carried in order and
 *    reliably (MIH_Auth TLVs with ACK-Req, a TCP socket, a UDP socket on a loss-free link...);
 *  - hands every received payload to Receive(), in order;
 *  - calls Start() on the client (the server starts with the first octets it receives).
 *
 * Simulated time advances through the transport only, plus two optional CPU costs
 * (StartCpuTime, StepCpuTime) charged with Simulator::Schedule before a step's output leaves
 * and before a completion is reported. The handshake octets, their number and the number of
 * flights are real; the handshake runs to completion when Receive() is called (the CPU costs
 * only delay its visible effects).
 *
 * TLS itself does not retransmit: a lost flight makes the handshake time out
 * (HandshakeTimeout), and the session fails.
 *
 * States: IDLE -> HANDSHAKING -> ESTABLISHED -> CLOSED, and FAILED from any state but CLOSED.
 */
class TlsSession : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    TlsSession();
    ~TlsSession() override;

    /// Which end this session is.
    enum Role
    {
        CLIENT, //!< sends the ClientHello (Start())
        SERVER  //!< answers it
    };

    /// The TLS version (both ends must be configured alike).
    enum Version
    {
        TLS_1_2, //!< TLS 1.2
        TLS_1_3  //!< TLS 1.3
    };

    /// The session's states.
    enum State
    {
        IDLE,        //!< not started
        HANDSHAKING, //!< the handshake is under way
        ESTABLISHED, //!< the handshake completed
        CLOSED,      //!< closed by either end
        FAILED       //!< failed: see GetFailureReason()
    };

    /**
     * \param state a state
     * \return its name
     */
    static std::string StateName(State state);

    /**
     * TracedCallback signature for state changes.
     * \param [in] oldState the state left
     * \param [in] newState the state entered
     */
    typedef void (*StateTracedCallback)(State oldState, State newState);

    /**
     * TracedCallback signature for the start of a handshake.
     */
    typedef void (*HandshakeStartedTracedCallback)();

    /**
     * TracedCallback signature for a completed handshake.
     * \param [in] duration from this end's start (client: Start(); server: the first octets
     *        received) to its completion
     * \param [in] roundTrips the number of times this end waited for a flight from the peer
     *        after its start (TLS 1.3 full handshake: 1 at both ends; TLS 1.2: 2 at the
     *        client, 1 at the server)
     * \param [in] bytesSent the octets this end handed to the transport until then
     * \param [in] bytesReceived the octets it received until then
     */
    typedef void (*HandshakeCompletedTracedCallback)(Time duration,
                                                     uint32_t roundTrips,
                                                     uint32_t bytesSent,
                                                     uint32_t bytesReceived);

    /**
     * TracedCallback signature for a failed handshake or session.
     * \param [in] reason why
     */
    typedef void (*HandshakeFailedTracedCallback)(const std::string& reason);

    /**
     * TracedCallback signature for one TLS record sent or received.
     * \param [in] size the record's size in octets, its 5-octet header included
     */
    typedef void (*RecordTracedCallback)(uint32_t size);

    /**
     * \brief Give the session its trust anchor and identity (instead of the *File Attributes).
     * \param trustAnchorPem the CA certificate(s) (PEM) the peer must chain to
     * \param identity this end's certificate and key; may be empty for a client when the
     *        server does not require client certificates
     */
    void SetCredentials(const std::string& trustAnchorPem, const crypto::TlsIdentity& identity);

    /**
     * \brief Set how records leave this end.
     * \param callback called with each batch of TLS records to carry to the peer
     */
    void SetSendCallback(Callback<void, Ptr<Packet>> callback);

    /**
     * \brief Take OpenSSL's randomness for this session (TLS randoms, key shares, ECDSA
     *        nonces) from a SecurityRandom, e.g. the node's: the same RngSeed, RngRun and
     *        stream then give byte-identical records. Without one, or with one whose
     *        UseOpenSslRand is true, OpenSSL's default RAND is used. Call it before Start().
     * \param random the source
     */
    void SetRandom(Ptr<SecurityRandom> random);

    /** \return the source given to SetRandom (null if none) */
    Ptr<SecurityRandom> GetRandom() const;

    /**
     * \brief Set where decrypted application data goes.
     * \param callback called with the plaintext of each received batch
     */
    void SetReceiveCallback(Callback<void, Ptr<Packet>> callback);

    /**
     * \brief Start the handshake: a client sends its ClientHello and arms its timeout; a
     *        server only gets ready (its handshake, and its timeout, start with the first
     *        octets it receives; Receive() also gets it ready if Start() was not called).
     *        The engine is built here from the credentials and Attributes.
     *
     * A configuration error (missing or unparsable credentials) makes the session FAILED.
     */
    void Start();

    /**
     * \brief Hand the session octets received from the peer, in order.
     * \param packet the payload (its octets are a piece of the peer's record stream)
     */
    void Receive(Ptr<Packet> packet);

    /**
     * \brief Send application data over the established session.
     * \param packet the plaintext
     * \return false if the session is not established
     */
    bool Send(Ptr<Packet> packet);

    /** \brief Send close_notify and close the session. */
    void Close();

    /**
     * \brief Export keying material from the handshake (RFC 8446 section 7.5 / RFC 5705).
     * \param label the exporter label
     * \param context the context value (may be empty)
     * \param length the number of octets
     * \return the octets, identical at both ends
     * \throws crypto::CryptoError if the session is not established
     */
    crypto::Bytes ExportKeyingMaterial(const std::string& label,
                                       crypto::ByteView context,
                                       std::size_t length) const;

    /** \return the state */
    State GetState() const;

    /** \return true while the session is established */
    bool IsEstablished() const;

    /** \return why the session failed, empty if it did not */
    std::string GetFailureReason() const;

    /** \return the handshake duration (zero until it completes) */
    Time GetHandshakeDuration() const;

    /** \return the round trips this end waited for during the handshake */
    uint32_t GetHandshakeRoundTrips() const;

    /** \return octets handed to the transport so far */
    uint32_t GetBytesSent() const;

    /** \return octets received so far */
    uint32_t GetBytesReceived() const;

    /** \return the negotiated version (e.g. "TLSv1.3"), or empty */
    std::string GetNegotiatedVersion() const;

    /** \return the negotiated cipher suite, or empty */
    std::string GetNegotiatedCipher() const;

    /** \return the verified peer certificate's subject CN, or empty */
    std::string GetPeerCommonName() const;

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Change state: log, trace.
     * \param newState the state entered
     */
    void SwitchToState(State newState);

    /**
     * \brief After an engine step: schedule its output and its outcome after the CPU cost.
     * \param cpuTime the simulated CPU time of the step
     * \param peerFlight true if the step consumed octets from the peer
     */
    void AfterStep(Time cpuTime, bool peerFlight);

    /// Send the oldest step's output and report its outcome (runs after the CPU delay).
    void EmitNext();

    /**
     * \brief Fail the session.
     * \param reason why
     */
    void Fail(const std::string& reason);

    /// The handshake did not complete in time.
    void HandshakeTimeoutExpired();

    /// The framing state of one direction's TLS record stream (5-octet headers).
    struct RecordParser
    {
        uint8_t header[5]{};    //!< header octets collected so far
        uint32_t headerFill{0}; //!< how many of them
        uint32_t length{0};     //!< the current record's body length
        uint32_t remaining{0};  //!< body octets still to come
    };

    /// What one engine step produced, waiting for its simulated CPU time to pass.
    struct StepOutput
    {
        std::vector<crypto::Bytes> batches; //!< record batches to send
        crypto::Bytes applicationData;      //!< decrypted application data to deliver
        int engineState{0};                 //!< crypto::TlsEngine::State after the step
        std::string failure;                //!< the engine's failure reason
        bool handshakeCompleted{false};     //!< the engine had completed its handshake
    };

    /**
     * \brief Count the TLS records in a piece of a record stream.
     * \param parser the direction's parser
     * \param data the octets
     * \param size their number
     * \param trace the trace fired with each complete record's size
     */
    static void ParseRecords(RecordParser& parser,
                             const uint8_t* data,
                             std::size_t size,
                             TracedCallback<uint32_t>& trace);

    Role m_role;                   //!< client or server
    Version m_version;             //!< TLS version
    std::string m_peerName;        //!< expected peer name
    bool m_mutual;                 //!< mutual authentication
    Time m_handshakeTimeout;       //!< handshake timeout (0: none)
    Time m_startCpuTime;           //!< CPU cost of the first step (ClientHello)
    Time m_stepCpuTime;            //!< CPU cost of each step processing a peer flight
    std::string m_caFile;          //!< trust anchor file (Attribute)
    std::string m_certificateFile; //!< own certificate file (Attribute)
    std::string m_keyFile;         //!< own key file (Attribute)

    std::string m_trustAnchorPem;                //!< trust anchor given by SetCredentials
    crypto::TlsIdentity m_identity;              //!< identity given by SetCredentials
    Ptr<SecurityRandom> m_random;                //!< OpenSSL's randomness (null: its own)
    std::unique_ptr<crypto::TlsEngine> m_engine; //!< the engine (from Start)

    Callback<void, Ptr<Packet>> m_send;    //!< carries records to the peer
    Callback<void, Ptr<Packet>> m_receive; //!< takes decrypted application data

    State m_state;                  //!< the state
    std::string m_failure;          //!< failure reason
    Time m_startTime;               //!< when this end's handshake started
    Time m_cpuBusyUntil;            //!< the simulated CPU is busy until then
    Time m_handshakeDuration;       //!< the measured duration
    uint32_t m_roundTrips;          //!< flights from the peer waited for, after the start
    uint32_t m_handshakeRoundTrips; //!< the value at completion
    uint32_t m_bytesSent;           //!< octets sent
    uint32_t m_bytesReceived;       //!< octets received
    bool m_engineDone;              //!< the engine finished its handshake (maybe not yet emitted)
    int m_lastEngineState;          //!< the engine state after the previous step
    std::vector<EventId> m_pending; //!< scheduled emissions
    std::vector<StepOutput> m_outputs; //!< their outputs, oldest first
    uint32_t m_handshakeBytesReceived; //!< octets received when the engine completed
    EventId m_timeoutEvent;            //!< the handshake timeout
    RecordParser m_txParser;           //!< records sent
    RecordParser m_rxParser;           //!< records received

    TracedCallback<State, State> m_stateTrace; //!< state changes
    TracedCallback<> m_handshakeStartedTrace;  //!< handshake started
    TracedCallback<Time, uint32_t, uint32_t, uint32_t> m_handshakeCompletedTrace; //!< completed
    TracedCallback<const std::string&> m_handshakeFailedTrace;                    //!< failed
    TracedCallback<uint32_t> m_recordSentTrace;                                   //!< record sent
    TracedCallback<uint32_t> m_recordReceivedTrace; //!< record received
};

} // namespace ns3

#endif /* SECURE_HANDOVER_TLS_SESSION_H */
