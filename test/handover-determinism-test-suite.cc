/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/latency-recorder.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/scenario-config.h"
#include "ns3/scenario-runner.h"
#include "ns3/test.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

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
 * \brief Determinism of the handover outputs.
 */
class HandoverDeterminismTestSuite : public TestSuite
{
  public:
    HandoverDeterminismTestSuite()
        : TestSuite("secure-handover-determinism", TestSuite::Type::SYSTEM)
    {
        AddTestCase(new HandoverDeterminismTestCase);
    }
};

/// The suite's static instance.
static HandoverDeterminismTestSuite g_handoverDeterminismTestSuite;
