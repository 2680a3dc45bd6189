/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mis-helper.h"

#include "ns3/abort.h"
#include "ns3/handover-scenario-helper.h"
#include "ns3/inet-socket-address.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/mac48-address.h"
#include "ns3/mih-constants.h"
#include "ns3/mih-transport.h"
#include "ns3/mis-handover-scheme.h"
#include "ns3/security-random.h"
#include "ns3/string.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MisHelper");

MisHelper::MisHelper()
    : m_keyRandom(CreateObject<SecurityRandom>())
{
    m_transportFactory.SetTypeId("ns3::MihTransport");
    m_misfFactory.SetTypeId("ns3::MisFunction");
}

void
MisHelper::SetTransportAttribute(const std::string& name, const AttributeValue& value)
{
    m_transportFactory.Set(name, value);
}

void
MisHelper::SetMisfAttribute(const std::string& name, const AttributeValue& value)
{
    m_misfFactory.Set(name, value);
}

Ptr<MisFunction>
MisHelper::InstallMisf(Ptr<Node> node, const std::string& mihfId)
{
    Ptr<MihTransport> transport = m_transportFactory.Create<MihTransport>();
    node->AddApplication(transport);
    transport->SetStartTime(Seconds(0));
    Ptr<MisFunction> misf = m_misfFactory.Create<MisFunction>();
    misf->SetAttribute("MihfId", StringValue(mihfId));
    misf->SetTransport(transport);
    Ptr<SecurityRandom> random = CreateObject<SecurityRandom>();
    misf->SetRandom(random);
    m_randoms.push_back(random);
    if (m_nextStream >= 0)
    {
        m_nextStream += random->AssignStreams(m_nextStream);
    }
    node->AggregateObject(misf);
    // The directory: every MISF knows every other one (the first interface address of each
    // node, at port 4551).
    Ptr<Ipv4> ipv4 = node->GetObject<Ipv4>();
    NS_ABORT_MSG_IF(!ipv4 || ipv4->GetNInterfaces() < 2, "MisHelper: " << mihfId << " has no IPv4");
    Address address = InetSocketAddress(ipv4->GetAddress(1, 0).GetLocal(), mih::UDP_PORT);
    for (const Ptr<MisFunction>& other : m_misfs)
    {
        other->AddPeer(mihfId, address);
        Ptr<Ipv4> otherIp = other->GetObject<Node>()->GetObject<Ipv4>();
        misf->AddPeer(other->GetMihfId(),
                      InetSocketAddress(otherIp->GetAddress(1, 0).GetLocal(), mih::UDP_PORT));
    }
    m_misfs.push_back(misf);
    return misf;
}

Ptr<MisPosApplication>
MisHelper::InstallPos(Ptr<Node> node, const std::string& mihfId)
{
    Ptr<MisPosApplication> pos = CreateObject<MisPosApplication>();
    pos->SetMisFunction(InstallMisf(node, mihfId));
    pos->SetTlsCredentials(Ca().CertificatePem(), Ca().Issue(mihfId));
    return pos;
}

Ptr<MisMnApplication>
MisHelper::InstallMn(Ptr<Node> node, const std::string& mihfId)
{
    Ptr<MisMnApplication> mn = CreateObject<MisMnApplication>();
    mn->SetMisFunction(InstallMisf(node, mihfId));
    mn->SetTlsCredentials(Ca().CertificatePem(), Ca().Issue(mihfId));
    return mn;
}

crypto::TestCertificateAuthority&
MisHelper::Ca()
{
    if (!m_ca)
    {
        m_ca = std::make_shared<crypto::TestCertificateAuthority>(
            "secure-handover MIS CA",
            crypto::TestCertificateAuthority::KeyType::ED25519,
            365,
            PeekPointer(m_keyRandom));
    }
    return *m_ca;
}

crypto::MisTransportKey
MisHelper::FreshKey()
{
    return crypto::MisTransportKey(crypto::ByteView(m_keyRandom->Generate(16)));
}

void
MisHelper::MakePartners(Ptr<MisPosApplication> a, Ptr<MisPosApplication> b, Time ikeSetupDelay)
{
    crypto::MisTransportKey key = FreshKey();
    a->AddRoamingPartner(b->GetMisFunction()->GetMihfId(), key, ikeSetupDelay);
    b->AddRoamingPartner(a->GetMisFunction()->GetMihfId(), key, ikeSetupDelay);
}

