/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "tls-engine.h"

#include "openssl-handles.h"
#include "random-source-provider.h"

#include "ns3/log.h"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CryptoTlsEngine");

namespace crypto
{

namespace
{

/**
 * \param text PEM text
 * \return a read-only memory BIO over it
 */
BioPtr
ReadOnlyBio(const std::string& text)
{
    return OwnOrThrow<BioPtr>(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())),
                              "BIO_new_mem_buf",
                              "PEM");
}

/**
 * \param code an SSL_get_error code
 * \return its name
 */
std::string
SslErrorName(int code)
{
    switch (code)
    {
    case SSL_ERROR_NONE:
        return "SSL_ERROR_NONE";
    case SSL_ERROR_SSL:
        return "SSL_ERROR_SSL";
    case SSL_ERROR_WANT_READ:
        return "SSL_ERROR_WANT_READ";
    case SSL_ERROR_WANT_WRITE:
        return "SSL_ERROR_WANT_WRITE";
    case SSL_ERROR_SYSCALL:
        return "SSL_ERROR_SYSCALL";
    case SSL_ERROR_ZERO_RETURN:
        return "SSL_ERROR_ZERO_RETURN";
    default:
        return "SSL error " + std::to_string(code);
    }
}

} // namespace

/// The OpenSSL objects of one engine.
struct TlsEngine::Impl
{
    SslCtxPtr ctx;                 //!< the context (credentials, versions, verification)
    SslPtr ssl;                    //!< the connection; it owns both BIOs
    BIO* rbio{nullptr};            //!< octets from the peer go in here
    BIO* wbio{nullptr};            //!< octets for the peer come out here
    RandomSource* random{nullptr}; //!< OpenSSL's randomness, or null for its default
};

std::string
TlsEngine::StateName(State state)
{
    switch (state)
    {
    case State::IDLE:
        return "IDLE";
    case State::HANDSHAKING:
        return "HANDSHAKING";
    case State::ESTABLISHED:
        return "ESTABLISHED";
    case State::CLOSED:
        return "CLOSED";
    case State::FAILED:
        return "FAILED";
    }
    return "UNKNOWN";
}

