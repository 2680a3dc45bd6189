/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// Wire formats of the IPv6 Mobility Header messages of draft-vidya-mipshop-handover-keys-aaa-04
// (HKReq, HKResp and their options) and of FMIPv6 (RFC 5568: FBU, FBack, HI, HAck with their
// options, BADF; RtSolPr, PrRtAdv, UNA). Expected octets are written out by hand from the
// figures of RFC 6275 6.1.1 / 6.2, RFC 4283 3, RFC 5568 6 and the draft's section 5, with the
// private type numbers of mobility-constants.h. Checksums were computed outside this module with
// an independent RFC 1071 implementation (Python), and one of them is also the value tshark
// reports as correct; MAC and BADF values are recomputed here with crypto::Hmac over octets
// written by hand, so that the coverage of "MH data" is checked, not only the round trip.

#include "ns3/fast-binding-ack-header.h"
#include "ns3/fast-binding-update-header.h"
#include "ns3/fmip6-icmp-header.h"
#include "ns3/handover-ack-header.h"
#include "ns3/handover-initiate-header.h"
#include "ns3/handover-key-request-header.h"
#include "ns3/handover-key-response-header.h"
#include "ns3/handover-keys.h"
#include "ns3/hex.h"
#include "ns3/mac.h"
#include "ns3/mobility-auth.h"
#include "ns3/packet.h"
#include "ns3/test.h"
#include "ns3/unsolicited-neighbor-advertisement-header.h"

#include <numeric>

using namespace ns3;
using crypto::FromHex;
using crypto::ToHex;

namespace
{

const Ipv6Address PCOA("2001:db8:1::10");
const Ipv6Address PAR("2001:db8:1::1");
const Ipv6Address NAR("2001:db8:2::1");
const Ipv6Address NCOA("2001:db8:2::10");
const std::string NAI = "mn1@example.net";
const uint32_t SPI = 0x1234;

crypto::Hmk
TestHmk()
{
    std::vector<uint8_t> bytes(64);
    std::iota(bytes.begin(), bytes.end(), 0);
    return crypto::Hmk(crypto::ByteView(bytes));
}

crypto::Nonce16
TestNonce(uint8_t first)
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

crypto::Hk
TestHk()
{
    return crypto::DeriveHk(crypto::PrfAlgorithm::HMAC_SHA1,
                            TestHmk(),
                            TestNonce(0x00),
                            TestNonce(0x10),
                            NAI,
                            Octets(PAR));
}

/// A message decoded from octets, with the strict decoder of its class.
template <typename T>
MhParseStatus
Decode(const std::vector<uint8_t>& bytes, T& out)
{
    return out.Parse(bytes.data(), bytes.size());
}

/// Decodes through the ns-3 Packet / Header path.
template <typename T>
MhParseStatus
DecodePacket(const std::vector<uint8_t>& bytes, T& out)
{
    Ptr<Packet> packet = Create<Packet>(bytes.data(), static_cast<uint32_t>(bytes.size()));
    packet->RemoveHeader(out);
    return out.GetParseStatus();
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief HAck and HI: exact octets, Header Len, padding, checksum known answer, bit flips.
 */
class MhFmipExactBytesTestCase : public TestCase
{
  public:
    MhFmipExactBytesTestCase()
        : TestCase("HAck and HI: exact octets, 8n padding, checksum over the pseudo-header")
    {
    }

  private:
    void DoRun() override
    {
        // HAck (RFC 5568 6.2.2), NAR -> PAR, Sequence 0x0102, Code 0, NCoA option:
        //   3b Payload Proto 59 | 03 Header Len (32 octets) | 0f MH Type 15 | 00 Reserved |
        //   057f Checksum | 0102 Sequence | 00 Reserved | 00 Code |
        //   01 00 PadN (2 octets: the option needs 8n+4, offset 10 -> 12) |
        //   22 Type 34 | 12 Length 18 | 02 Option-Code NCoA | 80 Prefix Length 128 | address.
        HandoverAckHeader hack;
        hack.SetSequence(0x0102);
        hack.AddOption(MhIpv6AddressOption{mip6::IPADDR_CODE_NEW_COA, 128, NCOA});
        hack.UpdateChecksum(NAR, PAR);
        const std::string expected =
            "3b030f00057f0102000001002212028020010db8000200000000000000000010";
        NS_TEST_ASSERT_MSG_EQ(ToHex(hack.ToBytes()), expected, "HAck octets");
        NS_TEST_ASSERT_MSG_EQ(hack.GetChecksum(), 0x057f, "checksum known answer (RFC 1071)");
        NS_TEST_ASSERT_MSG_EQ(+hack.GetHeaderLength(), 3, "Header Len excludes the first 8 octets");

        HandoverAckHeader decoded;
        NS_TEST_ASSERT_MSG_EQ(DecodePacket(FromHex(expected), decoded),
                              MhParseStatus::OK,
                              "decode");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetSequence(), 0x0102, "sequence");
        NS_TEST_EXPECT_MSG_EQ(ToHex(decoded.ToBytes()), expected, "re-encodes identically");
        NS_TEST_EXPECT_MSG_EQ(decoded.VerifyChecksum(NAR, PAR), true, "checksum verifies");
        NS_TEST_EXPECT_MSG_EQ(decoded.VerifyChecksum(PCOA, PAR), false, "other source");
        MhIpv6AddressOption ncoa;
        NS_TEST_EXPECT_MSG_EQ(decoded.FindOption(ncoa, mip6::IPADDR_CODE_NEW_COA), true, "NCoA");
        NS_TEST_EXPECT_MSG_EQ(ncoa.address, NCOA, "NCoA value");

        // Every single-bit flip outside the checksum field is caught by the checksum (or by the
        // decoder); a swapped source address is caught too.
        std::vector<uint8_t> bytes = FromHex(expected);
        for (std::size_t bit = 0; bit < bytes.size() * 8; ++bit)
        {
            std::vector<uint8_t> flipped = bytes;
            flipped[bit / 8] ^= static_cast<uint8_t>(1u << (bit % 8));
            Ptr<Packet> p = Create<Packet>(flipped.data(), static_cast<uint32_t>(flipped.size()));
            HandoverAckHeader h;
            NS_TEST_ASSERT_MSG_NE(h.ParseAndVerify(p, NAR, PAR),
                                  MhParseStatus::OK,
                                  "flipped bit " << bit << " accepted");
        }
        {
            std::vector<uint8_t> flipped = bytes;
            flipped[7] ^= 0x01; // sequence number
            Ptr<Packet> p = Create<Packet>(flipped.data(), static_cast<uint32_t>(flipped.size()));
            HandoverAckHeader h;
            NS_TEST_EXPECT_MSG_EQ(h.ParseAndVerify(p, NAR, PAR),
                                  MhParseStatus::BAD_CHECKSUM,
                                  "a flipped data bit gives BAD_CHECKSUM");
            Ptr<Packet> good = Create<Packet>(bytes.data(), static_cast<uint32_t>(bytes.size()));
            NS_TEST_EXPECT_MSG_EQ(h.ParseAndVerify(good, PCOA, PAR),
                                  MhParseStatus::BAD_CHECKSUM,
                                  "other source address: BAD_CHECKSUM");
            NS_TEST_EXPECT_MSG_EQ(h.ParseAndVerify(good, NAR, PAR), MhParseStatus::OK, "good");
        }

        // HI (RFC 5568 6.2.1), Sequence 1, U flag, Code 0, PCoA option:
        //   3b 03 0e 00 cksum | 0001 Sequence | 40 S=0 U=1 | 00 Code | 0100 PadN |
        //   22 12 01 80 PCoA.
        HandoverInitiateHeader hi;
        hi.SetSequence(1);
        hi.SetFlags(HandoverInitiateHeader::FLAG_U);
        hi.AddOption(MhIpv6AddressOption{mip6::IPADDR_CODE_OLD_COA, 128, PCOA});
        NS_TEST_ASSERT_MSG_EQ(ToHex(hi.ToBytes()),
                              "3b030e00000000014000010022120180" +
                                  std::string("20010db8000100000000000000000010"),
                              "HI octets");
        HandoverInitiateHeader hiDecoded;
        NS_TEST_ASSERT_MSG_EQ(Decode(hi.ToBytes(), hiDecoded), MhParseStatus::OK, "HI decodes");
        NS_TEST_EXPECT_MSG_EQ(+hiDecoded.GetFlags(), 0x40, "U flag");
        // An HI without the PCoA (RFC 5568 6.2.1) is rejected.
        HandoverInitiateHeader bare;
        bare.AddOption(MhIpv6AddressOption{mip6::IPADDR_CODE_NEW_COA, 128, NCOA});
        NS_TEST_EXPECT_MSG_EQ(Decode(bare.ToBytes(), hiDecoded),
                              MhParseStatus::MISSING_MANDATORY,
                              "HI without PCoA");
        // HI with the MN's link-layer address too: still 8n, still decodes.
        hi.AddOption(MhLinkLayerAddressOption{mip6::LLA_CODE_MN, {0, 0, 0, 0, 0, 0x10}});
        NS_TEST_EXPECT_MSG_EQ(hi.GetSerializedSize() % 8, 0u, "8n");
        NS_TEST_EXPECT_MSG_EQ(Decode(hi.ToBytes(), hiDecoded), MhParseStatus::OK, "HI + LLA");
        MhLinkLayerAddressOption lla;
        NS_TEST_EXPECT_MSG_EQ(hiDecoded.FindOption(lla), true, "LLA found");
        NS_TEST_EXPECT_MSG_EQ(lla.lla.size(), 6u, "LLA length");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief FBU and FBack with BADF: octets, authenticator over exactly the right octets, tamper.
 */
class MhBadfTestCase : public TestCase
{
  public:
    MhBadfTestCase()
        : TestCase(
              "FBU and FBack BADF: layout, authenticator coverage, tamper and wrong key rejected")
    {
    }

  private:
    void DoRun() override
    {
        crypto::Hk hk = TestHk();
        FastBindingUpdateHeader fbu;
        fbu.SetSequence(1);
        fbu.SetFlags(FastBindingUpdateHeader::FLAG_A);
        fbu.SetLifetime(15);
        fbu.AddOption(AlternateCoaOption{NCOA});
        AppendBadfOption(fbu, SPI, hk, PCOA, PAR);
        fbu.UpdateChecksum(PCOA, PAR);
        std::vector<uint8_t> wire = fbu.ToBytes();
        // FBU (RFC 5568 6.3.1): 3b | 06 (56 octets) | 08 | 00 | cksum | 0001 Sequence |
        //   8000 A flag | 000f Lifetime | 0100 PadN (Alternate CoA at 8n+6 = 14) |
        //   03 10 NCoA (RFC 6275 6.2.5) | 0104 00000000 PadN (BADF at 8n+6 = 38) |
        //   15 10 SPI 00001234 | Authenticator (12 octets, ends the MH at 56).
        const std::string head = "3b060800";
        NS_TEST_ASSERT_MSG_EQ(wire.size(), 56u, "FBU size");
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(wire.begin(), wire.begin() + 4)),
                              head,
                              "FBU common header");
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(wire.begin() + 6, wire.begin() + 44)),
                              "0001"
                              "8000"
                              "000f"
                              "0100"
                              "0310"
                              "20010db8000200000000000000000010"
                              "010400000000"
                              "1510"
                              "00001234",
                              "FBU message data and options");

