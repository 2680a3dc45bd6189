/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "none-handover-scheme.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("NoneHandoverScheme");

NS_OBJECT_ENSURE_REGISTERED(NoneHandoverScheme);

SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME("none", NoneHandoverScheme);

TypeId
NoneHandoverScheme::GetTypeId()
{
    static TypeId tid = TypeId("ns3::NoneHandoverScheme")
                            .SetParent<HandoverScheme>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<NoneHandoverScheme>();
    return tid;
}

NoneHandoverScheme::NoneHandoverScheme()
{
    NS_LOG_FUNCTION(this);
}

NoneHandoverScheme::~NoneHandoverScheme()
{
    NS_LOG_FUNCTION(this);
}

std::string
NoneHandoverScheme::GetName() const
{
    return "none";
}

void
NoneHandoverScheme::Proactive(const HandoverContext& context, DoneCallback done)
{
    NS_LOG_FUNCTION(this << context.handover);
    done(true, "");
}

void
NoneHandoverScheme::Reactive(const HandoverContext& context, DoneCallback done)
{
    NS_LOG_FUNCTION(this << context.handover);
    done(true, "");
}

} // namespace ns3
