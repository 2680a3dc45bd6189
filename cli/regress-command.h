/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_CLI_REGRESS_COMMAND_H
#define SECURE_HANDOVER_CLI_REGRESS_COMMAND_H

#include "subcommand.h"

namespace ns3
{
namespace cli
{

/// Exit code of 'regress' when a result is worse than its baseline.
constexpr int EXIT_REGRESSION = 3;

/**
 * \ingroup secure-handover
 * \brief `secure-handover regress`: compare a run's summary.json with a baseline summary.json,
 *        for CI. Per (scheme, from_link, to_link) group, the mean and p95 latency may exceed
 *        the baseline by --tolerance percent plus --slack-ms; more failures than the baseline,
 *        or a group that disappeared, is a regression too. Exit code 3 on any regression.
 */
class RegressCommand : public Subcommand
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

#endif /* SECURE_HANDOVER_CLI_REGRESS_COMMAND_H */
