/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-loss-counter.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoverLossCounter");

HandoverLossCounter::HandoverLossCounter()
    : m_watching(false),
      m_gapKnown(false),
      m_lastOld(0),
      m_firstNew(0)
{
}

void
HandoverLossCounter::Begin(uint32_t lastOldSeq)
{
    NS_LOG_FUNCTION(this << lastOldSeq);
    m_watching = true;
    m_gapKnown = false;
    m_lastOld = lastOldSeq;
    m_firstNew = 0;
    m_arrived.clear();
}

void
HandoverLossCounter::SetFirstNew(uint32_t firstNewSeq)
{
    NS_LOG_FUNCTION(this << firstNewSeq);
    if (!m_watching)
    {
        return;
    }
    m_gapKnown = true;
    m_firstNew = firstNewSeq;
    // what arrived before, but is not inside the gap, says nothing about the loss
    m_arrived.erase(m_arrived.lower_bound(firstNewSeq), m_arrived.end());
}

bool
HandoverLossCounter::Observe(uint32_t sequence)
{
    if (!m_watching || sequence <= m_lastOld || (m_gapKnown && sequence >= m_firstNew))
    {
        return false;
    }
    const bool inserted = m_arrived.insert(sequence).second;
    if (inserted && m_gapKnown)
    {
        NS_LOG_LOGIC("late packet " << sequence << " of the gap (" << m_lastOld << ", "
                                    << m_firstNew << ") arrived");
    }
    return inserted && m_gapKnown;
}

void
HandoverLossCounter::Stop()
{
    NS_LOG_FUNCTION(this);
    m_watching = false; // the count stays as it is
}

bool
HandoverLossCounter::IsWatching() const
{
    return m_watching;
}

uint32_t
HandoverLossCounter::GetLost() const
{
    if (!m_gapKnown || m_firstNew <= m_lastOld + 1)
    {
        return 0;
    }
    return m_firstNew - m_lastOld - 1 - static_cast<uint32_t>(m_arrived.size());
}

} // namespace ns3
