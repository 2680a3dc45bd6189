/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// The 802.16 key hierarchy and the counter-based TEK at handover, step by step.
//
// An MS and a target BS derive the same TEKs without exchanging them, as long as they agree
// on CMAC_KEY_COUNT; when the target BS lags by one, the TEKs differ and CCM fails until the
// BS self-synchronises by trying the next count. Run with --PrintHelp for the options.

#include "ns3/command-line.h"
#include "ns3/core-module.h"
#include "ns3/dot16-keys.h"
#include "ns3/hex.h"
#include "ns3/security-random.h"

#include <iostream>

using namespace ns3;
using namespace ns3::crypto;

NS_LOG_COMPONENT_DEFINE("Dot16KeyChainExample");

int
main(int argc, char* argv[])
{
    uint32_t msCount = 4;
    uint32_t bsCount = 3;
    uint32_t said = 0x2c01;
    CommandLine cmd(__FILE__);
    cmd.AddValue("msCount", "CMAC_KEY_COUNT_TM at the MS (CMAC_KEY_COUNT_M + 1)", msCount);
    cmd.AddValue("bsCount", "CMAC_KEY_COUNT_TB at the target BS (from the authenticator)", bsCount);
    cmd.AddValue("said", "Security association ID", said);
    cmd.Parse(argc, argv);

    // The MSK comes from EAP; here from a reproducible ns-3 stream (RngSeed/RngRun).
    Ptr<SecurityRandom> random = CreateObject<SecurityRandom>();
    random->AssignStreams(0);
    Msk msk(random->Generate(64));
    Mac48 msmac = FromHexFixed<6>("00ed04a5105b", "MSMAC");
    Mac48 bsid = FromHexFixed<6>("0000bb020003", "BSID");

    Dot16KeyChain chain = DeriveDot16KeyChain(msk, msmac, bsid, 0, 0);
    std::cout << "AK    " << ToHex(chain.ak) << "\nAKID  " << ToHex(chain.akid) << "\nKEK   "
              << ToHex(chain.kek) << "\n";

    Tek msTek = DeriveCounterTek(chain.kek, msCount, said, 0);
    std::cout << "MS  TEK0 (count " << msCount << ") " << ToHex(msTek) << "\n";

    Bytes gmh = FromHex("4000200a0000");
    Bytes payload = FromHex("000102030405060708090a0b0c0d0e0f");
    Bytes mpdu = Dot16CcmSeal(msTek, gmh, 1, payload, PnByteOrder::LITTLE);

    // The target BS tries its own count first, then counts upward (self-synchronisation).
    for (uint32_t tries = 0, count = bsCount; tries < 3; ++tries, ++count)
    {
        Tek bsTek = DeriveCounterTek(chain.kek, count, said, 0);
        bool ok = Dot16CcmOpen(bsTek, gmh, mpdu, PnByteOrder::LITTLE).has_value();
        std::cout << "BS  TEK0 (count " << count << ") " << ToHex(bsTek)
                  << (ok ? "  decrypts the UL MPDU" : "  ICV fails") << "\n";
        if (ok)
        {
            break;
        }
    }
    return 0;
}
