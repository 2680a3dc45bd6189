/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_CLI_SWEEP_COMMAND_H
#define SECURE_HANDOVER_CLI_SWEEP_COMMAND_H

#include "subcommand.h"

namespace ns3
{
namespace cli
{

/**
 * \ingroup secure-handover
 * \brief `secure-handover sweep`: a grid of `run` scenarios over several RngRun values, run as
 *        parallel processes (ns-3's simulator is one per process), pooled into sweep.csv.
 *
 * Every combination of the --vary values is run --runs times (RngRun = first-run, ...); each
 * run writes its own DIR/<combination>/run-<r>/ (handovers.csv, summary.json, log.txt). The
 * rows of every run of a combination are then summarised together, with a 95 % confidence
 * interval (Student's t) of the mean over the per-run means.
 */
class SweepCommand : public Subcommand
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

#endif /* SECURE_HANDOVER_CLI_SWEEP_COMMAND_H */
