/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// The AR-HKS AAA channel: the Diameter codec (RFC 6733 sections 3 and 4.1), its stream
// framing, TLS over TCP, and the Handover Key Server's Diameter-level answers.

#include "ns3/boolean.h"
#include "ns3/diameter-avp.h"
#include "ns3/diameter-constants.h"
#include "ns3/diameter-message.h"
#include "ns3/diameter-stream.h"
#include "ns3/diameter-tls-connection.h"
#include "ns3/enum.h"
#include "ns3/error-model.h"
#include "ns3/handover-key-request-header.h"
#include "ns3/handover-key-server.h"
#include "ns3/handover-keys.h"
#include "ns3/inet-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-address-helper.h"
#include "ns3/mobility-auth.h"
#include "ns3/node-container.h"
#include "ns3/packet.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/pointer.h"
#include "ns3/simulator.h"
#include "ns3/string.h"
#include "ns3/test-ca.h"
#include "ns3/test.h"
#include "ns3/tls-session.h"
#include "ns3/tls-tcp-transport.h"

#include <algorithm>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/**
 * \return a message with a base AVP, a vendor AVP and an AVP that needs padding
 */
DiameterMessage
SampleMessage()
{
    DiameterMessage m;
    m.SetFlags(diameter::FLAG_REQUEST);
    m.SetCommandCode(diameter::CMD_HANDOVER_KEY);
    m.SetApplicationId(diameter::APP_HANDOVER_KEY);
    m.SetHopByHopId(0x11223344);
    m.SetEndToEndId(0x55667788);
    m.AddAvp(DiameterAvp::MakeUnsigned32(diameter::AVP_RESULT_CODE, 0, diameter::DIAMETER_SUCCESS));
    m.AddAvp(DiameterAvp::MakeUnsigned32(diameter::AVP_HKP_STATUS, diameter::VENDOR_HKP, 130));
    m.AddAvp(DiameterAvp::MakeString(diameter::AVP_USER_NAME, 0, "a@b"));
    return m;
}

/// SampleMessage() encoded by hand from the layouts of RFC 6733 section 3 (header) and 4.1
/// (AVP header, Vendor-ID, padding to 32 bits).
const std::vector<uint8_t> SAMPLE_OCTETS = {
    0x01, 0x00, 0x00, 0x3c, 0x80, 0xff, 0xff, 0xfe, 0x01, 0x00, 0x00, 0x00, // header
    0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88,                         // identifiers
    0x00, 0x00, 0x01, 0x0c, 0x40, 0x00, 0x00, 0x0c, 0x00, 0x00, 0x07, 0xd1, // Result-Code
    0x00, 0x00, 0x00, 0x03, 0xc0, 0x00, 0x00, 0x10, 0x00, 0x00, 0x7e, 0xd9, // HKP-Status
    0x00, 0x00, 0x00, 0x82,                                                 //   value 130
    0x00, 0x00, 0x00, 0x01, 0x40, 0x00, 0x00, 0x0b, 0x61, 0x40, 0x62, 0x00, // User-Name
};

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief Encoding against hand-made octets, decoding back, and the accessors.
 */
class DiameterRoundTripTestCase : public TestCase
{
  public:
    DiameterRoundTripTestCase()
        : TestCase("Diameter message and AVPs encode to the RFC 6733 layout and decode back")
    {
    }

