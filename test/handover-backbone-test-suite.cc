/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/handover-manager.h"
#include "ns3/handover-record.h"
#include "ns3/handover-scenario-helper.h"
#include "ns3/inet-socket-address.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv4-header.h"
#include "ns3/ipv4-l3-protocol.h"
#include "ns3/ipv6.h"
#include "ns3/latency-recorder.h"
#include "ns3/mobility-anchor.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/scenario-config.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/test.h"
#include "ns3/udp-echo-helper.h"
#include "ns3/udp-header.h"
#include "ns3/udp-l4-protocol.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <string>
#include <vector>

using namespace ns3;

/**
 * \ingroup secure-handover-tests
 * \brief Scripted handovers between two link types: every handover succeeds, its phases run in
 *        order, the manager walks through the states in order, and the latency respects
 *        bounds derived from the configuration.
 *
 * Bounds (d = backbone delay per hop, T = CBR interval):
 *  - binding >= 2 d: the binding update crosses AR -> anchor and the acknowledgement comes
 *    back; latency >= binding (the anchor acknowledges before it forwards the first packet
 *    on the new route, and both take the same path);
 *  - latency <= L2 attach + 2 d + 2 T + 30 ms: the last old packet is at most T before the
 *    trigger; after the attach the update reaches the anchor (d), the next CBR packet reaches
 *    the anchor within T and goes on to the new AR (d); plus up to 2 x 10 ms of ARP request
 *    jitter (ArpL3Protocol::RequestJitter) and access transmission;
 *  - the Ethernet attach takes no time; the 802.11 attach (passive scanning, association) at
 *    most 2 x WaitBeaconTimeout (120 ms) + one beacon interval (102.4 ms) + 50 ms;
 *  - lost packets <= latency / T + 1.
 */
class HandoverBackboneTestCase : public TestCase
{
  public:
    /**
     * \param links the --links value (two link types)
     * \param backboneDelayMs per-hop delay
     */
    HandoverBackboneTestCase(const std::string& links, double backboneDelayMs)
        : TestCase("Scripted handovers " + links + " with " +
                   std::to_string(static_cast<int>(backboneDelayMs)) +
                   " ms per hop: phase order and latency bounds"),
          m_links(links),
          m_delayMs(backboneDelayMs)
    {
    }

  private:
    /// Recorder trace sink.
    void OnHandover(const HandoverRecord& record)
    {
        m_records.push_back(record);
    }

    /// State trace sink.
    void OnState(HandoverManager::State /* from */, HandoverManager::State to)
    {
        m_states.push_back(to);
    }

    /**
     * \param link a link type
     * \return the largest layer-2 attach time allowed for it (ms)
     */
    static double MaxAttachMs(const std::string& link)
    {
        if (link == "csma")
        {
            return 0.0;
        }
        if (link == "wimax")
        {
            return 2 * 5.0; // sync to the next frame, ranging, admission: at most two frames
        }
        return 2 * 120.0 + 102.4 + 50.0;
    }

