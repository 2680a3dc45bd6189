/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_NET_DEVICE_H
#define SECURE_HANDOVER_DOT16_NET_DEVICE_H

#include "ns3/event-id.h"
#include "ns3/mac48-address.h"
#include "ns3/net-device.h"
#include "ns3/nstime.h"
#include "ns3/traced-callback.h"

#include <deque>
#include <vector>

namespace ns3
{

class Dot16Channel;
class Dot16MacAgent;
class ErrorModel;
class Node;
class UniformRandomVariable;

/**
 * \ingroup secure-handover
 * \brief 802.16e device (base station or mobile station) on a Dot16Channel.
 *
 * A frame waits in the device queue until the next subframe of its direction (downlink for the
 * base station, uplink for a mobile); a subframe carries as many queued frames as fit at the
 * channel's DataRate, management PDUs first. A ReceiveErrorModel drops frames on receive.
 *
 * Two modes:
 * - with a Dot16MacAgent (SetMacAgent), the device runs the 802.16 MAC: every frame on the air
 *   is a MAC PDU (GMH first; pcap DLT_USER0 for tshark's WiMAX plugin), SDUs are Ethernet CS
 *   frames encapsulated by the agent (AES-CCM MPDUs once keys exist), and network entry is the
 *   agent's message exchange (ranging in a contention opportunity, authorisation, registration);
 * - without an agent (the backbone scenarios), frames are Ethernet frames (DLT_EN10MB) and
 *   network entry is timing only: synchronise on the next downlink subframe, range in the
 *   following uplink subframe, be admitted in the downlink subframe after that.
 */
class Dot16NetDevice : public NetDevice
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Dot16NetDevice();
    ~Dot16NetDevice() override;

    /**
     * \brief Attach the device to a cell.
     * \param channel the cell
     */
    void Attach(Ptr<Dot16Channel> channel);

    /**
     * \return true if this device is the base station of its cell
     */
    bool IsBaseStation() const;

    /**
     * \brief Start network entry (mobile station only); the link comes up when it completes.
     */
    void StartNetworkEntry();

    /**
     * \brief Leave the network (mobile station only): the link goes down, the queue is flushed.
     */
    void LeaveNetwork();

    /**
     * \brief Give the device an 802.16 MAC agent (before the simulation starts).
     * \param agent the agent
     */
    void SetMacAgent(Ptr<Dot16MacAgent> agent);

    /**
     * \return the MAC agent, or nullptr in the timing-only mode
     */
    Ptr<Dot16MacAgent> GetMacAgent() const;

    /**
     * \brief Queue a MAC management PDU for the next subframe of this device's direction;
     *        management PDUs go before data. The PDU joins the queue once the node's CPU has
     *        finished the cryptography charged so far (CryptoCostModel).
     * \param pdu the PDU (GMH first)
     */
    void EnqueueManagement(Ptr<Packet> pdu);

    /**
     * \brief Send a PDU in a contention ranging opportunity of the next uplink subframe (mobile
     *        station only): one of the channel's RangingOpportunities slots, drawn at random; two
     *        PDUs in the same slot collide and are both lost. The slot is drawn once the node's
     *        CPU has finished the cryptography charged so far.
     * \param pdu the PDU (an RNG-REQ)
     */
    void SendInRangingOpportunity(Ptr<Packet> pdu);

    /**
     * \brief The agent reports the end of network entry (or of its expedited part): link up.
     */
    void NotifyNetworkEntryComplete();

    /**
     * \return true between StartNetworkEntry and LeaveNetwork (mobile station)
     */
    bool IsInNetwork() const;

    /**
     * \return the channel as a Dot16Channel
     */
    Ptr<Dot16Channel> GetDot16Channel() const;

    /**
     * \brief Assign a fixed random stream to the ranging-slot choice.
     * \param stream the stream
     * \return the number of streams used (1)
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * \brief Receive a frame from the channel.
     * \param packet the frame with its Ethernet header
     */
    void Receive(Ptr<Packet> packet);

    /**
     * TracedCallback signature for network-entry progress of a mobile station.
     * \param [in] step the step name ("sync", "ranging", "registered", "left")
     */
    typedef void (*NetworkEntryTracedCallback)(const std::string& step);

