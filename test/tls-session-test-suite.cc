/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/boolean.h"
#include "ns3/crypto-error.h"
#include "ns3/data-rate.h"
#include "ns3/enum.h"
#include "ns3/inet-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-address-helper.h"
#include "ns3/ipv4-interface-container.h"
#include "ns3/node-container.h"
#include "ns3/packet.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/test-ca.h"
#include "ns3/test.h"
#include "ns3/tls-engine.h"
#include "ns3/tls-session.h"
#include "ns3/tls-udp-transport.h"

#include <cstdio>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

using namespace ns3;
using crypto::Bytes;
using crypto::TestCertificateAuthority;
using crypto::TlsEngine;
using crypto::TlsEngineConfig;
using crypto::TlsIdentity;
using crypto::TlsRole;
using crypto::TlsVersion;

namespace
{

/// The server's (e.g. a TPoS's or an HKS's) identity in these tests.
const std::string SERVER_NAME = "tpos.example.net";
/// The client's (e.g. an MN's or an AR's) identity in these tests.
const std::string CLIENT_NAME = "mn.example.net";

/// Credentials of both ends, from one CA.
struct Credentials
{
    std::string trustAnchor; //!< the CA certificate
    TlsIdentity server;      //!< the server's identity
    TlsIdentity client;      //!< the client's identity
};

/**
 * \param keyType the CA's key type
 * \return a fresh CA's certificate and identities for SERVER_NAME and CLIENT_NAME
 */
Credentials
MakeCredentials(
    TestCertificateAuthority::KeyType keyType = TestCertificateAuthority::KeyType::ED25519)
{
    TestCertificateAuthority ca("secure-handover test CA", keyType);
    return Credentials{ca.CertificatePem(), ca.Issue(SERVER_NAME), ca.Issue(CLIENT_NAME)};
}

/**
 * \param role the role
 * \param version the version
 * \param trustAnchor the CA certificate
 * \param identity this end's identity
 * \param peerName the expected peer name
 * \return an engine configuration
 */
TlsEngineConfig
Config(TlsRole role,
       TlsVersion version,
       const std::string& trustAnchor,
       const TlsIdentity& identity,
       const std::string& peerName)
{
    TlsEngineConfig config;
    config.role = role;
    config.version = version;
    config.trustAnchorPem = trustAnchor;
    config.identity = identity;
    config.expectedPeerName = peerName;
    return config;
}

/// A hook that may modify a batch on its way from the server to the client.
using Tamper = std::function<void(Bytes&)>;

/**
 * \brief Move batches between two engines until neither has anything to send.
 * \param client the client (already started)
 * \param server the server
 * \param flightSizes if not null, receives the size of every batch moved, in order
 * \param tamperServer if set, applied to every server batch before delivery
 * \return the number of batches moved
 */
uint32_t
Pump(TlsEngine& client,
     TlsEngine& server,
     std::vector<std::size_t>* flightSizes = nullptr,
     const Tamper& tamperServer = nullptr)
{
    uint32_t moved = 0;
    for (int round = 0; round < 16; ++round)
    {
        bool any = false;
        for (auto& batch : client.TakeOutgoing())
        {
            any = true;
            ++moved;
            if (flightSizes)
            {
                flightSizes->push_back(batch.size());
            }
            server.OnBytesFromPeer(batch);
        }
        for (auto& batch : server.TakeOutgoing())
        {
            any = true;
            ++moved;
            if (flightSizes)
            {
                flightSizes->push_back(batch.size());
            }
            if (tamperServer)
            {
                tamperServer(batch);
            }
            client.OnBytesFromPeer(batch);
        }
        if (!any)
        {
            break;
        }
    }
    return moved;
}

/**
 * \param text a text
 * \param part a part
 * \return true if text contains part
 */
bool
Contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief A full handshake between two engines pumped directly: both complete, agree on the
 *        version, the peer identities and the exported keying material, exchange application
 *        data both ways and close cleanly.
 *
 * Flight counts: RFC 8446 section 2 (TLS 1.3 full handshake: ClientHello; ServerHello ...
 * Finished; client Certificate, CertificateVerify, Finished) and RFC 5246 section 7.3
 * (TLS 1.2: four flights). Session tickets are disabled, so no NewSessionTicket follows.
 */
class TlsEngineHandshakeTestCase : public TestCase
{
  public:
    /**
     * \param version the version both ends use
     * \param keyType the CA's key type
     */
    TlsEngineHandshakeTestCase(TlsVersion version, TestCertificateAuthority::KeyType keyType)
        : TestCase(
              std::string("Engine handshake ") +
              (version == TlsVersion::TLS_1_3 ? "TLS 1.3" : "TLS 1.2") + " with " +
              (keyType == TestCertificateAuthority::KeyType::ED25519 ? "Ed25519" : "ECDSA P-256") +
              " certificates"),
          m_version(version),
          m_keyType(keyType)
    {
    }

