/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_EXAMPLES_HANDOVER_LINK_PAIR_H
#define SECURE_HANDOVER_EXAMPLES_HANDOVER_LINK_PAIR_H

// The shared body of the handover-<from>-<to> examples: one MN hands over from one link type
// to another and back, with the "none" scheme, and every handover record is printed.

#include "ns3/command-line.h"
#include "ns3/core-module.h"
#include "ns3/handover-record.h"
#include "ns3/handover-scenario-helper.h"
#include "ns3/latency-recorder.h"
#include "ns3/scenario-config.h"

#include <iomanip>
#include <iostream>
#include <string>

namespace ns3
{
namespace examples
{

/**
 * \brief Print a handover record as it completes.
 * \param record the record
 */
inline void
PrintHandover(const HandoverRecord& record)
{
    std::cout << std::fixed << std::setprecision(3) << "t=" << record.end.GetSeconds()
              << " s  handover " << record.handover << "  " << record.fromLink << " -> "
              << record.toLink << "  " << record.result;
    if (record.IsOk())
    {
        std::cout << "  latency " << record.GetLatencyMs() << " ms, lost " << record.lostPackets
                  << ", l2_attach " << record.GetPhaseMs(HandoverPhase::L2_ATTACH)
                  << " ms, binding " << record.GetPhaseMs(HandoverPhase::BINDING) << " ms";
    }
    std::cout << "\n";
}

/**
 * \brief Run the example for one link pair.
 * \param argc argument count
 * \param argv arguments
 * \param from the link type the MN starts on
 * \param to the link type it hands over to
 * \return the exit code (1 if a handover failed)
 */
inline int
RunLinkPairExample(int argc, char* argv[], const std::string& from, const std::string& to)
{
    uint32_t handovers = 2;
    double interval = 1.0;
    double backboneDelay = 5;
    CommandLine cmd(__FILE__);
    cmd.AddValue("handovers", "scripted handovers (alternating)", handovers);
    cmd.AddValue("interval", "seconds between handovers", interval);
    cmd.AddValue("backboneDelay", "one-way delay per backbone hop (ms)", backboneDelay);
    cmd.Parse(argc, argv);

    ScenarioConfig config;
    config.Set("links", from + "," + to);
    config.handovers = handovers;
    config.interval = interval;
    config.backboneDelayMs = backboneDelay;

    Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
    HandoverTopology topology = helper->Build(config);
    helper->ScheduleHandovers(topology, config);
    topology.recorder->TraceConnectWithoutContext("Handover", MakeCallback(&PrintHandover));

    std::cout << "secure-handover: " << from << " <-> " << to << ", " << handovers
              << " handovers, backbone " << backboneDelay << " ms per hop\n";
    Simulator::Stop(config.GetDuration());
    Simulator::Run();
    Simulator::Destroy();
    topology.recorder->PrintTable(std::cout);

    for (const auto& record : topology.recorder->GetRecords())
    {
        if (!record.IsOk())
        {
            return 1;
        }
    }
    return topology.recorder->GetRecords().size() == handovers ? 0 : 1;
}

} // namespace examples
} // namespace ns3

#endif /* SECURE_HANDOVER_EXAMPLES_HANDOVER_LINK_PAIR_H */
