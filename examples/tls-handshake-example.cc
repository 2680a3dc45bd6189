/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// TLS over an ns-3 transport: a real TLS 1.3 (or 1.2) handshake between two nodes joined by
// a point-to-point link, its records carried in UDP datagrams (TlsUdpTransport). Prints the
// handshake duration in simulated time, the round trips and the octets of each end, and the
// exported keying material's agreement. With --measureCpu it also times the real handshake
// steps on this machine, to calibrate the StartCpuTime / StepCpuTime Attributes.
//
// Certificates come from a test CA made at start-up, or from PEM files in --pemDir (ca.pem,
// ca-key.pem; created there if absent, so a second run reuses them).

#include "ns3/core-module.h"
#include "ns3/internet-module.h"
#include "ns3/network-module.h"
#include "ns3/point-to-point-module.h"
#include "ns3/secure-handover-module.h"

#include <chrono>
#include <fstream>
#include <iostream>
#include <sys/stat.h>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("TlsHandshakeExample");

namespace
{

/// One end's results.
struct Result
{
    Time duration;             //!< handshake duration
    uint32_t roundTrips{0};    //!< round trips
    uint32_t bytesSent{0};     //!< octets sent until completion
    uint32_t bytesReceived{0}; //!< octets received until completion
    uint32_t records{0};       //!< records sent
    std::string failure;       //!< failure reason, if any
};

/**
 * \param result where to store
 * \param duration the duration
 * \param roundTrips round trips
 * \param sent octets sent
 * \param received octets received
 */
void
OnCompleted(Result* result, Time duration, uint32_t roundTrips, uint32_t sent, uint32_t received)
{
    result->duration = duration;
    result->roundTrips = roundTrips;
    result->bytesSent = sent;
    result->bytesReceived = received;
}

/**
 * \param result where to store
 * \param reason the reason
 */
void
OnFailed(Result* result, const std::string& reason)
{
    result->failure = reason;
}

/**
 * \param result where to count
 * \param size the record size
 */
void
OnRecordSent(Result* result, uint32_t size)
{
    (void)size;
    ++result->records;
}

/**
 * \brief Time the real engine steps of `rounds` handshakes pumped directly.
 * \param ca the CA
 * \param version the version
 * \param rounds the number of handshakes
 */
void
MeasureCpu(crypto::TestCertificateAuthority& ca, crypto::TlsVersion version, uint32_t rounds)
{
    using Clock = std::chrono::steady_clock;
    const std::string anchor = ca.CertificatePem();
    crypto::TlsIdentity serverId = ca.Issue("hks.example.net");
    crypto::TlsIdentity clientId = ca.Issue("ar.example.net");
    double startUs = 0;
    double stepUs = 0;
    uint32_t steps = 0;
    for (uint32_t i = 0; i < rounds; ++i)
    {
        crypto::TlsEngineConfig clientConfig;
        clientConfig.role = crypto::TlsRole::CLIENT;
        clientConfig.version = version;
        clientConfig.trustAnchorPem = anchor;
        clientConfig.identity = clientId;
        clientConfig.expectedPeerName = "hks.example.net";
        crypto::TlsEngineConfig serverConfig = clientConfig;
        serverConfig.role = crypto::TlsRole::SERVER;
        serverConfig.identity = serverId;
        serverConfig.expectedPeerName = "ar.example.net";
        crypto::TlsEngine client(clientConfig);
        crypto::TlsEngine server(serverConfig);
        auto t0 = Clock::now();
        client.Start();
        startUs += std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
        crypto::TlsEngine* from = &client;
        crypto::TlsEngine* to = &server;
        for (int hop = 0; hop < 8; ++hop)
        {
            auto batches = from->TakeOutgoing();
            if (batches.empty())
            {
                break;
            }
            auto t1 = Clock::now();
            for (auto& batch : batches)
            {
                to->OnBytesFromPeer(batch);
            }
            stepUs += std::chrono::duration<double, std::micro>(Clock::now() - t1).count();
            ++steps;
            std::swap(from, to);
        }
        if (!client.IsEstablished() || !server.IsEstablished())
        {
            NS_FATAL_ERROR("measurement handshake failed: " << client.Failure() << " / "
                                                            << server.Failure());
        }
    }
    std::cout << "Measured on this machine (" << rounds << " handshakes, wall clock):\n"
              << "  client first step (ClientHello): " << startUs / rounds << " us\n"
              << "  mean step processing a peer flight: " << stepUs / steps << " us\n"
              << "  -> e.g. --startCpuUs=" << static_cast<uint64_t>(startUs / rounds)
              << " --stepCpuUs=" << static_cast<uint64_t>(stepUs / steps) << "\n";
}

/**
 * \param path a file
 * \return true if it exists
 */
bool
Exists(const std::string& path)
{
    struct stat info;
    return stat(path.c_str(), &info) == 0;
}

} // namespace

