/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "vectors-command.h"

#include "ns3/crypto-error.h"
#include "ns3/crypto-types.h"
#include "ns3/dot16-keys.h"
#include "ns3/handover-keys.h"
#include "ns3/hex.h"
#include "ns3/mac.h"
#include "ns3/mis-keys.h"
#include "ns3/prf-plus.h"

#include <arpa/inet.h>
#include <charconv>
#include <cstdint>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{
namespace cli
{

namespace
{

namespace po = boost::program_options;
using namespace ns3::crypto;

/// Largest Dot16KDF output the tool prints, in bits (8192 octets).
constexpr uint64_t MAX_DOT16KDF_BITS = 65536;
/// Largest gprf+ output the tool prints, in octets.
constexpr uint64_t MAX_GPRF_OCTETS = 8192;

/**
 * \ingroup secure-handover
 * \brief One named output line: "NAME lowercasehex".
 */
struct Output
{
    std::string name; //!< e.g. "AK"
    Bytes value;      //!< the octets
};

/// The outputs of one kind, in print order.
using Outputs = std::vector<Output>;

/**
 * \ingroup secure-handover
 * \brief One kind of vector: its options and its computation.
 */
struct Kind
{
    const char* name;                                //!< e.g. "dot16-keys"
    const char* synopsis;                            //!< the options, for the usage line
    const char* summary;                             //!< one line for vectors --help
    const char* outputs;                             //!< the output names, space separated
    void (*addOptions)(po::options_description&);    //!< declares the kind's options
    Outputs (*compute)(const po::variables_map& vm); //!< computes the outputs
};

// ---------------------------------------------------------------------------------------------
// Input parsing. Every malformed input becomes a UsageError that names its option.

/**
 * \param vm the parsed options
 * \param option an option name without dashes
 * \return its text
 */
const std::string&
Text(const po::variables_map& vm, const std::string& option)
{
    return vm[option].as<std::string>();
}

/**
 * \param vm the parsed options
 * \param option an option holding hex
 * \return the octets
 * \throws UsageError on malformed hex
 */
Bytes
Hex(const po::variables_map& vm, const std::string& option)
{
    try
    {
        return FromHex(Text(vm, option));
    }
    catch (const CryptoError& e)
    {
        throw UsageError("--" + option + ": " + e.what());
    }
}

/**
 * \param vm the parsed options
 * \param option an option holding hex of exactly N octets
 * \return the octets
 * \throws UsageError on malformed hex or a wrong length
 */
template <std::size_t N>
Octets<N>
FixedHex(const po::variables_map& vm, const std::string& option)
{
    try
    {
        return FromHexFixed<N>(Text(vm, option), "--" + option);
    }
    catch (const CryptoError& e)
    {
        std::string what = e.what();
        throw UsageError(what.rfind("--", 0) == 0 ? what : "--" + option + ": " + what);
    }
}

/**
 * \param vm the parsed options
 * \param option an option holding a key in hex
 * \return the typed key (its kind checks the length)
 * \throws UsageError on malformed hex or a length the kind does not allow
 */
template <typename KeyType>
KeyType
KeyFrom(const po::variables_map& vm, const std::string& option)
{
    Bytes bytes = Hex(vm, option);
    try
    {
        KeyType key{ByteView(bytes)};
        SecureWipe(bytes.data(), bytes.size());
        return key;
    }
    catch (const CryptoError& e)
    {
        SecureWipe(bytes.data(), bytes.size());
        throw UsageError("--" + option + ": " + e.what());
    }
}

/**
 * \param vm the parsed options
 * \param option an option holding a decimal or 0x-prefixed hexadecimal number
 * \param min the smallest allowed value
 * \param max the largest allowed value
 * \return the number
 * \throws UsageError if it is not a number or out of range
 */
uint64_t
Number(const po::variables_map& vm, const std::string& option, uint64_t min, uint64_t max)
{
    const std::string& text = Text(vm, option);
    int base = 10;
    std::size_t start = 0;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
    {
        base = 16;
        start = 2;
    }
    uint64_t value = 0;
    const char* first = text.data() + start;
    const char* last = text.data() + text.size();
    auto [end, ec] = std::from_chars(first, last, value, base);
    if (first == last || end != last || (ec != std::errc() && ec != std::errc::result_out_of_range))
    {
        throw UsageError("--" + option + ": '" + text +
                         "' is not a number (decimal, or hexadecimal with 0x)");
    }
    if (ec == std::errc::result_out_of_range || value < min || value > max)
    {
        throw UsageError("--" + option + ": " + text + " is out of range " + std::to_string(min) +
                         ".." + std::to_string(max));
    }
    return value;
}

/**
 * \param vm the parsed options
 * \param option an option holding one of a fixed set of words
 * \param choices each word and its value
 * \return the value of the word given
 * \throws UsageError for any other word
 */
template <typename T>
T
Choice(const po::variables_map& vm,
       const std::string& option,
       const std::vector<std::pair<std::string, T>>& choices)
{
    const std::string& text = Text(vm, option);
    std::string allowed;
    for (const auto& [word, value] : choices)
    {
        if (word == text)
        {
            return value;
        }
        allowed += (allowed.empty() ? "" : "|") + word;
    }
    throw UsageError("--" + option + ": '" + text + "' is not one of " + allowed);
}

/**
 * \param vm the parsed options
 * \param option an option holding sha1 or sha256
 * \return the PRF
 */
PrfAlgorithm
Prf(const po::variables_map& vm, const std::string& option)
{
    return Choice<PrfAlgorithm>(
        vm,
        option,
        {{"sha1", PrfAlgorithm::HMAC_SHA1}, {"sha256", PrfAlgorithm::HMAC_SHA256}});
}

/**
 * \param vm the parsed options
 * \param option an option holding an identifier that travels with a one-octet length
 * \return the identifier's text (its UTF-8 octets are used as they are)
 * \throws UsageError if it is longer than 255 octets
 */
const std::string&
Identifier(const po::variables_map& vm, const std::string& option)
{
    const std::string& text = Text(vm, option);
    if (text.size() > UINT8_MAX)
    {
        throw UsageError("--" + option + ": " + std::to_string(text.size()) +
                         " octets do not fit a one-octet length (at most 255)");
    }
    return text;
}

/**
 * \param vm the parsed options
 * \param option an option holding an IPv6 address in text form
 * \return its 16 octets in network order
 * \throws UsageError if inet_pton rejects it
 */
Ipv6Octets
Ipv6(const po::variables_map& vm, const std::string& option)
{
    Ipv6Octets out{};
    if (inet_pton(AF_INET6, Text(vm, option).c_str(), out.data()) != 1)
    {
        throw UsageError("--" + option + ": '" + Text(vm, option) + "' is not an IPv6 address");
    }
    return out;
}

/**
 * \param key a typed key
 * \return a copy of its octets, for printing
 */
template <typename KeyType>
Bytes
Of(const KeyType& key)
{
    return key.GetBytes();
}

/**
 * \param octets fixed-size octets
 * \return them as Bytes, for printing
 */
template <std::size_t N>
Bytes
Of(const Octets<N>& octets)
{
    return Bytes(octets.begin(), octets.end());
}

// ---------------------------------------------------------------------------------------------
// Option declarations shared by several kinds.

/// \return the value semantic of a required hex option
po::typed_value<std::string>*
HexValue()
{
    return po::value<std::string>()->value_name("HEX")->required();
}

/// \return the value semantic of a required number option
po::typed_value<std::string>*
NumberValue()
{
    return po::value<std::string>()->value_name("N")->required();
}

/// \return the value semantic of a required text option
po::typed_value<std::string>*
TextValue()
{
    return po::value<std::string>()->value_name("TEXT")->required();
}

// ---------------------------------------------------------------------------------------------
// The kinds: XxxOptions declares a kind's options, XxxCompute parses them (UsageError on bad
// input) and computes the outputs. Kinds() lists them.

void
CmacOptions(po::options_description& d)
{
    d.add_options()("key", HexValue(), "AES-128 key (16 octets)")(
        "msg",
        HexValue(),
        "message (any length; \"\" for the empty message)");
}

Outputs
CmacCompute(const po::variables_map& vm)
{
    auto key = KeyFrom<Aes128Key>(vm, "key");
    Bytes msg = Hex(vm, "msg");
    return {{"CMAC", Of(AesCmac(key, msg))}};
}

void
HmacOptions(po::options_description& d)
{
    d.add_options()("alg", po::value<std::string>()->value_name("sha1|sha256")->required(), "hash")(
        "key",
        HexValue(),
        "key (any length)")("msg", HexValue(), "message (any length)");
}

Outputs
HmacCompute(const po::variables_map& vm)
{
    auto alg =
        Choice<HashAlgorithm>(vm,
                              "alg",
                              {{"sha1", HashAlgorithm::SHA1}, {"sha256", HashAlgorithm::SHA256}});
    auto key = KeyFrom<MacKey>(vm, "key");
    Bytes msg = Hex(vm, "msg");
    return {{"HMAC", Hmac(alg, key, msg)}};
}

void
Dot16KdfOptions(po::options_description& d)
{
    d.add_options()("key", HexValue(), "input key, at least 16 octets (its rightmost 16 are used)")(
        "astring",
        HexValue(),
        "the derivation string, in hex (\"AK\" is 414b)")(
        "bits",
        NumberValue(),
        "output length L in bits: a positive multiple of 8, at most 65536");
}

Outputs
Dot16KdfCompute(const po::variables_map& vm)
{
    Bytes key = Hex(vm, "key");
    Bytes astring = Hex(vm, "astring");
    uint64_t bits = Number(vm, "bits", 1, MAX_DOT16KDF_BITS);
    if (bits % 8 != 0)
    {
        throw UsageError("--bits: " + std::to_string(bits) + " is not a multiple of 8");
    }
    if (key.size() < 16)
    {
        throw UsageError("--key: Dot16KDF needs at least 16 octets, got " +
                         std::to_string(key.size()));
    }
    Bytes out = Dot16Kdf(key, astring, bits);
    SecureWipe(key.data(), key.size());
    return {{"OUT", out}};
}

void
Dot16KeysOptions(po::options_description& d)
{
    d.add_options()("msk", HexValue(), "EAP MSK (64 octets or more)")(
        "msmac",
        HexValue(),
        "MS MAC address (6 octets)")("bsid", HexValue(), "base station ID (6 octets)")(
        "pmk-sn",
        po::value<std::string>()->value_name("N")->default_value("0"),
        "PMK sequence number (0..15), in the AKID")(
        "cmac-key-count",
        po::value<std::string>()->value_name("N")->default_value("0"),
        "CMAC_KEY_COUNT (0..65535), for CMAC_KEY_U/D");
}

Outputs
Dot16KeysCompute(const po::variables_map& vm)
{
    auto msk = KeyFrom<Msk>(vm, "msk");
    auto msmac = FixedHex<6>(vm, "msmac");
    auto bsid = FixedHex<6>(vm, "bsid");
    auto pmkSn = static_cast<uint8_t>(Number(vm, "pmk-sn", 0, 15));
    auto count = static_cast<uint16_t>(Number(vm, "cmac-key-count", 0, UINT16_MAX));
    Dot16KeyChain chain = DeriveDot16KeyChain(msk, msmac, bsid, pmkSn, count);
    return {{"PMK", Of(chain.pmk)},
            {"AK", Of(chain.ak)},
            {"AKID", Of(chain.akid)},
            {"CMAC_KEY_U", Of(chain.cmacKeyU)},
            {"CMAC_KEY_D", Of(chain.cmacKeyD)},
            {"KEK", Of(chain.kek)}};
}

void
TekOptions(po::options_description& d)
{
    d.add_options()("kek", HexValue(), "KEK (16 octets)")("cmac-key-count",
                                                          NumberValue(),
                                                          "CMAC_KEY_COUNT_T (0..65535)")(
        "said",
        NumberValue(),
        "SAID (0..65535)")("index", NumberValue(), "which TEK: 0 or 1");
}

Outputs
TekCompute(const po::variables_map& vm)
{
    auto kek = KeyFrom<Kek>(vm, "kek");
    auto count = static_cast<uint16_t>(Number(vm, "cmac-key-count", 0, UINT16_MAX));
    auto said = static_cast<uint16_t>(Number(vm, "said", 0, UINT16_MAX));
    auto index = static_cast<uint8_t>(Number(vm, "index", 0, 1));
    return {{"TEK", Of(DeriveCounterTek(kek, count, said, index))}};
}

void
CcmMpduOptions(po::options_description& d)
{
    d.add_options()("tek", HexValue(), "TEK (16 octets)")(
        "gmh",
        HexValue(),
        "generic MAC header (6 octets; octets 0..4 enter the nonce)")(
        "pn",
        NumberValue(),
        "packet number (0..4294967295)")("payload", HexValue(), "plaintext payload")(
        "pn-order",
        po::value<std::string>()->value_name("little|big")->default_value("little"),
        "PN byte order in the nonce and the payload");
}

Outputs
CcmMpduCompute(const po::variables_map& vm)
{
    auto tek = KeyFrom<Tek>(vm, "tek");
    auto gmh = FixedHex<6>(vm, "gmh");
    auto pn = static_cast<uint32_t>(Number(vm, "pn", 0, UINT32_MAX));
    Bytes payload = Hex(vm, "payload");
    auto order = Choice<PnByteOrder>(vm,
                                     "pn-order",
                                     {{"little", PnByteOrder::LITTLE}, {"big", PnByteOrder::BIG}});
    return {{"NONCE", Of(Dot16CcmNonce(gmh, pn, order))},
            {"MPDU", Dot16CcmSeal(tek, gmh, pn, payload, order)}};
}

void
GprfOptions(po::options_description& d)
{
    d.add_options()("prf",
                    po::value<std::string>()->value_name("sha1|sha256")->required(),
                    "PRF")("key", HexValue(), "K (any length)")("seed", HexValue(), "S")(
        "y0",
        NumberValue(),
        "first counter value Y0 (0..65535; 0..255 with --y-octets 1)")(
        "bytes",
        NumberValue(),
        "output length in octets (1..8192)")(
        "y-octets",
        po::value<std::string>()->value_name("1|2")->default_value("2"),
        "counter width: 2 (the draft's reading) or 1 (IKEv2 prf+ when Y0 = 1)");
}

Outputs
GprfCompute(const po::variables_map& vm)
{
    PrfAlgorithm prf = Prf(vm, "prf");
    auto key = KeyFrom<MacKey>(vm, "key");
    Bytes seed = Hex(vm, "seed");
    auto yOctets = static_cast<std::size_t>(Number(vm, "y-octets", 1, 2));
    auto y0 = static_cast<uint16_t>(Number(vm, "y0", 0, yOctets == 1 ? UINT8_MAX : UINT16_MAX));
    auto length = static_cast<std::size_t>(Number(vm, "bytes", 1, MAX_GPRF_OCTETS));
    return {{"OUT", GprfPlus(prf, key, seed, y0, length, yOctets)}};
}

void
PrfOption(po::options_description& d)
{
    d.add_options()("prf",
                    po::value<std::string>()->value_name("sha1|sha256")->default_value("sha1"),
                    "PRF: sha1 (the draft's PRF 1) or sha256 (extension, PRF 2)");
}

void
HikOptions(po::options_description& d)
{
    d.add_options()("hmk", HexValue(), "HMK (64 octets or more)")(
        "msg-id",
        NumberValue(),
        "HKReq Message ID (0..65535), Y0 of gprf+");
    PrfOption(d);
}

Outputs
HikCompute(const po::variables_map& vm)
{
    auto hmk = KeyFrom<Hmk>(vm, "hmk");
    auto messageId = static_cast<uint16_t>(Number(vm, "msg-id", 0, UINT16_MAX));
    return {{"HIK", Of(DeriveHik(Prf(vm, "prf"), hmk, messageId))}};
}

void
HkOptions(po::options_description& d)
{
    d.add_options()("hmk", HexValue(), "HMK (64 octets or more)")("mn-nonce",
                                                                  HexValue(),
                                                                  "MN-Nonce (16 octets)")(
        "hks-nonce",
        HexValue(),
        "HKS-Nonce (16 octets)")("mn-id", TextValue(), "MN ID: the NAI, as UTF-8 text")(
        "ar-id",
        po::value<std::string>()->value_name("IPV6")->required(),
        "AR ID: the AR's IPv6 address as the MN sees it, e.g. 2001:db8::1");
    PrfOption(d);
    d.add_options()("order",
                    po::value<std::string>()->value_name("spec|overview")->default_value("spec"),
                    "seed order: spec (section 6.1.2) or overview (section 4)");
}

Outputs
HkCompute(const po::variables_map& vm)
{
    auto hmk = KeyFrom<Hmk>(vm, "hmk");
    auto mnNonce = FixedHex<16>(vm, "mn-nonce");
    auto hksNonce = FixedHex<16>(vm, "hks-nonce");
    Ipv6Octets arId = Ipv6(vm, "ar-id");
    auto order =
        Choice<HkSeedOrder>(vm,
                            "order",
                            {{"spec", HkSeedOrder::SPEC}, {"overview", HkSeedOrder::OVERVIEW}});
    return {{"HK",
             Of(DeriveHk(Prf(vm, "prf"), hmk, mnNonce, hksNonce, Text(vm, "mn-id"), arId, order))}};
}

void
KdkWrapOptions(po::options_description& d)
{
    d.add_options()("to",
                    po::value<std::string>()->value_name("tpos|mn")->required(),
                    "recipient: tpos (key K_stpos, label \"MIS N2N KDK\") or mn (key K_SPoS, "
                    "label \"MIS MN KDK\")")("key", HexValue(), "transport key (16 octets)")(
        "k",
        HexValue(),
        "the KDK K to transport (16 octets)")(
        "id",
        TextValue(),
        "first mask field: the MN ID (--to tpos) or the TPoS identifier (--to mn)")(
        "nonce-t",
        HexValue(),
        "Nonce-T (16 octets)")("nonce-n", HexValue(), "Nonce-N (16 octets)")(
        "mn-inputs",
        po::value<std::string>()->value_name("three|draft-sender")->default_value("three"),
        "mask fields for --to mn: three (id, Nonce-T, Nonce-N) or draft-sender (the draft's "
        "sender text, without Nonce-T)");
}

Outputs
KdkWrapCompute(const po::variables_map& vm)
{
    auto to =
        Choice<KdkRecipient>(vm, "to", {{"tpos", KdkRecipient::TPOS}, {"mn", KdkRecipient::MN}});
    auto key = KeyFrom<MisTransportKey>(vm, "key");
    auto k = KeyFrom<Kdk>(vm, "k");
    auto nonceT = FixedHex<16>(vm, "nonce-t");
    auto nonceN = FixedHex<16>(vm, "nonce-n");
    auto inputs = Choice<MnMaskInputs>(
        vm,
        "mn-inputs",
        {{"three", MnMaskInputs::THREE}, {"draft-sender", MnMaskInputs::DRAFT_SENDER}});
    if (to == KdkRecipient::TPOS && !vm["mn-inputs"].defaulted())
    {
        throw UsageError("--mn-inputs applies only to --to mn");
    }
    Octets<16> mask = KdkTransportMask(to, key, Identifier(vm, "id"), nonceT, nonceN, inputs);
    return {{"MASK", Of(mask)}, {"WRAPPED", Of(XorKdk(k, mask))}};
}

void
MiskOptions(po::options_description& d)
{
    d.add_options()("k", HexValue(), "the KDK K (16 octets)")(
        "nonce-t",
        HexValue(),
        "Nonce-T (16 octets)")("nonce-n", HexValue(), "Nonce-N (16 octets)")(
        "mn-id",
        TextValue(),
        "MN ID")("tpos-id", TextValue(), "TPoS identifier")("ciphersuite",
                                                            NumberValue(),
                                                            "ciphersuite code (0..255)");
}

Outputs
MiskCompute(const po::variables_map& vm)
{
    auto k = KeyFrom<Kdk>(vm, "k");
    auto nonceT = FixedHex<16>(vm, "nonce-t");
    auto nonceN = FixedHex<16>(vm, "nonce-n");
    auto ciphersuite = static_cast<uint8_t>(Number(vm, "ciphersuite", 0, UINT8_MAX));
    MisSessionKeys keys = DeriveMisSessionKeys(k,
                                               nonceT,
                                               nonceN,
                                               Identifier(vm, "mn-id"),
                                               Identifier(vm, "tpos-id"),
                                               ciphersuite);
    return {{"MISK", Of(keys.misk)}, {"MIIK", Of(keys.miik)}, {"MIEK", Of(keys.miek)}};
}

/// Every kind, in the order vectors --help lists them.
const std::vector<Kind>&
Kinds()
{
    static const std::vector<Kind> KINDS = {
        {"cmac",
         "--key HEX --msg HEX",
         "AES-128-CMAC (RFC 4493)",
         "CMAC",
         &CmacOptions,
         &CmacCompute},
        {"hmac",
         "--alg sha1|sha256 --key HEX --msg HEX",
         "HMAC-SHA1 / HMAC-SHA-256 (RFC 2104)",
         "HMAC",
         &HmacOptions,
         &HmacCompute},
        {"dot16kdf",
         "--key HEX --astring HEX --bits N",
         "802.16 Dot16KDF, AES-CMAC mode",
         "OUT",
         &Dot16KdfOptions,
         &Dot16KdfCompute},
        {"dot16-keys",
         "--msk HEX --msmac HEX --bsid HEX [--pmk-sn N] [--cmac-key-count N]",
         "802.16 key chain from an MSK",
         "PMK AK AKID CMAC_KEY_U CMAC_KEY_D KEK",
         &Dot16KeysOptions,
         &Dot16KeysCompute},
        {"tek",
         "--kek HEX --cmac-key-count N --said N --index 0|1",
         "counter-based TEK0/TEK1 (seamless-handover proposal)",
         "TEK",
         &TekOptions,
         &TekCompute},
        {"ccm-mpdu",
         "--tek HEX --gmh HEX --pn N --payload HEX [--pn-order little|big]",
         "802.16 AES-CCM MPDU protection",
         "NONCE MPDU",
         &CcmMpduOptions,
         &CcmMpduCompute},
        {"gprf",
         "--prf sha1|sha256 --key HEX --seed HEX --y0 N --bytes N [--y-octets 1|2]",
         "gprf+ of the handover-keys draft",
         "OUT",
         &GprfOptions,
         &GprfCompute},
        {"hik",
         "--hmk HEX --msg-id N [--prf sha1|sha256]",
         "Handover Integrity Key (handover-keys draft)",
         "HIK",
         &HikOptions,
         &HikCompute},
        {"hk",
         "--hmk HEX --mn-nonce HEX --hks-nonce HEX --mn-id TEXT --ar-id IPV6 "
         "[--prf sha1|sha256] [--order spec|overview]",
         "Handover Key (handover-keys draft)",
         "HK",
         &HkOptions,
         &HkCompute},
        {"kdk-wrap",
         "--to tpos|mn --key HEX --k HEX --id TEXT --nonce-t HEX --nonce-n HEX "
         "[--mn-inputs three|draft-sender]",
         "802.21.1 MIS K transport: mask and wrapped K",
         "MASK WRAPPED",
         &KdkWrapOptions,
         &KdkWrapCompute},
        {"misk",
         "--k HEX --nonce-t HEX --nonce-n HEX --mn-id TEXT --tpos-id TEXT --ciphersuite N",
         "802.21.1 MIS session keys MISK, MIIK, MIEK",
         "MISK MIIK MIEK",
         &MiskOptions,
         &MiskCompute},
    };
    return KINDS;
}

/**
 * \param name a kind name
 * \return the kind, or nullptr
 */
const Kind*
FindKind(const std::string& name)
{
    for (const Kind& kind : Kinds())
    {
        if (name == kind.name)
        {
            return &kind;
        }
    }
    return nullptr;
}

/**
 * \brief Parse the options of one kind, print its help or compute and print its outputs.
 * \param kind the kind
 * \param args the arguments after the kind's name
 * \return the exit code
 */
int
RunKind(const Kind& kind, const std::vector<std::string>& args)
{
    po::options_description options("Options");
    kind.addOptions(options);
    options.add_options()("help,h", "print this help and exit");
    po::options_description stray; // positional tokens, to name them in the error
    stray.add_options()("stray", po::value<std::vector<std::string>>(), "stray arguments");
    po::options_description all;
    all.add(options).add(stray);
    po::positional_options_description positional;
    positional.add("stray", -1);

    po::variables_map vm;
    po::store(po::command_line_parser(args)
                  .options(all)
                  .positional(positional)
                  .style(CommandLineStyle())
                  .run(),
              vm);
    if (vm.count("stray"))
    {
        throw UsageError("unexpected argument '" +
                         vm["stray"].as<std::vector<std::string>>().front() +
                         "' (every input is an option)");
    }
    if (vm.count("help"))
    {
        std::cout << "Usage: " << PROGRAM_NAME << " vectors " << kind.name << " " << kind.synopsis
                  << "\n\n"
                  << kind.summary << ".\nPrints one line per output: NAME lowercasehex.\n"
                  << "Outputs: " << kind.outputs << "\n"
                  << "HEX is plain hex without separators; N is decimal or 0x-hexadecimal.\n\n"
                  << options;
        return EXIT_OK;
    }
    po::notify(vm); // reports missing required options

    Outputs outputs = kind.compute(vm);
    for (const Output& output : outputs)
    {
        std::cout << output.name << " " << ToHex(output.value) << "\n";
    }
    std::cout.flush();
    for (Output& output : outputs)
    {
        SecureWipe(output.value.data(), output.value.size());
    }
    return EXIT_OK;
}

} // namespace

std::string
VectorsCommand::Name() const
{
    return "vectors";
}

std::string
VectorsCommand::Summary() const
{
    return "compute a key derivation or key-transport output from hex inputs";
}

int
VectorsCommand::Run(const std::vector<std::string>& args)
{
    po::options_description options("Options");
    options.add_options()("help,h", "print this help and exit");
    po::options_description hidden;
    hidden.add_options()("kind",
                         po::value<std::string>(),
                         "the kind")("args", po::value<std::vector<std::string>>(), "its options");
    po::options_description all;
    all.add(options).add(hidden);
    po::positional_options_description positional;
    positional.add("kind", 1).add("args", -1);

    po::variables_map vm;
    try
    {
        po::store(po::command_line_parser(args)
                      .options(all)
                      .positional(positional)
                      .extra_style_parser(&StopAtFirstPositional)
                      .style(CommandLineStyle())
                      .run(),
                  vm);
        po::notify(vm);
    }
    catch (const po::error& e)
    {
        throw UsageError(std::string("vectors: ") + e.what());
    }

    if (vm.count("help"))
    {
        std::cout << "Usage: " << PROGRAM_NAME << " vectors KIND [options]\n\n"
                  << "Compute one output of the module's crypto layer from hex inputs and print\n"
                  << "one line per output: NAME lowercasehex.\n\nKinds:\n";
        for (const Kind& kind : Kinds())
        {
            std::string name = kind.name;
            std::cout << "  " << name << std::string(12 - name.size(), ' ') << kind.summary
                      << " -> " << kind.outputs << "\n";
        }
        std::cout << "\n"
                  << options << "\n"
                  << "Run '" << PROGRAM_NAME << " vectors KIND --help' for the options of a kind.\n"
                  << "Exit status: 0 success, 1 a cryptographic operation failed, 2 a bad command "
                     "line.\n";
        return EXIT_OK;
    }
    if (!vm.count("kind"))
    {
        throw UsageError(std::string("vectors: no kind given; try '") + PROGRAM_NAME +
                         " vectors --help'");
    }
    const std::string name = vm["kind"].as<std::string>();
    const Kind* kind = FindKind(name);
    if (kind == nullptr)
    {
        throw UsageError("vectors: unknown kind '" + name + "'; try '" + PROGRAM_NAME +
                         " vectors --help'");
    }
    std::vector<std::string> rest;
    if (vm.count("args"))
    {
        rest = vm["args"].as<std::vector<std::string>>();
    }
    try
    {
        return RunKind(*kind, rest);
    }
    catch (const po::error& e)
    {
        throw UsageError("vectors " + name + ": " + e.what());
    }
    catch (const UsageError& e)
    {
        throw UsageError("vectors " + name + ": " + e.what());
    }
    catch (const CryptoError& e)
    {
        throw CryptoError("vectors " + name + ": " + e.what());
    }
}

} // namespace cli
} // namespace ns3