TlsEngine::TlsEngine(const TlsEngineConfig& config)
    : m_impl(std::make_unique<Impl>()),
      m_role(config.role)
{
    m_impl->random = config.random;
    // SSL_CTX_new_ex already draws (ticket keys): the source is in charge from here on.
    ScopedRandomSource scope(m_impl->random);
    OSSL_LIB_CTX* libctx =
        UsesRandomSource(m_impl->random) ? RandomSourceLibraryContext() : nullptr;
    ERR_clear_error();
    m_impl->ctx = OwnOrThrow<SslCtxPtr>(SSL_CTX_new_ex(libctx, nullptr, TLS_method()),
                                        "SSL_CTX_new_ex",
                                        "TLS_method");
    SSL_CTX* ctx = m_impl->ctx.get();

    const int version = config.version == TlsVersion::TLS_1_3 ? TLS1_3_VERSION : TLS1_2_VERSION;
    if (SSL_CTX_set_min_proto_version(ctx, version) != 1 ||
        SSL_CTX_set_max_proto_version(ctx, version) != 1)
    {
        ThrowOpenSslError("SSL_CTX_set_min/max_proto_version");
    }
    if (config.version == TlsVersion::TLS_1_2 &&
        SSL_CTX_set_cipher_list(ctx, "ECDHE+AESGCM:ECDHE+CHACHA20") != 1)
    {
        ThrowOpenSslError("SSL_CTX_set_cipher_list");
    }
    // Full handshakes only: no tickets (no NewSessionTicket after a TLS 1.3 handshake), no
    // session cache.
    if (SSL_CTX_set_num_tickets(ctx, 0) != 1)
    {
        ThrowOpenSslError("SSL_CTX_set_num_tickets");
    }
    SSL_CTX_set_options(ctx, SSL_OP_NO_TICKET);
    // Send the end-entity certificate only, not a chain built from the trust store (which
    // would add the root the peer already has): the test CA issues directly from its root.
    SSL_CTX_set_mode(ctx, SSL_MODE_NO_AUTO_CHAIN);
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);

    // Trust anchors: every certificate in the PEM text.
    if (config.trustAnchorPem.empty())
    {
        ThrowUsageError("TlsEngine: no trust anchor (CA certificate) configured");
    }
    {
        BioPtr bio = ReadOnlyBio(config.trustAnchorPem);
        X509_STORE* store = SSL_CTX_get_cert_store(ctx);
        int anchors = 0;
        while (true)
        {
            X509Ptr anchor(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
            if (!anchor)
            {
                break;
            }
            if (X509_STORE_add_cert(store, anchor.get()) != 1)
            {
                ThrowOpenSslError("X509_STORE_add_cert");
            }
            ++anchors;
        }
        if (anchors == 0)
        {
            ThrowOpenSslError("PEM_read_bio_X509(trust anchor)");
        }
        ERR_clear_error(); // the end-of-input "no start line" of the loop above
    }

    // This end's certificate and key.
    const bool hasIdentity = !config.identity.certificatePem.empty();
    if (!hasIdentity && config.role == TlsRole::SERVER)
    {
        ThrowUsageError("TlsEngine: a server needs a certificate and a private key");
    }
    if (hasIdentity)
    {
        BioPtr certificateBio = ReadOnlyBio(config.identity.certificatePem);
        X509Ptr certificate(PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr));
        if (!certificate)
        {
            ThrowOpenSslError("PEM_read_bio_X509(own certificate)");
        }
        // The key belongs to the engine's library context, so that signing with it (an
        // ECDSA nonce) draws from the same randomness.
        BioPtr keyBio = ReadOnlyBio(config.identity.privateKeyPem);
        EvpPkeyPtr key(
            PEM_read_bio_PrivateKey_ex(keyBio.get(), nullptr, nullptr, nullptr, libctx, nullptr));
        if (!key)
        {
            ThrowOpenSslError("PEM_read_bio_PrivateKey(own key)");
        }
        if (SSL_CTX_use_certificate(ctx, certificate.get()) != 1)
        {
            ThrowOpenSslError("SSL_CTX_use_certificate");
        }
        if (SSL_CTX_use_PrivateKey(ctx, key.get()) != 1)
        {
            ThrowOpenSslError("SSL_CTX_use_PrivateKey");
        }
        if (SSL_CTX_check_private_key(ctx) != 1)
        {
            ThrowOpenSslError("SSL_CTX_check_private_key(key does not match certificate)");
        }
    }

    int verifyMode = SSL_VERIFY_PEER;
    if (config.role == TlsRole::SERVER)
    {
        verifyMode = config.mutualAuthentication
                         ? (SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT)
                         : SSL_VERIFY_NONE;
    }
    SSL_CTX_set_verify(ctx, verifyMode, nullptr);

    m_impl->ssl = OwnOrThrow<SslPtr>(SSL_new(ctx), "SSL_new", "connection");
    SSL* ssl = m_impl->ssl.get();
    BioPtr rbio = OwnOrThrow<BioPtr>(BIO_new(BIO_s_mem()), "BIO_new", "read BIO");
    BioPtr wbio = OwnOrThrow<BioPtr>(BIO_new(BIO_s_mem()), "BIO_new", "write BIO");
    // An empty read BIO means "more to come", not end of file.
    BIO_set_mem_eof_return(rbio.get(), -1);
    m_impl->rbio = rbio.release();
    m_impl->wbio = wbio.release();
    SSL_set_bio(ssl, m_impl->rbio, m_impl->wbio); // the SSL object owns them from here

    if (config.role == TlsRole::CLIENT)
    {
        SSL_set_connect_state(ssl);
    }
    else
    {
        SSL_set_accept_state(ssl);
    }

    const std::string& peer = config.expectedPeerName;
    if (!peer.empty())
    {
        X509_VERIFY_PARAM* param = SSL_get0_param(ssl);
        if (peer.find('@') != std::string::npos)
        {
            if (X509_VERIFY_PARAM_set1_email(param, peer.c_str(), peer.size()) != 1)
            {
                ThrowOpenSslError("X509_VERIFY_PARAM_set1_email(" + peer + ")");
            }
        }
        else
        {
            X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
            if (X509_VERIFY_PARAM_set1_host(param, peer.c_str(), peer.size()) != 1)
            {
                ThrowOpenSslError("X509_VERIFY_PARAM_set1_host(" + peer + ")");
            }
            if (config.role == TlsRole::CLIENT &&
                SSL_set_tlsext_host_name(ssl, peer.c_str()) != 1) // SNI, as real clients do
            {
                ThrowOpenSslError("SSL_set_tlsext_host_name(" + peer + ")");
            }
        }
    }
}

