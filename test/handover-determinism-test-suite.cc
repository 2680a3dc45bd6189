/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/handover-scheme.h"
#include "ns3/latency-recorder.h"
#include "ns3/mac48-address.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/scenario-config.h"
#include "ns3/scenario-runner.h"
#include "ns3/test.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <type_traits>
#include <unistd.h>
#include <vector>

using namespace ns3;

namespace
{

/// The whole content of a file ("" if it cannot be read).
std::string
Slurp(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

/// The lines of a text.
std::vector<std::string>
Lines(const std::string& text)
{
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
    {
        lines.push_back(line);
    }
    return lines;
}

/**
 * Whether ns-3 restarts MAC address allocation for each simulation (ns-3.36 and later:
 * Mac48Address::ResetAllocationIndex, called by Simulator::Destroy). On older ns-3 the second
 * simulation of a process gets other MAC addresses, so its pcaps cannot equal the first's, for
 * reasons outside this module; the pcaps are then compared only across processes (by hand).
 */
template <typename T, typename = void>
struct MacAllocationRestarts : std::false_type
{
};

template <typename T>
struct MacAllocationRestarts<T, std::void_t<decltype(T::ResetAllocationIndex())>> : std::true_type
{
};

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief The same --seed/--run gives a byte-identical handovers.csv (and summary.json), even
 *        in one process where ns-3's automatic stream numbers move on between runs; another
 *        --run gives a different but still valid file.
 */
class HandoverDeterminismTestCase : public TestCase
{
  public:
    HandoverDeterminismTestCase()
        : TestCase("Same seed and run: byte-identical handovers.csv; another run: valid")
    {
    }

  private:
    /**
     * \param dir output directory
     * \param run RngRun
     * \return the number of records
     */
    static std::size_t RunOnce(const std::filesystem::path& dir, uint64_t run)
    {
        ScenarioConfig config;
        config.Set("links", "wifi,wimax,csma");
        config.mns = 2;
        config.handovers = 4;
        config.interval = 1.0;
        config.seed = 3;
        config.run = run;
        config.quiet = true;
        config.out = dir.string();
        ScenarioRunner runner(config);
        return runner.Run().recorder->GetRecords().size();
    }

    void DoRun() override
    {
        uint32_t savedSeed = RngSeedManager::GetSeed();
        uint64_t savedRun = RngSeedManager::GetRun();
        std::filesystem::path base = std::filesystem::temp_directory_path() /
                                     ("secure-handover-determinism-" + std::to_string(getpid()));
        std::filesystem::remove_all(base);

        std::size_t n1 = RunOnce(base / "a", 1);
        std::size_t n2 = RunOnce(base / "b", 1);
        std::size_t n3 = RunOnce(base / "c", 2);
        RngSeedManager::SetSeed(savedSeed);
        RngSeedManager::SetRun(savedRun);

        std::string a = Slurp(base / "a" / "handovers.csv");
        std::string b = Slurp(base / "b" / "handovers.csv");
        std::string c = Slurp(base / "c" / "handovers.csv");
        NS_TEST_ASSERT_MSG_EQ(n1, 8u, "two MNs with four handovers each");
        NS_TEST_ASSERT_MSG_EQ(n2, n1, "the repeated run has as many handovers");
        NS_TEST_EXPECT_MSG_EQ((a == b), true, "same seed and run: byte-identical handovers.csv");
        NS_TEST_EXPECT_MSG_EQ(
            (Slurp(base / "a" / "summary.json") == Slurp(base / "b" / "summary.json")),
            true,
            "same seed and run: byte-identical summary.json");

        // Another run: same shape, every handover ok, the run column says 2.
        NS_TEST_EXPECT_MSG_EQ(n3, n1, "another run has as many handovers");
        auto lines = Lines(c);
        NS_TEST_ASSERT_MSG_EQ(lines.size(), n3 + 1, "header and one row per handover");
        NS_TEST_EXPECT_MSG_EQ((lines.empty() ? "" : lines[0]),
                              LatencyRecorder::GetCsvHeader(),
                              "CSV header");
        for (std::size_t i = 1; i < lines.size(); ++i)
        {
            NS_TEST_EXPECT_MSG_EQ(lines[i].rfind("2,", 0), 0u, "run column of row " << i);
            NS_TEST_EXPECT_MSG_NE(lines[i].find(",ok,"), std::string::npos, "row " << i << " ok");
        }
        NS_TEST_EXPECT_MSG_EQ((a != c), true, "another run changes the file (its run column)");
        std::filesystem::remove_all(base);
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Every registered scheme, run twice with the same RngSeed and RngRun, writes
 *        byte-identical handovers.csv, summary.json and pcaps. The pcaps carry every nonce,
 *        key transport and MAC that the scheme puts on the wire, so this shows that all of
 *        them come from ns-3's random streams. The schemes are listed when the test runs (not
 *        when the suite is constructed, during static initialisation), so a scheme added later
 *        is covered without changing this test. (Pcaps are compared where ns-3 restarts MAC
 *        allocation per simulation, ns-3.36 and later; see MacAllocationRestarts.)
 */
class SchemeDeterminismTestCase : public TestCase
{
  public:
    SchemeDeterminismTestCase()
        : TestCase("Every scheme: same seed and run give byte-identical outputs and pcaps")
    {
    }

  private:
    /**
     * \param scheme the --scheme name
     * \param dir output directory
     * \return the number of records
     */
    static std::size_t RunOnce(const std::string& scheme, const std::filesystem::path& dir)
    {
        ScenarioConfig config;
        config.Set("scheme", scheme);
        config.Set("links", "wifi,wimax,csma");
        config.handovers = 3;
        config.interval = 1.0;
        config.seed = 5;
        config.run = 2;
        config.quiet = true;
        config.pcap = true;
        config.out = dir.string();
        ScenarioRunner runner(config);
        return runner.Run().recorder->GetRecords().size();
    }

    /**
     * \brief Run one scheme twice and compare what it wrote.
     * \param scheme the --scheme name
     */
    void CheckScheme(const std::string& scheme)
    {
        namespace fs = std::filesystem;
        fs::path base = fs::temp_directory_path() /
                        ("secure-handover-determinism-" + scheme + "-" + std::to_string(getpid()));
        fs::remove_all(base);
        std::size_t n1 = RunOnce(scheme, base / "a");
        std::size_t n2 = RunOnce(scheme, base / "b");
        NS_TEST_EXPECT_MSG_EQ(n1, 3u, scheme << ": three scripted handovers recorded");
        NS_TEST_EXPECT_MSG_EQ(n2, n1, scheme << ": the repeated run has as many");
        std::vector<fs::path> files = {"handovers.csv", "summary.json"};
        if (MacAllocationRestarts<Mac48Address>::value)
        {
            for (const auto& entry : fs::directory_iterator(base / "a" / "pcap"))
            {
                files.push_back(fs::path("pcap") / entry.path().filename());
            }
            NS_TEST_EXPECT_MSG_GT(files.size(), 2u, scheme << ": the run wrote pcaps");
        }
        for (const auto& file : files)
        {
            std::string a = Slurp(base / "a" / file);
            NS_TEST_EXPECT_MSG_EQ(a.empty(), false, scheme << ": " << file << " was written");
            NS_TEST_EXPECT_MSG_EQ((a == Slurp(base / "b" / file)),
                                  true,
                                  scheme << ": " << file << " is byte-identical when repeated");
        }
        fs::remove_all(base);
    }

    void DoRun() override
    {
        uint32_t savedSeed = RngSeedManager::GetSeed();
        uint64_t savedRun = RngSeedManager::GetRun();
        for (const auto& scheme : HandoverScheme::GetNames())
        {
            CheckScheme(scheme);
        }
        RngSeedManager::SetSeed(savedSeed);
        RngSeedManager::SetRun(savedRun);
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Determinism of the handover outputs.
 */
class HandoverDeterminismTestSuite : public TestSuite
{
  public:
    HandoverDeterminismTestSuite()
        : TestSuite("secure-handover-determinism", TestSuite::Type::SYSTEM)
    {
        AddTestCase(new HandoverDeterminismTestCase);
        AddTestCase(new SchemeDeterminismTestCase);
    }
};

/// The suite's static instance.
static HandoverDeterminismTestSuite g_handoverDeterminismTestSuite;
