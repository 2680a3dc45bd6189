/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-scenario-helper.h"

#include "ns3/boolean.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/csma-helper.h"
#include "ns3/dot16-channel.h"
#include "ns3/dot16-net-device.h"
#include "ns3/double.h"
#include "ns3/handover-data-sink.h"
#include "ns3/handover-manager.h"
#include "ns3/handover-scheme.h"
#include "ns3/inet-socket-address.h"
#include "ns3/integer.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-address-helper.h"
#include "ns3/ipv4-static-routing-helper.h"
#include "ns3/ipv6-address-helper.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/latency-recorder.h"
#include "ns3/log.h"
#include "ns3/mobility-anchor.h"
#include "ns3/mobility-helper.h"
#include "ns3/object-factory.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/simulator.h"
#include "ns3/ssid.h"
#include "ns3/string.h"
#include "ns3/trace-helper.h"
#include "ns3/udp-client-server-helper.h"
#include "ns3/uinteger.h"
#include "ns3/waypoint-mobility-model.h"
#include "ns3/wifi-helper.h"
#include "ns3/wifi-link-adapter.h"
#include "ns3/wifi-mac-helper.h"
#include "ns3/yans-wifi-helper.h"

#include <cmath>
#include <filesystem>
#include <map>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoverScenarioHelper");

NS_OBJECT_ENSURE_REGISTERED(HandoverScenarioHelper);

namespace
{

/// The IPv4 interface index of a node's device.
uint32_t
InterfaceOf(Ptr<NetDevice> device)
{
    int32_t i = device->GetNode()->GetObject<Ipv4>()->GetInterfaceForDevice(device);
    NS_ABORT_MSG_IF(i < 0, "device without IPv4 interface");
    return static_cast<uint32_t>(i);
}

/// The IPv6 interface index of a node's device.
uint32_t
Interface6Of(Ptr<NetDevice> device)
{
    int32_t i = device->GetNode()->GetObject<Ipv6>()->GetInterfaceForDevice(device);
    NS_ABORT_MSG_IF(i < 0, "device without IPv6 interface");
    return static_cast<uint32_t>(i);
}

/// The IPv6 static routing of a node.
Ptr<Ipv6StaticRouting>
Routing6Of(Ptr<Node> node)
{
    Ipv6StaticRoutingHelper helper;
    return helper.GetStaticRouting(node->GetObject<Ipv6>());
}

/// A backbone link and its addresses.
struct BackboneLink
{
    NetDeviceContainer devices; //!< the two devices
    Ipv4InterfaceContainer v4;  //!< their IPv4 interfaces
    Ipv6InterfaceContainer v6;  //!< their IPv6 interfaces (if enabled)
};

/// The static routing of a node.
Ptr<Ipv4StaticRouting>
RoutingOf(Ptr<Node> node)
{
    Ipv4StaticRoutingHelper helper;
    return helper.GetStaticRouting(node->GetObject<Ipv4>());
}

/// Network-side installers, by scheme name.
std::map<std::string, HandoverScenarioHelper::NetworkInstaller>&
NetworkInstallers()
{
    static std::map<std::string, HandoverScenarioHelper::NetworkInstaller> installers;
    return installers;
}

/// The home address of MN m: 192.168.x.y, one per MN.
Ipv4Address
HomeAddressOf(uint32_t m)
{
    return Ipv4Address((192u << 24) | (168u << 16) | ((m / 250) << 8) | (m % 250 + 1));
}

} // namespace

NodeContainer
HandoverTopology::GetAllNodes() const
{
    NodeContainer all;
    all.Add(mns);
    all.Add(anchor);
    all.Add(cn);
    all.Add(hks);
    all.Add(aaa);
    all.Add(authenticator);
    all.Add(accessRouters);
    all.Add(posNodes);
    return all;
}

