/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "latency-recorder.h"

#include "ns3/log.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("LatencyRecorder");

NS_OBJECT_ENSURE_REGISTERED(LatencyRecorder);

namespace
{

/// Format seconds with six decimals.
std::string
FormatSeconds(Time t)
{
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.6f", t.GetSeconds());
    return buffer;
}

/// Round to microseconds of a millisecond value, so JSON numbers stay short and stable.
double
RoundMs(double ms)
{
    return std::round(ms * 1000.0) / 1000.0;
}

/// Nearest-rank percentile of a sorted, non-empty sample.
double
Percentile(const std::vector<double>& sorted, double p)
{
    auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * sorted.size()));
    rank = std::max<std::size_t>(rank, 1);
    return sorted[std::min(rank, sorted.size()) - 1];
}

} // namespace

TypeId
LatencyRecorder::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::LatencyRecorder")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<LatencyRecorder>()
            .AddTraceSource("Handover",
                            "A handover completed or failed; the record has every phase.",
                            MakeTraceSourceAccessor(&LatencyRecorder::m_handoverTrace),
                            "ns3::LatencyRecorder::HandoverTracedCallback");
    return tid;
}

LatencyRecorder::LatencyRecorder()
{
    NS_LOG_FUNCTION(this);
}

LatencyRecorder::~LatencyRecorder()
{
    NS_LOG_FUNCTION(this);
}

void
LatencyRecorder::Record(const HandoverRecord& record)
{
    NS_LOG_FUNCTION(this << record.mn << record.handover << record.result);
    m_records.push_back(record);
    m_handoverTrace(record);
}

bool
LatencyRecorder::UpdateLostPackets(uint32_t mn, uint32_t handover, uint32_t lostPackets)
{
    NS_LOG_FUNCTION(this << mn << handover << lostPackets);
    for (auto it = m_records.rbegin(); it != m_records.rend(); ++it)
    {
        if (it->mn == mn && it->handover == handover)
        {
            it->lostPackets = lostPackets;
            return true;
        }
    }
    return false;
}

const std::vector<HandoverRecord>&
LatencyRecorder::GetRecords() const
{
    return m_records;
}

std::vector<HandoverRecord>
LatencyRecorder::GetSortedRecords() const
{
    std::vector<HandoverRecord> sorted = m_records;
    std::stable_sort(sorted.begin(),
                     sorted.end(),
                     [](const HandoverRecord& a, const HandoverRecord& b) {
                         return std::make_tuple(a.start, a.mn, a.handover) <
                                std::make_tuple(b.start, b.mn, b.handover);
                     });
    return sorted;
}

void
LatencyRecorder::Clear()
{
    m_records.clear();
}

std::vector<HandoverSummary>
LatencyRecorder::Summarize() const
{
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<const HandoverRecord*>>
        groups;
    for (const auto& record : m_records)
    {
        groups[{record.scheme, record.fromLink, record.toLink}].push_back(&record);
    }
    std::vector<HandoverSummary> result;
    for (const auto& [key, records] : groups)
    {
        HandoverSummary summary;
        std::tie(summary.scheme, summary.fromLink, summary.toLink) = key;
        std::vector<double> sample;
        for (const auto* record : records)
        {
            summary.lostPackets += record->lostPackets;
            if (record->IsOk())
            {
                sample.push_back(record->GetLatencyMs());
            }
            else
            {
                ++summary.failures;
                std::string reason = record->result;
                const std::string prefix = "failed:";
                if (reason.compare(0, prefix.size(), prefix) == 0)
                {
                    reason = reason.substr(prefix.size());
                }
                ++summary.reasons[reason];
            }
        }
        summary.count = static_cast<uint32_t>(sample.size());
        if (!sample.empty())
        {
            std::sort(sample.begin(), sample.end());
            double sum = 0;
            for (double v : sample)
            {
                sum += v;
            }
            summary.meanMs = sum / sample.size();
            summary.p50Ms = Percentile(sample, 50);
            summary.p95Ms = Percentile(sample, 95);
            summary.maxMs = sample.back();
        }
        result.push_back(summary);
    }
    return result;
}

