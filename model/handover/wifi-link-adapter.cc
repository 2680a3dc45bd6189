/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "wifi-link-adapter.h"

#include "ns3/abort.h"
#include "ns3/boolean.h"
#include "ns3/log.h"
#include "ns3/simulator.h"
#include "ns3/sta-wifi-mac.h"
#include "ns3/string.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wifi-phy.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WifiLinkAdapter");

NS_OBJECT_ENSURE_REGISTERED(WifiLinkAdapter);

TypeId
WifiLinkAdapter::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WifiLinkAdapter")
            .SetParent<LinkAdapter>()
            .SetGroupName("SecureHandover")
            .AddConstructor<WifiLinkAdapter>()
            .AddAttribute("ChannelSettings",
                          "The AP's channel (WifiPhy ChannelSettings syntax).",
                          StringValue("{1, 20, BAND_2_4GHZ, 0}"),
                          MakeStringAccessor(&WifiLinkAdapter::m_channel),
                          MakeStringChecker())
            .AddAttribute("ParkChannelSettings",
                          "A channel without AP, where a detached station waits.",
                          StringValue("{13, 20, BAND_2_4GHZ, 0}"),
                          MakeStringAccessor(&WifiLinkAdapter::m_parkChannel),
                          MakeStringChecker())
            .AddAttribute("ParkOnDetach",
                          "Whether Detach leaves the AP (scripted handovers) or only stops "
                          "using the link (coverage-driven handovers).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&WifiLinkAdapter::m_parkOnDetach),
                          MakeBooleanChecker());
    return tid;
}

WifiLinkAdapter::WifiLinkAdapter()
    : m_parkOnDetach(true),
      m_parked(false)
{
    NS_LOG_FUNCTION(this);
}

WifiLinkAdapter::~WifiLinkAdapter()
{
    NS_LOG_FUNCTION(this);
}

void
WifiLinkAdapter::DoDispose()
{
    m_mac = nullptr;
    m_phy = nullptr;
    m_pendingAttach = AttachCallback();
    LinkAdapter::DoDispose();
}

std::string
WifiLinkAdapter::GetLinkType() const
{
    return "wifi";
}

void
WifiLinkAdapter::DoSetDevice(Ptr<NetDevice> device)
{
    Ptr<WifiNetDevice> wifi = DynamicCast<WifiNetDevice>(device);
    NS_ABORT_MSG_UNLESS(wifi, "WifiLinkAdapter needs a WifiNetDevice");
    m_mac = DynamicCast<StaWifiMac>(wifi->GetMac());
    NS_ABORT_MSG_UNLESS(m_mac, "WifiLinkAdapter needs a station (StaWifiMac)");
    m_phy = wifi->GetPhy();
    m_mac->TraceConnectWithoutContext("Assoc", MakeCallback(&WifiLinkAdapter::OnAssoc, this));
    m_mac->TraceConnectWithoutContext("DeAssoc", MakeCallback(&WifiLinkAdapter::OnDeAssoc, this));
}

std::pair<std::string, std::string>
WifiLinkAdapter::ChannelAttribute(const std::string& settings)
{
    static const bool haveChannelSettings = [] {
        TypeId::AttributeInformation info;
        return WifiPhy::GetTypeId().LookupAttributeByName("ChannelSettings", &info);
    }();
    if (haveChannelSettings)
    {
        return {"ChannelSettings", settings};
    }
    std::size_t begin = settings.find_first_of("0123456789");
    NS_ABORT_MSG_IF(begin == std::string::npos, "no channel number in \"" << settings << "\"");
    std::size_t end = settings.find_first_not_of("0123456789", begin);
    return {"ChannelNumber", settings.substr(begin, end - begin)};
}

void
WifiLinkAdapter::Tune(const std::string& settings)
{
    NS_LOG_FUNCTION(this << settings);
    auto [name, value] = ChannelAttribute(settings);
    m_phy->SetAttribute(name, StringValue(value));
}

void
WifiLinkAdapter::Attach(AttachCallback done)
{
    NS_LOG_FUNCTION(this);
    if (m_parked)
    {
        m_parked = false;
        Tune(m_channel);
    }
    if (m_mac->IsAssociated())
    {
        Simulator::ScheduleNow(&LinkAdapter::ReportAttached, done);
        return;
    }
    m_pendingAttach = done;
}

void
WifiLinkAdapter::Detach()
{
    NS_LOG_FUNCTION(this);
    m_pendingAttach = AttachCallback();
    if (m_parkOnDetach && !m_parked)
    {
        m_parked = true;
        Tune(m_parkChannel);
    }
}

bool
WifiLinkAdapter::IsAttached() const
{
    return !m_parked && m_mac->IsAssociated();
}

bool
WifiLinkAdapter::IsAvailable() const
{
    return m_parked || m_mac->IsAssociated();
}

void
WifiLinkAdapter::OnAssoc(Mac48Address bssid)
{
    NS_LOG_FUNCTION(this << bssid);
    if (m_parked)
    {
        return;
    }
    if (!m_pendingAttach.IsNull())
    {
        AttachCallback done = m_pendingAttach;
        m_pendingAttach = AttachCallback();
        done(true, "");
    }
    NotifyLinkEvent(true);
}

void
WifiLinkAdapter::OnDeAssoc(Mac48Address bssid)
{
    NS_LOG_FUNCTION(this << bssid);
    if (m_parked)
    {
        return; // caused by our own Detach
    }
    NotifyLinkEvent(false);
}

} // namespace ns3
