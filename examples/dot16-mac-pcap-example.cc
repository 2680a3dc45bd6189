/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// The 802.16e MAC management messages of a handover, encoded byte-exactly, written to a pcap
// that Wireshark's WiMAX plugin decodes.
//
// Each record is one MAC PDU: the 6-octet generic MAC header (HCS computed), then the
// management message. The link type is DLT_USER0 (147); tell tshark to hand it to the WiMAX
// generic-MAC-header dissector:
//
//   tshark -o 'uat:user_dlts:"User 0 (DLT=147)","mac_header_generic_handler","0","","0",""'
//          -o wmx.corrigendum_2_version:TRUE -r dot16-mac-pcap-example.pcap -V
//
// (one command line; doc/dot16-wire-format.rst shows what tshark prints).
//
// Run with --PrintHelp for the options.

#include "ns3/command-line.h"
#include "ns3/core-module.h"
#include "ns3/dot16-generic-mac-header.h"
#include "ns3/dot16-handover-messages.h"
#include "ns3/dot16-keys.h"
#include "ns3/dot16-pkm-messages.h"
#include "ns3/dot16-ranging-messages.h"
#include "ns3/dot16-registration-messages.h"
#include "ns3/hex.h"
#include "ns3/packet.h"
#include "ns3/pcap-file-wrapper.h"

#include <iostream>

using namespace ns3;
using namespace ns3::crypto;

NS_LOG_COMPONENT_DEFINE("Dot16MacPcapExample");

namespace
{

/// pcap link type DLT_USER0: raw 802.16 MAC PDUs (GMH first).
constexpr uint32_t DLT_USER0 = 147;

/// Writes MAC PDUs, 5 ms (one frame) apart.
class PduWriter
{
  public:
    explicit PduWriter(const std::string& file)
    {
        m_pcap.Open(file, std::ios::out);
        m_pcap.Init(DLT_USER0, 65535);
    }

    /// Encode message on cid inside a GMH, check it decodes back, and write it.
    void Write(uint16_t cid, const Dot16ManagementMessage& message)
    {
        Dot16GenericMacHeader gmh;
        gmh.SetCid(cid);
        Bytes pdu = gmh.EncodePdu(ByteView(message.Encode()));
        Dot16GenericMacHeader rx;
        ByteView payload;
        NS_ABORT_MSG_IF(Dot16GenericMacHeader::DecodePdu(ByteView(pdu), rx, payload) !=
                            Dot16ParseStatus::OK,
                        "PDU does not decode");
        std::ostringstream text;
        message.Print(text);
        std::cout << "frame " << ++m_count << "  CID " << cid << "  " << pdu.size() << " octets  "
                  << text.str() << "\n";
        m_pcap.Write(MilliSeconds(5 * m_count), pdu.data(), static_cast<uint32_t>(pdu.size()));
    }

  private:
    PcapFileWrapper m_pcap; //!< the capture
    uint32_t m_count{0};    //!< PDUs written
};

} // namespace

