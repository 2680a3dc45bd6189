/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/binding-header.h"
#include "ns3/boolean.h"
#include "ns3/dot16-channel.h"
#include "ns3/dot16-net-device.h"
#include "ns3/handover-loss-counter.h"
#include "ns3/handover-record.h"
#include "ns3/inet-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/latency-recorder.h"
#include "ns3/mobility-anchor.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"

#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

using namespace ns3;

/**
 * \ingroup secure-handover-tests
 * \brief BindingHeader: every field survives a round trip, and the checked parse rejects short
 *        packets and unknown types.
 */
class BindingHeaderTestCase : public TestCase
{
  public:
    BindingHeaderTestCase()
        : TestCase("BindingHeader round trip and checked parse")
    {
    }

  private:
    void DoRun() override
    {
        BindingHeader out;
        out.SetType(BindingHeader::BINDING_ACK);
        out.SetStatus(BindingHeader::NO_ROUTE_TO_COA);
        out.SetSequence(0xbeef);
        out.SetMn(0x01020304);
        out.SetHomeAddress(Ipv4Address("192.168.0.7"));
        out.SetCareOfAddress(Ipv4Address("172.16.2.9"));
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(out);
        NS_TEST_ASSERT_MSG_EQ(packet->GetSize(), BindingHeader::SIZE, "16 octets on the wire");
        uint8_t wire[BindingHeader::SIZE];
        packet->CopyData(wire, sizeof(wire));
        NS_TEST_EXPECT_MSG_EQ(+wire[0], 2, "type octet");
        NS_TEST_EXPECT_MSG_EQ(+wire[2], 0xbe, "sequence in network order");
        NS_TEST_EXPECT_MSG_EQ(+wire[8], 192, "home address in network order");

        BindingHeader in;
        NS_TEST_ASSERT_MSG_EQ(BindingHeader::Parse(packet, in), true, "parses");
        NS_TEST_EXPECT_MSG_EQ(+in.GetType(), +BindingHeader::BINDING_ACK, "type");
        NS_TEST_EXPECT_MSG_EQ(+in.GetStatus(), +BindingHeader::NO_ROUTE_TO_COA, "status");
        NS_TEST_EXPECT_MSG_EQ(in.GetSequence(), 0xbeef, "sequence");
        NS_TEST_EXPECT_MSG_EQ(in.GetMn(), 0x01020304u, "mn");
        NS_TEST_EXPECT_MSG_EQ(in.GetHomeAddress(), Ipv4Address("192.168.0.7"), "home");
        NS_TEST_EXPECT_MSG_EQ(in.GetCareOfAddress(), Ipv4Address("172.16.2.9"), "care-of");

        uint8_t shortWire[10] = {1};
        NS_TEST_EXPECT_MSG_EQ(BindingHeader::Parse(Create<Packet>(shortWire, 10), in),
                              false,
                              "a short packet is rejected");
        wire[0] = 7;
        NS_TEST_EXPECT_MSG_EQ(BindingHeader::Parse(Create<Packet>(wire, sizeof(wire)), in),
                              false,
                              "an unknown type is rejected");

        // The typed parse the anchor and the MN use names each refusal.
        NS_TEST_EXPECT_MSG_EQ(BindingHeader::ParseExpecting(Create<Packet>(shortWire, 10),
                                                            BindingHeader::BINDING_ACK,
                                                            in),
                              "truncated",
                              "short");
        NS_TEST_EXPECT_MSG_EQ(BindingHeader::ParseExpecting(Create<Packet>(wire, sizeof(wire)),
                                                            BindingHeader::BINDING_ACK,
                                                            in),
                              "bad-type-or-status",
                              "type 7");
        wire[0] = 2; // BINDING_ACK again
        wire[1] = 9; // unknown status
        NS_TEST_EXPECT_MSG_EQ(BindingHeader::ParseExpecting(Create<Packet>(wire, sizeof(wire)),
                                                            BindingHeader::BINDING_ACK,
                                                            in),
                              "bad-type-or-status",
                              "status 9");
        wire[1] = 0;
        NS_TEST_EXPECT_MSG_EQ(BindingHeader::ParseExpecting(Create<Packet>(wire, sizeof(wire)),
                                                            BindingHeader::BINDING_UPDATE,
                                                            in),
                              "unexpected-type",
                              "an ack where an update is expected");
        NS_TEST_EXPECT_MSG_EQ(BindingHeader::ParseExpecting(Create<Packet>(wire, sizeof(wire)),
                                                            BindingHeader::BINDING_ACK,
                                                            in),
                              "",
                              "an ack where an ack is expected");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The 802.16 placeholder respects its TDD frame: network entry takes the next downlink
 *        subframe, the following uplink subframe and the downlink subframe after; an uplink
 *        frame waits for the uplink subframe, a downlink frame for the downlink subframe, and a
 *        subframe carries only what fits at the air rate.
 */
class Dot16FrameTimingTestCase : public TestCase
{
  public:
    Dot16FrameTimingTestCase()
        : TestCase("802.16 placeholder: network entry and frames follow the 5 ms TDD frame")
    {
    }

  private:
    /// Receive callback of either device.
    bool Receive(Ptr<NetDevice> device, Ptr<const Packet>, uint16_t, const Address&)
    {
        (device == m_bs ? m_bsRx : m_msRx).push_back(Simulator::Now());
        return true;
    }

    /// The MS's link-change callback.
    void LinkChange()
    {
        m_linkUp.push_back(Simulator::Now());
    }

    /// One 100-octet uplink frame from the MS (an event: ns-3.35 cannot schedule a lambda).
    void SendUplink()
    {
        m_ms->Send(Create<Packet>(100), m_bs->GetAddress(), 0x0800);
    }

    /// Six 1486-octet downlink frames from the BS, more than one subframe carries.
    void SendDownlink()
    {
        for (int i = 0; i < 6; ++i)
        {
            m_bs->Send(Create<Packet>(1486), m_ms->GetAddress(), 0x0800);
        }
    }

    void DoRun() override
    {
        Ptr<Dot16Channel> channel = CreateObject<Dot16Channel>(); // 5 ms, DL 50 %, 20 Mbps
        Ptr<Node> bsNode = CreateObject<Node>();
        Ptr<Node> msNode = CreateObject<Node>();
        m_bs = CreateObject<Dot16NetDevice>();
        m_bs->SetAttribute("BaseStation", BooleanValue(true));
        m_bs->SetAddress(Mac48Address::Allocate());
        bsNode->AddDevice(m_bs);
        m_bs->Attach(channel);
        m_ms = CreateObject<Dot16NetDevice>();
        m_ms->SetAddress(Mac48Address::Allocate());
        msNode->AddDevice(m_ms);
        m_ms->Attach(channel);
        m_bs->SetReceiveCallback(MakeCallback(&Dot16FrameTimingTestCase::Receive, this));
        m_ms->SetReceiveCallback(MakeCallback(&Dot16FrameTimingTestCase::Receive, this));
        m_ms->AddLinkChangeCallback(MakeCallback(&Dot16FrameTimingTestCase::LinkChange, this));

        NS_TEST_EXPECT_MSG_EQ(m_ms->Send(Create<Packet>(100), m_bs->GetAddress(), 0x0800),
                              false,
                              "no transmission before network entry");
        Simulator::Schedule(MilliSeconds(1), &Dot16NetDevice::StartNetworkEntry, m_ms);
        Simulator::Schedule(MilliSeconds(11), &Dot16FrameTimingTestCase::SendUplink, this);
        Simulator::Schedule(MilliSeconds(13), &Dot16FrameTimingTestCase::SendDownlink, this);
        Simulator::Stop(MilliSeconds(40));
        Simulator::Run();
        Simulator::Destroy();

        // Entry from 1 ms: sync at 5 ms (DL), ranging at 7.5 ms (UL), admitted at 10 ms (DL).
        NS_TEST_ASSERT_MSG_EQ(m_linkUp.size(), 1, "the link comes up once");
        NS_TEST_ASSERT_MSG_EQ(m_bsRx.size(), 1, "the BS received the uplink frame");
        NS_TEST_ASSERT_MSG_EQ(m_msRx.size(), 6, "the MS received every downlink frame");
        if (m_linkUp.size() != 1 || m_bsRx.size() != 1 || m_msRx.size() != 6)
        {
            return; // the runner continues after a failed assertion by default
        }
        NS_TEST_EXPECT_MSG_EQ(m_linkUp[0], MilliSeconds(10), "network entry ends at 10 ms");

        // Uplink at 11 ms waits for the uplink subframe at 12.5 ms; 114 octets at 20 Mbps
        // take 45.6 us, and the propagation delay is 3 us.
        NS_TEST_EXPECT_MSG_EQ(m_bsRx[0],
                              MicroSeconds(12500) + NanoSeconds(45600) + MicroSeconds(3),
                              "uplink frame timing");

        // Downlink at 13 ms waits for 15 ms; a 2.5 ms subframe at 20 Mbps carries 6250 octets,
        // four 1500-octet frames; the next four wait for 20 ms, the rest for 25 ms.
        Time frame = NanoSeconds(600000); // 1500 octets at 20 Mbps
        NS_TEST_EXPECT_MSG_EQ(m_msRx[0], MilliSeconds(15) + frame + MicroSeconds(3), "first");
        NS_TEST_EXPECT_MSG_EQ(m_msRx[3], MilliSeconds(15) + 4 * frame + MicroSeconds(3), "4th");
        NS_TEST_EXPECT_MSG_EQ(m_msRx[4], MilliSeconds(20) + frame + MicroSeconds(3), "5th");
        NS_TEST_EXPECT_MSG_EQ(m_msRx[5], MilliSeconds(20) + 2 * frame + MicroSeconds(3), "6th");
    }

    Ptr<Dot16NetDevice> m_bs;   //!< base station
    Ptr<Dot16NetDevice> m_ms;   //!< mobile station
    std::vector<Time> m_bsRx;   //!< receptions at the BS
    std::vector<Time> m_msRx;   //!< receptions at the MS
    std::vector<Time> m_linkUp; //!< MS link changes
};

/**
 * \ingroup secure-handover-tests
 * \brief LatencyRecorder: statistics (nearest-rank percentiles), CSV rows and summary.json.
 */
class LatencyRecorderTestCase : public TestCase
{
  public:
    LatencyRecorderTestCase()
        : TestCase("LatencyRecorder statistics, CSV and JSON")
    {
    }

  private:
    /// A successful record with the given latency.
    static HandoverRecord Ok(uint32_t index, double latencyMs)
    {
        HandoverRecord r;
        r.run = 3;
        r.handover = index;
        r.scheme = "none";
        r.fromLink = "wifi";
        r.toLink = "csma";
        r.start = Seconds(index + 1);
        r.lastOldData = r.start;
        r.hasLastOldData = true;
        r.firstNewData = r.start + MicroSeconds(static_cast<int64_t>(latencyMs * 1000));
        r.hasFirstNewData = true;
        r.end = r.firstNewData;
        r.lostPackets = 2;
        for (std::size_t p = 0; p < HANDOVER_PHASE_COUNT; ++p)
        {
            r.phaseStart[p] = r.start;
            r.phaseEnd[p] = r.start;
            r.phaseRan[p] = true;
        }
        return r;
    }

    void DoRun() override
    {
        Ptr<LatencyRecorder> recorder = CreateObject<LatencyRecorder>();
        for (uint32_t i = 0; i < 20; ++i)
        {
            recorder->Record(Ok(i, 10.0 * (20 - i))); // 200, 190, ..., 10 ms
        }
        HandoverRecord failed = Ok(20, 0);
        failed.result = "failed:l2-timeout";
        failed.lostPackets = 0;
        failed.phaseRan[3] = false;
        failed.security.saMethod = "optimized";
        failed.security.chainHops = 2;
        failed.security.exposed = true;
        failed.security.misSignallingMs = 12.5;
        failed.security.tekSource = "counter";
        failed.security.interruptionMs = 30;
        failed.security.resyncAttempts = 2;
        failed.security.replaysDetected = 4;
        recorder->Record(failed);

        auto summaries = recorder->Summarize();
        NS_TEST_ASSERT_MSG_EQ(summaries.size(), 1, "one scheme and link pair");
        if (summaries.size() != 1)
        {
            return;
        }
        const HandoverSummary& s = summaries[0];
        NS_TEST_EXPECT_MSG_EQ(s.count, 20u, "successes");
        NS_TEST_EXPECT_MSG_EQ(s.failures, 1u, "failures");
        NS_TEST_EXPECT_MSG_EQ_TOL(s.meanMs, 105.0, 1e-9, "mean");
        NS_TEST_EXPECT_MSG_EQ_TOL(s.p50Ms, 100.0, 1e-9, "p50: rank 10 of 20");
        NS_TEST_EXPECT_MSG_EQ_TOL(s.p95Ms, 190.0, 1e-9, "p95: rank 19 of 20");
        NS_TEST_EXPECT_MSG_EQ_TOL(s.maxMs, 200.0, 1e-9, "max");
        NS_TEST_EXPECT_MSG_EQ(s.reasons.at("l2-timeout"), 1u, "failure reason");

        std::ostringstream csv;
        recorder->WriteCsv(csv);
        std::istringstream lines(csv.str());
        std::string header;
        std::string first;
        std::string line;
        std::string last;
        std::getline(lines, header);
        std::getline(lines, first);
        while (std::getline(lines, line))
        {
            last = line;
        }
        NS_TEST_EXPECT_MSG_EQ(header, LatencyRecorder::GetCsvHeader(), "header");
        NS_TEST_EXPECT_MSG_EQ(first,
                              "3,0,0,none,wifi,csma,1.000000,1.200000,200.000,2,ok,0.000,0.000,"
                              "0.000,0.000,0.000,0.000,0.000,0.000,"
                              "none,0,0,0.000,none,0.000,none,0,none,,0.000,0,0,0",
                              "first row: the security columns say not applicable");
        NS_TEST_EXPECT_MSG_EQ(last,
                              "3,0,20,none,wifi,csma,21.000000,21.000000,,0,failed:l2-timeout,"
                              "0.000,0.000,0.000,,0.000,0.000,0.000,0.000,"
                              "optimized,2,1,12.500,none,0.000,none,0,counter,30.000,0.000,2,0,4",
                              "a failed row has no latency and no unfinished phase");

        std::ostringstream json;
        recorder->WriteSummaryJson(json, {{"seed", "1"}});
        auto doc = nlohmann::json::parse(json.str());
        NS_TEST_ASSERT_MSG_EQ(doc["summary"].size(), 1, "one summary entry");
        if (doc["summary"].size() != 1)
        {
            return;
        }
        NS_TEST_EXPECT_MSG_EQ(doc["scenario"]["seed"].get<std::string>(), "1", "metadata");
        NS_TEST_EXPECT_MSG_EQ(doc["handovers"].get<int>(), 21, "records");
        NS_TEST_EXPECT_MSG_EQ(doc["summary"][0]["count"].get<int>(), 20, "count");
        NS_TEST_EXPECT_MSG_EQ(doc["summary"][0]["failures"].get<int>(), 1, "failures");
        NS_TEST_EXPECT_MSG_EQ_TOL(doc["summary"][0]["latency_ms"]["p95"].get<double>(),
                                  190.0,
                                  1e-9,
                                  "p95 in JSON");

        // ReadCsv gives back what WriteCsv wrote: the same text, and the same statistics.
        std::istringstream in(csv.str());
        auto records = LatencyRecorder::ReadCsv(in, "handovers.csv");
        NS_TEST_ASSERT_MSG_EQ(records.size(), 21, "every row read back");
        Ptr<LatencyRecorder> reread = CreateObject<LatencyRecorder>();
        for (const auto& record : records)
        {
            reread->Record(record);
        }
        std::ostringstream again;
        reread->WriteCsv(again);
        NS_TEST_EXPECT_MSG_EQ(again.str(), csv.str(), "WriteCsv(ReadCsv(csv)) == csv");
        NS_TEST_EXPECT_MSG_EQ_TOL(reread->Summarize().at(0).p95Ms, 190.0, 1e-9, "p95 again");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief ReadCsv refuses a foreign header, a short row and malformed numbers, naming the file
 *        and line of the problem.
 */
class LatencyRecorderReadCsvErrorsTestCase : public TestCase
{
  public:
    LatencyRecorderReadCsvErrorsTestCase()
        : TestCase("handovers.csv reader: wrong header, field count and numbers are refused")
    {
    }

  private:
    /**
     * \param text the CSV text
     * \return the error message, or empty if the text was accepted
     */
    static std::string Error(const std::string& text)
    {
        std::istringstream in(text);
        try
        {
            LatencyRecorder::ReadCsv(in, "x.csv");
        }
        catch (const std::runtime_error& e)
        {
            return e.what();
        }
        return "";
    }

    void DoRun() override
    {
        const std::string header = LatencyRecorder::GetCsvHeader() + "\n";
        const std::string good = "1,0,0,none,wifi,csma,1.000000,1.200000,200.000,2,ok,"
                                 "0.000,0.000,0.000,0.000,0.000,0.000,0.000,0.000,"
                                 "none,0,0,0.000,none,0.000,none,0,none,,0.000,0,0,0\n";
        NS_TEST_EXPECT_MSG_EQ(Error(header + good), "", "a valid file is accepted");
        NS_TEST_EXPECT_MSG_EQ(Error("run,mn\n" + good).rfind("x.csv:1: ", 0),
                              0,
                              "a foreign header is refused at line 1");
        NS_TEST_EXPECT_MSG_EQ(Error(""), Error("run,mn\n"), "an empty file has no header");
        std::string shortRow = good.substr(0, good.rfind(','));
        NS_TEST_EXPECT_MSG_EQ(Error(header + good + shortRow + "\n"),
                              "x.csv:3: 32 fields instead of 33",
                              "a short row is refused with its line");
        std::string badCount = good;
        badCount.replace(badCount.find(",2,ok,"), 6, ",2x,ok,");
        NS_TEST_EXPECT_MSG_EQ(Error(header + badCount),
                              "x.csv:2: field 10: '2x' is not a non-negative integer",
                              "a malformed count is refused");
        std::string badLatency = good;
        badLatency.replace(badLatency.find("200.000"), 7, "-200.0");
        NS_TEST_EXPECT_MSG_EQ(Error(header + badLatency),
                              "x.csv:2: field 9: '-200.0' is not a non-negative decimal number",
                              "a negative latency is refused");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The anchor drops, counts (Drop trace) and survives truncated, malformed and
 *        wrong-direction binding messages, and still answers a well-formed update.
 */
class MobilityAnchorDropTestCase : public TestCase
{
  public:
    MobilityAnchorDropTestCase()
        : TestCase("Anchor drops and traces malformed binding messages, then still works")
    {
    }

  private:
    void Dropped(Ptr<const Packet> packet, const std::string& reason)
    {
        m_reasons.push_back(reason);
        m_sizes.push_back(packet->GetSize());
    }

    void Replied(Ptr<Socket> socket)
    {
        Ptr<Packet> packet;
        while ((packet = socket->Recv()))
        {
            BindingHeader ack;
            if (BindingHeader::Parse(packet, ack))
            {
                m_acks.push_back(ack.GetStatus());
            }
        }
    }

    void Send(Ptr<Socket> socket, Ptr<Packet> packet)
    {
        socket->SendTo(packet, 0, InetSocketAddress(Ipv4Address::GetLoopback(), 9999));
    }

    static Ptr<Packet> Message(BindingHeader::MessageType type)
    {
        BindingHeader header;
        header.SetType(type);
        header.SetStatus(BindingHeader::ACCEPTED);
        header.SetSequence(7);
        header.SetMn(1);
        header.SetHomeAddress(Ipv4Address("10.99.0.1"));
        header.SetCareOfAddress(Ipv4Address("10.98.0.1")); // no route: NO_ROUTE_TO_COA
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(header);
        return packet;
    }

    void DoRun() override
    {
        Ptr<Node> node = CreateObject<Node>();
        InternetStackHelper internet;
        internet.Install(node);
        Ptr<MobilityAnchor> anchor = CreateObject<MobilityAnchor>();
        node->AddApplication(anchor);
        anchor->TraceConnectWithoutContext(
            "Drop",
            MakeCallback(&MobilityAnchorDropTestCase::Dropped, this));
        anchor->SetStartTime(Seconds(0));

        Ptr<Socket> client = Socket::CreateSocket(node, UdpSocketFactory::GetTypeId());
        client->Bind();
        client->SetRecvCallback(MakeCallback(&MobilityAnchorDropTestCase::Replied, this));

        uint8_t wire[BindingHeader::SIZE] = {};
        Ptr<Packet> good = Message(BindingHeader::BINDING_UPDATE);
        good->CopyData(wire, BindingHeader::SIZE);
        uint8_t badType[BindingHeader::SIZE];
        std::copy(wire, wire + BindingHeader::SIZE, badType);
        badType[0] = 0x7f;

        Simulator::Schedule(Seconds(1),
                            &MobilityAnchorDropTestCase::Send,
                            this,
                            client,
                            Create<Packet>(wire, 10));
        Simulator::Schedule(Seconds(1.1),
                            &MobilityAnchorDropTestCase::Send,
                            this,
                            client,
                            Create<Packet>(badType, BindingHeader::SIZE));
        Simulator::Schedule(Seconds(1.2),
                            &MobilityAnchorDropTestCase::Send,
                            this,
                            client,
                            Message(BindingHeader::BINDING_ACK));
        Simulator::Schedule(Seconds(1.3), &MobilityAnchorDropTestCase::Send, this, client, good);
        Simulator::Stop(Seconds(2));
        Simulator::Run();
        Simulator::Destroy();

        NS_TEST_ASSERT_MSG_EQ(m_reasons.size(), 3u, "three messages dropped");
        NS_TEST_EXPECT_MSG_EQ(m_reasons[0], "truncated", "10-octet message");
        NS_TEST_EXPECT_MSG_EQ(m_sizes[0], 10u, "the trace carries the message as received");
        NS_TEST_EXPECT_MSG_EQ(m_reasons[1], "bad-type-or-status", "unknown type 0x7f");
        NS_TEST_EXPECT_MSG_EQ(m_reasons[2], "unexpected-type", "an ack sent to the anchor");
        NS_TEST_ASSERT_MSG_EQ(m_acks.size(), 1u, "the well-formed update is still answered");
        NS_TEST_EXPECT_MSG_EQ(unsigned(m_acks[0]),
                              unsigned(BindingHeader::NO_ROUTE_TO_COA),
                              "no route to 10.98.0.1");
    }

    std::vector<std::string> m_reasons; //!< Drop reasons, in order
    std::vector<uint32_t> m_sizes;      //!< sizes of dropped messages
    std::vector<uint8_t> m_acks;        //!< statuses of acks received
};

/**
 * \ingroup secure-handover-tests
 * \brief HandoverLossCounter: a handover loses the sequence numbers of its gap that never
 *        arrive. Packets of the gap that arrive before the first new one, or after it (tunnelled
 *        packets overtaken by newer ones on a shorter path), are not lost; duplicates count once;
 *        after Stop nothing changes; the late-packet correction reaches the stored record.
 */
class HandoverLossCounterTestCase : public TestCase
{
  public:
    HandoverLossCounterTestCase()
        : TestCase("Loss accounting: reordered and late packets of the gap are not lost")
    {
    }

  private:
    void DoRun() override
    {
        // the FMIPv6 reorder case: old link up to 10, the direct path delivers 14 first, the
        // tunnel 11..13 after it
        HandoverLossCounter reorder;
        reorder.Begin(10);
        NS_TEST_EXPECT_MSG_EQ(reorder.Observe(14), false, "gap not known yet");
        reorder.SetFirstNew(14);
        NS_TEST_EXPECT_MSG_EQ(reorder.GetLost(), 3u, "11, 12 and 13 missing");
        NS_TEST_EXPECT_MSG_EQ(reorder.Observe(15), false, "after the gap");
        NS_TEST_EXPECT_MSG_EQ(reorder.Observe(12), true, "late 12");
        NS_TEST_EXPECT_MSG_EQ(reorder.Observe(12), false, "a duplicate counts once");
        NS_TEST_EXPECT_MSG_EQ(reorder.GetLost(), 2u, "11 and 13 missing");
        NS_TEST_EXPECT_MSG_EQ(reorder.Observe(10), false, "before the gap");
        NS_TEST_EXPECT_MSG_EQ(reorder.Observe(11), true, "late 11");
        NS_TEST_EXPECT_MSG_EQ(reorder.Observe(13), true, "late 13");
        NS_TEST_EXPECT_MSG_EQ(reorder.GetLost(), 0u, "everything arrived");

        // packets of the gap before the first new one; a real loss stays counted
        HandoverLossCounter early;
        early.Begin(5);
        early.Observe(7);
        early.Observe(12); // beyond the first new packet: says nothing about the gap
        early.SetFirstNew(9);
        NS_TEST_EXPECT_MSG_EQ(early.GetLost(), 2u, "6 and 8 missing");
        early.Stop();
        NS_TEST_EXPECT_MSG_EQ(early.IsWatching(), false, "stopped");
        NS_TEST_EXPECT_MSG_EQ(early.Observe(6), false, "too late: after Stop");
        NS_TEST_EXPECT_MSG_EQ(early.GetLost(), 2u, "the count stays");

        // no gap at all
        HandoverLossCounter none;
        none.Begin(20);
        none.SetFirstNew(21);
        NS_TEST_EXPECT_MSG_EQ(none.GetLost(), 0u, "consecutive");
        NS_TEST_EXPECT_MSG_EQ(none.Observe(21), false, "the first new packet itself");

        // the correction of a stored record
        Ptr<LatencyRecorder> recorder = CreateObject<LatencyRecorder>();
        HandoverRecord record;
        record.mn = 1;
        record.handover = 2;
        record.lostPackets = 3;
        recorder->Record(record);
        NS_TEST_EXPECT_MSG_EQ(recorder->UpdateLostPackets(1, 2, 0), true, "record found");
        NS_TEST_EXPECT_MSG_EQ(recorder->GetRecords().at(0).lostPackets, 0u, "corrected");
        NS_TEST_EXPECT_MSG_EQ(recorder->UpdateLostPackets(0, 2, 0), false, "no such MN");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Components of the handover backbone.
 */
class HandoverComponentsTestSuite : public TestSuite
{
  public:
    HandoverComponentsTestSuite()
        : TestSuite("secure-handover-backbone-components", TestSuite::Type::UNIT)
    {
        AddTestCase(new BindingHeaderTestCase);
        AddTestCase(new Dot16FrameTimingTestCase);
        AddTestCase(new LatencyRecorderTestCase);
        AddTestCase(new LatencyRecorderReadCsvErrorsTestCase);
        AddTestCase(new MobilityAnchorDropTestCase);
        AddTestCase(new HandoverLossCounterTestCase);
    }
};

/// The suite's static instance.
static HandoverComponentsTestSuite g_handoverComponentsTestSuite;
