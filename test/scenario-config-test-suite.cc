/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/scenario-config.h"
#include "ns3/test.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace ns3;

namespace
{

/// Write a temporary INI file and return its path.
std::string
WriteIni(const std::string& name, const std::string& content)
{
    std::filesystem::path path = std::filesystem::temp_directory_path() /
                                 ("secure-handover-" + std::to_string(getpid()) + "-" + name);
    std::ofstream(path) << content;
    return path.string();
}

/// The message ReadIniFile throws for a file, or "" if it accepts it.
std::string
ReadError(const std::string& path)
{
    try
    {
        ScenarioConfig config;
        config.LoadIniFile(path);
    }
    catch (const ScenarioConfigError& e)
    {
        return e.what();
    }
    return "";
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief A bad configuration file is rejected with its line number, for every kind of mistake.
 */
class ScenarioConfigBadFileTestCase : public TestCase
{
  public:
    ScenarioConfigBadFileTestCase()
        : TestCase("A bad INI file is rejected with FILE:LINE for each kind of mistake")
    {
    }

  private:
    void DoRun() override
    {
        const std::string good = "# a scenario\n[run]\nscheme = none\n\nlinks = wifi,csma\n";

        struct Case
        {
            std::string name;    //!< file name
            std::string bad;     //!< the bad line appended after the good lines
            std::string message; //!< part of the expected message
        };

        const Case cases[] = {
            {"unknown-option.ini", "colour = red", "unknown option 'colour'"},
            {"bad-number.ini", "handovers = many", "bad value 'many' for --handovers"},
            {"no-equals.ini", "handovers 4", "expected 'name = value'"},
            {"bad-link.ini", "links = wifi,token-ring", "unknown link 'token-ring'"},
            {"bad-scheme.ini", "scheme = rot13", "unknown scheme 'rot13'"},
            {"bad-section.ini", "[sweep]", "unknown section"},
            {"negative.ini", "interval = -2", "bad value '-2' for --interval"},
        };
        for (const auto& c : cases)
        {
            // The bad line is line 6: five good lines come first.
            std::string path = WriteIni(c.name, good + c.bad + "\nmns = 2\n");
            std::string error = ReadError(path);
            std::filesystem::remove(path);
            NS_TEST_EXPECT_MSG_EQ(error.rfind(path + ":6: ", 0),
                                  0u,
                                  c.name << ": '" << error << "' must start with FILE:6:");
            NS_TEST_EXPECT_MSG_NE(error.find(c.message),
                                  std::string::npos,
                                  c.name << ": '" << error << "' must say " << c.message);
        }
        NS_TEST_EXPECT_MSG_NE(ReadError("/nonexistent/secure-handover.ini").find("cannot open"),
                              std::string::npos,
                              "a missing file is reported");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief A good file sets every kind of option; Set and Validate reject bad values.
 */
class ScenarioConfigGoodFileTestCase : public TestCase
{
  public:
    ScenarioConfigGoodFileTestCase()
        : TestCase("A good INI file sets the options; Set and Validate check values")
    {
    }

  private:
    void DoRun() override
    {
        std::string path = WriteIni("good.ini",
                                    "; comment\n[run]\nlinks = Ethernet, 802.16 ,wifi\n"
                                    "handovers=7\ninterval = 0.5\nbackbone-delay = 12.5\n"
                                    "pcap = yes\nset = ns3::WifiLinkAdapter::ParkOnDetach=false\n"
                                    "set = /NodeList/0/$ns3::HandoverManager/BindingRetries=5\n"
                                    "run = 42\n");
        ScenarioConfig config;
        config.LoadIniFile(path);
        std::filesystem::remove(path);
        NS_TEST_EXPECT_MSG_EQ(config.GetLinksString(), "csma,wimax,wifi", "aliases map");
        NS_TEST_EXPECT_MSG_EQ(config.handovers, 7u, "handovers");
        NS_TEST_EXPECT_MSG_EQ(config.interval, 0.5, "interval");
        NS_TEST_EXPECT_MSG_EQ(config.backboneDelayMs, 12.5, "backbone delay");
        NS_TEST_EXPECT_MSG_EQ(config.pcap, true, "flag");
        NS_TEST_EXPECT_MSG_EQ(config.run, 42u, "run");
        NS_TEST_EXPECT_MSG_EQ(config.attributes.size(), 2u, "repeatable set accumulates");
        NS_TEST_EXPECT_MSG_EQ(config.GetDuration(), Seconds(2 + 7 * 0.5), "derived duration");

        bool threw = false;
        try
        {
            config.Set("links", "wifi");
        }
        catch (const ScenarioConfigError&)
        {
            threw = true;
        }
        NS_TEST_EXPECT_MSG_EQ(threw, true, "one link is not enough");
        threw = false;
        try
        {
            config.mns = 0;
            config.Validate();
        }
        catch (const ScenarioConfigError&)
        {
            threw = true;
        }
        NS_TEST_EXPECT_MSG_EQ(threw, true, "zero MNs are rejected");

        // --network-chain-limit (issue 4 follow-up) maps onto the PoSs' ChainLimit, 0..255.
        config.Set("network-chain-limit", "2");
        NS_TEST_EXPECT_MSG_EQ(config.attributes.back(),
                              "ns3::MisPosApplication::ChainLimit=2",
                              "network chain limit attribute");
        threw = false;
        try
        {
            config.Set("network-chain-limit", "256");
        }
        catch (const ScenarioConfigError&)
        {
            threw = true;
        }
        NS_TEST_EXPECT_MSG_EQ(threw, true, "a chain limit above 255 is rejected");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Scenario options and configuration files.
 */
class ScenarioConfigTestSuite : public TestSuite
{
  public:
    ScenarioConfigTestSuite()
        : TestSuite("secure-handover-scenario-config", TestSuite::Type::UNIT)
    {
        AddTestCase(new ScenarioConfigBadFileTestCase);
        AddTestCase(new ScenarioConfigGoodFileTestCase);
    }
};

/// The suite's static instance.
static ScenarioConfigTestSuite g_scenarioConfigTestSuite;
