/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/boolean.h"
#include "ns3/enum.h"
#include "ns3/inet-socket-address.h"
#include "ns3/internet-stack-helper.h"
#include "ns3/ipv4-address-helper.h"
#include "ns3/ipv4-global-routing-helper.h"
#include "ns3/ipv4.h"
#include "ns3/mih-auth.h"
#include "ns3/mih-constants.h"
#include "ns3/mih-protected-message.h"
#include "ns3/mih-tlv.h"
#include "ns3/mih-transport.h"
#include "ns3/mis-helper.h"
#include "ns3/mis-n2n-prereg-xfer.h"
#include "ns3/node-container.h"
#include "ns3/packet.h"
#include "ns3/point-to-point-helper.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/udp-socket-factory.h"
#include "ns3/uinteger.h"

#include <algorithm>
#include <string>
#include <vector>

using namespace ns3;

namespace
{

/**
 * \ingroup secure-handover-tests
 * \brief An MN and three PoSs, each on a 1 ms point-to-point link to one router: A (the SPoS),
 *        B (A's roaming partner) and C (no trust with A or B).
 */
class MisFixture : public TestCase
{
  public:
    /**
     * \param name the test name
     */
    explicit MisFixture(const std::string& name)
        : TestCase(name)
    {
    }

    /**
     * \brief Build the network and the agents.
     * \param ikeDelay the IKEv2 set-up delay between A and B
     */
    void Build(Time ikeDelay = Seconds(0))
    {
        m_nodes.Create(4);
        Ptr<Node> router = CreateObject<Node>();
        InternetStackHelper internet;
        internet.Install(m_nodes);
        internet.Install(router);
        PointToPointHelper p2p;
        p2p.SetDeviceAttribute("DataRate", StringValue("100Mbps"));
        p2p.SetChannelAttribute("Delay", TimeValue(MilliSeconds(1)));
        Ipv4AddressHelper ipv4("10.2.0.0", "255.255.255.252");
        for (uint32_t i = 0; i < m_nodes.GetN(); ++i)
        {
            ipv4.Assign(p2p.Install(m_nodes.Get(i), router));
            ipv4.NewNetwork();
        }
        Ipv4GlobalRoutingHelper::PopulateRoutingTables();
        ConfigureHelper();
        m_mn = m_helper.InstallMn(m_nodes.Get(0), "mn@home.example");
        m_a = m_helper.InstallPos(m_nodes.Get(1), "pos-a.example");
        m_b = m_helper.InstallPos(m_nodes.Get(2), "pos-b.example");
        m_c = m_helper.InstallPos(m_nodes.Get(3), "pos-c.example");
        for (const auto& [name, value] : m_posSettings)
        {
            for (Ptr<MisPosApplication> pos : {m_a, m_b, m_c})
            {
                pos->GetMisFunction()->SetAttribute(name, StringValue(value));
            }
        }
        m_helper.MakePartners(m_a, m_b, ikeDelay);
        m_helper.Attach(m_mn, m_a);
        m_helper.AssignStreams(100);
        m_mn->TraceConnectWithoutContext("Fallback", MakeCallback(&MisFixture::MnFallback, this));
        m_b->GetMisFunction()->TraceConnectWithoutContext("Drop",
                                                          MakeCallback(&MisFixture::DropAtB, this));
        m_b->GetMisFunction()->TraceConnectWithoutContext(
            "ProtectedRx",
            MakeCallback(&MisFixture::ProtectedAtB, this));
        m_b->TraceConnectWithoutContext("PmkInstalled", MakeCallback(&MisFixture::PmkAtB, this));
        m_a->TraceConnectWithoutContext("Fallback", MakeCallback(&MisFixture::SposFallback, this));
    }

    /**
     * \brief Pre-register with a TPoS.
     * \param tpos the TPoS
     * \param requestFull ask for a full SA
     */
    void Preregister(std::string tpos, bool requestFull)
    {
        m_started = Simulator::Now();
        m_mn->Preregister(tpos, {}, requestFull, MakeCallback(&MisFixture::Done, this));
    }

    /**
     * \brief Pre-register with a TPoS at 1 s and run the simulation to 10 s.
     * \param tpos the TPoS
     * \param requestFull ask for a full SA
     * \return the number of results (1 when the pre-registration finished)
     */
    std::size_t RunOnePreregistration(const std::string& tpos, bool requestFull = false)
    {
        Simulator::Schedule(Seconds(1), &MisFixture::Preregister, this, tpos, requestFull);
        Simulator::Stop(Seconds(10));
        Simulator::Run();
        return m_results.size();
    }

    /**
     * \param result the pre-registration result
     */
    void Done(const MisPreregResult& result)
    {
        m_results.push_back(result);
        m_durations.push_back(Simulator::Now() - m_started);
    }

    /**
     * \param reason why
     */
    void MnFallback(const std::string& reason)
    {
        m_mnFallbacks.push_back(reason);
    }

    /**
     * \param mn the MN
     * \param reason why
     */
    void SposFallback(const std::string& /* mn */, const std::string& reason)
    {
        m_sposFallbacks.push_back(reason);
    }

    /**
     * \param peer who
     * \param reason why
     */
    void DropAtB(const std::string& /* peer */, const std::string& reason)
    {
        m_dropsAtB.push_back(reason);
    }

    /**
     * \param peer who
     * \param kind request or response
     */
    void ProtectedAtB(const std::string& /* peer */, const std::string& /* kind */)
    {
        ++m_protectedAtB;
    }

    /**
     * \param mn the MN
     * \param fingerprint the PMK's first octets
     */
    void PmkAtB(const std::string& /* mn */, const std::string& /* fingerprint */)
    {
        ++m_pmksAtB;
    }

