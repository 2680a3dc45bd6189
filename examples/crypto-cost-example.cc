/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// The simulated CPU cost of cryptography: an 802.16e MS that is two CMAC_KEY_COUNTs ahead
// hands over between two cells, so the target BS self-synchronises (two forced increments,
// each a counter-TEK derivation and an AES-CCM open). The same scenario runs once with the
// calibrated CPUs and once with slower ones, and prints how resync_ms and the interruption
// follow, with the total CPU time each side spent on cryptography:
//
//   build/examples/crypto-cost-example [--bsCpuScale=20] [--mnCpuScale=10] [--ckcSkew=2]
//
// From the CLI: secure-handover run --scheme dot16-counter-tek --links wimax,wimax
//   --ckc-skew 2 --mn-cpu-scale 10 --set ns3::CryptoCostModel::CpuScale=20

#include "ns3/command-line.h"
#include "ns3/core-module.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/handover-record.h"
#include "ns3/handover-scenario-helper.h"
#include "ns3/latency-recorder.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/scenario-config.h"

#include <iomanip>
#include <iostream>

using namespace ns3;

namespace
{

/// Adds each charged cost to a total.
void
AddCost(Time* total, const std::string& /* operation */, std::size_t /* octets */, Time cost)
{
    *total += cost;
}

/**
 * \brief Run the scenario and print its handovers.
 * \param bsScale CpuScale of the base stations
 * \param mnScale CpuScale of the MS (--mn-cpu-scale)
 * \param ckcSkew --ckc-skew
 */
void
RunOnce(double bsScale, double mnScale, int32_t ckcSkew)
{
    ScenarioConfig config;
    config.Set("links", "wimax,wimax");
    config.Set("scheme", "dot16-counter-tek");
    config.handovers = 3;
    config.interval = 1;
    config.warmup = 1;
    config.ckcSkew = ckcSkew;
    config.mnCpuScale = mnScale;
    config.out = "";
    config.Validate();

    Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
    HandoverTopology topology = helper->Build(config);
    helper->ScheduleHandovers(topology, config);
    Time bsCpu;
    Time msCpu;
    for (const auto& net : topology.networks)
    {
        Ptr<CryptoCostModel> cpu = net.routerDevice->GetNode()->GetObject<CryptoCostModel>();
        cpu->SetAttribute("CpuScale", DoubleValue(bsScale));
        cpu->TraceConnectWithoutContext("Charged", MakeBoundCallback(&AddCost, &bsCpu));
    }
    topology.mns.Get(0)->GetObject<CryptoCostModel>()->TraceConnectWithoutContext(
        "Charged",
        MakeBoundCallback(&AddCost, &msCpu));
    Simulator::Stop(config.GetDuration());
    Simulator::Run();

    std::cout << std::defaultfloat << "BS CpuScale " << bsScale << ", MS CpuScale " << mnScale
              << "\n"
              << "ho  result  interruption_ms  resync_ms (attempts)\n";
    for (const HandoverRecord& r : topology.recorder->GetRecords())
    {
        const HandoverSecurityRecord& s = r.security;
        std::cout << std::left << std::setw(4) << r.handover << std::setw(8) << r.result
                  << std::right << std::fixed << std::setprecision(3) << std::setw(15)
                  << s.interruptionMs << std::setw(11) << s.resyncMs << " (" << s.resyncAttempts
                  << ")\n";
    }
    std::cout << "crypto CPU time: BSs " << bsCpu.As(Time::MS) << ", MS " << msCpu.As(Time::MS)
              << "\n\n";
    Simulator::Destroy();
}

} // namespace

int
main(int argc, char* argv[])
{
    double bsCpuScale = 20;
    double mnCpuScale = 10;
    int32_t ckcSkew = 2;
    CommandLine cmd(__FILE__);
    cmd.AddValue("bsCpuScale", "CpuScale of the base stations in the second run", bsCpuScale);
    cmd.AddValue("mnCpuScale", "CpuScale of the MS in the second run", mnCpuScale);
    cmd.AddValue("ckcSkew", "MS ahead by K CMAC_KEY_COUNTs", ckcSkew);
    cmd.Parse(argc, argv);

    RunOnce(1, 1, ckcSkew);
    RunOnce(bsCpuScale, mnCpuScale, ckcSkew);
    return 0;
}
