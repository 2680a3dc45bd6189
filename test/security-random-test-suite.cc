/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/boolean.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/test.h"

#include <vector>

using namespace ns3;

namespace
{

/// Draw 64 octets from a fresh SecurityRandom on the given seed, run and stream.
std::vector<uint8_t>
DrawOnce(uint32_t seed, uint64_t run, int64_t stream, bool openSsl = false)
{
    RngSeedManager::SetSeed(seed);
    RngSeedManager::SetRun(run);
    Ptr<SecurityRandom> random = CreateObject<SecurityRandom>();
    random->SetAttribute("UseOpenSslRand", BooleanValue(openSsl));
    random->AssignStreams(stream);
    std::vector<uint8_t> out = random->Generate(64);
    random->Dispose();
    return out;
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief The default source is reproducible from RngSeed/RngRun/stream, and each of them
 *        changes the output; the OpenSSL switch really leaves the ns-3 streams.
 */
class SecurityRandomReproducibilityTestCase : public TestCase
{
  public:
    SecurityRandomReproducibilityTestCase()
        : TestCase("Same seed, run and stream give the same octets; the switch changes source")
    {
    }

  private:
    void DoRun() override
    {
        uint32_t savedSeed = RngSeedManager::GetSeed();
        uint64_t savedRun = RngSeedManager::GetRun();

        std::vector<uint8_t> a = DrawOnce(7, 3, 11);
        std::vector<uint8_t> b = DrawOnce(7, 3, 11);
        NS_TEST_ASSERT_MSG_EQ((a == b), true, "same seed/run/stream must repeat byte for byte");
        NS_TEST_ASSERT_MSG_EQ((a != DrawOnce(7, 4, 11)), true, "a new run must change the octets");
        NS_TEST_ASSERT_MSG_EQ((a != DrawOnce(8, 3, 11)), true, "a new seed must change the octets");
        NS_TEST_ASSERT_MSG_EQ((a != DrawOnce(7, 3, 12)), true,
                              "another stream must change the octets");

        // Octets must use the whole range, not a few values (a stuck or narrow source).
        std::vector<bool> seen(256, false);
        RngSeedManager::SetSeed(1);
        RngSeedManager::SetRun(1);
        Ptr<SecurityRandom> random = CreateObject<SecurityRandom>();
        random->AssignStreams(0);
        std::vector<uint8_t> many = random->Generate(8192);
        for (uint8_t octet : many)
        {
            seen[octet] = true;
        }
        std::size_t distinct = 0;
        for (bool s : seen)
        {
            distinct += s ? 1 : 0;
        }
        NS_TEST_ASSERT_MSG_EQ(distinct, 256u, "8192 uniform octets should cover all 256 values");

        std::vector<uint8_t> r1 = DrawOnce(7, 3, 11, true);
        std::vector<uint8_t> r2 = DrawOnce(7, 3, 11, true);
        NS_TEST_ASSERT_MSG_EQ((r1 != r2), true,
                              "OpenSSL RAND must not repeat the ns-3 stream's octets");
        NS_TEST_ASSERT_MSG_EQ((r1 != a), true, "OpenSSL RAND must not be the ns-3 stream");

        RngSeedManager::SetSeed(savedSeed);
        RngSeedManager::SetRun(savedRun);
        Simulator::Destroy();
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Draws are reported through the Draw trace source.
 */
class SecurityRandomTraceTestCase : public TestCase
{
  public:
    SecurityRandomTraceTestCase()
        : TestCase("Every draw is traced with its size")
    {
    }

  private:
    void Count(uint32_t octets)
    {
        m_octets += octets;
        ++m_draws;
    }

    void DoRun() override
    {
        Ptr<SecurityRandom> random = CreateObject<SecurityRandom>();
        random->TraceConnectWithoutContext(
            "Draw",
            MakeCallback(&SecurityRandomTraceTestCase::Count, this));
        random->Generate(16);
        random->Generate<32>();
        NS_TEST_ASSERT_MSG_EQ(m_draws, 2u, "two draws");
        NS_TEST_ASSERT_MSG_EQ(m_octets, 48u, "16 + 32 octets");
        Simulator::Destroy();
    }

    uint32_t m_octets{0}; //!< octets seen by the trace
    uint32_t m_draws{0};  //!< draws seen by the trace
};

/**
 * \ingroup secure-handover-tests
 * \brief The SecurityRandom test suite.
 */
class SecurityRandomTestSuite : public TestSuite
{
  public:
    SecurityRandomTestSuite()
        : TestSuite("secure-handover-security-random", TestSuite::Type::UNIT)
    {
        AddTestCase(new SecurityRandomReproducibilityTestCase);
        AddTestCase(new SecurityRandomTraceTestCase);
    }
};

/// Static instance that registers the suite.
static SecurityRandomTestSuite g_securityRandomTestSuite;
