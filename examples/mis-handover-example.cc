/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// IEEE 802.21.1 MIS pre-registration in the standard heterogeneous topology: an MN hands over
// between access networks; before each handover its MIS application pre-registers with the
// target network's PoS through its serving PoS and gets an MIS SA with it, optimised (K from
// the SPoS, 802.21.1 5.14.2) until the chain limit forces a full one (TLS 1.3 in MIH_Auth).
//
//   ./mis-handover-example [--scheme=mis-optimized|mis-full|reactive-full] [--chainLimit=2]
//                          [--handovers=4] [--pcap=FILE]
//
// --pcap writes the MIS traffic of PoS 0 (its backbone link carries nothing else): MIS_Prereg_
// Xfer from the MN, MIS_N2N_Prereg_Xfer between PoSs, MIH_Auth with TLS records or protected
// TLVs, and the MIH ACKs. The ctest "mis-pcap-tshark" decodes it with tshark's MIH dissector.

#include "ns3/command-line.h"
#include "ns3/config.h"
#include "ns3/core-module.h"
#include "ns3/handover-scenario-helper.h"
#include "ns3/mis-handover-scheme.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/scenario-config.h"
#include "ns3/uinteger.h"

#include <iostream>

using namespace ns3;

int
main(int argc, char* argv[])
{
    std::string scheme = "mis-optimized";
    uint32_t chainLimit = 2;
    uint32_t handovers = 4;
    std::string pcap;
    CommandLine cmd(__FILE__);
    cmd.AddValue("scheme", "mis-optimized, mis-full or reactive-full", scheme);
    cmd.AddValue("chainLimit", "optimised SAs in a row before a full one", chainLimit);
    cmd.AddValue("handovers", "scripted handovers", handovers);
    cmd.AddValue("pcap", "write PoS 0's MIS traffic to this pcap file", pcap);
    cmd.Parse(argc, argv);

    Config::SetDefault("ns3::MisMnApplication::ChainLimit", UintegerValue(chainLimit));
    ScenarioConfig config;
    config.Set("scheme", scheme);
    config.Set("links", "wifi,csma,wimax");
    config.handovers = handovers;
    config.interval = 1.0;
    config.out = "";

    Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
    HandoverTopology topology = helper->Build(config);
    helper->ScheduleHandovers(topology, config);
    if (!pcap.empty())
    {
        PointToPointHelper p2p;
        p2p.EnablePcap(pcap, topology.networks[0].pos->GetDevice(1), false, true);
    }
    Simulator::Stop(config.GetDuration());
    Simulator::Run();
    Simulator::Destroy();

    std::cout << "scheme " << scheme << ", chain limit " << chainLimit << "\n";
    std::cout << "handover  from   to     result  sa_method  chain  exposed  mis_ms  latency_ms\n";
    bool ok = topology.recorder->GetRecords().size() == handovers;
    for (const HandoverRecord& r : topology.recorder->GetRecords())
    {
        std::cout << r.handover << "         " << r.fromLink << "  " << r.toLink << "  " << r.result
                  << "  " << r.security.saMethod << "  " << r.security.chainHops << "  "
                  << r.security.exposed << "  " << r.security.misSignallingMs << "  "
                  << r.GetLatencyMs() << "\n";
        ok = ok && r.IsOk();
    }
    return ok ? 0 : 1;
}
