/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/boolean.h"
#include "ns3/error-model.h"
#include "ns3/inet-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-address-helper.h"
#include "ns3/mih-constants.h"
#include "ns3/mih-transport.h"
#include "ns3/mis-prereg-xfer.h"
#include "ns3/node-container.h"
#include "ns3/packet.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/pointer.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <list>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// Link delay of the two-node test network (one way).
const Time LINK_DELAY = MilliSeconds(5);
/// The transports' retransmission timer in these tests.
const Time RETRANSMISSION = MilliSeconds(100);

/**
 * \ingroup secure-handover-tests
 * \brief Two nodes on a point-to-point link, an MihTransport on each: A (the requester) and B
 *        (the responder, answering each MIS_Prereg_Xfer request after a configurable delay).
 *        Frames can be dropped at either end by index of reception.
 */
class MihTransportFixture : public TestCase
{
  public:
    /**
     * \param name the test name
     */
    explicit MihTransportFixture(const std::string& name)
        : TestCase(name)
    {
    }

  public:
    /**
     * \brief Build the network.
     * \param dropAtA indices of the frames A's device drops on reception
     * \param dropAtB indices of the frames B's device drops on reception
     * \param ackRequested the transports' AckRequested
     */
    void Build(const std::list<uint32_t>& dropAtA,
               const std::list<uint32_t>& dropAtB,
               bool ackRequested = true)
    {
        m_nodes.Create(2);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue("100Mbps"));
        p2p.SetChannelAttribute("Delay", TimeValue(LINK_DELAY));
        NetDeviceContainer devices = p2p.Install(m_nodes);
        Ptr<ReceiveListErrorModel> emA = CreateObject<ReceiveListErrorModel>();
        emA->SetList(dropAtA);
        devices.Get(0)->SetAttribute("ReceiveErrorModel", PointerValue(emA));
        Ptr<ReceiveListErrorModel> emB = CreateObject<ReceiveListErrorModel>();
        emB->SetList(dropAtB);
        devices.Get(1)->SetAttribute("ReceiveErrorModel", PointerValue(emB));
        InternetStackHelper internet;
        internet.Install(m_nodes);
        Ipv4AddressHelper ipv4("10.1.1.0", "255.255.255.0");
        Ipv4InterfaceContainer ifs = ipv4.Assign(devices);
        m_addressB = InetSocketAddress(ifs.GetAddress(1), mih::UDP_PORT);
        m_a = MakeTransport(m_nodes.Get(0), ackRequested);
        m_b = MakeTransport(m_nodes.Get(1), ackRequested);
        m_a->SetReceiveCallback(MakeCallback(&MihTransportFixture::ReceivedAtA, this));
        m_a->SetFailureCallback(MakeCallback(&MihTransportFixture::FailedAtA, this));
        m_b->SetReceiveCallback(MakeCallback(&MihTransportFixture::ReceivedAtB, this));
        m_a->TraceConnectWithoutContext("Retransmission",
                                        MakeCallback(&MihTransportFixture::RetransmittedAtA, this));
        m_b->TraceConnectWithoutContext("Duplicate",
                                        MakeCallback(&MihTransportFixture::DuplicateAtB, this));
        m_a->TraceConnectWithoutContext("Drop", MakeCallback(&MihTransportFixture::DropAtA, this));
        m_b->TraceConnectWithoutContext("Drop", MakeCallback(&MihTransportFixture::DropAtB, this));
    }

    /**
     * \param node the node
     * \param ackRequested AckRequested
     * \return a started transport
     */
    Ptr<MihTransport> MakeTransport(Ptr<Node> node, bool ackRequested)
    {
        Ptr<MihTransport> transport = CreateObject<MihTransport>();
        transport->SetAttribute("AckRequested", BooleanValue(ackRequested));
        transport->SetAttribute("RetransmissionInterval", TimeValue(RETRANSMISSION));
        transport->SetAttribute("MaxRetries", UintegerValue(3));
        transport->SetAttribute("TransactionTimeout", TimeValue(Seconds(1)));
        node->AddApplication(transport);
        transport->SetStartTime(Seconds(0));
        return transport;
    }

    /// A sends one MIS_Prereg_Xfer request to B.
    void SendRequest()
    {
        MisPreregXferRequest request;
        request.SetSourceId("mn@example.net");
        request.SetDestinationId("spos.example.net");
        request.ciphersuite = 1;
        m_requestSent = Simulator::Now();
        m_tid = m_a->SendRequest(request, m_addressB);
    }

    /**
     * \brief B's MISF: answer each request after m_responseDelay.
     * \param frame the frame
     * \param header its header
     * \param from the sender
     */
    void ReceivedAtB(Ptr<const Packet> frame, const MihHeader& header, const Address& from)
    {
        ++m_deliveredAtB;
        MisPreregXferRequest request;
        m_requestParsed = (MihMessage::Parse(frame, request) == MihParseStatus::OK);
        Simulator::Schedule(m_responseDelay,
                            &MihTransportFixture::Respond,
                            this,
                            header.GetTransactionId(),
                            from);
    }

    /**
     * \param tid the request's transaction ID
     * \param to the requester
     */
    void Respond(uint16_t tid, Address to)
    {
        MisPreregXferResponse response;
        response.SetSourceId("spos.example.net");
        response.SetDestinationId("mn@example.net");
        response.status = mih::STATUS_SUCCESS;
        m_b->SendResponse(response, tid, to);
    }

    /**
     * \brief A's MISF: count responses.
     * \param frame the frame
     * \param header its header
     * \param from the sender
     */
    void ReceivedAtA(Ptr<const Packet> /* frame */,
                     const MihHeader& header,
                     const Address& /* from */)
    {
        ++m_deliveredAtA;
        m_responseTid = header.GetTransactionId();
        m_responseAt = Simulator::Now();
    }

    /**
     * \param tid transaction
     * \param messageId message ID
     * \param peer peer
     * \param status Status
     */
    void FailedAtA(uint16_t /* tid */,
                   uint16_t /* messageId */,
                   const Address& /* peer */,
                   uint8_t status)
    {
        ++m_failures;
        m_failureStatus = status;
        m_failedAt = Simulator::Now();
    }

    /**
     * \param tid transaction
     * \param count retransmission number
     */
    void RetransmittedAtA(uint16_t /* tid */, uint32_t count)
    {
        m_retransmissions = count;
    }

    /**
     * \param tid transaction
     * \param count duplicates so far
     */
    void DuplicateAtB(uint16_t /* tid */, uint32_t count)
    {
        m_duplicatesAtB = count;
    }

    /**
     * \param frame the frame
     * \param reason why
     */
    void DropAtA(Ptr<const Packet> /* frame */, const std::string& reason)
    {
        m_dropReasonsA.push_back(reason);
    }

    /**
     * \param frame the frame
     * \param reason why
     */
    void DropAtB(Ptr<const Packet> /* frame */, const std::string& reason)
    {
        m_dropReasonsB.push_back(reason);
    }

    NodeContainer m_nodes;                   //!< A and B
    Ptr<MihTransport> m_a;                   //!< the requester
    Ptr<MihTransport> m_b;                   //!< the responder
    Address m_addressB;                      //!< B's MIH address
    Time m_responseDelay{Seconds(0)};        //!< B's think time
    uint16_t m_tid{0};                       //!< the request's transaction ID
    uint16_t m_responseTid{0};               //!< the response's transaction ID
    Time m_requestSent;                      //!< when A sent
    Time m_responseAt;                       //!< when A got the response
    Time m_failedAt;                         //!< when the transaction failed
    uint32_t m_deliveredAtA{0};              //!< frames delivered at A
    uint32_t m_deliveredAtB{0};              //!< frames delivered at B
    uint32_t m_failures{0};                  //!< failures at A
    uint8_t m_failureStatus{0};              //!< their Status
    uint32_t m_retransmissions{0};           //!< retransmissions at A
    uint32_t m_duplicatesAtB{0};             //!< duplicates at B
    bool m_requestParsed{false};             //!< B decoded the request
    std::vector<std::string> m_dropReasonsA; //!< drops at A
    std::vector<std::string> m_dropReasonsB; //!< drops at B
};

