/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "hkp-helper.h"

#include "handover-scenario-helper.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/diameter-constants.h"
#include "ns3/fmip6-access-router.h"
#include "ns3/fmip6-handover-scheme.h"
#include "ns3/fmip6-mobile-node.h"
#include "ns3/fmip6-tunnel.h"
#include "ns3/handover-key-server.h"
#include "ns3/hkp-access-router.h"
#include "ns3/hkp-mobile-node.h"
#include "ns3/inet-socket-address.h"
#include "ns3/ipv4.h"
#include "ns3/ipv6.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/test-ca.h"

#include <vector>

namespace ns3
{

namespace
{
/// Octets of each HMK: the draft's minimum (6.1).
constexpr std::size_t HMK_OCTETS = 64;
/// First random stream of the agents of the fmipv6 schemes (clear of the scenario's streams).
constexpr int64_t FMIP6_STREAM = 1 << 20;

/**
 * \param node a node
 * \param device one of its devices
 * \return its global IPv6 address on that device (index 1, after the link-local one), or ::
 */
Ipv6Address
GlobalAddress(Ptr<Node> node, Ptr<NetDevice> device)
{
    Ptr<Ipv6> ipv6 = node->GetObject<Ipv6>();
    const int32_t interface = ipv6 ? ipv6->GetInterfaceForDevice(device) : -1;
    if (interface < 0 || ipv6->GetNAddresses(interface) < 2)
    {
        return Ipv6Address::GetAny();
    }
    return ipv6->GetAddress(interface, 1).GetAddress();
}

/**
 * \param device a device
 * \return its link-layer address octets
 */
std::vector<uint8_t>
LinkAddress(Ptr<NetDevice> device)
{
    uint8_t octets[Address::MAX_SIZE] = {};
    const uint32_t size = device->GetAddress().CopyTo(octets);
    return std::vector<uint8_t>(octets, octets + size);
}

/**
 * \brief The network side of the fmipv6-hk, fmipv6-hk-reactive and fmipv6-open schemes: the HKS
 *        on the topology's hks node, an HKP agent and a PAR/NAR agent on each access router,
 *        and each MN's HKP and FMIPv6 agents handed to its scheme.
 * \param t the topology
 * \param config the scenario
 */
void
InstallFmip6Network(HandoverTopology& t, const ScenarioConfig& config)
{
    NS_ABORT_MSG_IF(t.anchorAddress6.IsAny(),
                    "scheme " << config.scheme << " needs IPv6 (HandoverScenarioHelper::Ipv6)");
    const bool open = config.scheme == "fmipv6-open";
    HkpHelper hkp;
    const int64_t keyStreams = hkp.AssignKeyStreams(FMIP6_STREAM);
    hkp.InstallServer(t.hks);
    const Ipv4Address hks = t.hks->GetObject<Ipv4>()->GetAddress(1, 0).GetLocal();
    ApplicationContainer ars =
        hkp.InstallAccessRouters(t.accessRouters, InetSocketAddress(hks, diameter::TLS_PORT));
    ApplicationContainer mns = hkp.InstallMobileNodes(t.mns);
    hkp.AssignStreams(FMIP6_STREAM + keyStreams);
    std::vector<Ptr<Fmip6Tunnel>> tunnels;
    for (uint32_t k = 0; k < t.accessRouters.GetN(); ++k)
    {
        Ptr<Fmip6AccessRouter> fmip = CreateObject<Fmip6AccessRouter>();
        fmip->SetAttribute("RequireBadf", BooleanValue(!open));
        fmip->SetKeyStore(DynamicCast<HkpAccessRouter>(ars.Get(k)));
        Ptr<Fmip6Tunnel> tunnel = CreateObject<Fmip6Tunnel>();
        tunnel->Setup(t.accessRouters.Get(k));
        fmip->SetTunnel(tunnel);
        tunnels.push_back(tunnel);
        for (uint32_t m = 0; m < t.mns.GetN(); ++m)
        {
            fmip->AddMobileNode(GlobalAddress(t.mns.Get(m), t.networks[k].mnDevices.Get(m)),
                                t.homeAddresses[m]);
        }
        for (uint32_t j = 0; j < t.networks.size(); ++j)
        {
            if (j != k)
            {
                fmip->AddNeighbor(t.networks[j].network6,
                                  Ipv6Prefix(64),
                                  t.networks[j].routerBackbone6,
                                  LinkAddress(t.networks[j].routerDevice));
            }
        }
        t.accessRouters.Get(k)->AddApplication(fmip);
    }
    for (uint32_t m = 0; m < t.mns.GetN(); ++m)
    {
        Ptr<HkpMobileNode> keys = open ? nullptr : DynamicCast<HkpMobileNode>(mns.Get(m));
        Ptr<Fmip6MobileNode> fmip = CreateObject<Fmip6MobileNode>();
        fmip->SetKeySource(keys);
        t.mns.Get(m)->AddApplication(fmip);
        Ptr<Fmip6HandoverScheme> scheme =
            DynamicCast<Fmip6HandoverScheme>(t.managers.at(m)->GetScheme());
        NS_ABORT_MSG_IF(!scheme, "MN " << m << " does not run an fmipv6 scheme");
        scheme->SetAgents(keys, fmip);
        for (uint32_t k = 0; k < t.networks.size(); ++k)
        {
            scheme->AddAccessRouter(t.networks[k].routerAddress6,
                                    tunnels[k],
                                    LinkAddress(t.networks[k].routerDevice));
        }
        const AccessNetwork& first = t.networks.front();
        Simulator::Schedule(MilliSeconds(100),
                            &Fmip6HandoverScheme::InitialAttach,
                            scheme,
                            first.routerAddress6,
                            GlobalAddress(t.mns.Get(m), first.mnDevices.Get(m)));
    }
}

/**
 * \brief Register InstallFmip6Network for the three fmipv6 schemes.
 * \return true
 */
bool
RegisterFmip6Installers()
{
    for (const char* scheme : {"fmipv6-hk", "fmipv6-hk-reactive", "fmipv6-open"})
    {
        HandoverScenarioHelper::RegisterNetworkInstaller(scheme, &InstallFmip6Network);
    }
    return true;
}

const bool g_fmip6Installers [[maybe_unused]] = RegisterFmip6Installers();

} // namespace

HkpHelper::HkpHelper()
    : m_realm("example.net"),
      m_random(CreateObject<SecurityRandom>()),
      m_arCount(0),
      m_mnCount(0)
{
    m_serverFactory.SetTypeId("ns3::HandoverKeyServer");
    m_arFactory.SetTypeId("ns3::HkpAccessRouter");
    m_mnFactory.SetTypeId("ns3::HkpMobileNode");
}

HkpHelper::~HkpHelper() = default;

void
HkpHelper::SetServerAttribute(const std::string& name, const AttributeValue& value)
{
    m_serverFactory.Set(name, value);
}

void
HkpHelper::SetAccessRouterAttribute(const std::string& name, const AttributeValue& value)
{
    m_arFactory.Set(name, value);
}

void
HkpHelper::SetMobileNodeAttribute(const std::string& name, const AttributeValue& value)
{
    m_mnFactory.Set(name, value);
}

ApplicationContainer
HkpHelper::InstallServer(Ptr<Node> node)
{
    m_server = m_serverFactory.Create<HandoverKeyServer>();
    m_server->SetAttribute("OriginRealm", StringValue(m_realm));
    m_server->SetCredentials(Ca().CertificatePem(), Ca().Issue("hks." + m_realm));
    node->AddApplication(m_server);
    m_agents.Add(m_server);
    return ApplicationContainer(m_server);
}

ApplicationContainer
HkpHelper::InstallAccessRouters(NodeContainer nodes, const Address& hksAddress)
{
    NS_ABORT_MSG_IF(!m_server, "HkpHelper: install the server first");
    ApplicationContainer apps;
    for (uint32_t k = 0; k < nodes.GetN(); ++k)
    {
        Ptr<HkpAccessRouter> ar = m_arFactory.Create<HkpAccessRouter>();
        const std::string name = "ar" + std::to_string(m_arCount++) + "." + m_realm;
        ar->SetAttribute("HksAddress", AddressValue(hksAddress));
        ar->SetAttribute("OriginHost", StringValue(name));
        ar->SetAttribute("OriginRealm", StringValue(m_realm));
        ar->SetCredentials(Ca().CertificatePem(), Ca().Issue(name), "hks." + m_realm);
        nodes.Get(k)->AddApplication(ar);
        apps.Add(ar);
    }
    m_agents.Add(apps);
    return apps;
}

ApplicationContainer
HkpHelper::InstallMobileNodes(NodeContainer nodes)
{
    NS_ABORT_MSG_IF(!m_server, "HkpHelper: install the server first");
    ApplicationContainer apps;
    for (uint32_t k = 0; k < nodes.GetN(); ++k)
    {
        Ptr<HkpMobileNode> mn = m_mnFactory.Create<HkpMobileNode>();
        const std::string nai = "mn" + std::to_string(m_mnCount++) + "@" + m_realm;
        std::vector<uint8_t> octets(HMK_OCTETS);
        m_random->Fill(octets.data(), octets.size());
        const crypto::Hmk hmk(octets);
        crypto::SecureWipe(octets.data(), octets.size());
        mn->SetAttribute("Nai", StringValue(nai));
        mn->SetHmk(hmk);
        m_server->AddMobileNode(nai, hmk);
        nodes.Get(k)->AddApplication(mn);
        apps.Add(mn);
    }
    m_agents.Add(apps);
    return apps;
}

crypto::TestCertificateAuthority&
HkpHelper::Ca()
{
    if (!m_ca)
    {
        m_ca = std::make_unique<crypto::TestCertificateAuthority>(
            "secure-handover AAA CA",
            crypto::TestCertificateAuthority::KeyType::ED25519,
            365,
            PeekPointer(m_random));
    }
    return *m_ca;
}

int64_t
HkpHelper::AssignKeyStreams(int64_t stream)
{
    return m_random->AssignStreams(stream);
}

int64_t
HkpHelper::AssignStreams(int64_t stream)
{
    int64_t used = 0;
    for (auto it = m_agents.Begin(); it != m_agents.End(); ++it)
    {
        if (Ptr<HandoverKeyServer> hks = DynamicCast<HandoverKeyServer>(*it))
        {
            used += hks->AssignStreams(stream + used);
        }
        else if (Ptr<HkpAccessRouter> ar = DynamicCast<HkpAccessRouter>(*it))
        {
            used += ar->AssignStreams(stream + used);
        }
        else if (Ptr<HkpMobileNode> mn = DynamicCast<HkpMobileNode>(*it))
        {
            used += mn->AssignStreams(stream + used);
        }
    }
    return used;
}

} // namespace ns3
