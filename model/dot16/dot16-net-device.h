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

namespace ns3
{

class Dot16Channel;
class Node;

/**
 * \ingroup secure-handover
 * \brief Placeholder 802.16e device (base station or mobile station) on a Dot16Channel.
 *
 * Frames use the Ethernet convergence sublayer: each SDU carries an Ethernet II header, so pcaps
 * use DLT_EN10MB. A frame waits in the device queue until the next subframe of its direction
 * (downlink for the base station, uplink for a mobile); a subframe carries as many queued frames
 * as fit at the channel's DataRate. A mobile station is only linked up after network entry:
 * it synchronises on the next downlink subframe, ranges in the following uplink subframe and is
 * admitted in the downlink subframe after that. The 802.16 issue replaces this timing with real
 * MAC management messages.
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
    /// Transmit what fits of the queue in the subframe starting now.
    void StartSubframe();
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
