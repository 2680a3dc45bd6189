/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-net-device.h"

#include "dot16-channel.h"
#include "dot16-mac-agent.h"

#include "ns3/boolean.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/error-model.h"
#include "ns3/ethernet-header.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/pointer.h"
#include "ns3/random-variable-stream.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16NetDevice");

NS_OBJECT_ENSURE_REGISTERED(Dot16NetDevice);

namespace
{
/// The network-entry steps of the placeholder.
enum EntryStep : uint32_t
{
    ENTRY_SYNC = 0,    //!< wait for a downlink subframe (preamble, DL-MAP)
    ENTRY_RANGING = 1, //!< ranging code in the next uplink subframe
    ENTRY_ADMITTED = 2 //!< ranging response in the next downlink subframe
};
} // namespace

TypeId
Dot16NetDevice::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Dot16NetDevice")
            .SetParent<NetDevice>()
            .SetGroupName("SecureHandover")
            .AddConstructor<Dot16NetDevice>()
            .AddAttribute("Mtu",
                          "The MAC-level maximum transmission unit.",
                          UintegerValue(1500),
                          MakeUintegerAccessor(&Dot16NetDevice::SetMtu, &Dot16NetDevice::GetMtu),
                          MakeUintegerChecker<uint16_t>())
            .AddAttribute("BaseStation",
                          "True for the base station of a cell, false for a mobile station.",
                          BooleanValue(false),
                          MakeBooleanAccessor(&Dot16NetDevice::m_baseStation),
                          MakeBooleanChecker())
            .AddAttribute("MaxQueueFrames",
                          "Frames the device queues while it waits for its subframe.",
                          UintegerValue(200),
                          MakeUintegerAccessor(&Dot16NetDevice::m_maxQueue),
                          MakeUintegerChecker<uint32_t>(1))
            .AddAttribute("ReceiveErrorModel",
                          "Loss on the air: frames this model corrupts are dropped on receive.",
                          PointerValue(),
                          MakePointerAccessor(&Dot16NetDevice::m_receiveErrorModel),
                          MakePointerChecker<ErrorModel>())
            .AddTraceSource("PhyRxDrop",
                            "A frame was lost on the air (ReceiveErrorModel).",
                            MakeTraceSourceAccessor(&Dot16NetDevice::m_phyRxDropTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("MacTx",
                            "A packet was accepted for transmission.",
                            MakeTraceSourceAccessor(&Dot16NetDevice::m_macTxTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("MacTxDrop",
                            "A packet was dropped before transmission (no link, queue full).",
                            MakeTraceSourceAccessor(&Dot16NetDevice::m_macTxDropTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("MacRx",
                            "A packet was received and passed up.",
                            MakeTraceSourceAccessor(&Dot16NetDevice::m_macRxTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("Sniffer",
                            "A frame (with its Ethernet header) was sent or received on the air.",
                            MakeTraceSourceAccessor(&Dot16NetDevice::m_snifferTrace),
                            "ns3::Packet::TracedCallback")
            .AddTraceSource("NetworkEntry",
                            "A mobile station progressed through network entry.",
                            MakeTraceSourceAccessor(&Dot16NetDevice::m_entryTrace),
                            "ns3::Dot16NetDevice::NetworkEntryTracedCallback");
    return tid;
}

Dot16NetDevice::Dot16NetDevice()
    : m_ifIndex(0),
      m_mtu(1500),
      m_baseStation(false),
      m_linkUp(false),
      m_maxQueue(200),
      m_inNetwork(false)
{
    NS_LOG_FUNCTION(this);
    m_slotRng = CreateObject<UniformRandomVariable>();
}

Dot16NetDevice::~Dot16NetDevice()
{
    NS_LOG_FUNCTION(this);
}

void
Dot16NetDevice::DoDispose()
{
    m_subframeEvent.Cancel();
    m_entryEvent.Cancel();
    m_rangingEvent.Cancel();
    CryptoCostModel::CancelPending(m_cpuTxEvents);
    CryptoCostModel::CancelPending(m_cpuRxEvents);
    m_queue.clear();
    m_mgmtQueue.clear();
    m_agent = nullptr;
    m_receiveErrorModel = nullptr;
    m_slotRng = nullptr;
    m_node = nullptr;
    m_channel = nullptr;
    m_rxCallback = NetDevice::ReceiveCallback();
    m_promiscCallback = NetDevice::PromiscReceiveCallback();
    NetDevice::DoDispose();
}

void
Dot16NetDevice::Attach(Ptr<Dot16Channel> channel)
{
    NS_LOG_FUNCTION(this << channel);
    m_channel = channel;
    channel->Attach(this);
    if (m_baseStation)
    {
        SetLinkUp(true);
    }
}

bool
Dot16NetDevice::IsBaseStation() const
{
    return m_baseStation;
}

void
Dot16NetDevice::StartNetworkEntry()
{
    NS_LOG_FUNCTION(this);
    NS_ABORT_MSG_IF(m_baseStation, "network entry is a mobile-station procedure");
    NS_ABORT_MSG_UNLESS(m_channel, "attach the device to a Dot16Channel first");
    if (m_linkUp || !m_entryEvent.IsExpired() || (m_agent && m_inNetwork))
    {
        return;
    }
    m_inNetwork = true;
    if (m_agent)
    {
        m_agent->StartNetworkEntry(this);
        return;
    }
    m_entryEvent = Simulator::Schedule(m_channel->GetDelayToNextSubframe(true),
                                       &Dot16NetDevice::NetworkEntryStep,
                                       this,
                                       ENTRY_SYNC);
}

void
Dot16NetDevice::NetworkEntryStep(uint32_t step)
{
    NS_LOG_FUNCTION(this << step);
    switch (step)
    {
    case ENTRY_SYNC:
        m_entryTrace("sync");
        m_entryEvent = Simulator::Schedule(m_channel->GetDelayToNextSubframe(false),
                                           &Dot16NetDevice::NetworkEntryStep,
                                           this,
                                           ENTRY_RANGING);
        break;
    case ENTRY_RANGING:
        m_entryTrace("ranging");
        m_entryEvent = Simulator::Schedule(m_channel->GetDelayToNextSubframe(true),
                                           &Dot16NetDevice::NetworkEntryStep,
                                           this,
                                           ENTRY_ADMITTED);
        break;
    default:
        m_entryTrace("registered");
        SetLinkUp(true);
        break;
    }
}

void
Dot16NetDevice::LeaveNetwork()
{
    NS_LOG_FUNCTION(this);
    m_entryEvent.Cancel();
    m_subframeEvent.Cancel();
    m_rangingEvent.Cancel();
    CryptoCostModel::CancelPending(m_cpuTxEvents);
    for (const auto& p : m_queue)
    {
        m_macTxDropTrace(p);
    }
    m_queue.clear();
    m_mgmtQueue.clear();
    bool wasIn = m_inNetwork;
    m_inNetwork = false;
    if (m_agent && wasIn)
    {
        m_agent->LeaveNetwork(this);
    }
    if (m_linkUp)
    {
        m_entryTrace("left");
        SetLinkUp(false);
    }
}

void
Dot16NetDevice::SetLinkUp(bool up)
{
    if (m_linkUp != up)
    {
        m_linkUp = up;
        m_linkChanges();
    }
}

void
Dot16NetDevice::SetMacAgent(Ptr<Dot16MacAgent> agent)
{
    NS_LOG_FUNCTION(this << agent);
    m_agent = agent;
}

Ptr<Dot16MacAgent>
Dot16NetDevice::GetMacAgent() const
{
    return m_agent;
}

void
Dot16NetDevice::EnqueueManagement(Ptr<Packet> pdu)
{
    NS_LOG_FUNCTION(this << pdu);
    CryptoCostModel::RunWhenIdle(m_node,
                                 m_cpuTxEvents,
                                 &Dot16NetDevice::DoEnqueueManagement,
                                 this,
                                 pdu);
}

void
Dot16NetDevice::DoEnqueueManagement(Ptr<Packet> pdu)
{
    if (!m_channel)
    {
        return;
    }
    m_mgmtQueue.push_back(pdu);
    ScheduleSubframe();
}

void
Dot16NetDevice::SendInRangingOpportunity(Ptr<Packet> pdu)
{
    NS_LOG_FUNCTION(this << pdu);
    CryptoCostModel::RunWhenIdle(m_node,
                                 m_cpuTxEvents,
                                 &Dot16NetDevice::DoSendInRangingOpportunity,
                                 this,
                                 pdu);
}

void
Dot16NetDevice::DoSendInRangingOpportunity(Ptr<Packet> pdu)
{
    NS_ABORT_MSG_IF(m_baseStation, "ranging opportunities are for mobile stations");
    uint32_t slots = m_channel->GetRangingOpportunities();
    uint32_t slot = m_slotRng->GetInteger(0, slots - 1);
    Time at = m_channel->GetDelayToNextSubframe(false);
    if (at.IsZero())
    {
        at = m_channel->GetFrameDuration(); // the opportunity at this very instant is taken
    }
    at += m_channel->GetRangingSlotDuration() * slot;
    m_rangingEvent.Cancel();
    m_rangingEvent = Simulator::Schedule(at, &Dot16NetDevice::TransmitRanging, this, pdu);
}

void
Dot16NetDevice::TransmitRanging(Ptr<Packet> pdu)
{
    NS_LOG_FUNCTION(this << pdu);
    m_snifferTrace(pdu);
    m_channel->TransmitRanging(this, pdu);
}

void
Dot16NetDevice::NotifyNetworkEntryComplete()
{
    NS_LOG_FUNCTION(this);
    if (!m_linkUp)
    {
        m_entryTrace("registered");
        SetLinkUp(true);
    }
}

bool
Dot16NetDevice::IsInNetwork() const
{
    return m_inNetwork;
}

Ptr<Dot16Channel>
Dot16NetDevice::GetDot16Channel() const
{
    return m_channel;
}

int64_t
Dot16NetDevice::AssignStreams(int64_t stream)
{
    m_slotRng->SetStream(stream);
    return 1;
}

void
Dot16NetDevice::ScheduleSubframe()
{
    if (m_subframeEvent.IsExpired() && (!m_queue.empty() || !m_mgmtQueue.empty()))
    {
        m_subframeEvent = Simulator::Schedule(m_channel->GetDelayToNextSubframe(m_baseStation),
                                              &Dot16NetDevice::StartSubframe,
                                              this);
    }
}

void
Dot16NetDevice::StartSubframe()
{
    NS_LOG_FUNCTION(this << m_queue.size());
    Time end = m_channel->GetSubframeEnd(m_baseStation);
    Time offset(0);
    for (std::deque<Ptr<Packet>>* queue : {&m_mgmtQueue, &m_queue})
    {
        while (!queue->empty())
        {
            Ptr<Packet> frame = queue->front();
            Time txTime = m_channel->GetDataRate().CalculateBytesTxTime(frame->GetSize());
            if (offset > Time(0) && Simulator::Now() + offset + txTime > end)
            {
                break; // the rest waits for the next frame
            }
            queue->pop_front();
            offset += txTime;
            m_snifferTrace(frame);
            m_channel->Transmit(this, frame, offset);
        }
    }
    if (!m_queue.empty() || !m_mgmtQueue.empty())
    {
        // StartSubframe runs at the start of a subframe: the next one is a frame later.
        m_subframeEvent = Simulator::Schedule(m_channel->GetFrameDuration(),
                                              &Dot16NetDevice::StartSubframe,
                                              this);
    }
}

void
Dot16NetDevice::Receive(Ptr<Packet> packet)
{
    NS_LOG_FUNCTION(this << packet);
    bool listening = m_agent ? (m_baseStation || m_inNetwork) : m_linkUp;
    if (!listening)
    {
        return;
    }
    if (m_receiveErrorModel && m_receiveErrorModel->IsCorrupt(packet))
    {
        NS_LOG_LOGIC("frame lost on the air");
        m_phyRxDropTrace(packet);
        return;
    }
    m_snifferTrace(packet);
    if (m_agent)
    {
        packet = m_agent->ReceivePdu(this, packet);
        if (!packet)
        {
            return;
        }
        CryptoCostModel::RunWhenIdle(m_node,
                                     m_cpuRxEvents,
                                     &Dot16NetDevice::DeliverUp,
                                     this,
                                     packet);
        return;
    }
    DeliverUp(packet);
}

void
Dot16NetDevice::DeliverUp(Ptr<Packet> packet)
{
    EthernetHeader header(false);
    packet->RemoveHeader(header);
    Mac48Address dest = header.GetDestination();
    PacketType type;
    if (dest.IsBroadcast())
    {
        type = NetDevice::PACKET_BROADCAST;
    }
    else if (dest.IsGroup())
    {
        type = NetDevice::PACKET_MULTICAST;
    }
    else if (dest == m_address)
    {
        type = NetDevice::PACKET_HOST;
    }
    else
    {
        type = NetDevice::PACKET_OTHERHOST;
    }
    if (!m_promiscCallback.IsNull())
    {
        m_promiscCallback(this,
                          packet->Copy(),
                          header.GetLengthType(),
                          header.GetSource(),
                          dest,
                          type);
    }
    if (type != NetDevice::PACKET_OTHERHOST && !m_rxCallback.IsNull())
    {
        m_macRxTrace(packet);
        m_rxCallback(this, packet, header.GetLengthType(), header.GetSource());
    }
}

void
Dot16NetDevice::SetIfIndex(const uint32_t index)
{
    m_ifIndex = index;
}

uint32_t
Dot16NetDevice::GetIfIndex() const
{
    return m_ifIndex;
}

Ptr<Channel>
Dot16NetDevice::GetChannel() const
{
    return m_channel;
}

void
Dot16NetDevice::SetAddress(Address address)
{
    m_address = Mac48Address::ConvertFrom(address);
}

Address
Dot16NetDevice::GetAddress() const
{
    return m_address;
}

bool
Dot16NetDevice::SetMtu(const uint16_t mtu)
{
    m_mtu = mtu;
    return true;
}

uint16_t
Dot16NetDevice::GetMtu() const
{
    return m_mtu;
}

bool
Dot16NetDevice::IsLinkUp() const
{
    return m_linkUp;
}

void
Dot16NetDevice::AddLinkChangeCallback(Callback<void> callback)
{
    m_linkChanges.ConnectWithoutContext(callback);
}

bool
Dot16NetDevice::IsBroadcast() const
{
    return true;
}

Address
Dot16NetDevice::GetBroadcast() const
{
    return Mac48Address::GetBroadcast();
}

bool
Dot16NetDevice::IsMulticast() const
{
    return true;
}

Address
Dot16NetDevice::GetMulticast(Ipv4Address multicastGroup) const
{
    return Mac48Address::GetMulticast(multicastGroup);
}

Address
Dot16NetDevice::GetMulticast(Ipv6Address addr) const
{
    return Mac48Address::GetMulticast(addr);
}

bool
Dot16NetDevice::IsBridge() const
{
    return false;
}

bool
Dot16NetDevice::IsPointToPoint() const
{
    return false;
}

bool
Dot16NetDevice::Send(Ptr<Packet> packet, const Address& dest, uint16_t protocolNumber)
{
    return SendFrom(packet, m_address, dest, protocolNumber);
}

bool
Dot16NetDevice::SendFrom(Ptr<Packet> packet,
                         const Address& source,
                         const Address& dest,
                         uint16_t protocolNumber)
{
    NS_LOG_FUNCTION(this << packet << dest << protocolNumber);
    if (!m_linkUp || !m_channel || m_queue.size() >= m_maxQueue)
    {
        m_macTxDropTrace(packet);
        return false;
    }
    m_macTxTrace(packet);
    EthernetHeader header(false);
    header.SetSource(Mac48Address::ConvertFrom(source));
    header.SetDestination(Mac48Address::ConvertFrom(dest));
    header.SetLengthType(protocolNumber);
    packet->AddHeader(header);
    if (m_agent)
    {
        std::vector<Ptr<Packet>> pdus =
            m_agent->EncapsulateData(this, packet, Mac48Address::ConvertFrom(dest));
        if (pdus.empty())
        {
            m_macTxDropTrace(packet);
            return false;
        }
        for (const Ptr<Packet>& pdu : pdus)
        {
            CryptoCostModel::RunWhenIdle(m_node,
                                         m_cpuTxEvents,
                                         &Dot16NetDevice::EnqueueData,
                                         this,
                                         pdu);
        }
        return true;
    }
    m_queue.push_back(packet);
    ScheduleSubframe();
    return true;
}

void
Dot16NetDevice::EnqueueData(Ptr<Packet> pdu)
{
    m_queue.push_back(pdu);
    ScheduleSubframe();
}

Ptr<Node>
Dot16NetDevice::GetNode() const
{
    return m_node;
}

void
Dot16NetDevice::SetNode(Ptr<Node> node)
{
    m_node = node;
}

bool
Dot16NetDevice::NeedsArp() const
{
    return true;
}

void
Dot16NetDevice::SetReceiveCallback(NetDevice::ReceiveCallback cb)
{
    m_rxCallback = cb;
}

void
Dot16NetDevice::SetPromiscReceiveCallback(NetDevice::PromiscReceiveCallback cb)
{
    m_promiscCallback = cb;
}

bool
Dot16NetDevice::SupportsSendFrom() const
{
    return true;
}

} // namespace ns3