TlsEngine::~TlsEngine() = default;

void
TlsEngine::Start()
{
    ScopedRandomSource scope(m_impl->random);
    if (m_state != State::IDLE)
    {
        return;
    }
    m_state = State::HANDSHAKING;
    NS_LOG_LOGIC((m_role == TlsRole::CLIENT ? "client" : "server") << " handshake started");
    if (m_role == TlsRole::CLIENT)
    {
        DriveHandshake();
    }
}

void
TlsEngine::OnBytesFromPeer(ByteView bytes)
{
    ScopedRandomSource scope(m_impl->random);
    if (m_state == State::CLOSED || m_state == State::FAILED)
    {
        NS_LOG_LOGIC("ignoring " << bytes.size() << " octets in state " << StateName(m_state));
        return;
    }
    if (m_state == State::IDLE)
    {
        if (m_role == TlsRole::CLIENT)
        {
            Fail("octets from the peer before the client started", 0);
            return;
        }
        Start();
    }
    if (!bytes.empty())
    {
        ERR_clear_error();
        int written = BIO_write(m_impl->rbio, bytes.data(), static_cast<int>(bytes.size()));
        if (written != static_cast<int>(bytes.size()))
        {
            Fail("BIO_write(read BIO)", 0);
            return;
        }
    }
    if (m_state == State::HANDSHAKING)
    {
        DriveHandshake();
    }
    else if (m_state == State::ESTABLISHED)
    {
        DrainApplicationData();
    }
}

void
TlsEngine::DriveHandshake()
{
    ERR_clear_error();
    int rc = SSL_do_handshake(m_impl->ssl.get());
    if (rc == 1)
    {
        CollectOutgoing();
        m_state = State::ESTABLISHED;
        m_handshakeCompleted = true;
        NS_LOG_LOGIC("handshake complete: " << NegotiatedVersion() << " " << NegotiatedCipher()
                                            << ", peer " << PeerCommonName());
        // Records that followed the last handshake message in the same input.
        DrainApplicationData();
        return;
    }
    int error = SSL_get_error(m_impl->ssl.get(), rc);
    CollectOutgoing(); // a flight, or the fatal alert OpenSSL queued
    if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
    {
        return;
    }
    Fail("handshake", error);
}

void
TlsEngine::DrainApplicationData()
{
    uint8_t buffer[16384];
    while (m_state == State::ESTABLISHED)
    {
        ERR_clear_error();
        std::size_t read = 0;
        int rc = SSL_read_ex(m_impl->ssl.get(), buffer, sizeof(buffer), &read);
        if (rc == 1)
        {
            m_applicationData.insert(m_applicationData.end(), buffer, buffer + read);
            continue;
        }
        int error = SSL_get_error(m_impl->ssl.get(), rc);
        if (error == SSL_ERROR_WANT_READ || error == SSL_ERROR_WANT_WRITE)
        {
            break;
        }
        if (error == SSL_ERROR_ZERO_RETURN)
        {
            NS_LOG_LOGIC("close_notify from the peer");
            m_state = State::CLOSED;
            break;
        }
        CollectOutgoing();
        Fail("record layer", error);
        return;
    }
    OPENSSL_cleanse(buffer, sizeof(buffer));
    CollectOutgoing();
}

void
TlsEngine::CollectOutgoing()
{
    std::size_t pending = BIO_ctrl_pending(m_impl->wbio);
    if (pending == 0)
    {
        return;
    }
    Bytes batch(pending);
    int read = BIO_read(m_impl->wbio, batch.data(), static_cast<int>(pending));
    if (read != static_cast<int>(pending))
    {
        Fail("BIO_read(write BIO)", 0);
        return;
    }
    m_outgoing.push_back(std::move(batch));
}

void
TlsEngine::Fail(const std::string& what, int sslError)
{
    std::string reason = what;
    if (sslError != 0)
    {
        reason += " (" + SslErrorName(sslError) + ")";
    }
    long verify = SSL_get_verify_result(m_impl->ssl.get());
    if (verify != X509_V_OK)
    {
        reason += ": certificate verification failed: ";
        reason += X509_verify_cert_error_string(verify);
    }
    unsigned long code;
    while ((code = ERR_get_error()) != 0)
    {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof(buffer));
        reason += "; ";
        reason += buffer;
    }
    NS_LOG_LOGIC("failed: " << reason);
    m_failure = reason;
    m_state = State::FAILED;
}