TypeId
HandoverScenarioHelper::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::HandoverScenarioHelper")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<HandoverScenarioHelper>()
            .AddAttribute("WifiRange",
                          "Radius of each 802.11 AP's coverage (m).",
                          DoubleValue(60),
                          MakeDoubleAccessor(&HandoverScenarioHelper::m_wifiRange),
                          MakeDoubleChecker<double>(1))
            .AddAttribute("MnSpeed",
                          "Speed of the MNs in natural mobility (m/s).",
                          DoubleValue(10),
                          MakeDoubleAccessor(&HandoverScenarioHelper::m_mnSpeed),
                          MakeDoubleChecker<double>(0.01))
            .AddAttribute("BackboneDataRate",
                          "Data rate of the point-to-point backbone links.",
                          StringValue("1Gbps"),
                          MakeStringAccessor(&HandoverScenarioHelper::m_backboneRate),
                          MakeStringChecker())
            .AddAttribute("CsmaDataRate",
                          "Data rate of the Ethernet access networks.",
                          StringValue("100Mbps"),
                          MakeStringAccessor(&HandoverScenarioHelper::m_csmaRate),
                          MakeStringChecker())
            .AddAttribute("CsmaDelay",
                          "Propagation delay of the Ethernet access networks.",
                          TimeValue(MicroSeconds(1)),
                          MakeTimeAccessor(&HandoverScenarioHelper::m_csmaDelay),
                          MakeTimeChecker())
            .AddAttribute("DataPort",
                          "UDP port of the CBR flow to each MN.",
                          UintegerValue(9),
                          MakeUintegerAccessor(&HandoverScenarioHelper::m_dataPort),
                          MakeUintegerChecker<uint16_t>())
            .AddAttribute("Ipv6",
                          "Also give every backbone and access link an IPv6 prefix (fd00::/48 "
                          "backbone, fd00:<k+1>::/64 access network k), with static routes "
                          "and the MN's IPv6 default route following its handovers. The data "
                          "flow and the binding stay on IPv4.",
                          BooleanValue(true),
                          MakeBooleanAccessor(&HandoverScenarioHelper::m_ipv6),
                          MakeBooleanChecker())
            .AddAttribute("Stream",
                          "First random stream assigned to the scenario's models.",
                          IntegerValue(1000),
                          MakeIntegerAccessor(&HandoverScenarioHelper::m_stream),
                          MakeIntegerChecker<int64_t>(0));
    return tid;
}

HandoverScenarioHelper::HandoverScenarioHelper()
    : m_wifiRange(60),
      m_mnSpeed(10),
      m_dataPort(9),
      m_ipv6(true),
      m_stream(1000)
{
}

HandoverScenarioHelper::~HandoverScenarioHelper()
{
}

