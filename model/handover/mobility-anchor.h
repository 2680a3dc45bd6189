/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MOBILITY_ANCHOR_H
#define SECURE_HANDOVER_MOBILITY_ANCHOR_H

#include "ns3/application.h"
#include "ns3/ipv4-address.h"
#include "ns3/traced-callback.h"

namespace ns3
{

class Socket;
class Packet;

/**
 * \ingroup secure-handover
 * \brief The anchor router's binding agent: it routes each MN's home address to the access
 *        router the MN last bound through.
 *
 * On a binding update the anchor looks up its own static route to the care-of address (the
 * access network's prefix, through its access router), replaces its host route to the home
 * address by one through that same next hop, and acknowledges. Data from the correspondent
 * node follows the new route from the next packet on.
 */
class MobilityAnchor : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    MobilityAnchor();
    ~MobilityAnchor() override;

    /**
     * TracedCallback signature for an accepted binding.
     * \param [in] mn the MN index
     * \param [in] home the home address
     * \param [in] careOf the care-of address
     */
    typedef void (*BindingTracedCallback)(uint32_t mn, Ipv4Address home, Ipv4Address careOf);

    /**
     * TracedCallback signature for a dropped message.
     * \param [in] packet the message as received
     * \param [in] reason why it was dropped: "truncated", "bad-type-or-status" or
     *             "unexpected-type"
     */
    typedef void (*DropTracedCallback)(Ptr<const Packet> packet, const std::string& reason);

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /**
     * \brief Handle a binding update.
     * \param socket the socket
     */
    void HandleRead(Ptr<Socket> socket);

    /**
     * \brief Point the host route of a home address at the next hop towards a care-of address.
     * \param home the home address
     * \param careOf the care-of address
     * \return false if there is no route to the care-of address
     */
    bool Repoint(Ipv4Address home, Ipv4Address careOf);

    uint16_t m_port;                                                   //!< UDP port
    Ptr<Socket> m_socket;                                              //!< listening socket
    TracedCallback<uint32_t, Ipv4Address, Ipv4Address> m_bindingTrace; //!< accepted bindings
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace; //!< dropped messages
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MOBILITY_ANCHOR_H */