  private:
    void DoRun() override
    {
        Credentials credentials = MakeCredentials(m_keyType);
        TlsEngine client(Config(TlsRole::CLIENT,
                                m_version,
                                credentials.trustAnchor,
                                credentials.client,
                                SERVER_NAME));
        TlsEngine server(Config(TlsRole::SERVER,
                                m_version,
                                credentials.trustAnchor,
                                credentials.server,
                                CLIENT_NAME));
        NS_TEST_ASSERT_MSG_EQ(client.TakeOutgoing().empty(), true, "nothing before Start");
        client.Start();
        std::vector<std::size_t> flights;
        Pump(client, server, &flights);

        NS_TEST_ASSERT_MSG_EQ(client.IsEstablished(), true, "client: " << client.Failure());
        NS_TEST_ASSERT_MSG_EQ(server.IsEstablished(), true, "server: " << server.Failure());
        const bool tls13 = m_version == TlsVersion::TLS_1_3;
        NS_TEST_EXPECT_MSG_EQ(flights.size(), (tls13 ? 3u : 4u), "flights of a full handshake");
        NS_TEST_EXPECT_MSG_EQ(client.NegotiatedVersion(),
                              (tls13 ? "TLSv1.3" : "TLSv1.2"),
                              "negotiated version");
        NS_TEST_EXPECT_MSG_EQ(server.NegotiatedVersion(), client.NegotiatedVersion(), "version");
        NS_TEST_EXPECT_MSG_EQ(client.NegotiatedCipher().empty(), false, "a cipher suite");
        NS_TEST_EXPECT_MSG_EQ(client.PeerCommonName(), SERVER_NAME, "client sees the server");
        NS_TEST_EXPECT_MSG_EQ(server.PeerCommonName(), CLIENT_NAME, "server sees the client");
        std::size_t total = 0;
        for (auto size : flights)
        {
            total += size;
        }
        NS_TEST_EXPECT_MSG_GT(total, 1000u, "two certificates travel in the handshake");

        // Keying material export (RFC 8446 section 7.5): the same at both ends, and bound to
        // the label and the context.
        const std::string label = "EXPORTER-secure-handover-test";
        Bytes context{1, 2, 3};
        Bytes a = client.ExportKeyingMaterial(label, context, 32);
        Bytes b = server.ExportKeyingMaterial(label, context, 32);
        NS_TEST_EXPECT_MSG_EQ(a.size(), 32u, "exported length");
        NS_TEST_EXPECT_MSG_EQ((a == b), true, "both ends export the same keying material");
        NS_TEST_EXPECT_MSG_EQ((a == client.ExportKeyingMaterial(label + "x", context, 32)),
                              false,
                              "another label gives other material");
        NS_TEST_EXPECT_MSG_EQ((a == client.ExportKeyingMaterial(label, Bytes{}, 32)),
                              false,
                              "another context gives other material");

        // Application data, both ways.
        const std::string request = "AAA request over TLS";
        const std::string answer = "AAA answer";
        client.SendApplicationData(request);
        Pump(client, server);
        Bytes got = server.ReadApplicationData();
        NS_TEST_EXPECT_MSG_EQ(std::string(got.begin(), got.end()), request, "client -> server");
        server.SendApplicationData(answer);
        Pump(client, server);
        got = client.ReadApplicationData();
        NS_TEST_EXPECT_MSG_EQ(std::string(got.begin(), got.end()), answer, "server -> client");

        client.Close();
        NS_TEST_EXPECT_MSG_EQ((client.GetState() == TlsEngine::State::CLOSED), true, "closed");
        Pump(client, server);
        NS_TEST_EXPECT_MSG_EQ(TlsEngine::StateName(server.GetState()),
                              "CLOSED",
                              "close_notify reaches the server");
        NS_TEST_EXPECT_MSG_EQ(server.HasFailed(), false, "a clean close is not a failure");
    }

    TlsVersion m_version;                        //!< the version
    TestCertificateAuthority::KeyType m_keyType; //!< the key type
};

/**
 * \ingroup secure-handover-tests
 * \brief Flipping one octet of the server's flight makes the client fail with a reason, and
 *        the client's fatal alert makes the server fail too; nothing is established.
 */
class TlsEngineTamperTestCase : public TestCase
{
  public:
    /**
     * \param position which octet of the server flight to flip: an offset from the start
     *        if >= 0, from the end if < 0
     * \param version the version
     */
    TlsEngineTamperTestCase(int position, TlsVersion version)
        : TestCase("Engine: a 1-octet tamper at offset " + std::to_string(position) +
                   " of the server flight (" +
                   (version == TlsVersion::TLS_1_3 ? "TLS 1.3" : "TLS 1.2") +
                   ") fails the handshake"),
          m_position(position),
          m_version(version)
    {
    }

  private:
    void DoRun() override
    {
        Credentials credentials = MakeCredentials();
        TlsEngine client(Config(TlsRole::CLIENT,
                                m_version,
                                credentials.trustAnchor,
                                credentials.client,
                                SERVER_NAME));
        TlsEngine server(Config(TlsRole::SERVER,
                                m_version,
                                credentials.trustAnchor,
                                credentials.server,
                                CLIENT_NAME));
        client.Start();
        bool tampered = false;
        int position = m_position;
        Pump(client, server, nullptr, [&tampered, position](Bytes& batch) {
            if (tampered || batch.empty())
            {
                return;
            }
            std::size_t index = position >= 0 ? static_cast<std::size_t>(position)
                                              : batch.size() - static_cast<std::size_t>(-position);
            batch.at(index) ^= 0x01;
            tampered = true;
        });
        NS_TEST_ASSERT_MSG_EQ(tampered, true, "the server flight was tampered with");
        NS_TEST_EXPECT_MSG_EQ(client.HasFailed(), true, "the client detects the tamper");
        NS_TEST_EXPECT_MSG_EQ(client.IsEstablished(), false, "client not established");
        NS_TEST_EXPECT_MSG_EQ(client.Failure().empty(), false, "a reason is given");
        NS_TEST_EXPECT_MSG_EQ(server.HasFailed(), true, "the client's alert reaches the server");
        NS_TEST_EXPECT_MSG_EQ(Contains(server.Failure(), "alert"), true, server.Failure());
        bool threw = false;
        try
        {
            client.ExportKeyingMaterial("EXPORTER-x", Bytes{}, 16);
        }
        catch (const crypto::CryptoError&)
        {
            threw = true;
        }
        NS_TEST_EXPECT_MSG_EQ(threw, true, "no keying material from a failed handshake");
        // A failed engine ignores further input and does not throw.
        client.OnBytesFromPeer(Bytes{22, 3, 3, 0, 1, 0});
        NS_TEST_EXPECT_MSG_EQ(client.HasFailed(), true, "still failed");
    }

