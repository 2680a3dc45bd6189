/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/boolean.h"
#include "ns3/crypto-error.h"
#include "ns3/enum.h"
#include "ns3/packet.h"
#include "ns3/random-source-provider.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/test-ca.h"
#include "ns3/test.h"
#include "ns3/tls-engine.h"
#include "ns3/tls-session.h"

#include <string>
#include <vector>

using namespace ns3;
using crypto::Bytes;
using crypto::TestCertificateAuthority;
using crypto::TlsEngine;
using crypto::TlsEngineConfig;
using crypto::TlsRole;
using crypto::TlsVersion;

namespace
{

/// A source that counts: octet i of the stream is i mod 256, so copies are recognisable.
class CountingSource : public crypto::RandomSource
{
  public:
    void Fill(uint8_t* out, std::size_t size) override
    {
        for (std::size_t i = 0; i < size; ++i)
        {
            out[i] = m_next++;
        }
    }

  private:
    uint8_t m_next{0}; //!< the next octet
};

/// A source that claims to be OpenSSL's RAND (so it is never drawn from through the adapter).
class ClaimsOpenSslSource : public CountingSource
{
  public:
    bool IsOpenSslRand() const override
    {
        return true;
    }
};

/// Everything one handshake put on the wire, per direction, and what the CA made.
struct Transcript
{
    Bytes clientToServer;    //!< every octet the client sent
    Bytes serverToClient;    //!< every octet the server sent
    std::string caPem;       //!< the CA certificate
    std::string serverCert;  //!< the server's certificate
    bool established{false}; //!< both ends completed the handshake
};

/**
 * \param run the RngRun
 * \param useOpenSslRand the SecurityRandom switch
 * \return three SecurityRandom objects (CA, client, server) on streams 0, 1, 2 of seed 7 and
 *         that run
 */
std::vector<Ptr<SecurityRandom>>
MakeRandoms(uint64_t run, bool useOpenSslRand)
{
    uint32_t savedSeed = RngSeedManager::GetSeed();
    uint64_t savedRun = RngSeedManager::GetRun();
    RngSeedManager::SetSeed(7);
    RngSeedManager::SetRun(run);
    std::vector<Ptr<SecurityRandom>> randoms;
    for (int64_t stream = 0; stream < 3; ++stream)
    {
        Ptr<SecurityRandom> random = CreateObject<SecurityRandom>();
        random->SetAttribute("UseOpenSslRand", BooleanValue(useOpenSslRand));
        random->AssignStreams(stream);
        randoms.push_back(random);
    }
    RngSeedManager::SetSeed(savedSeed);
    RngSeedManager::SetRun(savedRun);
    return randoms;
}

/**
 * \param to the stream to extend
 * \param batches what an engine produced
 * \param peer the engine that receives them
 * \return true if anything was moved
 */
bool
Move(Bytes& to, const std::vector<Bytes>& batches, TlsEngine& peer)
{
    for (const Bytes& batch : batches)
    {
        to.insert(to.end(), batch.begin(), batch.end());
        peer.OnBytesFromPeer(batch);
    }
    return !batches.empty();
}

/**
 * \brief Run a CA, a mutually authenticated handshake, one message each way and a close, with
 *        every SecurityRandom on fixed streams under RngRun = run.
 * \param run the RngRun
 * \param version the TLS version
 * \param keyType the CA's key type
 * \param useOpenSslRand the SecurityRandom switch
 * \return what went on the wire
 */
Transcript
RunHandshake(uint64_t run,
             TlsVersion version,
             TestCertificateAuthority::KeyType keyType,
             bool useOpenSslRand)
{
    std::vector<Ptr<SecurityRandom>> randoms = MakeRandoms(run, useOpenSslRand);
    Transcript transcript;
    TestCertificateAuthority ca("tls-random CA", keyType, 365, PeekPointer(randoms[0]));
    transcript.caPem = ca.CertificatePem();
    TlsEngineConfig clientConfig;
    clientConfig.role = TlsRole::CLIENT;
    clientConfig.version = version;
    clientConfig.trustAnchorPem = transcript.caPem;
    clientConfig.identity = ca.Issue("mn.example.net");
    clientConfig.expectedPeerName = "tpos.example.net";
    clientConfig.random = PeekPointer(randoms[1]);
    TlsEngineConfig serverConfig = clientConfig;
    serverConfig.role = TlsRole::SERVER;
    serverConfig.identity = ca.Issue("tpos.example.net");
    serverConfig.expectedPeerName = "mn.example.net";
    serverConfig.random = PeekPointer(randoms[2]);
    transcript.serverCert = serverConfig.identity.certificatePem;

    TlsEngine client(clientConfig);
    TlsEngine server(serverConfig);
    client.Start();
    for (int round = 0; round < 8; ++round)
    {
        bool moved = Move(transcript.clientToServer, client.TakeOutgoing(), server);
        moved = Move(transcript.serverToClient, server.TakeOutgoing(), client) || moved;
        if (!moved)
        {
            break;
        }
    }
    transcript.established = client.IsEstablished() && server.IsEstablished();
    if (transcript.established)
    {
        const Bytes request{'h', 'e', 'l', 'l', 'o'};
        client.SendApplicationData(request);
        Move(transcript.clientToServer, client.TakeOutgoing(), server);
        server.SendApplicationData(server.ReadApplicationData());
        Move(transcript.serverToClient, server.TakeOutgoing(), client);
        client.Close();
        Move(transcript.clientToServer, client.TakeOutgoing(), server);
    }
    return transcript;
}

/// Two TlsSessions wired to each other (1 ms apart), recording what each one sends.
class SessionWire
{
  public:
    /**
     * \param client the client session
     * \param server the server session
     * \param transcript where the octets go
     */
    SessionWire(Ptr<TlsSession> client, Ptr<TlsSession> server, Transcript& transcript)
        : m_client(client),
          m_server(server),
          m_transcript(transcript)
    {
        client->SetSendCallback(MakeCallback(&SessionWire::FromClient, this));
        server->SetSendCallback(MakeCallback(&SessionWire::FromServer, this));
    }