std::vector<Bytes>
TlsEngine::TakeOutgoing()
{
    std::vector<Bytes> batches;
    batches.swap(m_outgoing);
    return batches;
}

TlsEngine::State
TlsEngine::GetState() const
{
    return m_state;
}

bool
TlsEngine::IsEstablished() const
{
    return m_state == State::ESTABLISHED;
}

bool
TlsEngine::HandshakeCompleted() const
{
    return m_handshakeCompleted;
}

bool
TlsEngine::HasFailed() const
{
    return m_state == State::FAILED;
}

const std::string&
TlsEngine::Failure() const
{
    return m_failure;
}

Bytes
TlsEngine::ExportKeyingMaterial(const std::string& label, ByteView context, std::size_t length)
{
    ScopedRandomSource scope(m_impl->random);
    if (m_state != State::ESTABLISHED)
    {
        ThrowUsageError("TlsEngine::ExportKeyingMaterial: the handshake has not completed (" +
                        StateName(m_state) + ")");
    }
    if (length == 0)
    {
        ThrowUsageError("TlsEngine::ExportKeyingMaterial: zero length");
    }
    static const uint8_t EMPTY = 0;
    Bytes out(length);
    ERR_clear_error();
    if (SSL_export_keying_material(m_impl->ssl.get(),
                                   out.data(),
                                   out.size(),
                                   label.c_str(),
                                   label.size(),
                                   context.empty() ? &EMPTY : context.data(),
                                   context.size(),
                                   1) != 1)
    {
        ThrowOpenSslError("SSL_export_keying_material(" + label + ")");
    }
    return out;
}

void
TlsEngine::SendApplicationData(ByteView data)
{
    ScopedRandomSource scope(m_impl->random);
    if (m_state != State::ESTABLISHED)
    {
        ThrowUsageError("TlsEngine::SendApplicationData: the handshake has not completed (" +
                        StateName(m_state) + ")");
    }
    if (data.empty())
    {
        return;
    }
    ERR_clear_error();
    std::size_t written = 0;
    int rc = SSL_write_ex(m_impl->ssl.get(), data.data(), data.size(), &written);
    if (rc != 1 || written != data.size())
    {
        CollectOutgoing();
        Fail("SSL_write_ex", SSL_get_error(m_impl->ssl.get(), rc));
        return;
    }
    CollectOutgoing();
}

Bytes
TlsEngine::ReadApplicationData()
{
    Bytes data;
    data.swap(m_applicationData);
    return data;
}

void
TlsEngine::Close()
{
    ScopedRandomSource scope(m_impl->random);
    if (m_state == State::HANDSHAKING || m_state == State::ESTABLISHED)
    {
        ERR_clear_error();
        if (SSL_shutdown(m_impl->ssl.get()) < 0)
        {
            NS_LOG_LOGIC("SSL_shutdown reported an error; closing anyway");
            ERR_clear_error();
        }
        CollectOutgoing();
    }
    if (m_state != State::FAILED)
    {
        m_state = State::CLOSED;
    }
}

std::string
TlsEngine::NegotiatedVersion() const
{
    if (m_state == State::IDLE || m_state == State::HANDSHAKING)
    {
        return "";
    }
    return SSL_get_version(m_impl->ssl.get());
}

std::string
TlsEngine::NegotiatedCipher() const
{
    const SSL_CIPHER* cipher = SSL_get_current_cipher(m_impl->ssl.get());
    return cipher != nullptr ? SSL_CIPHER_get_name(cipher) : "";
}

std::string
TlsEngine::PeerCommonName() const
{
    X509* peer = SSL_get0_peer_certificate(m_impl->ssl.get());
    if (peer == nullptr)
    {
        return "";
    }
    char name[256];
    int length =
        X509_NAME_get_text_by_NID(X509_get_subject_name(peer), NID_commonName, name, sizeof(name));
    return length > 0 ? std::string(name, static_cast<std::size_t>(length)) : "";
}

TlsRole
TlsEngine::GetRole() const
{
    return m_role;
}

} // namespace crypto
} // namespace ns3
