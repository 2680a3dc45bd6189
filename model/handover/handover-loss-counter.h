/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_LOSS_COUNTER_H
#define SECURE_HANDOVER_HANDOVER_LOSS_COUNTER_H

#include <cstdint>
#include <set>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Counts the data packets a handover lost: the sequence numbers between the last packet
 *        on the old link and the first packet on the new one that never arrived.
 *
 * A packet of that gap may arrive before the first new one, or after it (a tunnelled packet
 * overtaken by newer ones on a shorter path): both count as delivered, each sequence number
 * once. The owner decides how long to keep watching (Stop).
 */
class HandoverLossCounter
{
  public:
    HandoverLossCounter();

    /**
     * \brief Start watching a handover: every later packet numbered above lastOldSeq is noted.
     * \param lastOldSeq the sequence number of the last packet on the old link
     */
    void Begin(uint32_t lastOldSeq);

    /**
     * \brief The first packet on the new link arrived: the gap is known from now on.
     * \param firstNewSeq its sequence number
     */
    void SetFirstNew(uint32_t firstNewSeq);

    /**
     * \brief A data packet arrived.
     * \param sequence its sequence number
     * \return true if the gap is known and this packet fills one of its holes for the first
     *         time (the loss count went down)
     */
    bool Observe(uint32_t sequence);

    /// \brief Stop watching: later packets change nothing; GetLost keeps its value.
    void Stop();

    /**
     * \return whether packets are being noted
     */
    bool IsWatching() const;

    /**
     * \return the sequence numbers of the gap that have not arrived (0 while the gap is unknown)
     */
    uint32_t GetLost() const;

  private:
    bool m_watching;              //!< noting packets
    bool m_gapKnown;              //!< SetFirstNew was called
    uint32_t m_lastOld;           //!< last sequence number on the old link
    uint32_t m_firstNew;          //!< first sequence number on the new link
    std::set<uint32_t> m_arrived; //!< distinct sequence numbers noted inside the gap
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_LOSS_COUNTER_H */
