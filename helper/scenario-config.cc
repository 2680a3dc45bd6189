/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "scenario-config.h"

#include "ns3/handover-scheme.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace ns3
{

ScenarioConfigError::ScenarioConfigError(const std::string& what)
    : std::runtime_error(what)
{
}

namespace
{

/// Strip leading and trailing white space.
std::string
Trim(const std::string& s)
{
    const char* space = " \t\r\n";
    std::size_t begin = s.find_first_not_of(space);
    if (begin == std::string::npos)
    {
        return "";
    }
    std::size_t end = s.find_last_not_of(space);
    return s.substr(begin, end - begin + 1);
}

/// Parse an unsigned integer (decimal), the whole string.
uint64_t
ParseUnsigned(const std::string& name, const std::string& value, uint64_t max)
{
    std::string v = Trim(value);
    bool digits = !v.empty() && std::all_of(v.begin(), v.end(), [](unsigned char c) {
        return std::isdigit(c) != 0;
    });
    errno = 0;
    unsigned long long parsed = digits ? std::strtoull(v.c_str(), nullptr, 10) : 0;
    if (!digits || errno == ERANGE || parsed > max)
    {
        throw ScenarioConfigError("bad value '" + value + "' for " + name +
                                  ": expected an integer from 0 to " + std::to_string(max));
    }
    return parsed;
}

/// Parse a finite non-negative real number, the whole string.
double
ParseReal(const std::string& name, const std::string& value)
{
    std::string v = Trim(value);
    char* end = nullptr;
    errno = 0;
    double parsed = v.empty() ? 0 : std::strtod(v.c_str(), &end);
    if (v.empty() || end != v.c_str() + v.size() || errno == ERANGE || !std::isfinite(parsed) ||
        parsed < 0)
    {
        throw ScenarioConfigError("bad value '" + value + "' for " + name +
                                  ": expected a non-negative number");
    }
    return parsed;
}

/// Parse a whole signed integer in [min, max].
int64_t
ParseSigned(const std::string& name, const std::string& value, int64_t min, int64_t max)
{
    std::string v = Trim(value);
    char* end = nullptr;
    errno = 0;
    long long parsed = v.empty() ? 0 : std::strtoll(v.c_str(), &end, 10);
    if (v.empty() || end != v.c_str() + v.size() || errno == ERANGE || parsed < min || parsed > max)
    {
        throw ScenarioConfigError("bad value '" + value + "' for " + name +
                                  ": expected an integer from " + std::to_string(min) + " to " +
                                  std::to_string(max));
    }
    return parsed;
}

/// Parse a boolean.
bool
ParseBool(const std::string& name, const std::string& value)
{
    std::string v = Trim(value);
    std::transform(v.begin(), v.end(), v.begin(), [](unsigned char c) { return std::tolower(c); });
    if (v == "true" || v == "yes" || v == "on" || v == "1")
    {
        return true;
    }
    if (v == "false" || v == "no" || v == "off" || v == "0")
    {
        return false;
    }
    throw ScenarioConfigError("bad value '" + value + "' for " + name + ": expected true or false");
}

/// Join a list with commas.
std::string
Join(const std::vector<std::string>& items)
{
    std::string s;
    for (const auto& item : items)
    {
        s += (s.empty() ? "" : ", ") + item;
    }
    return s;
}

} // namespace

const std::vector<ScenarioOption>&
ScenarioConfig::GetOptions()
{
    static const std::vector<ScenarioOption> options = {
        {"scheme", "NAME", "security scheme (default none)", false, false},
        {"links",
         "LIST",
         "access networks by preference, comma-separated: wifi, wimax, csma (default wifi,csma)",
         false,
         false},
        {"mobility",
         "MODE",
         "scripted (N handovers every T s) or natural (MN moves across wifi coverage)",
         false,
         false},
        {"handovers", "N", "scripted handovers per MN (default 4)", false, false},
        {"interval", "SECONDS", "time between scripted handovers (default 2)", false, false},
        {"mns", "N", "number of mobile nodes (default 1)", false, false},
        {"seed", "N", "RngSeed (default 1)", false, false},
        {"run", "N", "RngRun (default 1)", false, false},
        {"duration",
         "SECONDS",
         "simulated time (default: warmup + handovers x interval; natural: 30)",
         false,
         false},
        {"warmup", "SECONDS", "time before the first handover (default 2)", false, false},
        {"backbone-delay", "MS", "one-way delay of each backbone hop (default 5)", false, false},
        {"data-interval", "MS", "CBR packet interval CN -> MN (default 20)", false, false},
        {"packet-size", "BYTES", "CBR UDP payload size (default 160)", false, false},
        {"out", "DIR", "output directory (default results)", false, false},
        {"pcap", "", "write pcaps of every interface under DIR/pcap/", true, false},
        {"quiet", "", "print neither the progress line nor the table", true, false},
        // Issue 6 (802.16e counter-based TEKs): fault switches of the dot16-* schemes.
        {"ckc-skew",
         "K",
         "802.16: the MS is K CMAC_KEY_COUNTs ahead of the authenticator (K < 0: the target BS "
         "is -K ahead) at each handover (default 0)",
         false,
         false},
        {"cancel-ho-prob",
         "P",
         "802.16: probability that the MS cancels a prepared handover (default 0)",
         false,
         false},
        {"dot16-loss",
         "P",
         "802.16: probability that a frame is lost on the air (default 0)",
         false,
         false},
        // IEEE 802.21.1 MIS schemes (issue 4); each maps onto an ns-3 Attribute.
        {"chain-limit",
         "N",
         "MIS: optimised SAs in a row before the MN asks for a full one; 0 never optimises "
         "(default 3; the network enforces --network-chain-limit)",
         false,
         false},
        {"compromise-pos",
         "INDEX",
         "MIS: the PoS of this access network (--links order) is compromised",
         false,
         false},
        {"compromise-at",
         "SECONDS",
         "MIS: when --compromise-pos is compromised (default 0)",
         false,
         false},
        {"untrusted-pos",
         "LIST",
         "MIS: comma-separated access networks whose PoS has no roaming trust",
         false,
         false},
        {"ike-delay",
         "MS",
         "MIS: IKEv2 set-up of a SPoS-TPoS SA on first use (default 0)",
         false,
         false},
        {"mis-kdk-transport", "MODE", "MIS: xor (default) or keywrap transport of K", false, false},
        {"mis-mn-mask",
         "MODE",
         "MIS: three (default) or draft-sender inputs of the MN's K mask, at every node",
         false,
         false},
        {"mis-mn-mask-at-mn",
         "MODE",
         "MIS: the MN's own mask reading (three or draft-sender), to disagree with the PoSs",
         false,
         false},
        {"mis-nonce-n",
         "WHO",
         "MIS: Nonce-N drawn by the spos (default) or the tpos",
         false,
         false},
        {"mis-ciphersuite",
         "MODE",
         "MIS: CiphersuiteCode read as octet (default) or bitmap",
         false,
         false},
        // MIS chain limit enforced by the PoSs (issue 4 follow-up: network-enforced chain).
        {"network-chain-limit",
         "N",
         "MIS: optimised SAs in a row the PoSs allow before they force a full SA, whatever the "
         "MN asks (0..255, default 3)",
         false,
         false},
        // Simulated CPU cost of cryptography (DESIGN.md "Time and cost").
        {"mn-cpu-scale",
         "X",
         "the MNs' CPUs are X times slower than the calibration machine "
         "(ns3::CryptoCostModel::CpuScale on the MNs only; default: that attribute's default)",
         false,
         false},
        {"set",
         "NAME=VALUE",
         "set an ns-3 attribute: ns3::Type::Attribute (default) or /Config/path (repeatable)",
         false,
         true},
    };
    return options;
}

bool
ScenarioConfig::IsOption(const std::string& name)
{
    const auto& options = GetOptions();
    return std::any_of(options.begin(), options.end(), [&name](const ScenarioOption& o) {
        return o.name == name;
    });
}

std::string
ScenarioConfig::CanonicalLink(const std::string& name)
{
    std::string n = Trim(name);
    std::transform(n.begin(), n.end(), n.begin(), [](unsigned char c) { return std::tolower(c); });
    if (n == "wifi" || n == "802.11" || n == "wlan")
    {
        return "wifi";
    }
    if (n == "wimax" || n == "802.16" || n == "dot16")
    {
        return "wimax";
    }
    if (n == "csma" || n == "ethernet" || n == "eth")
    {
        return "csma";
    }
    return "";
}

std::string
ScenarioConfig::GetLinksString() const
{
    std::string s;
    for (const auto& link : links)
    {
        s += (s.empty() ? "" : ",") + link;
    }
    return s;
}

void
ScenarioConfig::Set(const std::string& name, const std::string& rawValue)
{
    const std::string value = Trim(rawValue);
    const std::string option = "--" + name;
    if (name == "scheme")
    {
        auto names = HandoverScheme::GetNames();
        if (std::find(names.begin(), names.end(), value) == names.end())
        {
            throw ScenarioConfigError("unknown scheme '" + value + "' (known: " + Join(names) +
                                      ")");
        }
        scheme = value;
    }
    else if (name == "links")
    {
        std::vector<std::string> parsed;
        std::stringstream ss(value);
        std::string item;
        while (std::getline(ss, item, ','))
        {
            std::string link = CanonicalLink(item);
            if (link.empty())
            {
                throw ScenarioConfigError("unknown link '" + Trim(item) +
                                          "' (known: wifi, wimax, csma)");
            }
            parsed.push_back(link);
        }
        if (parsed.size() < 2)
        {
            throw ScenarioConfigError("--links needs at least two access networks, got '" + value +
                                      "'");
        }
        links = parsed;
    }
    else if (name == "mobility")
    {
        if (value != "scripted" && value != "natural")
        {
            throw ScenarioConfigError("unknown mobility '" + value +
                                      "' (known: scripted, natural)");
        }
        mobility = value;
    }
    else if (name == "handovers")
    {
        handovers = static_cast<uint32_t>(ParseUnsigned(option, value, 100000));
    }
    else if (name == "interval")
    {
        interval = ParseReal(option, value);
    }
    else if (name == "mns")
    {
        mns = static_cast<uint32_t>(ParseUnsigned(option, value, 1000));
    }
    else if (name == "seed")
    {
        seed = static_cast<uint32_t>(ParseUnsigned(option, value, UINT32_MAX));
    }
    else if (name == "run")
    {
        run = ParseUnsigned(option, value, UINT64_MAX);
    }
    else if (name == "duration")
    {
        duration = ParseReal(option, value);
    }
    else if (name == "warmup")
    {
        warmup = ParseReal(option, value);
    }
    else if (name == "backbone-delay")
    {
        backboneDelayMs = ParseReal(option, value);
    }
    else if (name == "data-interval")
    {
        dataIntervalMs = ParseReal(option, value);
    }
    else if (name == "packet-size")
    {
        packetSize = static_cast<uint32_t>(ParseUnsigned(option, value, 65000));
    }
    else if (name == "out")
    {
        if (value.empty())
        {
            throw ScenarioConfigError("--out needs a directory");
        }
        out = value;
    }
    else if (name == "pcap")
    {
        pcap = ParseBool(option, value);
    }
    else if (name == "quiet")
    {
        quiet = ParseBool(option, value);
    }
    else if (name == "ckc-skew")
    {
        ckcSkew = static_cast<int32_t>(ParseSigned(option, value, -1000, 1000));
    }
    else if (name == "cancel-ho-prob")
    {
        cancelHoProb = ParseReal(option, value);
    }
    else if (name == "dot16-loss")
    {
        dot16Loss = ParseReal(option, value);
    }
    // --- IEEE 802.21.1 MIS schemes (issue 4): options mapped onto Attributes ---
    else if (name == "chain-limit")
    {
        uint64_t n = ParseUnsigned(option, value, 1000000);
        attributes.push_back("ns3::MisMnApplication::ChainLimit=" + std::to_string(n));
    }
    else if (name == "compromise-pos")
    {
        misCompromisePos = static_cast<int32_t>(ParseUnsigned(option, value, 1000));
        attributes.push_back("ns3::MisHandoverScheme::CompromisedPos=" +
                             std::to_string(misCompromisePos));
    }
    else if (name == "compromise-at")
    {
        ParseReal(option, value);
        attributes.push_back("ns3::MisHandoverScheme::CompromiseAt=" + value + "s");
    }
    else if (name == "untrusted-pos")
    {
        std::stringstream ss(value);
        std::string item;
        while (std::getline(ss, item, ','))
        {
            misUntrusted.push_back(static_cast<uint32_t>(ParseUnsigned(option, Trim(item), 1000)));
        }
        attributes.push_back("ns3::MisHandoverScheme::UntrustedPos=" + value);
    }
    else if (name == "ike-delay")
    {
        ParseReal(option, value);
        attributes.push_back("ns3::MisHandoverScheme::IkeSetupDelay=" + value + "ms");
    }
    else if (name == "mis-kdk-transport")
    {
        if (value != "xor" && value != "keywrap")
        {
            throw ScenarioConfigError("unknown " + option + " '" + value +
                                      "' (known: xor, keywrap)");
        }
        attributes.push_back(std::string("ns3::MisFunction::KdkTransport=") +
                             (value == "xor" ? "Xor" : "KeyWrap"));
    }
    else if (name == "mis-mn-mask")
    {
        if (value != "three" && value != "draft-sender")
        {
            throw ScenarioConfigError("unknown " + option + " '" + value +
                                      "' (known: three, draft-sender)");
        }
        attributes.push_back(std::string("ns3::MisFunction::MnMaskInputs=") +
                             (value == "three" ? "Three" : "DraftSender"));
    }
    else if (name == "mis-mn-mask-at-mn")
    {
        if (value != "three" && value != "draft-sender")
        {
            throw ScenarioConfigError("unknown " + option + " '" + value +
                                      "' (known: three, draft-sender)");
        }
        attributes.push_back(std::string("ns3::MisHandoverScheme::MnSideMask=") +
                             (value == "three" ? "Three" : "DraftSender"));
    }
    else if (name == "mis-nonce-n")
    {
        if (value != "spos" && value != "tpos")
        {
            throw ScenarioConfigError("unknown " + option + " '" + value + "' (known: spos, tpos)");
        }
        attributes.push_back(std::string("ns3::MisFunction::NonceNSource=") +
                             (value == "spos" ? "Spos" : "Tpos"));
    }
    else if (name == "mis-ciphersuite")
    {
        if (value != "octet" && value != "bitmap")
        {
            throw ScenarioConfigError("unknown " + option + " '" + value +
                                      "' (known: octet, bitmap)");
        }
        attributes.push_back(std::string("ns3::MisFunction::CiphersuiteSemantics=") +
                             (value == "octet" ? "Octet" : "Bitmap"));
    }
    // --- MIS chain limit enforced by the network (issue 4 follow-up) ---
    else if (name == "network-chain-limit")
    {
        uint64_t n = ParseUnsigned(option, value, 255);
        attributes.push_back("ns3::MisPosApplication::ChainLimit=" + std::to_string(n));
    }
    else if (name == "mn-cpu-scale")
    {
        mnCpuScale = ParseReal(option, value);
    }
    else if (name == "set")
    {
        std::size_t eq = value.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == value.size())
        {
            throw ScenarioConfigError("bad value '" + value + "' for --set: expected NAME=VALUE");
        }
        attributes.push_back(value);
    }
    else
    {
        throw ScenarioConfigError("unknown option '" + name + "'");
    }
}

