/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/aes-key-wrap.h"
#include "ns3/dot16-cmac-tuple.h"
#include "ns3/dot16-generic-mac-header.h"
#include "ns3/dot16-handover-messages.h"
#include "ns3/dot16-keys.h"
#include "ns3/dot16-pkm-messages.h"
#include "ns3/dot16-ranging-messages.h"
#include "ns3/dot16-registration-messages.h"
#include "ns3/dot16-sa-tek-update.h"
#include "ns3/dot16-tlv.h"
#include "ns3/hex.h"
#include "ns3/mac.h"
#include "ns3/packet.h"
#include "ns3/test.h"

#include <array>
#include <string>

using namespace ns3;
using namespace ns3::crypto;

namespace
{

/// vectors-802.16.txt D2 (frankurcrazy/helloworld wimax/dot16kdf.c): MSK, MSMAC, BSID.
const char* const D2_MSK = "3d8bfc43c8004afb0ff83b6a30ee7d6cbf93b076b93653e9627fe47aef9cb384"
                           "caa55b812aad2d7de554cf9eea8487a0f6f4b35fbddb2f232b771d2f71fdda94";
const char* const D2_MSMAC = "001b11c9d50c";
const char* const D2_BSID = "000000000005";

/// vectors-802.16.txt H1: a captured REG-REQ with an HMAC tuple (TLV 149).
const char* const H1_HMAC_KEY = "b61f8f086b928f88351c1336c9165a1cbfb91888";
const char* const H1_REG_REQ = "06060200080f0200080a01011b01001f010028010f300200009515004e61367e"
                               "040201346f9a21e65c5c80d48f222529";
const char* const H1_DIGEST = "4e61367e040201346f9a21e65c5c80d48f222529";

/// The D2 key chain at a given CMAC_KEY_COUNT.
Dot16KeyChain
D2Chain(uint16_t cmacKeyCount)
{
    return DeriveDot16KeyChain(Msk(ByteView(FromHex(D2_MSK))),
                               FromHexFixed<6>(D2_MSMAC, "MSMAC"),
                               FromHexFixed<6>(D2_BSID, "BSID"),
                               0,
                               cmacKeyCount);
}

/// A table-driven CRC-8 (polynomial 0x07, init 0): a second implementation, unlike the
/// bitwise one of Dot16GenericMacHeader::ComputeHcs.
uint8_t
TableCrc8(const uint8_t* data, std::size_t size)
{
    std::array<uint8_t, 256> table{};
    for (unsigned i = 0; i < 256; ++i)
    {
        unsigned crc = i;
        for (int bit = 0; bit < 8; ++bit)
        {
            crc = (crc & 0x80) ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
        }
        table[i] = static_cast<uint8_t>(crc);
    }
    uint8_t crc = 0;
    for (std::size_t i = 0; i < size; ++i)
    {
        crc = table[crc ^ data[i]];
    }
    return crc;
}

/// Serialize a header into a packet and read it back into a fresh object.
template <typename T>
T
PacketRoundTrip(const T& message)
{
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(message);
    T back;
    packet->RemoveHeader(back);
    return back;
}

/// The octets a Packet carries for a header.
template <typename T>
Bytes
PacketOctets(const T& message)
{
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(message);
    Bytes out(packet->GetSize());
    packet->CopyData(out.data(), static_cast<uint32_t>(out.size()));
    return out;
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief The generic MAC header: exact octets, HCS, and rejection of bad PDUs.
 */
class Dot16GmhTestCase : public TestCase
{
  public:
    Dot16GmhTestCase()
        : TestCase("GMH exact octets, HCS (CRC-8 0x07), truncated, overlong and bad-HCS PDUs")
    {
    }

  private:
    void DoRun() override
    {
        // CRC-8 (poly 0x07, init 0, no reflection, xorout 0) check value over "123456789" is
        // 0xF4 (Greg Cook, "Catalogue of parametrised CRC algorithms", CRC-8/SMBUS).
        std::string check = "123456789";
        NS_TEST_ASSERT_MSG_EQ(unsigned(Dot16GenericMacHeader::ComputeHcs(
                                  reinterpret_cast<const uint8_t*>(check.data()),
                                  check.size())),
                              0xF4u,
                              "CRC-8 check value");

        // Hand-worked HCS of the GMH 00 00 06 00 00 (LEN 6, CID 0): after the third octet the
        // register is 0x06 shifted 8 times with two reductions = 0x12; the fourth octet (0x00)
        // takes it to 0x7E and the fifth to 0x7D.
        Dot16GenericMacHeader empty;
        empty.SetCid(0);
        empty.SetLength(6);
        NS_TEST_ASSERT_MSG_EQ(ToHex(ByteView(empty.Encode())), "00000600007d", "hand-worked HCS");

        // A management PDU of 54 octets on CID 0x0100: 00 00 36 01 00 HCS.
        Dot16GenericMacHeader gmh;
        gmh.SetCid(0x0100);
        gmh.SetLength(54);
        Bytes octets = gmh.Encode();
        NS_TEST_ASSERT_MSG_EQ(octets.size(), 6u, "GMH size");
        NS_TEST_ASSERT_MSG_EQ(unsigned(octets[5]),
                              unsigned(TableCrc8(octets.data(), 5)),
                              "HCS equals the table-driven CRC-8");
        NS_TEST_ASSERT_MSG_EQ(ToHex(ByteView(octets)), "000036010089", "exact GMH octets");

        // Every field in place: EC, Type, ESF, CI, EKS, LEN (11 bits), CID.
        Dot16GenericMacHeader full;
        full.SetEncryptionControl(true);
        full.SetType(0x15);
        full.SetExtendedSubheader(true);
        full.SetEks(2);
        full.SetLength(0x5A3);
        full.SetCid(0xBEEF);
        Bytes f = full.Encode();
        NS_TEST_ASSERT_MSG_EQ(ToHex(ByteView(Bytes(f.begin(), f.begin() + 5))),
                              "55a5a3beef",
                              "HT 0 | EC 1 | Type 010101; ESF 1 | CI 0 | EKS 10 | 0 | LEN");
        NS_TEST_ASSERT_MSG_EQ(unsigned(f[5]), unsigned(TableCrc8(f.data(), 5)), "HCS");
        Dot16GenericMacHeader back;
        NS_TEST_ASSERT_MSG_EQ(Dot16GenericMacHeader::Decode(ByteView(f), back),
                              Dot16ParseStatus::OK,
                              "decode");
        NS_TEST_EXPECT_MSG_EQ(back.GetEncryptionControl(), true, "EC");
        NS_TEST_EXPECT_MSG_EQ(unsigned(back.GetType()), 0x15u, "Type");
        NS_TEST_EXPECT_MSG_EQ(back.GetExtendedSubheader(), true, "ESF");
        NS_TEST_EXPECT_MSG_EQ(back.GetCrcIndicator(), false, "CI");
        NS_TEST_EXPECT_MSG_EQ(unsigned(back.GetEks()), 2u, "EKS");
        NS_TEST_EXPECT_MSG_EQ(back.GetLength(), 0x5A3, "LEN");
        NS_TEST_EXPECT_MSG_EQ(back.GetCid(), 0xBEEF, "CID");

        // Through a Packet.
        Dot16GenericMacHeader viaPacket = PacketRoundTrip(full);
        NS_TEST_EXPECT_MSG_EQ(viaPacket.IsHcsValid(), true, "HCS valid after Deserialize");
        NS_TEST_EXPECT_MSG_EQ(viaPacket.GetCid(), 0xBEEF, "CID via Packet");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(PacketOctets(full))), ToHex(ByteView(f)), "octets");

        // Rejections, each with its own status.
        NS_TEST_EXPECT_MSG_EQ(Dot16GenericMacHeader::Decode(ByteView(octets.data(), 5), back),
                              Dot16ParseStatus::TRUNCATED,
                              "five octets");
        for (int bit = 0; bit < 48; ++bit)
        {
            Bytes bad = octets;
            bad[bit / 8] ^= static_cast<uint8_t>(0x80 >> (bit % 8));
            Dot16ParseStatus s = Dot16GenericMacHeader::Decode(ByteView(bad), back);
            // Flipping HT turns the header into a signalling header, rejected before the HCS.
            Dot16ParseStatus expected =
                bit == 0 ? Dot16ParseStatus::UNEXPECTED_TYPE : Dot16ParseStatus::BAD_HCS;
            NS_TEST_EXPECT_MSG_EQ(s, expected, "one flipped bit " << bit);
        }
        {
            Bytes bad = PacketOctets(full);
            bad[3] ^= 0x01;
            Ptr<Packet> q = Create<Packet>(bad.data(), 6);
            Dot16GenericMacHeader h;
            q->RemoveHeader(h);
            NS_TEST_EXPECT_MSG_EQ(h.IsHcsValid(), false, "Deserialize flags a bad HCS");
        }
        Dot16GenericMacHeader shortLen;
        Bytes lenFive = {0x00, 0x00, 0x05, 0x00, 0x00, 0x00};
        lenFive[5] = TableCrc8(lenFive.data(), 5);
        NS_TEST_EXPECT_MSG_EQ(Dot16GenericMacHeader::Decode(ByteView(lenFive), shortLen),
                              Dot16ParseStatus::BAD_LENGTH,
                              "LEN below 6");

        Bytes payload = {0x04, 0x00, 0x01, 0x01, 0x05};
        Dot16GenericMacHeader pduHeader;
        pduHeader.SetCid(0x0021);
        Bytes pdu = pduHeader.EncodePdu(ByteView(payload));
        NS_TEST_ASSERT_MSG_EQ(pdu.size(), 11u, "PDU size");
        ByteView view;
        NS_TEST_ASSERT_MSG_EQ(Dot16GenericMacHeader::DecodePdu(ByteView(pdu), back, view),
                              Dot16ParseStatus::OK,
                              "PDU decodes");
        NS_TEST_EXPECT_MSG_EQ(ToHex(view), ToHex(ByteView(payload)), "payload");
        NS_TEST_EXPECT_MSG_EQ(
            Dot16GenericMacHeader::DecodePdu(ByteView(pdu.data(), pdu.size() - 1), back, view),
            Dot16ParseStatus::TRUNCATED,
            "PDU shorter than LEN");
        Bytes longer = pdu;
        longer.push_back(0);
        NS_TEST_EXPECT_MSG_EQ(Dot16GenericMacHeader::DecodePdu(ByteView(longer), back, view),
                              Dot16ParseStatus::OVERLONG,
                              "PDU longer than LEN");
        Bytes badHcs = pdu;
        badHcs[5] ^= 0xFF;
        NS_TEST_EXPECT_MSG_EQ(Dot16GenericMacHeader::DecodePdu(ByteView(badHcs), back, view),
                              Dot16ParseStatus::BAD_HCS,
                              "PDU with a bad HCS");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The TLV codec: short and long length forms, and strict rejection.
 */
class Dot16TlvTestCase : public TestCase
{
  public:
    Dot16TlvTestCase()
        : TestCase("TLV length forms (127, 128, 300, 65536) and strict reader statuses")
    {
    }

  private:
    void DoRun() override
    {
        // 802.16-2009 11.1: lengths below 128 take one octet; longer ones 0x80 | n, then n
        // octets.
        struct Case
        {
            std::size_t length;
            const char* lengthField;
        };

        const Case cases[] = {{0, "00"},
                              {1, "01"},
                              {127, "7f"},
                              {128, "8180"},
                              {255, "81ff"},
                              {256, "820100"},
                              {300, "82012c"},
                              {65536, "83010000"}};
        for (const Case& c : cases)
        {
            Bytes value(c.length);
            for (std::size_t i = 0; i < c.length; ++i)
            {
                value[i] = static_cast<uint8_t>(i * 7 + 1);
            }
            Bytes encoded;
            Dot16AppendTlv(encoded, 0x8D, ByteView(value));
            std::string fieldHex = c.lengthField;
            std::size_t fieldSize = fieldHex.size() / 2;
            NS_TEST_ASSERT_MSG_EQ(encoded.size(), 1 + fieldSize + c.length, "size " << c.length);
            NS_TEST_EXPECT_MSG_EQ(Dot16TlvEncodedSize(c.length), encoded.size(), "size calc");
            NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(encoded.data() + 1, fieldSize)),
                                  fieldHex,
                                  "length field of " << c.length);
            std::vector<Dot16Tlv> tlvs;
            NS_TEST_ASSERT_MSG_EQ(Dot16ParseTlvList(ByteView(encoded), tlvs),
                                  Dot16ParseStatus::OK,
                                  "parse " << c.length);
            NS_TEST_ASSERT_MSG_EQ(tlvs.size(), 1u, "one TLV");
            NS_TEST_EXPECT_MSG_EQ(unsigned(tlvs[0].type), 0x8Du, "type");
            NS_TEST_EXPECT_MSG_EQ((tlvs[0].value == value), true, "value " << c.length);
            if (c.length > 0)
            {
                NS_TEST_EXPECT_MSG_EQ(
                    Dot16ParseTlvList(ByteView(encoded.data(), encoded.size() - 1), tlvs),
                    Dot16ParseStatus::TRUNCATED,
                    "value one octet short, length " << c.length);
            }
        }

        // Two TLVs in a row, then each malformed length.
        Bytes two;
        Dot16AppendTlvU16(two, 13, 0x0102);
        Dot16AppendTlvU8(two, 6, 0x01);
        std::vector<Dot16Tlv> tlvs;
        NS_TEST_ASSERT_MSG_EQ(Dot16ParseTlvList(ByteView(two), tlvs), Dot16ParseStatus::OK, "two");
        NS_TEST_ASSERT_MSG_EQ(tlvs.size(), 2u, "two TLVs");
        uint16_t u16 = 0;
        NS_TEST_EXPECT_MSG_EQ(Dot16TlvValueU16(tlvs[0], u16), Dot16ParseStatus::OK, "u16");
        NS_TEST_EXPECT_MSG_EQ(u16, 0x0102, "u16 value");
        uint32_t u32 = 0;
        NS_TEST_EXPECT_MSG_EQ(Dot16TlvValueU32(tlvs[0], u32),
                              Dot16ParseStatus::BAD_LENGTH,
                              "a 2-octet value read as 32 bits");

        struct Bad
        {
            const char* hex;
            Dot16ParseStatus status;
            const char* what;
        };

        const Bad bad[] = {
            {"0d", Dot16ParseStatus::TRUNCATED, "type without length"},
            {"0d0201", Dot16ParseStatus::TRUNCATED, "value short"},
            {"0d80", Dot16ParseStatus::BAD_LENGTH, "long form with no length octet"},
            {"0d85", Dot16ParseStatus::BAD_LENGTH, "five length octets"},
            {"0d817f", Dot16ParseStatus::BAD_LENGTH, "long form of 127"},
            {"0d820090", Dot16ParseStatus::BAD_LENGTH, "leading zero length octet"},
            {"0d8201", Dot16ParseStatus::TRUNCATED, "length octets missing"},
            {"0d81ff00", Dot16ParseStatus::TRUNCATED, "255 announced, 1 present"},
            {"0d8400000000", Dot16ParseStatus::BAD_LENGTH, "zero in long form"},
            {"0d84ffffffff00", Dot16ParseStatus::TRUNCATED, "2^32-1 announced"},
        };
        for (const Bad& b : bad)
        {
            Bytes in = FromHex(b.hex);
            NS_TEST_EXPECT_MSG_EQ(Dot16ParseTlvList(ByteView(in), tlvs), b.status, b.what);
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Decode of the captured REG-REQ of vectors-802.16.txt H1, and its HMAC tuple.
 */
class Dot16RegReqCaptureTestCase : public TestCase
{
  public:
    Dot16RegReqCaptureTestCase()
        : TestCase("captured REG-REQ (vectors H1): TLVs, HMAC tuple TLV 149, re-encoding")
    {
    }

  private:
    void DoRun() override
    {
        Bytes frame = FromHex(H1_REG_REQ);
        Dot16RegReq reg;
        NS_TEST_ASSERT_MSG_EQ(reg.Decode(ByteView(frame)), Dot16ParseStatus::OK, "H1 decodes");
        // Management type 6, then TLVs 6, 15, 10, 27, 31, 40, 48 and the HMAC tuple 149.
        const uint8_t types[] = {6, 15, 10, 27, 31, 40, 48};
        NS_TEST_ASSERT_MSG_EQ(reg.GetTlvs().size(), 7u, "seven TLVs before the tuple");
        for (std::size_t i = 0; i < 7; ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(unsigned(reg.GetTlvs()[i].type), unsigned(types[i]), "TLV " << i);
        }
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(*reg.GetTlv(6))), "0008", "UL transport CIDs");
        NS_TEST_EXPECT_MSG_EQ(reg.GetSeamlessHandover(), false, "TLV 27 = 0x00");
        NS_TEST_ASSERT_MSG_EQ(reg.HasHmacTuple(), true, "HMAC tuple");
        NS_TEST_EXPECT_MSG_EQ(unsigned(reg.GetHmacTuple().keySequence), 0u, "key sequence");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(reg.GetHmacTuple().digest)), H1_DIGEST, "digest");
        // vectors H1: the digest is HMAC-SHA1(HMAC_KEY, the first 25 octets of the message),
        // i.e. everything before the tuple TLV.
        std::size_t before = frame.size() - Dot16TlvEncodedSize(21);
        NS_TEST_ASSERT_MSG_EQ(before, 25u, "the tuple TLV starts at octet 25");
        Bytes digest = Hmac(HashAlgorithm::SHA1,
                            MacKey(ByteView(FromHex(H1_HMAC_KEY))),
                            ByteView(frame.data(), before));
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(digest)),
                              ToHex(ByteView(reg.GetHmacTuple().digest)),
                              "HMAC digest verifies");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(reg.Encode())), H1_REG_REQ, "re-encodes exactly");

        // In a GMH, through a Packet.
        Dot16RegReq viaPacket = PacketRoundTrip(reg);
        NS_TEST_EXPECT_MSG_EQ(viaPacket.GetParseStatus(), Dot16ParseStatus::OK, "via Packet");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(viaPacket.Encode())), H1_REG_REQ, "via Packet");

        // Damaged copies.
        Bytes dup = frame;
        dup.insert(dup.begin() + 1, {0x0a, 0x01, 0x01}); // a second TLV 10
        NS_TEST_EXPECT_MSG_EQ(reg.Decode(ByteView(dup)), Dot16ParseStatus::DUPLICATE, "dup");
        Bytes notLast = frame;
        notLast.insert(notLast.end(), {0x1f, 0x01, 0x00});
        NS_TEST_EXPECT_MSG_EQ(reg.Decode(ByteView(notLast)),
                              Dot16ParseStatus::UNEXPECTED_TYPE,
                              "HMAC tuple not last");
        NS_TEST_EXPECT_MSG_EQ(reg.Decode(ByteView(frame.data(), frame.size() - 1)),
                              Dot16ParseStatus::TRUNCATED,
                              "tuple one octet short");
        Bytes asRsp = frame;
        asRsp[0] = 7;
        NS_TEST_EXPECT_MSG_EQ(reg.Decode(ByteView(asRsp)),
                              Dot16ParseStatus::UNEXPECTED_TYPE,
                              "a REG-RSP is not a REG-REQ");

        // The Seamless Handover capability.
        Dot16RegRsp rsp;
        rsp.SetSeamlessHandover(true);
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(rsp.Encode())),
                              "07001b0120",
                              "REG-RSP: Response 0, TLV 27 bit 5");
        Dot16RegRsp rspBack;
        NS_TEST_ASSERT_MSG_EQ(rspBack.Decode(ByteView(rsp.Encode())), Dot16ParseStatus::OK, "rsp");
        NS_TEST_EXPECT_MSG_EQ(rspBack.GetSeamlessHandover(), true, "capability read back");
        Bytes badResponse = FromHex("07021b0120");
        NS_TEST_EXPECT_MSG_EQ(rspBack.Decode(ByteView(badResponse)),
                              Dot16ParseStatus::BAD_VALUE,
                              "REG-RSP Response 2");
        NS_TEST_EXPECT_MSG_EQ(rspBack.Decode(ByteView(FromHex("07"))),
                              Dot16ParseStatus::TRUNCATED,
                              "REG-RSP without Response");
        rsp.SetSeamlessHandover(false);
        NS_TEST_EXPECT_MSG_EQ(rsp.GetSeamlessHandover(), false, "capability cleared");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief RNG-REQ with CMAC_KEY_COUNT (TLV 13) and the CMAC tuple (TLV 141).
 */