std::string
LatencyRecorder::FormatMs(double ms)
{
    if (ms < 0)
    {
        return "";
    }
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%.3f", ms);
    return buffer;
}

std::string
LatencyRecorder::GetCsvHeader()
{
    std::string header =
        "run,mn,handover,scheme,from_link,to_link,start_s,end_s,latency_ms,lost_packets,result";
    for (std::size_t i = 0; i < HANDOVER_PHASE_COUNT; ++i)
    {
        header += "," + HandoverPhaseName(HandoverPhaseFromIndex(i)) + "_ms";
    }
    header += ",sa_method,chain_hops,exposed,mis_signalling_ms"
              ",hk_source,hkp_ms,fbu_auth,tunnelled_packets"
              ",tek_source,interruption_ms,resync_ms,resync_attempts,dropped_pdus,replays_detected";
    return header;
}

void
LatencyRecorder::WriteCsv(std::ostream& os) const
{
    os << GetCsvHeader() << "\n";
    for (const auto& r : GetSortedRecords())
    {
        os << r.run << "," << r.mn << "," << r.handover << "," << r.scheme << "," << r.fromLink
           << "," << r.toLink << "," << FormatSeconds(r.start) << "," << FormatSeconds(r.end) << ","
           << FormatMs(r.GetLatencyMs()) << "," << r.lostPackets << "," << r.result;
        for (std::size_t i = 0; i < HANDOVER_PHASE_COUNT; ++i)
        {
            os << "," << FormatMs(r.GetPhaseMs(HandoverPhaseFromIndex(i)));
        }
        const HandoverSecurityRecord& sec = r.security;
        os << "," << sec.saMethod << "," << sec.chainHops << "," << (sec.exposed ? 1 : 0) << ","
           << FormatMs(sec.misSignallingMs) << "," << sec.hkSource << "," << FormatMs(sec.hkpMs)
           << "," << sec.fbuAuth << "," << sec.tunnelledPackets << "," << sec.tekSource << ","
           << FormatMs(sec.interruptionMs) << "," << FormatMs(sec.resyncMs) << ","
           << sec.resyncAttempts << "," << sec.droppedPdus << "," << sec.replaysDetected;
        os << "\n";
    }
}

namespace
{

/// Split one CSV line on commas (handovers.csv has no quoted fields).
std::vector<std::string>
SplitCsvLine(const std::string& line)
{
    std::vector<std::string> fields;
    std::string::size_type begin = 0;
    while (true)
    {
        std::string::size_type comma = line.find(',', begin);
        fields.push_back(line.substr(begin, comma - begin));
        if (comma == std::string::npos)
        {
            return fields;
        }
        begin = comma + 1;
    }
}

/// Reads the fields of one handovers.csv row in order, with errors that name the file and line.
class CsvRowReader
{
  public:
    CsvRowReader(std::vector<std::string> fields, std::string where)
        : m_fields(std::move(fields)),
          m_where(std::move(where))
    {
    }

    std::string Text()
    {
        return m_fields.at(m_next++);
    }

    uint64_t Unsigned()
    {
        const std::string& field = m_fields.at(m_next++);
        std::size_t used = 0;
        uint64_t value = 0;
        try
        {
            value = std::stoull(field, &used);
        }
        catch (const std::exception&)
        {
            used = 0;
        }
        if (field.empty() || used != field.size() || field[0] == '-')
        {
            Fail("'" + field + "' is not a non-negative integer");
        }
        return value;
    }

