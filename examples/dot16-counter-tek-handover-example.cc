/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// An 802.16e MS hands over between two cells, back and forth, with counter-based TEKs (or the
// legacy or reuse baselines), and prints what each handover cost and how its TEKs came about:
//
//   build/examples/dot16-counter-tek-handover-example [--scheme=counter|legacy|reuse]
//       [--handovers=3] [--ckcSkew=0] [--cancel=0] [--loss=0] [--frameMs=5] [--pcap=DIR]
//
// With --pcap=DIR, DIR/pcap/wimax<k>-<node>-<if>.pcap hold the MAC PDUs of each 802.16 device
// (DLT_USER0, 147); tshark decodes them with its WiMAX plugin:
//
//   tshark -o 'uat:user_dlts:"User 0 (DLT=147)","mac_header_generic_handler","0","","0",""'
//          -o wmx.corrigendum_2_version:TRUE -r DIR/pcap/wimax1-<node>-<if>.pcap
//
// (one command line). `secure-handover run --scheme dot16-counter-tek --links wimax,wimax`
// runs the same scenario from the CLI.

#include "ns3/command-line.h"
#include "ns3/core-module.h"
#include "ns3/dot16-channel.h"
#include "ns3/handover-record.h"
#include "ns3/handover-scenario-helper.h"
#include "ns3/latency-recorder.h"
#include "ns3/scenario-config.h"

#include <iomanip>
#include <iostream>

using namespace ns3;

int
main(int argc, char* argv[])
{
    std::string scheme = "counter";
    uint32_t handovers = 3;
    int32_t ckcSkew = 0;
    double cancel = 0;
    double loss = 0;
    double frameMs = 5;
    std::string pcap;
    CommandLine cmd(__FILE__);
    cmd.AddValue("scheme", "TEK scheme: counter, legacy or reuse", scheme);
    cmd.AddValue("handovers", "handovers between the two cells", handovers);
    cmd.AddValue("ckcSkew", "MS ahead by K CMAC_KEY_COUNTs (K < 0: target BS ahead)", ckcSkew);
    cmd.AddValue("cancel", "probability that the MS cancels a prepared handover", cancel);
    cmd.AddValue("loss", "frame loss probability on the air", loss);
    cmd.AddValue("frameMs", "TDD frame duration in ms", frameMs);
    cmd.AddValue("pcap", "write the 802.16 MAC PDUs under DIR/pcap/", pcap);
    cmd.Parse(argc, argv);

    ScenarioConfig config;
    config.Set("links", "wimax,wimax");
    config.Set("scheme", "dot16-" + scheme + "-tek");
    config.handovers = handovers;
    config.interval = 1;
    config.warmup = 1;
    config.ckcSkew = ckcSkew;
    config.cancelHoProb = cancel;
    config.dot16Loss = loss;
    config.pcap = !pcap.empty();
    config.out = pcap;
    config.Validate();
    Config::SetDefault("ns3::Dot16Channel::FrameDuration", TimeValue(MilliSeconds(frameMs)));

    Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
    HandoverTopology topology = helper->Build(config);
    helper->ScheduleHandovers(topology, config);
    Simulator::Stop(config.GetDuration());
    Simulator::Run();

    std::cout << config.scheme << ", frame " << frameMs << " ms\n"
              << "ho  result                     tek_source  latency_ms  interruption_ms  "
                 "resync(attempts)  dropped  replays  exposed\n";
    for (const HandoverRecord& r : topology.recorder->GetRecords())
    {
        const HandoverSecurityRecord& s = r.security;
        std::cout << std::left << std::setw(4) << r.handover << std::setw(27) << r.result
                  << std::setw(12) << s.tekSource << std::right << std::fixed
                  << std::setprecision(3) << std::setw(10) << r.GetLatencyMs() << std::setw(17)
                  << s.interruptionMs << std::setw(11) << s.resyncMs << " (" << s.resyncAttempts
                  << ")" << std::setw(10) << s.droppedPdus << std::setw(9) << s.replaysDetected
                  << std::setw(9) << (s.exposed ? "yes" : "no") << "\n";
    }
    Simulator::Destroy();
    return 0;
}