class Dot16RngReqCmacTestCase : public TestCase
{
  public:
    Dot16RngReqCmacTestCase()
        : TestCase(
              "RNG-REQ TLV 13 + CMAC tuple: verifies; flipped bit, wrong count or AKID -> BAD_CMAC")
    {
    }

  private:
    void DoRun() override
    {
        Dot16KeyChain chain = D2Chain(1);
        const uint16_t cid = 0x0021;
        const uint32_t pn = 0x01020304;

        Dot16RngReq req;
        req.msMac = FromHexFixed<6>(D2_MSMAC, "MSMAC");
        req.servingBsid = FromHexFixed<6>(D2_BSID, "BSID");
        req.rangingPurpose = 0x01;
        req.hoId = 7;
        req.cmacKeyCount = 1;
        Bytes unsigned_ = req.Encode();
        // type 4 | reserved | TLV 2 (6) | TLV 5 (6) | TLV 6 | TLV 7 | TLV 13 = 0001
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(unsigned_)),
                              "04000206001b11c9d50c0506000000000005060101070107"
                              "0d020001",
                              "RNG-REQ octets");

        Bytes message = unsigned_;
        AppendCmacTuple(message, chain.cmacKeyU, chain.akid, pn, cid, 0);
        NS_TEST_ASSERT_MSG_EQ(message.size(), unsigned_.size() + 15, "tuple TLV is 15 octets");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(message.data() + unsigned_.size(), 7)),
                              "8d0d0001020304",
                              "141 | 13 | key seq 0 | CMAC_PN big-endian");
        // The CMAC value, computed here from AES-CMAC directly (spec/READINGS.md): the
        // rightmost 64 bits of AES-CMAC(CMAC_KEY_U, AKID || CMAC_PN || CID || 0x0000 || msg).
        Bytes input(chain.akid.begin(), chain.akid.end());
        input.insert(input.end(), {0x01, 0x02, 0x03, 0x04, 0x00, 0x21, 0x00, 0x00});
        input.insert(input.end(), unsigned_.begin(), unsigned_.end());
        Octets<16> full = AesCmac(chain.cmacKeyU.Cast<Aes128KeyTag>(), ByteView(input));
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(message.data() + message.size() - 8, 8)),
                              ToHex(ByteView(full.data() + 8, 8)),
                              "CMAC value = rightmost 64 bits of AES-CMAC");

        Dot16CmacTupleValue tuple;
        NS_TEST_ASSERT_MSG_EQ(
            VerifyCmacTuple(ByteView(message), chain.cmacKeyU, chain.akid, cid, 0, &tuple),
            Dot16ParseStatus::OK,
            "verifies");
        NS_TEST_EXPECT_MSG_EQ(tuple.cmacPn, pn, "CMAC_PN read back");

        // SignCmac on the Header gives the same octets; decode and verify the object.
        Dot16RngReq signedReq = req;
        signedReq.SignCmac(chain.cmacKeyU, chain.akid, pn, cid, 0);
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(signedReq.Encode())),
                              ToHex(ByteView(message)),
                              "SignCmac = AppendCmacTuple");
        Dot16RngReq back = PacketRoundTrip(signedReq);
        NS_TEST_ASSERT_MSG_EQ(back.GetParseStatus(), Dot16ParseStatus::OK, "decodes");
        NS_TEST_EXPECT_MSG_EQ(back.cmacKeyCount.value_or(0), 1, "TLV 13");
        NS_TEST_EXPECT_MSG_EQ(unsigned(back.rangingPurpose.value_or(0)), 1u, "TLV 6");
        NS_TEST_EXPECT_MSG_EQ(unsigned(back.hoId.value_or(0)), 7u, "TLV 7");
        NS_TEST_EXPECT_MSG_EQ(back.VerifyCmac(chain.cmacKeyU, chain.akid, cid),
                              Dot16ParseStatus::OK,
                              "object verifies");

        // Every single flipped bit before the CMAC value is rejected (the PN is covered too).
        for (std::size_t bit = 0; bit < 8 * message.size(); ++bit)
        {
            Bytes bad = message;
            bad[bit / 8] ^= static_cast<uint8_t>(0x80 >> (bit % 8));
            NS_TEST_EXPECT_MSG_NE(VerifyCmacTuple(ByteView(bad), chain.cmacKeyU, chain.akid, cid),
                                  Dot16ParseStatus::OK,
                                  "flipped bit " << bit);
        }
        Bytes flipped = message;
        flipped[3] ^= 0x01; // inside the MS MAC address
        NS_TEST_EXPECT_MSG_EQ(VerifyCmacTuple(ByteView(flipped), chain.cmacKeyU, chain.akid, cid),
                              Dot16ParseStatus::BAD_CMAC,
                              "one flipped bit in the body");
        Bytes countChanged = message;
        countChanged[unsigned_.size() - 1] = 0x02; // TLV 13 says 2
        NS_TEST_EXPECT_MSG_EQ(
            VerifyCmacTuple(ByteView(countChanged), chain.cmacKeyU, chain.akid, cid),
            Dot16ParseStatus::BAD_CMAC,
            "altered CMAC_KEY_COUNT");
        Dot16KeyChain count2 = D2Chain(2);
        NS_TEST_EXPECT_MSG_EQ(VerifyCmacTuple(ByteView(message), count2.cmacKeyU, chain.akid, cid),
                              Dot16ParseStatus::BAD_CMAC,
                              "verifier at another CMAC_KEY_COUNT");
        Akid wrongAkid = chain.akid;
        wrongAkid[7] ^= 0x01;
        NS_TEST_EXPECT_MSG_EQ(VerifyCmacTuple(ByteView(message), chain.cmacKeyU, wrongAkid, cid),
                              Dot16ParseStatus::BAD_CMAC,
                              "wrong AKID");
        NS_TEST_EXPECT_MSG_EQ(VerifyCmacTuple(ByteView(message), chain.cmacKeyU, chain.akid, 0x22),
                              Dot16ParseStatus::BAD_CMAC,
                              "wrong CID");
        NS_TEST_EXPECT_MSG_EQ(
            VerifyCmacTuple(ByteView(message), chain.cmacKeyU, chain.akid, cid, 1),
            Dot16ParseStatus::BAD_CMAC,
            "tuple names another AK (key sequence 0, expected 1)");
        NS_TEST_EXPECT_MSG_EQ(VerifyCmacTuple(ByteView(message), chain.cmacKeyD, chain.akid, cid),
                              Dot16ParseStatus::BAD_CMAC,
                              "downlink key for an uplink message");
        NS_TEST_EXPECT_MSG_EQ(VerifyCmacTuple(ByteView(unsigned_), chain.cmacKeyU, chain.akid, cid),
                              Dot16ParseStatus::MISSING_MANDATORY,
                              "no tuple");
        Dot16RngReq noTuple;
        NS_TEST_ASSERT_MSG_EQ(noTuple.Decode(ByteView(unsigned_)), Dot16ParseStatus::OK, "plain");
        NS_TEST_EXPECT_MSG_EQ(noTuple.VerifyCmac(chain.cmacKeyU, chain.akid, cid),
                              Dot16ParseStatus::MISSING_MANDATORY,
                              "no tuple on the object");
        Bytes reserved = message;
        reserved[unsigned_.size() + 2] = 0x10; // reserved bits of the tuple's first octet
        NS_TEST_EXPECT_MSG_EQ(back.Decode(ByteView(reserved)),
                              Dot16ParseStatus::BAD_VALUE,
                              "tuple reserved bits");
        Bytes longTuple = unsigned_;
        Dot16AppendTlv(longTuple, DOT16_TLV_CMAC_TUPLE, ByteView(Bytes(14, 0)));
        NS_TEST_EXPECT_MSG_EQ(back.Decode(ByteView(longTuple)),
                              Dot16ParseStatus::BAD_LENGTH,
                              "tuple of 14 octets");
        Bytes afterTuple = message;
        afterTuple.insert(afterTuple.end(), {0x07, 0x01, 0x01});
        NS_TEST_EXPECT_MSG_EQ(back.Decode(ByteView(afterTuple)),
                              Dot16ParseStatus::UNEXPECTED_TYPE,
                              "TLV after the tuple");
        Bytes twice = unsigned_;
        Dot16AppendTlvU16(twice, 13, 5);
        NS_TEST_EXPECT_MSG_EQ(back.Decode(ByteView(twice)),
                              Dot16ParseStatus::DUPLICATE,
                              "TLV 13 twice");
        Bytes badCount = FromHex("04000d0100");
        NS_TEST_EXPECT_MSG_EQ(back.Decode(ByteView(badCount)),
                              Dot16ParseStatus::BAD_LENGTH,
                              "CMAC_KEY_COUNT of one octet");
        NS_TEST_EXPECT_MSG_EQ(back.Decode(ByteView(message.data(), 1)),
                              Dot16ParseStatus::TRUNCATED,
                              "type octet only");
        NS_TEST_EXPECT_MSG_EQ(back.Decode(ByteView(message.data(), message.size() - 1)),
                              Dot16ParseStatus::TRUNCATED,
                              "last octet missing");

        // The whole MAC PDU: GMH on the basic CID, then the signed RNG-REQ.
        Dot16GenericMacHeader gmh;
        gmh.SetCid(cid);
        Bytes pdu = gmh.EncodePdu(ByteView(message));
        Dot16GenericMacHeader rxGmh;
        ByteView payload;
        NS_TEST_ASSERT_MSG_EQ(Dot16GenericMacHeader::DecodePdu(ByteView(pdu), rxGmh, payload),
                              Dot16ParseStatus::OK,
                              "PDU");
        NS_TEST_EXPECT_MSG_EQ(VerifyCmacTuple(payload, chain.cmacKeyU, chain.akid, rxGmh.GetCid()),
                              Dot16ParseStatus::OK,
                              "verify with the GMH CID");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief RNG-RSP with the SA-TEK-Update TLV: TEK wrapped under the KEK.
 */