        // Authenticator = First(96, HMAC-SHA1(HK, CoA || PAR || MH data)), MH data = the MH with
        // the checksum zeroed and without the Authenticator (RFC 5568 6.4.5, READINGS).
        std::vector<uint8_t> covered(wire.begin(), wire.begin() + 44);
        covered[4] = covered[5] = 0;
        std::vector<uint8_t> input;
        auto pcoa = Octets(PCOA);
        auto par = Octets(PAR);
        input.insert(input.end(), pcoa.begin(), pcoa.end());
        input.insert(input.end(), par.begin(), par.end());
        input.insert(input.end(), covered.begin(), covered.end());
        crypto::Bytes mac = crypto::Hmac(crypto::HashAlgorithm::SHA1,
                                         crypto::MacKey(crypto::ByteView(hk.GetBytes())),
                                         input);
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(wire.begin() + 44, wire.end())),
                              ToHex(std::vector<uint8_t>(mac.begin(), mac.begin() + 12)),
                              "authenticator over CoA || PAR || MH data");

        FastBindingUpdateHeader decoded;
        Ptr<Packet> packet = Create<Packet>(wire.data(), static_cast<uint32_t>(wire.size()));
        NS_TEST_ASSERT_MSG_EQ(decoded.ParseAndVerify(packet, PCOA, PAR), MhParseStatus::OK, "FBU");
        NS_TEST_EXPECT_MSG_EQ(ToHex(decoded.ToBytes()), ToHex(wire), "FBU re-encodes");
        BadfOption badf;
        NS_TEST_ASSERT_MSG_EQ(decoded.FindOption(badf), true, "BADF found");
        NS_TEST_EXPECT_MSG_EQ(badf.spi, SPI, "SPI");
        NS_TEST_EXPECT_MSG_EQ(VerifyBadfOption(decoded, hk, PCOA, PAR), MhParseStatus::OK, "BADF");

        // Wrong key, wrong CoA, wrong PAR, and any tampered octet (checksum fixed up, as an
        // attacker would) are rejected.
        crypto::Hk otherHk = crypto::DeriveHk(crypto::PrfAlgorithm::HMAC_SHA1,
                                              TestHmk(),
                                              TestNonce(0x00),
                                              TestNonce(0x11),
                                              NAI,
                                              Octets(PAR));
        NS_TEST_EXPECT_MSG_EQ(VerifyBadfOption(decoded, otherHk, PCOA, PAR),
                              MhParseStatus::BAD_MAC,
                              "wrong HK");
        NS_TEST_EXPECT_MSG_EQ(VerifyBadfOption(decoded, hk, NCOA, PAR),
                              MhParseStatus::BAD_MAC,
                              "wrong CoA");
        NS_TEST_EXPECT_MSG_EQ(VerifyBadfOption(decoded, hk, PCOA, NAR),
                              MhParseStatus::BAD_MAC,
                              "wrong PAR");
        for (std::size_t k = 0; k < wire.size(); ++k)
        {
            if (k == 4 || k == 5)
            {
                continue; // the checksum is not covered
            }
            std::vector<uint8_t> tampered = wire;
            tampered[k] ^= 0x01;
            FastBindingUpdateHeader t;
            bool accepted = Decode(tampered, t) == MhParseStatus::OK &&
                            VerifyBadfOption(t, hk, PCOA, PAR) == MhParseStatus::OK;
            NS_TEST_ASSERT_MSG_EQ(accepted, false, "tampered octet " << k << " accepted");
        }
        std::vector<uint8_t> tamperedNcoa = wire;
        tamperedNcoa[31] ^= 0x01; // inside the Alternate CoA: decodes, authenticator fails
        FastBindingUpdateHeader t;
        NS_TEST_ASSERT_MSG_EQ(Decode(tamperedNcoa, t), MhParseStatus::OK, "decodes");
        NS_TEST_EXPECT_MSG_EQ(VerifyBadfOption(t, hk, PCOA, PAR),
                              MhParseStatus::BAD_MAC,
                              "tampered NCoA gives BAD_MAC");
        // The checksum field is not covered: a rewritten checksum keeps the BADF valid.
        FastBindingUpdateHeader rechecked;
        Decode(wire, rechecked);
        rechecked.SetChecksum(0xffff);
        NS_TEST_EXPECT_MSG_EQ(VerifyBadfOption(rechecked, hk, PCOA, PAR),
                              MhParseStatus::OK,
                              "checksum zeroed for the authenticator");

        // BADF mandatory and last.
        FastBindingUpdateHeader open;
        open.AddOption(AlternateCoaOption{NCOA});
        NS_TEST_EXPECT_MSG_EQ(Decode(open.ToBytes(), decoded),
                              MhParseStatus::MISSING_MANDATORY,
                              "FBU without BADF");
        FastBindingUpdateHeader lenient;
        lenient.SetBadfRequired(false);
        NS_TEST_EXPECT_MSG_EQ(Decode(open.ToBytes(), lenient),
                              MhParseStatus::OK,
                              "FBU without BADF when not required (fmipv6-open)");
        FastBindingUpdateHeader misplaced;
        AppendBadfOption(misplaced, SPI, hk, PCOA, PAR);
        misplaced.AddOption(AlternateCoaOption{NCOA});
        NS_TEST_EXPECT_MSG_EQ(Decode(misplaced.ToBytes(), decoded),
                              MhParseStatus::MISPLACED,
                              "BADF not last");

        // FBack (RFC 5568 6.3.2): 3b 03 09 00 cksum | 00 Status | 00 K, Reserved |
        //   0001 Sequence | 000f Lifetime | 0100 PadN | 15 10 SPI Authenticator.
        FastBindingAckHeader fback;
        fback.SetSequence(1);
        fback.SetLifetime(15);
        AppendBadfOption(fback, SPI, hk, PCOA, PAR);
        std::vector<uint8_t> fbackWire = fback.ToBytes();
        NS_TEST_ASSERT_MSG_EQ(fbackWire.size(), 32u, "FBack size");
        NS_TEST_EXPECT_MSG_EQ(
            ToHex(std::vector<uint8_t>(fbackWire.begin(), fbackWire.begin() + 20)),
            "3b030900000000000001000f0100151000001234",
            "FBack octets");
        FastBindingAckHeader fbackDecoded;
        NS_TEST_ASSERT_MSG_EQ(Decode(fbackWire, fbackDecoded), MhParseStatus::OK, "FBack");
        NS_TEST_EXPECT_MSG_EQ(VerifyBadfOption(fbackDecoded, hk, PCOA, PAR),
                              MhParseStatus::OK,
                              "FBack BADF");
        fbackWire[7] ^= 0x80; // K flag
        NS_TEST_ASSERT_MSG_EQ(Decode(fbackWire, fbackDecoded), MhParseStatus::OK, "decodes");
        NS_TEST_EXPECT_MSG_EQ(VerifyBadfOption(fbackDecoded, hk, PCOA, PAR),
                              MhParseStatus::BAD_MAC,
                              "FBack tampered flag");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief HKReq: octets, MAC option coverage (MN-HKS with the HIK), mandatory options, V flag.
 */
