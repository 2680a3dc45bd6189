/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "hkp-helper.h"

#include "ns3/abort.h"
#include "ns3/handover-key-server.h"
#include "ns3/hkp-access-router.h"
#include "ns3/hkp-mobile-node.h"
#include "ns3/node.h"
#include "ns3/security-random.h"
#include "ns3/string.h"
#include "ns3/test-ca.h"

#include <vector>

namespace ns3
{

namespace
{
/// Octets of each HMK: the draft's minimum (6.1).
constexpr std::size_t HMK_OCTETS = 64;
} // namespace

HkpHelper::HkpHelper()
    : m_realm("example.net"),
      m_ca(std::make_unique<crypto::TestCertificateAuthority>("secure-handover AAA CA")),
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
    m_server->SetCredentials(m_ca->CertificatePem(), m_ca->Issue("hks." + m_realm));
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
        ar->SetCredentials(m_ca->CertificatePem(), m_ca->Issue(name), "hks." + m_realm);
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