    int m_position;       //!< offset of the flipped octet
    TlsVersion m_version; //!< the version
};

/**
 * \ingroup secure-handover-tests
 * \brief Peer authentication failures: a server certificate for the wrong name, one from
 *        another CA, a client certificate for the wrong name, a missing client certificate.
 *        Each fails with the X.509 verification reason (RFC 5280 path validation, RFC 6125
 *        name check as OpenSSL implements them).
 */
class TlsEngineAuthenticationTestCase : public TestCase
{
  public:
    TlsEngineAuthenticationTestCase()
        : TestCase("Engine: wrong server name, foreign CA, wrong client name, missing client "
                   "certificate all fail")
    {
    }

  private:
    void DoRun() override
    {
        TestCertificateAuthority ca;
        TestCertificateAuthority otherCa("another CA");
        const std::string anchor = ca.CertificatePem();
        TlsIdentity client = ca.Issue(CLIENT_NAME);

        // 1. The server's certificate names someone else.
        {
            TlsEngine c(Config(TlsRole::CLIENT, TlsVersion::TLS_1_3, anchor, client, SERVER_NAME));
            TlsEngine s(Config(TlsRole::SERVER,
                               TlsVersion::TLS_1_3,
                               anchor,
                               ca.Issue("rogue.example.net"),
                               CLIENT_NAME));
            c.Start();
            Pump(c, s);
            NS_TEST_EXPECT_MSG_EQ(c.HasFailed(), true, "wrong server name rejected");
            NS_TEST_EXPECT_MSG_EQ(Contains(c.Failure(), "hostname mismatch"), true, c.Failure());
            NS_TEST_EXPECT_MSG_EQ(s.IsEstablished(), false, "server not established");
        }
        // 2. The server's certificate is from another CA.
        {
            TlsEngine c(Config(TlsRole::CLIENT, TlsVersion::TLS_1_3, anchor, client, SERVER_NAME));
            TlsEngine s(Config(TlsRole::SERVER,
                               TlsVersion::TLS_1_3,
                               otherCa.CertificatePem(),
                               otherCa.Issue(SERVER_NAME),
                               CLIENT_NAME));
            c.Start();
            Pump(c, s);
            NS_TEST_EXPECT_MSG_EQ(c.HasFailed(), true, "foreign CA rejected");
            NS_TEST_EXPECT_MSG_EQ(Contains(c.Failure(), "unable to get local issuer certificate"),
                                  true,
                                  c.Failure());
        }
        // 3. The client's certificate names someone else: the server rejects it after the
        //    client has finished (TLS 1.3), and its alert then fails the client too.
        {
            TlsEngine c(Config(TlsRole::CLIENT,
                               TlsVersion::TLS_1_3,
                               anchor,
                               ca.Issue("intruder.example.net"),
                               SERVER_NAME));
            TlsEngine s(Config(TlsRole::SERVER,
                               TlsVersion::TLS_1_3,
                               anchor,
                               ca.Issue(SERVER_NAME),
                               CLIENT_NAME));
            c.Start();
            Pump(c, s);
            NS_TEST_EXPECT_MSG_EQ(s.HasFailed(), true, "wrong client name rejected");
            NS_TEST_EXPECT_MSG_EQ(Contains(s.Failure(), "hostname mismatch"), true, s.Failure());
            NS_TEST_EXPECT_MSG_EQ(c.HasFailed(), true, "the server's alert fails the client");
            NS_TEST_EXPECT_MSG_EQ(c.HandshakeCompleted(),
                                  true,
                                  "the TLS 1.3 client had finished before the server's check");
        }
        // 4. No client certificate while the server requires one.
        {
            TlsEngine c(
                Config(TlsRole::CLIENT, TlsVersion::TLS_1_3, anchor, TlsIdentity{}, SERVER_NAME));
            TlsEngine s(Config(TlsRole::SERVER,
                               TlsVersion::TLS_1_3,
                               anchor,
                               ca.Issue(SERVER_NAME),
                               CLIENT_NAME));
            c.Start();
            Pump(c, s);
            NS_TEST_EXPECT_MSG_EQ(s.HasFailed(), true, "missing client certificate rejected");
            NS_TEST_EXPECT_MSG_EQ(c.IsEstablished(), false, "client not established either");
        }
        // 5. The same without mutual authentication succeeds.
        {
            TlsEngine c(
                Config(TlsRole::CLIENT, TlsVersion::TLS_1_3, anchor, TlsIdentity{}, SERVER_NAME));
            TlsEngineConfig serverConfig =
                Config(TlsRole::SERVER, TlsVersion::TLS_1_3, anchor, ca.Issue(SERVER_NAME), "");
            serverConfig.mutualAuthentication = false;
            TlsEngine s(serverConfig);
            c.Start();
            Pump(c, s);
            NS_TEST_EXPECT_MSG_EQ(c.IsEstablished(), true, c.Failure());
            NS_TEST_EXPECT_MSG_EQ(s.IsEstablished(), true, s.Failure());
            NS_TEST_EXPECT_MSG_EQ(s.PeerCommonName(), "", "no client certificate");
        }
        // 6. An e-mail style identity (e.g. an NAI) is checked against subjectAltName email.
        {
            const std::string nai = "mn1@example.net";
            TlsEngine c(
                Config(TlsRole::CLIENT, TlsVersion::TLS_1_3, anchor, ca.Issue(nai), SERVER_NAME));
            TlsEngine s(
                Config(TlsRole::SERVER, TlsVersion::TLS_1_3, anchor, ca.Issue(SERVER_NAME), nai));
            c.Start();
            Pump(c, s);
            NS_TEST_EXPECT_MSG_EQ(s.IsEstablished(), true, s.Failure());
            TlsEngine c2(Config(TlsRole::CLIENT,
                                TlsVersion::TLS_1_3,
                                anchor,
                                ca.Issue("mn2@example.net"),
                                SERVER_NAME));
            TlsEngine s2(
                Config(TlsRole::SERVER, TlsVersion::TLS_1_3, anchor, ca.Issue(SERVER_NAME), nai));
            c2.Start();
            Pump(c2, s2);
            NS_TEST_EXPECT_MSG_EQ(s2.HasFailed(), true, "another NAI is rejected");
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief A stream transport may split flights anywhere: delivering every flight one octet at
 *        a time gives the same handshake.
 */
class TlsEngineSplitDeliveryTestCase : public TestCase
{
  public:
    TlsEngineSplitDeliveryTestCase()
        : TestCase("Engine: flights delivered one octet at a time")
    {
    }

  private:
    void DoRun() override
    {
        Credentials credentials = MakeCredentials();
        TlsEngine client(Config(TlsRole::CLIENT,
                                TlsVersion::TLS_1_3,
                                credentials.trustAnchor,
                                credentials.client,
                                SERVER_NAME));
        TlsEngine server(Config(TlsRole::SERVER,
                                TlsVersion::TLS_1_3,
                                credentials.trustAnchor,
                                credentials.server,
                                CLIENT_NAME));
        client.Start();
        uint32_t flights = 0;
        TlsEngine* from = &client;
        TlsEngine* to = &server;
        for (int hop = 0; hop < 8; ++hop)
        {
            auto batches = from->TakeOutgoing();
            if (batches.empty())
            {
                break;
            }
            for (const auto& batch : batches)
            {
                ++flights;
                for (std::size_t i = 0; i < batch.size(); ++i)
                {
                    // Nothing may come out before the flight's last octet.
                    NS_TEST_EXPECT_MSG_EQ((i + 1 < batch.size() && to->IsEstablished()),
                                          false,
                                          "established only with the last octet");
                    to->OnBytesFromPeer(crypto::ByteView(batch.data() + i, 1));
                }
            }
            std::swap(from, to);
        }
        NS_TEST_EXPECT_MSG_EQ(flights, 3u, "three flights");
        NS_TEST_EXPECT_MSG_EQ(client.IsEstablished(), true, client.Failure());
        NS_TEST_EXPECT_MSG_EQ(server.IsEstablished(), true, server.Failure());
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Credentials: set-up errors throw CryptoError; a CA saved as PEM and reloaded keeps
 *        issuing certificates that chain to it; identities load from PEM files; with Ed25519
 *        certificates every handshake flight has the same length from one CA to another.
 */
class TlsCredentialsTestCase : public TestCase
{
  public:
    TlsCredentialsTestCase()
        : TestCase("Credentials: errors, PEM round trip and files, fixed flight lengths")
    {
    }

  private:
    void DoRun() override
    {
        TestCertificateAuthority ca;
        const std::string anchor = ca.CertificatePem();
        TlsIdentity server = ca.Issue(SERVER_NAME);
        TlsIdentity client = ca.Issue(CLIENT_NAME);

        // Set-up errors are exceptions (they are configuration mistakes).
        auto throws = [](const TlsEngineConfig& config) {
            try
            {
                TlsEngine engine(config);
            }
            catch (const crypto::CryptoError&)
            {
                return true;
            }
            return false;
        };
        NS_TEST_EXPECT_MSG_EQ(
            throws(Config(TlsRole::CLIENT, TlsVersion::TLS_1_3, "garbage", client, SERVER_NAME)),
            true,
            "an unparsable trust anchor");
        NS_TEST_EXPECT_MSG_EQ(
            throws(Config(TlsRole::CLIENT, TlsVersion::TLS_1_3, "", client, SERVER_NAME)),
            true,
            "no trust anchor");
        NS_TEST_EXPECT_MSG_EQ(
            throws(Config(TlsRole::SERVER,
                          TlsVersion::TLS_1_3,
                          anchor,
                          TlsIdentity(server.certificatePem, client.privateKeyPem),
                          "")),
            true,
            "a key that does not match the certificate");
        NS_TEST_EXPECT_MSG_EQ(
            throws(Config(TlsRole::SERVER, TlsVersion::TLS_1_3, anchor, TlsIdentity{}, "")),
            true,
            "a server without identity");
        bool threw = false;
        try
        {
            ca.Issue("");
        }
        catch (const crypto::CryptoError&)
        {
            threw = true;
        }
        NS_TEST_EXPECT_MSG_EQ(threw, true, "an empty entity name");

        // A CA reloaded from PEM issues certificates that chain to the original root.
        TestCertificateAuthority reloaded =
            TestCertificateAuthority::FromPem(anchor, ca.PrivateKeyPem());
        NS_TEST_EXPECT_MSG_EQ(reloaded.CertificatePem(), anchor, "same root certificate");
        TlsIdentity fromReloaded = reloaded.Issue(SERVER_NAME);
        NS_TEST_EXPECT_MSG_NE(fromReloaded.certificatePem,
                              server.certificatePem,
                              "a new certificate");

        // Identities from files.
        const std::string base = CreateTempDirFilename("tls-credentials");
        const std::string certFile = base + "-cert.pem";
        const std::string keyFile = base + "-key.pem";
        {
            std::ofstream(certFile) << fromReloaded.certificatePem;
            std::ofstream(keyFile) << fromReloaded.privateKeyPem;
        }
        TlsIdentity loaded = TlsIdentity::LoadFiles(certFile, keyFile);
        std::remove(certFile.c_str());
        std::remove(keyFile.c_str());
        NS_TEST_EXPECT_MSG_EQ(loaded.certificatePem, fromReloaded.certificatePem, "cert file");

        TlsEngine c(Config(TlsRole::CLIENT, TlsVersion::TLS_1_3, anchor, client, SERVER_NAME));
        TlsEngine s(Config(TlsRole::SERVER, TlsVersion::TLS_1_3, anchor, loaded, CLIENT_NAME));
        c.Start();
        std::vector<std::size_t> flights;
        Pump(c, s, &flights);
        NS_TEST_EXPECT_MSG_EQ(c.IsEstablished(), true, c.Failure());
        NS_TEST_EXPECT_MSG_EQ(s.IsEstablished(), true, s.Failure());

        // Ed25519 keys, signatures and fixed-length serials: the same flight lengths with
        // fresh keys and a fresh CA, so simulated transmission times are reproducible.
        Credentials other = MakeCredentials();
        TlsEngine c2(Config(TlsRole::CLIENT,
                            TlsVersion::TLS_1_3,
                            other.trustAnchor,
                            other.client,
                            SERVER_NAME));
        TlsEngine s2(Config(TlsRole::SERVER,
                            TlsVersion::TLS_1_3,
                            other.trustAnchor,
                            other.server,
                            CLIENT_NAME));
        c2.Start();
        std::vector<std::size_t> otherFlights;
        Pump(c2, s2, &otherFlights);
        NS_TEST_EXPECT_MSG_EQ(c2.IsEstablished(), true, c2.Failure());
        NS_TEST_ASSERT_MSG_EQ(otherFlights.size(), flights.size(), "same number of flights");
        for (std::size_t i = 0; i < flights.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(otherFlights[i], flights[i], "flight " << i << " length");
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Two nodes joined by a point-to-point link of one-way delay D carry a TLS handshake
 *        between two TlsSessions over UDP (TlsUdpTransport).
 *
 * Bounds, from the configuration (C0 = StartCpuTime, C = StepCpuTime, tx = transmission of
 * all flights at 100 Mb/s, < 1 ms for the ~3 kB of a handshake):
 *  - TLS 1.3 (RFC 8446 section 2): the client completes when it sends its Finished, one round
 *    trip after the ClientHello: duration = C0 + 2 D + 2 C + tx; the server completes when the
 *    client's Finished arrives, one round trip after the ClientHello arrived:
 *    duration = 2 D + 3 C + tx. Both count 1 round trip.
 *  - TLS 1.2 (RFC 5246 section 7.3): the client waits for two server flights:
 *    duration = C0 + 4 D + 4 C + tx, 2 round trips; the server as in TLS 1.3 (its last flight,
 *    ChangeCipherSpec + Finished, follows the completion).
 *  - each end's octets sent equal the other end's octets received; with two certificates
 *    they exceed 1000; every record sent is received; both ends export the same keying
 *    material; application data then flows both ways.
 */
class TlsSessionSystemTestCase : public TestCase
{
  public:
    /**
     * \param version the version
     * \param delay the one-way link delay D
     * \param startCpu StartCpuTime
     * \param stepCpu StepCpuTime
     */
    TlsSessionSystemTestCase(TlsSession::Version version, Time delay, Time startCpu, Time stepCpu)
        : TestCase(std::string("Session over UDP, ") +
                   (version == TlsSession::TLS_1_3 ? "TLS 1.3" : "TLS 1.2") +
                   ", D = " + std::to_string(delay.GetMilliSeconds()) + " ms, CPU " +
                   std::to_string(startCpu.GetMilliSeconds()) + " and " +
                   std::to_string(stepCpu.GetMilliSeconds()) + " ms: duration bounds"),
          m_version(version),
          m_delay(delay),
          m_startCpu(startCpu),
          m_stepCpu(stepCpu)
    {
    }

  private:
    /// What one end's traces saw.
    struct Observed
    {
        uint32_t started{0};         //!< HandshakeStarted count
        uint32_t completed{0};       //!< HandshakeCompleted count
        uint32_t failed{0};          //!< HandshakeFailed count
        Time duration;               //!< reported duration
        uint32_t roundTrips{0};      //!< reported round trips
        uint32_t bytesSent{0};       //!< reported octets sent
        uint32_t bytesReceived{0};   //!< reported octets received
        uint32_t recordsSent{0};     //!< RecordSent count
        uint32_t recordsReceived{0}; //!< RecordReceived count
        std::string applicationData; //!< application data received
    };

    /**
     * \param session the session
     * \param observed where its traces go
     */
    static void Hook(Ptr<TlsSession> session, Observed* observed)
    {
        session->TraceConnectWithoutContext("HandshakeStarted",
                                            MakeBoundCallback(
                                                +[](Observed* o) { ++o->started; },
                                                observed));
        session->TraceConnectWithoutContext(
            "HandshakeCompleted",
            MakeBoundCallback(
                +[](Observed* o, Time duration, uint32_t roundTrips, uint32_t sent, uint32_t rx) {
                    ++o->completed;
                    o->duration = duration;
                    o->roundTrips = roundTrips;
                    o->bytesSent = sent;
                    o->bytesReceived = rx;
                },
                observed));
        session->TraceConnectWithoutContext(
            "HandshakeFailed",
            MakeBoundCallback(
                +[](Observed* o, const std::string&) { ++o->failed; },
                observed));
        session->TraceConnectWithoutContext("RecordSent",
                                            MakeBoundCallback(
                                                +[](Observed* o, uint32_t) { ++o->recordsSent; },
                                                observed));
        session->TraceConnectWithoutContext(
            "RecordReceived",
            MakeBoundCallback(
                +[](Observed* o, uint32_t) { ++o->recordsReceived; },
                observed));
        session->SetReceiveCallback(MakeBoundCallback(
            +[](Observed* o, Ptr<Packet> packet) {
                std::string text(packet->GetSize(), '\0');
                packet->CopyData(reinterpret_cast<uint8_t*>(&text[0]), text.size());
                o->applicationData += text;
            },
            observed));
    }

    void DoRun() override
    {
        Credentials credentials = MakeCredentials();

        NodeContainer nodes;
        nodes.Create(2);
        PointToPointHelper link;
        link.SetDeviceAttribute("DataRate", StringValue("100Mbps"));
        link.SetChannelAttribute("Delay", TimeValue(m_delay));
        NetDeviceContainer devices = link.Install(nodes);
        InternetStackHelper internet;
        internet.Install(nodes);
        Ipv4AddressHelper addresses("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer interfaces = addresses.Assign(devices);

        const uint16_t port = 4433;
        Ptr<TlsSession> client = CreateObject<TlsSession>();
        client->SetAttribute("Role", EnumValue(TlsSession::CLIENT));
        client->SetAttribute("Version", EnumValue(m_version));
        client->SetAttribute("PeerName", StringValue(SERVER_NAME));
        client->SetAttribute("StartCpuTime", TimeValue(m_startCpu));
        client->SetAttribute("StepCpuTime", TimeValue(m_stepCpu));
        client->SetCredentials(credentials.trustAnchor, credentials.client);
        Ptr<TlsSession> server = CreateObject<TlsSession>();
        server->SetAttribute("Role", EnumValue(TlsSession::SERVER));
        server->SetAttribute("Version", EnumValue(m_version));
        server->SetAttribute("PeerName", StringValue(CLIENT_NAME));
        server->SetAttribute("StepCpuTime", TimeValue(m_stepCpu));
        server->SetCredentials(credentials.trustAnchor, credentials.server);

        Ptr<TlsUdpTransport> clientTransport = CreateObject<TlsUdpTransport>();
        clientTransport->Setup(client,
                               nodes.Get(0),
                               port,
                               InetSocketAddress(interfaces.GetAddress(1), port));
        Ptr<TlsUdpTransport> serverTransport = CreateObject<TlsUdpTransport>();
        serverTransport->Setup(server, nodes.Get(1), port, Address());
        server->Start();

        Observed c;
        Observed s;
        Hook(client, &c);
        Hook(server, &s);
        const Time start = Seconds(1);
        Simulator::Schedule(start, &TlsSession::Start, client);
        // Application data once both ends are up (well after any bound below).
        Simulator::Schedule(
            Seconds(3),
            +[](Ptr<TlsSession> session) {
                session->Send(Create<Packet>(reinterpret_cast<const uint8_t*>("ping"), 4));
            },
            client);
        Simulator::Schedule(
            Seconds(4),
            +[](Ptr<TlsSession> session) {
                session->Send(Create<Packet>(reinterpret_cast<const uint8_t*>("pong"), 4));
            },
            server);
        Simulator::Stop(Seconds(10));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(c.completed, 1u, "client completed: " << client->GetFailureReason());
        NS_TEST_ASSERT_MSG_EQ(s.completed, 1u, "server completed: " << server->GetFailureReason());
        NS_TEST_EXPECT_MSG_EQ(c.started, 1u, "client started once");
        NS_TEST_EXPECT_MSG_EQ(s.started, 1u, "server started once");
        NS_TEST_EXPECT_MSG_EQ(c.failed + s.failed, 0u, "no failure");

        const bool tls13 = m_version == TlsSession::TLS_1_3;
        const uint32_t clientRoundTrips = tls13 ? 1 : 2;
        NS_TEST_EXPECT_MSG_EQ(c.roundTrips, clientRoundTrips, "client round trips");
        NS_TEST_EXPECT_MSG_EQ(s.roundTrips, 1u, "server round trips");
        const Time clientFloor =
            m_startCpu + m_delay * (2 * clientRoundTrips) + m_stepCpu * (2 * clientRoundTrips);
        const Time serverFloor = m_delay * 2 + m_stepCpu * 3;
        const Time slack = MilliSeconds(1); // transmission of ~3 kB at 100 Mb/s, and IP/UDP
        NS_TEST_EXPECT_MSG_GT_OR_EQ(c.duration, clientFloor, "client duration >= floor");
        NS_TEST_EXPECT_MSG_LT(c.duration, clientFloor + slack, "client duration < floor + tx");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(s.duration, serverFloor, "server duration >= floor");
        NS_TEST_EXPECT_MSG_LT(s.duration, serverFloor + slack, "server duration < floor + tx");
        NS_TEST_EXPECT_MSG_EQ(client->GetHandshakeDuration(), c.duration, "getter");

        // An Ed25519 certificate from the test CA is ~350 octets; each end sends one.
        NS_TEST_EXPECT_MSG_GT(c.bytesReceived, 500u, "the server's certificate flight");
        NS_TEST_EXPECT_MSG_GT(s.bytesReceived, 500u, "the client's certificate flight");
        NS_TEST_EXPECT_MSG_GT(c.bytesSent + c.bytesReceived, 1000u, "both certificates");
        if (tls13)
        {
            // Both ends report at their completion; TLS 1.3 sends nothing after the client's
            // Finished (no tickets), so the counts match exactly.
            NS_TEST_EXPECT_MSG_EQ(c.bytesSent, s.bytesReceived, "client sent = server got");
            NS_TEST_EXPECT_MSG_EQ(s.bytesSent, c.bytesReceived, "server sent = client got");
        }
        NS_TEST_EXPECT_MSG_EQ(client->GetBytesSent(), server->GetBytesReceived(), "totals");
        NS_TEST_EXPECT_MSG_EQ(server->GetBytesSent(), client->GetBytesReceived(), "totals");
        NS_TEST_EXPECT_MSG_EQ(c.recordsSent, s.recordsReceived, "records client -> server");
        NS_TEST_EXPECT_MSG_EQ(s.recordsSent, c.recordsReceived, "records server -> client");
        NS_TEST_EXPECT_MSG_GT(c.recordsSent, 1u, "records were counted");

        crypto::Bytes a = client->ExportKeyingMaterial("EXPORTER-MIS-SA", crypto::Bytes{}, 48);
        crypto::Bytes b = server->ExportKeyingMaterial("EXPORTER-MIS-SA", crypto::Bytes{}, 48);
        NS_TEST_EXPECT_MSG_EQ((a == b), true, "same exported keying material");
        NS_TEST_EXPECT_MSG_EQ(s.applicationData, "ping", "client -> server application data");
        NS_TEST_EXPECT_MSG_EQ(c.applicationData, "pong", "server -> client application data");
        NS_TEST_EXPECT_MSG_EQ(client->GetNegotiatedVersion(),
                              (tls13 ? "TLSv1.3" : "TLSv1.2"),
                              "version");
        NS_TEST_EXPECT_MSG_EQ(client->GetPeerCommonName(), SERVER_NAME, "authenticated peer");

        clientTransport->Dispose();
        serverTransport->Dispose();
        client->Dispose();
        server->Dispose();
        Simulator::Destroy();
    }

    TlsSession::Version m_version; //!< the version
    Time m_delay;                  //!< one-way link delay
    Time m_startCpu;               //!< StartCpuTime
    Time m_stepCpu;                //!< StepCpuTime
};

/**
 * \ingroup secure-handover-tests
 * \brief Session failures in simulated time: a server certificate for the wrong name fails
 *        both ends (the client with the verification reason, the server on the client's
 *        alert) and nothing completes; a peer that never answers makes the client time out at
 *        exactly HandshakeTimeout; missing credentials fail at Start.
 */
class TlsSessionFailureTestCase : public TestCase
{
  public:
    TlsSessionFailureTestCase()
        : TestCase("Session: wrong peer name, timeout and missing credentials fail with a reason")
    {
    }

  private:
    void DoRun() override
    {
        TestCertificateAuthority ca;
        const std::string anchor = ca.CertificatePem();

        // Wrong server name, two sessions wired directly with a 5 ms delay each way.
        {
            Ptr<TlsSession> client = CreateObject<TlsSession>();
            client->SetAttribute("PeerName", StringValue(SERVER_NAME));
            client->SetCredentials(anchor, ca.Issue(CLIENT_NAME));
            Ptr<TlsSession> server = CreateObject<TlsSession>();
            server->SetAttribute("Role", EnumValue(TlsSession::SERVER));
            server->SetCredentials(anchor, ca.Issue("rogue.example.net"));
            auto wire = [](Ptr<TlsSession> to) {
                return MakeBoundCallback(
                    +[](Ptr<TlsSession> peer, Ptr<Packet> packet) {
                        Simulator::Schedule(MilliSeconds(5), &TlsSession::Receive, peer, packet);
                    },
                    to);
            };
            client->SetSendCallback(wire(server));
            server->SetSendCallback(wire(client));
            std::vector<std::string> reasons;
            uint32_t completed = 0;
            for (auto session : {client, server})
            {
                session->TraceConnectWithoutContext(
                    "HandshakeFailed",
                    MakeBoundCallback(
                        +[](std::vector<std::string>* r, const std::string& reason) {
                            r->push_back(reason);
                        },
                        &reasons));
                session->TraceConnectWithoutContext(
                    "HandshakeCompleted",
                    MakeBoundCallback(
                        +[](uint32_t* n, Time, uint32_t, uint32_t, uint32_t) { ++*n; },
                        &completed));
            }
            Simulator::Schedule(Seconds(1), &TlsSession::Start, client);
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(completed, 0u, "nothing completes");
            NS_TEST_ASSERT_MSG_EQ(reasons.size(), 2u, "both ends fail");
            NS_TEST_EXPECT_MSG_EQ(Contains(reasons[0], "hostname mismatch"), true, reasons[0]);
            NS_TEST_EXPECT_MSG_EQ(Contains(reasons[1], "alert"), true, reasons[1]);
            NS_TEST_EXPECT_MSG_EQ(TlsSession::StateName(client->GetState()), "FAILED", "client");
            NS_TEST_EXPECT_MSG_EQ(TlsSession::StateName(server->GetState()), "FAILED", "server");
            client->Dispose();
            server->Dispose();
            Simulator::Destroy();
        }
        // Nobody answers: timeout.
        {
            Ptr<TlsSession> client = CreateObject<TlsSession>();
            client->SetAttribute("HandshakeTimeout", TimeValue(MilliSeconds(700)));
            client->SetCredentials(anchor, ca.Issue(CLIENT_NAME));
            client->SetSendCallback(MakeCallback(+[](Ptr<Packet>) {}));
            Time failedAt;
            std::string reason;
            client->TraceConnectWithoutContext(
                "HandshakeFailed",
                MakeBoundCallback(
                    +[](Time* at, std::string* r, const std::string& why) {
                        *at = Simulator::Now();
                        *r = why;
                    },
                    &failedAt,
                    &reason));
            Simulator::Schedule(Seconds(1), &TlsSession::Start, client);
            Simulator::Run();
            NS_TEST_EXPECT_MSG_EQ(failedAt, MilliSeconds(1700), "fails at start + timeout");
            NS_TEST_EXPECT_MSG_EQ(Contains(reason, "timeout"), true, reason);
            client->Dispose();
            Simulator::Destroy();
        }
        // No credentials at all, and an unreadable file.
        {
            Ptr<TlsSession> client = CreateObject<TlsSession>();
            client->Start();
            NS_TEST_EXPECT_MSG_EQ(TlsSession::StateName(client->GetState()), "FAILED", "no CA");
            NS_TEST_EXPECT_MSG_EQ(Contains(client->GetFailureReason(), "configuration"),
                                  true,
                                  client->GetFailureReason());
            Ptr<TlsSession> other = CreateObject<TlsSession>();
            other->SetAttribute("TrustAnchorFile", StringValue("/nonexistent/ca.pem"));
            other->Start();
            NS_TEST_EXPECT_MSG_EQ(Contains(other->GetFailureReason(), "/nonexistent/ca.pem"),
                                  true,
                                  other->GetFailureReason());
            client->Dispose();
            other->Dispose();
            Simulator::Destroy();
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The TLS engine and the test CA, pumped directly (no simulation).
 */
class TlsEngineTestSuite : public TestSuite
{
  public:
    TlsEngineTestSuite()
        : TestSuite("secure-handover-tls-engine", TestSuite::Type::UNIT)
    {
        using KeyType = TestCertificateAuthority::KeyType;
        AddTestCase(new TlsEngineHandshakeTestCase(TlsVersion::TLS_1_3, KeyType::ED25519));
        AddTestCase(new TlsEngineHandshakeTestCase(TlsVersion::TLS_1_3, KeyType::ECDSA_P256));
        AddTestCase(new TlsEngineHandshakeTestCase(TlsVersion::TLS_1_2, KeyType::ED25519));
        AddTestCase(new TlsEngineTamperTestCase(-1, TlsVersion::TLS_1_3));
        AddTestCase(new TlsEngineTamperTestCase(20, TlsVersion::TLS_1_3));
        AddTestCase(new TlsEngineTamperTestCase(-1, TlsVersion::TLS_1_2));
        AddTestCase(new TlsEngineAuthenticationTestCase());
        AddTestCase(new TlsEngineSplitDeliveryTestCase());
        AddTestCase(new TlsCredentialsTestCase());
    }
};

/// The suite instance.
static TlsEngineTestSuite g_tlsEngineTestSuite;

/**
 * \ingroup secure-handover-tests
 * \brief TlsSession in simulated time, over a point-to-point link.
 */
class TlsSessionTestSuite : public TestSuite
{
  public:
    TlsSessionTestSuite()
        : TestSuite("secure-handover-tls-session", TestSuite::Type::SYSTEM)
    {
        AddTestCase(
            new TlsSessionSystemTestCase(TlsSession::TLS_1_3, MilliSeconds(10), Time(0), Time(0)));
        AddTestCase(new TlsSessionSystemTestCase(TlsSession::TLS_1_3,
                                                 MilliSeconds(10),
                                                 MilliSeconds(1),
                                                 MilliSeconds(2)));
        AddTestCase(
            new TlsSessionSystemTestCase(TlsSession::TLS_1_2, MilliSeconds(25), Time(0), Time(0)));
        AddTestCase(new TlsSessionFailureTestCase());
    }
};

/// The suite instance.
static TlsSessionTestSuite g_tlsSessionTestSuite;
