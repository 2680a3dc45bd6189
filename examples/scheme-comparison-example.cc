/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// What security costs: every registered scheme (or those given) runs the same scripted handovers
// on the same topology and seed, and a table shows each scheme's mean latency, its extra cost over
// the "none" scheme, and the mean of every phase, so the phase that a scheme's security work
// lands in is visible:
//
//   build/examples/scheme-comparison-example [--schemes=none,...] [--links=wifi,wimax,csma]
//                                            [--handovers=6] [--backboneDelay=5]

#include "ns3/command-line.h"
#include "ns3/core-module.h"
#include "ns3/handover-record.h"
#include "ns3/handover-scenario-helper.h"
#include "ns3/handover-scheme.h"
#include "ns3/latency-recorder.h"
#include "ns3/scenario-config.h"

#include <algorithm>
#include <array>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// Mean latency and phase durations of one scheme's successful handovers.
struct SchemeCost
{
    std::string scheme;                                 //!< scheme name
    uint32_t ok{0};                                     //!< successful handovers
    uint32_t failed{0};                                 //!< failed handovers
    double latencyMs{0};                                //!< mean latency
    std::array<double, HANDOVER_PHASE_COUNT> phaseMs{}; //!< mean of each phase
};

/**
 * \brief Run the scenario with one scheme.
 * \param base the scenario (its scheme is replaced)
 * \param scheme the scheme
 * \return its costs
 */
SchemeCost
RunScheme(ScenarioConfig base, const std::string& scheme)
{
    base.Set("scheme", scheme);
    RngSeedManager::SetSeed(base.seed);
    RngSeedManager::SetRun(base.run);
    Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
    HandoverTopology topology = helper->Build(base);
    helper->ScheduleHandovers(topology, base);
    Simulator::Stop(base.GetDuration());
    Simulator::Run();
    Simulator::Destroy();

    SchemeCost cost;
    cost.scheme = scheme;
    for (const auto& r : topology.recorder->GetRecords())
    {
        if (!r.IsOk())
        {
            ++cost.failed;
            continue;
        }
        ++cost.ok;
        cost.latencyMs += r.GetLatencyMs();
        for (std::size_t p = 0; p < HANDOVER_PHASE_COUNT; ++p)
        {
            cost.phaseMs[p] += r.GetPhaseMs(HandoverPhaseFromIndex(p));
        }
    }
    if (cost.ok > 0)
    {
        cost.latencyMs /= cost.ok;
        for (double& ms : cost.phaseMs)
        {
            ms /= cost.ok;
        }
    }
    return cost;
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string schemes;
    std::string links = "wifi,wimax,csma";
    uint32_t handovers = 6;
    double backboneDelay = 5;
    CommandLine cmd(__FILE__);
    cmd.AddValue("schemes", "comma-separated schemes (default: every registered one)", schemes);
    cmd.AddValue("links", "access networks, as --links of 'run'", links);
    cmd.AddValue("handovers", "scripted handovers", handovers);
    cmd.AddValue("backboneDelay", "one-way delay per backbone hop (ms)", backboneDelay);
    cmd.Parse(argc, argv);

    ScenarioConfig config;
    config.Set("links", links);
    config.handovers = handovers;
    config.interval = 1.0;
    config.backboneDelayMs = backboneDelay;
    std::vector<std::string> names = HandoverScheme::GetNames();
    if (!schemes.empty())
    {
        names.clear();
        std::istringstream list(schemes);
        for (std::string name; std::getline(list, name, ',');)
        {
            names.push_back(name);
        }
    }

    // The insecure baseline runs first, so every other scheme is compared with it.
    auto none = std::find(names.begin(), names.end(), "none");
    if (none != names.end())
    {
        std::rotate(names.begin(), none, none + 1);
    }

    std::cout << "secure-handover: what each scheme costs, links " << links << ", " << handovers
              << " handovers, backbone " << backboneDelay << " ms per hop\n\n"
              << std::left << std::setw(20) << "scheme" << std::right << std::setw(6) << "ok"
              << std::setw(7) << "failed" << std::setw(11) << "latency" << std::setw(11)
              << "vs none";
    for (std::size_t p = 0; p < HANDOVER_PHASE_COUNT; ++p)
    {
        std::string name = HandoverPhaseName(HandoverPhaseFromIndex(p));
        std::cout << " " << std::setw(9) << name.substr(0, 9);
    }
    std::cout << "\n";

    double noneMs = -1;
    bool noneFailed = false;
    std::cout << std::fixed << std::setprecision(2);
    for (const auto& name : names)
    {
        SchemeCost cost = RunScheme(config, name);
        if (name == "none")
        {
            noneMs = cost.ok > 0 ? cost.latencyMs : -1;
            noneFailed = cost.failed > 0 || cost.ok == 0;
        }
        std::cout << std::left << std::setw(20) << name << std::right << std::setw(6) << cost.ok
                  << std::setw(7) << cost.failed << std::setw(11) << cost.latencyMs;
        if (noneMs >= 0 && cost.ok > 0)
        {
            std::cout << std::showpos << std::setw(11) << cost.latencyMs - noneMs << std::noshowpos;
        }
        else
        {
            std::cout << std::setw(11) << "-";
        }
        for (double ms : cost.phaseMs)
        {
            std::cout << " " << std::setw(9) << ms;
        }
        std::cout << "\n";
    }
    std::cout << "\n(all times in ms: mean over the successful handovers; 'vs none' is the extra\n"
                 " latency over the insecure baseline \"none\")\n";
    return noneFailed ? 1 : 0;
}
