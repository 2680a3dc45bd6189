/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "hkp-common.h"

#include "mobility-l4-protocol.h"

#include "ns3/crypto-cost-model.h"
#include "ns3/inet6-socket-address.h"
#include "ns3/ipv6-raw-socket-factory.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

#include <algorithm>

namespace ns3
{
namespace hkp
{

bool
PrfFromField(uint8_t field, crypto::PrfAlgorithm& prf)
{
    switch (field)
    {
    case mip6::PRF_HMAC_SHA1:
        prf = crypto::PrfAlgorithm::HMAC_SHA1;
        return true;
    case mip6::PRF_HMAC_SHA256:
        prf = crypto::PrfAlgorithm::HMAC_SHA256;
        return true;
    default:
        return false;
    }
}

uint64_t
NtpTimestamp(Time time)
{
    const int64_t ns = time.GetNanoSeconds();
    const uint64_t seconds = NTP_EPOCH_OFFSET + static_cast<uint64_t>(ns / 1000000000);
    const uint64_t fraction = (static_cast<uint64_t>(ns % 1000000000) << 32) / 1000000000ULL;
    return (seconds << 32) | fraction;
}

Time
NtpDifference(uint64_t a, uint64_t b)
{
    const uint64_t d = a > b ? a - b : b - a;
    const uint64_t seconds = d >> 32;
    const uint64_t fractionNs = ((d & 0xffffffffULL) * 1000000000ULL) >> 32;
    return Seconds(static_cast<double>(seconds)) + NanoSeconds(static_cast<int64_t>(fractionNs));
}

Ptr<Packet>
MhToPacket(MobilityHeader& header, const Ipv6Address& source, const Ipv6Address& destination)
{
    header.UpdateChecksum(source, destination);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(header);
    return packet;
}

crypto::Ipv6Octets
ToOctets(const Ipv6Address& address)
{
    crypto::Ipv6Octets out{};
    address.GetBytes(out.data());
    return out;
}

void
SendIcmpv6(Ptr<Node> node,
           Ptr<Packet> packet,
           const Ipv6Address& source,
           const Ipv6Address& destination,
           Ptr<NetDevice> device)
{
    Ptr<Socket> socket = Socket::CreateSocket(node, Ipv6RawSocketFactory::GetTypeId());
    socket->SetAttribute("Protocol", UintegerValue(mip6::IPPROTO_ICMPV6));
    socket->Bind(Inet6SocketAddress(source, 0));
    if (device)
    {
        socket->BindToNetDevice(device);
    }
    socket->SetIpv6HopLimit(255);
    socket->SendTo(packet, 0, Inet6SocketAddress(destination, 0));
    socket->Close();
}

Ptr<Socket>
OpenIcmpv6Socket(Ptr<Node> node, Callback<void, Ptr<Socket>> receive)
{
    Ptr<Socket> socket = Socket::CreateSocket(node, Ipv6RawSocketFactory::GetTypeId());
    socket->SetAttribute("Protocol", UintegerValue(mip6::IPPROTO_ICMPV6));
    socket->Bind(Inet6SocketAddress(Ipv6Address::GetAny(), 0));
    socket->SetRecvCallback(receive);
    return socket;
}

Ipv6Address
FromOctets(const uint8_t* octets)
{
    uint8_t copy[16];
    std::copy(octets, octets + 16, copy);
    return Ipv6Address(copy);
}

Time
ChargeHmac(Ptr<Node> node, crypto::PrfAlgorithm prf, std::size_t octets)
{
    const CryptoCostModel::Operation op = prf == crypto::PrfAlgorithm::HMAC_SHA256
                                              ? CryptoCostModel::HMAC_SHA256
                                              : CryptoCostModel::HMAC_SHA1;
    return CryptoCostModel::Charge(node, op, octets);
}

Time
ChargeKeyDerivation(Ptr<Node> node, crypto::PrfAlgorithm prf)
{
    return CryptoCostModel::Charge(node, CryptoCostModel::PRF_PLUS, crypto::PrfOutputLength(prf));
}

Time
ChargeBadf(Ptr<Node> node, std::size_t mhOctets)
{
    return CryptoCostModel::Charge(node, CryptoCostModel::HMAC_SHA1, 2 * 16 + mhOctets);
}

void
SendWhenIdle(Ptr<Node> node,
             std::vector<EventId>& pending,
             Ptr<MobilityL4Protocol> mh,
             Ptr<Packet> packet,
             Ipv6Address source,
             Ipv6Address destination)
{
    CryptoCostModel::RunWhenIdle(node,
                                 pending,
                                 &MobilityL4Protocol::Send,
                                 PeekPointer(mh),
                                 packet,
                                 source,
                                 destination);
}

} // namespace hkp
} // namespace ns3