    /**
     * \brief Send octets to B's MISF (UDP 4551) from a plain socket, as an attacker would.
     * \param fromNode the index of the sending node (0 MN, 1 A, 3 C)
     * \param frame the octets
     */
    void SendRawToB(uint32_t fromNode, std::vector<uint8_t> frame)
    {
        Ptr<Socket> socket =
            Socket::CreateSocket(m_nodes.Get(fromNode), UdpSocketFactory::GetTypeId());
        socket->Bind();
        Ptr<Ipv4> ipv4 = m_nodes.Get(2)->GetObject<Ipv4>();
        socket->SendTo(Create<Packet>(frame.data(), frame.size()),
                       0,
                       InetSocketAddress(ipv4->GetAddress(1, 0).GetLocal(), mih::UDP_PORT));
        socket->Close();
    }

    /// Hook for subclasses: configure m_helper before the agents are installed.
    virtual void ConfigureHelper()
    {
    }

    void DoRun() override
    {
    }

    /**
     * \param a one end
     * \param b the other
     * \return true if both ends hold the same MISK, MIIK and MIEK
     */
    static bool KeysAgree(std::shared_ptr<MisSecurityAssociation> a,
                          std::shared_ptr<MisSecurityAssociation> b)
    {
        return a && b && a->GetKeys().misk == b->GetKeys().misk &&
               a->GetKeys().miik == b->GetKeys().miik && a->GetKeys().miek == b->GetKeys().miek;
    }

    std::vector<std::pair<std::string, std::string>> m_posSettings; //!< PoS MISF settings
    NodeContainer m_nodes;                                          //!< MN, A, B, C
    MisHelper m_helper;                                             //!< the helper
    Ptr<MisMnApplication> m_mn;                                     //!< the MN
    Ptr<MisPosApplication> m_a;                                     //!< the SPoS
    Ptr<MisPosApplication> m_b;                                     //!< A's partner
    Ptr<MisPosApplication> m_c;                                     //!< untrusted
    Time m_started;                           //!< start of the running pre-registration
    std::vector<MisPreregResult> m_results;   //!< results
    std::vector<Time> m_durations;            //!< their durations
    std::vector<std::string> m_mnFallbacks;   //!< MN fallbacks
    std::vector<std::string> m_sposFallbacks; //!< SPoS fallbacks
    std::vector<std::string> m_dropsAtB;      //!< drops at B's MISF
    uint32_t m_protectedAtB{0};               //!< protected messages B accepted
    uint32_t m_pmksAtB{0};                    //!< MSPMKs B installed
};

/**
 * \ingroup secure-handover-tests
 * \brief The optimised SA (5.14.2): the TPoS and the MN recover the same K, derive the same
 *        MISK/MIIK/MIEK, the protected key confirmation succeeds, the MSPMK is installed at the
 *        target PoA, and the SA lifetime is the default 65,536 s.
 */
class MisOptimizedSaTestCase : public MisFixture
{
  public:
    MisOptimizedSaTestCase()
        : MisFixture("optimised SA: K recovery, MISK agreement, key confirmation, MSPMK")
    {
    }

  private:
    /**
     * \param peer who sent or recovered K
     * \param fingerprint K's first octets
     */
    void KdkAtMn(const std::string& /* peer */, const std::string& fingerprint)
    {
        m_kAtMn = fingerprint;
    }

    /**
     * \param peer who sent K
     * \param fingerprint K's first octets
     */
    void KdkAtB(const std::string& /* peer */, const std::string& fingerprint)
    {
        m_kAtB = fingerprint;
    }

    void DoRun() override
    {
        Build();
        m_mn->GetMisFunction()->TraceConnectWithoutContext(
            "KdkRecovered",
            MakeCallback(&MisOptimizedSaTestCase::KdkAtMn, this));
        m_b->GetMisFunction()->TraceConnectWithoutContext(
            "KdkRecovered",
            MakeCallback(&MisOptimizedSaTestCase::KdkAtB, this));
        NS_TEST_ASSERT_MSG_EQ(RunOnePreregistration("pos-b.example"), 1u, "one result");
        if (m_results.empty())
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_results[0].ok, true, "success");
        NS_TEST_EXPECT_MSG_EQ(m_results[0].method, "optimized", "optimised");
        NS_TEST_EXPECT_MSG_EQ(m_results[0].chainHops, 1u, "first link of the chain");
        NS_TEST_EXPECT_MSG_NE(m_kAtMn, "", "the MN recovered K");
        NS_TEST_EXPECT_MSG_EQ(m_kAtMn, m_kAtB, "the same K at the MN and the TPoS");
        auto atMn = m_mn->GetMisFunction()->GetSecurityAssociation("pos-b.example");
        auto atB = m_b->GetMisFunction()->GetSecurityAssociation("mn@home.example");
        NS_TEST_EXPECT_MSG_EQ(KeysAgree(atMn, atB), true, "MISK, MIIK, MIEK agree");
        NS_TEST_EXPECT_MSG_EQ(m_protectedAtB, 1u, "the key confirmation was accepted");
        NS_TEST_EXPECT_MSG_EQ(m_pmksAtB, 1u, "the MSPMK was installed at the target PoA");
        NS_TEST_EXPECT_MSG_EQ(m_b->GetInstalledPmk("mn@home.example").has_value(), true, "PMK");
        Time installedAt = atB->GetExpiry() - Seconds(mih::DEFAULT_SA_LIFETIME_S);
        NS_TEST_EXPECT_MSG_GT(installedAt, Seconds(1), "installed after the request");
        NS_TEST_EXPECT_MSG_LT(installedAt, Seconds(1) + m_durations[0], "before the end");
        Time mnInstalledAt = atMn->GetExpiry() - Seconds(mih::DEFAULT_SA_LIFETIME_S);
        NS_TEST_EXPECT_MSG_GT(mnInstalledAt, installedAt, "the MN installs after the TPoS");
        NS_TEST_EXPECT_MSG_LT_OR_EQ(mnInstalledAt,
                                    Seconds(1) + m_durations[0],
                                    "and its SA lives 65,536 s too");
        NS_TEST_EXPECT_MSG_EQ(m_mnFallbacks.size() + m_sposFallbacks.size(), 0u, "no fallback");
        NS_TEST_EXPECT_MSG_EQ(m_dropsAtB.size(), 0u, "no drop");
        Simulator::Destroy();
    }

