/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-link-adapter.h"

#include "ns3/dot16-net-device.h"
#include "ns3/log.h"
#include "ns3/simulator.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16LinkAdapter");

NS_OBJECT_ENSURE_REGISTERED(Dot16LinkAdapter);

TypeId
Dot16LinkAdapter::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16LinkAdapter")
                            .SetParent<LinkAdapter>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16LinkAdapter>();
    return tid;
}

Dot16LinkAdapter::Dot16LinkAdapter()
    : m_detaching(false)
{
    NS_LOG_FUNCTION(this);
}

Dot16LinkAdapter::~Dot16LinkAdapter()
{
    NS_LOG_FUNCTION(this);
}

void
Dot16LinkAdapter::DoDispose()
{
    m_dot16 = nullptr;
    m_pendingAttach = AttachCallback();
    LinkAdapter::DoDispose();
}

std::string
Dot16LinkAdapter::GetLinkType() const
{
    return "wimax";
}

void
Dot16LinkAdapter::DoSetDevice(Ptr<NetDevice> device)
{
    m_dot16 = DynamicCast<Dot16NetDevice>(device);
    NS_ABORT_MSG_UNLESS(m_dot16 && !m_dot16->IsBaseStation(),
                        "Dot16LinkAdapter needs a mobile-station Dot16NetDevice");
    device->AddLinkChangeCallback(MakeCallback(&Dot16LinkAdapter::OnLinkChange, this));
}

void
Dot16LinkAdapter::Attach(AttachCallback done)
{
    NS_LOG_FUNCTION(this);
    if (m_dot16->IsLinkUp())
    {
        Simulator::ScheduleNow(&LinkAdapter::ReportAttached, done);
        return;
    }
    m_pendingAttach = done;
    m_dot16->StartNetworkEntry();
}

void
Dot16LinkAdapter::Detach()
{
    NS_LOG_FUNCTION(this);
    m_pendingAttach = AttachCallback();
    m_detaching = true;
    m_dot16->LeaveNetwork();
    m_detaching = false;
}

bool
Dot16LinkAdapter::IsAttached() const
{
    return m_dot16->IsLinkUp();
}

void
Dot16LinkAdapter::OnLinkChange()
{
    bool up = m_dot16->IsLinkUp();
    NS_LOG_FUNCTION(this << up);
    if (up && !m_pendingAttach.IsNull())
    {
        AttachCallback done = m_pendingAttach;
        m_pendingAttach = AttachCallback();
        done(true, "");
        return;
    }
    if (!m_detaching)
    {
        NotifyLinkEvent(up);
    }
}

} // namespace ns3
