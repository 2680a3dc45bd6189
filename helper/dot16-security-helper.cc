/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-security-helper.h"

#include "ns3/dot16-net-device.h"
#include "ns3/dot16-tek-handover-scheme.h"
#include "ns3/double.h"
#include "ns3/error-model.h"
#include "ns3/integer.h"
#include "ns3/ipv4.h"
#include "ns3/log.h"
#include "ns3/pointer.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16SecurityHelper");

namespace
{
/// Network installer of the dot16-* schemes: the options of issue 6 map onto the helper.
void
InstallDot16Network(Dot16TekMode mode, HandoverTopology& topology, const ScenarioConfig& config)
{
    Dot16SecurityHelper helper;
    helper.SetTekMode(mode);
    helper.SetCountSkew(config.ckcSkew);
    helper.SetCancelProbability(config.cancelHoProb);
    helper.SetLoss(config.dot16Loss);
    helper.Install(topology, 60000);
}

/// The network installer of the dot16-* scheme with the given TEK mode.
template <Dot16TekMode Mode>
void
InstallMode(HandoverTopology& topology, const ScenarioConfig& config)
{
    InstallDot16Network(Mode, topology, config);
}

const bool g_dot16InstallersRegistered [[maybe_unused]] =
    HandoverScenarioHelper::RegisterNetworkInstaller("dot16-counter-tek",
                                                     &InstallMode<Dot16TekMode::COUNTER>) &&
    HandoverScenarioHelper::RegisterNetworkInstaller("dot16-legacy-tek",
                                                     &InstallMode<Dot16TekMode::LEGACY>) &&
    HandoverScenarioHelper::RegisterNetworkInstaller("dot16-reuse-tek",
                                                     &InstallMode<Dot16TekMode::REUSE>);
} // namespace

Dot16SecurityHelper::Dot16SecurityHelper()
    : m_mode(Dot16TekMode::COUNTER),
      m_countSkew(0),
      m_cancelProbability(0),
      m_loss(0)
{
}

void
Dot16SecurityHelper::SetTekMode(Dot16TekMode mode)
{
    m_mode = mode;
}

void
Dot16SecurityHelper::SetCountSkew(int32_t k)
{
    m_countSkew = k;
}

void
Dot16SecurityHelper::SetCancelProbability(double p)
{
    m_cancelProbability = p;
}

void
Dot16SecurityHelper::SetLoss(double p)
{
    m_loss = p;
}

Dot16SecurityAgents
Dot16SecurityHelper::Install(HandoverTopology& t, int64_t stream)
{
    Dot16SecurityAgents agents;
    agents.authenticator = CreateObject<Dot16Authenticator>();
    t.authenticator->AddApplication(agents.authenticator);
    agents.authenticator->SetStartTime(Seconds(0));
    stream += agents.authenticator->AssignStreams(stream);
    Ipv4Address authAddress = t.authenticator->GetObject<Ipv4>()->GetAddress(1, 0).GetLocal();

    auto addLoss = [&](Ptr<Dot16NetDevice> device) {
        if (m_loss > 0)
        {
            Ptr<RateErrorModel> loss = CreateObject<RateErrorModel>();
            loss->SetUnit(RateErrorModel::ERROR_UNIT_PACKET);
            loss->SetRate(m_loss);
            stream += loss->AssignStreams(stream);
            device->SetAttribute("ReceiveErrorModel", PointerValue(loss));
        }
    };

    std::vector<crypto::Mac48> bsids;
    for (const auto& net : t.networks)
    {
        if (net.link != "wimax")
        {
            continue;
        }
        Ptr<Dot16NetDevice> bsDevice = DynamicCast<Dot16NetDevice>(net.routerDevice);
        Ptr<Dot16BsAgent> bs = CreateObject<Dot16BsAgent>();
        bs->SetTekMode(m_mode);
        if (m_countSkew < 0)
        {
            bs->SetAttribute("CountSkew", IntegerValue(-m_countSkew));
        }
        bs->SetDevice(bsDevice);
        bs->SetAuthenticator(authAddress);
        stream += bs->AssignStreams(stream);
        addLoss(bsDevice);
        agents.authenticator->AddBaseStation(bs->GetBsid(), net.routerBackbone);
        bsids.push_back(bs->GetBsid());
        agents.bss.push_back(bs);
    }
    for (const auto& bs : agents.bss)
    {
        for (const auto& bsid : bsids)
        {
            if (bsid != bs->GetBsid())
            {
                bs->AddNeighbor(bsid);
            }
        }
    }

    for (uint32_t m = 0; m < t.mns.GetN(); ++m)
    {
        Ptr<Dot16MsAgent> ms = CreateObject<Dot16MsAgent>();
        ms->SetTekMode(m_mode);
        ms->SetAttribute("CountSkew", IntegerValue(std::max(m_countSkew, 0)));
        ms->SetAttribute("CancelProbability", DoubleValue(m_cancelProbability));
        TimeValue pmkLifetime;
        agents.authenticator->GetAttribute("PmkLifetime", pmkLifetime);
        ms->SetAttribute("PmkLifetime", pmkLifetime);
        stream += ms->AssignStreams(stream);
        Address identity;
        bool haveIdentity = false;
        for (const auto& net : t.networks)
        {
            if (net.link != "wimax")
            {
                continue;
            }
            Ptr<Dot16NetDevice> device = DynamicCast<Dot16NetDevice>(net.mnDevices.Get(m));
            // One MS, one MAC address: its 802.16 interfaces are one radio in two cells.
            if (!haveIdentity)
            {
                identity = device->GetAddress();
                haveIdentity = true;
            }
            device->SetAddress(identity);
            stream += device->AssignStreams(stream);
            addLoss(device);
            ms->AddDevice(device);
        }
        if (!haveIdentity)
        {
            continue; // this MN has no 802.16 interface
        }
        ms->SetMsk(agents.authenticator->RegisterMobile(ms->GetMsMac()));
        t.mns.Get(m)->AggregateObject(ms);
        auto scheme = DynamicCast<Dot16TekHandoverScheme>(t.managers[m]->GetScheme());
        if (scheme)
        {
            scheme->SetAgents(ms, agents.bss);
        }
        agents.mss.push_back(ms);
    }
    return agents;
}

} // namespace ns3