class Dot16SaTekUpdateTestCase : public TestCase
{
  public:
    Dot16SaTekUpdateTestCase()
        : TestCase("RNG-RSP SA-TEK-Update: TEK wrap (RFC 3394 4.1), unwrap, tampered wrap rejected")
    {
    }

  private:
    void DoRun() override
    {
        // RFC 3394 section 4.1: KEK 000102..0f wraps 00112233445566778899aabbccddeeff into
        // 1fa68b0a8112b447 aef34bd8fb5a7b82 9d3e862371d2cfe5.
        Kek kek(ByteView(FromHex("000102030405060708090a0b0c0d0e0f")));
        Tek tek(ByteView(FromHex("00112233445566778899aabbccddeeff")));
        Dot16TekParameters params = Dot16TekParameters::Wrap(kek, tek, 3600, 1);
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(params.wrappedTek)),
                              "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5",
                              "RFC 3394 4.1");

        Dot16KeyChain chain = D2Chain(1);
        Tek older(ByteView(FromHex("a82a467116793d699aa8ed1b71d3c797")));
        Dot16RngRsp rsp;
        rsp.rangingStatus = Dot16RngRsp::SUCCESS;
        rsp.basicCid = 0x0021;
        rsp.primaryCid = 0x0161;
        rsp.hoProcessOptimization = 0x0002; // bits 1-2 = 01: SA-TEK-Update in RNG-RSP
        Dot16SaTekUpdate update;
        update.updateType = 1;
        update.newSaid = 0x2c01;
        update.oldSaid = 0x2c00;
        update.olderTek = Dot16TekParameters::Wrap(chain.kek, older, 3600, 0);
        update.newerTek = Dot16TekParameters::Wrap(chain.kek, tek, 7200, 1);
        rsp.saTekUpdate = update;
        rsp.SignCmac(chain.cmacKeyD, chain.akid, 9, 0x0021);

        Dot16RngRsp back = PacketRoundTrip(rsp);
        NS_TEST_ASSERT_MSG_EQ(back.GetParseStatus(), Dot16ParseStatus::OK, "RNG-RSP decodes");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(back.Encode())),
                              ToHex(ByteView(rsp.Encode())),
                              "same");
        NS_TEST_EXPECT_MSG_EQ(back.VerifyCmac(chain.cmacKeyD, chain.akid, 0x0021),
                              Dot16ParseStatus::OK,
                              "downlink CMAC");
        NS_TEST_ASSERT_MSG_EQ(back.saTekUpdate.has_value(), true, "SA-TEK-Update");
        std::optional<Tek> rxOlder;
        std::optional<Tek> rxNewer;
        NS_TEST_ASSERT_MSG_EQ(back.saTekUpdate->UnwrapTeks(chain.kek, rxOlder, rxNewer),
                              Dot16ParseStatus::OK,
                              "unwrap");
        NS_TEST_EXPECT_MSG_EQ((*rxOlder == older), true, "older TEK");
        NS_TEST_EXPECT_MSG_EQ((*rxNewer == tek), true, "newer TEK");
        NS_TEST_EXPECT_MSG_EQ(back.saTekUpdate->newerTek->lifetime, 7200u, "lifetime");
        NS_TEST_EXPECT_MSG_EQ(unsigned(back.saTekUpdate->newerTek->keySequence), 1u, "seq");

        // Tampered wrap: still a well-formed message, but the TEK does not unwrap.
        Dot16SaTekUpdate tampered = *back.saTekUpdate;
        tampered.newerTek->wrappedTek[10] ^= 0x01;
        NS_TEST_EXPECT_MSG_EQ(tampered.UnwrapTeks(chain.kek, rxOlder, rxNewer),
                              Dot16ParseStatus::UNWRAP_FAILED,
                              "tampered wrap");
        NS_TEST_EXPECT_MSG_EQ(rxOlder.has_value(), false, "nothing returned on failure");
        Dot16KeyChain other = D2Chain(2); // the KEK does not depend on the count
        Kek wrongKek(ByteView(FromHex("e09389b8f3391dfec8a99af41da147b8")));
        NS_TEST_EXPECT_MSG_EQ(back.saTekUpdate->UnwrapTeks(wrongKek, rxOlder, rxNewer),
                              Dot16ParseStatus::UNWRAP_FAILED,
                              "wrong KEK");
        NS_TEST_EXPECT_MSG_EQ((other.kek == chain.kek), true, "KEK independent of the count");

        // A tampered wrap inside the signed message also breaks the CMAC.
        Bytes octets = rsp.Encode();
        Bytes wrapped = rsp.saTekUpdate->newerTek->wrappedTek;
        auto at = std::search(octets.begin(), octets.end(), wrapped.begin(), wrapped.end());
        NS_TEST_ASSERT_MSG_EQ((at != octets.end()), true, "wrapped TEK in the message");
        *(at + 3) ^= 0x80;
        NS_TEST_EXPECT_MSG_EQ(VerifyCmacTuple(ByteView(octets), chain.cmacKeyD, chain.akid, 0x0021),
                              Dot16ParseStatus::BAD_CMAC,
                              "tampered RNG-RSP");

        // Malformed SA-TEK-Update values.
        Bytes shortWrap;
        Dot16AppendTlv(shortWrap, DOT16_PKM_ATTR_TEK, ByteView(Bytes(16, 0)));
        Dot16AppendTlvU32(shortWrap, DOT16_PKM_ATTR_KEY_LIFETIME, 1);
        Dot16AppendTlvU8(shortWrap, DOT16_PKM_ATTR_KEY_SEQUENCE_NUMBER, 0);
        Dot16TekParameters p;
        NS_TEST_EXPECT_MSG_EQ(Dot16TekParameters::DecodeValue(ByteView(shortWrap), p),
                              Dot16ParseStatus::BAD_LENGTH,
                              "wrapped TEK of 16 octets");
        Bytes noLifetime;
        Dot16AppendTlv(noLifetime, DOT16_PKM_ATTR_TEK, ByteView(Bytes(24, 0)));
        Dot16AppendTlvU8(noLifetime, DOT16_PKM_ATTR_KEY_SEQUENCE_NUMBER, 0);
        NS_TEST_EXPECT_MSG_EQ(Dot16TekParameters::DecodeValue(ByteView(noLifetime), p),
                              Dot16ParseStatus::MISSING_MANDATORY,
                              "no Key-Lifetime");
        Bytes noStatus = FromHex("05000902002a");
        NS_TEST_EXPECT_MSG_EQ(back.Decode(ByteView(noStatus)),
                              Dot16ParseStatus::MISSING_MANDATORY,
                              "RNG-RSP without ranging status");
        Bytes badStatus = FromHex("0500040109");
        NS_TEST_EXPECT_MSG_EQ(back.Decode(ByteView(badStatus)),
                              Dot16ParseStatus::BAD_VALUE,
                              "ranging status 9");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief PKMv2 SA-TEK-Challenge/Request/Response and Key-Request/Reply.
 */
