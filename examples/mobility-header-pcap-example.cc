/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// Writes one pcap (DLT_RAW: bare IPv6 packets) with every message of the handover-keys draft
// and of FMIPv6 as this module encodes them: HKReq (fresh and verify), HKResp, RtSolPr,
// PrRtAdv, FBU with BADF, HI, HAck, FBack with BADF and UNA. Each message is decoded back
// strictly, its checksum and its MAC option or BADF authenticator verified, before it is
// written. Open the file with `tshark -r mobility-header.pcap -V`; the ctest
// "mobility-pcap-tshark" does so and checks that nothing is malformed.

#include "ns3/command-line.h"
#include "ns3/core-module.h"
#include "ns3/fast-binding-ack-header.h"
#include "ns3/fast-binding-update-header.h"
#include "ns3/fmip6-icmp-header.h"
#include "ns3/handover-ack-header.h"
#include "ns3/handover-initiate-header.h"
#include "ns3/handover-key-request-header.h"
#include "ns3/handover-key-response-header.h"
#include "ns3/handover-keys.h"
#include "ns3/mobility-auth.h"
#include "ns3/packet.h"
#include "ns3/pcap-file.h"
#include "ns3/unsolicited-neighbor-advertisement-header.h"

#include <iostream>
#include <numeric>

using namespace ns3;

NS_LOG_COMPONENT_DEFINE("MobilityHeaderPcapExample");

namespace
{

/// Fails the program when a decoding or verification step does not give OK.
void
Expect(MhParseStatus status, const std::string& what)
{
    if (status != MhParseStatus::OK)
    {
        NS_FATAL_ERROR(what << ": " << status);
    }
    std::cout << "  " << what << ": OK\n";
}

/// Writes one IPv6 packet (fixed header of RFC 8200 section 3, then the upper-layer message).
class RawIpv6Writer
{
  public:
    explicit RawIpv6Writer(const std::string& path)
    {
        m_file.Open(path, std::ios::out | std::ios::binary);
        m_file.Init(101 /* DLT_RAW */);
    }

    void Write(const Ipv6Address& source,
               const Ipv6Address& destination,
               uint8_t nextHeader,
               const std::vector<uint8_t>& payload)
    {
        std::vector<uint8_t> packet(40, 0);
        packet[0] = 0x60;
        packet[4] = static_cast<uint8_t>(payload.size() >> 8);
        packet[5] = static_cast<uint8_t>(payload.size());
        packet[6] = nextHeader;
        packet[7] = 255; // ND and FMIPv6 ICMPv6 messages require hop limit 255
        source.GetBytes(packet.data() + 8);
        destination.GetBytes(packet.data() + 24);
        packet.insert(packet.end(), payload.begin(), payload.end());
        m_file.Write(m_count, 0, packet.data(), static_cast<uint32_t>(packet.size()));
        ++m_count;
    }

    uint32_t GetCount() const
    {
        return m_count;
    }