void
ScenarioConfig::Validate() const
{
    auto names = HandoverScheme::GetNames();
    if (std::find(names.begin(), names.end(), scheme) == names.end())
    {
        throw ScenarioConfigError("unknown scheme '" + scheme + "' (known: " + Join(names) + ")");
    }
    if (links.size() < 2)
    {
        throw ScenarioConfigError("--links needs at least two access networks");
    }
    for (const auto& link : links)
    {
        if (CanonicalLink(link) != link)
        {
            throw ScenarioConfigError("unknown link '" + link + "' (known: wifi, wimax, csma)");
        }
    }
    if (mns == 0)
    {
        throw ScenarioConfigError("--mns must be at least 1");
    }
    // IEEE 802.21.1 MIS options (issue 4): network indexes must exist.
    if (misCompromisePos >= 0 && static_cast<std::size_t>(misCompromisePos) >= links.size())
    {
        throw ScenarioConfigError("--compromise-pos " + std::to_string(misCompromisePos) +
                                  ": there are only " + std::to_string(links.size()) +
                                  " access networks");
    }
    for (uint32_t k : misUntrusted)
    {
        if (k >= links.size())
        {
            throw ScenarioConfigError("--untrusted-pos " + std::to_string(k) + ": there are only " +
                                      std::to_string(links.size()) + " access networks");
        }
    }
    if (mobility == "scripted" && handovers > 0 && interval <= 0)
    {
        throw ScenarioConfigError("--interval must be positive");
    }
    if (mobility == "natural" && std::find(links.begin(), links.end(), "wifi") == links.end())
    {
        throw ScenarioConfigError("--mobility natural needs a wifi link (its coverage moves "
                                  "the MN between links)");
    }
    if (cancelHoProb < 0 || cancelHoProb > 1)
    {
        throw ScenarioConfigError("--cancel-ho-prob must be in [0, 1]");
    }
    if (dot16Loss < 0 || dot16Loss >= 1)
    {
        throw ScenarioConfigError("--dot16-loss must be in [0, 1)");
    }
    if (mnCpuScale && !(*mnCpuScale >= 0))
    {
        throw ScenarioConfigError("--mn-cpu-scale must be >= 0");
    }
    if (dataIntervalMs <= 0)
    {
        throw ScenarioConfigError("--data-interval must be positive");
    }
    if (packetSize < 12)
    {
        throw ScenarioConfigError("--packet-size must be at least 12 (the sequence header)");
    }
}

