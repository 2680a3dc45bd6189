/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-scheme.h"

#include "ns3/log.h"
#include "ns3/object-factory.h"

#include <map>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoverScheme");

NS_OBJECT_ENSURE_REGISTERED(HandoverScheme);

namespace
{
/// The registry: --scheme name to TypeId name.
std::map<std::string, std::string>&
Registry()
{
    static std::map<std::string, std::string> registry;
    return registry;
}
} // namespace

TypeId
HandoverScheme::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::HandoverScheme").SetParent<Object>().SetGroupName("SecureHandover");
    return tid;
}

HandoverScheme::HandoverScheme()
{
    NS_LOG_FUNCTION(this);
}

HandoverScheme::~HandoverScheme()
{
    NS_LOG_FUNCTION(this);
}

void
HandoverScheme::Install(Ptr<Node> mn)
{
    NS_LOG_FUNCTION(this << mn);
}

void
HandoverScheme::Abort(const HandoverContext& context)
{
    NS_LOG_FUNCTION(this << context.handover);
}

void
HandoverScheme::FillRecord(const HandoverContext& /* context */, HandoverRecord& /* record */)
{
}

bool
HandoverScheme::RegisterName(const std::string& name, const std::string& typeId)
{
    Registry()[name] = typeId;
    return true;
}

Ptr<HandoverScheme>
HandoverScheme::CreateByName(const std::string& name)
{
    auto it = Registry().find(name);
    if (it == Registry().end())
    {
        return nullptr;
    }
    ObjectFactory factory(it->second);
    return factory.Create<HandoverScheme>();
}

std::vector<std::string>
HandoverScheme::GetNames()
{
    std::vector<std::string> names;
    for (const auto& entry : Registry())
    {
        names.push_back(entry.first);
    }
    return names;
}

} // namespace ns3