/**
 * \ingroup secure-handover-tests
 * \brief No loss: the request is acknowledged and answered once, nothing is retransmitted,
 *        and the response carries the request's transaction ID.
 */
class MihTransportAckTestCase : public MihTransportFixture
{
  public:
    MihTransportAckTestCase()
        : MihTransportFixture("ACK-Req and ACK-Rsp and a response, no loss")
    {
    }

  private:
    void DoRun() override
    {
        Build({}, {});
        Simulator::Schedule(Seconds(1), &MihTransportFixture::SendRequest, this);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_requestParsed, true, "B decodes the request");
        NS_TEST_EXPECT_MSG_EQ(m_deliveredAtB, 1u, "one request delivered");
        NS_TEST_EXPECT_MSG_EQ(m_deliveredAtA, 1u, "one response delivered");
        NS_TEST_EXPECT_MSG_EQ(m_responseTid, m_tid, "the response has the request's ID");
        NS_TEST_EXPECT_MSG_EQ(m_retransmissions, 0u, "nothing retransmitted");
        NS_TEST_EXPECT_MSG_EQ(m_failures, 0u, "no failure");
        NS_TEST_EXPECT_MSG_EQ(m_dropReasonsA.size() + m_dropReasonsB.size(), 0u, "no drop");
        // One round trip: two link delays plus serialisation (well under 1 ms at 100 Mb/s).
        Time rtt = m_responseAt - m_requestSent;
        NS_TEST_EXPECT_MSG_GT_OR_EQ(rtt, 2 * LINK_DELAY, "at least one round trip");
        NS_TEST_EXPECT_MSG_LT(rtt, 2 * LINK_DELAY + MilliSeconds(1), "a single round trip");
        NS_TEST_EXPECT_MSG_EQ(m_a->GetOpenTransactions(), 0u, "A has nothing open");
        NS_TEST_EXPECT_MSG_EQ(m_b->GetOpenTransactions(), 0u, "B's response was acknowledged");
        Simulator::Destroy();
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The request is lost once: A retransmits it after the retransmission timer, and the
 *        exchange completes one timer later than without loss.
 */
class MihTransportRetransmissionTestCase : public MihTransportFixture
{
  public:
    MihTransportRetransmissionTestCase()
        : MihTransportFixture("retransmission of a lost request")
    {
    }

