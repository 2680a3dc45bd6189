/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "scenario-runner.h"

#include "handover-scenario-helper.h"

#include "ns3/config.h"
#include "ns3/global-value.h"
#include "ns3/log.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/simulator.h"
#include "ns3/string.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <sstream>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("ScenarioRunner");

namespace
{

/// Seconds on a monotonic wall clock.
double
WallSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

/// Format a number without trailing noise.
std::string
Number(double v)
{
    std::ostringstream os;
    os << v;
    return os.str();
}

/**
 * \brief Would ns-3 parse this string for an attribute of this checker without aborting?
 *
 * ns-3's generic AttributeValue::DeserializeFromString (ATTRIBUTE_VALUE_IMPLEMENT) aborts the
 * process, instead of failing, when a value does not parse completely (and Time aborts on an
 * unknown unit). Config::SetDefaultFailSafe cannot catch that, so the numeric types are checked
 * here first; other types are left to ns-3.
 */
bool
ParsesSafely(Ptr<const AttributeChecker> checker, const std::string& value)
{
    const std::string type = checker->GetValueTypeName();
    const std::string number = "[+-]?([0-9]+([.][0-9]*)?|[.][0-9]+)([eE][+-]?[0-9]+)?";
    if (type == "ns3::UintegerValue")
    {
        return std::regex_match(value, std::regex("[+]?[0-9]+"));
    }
    if (type == "ns3::IntegerValue")
    {
        return std::regex_match(value, std::regex("[+-]?[0-9]+"));
    }
    if (type == "ns3::DoubleValue")
    {
        return std::regex_match(value, std::regex(number));
    }
    if (type == "ns3::TimeValue")
    {
        return std::regex_match(value, std::regex(number + "(s|ms|us|ns|ps|fs|min|h|d|y)?"));
    }
    return true;
}

/**
 * \brief The checker of the attribute a --set NAME designates.
 * \param name ns3::Type::Attribute, a /Config/path/Attribute, or a GlobalValue name
 * \return the checker, or nullptr if the name designates nothing
 */
Ptr<const AttributeChecker>
CheckerOf(const std::string& name)
{
    std::string::size_type split = name[0] == '/' ? name.rfind('/') : name.rfind("::");
    if (split == std::string::npos || split == 0)
    {
        for (auto global = GlobalValue::Begin(); global != GlobalValue::End(); ++global)
        {
            if ((*global)->GetName() == name)
            {
                return (*global)->GetChecker();
            }
        }
        return nullptr;
    }
    std::string attribute = name.substr(split + (name[0] == '/' ? 1 : 2));
    TypeId tid;
    if (name[0] == '/')
    {
        Config::MatchContainer matches = Config::LookupMatches(name.substr(0, split));
        if (matches.GetN() == 0)
        {
            return nullptr;
        }
        tid = matches.Get(0)->GetInstanceTypeId();
    }
    else if (!TypeId::LookupByNameFailSafe(name.substr(0, split), &tid))
    {
        return nullptr;
    }
    TypeId::AttributeInformation info;
    if (!tid.LookupAttributeByName(attribute, &info))
    {
        return nullptr;
    }
    return info.checker;
}

} // namespace

ScenarioRunner::ScenarioRunner(const ScenarioConfig& config)
    : m_config(config),
      m_progress(nullptr),
      m_overwrite(false),
      m_printed(false),
      m_wallStart(0),
      m_wallLast(0)
{
}

void
ScenarioRunner::SetProgress(std::ostream* os, bool overwrite)
{
    m_progress = os;
    m_overwrite = overwrite;
}

void
ScenarioRunner::ApplyAttributes(const std::vector<std::string>& settings, bool paths)
{
    for (const auto& setting : settings)
    {
        std::size_t eq = setting.find('=');
        if (eq == std::string::npos || eq == 0)
        {
            throw ScenarioConfigError("bad --set '" + setting + "': expected NAME=VALUE");
        }
        std::string name = setting.substr(0, eq);
        std::string value = setting.substr(eq + 1);
        bool isPath = name[0] == '/';
        if (isPath != paths)
        {
            continue;
        }
        Ptr<const AttributeChecker> checker = CheckerOf(name);
        if (checker && !ParsesSafely(checker, value))
        {
            throw ScenarioConfigError("--set " + setting + ": '" + value + "' is not a valid " +
                                      checker->GetValueTypeName());
        }
        bool ok = isPath ? Config::SetFailSafe(name, StringValue(value))
                         : (Config::SetDefaultFailSafe(name, StringValue(value)) ||
                            Config::SetGlobalFailSafe(name, StringValue(value)));
        if (!ok)
        {
            throw ScenarioConfigError("--set " + setting +
                                      ": no such attribute (or path), or a bad value");
        }
    }
}

void
ScenarioRunner::Progress()
{
    double now = WallSeconds();
    if (now - m_wallStart > 1.0 && now - m_wallLast >= 1.0)
    {
        m_wallLast = now;
        m_printed = true;
        char line[160];
        std::snprintf(line,
                      sizeof(line),
                      "run: simulated %.1f of %.1f s, %zu handovers",
                      Simulator::Now().GetSeconds(),
                      m_config.GetDuration().GetSeconds(),
                      m_recorder->GetRecords().size());
        *m_progress << line << (m_overwrite ? "\r" : "\n") << std::flush;
    }
    Simulator::Schedule(MilliSeconds(100), &ScenarioRunner::Progress, this);
}

ScenarioResult
ScenarioRunner::Run()
{
    m_config.Validate();
    RngSeedManager::SetSeed(m_config.seed);
    RngSeedManager::SetRun(m_config.run);
    ApplyAttributes(m_config.attributes, false);

    Ptr<HandoverScenarioHelper> helper = CreateObject<HandoverScenarioHelper>();
    HandoverTopology topology = helper->Build(m_config);
    ScenarioResult result;
    result.recorder = topology.recorder;
    result.outDir = m_config.out;
    m_recorder = topology.recorder;
    try
    {
        result.scheduled = helper->ScheduleHandovers(topology, m_config);
        ApplyAttributes(m_config.attributes, true);
    }
    catch (...)
    {
        Simulator::Destroy();
        throw;
    }

    if (m_progress)
    {
        m_wallStart = WallSeconds();
        m_wallLast = m_wallStart;
        Simulator::Schedule(MilliSeconds(100), &ScenarioRunner::Progress, this);
    }
    Simulator::Stop(m_config.GetDuration());
    Simulator::Run();
    if (m_printed && m_overwrite)
    {
        *m_progress << std::string(60, ' ') << "\r" << std::flush;
    }
    Simulator::Destroy();

    std::map<std::string, std::string> metadata = {
        {"scheme", m_config.scheme},
        {"links", m_config.GetLinksString()},
        {"mobility", m_config.mobility},
        {"mns", std::to_string(m_config.mns)},
        {"handovers", std::to_string(m_config.handovers)},
        {"interval_s", Number(m_config.interval)},
        {"seed", std::to_string(m_config.seed)},
        {"run", std::to_string(m_config.run)},
        {"duration_s", Number(m_config.GetDuration().GetSeconds())},
        {"backbone_delay_ms", Number(m_config.backboneDelayMs)},
        {"data_interval_ms", Number(m_config.dataIntervalMs)},
        {"packet_size", std::to_string(m_config.packetSize)},
    };
    std::string error = result.recorder->WriteFiles(m_config.out, metadata);
    if (!error.empty())
    {
        throw std::runtime_error(error);
    }
    return result;
}

} // namespace ns3