std::vector<ScenarioConfigEntry>
ScenarioConfig::ReadIniFile(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
    {
        throw ScenarioConfigError(path + ": cannot open the configuration file");
    }
    std::vector<ScenarioConfigEntry> entries;
    std::string text;
    uint32_t line = 0;
    while (std::getline(in, text))
    {
        ++line;
        const std::string where = path + ":" + std::to_string(line) + ": ";
        std::string s = Trim(text);
        if (s.empty() || s[0] == '#' || s[0] == ';')
        {
            continue;
        }
        if (s[0] == '[')
        {
            if (s != "[run]")
            {
                throw ScenarioConfigError(where + "unknown section '" + s +
                                          "' (only [run] is allowed)");
            }
            continue;
        }
        std::size_t eq = s.find('=');
        if (eq == std::string::npos)
        {
            throw ScenarioConfigError(where + "expected 'name = value', got '" + s + "'");
        }
        ScenarioConfigEntry entry;
        entry.file = path;
        entry.line = line;
        entry.name = Trim(s.substr(0, eq));
        entry.value = Trim(s.substr(eq + 1));
        if (entry.name.empty())
        {
            throw ScenarioConfigError(where + "missing option name before '='");
        }
        if (!IsOption(entry.name))
        {
            throw ScenarioConfigError(where + "unknown option '" + entry.name + "'");
        }
        // Check the value on its own now, so that a bad value names its line.
        try
        {
            ScenarioConfig scratch;
            scratch.Set(entry.name, entry.value);
        }
        catch (const ScenarioConfigError& e)
        {
            throw ScenarioConfigError(where + e.what());
        }
        entries.push_back(entry);
    }
    if (in.bad())
    {
        throw ScenarioConfigError(path + ": read error");
    }
    return entries;
}

void
ScenarioConfig::LoadIniFile(const std::string& path)
{
    for (const auto& entry : ReadIniFile(path))
    {
        try
        {
            Set(entry.name, entry.value);
        }
        catch (const ScenarioConfigError& e)
        {
            throw ScenarioConfigError(entry.file + ":" + std::to_string(entry.line) + ": " +
                                      e.what());
        }
    }
}

Time
ScenarioConfig::GetDuration() const
{
    if (duration > 0)
    {
        return Seconds(duration);
    }
    if (mobility == "natural")
    {
        return Seconds(30);
    }
    return Seconds(warmup + std::max<uint32_t>(handovers, 1) * interval);
}

} // namespace ns3
