/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_LATENCY_RECORDER_H
#define SECURE_HANDOVER_LATENCY_RECORDER_H

#include "handover-record.h"

#include "ns3/object.h"
#include "ns3/traced-callback.h"

#include <map>
#include <ostream>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Latency statistics of one scheme on one link pair.
 */
struct HandoverSummary
{
    std::string scheme;                      //!< scheme name
    std::string fromLink;                    //!< link type left
    std::string toLink;                      //!< link type reached
    uint32_t count{0};                       //!< handovers that succeeded (the latency sample)
    uint32_t failures{0};                    //!< handovers that failed
    double meanMs{0};                        //!< mean latency of the successful handovers
    double p50Ms{0};                         //!< median latency (nearest rank)
    double p95Ms{0};                         //!< 95th percentile latency (nearest rank)
    double maxMs{0};                         //!< largest latency
    uint64_t lostPackets{0};                 //!< data packets lost over all handovers
    std::map<std::string, uint32_t> reasons; //!< failure reasons and their counts
};

/**
 * \ingroup secure-handover
 * \brief Collects one HandoverRecord per handover, traces it, and writes handovers.csv and
 *        summary.json.
 *
 * The handover managers of all mobile nodes of a scenario report to one recorder. Records are
 * kept in the order they complete; the writers sort them by (start, mn, handover) so the files
 * are byte-identical for the same seed and run.
 */
class LatencyRecorder : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    LatencyRecorder();
    ~LatencyRecorder() override;

    /**
     * TracedCallback signature for a completed handover.
     * \param [in] record the record
     */
    typedef void (*HandoverTracedCallback)(const HandoverRecord& record);

    /**
     * \brief Store a completed (or failed) handover and fire the Handover trace.
     * \param record the record
     */
    void Record(const HandoverRecord& record);

    /**
     * \brief Correct the loss of a recorded handover: packets of its gap arrived after it ended.
     * \param mn the MN index
     * \param handover the handover index of that MN
     * \param lostPackets the new count
     * \return false if no such record is stored
     */
    bool UpdateLostPackets(uint32_t mn, uint32_t handover, uint32_t lostPackets);

    /**
     * \return the records, in completion order
     */
    const std::vector<HandoverRecord>& GetRecords() const;

    /**
     * \return the records sorted by (start, mn, handover)
     */
    std::vector<HandoverRecord> GetSortedRecords() const;

    /**
     * \return per (scheme, from_link, to_link) statistics, sorted by that key
     */
    std::vector<HandoverSummary> Summarize() const;

    /**
     * \return the CSV header line of handovers.csv (without newline)
     */
    static std::string GetCsvHeader();

    /**
     * \brief The millisecond format of the module's CSV files (handovers.csv, the CLI's
     *        sweep.csv): three decimals, microsecond resolution.
     * \param ms a duration in milliseconds
     * \return its text, or empty if negative (not applicable)
     */
    static std::string FormatMs(double ms);

    /**
     * \brief Write handovers.csv: the header and one row per handover.
     * \param os the stream
     */
    void WriteCsv(std::ostream& os) const;

    /**
     * \brief Read a handovers.csv written by WriteCsv back into records, so that tools which
     *        pool several runs (the CLI's sweep) summarise them with this class's statistics.
     *
     * What the CSV keeps comes back: the identifiers, the times (microseconds), the latency,
     * each phase's duration, the lost packets, the result and the security columns; the
     * absolute times of the last old and first new data packets do not (the latency is kept
     * as firstNewData - start). WriteCsv of what ReadCsv returns gives the same text.
     * \param is the stream
     * \param name the file name, for error messages
     * \return the records, in file order
     * \throw std::runtime_error "name:line: message" on a wrong header, a wrong number of
     *        fields or a malformed value
     */
    static std::vector<HandoverRecord> ReadCsv(std::istream& is, const std::string& name);

    /**
     * \brief Write summary.json (nlohmann::json): metadata and one entry per scheme and link pair.
     * \param os the stream
     * \param metadata string pairs stored under "scenario" (seed, run, links, ...)
     */
    void WriteSummaryJson(std::ostream& os,
                          const std::map<std::string, std::string>& metadata = {}) const;

    /**
     * \brief Print the compact latency table (one line per scheme and link pair).
     * \param os the stream
     */
    void PrintTable(std::ostream& os) const;

    /**
     * \brief Write handovers.csv and summary.json into a directory, creating it if needed.
     * \param dir the directory
     * \param metadata see WriteSummaryJson
     * \return an empty string on success, else a one-line error
     */
    std::string WriteFiles(const std::string& dir,
                           const std::map<std::string, std::string>& metadata = {}) const;

    /// Forget all records.
    void Clear();

  private:
    std::vector<HandoverRecord> m_records;                 //!< completed handovers
    TracedCallback<const HandoverRecord&> m_handoverTrace; //!< fired by Record
};

} // namespace ns3

#endif /* SECURE_HANDOVER_LATENCY_RECORDER_H */
