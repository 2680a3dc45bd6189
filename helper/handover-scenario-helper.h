/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_SCENARIO_HELPER_H
#define SECURE_HANDOVER_HANDOVER_SCENARIO_HELPER_H

#include "scenario-config.h"

#include "ns3/channel.h"
#include "ns3/handover-data-sink.h"
#include "ns3/handover-manager.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/latency-recorder.h"
#include "ns3/mobility-anchor.h"
#include "ns3/net-device-container.h"
#include "ns3/node-container.h"
#include "ns3/object.h"

#include <functional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief One access network of the scenario.
 */
struct AccessNetwork
{
    std::string link;             //!< "wifi", "wimax" or "csma"
    Ptr<Node> router;             //!< access router (hosts the AP / BS / Ethernet port)
    Ptr<Node> pos;                //!< the network's point of service (MIS PoS)
    Ptr<NetDevice> routerDevice;  //!< the router's access device (AP, BS, Ethernet)
    NetDeviceContainer mnDevices; //!< each MN's device on this network, by MN index
    Ptr<Channel> channel;         //!< the access channel
    Ipv4Address routerAddress;    //!< the router's address on the access link
    Ipv4Address routerBackbone;   //!< the router's address on its link to the anchor
    Ipv4Address network;          //!< the access prefix
    Ipv4Mask mask;                //!< its mask
    Ipv6Address routerAddress6;   //!< the router's IPv6 address on the access link (or ::)
    Ipv6Address routerBackbone6;  //!< the router's IPv6 address towards the anchor (or ::)
    Ipv6Address network6;         //!< the access network's IPv6 /64 (or ::)
};

/**
 * \ingroup secure-handover
 * \brief What HandoverScenarioHelper::Build returns: every node, device and agent.
 */
struct HandoverTopology
{
    NodeContainer mns;                          //!< mobile nodes
    Ptr<Node> anchor;                           //!< anchor router (routes home addresses)
    Ptr<Node> cn;                               //!< correspondent node (data source)
    Ptr<Node> hks;                              //!< handover key server (plain node for now)
    Ptr<Node> aaa;                              //!< AAA server (plain node for now)
    Ptr<Node> authenticator;                    //!< 802.16 authenticator (plain node for now)
    NodeContainer accessRouters;                //!< access routers, by network
    NodeContainer posNodes;                     //!< points of service, by network
    std::vector<AccessNetwork> networks;        //!< access networks, in --links order
    std::vector<Ipv4Address> homeAddresses;     //!< home address of each MN
    Ipv4Address anchorAddress;                  //!< where binding updates go
    Ipv6Address anchorAddress6;                 //!< the anchor's IPv6 address (or ::)
    std::vector<Ptr<HandoverManager>> managers; //!< one per MN (also aggregated to it)
    std::vector<Ptr<HandoverDataSink>> sinks;   //!< one per MN
    Ptr<MobilityAnchor> anchorAgent;            //!< the anchor's binding agent
    Ptr<LatencyRecorder> recorder;              //!< shared by every manager

    /**
     * \return every node of the scenario
     */
    NodeContainer GetAllNodes() const;
};

/**
 * \ingroup secure-handover
 * \brief Builds the standard heterogeneous handover topology.
 *
 * \verbatim
 *            CN        HKS   AAA   authenticator
 *             \          |    |    /
 *              +------ anchor ----+          (point-to-point, BackboneDelay per hop)
 *             /          |         \
 *          AR0 -- PoS0  AR1 -- PoS1  ...     (one access router per --links entry)
 *           |            |
 *       802.11 AP     Ethernet / 802.16 BS
 *            \          /
 *              MN  MN  ...                   (one interface per access network)
 * \endverbatim
 *
 * Every MN has a home address (on its loopback) that the anchor routes to the access router of
 * its current link; the MN's HandoverManager rebinds it at every handover. A CBR UDP flow goes
 * from the CN to each MN's home address. In "scripted" mobility every AP is in range and
 * ScheduleHandovers forces the handovers; in "natural" mobility each MN travels in and out of
 * the wifi coverage (WifiRange, MnSpeed) and handovers follow association and deassociation.
 *
 * The helper is an Object only so that its Attributes can be set with Config::SetDefault
 * (and `secure-handover run --set`).
 */
class HandoverScenarioHelper : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    HandoverScenarioHelper();
    ~HandoverScenarioHelper() override;

    /**
     * \brief Build nodes, links, addresses, routes, applications and handover managers, and
     *        schedule each manager's initial attach at time zero. Pcaps are enabled if
     *        config.pcap (under config.out/pcap/). Every node gets a CryptoCostModel (its
     *        Attribute defaults; CpuScale = config.mnCpuScale on the MNs if set).
     * \param config the scenario (validated)
     * \return the topology
     */
    HandoverTopology Build(const ScenarioConfig& config);

    /**
     * \brief Schedule the scripted handovers: MN m hands over at
     *        warmup + i * interval + m * interval / mns to the next link of --links (cyclic).
     * \param topology the built topology
     * \param config the scenario
     * \return the number of handovers scheduled
     */
    uint32_t ScheduleHandovers(const HandoverTopology& topology, const ScenarioConfig& config);

    /**
     * \brief What a scheme installs on the network side (agents on ARs, PoS nodes, servers).
     *
     * Called by Build once the topology, the managers and the MN-side schemes exist, for the
     * scheme the scenario uses; each MN's side of the scheme is HandoverManager::GetScheme.
     */
    using NetworkInstaller = std::function<void(HandoverTopology&, const ScenarioConfig&)>;

    /**
     * \brief Register the network-side installer of a scheme (once, e.g. from a static
     *        initialiser in the scheme's helper .cc).
     * \param scheme the --scheme name
     * \param installer the installer
     * \return true (for static initialisers)
     */
    static bool RegisterNetworkInstaller(const std::string& scheme, NetworkInstaller installer);

  private:
    double m_wifiRange;         //!< wifi coverage radius (m)
    double m_mnSpeed;           //!< MN speed in natural mobility (m/s)
    std::string m_backboneRate; //!< point-to-point data rate
    std::string m_csmaRate;     //!< Ethernet data rate
    Time m_csmaDelay;           //!< Ethernet propagation delay
    uint16_t m_dataPort;        //!< CBR port
    bool m_ipv6;                //!< dual stack
    int64_t m_stream;           //!< first random stream to assign
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_SCENARIO_HELPER_H */
