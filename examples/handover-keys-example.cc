/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// The handover-keys draft's derivations: the HKS and the MN derive the HIK from the HMK for
// an HKReq, then the HK that protects an FMIPv6 fast binding update (BADF authenticator).
// Shows what the section 6.1.2 and section 4 seed orders do to the HK.

#include "ns3/command-line.h"
#include "ns3/core-module.h"
#include "ns3/handover-keys.h"
#include "ns3/hex.h"
#include "ns3/security-random.h"

#include <arpa/inet.h>
#include <iostream>

using namespace ns3;
using namespace ns3::crypto;

NS_LOG_COMPONENT_DEFINE("HandoverKeysExample");

namespace
{

Ipv6Octets
ParseIpv6(const std::string& text)
{
    Ipv6Octets out{};
    if (inet_pton(AF_INET6, text.c_str(), out.data()) != 1)
    {
        NS_FATAL_ERROR("not an IPv6 address: " << text);
    }
    return out;
}

} // namespace

int
main(int argc, char* argv[])
{
    std::string nai = "mn1@example.net";
    std::string arAddress = "2001:db8:1::1";
    std::string coa = "2001:db8:2::100";
    bool sha256 = false;
    uint32_t messageId = 7;
    CommandLine cmd(__FILE__);
    cmd.AddValue("nai", "MN identity (NAI)", nai);
    cmd.AddValue("ar", "AR address as the MN sees it (AR ID)", arAddress);
    cmd.AddValue("coa", "the MN's new care-of address", coa);
    cmd.AddValue("sha256", "use PRF 2 (HMAC-SHA-256, an extension) instead of HMAC-SHA1", sha256);
    cmd.AddValue("messageId", "HKReq Message ID (Y0 of the HIK)", messageId);
    cmd.Parse(argc, argv);

    PrfAlgorithm prf = sha256 ? PrfAlgorithm::HMAC_SHA256 : PrfAlgorithm::HMAC_SHA1;
    Ptr<SecurityRandom> random = CreateObject<SecurityRandom>();
    random->AssignStreams(0);
    Hmk hmk(random->Generate(64));
    Nonce16 mnNonce = random->Generate<16>();
    Nonce16 hksNonce = random->Generate<16>();

    Hik hik = DeriveHik(prf, hmk, static_cast<uint16_t>(messageId));
    Hk hk = DeriveHk(prf, hmk, mnNonce, hksNonce, nai, ParseIpv6(arAddress), HkSeedOrder::SPEC);
    Hk hkOverview =
        DeriveHk(prf, hmk, mnNonce, hksNonce, nai, ParseIpv6(arAddress), HkSeedOrder::OVERVIEW);

    std::cout << "HIK             " << ToHex(hik) << "\n";
    std::cout << "HK (6.1.2)      " << ToHex(hk) << "\n";
    std::cout << "HK (section 4)  " << ToHex(hkOverview) << "\n";

    Bytes fbu = FromHex("3b0408000000000000"); // a mobility header stub, checksum zeroed
    Octets<12> auth = BadfAuthenticator(hk, ParseIpv6(coa), ParseIpv6(arAddress), fbu);
    std::cout << "BADF auth (FBU) " << ToHex(auth) << "\n";
    return 0;
}