class MhHkReqTestCase : public TestCase
{
  public:
    MhHkReqTestCase()
        : TestCase("HKReq: octets, MN-HKS MAC over MH data, mandatory options, verify flag")
    {
    }

  private:
    void DoRun() override
    {
        const auto prf = crypto::PrfAlgorithm::HMAC_SHA1;
        crypto::Hik hik = crypto::DeriveHik(prf, TestHmk(), 7);
        HandoverKeyRequestHeader hkreq;
        hkreq.SetMessageId(7);
        hkreq.SetKeyCareOfAddress(PCOA);
        hkreq.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, NAI});
        crypto::Nonce16 mnNonce = TestNonce(0);
        hkreq.AddOption(
            HandoverNonceOption{mip6::NONCE_SUBTYPE_MN, 0, {mnNonce.begin(), mnNonce.end()}});
        AppendMacOption(hkreq, prf, hik);
        hkreq.UpdateChecksum(PCOA, PAR);
        std::vector<uint8_t> wire = hkreq.ToBytes();
        // HKReq (draft 5.1.1), MH Type 253 (private): 3b | 0a (88 octets) | fd | 00 | cksum |
        //   07 Message ID | 10 V=0 PRF=1 Reserved=0 | Key CoA (16) |
        //   08 10 01 "mn1@example.net" MN ID (RFC 4283, no alignment), offset 24..41 |
        //   0100 PadN (Handover Nonce at 4n = 44) | fa 12 02 00 MN-Nonce (16) |
        //   fb 16 01 01 MN-HKS MAC, HMAC-SHA-1 (offset 64) | AUTH (20), ends at 88 = 8 * 11.
        const std::string expectedHead = "3b0afd00" /* checksum */;
        const std::string expectedBody = "0710"
                                         "20010db8000100000000000000000010"
                                         "0810016d6e31406578616d706c652e6e6574"
                                         "0100"
                                         "fa120200000102030405060708090a0b0c0d0e0f"
                                         "fb160101";
        NS_TEST_ASSERT_MSG_EQ(wire.size(), 88u, "HKReq size");
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(wire.begin(), wire.begin() + 4)),
                              expectedHead,
                              "HKReq common header");
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(wire.begin() + 6, wire.begin() + 68)),
                              expectedBody,
                              "HKReq data and options");

        // AUTH = HMAC-SHA1(HIK, MH data): MH start through the Algorithm Type, checksum 0.
        std::vector<uint8_t> covered(wire.begin(), wire.begin() + 68);
        covered[4] = covered[5] = 0;
        crypto::Bytes auth = crypto::Hmac(crypto::HashAlgorithm::SHA1,
                                          crypto::MacKey(crypto::ByteView(hik.GetBytes())),
                                          covered);
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(wire.begin() + 68, wire.end())),
                              ToHex(auth),
                              "AUTH over exactly MH data");
        NS_TEST_EXPECT_MSG_EQ(ToHex(MacCoveredData(hkreq, hkreq.GetOptions().size() - 1)),
                              ToHex(covered),
                              "MacCoveredData");

        HandoverKeyRequestHeader decoded;
        Ptr<Packet> packet = Create<Packet>(wire.data(), static_cast<uint32_t>(wire.size()));
        NS_TEST_ASSERT_MSG_EQ(decoded.ParseAndVerify(packet, PCOA, PAR),
                              MhParseStatus::OK,
                              "HKReq");
        NS_TEST_EXPECT_MSG_EQ(+decoded.GetMessageId(), 7, "Message ID");
        NS_TEST_EXPECT_MSG_EQ(+decoded.GetPrf(), 1, "PRF");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetKeyCareOfAddress(), PCOA, "Key CoA");
        MnIdentifierOption mnId;
        NS_TEST_EXPECT_MSG_EQ(decoded.FindOption(mnId), true, "MN ID");
        NS_TEST_EXPECT_MSG_EQ(mnId.identifier, NAI, "NAI");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, hik), MhParseStatus::OK, "MAC verifies");

        // Wrong key (the HIK of another Message ID), an HK instead of the HIK (no MN-AR MAC
        // present), and every tampered octet outside the checksum give BAD_MAC.
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, crypto::DeriveHik(prf, TestHmk(), 8)),
                              MhParseStatus::BAD_MAC,
                              "wrong HIK");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, TestHk()),
                              MhParseStatus::MISSING_MANDATORY,
                              "no MN-AR MAC");
        for (std::size_t k = 0; k < wire.size(); ++k)
        {
            if (k == 4 || k == 5)
            {
                continue;
            }
            std::vector<uint8_t> tampered = wire;
            tampered[k] ^= 0x01;
            HandoverKeyRequestHeader t;
            bool accepted = Decode(tampered, t) == MhParseStatus::OK &&
                            VerifyMacOption(t, hik) == MhParseStatus::OK;
            NS_TEST_ASSERT_MSG_EQ(accepted, false, "tampered octet " << k << " accepted");
        }
        std::vector<uint8_t> tamperedId = wire;
        tamperedId[30] ^= 0x01; // a letter of the NAI: decodes, MAC fails
        HandoverKeyRequestHeader tid;
        NS_TEST_ASSERT_MSG_EQ(Decode(tamperedId, tid), MhParseStatus::OK, "decodes");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(tid, hik), MhParseStatus::BAD_MAC, "tampered NAI");

        // Mandatory options (draft 5.2.2, 6.3): MN ID, a MAC, the MN-Nonce without V.
        HandoverKeyRequestHeader noId;
        noId.AddOption(HandoverNonceOption{mip6::NONCE_SUBTYPE_MN, 0, {1, 2, 3, 4}});
        AppendMacOption(noId, prf, hik);
        NS_TEST_EXPECT_MSG_EQ(Decode(noId.ToBytes(), decoded),
                              MhParseStatus::MISSING_MANDATORY,
                              "no MN ID");
        HandoverKeyRequestHeader noMac;
        noMac.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, NAI});
        noMac.AddOption(HandoverNonceOption{mip6::NONCE_SUBTYPE_MN, 0, {1, 2, 3, 4}});
        NS_TEST_EXPECT_MSG_EQ(Decode(noMac.ToBytes(), decoded),
                              MhParseStatus::MISSING_MANDATORY,
                              "no MAC");
        HandoverKeyRequestHeader noNonce;
        noNonce.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, NAI});
        AppendMacOption(noNonce, prf, hik);
        NS_TEST_EXPECT_MSG_EQ(Decode(noNonce.ToBytes(), decoded),
                              MhParseStatus::MISSING_MANDATORY,
                              "no MN-Nonce");
        HandoverKeyRequestHeader twice;
        twice.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, NAI});
        twice.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, "x@y"});
        twice.AddOption(HandoverNonceOption{mip6::NONCE_SUBTYPE_MN, 0, {1}});
        AppendMacOption(twice, prf, hik);
        NS_TEST_EXPECT_MSG_EQ(Decode(twice.ToBytes(), decoded),
                              MhParseStatus::DUPLICATE,
                              "two MN ID options");

        // Verify flag (draft 6.2.3): the MN-AR MAC is mandatory and last.
        crypto::Hk hk = TestHk();
        HandoverKeyRequestHeader verify;
        verify.SetVerify(true);
        verify.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, NAI});
        verify.AddOption(HkSpiOption{SPI});
        AppendMacOption(verify, prf, hk);
        NS_TEST_ASSERT_MSG_EQ(Decode(verify.ToBytes(), decoded), MhParseStatus::OK, "V request");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetVerify(), true, "V flag");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, hk), MhParseStatus::OK, "MN-AR MAC");
        HkSpiOption spi;
        NS_TEST_EXPECT_MSG_EQ(decoded.FindOption(spi) && spi.spi == SPI, true, "HK SPI option");
        HandoverKeyRequestHeader verifyHik;
        verifyHik.SetVerify(true);
        verifyHik.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, NAI});
        AppendMacOption(verifyHik, prf, hik);
        NS_TEST_EXPECT_MSG_EQ(Decode(verifyHik.ToBytes(), decoded),
                              MhParseStatus::MISSING_MANDATORY,
                              "V without MN-AR MAC");
        HandoverKeyRequestHeader notLast;
        notLast.SetVerify(true);
        AppendMacOption(notLast, prf, hk);
        notLast.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, NAI});
        NS_TEST_EXPECT_MSG_EQ(Decode(notLast.ToBytes(), decoded),
                              MhParseStatus::MISPLACED,
                              "MN-AR MAC not last");

        // HMAC-SHA-256 MAC option (Algorithm Type 2, 32-octet AUTH).
        crypto::Hik hik256 = crypto::DeriveHik(crypto::PrfAlgorithm::HMAC_SHA256, TestHmk(), 7);
        HandoverKeyRequestHeader sha256;
        sha256.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, NAI});
        sha256.AddOption(HandoverNonceOption{mip6::NONCE_SUBTYPE_MN, 0, {1, 2}});
        sha256.AddOption(HkTimestampOption{0x0123456789abcdefULL});
        AppendMacOption(sha256, crypto::PrfAlgorithm::HMAC_SHA256, hik256);
        NS_TEST_ASSERT_MSG_EQ(Decode(sha256.ToBytes(), decoded), MhParseStatus::OK, "SHA-256");
        MacOption mac;
        NS_TEST_EXPECT_MSG_EQ(decoded.FindOption(mac), true, "MAC option");
        NS_TEST_EXPECT_MSG_EQ(+mac.algorithm, 2, "Algorithm Type");
        NS_TEST_EXPECT_MSG_EQ(mac.auth.size(), 32u, "full-length AUTH");
        HkTimestampOption ts;
        NS_TEST_EXPECT_MSG_EQ(decoded.FindOption(ts), true, "Timestamp");
        NS_TEST_EXPECT_MSG_EQ(ts.timestamp, 0x0123456789abcdefULL, "64-bit NTP timestamp");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, hik256), MhParseStatus::OK, "verifies");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, hik), MhParseStatus::BAD_MAC, "SHA1 key");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief HKResp: octets (24-bit Lifetime, SPI), MN-AR MAC with the HK, mandatory rules.
 */
