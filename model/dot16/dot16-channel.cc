/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-channel.h"

#include "dot16-net-device.h"

#include "ns3/double.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16Channel");

NS_OBJECT_ENSURE_REGISTERED(Dot16Channel);

TypeId
Dot16Channel::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Dot16Channel")
            .SetParent<Channel>()
            .SetGroupName("SecureHandover")
            .AddConstructor<Dot16Channel>()
            .AddAttribute("FrameDuration",
                          "The TDD frame duration (802.16e OFDMA: 5 ms).",
                          TimeValue(MilliSeconds(5)),
                          MakeTimeAccessor(&Dot16Channel::m_frameDuration),
                          MakeTimeChecker(MicroSeconds(100)))
            .AddAttribute("DownlinkRatio",
                          "The share of each frame given to the downlink subframe.",
                          DoubleValue(0.5),
                          MakeDoubleAccessor(&Dot16Channel::m_downlinkRatio),
                          MakeDoubleChecker<double>(0.1, 0.9))
            .AddAttribute("DataRate",
                          "The air rate that gives each frame its transmission time.",
                          DataRateValue(DataRate("20Mbps")),
                          MakeDataRateAccessor(&Dot16Channel::m_dataRate),
                          MakeDataRateChecker())
            .AddAttribute("PropagationDelay",
                          "The propagation delay between the base station and a mobile.",
                          TimeValue(MicroSeconds(3)),
                          MakeTimeAccessor(&Dot16Channel::m_propagationDelay),
                          MakeTimeChecker())
            .AddAttribute("RangingOpportunities",
                          "Contention (handover) ranging opportunities at the start of each "
                          "uplink subframe.",
                          UintegerValue(4),
                          MakeUintegerAccessor(&Dot16Channel::m_rangingOpportunities),
                          MakeUintegerChecker<uint32_t>(1, 64))
            .AddAttribute("RangingSlotDuration",
                          "The duration of one ranging opportunity.",
                          TimeValue(MicroSeconds(100)),
                          MakeTimeAccessor(&Dot16Channel::m_rangingSlot),
                          MakeTimeChecker(MicroSeconds(1)))
            .AddTraceSource("RangingCollision",
                            "A ranging PDU was lost because another used the same opportunity.",
                            MakeTraceSourceAccessor(&Dot16Channel::m_rangingCollisionTrace),
                            "ns3::Packet::TracedCallback");
    return tid;
}

Dot16Channel::Dot16Channel()
    : m_rangingOpportunities(4)
{
    NS_LOG_FUNCTION(this);
}

Dot16Channel::~Dot16Channel()
{
    NS_LOG_FUNCTION(this);
}

void
Dot16Channel::DoDispose()
{
    m_baseStation = nullptr;
    m_mobiles.clear();
    m_rangingUse.clear();
    Channel::DoDispose();
}

uint32_t
Dot16Channel::GetRangingOpportunities() const
{
    return m_rangingOpportunities;
}

Time
Dot16Channel::GetRangingSlotDuration() const
{
    return m_rangingSlot;
}

void
Dot16Channel::TransmitRanging(Ptr<Dot16NetDevice> sender, Ptr<const Packet> packet)
{
    NS_LOG_FUNCTION(this << sender << packet);
    if (!m_baseStation)
    {
        return;
    }
    int64_t slot = Simulator::Now().GetTimeStep();
    ++m_rangingUse[slot].first;
    Simulator::Schedule(m_rangingSlot + m_propagationDelay,
                        &Dot16Channel::DeliverRanging,
                        this,
                        slot,
                        packet->Copy());
}

void
Dot16Channel::DeliverRanging(int64_t slot, Ptr<Packet> packet)
{
    auto it = m_rangingUse.find(slot);
    NS_ASSERT(it != m_rangingUse.end());
    bool collided = it->second.first > 1;
    if (++it->second.second == it->second.first)
    {
        m_rangingUse.erase(it); // every PDU of this slot is handled
    }
    if (collided)
    {
        NS_LOG_LOGIC("ranging collision in slot " << slot);
        m_rangingCollisionTrace(packet);
        return;
    }
    Simulator::ScheduleWithContext(m_baseStation->GetNode()->GetId(),
                                   Time(0),
                                   &Dot16NetDevice::Receive,
                                   m_baseStation,
                                   packet);
}

void
Dot16Channel::Attach(Ptr<Dot16NetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    if (device->IsBaseStation())
    {
        NS_ABORT_MSG_IF(m_baseStation, "a Dot16Channel has exactly one base station");
        m_baseStation = device;
    }
    else
    {
        m_mobiles.push_back(device);
    }
}

std::size_t
Dot16Channel::GetNDevices() const
{
    return m_mobiles.size() + (m_baseStation ? 1 : 0);
}

Ptr<NetDevice>
Dot16Channel::GetDevice(std::size_t i) const
{
    if (m_baseStation)
    {
        if (i == 0)
        {
            return m_baseStation;
        }
        --i;
    }
    return i < m_mobiles.size() ? m_mobiles[i] : nullptr;
}

Time
Dot16Channel::GetFrameDuration() const
{
    return m_frameDuration;
}

DataRate
Dot16Channel::GetDataRate() const
{
    return m_dataRate;
}

Time
Dot16Channel::GetDelayToNextSubframe(bool downlink) const
{
    int64_t frame = m_frameDuration.GetTimeStep();
    int64_t now = Simulator::Now().GetTimeStep();
    int64_t offset = downlink ? 0 : static_cast<int64_t>(frame * m_downlinkRatio);
    int64_t inFrame = (now - offset) % frame;
    if (inFrame < 0)
    {
        inFrame += frame;
    }
    return inFrame == 0 ? Time(0) : TimeStep(frame - inFrame);
}

Time
Dot16Channel::GetSubframeEnd(bool downlink) const
{
    int64_t frame = m_frameDuration.GetTimeStep();
    int64_t now = Simulator::Now().GetTimeStep();
    int64_t frameStart = now - now % frame;
    int64_t split = frameStart + static_cast<int64_t>(frame * m_downlinkRatio);
    if (downlink)
    {
        return now < split ? TimeStep(split) : Simulator::Now();
    }
    return now >= split ? TimeStep(frameStart + frame) : Simulator::Now();
}

void
Dot16Channel::Transmit(Ptr<Dot16NetDevice> sender, Ptr<const Packet> packet, Time delay)
{
    NS_LOG_FUNCTION(this << sender << packet << delay);
    Time arrival = delay + m_propagationDelay;
    if (sender->IsBaseStation())
    {
        for (const auto& mobile : m_mobiles)
        {
            Simulator::ScheduleWithContext(mobile->GetNode()->GetId(),
                                           arrival,
                                           &Dot16NetDevice::Receive,
                                           mobile,
                                           packet->Copy());
        }
    }
    else if (m_baseStation)
    {
        Simulator::ScheduleWithContext(m_baseStation->GetNode()->GetId(),
                                       arrival,
                                       &Dot16NetDevice::Receive,
                                       m_baseStation,
                                       packet->Copy());
    }
}

} // namespace ns3