void
MisHelper::Attach(Ptr<MisMnApplication> mn, Ptr<MisPosApplication> pos)
{
    crypto::MisTransportKey key = FreshKey();
    mn->GetMisFunction()->SetTransportKey(pos->GetMisFunction()->GetMihfId(), key);
    pos->GetMisFunction()->SetTransportKey(mn->GetMisFunction()->GetMihfId(), key);
    mn->SetServingPos(pos->GetMisFunction()->GetMihfId(), 0);
}

int64_t
MisHelper::AssignStreams(int64_t stream)
{
    int64_t used = m_keyRandom->AssignStreams(stream);
    for (const Ptr<SecurityRandom>& random : m_randoms)
    {
        used += random->AssignStreams(stream + used);
    }
    m_nextStream = stream + used;
    return used;
}

namespace
{

/**
 * \brief The network side of the MIS schemes: a PoS on every access network's PoS node, with
 *        the neighbour table of all networks and roaming partnerships between trusted ones; the
 *        MN's MIS on every mobile node, attached to the PoS of network 0.
 * \param topology the built topology
 * \param config the scenario
 */
void
InstallMisNetwork(HandoverTopology& topology, const ScenarioConfig& /* config */)
{
    MisHelper helper;
    // Fixed streams before the first draw (the CA's keys, the configured keys), past those of
    // the scenario helper (which starts at its Stream Attribute).
    helper.AssignStreams(100000);
    Ptr<MisHandoverScheme> first =
        DynamicCast<MisHandoverScheme>(topology.managers[0]->GetScheme());
    NS_ABORT_MSG_IF(!first, "MIS network installer: the scheme is not an MIS scheme");
    std::vector<Ptr<MisPosApplication>> pos;
    std::vector<Ipv4Address> routers;
    for (std::size_t k = 0; k < topology.networks.size(); ++k)
    {
        const AccessNetwork& net = topology.networks[k];
        std::string id = "pos" + std::to_string(k) + "." + net.link + ".example.net";
        Ptr<MisPosApplication> app = helper.InstallPos(net.pos, id);
        app->SetPoaAddress(Mac48Address::ConvertFrom(net.routerDevice->GetAddress()));
        pos.push_back(app);
        routers.push_back(net.routerAddress);
    }
    for (std::size_t k = 0; k < pos.size(); ++k)
    {
        for (std::size_t j = 0; j < pos.size(); ++j)
        {
            const AccessNetwork& net = topology.networks[j];
            MisNeighbour neighbour;
            neighbour.network = net.link + std::to_string(j);
            neighbour.posId = pos[j]->GetMisFunction()->GetMihfId();
            neighbour.linkTypes = {MisHandoverScheme::MihLinkTypeOf(net.link)};
            neighbour.poas = {pos[j]->GetPoaAddress()};
            pos[k]->AddNeighbour(neighbour);
            if (j > k && first->IsTrusted(k) && first->IsTrusted(j))
            {
                helper.MakePartners(pos[k], pos[j], first->GetIkeSetupDelay());
            }
        }
    }
    for (uint32_t m = 0; m < topology.mns.GetN(); ++m)
    {
        Ptr<MisMnApplication> mn =
            helper.InstallMn(topology.mns.Get(m), "mn" + std::to_string(m) + "@home.example.net");
        helper.Attach(mn, pos[0]);
        Ptr<MisHandoverScheme> scheme =
            DynamicCast<MisHandoverScheme>(topology.managers[m]->GetScheme());
        scheme->SetAgents(mn, pos, routers);
    }
}

const bool g_misOptimizedInstaller [[maybe_unused]] =
    HandoverScenarioHelper::RegisterNetworkInstaller("mis-optimized", InstallMisNetwork);
const bool g_misFullInstaller [[maybe_unused]] =
    HandoverScenarioHelper::RegisterNetworkInstaller("mis-full", InstallMisNetwork);
const bool g_reactiveFullInstaller [[maybe_unused]] =
    HandoverScenarioHelper::RegisterNetworkInstaller("reactive-full", InstallMisNetwork);

} // namespace

} // namespace ns3
