/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_FMIP6_TUNNEL_H
#define SECURE_HANDOVER_FMIP6_TUNNEL_H

#include "ns3/event-id.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv4-routing-table-entry.h"
#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"

#include <deque>
#include <map>
#include <vector>

namespace ns3
{

class Node;
class Packet;
class Socket;
class VirtualNetDevice;

/**
 * \ingroup secure-handover
 * \brief The data plane of an FMIPv6 access router (RFC 5568 5.1, 5.2): as PAR it tunnels the
 *        IPv4 packets for an MN that is leaving to the NAR; as NAR it buffers them until the MN
 *        announces itself (UNA), then delivers them on its access link.
 *
 * Each end has a VirtualNetDevice with an IPv4 interface. At the PAR a host route sends the
 * MN's home address into that device, whose send callback carries each packet, IPv4 header
 * included, in a UDP datagram over IPv6 to the NAR (IPv4-in-UDP/IPv6: the tunnel's content and
 * timing are real; its encapsulation is this module's choice). The NAR hands them to its own
 * device's Receive, so its IPv4 stack forwards them to the MN. The host route that the PAR
 * replaced is restored when the tunnel's lifetime ends or the MN comes back.
 */
class Fmip6Tunnel : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Fmip6Tunnel();
    ~Fmip6Tunnel() override;

    /**
     * TracedCallback signature for a packet tunnelled or delivered.
     * \param [in] home the MN's home address
     */
    typedef void (*PacketTracedCallback)(Ipv4Address home);

    /**
     * \brief Create the device and the UDP socket on the access router.
     * \param node the access router
     */
    void Setup(Ptr<Node> node);

    /**
     * \brief PAR: send the MN's packets to the NAR for Lifetime.
     * \param home the MN's home address
     * \param nar the NAR's address
     */
    void StartForwarding(const Ipv4Address& home, const Ipv6Address& nar);

    /**
     * \brief PAR: stop tunnelling and restore the MN's host route.
     * \param home the MN's home address
     */
    void StopForwarding(Ipv4Address home);

    /**
     * \brief NAR: an MN is coming (HI): buffer its tunnelled packets.
     * \param home its home address
     */
    void ExpectMobileNode(const Ipv4Address& home);

    /**
     * \brief The MN announced itself on this AR's link (UNA): deliver what was buffered, and
     *        stop tunnelling its packets away if this AR was tunnelling them.
     * \param home its home address
     */
    void MobileNodeArrived(const Ipv4Address& home);

    /**
     * \param home an MN
     * \return packets tunnelled to a NAR for it so far (PAR role)
     */
    uint32_t GetTunnelledPackets(const Ipv4Address& home) const;

    /**
     * \param home an MN
     * \return true while this AR tunnels the MN's packets away
     */
    bool IsForwarding(const Ipv4Address& home) const;

  protected:
    void DoDispose() override;

  private:
    /// PAR state of one MN.
    struct Forwarding
    {
        Ipv6Address nar;                          //!< tunnel end
        std::vector<Ipv4RoutingTableEntry> saved; //!< the host routes replaced
        EventId expiry;                           //!< end of the lifetime
    };

    /**
     * \brief The device's send callback: a packet routed into the tunnel.
     * \param packet the IPv4 packet, header included
     * \param source unused
     * \param destination unused
     * \param protocol the EtherType (IPv4)
     * \return true if it was tunnelled
     */
    bool DeviceSend(Ptr<Packet> packet,
                    const Address& source,
                    const Address& destination,
                    uint16_t protocol);
    /**
     * \param socket the tunnel socket
     */
    void HandleRead(Ptr<Socket> socket);
    /**
     * \param packet an IPv4 packet, header included
     */
    void Inject(Ptr<Packet> packet);

    uint16_t m_port;                                //!< UDP port of the tunnel
    Time m_lifetime;                                //!< how long the PAR tunnels
    uint32_t m_bufferSize;                          //!< packets the NAR buffers per MN, at most
    Ptr<Node> m_node;                               //!< the access router
    Ptr<VirtualNetDevice> m_device;                 //!< the tunnel device
    uint32_t m_interface;                           //!< its IPv4 interface
    Ptr<Socket> m_socket;                           //!< the UDP/IPv6 socket
    std::map<Ipv4Address, Forwarding> m_forwarding; //!< PAR role
    std::map<Ipv4Address, std::deque<Ptr<Packet>>> m_buffer; //!< NAR role: waiting packets
    std::map<Ipv4Address, bool> m_arrived;                   //!< NAR role: UNA received
    std::map<Ipv4Address, uint32_t> m_tunnelled;             //!< PAR role: counters

    TracedCallback<Ipv4Address> m_tunnelledTrace; //!< PAR sent one through the tunnel
    TracedCallback<Ipv4Address> m_deliveredTrace; //!< NAR delivered one
    TracedCallback<Ipv4Address> m_dropTrace;      //!< NAR dropped one (buffer full, unexpected)
};

} // namespace ns3

#endif /* SECURE_HANDOVER_FMIP6_TUNNEL_H */
