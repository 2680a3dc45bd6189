/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// NS_LOG and NS_ASSERT compile to nothing unless NS3_LOG_ENABLE / NS3_ASSERT_ENABLE are
// defined. The standalone build defines them itself (cmake/ns3-standalone.cmake); this suite
// proves that they reached the module's code and that logging really prints.

#include "ns3/log.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/test.h"

#include <iostream>
#include <sstream>

using namespace ns3;

/**
 * \ingroup secure-handover-tests
 * \brief NS_LOG output of a module component appears when the component is enabled.
 */
class LogCompiledInTestCase : public TestCase
{
  public:
    LogCompiledInTestCase()
        : TestCase("NS_LOG and NS_ASSERT are compiled into the module")
    {
    }

  private:
    void DoRun() override
    {
#if defined(SECURE_HANDOVER_STANDALONE_BUILD)
#if !defined(NS3_LOG_ENABLE)
        NS_TEST_ASSERT_MSG_EQ(true, false, "NS3_LOG_ENABLE is not defined: NS_LOG is compiled out");
#endif
#if !defined(NS3_ASSERT_ENABLE)
        NS_TEST_ASSERT_MSG_EQ(true, false, "NS3_ASSERT_ENABLE is not defined: NS_ASSERT is off");
#endif
#endif
#if defined(NS3_LOG_ENABLE)
        // The library itself (not only this test) must log: capture std::clog while a
        // SecurityRandom draws, with its component enabled at function level.
        std::ostringstream captured;
        std::streambuf* saved = std::clog.rdbuf(captured.rdbuf());
        LogComponentEnable("SecurityRandom", LOG_LEVEL_FUNCTION);
        Ptr<SecurityRandom> random = CreateObject<SecurityRandom>();
        random->Generate(4);
        LogComponentDisable("SecurityRandom", LOG_LEVEL_ALL);
        std::clog.rdbuf(saved);
        NS_TEST_ASSERT_MSG_NE(captured.str().find("Fill"),
                              std::string::npos,
                              "no NS_LOG_FUNCTION output from SecurityRandom::Fill: got '"
                                  << captured.str() << "'");
        random->Dispose();
#endif
        Simulator::Destroy();
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Checks of how the module was built.
 */
class BuildConfigurationTestSuite : public TestSuite
{
  public:
    BuildConfigurationTestSuite()
        : TestSuite("secure-handover-build-configuration", TestSuite::Type::UNIT)
    {
        AddTestCase(new LogCompiledInTestCase);
    }
};

/// Static instance that registers the suite.
static BuildConfigurationTestSuite g_buildConfigurationTestSuite;
