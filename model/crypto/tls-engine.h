/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_TLS_ENGINE_H
#define SECURE_HANDOVER_TLS_ENGINE_H

#include "crypto-types.h"
#include "random-source.h"
#include "test-ca.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ns3
{
namespace crypto
{

/// Which end of a TLS connection an engine plays.
enum class TlsRole
{
    CLIENT, //!< sends the ClientHello
    SERVER  //!< answers it
};

/// The protocol version an engine speaks (both ends must agree).
enum class TlsVersion
{
    TLS_1_2, //!< TLS 1.2 (RFC 5246), ECDHE + AEAD suites
    TLS_1_3  //!< TLS 1.3 (RFC 8446)
};

/**
 * \ingroup secure-handover
 * \brief The configuration of a TlsEngine.
 */
struct TlsEngineConfig
{
    TlsRole role{TlsRole::CLIENT};           //!< client or server
    TlsVersion version{TlsVersion::TLS_1_3}; //!< the only version offered and accepted
    std::string trustAnchorPem;              //!< the CA certificate(s) the peer must chain to
    TlsIdentity identity;                    //!< this end's certificate and key
    /// The name the peer's certificate must carry (subjectAltName DNS, or email when it
    /// contains '@'); empty: any certificate from the trust anchor is accepted.
    std::string expectedPeerName;
    /// Mutual authentication: the server requests and requires a client certificate (the
    /// client always verifies the server's).
    bool mutualAuthentication{true};
    /// Where OpenSSL's randomness comes from (ClientHello/ServerHello randoms, session ids,
    /// key shares, ECDSA signature nonces): every octet is drawn from this source, so the
    /// same source state gives byte-identical records. Null, or a source whose
    /// IsOpenSslRand() is true: OpenSSL's default randomness. Not owned: it must outlive the
    /// engine.
    RandomSource* random{nullptr};
};

/**
 * \ingroup secure-handover
 * \brief A real TLS handshake and record layer (OpenSSL libssl) whose bytes go in and out
 *        through memory BIOs instead of a socket, so that any transport can carry them.
 *
 * The engine never blocks and never touches a clock (validity periods excepted, which use
 * the wall clock): the owner calls Start(), hands every octet received from the peer to
 * OnBytesFromPeer(), and after each call sends what TakeOutgoing() returns, in order.
 *
 * Errors:
 *  - a bad configuration (unparsable PEM, a key that does not match its certificate) throws
 *    CryptoError from the constructor: it is a set-up mistake;
 *  - everything the peer or the network can cause (a tampered record, a certificate that does
 *    not verify, a wrong peer name, an alert from the peer, a protocol violation) moves the
 *    engine to FAILED with a reason (Failure()), and never throws. The fatal alert OpenSSL
 *    generates in that case is still returned by TakeOutgoing(), so that the peer learns of it.
 *
 * With TlsEngineConfig::random set, the engine runs in the random-source library context
 * (ScopedRandomSource, random-source-provider.h) and every call into libssl draws from that
 * source only.
 *
 * Session tickets are disabled (a TLS 1.3 server sends no NewSessionTicket), so a full
 * handshake is exactly: TLS 1.3, ClientHello / server flight / client flight; TLS 1.2,
 * ClientHello / server flight / client flight / server ChangeCipherSpec+Finished.
 */
class TlsEngine
{
  public:
    /// The engine's states.
    enum class State
    {
        IDLE,        //!< created, Start() not called
        HANDSHAKING, //!< the handshake is under way
        ESTABLISHED, //!< the handshake completed: application data and key export work
        CLOSED,      //!< the peer sent close_notify, or Close() was called
        FAILED       //!< a fatal error: see Failure()
    };

    /**
     * \param state a state
     * \return its name
     */
    static std::string StateName(State state);

    /**
     * \param config the configuration
     * \throws CryptoError if the credentials do not parse or do not match
     */
    explicit TlsEngine(const TlsEngineConfig& config);
    ~TlsEngine();
    TlsEngine(const TlsEngine&) = delete;
    TlsEngine& operator=(const TlsEngine&) = delete;

    /**
     * \brief Begin the handshake: a client produces its ClientHello (see TakeOutgoing), a
     *        server starts waiting for one. Calling it twice does nothing.
     */
    void Start();

    /**
     * \brief Feed octets received from the peer, in order (any split into calls is fine).
     *
     * During the handshake it advances it; afterwards it decrypts application data into an
     * internal buffer (ReadApplicationData) and processes alerts. Ignored once CLOSED or
     * FAILED. A server that was not started is started by its first octets.
     *
     * \param bytes the octets
     */
    void OnBytesFromPeer(ByteView bytes);

    /**
     * \brief Take what the engine wants sent to the peer since the last call.
     * \return one element per batch of records produced by one step (a handshake flight,
     *         application data, an alert), in order; empty if nothing is pending
     */
    std::vector<Bytes> TakeOutgoing();

    /** \return the state */
    State GetState() const;

    /** \return true once the handshake has completed (and while not failed or closed) */
    bool IsEstablished() const;

    /** \return true once the handshake has completed, whatever happened afterwards */
    bool HandshakeCompleted() const;

    /** \return true after a fatal error */
    bool HasFailed() const;

    /** \return the reason of the failure, empty if none */
    const std::string& Failure() const;

    /**
     * \brief Export keying material (RFC 5705 / RFC 8446 section 7.5) with
     *        SSL_export_keying_material; always with a context (an empty one is allowed).
     * \param label the exporter label
     * \param context the context value
     * \param length the number of octets wanted
     * \return the octets, identical at both ends of one connection
     * \throws CryptoError if the handshake has not completed or OpenSSL fails
     */
    Bytes ExportKeyingMaterial(const std::string& label, ByteView context, std::size_t length);

    /**
     * \brief Encrypt application data for the peer (then call TakeOutgoing()).
     * \param data the plaintext
     * \throws CryptoError if the handshake has not completed
     */
    void SendApplicationData(ByteView data);

    /**
     * \brief Take the application data decrypted so far.
     * \return the plaintext received since the last call
     */
    Bytes ReadApplicationData();

    /** \brief Send close_notify (then call TakeOutgoing()) and move to CLOSED. */
    void Close();

    /** \return the negotiated protocol version (e.g. "TLSv1.3"), empty before it is known */
    std::string NegotiatedVersion() const;

    /** \return the negotiated cipher suite (e.g. "TLS_AES_256_GCM_SHA384"), or empty */
    std::string NegotiatedCipher() const;

    /** \return the subject CN of the verified peer certificate, or empty */
    std::string PeerCommonName() const;

    /** \return the role */
    TlsRole GetRole() const;

  private:
    /// Run SSL_do_handshake and interpret its result.
    void DriveHandshake();
    /// Decrypt whatever application data and alerts are buffered.
    void DrainApplicationData();
    /// Move what OpenSSL wrote into the outgoing queue (one element).
    void CollectOutgoing();
    /**
     * \brief Enter FAILED with a reason built from the SSL error, the verification result
     *        and OpenSSL's error queue (which is drained).
     * \param what the step that failed
     * \param sslError the SSL_get_error code, or 0
     */
    void Fail(const std::string& what, int sslError);

    struct Impl;
    std::unique_ptr<Impl> m_impl;     //!< the OpenSSL objects
    TlsRole m_role;                   //!< client or server
    State m_state{State::IDLE};       //!< the state
    bool m_handshakeCompleted{false}; //!< SSL_do_handshake returned 1
    std::string m_failure;            //!< the failure reason
    std::vector<Bytes> m_outgoing;    //!< batches waiting for TakeOutgoing
    Bytes m_applicationData;          //!< decrypted application data not yet read
};

} // namespace crypto
} // namespace ns3

#endif /* SECURE_HANDOVER_TLS_ENGINE_H */
