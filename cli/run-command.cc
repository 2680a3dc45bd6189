/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "run-command.h"

#include "ns3/handover-scheme.h"
#include "ns3/scenario-config.h"
#include "ns3/scenario-runner.h"

#include <boost/program_options.hpp>
#include <iostream>
#include <string>
#include <unistd.h>
#include <vector>

namespace ns3
{
namespace cli
{

namespace po = boost::program_options;

namespace
{

/// Build the Boost description of every option of ScenarioConfig, plus --config and --help.
po::options_description
Describe()
{
    po::options_description desc("Options of 'run' (also as 'name = value' lines of --config)");
    desc.add_options()("help,h", "print this help and exit")(
        "config",
        po::value<std::string>()->value_name("FILE"),
        "read options from an INI file; the command line wins");
    for (const auto& option : ScenarioConfig::GetOptions())
    {
        if (option.flag)
        {
            desc.add_options()(option.name.c_str(), po::bool_switch(), option.help.c_str());
        }
        else if (option.repeatable)
        {
            desc.add_options()(
                option.name.c_str(),
                po::value<std::vector<std::string>>()->composing()->value_name(option.argument),
                option.help.c_str());
        }
        else
        {
            desc.add_options()(option.name.c_str(),
                               po::value<std::string>()->value_name(option.argument),
                               option.help.c_str());
        }
    }
    return desc;
}

/// Store the entries of an INI file through Boost; every error names its line.
void
StoreConfigFile(const std::string& path, const po::options_description& desc, po::variables_map& vm)
{
    std::vector<ScenarioConfigEntry> entries;
    try
    {
        entries = ScenarioConfig::ReadIniFile(path);
    }
    catch (const ScenarioConfigError& e)
    {
        throw UsageError(e.what());
    }
    for (const auto& entry : entries)
    {
        po::parsed_options parsed(&desc);
        po::option option;
        option.string_key = entry.name;
        option.value.push_back(entry.value);
        option.original_tokens = {entry.name, entry.value};
        parsed.options.push_back(option);
        try
        {
            po::store(parsed, vm);
        }
        catch (const po::error& e)
        {
            throw UsageError(path + ":" + std::to_string(entry.line) + ": " + e.what());
        }
    }
}

} // namespace

std::string
RunCommand::Name() const
{
    return "run";
}

std::string
RunCommand::Summary() const
{
    return "run a handover scenario; write handovers.csv and summary.json";
}

ScenarioConfig
RunCommand::ParseScenario(const std::vector<std::string>& args, bool& help)
{
    po::options_description desc = Describe();
    po::variables_map vm;
    StoreOptionsOnly(args, desc, "run", vm);
    help = vm.count("help") > 0;
    if (help)
    {
        std::cout << "Usage: " << PROGRAM_NAME << " run [--config FILE] [options]\n\n"
                  << "Run one handover scenario: MNs hand over between access networks (802.11,\n"
                  << "802.16, Ethernet) while a CBR flow runs from a correspondent node; write\n"
                  << "DIR/handovers.csv (one row per handover) and DIR/summary.json.\n"
                  << "Schemes:";
        for (const auto& name : HandoverScheme::GetNames())
        {
            std::cout << " " << name;
        }
        std::cout << "\n\n" << desc << "\n";
        return ScenarioConfig();
    }
    if (vm.count("config"))
    {
        StoreConfigFile(vm["config"].as<std::string>(), desc, vm);
    }
    po::notify(vm);

    ScenarioConfig config;
    try
    {
        for (const auto& option : ScenarioConfig::GetOptions())
        {
            if (!vm.count(option.name) || vm[option.name].defaulted())
            {
                continue;
            }
            if (option.flag)
            {
                config.Set(option.name, vm[option.name].as<bool>() ? "true" : "false");
            }
            else if (option.repeatable)
            {
                for (const auto& value : vm[option.name].as<std::vector<std::string>>())
                {
                    config.Set(option.name, value);
                }
            }
            else
            {
                config.Set(option.name, vm[option.name].as<std::string>());
            }
        }
        config.Validate();
    }
    catch (const ScenarioConfigError& e)
    {
        throw UsageError(e.what());
    }
    return config;
}

int
RunCommand::Run(const std::vector<std::string>& args)
{
    bool help = false;
    ScenarioConfig config = ParseScenario(args, help);
    if (help)
    {
        return EXIT_OK;
    }

    ScenarioRunner runner(config);
    if (!config.quiet && isatty(STDERR_FILENO) != 0)
    {
        // A progress line for people watching a terminal, rewritten in place; none in logs.
        runner.SetProgress(&std::cerr, true);
    }
    ScenarioResult result;
    try
    {
        result = runner.Run();
    }
    catch (const ScenarioConfigError& e)
    {
        throw UsageError(e.what());
    }
    if (!config.quiet)
    {
        std::cout << "secure-handover run: scheme " << config.scheme << ", links "
                  << config.GetLinksString() << ", " << config.mns << " MN(s), " << config.mobility
                  << " mobility, seed " << config.seed << " run " << config.run << "\n";
        result.recorder->PrintTable(std::cout);
        std::size_t recorded = result.recorder->GetRecords().size();
        if (recorded < result.scheduled)
        {
            // A trigger that finds its MN still handing over is ignored (HandoverManager logs it).
            std::cout << "note: " << result.scheduled - recorded << " of " << result.scheduled
                      << " scripted handovers did not start: the MN was still handing over "
                         "(a longer --interval avoids it)\n";
        }
        std::cout << "wrote " << config.out << "/handovers.csv, " << config.out << "/summary.json"
                  << (config.pcap ? ", " + config.out + "/pcap/" : "") << "\n";
    }
    return EXIT_OK;
}

} // namespace cli
} // namespace ns3
