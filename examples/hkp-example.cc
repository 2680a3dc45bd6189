/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// Handover keys (draft-vidya-mipshop-handover-keys-aaa-04) in a network: an MN attached to an
// access router obtains a handover key through the Handover Key Server (HKReq/HKResp on the
// access link, Diameter over real TLS over TCP between AR and HKS), verifies it later as a
// returning MN (V flag), asks the PAR about the NAR (RtSolPr / PrRtAdv), authenticates an
// FMIPv6 fast binding update with the key (BADF; the AR as PAR exchanges HI / HAck with the NAR)
// and refreshes the key before its lifetime ends.
//
//   MN ---- CSMA (fd00:1::/64) ---- AR (PAR) ---- point-to-point (10.1.1.0/24) ---- HKS
//                                    |
//                                    +---- point-to-point (fd00:12::/64) ---- NAR (fd00:2::/64)
//
// Output: one line per key and FMIPv6 event; --pcap=FILE writes the access link (HKReq / HKResp,
// private MH types 253 / 254; RtSolPr / PrRtAdv; FBU / FBack) to FILE and the PAR-NAR link (HI /
// HAck) to FILE-nar.pcap, for tshark.

#include "ns3/boolean.h"
#include "ns3/command-line.h"
#include "ns3/csma-helper.h"
#include "ns3/diameter-constants.h"
#include "ns3/fmip6-access-router.h"
#include "ns3/fmip6-mobile-node.h"
#include "ns3/hkp-access-router.h"
#include "ns3/hkp-helper.h"
#include "ns3/hkp-mobile-node.h"
#include "ns3/icmpv6-l4-protocol.h"
#include "ns3/inet-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-address-helper.h"
#include "ns3/ipv6-address-helper.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/uinteger.h"

#include <iostream>
#include <vector>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("HkpExample");