    std::string m_kAtMn; //!< K's fingerprint at the MN
    std::string m_kAtB;  //!< K's fingerprint at the TPoS
};

/**
 * \ingroup secure-handover-tests
 * \brief Tampered and replayed protected messages: after an optimised SA, frames sent to the
 *        TPoS from a plain socket on the MN carry protected TLVs made with the MN's SA; a
 *        flipped octet is dropped as "tampered", a second copy as "replayed", and each is
 *        counted in the MISF's Drop trace.
 */
class MisTamperReplayTestCase : public MisFixture
{
  public:
    MisTamperReplayTestCase()
        : MisFixture("tampered and replayed protected messages are rejected")
    {
    }

  private:
    /**
     * \brief Send an MIH_Auth request with the given Security value from the MN's node.
     * \param security the Security TLV value
     * \param tid the transaction ID (distinct, so that the transport does not see duplicates)
     */
    void SendRaw(std::vector<uint8_t> security, uint16_t tid)
    {
        MihAuth request(mih::OPCODE_REQUEST);
        request.SetSourceId("mn@home.example");
        request.SetDestinationId("pos-b.example");
        request.SetTransactionId(tid);
        request.security = security;
        SendRawToB(0, request.Encode());
    }

    /// Make the protected TLVs with the MN's SA and send the tampered, valid and replayed copies.
    void Attack()
    {
        auto sa = m_mn->GetMisFunction()->GetSecurityAssociation("pos-b.example");
        MihHeader id;
        id.SetMessageId(mih::SID_SERVICE_MANAGEMENT, mih::OPCODE_REQUEST, mih::AID_MIH_AUTH);
        MihTlvWriter writer;
        writer.WriteU8(mih::TLV_STATUS, 0);
        std::vector<uint8_t> tampered = sa->Protect(id.GetMessageId(), writer.GetBytes());
        tampered[tampered.size() - 12] ^= 0x01;
        std::vector<uint8_t> valid = sa->Protect(id.GetMessageId(), writer.GetBytes());
        m_acceptedBefore = m_protectedAtB;
        SendRaw(tampered, 3001);
        Simulator::Schedule(MilliSeconds(10), &MisTamperReplayTestCase::SendRaw, this, valid, 3002);
        Simulator::Schedule(MilliSeconds(20), &MisTamperReplayTestCase::SendRaw, this, valid, 3003);
    }

    void DoRun() override
    {
        Build();
        Simulator::Schedule(Seconds(1),
                            &MisFixture::Preregister,
                            this,
                            std::string("pos-b.example"),
                            false);
        Simulator::Schedule(Seconds(3), &MisTamperReplayTestCase::Attack, this);
        Simulator::Stop(Seconds(10));
        Simulator::Run();
        NS_TEST_ASSERT_MSG_EQ(m_results.size(), 1u, "one result");
        if (m_results.size() != 1)
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_results[0].method, "optimized", "optimised SA");
        NS_TEST_EXPECT_MSG_EQ(m_protectedAtB, m_acceptedBefore + 1, "only the valid copy is taken");
        NS_TEST_ASSERT_MSG_EQ(m_dropsAtB.size(), 2u, "two drops");
        if (m_dropsAtB.size() != 2)
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_dropsAtB[0], "protected:tampered", "tampered");
        NS_TEST_EXPECT_MSG_EQ(m_dropsAtB[1], "protected:replayed", "replayed");
        Simulator::Destroy();
    }

    uint32_t m_acceptedBefore{0}; //!< protected messages accepted before the attack
};

/**
 * \ingroup secure-handover-tests
 * \brief The key-carrying messages are protected (5.13.3.20-21): after an optimised SA, frames
 *        sent to the TPoS from a plain socket on the SPoS's node are dropped and counted: an
 *        MIS_N2N_Prereg_Xfer request with the key set in clear ("unprotected-key"), a protected
 *        one with a flipped octet ("protected:tampered"), and a copy of the SPoS's real request
 *        under a new transaction ID ("protected:replayed").
 */
class MisMessageProtectionTestCase : public MisFixture
{
  public:
    MisMessageProtectionTestCase()
        : MisFixture("key-carrying messages: clear, tampered and replayed copies are dropped")
    {
    }

  private:
    /**
     * \param frame a frame A's transport sent
     * \param peer where to
     */
    void SentByA(Ptr<const Packet> frame, const Address& /* peer */)
    {
        std::vector<uint8_t> octets(frame->GetSize());
        frame->CopyData(octets.data(), octets.size());
        MihHeader header;
        if (m_n2n.empty() &&
            MihHeader::Parse(octets.data(), octets.size(), header) == MihParseStatus::OK &&
            header.GetActionId() == mih::AID_MIS_N2N_PREREG_XFER &&
            header.GetOpcode() == mih::OPCODE_REQUEST)
        {
            m_n2n = octets;
        }
    }

    /**
     * \brief Send octets to B's MISF from a plain socket on A's node.
     * \param frame the frame
     */
    void SendRaw(std::vector<uint8_t> frame)
    {
        SendRawToB(1, frame);
    }

    /// The three forgeries.
    void Attack()
    {
        MisN2nPreregXferRequest request;
        request.SetSourceId("pos-a.example");
        request.SetDestinationId("pos-b.example");
        request.mnId = "mn@home.example";
        request.protectedKey = std::vector<uint8_t>(16, 0x42);
        request.nonceT = crypto::Nonce16{};
        request.nonceN = crypto::Nonce16{};
        request.SetTransactionId(3001);
        SendRaw(request.Encode());
        MihProtectedMessage wrapped = m_a->GetMisFunction()->Protect(request, "pos-b.example");
        wrapped.security.back() ^= 0x01;
        wrapped.SetTransactionId(3002);
        Simulator::Schedule(MilliSeconds(10),
                            &MisMessageProtectionTestCase::SendRaw,
                            this,
                            wrapped.Encode());
        std::vector<uint8_t> replay = m_n2n;
        replay[4] = 0x0b; // transaction ID 3003 (0x0bbb): a new transaction for the transport
        replay[5] = 0xbb;
        Simulator::Schedule(MilliSeconds(20), &MisMessageProtectionTestCase::SendRaw, this, replay);
    }