    // NetDevice
    void SetIfIndex(const uint32_t index) override;
    uint32_t GetIfIndex() const override;
    Ptr<Channel> GetChannel() const override;
    void SetAddress(Address address) override;
    Address GetAddress() const override;
    bool SetMtu(const uint16_t mtu) override;
    uint16_t GetMtu() const override;
    bool IsLinkUp() const override;
    void AddLinkChangeCallback(Callback<void> callback) override;
    bool IsBroadcast() const override;
    Address GetBroadcast() const override;
    bool IsMulticast() const override;
    Address GetMulticast(Ipv4Address multicastGroup) const override;
    Address GetMulticast(Ipv6Address addr) const override;
    bool IsBridge() const override;
    bool IsPointToPoint() const override;
    bool Send(Ptr<Packet> packet, const Address& dest, uint16_t protocolNumber) override;
    bool SendFrom(Ptr<Packet> packet,
                  const Address& source,
                  const Address& dest,
                  uint16_t protocolNumber) override;
    Ptr<Node> GetNode() const override;
    void SetNode(Ptr<Node> node) override;
    bool NeedsArp() const override;
    void SetReceiveCallback(NetDevice::ReceiveCallback cb) override;
    void SetPromiscReceiveCallback(NetDevice::PromiscReceiveCallback cb) override;
    bool SupportsSendFrom() const override;

  protected:
    void DoDispose() override;

  private:
    /**
     * \brief Queue a management PDU now.
     * \param pdu the PDU
     */
    void DoEnqueueManagement(Ptr<Packet> pdu);
    /**
     * \brief Draw the ranging slot of a PDU now.
     * \param pdu the PDU
     */
    void DoSendInRangingOpportunity(Ptr<Packet> pdu);
    /**
     * \brief Queue encrypted data PDUs now.
     * \param pdu the PDU
     */
    void EnqueueData(Ptr<Packet> pdu);
    /**
     * \brief Hand a received frame (Ethernet header first) to the upper layer.
     * \param packet the frame
     */
    void DeliverUp(Ptr<Packet> packet);
    /// Transmit what fits of the queues in the subframe starting now.
    void StartSubframe();
    /**
     * \brief Transmit a PDU in its ranging slot.
     * \param pdu the PDU
     */
    void TransmitRanging(Ptr<Packet> pdu);
    /// Schedule StartSubframe for the next subframe of this device's direction.
    void ScheduleSubframe();
    /**
     * \brief Move the link state and notify the link-change callbacks.
     * \param up the new state
     */
    void SetLinkUp(bool up);
    /**
     * \brief Advance network entry by one step.
     * \param step the step reached
     */
    void NetworkEntryStep(uint32_t step);

    Ptr<Node> m_node;                                    //!< owner
    Ptr<Dot16Channel> m_channel;                         //!< cell
    Mac48Address m_address;                              //!< MAC address
    uint32_t m_ifIndex;                                  //!< interface index
    uint16_t m_mtu;                                      //!< MTU
    bool m_baseStation;                                  //!< role
    bool m_linkUp;                                       //!< link state
    uint32_t m_maxQueue;                                 //!< queue limit in frames
    std::deque<Ptr<Packet>> m_queue;                     //!< frames waiting for a subframe
    EventId m_subframeEvent;                             //!< next transmission opportunity
    EventId m_entryEvent;                                //!< next network-entry step
    EventId m_rangingEvent;                              //!< pending ranging opportunity
    std::deque<Ptr<Packet>> m_mgmtQueue;                 //!< management PDUs (sent first)
    std::vector<EventId> m_cpuTxEvents;                  //!< PDUs waiting for the CPU to send
    std::vector<EventId> m_cpuRxEvents;                  //!< SDUs waiting for the CPU to go up
    Ptr<Dot16MacAgent> m_agent;                          //!< 802.16 MAC agent, if any
    Ptr<ErrorModel> m_receiveErrorModel;                 //!< air loss on receive
    Ptr<UniformRandomVariable> m_slotRng;                //!< ranging slot choice
    bool m_inNetwork;                                    //!< network entry started
    TracedCallback<Ptr<const Packet>> m_phyRxDropTrace;  //!< frames lost on the air
    TracedCallback<> m_linkChanges;                      //!< link-change callbacks
    NetDevice::ReceiveCallback m_rxCallback;             //!< upper-layer receive
    NetDevice::PromiscReceiveCallback m_promiscCallback; //!< promiscuous receive
    TracedCallback<Ptr<const Packet>> m_macTxTrace;      //!< SDU accepted for transmission
    TracedCallback<Ptr<const Packet>> m_macTxDropTrace;  //!< SDU dropped before transmission
    TracedCallback<Ptr<const Packet>> m_macRxTrace;      //!< SDU delivered up
    TracedCallback<Ptr<const Packet>> m_snifferTrace;    //!< frames on the air (pcap)
    TracedCallback<const std::string&> m_entryTrace;     //!< network-entry progress
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_NET_DEVICE_H */
