/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// Unit tests of the 802.16 security pieces of issue 6: the TEK context (AES-CCM MPDUs, PN
// windows, counter-based TEKs and their lifetimes), the backbone messages between the
// authenticator and the base stations, and PKMv2 EAP-Transfer.

#include "ns3/dot16-backbone-header.h"
#include "ns3/dot16-eap-transfer.h"
#include "ns3/dot16-generic-mac-header.h"
#include "ns3/dot16-keys.h"
#include "ns3/dot16-mac-agent.h"
#include "ns3/dot16-tek-context.h"
#include "ns3/hex.h"
#include "ns3/packet.h"
#include "ns3/scenario-config.h"
#include "ns3/test.h"

#include <string>

using namespace ns3;
using namespace ns3::crypto;

namespace
{

/// A TEK made of one repeated octet.
Tek
TekOf(uint8_t octet)
{
    return Tek(ByteView(Bytes(16, octet)));
}

/// A KEK made of one repeated octet.
Kek
KekOf(uint8_t octet)
{
    return Kek(ByteView(Bytes(16, octet)));
}

/// A context with fixed TEKs, created at time zero, PMK lifetime 800 s.
Dot16TekContext
FixedContext(uint32_t window = 8)
{
    return Dot16TekContext(TekOf(0x11), TekOf(0x22), 0, 0x0005, Seconds(0), Seconds(800), window);
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief AES-CCM MPDUs: round trip, the GMH fields, a tampered ICV, a replayed PN, the window.
 */
class Dot16MpduTestCase : public TestCase
{
  public:
    Dot16MpduTestCase()
        : TestCase("AES-CCM MPDU round trip, tampered ICV, replayed PN and the PN window")
    {
    }

  private:
    void DoRun() override
    {
        Dot16TekContext tx = FixedContext();
        Dot16TekContext rx = FixedContext();
        Bytes sdu = FromHex("0102030405060708090a0b0c0d0e0f10111213");
        NS_TEST_EXPECT_MSG_EQ(tx.GetTxPn(0), 0, "PN0 starts at 0");
        NS_TEST_EXPECT_MSG_EQ(tx.GetTxPn(1), 0, "PN1 starts at 0");
        Bytes pdu = tx.Seal(0x2001, sdu, Seconds(1));
        NS_TEST_EXPECT_MSG_EQ(pdu.size(),
                              Dot16GenericMacHeader::SIZE + 4 + sdu.size() + 8,
                              "GMH || PN || C || ICV");
        Dot16GenericMacHeader gmh;
        ByteView payload;
        NS_TEST_ASSERT_MSG_EQ(Dot16GenericMacHeader::DecodePdu(pdu, gmh, payload),
                              Dot16ParseStatus::OK,
                              "valid GMH with HCS");
        NS_TEST_EXPECT_MSG_EQ(gmh.GetEncryptionControl(), true, "EC = 1");
        NS_TEST_EXPECT_MSG_EQ(gmh.GetEks(), 0, "TEK0 while it lives");
        NS_TEST_EXPECT_MSG_EQ(gmh.GetCid(), 0x2001, "transport CID");
        NS_TEST_EXPECT_MSG_EQ(tx.GetTxPn(0), 1, "PN0 advanced");

        Bytes out;
        NS_TEST_EXPECT_MSG_EQ(rx.Open(pdu, out), Dot16MpduStatus::OK, "decrypts");
        NS_TEST_EXPECT_MSG_EQ(ToHex(out), ToHex(sdu), "same SDU");
        NS_TEST_EXPECT_MSG_EQ(rx.Open(pdu, out), Dot16MpduStatus::REPLAY, "same PN twice");

        Bytes tampered = tx.Seal(0x2001, sdu, Seconds(1));
        tampered.back() ^= 0x01;
        NS_TEST_EXPECT_MSG_EQ(rx.Open(tampered, out), Dot16MpduStatus::BAD_ICV, "ICV flipped");
        Bytes tamperedText = tx.Seal(0x2001, sdu, Seconds(1));
        tamperedText[Dot16GenericMacHeader::SIZE + 5] ^= 0x80;
        NS_TEST_EXPECT_MSG_EQ(rx.Open(tamperedText, out),
                              Dot16MpduStatus::BAD_ICV,
                              "ciphertext flipped");

        // The window (8 PNs): out of order inside it is accepted once, older is refused.
        Dot16TekContext win = FixedContext();
        std::vector<Bytes> pdus;
        for (int i = 0; i < 12; ++i)
        {
            pdus.push_back(win.Seal(0x2001, sdu, Seconds(1)));
        }
        Dot16TekContext rxw = FixedContext();
        NS_TEST_EXPECT_MSG_EQ(rxw.Open(pdus[10], out), Dot16MpduStatus::OK, "PN 10");
        NS_TEST_EXPECT_MSG_EQ(rxw.Open(pdus[5], out), Dot16MpduStatus::OK, "PN 5 in window");
        NS_TEST_EXPECT_MSG_EQ(rxw.Open(pdus[5], out), Dot16MpduStatus::REPLAY, "PN 5 again");
        NS_TEST_EXPECT_MSG_EQ(rxw.Open(pdus[3], out), Dot16MpduStatus::OK, "PN 3: age 7 < 8");
        NS_TEST_EXPECT_MSG_EQ(rxw.Open(pdus[2], out), Dot16MpduStatus::REPLAY, "PN 2 too old");
        NS_TEST_EXPECT_MSG_EQ(rxw.Open(pdus[11], out), Dot16MpduStatus::OK, "PN 11");

        // Ends that disagree on the PN byte order: the nonce carries the same four octets, so
        // the ICV verifies, but the receiver reads the PN byte-swapped.
        Dot16TekContext little =
            Dot16TekContext(TekOf(0x11), TekOf(0x22), 0, 5, Seconds(0), Seconds(800), 8);
        Dot16TekContext big = Dot16TekContext(TekOf(0x11),
                                              TekOf(0x22),
                                              0,
                                              5,
                                              Seconds(0),
                                              Seconds(800),
                                              8,
                                              PnByteOrder::BIG);
        little.Seal(0x2001, sdu, Seconds(1));
        Bytes second = little.Seal(0x2001, sdu, Seconds(1));
        uint32_t pn = 0;
        NS_TEST_EXPECT_MSG_EQ(big.Check(second, out, pn), Dot16MpduStatus::OK, "ICV verifies");
        NS_TEST_EXPECT_MSG_EQ(pn, 0x01000000u, "PN 1 read as 2^24");

        // A truncated PDU and a plaintext PDU are malformed for the context.
        Bytes truncated(pdu.begin(), pdu.end() - 1);
        NS_TEST_EXPECT_MSG_EQ(rx.Open(truncated, out), Dot16MpduStatus::MALFORMED, "short");
        Dot16GenericMacHeader plain;
        plain.SetCid(0x2001);
        NS_TEST_EXPECT_MSG_EQ(rx.Open(plain.EncodePdu(sdu), out),
                              Dot16MpduStatus::MALFORMED,
                              "EC = 0");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Counter-based TEKs: equal counts interoperate, different counts do not; lifetimes.
 */
class Dot16CounterTekContextTestCase : public TestCase
{
  public:
    Dot16CounterTekContextTestCase()
        : TestCase("Counter TEKs: same count interoperates, other count fails; TEK lifetimes")
    {
    }

  private:
    void DoRun() override
    {
        Kek kek = KekOf(0x5a);
        Dot16TekContext ms = Dot16TekContext::Derive(kek, 7, 0x0010, Seconds(0), Seconds(800));
        Dot16TekContext bs = Dot16TekContext::Derive(kek, 7, 0x0010, Seconds(0), Seconds(800));
        Dot16TekContext behind = Dot16TekContext::Derive(kek, 6, 0x0010, Seconds(0), Seconds(800));
        // The keys are those of DeriveCounterTek (its known answers are in dot16-keys).
        NS_TEST_EXPECT_MSG_EQ(ToHex(ms.GetTek(0)),
                              ToHex(DeriveCounterTek(kek, 7, 0x0010, 0)),
                              "TEK0 from the count");
        NS_TEST_EXPECT_MSG_EQ(ToHex(ms.GetTek(1)),
                              ToHex(DeriveCounterTek(kek, 7, 0x0010, 1)),
                              "TEK1 from the count");
        NS_TEST_EXPECT_MSG_NE(ToHex(ms.GetTek(0)), ToHex(behind.GetTek(0)), "count matters");
        Bytes sdu(40, 0xab);
        Bytes pdu = ms.Seal(0x2010, sdu, Seconds(1));
        Bytes out;
        NS_TEST_EXPECT_MSG_EQ(behind.Open(pdu, out),
                              Dot16MpduStatus::BAD_ICV,
                              "count behind: fails");
        NS_TEST_EXPECT_MSG_EQ(bs.Open(pdu, out), Dot16MpduStatus::OK, "same count: decrypts");

        // Lifetimes: 1/8 and 1/2 of the PMK lifetime; TEK1 carries traffic after TEK0 expired.
        NS_TEST_EXPECT_MSG_EQ(ms.GetLifetime(0), Seconds(100), "TEK0 lifetime 1/8");
        NS_TEST_EXPECT_MSG_EQ(ms.GetLifetime(1), Seconds(400), "TEK1 lifetime 1/2");
        NS_TEST_EXPECT_MSG_EQ(unsigned(ms.GetActiveIndex(Seconds(99))), 0, "TEK0 first");
        NS_TEST_EXPECT_MSG_EQ(unsigned(ms.GetActiveIndex(Seconds(101))), 1, "then TEK1");
        Bytes late = ms.Seal(0x2010, sdu, Seconds(150));
        NS_TEST_EXPECT_MSG_EQ(ms.GetTxPn(1), 1, "PN1 used");
        NS_TEST_EXPECT_MSG_EQ(bs.Open(late, out), Dot16MpduStatus::OK, "EKS selects TEK1");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Backbone messages: every type round trips; truncated, overlong, unknown type, bad
 *        flags and bad body lengths are refused.
 */
class Dot16BackboneHeaderTestCase : public TestCase
{
  public:
    Dot16BackboneHeaderTestCase()
        : TestCase("Backbone messages round trip; malformed ones are refused")
    {
    }

  private:
    void DoRun() override
    {
        Dot16BackboneHeader push;
        push.type = Dot16BackboneHeader::CONTEXT_PUSH;
        push.seamless = true;
        push.msMac = {0, 1, 2, 3, 4, 5};
        push.bsid = {0, 0, 0xbb, 2, 0, 3};
        push.ak = Bytes(20, 0x33);
        push.akid = {1, 2, 3, 4, 5, 6, 7, 8};
        push.pmkLifetime = 3600;
        push.pmkSn = 2;
        push.cmacKeyCount = 0x1234;
        push.basicCid = 5;
        push.primaryCid = 0x1005;
        push.transportCid = 0x2005;
        push.reusedTeks = Bytes(40, 0x77);
        Bytes octets = push.Encode();
        NS_TEST_EXPECT_MSG_EQ(octets.size(), 16 + 20 + 8 + 4 + 1 + 2 + 6 + 40, "layout size");
        NS_TEST_EXPECT_MSG_EQ(unsigned(octets[1]), 0x03, "flags: seamless, reused TEKs");

        // Through a packet, as on the wire.
        Ptr<Packet> packet = Create<Packet>();
        packet->AddHeader(push);
        Dot16BackboneHeader back;
        packet->RemoveHeader(back);
        NS_TEST_ASSERT_MSG_EQ(back.GetParseStatus(), Dot16BackboneHeader::Status::OK, "parses");
        NS_TEST_EXPECT_MSG_EQ(ToHex(back.Encode()), ToHex(octets), "round trip");
        NS_TEST_EXPECT_MSG_EQ(back.cmacKeyCount, 0x1234, "CMAC_KEY_COUNT_N");
        NS_TEST_EXPECT_MSG_EQ(ToHex(back.ak), ToHex(push.ak), "AK");

        for (uint8_t type : {Dot16BackboneHeader::HO_REQUEST,
                             Dot16BackboneHeader::CONTEXT_ACK,
                             Dot16BackboneHeader::HO_RESPONSE,
                             Dot16BackboneHeader::HO_CONFIRM,
                             Dot16BackboneHeader::HO_COMPLETE,
                             Dot16BackboneHeader::CONTEXT_REQUEST})
        {
            Dot16BackboneHeader m;
            m.type = type;
            m.msMac = {9, 8, 7, 6, 5, 4};
            m.bsids = {{1, 1, 1, 1, 1, 1}, {2, 2, 2, 2, 2, 2}};
            m.cmacKeyCount = 9;
            m.basicCid = 1;
            Dot16BackboneHeader d;
            NS_TEST_EXPECT_MSG_EQ(d.Decode(m.Encode()),
                                  Dot16BackboneHeader::Status::OK,
                                  Dot16BackboneHeader::TypeName(type));
            NS_TEST_EXPECT_MSG_EQ(ToHex(d.Encode()), ToHex(m.Encode()), "round trip");
        }

        Dot16BackboneHeader d;
        NS_TEST_EXPECT_MSG_EQ(d.Decode(Bytes(octets.begin(), octets.begin() + 10)),
                              Dot16BackboneHeader::Status::TRUNCATED,
                              "shorter than the fixed part");
        NS_TEST_EXPECT_MSG_EQ(d.Decode(Bytes(octets.begin(), octets.end() - 1)),
                              Dot16BackboneHeader::Status::TRUNCATED,
                              "body shorter than announced");
        Bytes longer = octets;
        longer.push_back(0);
        NS_TEST_EXPECT_MSG_EQ(d.Decode(longer),
                              Dot16BackboneHeader::Status::OVERLONG,
                              "octets after the body");
        Bytes badType = octets;
        badType[0] = 99;
        NS_TEST_EXPECT_MSG_EQ(d.Decode(badType), Dot16BackboneHeader::Status::BAD_TYPE, "type");
        Bytes badFlags = octets;
        badFlags[1] |= 0x80;
        NS_TEST_EXPECT_MSG_EQ(d.Decode(badFlags), Dot16BackboneHeader::Status::BAD_VALUE, "flag");
        // A HO_CONFIRM whose body is 3 octets instead of 2.
        Dot16BackboneHeader confirm;
        confirm.type = Dot16BackboneHeader::HO_CONFIRM;
        Bytes c = confirm.Encode();
        c.push_back(0);
        c[3] = 3;
        NS_TEST_EXPECT_MSG_EQ(d.Decode(c), Dot16BackboneHeader::Status::BAD_LENGTH, "body length");
        // A HO_REQUEST announcing more candidates than it carries.
        Dot16BackboneHeader req;
        req.type = Dot16BackboneHeader::HO_REQUEST;
        req.bsids = {{1, 1, 1, 1, 1, 1}};
        Bytes r = req.Encode();
        r[16] = 2;
        NS_TEST_EXPECT_MSG_EQ(d.Decode(r), Dot16BackboneHeader::Status::BAD_LENGTH, "count");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief PKMv2 EAP-Transfer round trip; a missing EAP payload or a foreign code is refused.
 */
class Dot16EapTransferTestCase : public TestCase
{
  public:
    Dot16EapTransferTestCase()
        : TestCase("PKMv2 EAP-Transfer round trip and malformed ones")
    {
    }

  private:
    void DoRun() override
    {
        Dot16EapTransfer rsp(true);
        rsp.identifier = 7;
        rsp.eapPayload = Bytes(130, 0x01); // long form of the TLV length
        Bytes octets = rsp.Encode();
        NS_TEST_EXPECT_MSG_EQ(unsigned(octets[0]), 10, "PKM-RSP");
        NS_TEST_EXPECT_MSG_EQ(unsigned(octets[1]), 18, "code EAP-Transfer");
        NS_TEST_EXPECT_MSG_EQ(Dot16EapTransfer::IsEapTransfer(octets), true, "recognised");
        Dot16EapTransfer back;
        NS_TEST_ASSERT_MSG_EQ(back.Decode(octets), Dot16ParseStatus::OK, "parses");
        NS_TEST_EXPECT_MSG_EQ(back.fromBs, true, "direction from the type");
        NS_TEST_EXPECT_MSG_EQ(ToHex(back.Encode()), ToHex(octets), "round trip");

        Bytes empty = {9, 18, 7};
        NS_TEST_EXPECT_MSG_EQ(back.Decode(empty),
                              Dot16ParseStatus::MISSING_MANDATORY,
                              "no EAP payload");
        Bytes truncated(octets.begin(), octets.end() - 1);
        NS_TEST_EXPECT_MSG_EQ(back.Decode(truncated), Dot16ParseStatus::TRUNCATED, "short TLV");
        Bytes keyRequest = {9, 23, 7};
        NS_TEST_EXPECT_MSG_EQ(back.Decode(keyRequest),
                              Dot16ParseStatus::UNEXPECTED_TYPE,
                              "another PKM code");

        // CIDs per MS: three distinct ranges.
        Dot16Cids cids = Dot16Cids::ForMobile(Mac48Address("00:00:00:00:01:02"));
        NS_TEST_EXPECT_MSG_EQ(cids.basic, 0x0103, "basic");
        NS_TEST_EXPECT_MSG_EQ(cids.primary, 0x1103, "primary");
        NS_TEST_EXPECT_MSG_EQ(cids.transport, 0x2103, "transport");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The run options of issue 6: --ckc-skew takes a signed integer, --cancel-ho-prob and
 *        --dot16-loss probabilities.
 */
class Dot16ScenarioOptionsTestCase : public TestCase
{
  public:
    Dot16ScenarioOptionsTestCase()
        : TestCase("Scenario options --ckc-skew, --cancel-ho-prob, --dot16-loss")
    {
    }

  private:
    void DoRun() override
    {
        ScenarioConfig config;
        config.Set("scheme", "dot16-counter-tek");
        config.Set("links", "wimax,wimax");
        config.Set("ckc-skew", "-2");
        config.Set("cancel-ho-prob", "0.25");
        config.Set("dot16-loss", "0.01");
        NS_TEST_EXPECT_MSG_EQ(config.ckcSkew, -2, "negative skew: the BS is ahead");
        NS_TEST_EXPECT_MSG_EQ(config.cancelHoProb, 0.25, "cancel probability");
        NS_TEST_EXPECT_MSG_EQ(config.dot16Loss, 0.01, "loss");
        bool valid = true;
        try
        {
            config.Validate();
        }
        catch (const ScenarioConfigError&)
        {
            valid = false;
        }
        NS_TEST_EXPECT_MSG_EQ(valid, true, "a valid dot16 scenario");
        for (const char* bad : {"1.5", "x", "2000", ""})
        {
            bool refused = false;
            try
            {
                config.Set("ckc-skew", bad);
            }
            catch (const ScenarioConfigError&)
            {
                refused = true;
            }
            NS_TEST_EXPECT_MSG_EQ(refused, true, "--ckc-skew " << bad);
        }
        config.Set("cancel-ho-prob", "1.5");
        bool refused = false;
        try
        {
            config.Validate();
        }
        catch (const ScenarioConfigError&)
        {
            refused = true;
        }
        NS_TEST_EXPECT_MSG_EQ(refused, true, "a probability above 1");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The 802.16 security unit tests.
 */
class Dot16SecurityTestSuite : public TestSuite
{
  public:
    Dot16SecurityTestSuite()
        : TestSuite("secure-handover-dot16-security", TestSuite::Type::UNIT)
    {
        AddTestCase(new Dot16MpduTestCase);
        AddTestCase(new Dot16CounterTekContextTestCase);
        AddTestCase(new Dot16BackboneHeaderTestCase);
        AddTestCase(new Dot16EapTransferTestCase);
        AddTestCase(new Dot16ScenarioOptionsTestCase);
    }
};

/// The suite's static instance.
static Dot16SecurityTestSuite g_dot16SecurityTestSuite;