namespace
{

/**
 * \param ar the AR
 * \param spi the SPI
 * \param verified verify path
 * \param duration exchange duration
 */
void
KeyObtained(Ipv6Address ar, uint32_t spi, bool verified, Time duration)
{
    std::cout << Simulator::Now().As(Time::S) << " MN: " << (verified ? "verified" : "fresh")
              << " key with AR " << ar << ", SPI " << spi << ", " << duration.As(Time::MS)
              << std::endl;
}

/**
 * \param nai the MN
 * \param status the Status Code
 * \param retransmission buffered response
 */
void
Response(const std::string& nai, uint8_t status, bool retransmission)
{
    std::cout << Simulator::Now().As(Time::S) << " AR: HKResp to " << nai << ", status "
              << int(status) << (retransmission ? " (retransmitted)" : "") << std::endl;
}

/**
 * \param nar the NAR the PrRtAdv names
 * \param prefix its prefix
 */
void
PrRtAdv(Ipv6Address nar, Ipv6Address prefix)
{
    std::cout << Simulator::Now().As(Time::S) << " MN: PrRtAdv: NAR " << nar << ", prefix "
              << prefix << std::endl;
}

/**
 * \param status FBack status
 * \param authenticated its BADF verified with the HK
 */
void
Fback(uint8_t status, bool authenticated)
{
    std::cout << Simulator::Now().As(Time::S) << " MN: FBack status " << int(status)
              << (authenticated ? ", BADF verified" : ", unauthenticated") << std::endl;
}

/**
 * \param pcoa previous CoA
 * \param ncoa new CoA
 * \param nar the NAR
 */
void
Tunnel(Ipv6Address pcoa, Ipv6Address ncoa, Ipv6Address nar)
{
    std::cout << Simulator::Now().As(Time::S) << " PAR: HAck from " << nar << ": " << pcoa << " -> "
              << ncoa << std::endl;
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string pcap;
    uint32_t lifetime = 4;
    CommandLine cmd(__FILE__);
    cmd.AddValue("pcap", "write the access link to this pcap file", pcap);
    cmd.AddValue("lifetime", "HK lifetime in seconds", lifetime);
    cmd.Parse(argc, argv);

    NodeContainer nodes(4); // MN, AR (PAR), HKS, NAR
    InternetStackHelper internet;
    internet.Install(nodes);
    for (uint32_t k = 0; k < nodes.GetN(); ++k)
    {
        nodes.Get(k)->GetObject<Icmpv6L4Protocol>()->SetAttribute("DAD", BooleanValue(false));
    }
    CsmaHelper csma;
    csma.SetChannelAttribute("DataRate", StringValue("100Mbps"));
    csma.SetChannelAttribute("Delay", TimeValue(MicroSeconds(500)));
    NetDeviceContainer access = csma.Install(NodeContainer(nodes.Get(0), nodes.Get(1)));
    Ipv6AddressHelper v6;
    v6.SetBase(Ipv6Address("fd00:1::"), Ipv6Prefix(64));
    Ipv6InterfaceContainer accessIfs = v6.Assign(access);
    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", StringValue("100Mbps"));
    p2p.SetChannelAttribute("Delay", StringValue("5ms"));
    Ipv4AddressHelper v4("10.1.1.0", "255.255.255.0");
    Ipv4InterfaceContainer aaa = v4.Assign(p2p.Install(nodes.Get(1), nodes.Get(2)));
    NetDeviceContainer parNar = p2p.Install(nodes.Get(1), nodes.Get(3));
    v6.SetBase(Ipv6Address("fd00:12::"), Ipv6Prefix(64));
    Ipv6InterfaceContainer parNarIfs = v6.Assign(parNar);

    HkpHelper hkp;
    hkp.SetServerAttribute("KeyLifetime", UintegerValue(lifetime));
    hkp.InstallServer(nodes.Get(2));
    ApplicationContainer ars =
        hkp.InstallAccessRouters(NodeContainer(nodes.Get(1)),
                                 InetSocketAddress(aaa.GetAddress(1), diameter::TLS_PORT));
    ApplicationContainer mns = hkp.InstallMobileNodes(NodeContainer(nodes.Get(0)));
    hkp.AssignStreams(1000);

    Ptr<HkpMobileNode> mn = DynamicCast<HkpMobileNode>(mns.Get(0));
    mn->TraceConnectWithoutContext("KeyObtained", MakeCallback(&KeyObtained));
    ars.Get(0)->TraceConnectWithoutContext("Response", MakeCallback(&Response));
    const Ipv6Address arAddress = accessIfs.GetAddress(1, 1);
    const Ipv6Address coa = accessIfs.GetAddress(0, 1);
    Simulator::Schedule(Seconds(0.5), &HkpMobileNode::RequestKey, mn, arAddress, coa); // attach
    Simulator::Schedule(Seconds(1.5), &HkpMobileNode::RequestKey, mn, arAddress, coa); // return

    // FMIPv6: the AR is the PAR, node 3 the NAR of fd00:2::/64
    Ptr<Fmip6AccessRouter> par = CreateObject<Fmip6AccessRouter>();
    par->SetKeyStore(DynamicCast<HkpAccessRouter>(ars.Get(0)));
    par->AddNeighbor(Ipv6Address("fd00:2::"), Ipv6Prefix(64), parNarIfs.GetAddress(1, 1));
    par->TraceConnectWithoutContext("TunnelEstablished", MakeCallback(&Tunnel));
    nodes.Get(1)->AddApplication(par);
    Ptr<Fmip6AccessRouter> nar = CreateObject<Fmip6AccessRouter>();
    nodes.Get(3)->AddApplication(nar);
    Ptr<Fmip6MobileNode> fmip = CreateObject<Fmip6MobileNode>();
    fmip->SetKeySource(mn);
    fmip->TraceConnectWithoutContext("Fback", MakeCallback(&Fback));
    nodes.Get(0)->AddApplication(fmip);
    fmip->TraceConnectWithoutContext("PrRtAdv", MakeCallback(&PrRtAdv));
    Simulator::Schedule(Seconds(1.9),
                        &Fmip6MobileNode::SendRtSolPr,
                        fmip,
                        arAddress,
                        coa,
                        std::vector<uint8_t>()); // wildcard: the PAR has one neighbour
    Simulator::Schedule(Seconds(2),
                        &Fmip6MobileNode::SendFbu,
                        fmip,
                        arAddress,
                        coa,
                        Ipv6Address("fd00:2::200:ff:fe00:9"));
    if (!pcap.empty())
    {
        csma.EnablePcap(pcap, access.Get(1), false, true);
        p2p.EnablePcap(pcap + "-nar.pcap", parNar.Get(1), false, true);
    }
    Simulator::Stop(Seconds(0.6 + lifetime));
    Simulator::Run();
    Simulator::Destroy();
    return 0;
}
