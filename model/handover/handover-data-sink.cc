/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-data-sink.h"

#include "ns3/inet-socket-address.h"
#include "ns3/ipv4-packet-info-tag.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/seq-ts-header.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoverDataSink");

NS_OBJECT_ENSURE_REGISTERED(HandoverDataSink);

TypeId
HandoverDataSink::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::HandoverDataSink")
            .SetParent<Application>()
            .SetGroupName("SecureHandover")
            .AddConstructor<HandoverDataSink>()
            .AddAttribute("Port",
                          "The UDP port of the data flow.",
                          UintegerValue(9),
                          MakeUintegerAccessor(&HandoverDataSink::m_port),
                          MakeUintegerChecker<uint16_t>())
            .AddTraceSource("Rx",
                            "A data packet arrived: its sequence number and interface.",
                            MakeTraceSourceAccessor(&HandoverDataSink::m_rxTrace),
                            "ns3::HandoverDataSink::RxTracedCallback");
    return tid;
}

HandoverDataSink::HandoverDataSink()
    : m_port(9),
      m_received(0)
{
    NS_LOG_FUNCTION(this);
}

HandoverDataSink::~HandoverDataSink()
{
    NS_LOG_FUNCTION(this);
}

void
HandoverDataSink::DoDispose()
{
    m_socket = nullptr;
    Application::DoDispose();
}

uint64_t
HandoverDataSink::GetReceived() const
{
    return m_received;
}

void
HandoverDataSink::StartApplication()
{
    NS_LOG_FUNCTION(this);
    m_socket = Socket::CreateSocket(GetNode(), TypeId::LookupByName("ns3::UdpSocketFactory"));
    NS_ABORT_MSG_IF(m_socket->Bind(InetSocketAddress(Ipv4Address::GetAny(), m_port)) != 0,
                    "HandoverDataSink cannot bind UDP port " << m_port);
    m_socket->SetRecvPktInfo(true);
    m_socket->SetRecvCallback(MakeCallback(&HandoverDataSink::HandleRead, this));
}

void
HandoverDataSink::StopApplication()
{
    NS_LOG_FUNCTION(this);
    if (m_socket)
    {
        m_socket->Close();
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
    }
}

void
HandoverDataSink::HandleRead(Ptr<Socket> socket)
{
    Address from;
    Ptr<Packet> packet;
    while ((packet = socket->RecvFrom(from)))
    {
        Ipv4PacketInfoTag info;
        uint32_t interface = packet->RemovePacketTag(info) ? info.GetRecvIf() : 0;
        if (packet->GetSize() < SeqTsHeader().GetSerializedSize())
        {
            continue;
        }
        SeqTsHeader seqTs;
        packet->RemoveHeader(seqTs);
        ++m_received;
        m_rxTrace(packet, seqTs.GetSeq(), interface);
    }
}

} // namespace ns3