HandoverTopology
HandoverScenarioHelper::Build(const ScenarioConfig& config)
{
    NS_LOG_FUNCTION(this);
    config.Validate();
    const bool natural = config.mobility == "natural";
    const Time duration = config.GetDuration();
    int64_t stream = m_stream;

    std::string pcapDir;
    if (config.pcap)
    {
        pcapDir = (std::filesystem::path(config.out) / "pcap").string();
        std::filesystem::create_directories(pcapDir);
        pcapDir += "/";
    }

    HandoverTopology t;
    t.recorder = CreateObject<LatencyRecorder>();
    t.mns.Create(config.mns);
    t.anchor = CreateObject<Node>();
    t.cn = CreateObject<Node>();
    t.hks = CreateObject<Node>();
    t.aaa = CreateObject<Node>();
    t.authenticator = CreateObject<Node>();
    const uint32_t nNets = static_cast<uint32_t>(config.links.size());
    t.accessRouters.Create(nNets);
    t.posNodes.Create(nNets);
    for (uint32_t m = 0; m < config.mns; ++m)
    {
        t.homeAddresses.push_back(HomeAddressOf(m));
    }

    InternetStackHelper internet;
    Ipv4StaticRoutingHelper staticRouting;
    internet.SetRoutingHelper(staticRouting);
    NodeContainer all = t.GetAllNodes();
    // Every node computes its cryptography on a CPU of its own (CryptoCostModel defaults, then
    // --mn-cpu-scale on the MNs).
    ObjectFactory cpuFactory("ns3::CryptoCostModel");
    for (uint32_t n = 0; n < all.GetN(); ++n)
    {
        all.Get(n)->AggregateObject(cpuFactory.Create<CryptoCostModel>());
    }
    if (config.mnCpuScale)
    {
        for (uint32_t m = 0; m < t.mns.GetN(); ++m)
        {
            t.mns.Get(m)->GetObject<CryptoCostModel>()->SetAttribute(
                "CpuScale",
                DoubleValue(*config.mnCpuScale));
        }
    }

    internet.Install(all);
    stream += internet.AssignStreams(all, stream);

    // Backbone: point-to-point, one /24 per link.
    PointToPointHelper p2p;
    p2p.SetDeviceAttribute("DataRate", StringValue(m_backboneRate));
    p2p.SetChannelAttribute("Delay", TimeValue(Seconds(config.backboneDelayMs / 1000.0)));
    Ipv4AddressHelper backbone("10.0.0.0", "255.255.255.0");
    NetDeviceContainer backboneDevices;
    // Unique local prefixes: ns-3 routers drop the documentation prefix 2001:db8::/32.
    Ipv6AddressHelper backbone6(Ipv6Address("fd00::"), Ipv6Prefix(64));
    // Link a -- b; b's default routes (IPv4, and IPv6 if enabled) go through a.
    auto connect = [&](Ptr<Node> a, Ptr<Node> b) {
        BackboneLink link;
        link.devices = p2p.Install(a, b);
        backboneDevices.Add(link.devices);
        link.v4 = backbone.Assign(link.devices);
        backbone.NewNetwork();
        RoutingOf(b)->SetDefaultRoute(link.v4.GetAddress(0), InterfaceOf(link.devices.Get(1)));
        if (m_ipv6)
        {
            link.v6 = backbone6.Assign(link.devices);
            backbone6.NewNetwork();
            Routing6Of(b)->SetDefaultRoute(link.v6.GetAddress(0, 1),
                                           Interface6Of(link.devices.Get(1)));
        }
        return link;
    };
    BackboneLink cnLink = connect(t.anchor, t.cn);
    t.anchorAddress = cnLink.v4.GetAddress(0);
    if (m_ipv6)
    {
        t.anchorAddress6 = cnLink.v6.GetAddress(0, 1);
    }
    for (Ptr<Node> server : {t.hks, t.aaa, t.authenticator})
    {
        connect(t.anchor, server);
    }

    MobilityHelper fixed;
    fixed.SetMobilityModel("ns3::ConstantPositionMobilityModel");
    uint32_t wifiIndex = 0;
    for (uint32_t k = 0; k < nNets; ++k)
    {
        AccessNetwork net;
        net.link = config.links[k];
        net.router = t.accessRouters.Get(k);
        net.pos = t.posNodes.Get(k);

        BackboneLink arLink = connect(t.anchor, net.router);
        net.routerBackbone = arLink.v4.GetAddress(1);
        uint32_t anchorIf = InterfaceOf(arLink.devices.Get(0));
        BackboneLink posLink = connect(net.router, net.pos);
        RoutingOf(t.anchor)->AddNetworkRouteTo(
            posLink.v4.GetAddress(0).CombineMask("255.255.255.0"),
            "255.255.255.0",
            net.routerBackbone,
            anchorIf);
        if (m_ipv6)
        {
            net.routerBackbone6 = arLink.v6.GetAddress(1, 1);
            Routing6Of(t.anchor)->AddNetworkRouteTo(
                posLink.v6.GetAddress(0, 1).CombinePrefix(Ipv6Prefix(64)),
                Ipv6Prefix(64),
                net.routerBackbone6,
                Interface6Of(arLink.devices.Get(0)));
        }

        // Position of the access point / base station.
        Ptr<ListPositionAllocator> where = CreateObject<ListPositionAllocator>();
        if (natural && net.link == "wifi")
        {
            where->Add(Vector(wifiIndex * 1.5 * m_wifiRange, 5, 0));
        }
        else
        {
            where->Add(Vector(5, 5.0 * (k + 1), 0));
        }
        fixed.SetPositionAllocator(where);
        fixed.Install(net.router);

        NetDeviceContainer accessDevices;
        if (net.link == "wifi")
        {
            YansWifiChannelHelper channelHelper = YansWifiChannelHelper::Default();
            channelHelper.AddPropagationLoss("ns3::RangePropagationLossModel",
                                             "MaxRange",
                                             DoubleValue(m_wifiRange));
            Ptr<YansWifiChannel> channel = channelHelper.Create();
            stream += channelHelper.AssignStreams(channel, stream);
            YansWifiPhyHelper phy;
            phy.SetChannel(channel);
            auto [channelName, channelValue] =
                WifiLinkAdapter::ChannelAttribute("{1, 20, BAND_2_4GHZ, 0}");
            phy.Set(channelName, StringValue(channelValue));
            phy.SetPcapDataLinkType(WifiPhyHelper::DLT_IEEE802_11_RADIO);
            WifiHelper wifi;
            wifi.SetStandard(WIFI_STANDARD_80211g);
            WifiMacHelper mac;
            Ssid ssid("access-" + std::to_string(k));
            mac.SetType("ns3::ApWifiMac", "Ssid", SsidValue(ssid));
            NetDeviceContainer ap = wifi.Install(phy, mac, net.router);
            // Only the SSID is set here, so that --set ns3::StaWifiMac::... defaults apply.
            mac.SetType("ns3::StaWifiMac", "Ssid", SsidValue(ssid));
            NetDeviceContainer stas = wifi.Install(phy, mac, t.mns);
            stream += wifi.AssignStreams(ap, stream);
            stream += wifi.AssignStreams(stas, stream);
            accessDevices.Add(ap);
            accessDevices.Add(stas);
            net.channel = channel;
            if (!pcapDir.empty())
            {
                phy.EnablePcap(pcapDir + "wifi" + std::to_string(k), accessDevices);
            }
            ++wifiIndex;
        }
        else if (net.link == "csma")
        {
            CsmaHelper csma;
            csma.SetChannelAttribute("DataRate", StringValue(m_csmaRate));
            csma.SetChannelAttribute("Delay", TimeValue(m_csmaDelay));
            NodeContainer members(net.router);
            members.Add(t.mns);
            accessDevices = csma.Install(members);
            stream += csma.AssignStreams(accessDevices, stream);
            net.channel = accessDevices.Get(0)->GetChannel();
            if (!pcapDir.empty())
            {
                csma.EnablePcap(pcapDir + "csma" + std::to_string(k), accessDevices, false);
            }
        }
        else
        {
            Ptr<Dot16Channel> channel = CreateObject<Dot16Channel>();
            auto addDevice = [&](Ptr<Node> node, bool bs) {
                Ptr<Dot16NetDevice> device = CreateObject<Dot16NetDevice>();
                device->SetAttribute("BaseStation", BooleanValue(bs));
                device->SetAddress(Mac48Address::Allocate());
                node->AddDevice(device);
                device->Attach(channel);
                accessDevices.Add(device);
            };
            addDevice(net.router, true);
            for (uint32_t m = 0; m < config.mns; ++m)
            {
                addDevice(t.mns.Get(m), false);
            }
            net.channel = channel;
            if (!pcapDir.empty())
            {
                PcapHelper pcapHelper;
                // The dot16-* schemes run the 802.16 MAC on these devices: raw MAC PDUs,
                // DLT_USER0 (147) for tshark's WiMAX plugin. Otherwise Ethernet frames.
                bool macPdus = config.scheme.rfind("dot16-", 0) == 0;
                auto dlt =
                    macPdus ? static_cast<PcapHelper::DataLinkType>(147) : PcapHelper::DLT_EN10MB;
                for (uint32_t i = 0; i < accessDevices.GetN(); ++i)
                {
                    Ptr<NetDevice> device = accessDevices.Get(i);
                    std::string file = pcapDir + "wimax" + std::to_string(k) + "-" +
                                       std::to_string(device->GetNode()->GetId()) + "-" +
                                       std::to_string(device->GetIfIndex()) + ".pcap";
                    Ptr<PcapFileWrapper> wrapper = pcapHelper.CreateFile(file, std::ios::out, dlt);
                    pcapHelper.HookDefaultSink<Dot16NetDevice>(DynamicCast<Dot16NetDevice>(device),
                                                               "Sniffer",
                                                               wrapper);
                }
            }
        }
        net.routerDevice = accessDevices.Get(0);
        for (uint32_t i = 1; i < accessDevices.GetN(); ++i)
        {
            net.mnDevices.Add(accessDevices.Get(i));
        }

        Ipv4AddressHelper access;
        net.network = Ipv4Address((172u << 24) | (16u << 16) | (k << 8));
        net.mask = Ipv4Mask("255.255.255.0");
        access.SetBase(net.network, net.mask);
        Ipv4InterfaceContainer accessIfs = access.Assign(accessDevices);
        net.routerAddress = accessIfs.GetAddress(0);
        uint32_t accessIf = InterfaceOf(net.routerDevice);
        for (uint32_t m = 0; m < config.mns; ++m)
        {
            RoutingOf(net.router)
                ->AddHostRouteTo(t.homeAddresses[m], accessIfs.GetAddress(m + 1), accessIf);
        }
        RoutingOf(t.anchor)->AddNetworkRouteTo(net.network, net.mask, net.routerBackbone, anchorIf);
        if (k == 0)
        {
            for (uint32_t m = 0; m < config.mns; ++m)
            {
                RoutingOf(t.anchor)->AddHostRouteTo(t.homeAddresses[m],
                                                    net.routerBackbone,
                                                    anchorIf);
            }
        }
        if (m_ipv6)
        {
            Ipv6AddressHelper access6;
            net.network6 = Ipv6Address(("fd00:" + std::to_string(k + 1) + "::").c_str());
            access6.SetBase(net.network6, Ipv6Prefix(64));
            Ipv6InterfaceContainer accessIfs6 = access6.Assign(accessDevices);
            net.routerAddress6 = accessIfs6.GetAddress(0, 1);
            Routing6Of(t.anchor)->AddNetworkRouteTo(net.network6,
                                                    Ipv6Prefix(64),
                                                    net.routerBackbone6,
                                                    Interface6Of(arLink.devices.Get(0)));
        }
        t.networks.push_back(net);
    }
    if (m_ipv6)
    {
        NodeContainer routers(t.anchor);
        routers.Add(t.accessRouters);
        for (uint32_t k = 0; k < routers.GetN(); ++k)
        {
            Ptr<Ipv6> ipv6 = routers.Get(k)->GetObject<Ipv6>();
            ipv6->SetAttribute("IpForward", BooleanValue(true));
            // Routers take packets for any of their addresses on any interface (RFC 1122's weak
            // end system model): FMIPv6 reaches the PAR's access address over the backbone.
            // ns-3 >= 3.41 defaults to the strong model; older ns-3 has no such attribute.
            ipv6->SetAttributeFailSafe("StrongEndSystemModel", BooleanValue(false));
        }
    }
    if (!pcapDir.empty())
    {
        p2p.EnablePcap(pcapDir + "backbone", backboneDevices);
    }

    // Mobile nodes: positions or trajectories.
    if (natural)
    {
        double far = (wifiIndex - 1) * 1.5 * m_wifiRange + 2.0 * m_wifiRange;
        double leg = far / m_mnSpeed;
        for (uint32_t m = 0; m < config.mns; ++m)
        {
            Ptr<WaypointMobilityModel> model = CreateObject<WaypointMobilityModel>();
            double y = 0.5 * m;
            bool out = false;
            for (double at = 0; at <= duration.GetSeconds() + leg; at += leg)
            {
                model->AddWaypoint(Waypoint(Seconds(at), Vector(out ? far : 0, y, 0)));
                out = !out;
            }
            t.mns.Get(m)->AggregateObject(model);
        }
    }
    else
    {
        Ptr<ListPositionAllocator> where = CreateObject<ListPositionAllocator>();
        for (uint32_t m = 0; m < config.mns; ++m)
        {
            where->Add(Vector(0, 0.5 * m, 0));
        }
        fixed.SetPositionAllocator(where);
        fixed.Install(t.mns);
    }

    // Applications: the anchor's binding agent, a sink and a CBR flow per MN.
    t.anchorAgent = CreateObject<MobilityAnchor>();
    t.anchor->AddApplication(t.anchorAgent);
    t.anchorAgent->SetStartTime(Seconds(0));
    const Time dataInterval = Seconds(config.dataIntervalMs / 1000.0);
    const Time dataStart = Seconds(config.warmup / 2);
    const auto packets = static_cast<uint32_t>(std::ceil((duration - dataStart).GetSeconds() /
                                                         dataInterval.GetSeconds())) +
                         1;
    for (uint32_t m = 0; m < config.mns; ++m)
    {
        Ptr<Node> mn = t.mns.Get(m);
        mn->GetObject<Ipv4>()->AddAddress(
            0,
            Ipv4InterfaceAddress(t.homeAddresses[m], "255.255.255.255"));
        Ptr<HandoverDataSink> sink = CreateObject<HandoverDataSink>();
        sink->SetAttribute("Port", UintegerValue(m_dataPort));
        mn->AddApplication(sink);
        sink->SetStartTime(Seconds(0));
        t.sinks.push_back(sink);

        UdpClientHelper client(InetSocketAddress(t.homeAddresses[m], m_dataPort));
        client.SetAttribute("MaxPackets", UintegerValue(packets));
        client.SetAttribute("Interval", TimeValue(dataInterval));
        client.SetAttribute("PacketSize", UintegerValue(config.packetSize));
        ApplicationContainer apps = client.Install(t.cn);
        apps.Start(dataStart);
        apps.Stop(duration);

        Ptr<HandoverManager> manager = CreateObject<HandoverManager>();
        manager->SetAttribute("HomeAddress", Ipv4AddressValue(t.homeAddresses[m]));
        manager->SetAttribute("AnchorAddress", Ipv4AddressValue(t.anchorAddress));
        manager->SetAttribute("ReactToLinkUp", BooleanValue(natural));
        mn->AggregateObject(manager);
        manager->SetMnIndex(m);
        manager->SetRecorder(t.recorder);
        manager->SetDataSink(sink);
        Ptr<HandoverScheme> scheme = HandoverScheme::CreateByName(config.scheme);
        NS_ABORT_MSG_UNLESS(scheme, "unknown scheme " << config.scheme);
        scheme->Install(mn);
        manager->SetScheme(scheme);
        for (const auto& net : t.networks)
        {
            ObjectFactory factory;
            if (net.link == "wifi")
            {
                factory.SetTypeId("ns3::WifiLinkAdapter");
                factory.Set("ParkOnDetach", BooleanValue(!natural));
            }
            else if (net.link == "csma")
            {
                factory.SetTypeId("ns3::CsmaLinkAdapter");
            }
            else
            {
                factory.SetTypeId("ns3::Dot16LinkAdapter");
            }
            Ptr<LinkAdapter> adapter = factory.Create<LinkAdapter>();
            adapter->SetDevice(net.mnDevices.Get(m));
            manager->AddInterface(adapter, net.routerAddress, net.routerAddress6);
        }
        t.managers.push_back(manager);
        Simulator::ScheduleWithContext(mn->GetId(),
                                       Seconds(0),
                                       &HandoverManager::Start,
                                       manager,
                                       0u);
    }
    auto installer = NetworkInstallers().find(config.scheme);
    if (installer != NetworkInstallers().end())
    {
        installer->second(t, config);
    }
    return t;
}

bool
HandoverScenarioHelper::RegisterNetworkInstaller(const std::string& scheme,
                                                 NetworkInstaller installer)
{
    NetworkInstallers()[scheme] = std::move(installer);
    return true;
}

uint32_t
HandoverScenarioHelper::ScheduleHandovers(const HandoverTopology& topology,
                                          const ScenarioConfig& config)
{
    if (config.mobility != "scripted")
    {
        return 0;
    }
    uint32_t scheduled = 0;
    const uint32_t nNets = static_cast<uint32_t>(topology.networks.size());
    const Time end = config.GetDuration();
    for (uint32_t m = 0; m < topology.managers.size(); ++m)
    {
        double offset = config.interval * m / topology.managers.size();
        for (uint32_t i = 0; i < config.handovers; ++i)
        {
            Time at = Seconds(config.warmup + i * config.interval + offset);
            if (at >= end)
            {
                break;
            }
            uint32_t target = (i + 1) % nNets;
            Simulator::ScheduleWithContext(topology.mns.Get(m)->GetId(),
                                           at,
                                           &HandoverManager::TriggerHandover,
                                           topology.managers[m],
                                           target);
            ++scheduled;
        }
    }
    return scheduled;
}

} // namespace ns3