class MhHkRespTestCase : public TestCase
{
  public:
    MhHkRespTestCase()
        : TestCase("HKResp: octets, MN-AR MAC with the HK, error responses, mandatory options")
    {
    }

  private:
    void DoRun() override
    {
        const auto prf = crypto::PrfAlgorithm::HMAC_SHA1;
        crypto::Hk hk = TestHk();
        crypto::Nonce16 hksNonce = TestNonce(0x10);
        HandoverKeyResponseHeader hkresp;
        hkresp.SetMessageId(7);
        hkresp.SetLifetime(3600);
        hkresp.SetSpi(SPI);
        hkresp.AddOption(
            HandoverNonceOption{mip6::NONCE_SUBTYPE_HKS, 0, {hksNonce.begin(), hksNonce.end()}});
        AppendMacOption(hkresp, prf, hk);
        std::vector<uint8_t> wire = hkresp.ToBytes();
        // HKResp (draft 5.1.2), MH Type 254 (private): 3b | 07 (64 octets) | fe | 00 | cksum |
        //   07 Message ID | 10 V=0 PRF=1 | 00 Status | 000e10 Lifetime 3600 | 00001234 SPI |
        //   fa 12 01 00 HKS-Nonce (offset 16) | fb 16 02 01 MN-AR MAC (offset 36) | AUTH (20) |
        //   0102 0000 PadN to 64.
        NS_TEST_ASSERT_MSG_EQ(wire.size(), 64u, "HKResp size");
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(wire.begin(), wire.begin() + 4)),
                              "3b07fe00",
                              "common header");
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(wire.begin() + 6, wire.begin() + 40)),
                              "071000000e1000001234"
                              "fa120100101112131415161718191a1b1c1d1e1f"
                              "fb160201",
                              "message data and options");
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(wire.begin() + 60, wire.end())),
                              "01020000",
                              "final PadN");
        std::vector<uint8_t> covered(wire.begin(), wire.begin() + 40);
        covered[4] = covered[5] = 0;
        crypto::Bytes auth = crypto::Hmac(crypto::HashAlgorithm::SHA1,
                                          crypto::MacKey(crypto::ByteView(hk.GetBytes())),
                                          covered);
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(wire.begin() + 40, wire.begin() + 60)),
                              ToHex(auth),
                              "AUTH covers up to Algorithm Type (Header Len final)");

        HandoverKeyResponseHeader decoded;
        NS_TEST_ASSERT_MSG_EQ(DecodePacket(wire, decoded), MhParseStatus::OK, "decodes");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetLifetime(), 3600u, "Lifetime");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetSpi(), SPI, "SPI");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, hk), MhParseStatus::OK, "MN-AR MAC");
        std::vector<uint8_t> tampered = wire;
        tampered[13] ^= 0x01; // SPI
        NS_TEST_ASSERT_MSG_EQ(Decode(tampered, decoded), MhParseStatus::OK, "decodes");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, hk), MhParseStatus::BAD_MAC, "tampered SPI");

        // A 24-bit Lifetime round trip.
        HandoverKeyResponseHeader big;
        big.SetLifetime(HandoverKeyResponseHeader::MAX_LIFETIME);
        big.SetStatus(mip6::HK_TIMESTAMP_REQD);
        NS_TEST_ASSERT_MSG_EQ(Decode(big.ToBytes(), decoded),
                              MhParseStatus::OK,
                              "an error response may lack MAC and nonce");
        NS_TEST_EXPECT_MSG_EQ(decoded.GetLifetime(), 0xffffffu, "24-bit lifetime");
        NS_TEST_EXPECT_MSG_EQ(+decoded.GetStatus(), 135, "TIMESTAMP_REQD");
        NS_TEST_EXPECT_MSG_EQ(big.GetSerializedSize(), 16u, "16 octets, no options");

        HandoverKeyResponseHeader noMac;
        noMac.AddOption(HandoverNonceOption{mip6::NONCE_SUBTYPE_HKS, 0, {1}});
        NS_TEST_EXPECT_MSG_EQ(Decode(noMac.ToBytes(), decoded),
                              MhParseStatus::MISSING_MANDATORY,
                              "success without MAC");
        HandoverKeyResponseHeader noNonce;
        AppendMacOption(noNonce, prf, hk);
        NS_TEST_EXPECT_MSG_EQ(Decode(noNonce.ToBytes(), decoded),
                              MhParseStatus::MISSING_MANDATORY,
                              "success without HKS-Nonce");
        HandoverKeyResponseHeader verified;
        verified.SetVerified(true);
        AppendMacOption(verified, prf, hk);
        NS_TEST_EXPECT_MSG_EQ(Decode(verified.ToBytes(), decoded),
                              MhParseStatus::OK,
                              "verified response needs no nonce");
        // Both MACs (MN-HKS from the HKS, MN-AR from the AR) may be present, once each.
        HandoverKeyResponseHeader both;
        both.AddOption(HandoverNonceOption{mip6::NONCE_SUBTYPE_HKS, 0, {1}});
        AppendMacOptions(both, prf, crypto::DeriveHik(prf, TestHmk(), 7), hk);
        NS_TEST_ASSERT_MSG_EQ(Decode(both.ToBytes(), decoded), MhParseStatus::OK, "two MACs");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, hk), MhParseStatus::OK, "MN-AR");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, crypto::DeriveHik(prf, TestHmk(), 7)),
                              MhParseStatus::OK,
                              "MN-HKS");
        // Appending a MAC later changes the Header Len the earlier AUTHs cover.
        HandoverKeyResponseHeader oneByOne;
        oneByOne.AddOption(HandoverNonceOption{mip6::NONCE_SUBTYPE_HKS, 0, {1}});
        AppendMacOption(oneByOne, prf, crypto::DeriveHik(prf, TestHmk(), 7));
        AppendMacOption(oneByOne, prf, hk);
        NS_TEST_ASSERT_MSG_EQ(Decode(oneByOne.ToBytes(), decoded), MhParseStatus::OK, "decodes");
        NS_TEST_EXPECT_MSG_EQ(VerifyMacOption(decoded, crypto::DeriveHik(prf, TestHmk(), 7)),
                              MhParseStatus::BAD_MAC,
                              "Header Len is covered");
        AppendMacOption(both, prf, hk);
        NS_TEST_EXPECT_MSG_EQ(Decode(both.ToBytes(), decoded),
                              MhParseStatus::DUPLICATE,
                              "two MN-AR MACs");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Strict option decoding: truncated, overlong, bad length, padding, unknown types.
 */
