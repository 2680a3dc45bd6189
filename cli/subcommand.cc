/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "subcommand.h"

#include "regress-command.h"
#include "run-command.h"
#include "sweep-command.h"
#include "vectors-command.h"

#include <climits>
#include <utility>

namespace ns3
{
namespace cli
{

namespace po = boost::program_options;

UsageError::UsageError(const std::string& what)
    : std::runtime_error(what)
{
}

void
SubcommandRegistry::Add(std::unique_ptr<Subcommand> subcommand)
{
    if (Find(subcommand->Name()) != nullptr)
    {
        throw std::logic_error("subcommand registered twice: " + subcommand->Name());
    }
    m_subcommands.push_back(std::move(subcommand));
}

Subcommand*
SubcommandRegistry::Find(const std::string& name) const
{
    for (const auto& subcommand : m_subcommands)
    {
        if (subcommand->Name() == name)
        {
            return subcommand.get();
        }
    }
    return nullptr;
}

const std::vector<std::unique_ptr<Subcommand>>&
SubcommandRegistry::GetAll() const
{
    return m_subcommands;
}

void
RegisterSubcommands(SubcommandRegistry& registry)
{
    // One line per subcommand, in the order --help lists them.
    registry.Add(std::make_unique<VectorsCommand>());
    registry.Add(std::make_unique<RunCommand>());
    registry.Add(std::make_unique<SweepCommand>());
    registry.Add(std::make_unique<RegressCommand>());
}

std::vector<po::option>
StopAtFirstPositional(std::vector<std::string>& args)
{
    std::vector<po::option> result;
    if (args.empty() || (!args.front().empty() && args.front()[0] == '-'))
    {
        return result; // an option (or "--"): leave it to the ordinary parsers
    }
    for (const auto& token : args)
    {
        po::option positional;
        positional.value.push_back(token);
        positional.original_tokens.push_back(token);
        positional.position_key = INT_MAX; // positional; the parser numbers it
        result.push_back(positional);
    }
    args.clear();
    return result;
}

int
CommandLineStyle()
{
    return po::command_line_style::unix_style & ~po::command_line_style::allow_guessing;
}

void
StoreOptionsOnly(const std::vector<std::string>& args,
                 const po::options_description& desc,
                 const std::string& subcommand,
                 po::variables_map& vm)
{
    po::parsed_options parsed =
        po::command_line_parser(args).options(desc).style(CommandLineStyle()).run();
    for (const auto& option : parsed.options)
    {
        if (option.position_key >= 0)
        {
            throw UsageError("unexpected argument '" + option.value.front() + "'; '" + subcommand +
                             "' takes only options");
        }
    }
    po::store(parsed, vm);
}

} // namespace cli
} // namespace ns3
