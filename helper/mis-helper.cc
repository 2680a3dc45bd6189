/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mis-helper.h"

#include "ns3/inet-socket-address.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/mih-constants.h"
#include "ns3/mih-transport.h"
#include "ns3/security-random.h"
#include "ns3/string.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MisHelper");

MisHelper::MisHelper()
    : m_ca(std::make_shared<crypto::TestCertificateAuthority>("secure-handover MIS CA")),
      m_keyRandom(CreateObject<SecurityRandom>())
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
    pos->SetTlsCredentials(m_ca->CertificatePem(), m_ca->Issue(mihfId));
    return pos;
}

Ptr<MisMnApplication>
MisHelper::InstallMn(Ptr<Node> node, const std::string& mihfId)
{
    Ptr<MisMnApplication> mn = CreateObject<MisMnApplication>();
    mn->SetMisFunction(InstallMisf(node, mihfId));
    mn->SetTlsCredentials(m_ca->CertificatePem(), m_ca->Issue(mihfId));
    return mn;
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
    return used;
}

} // namespace ns3
