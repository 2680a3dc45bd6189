/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-tek-handover-scheme.h"

#include "ns3/dot16-bs-agent.h"
#include "ns3/dot16-ms-agent.h"
#include "ns3/dot16-net-device.h"
#include "ns3/log.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16TekHandoverScheme");

NS_OBJECT_ENSURE_REGISTERED(Dot16TekHandoverScheme);
NS_OBJECT_ENSURE_REGISTERED(Dot16CounterTekScheme);
NS_OBJECT_ENSURE_REGISTERED(Dot16LegacyTekScheme);
NS_OBJECT_ENSURE_REGISTERED(Dot16ReuseTekScheme);

SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME("dot16-counter-tek", Dot16CounterTekScheme);
SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME("dot16-legacy-tek", Dot16LegacyTekScheme);
SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME("dot16-reuse-tek", Dot16ReuseTekScheme);

TypeId
Dot16TekHandoverScheme::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16TekHandoverScheme")
                            .SetParent<HandoverScheme>()
                            .SetGroupName("SecureHandover");
    return tid;
}

Dot16TekHandoverScheme::Dot16TekHandoverScheme(Dot16TekMode mode)
    : m_mode(mode)
{
    NS_LOG_FUNCTION(this);
}

Dot16TekHandoverScheme::~Dot16TekHandoverScheme()
{
    NS_LOG_FUNCTION(this);
}

void
Dot16TekHandoverScheme::DoDispose()
{
    m_ms = nullptr;
    m_bss.clear();
    HandoverScheme::DoDispose();
}

Dot16TekMode
Dot16TekHandoverScheme::GetTekMode() const
{
    return m_mode;
}

void
Dot16TekHandoverScheme::SetAgents(Ptr<Dot16MsAgent> ms, const std::vector<Ptr<Dot16BsAgent>>& bss)
{
    m_ms = ms;
    m_bss = bss;
}

std::string
Dot16TekHandoverScheme::GetName() const
{
    return "dot16-" + Dot16TekModeName(m_mode) + "-tek";
}

bool
Dot16TekHandoverScheme::IsDot16Handover(const HandoverContext& context)
{
    return context.fromLink == "wimax" && context.toLink == "wimax" && context.fromDevice &&
           context.toDevice;
}

void
Dot16TekHandoverScheme::Proactive(const HandoverContext& context, DoneCallback done)
{
    NS_LOG_FUNCTION(this << context.handover);
    if (!m_ms || !IsDot16Handover(context))
    {
        done(true, "");
        return;
    }
    m_ms->PrepareHandover(DynamicCast<Dot16NetDevice>(context.toDevice), done);
}

void
Dot16TekHandoverScheme::Reactive(const HandoverContext& context, DoneCallback done)
{
    NS_LOG_FUNCTION(this << context.handover);
    // The TEKs are in place when the link is up (legacy: delivered before; counter and reuse:
    // computed or kept). Nothing to do after layer 2.
    done(true, "");
}

void
Dot16TekHandoverScheme::Abort(const HandoverContext& /* context */)
{
    if (m_ms)
    {
        m_ms->AbortHandover();
    }
}

void
Dot16TekHandoverScheme::FillRecord(const HandoverContext& context, HandoverRecord& record)
{
    if (!m_ms || !IsDot16Handover(context))
    {
        return;
    }
    const Dot16MsHandoverStats& ms = m_ms->GetHandoverStats();
    HandoverSecurityRecord& sec = record.security;
    sec.tekSource = ms.tekSource;
    sec.exposed = ms.tekSource == "reused"; // the serving BS knows the target's TEKs
    sec.droppedPdus = ms.droppedPdus;
    sec.replaysDetected = ms.replaysDetected;
    bool hasFirst = ms.hasFirstTargetData;
    Time first = ms.firstTargetData;
    for (const auto& bs : m_bss)
    {
        if (bs->GetBsid() != ms.targetBsid)
        {
            continue;
        }
        auto stats = bs->GetStats(m_ms->GetMsMac());
        if (!stats)
        {
            continue;
        }
        sec.resyncAttempts = stats->resyncAttempts;
        sec.resyncMs = stats->resyncMs;
        sec.droppedPdus += stats->droppedPdus;
        sec.replaysDetected += stats->replaysDetected;
        if (stats->hasFirstData && (!hasFirst || stats->firstData < first))
        {
            first = stats->firstData;
            hasFirst = true;
        }
    }
    if (hasFirst && ms.hasLastServingData && record.IsOk())
    {
        sec.interruptionMs = (first - ms.lastServingData).GetSeconds() * 1000;
    }
}

TypeId
Dot16CounterTekScheme::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16CounterTekScheme")
                            .SetParent<Dot16TekHandoverScheme>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16CounterTekScheme>();
    return tid;
}

Dot16CounterTekScheme::Dot16CounterTekScheme()
    : Dot16TekHandoverScheme(Dot16TekMode::COUNTER)
{
}

TypeId
Dot16LegacyTekScheme::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16LegacyTekScheme")
                            .SetParent<Dot16TekHandoverScheme>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16LegacyTekScheme>();
    return tid;
}

Dot16LegacyTekScheme::Dot16LegacyTekScheme()
    : Dot16TekHandoverScheme(Dot16TekMode::LEGACY)
{
}

TypeId
Dot16ReuseTekScheme::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16ReuseTekScheme")
                            .SetParent<Dot16TekHandoverScheme>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16ReuseTekScheme>();
    return tid;
}

Dot16ReuseTekScheme::Dot16ReuseTekScheme()
    : Dot16TekHandoverScheme(Dot16TekMode::REUSE)
{
}

} // namespace ns3