  private:
    PcapFile m_file;
    uint32_t m_count = 0;
};

/// Sends a Mobility Header: checksum, strict decoding and checksum check, then pcap.
template <typename T>
void
EmitMh(RawIpv6Writer& writer,
       T& header,
       const Ipv6Address& source,
       const Ipv6Address& destination,
       const std::string& name)
{
    header.UpdateChecksum(source, destination);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(header);
    T decoded;
    Expect(decoded.ParseAndVerify(packet, source, destination), name + " decodes, checksum");
    std::vector<uint8_t> bytes(packet->GetSize());
    packet->CopyData(bytes.data(), static_cast<uint32_t>(bytes.size()));
    writer.Write(source, destination, mip6::IPPROTO_MH, bytes);
}

/// Sends an ICMPv6 message: checksum, strict decoding and checksum check, then pcap.
template <typename T>
void
EmitIcmp(RawIpv6Writer& writer,
         T& header,
         const Ipv6Address& source,
         const Ipv6Address& destination,
         const std::string& name)
{
    header.UpdateChecksum(source, destination);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(header);
    T decoded;
    Expect(decoded.ParseAndVerify(packet, source, destination), name + " decodes, checksum");
    writer.Write(source, destination, mip6::IPPROTO_ICMPV6, header.ToBytes());
}

crypto::Nonce16
MakeNonce(uint8_t first)
{
    crypto::Nonce16 nonce;
    std::iota(nonce.begin(), nonce.end(), first);
    return nonce;
}

crypto::Ipv6Octets
Octets(const Ipv6Address& address)
{
    crypto::Ipv6Octets octets;
    address.GetBytes(octets.data());
    return octets;
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string pcapPath = "mobility-header.pcap";
    CommandLine cmd(__FILE__);
    cmd.AddValue("pcap", "Path of the pcap file to write", pcapPath);
    cmd.Parse(argc, argv);

    const Ipv6Address pcoa("2001:db8:1::10");
    const Ipv6Address par("2001:db8:1::1");
    const Ipv6Address nar("2001:db8:2::1");
    const Ipv6Address ncoa("2001:db8:2::10");
    const std::vector<uint8_t> mnMac{0x00, 0x00, 0x00, 0x00, 0x00, 0x10};
    const std::vector<uint8_t> newApMac{0x00, 0x00, 0x00, 0x00, 0x02, 0xaa};
    const std::vector<uint8_t> narMac{0x00, 0x00, 0x00, 0x00, 0x02, 0x01};
    const std::string nai = "mn1@example.net";
    const auto prf = crypto::PrfAlgorithm::HMAC_SHA1;
    std::vector<uint8_t> hmkBytes(64);
    std::iota(hmkBytes.begin(), hmkBytes.end(), 0);
    const crypto::Hmk hmk{crypto::ByteView(hmkBytes)};
    const crypto::Nonce16 mnNonce = MakeNonce(0x00);
    const crypto::Nonce16 hksNonce = MakeNonce(0x10);
    const uint8_t messageId = 7;
    const uint32_t spi = 0x00001234;
    const crypto::Hik hik = crypto::DeriveHik(prf, hmk, messageId);
    const crypto::Hk hk = crypto::DeriveHk(prf, hmk, mnNonce, hksNonce, nai, Octets(par));

    RawIpv6Writer writer(pcapPath);
    std::cout << "writing " << pcapPath << "\n";

    // 1. HKReq, MN -> PAR (draft 6.2.1): MN ID, MN-Nonce, Timestamp, MN-HKS MAC (HIK).
    HandoverKeyRequestHeader hkreq;
    hkreq.SetMessageId(messageId);
    hkreq.SetPrf(mip6::PRF_HMAC_SHA1);
    hkreq.SetKeyCareOfAddress(pcoa);
    hkreq.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, nai});
    hkreq.AddOption(
        HandoverNonceOption{mip6::NONCE_SUBTYPE_MN, 0, {mnNonce.begin(), mnNonce.end()}});
    hkreq.AddOption(HkTimestampOption{0xeb2d8f4000000000ULL});
    AppendMacOption(hkreq, prf, hik);
    Expect(VerifyMacOption(hkreq, hik), "HKReq MN-HKS MAC");
    EmitMh(writer, hkreq, pcoa, par, "HKReq");

    // 2. HKResp, PAR -> MN (draft 6.3): SPI, lifetime, HKS-Nonce, MN-AR MAC (HK).
    HandoverKeyResponseHeader hkresp;
    hkresp.SetMessageId(messageId);
    hkresp.SetPrf(mip6::PRF_HMAC_SHA1);
    hkresp.SetStatus(mip6::HK_SUCCESS);
    hkresp.SetLifetime(3600);
    hkresp.SetSpi(spi);
    hkresp.AddOption(
        HandoverNonceOption{mip6::NONCE_SUBTYPE_HKS, 0, {hksNonce.begin(), hksNonce.end()}});
    AppendMacOption(hkresp, prf, hk);
    Expect(VerifyMacOption(hkresp, hk), "HKResp MN-AR MAC");
    EmitMh(writer, hkresp, par, pcoa, "HKResp");

    // 3. HKReq with the verify flag, returning MN (draft 6.2.3): HK SPI, MN ID, MN-AR MAC last.
    HandoverKeyRequestHeader verify;
    verify.SetMessageId(messageId + 1);
    verify.SetVerify(true);
    verify.SetKeyCareOfAddress(pcoa);
    verify.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, nai});
    verify.AddOption(HkSpiOption{spi});
    AppendMacOption(verify, prf, hk);
    Expect(VerifyMacOption(verify, hk), "HKReq (V) MN-AR MAC");
    EmitMh(writer, verify, pcoa, par, "HKReq (V)");

    // 4. RtSolPr, MN -> PAR (RFC 5568 6.1.1).
    RtSolPrHeader rtsolpr;
    rtsolpr.SetIdentifier(42);
    rtsolpr.AddOption(NdLinkLayerAddressOption{mip6::ND_OPT_SOURCE_LLA, mnMac});
    rtsolpr.AddOption(FmipLinkLayerAddressOption{mip6::LLA_CODE_NEW_AP, newApMac});
    EmitIcmp(writer, rtsolpr, pcoa, par, "RtSolPr");

    // 5. PrRtAdv, PAR -> MN (RFC 5568 6.1.2).
    PrRtAdvHeader prrtadv;
    prrtadv.SetIdentifier(42);
    prrtadv.AddOption(FmipLinkLayerAddressOption{mip6::LLA_CODE_NEW_AP, newApMac});
    prrtadv.AddOption(FmipLinkLayerAddressOption{mip6::LLA_CODE_NAR, narMac});
    prrtadv.AddOption(FmipIpAddressOption{mip6::IPADDR_CODE_NAR_ADDRESS, 128, nar});
    prrtadv.AddOption(
        FmipIpAddressOption{mip6::IPADDR_CODE_NAR_PREFIX, 64, Ipv6Address("2001:db8:2::")});
    EmitIcmp(writer, prrtadv, par, pcoa, "PrRtAdv");

    // 6. FBU, MN (PCoA) -> PAR (RFC 5568 6.3.1): NCoA, BADF(SPI, authenticator with the HK).
    FastBindingUpdateHeader fbu;
    fbu.SetSequence(1);
    fbu.SetFlags(FastBindingUpdateHeader::FLAG_A);
    fbu.SetLifetime(15);
    fbu.AddOption(AlternateCoaOption{ncoa});
    AppendBadfOption(fbu, spi, hk, pcoa, par);
    Expect(VerifyBadfOption(fbu, hk, pcoa, par), "FBU BADF");
    EmitMh(writer, fbu, pcoa, par, "FBU");

    // 7. HI, PAR -> NAR (RFC 5568 6.2.1): PCoA, NCoA, MN's link-layer address.
    HandoverInitiateHeader hi;
    hi.SetSequence(1);
    hi.SetFlags(HandoverInitiateHeader::FLAG_U);
    hi.SetCode(mip6::HI_CODE_FBU_FROM_PCOA);
    hi.AddOption(MhIpv6AddressOption{mip6::IPADDR_CODE_OLD_COA, 128, pcoa});
    hi.AddOption(MhIpv6AddressOption{mip6::IPADDR_CODE_NEW_COA, 128, ncoa});
    hi.AddOption(MhLinkLayerAddressOption{mip6::LLA_CODE_MN, mnMac});
    EmitMh(writer, hi, par, nar, "HI");

    // 8. HAck, NAR -> PAR (RFC 5568 6.2.2).
    HandoverAckHeader hack;
    hack.SetSequence(1);
    hack.SetCode(mip6::HACK_ACCEPTED_NCOA_VALID);
    hack.AddOption(MhIpv6AddressOption{mip6::IPADDR_CODE_NEW_COA, 128, ncoa});
    EmitMh(writer, hack, nar, par, "HAck");

    // 9. FBack, PAR -> MN at the NCoA (RFC 5568 6.3.2), with BADF.
    FastBindingAckHeader fback;
    fback.SetStatus(mip6::FBACK_ACCEPTED);
    fback.SetSequence(1);
    fback.SetLifetime(15);
    AppendBadfOption(fback, spi, hk, pcoa, par);
    Expect(VerifyBadfOption(fback, hk, pcoa, par), "FBack BADF");
    EmitMh(writer, fback, par, ncoa, "FBack");

    // 10. UNA, MN -> all-nodes on the new link (RFC 5568 6.3.3).
    UnsolicitedNeighborAdvertisementHeader una;
    una.SetTarget(ncoa);
    una.SetTargetLinkLayerAddress(mnMac);
    EmitIcmp(writer, una, ncoa, Ipv6Address::GetAllNodesMulticast(), "UNA");

    std::cout << "wrote " << writer.GetCount() << " packets\n";
    return 0;
}
