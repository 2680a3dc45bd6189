/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// secure-handover: the command-line front end of the module.
//
//   secure-handover [--help] [--version] SUBCOMMAND [ARGS...]
//
// Exit status: 0 success, 1 a cryptographic operation (or a run) failed, 2 a bad command line,
// 3 regress found a regression. Every error is one line "secure-handover: error: ..." on stderr.

#include "subcommand.h"

#include "ns3/crypto-error.h"

#include <boost/program_options.hpp>
#include <iostream>
#include <openssl/opensslv.h>
#include <string>
#include <vector>

namespace
{

namespace po = boost::program_options;
using namespace ns3::cli;

/// The version of the secure-handover module that this program belongs to.
constexpr const char* VERSION = "0.1.0";

/**
 * \brief Print the program's usage.
 * \param out the stream
 * \param options the visible options
 * \param registry the subcommands
 */
void
PrintUsage(std::ostream& out,
           const po::options_description& options,
           const SubcommandRegistry& registry)
{
    out << "Usage: " << PROGRAM_NAME << " [--help] [--version] SUBCOMMAND [ARGS...]\n\n"
        << "Security of handovers (ns-3 module secure-handover), from the command line.\n\n"
        << "Subcommands:\n";
    for (const auto& subcommand : registry.GetAll())
    {
        std::string name = subcommand->Name();
        out << "  " << name << std::string(name.size() < 12 ? 12 - name.size() : 1, ' ')
            << subcommand->Summary() << "\n";
    }
    out << "\n"
        << options << "\n"
        << "Run '" << PROGRAM_NAME << " SUBCOMMAND --help' for the options of a subcommand.\n"
        << "Exit status: 0 success, 1 a cryptographic operation (or a run) failed, 2 a bad\n"
        << "command line, 3 regress found a regression.\n";
}

/**
 * \brief Parse the program's own options and dispatch to a subcommand.
 * \param argc argument count
 * \param argv arguments
 * \return the exit code
 */
int
Main(int argc, char* argv[])
{
    SubcommandRegistry registry;
    RegisterSubcommands(registry);

    po::options_description options("Options");
    options.add_options()("help,h", "print this help and exit")("version",
                                                                "print the version and exit");
    po::options_description hidden;
    hidden.add_options()("subcommand", po::value<std::string>(), "the subcommand")(
        "args",
        po::value<std::vector<std::string>>(),
        "its arguments");
    po::options_description all;
    all.add(options).add(hidden);
    po::positional_options_description positional;
    positional.add("subcommand", 1).add("args", -1);

    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv)
                  .options(all)
                  .positional(positional)
                  .extra_style_parser(&StopAtFirstPositional)
                  .style(CommandLineStyle())
                  .run(),
              vm);
    po::notify(vm);

    if (vm.count("help"))
    {
        PrintUsage(std::cout, options, registry);
        return EXIT_OK;
    }
    if (vm.count("version"))
    {
        std::cout << PROGRAM_NAME << " " << VERSION << " (built with " << OPENSSL_VERSION_TEXT
                  << ")\n";
        return EXIT_OK;
    }
    if (!vm.count("subcommand"))
    {
        throw UsageError(std::string("no subcommand given; try '") + PROGRAM_NAME + " --help'");
    }
    const std::string name = vm["subcommand"].as<std::string>();
    Subcommand* subcommand = registry.Find(name);
    if (subcommand == nullptr)
    {
        throw UsageError("unknown subcommand '" + name + "'; try '" + PROGRAM_NAME + " --help'");
    }
    std::vector<std::string> args;
    if (vm.count("args"))
    {
        args = vm["args"].as<std::vector<std::string>>();
    }
    return subcommand->Run(args);
}

/**
 * \brief Print one error line on stderr.
 * \param message the description; line breaks in it are replaced by spaces
 * \param code the exit code to return
 * \return code
 */
int
Fail(std::string message, int code)
{
    for (char& c : message)
    {
        if (c == '\n' || c == '\r')
        {
            c = ' ';
        }
    }
    std::cerr << PROGRAM_NAME << ": error: " << message << std::endl;
    return code;
}

} // namespace

int
main(int argc, char* argv[])
{
    try
    {
        return Main(argc, argv);
    }
    catch (const po::error& e)
    {
        return Fail(e.what(), EXIT_USAGE);
    }
    catch (const UsageError& e)
    {
        return Fail(e.what(), EXIT_USAGE);
    }
    catch (const ns3::crypto::CryptoError& e)
    {
        return Fail(e.what(), EXIT_CRYPTO_FAILURE);
    }
    catch (const std::exception& e)
    {
        return Fail(e.what(), EXIT_CRYPTO_FAILURE);
    }
}