class Dot16PkmTestCase : public TestCase
{
  public:
    Dot16PkmTestCase()
        : TestCase(
              "PKMv2 SA-TEK 3-way, Key-Request and Key-Reply: round trips, CMAC-Digest, TEK wrap")
    {
    }

  private:
    void DoRun() override
    {
        Dot16KeyChain chain = D2Chain(0);
        const uint16_t primaryCid = 0x0161;
        Octets<8> msRandom{1, 2, 3, 4, 5, 6, 7, 8};
        Octets<8> bsRandom{8, 7, 6, 5, 4, 3, 2, 1};
        Octets<8> nonce{0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff, 0x00, 0x11};

        Dot16PkmMessage challenge(Dot16PkmCode::SA_TEK_CHALLENGE);
        challenge.identifier = 1;
        challenge.bsRandom = bsRandom;
        challenge.keySequence = 0;
        challenge.akid = chain.akid;
        challenge.SignCmac(chain.cmacKeyD, chain.akid, 1, primaryCid);

        Dot16PkmMessage request(Dot16PkmCode::SA_TEK_REQUEST);
        request.identifier = 1;
        request.msRandom = msRandom;
        request.bsRandom = bsRandom;
        request.keySequence = 0;
        request.akid = chain.akid;
        request.SignCmac(chain.cmacKeyU, chain.akid, 1, primaryCid);

        Dot16PkmMessage response(Dot16PkmCode::SA_TEK_RESPONSE);
        response.identifier = 1;
        response.msRandom = msRandom;
        response.bsRandom = bsRandom;
        response.keySequence = 0;
        response.akid = chain.akid;
        response.SignCmac(chain.cmacKeyD, chain.akid, 2, primaryCid);

        Dot16PkmMessage keyRequest(Dot16PkmCode::KEY_REQUEST);
        keyRequest.identifier = 2;
        keyRequest.keySequence = 0;
        keyRequest.said = 0x2c01;
        keyRequest.nonce = nonce;
        keyRequest.SignCmac(chain.cmacKeyU, chain.akid, 2, primaryCid);

        Tek tek0(ByteView(FromHex("000102030405060708090a0b0c0d0e0f")));
        Tek tek1(ByteView(FromHex("f0e0d0c0b0a090807060504030201000")));
        Dot16PkmMessage keyReply(Dot16PkmCode::KEY_REPLY);
        keyReply.identifier = 2;
        keyReply.keySequence = 0;
        keyReply.said = 0x2c01;
        keyReply.nonce = nonce;
        keyReply.tekParameters.push_back(Dot16TekParameters::Wrap(chain.kek, tek0, 450, 0));
        keyReply.tekParameters.push_back(Dot16TekParameters::Wrap(chain.kek, tek1, 1800, 1));
        keyReply.SignCmac(chain.cmacKeyD, chain.akid, 3, primaryCid);

        // Octets of the challenge: PKM-RSP, code 20, id 1, 10 | 34 | 45, then 40 (12 octets).
        Bytes c = challenge.Encode();
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(c.data(), 3)), "0a1401", "PKM-RSP code 20 id 1");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(c.data() + c.size() - 14, 6)),
                              "280c00000001",
                              "CMAC-Digest: 40 | 12 | CMAC_PN");
        NS_TEST_EXPECT_MSG_EQ(VerifyCmacTuple(ByteView(c),
                                              chain.cmacKeyD,
                                              chain.akid,
                                              primaryCid,
                                              0,
                                              nullptr,
                                              Dot16CmacFormat::PKM_CMAC_DIGEST),
                              Dot16ParseStatus::OK,
                              "free-function verify of a CMAC-Digest");

        const Dot16PkmMessage* all[] = {&challenge, &request, &response, &keyRequest, &keyReply};
        const bool uplink[] = {false, true, false, true, false};
        for (std::size_t i = 0; i < 5; ++i)
        {
            Dot16PkmMessage back = PacketRoundTrip(*all[i]);
            NS_TEST_ASSERT_MSG_EQ(back.GetParseStatus(), Dot16ParseStatus::OK, "PKM " << i);
            NS_TEST_EXPECT_MSG_EQ(unsigned(back.code), unsigned(all[i]->code), "code " << i);
            NS_TEST_EXPECT_MSG_EQ(unsigned(back.GetManagementType()),
                                  (uplink[i] ? 9u : 10u),
                                  "PKM-REQ/RSP " << i);
            NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(back.Encode())),
                                  ToHex(ByteView(all[i]->Encode())),
                                  "re-encodes " << i);
            const CmacKey& key = uplink[i] ? chain.cmacKeyU : chain.cmacKeyD;
            NS_TEST_EXPECT_MSG_EQ(back.VerifyCmac(key, chain.akid, primaryCid),
                                  Dot16ParseStatus::OK,
                                  "CMAC-Digest " << i);
            const CmacKey& otherKey = uplink[i] ? chain.cmacKeyD : chain.cmacKeyU;
            NS_TEST_EXPECT_MSG_EQ(back.VerifyCmac(otherKey, chain.akid, primaryCid),
                                  Dot16ParseStatus::BAD_CMAC,
                                  "other direction's key " << i);
            // Without the digest, a PKMv2 message is incomplete.
            Bytes bare = all[i]->EncodeWithoutTuple();
            NS_TEST_EXPECT_MSG_EQ(back.Decode(ByteView(bare)),
                                  Dot16ParseStatus::MISSING_MANDATORY,
                                  "no CMAC-Digest " << i);
        }

        Dot16PkmMessage reply;
        NS_TEST_ASSERT_MSG_EQ(reply.Decode(ByteView(keyReply.Encode())),
                              Dot16ParseStatus::OK,
                              "kr");
        NS_TEST_ASSERT_MSG_EQ(reply.tekParameters.size(), 2u, "two TEK-Parameters");
        std::optional<Tek> t0 = reply.tekParameters[0].Unwrap(chain.kek);
        std::optional<Tek> t1 = reply.tekParameters[1].Unwrap(chain.kek);
        NS_TEST_ASSERT_MSG_EQ((t0 && t1), true, "both unwrap");
        NS_TEST_EXPECT_MSG_EQ((*t0 == tek0 && *t1 == tek1), true, "TEKs");
        Dot16TekParameters bad = reply.tekParameters[1];
        bad.wrappedTek[0] ^= 0x01;
        NS_TEST_EXPECT_MSG_EQ(bad.Unwrap(chain.kek).has_value(), false, "tampered wrap");

        // A Key-Reply carried as PKM-REQ, an unknown code, missing mandatory attributes.
        Bytes asReq = keyReply.Encode();
        asReq[0] = 9;
        NS_TEST_EXPECT_MSG_EQ(reply.Decode(ByteView(asReq)),
                              Dot16ParseStatus::UNEXPECTED_TYPE,
                              "Key-Reply in a PKM-REQ");
        Bytes authRequest = FromHex("090401");
        NS_TEST_EXPECT_MSG_EQ(reply.Decode(ByteView(authRequest)),
                              Dot16ParseStatus::UNEXPECTED_TYPE,
                              "PKMv1 Auth Request not handled");
        Dot16PkmMessage noNonce = keyRequest;
        noNonce.nonce.reset();
        noNonce.SignCmac(chain.cmacKeyU, chain.akid, 4, primaryCid);
        NS_TEST_EXPECT_MSG_EQ(reply.Decode(ByteView(noNonce.Encode())),
                              Dot16ParseStatus::MISSING_MANDATORY,
                              "Key-Request without nonce");
        Dot16PkmMessage threeTeks = keyReply;
        threeTeks.tekParameters.push_back(threeTeks.tekParameters[0]);
        threeTeks.SignCmac(chain.cmacKeyD, chain.akid, 5, primaryCid);
        NS_TEST_EXPECT_MSG_EQ(reply.Decode(ByteView(threeTeks.Encode())),
                              Dot16ParseStatus::DUPLICATE,
                              "three TEK-Parameters");
        NS_TEST_EXPECT_MSG_EQ(reply.Decode(ByteView(FromHex("0a18"))),
                              Dot16ParseStatus::TRUNCATED,
                              "no identifier");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief MOB_NBR-ADV, MOB_MSHO-REQ, MOB_BSHO-RSP and MOB_HO-IND: round trips and rejections.
 */
