/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_CLI_RUN_COMMAND_H
#define SECURE_HANDOVER_CLI_RUN_COMMAND_H

#include "subcommand.h"

#include "ns3/scenario-config.h"

namespace ns3
{
namespace cli
{

/**
 * \ingroup secure-handover
 * \brief "secure-handover run [options]": run one handover scenario and write
 *        DIR/handovers.csv, DIR/summary.json (and pcaps).
 *
 * The options are those of ns3::ScenarioConfig (one source of truth for names, help and
 * value checks); Boost.Program_options parses the command line, and the INI file of --config
 * is read line by line by ScenarioConfig::ReadIniFile (so every error names its line) and each
 * of its entries is stored through Boost after the command line, which therefore wins.
 */
class RunCommand : public Subcommand
{
  public:
    /** \copydoc Subcommand::Name */
    std::string Name() const override;

    /** \copydoc Subcommand::Summary */
    std::string Summary() const override;

    /** \copydoc Subcommand::Run */
    int Run(const std::vector<std::string>& args) override;

    /**
     * \brief Parse the arguments of 'run' (options, and the INI file of --config) into a
     *        validated scenario; shared with 'sweep', which checks every combination this way
     *        before it starts any run.
     * \param args the arguments that follow "run"
     * \param help set to true if --help was given (the help is then printed on stdout and the
     *        returned scenario is the default one)
     * \return the scenario
     * \throw UsageError on any bad option, value or file
     */
    static ScenarioConfig ParseScenario(const std::vector<std::string>& args, bool& help);
};

} // namespace cli
} // namespace ns3

#endif /* SECURE_HANDOVER_CLI_RUN_COMMAND_H */
