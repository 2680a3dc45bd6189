/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// System tests of issue 6: 802.16e handovers between two cells with the dot16-* schemes,
// built by HandoverScenarioHelper (links wimax,wimax) and observed through the traces of the
// handover recorder and of the base-station agents.

#include "ns3/arp-l3-protocol.h"
#include "ns3/boolean.h"
#include "ns3/dot16-authenticator.h"
#include "ns3/dot16-backbone-header.h"
#include "ns3/dot16-bs-agent.h"
#include "ns3/dot16-channel.h"
#include "ns3/dot16-generic-mac-header.h"
#include "ns3/dot16-ms-agent.h"
#include "ns3/dot16-net-device.h"
#include "ns3/dot16-ranging-messages.h"
#include "ns3/double.h"
#include "ns3/handover-record.h"
#include "ns3/handover-scenario-helper.h"
#include "ns3/inet-socket-address.h"
#include "ns3/integer.h"
#include "ns3/ipv4.h"
#include "ns3/latency-recorder.h"
#include "ns3/node-container.h"
#include "ns3/node.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/scenario-config.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

using namespace ns3;

namespace
{

/// How one scenario of a test runs.
struct Dot16TestOptions
{
    std::string scheme{"dot16-counter-tek"}; //!< --scheme
    uint32_t handovers{3};                   //!< scripted handovers
    int32_t ckcSkew{0};                      //!< --ckc-skew
    double cancel{0};                        //!< --cancel-ho-prob
    double loss{0};                          //!< --dot16-loss
    Time frame{MilliSeconds(5)};             //!< Dot16Channel::FrameDuration
    bool msSeamless{true};                   //!< Dot16MsAgent::SeamlessHandover
    bool bsSeamless{true};                   //!< Dot16BsAgent::SeamlessHandover
    bool legacyKeyReply{false};              //!< Dot16BsAgent::LegacyKeyReply
    int32_t msCountSkew{0};                  //!< Dot16MsAgent::CountSkew (overrides ckcSkew)
    bool forgeRanging{false};                //!< inject a forged and a truncated RNG-REQ
    Time cancelUntil{Seconds(0)};            //!< cancel probability drops to 0 then
};

/// Set the MS's cancel probability (scheduled).
void
SetCancel(Ptr<Dot16MsAgent> ms, double p)
{
    ms->SetAttribute("CancelProbability", DoubleValue(p));
}

/// Deliver a forged RNG-REQ (CMAC with a wrong key) and a truncated one to a BS (scheduled).
void
ForgeRanging(Ptr<Dot16BsAgent> bs, Ptr<Dot16NetDevice> device, crypto::Mac48 ms, uint16_t count)
{
    Dot16RngReq req;
    req.msMac = ms;
    req.rangingPurpose = 1;
    req.cmacKeyCount = count;
    crypto::CmacKey wrong(crypto::ByteView(crypto::Bytes(16, 0x42)));
    req.SignCmac(wrong, crypto::Akid{}, 1000, DOT16_INITIAL_RANGING_CID);
    bs->ReceivePdu(device, Dot16MakePlainPdu(DOT16_INITIAL_RANGING_CID, req.Encode()));
    crypto::Bytes truncated = req.Encode();
    truncated.resize(truncated.size() - 3);
    bs->ReceivePdu(device, Dot16MakePlainPdu(DOT16_INITIAL_RANGING_CID, truncated));
}

/// Send the authenticator a truncated message and a spoofed HO_CONFIRM from a node that is
/// not the BS it names (scheduled).
void
SpoofBackbone(Ptr<Node> from, Ipv4Address authenticator, crypto::Mac48 ms, crypto::Mac48 bsid)
{
    Ptr<Socket> socket = Socket::CreateSocket(from, UdpSocketFactory::GetTypeId());
    socket->Bind();
    InetSocketAddress to(authenticator, Dot16BackboneHeader::DEFAULT_PORT);
    socket->SendTo(Create<Packet>(5), 0, to);
    Dot16BackboneHeader confirm;
    confirm.type = Dot16BackboneHeader::HO_CONFIRM;
    confirm.msMac = ms;
    confirm.bsid = bsid;
    confirm.cmacKeyCount = 100;
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(confirm);
    socket->SendTo(packet, 0, to);
    socket->Close();
}

/// Hand the MS a PDU with a bad HCS and an MPDU that fails CCM (scheduled).
void
InjectToMs(Ptr<Dot16MsAgent> ms, Ptr<Dot16NetDevice> device)
{
    Mac48Address mac;
    mac.CopyFrom(ms->GetMsMac().data());
    Dot16GenericMacHeader gmh;
    gmh.SetCid(Dot16Cids::ForMobile(mac).basic);
    crypto::Bytes badHcs = gmh.EncodePdu(crypto::Bytes(10, 0));
    badHcs[5] ^= 0xff;
    ms->ReceivePdu(device, Create<Packet>(badHcs.data(), badHcs.size()));
    gmh.SetCid(Dot16Cids::ForMobile(mac).transport);
    gmh.SetEncryptionControl(true);
    crypto::Bytes forged = gmh.EncodePdu(crypto::Bytes(40, 0x5a));
    ms->ReceivePdu(device, Create<Packet>(forged.data(), forged.size()));
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief Runs a wimax,wimax scenario and keeps its records, BS events and drops.
 */
class Dot16HandoverTestBase : public TestCase
{
  public:
    /**
     * \param name the test name
     */
    explicit Dot16HandoverTestBase(const std::string& name)
        : TestCase(name)
    {
    }

  protected:
    /// A BS security event: time, BS index, what.
    struct BsEvent
    {
        Time at;          //!< when
        uint32_t bs;      //!< which BS (network index)
        std::string what; //!< the event
    };

    /**
     * \brief Build, run and destroy one scenario.
     * \param o the options
     */
    void RunScenario(const Dot16TestOptions& o)
    {
        m_records.clear();
        m_events.clear();
        m_drops.clear();
        m_authDrops.clear();
        m_msDrops.clear();
        m_phyDrops = 0;
        uint32_t savedSeed = RngSeedManager::GetSeed();
        uint64_t savedRun = RngSeedManager::GetRun();
        RngSeedManager::SetSeed(1);
        RngSeedManager::SetRun(1);
        ScenarioConfig config;
        config.Set("links", "wimax,wimax");
        config.scheme = o.scheme;
        config.handovers = o.handovers;
        config.interval = 2;
        config.ckcSkew = o.ckcSkew;
        config.cancelHoProb = o.cancel;
        config.dot16Loss = o.loss;
        config.out = "";
        Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
        HandoverTopology t = helper->Build(config);
        helper->ScheduleHandovers(t, config);
        t.recorder->TraceConnectWithoutContext(
            "Handover",
            MakeCallback(&Dot16HandoverTestBase::OnRecord, this));
        // No ARP jitter: the first UL MPDU at the target is in the first UL subframe.
        NodeContainer all = t.GetAllNodes();
        for (uint32_t i = 0; i < all.GetN(); ++i)
        {
            Ptr<ArpL3Protocol> arp = all.Get(i)->GetObject<ArpL3Protocol>();
            if (arp)
            {
                arp->SetAttribute("RequestJitter",
                                  StringValue("ns3::ConstantRandomVariable[Constant=0.0]"));
            }
        }
        m_bss.clear();
        for (uint32_t k = 0; k < t.networks.size(); ++k)
        {
            t.networks[k].channel->SetAttribute("FrameDuration", TimeValue(o.frame));
            auto device = DynamicCast<Dot16NetDevice>(t.networks[k].routerDevice);
            auto bs = DynamicCast<Dot16BsAgent>(device->GetMacAgent());
            bs->SetAttribute("SeamlessHandover", BooleanValue(o.bsSeamless));
            bs->SetAttribute("LegacyKeyReply", BooleanValue(o.legacyKeyReply));
            bs->TraceConnect("SecurityEvent",
                             std::to_string(k),
                             MakeCallback(&Dot16HandoverTestBase::OnBsEvent, this));
            bs->TraceConnect("Drop",
                             std::to_string(k),
                             MakeCallback(&Dot16HandoverTestBase::OnDrop, this));
            m_bss.push_back(bs);
            device->TraceConnectWithoutContext(
                "PhyRxDrop",
                MakeCallback(&Dot16HandoverTestBase::OnPhyDrop, this));
            for (uint32_t m = 0; m < t.networks[k].mnDevices.GetN(); ++m)
            {
                t.networks[k].mnDevices.Get(m)->TraceConnectWithoutContext(
                    "PhyRxDrop",
                    MakeCallback(&Dot16HandoverTestBase::OnPhyDrop, this));
            }
        }
        m_ms = t.mns.Get(0)->GetObject<Dot16MsAgent>();
        m_ms->SetAttribute("SeamlessHandover", BooleanValue(o.msSeamless));
        if (o.msCountSkew != 0)
        {
            m_ms->SetAttribute("CountSkew", IntegerValue(o.msCountSkew));
        }
        if (o.cancelUntil > Time(0))
        {
            Simulator::Schedule(o.cancelUntil, &SetCancel, m_ms, 0.0);
        }
        m_auth = DynamicCast<Dot16Authenticator>(t.authenticator->GetApplication(0));
        if (o.forgeRanging)
        {
            // After the first handover (to BS 1, N = 2), a forged RNG-REQ with a valid count.
            Simulator::Schedule(Seconds(3),
                                &ForgeRanging,
                                m_bss[1],
                                DynamicCast<Dot16NetDevice>(t.networks[1].routerDevice),
                                m_ms->GetMsMac(),
                                uint16_t{2});
            Simulator::Schedule(Seconds(3),
                                &SpoofBackbone,
                                t.cn,
                                t.authenticator->GetObject<Ipv4>()->GetAddress(1, 0).GetLocal(),
                                m_ms->GetMsMac(),
                                m_bss[1]->GetBsid());
            Simulator::Schedule(Seconds(3),
                                &InjectToMs,
                                m_ms,
                                DynamicCast<Dot16NetDevice>(t.networks[1].mnDevices.Get(0)));
        }
        m_auth->TraceConnectWithoutContext("Drop",
                                           MakeCallback(&Dot16HandoverTestBase::OnAuthDrop, this));
        m_ms->TraceConnectWithoutContext("Drop",
                                         MakeCallback(&Dot16HandoverTestBase::OnMsDrop, this));
        Simulator::Stop(config.GetDuration());
        Simulator::Run();
        m_finalCountM = m_ms->GetCmacKeyCount();
        m_finalCountN = m_auth->GetCmacKeyCount(m_ms->GetMsMac()).value_or(0);
        m_negotiated = m_ms->IsSeamlessNegotiated();
        Simulator::Destroy();
        m_bss.clear();
        m_ms = nullptr;
        m_auth = nullptr;
        RngSeedManager::SetSeed(savedSeed);
        RngSeedManager::SetRun(savedRun);
    }

    /**
     * \param what an event name
     * \param bs a BS index, or -1 for any
     * \return how many times it happened
     */
    uint32_t CountEvents(const std::string& what, int32_t bs = -1) const
    {
        uint32_t n = 0;
        for (const auto& e : m_events)
        {
            n += (e.what == what && (bs < 0 || e.bs == static_cast<uint32_t>(bs))) ? 1 : 0;
        }
        return n;
    }

    /**
     * \return the successful records
     */
    std::vector<HandoverRecord> OkRecords() const
    {
        std::vector<HandoverRecord> ok;
        for (const auto& r : m_records)
        {
            if (r.IsOk())
            {
                ok.push_back(r);
            }
        }
        return ok;
    }

    /**
     * \return the mean interruption_ms of the successful records
     */
    double MeanInterruption() const
    {
        double sum = 0;
        auto ok = OkRecords();
        for (const auto& r : ok)
        {
            sum += r.security.interruptionMs;
        }
        return ok.empty() ? -1 : sum / ok.size();
    }

    /**
     * \return the mean latency of the successful records
     */
    double MeanLatency() const
    {
        double sum = 0;
        auto ok = OkRecords();
        for (const auto& r : ok)
        {
            sum += r.GetLatencyMs();
        }
        return ok.empty() ? -1 : sum / ok.size();
    }

    std::vector<HandoverRecord> m_records; //!< finished handovers
    std::vector<BsEvent> m_events;         //!< BS security events
    std::vector<std::string> m_drops;      //!< BS drops
    std::vector<Ptr<Dot16BsAgent>> m_bss;  //!< BS agents (during a run)
    Ptr<Dot16MsAgent> m_ms;                //!< the MS agent (during a run)
    Ptr<Dot16Authenticator> m_auth;        //!< the authenticator (during a run)
    uint16_t m_finalCountM{0};             //!< CMAC_KEY_COUNT_M at the end
    uint16_t m_finalCountN{0};             //!< CMAC_KEY_COUNT_N at the end
    bool m_negotiated{false};              //!< seamless handover negotiated
    uint32_t m_phyDrops{0};                //!< frames lost on the air
    std::vector<std::string> m_authDrops;  //!< authenticator drops
    std::vector<std::string> m_msDrops;    //!< MS drops

  private:
    /// Recorder trace.
    void OnRecord(const HandoverRecord& record)
    {
        m_records.push_back(record);
    }

    /// BS SecurityEvent trace (context: BS index).
    void OnBsEvent(std::string context, const std::string& /* ms */, const std::string& what)
    {
        m_events.push_back({Simulator::Now(), static_cast<uint32_t>(std::stoul(context)), what});
    }

    /// Authenticator Drop trace.
    void OnAuthDrop(const std::string& reason)
    {
        m_authDrops.push_back(reason);
    }

    /// MS Drop trace.
    void OnMsDrop(const std::string& reason)
    {
        m_msDrops.push_back(reason);
    }

    /// PhyRxDrop trace of every 802.16 device.
    void OnPhyDrop(Ptr<const Packet> /* frame */)
    {
        ++m_phyDrops;
    }

    /// BS Drop trace.
    void OnDrop(std::string context, const std::string& reason)
    {
        m_drops.push_back(context + ":" + reason);
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Equal counts: counter TEKs, UL data decrypted at the target before the RNG-REQ, the
 *        authenticator advances CMAC_KEY_COUNT_N once per completed handover.
 */
class Dot16CounterTekHandoverTestCase : public Dot16HandoverTestBase
{
  public:
    Dot16CounterTekHandoverTestCase()
        : Dot16HandoverTestBase("Counter TEKs with equal counts: data flows before RNG-REQ")
    {
    }

  private:
    void DoRun() override
    {
        Dot16TestOptions o;
        RunScenario(o);
        NS_TEST_ASSERT_MSG_EQ(m_records.size(), 3, "three handovers");
        for (const auto& r : m_records)
        {
            NS_TEST_EXPECT_MSG_EQ(r.result, "ok", "handover " << r.handover);
            NS_TEST_EXPECT_MSG_EQ(r.security.tekSource, "counter", "counter TEKs");
            NS_TEST_EXPECT_MSG_EQ(r.security.resyncAttempts, 0, "equal counts: no resync");
            NS_TEST_EXPECT_MSG_EQ(r.security.replaysDetected, 0, "no replay");
            NS_TEST_EXPECT_MSG_GT(r.security.interruptionMs, 0, "interruption measured");
            // Expedited: the link is up at the first DL subframe, before any RNG-RSP.
            NS_TEST_EXPECT_MSG_LT_OR_EQ(r.GetPhaseMs(HandoverPhase::L2_ATTACH),
                                        5.0,
                                        "L2 attach within one frame");
        }
        // At every target, the first UL MPDU was decrypted before the RNG-REQ was processed.
        uint32_t expedited = 0;
        for (uint32_t bs = 0; bs < 2; ++bs)
        {
            bool data = false;
            for (const auto& e : m_events)
            {
                if (e.bs != bs)
                {
                    continue;
                }
                if (e.what.rfind("context-", 0) == 0)
                {
                    data = false;
                }
                else if (e.what == "first-data")
                {
                    data = true;
                }
                else if (e.what == "ranged")
                {
                    expedited += data ? 1 : 0;
                }
            }
        }
        NS_TEST_EXPECT_MSG_EQ(expedited, 3, "UL data before RNG-REQ at each target");
        NS_TEST_EXPECT_MSG_EQ(CountEvents("regenerate"), 0, "RNG-REQ confirms the count");
        NS_TEST_EXPECT_MSG_EQ(m_finalCountM, 3, "CMAC_KEY_COUNT_M after three handovers");
        NS_TEST_EXPECT_MSG_EQ(m_finalCountN, 4, "CMAC_KEY_COUNT_N = M + 1, by the authenticator");
        NS_TEST_EXPECT_MSG_EQ(m_negotiated, true, "seamless handover negotiated");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The MS ahead by K: the target self-synchronises with K forced increments.
 */
class Dot16SelfSyncTestCase : public Dot16HandoverTestBase
{
  public:
    /**
     * \param skew K (1 or 2)
     */
    explicit Dot16SelfSyncTestCase(int32_t skew)
        : Dot16HandoverTestBase("Skew +" + std::to_string(skew) +
                                ": the target BS self-synchronises"),
          m_skew(skew)
    {
    }

  private:
    void DoRun() override
    {
        Dot16TestOptions o;
        o.ckcSkew = m_skew;
        RunScenario(o);
        NS_TEST_ASSERT_MSG_EQ(m_records.size(), 3, "three handovers");
        for (const auto& r : m_records)
        {
            NS_TEST_EXPECT_MSG_EQ(r.result, "ok", "recovered");
            NS_TEST_EXPECT_MSG_EQ(r.security.tekSource, "counter", "counter TEKs");
            NS_TEST_EXPECT_MSG_EQ(r.security.resyncAttempts,
                                  static_cast<uint32_t>(m_skew),
                                  "resync_attempts = skew");
            NS_TEST_EXPECT_MSG_EQ(r.security.droppedPdus, 0, "nothing lost to the skew");
        }
        NS_TEST_EXPECT_MSG_EQ(CountEvents("resync+" + std::to_string(m_skew)),
                              3,
                              "one self-synchronisation per handover");
        // Each handover: TM = M + 1 + K, established by RNG-REQ; N = TM + 1.
        NS_TEST_EXPECT_MSG_EQ(m_finalCountM, 3 * (1 + m_skew), "CMAC_KEY_COUNT_M");
        NS_TEST_EXPECT_MSG_EQ(m_finalCountN, 3 * (1 + m_skew) + 1, "CMAC_KEY_COUNT_N");
    }

    int32_t m_skew; //!< K
};

/**
 * \ingroup secure-handover-tests
 * \brief The target BS ahead by one: UL data is a replay and is discarded; the RNG-REQ resets
 *        the count and the TEKs, and data flows again.
 */
class Dot16ReplaySkewTestCase : public Dot16HandoverTestBase
{
  public:
    Dot16ReplaySkewTestCase()
        : Dot16HandoverTestBase("Skew -1: replay discarded, recovered by RNG-REQ")
    {
    }

  private:
    void DoRun() override
    {
        Dot16TestOptions o;
        o.ckcSkew = -1;
        o.handovers = 2;
        RunScenario(o);
        NS_TEST_ASSERT_MSG_EQ(m_records.size(), 2, "two handovers");
        for (const auto& r : m_records)
        {
            NS_TEST_EXPECT_MSG_EQ(r.result, "ok", "recovered by RNG-REQ");
            NS_TEST_EXPECT_MSG_GT_OR_EQ(r.security.replaysDetected, 1, "replay detected");
            NS_TEST_EXPECT_MSG_EQ(r.security.resyncAttempts, 0, "self-sync cannot go down");
        }
        // Per handover: the replay is seen, then the RNG-REQ regenerates the TEKs.
        for (uint32_t bs = 0; bs < 2; ++bs)
        {
            Time replay;
            Time regenerate;
            for (const auto& e : m_events)
            {
                if (e.bs == bs && e.what == "replay" && replay.IsZero())
                {
                    replay = e.at;
                }
                if (e.bs == bs && e.what == "regenerate" && regenerate.IsZero())
                {
                    regenerate = e.at;
                }
            }
            NS_TEST_EXPECT_MSG_GT(regenerate, replay, "BS " << bs << ": replay, then RNG-REQ");
        }
        NS_TEST_EXPECT_MSG_EQ(CountEvents("release"), 0, "the MS's count is the expected one");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief A count below CMAC_KEY_COUNT_N releases the connection; a forged RNG-REQ is refused.
 */
class Dot16ReleaseAndForgeryTestCase : public Dot16HandoverTestBase
{
  public:
    Dot16ReleaseAndForgeryTestCase()
        : Dot16HandoverTestBase("Count too low releases; bad CMAC tuple and truncated RNG-REQ")
    {
    }

  private:
    void DoRun() override
    {
        Dot16TestOptions o;
        o.handovers = 1;
        o.forgeRanging = true;
        RunScenario(o);
        NS_TEST_ASSERT_MSG_EQ(m_records.size(), 1, "one handover");
        NS_TEST_EXPECT_MSG_EQ(m_records[0].result, "ok", "genuine handover");
        NS_TEST_EXPECT_MSG_EQ(CountEvents("bad-cmac", 1), 1, "forged tuple refused, counted");
        NS_TEST_EXPECT_MSG_EQ(CountEvents("ranged", 1), 1, "only the genuine RNG-REQ");
        bool truncated = false;
        for (const auto& d : m_drops)
        {
            truncated = truncated || d == "1:rng-req-TRUNCATED";
        }
        NS_TEST_EXPECT_MSG_EQ(truncated, true, "truncated RNG-REQ dropped");
        auto has = [](const std::vector<std::string>& list, const std::string& what) {
            return std::find(list.begin(), list.end(), what) != list.end();
        };
        NS_TEST_EXPECT_MSG_EQ(has(m_authDrops, "TRUNCATED"), true, "short backbone message");
        NS_TEST_EXPECT_MSG_EQ(has(m_authDrops, "unknown-bs"), true, "spoofed HO_CONFIRM");
        NS_TEST_EXPECT_MSG_EQ(m_finalCountN, 2, "the spoof did not advance CMAC_KEY_COUNT_N");
        NS_TEST_EXPECT_MSG_EQ(has(m_msDrops, "gmh-BAD_HCS"), true, "MS drops a bad HCS");
        NS_TEST_EXPECT_MSG_EQ(has(m_msDrops, "data-BAD_ICV"), true, "MS drops a forged MPDU");
        NS_TEST_EXPECT_MSG_EQ(m_records[0].security.droppedPdus, 0, "counted after the record");

        // The MS's count one below what the authenticator expects.
        Dot16TestOptions low;
        low.handovers = 1;
        low.msCountSkew = -1;
        RunScenario(low);
        NS_TEST_EXPECT_MSG_EQ(CountEvents("release", 1), 1, "the target released");
        NS_TEST_EXPECT_MSG_EQ(CountEvents("ranged", 1), 0, "no count established");
        NS_TEST_EXPECT_MSG_EQ(m_finalCountN, 1, "CMAC_KEY_COUNT_N not advanced");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief A cancelled handover leaves cached TEK contexts; the next handover to the same BS uses
 *        them.
 */
class Dot16CancelledHandoverTestCase : public Dot16HandoverTestBase
{
  public:
    Dot16CancelledHandoverTestCase()
        : Dot16HandoverTestBase("Cancelled handover, then cached TEK context at the same BS")
    {
    }

  private:
    void DoRun() override
    {
        Dot16TestOptions o;
        o.cancel = 1;
        o.cancelUntil = Seconds(3); // handover 0 (2 s) is cancelled; handover 2 (6 s) is not
        RunScenario(o);
        NS_TEST_ASSERT_MSG_GT_OR_EQ(m_records.size(), 2, "the cancelled one and a later one");
        NS_TEST_EXPECT_MSG_EQ(m_records[0].result,
                              "failed:security:dot16-cancelled",
                              "MOB_HO-IND HO_CANCEL");
        auto ok = OkRecords();
        NS_TEST_ASSERT_MSG_EQ(ok.size(), 1, "the later handover succeeds");
        NS_TEST_EXPECT_MSG_EQ(ok[0].security.tekSource, "cached", "MS uses its cached context");
        NS_TEST_EXPECT_MSG_EQ(CountEvents("context-cached", 1), 1, "so does the target BS");
        NS_TEST_EXPECT_MSG_EQ(CountEvents("context-counter", 1), 1, "derived once");
        NS_TEST_EXPECT_MSG_EQ(m_finalCountM, 1, "one completed handover");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Without the Seamless Handover capability on either side, the legacy procedure runs.
 */
class Dot16NegotiationTestCase : public Dot16HandoverTestBase
{
  public:
    Dot16NegotiationTestCase()
        : Dot16HandoverTestBase("Capability negotiation failure falls back to legacy TEKs")
    {
    }

  private:
    void DoRun() override
    {
        for (int side = 0; side < 2; ++side)
        {
            Dot16TestOptions o;
            o.handovers = 2;
            o.msSeamless = side != 0;
            o.bsSeamless = side == 0;
            RunScenario(o);
            NS_TEST_EXPECT_MSG_EQ(m_negotiated, false, "not negotiated");
            NS_TEST_ASSERT_MSG_EQ(m_records.size(), 2, "two handovers");
            for (const auto& r : m_records)
            {
                NS_TEST_EXPECT_MSG_EQ(r.result, "ok", "legacy works");
                NS_TEST_EXPECT_MSG_EQ(r.security.tekSource, "legacy", "random TEKs");
            }
            NS_TEST_EXPECT_MSG_EQ(CountEvents("context-legacy"), 2, "targets wait for ranging");
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief dot16-counter-tek interrupts data for less time than dot16-legacy-tek, by at least
 *        the exchange it saves: the RNG-REQ waits for an UL ranging opportunity, the
 *        SA-TEK-Update for the next DL subframe, and the first data for the UL subframe after
 *        it, one TDD frame after the counter scheme's first UL data.
 */
class Dot16CounterVsLegacyTestCase : public Dot16HandoverTestBase
{
  public:
    Dot16CounterVsLegacyTestCase()
        : Dot16HandoverTestBase("Counter TEKs interrupt less than legacy, by one frame or more")
    {
    }

  private:
    void DoRun() override
    {
        for (Time frame : {MilliSeconds(5), MilliSeconds(10)})
        {
            Dot16TestOptions o;
            o.frame = frame;
            RunScenario(o);
            NS_TEST_ASSERT_MSG_EQ(OkRecords().size(), 3, "counter: three handovers");
            double counter = MeanInterruption();
            double counterL2 = m_records[0].GetPhaseMs(HandoverPhase::L2_ATTACH);
            o.scheme = "dot16-legacy-tek";
            RunScenario(o);
            NS_TEST_ASSERT_MSG_EQ(OkRecords().size(), 3, "legacy: three handovers");
            for (const auto& r : m_records)
            {
                NS_TEST_EXPECT_MSG_EQ(r.security.tekSource, "legacy", "legacy TEKs");
            }
            double legacy = MeanInterruption();
            double saved = frame.GetSeconds() * 1000;
            NS_TEST_EXPECT_MSG_GT_OR_EQ(legacy - counter,
                                        saved - 0.01,
                                        "frame " << frame.As(Time::MS) << ": legacy " << legacy
                                                 << " ms, counter " << counter << " ms");
            NS_TEST_EXPECT_MSG_GT(m_records[0].GetPhaseMs(HandoverPhase::L2_ATTACH),
                                  counterL2,
                                  "legacy L2 attach waits for RNG-RSP");
            // Legacy TEKs by PKMv2 Key-Request/Reply after ranging: one more exchange, one
            // more frame.
            o.legacyKeyReply = true;
            RunScenario(o);
            NS_TEST_ASSERT_MSG_EQ(OkRecords().size(), 3, "legacy Key-Reply: three handovers");
            NS_TEST_EXPECT_MSG_GT_OR_EQ(MeanInterruption() - legacy,
                                        saved - 0.01,
                                        "Key-Request/Reply costs one more frame");
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Handover latency grows with the TDD frame duration (frame alignment, ranging).
 */
class Dot16FrameDurationTestCase : public Dot16HandoverTestBase
{
  public:
    Dot16FrameDurationTestCase()
        : Dot16HandoverTestBase("Handover latency grows with the frame duration")
    {
    }

  private:
    void DoRun() override
    {
        double previous = 0;
        double previousAttach = 0;
        for (Time frame : {MilliSeconds(2), MilliSeconds(5), MilliSeconds(10), MilliSeconds(20)})
        {
            Dot16TestOptions o;
            o.frame = frame;
            o.scheme = "dot16-legacy-tek";
            RunScenario(o);
            NS_TEST_ASSERT_MSG_EQ(OkRecords().size(), 3, "three handovers");
            double latency = MeanLatency();
            double attach = 0;
            for (const auto& r : m_records)
            {
                attach += r.GetPhaseMs(HandoverPhase::L2_ATTACH) / m_records.size();
            }
            NS_TEST_EXPECT_MSG_GT(latency, previous, "latency at " << frame.As(Time::MS));
            NS_TEST_EXPECT_MSG_GT(attach, previousAttach, "L2 attach at " << frame.As(Time::MS));
            previous = latency;
            previousAttach = attach;
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Loss on the air: frames are lost, the MS's retransmissions carry network entry and the
 *        handover preparation through, and no handover fails for a security reason.
 */
class Dot16AirLossTestCase : public Dot16HandoverTestBase
{
  public:
    Dot16AirLossTestCase()
        : Dot16HandoverTestBase("5 % frame loss: entry and handovers recover by retransmission")
    {
    }

  private:
    void DoRun() override
    {
        Dot16TestOptions o;
        o.loss = 0.05;
        RunScenario(o);
        NS_TEST_EXPECT_MSG_GT(m_phyDrops, 0, "frames were lost on the air");
        NS_TEST_ASSERT_MSG_EQ(m_records.size(), 3, "three handovers");
        for (const auto& r : m_records)
        {
            NS_TEST_EXPECT_MSG_EQ(r.result.rfind("failed:security", 0),
                                  std::string::npos,
                                  "handover " << r.handover << ": " << r.result);
            NS_TEST_EXPECT_MSG_EQ(r.phaseRan[static_cast<std::size_t>(HandoverPhase::L2_ATTACH)],
                                  true,
                                  "the target cell was entered");
        }
        NS_TEST_EXPECT_MSG_EQ(m_finalCountM, 3, "every handover established its count");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The reuse baseline: the serving BS's TEKs and PN positions continue at the target,
 *        flagged as exposed.
 */
class Dot16ReuseBaselineTestCase : public Dot16HandoverTestBase
{
  public:
    Dot16ReuseBaselineTestCase()
        : Dot16HandoverTestBase("Reuse baseline: TEKs continue at the target, flagged exposed")
    {
    }

  private:
    void DoRun() override
    {
        Dot16TestOptions o;
        o.scheme = "dot16-reuse-tek";
        RunScenario(o);
        NS_TEST_ASSERT_MSG_EQ(m_records.size(), 3, "three handovers");
        for (const auto& r : m_records)
        {
            NS_TEST_EXPECT_MSG_EQ(r.result, "ok", "handover " << r.handover);
            NS_TEST_EXPECT_MSG_EQ(r.security.tekSource, "reused", "serving BS's TEKs");
            NS_TEST_EXPECT_MSG_EQ(r.security.exposed, true, "flagged less secure");
            NS_TEST_EXPECT_MSG_EQ(r.security.replaysDetected, 0, "DL PNs continue upwards");
        }
        NS_TEST_EXPECT_MSG_EQ(CountEvents("context-reused"), 3, "each target got the TEKs");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Contention ranging: two RNG-REQs in the same opportunity collide and are lost; one
 *        alone reaches the BS.
 */
class Dot16RangingContentionTestCase : public TestCase
{
  public:
    Dot16RangingContentionTestCase()
        : TestCase("Two RNG-REQs in one ranging opportunity collide; one alone is received")
    {
    }

  private:
    /// RangingCollision trace.
    void OnCollision(Ptr<const Packet> /* pdu */)
    {
        ++m_collisions;
    }

    void DoRun() override
    {
        Ptr<Dot16Channel> channel = CreateObject<Dot16Channel>();
        channel->SetAttribute("RangingOpportunities", UintegerValue(1));
        channel->TraceConnectWithoutContext(
            "RangingCollision",
            MakeCallback(&Dot16RangingContentionTestCase::OnCollision, this));
        NodeContainer nodes;
        nodes.Create(3);
        std::vector<Ptr<Dot16NetDevice>> devices;
        for (uint32_t i = 0; i < 3; ++i)
        {
            Ptr<Dot16NetDevice> device = CreateObject<Dot16NetDevice>();
            device->SetAttribute("BaseStation", BooleanValue(i == 0));
            device->SetAddress(Mac48Address::Allocate());
            nodes.Get(i)->AddDevice(device);
            device->Attach(channel);
            devices.push_back(device);
        }
        Ptr<Dot16BsAgent> bs = CreateObject<Dot16BsAgent>();
        bs->SetDevice(devices[0]);
        crypto::Mac48 ms1{};
        crypto::Mac48 ms2{};
        Mac48Address::ConvertFrom(devices[1]->GetAddress()).CopyTo(ms1.data());
        Mac48Address::ConvertFrom(devices[2]->GetAddress()).CopyTo(ms2.data());
        auto rngReq = [](const crypto::Mac48& mac) {
            Dot16RngReq req;
            req.msMac = mac;
            return Dot16MakePlainPdu(DOT16_INITIAL_RANGING_CID, req.Encode());
        };
        // Both in the opportunity of the same frame, then MS 2 alone two frames later.
        Simulator::Schedule(MilliSeconds(1),
                            &Dot16NetDevice::SendInRangingOpportunity,
                            devices[1],
                            rngReq(ms1));
        Simulator::Schedule(MilliSeconds(1),
                            &Dot16NetDevice::SendInRangingOpportunity,
                            devices[2],
                            rngReq(ms1));
        Simulator::Schedule(MilliSeconds(11),
                            &Dot16NetDevice::SendInRangingOpportunity,
                            devices[2],
                            rngReq(ms2));
        Simulator::Stop(MilliSeconds(50));
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_collisions, 2, "both PDUs of the shared opportunity lost");
        NS_TEST_EXPECT_MSG_EQ(bs->GetStats(ms1).has_value(), false, "MS 1 not heard");
        NS_TEST_EXPECT_MSG_EQ(bs->GetStats(ms2).has_value(), true, "MS 2 ranged alone");
        Simulator::Destroy();
    }

    uint32_t m_collisions{0}; //!< collided PDUs
};

/**
 * \ingroup secure-handover-tests
 * \brief The 802.16e handover system tests.
 */
class Dot16HandoverTestSuite : public TestSuite
{
  public:
    Dot16HandoverTestSuite()
        : TestSuite("secure-handover-dot16-handover", TestSuite::Type::SYSTEM)
    {
        AddTestCase(new Dot16CounterTekHandoverTestCase);
        AddTestCase(new Dot16SelfSyncTestCase(1));
        AddTestCase(new Dot16SelfSyncTestCase(2));
        AddTestCase(new Dot16ReplaySkewTestCase);
        AddTestCase(new Dot16ReleaseAndForgeryTestCase);
        AddTestCase(new Dot16CancelledHandoverTestCase);
        AddTestCase(new Dot16NegotiationTestCase);
        AddTestCase(new Dot16CounterVsLegacyTestCase);
        AddTestCase(new Dot16FrameDurationTestCase);
        AddTestCase(new Dot16RangingContentionTestCase);
        AddTestCase(new Dot16AirLossTestCase);
        AddTestCase(new Dot16ReuseBaselineTestCase);
    }
};

/// The suite's static instance.
static Dot16HandoverTestSuite g_dot16HandoverTestSuite;