int
main(int argc, char* argv[])
{
    double delayMs = 10;
    std::string dataRate = "100Mbps";
    bool tls12 = false;
    uint64_t startCpuUs = 0;
    uint64_t stepCpuUs = 0;
    bool measureCpu = false;
    std::string pemDir;
    CommandLine cmd(__FILE__);
    cmd.AddValue("delayMs", "one-way link delay in ms", delayMs);
    cmd.AddValue("dataRate", "link data rate", dataRate);
    cmd.AddValue("tls12", "use TLS 1.2 instead of TLS 1.3", tls12);
    cmd.AddValue("startCpuUs", "StartCpuTime of the client, in us", startCpuUs);
    cmd.AddValue("stepCpuUs", "StepCpuTime of both ends, in us", stepCpuUs);
    cmd.AddValue("measureCpu", "time the real handshake steps on this machine", measureCpu);
    cmd.AddValue("pemDir", "load the CA from ca.pem/ca-key.pem there, or save it there", pemDir);
    cmd.Parse(argc, argv);

    // OpenSSL's randomness (CA keys, TLS randoms, key shares) from ns-3 random streams: the
    // same --RngSeed/--RngRun give byte-identical records (--ns3::SecurityRandom::UseOpenSslRand
    // =true switches to OpenSSL's own).
    Ptr<SecurityRandom> caRandom = CreateObject<SecurityRandom>();
    Ptr<SecurityRandom> clientRandom = CreateObject<SecurityRandom>();
    Ptr<SecurityRandom> serverRandom = CreateObject<SecurityRandom>();
    caRandom->AssignStreams(0);
    clientRandom->AssignStreams(1);
    serverRandom->AssignStreams(2);

    // The CA: from files, or new (and then saved if --pemDir is given).
    auto ca = [&pemDir, &caRandom]() {
        if (!pemDir.empty() && Exists(pemDir + "/ca.pem"))
        {
            std::cout << "CA loaded from " << pemDir << "\n";
            return crypto::TestCertificateAuthority::FromPem(
                crypto::ReadPemFile(pemDir + "/ca.pem"),
                crypto::ReadPemFile(pemDir + "/ca-key.pem"),
                365,
                PeekPointer(caRandom));
        }
        crypto::TestCertificateAuthority fresh("secure-handover test CA",
                                               crypto::TestCertificateAuthority::KeyType::ED25519,
                                               365,
                                               PeekPointer(caRandom));
        if (!pemDir.empty())
        {
            std::ofstream(pemDir + "/ca.pem") << fresh.CertificatePem();
            std::ofstream(pemDir + "/ca-key.pem") << fresh.PrivateKeyPem();
            std::cout << "CA saved to " << pemDir << "\n";
        }
        return fresh;
    }();
    const std::string anchor = ca.CertificatePem();

    NodeContainer nodes; // node 0: the AR (client); node 1: the HKS (server)
    nodes.Create(2);
    PointToPointHelper link;
    link.SetDeviceAttribute("DataRate", StringValue(dataRate));
    link.SetChannelAttribute("Delay",
                             TimeValue(MicroSeconds(static_cast<int64_t>(delayMs * 1000))));
    NetDeviceContainer devices = link.Install(nodes);
    InternetStackHelper internet;
    internet.Install(nodes);
    Ipv4AddressHelper addresses("10.1.1.0", "255.255.255.0");
    Ipv4InterfaceContainer interfaces = addresses.Assign(devices);

    const TlsSession::Version version = tls12 ? TlsSession::TLS_1_2 : TlsSession::TLS_1_3;
    Ptr<TlsSession> client = CreateObject<TlsSession>();
    client->SetAttribute("Role", EnumValue(TlsSession::CLIENT));
    client->SetAttribute("Version", EnumValue(version));
    client->SetAttribute("PeerName", StringValue("hks.example.net"));
    client->SetAttribute("StartCpuTime", TimeValue(MicroSeconds(startCpuUs)));
    client->SetAttribute("StepCpuTime", TimeValue(MicroSeconds(stepCpuUs)));
    client->SetCredentials(anchor, ca.Issue("ar.example.net"));
    client->SetRandom(clientRandom);
    Ptr<TlsSession> server = CreateObject<TlsSession>();
    server->SetAttribute("Role", EnumValue(TlsSession::SERVER));
    server->SetAttribute("Version", EnumValue(version));
    server->SetAttribute("PeerName", StringValue("ar.example.net"));
    server->SetAttribute("StepCpuTime", TimeValue(MicroSeconds(stepCpuUs)));
    server->SetCredentials(anchor, ca.Issue("hks.example.net"));
    server->SetRandom(serverRandom);

    const uint16_t port = 4433;
    Ptr<TlsUdpTransport> clientTransport = CreateObject<TlsUdpTransport>();
    clientTransport->Setup(client,
                           nodes.Get(0),
                           port,
                           InetSocketAddress(interfaces.GetAddress(1), port));
    Ptr<TlsUdpTransport> serverTransport = CreateObject<TlsUdpTransport>();
    serverTransport->Setup(server, nodes.Get(1), port, Address());
    server->Start();

    Result clientResult;
    Result serverResult;
    client->TraceConnectWithoutContext("HandshakeCompleted",
                                       MakeBoundCallback(&OnCompleted, &clientResult));
    server->TraceConnectWithoutContext("HandshakeCompleted",
                                       MakeBoundCallback(&OnCompleted, &serverResult));
    client->TraceConnectWithoutContext("HandshakeFailed",
                                       MakeBoundCallback(&OnFailed, &clientResult));
    server->TraceConnectWithoutContext("HandshakeFailed",
                                       MakeBoundCallback(&OnFailed, &serverResult));
    client->TraceConnectWithoutContext("RecordSent",
                                       MakeBoundCallback(&OnRecordSent, &clientResult));
    server->TraceConnectWithoutContext("RecordSent",
                                       MakeBoundCallback(&OnRecordSent, &serverResult));

    Simulator::Schedule(Seconds(1), &TlsSession::Start, client);
    Simulator::Stop(Seconds(30));
    Simulator::Run();

    std::cout << "TLS over UDP, one-way delay " << delayMs << " ms, " << dataRate << "\n";
    int status = 0;
    for (auto end : {std::make_pair("client (AR)", &clientResult),
                     std::make_pair("server (HKS)", &serverResult)})
    {
        const Result& r = *end.second;
        if (!r.failure.empty() || r.duration.IsZero())
        {
            std::cout << "  " << end.first << ": FAILED: " << r.failure << "\n";
            status = 1;
            continue;
        }
        std::cout << "  " << end.first << ": handshake " << r.duration.GetMicroSeconds() / 1000.0
                  << " ms, " << r.roundTrips << " round trip(s), " << r.bytesSent
                  << " octets sent in " << r.records << " records, " << r.bytesReceived
                  << " received\n";
    }
    if (status == 0)
    {
        std::cout << "  negotiated " << client->GetNegotiatedVersion() << " "
                  << client->GetNegotiatedCipher() << ", server authenticated as "
                  << client->GetPeerCommonName() << ", client as " << server->GetPeerCommonName()
                  << "\n";
        crypto::Bytes a = client->ExportKeyingMaterial("EXPORTER-secure-handover", {}, 32);
        crypto::Bytes b = server->ExportKeyingMaterial("EXPORTER-secure-handover", {}, 32);
        std::cout << "  exported keying material (32 octets) " << (a == b ? "agrees" : "DIFFERS")
                  << " at both ends\n";
        status = a == b ? 0 : 1;
    }

    clientTransport->Dispose();
    serverTransport->Dispose();
    client->Dispose();
    server->Dispose();
    Simulator::Destroy();

    if (measureCpu)
    {
        MeasureCpu(ca, tls12 ? crypto::TlsVersion::TLS_1_2 : crypto::TlsVersion::TLS_1_3, 50);
    }
    return status;
}