int
main(int argc, char* argv[])
{
    std::string output = "dot16-mac-pcap-example.pcap";
    CommandLine cmd(__FILE__);
    cmd.AddValue("output", "pcap file to write", output);
    cmd.Parse(argc, argv);

    // Keys of vectors-802.16.txt D2 (reproducible); the MS hands over at CMAC_KEY_COUNT 1.
    Msk msk(ByteView(FromHex("3d8bfc43c8004afb0ff83b6a30ee7d6cbf93b076b93653e9627fe47aef9cb384"
                             "caa55b812aad2d7de554cf9eea8487a0f6f4b35fbddb2f232b771d2f71fdda94")));
    Mac48 msmac = FromHexFixed<6>("001b11c9d50c", "MSMAC");
    Mac48 serving = FromHexFixed<6>("000000000005", "BSID");
    Mac48 target = FromHexFixed<6>("000000000006", "BSID");
    Dot16KeyChain s = DeriveDot16KeyChain(msk, msmac, serving, 0, 0);
    Dot16KeyChain t = DeriveDot16KeyChain(msk, msmac, target, 0, 1);
    const uint16_t basicCid = 0x0021;
    const uint16_t primaryCid = 0x0161;
    const uint16_t broadcastCid = 0xFFFF;
    const uint16_t initialRangingCid = 0x0000;
    uint32_t pnU = 0;
    uint32_t pnD = 0;

    PduWriter writer(output);

    // Initial network entry at the serving BS: registration with the capability.
    Dot16RegReq regReq;
    regReq.SetTlv(31, ByteView(Bytes{0x01})); // mobility (handover) supported
    regReq.SetSeamlessHandover(true);
    regReq.SignCmac(s.cmacKeyU, s.akid, ++pnU, primaryCid);
    writer.Write(primaryCid, regReq);
    Dot16RegRsp regRsp;
    regRsp.SetSeamlessHandover(true);
    regRsp.SignCmac(s.cmacKeyD, s.akid, ++pnD, primaryCid);
    writer.Write(primaryCid, regRsp);

    // PKMv2 SA-TEK 3-way handshake and a Key-Request/Reply.
    Octets<8> msRandom{1, 2, 3, 4, 5, 6, 7, 8};
    Octets<8> bsRandom{8, 7, 6, 5, 4, 3, 2, 1};
    Dot16PkmMessage challenge(Dot16PkmCode::SA_TEK_CHALLENGE);
    challenge.identifier = 1;
    challenge.bsRandom = bsRandom;
    challenge.keySequence = 0;
    challenge.akid = s.akid;
    challenge.SignCmac(s.cmacKeyD, s.akid, ++pnD, primaryCid);
    writer.Write(primaryCid, challenge);
    Dot16PkmMessage request(Dot16PkmCode::SA_TEK_REQUEST);
    request.identifier = 1;
    request.msRandom = msRandom;
    request.bsRandom = bsRandom;
    request.keySequence = 0;
    request.akid = s.akid;
    request.SignCmac(s.cmacKeyU, s.akid, ++pnU, primaryCid);
    writer.Write(primaryCid, request);
    Dot16PkmMessage response(Dot16PkmCode::SA_TEK_RESPONSE);
    response.identifier = 1;
    response.msRandom = msRandom;
    response.bsRandom = bsRandom;
    response.keySequence = 0;
    response.akid = s.akid;
    response.SignCmac(s.cmacKeyD, s.akid, ++pnD, primaryCid);
    writer.Write(primaryCid, response);
    Octets<8> nonce{0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00, 0x11};
    Dot16PkmMessage keyRequest(Dot16PkmCode::KEY_REQUEST);
    keyRequest.identifier = 2;
    keyRequest.keySequence = 0;
    keyRequest.said = 0x2c01;
    keyRequest.nonce = nonce;
    keyRequest.SignCmac(s.cmacKeyU, s.akid, ++pnU, primaryCid);
    writer.Write(primaryCid, keyRequest);
    Tek tek0(ByteView(FromHex("000102030405060708090a0b0c0d0e0f")));
    Tek tek1(ByteView(FromHex("f0e0d0c0b0a090807060504030201000")));
    Dot16PkmMessage keyReply(Dot16PkmCode::KEY_REPLY);
    keyReply.identifier = 2;
    keyReply.keySequence = 0;
    keyReply.said = 0x2c01;
    keyReply.nonce = nonce;
    keyReply.tekParameters.push_back(Dot16TekParameters::Wrap(s.kek, tek0, 450, 0));
    keyReply.tekParameters.push_back(Dot16TekParameters::Wrap(s.kek, tek1, 1800, 1));
    keyReply.SignCmac(s.cmacKeyD, s.akid, ++pnD, primaryCid);
    writer.Write(primaryCid, keyReply);

    // Handover preparation at the serving BS.
    Dot16MobNbrAdv adv;
    adv.skipOptionalFields = 0x01;
    adv.configurationChangeCount = 1;
    Dot16MobNbrAdv::Neighbor neighbor;
    neighbor.bsidLsb24 = 0x000006;
    neighbor.preambleIndex = 0x12;
    adv.neighbors.push_back(neighbor);
    writer.Write(broadcastCid, adv);
    Dot16MobMshoReq msho;
    msho.reportMetric = 0x03;
    Dot16MobMshoReq::FullBs candidate;
    candidate.bsid = target;
    candidate.preambleIndex = 0x12;
    candidate.metrics.cinrMean = 40;
    candidate.metrics.rssiMean = 90;
    msho.fullBss.push_back(candidate);
    msho.SignCmac(s.cmacKeyU, s.akid, ++pnU, basicCid);
    writer.Write(basicCid, msho);
    Dot16MobBshoRsp bsho;
    Dot16MobBshoRsp::Recommended recommended;
    recommended.bsid = target;
    recommended.preambleIndex = 0x12;
    recommended.hoProcessOptimization = 0x0002;
    bsho.recommended.push_back(recommended);
    bsho.actionTime = 4;
    bsho.SignCmac(s.cmacKeyD, s.akid, ++pnD, basicCid);
    writer.Write(basicCid, bsho);
    Dot16MobHoInd ind;
    ind.targetBsid = target;
    ind.SignCmac(s.cmacKeyU, s.akid, ++pnU, basicCid);
    writer.Write(basicCid, ind);

    // Network re-entry at the target: RNG-REQ with CMAC_KEY_COUNT and the CMAC tuple under
    // the count-1 keys; RNG-RSP with the legacy SA-TEK-Update (TEKs wrapped under the KEK).
    Dot16RngReq rngReq;
    rngReq.msMac = msmac;
    rngReq.servingBsid = serving;
    rngReq.rangingPurpose = 0x01;
    rngReq.cmacKeyCount = 1;
    rngReq.SignCmac(t.cmacKeyU, t.akid, 1, initialRangingCid);
    writer.Write(initialRangingCid, rngReq);
    NS_ABORT_MSG_IF(rngReq.VerifyCmac(t.cmacKeyU, t.akid, initialRangingCid) !=
                        Dot16ParseStatus::OK,
                    "RNG-REQ CMAC");
    Dot16RngRsp rngRsp;
    rngRsp.rangingStatus = Dot16RngRsp::SUCCESS;
    rngRsp.msMac = msmac;
    rngRsp.basicCid = basicCid;
    rngRsp.primaryCid = primaryCid;
    rngRsp.hoProcessOptimization = 0x0002;
    Dot16SaTekUpdate update;
    update.updateType = 1;
    update.newSaid = 0x2c01;
    update.oldSaid = 0x2c01;
    update.newerTek = Dot16TekParameters::Wrap(t.kek, tek1, 1800, 1);
    rngRsp.saTekUpdate = update;
    rngRsp.SignCmac(t.cmacKeyD, t.akid, 1, initialRangingCid);
    writer.Write(initialRangingCid, rngRsp);

    std::cout << "wrote " << output << " (DLT_USER0 = 147)\n";
    return 0;
}
