/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// Tests of the simulated CPU cost of cryptography (DESIGN.md "Time and cost"): the arithmetic
// of CryptoCostModel, the serialisation of work on one node's CPU, and the 802.16 target BS's
// self-synchronisation time (resync_ms), which is the cost of its attempts.

#include "ns3/boolean.h"
#include "ns3/config.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/dot16-mac-agent.h"
#include "ns3/dot16-net-device.h"
#include "ns3/double.h"
#include "ns3/ethernet-header.h"
#include "ns3/handover-record.h"
#include "ns3/handover-scenario-helper.h"
#include "ns3/latency-recorder.h"
#include "ns3/mac48-address.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/scenario-config.h"
#include "ns3/simulator.h"
#include "ns3/test.h"

#include <optional>
#include <string>
#include <tuple>
#include <vector>

using namespace ns3;

namespace
{

/// Charge one operation to a node (scheduled).
void
ChargeAt(Ptr<Node> node, CryptoCostModel::Operation op, std::size_t octets)
{
    CryptoCostModel::Charge(node, op, octets);
}

/**
 * \brief Whether an action on a ScenarioConfig is refused.
 * \param action the action
 * \return true if it threw ScenarioConfigError
 */
template <typename Action>
bool
Refused(Action action)
{
    try
    {
        action();
    }
    catch (const ScenarioConfigError&)
    {
        return true;
    }
    return false;
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief GetCost = CpuScale * (fixed + per-block * blocks), block sizes, and a node without a
 *        model.
 */
class CryptoCostArithmeticTestCase : public TestCase
{
  public:
    CryptoCostArithmeticTestCase()
        : TestCase("GetCost: per call, per block, CpuScale; no model costs nothing")
    {
    }

  private:
    void DoRun() override
    {
        Ptr<CryptoCostModel> model = CreateObject<CryptoCostModel>();
        model->SetAttribute("Dot16KdfFixed", TimeValue(NanoSeconds(1000)));
        model->SetAttribute("Dot16KdfPerBlock", TimeValue(NanoSeconds(100)));
        model->SetAttribute("HmacSha1Fixed", TimeValue(NanoSeconds(700)));
        model->SetAttribute("HmacSha1PerBlock", TimeValue(NanoSeconds(30)));
        using Op = CryptoCostModel;
        NS_TEST_EXPECT_MSG_EQ(model->GetCost(Op::DOT16_KDF, 0), NanoSeconds(1000), "no block");
        NS_TEST_EXPECT_MSG_EQ(model->GetCost(Op::DOT16_KDF, 1), NanoSeconds(1100), "1 octet");
        NS_TEST_EXPECT_MSG_EQ(model->GetCost(Op::DOT16_KDF, 16), NanoSeconds(1100), "1 block");
        NS_TEST_EXPECT_MSG_EQ(model->GetCost(Op::DOT16_KDF, 17), NanoSeconds(1200), "2 blocks");
        NS_TEST_EXPECT_MSG_EQ(model->GetCost(Op::DOT16_KDF, 48), NanoSeconds(1300), "3 blocks");
        // HMAC counts 64-octet blocks.
        NS_TEST_EXPECT_MSG_EQ(model->GetCost(Op::HMAC_SHA1, 64), NanoSeconds(730), "HMAC 64");
        NS_TEST_EXPECT_MSG_EQ(model->GetCost(Op::HMAC_SHA1, 65), NanoSeconds(760), "HMAC 65");
        NS_TEST_EXPECT_MSG_EQ(CryptoCostModel::GetBlockSize(Op::HMAC_SHA256), 64, "HMAC block");
        NS_TEST_EXPECT_MSG_EQ(CryptoCostModel::GetBlockSize(Op::AES_CCM_OPEN), 16, "AES block");
        NS_TEST_EXPECT_MSG_EQ(CryptoCostModel::GetOperationName(Op::AES_CCM_SEAL),
                              "AesCcmSeal",
                              "attribute prefix");

        model->SetAttribute("CpuScale", DoubleValue(2.5));
        NS_TEST_EXPECT_MSG_EQ(model->GetCost(Op::DOT16_KDF, 17), NanoSeconds(3000), "x2.5");
        model->SetAttribute("CpuScale", DoubleValue(0));
        NS_TEST_EXPECT_MSG_EQ(model->GetCost(Op::DOT16_KDF, 17), Time(0), "free CPU");

        // Every operation has both Attributes, with calibrated (non-zero) defaults.
        Ptr<CryptoCostModel> calibrated = CreateObject<CryptoCostModel>();
        for (uint8_t i = 0; i < CryptoCostModel::OPERATION_COUNT; ++i)
        {
            auto op = static_cast<CryptoCostModel::Operation>(i);
            std::string name = CryptoCostModel::GetOperationName(op);
            TimeValue fixed;
            TimeValue perBlock;
            calibrated->GetAttribute(name + "Fixed", fixed);
            calibrated->GetAttribute(name + "PerBlock", perBlock);
            NS_TEST_EXPECT_MSG_EQ(calibrated->GetCost(op, 16),
                                  fixed.Get() + perBlock.Get(),
                                  name << ": one block");
            NS_TEST_EXPECT_MSG_GT(calibrated->GetCost(op, 16), Time(0), name << " calibrated");
        }

        Ptr<Node> bare = CreateObject<Node>();
        NS_TEST_EXPECT_MSG_EQ(CryptoCostModel::Charge(bare, Op::AES_CCM_SEAL, 1500),
                              Time(0),
                              "a node without a model computes for free");
        NS_TEST_EXPECT_MSG_EQ(CryptoCostModel::GetDelayUntilIdle(bare), Time(0), "never busy");
        NS_TEST_EXPECT_MSG_EQ(CryptoCostModel::Charge(nullptr, Op::AES_CCM_SEAL, 1500),
                              Time(0),
                              "no node");
        Simulator::Destroy();
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Work charged to one node's CPU is serialised, and "Charged" reports each operation.
 */
class CryptoCostSerialisationTestCase : public TestCase
{
  public:
    CryptoCostSerialisationTestCase()
        : TestCase("Charge occupies one CPU per node and fires Charged")
    {
    }

  private:
    /// Charged trace sink.
    void OnCharged(const std::string& op, std::size_t octets, Time cost)
    {
        m_charged.push_back(op + ":" + std::to_string(octets) + ":" +
                            std::to_string(cost.GetNanoSeconds()));
    }

    /// Record the CPU's state (scheduled).
    void Probe(Ptr<Node> node)
    {
        m_idle.push_back(CryptoCostModel::GetIdleTime(node));
        m_delay.push_back(CryptoCostModel::GetDelayUntilIdle(node));
    }

    void DoRun() override
    {
        Ptr<Node> node = CreateObject<Node>();
        Ptr<CryptoCostModel> model = CreateObject<CryptoCostModel>();
        model->SetAttribute("AesCcmOpenFixed", TimeValue(MicroSeconds(3)));
        model->SetAttribute("AesCcmOpenPerBlock", TimeValue(NanoSeconds(50)));
        node->AggregateObject(model);
        model->TraceConnectWithoutContext(
            "Charged",
            MakeCallback(&CryptoCostSerialisationTestCase::OnCharged, this));
        // Two MPDUs of 160 octets (10 blocks: 3.5 us each) at 1 ms, a third at 1.005 ms while
        // the CPU is still busy, and a fourth at 2 ms when it is idle again.
        Simulator::Schedule(MilliSeconds(1), &ChargeAt, node, CryptoCostModel::AES_CCM_OPEN, 160);
        Simulator::Schedule(MilliSeconds(1), &ChargeAt, node, CryptoCostModel::AES_CCM_OPEN, 160);
        Simulator::Schedule(MilliSeconds(1), &CryptoCostSerialisationTestCase::Probe, this, node);
        Simulator::Schedule(MicroSeconds(1005),
                            &ChargeAt,
                            node,
                            CryptoCostModel::AES_CCM_OPEN,
                            160);
        Simulator::Schedule(MicroSeconds(1005),
                            &CryptoCostSerialisationTestCase::Probe,
                            this,
                            node);
        Simulator::Schedule(MilliSeconds(2), &ChargeAt, node, CryptoCostModel::AES_CCM_OPEN, 160);
        Simulator::Schedule(MilliSeconds(2), &CryptoCostSerialisationTestCase::Probe, this, node);
        Simulator::Run();
        NS_TEST_ASSERT_MSG_EQ(m_idle.size(), 3, "probes ran");
        NS_TEST_EXPECT_MSG_EQ(m_idle[0], MicroSeconds(1007), "two MPDUs back to back");
        NS_TEST_EXPECT_MSG_EQ(m_delay[0], MicroSeconds(7), "delay until idle");
        NS_TEST_EXPECT_MSG_EQ(m_idle[1], NanoSeconds(1010500), "queued behind the first two");
        NS_TEST_EXPECT_MSG_EQ(m_delay[1], NanoSeconds(5500), "1.0105 ms - 1.005 ms");
        NS_TEST_EXPECT_MSG_EQ(m_idle[2], NanoSeconds(2003500), "an idle CPU starts now");
        NS_TEST_ASSERT_MSG_EQ(m_charged.size(), 4, "one Charged per operation");
        NS_TEST_EXPECT_MSG_EQ(m_charged[0], "AesCcmOpen:160:3500", "name, octets, cost");
        Simulator::Destroy();
    }

    std::vector<std::string> m_charged; //!< "op:octets:ns"
    std::vector<Time> m_idle;           //!< GetIdleTime at each probe
    std::vector<Time> m_delay;          //!< GetDelayUntilIdle at each probe
};

/**
 * \ingroup secure-handover-tests
 * \brief A MAC agent that "decrypts" every PDU by charging one AES-CCM open and hands it up
 *        unchanged.
 */
class ChargingMacAgent : public Dot16MacAgent
{
  public:
    void StartNetworkEntry(Ptr<Dot16NetDevice> /* device */) override
    {
    }

    void LeaveNetwork(Ptr<Dot16NetDevice> /* device */) override
    {
    }

    std::vector<Ptr<Packet>> EncapsulateData(Ptr<Dot16NetDevice> /* device */,
                                             Ptr<const Packet> frame,
                                             Mac48Address /* dest */) override
    {
        return {frame->Copy()};
    }

    Ptr<Packet> ReceivePdu(Ptr<Dot16NetDevice> device, Ptr<const Packet> pdu) override
    {
        CryptoCostModel::Charge(device->GetNode(), CryptoCostModel::AES_CCM_OPEN, pdu->GetSize());
        return pdu->Copy();
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Dot16NetDevice hands a decrypted SDU up when its node's CPU is done, in order.
 */
class CryptoCostDeliveryTestCase : public TestCase
{
  public:
    CryptoCostDeliveryTestCase()
        : TestCase("Dot16NetDevice delivers SDUs when the CPU is idle, in arrival order")
    {
    }

  private:
    /// Receive callback: records the time and the frame size.
    bool OnRx(Ptr<NetDevice> device,
              Ptr<const Packet> packet,
              uint16_t /* protocol */,
              const Address& /* from */)
    {
        m_rx.emplace_back(device == m_free ? "free" : "cpu", Simulator::Now(), packet->GetSize());
        return true;
    }

    /**
     * \brief A base-station device on a node, with the charging agent.
     * \param node the node
     * \return the device
     */
    Ptr<Dot16NetDevice> MakeDevice(Ptr<Node> node)
    {
        Ptr<Dot16NetDevice> device = CreateObject<Dot16NetDevice>();
        device->SetAttribute("BaseStation", BooleanValue(true));
        device->SetAddress(Mac48Address::Allocate());
        node->AddDevice(device);
        device->SetMacAgent(CreateObject<ChargingMacAgent>());
        device->SetReceiveCallback(MakeCallback(&CryptoCostDeliveryTestCase::OnRx, this));
        return device;
    }

    /**
     * \brief A frame (Ethernet header, then `size` octets) to the device.
     * \param device the receiver
     * \param size payload octets
     */
    static void Deliver(Ptr<Dot16NetDevice> device, uint32_t size)
    {
        Ptr<Packet> frame = Create<Packet>(size);
        EthernetHeader header(false);
        header.SetDestination(Mac48Address::ConvertFrom(device->GetAddress()));
        header.SetSource(Mac48Address::Allocate());
        header.SetLengthType(0x0800);
        frame->AddHeader(header);
        device->Receive(frame);
    }

    void DoRun() override
    {
        Ptr<Node> node = CreateObject<Node>();
        Ptr<CryptoCostModel> cpu = CreateObject<CryptoCostModel>();
        cpu->SetAttribute("AesCcmOpenFixed", TimeValue(MilliSeconds(1)));
        cpu->SetAttribute("AesCcmOpenPerBlock", TimeValue(Time(0)));
        node->AggregateObject(cpu);
        Ptr<Dot16NetDevice> device = MakeDevice(node);
        m_free = MakeDevice(CreateObject<Node>()); // no CryptoCostModel
        // Three frames at 1 s, one at 1.0005 s while the CPU is busy, one at 2 s.
        for (uint32_t size : {10U, 20U, 30U})
        {
            Simulator::Schedule(Seconds(1), &CryptoCostDeliveryTestCase::Deliver, device, size);
        }
        Simulator::Schedule(MicroSeconds(1000500),
                            &CryptoCostDeliveryTestCase::Deliver,
                            device,
                            40U);
        Simulator::Schedule(Seconds(2), &CryptoCostDeliveryTestCase::Deliver, device, 50U);
        Simulator::Schedule(Seconds(1), &CryptoCostDeliveryTestCase::Deliver, m_free, 60U);
        Simulator::Run();
        const std::vector<std::tuple<std::string, Time, uint32_t>> expected{
            {"free", Seconds(1), 60},
            {"cpu", MilliSeconds(1001), 10},
            {"cpu", MilliSeconds(1002), 20},
            {"cpu", MilliSeconds(1003), 30},
            {"cpu", MilliSeconds(1004), 40},
            {"cpu", MilliSeconds(2001), 50},
        };
        NS_TEST_ASSERT_MSG_EQ(m_rx.size(), expected.size(), "every frame delivered");
        for (std::size_t i = 0; i < expected.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(std::get<0>(m_rx[i]), std::get<0>(expected[i]), "device " << i);
            NS_TEST_EXPECT_MSG_EQ(std::get<1>(m_rx[i]), std::get<1>(expected[i]), "time " << i);
            NS_TEST_EXPECT_MSG_EQ(std::get<2>(m_rx[i]), std::get<2>(expected[i]), "order " << i);
        }
        m_free = nullptr;
        Simulator::Destroy();
    }

    Ptr<Dot16NetDevice> m_free;                                //!< device on a node without CPU
    std::vector<std::tuple<std::string, Time, uint32_t>> m_rx; //!< (device, time, size)
};

/**
 * \ingroup secure-handover-tests
 * \brief The --mn-cpu-scale option: unset by default, a non-negative number, INI-file name.
 */
class CryptoCostOptionTestCase : public TestCase
{
  public:
    CryptoCostOptionTestCase()
        : TestCase("--mn-cpu-scale parses and validates")
    {
    }

  private:
    void DoRun() override
    {
        ScenarioConfig config;
        NS_TEST_EXPECT_MSG_EQ(config.mnCpuScale.has_value(), false, "unset: attribute default");
        NS_TEST_EXPECT_MSG_EQ(ScenarioConfig::IsOption("mn-cpu-scale"), true, "an option");
        config.Set("mn-cpu-scale", "2.5");
        NS_TEST_EXPECT_MSG_EQ(config.mnCpuScale.value_or(0), 2.5, "parsed");
        config.Set("mn-cpu-scale", "0");
        NS_TEST_EXPECT_MSG_EQ(config.mnCpuScale.value_or(1), 0, "a free CPU is allowed");
        for (const char* bad : {"-1", "x", "", "1e999"})
        {
            NS_TEST_EXPECT_MSG_EQ(Refused([&] { config.Set("mn-cpu-scale", bad); }),
                                  true,
                                  "'" << bad << "' refused");
        }
        config.mnCpuScale = -2;
        NS_TEST_EXPECT_MSG_EQ(Refused([&] { config.Validate(); }),
                              true,
                              "Validate refuses a negative scale");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief With --ckc-skew 2, resync_ms of each handover is its attempts times the cost of one
 *        attempt (two counter-TEK Dot16KDF calls and one AES-CCM open of the MPDU) on the
 *        target BS's CPU; CpuScale on the BSs scales it, --mn-cpu-scale does not.
 */
class CryptoCostResyncTestCase : public TestCase
{
  public:
    CryptoCostResyncTestCase()
        : TestCase("802.16 resync_ms = attempts x cost of one attempt, scales with the BS CPU")
    {
    }

  private:
    /// What one run observed.
    struct Outcome
    {
        std::vector<HandoverRecord> records; //!< finished handovers
        std::vector<Time> resyncOpen;        //!< cost of the MPDU open of each self-synchronisation
        Time bsKdf16;                        //!< the BSs' cost of Dot16KDF(16 octets)
        Time msCharged;                      //!< total CPU time charged to the MS
        uint32_t msCharges{0};               //!< operations charged to the MS
    };

    /// Handover record sink.
    void OnRecord(const HandoverRecord& record)
    {
        m_outcome.records.push_back(record);
    }

    /// Charged sink of the BSs.
    void OnBsCharged(const std::string& op, std::size_t /* octets */, Time cost)
    {
        if (op == CryptoCostModel::GetOperationName(CryptoCostModel::AES_CCM_OPEN))
        {
            m_lastOpen = cost;
        }
    }

    /// SecurityEvent sink of the BSs: a self-synchronisation ends with the open that succeeded.
    void OnBsEvent(const std::string& /* ms */, const std::string& what)
    {
        if (what.rfind("resync+", 0) == 0)
        {
            m_outcome.resyncOpen.push_back(m_lastOpen);
        }
    }

    /// Charged sink of the MS.
    void OnMsCharged(const std::string& /* op */, std::size_t /* octets */, Time cost)
    {
        m_outcome.msCharged += cost;
        ++m_outcome.msCharges;
    }

    /**
     * \brief Run wimax,wimax with --ckc-skew 2.
     * \param bsScale CpuScale of the two BS nodes (through the Config path)
     * \param mnScale --mn-cpu-scale, if any
     * \return what the run observed
     */
    Outcome RunScenario(double bsScale, std::optional<double> mnScale)
    {
        m_outcome = Outcome();
        uint32_t savedSeed = RngSeedManager::GetSeed();
        uint64_t savedRun = RngSeedManager::GetRun();
        RngSeedManager::SetSeed(1);
        RngSeedManager::SetRun(1);
        ScenarioConfig config;
        config.Set("links", "wimax,wimax");
        config.Set("scheme", "dot16-counter-tek");
        config.Set("handovers", "3");
        config.Set("ckc-skew", "2");
        if (mnScale)
        {
            config.Set("mn-cpu-scale", std::to_string(*mnScale));
        }
        config.out = "";
        Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
        HandoverTopology t = helper->Build(config);
        helper->ScheduleHandovers(t, config);
        t.recorder->TraceConnectWithoutContext(
            "Handover",
            MakeCallback(&CryptoCostResyncTestCase::OnRecord, this));
        for (const auto& net : t.networks)
        {
            Ptr<Node> bs = net.routerDevice->GetNode();
            Config::Set("/NodeList/" + std::to_string(bs->GetId()) +
                            "/$ns3::CryptoCostModel/CpuScale",
                        DoubleValue(bsScale));
            bs->GetObject<CryptoCostModel>()->TraceConnectWithoutContext(
                "Charged",
                MakeCallback(&CryptoCostResyncTestCase::OnBsCharged, this));
            DynamicCast<Dot16NetDevice>(net.routerDevice)
                ->GetMacAgent()
                ->TraceConnectWithoutContext(
                    "SecurityEvent",
                    MakeCallback(&CryptoCostResyncTestCase::OnBsEvent, this));
        }
        Ptr<CryptoCostModel> bsCpu =
            t.networks[0].routerDevice->GetNode()->GetObject<CryptoCostModel>();
        t.mns.Get(0)->GetObject<CryptoCostModel>()->TraceConnectWithoutContext(
            "Charged",
            MakeCallback(&CryptoCostResyncTestCase::OnMsCharged, this));
        Simulator::Stop(config.GetDuration());
        Simulator::Run();
        m_outcome.bsKdf16 = bsCpu->GetCost(CryptoCostModel::DOT16_KDF, 16);
        Simulator::Destroy();
        RngSeedManager::SetSeed(savedSeed);
        RngSeedManager::SetRun(savedRun);
        return m_outcome;
    }

    /**
     * \brief Check resync_ms of every record against the Attributes.
     * \param o the outcome
     * \param label what the run was
     * \return the resync_ms values, in handover order
     */
    std::vector<double> CheckResync(const Outcome& o, const std::string& label)
    {
        std::vector<double> resync;
        NS_TEST_EXPECT_MSG_EQ(o.records.size(), 3, label << ": three handovers");
        uint32_t withResync = 0;
        for (const HandoverRecord& r : o.records)
        {
            NS_TEST_EXPECT_MSG_EQ(r.result, "ok", label << " handover " << r.handover);
            // One attempt: the TEK pair of count + a (two Dot16KDF calls of 16 octets) and an
            // AES-CCM open of the MPDU, whose cost depends on its length (the Charged trace
            // tells which MPDU it was).
            Time attempt = o.bsKdf16 * 2;
            if (r.security.resyncAttempts > 0)
            {
                NS_TEST_EXPECT_MSG_LT(withResync, o.resyncOpen.size(), "a resync event each");
                if (withResync < o.resyncOpen.size())
                {
                    attempt += o.resyncOpen[withResync];
                    NS_TEST_EXPECT_MSG_GT(o.resyncOpen[withResync], Time(0), "the open costs");
                }
            }
            double expectedMs = (attempt * r.security.resyncAttempts).GetSeconds() * 1000;
            // Every cost is a whole number of ns and the BS does nothing else between the
            // failed MPDU and its last attempt; the only error is resync_ms's conversion of
            // an integer ns count to a double in ms, far below 1 ns (1e-6 ms).
            NS_TEST_EXPECT_MSG_EQ_TOL(r.security.resyncMs,
                                      expectedMs,
                                      1e-6,
                                      label << " handover " << r.handover << ": "
                                            << r.security.resyncAttempts << " attempts of "
                                            << attempt.As(Time::US));
            withResync += r.security.resyncAttempts > 0 ? 1 : 0;
            resync.push_back(r.security.resyncMs);
        }
        // The MS is 2 counts ahead at the handovers to a BS that has seen it before.
        NS_TEST_EXPECT_MSG_GT(withResync, 0, label << ": some handover self-synchronised");
        return resync;
    }

    void DoRun() override
    {
        Outcome base = RunScenario(1.0, std::nullopt);
        std::vector<double> baseResync = CheckResync(base, "CpuScale 1");
        for (std::size_t i = 0; i < base.records.size(); ++i)
        {
            if (base.records[i].security.resyncAttempts > 0)
            {
                NS_TEST_EXPECT_MSG_EQ(base.records[i].security.resyncAttempts,
                                      2,
                                      "skew 2: two forced increments");
                NS_TEST_EXPECT_MSG_GT(baseResync[i], 0, "self-synchronisation takes time");
            }
        }

        Outcome slowBs = RunScenario(3.0, std::nullopt);
        std::vector<double> slowResync = CheckResync(slowBs, "BS CpuScale 3");
        NS_TEST_ASSERT_MSG_EQ(slowResync.size(), baseResync.size(), "same handovers");
        for (std::size_t i = 0; i < baseResync.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ_TOL(slowResync[i],
                                      3 * baseResync[i],
                                      1e-6,
                                      "a 3x slower BS self-synchronises 3x slower");
            if (baseResync[i] > 0)
            {
                // The first UL SDU at the target is delivered after the resync: the
                // interruption includes it.
                NS_TEST_EXPECT_MSG_GT(slowBs.records[i].security.interruptionMs,
                                      base.records[i].security.interruptionMs + slowResync[i] -
                                          baseResync[i] - 1e-6,
                                      "interruption includes the self-synchronisation");
            }
        }

        Outcome slowMn = RunScenario(1.0, 10.0);
        std::vector<double> mnResync = CheckResync(slowMn, "--mn-cpu-scale 10");
        for (std::size_t i = 0; i < baseResync.size() && i < mnResync.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ_TOL(mnResync[i],
                                      baseResync[i],
                                      1e-6,
                                      "the MS's CPU does not self-synchronise the BS");
        }
        NS_TEST_EXPECT_MSG_GT(base.msCharges, 0, "the MS computes");
        // The MS's work is the same up to a few operations (timings differ by microseconds),
        // so its CPU time grows about tenfold.
        double ratio = slowMn.msCharged.GetSeconds() / base.msCharged.GetSeconds();
        NS_TEST_EXPECT_MSG_GT(ratio, 9.0, "--mn-cpu-scale 10 slows the MS");
        NS_TEST_EXPECT_MSG_LT(ratio, 11.0, "--mn-cpu-scale 10 slows the MS");
    }

    Outcome m_outcome; //!< the run in progress
    Time m_lastOpen;   //!< cost of the last AES-CCM open charged to a BS
};

/**
 * \ingroup secure-handover-tests
 * \brief The crypto-cost test suite.
 */
class CryptoCostTestSuite : public TestSuite
{
  public:
    CryptoCostTestSuite()
        : TestSuite("secure-handover-crypto-cost", TestSuite::Type::SYSTEM)
    {
        AddTestCase(new CryptoCostArithmeticTestCase());
        AddTestCase(new CryptoCostSerialisationTestCase());
        AddTestCase(new CryptoCostOptionTestCase());
        AddTestCase(new CryptoCostDeliveryTestCase());
        AddTestCase(new CryptoCostResyncTestCase());
    }
};

/// The suite instance.
static CryptoCostTestSuite g_cryptoCostTestSuite;
