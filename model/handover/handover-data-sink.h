/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_DATA_SINK_H
#define SECURE_HANDOVER_HANDOVER_DATA_SINK_H

#include "ns3/application.h"
#include "ns3/traced-callback.h"

namespace ns3
{

class Socket;
class Packet;

/**
 * \ingroup secure-handover
 * \brief The mobile node's receiver of the CBR data flow: it reports, for each packet, its
 *        sequence number (SeqTsHeader, as sent by UdpClient) and the device it arrived on.
 */
class HandoverDataSink : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    HandoverDataSink();
    ~HandoverDataSink() override;

    /**
     * TracedCallback signature for a received data packet.
     * \param [in] packet the packet (without the sequence header)
     * \param [in] sequence its sequence number
     * \param [in] interface the index (NetDevice::GetIfIndex) of the device it arrived on
     */
    typedef void (*RxTracedCallback)(Ptr<const Packet> packet,
                                     uint32_t sequence,
                                     uint32_t interface);

    /**
     * \return the number of packets received
     */
    uint64_t GetReceived() const;

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /**
     * \brief Read what arrived.
     * \param socket the socket
     */
    void HandleRead(Ptr<Socket> socket);

    uint16_t m_port;                                                 //!< UDP port
    Ptr<Socket> m_socket;                                            //!< receiving socket
    uint64_t m_received;                                             //!< packets received
    TracedCallback<Ptr<const Packet>, uint32_t, uint32_t> m_rxTrace; //!< per packet
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_DATA_SINK_H */