class MhStrictOptionsTestCase : public TestCase
{
  public:
    MhStrictOptionsTestCase()
        : TestCase("strict options: truncated, overlong, bad length, padding, unknown skipped")
    {
    }

  private:
    /// A HAck (no mandatory option) with the given option octets, Header Len fixed up to 8n.
    static std::vector<uint8_t> HackWith(const std::string& optionsHex)
    {
        std::vector<uint8_t> bytes = FromHex("3b000f000000"
                                             "00010000" +
                                             optionsHex);
        bytes[1] = static_cast<uint8_t>(bytes.size() / 8 - 1);
        return bytes;
    }

    void DoRun() override
    {
        HandoverAckHeader h;
        // Baseline: 10 + PadN(6 octets) = 16.
        NS_TEST_ASSERT_MSG_EQ(Decode(HackWith("01040000"
                                              "0000"),
                                     h),
                              MhParseStatus::OK,
                              "PadN");
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("00000000"
                                              "0000"),
                                     h),
                              MhParseStatus::OK,
                              "Pad1 x6");
        // Unknown option type 200 (RFC 6275 6.2.1: skipped), then padding.
        NS_TEST_ASSERT_MSG_EQ(Decode(HackWith("c8020102"
                                              "0000"),
                                     h),
                              MhParseStatus::OK,
                              "unknown option skipped");
        NS_TEST_EXPECT_MSG_EQ(h.GetUnknownOptionCount(), 1u, "counted");
        NS_TEST_EXPECT_MSG_EQ(h.GetOptions().size(), 3u, "kept for re-encoding");
        // Option Length runs past the end of the MH.
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("c8050102"
                                              "0000"),
                                     h),
                              MhParseStatus::OVERLONG,
                              "option overlong");
        // Option header cut: a Type octet alone at the end.
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("01030000"
                                              "00c8"),
                                     h),
                              MhParseStatus::TRUNCATED,
                              "option truncated");
        // Known fixed-length options with a wrong Length.
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("fc040000"
                                              "0000"),
                                     h),
                              MhParseStatus::BAD_LENGTH,
                              "Timestamp of 4 octets");
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("150400001234"), h),
                              MhParseStatus::BAD_LENGTH,
                              "BADF of 4 octets");
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("fb0401010000"), h),
                              MhParseStatus::BAD_LENGTH,
                              "MAC with a 2-octet HMAC-SHA-1 AUTH");
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("08010100"
                                              "0000"),
                                     h),
                              MhParseStatus::BAD_LENGTH,
                              "MN ID without identifier");
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("08020361"
                                              "0000"),
                                     h),
                              MhParseStatus::BAD_VALUE,
                              "MN ID subtype 3");
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("fa030700"
                                              "aa00"),
                                     h),
                              MhParseStatus::BAD_VALUE,
                              "nonce subtype 7");
        // Padding: non-zero PadN, runs longer than 7 octets.
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("01040000"
                                              "0100"),
                                     h),
                              MhParseStatus::BAD_PADDING,
                              "non-zero PadN");
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("0104000000000106"
                                              "000000000000"),
                                     h),
                              MhParseStatus::BAD_PADDING,
                              "14 octets of padding");
        // Duplicate known option (two Timestamps).
        NS_TEST_EXPECT_MSG_EQ(Decode(HackWith("fc080000000000000001"
                                              "fc080000000000000002"
                                              "0100"),
                                     h),
                              MhParseStatus::DUPLICATE,
                              "two Timestamp options");

        // Header Len against the octets present.
        std::vector<uint8_t> good = HackWith("01040000"
                                             "0000");
        std::vector<uint8_t> shorter(good.begin(), good.end() - 1);
        NS_TEST_EXPECT_MSG_EQ(Decode(shorter, h), MhParseStatus::TRUNCATED, "packet shorter");
        std::vector<uint8_t> longer = good;
        longer.push_back(0);
        NS_TEST_EXPECT_MSG_EQ(Decode(longer, h), MhParseStatus::OVERLONG, "packet longer");
        NS_TEST_EXPECT_MSG_EQ(DecodePacket(longer, h),
                              MhParseStatus::OVERLONG,
                              "packet longer (Packet path)");
        std::vector<uint8_t> bigLen = good;
        bigLen[1] = 2;
        NS_TEST_EXPECT_MSG_EQ(Decode(bigLen, h), MhParseStatus::TRUNCATED, "Header Len too big");
        std::vector<uint8_t> tiny = FromHex("3b000f0000000001");
        NS_TEST_EXPECT_MSG_EQ(Decode(tiny, h),
                              MhParseStatus::BAD_LENGTH,
                              "Header Len 0 cannot hold the HAck data");
        NS_TEST_EXPECT_MSG_EQ(Decode(std::vector<uint8_t>{0x3b, 0x00, 0x0f}, h),
                              MhParseStatus::TRUNCATED,
                              "3 octets");
        std::vector<uint8_t> proto = good;
        proto[0] = 6;
        NS_TEST_EXPECT_MSG_EQ(Decode(proto, h), MhParseStatus::BAD_PAYLOAD_PROTO, "proto 6");
        std::vector<uint8_t> type = good;
        type[2] = mip6::MH_HANDOVER_INITIATE;
        NS_TEST_EXPECT_MSG_EQ(Decode(type, h), MhParseStatus::WRONG_TYPE, "MH type 14 as HAck");
        uint8_t peeked = 0;
        NS_TEST_EXPECT_MSG_EQ(MobilityHeader::PeekMhType(type.data(), type.size(), peeked),
                              MhParseStatus::OK,
                              "peek");
        NS_TEST_EXPECT_MSG_EQ(+peeked, 14, "peeked type");
        std::vector<uint8_t> bu = good;
        bu[2] = mip6::MH_BINDING_UPDATE;
        NS_TEST_EXPECT_MSG_EQ(MobilityHeader::PeekMhType(bu.data(), bu.size(), peeked),
                              MhParseStatus::UNKNOWN_TYPE,
                              "a Binding Update is not decoded here");
        NS_TEST_EXPECT_MSG_EQ(+peeked, 5, "peeked type 5");
        NS_TEST_EXPECT_MSG_EQ(MobilityHeader::PeekMhType(bu.data(), 5, peeked),
                              MhParseStatus::TRUNCATED,
                              "5 octets");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Every message is a multiple of 8 octets whatever its options, and decodes back.
 */
