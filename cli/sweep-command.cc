/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "sweep-command.h"

#include "run-command.h"

#include "ns3/latency-recorder.h"
#include "ns3/scenario-config.h"

#include <boost/math/distributions/students_t.hpp>
#include <boost/program_options.hpp>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <tuple>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace ns3
{
namespace cli
{

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace
{

/// One --vary: an option of 'run' and the values it takes, in order.
struct Dimension
{
    std::string name;                //!< option name without dashes
    bool flag{false};                //!< a flag of 'run' (values true/false)
    std::vector<std::string> values; //!< the values
};

/// One run of the grid: its values, its RngRun, its directory and its process.
struct GridRun
{
    std::size_t combination{0};    //!< index of the combination of values
    uint64_t rngRun{1};            //!< RngRun
    std::vector<std::string> args; //!< arguments of 'run'
    fs::path dir;                  //!< where it writes
    pid_t pid{-1};                 //!< its process while it runs
    int status{-1};                //!< its exit code, or -1 if it did not exit normally
};

/// Options of 'run' that sweep sets itself in every run.
const std::set<std::string>&
ReservedOptions()
{
    static const std::set<std::string> reserved = {"run", "out", "quiet"};
    return reserved;
}

/**
 * \brief Parse "NAME=V1,V2,...".
 * \param text the --vary value
 * \return the dimension
 * \throw UsageError on an unknown or reserved option, or an empty value
 */
Dimension
ParseDimension(const std::string& text)
{
    auto equals = text.find('=');
    if (equals == std::string::npos || equals == 0)
    {
        throw UsageError("--vary '" + text + "': expected NAME=VALUE[,VALUE...]");
    }
    Dimension d;
    d.name = text.substr(0, equals);
    if (!ScenarioConfig::IsOption(d.name))
    {
        throw UsageError("--vary '" + text + "': 'run' has no option --" + d.name);
    }
    if (ReservedOptions().count(d.name) != 0)
    {
        throw UsageError("--vary '" + text + "': sweep sets --" + d.name + " itself");
    }
    for (const auto& option : ScenarioConfig::GetOptions())
    {
        d.flag = d.flag || (option.name == d.name && option.flag);
    }
    std::string values = text.substr(equals + 1);
    std::string::size_type begin = 0;
    while (true)
    {
        auto comma = values.find(',', begin);
        std::string value = values.substr(begin, comma - begin);
        if (value.empty())
        {
            throw UsageError("--vary '" + text + "': empty value");
        }
        d.values.push_back(value);
        if (comma == std::string::npos)
        {
            break;
        }
        begin = comma + 1;
    }
    return d;
}

/**
 * \param dimensions the grid
 * \return every combination (one value index per dimension), the last dimension fastest
 */
std::vector<std::vector<std::size_t>>
Combinations(const std::vector<Dimension>& dimensions)
{
    std::vector<std::vector<std::size_t>> result(1);
    for (const auto& d : dimensions)
    {
        std::vector<std::vector<std::size_t>> next;
        for (const auto& prefix : result)
        {
            for (std::size_t v = 0; v < d.values.size(); ++v)
            {
                next.push_back(prefix);
                next.back().push_back(v);
            }
        }
        result = next;
    }
    return result;
}

/// A directory name for a combination: name-value pairs, other characters replaced by '_'.
std::string
Label(const std::vector<Dimension>& dimensions, const std::vector<std::size_t>& combination)
{
    std::string label;
    for (std::size_t i = 0; i < dimensions.size(); ++i)
    {
        label += (i ? "_" : "") + dimensions[i].name + "-" + dimensions[i].values[combination[i]];
    }
    if (label.empty())
    {
        label = "base";
    }
    for (char& c : label)
    {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.' && c != '_')
        {
            c = '_';
        }
    }
    return label;
}

/**
 * \brief Start one run as a child process of this program, its output in DIR/log.txt.
 * \param self this program
 * \param run the run (pid set on success)
 */
void
Spawn(const fs::path& self, GridRun& run)
{
    std::vector<std::string> argv = {self.string(), "run"};
    argv.insert(argv.end(), run.args.begin(), run.args.end());
    std::vector<char*> cargv;
    for (auto& a : argv)
    {
        cargv.push_back(a.data());
    }
    cargv.push_back(nullptr);
    std::string log = (run.dir / "log.txt").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    int rc = posix_spawn(&run.pid, self.c_str(), &actions, nullptr, cargv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
    {
        throw std::runtime_error("cannot start '" + self.string() + "': " + std::strerror(rc));
    }
}

/// The last non-empty line of a file (a failed run's error line).
std::string
LastLine(const fs::path& file)
{
    std::ifstream in(file);
    std::string line;
    std::string last;
    while (std::getline(in, line))
    {
        if (!line.empty())
        {
            last = line;
        }
    }
    return last;
}

/// One row of sweep.csv: a combination and a (scheme, from, to) group, pooled over the runs.
struct SweepRow
{
    std::size_t combination{0}; //!< index of the combination
    HandoverSummary pooled;     //!< statistics over every handover of every run
    uint32_t runs{0};           //!< runs with at least one successful handover in the group
    double ci95Ms{-1};          //!< half-width of the 95 % CI of the mean of per-run means
};

/**
 * \param perRunMeans the mean latency of each run
 * \return the half-width of the 95 % confidence interval of their mean (Student's t), or -1
 *         with fewer than two runs
 */
double
ConfidenceHalfWidth(const std::vector<double>& perRunMeans)
{
    const std::size_t n = perRunMeans.size();
    if (n < 2)
    {
        return -1;
    }
    double mean = 0;
    for (double m : perRunMeans)
    {
        mean += m / n;
    }
    double squares = 0;
    for (double m : perRunMeans)
    {
        squares += (m - mean) * (m - mean);
    }
    double sd = std::sqrt(squares / (n - 1));
    boost::math::students_t t(static_cast<double>(n - 1));
    return boost::math::quantile(boost::math::complement(t, 0.025)) * sd / std::sqrt(n);
}

/**
 * \brief Pool the handovers.csv of every run of one combination.
 * \param combination its index
 * \param runs its runs
 * \return one row per (scheme, from, to)
 */
std::vector<SweepRow>
Pool(std::size_t combination, const std::vector<const GridRun*>& runs)
{
    Ptr<LatencyRecorder> pooled = CreateObject<LatencyRecorder>();
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<double>> means;
    for (const GridRun* run : runs)
    {
        fs::path csv = run->dir / "handovers.csv";
        std::ifstream in(csv);
        if (!in)
        {
            throw std::runtime_error("cannot read '" + csv.string() + "'");
        }
        Ptr<LatencyRecorder> single = CreateObject<LatencyRecorder>();
        for (const auto& record : LatencyRecorder::ReadCsv(in, csv.string()))
        {
            pooled->Record(record);
            single->Record(record);
        }
        for (const auto& s : single->Summarize())
        {
            if (s.count > 0)
            {
                means[{s.scheme, s.fromLink, s.toLink}].push_back(s.meanMs);
            }
        }
    }
    std::vector<SweepRow> rows;
    for (const auto& s : pooled->Summarize())
    {
        SweepRow row;
        row.combination = combination;
        row.pooled = s;
        const auto& m = means[{s.scheme, s.fromLink, s.toLink}];
        row.runs = static_cast<uint32_t>(m.size());
        row.ci95Ms = ConfidenceHalfWidth(m);
        rows.push_back(row);
    }
    return rows;
}

} // namespace

std::string
SweepCommand::Name() const
{
    return "sweep";
}

std::string
SweepCommand::Summary() const
{
    return "run a grid of scenarios over several seeds in parallel; write sweep.csv";
}

int
SweepCommand::Run(const std::vector<std::string>& args)
{
    po::options_description desc("Options of 'sweep' (every other option goes to each 'run')");
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    desc.add_options()("help,h", "print this help and exit")(
        "vary",
        po::value<std::vector<std::string>>()->composing()->value_name("NAME=V1,V2"),
        "an option of 'run' and its values (repeatable: the grid is the product)")(
        "runs",
        po::value<uint32_t>()->default_value(3)->value_name("N"),
        "runs of each combination, RngRun = first-run ... first-run + N - 1")(
        "first-run",
        po::value<uint64_t>()->default_value(1)->value_name("R"),
        "the first RngRun")("jobs",
                            po::value<uint32_t>()->default_value(cores)->value_name("J"),
                            "runs at the same time (default: the number of cores)")(
        "out",
        po::value<std::string>()->default_value("sweep")->value_name("DIR"),
        "output directory: DIR/sweep.csv and DIR/<combination>/run-<r>/");
    po::parsed_options parsed = po::command_line_parser(args)
                                    .options(desc)
                                    .style(CommandLineStyle())
                                    .allow_unregistered()
                                    .run();
    for (const auto& option : parsed.options)
    {
        if (option.unregistered && ReservedOptions().count(option.string_key) != 0)
        {
            throw UsageError("sweep sets --" + option.string_key +
                             " of each run itself; see 'sweep --help'");
        }
    }
    std::vector<std::string> passed =
        po::collect_unrecognized(parsed.options, po::include_positional);
    po::variables_map vm;
    po::store(parsed, vm);
    po::notify(vm);
    if (vm.count("help"))
    {
        std::cout << "Usage: " << PROGRAM_NAME
                  << " sweep [--vary NAME=V1,V2 ...] [--runs N] [--jobs J] [--out DIR] [run "
                     "options]\n\n"
                  << "Run every combination of the --vary values N times (one process per run,\n"
                  << "J at a time), then pool each combination's handovers into DIR/sweep.csv:\n"
                  << "count, failures, mean with a 95 % confidence interval over the runs,\n"
                  << "p50, p95 and max latency, per scheme and link pair.\n\n"
                  << desc << "\n";
        return EXIT_OK;
    }
    const uint32_t runsPerCombination = vm["runs"].as<uint32_t>();
    const uint64_t firstRun = vm["first-run"].as<uint64_t>();
    const uint32_t jobs = vm["jobs"].as<uint32_t>();
    const fs::path out = vm["out"].as<std::string>();
    if (runsPerCombination == 0 || jobs == 0)
    {
        throw UsageError("--runs and --jobs must be at least 1");
    }
    std::vector<Dimension> dimensions;
    if (vm.count("vary"))
    {
        for (const auto& text : vm["vary"].as<std::vector<std::string>>())
        {
            dimensions.push_back(ParseDimension(text));
            for (std::size_t i = 0; i + 1 < dimensions.size(); ++i)
            {
                if (dimensions[i].name == dimensions.back().name)
                {
                    throw UsageError("--vary " + dimensions[i].name + " is given twice");
                }
            }
        }
    }

    // Every run's arguments are checked, the way 'run' will read them, before any starts.
    const auto combinations = Combinations(dimensions);
    std::vector<GridRun> grid;
    for (std::size_t c = 0; c < combinations.size(); ++c)
    {
        for (uint32_t r = 0; r < runsPerCombination; ++r)
        {
            GridRun run;
            run.combination = c;
            run.rngRun = firstRun + r;
            run.dir =
                out / Label(dimensions, combinations[c]) / ("run-" + std::to_string(run.rngRun));
            run.args = passed;
            for (std::size_t i = 0; i < dimensions.size(); ++i)
            {
                const std::string& value = dimensions[i].values[combinations[c][i]];
                if (!dimensions[i].flag)
                {
                    run.args.insert(run.args.end(), {"--" + dimensions[i].name, value});
                }
                else if (value == "true" || value == "1" || value == "yes" || value == "on")
                {
                    run.args.push_back("--" + dimensions[i].name);
                }
                else if (value != "false" && value != "0" && value != "no" && value != "off")
                {
                    throw UsageError("--vary " + dimensions[i].name + ": '" + value +
                                     "' is not true or false");
                }
            }
            run.args.insert(
                run.args.end(),
                {"--run", std::to_string(run.rngRun), "--out", run.dir.string(), "--quiet"});
            bool help = false;
            RunCommand::ParseScenario(run.args, help);
            grid.push_back(run);
        }
    }

    const fs::path self = fs::read_symlink("/proc/self/exe");
    for (auto& run : grid)
    {
        fs::create_directories(run.dir);
    }
    const bool progress = isatty(STDERR_FILENO) != 0;
    std::size_t next = 0;
    std::size_t running = 0;
    std::size_t done = 0;
    while (done < grid.size())
    {
        while (running < jobs && next < grid.size())
        {
            Spawn(self, grid[next++]);
            ++running;
        }
        int status = 0;
        pid_t pid = waitpid(-1, &status, 0);
        if (pid < 0)
        {
            throw std::runtime_error(std::string("waitpid: ") + std::strerror(errno));
        }
        for (auto& run : grid)
        {
            if (run.pid == pid)
            {
                run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
                run.pid = -1;
                --running;
                ++done;
            }
        }
        if (progress)
        {
            std::cerr << "\rsweep: " << done << "/" << grid.size() << " runs done" << std::flush;
        }
    }
    if (progress)
    {
        std::cerr << "\n";
    }
    std::size_t failed = 0;
    const GridRun* firstFailure = nullptr;
    for (const auto& run : grid)
    {
        if (run.status != 0)
        {
            ++failed;
            firstFailure = firstFailure ? firstFailure : &run;
        }
    }
    if (firstFailure)
    {
        throw std::runtime_error(std::to_string(failed) + " of " + std::to_string(grid.size()) +
                                 " runs failed; " + (firstFailure->dir / "log.txt").string() +
                                 ": " + LastLine(firstFailure->dir / "log.txt"));
    }

    std::vector<SweepRow> rows;
    for (std::size_t c = 0; c < combinations.size(); ++c)
    {
        std::vector<const GridRun*> runs;
        for (const auto& run : grid)
        {
            if (run.combination == c)
            {
                runs.push_back(&run);
            }
        }
        auto pooled = Pool(c, runs);
        rows.insert(rows.end(), pooled.begin(), pooled.end());
    }

    std::ostringstream csv;
    for (const auto& d : dimensions)
    {
        csv << d.name << ",";
    }
    csv << "scheme,from_link,to_link,runs,count,failures,mean_ms,ci95_ms,p50_ms,p95_ms,max_ms,"
           "lost_packets\n";
    for (const auto& row : rows)
    {
        for (std::size_t i = 0; i < dimensions.size(); ++i)
        {
            csv << dimensions[i].values[combinations[row.combination][i]] << ",";
        }
        const HandoverSummary& s = row.pooled;
        bool any = s.count > 0;
        csv << s.scheme << "," << s.fromLink << "," << s.toLink << "," << row.runs << "," << s.count
            << "," << s.failures << "," << LatencyRecorder::FormatMs(any ? s.meanMs : -1) << ","
            << LatencyRecorder::FormatMs(row.ci95Ms) << ","
            << LatencyRecorder::FormatMs(any ? s.p50Ms : -1) << ","
            << LatencyRecorder::FormatMs(any ? s.p95Ms : -1) << ","
            << LatencyRecorder::FormatMs(any ? s.maxMs : -1) << "," << s.lostPackets << "\n";
    }
    fs::path csvPath = out / "sweep.csv";
    std::ofstream file(csvPath, std::ios::binary | std::ios::trunc);
    file << csv.str();
    file.close();
    if (!file)
    {
        throw std::runtime_error("cannot write '" + csvPath.string() + "'");
    }

    std::cout << "secure-handover sweep: " << combinations.size() << " combination(s) x "
              << runsPerCombination << " run(s), " << std::min<std::size_t>(jobs, grid.size())
              << " at a time\n";
    std::cout << std::left;
    for (const auto& row : rows)
    {
        std::string label = Label(dimensions, combinations[row.combination]);
        const HandoverSummary& s = row.pooled;
        std::cout << std::setw(28) << label << " " << std::setw(19) << s.scheme << " "
                  << std::setw(12) << (s.fromLink + "->" + s.toLink) << " n=" << std::setw(4)
                  << s.count << " failed=" << std::setw(3) << s.failures << " mean " << std::setw(9)
                  << (s.count ? LatencyRecorder::FormatMs(s.meanMs) : "-") << " ms";
        if (row.ci95Ms >= 0)
        {
            std::cout << " +- " << LatencyRecorder::FormatMs(row.ci95Ms);
        }
        std::cout << "\n";
    }
    std::cout << "wrote " << csvPath.string() << "\n";
    return EXIT_OK;
}

} // namespace cli
} // namespace ns3
