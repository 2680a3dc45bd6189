/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "regress-command.h"

#include <boost/program_options.hpp>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <tuple>

namespace ns3
{
namespace cli
{

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace
{

/// What regress compares of one (scheme, from_link, to_link) group of a summary.json.
struct GroupFigures
{
    uint64_t count{0};    //!< successful handovers
    uint64_t failures{0}; //!< failed handovers
    double meanMs{-1};    //!< mean latency, or -1 without a successful handover
    double p95Ms{-1};     //!< p95 latency, or -1
};

using GroupKey = std::tuple<std::string, std::string, std::string>;

/**
 * \brief Read the groups of a summary.json written by 'run'.
 * \param path the file, or a directory that holds summary.json
 * \return the groups
 * \throw std::runtime_error naming the file on anything unreadable or of another shape
 */
std::map<GroupKey, GroupFigures>
ReadSummary(fs::path path)
{
    if (fs::is_directory(path))
    {
        path /= "summary.json";
    }
    std::ifstream in(path);
    if (!in)
    {
        throw std::runtime_error("cannot read '" + path.string() + "'");
    }
    std::map<GroupKey, GroupFigures> groups;
    try
    {
        nlohmann::json doc = nlohmann::json::parse(in);
        if (!doc.is_object() || doc.value("generator", "") != "secure-handover" ||
            !doc.contains("summary") || !doc["summary"].is_array())
        {
            throw std::runtime_error("not a summary.json of secure-handover run");
        }
        for (const auto& g : doc["summary"])
        {
            GroupKey key{g.at("scheme").get<std::string>(),
                         g.at("from_link").get<std::string>(),
                         g.at("to_link").get<std::string>()};
            GroupFigures f;
            f.count = g.at("count").get<uint64_t>();
            f.failures = g.at("failures").get<uint64_t>();
            const auto& latency = g.at("latency_ms");
            if (!latency.is_null())
            {
                f.meanMs = latency.at("mean").get<double>();
                f.p95Ms = latency.at("p95").get<double>();
            }
            groups[key] = f;
        }
    }
    catch (const nlohmann::json::exception& e)
    {
        throw std::runtime_error(path.string() + ": " + e.what());
    }
    catch (const std::runtime_error& e)
    {
        throw std::runtime_error(path.string() + ": " + e.what());
    }
    return groups;
}

/// Format milliseconds with three decimals, "-" if negative (no sample).
std::string
Ms(double ms)
{
    if (ms < 0)
    {
        return "-";
    }
    std::ostringstream os;
    os << std::fixed << std::setprecision(3) << ms;
    return os.str();
}

} // namespace

std::string
RegressCommand::Name() const
{
    return "regress";
}

std::string
RegressCommand::Summary() const
{
    return "compare a run's summary.json with a baseline; exit 3 on a regression";
}

int
RegressCommand::Run(const std::vector<std::string>& args)
{
    po::options_description desc("Options of 'regress'");
    desc.add_options()("help,h",
                       "print this help and exit")("baseline",
                                                   po::value<std::string>()->value_name("FILE"),
                                                   "the reference summary.json (or its directory)")(
        "results",
        po::value<std::string>()->value_name("PATH"),
        "the summary.json to check (or the --out directory of 'run')")(
        "tolerance",
        po::value<double>()->default_value(10.0)->value_name("PERCENT"),
        "how much slower than the baseline a mean or p95 may be")(
        "slack-ms",
        po::value<double>()->default_value(1.0)->value_name("MS"),
        "absolute slack added to the tolerance (for very short latencies)")(
        "two-sided",
        po::bool_switch(),
        "also fail when a result is faster than the tolerance allows");
    po::variables_map vm;
    StoreOptionsOnly(args, desc, "regress", vm);
    po::notify(vm);
    if (vm.count("help"))
    {
        std::cout << "Usage: " << PROGRAM_NAME
                  << " regress --baseline FILE --results PATH [--tolerance PERCENT]\n\n"
                  << "Compare each (scheme, link pair) group of a run's summary.json with a\n"
                  << "baseline: a mean or p95 latency above baseline x (1 + tolerance) + slack,\n"
                  << "more failures, or a missing group is a regression (exit code 3).\n\n"
                  << desc << "\n";
        return EXIT_OK;
    }
    if (!vm.count("baseline") || !vm.count("results"))
    {
        throw UsageError("regress needs --baseline and --results");
    }
    const double tolerance = vm["tolerance"].as<double>() / 100.0;
    const double slack = vm["slack-ms"].as<double>();
    const bool twoSided = vm["two-sided"].as<bool>();
    if (!(tolerance >= 0) || !(slack >= 0))
    {
        throw UsageError("--tolerance and --slack-ms must not be negative");
    }
    auto baseline = ReadSummary(vm["baseline"].as<std::string>());
    auto results = ReadSummary(vm["results"].as<std::string>());

    uint32_t regressions = 0;
    auto report = [&regressions](const GroupKey& key,
                                 const std::string& what,
                                 const std::string& before,
                                 const std::string& after,
                                 const std::string& verdict,
                                 bool bad) {
        regressions += bad ? 1 : 0;
        std::cout << std::left << std::setw(14) << std::get<0>(key) << " " << std::setw(12)
                  << (std::get<1>(key) + "->" + std::get<2>(key)) << " " << std::setw(9) << what
                  << " " << std::right << std::setw(10) << before << " -> " << std::setw(10)
                  << after << "  " << verdict << "\n";
    };
    for (const auto& [key, base] : baseline)
    {
        auto found = results.find(key);
        if (found == results.end())
        {
            report(key, "group", "present", "missing", "REGRESSION", true);
            continue;
        }
        const GroupFigures& now = found->second;
        report(key,
               "failures",
               std::to_string(base.failures),
               std::to_string(now.failures),
               now.failures > base.failures ? "REGRESSION" : "ok",
               now.failures > base.failures);
        const std::pair<const char*, std::pair<double, double>> metrics[] = {
            {"mean_ms", {base.meanMs, now.meanMs}},
            {"p95_ms", {base.p95Ms, now.p95Ms}}};
        for (const auto& [name, values] : metrics)
        {
            auto [before, after] = values;
            if (before < 0)
            {
                continue; // no latency in the baseline: nothing to hold the result to
            }
            if (after < 0)
            {
                report(key, name, Ms(before), Ms(after), "REGRESSION (no success)", true);
                continue;
            }
            bool slower = after > before * (1 + tolerance) + slack;
            bool faster = after < before * (1 - tolerance) - slack;
            std::string verdict = slower   ? "REGRESSION (slower)"
                                  : faster ? (twoSided ? "REGRESSION (faster)" : "faster")
                                           : "ok";
            report(key, name, Ms(before), Ms(after), verdict, slower || (faster && twoSided));
        }
    }
    for (const auto& [key, now] : results)
    {
        if (baseline.count(key) == 0)
        {
            report(key, "group", "absent", "new", "not in the baseline", false);
        }
    }
    if (regressions > 0)
    {
        std::cout << "regress: " << regressions << " regression(s) beyond "
                  << vm["tolerance"].as<double>() << " % + " << slack << " ms\n";
        return EXIT_REGRESSION;
    }
    std::cout << "regress: no regression (" << baseline.size() << " group(s) within "
              << vm["tolerance"].as<double>() << " % + " << slack << " ms)\n";
    return EXIT_OK;
}

} // namespace cli
} // namespace ns3