    void DoRun() override
    {
        uint32_t savedSeed = RngSeedManager::GetSeed();
        uint64_t savedRun = RngSeedManager::GetRun();
        RngSeedManager::SetSeed(1);
        RngSeedManager::SetRun(1);

        ScenarioConfig config;
        config.Set("links", m_links);
        config.handovers = 4;
        config.interval = 1.5;
        config.backboneDelayMs = m_delayMs;
        config.out = "";
        Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
        HandoverTopology topology = helper->Build(config);
        NS_TEST_ASSERT_MSG_EQ(helper->ScheduleHandovers(topology, config),
                              4,
                              "four scripted handovers");
        topology.recorder->TraceConnectWithoutContext(
            "Handover",
            MakeCallback(&HandoverBackboneTestCase::OnHandover, this));
        topology.managers[0]->TraceConnectWithoutContext(
            "State",
            MakeCallback(&HandoverBackboneTestCase::OnState, this));
        Simulator::Stop(config.GetDuration());
        Simulator::Run();
        Simulator::Destroy();
        RngSeedManager::SetSeed(savedSeed);
        RngSeedManager::SetRun(savedRun);

        NS_TEST_ASSERT_MSG_EQ(m_records.size(), 4, "one record per scripted handover");
        if (m_records.size() != 4)
        {
            return; // the runner continues after a failed assertion by default
        }
        const double d = m_delayMs;
        const double t = config.dataIntervalMs;
        for (std::size_t i = 0; i < m_records.size(); ++i)
        {
            const HandoverRecord& r = m_records[i];
            const std::string& from = config.links[i % 2];
            const std::string& to = config.links[(i + 1) % 2];
            NS_TEST_EXPECT_MSG_EQ(r.result, "ok", "handover " << i << " must succeed");
            NS_TEST_EXPECT_MSG_EQ(r.fromLink, from, "handover " << i << " leaves " << from);
            NS_TEST_EXPECT_MSG_EQ(r.toLink, to, "handover " << i << " reaches " << to);
            NS_TEST_EXPECT_MSG_EQ(r.handover, i, "handover index");
            NS_TEST_EXPECT_MSG_EQ(r.scheme, "none", "scheme name");

            // Phase order: each phase ran, ends after it starts, starts when the previous ends.
            Time previousEnd = r.start;
            for (std::size_t p = 0; p < HANDOVER_PHASE_COUNT; ++p)
            {
                std::string name = HandoverPhaseName(HandoverPhaseFromIndex(p));
                NS_TEST_EXPECT_MSG_EQ(r.phaseRan[p], true, name << " ran");
                NS_TEST_EXPECT_MSG_EQ(r.phaseStart[p], previousEnd, name << " follows");
                NS_TEST_EXPECT_MSG_GT_OR_EQ(r.phaseEnd[p], r.phaseStart[p], name << " ends");
                previousEnd = r.phaseEnd[p];
            }
            NS_TEST_EXPECT_MSG_EQ(r.end, previousEnd, "the handover ends with its last phase");

            double latency = r.GetLatencyMs();
            double binding = r.GetPhaseMs(HandoverPhase::BINDING);
            double attach = r.GetPhaseMs(HandoverPhase::L2_ATTACH);
            NS_TEST_EXPECT_MSG_GT_OR_EQ(binding, 2 * d, "binding >= backbone RTT");
            NS_TEST_EXPECT_MSG_GT_OR_EQ(latency, binding, "latency >= binding");
            NS_TEST_EXPECT_MSG_LT_OR_EQ(attach, MaxAttachMs(to), "attach on " << to);
            NS_TEST_EXPECT_MSG_LT_OR_EQ(latency,
                                        attach + 2 * d + 2 * t + 30.0,
                                        "latency bound for " << from << "->" << to);
            NS_TEST_EXPECT_MSG_LT_OR_EQ(r.lostPackets,
                                        static_cast<uint32_t>(latency / t) + 1,
                                        "lost packets fit in the outage");
        }

        // The manager's states: the initial attach, then every handover in phase order.
        const std::vector<HandoverManager::State> handover = {HandoverManager::DETECTION,
                                                              HandoverManager::TARGET_SELECTION,
                                                              HandoverManager::PROACTIVE_SECURITY,
                                                              HandoverManager::L2_ATTACH,
                                                              HandoverManager::REACTIVE_SECURITY,
                                                              HandoverManager::L3_CONFIG,
                                                              HandoverManager::BINDING,
                                                              HandoverManager::WAIT_FIRST_DATA,
                                                              HandoverManager::CONNECTED};
        std::vector<HandoverManager::State> expected = {HandoverManager::L2_ATTACH,
                                                        HandoverManager::L3_CONFIG,
                                                        HandoverManager::BINDING,
                                                        HandoverManager::CONNECTED};
        for (int i = 0; i < 4; ++i)
        {
            expected.insert(expected.end(), handover.begin(), handover.end());
        }
        NS_TEST_ASSERT_MSG_EQ(m_states.size(), expected.size(), "number of state changes");
        for (std::size_t i = 0; i < expected.size() && i < m_states.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(HandoverManager::StateName(m_states[i]),
                                  HandoverManager::StateName(expected[i]),
                                  "state change " << i);
        }
    }

    std::string m_links;                          //!< --links
    double m_delayMs;                             //!< backbone delay per hop
    std::vector<HandoverRecord> m_records;        //!< recorded handovers
    std::vector<HandoverManager::State> m_states; //!< states entered by MN 0
};

/**
 * \ingroup secure-handover-tests
 * \brief A longer backbone makes handovers slower by the two backbone hops the L3 phase
 *        depends on (update to the anchor, data from the anchor to the new AR).
 */
class HandoverBackboneDelayTestCase : public TestCase
{
  public:
    HandoverBackboneDelayTestCase()
        : TestCase("The backbone delay shows in the latency (wifi -> csma, 2 ms vs 20 ms)")
    {
    }

