/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "csma-link-adapter.h"

#include "ns3/log.h"
#include "ns3/simulator.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("CsmaLinkAdapter");

NS_OBJECT_ENSURE_REGISTERED(CsmaLinkAdapter);

TypeId
CsmaLinkAdapter::GetTypeId()
{
    static TypeId tid = TypeId("ns3::CsmaLinkAdapter")
                            .SetParent<LinkAdapter>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<CsmaLinkAdapter>()
                            .AddAttribute("AttachDelay",
                                          "Time from Attach until the Ethernet port is usable.",
                                          TimeValue(Seconds(0)),
                                          MakeTimeAccessor(&CsmaLinkAdapter::m_attachDelay),
                                          MakeTimeChecker(Seconds(0)));
    return tid;
}

CsmaLinkAdapter::CsmaLinkAdapter()
    : m_lastUp(false)
{
    NS_LOG_FUNCTION(this);
}

CsmaLinkAdapter::~CsmaLinkAdapter()
{
    NS_LOG_FUNCTION(this);
}

void
CsmaLinkAdapter::DoDispose()
{
    m_attachEvent.Cancel();
    LinkAdapter::DoDispose();
}

std::string
CsmaLinkAdapter::GetLinkType() const
{
    return "csma";
}

void
CsmaLinkAdapter::DoSetDevice(Ptr<NetDevice> device)
{
    m_lastUp = device->IsLinkUp();
    device->AddLinkChangeCallback(MakeCallback(&CsmaLinkAdapter::OnLinkChange, this));
}

void
CsmaLinkAdapter::Attach(AttachCallback done)
{
    NS_LOG_FUNCTION(this);
    m_attachEvent.Cancel();
    if (!m_device->IsLinkUp())
    {
        return; // completes never; the manager's timeout reports it
    }
    m_attachEvent = Simulator::Schedule(m_attachDelay, &LinkAdapter::ReportAttached, done);
}

void
CsmaLinkAdapter::Detach()
{
    NS_LOG_FUNCTION(this);
    m_attachEvent.Cancel();
}

bool
CsmaLinkAdapter::IsAttached() const
{
    return m_device->IsLinkUp();
}

bool
CsmaLinkAdapter::IsAvailable() const
{
    return m_device->IsLinkUp();
}

void
CsmaLinkAdapter::OnLinkChange()
{
    bool up = m_device->IsLinkUp();
    if (up != m_lastUp)
    {
        m_lastUp = up;
        NotifyLinkEvent(up);
    }
}

} // namespace ns3
