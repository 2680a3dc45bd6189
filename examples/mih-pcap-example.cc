/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// Writes a pcap of IEEE 802.21 MIH frames carried in UDP/IPv6 on port 4551 (raw IP link type,
// DLT_RAW 101): the four MIS preregistration messages of 802.21.1 (MIS_Prereg_Xfer and
// MIS_N2N_Prereg_Xfer, request and response), one with a 300-octet LLInformation TLV (the long
// length form), and a bare acknowledgement header. Open it with
//   tshark -r mih-pcap-example.pcap -V
// to see Wireshark's MIH dissector decode every frame; the ctest "mih-pcap-tshark" does that
// and fails on any malformed packet.

#include "ns3/abort.h"
#include "ns3/command-line.h"
#include "ns3/ipv6-address.h"
#include "ns3/ipv6-header.h"
#include "ns3/log.h"
#include "ns3/mac48-address.h"
#include "ns3/mih-constants.h"
#include "ns3/mih-header.h"
#include "ns3/mis-n2n-prereg-xfer.h"
#include "ns3/mis-prereg-xfer.h"
#include "ns3/packet.h"
#include "ns3/pcap-file.h"
#include "ns3/udp-header.h"

#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("MihPcapExample");

namespace
{

/// Link-layer type of raw IPv4/IPv6 packets in a pcap file.
constexpr uint32_t DLT_RAW = 101;
/// IP protocol number of UDP.
constexpr uint8_t IP_PROTOCOL_UDP = 17;

/**
 * \brief Wrap an MIH frame in UDP (with its checksum) and IPv6.
 * \param mih the MIH frame
 * \param src source address
 * \param dst destination address
 * \return the IPv6 packet
 */
Ptr<Packet>
Encapsulate(Ptr<Packet> mih, Ipv6Address src, Ipv6Address dst)
{
    UdpHeader udp;
    udp.SetSourcePort(mih::UDP_PORT);
    udp.SetDestinationPort(mih::UDP_PORT);
    udp.EnableChecksums();
    udp.InitializeChecksum(src, dst, IP_PROTOCOL_UDP);
    mih->AddHeader(udp);
    Ipv6Header ip;
    ip.SetSource(src);
    ip.SetDestination(dst);
    ip.SetNextHeader(IP_PROTOCOL_UDP);
    ip.SetHopLimit(64);
    ip.SetPayloadLength(static_cast<uint16_t>(mih->GetSize()));
    mih->AddHeader(ip);
    return mih;
}

/**
 * \param fill first octet
 * \return a 16-octet nonce fill, fill+1, ...
 */
crypto::Nonce16
Nonce(uint8_t fill)
{
    crypto::Nonce16 nonce;
    for (std::size_t i = 0; i < nonce.size(); ++i)
    {
        nonce[i] = static_cast<uint8_t>(fill + i);
    }
    return nonce;
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string pcap = "mih-pcap-example.pcap";
    CommandLine cmd(__FILE__);
    cmd.AddValue("pcap", "pcap file to write", pcap);
    cmd.Parse(argc, argv);

    const Ipv6Address mnAddress("2001:db8:1::10");
    const Ipv6Address sposAddress("2001:db8:1::1");
    const Ipv6Address tposAddress("2001:db8:2::1");
    const std::string mnId = "mn1@example.net";
    const std::string sposId = "spos.example.net";
    const std::string tposId = "tpos.example.net";

    MihLinkTupleId target;
    target.link.linkType = mih::LINK_TYPE_IEEE_802_16;
    target.link.address = Mac48Address("00:00:00:00:00:01");
    target.poa = Mac48Address("00:00:00:00:00:0b");
    MihLinkPoaList candidate;
    candidate.link = target.link;
    candidate.poas = {Mac48Address("00:00:00:00:00:0b"), Mac48Address("00:00:00:00:00:0c")};

    // 1. MN -> SPoS: MIS_Prereg_Xfer Request with a candidate list, a ciphersuite and Nonce-T.
    MisPreregXferRequest request;
    request.SetSourceId(mnId);
    request.SetDestinationId(sposId);
    request.SetTransactionId(1);
    request.SetAckReq(true);
    request.candidateLinks = std::vector<MihLinkPoaList>{candidate};
    request.ciphersuite = 1;
    request.nonceT = Nonce(0x00);

    // 2. SPoS -> TPoS: MIS_N2N_Prereg_Xfer Request with the key set.
    MisN2nPreregXferRequest n2nRequest;
    n2nRequest.SetSourceId(sposId);
    n2nRequest.SetDestinationId(tposId);
    n2nRequest.SetTransactionId(2);
    n2nRequest.SetAckReq(true);
    n2nRequest.targetLink = target;
    n2nRequest.llInformation = std::vector<uint8_t>(300, 0x5a); // long length form: 81 ac
    n2nRequest.mnId = mnId;
    n2nRequest.ciphersuite = 1;
    n2nRequest.protectedKey = std::vector<uint8_t>(16, 0xa5);
    n2nRequest.nonceT = Nonce(0x00);
    n2nRequest.nonceN = Nonce(0x10);
    n2nRequest.saLifetime = mih::DEFAULT_SA_LIFETIME_S;

    // 3. TPoS -> SPoS: MIS_N2N_Prereg_Xfer Response.
    MisN2nPreregXferResponse n2nResponse;
    n2nResponse.SetSourceId(tposId);
    n2nResponse.SetDestinationId(sposId);
    n2nResponse.SetTransactionId(2);
    n2nResponse.SetAckRsp(true);
    n2nResponse.targetLink = target;
    n2nResponse.mnNai = "mn1@tnet.example.net";
    n2nResponse.saLifetime = mih::DEFAULT_SA_LIFETIME_S;
    n2nResponse.status = mih::STATUS_SUCCESS;

    // 4. SPoS -> MN: MIS_Prereg_Xfer Response with K for the MN.
    MisPreregXferResponse response;
    response.SetSourceId(sposId);
    response.SetDestinationId(mnId);
    response.SetTransactionId(1);
    response.SetAckRsp(true);
    response.targetLink = target;
    response.mnNai = "mn1@tnet.example.net";
    response.tposId = tposId;
    response.protectedKey = std::vector<uint8_t>(16, 0x3c);
    response.nonceN = Nonce(0x10);
    response.saLifetime = mih::DEFAULT_SA_LIFETIME_S;
    response.status = mih::STATUS_SUCCESS;

    // 5. MN -> SPoS: a bare acknowledgement of transaction 1 (header only).
    MihHeader ack;
    ack.SetMessageId(mih::SID_COMMAND, mih::OPCODE_RESPONSE, mih::AID_MIS_PREREG_XFER);
    ack.SetTransactionId(1);
    ack.SetAckRsp(true);

    struct Frame
    {
        Ptr<Packet> mih;
        Ipv6Address src;
        Ipv6Address dst;
        std::string what;
    };

    std::vector<Frame> frames;
    auto add = [&frames](const Header& header, Ipv6Address src, Ipv6Address dst) {
        Ptr<Packet> p = Create<Packet>();
        p->AddHeader(header);
        std::ostringstream what;
        header.Print(what);
        frames.push_back({p, src, dst, what.str()});
    };
    add(request, mnAddress, sposAddress);
    add(n2nRequest, sposAddress, tposAddress);
    add(n2nResponse, tposAddress, sposAddress);
    add(response, sposAddress, mnAddress);
    add(ack, mnAddress, sposAddress);

    PcapFile file;
    file.Open(pcap, std::ios::out | std::ios::binary);
    if (file.Fail())
    {
        std::cerr << "cannot write " << pcap << std::endl;
        return 1;
    }
    file.Init(DLT_RAW);
    uint32_t usec = 0;
    for (const auto& frame : frames)
    {
        // Every frame must pass the checked decode of its own kind before it is written.
        MihHeader header;
        NS_ABORT_MSG_IF(MihHeader::Parse(frame.mih, header) != MihParseStatus::OK,
                        "bad MIH header: " << frame.what);
        Ptr<Packet> ip = Encapsulate(frame.mih->Copy(), frame.src, frame.dst);
        file.Write(1, usec, ip);
        usec += 1000;
        std::cout << frame.mih->GetSize() << " octets: " << frame.what << std::endl;
    }
    file.Close();
    std::cout << "wrote " << frames.size() << " MIH frames (UDP/IPv6 port " << mih::UDP_PORT
              << ") to " << pcap << std::endl;
    return 0;
}
