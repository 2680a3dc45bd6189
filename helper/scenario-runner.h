/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_SCENARIO_RUNNER_H
#define SECURE_HANDOVER_SCENARIO_RUNNER_H

#include "scenario-config.h"

#include "ns3/latency-recorder.h"
#include "ns3/ptr.h"

#include <ostream>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief What one scenario run produced.
 */
struct ScenarioResult
{
    Ptr<LatencyRecorder> recorder; //!< every handover record (still valid after the run)
    uint32_t scheduled{0};         //!< scripted handovers scheduled
    std::string outDir;            //!< where handovers.csv and summary.json were written
};

/**
 * \ingroup secure-handover
 * \brief Runs one scenario from a ScenarioConfig: seeds, --set attributes, topology
 *        (HandoverScenarioHelper), simulation, and the output files. This is the whole of
 *        `secure-handover run` apart from option parsing, so tests and programs can call it.
 */
class ScenarioRunner
{
  public:
    /**
     * \param config the scenario
     */
    explicit ScenarioRunner(const ScenarioConfig& config);

    /**
     * \brief Print a progress line while the simulation runs (about once per wall second,
     *        only when the run takes more than a second).
     * \param os the stream (nullptr: none)
     * \param overwrite end lines with '\\r' (a terminal) rather than '\\n'
     */
    void SetProgress(std::ostream* os, bool overwrite);

    /**
     * \brief Run the scenario, write DIR/handovers.csv and DIR/summary.json (and pcaps), and
     *        destroy the simulation.
     * \return the result
     * \throw ScenarioConfigError for a bad option or --set, std::runtime_error if the outputs
     *        cannot be written
     */
    ScenarioResult Run();

    /**
     * \brief Apply NAME=VALUE settings: ns3::Type::Attribute names go to Config::SetDefault (or
     *        a GlobalValue), /paths to Config::Set.
     * \param settings the settings
     * \param paths true to apply only /paths (after the topology exists), false for the others
     * \throw ScenarioConfigError naming the setting that matched nothing or had a bad value
     */
    static void ApplyAttributes(const std::vector<std::string>& settings, bool paths);

  private:
    /// Print one progress line and reschedule.
    void Progress();

    ScenarioConfig m_config;         //!< the scenario
    std::ostream* m_progress;        //!< progress stream
    bool m_overwrite;                //!< '\\r' progress lines
    bool m_printed;                  //!< a progress line was printed
    double m_wallStart;              //!< wall-clock start (s)
    double m_wallLast;               //!< wall-clock time of the last line (s)
    Ptr<LatencyRecorder> m_recorder; //!< the run's recorder
};

} // namespace ns3

#endif /* SECURE_HANDOVER_SCENARIO_RUNNER_H */
