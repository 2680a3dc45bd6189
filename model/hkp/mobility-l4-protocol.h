/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MOBILITY_L4_PROTOCOL_H
#define SECURE_HANDOVER_MOBILITY_L4_PROTOCOL_H

#include "ns3/callback.h"
#include "ns3/ip-l4-protocol.h"
#include "ns3/ipv6-address.h"
#include "ns3/traced-callback.h"

#include <vector>

namespace ns3
{

class NetDevice;
class Node;

/**
 * \ingroup secure-handover
 * \brief Carries IPv6 Mobility Headers (Next Header 135) for the agents of a node: the HKP
 *        MN and AR agents and the FMIPv6 agents.
 *
 * ns-3 has no Mobility Header protocol. Without one, IPv6 answers every MH with an ICMPv6
 * Parameter Problem (unknown Next Header). This protocol takes them instead and hands each to
 * every registered listener (each agent ignores the MH Types it does not handle); it sends
 * through the node's IPv6 layer, which routes and fills the IPv6 header.
 */
class MobilityL4Protocol : public IpL4Protocol
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    MobilityL4Protocol();
    ~MobilityL4Protocol() override;

    /// A listener: packet (the MH and what follows), IPv6 source, destination, interface.
    typedef Callback<void, Ptr<Packet>, Ipv6Address, Ipv6Address, uint32_t> ReceiveCallback;

    /**
     * \brief The node's protocol instance, created and inserted into its IPv6 layer if needed.
     * \param node a node with an IPv6 stack
     * \return the protocol
     */
    static Ptr<MobilityL4Protocol> Install(Ptr<Node> node);

    /**
     * \param listener called with every Mobility Header the node receives
     */
    void AddListener(ReceiveCallback listener);

    /**
     * \brief Send a Mobility Header (its checksum already computed for these addresses).
     * \param packet the MH
     * \param source the IPv6 source address
     * \param destination the IPv6 destination address
     */
    void Send(Ptr<Packet> packet, const Ipv6Address& source, const Ipv6Address& destination);

    /**
     * \brief Send a Mobility Header through a given interface and next hop, whatever the
     *        routing table says (an MN that just attached, before its routes follow).
     * \param packet the MH
     * \param source the IPv6 source
     * \param destination the IPv6 destination
     * \param device the interface
     * \param gateway the next hop
     */
    void SendVia(Ptr<Packet> packet,
                 const Ipv6Address& source,
                 const Ipv6Address& destination,
                 Ptr<NetDevice> device,
                 const Ipv6Address& gateway);

    /**
     * \param packet a received Mobility Header
     * \return its MH Type, or -1 if it is too short to have one (each agent checks the type
     *         before decoding: every agent of the node sees every MH)
     */
    static int PeekType(Ptr<const Packet> packet);

    /**
     * \param destination an IPv6 destination
     * \return the source address IPv6 routing picks for it (:: if there is no route)
     */
    Ipv6Address SourceFor(const Ipv6Address& destination) const;

    /**
     * TracedCallback signature for MHs sent and received.
     * \param [in] packet the MH
     * \param [in] source the IPv6 source
     * \param [in] destination the IPv6 destination
     */
    typedef void (*MhTracedCallback)(Ptr<const Packet> packet,
                                     Ipv6Address source,
                                     Ipv6Address destination);

    int GetProtocolNumber() const override;
    IpL4Protocol::RxStatus Receive(Ptr<Packet> p,
                                   const Ipv4Header& header,
                                   Ptr<Ipv4Interface> incomingInterface) override;
    IpL4Protocol::RxStatus Receive(Ptr<Packet> p,
                                   const Ipv6Header& header,
                                   Ptr<Ipv6Interface> incomingInterface) override;
    void SetDownTarget(IpL4Protocol::DownTargetCallback cb) override;
    void SetDownTarget6(IpL4Protocol::DownTargetCallback6 cb) override;
    IpL4Protocol::DownTargetCallback GetDownTarget() const override;
    IpL4Protocol::DownTargetCallback6 GetDownTarget6() const override;

  protected:
    void DoDispose() override;

  private:
    Ptr<Node> m_node;                          //!< the node
    std::vector<ReceiveCallback> m_listeners;  //!< the agents
    IpL4Protocol::DownTargetCallback m_down;   //!< IPv4 down target (unused)
    IpL4Protocol::DownTargetCallback6 m_down6; //!< IPv6 down target
    TracedCallback<Ptr<const Packet>, Ipv6Address, Ipv6Address> m_txTrace; //!< sent
    TracedCallback<Ptr<const Packet>, Ipv6Address, Ipv6Address> m_rxTrace; //!< received
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MOBILITY_L4_PROTOCOL_H */
