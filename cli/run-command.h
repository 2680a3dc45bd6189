/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_CLI_RUN_COMMAND_H
#define SECURE_HANDOVER_CLI_RUN_COMMAND_H

#include "subcommand.h"

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
};

} // namespace cli
} // namespace ns3

#endif /* SECURE_HANDOVER_CLI_RUN_COMMAND_H */