  private:
    /**
     * \param delayMs per-hop delay
     * \return mean latency of the wifi->csma handovers
     */
    static double MeanLatency(double delayMs)
    {
        ScenarioConfig config;
        config.handovers = 3;
        config.interval = 1.0;
        config.backboneDelayMs = delayMs;
        Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
        HandoverTopology topology = helper->Build(config);
        helper->ScheduleHandovers(topology, config);
        Simulator::Stop(config.GetDuration());
        Simulator::Run();
        Simulator::Destroy();
        for (const auto& s : topology.recorder->Summarize())
        {
            if (s.fromLink == "wifi" && s.toLink == "csma" && s.count > 0)
            {
                return s.meanMs;
            }
        }
        return -1;
    }

    void DoRun() override
    {
        double fast = MeanLatency(2);
        double slow = MeanLatency(20);
        NS_TEST_ASSERT_MSG_GT(fast, 0, "wifi->csma handovers happened");
        // Update to the anchor (d) and new data path anchor -> AR (d): 2 x 18 ms more, minus
        // one CBR interval of phase luck.
        NS_TEST_EXPECT_MSG_GT_OR_EQ(slow - fast, 2 * 18.0 - 20.0, "latency grows with d");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(slow - fast, 2 * 18.0 + 20.0, "and by about 2 d only");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Natural mobility: the MN drives out of the 802.11 coverage and back; the handovers
 *        follow the association traces. Leaving, the link loss is only detected after the
 *        beacon-loss timeout (10 missed beacons of 102.4 ms), so detection dominates; coming
 *        back, the station is already associated, so the attach takes no time.
 */
class HandoverNaturalMobilityTestCase : public TestCase
{
  public:
    HandoverNaturalMobilityTestCase()
        : TestCase("Natural mobility wifi <-> csma: handovers follow 802.11 coverage")
    {
    }

  private:
    void DoRun() override
    {
        ScenarioConfig config;
        config.Set("mobility", "natural");
        config.Set("links", "wifi,csma");
        config.duration = 30;
        Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
        HandoverTopology topology = helper->Build(config);
        NS_TEST_EXPECT_MSG_EQ(helper->ScheduleHandovers(topology, config), 0, "none scripted");
        Simulator::Stop(config.GetDuration());
        Simulator::Run();
        Simulator::Destroy();

        const auto& records = topology.recorder->GetRecords();
        // 60 m coverage, 10 m/s, turning at 120 m: out near 5-6 s, back near 18 s, out again
        // near 29-30 s (its detection may fall after the end).
        NS_TEST_ASSERT_MSG_GT_OR_EQ(records.size(), 2u, "out of coverage and back");
        for (std::size_t i = 0; i < records.size(); ++i)
        {
            const HandoverRecord& r = records[i];
            NS_TEST_EXPECT_MSG_EQ(r.result, "ok", "handover " << i);
            bool leaving = i % 2 == 0;
            NS_TEST_EXPECT_MSG_EQ(r.fromLink, (leaving ? "wifi" : "csma"), "from " << i);
            NS_TEST_EXPECT_MSG_EQ(r.toLink, (leaving ? "csma" : "wifi"), "to " << i);
            double detection = r.GetPhaseMs(HandoverPhase::DETECTION);
            if (leaving)
            {
                NS_TEST_EXPECT_MSG_GT_OR_EQ(detection, 500.0, "beacon-loss detection");
                NS_TEST_EXPECT_MSG_LT_OR_EQ(detection, 1100.0, "at most 10 beacons + one");
                NS_TEST_EXPECT_MSG_GT(r.start, Seconds(4), "left the coverage near 5-6 s");
                NS_TEST_EXPECT_MSG_LT(r.start, Seconds(6.5), "left the coverage near 5-6 s");
            }
            else
            {
                NS_TEST_EXPECT_MSG_EQ(detection, 0.0, "the link-up event is the trigger");
                NS_TEST_EXPECT_MSG_EQ(r.GetPhaseMs(HandoverPhase::L2_ATTACH),
                                      0.0,
                                      "already associated");
                NS_TEST_EXPECT_MSG_LT(r.GetLatencyMs(), 100.0, "make before break");
            }
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The backbone and access networks are dual stack: an IPv6 echo from the MN to the HKS
 *        crosses the current access router and the anchor both before and after a handover (the
 *        MN's IPv6 default route follows the handover).
 */
class HandoverIpv6PathTestCase : public TestCase
{
  public:
    HandoverIpv6PathTestCase()
        : TestCase("IPv6 reaches the HKS from the MN on csma and, after a handover, on wifi")
    {
    }

  private:
    /// The echo client's Rx trace.
    void OnEcho(Ptr<const Packet>)
    {
        m_echoes.push_back(Simulator::Now());
    }

    /// The MN's Ipv6L3Protocol Tx trace: the interface of what it sends when the echo leaves.
    void OnTx(Ptr<const Packet>, Ptr<Ipv6>, uint32_t interface)
    {
        if (Simulator::Now() == Seconds(1.5))
        {
            m_firstInterface = static_cast<int32_t>(interface);
        }
        if (Simulator::Now() == Seconds(3.5))
        {
            m_secondInterface = static_cast<int32_t>(interface);
        }
    }

    void DoRun() override
    {
        ScenarioConfig config;
        config.Set("links", "csma,wifi");
        config.handovers = 1; // csma -> wifi at 2 s
        config.duration = 4;
        Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
        HandoverTopology topology = helper->Build(config);
        helper->ScheduleHandovers(topology, config);
        Ptr<Ipv6> hks6 = topology.hks->GetObject<Ipv6>();
        Ipv6Address hks = hks6->GetAddress(1, 1).GetAddress();
        NS_TEST_ASSERT_MSG_EQ(hks.IsLinkLocal(), false, "the HKS has a global IPv6 address");

        UdpEchoServerHelper server(7);
        server.Install(topology.hks).Start(Seconds(0));
        UdpEchoClientHelper client(Inet6SocketAddress(hks, 7));
        client.SetAttribute("MaxPackets", UintegerValue(2));
        client.SetAttribute("Interval", TimeValue(Seconds(2)));
        ApplicationContainer apps = client.Install(topology.mns.Get(0));
        apps.Start(Seconds(1.5)); // at 1.5 s on csma, at 3.5 s on wifi
        apps.Get(0)->TraceConnectWithoutContext(
            "Rx",
            MakeCallback(&HandoverIpv6PathTestCase::OnEcho, this));
        Ptr<Ipv6> mn6 = topology.mns.Get(0)->GetObject<Ipv6>();
        mn6->TraceConnectWithoutContext("Tx", MakeCallback(&HandoverIpv6PathTestCase::OnTx, this));
        int32_t csmaIf = mn6->GetInterfaceForDevice(topology.networks[0].mnDevices.Get(0));
        int32_t wifiIf = mn6->GetInterfaceForDevice(topology.networks[1].mnDevices.Get(0));
        Simulator::Stop(config.GetDuration());
        Simulator::Run();
        Simulator::Destroy();

        const auto& records = topology.recorder->GetRecords();
        NS_TEST_ASSERT_MSG_EQ(records.size(), 1, "one handover");
        NS_TEST_EXPECT_MSG_EQ((!records.empty() && records[0].IsOk()), true, "it succeeded");
        NS_TEST_ASSERT_MSG_EQ(m_echoes.size(), 2, "both echoes came back over IPv6");
        NS_TEST_EXPECT_MSG_EQ(m_firstInterface, csmaIf, "the first echo leaves on csma");
        NS_TEST_EXPECT_MSG_EQ(m_secondInterface, wifiIf, "the IPv6 route followed to wifi");
        if (m_echoes.size() == 2)
        {
            // Two backbone hops each way (AR -> anchor -> HKS): at least 4 x 5 ms.
            NS_TEST_EXPECT_MSG_GT_OR_EQ(m_echoes[0], Seconds(1.5) + MilliSeconds(20), "csma RTT");
            NS_TEST_EXPECT_MSG_GT_OR_EQ(m_echoes[1], Seconds(3.5) + MilliSeconds(20), "wifi RTT");
            NS_TEST_EXPECT_MSG_LT(m_echoes[1], Seconds(3.6), "wifi echo without retries");
        }
    }

    std::vector<Time> m_echoes;    //!< echo replies
    int32_t m_firstInterface{-1};  //!< MN interface used at 1.5 s
    int32_t m_secondInterface{-1}; //!< MN interface used at 3.5 s
};

/**
 * \ingroup secure-handover-tests
 * \brief The MN drops a replayed binding acknowledgement (a copy of the anchor's real ack for
 *        the previous binding, sent again to the MN's binding port) and a truncated one: both are
 *        counted in BindingDrop with their reason, and the handovers that follow still succeed.
 */
class HandoverBindingReplayTestCase : public TestCase
{
  public:
    HandoverBindingReplayTestCase()
        : TestCase("The MN drops and counts a replayed and a truncated binding ack, and goes on")
    {
    }

  private:
    /// The anchor's outgoing IPv4 packets: keep the last binding ack (UDP from the anchor port).
    void OnAnchorSend(const Ipv4Header& header, Ptr<const Packet> packet, uint32_t /* itf */)
    {
        if (header.GetProtocol() != UdpL4Protocol::PROT_NUMBER)
        {
            return;
        }
        Ptr<Packet> copy = packet->Copy();
        UdpHeader udp;
        copy->RemoveHeader(udp);
        if (udp.GetSourcePort() == m_anchorPort)
        {
            m_lastAck = copy;
            m_lastAckTo = InetSocketAddress(header.GetDestination(), udp.GetDestinationPort());
        }
    }

    /// Send a copy of the last ack again, from the correspondent node.
    void Replay()
    {
        NS_TEST_ASSERT_MSG_NE(m_lastAck, nullptr, "an ack was captured before the replay");
        m_attacker->SendTo(m_lastAck->Copy(), 0, m_lastAckTo);
    }

    /// Send the first two octets of the last ack.
    void SendTruncated()
    {
        m_attacker->SendTo(m_lastAck->CreateFragment(0, 2), 0, m_lastAckTo);
    }

    /// The MN's BindingDrop trace.
    void OnDrop(Ptr<const Packet> /* packet */, const std::string& reason)
    {
        m_reasons.push_back(reason);
    }

    void DoRun() override
    {
        ScenarioConfig config;
        config.Set("links", "wifi,csma");
        config.handovers = 3; // at 2, 4 and 6 s
        config.interval = 2;
        Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
        HandoverTopology topology = helper->Build(config);
        helper->ScheduleHandovers(topology, config);
        UintegerValue port;
        topology.anchorAgent->GetAttribute("Port", port);
        m_anchorPort = static_cast<uint16_t>(port.Get());
        topology.anchor->GetObject<Ipv4L3Protocol>()->TraceConnectWithoutContext(
            "SendOutgoing",
            MakeCallback(&HandoverBindingReplayTestCase::OnAnchorSend, this));
        topology.managers[0]->TraceConnectWithoutContext(
            "BindingDrop",
            MakeCallback(&HandoverBindingReplayTestCase::OnDrop, this));
        m_attacker = Socket::CreateSocket(topology.cn, UdpSocketFactory::GetTypeId());
        m_attacker->Bind();
        // Between the first and the second handover the MN is connected on csma, and the last
        // ack it accepted is the one of the first handover's binding.
        Simulator::Schedule(Seconds(3), &HandoverBindingReplayTestCase::Replay, this);
        Simulator::Schedule(Seconds(3.2), &HandoverBindingReplayTestCase::SendTruncated, this);
        Simulator::Stop(config.GetDuration());
        Simulator::Run();
        m_attacker = nullptr;
        m_lastAck = nullptr;
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(m_reasons.size(), 2, "both forged acks were dropped and counted");
        NS_TEST_EXPECT_MSG_EQ(m_reasons[0], "stale", "the replayed ack is stale");
        NS_TEST_EXPECT_MSG_EQ(m_reasons[1], "truncated", "the short ack is truncated");
        const auto& records = topology.recorder->GetRecords();
        NS_TEST_ASSERT_MSG_EQ(records.size(), 3, "every scripted handover ran");
        for (std::size_t i = 0; i < records.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(records[i].result, "ok", "handover " << i << " still succeeds");
        }
    }

    uint16_t m_anchorPort{0}; //!< the anchor's binding port
    Ptr<Packet> m_lastAck;    //!< the last binding ack the anchor sent (UDP payload)
    InetSocketAddress m_lastAckTo{Ipv4Address::GetAny(), 0}; //!< where it went
    Ptr<Socket> m_attacker;             //!< the correspondent node's socket that replays it
    std::vector<std::string> m_reasons; //!< BindingDrop reasons, in order
};

/**
 * \ingroup secure-handover-tests
 * \brief The handover backbone's system tests.
 */
class HandoverBackboneTestSuite : public TestSuite
{
  public:
    HandoverBackboneTestSuite()
        : TestSuite("secure-handover-backbone", TestSuite::Type::SYSTEM)
    {
        AddTestCase(new HandoverBackboneTestCase("wifi,csma", 5));
        AddTestCase(new HandoverBackboneTestCase("csma,wifi", 10));
        AddTestCase(new HandoverBackboneTestCase("wimax,csma", 5));
        AddTestCase(new HandoverBackboneDelayTestCase);
        AddTestCase(new HandoverNaturalMobilityTestCase);
        AddTestCase(new HandoverIpv6PathTestCase);
        AddTestCase(new HandoverBindingReplayTestCase);
    }
};

/// The suite's static instance.
static HandoverBackboneTestSuite g_handoverBackboneTestSuite;