class Dot16HandoverMessagesTestCase : public TestCase
{
  public:
    Dot16HandoverMessagesTestCase()
        : TestCase("MOB_NBR-ADV, MSHO-REQ, BSHO-RSP, HO-IND: exact octets, round trips, errors")
    {
    }

  private:
    void DoRun() override
    {
        Dot16KeyChain chain = D2Chain(0);
        const uint16_t basicCid = 0x0021;
        Mac48 target = FromHexFixed<6>("0000bb020003", "BSID");

        Dot16MobNbrAdv adv;
        adv.skipOptionalFields = 0x01; // no Operator ID
        adv.configurationChangeCount = 3;
        Dot16MobNbrAdv::Neighbor n;
        n.bsidLsb24 = 0x020003;
        n.preambleIndex = 0x11;
        n.hoProcessOptimization = 0x02;
        n.schedulingService = 0x04;
        n.dcdCcc = 1;
        n.ucdCcc = 2;
        adv.neighbors.push_back(n);
        n.bsidLsb24 = 0x020004;
        n.preambleIndex = 0x12;
        n.tlvs.push_back(Dot16Tlv{5, Bytes{0x01}});
        adv.neighbors.push_back(n);
        // 35 | skip 01 | CCC 03 | frag 01 | N 02 |
        //   09 | PHY 00 | 020003 | 11 | 02 | 04 | 12
        //   0c | PHY 00 | 020004 | 12 | 02 | 04 | 12 | TLV 05 01 01
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(adv.Encode())),
                              "3501030102"
                              "0900020003110204"
                              "12"
                              "0c00020004120204"
                              "12050101",
                              "MOB_NBR-ADV octets");

        Dot16MobMshoReq msho;
        msho.reportMetric = 0x03; // CINR and RSSI means
        Dot16MobMshoReq::FullBs full;
        full.bsid = target;
        full.preambleIndex = 0x11;
        full.metrics.cinrMean = 40;
        full.metrics.rssiMean = 90;
        full.serviceLevelPrediction = 2;
        msho.fullBss.push_back(full);
        Dot16MobMshoReq::IndexedBs indexed;
        indexed.neighborIndex = 1;
        indexed.preambleIndex = 0x12;
        indexed.metrics.cinrMean = 30;
        indexed.metrics.rssiMean = 80;
        indexed.arrivalTimeDifferenceIndication = true;
        indexed.arrivalTimeDifference = 5;
        msho.indexedBss.push_back(indexed);
        msho.nbrAdvChangeCount = 3;
        Dot16MobMshoReq::CurrentBs current;
        current.tempBsid = 0;
        current.metrics.cinrMean = 10;
        current.metrics.rssiMean = 70;
        msho.currentBss.push_back(current);
        Bytes mshoBody = msho.Encode();
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(mshoBody)),
                              "3903"
                              "0103"
                              "01121e5015"
                              "01"
                              "0000bb020003"
                              "11285a40"
                              "20"
                              "000a46",
                              "MOB_MSHO-REQ octets");
        msho.SignCmac(chain.cmacKeyU, chain.akid, 11, basicCid);

        Dot16MobBshoRsp bsho;
        bsho.hoOperationMode = true;
        Dot16MobBshoRsp::Recommended rec;
        rec.bsid = target;
        rec.preambleIndex = 0x11;
        rec.serviceLevelPrediction = 2;
        rec.hoProcessOptimization = 0x00FF;
        bsho.recommended.push_back(rec);
        bsho.actionTime = 4;
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(bsho.Encode())),
                              "3a008001"
                              "0000bb020003"
                              "11"
                              "40"
                              "00ff"
                              "04",
                              "MOB_BSHO-RSP octets");
        bsho.SignCmac(chain.cmacKeyD, chain.akid, 12, basicCid);

        Dot16MobHoInd ind;
        ind.hoIndType = Dot16MobHoInd::SERVING_BS_RELEASE;
        ind.targetBsid = target;
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(ind.Encode())),
                              "3b0000"
                              "0000bb020003",
                              "MOB_HO-IND octets");
        ind.SignCmac(chain.cmacKeyU, chain.akid, 13, basicCid);
        Dot16MobHoInd cancel;
        cancel.hoIndType = Dot16MobHoInd::HO_CANCEL;
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(cancel.Encode())), "3b0040", "HO cancel octets");

        Dot16MobNbrAdv advBack = PacketRoundTrip(adv);
        NS_TEST_ASSERT_MSG_EQ(advBack.GetParseStatus(), Dot16ParseStatus::OK, "NBR-ADV");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(advBack.Encode())),
                              ToHex(ByteView(adv.Encode())),
                              "a");
        NS_TEST_EXPECT_MSG_EQ(advBack.neighbors[1].bsidLsb24, 0x020004u, "neighbour BSID");
        Dot16MobMshoReq mshoBack = PacketRoundTrip(msho);
        NS_TEST_ASSERT_MSG_EQ(mshoBack.GetParseStatus(), Dot16ParseStatus::OK, "MSHO-REQ");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(mshoBack.Encode())),
                              ToHex(ByteView(msho.Encode())),
                              "m");
        NS_TEST_EXPECT_MSG_EQ(unsigned(mshoBack.indexedBss[0].arrivalTimeDifference), 5u, "ATD");
        NS_TEST_EXPECT_MSG_EQ(mshoBack.VerifyCmac(chain.cmacKeyU, chain.akid, basicCid),
                              Dot16ParseStatus::OK,
                              "MSHO-REQ CMAC");
        Dot16MobBshoRsp bshoBack = PacketRoundTrip(bsho);
        NS_TEST_ASSERT_MSG_EQ(bshoBack.GetParseStatus(), Dot16ParseStatus::OK, "BSHO-RSP");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(bshoBack.Encode())),
                              ToHex(ByteView(bsho.Encode())),
                              "b");
        NS_TEST_EXPECT_MSG_EQ(bshoBack.VerifyCmac(chain.cmacKeyD, chain.akid, basicCid),
                              Dot16ParseStatus::OK,
                              "BSHO-RSP CMAC");
        Dot16MobHoInd indBack = PacketRoundTrip(ind);
        NS_TEST_ASSERT_MSG_EQ(indBack.GetParseStatus(), Dot16ParseStatus::OK, "HO-IND");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ByteView(indBack.targetBsid)), "0000bb020003", "target");
        NS_TEST_EXPECT_MSG_EQ(indBack.VerifyCmac(chain.cmacKeyU, chain.akid, basicCid),
                              Dot16ParseStatus::OK,
                              "HO-IND CMAC");
        NS_TEST_EXPECT_MSG_EQ(indBack.VerifyCmac(chain.cmacKeyU, chain.akid, basicCid + 1),
                              Dot16ParseStatus::BAD_CMAC,
                              "HO-IND on another CID");

        // Truncations inside the fixed fields are TRUNCATED.
        Bytes m = msho.Encode();
        NS_TEST_EXPECT_MSG_EQ(mshoBack.Decode(ByteView(m.data(), 10)),
                              Dot16ParseStatus::TRUNCATED,
                              "MSHO-REQ cut in a BS entry");
        Bytes h = ind.Encode();
        NS_TEST_EXPECT_MSG_EQ(indBack.Decode(ByteView(h.data(), 5)),
                              Dot16ParseStatus::TRUNCATED,
                              "HO-IND cut in Target_BS_ID");
        Bytes b = bsho.Encode();
        NS_TEST_EXPECT_MSG_EQ(bshoBack.Decode(ByteView(b.data(), 9)),
                              Dot16ParseStatus::TRUNCATED,
                              "BSHO-RSP cut in a BSID");
        Bytes a = adv.Encode();
        NS_TEST_EXPECT_MSG_EQ(advBack.Decode(ByteView(a.data(), 12)),
                              Dot16ParseStatus::TRUNCATED,
                              "NBR-ADV cut in a neighbour");
        // Every strict prefix of each signed message fails decoding or verification.
        const Dot16ManagementMessage* signedMessages[] = {&msho, &bsho, &ind};
        const CmacKey* keys[] = {&chain.cmacKeyU, &chain.cmacKeyD, &chain.cmacKeyU};
        for (std::size_t k = 0; k < 3; ++k)
        {
            Bytes full = signedMessages[k]->Encode();
            for (std::size_t len = 0; len < full.size(); ++len)
            {
                Bytes prefix(full.begin(), full.begin() + len);
                bool accepted = VerifyCmacTuple(ByteView(prefix), *keys[k], chain.akid, basicCid) ==
                                Dot16ParseStatus::OK;
                NS_TEST_EXPECT_MSG_EQ(accepted, false, "prefix " << len << " of message " << k);
            }
        }
        // Bad values.
        Bytes badMode = h;
        badMode[1] = 0x01; // Mode 0b01 (MDHO/FBSS)
        NS_TEST_EXPECT_MSG_EQ(indBack.Decode(ByteView(badMode)),
                              Dot16ParseStatus::BAD_VALUE,
                              "HO-IND Mode 1");
        Bytes badMetric = m;
        badMetric[1] = 0x13;
        NS_TEST_EXPECT_MSG_EQ(mshoBack.Decode(ByteView(badMetric)),
                              Dot16ParseStatus::BAD_VALUE,
                              "report metric reserved bit");
        Bytes shortEntry = a;
        shortEntry[5] = 3; // a neighbour Length below its fixed fields
        NS_TEST_EXPECT_MSG_EQ(advBack.Decode(ByteView(shortEntry)),
                              Dot16ParseStatus::BAD_LENGTH,
                              "neighbour Length too small");
        Bytes wrongType = h;
        wrongType[0] = 57;
        NS_TEST_EXPECT_MSG_EQ(indBack.Decode(ByteView(wrongType)),
                              Dot16ParseStatus::UNEXPECTED_TYPE,
                              "MSHO-REQ octets given to MOB_HO-IND");
        Dot16MobNbrAdv signedAdv = adv;
        signedAdv.SignCmac(chain.cmacKeyD, chain.akid, 1, 0xFFFF);
        NS_TEST_EXPECT_MSG_EQ(advBack.Decode(ByteView(signedAdv.Encode())),
                              Dot16ParseStatus::UNEXPECTED_TYPE,
                              "a broadcast NBR-ADV carries no tuple");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The 802.16 MAC management wire-format test suite.
 */
class Dot16MacWireTestSuite : public TestSuite
{
  public:
    Dot16MacWireTestSuite()
        : TestSuite("secure-handover-dot16-mac-wire", TestSuite::Type::UNIT)
    {
        AddTestCase(new Dot16GmhTestCase);
        AddTestCase(new Dot16TlvTestCase);
        AddTestCase(new Dot16RegReqCaptureTestCase);
        AddTestCase(new Dot16RngReqCmacTestCase);
        AddTestCase(new Dot16SaTekUpdateTestCase);
        AddTestCase(new Dot16PkmTestCase);
        AddTestCase(new Dot16HandoverMessagesTestCase);
    }
};

/// Static instance that registers the suite.
static Dot16MacWireTestSuite g_dot16MacWireTestSuite;