  private:
    /**
     * \param to the stream to extend
     * \param packet the records
     */
    static void Append(Bytes& to, Ptr<Packet> packet)
    {
        Bytes octets(packet->GetSize());
        packet->CopyData(octets.data(), octets.size());
        to.insert(to.end(), octets.begin(), octets.end());
    }

    /** \param packet records from the client */
    void FromClient(Ptr<Packet> packet)
    {
        Append(m_transcript.clientToServer, packet);
        Simulator::Schedule(MilliSeconds(1), &TlsSession::Receive, m_server, packet);
    }

    /** \param packet records from the server */
    void FromServer(Ptr<Packet> packet)
    {
        Append(m_transcript.serverToClient, packet);
        Simulator::Schedule(MilliSeconds(1), &TlsSession::Receive, m_client, packet);
    }

    Ptr<TlsSession> m_client; //!< the client
    Ptr<TlsSession> m_server; //!< the server
    Transcript& m_transcript; //!< the record streams
};

/**
 * \brief A TlsSession handshake whose ends have their SecurityRandom (SetRandom).
 * \param run the RngRun
 * \return what went on the wire
 */
Transcript
RunSessions(uint64_t run)
{
    std::vector<Ptr<SecurityRandom>> randoms = MakeRandoms(run, false);
    Transcript transcript;
    TestCertificateAuthority ca("tls-random CA",
                                TestCertificateAuthority::KeyType::ED25519,
                                365,
                                PeekPointer(randoms[0]));
    transcript.caPem = ca.CertificatePem();
    Ptr<TlsSession> client = CreateObject<TlsSession>();
    client->SetAttribute("PeerName", StringValue("tpos.example.net"));
    client->SetCredentials(transcript.caPem, ca.Issue("mn.example.net"));
    client->SetRandom(randoms[1]);
    Ptr<TlsSession> server = CreateObject<TlsSession>();
    server->SetAttribute("Role", EnumValue(TlsSession::SERVER));
    server->SetAttribute("PeerName", StringValue("mn.example.net"));
    server->SetCredentials(transcript.caPem, ca.Issue("tpos.example.net"));
    server->SetRandom(randoms[2]);
    transcript.established = client->GetRandom() == randoms[1];
    SessionWire wire(client, server, transcript);
    server->Start();
    Simulator::Schedule(MilliSeconds(10), &TlsSession::Start, client);
    Simulator::Run();
    transcript.established =
        transcript.established && client->IsEstablished() && server->IsEstablished();
    client->Dispose();
    server->Dispose();
    Simulator::Destroy();
    return transcript;
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief The adapter copies the source in charge octet for octet, scopes nest, and a draw with
 *        no source in charge (or only one that is OpenSSL's RAND itself) fails.
 */
class RandomSourceAdapterTestCase : public TestCase
{
  public:
    RandomSourceAdapterTestCase()
        : TestCase("RandomSource adapter: octets copied, scopes nest, no source fails")
    {
    }

  private:
    void DoRun() override
    {
        bool threw = false;
        try
        {
            crypto::DrawThroughRandomSourceContext(16);
        }
        catch (const crypto::CryptoError& error)
        {
            threw = true;
        }
        NS_TEST_EXPECT_MSG_EQ(threw, true, "a draw with no source in charge fails");

        CountingSource outer;
        CountingSource inner;
        {
            crypto::ScopedRandomSource outerScope(&outer);
            Bytes first = crypto::DrawThroughRandomSourceContext(4);
            NS_TEST_EXPECT_MSG_EQ((first == Bytes{0, 1, 2, 3}), true, "the source's octets");
            {
                crypto::ScopedRandomSource innerScope(&inner);
                Bytes nested = crypto::DrawThroughRandomSourceContext(3);
                NS_TEST_EXPECT_MSG_EQ((nested == Bytes{0, 1, 2}), true, "the inner source");
                // A null source changes nothing: the inner one stays in charge.
                crypto::ScopedRandomSource none(nullptr);
                NS_TEST_EXPECT_MSG_EQ((crypto::DrawThroughRandomSourceContext(1) == Bytes{3}),
                                      true,
                                      "a null scope leaves the inner source in charge");
            }
            Bytes after = crypto::DrawThroughRandomSourceContext(2);
            NS_TEST_EXPECT_MSG_EQ((after == Bytes{4, 5}), true, "the outer source again");
        }

        ClaimsOpenSslSource openSsl;
        NS_TEST_EXPECT_MSG_EQ(crypto::UsesRandomSource(&openSsl),
                              false,
                              "OpenSSL's RAND is not drawn through the adapter");
        threw = false;
        try
        {
            crypto::ScopedRandomSource scope(&openSsl);
            crypto::DrawThroughRandomSourceContext(16);
        }
        catch (const crypto::CryptoError& error)
        {
            threw = true;
        }
        NS_TEST_EXPECT_MSG_EQ(threw, true, "the scope of an OpenSSL source installs nothing");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Same RngSeed, RngRun and streams: byte-identical certificates and record streams in
 *        both directions; another RngRun: different ones; UseOpenSslRand: two identical
 *        configurations differ.
 */
class TlsEngineReproducibleTestCase : public TestCase
{
  public:
    /**
     * \param version the TLS version
     * \param keyType the CA's key type
     */
    TlsEngineReproducibleTestCase(TlsVersion version, TestCertificateAuthority::KeyType keyType)
        : TestCase(
              std::string("Reproducible TLS ") + (version == TlsVersion::TLS_1_3 ? "1.3" : "1.2") +
              " with " +
              (keyType == TestCertificateAuthority::KeyType::ED25519 ? "Ed25519" : "ECDSA P-256")),
          m_version(version),
          m_keyType(keyType)
    {
    }

  private:
    void DoRun() override
    {
        Transcript a = RunHandshake(1, m_version, m_keyType, false);
        Transcript b = RunHandshake(1, m_version, m_keyType, false);
        Transcript c = RunHandshake(2, m_version, m_keyType, false);
        NS_TEST_ASSERT_MSG_EQ(a.established, true, "the handshake completes");
        NS_TEST_ASSERT_MSG_EQ(b.established, true, "the repeated handshake completes");
        NS_TEST_ASSERT_MSG_EQ(c.established, true, "the other run's handshake completes");
        NS_TEST_EXPECT_MSG_EQ((a.caPem == b.caPem), true, "same run: identical CA certificate");
        NS_TEST_EXPECT_MSG_EQ((a.serverCert == b.serverCert),
                              true,
                              "same run: identical issued certificate");
        NS_TEST_EXPECT_MSG_EQ((a.clientToServer == b.clientToServer),
                              true,
                              "same run: identical client-to-server records");
        NS_TEST_EXPECT_MSG_EQ((a.serverToClient == b.serverToClient),
                              true,
                              "same run: identical server-to-client records");
        NS_TEST_EXPECT_MSG_EQ((a.caPem != c.caPem), true, "another run: another CA key");
        NS_TEST_EXPECT_MSG_EQ((a.clientToServer != c.clientToServer),
                              true,
                              "another run: other client-to-server records");
        NS_TEST_EXPECT_MSG_EQ((a.serverToClient != c.serverToClient),
                              true,
                              "another run: other server-to-client records");

        Transcript x = RunHandshake(1, m_version, m_keyType, true);
        Transcript y = RunHandshake(1, m_version, m_keyType, true);
        NS_TEST_ASSERT_MSG_EQ((x.established && y.established), true, "OpenSSL RAND handshakes");
        NS_TEST_EXPECT_MSG_EQ((x.caPem != y.caPem), true, "OpenSSL RAND: other CA keys");
        NS_TEST_EXPECT_MSG_EQ((x.clientToServer != y.clientToServer),
                              true,
                              "OpenSSL RAND: other client-to-server records");
        NS_TEST_EXPECT_MSG_EQ((x.serverToClient != y.serverToClient),
                              true,
                              "OpenSSL RAND: other server-to-client records");
    }

    TlsVersion m_version;                        //!< the version
    TestCertificateAuthority::KeyType m_keyType; //!< the key type
};

/**
 * \ingroup secure-handover-tests
 * \brief TlsSession::SetRandom: two simulated handshakes on the same run send byte-identical
 *        records both ways; another run sends other ones.
 */
class TlsSessionReproducibleTestCase : public TestCase
{
  public:
    TlsSessionReproducibleTestCase()
        : TestCase("TlsSession with SetRandom: same run, byte-identical records")
    {
    }

  private:
    void DoRun() override
    {
        Transcript a = RunSessions(1);
        Transcript b = RunSessions(1);
        Transcript c = RunSessions(2);
        NS_TEST_ASSERT_MSG_EQ((a.established && b.established && c.established),
                              true,
                              "every session pair is established (with the source it was given)");
        NS_TEST_EXPECT_MSG_EQ((a.clientToServer == b.clientToServer),
                              true,
                              "same run: identical client records");
        NS_TEST_EXPECT_MSG_EQ((a.serverToClient == b.serverToClient),
                              true,
                              "same run: identical server records");
        NS_TEST_EXPECT_MSG_EQ((a.clientToServer != c.clientToServer),
                              true,
                              "another run: other client records");
        NS_TEST_EXPECT_MSG_EQ((a.serverToClient != c.serverToClient),
                              true,
                              "another run: other server records");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief OpenSSL's randomness drawn from ns-3 random streams.
 */
class TlsRandomTestSuite : public TestSuite
{
  public:
    TlsRandomTestSuite()
        : TestSuite("secure-handover-tls-random", TestSuite::Type::UNIT)
    {
        using KeyType = TestCertificateAuthority::KeyType;
        AddTestCase(new RandomSourceAdapterTestCase());
        AddTestCase(new TlsEngineReproducibleTestCase(TlsVersion::TLS_1_3, KeyType::ED25519));
        AddTestCase(new TlsEngineReproducibleTestCase(TlsVersion::TLS_1_3, KeyType::ECDSA_P256));
        AddTestCase(new TlsEngineReproducibleTestCase(TlsVersion::TLS_1_2, KeyType::ECDSA_P256));
        AddTestCase(new TlsSessionReproducibleTestCase());
    }
};

/// The suite's static instance.
static TlsRandomTestSuite g_tlsRandomTestSuite;