  private:
    void DoRun() override
    {
        Build({}, {0});
        Simulator::Schedule(Seconds(1), &MihTransportFixture::SendRequest, this);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_retransmissions, 1u, "one retransmission");
        NS_TEST_EXPECT_MSG_EQ(m_deliveredAtB, 1u, "the request is delivered once");
        NS_TEST_EXPECT_MSG_EQ(m_deliveredAtA, 1u, "the response is delivered once");
        NS_TEST_EXPECT_MSG_EQ(m_failures, 0u, "no failure");
        Time elapsed = m_responseAt - m_requestSent;
        NS_TEST_EXPECT_MSG_GT_OR_EQ(elapsed, RETRANSMISSION + 2 * LINK_DELAY, "one timer later");
        NS_TEST_EXPECT_MSG_LT(elapsed,
                              RETRANSMISSION + 2 * LINK_DELAY + MilliSeconds(1),
                              "and no more");
        Simulator::Destroy();
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Duplicates. Late response: B's ACK is lost and B answers after the retransmission
 *        timer, so A retransmits; B detects the duplicate, acknowledges it again and does not
 *        deliver it. Lost response: B answers at once but A loses both the ACK and the
 *        response; A's retransmitted request is a duplicate at B, which sends its kept response
 *        again instead of processing the request twice; the second copy of the response is a
 *        duplicate at A.
 */
class MihTransportDuplicateTestCase : public MihTransportFixture
{
  public:
    /**
     * \param lateResponse the variant
     */
    explicit MihTransportDuplicateTestCase(bool lateResponse)
        : MihTransportFixture(lateResponse ? "duplicate request while the response is pending"
                                           : "duplicate request answered with the kept response"),
          m_lateResponse(lateResponse)
    {
    }

  private:
    /**
     * \param tid transaction
     * \param count duplicates so far
     */
    void DuplicateAtA(uint16_t /* tid */, uint32_t count)
    {
        m_duplicatesAtA = count;
    }

    void DoRun() override
    {
        if (m_lateResponse)
        {
            // A receives: 0 = B's ACK (lost), 1 = the ACK of the retransmission, 2 = the
            // response (lost), 3 = B's retransmission of the response.
            m_responseDelay = MilliSeconds(150);
            Build({0, 2}, {});
        }
        else
        {
            // A receives: 0 = B's ACK (lost), 1 = the response (lost), then the ACK of the
            // retransmitted request and the response twice (kept copy, B's own timer).
            Build({0, 1}, {});
        }
        m_a->TraceConnectWithoutContext(
            "Duplicate",
            MakeCallback(&MihTransportDuplicateTestCase::DuplicateAtA, this));
        Simulator::Schedule(Seconds(1), &MihTransportFixture::SendRequest, this);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_deliveredAtB, 1u, "B processes the request once");
        NS_TEST_EXPECT_MSG_EQ(m_duplicatesAtB, 1u, "B saw the retransmission as a duplicate");
        NS_TEST_EXPECT_MSG_EQ(m_retransmissions, 1u, "A retransmitted once");
        NS_TEST_EXPECT_MSG_EQ(m_deliveredAtA, 1u, "A gets the response once");
        NS_TEST_EXPECT_MSG_EQ(m_duplicatesAtA, (m_lateResponse ? 0u : 1u), "duplicates at A");
        NS_TEST_EXPECT_MSG_EQ(m_failures, 0u, "no failure");
        NS_TEST_EXPECT_MSG_EQ(m_a->GetOpenTransactions(), 0u, "A has nothing open");
        Simulator::Destroy();
    }

