/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "link-adapter.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("LinkAdapter");

NS_OBJECT_ENSURE_REGISTERED(LinkAdapter);

TypeId
LinkAdapter::GetTypeId()
{
    static TypeId tid = TypeId("ns3::LinkAdapter")
                            .SetParent<Object>()
                            .SetGroupName("SecureHandover")
                            .AddTraceSource("LinkEvent",
                                            "The link went up (true) or down (false) on its own.",
                                            MakeTraceSourceAccessor(&LinkAdapter::m_linkEventTrace),
                                            "ns3::LinkAdapter::LinkEventTracedCallback");
    return tid;
}

LinkAdapter::LinkAdapter()
{
    NS_LOG_FUNCTION(this);
}

LinkAdapter::~LinkAdapter()
{
    NS_LOG_FUNCTION(this);
}

void
LinkAdapter::DoDispose()
{
    m_device = nullptr;
    m_linkEvent = LinkEventCallback();
    Object::DoDispose();
}

void
LinkAdapter::SetDevice(Ptr<NetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    m_device = device;
    DoSetDevice(device);
}

Ptr<NetDevice>
LinkAdapter::GetDevice() const
{
    return m_device;
}

bool
LinkAdapter::IsAvailable() const
{
    return true;
}

void
LinkAdapter::SetLinkEventCallback(LinkEventCallback callback)
{
    m_linkEvent = callback;
}

void
LinkAdapter::DoSetDevice(Ptr<NetDevice> /* device */)
{
}

void
LinkAdapter::NotifyLinkEvent(bool up)
{
    NS_LOG_FUNCTION(this << GetLinkType() << up);
    m_linkEventTrace(up);
    if (!m_linkEvent.IsNull())
    {
        m_linkEvent(this, up);
    }
}

void
LinkAdapter::ReportAttached(AttachCallback done)
{
    done(true, "");
}

} // namespace ns3