  private:
    void DoRun() override
    {
        DiameterMessage m = SampleMessage();
        NS_TEST_ASSERT_MSG_EQ(m.GetSerializedSize(), SAMPLE_OCTETS.size(), "size");
        NS_TEST_ASSERT_MSG_EQ((m.ToBytes() == SAMPLE_OCTETS), true, "octets");
        Ptr<Packet> p = Create<Packet>();
        p->AddHeader(m);
        DiameterMessage d;
        p->RemoveHeader(d);
        NS_TEST_ASSERT_MSG_EQ(d.GetParseStatus(), DiameterParseStatus::OK, "decodes");
        NS_TEST_ASSERT_MSG_EQ(d.IsRequest(), true, "R flag");
        NS_TEST_ASSERT_MSG_EQ(d.GetCommandCode(), diameter::CMD_HANDOVER_KEY, "command");
        NS_TEST_ASSERT_MSG_EQ(d.GetApplicationId(), diameter::APP_HANDOVER_KEY, "application");
        NS_TEST_ASSERT_MSG_EQ(d.GetHopByHopId(), 0x11223344u, "hop-by-hop");
        NS_TEST_ASSERT_MSG_EQ(d.GetEndToEndId(), 0x55667788u, "end-to-end");
        NS_TEST_ASSERT_MSG_EQ(d.GetAvps().size(), 3u, "AVPs");
        uint32_t v = 0;
        NS_TEST_ASSERT_MSG_EQ(
            d.FindAvp(diameter::AVP_HKP_STATUS, diameter::VENDOR_HKP)->GetUnsigned32(v),
            true,
            "vendor AVP found");
        NS_TEST_ASSERT_MSG_EQ(v, 130u, "value");
        NS_TEST_ASSERT_MSG_EQ((d.FindAvp(diameter::AVP_HKP_STATUS) == nullptr),
                              true,
                              "a vendor AVP is not found as a base AVP");
        NS_TEST_ASSERT_MSG_EQ(d.FindAvp(diameter::AVP_USER_NAME)->GetString(), "a@b", "string");
        NS_TEST_ASSERT_MSG_EQ((d.ToBytes() == SAMPLE_OCTETS), true, "re-encodes identically");
        NS_TEST_ASSERT_MSG_EQ(d.FindAvp(diameter::AVP_USER_NAME)->GetUnsigned32(v),
                              false,
                              "a 3-octet AVP is not an Unsigned32");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Every defect the strict decoder must refuse.
 */
class DiameterRejectionTestCase : public TestCase
{
  public:
    DiameterRejectionTestCase()
        : TestCase("Diameter decoding rejects truncated, overlong and malformed messages and AVPs")
    {
    }

  private:
    /**
     * \param bytes the octets
     * \param expected the status expected
     * \param what the defect
     */
    void Expect(const std::vector<uint8_t>& bytes,
                DiameterParseStatus expected,
                const std::string& what)
    {
        DiameterMessage d;
        NS_TEST_EXPECT_MSG_EQ(d.Parse(bytes.data(), bytes.size()), expected, what);
        NS_TEST_EXPECT_MSG_EQ(d.GetAvps().empty(), true, what + ": no AVP kept");
    }

    void DoRun() override
    {
        const std::vector<uint8_t>& ok = SAMPLE_OCTETS;
        auto with = [&ok](std::size_t at, uint8_t value) {
            std::vector<uint8_t> b = ok;
            b[at] = value;
            return b;
        };
        Expect(std::vector<uint8_t>(ok.begin(), ok.begin() + 12),
               DiameterParseStatus::TRUNCATED,
               "shorter than the header");
        Expect(std::vector<uint8_t>(ok.begin(), ok.end() - 4),
               DiameterParseStatus::TRUNCATED,
               "shorter than the Message Length");
        std::vector<uint8_t> longer = ok;
        longer.insert(longer.end(), 4, 0);
        Expect(longer, DiameterParseStatus::OVERLONG, "longer than the Message Length");
        Expect(with(0, 2), DiameterParseStatus::BAD_VERSION, "version 2");
        Expect(with(3, 0x3d), DiameterParseStatus::BAD_LENGTH, "length not a multiple of 4");
        Expect(with(3, 0x10), DiameterParseStatus::BAD_LENGTH, "length below the header");
        Expect(with(4, 0x81), DiameterParseStatus::BAD_FLAGS, "reserved command flag");
        Expect(with(24, 0x50), DiameterParseStatus::BAD_FLAGS, "reserved AVP flag");
        Expect(with(24, 0x60), DiameterParseStatus::BAD_FLAGS, "AVP P flag");
        Expect(with(27, 0x07), DiameterParseStatus::BAD_LENGTH, "AVP length below its header");
        Expect(with(59, 0x01), DiameterParseStatus::BAD_PADDING, "non-zero AVP padding");
        Expect(with(59 - 4, 0x0f), DiameterParseStatus::TRUNCATED, "AVP overruns the message");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The stream framing over TLS application data.
 */
class DiameterStreamTestCase : public TestCase
{
  public:
    DiameterStreamTestCase()
        : TestCase("Diameter stream framing: split, joined and impossible lengths")
    {
    }

  private:
    void DoRun() override
    {
        DiameterStreamReader reader;
        std::vector<uint8_t> two = SAMPLE_OCTETS;
        two.insert(two.end(), SAMPLE_OCTETS.begin(), SAMPLE_OCTETS.end());
        std::vector<uint8_t> out;
        reader.Append(two.data(), 3);
        NS_TEST_ASSERT_MSG_EQ(reader.Next(out), false, "3 octets: no length yet");
        reader.Append(two.data() + 3, 50);
        NS_TEST_ASSERT_MSG_EQ(reader.Next(out), false, "53 octets: message incomplete");
        reader.Append(two.data() + 53, two.size() - 53);
        NS_TEST_ASSERT_MSG_EQ(reader.Next(out), true, "first message");
        NS_TEST_ASSERT_MSG_EQ((out == SAMPLE_OCTETS), true, "first message octets");
        NS_TEST_ASSERT_MSG_EQ(reader.Next(out), true, "second message");
        NS_TEST_ASSERT_MSG_EQ((out == SAMPLE_OCTETS), true, "second message octets");
        NS_TEST_ASSERT_MSG_EQ(reader.Next(out), false, "nothing left");

        std::vector<uint8_t> bad = SAMPLE_OCTETS;
        bad[3] = 0x0c; // 12 < 20
        reader.Append(bad.data(), bad.size());
        NS_TEST_ASSERT_MSG_EQ(reader.Next(out), false, "impossible length");
        NS_TEST_ASSERT_MSG_EQ(reader.HasFailed(), true, "the stream failed");
        DiameterStreamReader small(64);
        std::vector<uint8_t> huge = SAMPLE_OCTETS;
        huge[2] = 0x10; // 4156 octets > 64
        small.Append(huge.data(), huge.size());
        NS_TEST_ASSERT_MSG_EQ(small.Next(out), false, "over the bound");
        NS_TEST_ASSERT_MSG_EQ(small.HasFailed(), true, "a length above the bound fails the stream");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief A client connected to a Handover Key Server over real TLS on TCP (a lossy link, so
 *        that TCP retransmits): the HKS answers DIAMETER_MISSING_AVP with the E bit to an
 *        HK-Request without the AR address (draft 6.4: the AR must be told it is required),
 *        ignores an answer sent to it, and the client's connection counts a malformed message.
 */
class DiameterTlsTcpHksTestCase : public TestCase
{
  public:
    DiameterTlsTcpHksTestCase()
        : TestCase("Diameter over TLS over TCP to the HKS: MISSING_AVP for a request without "
                   "the AR address")
    {
    }

  private:
    /**
     * \param connection the client connection
     * \param message an answer
     */
    void Answer(Ptr<DiameterTlsConnection> /* connection */, const DiameterMessage& message)
    {
        if (m_answers.empty())
        {
            m_firstAnswerAt = Simulator::Now();
        }
        m_answers.push_back(message);
    }

    /**
     * \param reason why the HKS dropped a request
     */
    void HksDrop(const std::string& reason)
    {
        m_hksDrops.push_back(reason);
    }

    /**
     * \param connection the client
     * \param message the message to send
     */
    static void SendAt(Ptr<DiameterTlsConnection> connection, DiameterMessage message)
    {
        connection->Send(message);
    }

    void DoRun() override
    {
        NodeContainer nodes(2);
        InternetStackHelper internet;
        internet.Install(nodes);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue("10Mbps"));
        p2p.SetChannelAttribute("Delay", StringValue("5ms"));
        NetDeviceContainer devices = p2p.Install(nodes);
        // the HKS loses the 4th and 9th frames it receives (TLS handshake, then a request):
        // TCP must retransmit them and TLS must still see an intact stream
        Ptr<ReceiveListErrorModel> loss = CreateObject<ReceiveListErrorModel>();
        loss->SetList({4, 9});
        devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(loss));
        Ipv4AddressHelper ipv4("10.9.0.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = ipv4.Assign(devices);

        crypto::TestCertificateAuthority ca;
        Ptr<HandoverKeyServer> hks = CreateObject<HandoverKeyServer>();
        hks->SetCredentials(ca.CertificatePem(), ca.Issue("hks.example.net"));
        hks->TraceConnectWithoutContext("Drop",
                                        MakeCallback(&DiameterTlsTcpHksTestCase::HksDrop, this));
        nodes.Get(1)->AddApplication(hks);
        hks->SetStartTime(Seconds(0));

        Ptr<TlsSession> session = CreateObject<TlsSession>();
        session->SetAttribute("Role", EnumValue(TlsSession::CLIENT));
        session->SetAttribute("PeerName", StringValue("hks.example.net"));
        session->SetCredentials(ca.CertificatePem(), ca.Issue("ar.example.net"));
        Ptr<DiameterTlsConnection> client = CreateObject<DiameterTlsConnection>();
        client->SetMessageCallback(MakeCallback(&DiameterTlsTcpHksTestCase::Answer, this));
        Simulator::Schedule(Seconds(0.1),
                            &DiameterTlsConnection::Connect,
                            client,
                            session,
                            nodes.Get(0),
                            Address(InetSocketAddress(ifs.GetAddress(1), diameter::TLS_PORT)));

        // a well-formed HKReq of a provisioned MN, MACed with its HIK
        const crypto::Hmk hmk(std::vector<uint8_t>(64, 0x5a));
        hks->AddMobileNode("mn@example.net", hmk);
        HandoverKeyRequestHeader hkreq;
        hkreq.SetMessageId(7);
        MnIdentifierOption mnId;
        mnId.identifier = "mn@example.net";
        hkreq.AddOption(mnId);
        HandoverNonceOption nonce;
        nonce.nonce.assign(16, 0x11);
        hkreq.AddOption(nonce);
        AppendMacOption(hkreq,
                        crypto::PrfAlgorithm::HMAC_SHA1,
                        crypto::DeriveHik(crypto::PrfAlgorithm::HMAC_SHA1, hmk, 7));
        const std::vector<uint8_t> hkreqBytes = hkreq.ToBytes();
        const std::vector<uint8_t> arAddress(16, 0x20);

        DiameterMessage empty = SampleMessage();
        empty.AddAvp(DiameterAvp::Make(diameter::AVP_HKP_REQUEST, diameter::VENDOR_HKP, {}));
        DiameterMessage noAr = SampleMessage();
        noAr.SetHopByHopId(2);
        noAr.AddAvp(DiameterAvp::Make(diameter::AVP_HKP_REQUEST, diameter::VENDOR_HKP, hkreqBytes));
        DiameterMessage full = noAr;
        full.SetHopByHopId(3);
        full.AddAvp(
            DiameterAvp::Make(diameter::AVP_HKP_AR_ADDRESS, diameter::VENDOR_HKP, arAddress));
        // the same HKReq with an MN-AR MAC instead of the MN-HKS MAC (an AR would not forward
        // it; the HKS must discard it on its own, 6.4)
        HandoverKeyRequestHeader noHksMac;
        noHksMac.SetMessageId(8);
        noHksMac.AddOption(mnId);
        noHksMac.AddOption(nonce);
        AppendMacOption(noHksMac,
                        crypto::PrfAlgorithm::HMAC_SHA1,
                        crypto::Hk(std::vector<uint8_t>(20, 0x33)));
        DiameterMessage rebuilt;
        rebuilt.SetFlags(full.GetFlags());
        rebuilt.SetCommandCode(full.GetCommandCode());
        rebuilt.SetApplicationId(full.GetApplicationId());
        rebuilt.SetHopByHopId(4);
        rebuilt.AddAvp(
            DiameterAvp::Make(diameter::AVP_HKP_REQUEST, diameter::VENDOR_HKP, noHksMac.ToBytes()));
        rebuilt.AddAvp(
            DiameterAvp::Make(diameter::AVP_HKP_AR_ADDRESS, diameter::VENDOR_HKP, arAddress));
        DiameterMessage notRequest = SampleMessage();
        notRequest.SetFlags(0);
        // the first is sent before the handshake ends: it must wait for it
        Simulator::Schedule(Seconds(0.11), &DiameterTlsTcpHksTestCase::SendAt, client, empty);
        Simulator::Schedule(Seconds(1), &DiameterTlsTcpHksTestCase::SendAt, client, noAr);
        Simulator::Schedule(Seconds(1.2), &DiameterTlsTcpHksTestCase::SendAt, client, full);
        Simulator::Schedule(Seconds(1.3), &DiameterTlsTcpHksTestCase::SendAt, client, rebuilt);
        Simulator::Schedule(Seconds(1.4), &DiameterTlsTcpHksTestCase::SendAt, client, notRequest);
        Simulator::Stop(Seconds(8));
        Simulator::Run();

        NS_TEST_ASSERT_MSG_EQ(session->IsEstablished(), true, "TLS over TCP established");
        NS_TEST_ASSERT_MSG_EQ(hks->GetConnectionCount(), 1u, "one connection accepted");
        NS_TEST_ASSERT_MSG_EQ(m_answers.size(), 3u, "three answers");
        if (m_answers.size() != 3)
        {
            return; // the runner continues after a failed assertion
        }
        uint32_t result = 0;
        NS_TEST_ASSERT_MSG_EQ(
            m_answers[0].FindAvp(diameter::AVP_RESULT_CODE)->GetUnsigned32(result),
            true,
            "Result-Code present");
        NS_TEST_EXPECT_MSG_EQ(result, diameter::DIAMETER_INVALID_AVP_VALUE, "empty HKReq: 5004");
        const DiameterMessage& a = m_answers[1];
        NS_TEST_ASSERT_MSG_EQ(a.FindAvp(diameter::AVP_RESULT_CODE)->GetUnsigned32(result),
                              true,
                              "Result-Code present");
        NS_TEST_EXPECT_MSG_EQ(result, diameter::DIAMETER_MISSING_AVP, "no AR address: 5005");
        NS_TEST_EXPECT_MSG_EQ(((a.GetFlags() & diameter::FLAG_ERROR) != 0), true, "E bit");
        NS_TEST_EXPECT_MSG_EQ(a.IsRequest(), false, "an answer");
        NS_TEST_EXPECT_MSG_EQ(a.GetHopByHopId(), 2u, "hop-by-hop copied");
        NS_TEST_EXPECT_MSG_EQ((a.FindAvp(diameter::AVP_HKP_KEY, diameter::VENDOR_HKP) == nullptr),
                              true,
                              "no key without the AR address");
        // the successful answer carries the HK that the MN derives from the HKS-Nonce
        const DiameterMessage& ok = m_answers[2];
        NS_TEST_ASSERT_MSG_EQ(ok.FindAvp(diameter::AVP_RESULT_CODE)->GetUnsigned32(result),
                              true,
                              "Result-Code present");
        NS_TEST_EXPECT_MSG_EQ(result, diameter::DIAMETER_SUCCESS, "success");
        const DiameterAvp* hksNonce = ok.FindAvp(diameter::AVP_HKP_HKS_NONCE, diameter::VENDOR_HKP);
        const DiameterAvp* hk = ok.FindAvp(diameter::AVP_HKP_KEY, diameter::VENDOR_HKP);
        NS_TEST_ASSERT_MSG_EQ((hksNonce && hk && hksNonce->data.size() == 16), true, "nonce, key");
        if (!hksNonce || !hk || hksNonce->data.size() != 16)
        {
            return;
        }
        crypto::Nonce16 mnN{};
        mnN.fill(0x11);
        crypto::Nonce16 hksN{};
        std::copy(hksNonce->data.begin(), hksNonce->data.end(), hksN.begin());
        crypto::Ipv6Octets ar{};
        ar.fill(0x20);
        const crypto::Hk expected =
            crypto::DeriveHk(crypto::PrfAlgorithm::HMAC_SHA1, hmk, mnN, hksN, "mn@example.net", ar);
        NS_TEST_EXPECT_MSG_EQ((hk->data == expected.GetBytes()), true, "HK per draft 6.1.2");
        NS_TEST_ASSERT_MSG_EQ(m_hksDrops.size(), 3u, "three requests dropped or refused");
        NS_TEST_EXPECT_MSG_EQ(m_hksDrops[0], "malformed-hkreq", "reason");
        if (m_hksDrops.size() == 3)
        {
            NS_TEST_EXPECT_MSG_EQ(m_hksDrops[1], "no-mn-hks-mac", "no MN-HKS MAC: silent");
            NS_TEST_EXPECT_MSG_EQ(m_hksDrops[2], "unexpected-command", "an answer to the HKS");
        }
        NS_TEST_EXPECT_MSG_GT(client->GetTransport()->GetBytesSent(), 0u, "octets carried by TCP");
        NS_TEST_EXPECT_MSG_EQ(loss->GetList().size(), 2u, "losses configured");
        // without loss the first answer comes about 0.05 s after it was sent at 0.11 s; a lost
        // handshake segment costs a TCP retransmission timeout (at least ns-3's MinRto, 1 s)
        NS_TEST_EXPECT_MSG_GT(m_firstAnswerAt, Seconds(1.1), "TCP retransmitted a lost segment");
        Simulator::Destroy();
    }

    std::vector<DiameterMessage> m_answers; //!< answers received
    Time m_firstAnswerAt;                   //!< when the first one came
    std::vector<std::string> m_hksDrops;    //!< HKS drops
};

/**
 * \ingroup secure-handover-tests
 * \brief The Diameter codec and stream.
 */
class DiameterTestSuite : public TestSuite
{
  public:
    DiameterTestSuite()
        : TestSuite("secure-handover-diameter", TestSuite::Type::UNIT)
    {
        AddTestCase(new DiameterRoundTripTestCase);
        AddTestCase(new DiameterRejectionTestCase);
        AddTestCase(new DiameterStreamTestCase);
        AddTestCase(new DiameterTlsTcpHksTestCase);
    }
};

/// The suite's instance.
static DiameterTestSuite g_diameterTestSuite;
