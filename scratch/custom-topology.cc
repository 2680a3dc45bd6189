/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// A template for your own handover scenario. Copy it to scratch/my-scenario.cc: every
// scratch/*.cc is built to build/scratch/<name> by the standalone build (as in ns-3's scratch/).
//
// It builds the standard topology through HandoverScenarioHelper, then customises it:
//  - helper Attributes (coverage, data rates) and ns-3 defaults before Build;
//  - its own handover times instead of ScheduleHandovers;
//  - an extra flow between two backbone nodes (the HKS polls the AAA server);
//  - its own trace sinks; and the standard outputs (handovers.csv, summary.json).
//
//   build/scratch/custom-topology [--out=results/custom] [--backboneDelay=10]

#include "ns3/applications-module.h"
#include "ns3/core-module.h"
#include "ns3/handover-manager.h"
#include "ns3/handover-record.h"
#include "ns3/handover-scenario-helper.h"
#include "ns3/internet-module.h"
#include "ns3/latency-recorder.h"
#include "ns3/scenario-config.h"

#include <iostream>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("CustomTopology");

namespace
{

/// Print every state change of MN 0's handover manager.
void
PrintState(HandoverManager::State from, HandoverManager::State to)
{
    std::cout << Simulator::Now().As(Time::MS) << "  mn0 " << HandoverManager::StateName(from)
              << " -> " << HandoverManager::StateName(to) << "\n";
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string out = "results/custom";
    double backboneDelay = 10;
    bool verbose = false;
    CommandLine cmd(__FILE__);
    cmd.AddValue("out", "output directory", out);
    cmd.AddValue("backboneDelay", "one-way delay per backbone hop (ms)", backboneDelay);
    cmd.AddValue("verbose", "print the state changes of MN 0", verbose);
    cmd.Parse(argc, argv);

    // 1. The scenario: three access networks by preference, two MNs.
    ScenarioConfig config;
    config.Set("links", "wifi,wimax,csma");
    config.mns = 2;
    config.backboneDelayMs = backboneDelay;
    config.duration = 8;
    config.out = out;

    // 2. Defaults of any ns-3 attribute, before Build (what `run --set` does).
    Config::SetDefault("ns3::HandoverManager::BindingTimeout", TimeValue(MilliSeconds(300)));
    Config::SetDefault("ns3::StaWifiMac::ActiveProbing", BooleanValue(true));

    // 3. The standard topology; the helper's own Attributes shape it.
    Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
    helper->SetAttribute("WifiRange", DoubleValue(80));
    helper->SetAttribute("CsmaDataRate", StringValue("1Gbps"));
    HandoverTopology topology = helper->Build(config);

    // 4. Your own handover times: MN 0 goes wifi -> wimax -> csma -> wifi, MN 1 wifi -> csma.
    Ptr<HandoverManager> mn0 = topology.managers[0];
    Simulator::Schedule(Seconds(2), &HandoverManager::TriggerHandover, mn0, 1);
    Simulator::Schedule(Seconds(4), &HandoverManager::TriggerHandover, mn0, 2);
    Simulator::Schedule(Seconds(6), &HandoverManager::TriggerHandover, mn0, 0);
    Ptr<HandoverManager> mn1 = topology.managers[1];
    Simulator::Schedule(Seconds(3), &HandoverManager::TriggerHandover, mn1, 2);

    // 5. Extra traffic on the backbone: the HKS echoes the AAA server once a second.
    UdpEchoServerHelper echoServer(7);
    echoServer.Install(topology.aaa).Start(Seconds(0));
    Ipv4Address aaaAddress = topology.aaa->GetObject<Ipv4>()->GetAddress(1, 0).GetLocal();
    UdpEchoClientHelper echoClient(aaaAddress, 7);
    echoClient.SetAttribute("Interval", TimeValue(Seconds(1)));
    echoClient.SetAttribute("MaxPackets", UintegerValue(100));
    echoClient.Install(topology.hks).Start(Seconds(1));

    // 6. Trace sinks.
    if (verbose)
    {
        mn0->TraceConnectWithoutContext("State", MakeCallback(&PrintState));
    }

    Simulator::Stop(config.GetDuration());
    Simulator::Run();
    Simulator::Destroy();

    // 7. The standard outputs.
    topology.recorder->PrintTable(std::cout);
    std::string error = topology.recorder->WriteFiles(out, {{"scenario", "custom-topology"}});
    if (!error.empty())
    {
        std::cerr << "custom-topology: " << error << "\n";
        return 1;
    }
    std::cout << "wrote " << out << "/handovers.csv and " << out << "/summary.json\n";
    return 0;
}
