/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-record.h"

#include "ns3/abort.h"

namespace ns3
{

std::string
HandoverPhaseName(HandoverPhase phase)
{
    switch (phase)
    {
    case HandoverPhase::DETECTION:
        return "detection";
    case HandoverPhase::SELECTION:
        return "selection";
    case HandoverPhase::PROACTIVE_SECURITY:
        return "proactive_security";
    case HandoverPhase::L2_ATTACH:
        return "l2_attach";
    case HandoverPhase::REACTIVE_SECURITY:
        return "reactive_security";
    case HandoverPhase::L3_CONFIG:
        return "l3_config";
    case HandoverPhase::BINDING:
        return "binding";
    case HandoverPhase::FIRST_DATA:
        return "first_data";
    }
    NS_FATAL_ERROR("unknown handover phase " << static_cast<int>(phase));
    return "";
}

HandoverPhase
HandoverPhaseFromIndex(std::size_t index)
{
    NS_ABORT_MSG_UNLESS(index < HANDOVER_PHASE_COUNT, "no handover phase " << index);
    return static_cast<HandoverPhase>(index);
}

bool
HandoverRecord::IsOk() const
{
    return result == "ok";
}

double
HandoverRecord::GetLatencyMs() const
{
    if (!IsOk() || !hasFirstNewData)
    {
        return -1.0;
    }
    Time from = hasLastOldData ? lastOldData : start;
    return (firstNewData - from).GetSeconds() * 1000.0;
}

double
HandoverRecord::GetPhaseMs(HandoverPhase phase) const
{
    auto i = static_cast<std::size_t>(phase);
    if (!phaseRan[i])
    {
        return -1.0;
    }
    return (phaseEnd[i] - phaseStart[i]).GetSeconds() * 1000.0;
}

} // namespace ns3