    /// A decimal number; an empty field gives the value -1 (not applicable).
    double Decimal()
    {
        const std::string& field = m_fields.at(m_next++);
        if (field.empty())
        {
            return -1.0;
        }
        std::size_t used = 0;
        double value = 0;
        try
        {
            value = std::stod(field, &used);
        }
        catch (const std::exception&)
        {
            used = 0;
        }
        if (used != field.size() || !std::isfinite(value) || value < 0)
        {
            Fail("'" + field + "' is not a non-negative decimal number");
        }
        return value;
    }

    /// A duration in milliseconds (three decimals) as a Time, rounded to the microsecond.
    static Time FromMs(double ms)
    {
        return MicroSeconds(static_cast<int64_t>(std::llround(ms * 1000.0)));
    }

    [[noreturn]] void Fail(const std::string& message) const
    {
        throw std::runtime_error(m_where + ": field " + std::to_string(m_next) + ": " + message);
    }

  private:
    std::vector<std::string> m_fields; //!< the row's fields
    std::string m_where;               //!< "file:line"
    std::size_t m_next{0};             //!< the next field to read
};

} // namespace

std::vector<HandoverRecord>
LatencyRecorder::ReadCsv(std::istream& is, const std::string& name)
{
    std::vector<HandoverRecord> records;
    std::string line;
    if (!std::getline(is, line) || line != GetCsvHeader())
    {
        throw std::runtime_error(name + ":1: not a handovers.csv header (or another version's)");
    }
    const std::size_t columns = SplitCsvLine(GetCsvHeader()).size();
    uint32_t lineNumber = 1;
    while (std::getline(is, line))
    {
        ++lineNumber;
        if (line.empty())
        {
            continue;
        }
        std::vector<std::string> fields = SplitCsvLine(line);
        std::string where = name + ":" + std::to_string(lineNumber);
        if (fields.size() != columns)
        {
            throw std::runtime_error(where + ": " + std::to_string(fields.size()) +
                                     " fields instead of " + std::to_string(columns));
        }
        CsvRowReader row(std::move(fields), where);
        HandoverRecord r;
        r.run = row.Unsigned();
        r.mn = static_cast<uint32_t>(row.Unsigned());
        r.handover = static_cast<uint32_t>(row.Unsigned());
        r.scheme = row.Text();
        r.fromLink = row.Text();
        r.toLink = row.Text();
        r.start = CsvRowReader::FromMs(row.Decimal() * 1000.0);
        r.end = CsvRowReader::FromMs(row.Decimal() * 1000.0);
        double latency = row.Decimal();
        r.lostPackets = static_cast<uint32_t>(row.Unsigned());
        r.result = row.Text();
        if (latency >= 0)
        {
            r.hasFirstNewData = true;
            r.firstNewData = r.start + CsvRowReader::FromMs(latency);
        }
        for (std::size_t i = 0; i < HANDOVER_PHASE_COUNT; ++i)
        {
            double ms = row.Decimal();
            r.phaseRan[i] = ms >= 0;
            r.phaseStart[i] = r.start;
            r.phaseEnd[i] = r.start + CsvRowReader::FromMs(std::max(ms, 0.0));
        }
        HandoverSecurityRecord& sec = r.security;
        sec.saMethod = row.Text();
        sec.chainHops = static_cast<uint32_t>(row.Unsigned());
        sec.exposed = row.Unsigned() != 0;
        sec.misSignallingMs = row.Decimal();
        sec.hkSource = row.Text();
        sec.hkpMs = row.Decimal();
        sec.fbuAuth = row.Text();
        sec.tunnelledPackets = static_cast<uint32_t>(row.Unsigned());
        sec.tekSource = row.Text();
        sec.interruptionMs = row.Decimal();
        sec.resyncMs = row.Decimal();
        sec.resyncAttempts = static_cast<uint32_t>(row.Unsigned());
        sec.droppedPdus = static_cast<uint32_t>(row.Unsigned());
        sec.replaysDetected = static_cast<uint32_t>(row.Unsigned());
        records.push_back(r);
    }
    return records;
}

