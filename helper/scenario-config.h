/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_SCENARIO_CONFIG_H
#define SECURE_HANDOVER_SCENARIO_CONFIG_H

#include "ns3/nstime.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief A bad scenario option or configuration file; what() is one line, and for a file it
 *        starts with "FILE:LINE: ".
 */
class ScenarioConfigError : public std::runtime_error
{
  public:
    /**
     * \param what the one-line message
     */
    explicit ScenarioConfigError(const std::string& what);
};

/**
 * \ingroup secure-handover
 * \brief One option of a scenario, as the CLI and configuration files name it.
 */
struct ScenarioOption
{
    std::string name;     //!< option name without dashes ("links")
    std::string argument; //!< argument placeholder for help ("LIST"), empty for a flag
    std::string help;     //!< one-line help
    bool flag;            //!< takes no value on the command line (true/false in a file)
    bool repeatable;      //!< may be given several times (values accumulate)
};

/**
 * \ingroup secure-handover
 * \brief One "name = value" line of a configuration file.
 */
struct ScenarioConfigEntry
{
    std::string file;  //!< the file name
    uint32_t line{0};  //!< its 1-based line number
    std::string name;  //!< option name
    std::string value; //!< raw value
};

/**
 * \ingroup secure-handover
 * \brief Everything `secure-handover run` needs to know: the scenario, its randomness and its
 *        outputs. Each field is an option (GetOptions) settable by name from a string (Set),
 *        from the command line or from an INI file (ReadIniFile, LoadIniFile).
 */
struct ScenarioConfig
{
    std::string scheme{"none"};                     //!< security scheme
    std::vector<std::string> links{"wifi", "csma"}; //!< access networks, by preference
    std::string mobility{"scripted"};               //!< "scripted" or "natural"
    uint32_t handovers{4};                          //!< scripted handovers per MN
    double interval{2.0};                           //!< seconds between scripted handovers
    uint32_t mns{1};                                //!< mobile nodes
    uint32_t seed{1};                               //!< RngSeed
    uint64_t run{1};                                //!< RngRun
    double duration{0};                  //!< simulated seconds; 0 derives it from the rest
    double warmup{2.0};                  //!< seconds before the first handover
    double backboneDelayMs{5};           //!< one-way delay of each backbone hop
    double dataIntervalMs{20};           //!< CBR packet interval
    uint32_t packetSize{160};            //!< CBR packet size (octets, UDP payload)
    std::string out{"results"};          //!< output directory
    bool pcap{false};                    //!< write pcaps under out/pcap/
    bool quiet{false};                   //!< no progress line and no table
    std::vector<std::string> attributes; //!< NAME=VALUE settings of ns-3 attributes
    // Issue 6 (802.16e counter-based TEKs)
    int32_t ckcSkew{0};     //!< MS ahead by K CMAC_KEY_COUNTs (K < 0: target BS ahead)
    double cancelHoProb{0}; //!< probability that the MS cancels a prepared handover
    double dot16Loss{0};    //!< frame loss probability on the 802.16 air link
    // IEEE 802.21.1 MIS options (issue 4); their values also go to attributes.
    int32_t misCompromisePos{-1};       //!< --compromise-pos, -1 if not given
    std::vector<uint32_t> misUntrusted; //!< --untrusted-pos
    // Simulated CPU cost of cryptography (DESIGN.md "Time and cost")
    std::optional<double> mnCpuScale; //!< CryptoCostModel::CpuScale of the MNs (unset: default)

    /**
     * \return every option, in help order
     */
    static const std::vector<ScenarioOption>& GetOptions();

    /**
     * \brief Is this an option name?
     * \param name a name without dashes
     * \return true if known
     */
    static bool IsOption(const std::string& name);

    /**
     * \brief Set an option from its string form (a flag takes true/false/yes/no/on/off/1/0;
     *        a repeatable option appends).
     * \param name option name
     * \param value the value
     * \throw ScenarioConfigError for an unknown option or a bad value (one line)
     */
    void Set(const std::string& name, const std::string& value);

    /**
     * \brief Check the options together (scheme and links known, counts positive, ...).
     * \throw ScenarioConfigError on the first problem
     */
    void Validate() const;

    /**
     * \brief Read an INI file: "name = value" lines, '#' or ';' comments, blank lines, and an
     *        optional "[run]" section header. Each line is checked on its own (syntax, known
     *        option name), so every error names its line.
     * \param path the file
     * \return the entries, in file order
     * \throw ScenarioConfigError "path:line: message" (or "path: cannot open")
     */
    static std::vector<ScenarioConfigEntry> ReadIniFile(const std::string& path);

    /**
     * \brief Read an INI file and Set every entry; a bad value is reported with its line.
     * \param path the file
     * \throw ScenarioConfigError "path:line: message"
     */
    void LoadIniFile(const std::string& path);

    /**
     * \return the simulated duration: duration if set, else derived from warmup, handovers,
     *         interval (scripted) or a fixed 30 s (natural)
     */
    Time GetDuration() const;

    /**
     * \brief Map a link name or alias ("802.11", "ethernet", "dot16", ...) to its type name.
     * \param name the name
     * \return "wifi", "wimax" or "csma", or empty if unknown
     */
    static std::string CanonicalLink(const std::string& name);

    /**
     * \return the comma-separated links
     */
    std::string GetLinksString() const;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_SCENARIO_CONFIG_H */