    void DoRun() override
    {
        Build();
        m_a->GetMisFunction()->GetTransport()->TraceConnectWithoutContext(
            "Tx",
            MakeCallback(&MisMessageProtectionTestCase::SentByA, this));
        Simulator::Schedule(Seconds(3), &MisMessageProtectionTestCase::Attack, this);
        NS_TEST_ASSERT_MSG_EQ(RunOnePreregistration("pos-b.example"), 1u, "one result");
        if (m_results.empty())
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_results[0].method, "optimized", "the real exchange succeeds");
        NS_TEST_EXPECT_MSG_EQ(MihProtectedMessage::IsProtected(m_n2n), true, "sent protected");
        NS_TEST_ASSERT_MSG_EQ(m_dropsAtB.size(), 3u, "three drops");
        if (m_dropsAtB.size() != 3)
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_dropsAtB[0], "unprotected-key", "clear key set");
        NS_TEST_EXPECT_MSG_EQ(m_dropsAtB[1], "protected:tampered", "flipped octet");
        NS_TEST_EXPECT_MSG_EQ(m_dropsAtB[2], "protected:replayed", "replayed copy");
        NS_TEST_EXPECT_MSG_EQ(m_pmksAtB, 1u, "no second PMK");
        Simulator::Destroy();
    }

    std::vector<uint8_t> m_n2n; //!< A's first N2N request as sent
};

/**
 * \ingroup secure-handover-tests
 * \brief Fallback (5.14.2 note 1): to a TPoS without trust, and on the MN's request, the SPoS
 *        sends no K and the MN and the TPoS run a full establishment (TLS 1.3 in MIH_Auth),
 *        after which their keys agree.
 */
class MisFallbackTestCase : public MisFixture
{
  public:
    /// Why the SA falls back.
    enum Cause
    {
        NO_TRUST,          //!< the TPoS (C) is no roaming partner of the SPoS
        MN_REQUEST,        //!< the MN asks for a full SA (TLS relayed through the SPoS)
        MN_REQUEST_DIRECT, //!< the same, TLS directly to the TPoS in MIH_Auth
        TPOS_REQUEST       //!< the TPoS (B) refuses K (RequestFullSa)
    };

    /**
     * \param cause the variant
     */
    explicit MisFallbackTestCase(Cause cause)
        : MisFixture(cause == NO_TRUST     ? "fallback to a full SA without trust"
                     : cause == MN_REQUEST ? "fallback to a full SA on the MN's request"
                     : cause == MN_REQUEST_DIRECT
                         ? "full SA on the MN's request, TLS in MIH_Auth directly"
                         : "fallback to a full SA on the TPoS's request"),
          m_cause(cause)
    {
    }

  private:
    /**
     * \param mn the MN
     * \param reason why
     */
    void TposFallback(const std::string& /* mn */, const std::string& reason)
    {
        m_tposFallbacks.push_back(reason);
    }

    /**
     * \param mn the MN
     * \param tpos the TPoS the SPoS relays to
     */
    void Relayed(const std::string& /* mn */, const std::string& /* tpos */)
    {
        ++m_relayedBySpos;
    }

    void DoRun() override
    {
        Build();
        bool mnRequest = m_cause == MN_REQUEST || m_cause == MN_REQUEST_DIRECT;
        m_mn->SetAttribute("RelayFullSa", BooleanValue(m_cause != MN_REQUEST_DIRECT));
        m_a->TraceConnectWithoutContext("TposSelected",
                                        MakeCallback(&MisFallbackTestCase::Relayed, this));
        std::string tpos = m_cause == NO_TRUST ? "pos-c.example" : "pos-b.example";
        Ptr<MisPosApplication> tposApp = m_cause == NO_TRUST ? m_c : m_b;
        tposApp->SetAttribute("RequestFullSa", BooleanValue(m_cause == TPOS_REQUEST));
        tposApp->TraceConnectWithoutContext("Fallback",
                                            MakeCallback(&MisFallbackTestCase::TposFallback, this));
        NS_TEST_ASSERT_MSG_EQ(RunOnePreregistration(tpos, mnRequest), 1u, "one result");
        if (m_results.empty())
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_results[0].ok, true, "success");
        NS_TEST_EXPECT_MSG_EQ(m_results[0].method, "full", "full SA");
        NS_TEST_EXPECT_MSG_EQ(m_results[0].chainHops, 0u, "the chain is broken");
        if (m_cause == TPOS_REQUEST)
        {
            NS_TEST_EXPECT_MSG_EQ(m_sposFallbacks.size(), 0u, "the SPoS sent K");
            NS_TEST_ASSERT_MSG_EQ(m_tposFallbacks.size(), 1u, "the TPoS refused it");
            if (m_tposFallbacks.size() != 1)
            {
                Simulator::Destroy();
                return; // the runner continues after a failed assertion
            }
            NS_TEST_EXPECT_MSG_EQ((m_tposFallbacks.empty() ? "" : m_tposFallbacks[0]),
                                  "tpos-request",
                                  "on its own request");
            NS_TEST_ASSERT_MSG_EQ(m_mnFallbacks.size(), 1u, "the MN fell back");
            if (m_mnFallbacks.size() != 1)
            {
                Simulator::Destroy();
                return; // the runner continues after a failed assertion
            }
            NS_TEST_EXPECT_MSG_EQ((m_mnFallbacks.empty() ? "" : m_mnFallbacks[0]),
                                  "no-kdk",
                                  "without K");
        }
        else
        {
            NS_TEST_ASSERT_MSG_EQ(m_sposFallbacks.size(), 1u, "the SPoS relayed without K");
            if (m_sposFallbacks.size() != 1)
            {
                Simulator::Destroy();
                return; // the runner continues after a failed assertion
            }
            NS_TEST_EXPECT_MSG_EQ((m_sposFallbacks.empty() ? "" : m_sposFallbacks[0]),
                                  (mnRequest ? "mn-request" : "no-trust"),
                                  "why");
        }
        auto atMn = m_mn->GetMisFunction()->GetSecurityAssociation(tpos);
        auto atTpos = tposApp->GetMisFunction()->GetSecurityAssociation("mn@home.example");
        NS_TEST_EXPECT_MSG_EQ(KeysAgree(atMn, atTpos), true, "TLS-exported keys agree");
        NS_TEST_EXPECT_MSG_EQ(tposApp->GetInstalledPmk("mn@home.example").has_value(),
                              true,
                              "an MSPMK from the full SA");
        Simulator::Destroy();
    }

    Cause m_cause;                            //!< the variant
    uint32_t m_relayedBySpos{0};              //!< requests the SPoS relayed
    std::vector<std::string> m_tposFallbacks; //!< the TPoS's fallback reasons
};

