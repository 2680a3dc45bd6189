/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_CHANNEL_H
#define SECURE_HANDOVER_DOT16_CHANNEL_H

#include "ns3/channel.h"
#include "ns3/data-rate.h"
#include "ns3/nstime.h"
#include "ns3/ptr.h"
#include "ns3/traced-callback.h"

#include <map>
#include <vector>

namespace ns3
{

class Dot16NetDevice;
class Packet;

/**
 * \ingroup secure-handover
 * \brief One 802.16e cell: a base station and its mobile stations on a TDD frame.
 *
 * This is the placeholder link of the handover backbone (the 802.16 issue completes it). The
 * channel owns the frame timing of the cell: frames of FrameDuration (5 ms by default) start at
 * multiples of FrameDuration from time zero; the first DownlinkRatio of each frame is the
 * downlink subframe, the rest the uplink subframe. A device may only transmit inside its
 * subframe, so a frame handed to a device waits for the next subframe of its direction.
 */
class Dot16Channel : public Channel
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Dot16Channel();
    ~Dot16Channel() override;

    /**
     * \brief Attach a device to the cell (at most one base station).
     * \param device the device
     */
    void Attach(Ptr<Dot16NetDevice> device);

    std::size_t GetNDevices() const override;
    Ptr<NetDevice> GetDevice(std::size_t i) const override;

    /**
     * \return the frame duration
     */
    Time GetFrameDuration() const;

    /**
     * \return the air-interface rate used for transmission times
     */
    DataRate GetDataRate() const;

    /**
     * \brief Time until the next start of the downlink (or uplink) subframe.
     * \param downlink true for the downlink subframe, false for the uplink subframe
     * \return the delay from now; zero if a subframe of that direction starts now
     */
    Time GetDelayToNextSubframe(bool downlink) const;

    /**
     * \brief The end of the subframe of the given direction that contains now.
     * \param downlink the direction
     * \return the absolute time at which that subframe ends, or now if now is outside it
     */
    Time GetSubframeEnd(bool downlink) const;

    /**
     * \brief Deliver a frame sent over the air at the given delay.
     * \param sender the transmitting device
     * \param packet the frame (with its Ethernet header)
     * \param delay the delay after which the frame is fully received
     */
    void Transmit(Ptr<Dot16NetDevice> sender, Ptr<const Packet> packet, Time delay);

    /**
     * \return the number of contention ranging opportunities at the start of each uplink
     *         subframe
     */
    uint32_t GetRangingOpportunities() const;

    /**
     * \return the duration of one ranging opportunity
     */
    Time GetRangingSlotDuration() const;

    /**
     * \brief Send a PDU in the contention ranging opportunity that starts now; if another
     *        mobile uses the same opportunity, both PDUs are lost (RangingCollision).
     * \param sender the mobile station
     * \param packet the PDU
     */
    void TransmitRanging(Ptr<Dot16NetDevice> sender, Ptr<const Packet> packet);

  protected:
    void DoDispose() override;

  private:
    Time m_frameDuration;            //!< TDD frame duration
    double m_downlinkRatio;          //!< share of the frame for the downlink
    DataRate m_dataRate;             //!< air rate
    Time m_propagationDelay;         //!< propagation delay
    uint32_t m_rangingOpportunities; //!< ranging slots per uplink subframe
    Time m_rangingSlot;              //!< duration of a ranging slot
    /// Per ranging slot (by start time step): PDUs sent in it, PDUs handled so far.
    std::map<int64_t, std::pair<uint32_t, uint32_t>> m_rangingUse;
    TracedCallback<Ptr<const Packet>> m_rangingCollisionTrace; //!< PDUs lost to collisions

    /**
     * \brief Deliver a ranging PDU unless its slot collided.
     * \param slot the slot start (time step)
     * \param packet the PDU
     */
    void DeliverRanging(int64_t slot, Ptr<Packet> packet);
    Ptr<Dot16NetDevice> m_baseStation;          //!< the base station
    std::vector<Ptr<Dot16NetDevice>> m_mobiles; //!< the mobile stations
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_CHANNEL_H */