class MhPaddingTestCase : public TestCase
{
  public:
    MhPaddingTestCase()
        : TestCase("padding: every message is 8n octets for every option length, and decodes")
    {
    }

  private:
    void DoRun() override
    {
        const auto prf = crypto::PrfAlgorithm::HMAC_SHA1;
        crypto::Hik hik = crypto::DeriveHik(prf, TestHmk(), 1);
        crypto::Hk hk = TestHk();
        for (uint32_t n = 1; n <= 24; ++n)
        {
            std::string id(n, 'a');
            HandoverKeyRequestHeader req;
            req.AddOption(MnIdentifierOption{mip6::MN_ID_SUBTYPE_NAI, id});
            req.AddOption(
                HandoverNonceOption{mip6::NONCE_SUBTYPE_MN, 0, std::vector<uint8_t>(n, 0x5a)});
            if (n % 2)
            {
                req.AddOption(HkTimestampOption{n});
            }
            AppendMacOption(req, prf, hik);
            std::vector<uint8_t> bytes = req.ToBytes();
            NS_TEST_ASSERT_MSG_EQ(bytes.size() % 8, 0u, "HKReq 8n for n=" << n);
            NS_TEST_ASSERT_MSG_EQ((bytes[1] + 1u) * 8, bytes.size(), "Header Len, n=" << n);
            HandoverKeyRequestHeader d;
            NS_TEST_ASSERT_MSG_EQ(Decode(bytes, d), MhParseStatus::OK, "decodes, n=" << n);
            NS_TEST_ASSERT_MSG_EQ(ToHex(d.ToBytes()), ToHex(bytes), "re-encodes, n=" << n);
            NS_TEST_ASSERT_MSG_EQ(VerifyMacOption(d, hik), MhParseStatus::OK, "MAC, n=" << n);

            HandoverKeyResponseHeader resp;
            resp.AddOption(
                HandoverNonceOption{mip6::NONCE_SUBTYPE_HKS, 0, std::vector<uint8_t>(n, 0xa5)});
            AppendMacOption(resp, prf, hk);
            NS_TEST_ASSERT_MSG_EQ(resp.GetSerializedSize() % 8, 0u, "HKResp 8n, n=" << n);
            HandoverKeyResponseHeader dr;
            NS_TEST_ASSERT_MSG_EQ(Decode(resp.ToBytes(), dr), MhParseStatus::OK, "HKResp n=" << n);

            HandoverInitiateHeader hi;
            hi.AddOption(MhIpv6AddressOption{mip6::IPADDR_CODE_OLD_COA, 128, PCOA});
            hi.AddOption(MhLinkLayerAddressOption{mip6::LLA_CODE_MN, std::vector<uint8_t>(n, 1)});
            NS_TEST_ASSERT_MSG_EQ(hi.GetSerializedSize() % 8, 0u, "HI 8n, n=" << n);
            HandoverInitiateHeader dh;
            NS_TEST_ASSERT_MSG_EQ(Decode(hi.ToBytes(), dh), MhParseStatus::OK, "HI n=" << n);

            FastBindingUpdateHeader fbu;
            fbu.AddOption(MhLinkLayerAddressOption{mip6::LLA_CODE_MN, std::vector<uint8_t>(n, 2)});
            AppendBadfOption(fbu, n, hk, PCOA, PAR);
            NS_TEST_ASSERT_MSG_EQ(fbu.GetSerializedSize() % 8, 0u, "FBU 8n, n=" << n);
            FastBindingUpdateHeader df;
            NS_TEST_ASSERT_MSG_EQ(Decode(fbu.ToBytes(), df), MhParseStatus::OK, "FBU n=" << n);
            NS_TEST_ASSERT_MSG_EQ(VerifyBadfOption(df, hk, PCOA, PAR),
                                  MhParseStatus::OK,
                                  "BADF n=" << n);
        }
        HandoverAckHeader empty;
        // HAck without options: 10 octets padded with PadN(6): 3b 01 0f 00 0000 0000 00 00 0104
        // 0000 0000.
        NS_TEST_EXPECT_MSG_EQ(ToHex(empty.ToBytes()),
                              "3b010f0000000000000001040000"
                              "0000",
                              "HAck padded to 16");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief ICMPv6 FMIPv6 messages (RtSolPr, PrRtAdv) and the UNA: octets, checksum, strictness.
 */
class Fmip6IcmpTestCase : public TestCase
{
  public:
    Fmip6IcmpTestCase()
        : TestCase("RtSolPr, PrRtAdv, UNA: octets, ICMPv6 checksum, strict ND options")
    {
    }

  private:
    void DoRun() override
    {
        const std::vector<uint8_t> mnMac{0, 0, 0, 0, 0, 0x10};
        const std::vector<uint8_t> apMac{0, 0, 0, 0, 0x02, 0xaa};
        // RtSolPr (RFC 5568 6.1.1): 9a Type 154 | 00 Code | cksum | 02 Subtype | 00 Reserved |
        //   002a Identifier | 01 01 MN MAC (SLLA, RFC 4861 4.6.1) |
        //   13 02 01 AP MAC 00*7 (LLA option type 19, Option-Code 1, padded to 16).
        RtSolPrHeader rtsolpr;
        rtsolpr.SetIdentifier(42);
        rtsolpr.AddOption(NdLinkLayerAddressOption{mip6::ND_OPT_SOURCE_LLA, mnMac});
        rtsolpr.AddOption(FmipLinkLayerAddressOption{mip6::LLA_CODE_NEW_AP, apMac});
        NS_TEST_ASSERT_MSG_EQ(ToHex(rtsolpr.ToBytes()),
                              "9a0000000200002a"
                              "0101000000000010"
                              "1302010000000002aa00000000000000",
                              "RtSolPr octets");
        rtsolpr.UpdateChecksum(PCOA, PAR);
        RtSolPrHeader d;
        std::vector<uint8_t> wire = rtsolpr.ToBytes();
        Ptr<Packet> p = Create<Packet>(wire.data(), static_cast<uint32_t>(wire.size()));
        NS_TEST_ASSERT_MSG_EQ(d.ParseAndVerify(p, PCOA, PAR), MhParseStatus::OK, "RtSolPr");
        NS_TEST_EXPECT_MSG_EQ(d.GetIdentifier(), 42, "Identifier");
        FmipLinkLayerAddressOption lla;
        NS_TEST_ASSERT_MSG_EQ(FmipLinkLayerAddressOption::FromOption(d.GetOptions()[1], 6, lla),
                              MhParseStatus::OK,
                              "LLA option");
        NS_TEST_EXPECT_MSG_EQ(ToHex(lla.lla), "0000000002aa", "new AP");
        wire[7] ^= 1;
        p = Create<Packet>(wire.data(), static_cast<uint32_t>(wire.size()));
        NS_TEST_EXPECT_MSG_EQ(d.ParseAndVerify(p, PCOA, PAR), MhParseStatus::BAD_CHECKSUM, "flip");
        NS_TEST_EXPECT_MSG_EQ(Decode(FromHex("9a0000000200002a0101000000000010"), d),
                              MhParseStatus::MISSING_MANDATORY,
                              "RtSolPr without new AP LLA");
        NS_TEST_EXPECT_MSG_EQ(Decode(FromHex("9a0000000300002a"), d),
                              MhParseStatus::WRONG_TYPE,
                              "subtype 3 as RtSolPr");
        NS_TEST_EXPECT_MSG_EQ(Decode(FromHex("9a0000000200002a0100000000000010"), d),
                              MhParseStatus::BAD_LENGTH,
                              "ND option Length 0");
        NS_TEST_EXPECT_MSG_EQ(Decode(FromHex("9a0000000200002a0102000000000010"), d),
                              MhParseStatus::OVERLONG,
                              "ND option past the end");
        NS_TEST_EXPECT_MSG_EQ(Decode(FromHex("9a000000020000"), d),
                              MhParseStatus::TRUNCATED,
                              "7 octets");

        PrRtAdvHeader prrtadv;
        prrtadv.SetIdentifier(42);
        prrtadv.AddOption(FmipLinkLayerAddressOption{mip6::LLA_CODE_NEW_AP, apMac});
        prrtadv.AddOption(FmipIpAddressOption{mip6::IPADDR_CODE_NAR_ADDRESS, 128, NAR});
        // IP Address/Prefix option (RFC 5568 6.4.1): 11 03 03 80 00000000 address.
        std::vector<uint8_t> adv = prrtadv.ToBytes();
        NS_TEST_EXPECT_MSG_EQ(ToHex(std::vector<uint8_t>(adv.begin() + 24, adv.end())),
                              "1103038000000000"
                              "20010db8000200000000000000000001",
                              "IP Address option");
        PrRtAdvHeader da;
        NS_TEST_ASSERT_MSG_EQ(Decode(adv, da), MhParseStatus::OK, "PrRtAdv");
        FmipIpAddressOption ip;
        NS_TEST_ASSERT_MSG_EQ(FmipIpAddressOption::FromOption(da.GetOptions()[1], ip),
                              MhParseStatus::OK,
                              "IP option");
        NS_TEST_EXPECT_MSG_EQ(ip.address, NAR, "NAR address");

        // UNA (RFC 5568 6.3.3 / RFC 4861 4.4): 88 Type 136 | 00 | fa f9 Checksum (also what
        // tshark reports as correct) | 20000000 O flag | Target NCoA | 02 01 MN MAC (TLLA).
        UnsolicitedNeighborAdvertisementHeader una;
        una.SetTarget(NCOA);
        una.SetTargetLinkLayerAddress(mnMac);
        una.UpdateChecksum(NCOA, Ipv6Address::GetAllNodesMulticast());
        NS_TEST_ASSERT_MSG_EQ(ToHex(una.ToBytes()),
                              "8800faf920000000"
                              "20010db8000200000000000000000010"
                              "0201000000000010",
                              "UNA octets");
        UnsolicitedNeighborAdvertisementHeader du;
        std::vector<uint8_t> unaWire = una.ToBytes();
        p = Create<Packet>(unaWire.data(), static_cast<uint32_t>(unaWire.size()));
        NS_TEST_ASSERT_MSG_EQ(du.ParseAndVerify(p, NCOA, Ipv6Address::GetAllNodesMulticast()),
                              MhParseStatus::OK,
                              "UNA");
        NS_TEST_EXPECT_MSG_EQ(du.GetTarget(), NCOA, "target");
        unaWire[4] |= 0x40; // S flag: not unsolicited
        NS_TEST_EXPECT_MSG_EQ(Decode(unaWire, du), MhParseStatus::BAD_VALUE, "S flag");
        NS_TEST_EXPECT_MSG_EQ(Decode(FromHex("8800000020000000"
                                             "20010db8000200000000000000000010"),
                                     du),
                              MhParseStatus::MISSING_MANDATORY,
                              "no TLLA");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The Mobility Header wire formats test suite.
 */
class MobilityHeaderWireTestSuite : public TestSuite
{
  public:
    MobilityHeaderWireTestSuite()
        : TestSuite("secure-handover-mobility-header-wire", TestSuite::Type::UNIT)
    {
        AddTestCase(new MhFmipExactBytesTestCase);
        AddTestCase(new MhBadfTestCase);
        AddTestCase(new MhHkReqTestCase);
        AddTestCase(new MhHkRespTestCase);
        AddTestCase(new MhStrictOptionsTestCase);
        AddTestCase(new MhPaddingTestCase);
        AddTestCase(new Fmip6IcmpTestCase);
    }
};

/// The suite's static instance.
static MobilityHeaderWireTestSuite g_mobilityHeaderWireTestSuite;