    bool m_lateResponse;         //!< the variant
    uint32_t m_duplicatesAtA{0}; //!< duplicates at A
};

/**
 * \ingroup secure-handover-tests
 * \brief Timeout: B never hears A. With ACK-Req, A fails after MaxRetries retransmissions;
 *        without, at TransactionTimeout. Both report Status 4 (Network Error).
 */
class MihTransportTimeoutTestCase : public MihTransportFixture
{
  public:
    /**
     * \param ackRequested the transports' AckRequested
     */
    explicit MihTransportTimeoutTestCase(bool ackRequested)
        : MihTransportFixture(ackRequested ? "timeout after the retries run out"
                                           : "timeout without ACK-Req"),
          m_ackRequested(ackRequested)
    {
    }

  private:
    void DoRun() override
    {
        Build({}, {0, 1, 2, 3, 4, 5, 6}, m_ackRequested);
        Simulator::Schedule(Seconds(1), &MihTransportFixture::SendRequest, this);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_deliveredAtB, 0u, "nothing arrives");
        NS_TEST_EXPECT_MSG_EQ(m_failures, 1u, "one failure");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(m_failureStatus),
                              static_cast<uint32_t>(mih::STATUS_NETWORK_ERROR),
                              "Status 4");
        Time expected = m_ackRequested ? 4 * RETRANSMISSION : Seconds(1);
        NS_TEST_EXPECT_MSG_EQ(m_failedAt - m_requestSent, expected, "when it fails");
        NS_TEST_EXPECT_MSG_EQ(m_retransmissions, (m_ackRequested ? 3u : 0u), "retransmissions");
        NS_TEST_EXPECT_MSG_EQ(m_a->GetOpenTransactions(), 0u, "the transaction is closed");
        Simulator::Destroy();
    }

    bool m_ackRequested; //!< the variant
};

/**
 * \ingroup secure-handover-tests
 * \brief Bad input: a frame with a bad MIH header, a response to no request and a stray ACK
 *        are dropped with a reason and not delivered.
 */
class MihTransportBadInputTestCase : public MihTransportFixture
{
  public:
    MihTransportBadInputTestCase()
        : MihTransportFixture("malformed, unmatched and stray frames are dropped")
    {
    }

  private:
    /// Send three bad frames from a plain UDP socket on A to B's port 4551.
    void SendBadFrames()
    {
        Ptr<Socket> socket = Socket::CreateSocket(m_nodes.Get(0), UdpSocketFactory::GetTypeId());
        socket->Bind();
        uint8_t garbage[5] = {0x10, 0x00, 0x30, 0x0d, 0x00};
        socket->SendTo(Create<Packet>(garbage, sizeof(garbage)), 0, m_addressB);
        MisPreregXferResponse response;
        response.SetSourceId("mn@example.net");
        response.SetDestinationId("spos.example.net");
        response.SetTransactionId(77);
        std::vector<uint8_t> octets = response.Encode();
        socket->SendTo(Create<Packet>(octets.data(), octets.size()), 0, m_addressB);
        MihHeader ack;
        ack.SetAckRsp(true);
        ack.SetMessageId(mih::SID_COMMAND, mih::OPCODE_REQUEST, mih::AID_MIS_PREREG_XFER);
        ack.SetTransactionId(78);
        Ptr<Packet> frame = Create<Packet>();
        frame->AddHeader(ack);
        socket->SendTo(frame, 0, m_addressB);
        socket->Close();
    }

    void DoRun() override
    {
        Build({}, {});
        Simulator::Schedule(Seconds(1), &MihTransportBadInputTestCase::SendBadFrames, this);
        Simulator::Run();
        NS_TEST_EXPECT_MSG_EQ(m_deliveredAtB, 0u, "nothing delivered");
        NS_TEST_ASSERT_MSG_EQ(m_dropReasonsB.size(), 3u, "three drops");
        if (m_dropReasonsB.size() != 3)
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_dropReasonsB[0], "header:TRUNCATED", "short header");
        NS_TEST_EXPECT_MSG_EQ(m_dropReasonsB[1], "unmatched-response", "no such request");
        NS_TEST_EXPECT_MSG_EQ(m_dropReasonsB[2], "stray-ack", "acknowledges nothing");
        Simulator::Destroy();
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The MIH transport test suite.
 */
class MihTransportTestSuite : public TestSuite
{
  public:
    MihTransportTestSuite()
        : TestSuite("secure-handover-mih-transport", TestSuite::Type::UNIT)
    {
        AddTestCase(new MihTransportAckTestCase);
        AddTestCase(new MihTransportRetransmissionTestCase);
        AddTestCase(new MihTransportDuplicateTestCase(true));
        AddTestCase(new MihTransportDuplicateTestCase(false));
        AddTestCase(new MihTransportTimeoutTestCase(true));
        AddTestCase(new MihTransportTimeoutTestCase(false));
        AddTestCase(new MihTransportBadInputTestCase);
    }
};

/// The static instance.
static MihTransportTestSuite g_mihTransportTestSuite;

} // namespace