void
LatencyRecorder::WriteSummaryJson(std::ostream& os,
                                  const std::map<std::string, std::string>& metadata) const
{
    nlohmann::ordered_json doc;
    doc["generator"] = "secure-handover";
    nlohmann::ordered_json scenario = nlohmann::ordered_json::object();
    for (const auto& [key, value] : metadata)
    {
        scenario[key] = value;
    }
    doc["scenario"] = scenario;
    doc["handovers"] = m_records.size();
    nlohmann::ordered_json groups = nlohmann::ordered_json::array();
    for (const auto& s : Summarize())
    {
        nlohmann::ordered_json g;
        g["scheme"] = s.scheme;
        g["from_link"] = s.fromLink;
        g["to_link"] = s.toLink;
        g["count"] = s.count;
        g["failures"] = s.failures;
        g["lost_packets"] = s.lostPackets;
        if (s.count > 0)
        {
            g["latency_ms"] = {{"mean", RoundMs(s.meanMs)},
                               {"p50", RoundMs(s.p50Ms)},
                               {"p95", RoundMs(s.p95Ms)},
                               {"max", RoundMs(s.maxMs)}};
        }
        else
        {
            g["latency_ms"] = nullptr;
        }
        nlohmann::ordered_json reasons = nlohmann::ordered_json::object();
        for (const auto& [reason, n] : s.reasons)
        {
            reasons[reason] = n;
        }
        g["failure_reasons"] = reasons;
        groups.push_back(g);
    }
    doc["summary"] = groups;
    os << doc.dump(2) << "\n";
}

void
LatencyRecorder::PrintTable(std::ostream& os) const
{
    auto summaries = Summarize();
    std::size_t schemeWidth = 10; // wide enough for the longest scheme name and a space
    for (const auto& s : summaries)
    {
        schemeWidth = std::max(schemeWidth, s.scheme.size() + 1);
    }
    const auto width = static_cast<int>(schemeWidth);
    os << std::left << std::setw(width) << "scheme" << std::setw(14) << "link pair" << std::right
       << std::setw(6) << "count" << std::setw(10) << "mean_ms" << std::setw(10) << "p50_ms"
       << std::setw(10) << "p95_ms" << std::setw(10) << "max_ms" << std::setw(7) << "lost"
       << std::setw(7) << "failed"
       << "\n";
    for (const auto& s : summaries)
    {
        auto cell = [&s](double v) { return s.count > 0 ? FormatMs(v) : std::string("-"); };
        os << std::left << std::setw(width) << s.scheme << std::setw(14)
           << (s.fromLink + "->" + s.toLink) << std::right << std::setw(6) << s.count
           << std::setw(10) << cell(s.meanMs) << std::setw(10) << cell(s.p50Ms) << std::setw(10)
           << cell(s.p95Ms) << std::setw(10) << cell(s.maxMs) << std::setw(7) << s.lostPackets
           << std::setw(7) << s.failures << "\n";
    }
    if (summaries.empty())
    {
        os << "(no handover happened)\n";
    }
}

std::string
LatencyRecorder::WriteFiles(const std::string& dir,
                            const std::map<std::string, std::string>& metadata) const
{
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec)
    {
        return "cannot create output directory '" + dir + "': " + ec.message();
    }
    const std::filesystem::path base(dir);
    std::ofstream csv(base / "handovers.csv", std::ios::binary | std::ios::trunc);
    if (!csv)
    {
        return "cannot write '" + (base / "handovers.csv").string() + "'";
    }
    WriteCsv(csv);
    std::ofstream json(base / "summary.json", std::ios::binary | std::ios::trunc);
    if (!json)
    {
        return "cannot write '" + (base / "summary.json").string() + "'";
    }
    WriteSummaryJson(json, metadata);
    csv.close();
    json.close();
    if (!csv || !json)
    {
        return "writing the results into '" + dir + "' failed";
    }
    return "";
}

} // namespace ns3