/**
 * \ingroup secure-handover-tests
 * \brief Status 6 (5.14.3): when the TPoS is the SPoS itself, the SPoS answers at once with
 *        Status 6 and the MN keeps its SA.
 */
class MisTposIsSposTestCase : public MisFixture
{
  public:
    MisTposIsSposTestCase()
        : MisFixture("Status 6 when the TPoS is the SPoS")
    {
    }

  private:
    void DoRun() override
    {
        Build();
        NS_TEST_ASSERT_MSG_EQ(RunOnePreregistration("pos-a.example"), 1u, "one result");
        if (m_results.empty())
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(m_results[0].status),
                              static_cast<uint32_t>(mih::STATUS_TPOS_IS_SPOS),
                              "Status 6");
        NS_TEST_EXPECT_MSG_EQ(m_results[0].method, "none", "no new SA");
        Simulator::Destroy();
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Chain limit (5.14.2 note 4): seven handovers back and forth between the partners A
 *        and B. The MN asks for a full SA after its ChainLimit optimised ones; the network
 *        enforces its own: the SPoS sends no K once its ChainLimit is reached, the TPoS refuses
 *        a K whose ChainHops exceed its ChainLimit. An SA is thus full exactly when the chain
 *        before it has reached the smallest of the three limits; a greedy MN (a limit above the
 *        network's) gets the full SAs anyway, and the TPoS learns the chain from the SPoS.
 */
class MisChainLimitTestCase : public MisFixture
{
  public:
    /**
     * \param mnLimit the MN's chain limit
     * \param aLimit PoS A's chain limit
     * \param bLimit PoS B's chain limit
     * \param tposNonceN Nonce-N drawn by the TPoS (ChainHops then goes in the second N2N request)
     */
    MisChainLimitTestCase(uint32_t mnLimit,
                          uint32_t aLimit,
                          uint32_t bLimit,
                          bool tposNonceN = false)
        : MisFixture("chain limit MN " + std::to_string(mnLimit) + ", PoS A " +
                     std::to_string(aLimit) + ", PoS B " + std::to_string(bLimit) +
                     (tposNonceN ? ", Nonce-N by the TPoS" : "") + " over 7 handovers"),
          m_mnLimit(mnLimit),
          m_aLimit(aLimit),
          m_bLimit(bLimit)
    {
        if (tposNonceN)
        {
            m_posSettings.emplace_back("NonceNSource", "Tpos");
        }
    }

  private:
    /// Hand over to the PoS that is not the SPoS, once the previous handover is done.
    void Next()
    {
        if (!m_results.empty())
        {
            m_mn->CompleteHandover();
        }
        if (m_results.size() == 7)
        {
            return;
        }
        m_mn->Preregister(Other(m_mn->GetServingPos()),
                          {},
                          false,
                          MakeCallback(&MisChainLimitTestCase::Step, this));
    }

    /**
     * \param pos a PoS ID (A or B)
     * \return the other one
     */
    static std::string Other(const std::string& pos)
    {
        return pos == "pos-a.example" ? "pos-b.example" : "pos-a.example";
    }

    /**
     * \param result the result
     */
    void Step(const MisPreregResult& result)
    {
        m_results.push_back(result);
        // What the TPoS now holds as the MN's chain (learnt from the SPoS's ChainHops).
        Ptr<MisPosApplication> tpos = result.tposId == "pos-a.example" ? m_a : m_b;
        m_tposHops.push_back(tpos->GetChainHops("mn@home.example"));
        Simulator::Schedule(Seconds(1), &MisChainLimitTestCase::Next, this);
    }

    void DoRun() override
    {
        Build();
        m_mn->SetAttribute("ChainLimit", UintegerValue(m_mnLimit));
        m_a->SetAttribute("ChainLimit", UintegerValue(m_aLimit));
        m_b->SetAttribute("ChainLimit", UintegerValue(m_bLimit));
        // A's Fallback is already connected by Build.
        m_b->TraceConnectWithoutContext("Fallback", MakeCallback(&MisFixture::SposFallback, this));
        Simulator::Schedule(Seconds(1), &MisChainLimitTestCase::Next, this);
        Simulator::Stop(Seconds(60));
        Simulator::Run();
        NS_TEST_ASSERT_MSG_EQ(m_results.size(), 7u, "seven handovers");
        if (m_results.size() != 7)
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        std::string methods;
        std::string hops;
        std::string tposHops;
        for (std::size_t i = 0; i < m_results.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(m_results[i].ok, true, "each succeeds");
            methods += m_results[i].method == "full" ? "F" : "O";
            hops += std::to_string(m_results[i].chainHops);
            tposHops += std::to_string(m_tposHops[i]);
        }
        // The expectation from the limits alone: the first SPoS is A.
        std::string expected;
        std::string expectedHops;
        std::string spos = "pos-a.example";
        uint32_t chain = 0;
        uint32_t networkFull = 0;
        for (int i = 0; i < 7; ++i)
        {
            uint32_t sposLimit = spos == "pos-a.example" ? m_aLimit : m_bLimit;
            uint32_t tposLimit = spos == "pos-a.example" ? m_bLimit : m_aLimit;
            bool full = chain >= std::min({m_mnLimit, sposLimit, tposLimit});
            networkFull += (full && chain < m_mnLimit) ? 1 : 0;
            expected += full ? "F" : "O";
            chain = full ? 0 : chain + 1;
            expectedHops += std::to_string(chain);
            spos = Other(spos);
        }
        NS_TEST_EXPECT_MSG_EQ(methods, expected, "exactly the expected SAs are full");
        NS_TEST_EXPECT_MSG_EQ(hops, expectedHops, "the MN's chain hops");
        NS_TEST_EXPECT_MSG_EQ(tposHops, expectedHops, "the TPoS learnt the chain");
        // Each full SA the MN did not ask for was forced by a PoS, and traced as such.
        uint32_t chainLimitFallbacks = static_cast<uint32_t>(
            std::count(m_sposFallbacks.begin(), m_sposFallbacks.end(), "chain-limit"));
        NS_TEST_EXPECT_MSG_EQ(chainLimitFallbacks, networkFull, "PoS chain-limit refusals");
        uint32_t mnAsked = static_cast<uint32_t>(
            std::count(m_sposFallbacks.begin(), m_sposFallbacks.end(), "mn-request"));
        NS_TEST_EXPECT_MSG_EQ(
            mnAsked + networkFull,
            static_cast<uint32_t>(std::count(expected.begin(), expected.end(), 'F')),
            "the other full SAs were asked for by the MN");
        Simulator::Destroy();
    }

    uint32_t m_mnLimit;               //!< the MN's limit
    uint32_t m_aLimit;                //!< A's limit
    uint32_t m_bLimit;                //!< B's limit
    std::vector<uint32_t> m_tposHops; //!< the TPoS's chain count after each handover
};

/**
 * \ingroup secure-handover-tests
 * \brief The IKEv2 set-up delay of a roaming partner delays only the first pre-registration
 *        through it.
 */
class MisIkeDelayTestCase : public TestCase
{
  public:
    MisIkeDelayTestCase()
        : TestCase("IKEv2 set-up delay on first use; Nonce-N by the TPoS costs a round trip")
    {
    }

  private:
    /**
     * \brief Two pre-registrations with B, 3 s apart, in a fresh simulation.
     * \param delay the IKEv2 set-up delay between A and B
     * \param posSettings Attribute settings of every PoS's MISF
     * \return the durations of the two (optimised; -1 s if not) pre-registrations
     */
    static std::vector<Time> Run(Time delay,
                                 std::vector<std::pair<std::string, std::string>> posSettings = {})
    {
        MisFixture f("inner");
        f.m_posSettings = posSettings;
        f.Build(delay);
        for (int i = 0; i < 2; ++i)
        {
            Simulator::Schedule(Seconds(1 + 3 * i),
                                &MisFixture::Preregister,
                                &f,
                                std::string("pos-b.example"),
                                false);
        }
        Simulator::Stop(Seconds(10));
        Simulator::Run();
        std::vector<Time> durations;
        for (std::size_t i = 0; i < f.m_results.size(); ++i)
        {
            durations.push_back(f.m_results[i].method == "optimized" ? f.m_durations[i]
                                                                     : Seconds(-1));
        }
        Simulator::Destroy();
        return durations;
    }

    void DoRun() override
    {
        std::vector<Time> configured = Run(Seconds(0));
        std::vector<Time> onDemand = Run(MilliSeconds(80));
        NS_TEST_ASSERT_MSG_EQ(configured.size(), 2u, "two results");
        if (configured.size() != 2)
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_ASSERT_MSG_EQ(onDemand.size(), 2u, "two results");
        if (onDemand.size() != 2)
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_GT(onDemand[0], Seconds(0), "optimised after the set-up");
        // Equal up to the serialisation of frames that queue differently (microseconds).
        NS_TEST_EXPECT_MSG_EQ_TOL(onDemand[0] - configured[0],
                                  MilliSeconds(80),
                                  MicroSeconds(100),
                                  "the first one waits for IKEv2");
        NS_TEST_EXPECT_MSG_EQ(onDemand[1], configured[1], "the second one does not");
        // The reviewer's Nonce-N flow: one more SPoS-TPoS round trip (two 1 ms hops each way).
        std::vector<Time> byTpos = Run(Seconds(0), {{"NonceNSource", "Tpos"}});
        NS_TEST_ASSERT_MSG_EQ(byTpos.size(), 2u, "two results");
        if (byTpos.size() != 2)
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_GT(byTpos[1], Seconds(0), "optimised with the TPoS's Nonce-N");
        NS_TEST_EXPECT_MSG_GT_OR_EQ(byTpos[1] - configured[1],
                                    MilliSeconds(4),
                                    "one more SPoS-TPoS round trip");
        NS_TEST_EXPECT_MSG_LT(byTpos[1] - configured[1], MilliSeconds(5), "and no more");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief SALifeTime (5.11.12.3 note b): with a lifetime of 5 s offered by the PoSs, the SA
 *        made at 1 s protects nothing after 6 s (Unprotect says "expired"), and the next
 *        pre-registration through that PoS, at 8 s, cannot use it to protect K: the MN asks for
 *        a full SA ("sa-expired").
 */
class MisLifetimeTestCase : public MisFixture
{
  public:
    MisLifetimeTestCase()
        : MisFixture("SA lifetime: expiry forces a full re-establishment")
    {
    }

  private:
    /// The handover to B is complete: B is the SPoS.
    void Complete()
    {
        m_mn->CompleteHandover();
    }

    /// After expiry: a message protected by the MN's SA is refused by B's.
    void CheckExpired()
    {
        auto atMn = m_mn->GetMisFunction()->GetSecurityAssociation("pos-b.example");
        auto atB = m_b->GetMisFunction()->GetSecurityAssociation("mn@home.example");
        std::vector<uint8_t> tlvs;
        m_verdict = atB->Unprotect(1, atMn->Protect(1, {1, 2, 3}), Simulator::Now(), tlvs);
    }

    void DoRun() override
    {
        Build();
        for (Ptr<MisPosApplication> pos : {m_a, m_b, m_c})
        {
            pos->SetAttribute("SaLifetime", UintegerValue(5));
        }
        Simulator::Schedule(Seconds(1),
                            &MisFixture::Preregister,
                            this,
                            std::string("pos-b.example"),
                            false);
        Simulator::Schedule(Seconds(2), &MisLifetimeTestCase::Complete, this);
        Simulator::Schedule(Seconds(7), &MisLifetimeTestCase::CheckExpired, this);
        Simulator::Schedule(Seconds(8),
                            &MisFixture::Preregister,
                            this,
                            std::string("pos-a.example"),
                            false);
        Simulator::Stop(Seconds(15));
        Simulator::Run();
        NS_TEST_ASSERT_MSG_EQ(m_results.size(), 2u, "two results");
        if (m_results.size() != 2)
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_results[0].method, "optimized", "first SA optimised");
        NS_TEST_EXPECT_MSG_EQ(MisSecurityAssociation::VerdictName(m_verdict),
                              "expired",
                              "the SA protects nothing after its lifetime");
        NS_TEST_EXPECT_MSG_EQ(m_results[1].ok, true, "re-established");
        NS_TEST_EXPECT_MSG_EQ(m_results[1].method, "full", "by a full SA");
        NS_TEST_ASSERT_MSG_EQ(m_mnFallbacks.size(), 1u, "one fallback");
        if (m_mnFallbacks.size() != 1)
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_mnFallbacks[0], "sa-expired", "because the SA expired");
        Simulator::Destroy();
    }

    MisSecurityAssociation::Verdict m_verdict{MisSecurityAssociation::Verdict::OK}; //!< check
};

/**
 * \ingroup secure-handover-tests
 * \brief TPoS selection by the SPoS (5.14.3) from the candidate link list and the neighbour
 *        table: the first candidate whose PoA and RAT match a neighbour, trusted partners
 *        before untrusted PoSs, and no TPoS when nothing matches.
 */
class MisTposSelectionTestCase : public MisFixture
{
  public:
    MisTposSelectionTestCase()
        : MisFixture("TPoS selection from candidates and the neighbour table")
    {
    }

  private:
    void DoRun() override
    {
        Build();
        const Mac48Address poaB("00:00:00:00:b0:01");
        const Mac48Address poaC("00:00:00:00:c0:01");
        m_a->AddNeighbour({"wlan-b", "pos-b.example", {mih::LINK_TYPE_IEEE_802_11}, {poaB}});
        m_a->AddNeighbour({"wlan-c", "pos-c.example", {mih::LINK_TYPE_IEEE_802_11}, {poaC}});
        MihLinkPoaList toC;
        toC.link.linkType = mih::LINK_TYPE_IEEE_802_11;
        toC.poas = {poaC};
        MihLinkPoaList toB = toC;
        toB.poas = {poaB};
        MihLinkPoaList wrongRat = toB;
        wrongRat.link.linkType = mih::LINK_TYPE_IEEE_802_16;
        auto selected = m_a->SelectTpos({toB});
        NS_TEST_EXPECT_MSG_EQ(selected.value_or(""), "pos-b.example", "the PoA's PoS");
        selected = m_a->SelectTpos({toC, toB});
        NS_TEST_EXPECT_MSG_EQ(selected.value_or(""),
                              "pos-b.example",
                              "a roaming partner before a preferred untrusted PoS");
        selected = m_a->SelectTpos({toC});
        NS_TEST_EXPECT_MSG_EQ(selected.value_or(""),
                              "pos-c.example",
                              "an untrusted PoS when it is the only match");
        NS_TEST_EXPECT_MSG_EQ(m_a->SelectTpos({wrongRat}).has_value(),
                              false,
                              "no neighbour offers that RAT at that PoA");
        Simulator::Destroy();
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief A transaction timeout becomes the .confirm's Status 4: the SPoS's MIH transport stops
 *        before the MN's request, which is retransmitted MaxRetries times, then confirmed with
 *        Status 4 (Network Error).
 */
class MisTimeoutStatusTestCase : public MisFixture
{
  public:
    MisTimeoutStatusTestCase()
        : MisFixture("transaction timeout reported as Status 4 in the confirm")
    {
    }

  private:
    void DoRun() override
    {
        Build();
        m_a->GetMisFunction()->GetTransport()->SetStopTime(Seconds(0.5));
        NS_TEST_ASSERT_MSG_EQ(RunOnePreregistration("pos-b.example"), 1u, "one result");
        if (m_results.empty())
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_results[0].ok, false, "failed");
        NS_TEST_EXPECT_MSG_EQ(static_cast<uint32_t>(m_results[0].status),
                              static_cast<uint32_t>(mih::STATUS_NETWORK_ERROR),
                              "Status 4");
        // Four transmissions 100 ms apart, then the retries have run out.
        NS_TEST_EXPECT_MSG_EQ(m_durations[0], MilliSeconds(400), "after the retries");
        Simulator::Destroy();
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The draft's open questions as switches (item 7), each end to end: the optimised SA
 *        works when both ends read the draft alike (XOR or key wrap; three or two mask inputs;
 *        CiphersuiteCode as OCTET or BITMAP), and when they disagree the MN's key confirmation
 *        is rejected by the TPoS (different keys) and the MN falls back to a full SA.
 */
class MisDraftSwitchTestCase : public MisFixture
{
  public:
    /**
     * \param name the test name
     * \param mnSettings Attribute settings of the MN's MISF (and "Ciphersuite" of the MN)
     * \param posSettings Attribute settings of every PoS's MISF
     * \param agree whether the two ends agree (optimised SA) or not (fallback)
     */
    MisDraftSwitchTestCase(const std::string& name,
                           std::vector<std::pair<std::string, std::string>> mnSettings,
                           std::vector<std::pair<std::string, std::string>> posSettings,
                           bool agree)
        : MisFixture("draft switch: " + name),
          m_mnSettings(mnSettings),
          m_posSettings(posSettings),
          m_agree(agree)
    {
    }

  private:
    void DoRun() override
    {
        Build();
        for (const auto& [name, value] : m_mnSettings)
        {
            if (name == "Ciphersuite")
            {
                m_mn->SetAttribute(name, UintegerValue(std::stoul(value)));
                continue;
            }
            m_mn->GetMisFunction()->SetAttribute(name, StringValue(value));
        }
        for (const auto& [name, value] : m_posSettings)
        {
            for (Ptr<MisPosApplication> pos : {m_a, m_b, m_c})
            {
                pos->GetMisFunction()->SetAttribute(name, StringValue(value));
            }
        }
        NS_TEST_ASSERT_MSG_EQ(RunOnePreregistration("pos-b.example"), 1u, "one result");
        if (m_results.empty())
        {
            Simulator::Destroy();
            return; // the runner continues after a failed assertion
        }
        NS_TEST_EXPECT_MSG_EQ(m_results[0].ok, true, "an SA either way");
        auto atMn = m_mn->GetMisFunction()->GetSecurityAssociation("pos-b.example");
        auto atB = m_b->GetMisFunction()->GetSecurityAssociation("mn@home.example");
        NS_TEST_EXPECT_MSG_EQ(KeysAgree(atMn, atB), true, "the final keys agree");
        if (m_agree)
        {
            NS_TEST_EXPECT_MSG_EQ(m_results[0].method, "optimized", "optimised");
            NS_TEST_EXPECT_MSG_EQ(m_mnFallbacks.size(), 0u, "no fallback");
        }
        else
        {
            NS_TEST_EXPECT_MSG_EQ(m_results[0].method, "full", "fallback to a full SA");
            NS_TEST_ASSERT_MSG_EQ(m_mnFallbacks.size(), 1u, "one fallback");
            if (m_mnFallbacks.size() != 1)
            {
                Simulator::Destroy();
                return; // the runner continues after a failed assertion
            }
            NS_TEST_EXPECT_MSG_EQ(m_mnFallbacks[0], "key-confirmation-failed", "why");
            NS_TEST_ASSERT_MSG_EQ(m_dropsAtB.size(), 1u, "the TPoS rejected the confirmation");
            if (m_dropsAtB.size() != 1)
            {
                Simulator::Destroy();
                return; // the runner continues after a failed assertion
            }
            NS_TEST_EXPECT_MSG_EQ(m_dropsAtB[0], "protected:tampered", "as a bad tag");
        }
        Simulator::Destroy();
    }

    std::vector<std::pair<std::string, std::string>> m_mnSettings;  //!< MN side
    std::vector<std::pair<std::string, std::string>> m_posSettings; //!< PoS side
    bool m_agree;                                                   //!< expected outcome
};

/**
 * \ingroup secure-handover-tests
 * \brief The MIS SA test suite.
 */
class MisSaTestSuite : public TestSuite
{
  public:
    MisSaTestSuite()
        : TestSuite("secure-handover-mis-sa", TestSuite::Type::UNIT)
    {
        AddTestCase(new MisOptimizedSaTestCase);
        AddTestCase(new MisTamperReplayTestCase);
        AddTestCase(new MisMessageProtectionTestCase);
        AddTestCase(new MisFallbackTestCase(MisFallbackTestCase::NO_TRUST));
        AddTestCase(new MisFallbackTestCase(MisFallbackTestCase::MN_REQUEST));
        AddTestCase(new MisFallbackTestCase(MisFallbackTestCase::MN_REQUEST_DIRECT));
        AddTestCase(new MisFallbackTestCase(MisFallbackTestCase::TPOS_REQUEST));
        AddTestCase(new MisTposIsSposTestCase);
        AddTestCase(new MisChainLimitTestCase(0, 3, 3));
        AddTestCase(new MisChainLimitTestCase(1, 3, 3));
        AddTestCase(new MisChainLimitTestCase(3, 3, 3));
        // A greedy MN: the network's limit rules.
        AddTestCase(new MisChainLimitTestCase(100, 1, 1));
        AddTestCase(new MisChainLimitTestCase(100, 3, 3));
        // B's limit stops K from A as TPoS (third handover) and as SPoS (sixth).
        AddTestCase(new MisChainLimitTestCase(100, 5, 2));
        AddTestCase(new MisChainLimitTestCase(100, 5, 2, true));
        AddTestCase(new MisIkeDelayTestCase);
        AddTestCase(new MisLifetimeTestCase);
        AddTestCase(new MisTposSelectionTestCase);
        AddTestCase(new MisTimeoutStatusTestCase);
        AddTestCase(new MisDraftSwitchTestCase("K by AES key wrap",
                                               {{"KdkTransport", "KeyWrap"}},
                                               {{"KdkTransport", "KeyWrap"}},
                                               true));
        AddTestCase(new MisDraftSwitchTestCase("Nonce-N drawn by the TPoS",
                                               {},
                                               {{"NonceNSource", "Tpos"}},
                                               true));
        AddTestCase(new MisDraftSwitchTestCase("MN mask of the sender text at both ends",
                                               {{"MnMaskInputs", "DraftSender"}},
                                               {{"MnMaskInputs", "DraftSender"}},
                                               true));
        AddTestCase(new MisDraftSwitchTestCase("MN mask mismatch: recovery failure, fallback",
                                               {{"MnMaskInputs", "DraftSender"}},
                                               {{"MnMaskInputs", "Three"}},
                                               false));
        AddTestCase(
            new MisDraftSwitchTestCase("CiphersuiteCode as BITMAP at both ends",
                                       {{"CiphersuiteSemantics", "Bitmap"}, {"Ciphersuite", "6"}},
                                       {{"CiphersuiteSemantics", "Bitmap"}},
                                       true));
        AddTestCase(new MisDraftSwitchTestCase(
            "CiphersuiteCode BITMAP at the MN, OCTET at the TPoS: fallback",
            {{"CiphersuiteSemantics", "Bitmap"}, {"Ciphersuite", "6"}},
            {{"CiphersuiteSemantics", "Octet"}},
            false));
    }
};

/// The static instance.
static MisSaTestSuite g_misSaTestSuite;

} // namespace
