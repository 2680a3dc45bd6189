/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// The optimised MIS SA of 802.21.1 (5.14.2): the SPoS masks a fresh key-derivation key K
// for the TPoS and for the MN, each recovers K, and both derive the same MISK/MIIK/MIEK.
// With --draftSender the MN follows the draft's sender text (no Nonce-T in its mask) while
// the SPoS uses all three inputs: the two Ks then differ and the SA cannot be established.

#include "ns3/command-line.h"
#include "ns3/core-module.h"
#include "ns3/hex.h"
#include "ns3/mis-keys.h"
#include "ns3/security-random.h"

#include <iostream>

using namespace ns3;
using namespace ns3::crypto;

NS_LOG_COMPONENT_DEFINE("MisKdkTransportExample");

int
main(int argc, char* argv[])
{
    std::string mnId = "mn1@example.net";
    std::string tposId = "tpos.example.net";
    bool draftSender = false;
    CommandLine cmd(__FILE__);
    cmd.AddValue("mnId", "MN identifier (MNID)", mnId);
    cmd.AddValue("tposId", "TPoS identifier", tposId);
    cmd.AddValue("draftSender", "MN computes its mask without Nonce-T (the draft's sender text)",
                 draftSender);
    cmd.Parse(argc, argv);

    Ptr<SecurityRandom> random = CreateObject<SecurityRandom>();
    random->AssignStreams(0);
    MisTransportKey kStpos(random->Generate(16)); // SPoS-TPoS key
    MisTransportKey kSpos(random->Generate(16));  // SPoS-MN key
    Kdk k(random->Generate(16));
    Nonce16 nonceT = random->Generate<16>();
    Nonce16 nonceN = random->Generate<16>();

    // SPoS: mask K twice, always with the three inputs.
    Octets<16> toTpos =
        XorKdk(k, KdkTransportMask(KdkRecipient::TPOS, kStpos, mnId, nonceT, nonceN));
    Octets<16> toMn =
        XorKdk(k, KdkTransportMask(KdkRecipient::MN, kSpos, tposId, nonceT, nonceN));

    // TPoS and MN: unmask with their own reading.
    Kdk atTpos =
        UnmaskKdk(toTpos, KdkTransportMask(KdkRecipient::TPOS, kStpos, mnId, nonceT, nonceN));
    MnMaskInputs mnReading = draftSender ? MnMaskInputs::DRAFT_SENDER : MnMaskInputs::THREE;
    Kdk atMn = UnmaskKdk(
        toMn,
        KdkTransportMask(KdkRecipient::MN, kSpos, tposId, nonceT, nonceN, mnReading));

    const uint8_t ciphersuite = 1;
    MisSessionKeys tposKeys = DeriveMisSessionKeys(atTpos, nonceT, nonceN, mnId, tposId, ciphersuite);
    MisSessionKeys mnKeys = DeriveMisSessionKeys(atMn, nonceT, nonceN, mnId, tposId, ciphersuite);

    std::cout << "K (SPoS)   " << ToHex(k) << "\nK at TPoS  " << ToHex(atTpos) << "\nK at MN    "
              << ToHex(atMn) << "\nMIIK TPoS  " << ToHex(tposKeys.miik) << "\nMIIK MN    "
              << ToHex(mnKeys.miik) << "\n";
    bool agree = tposKeys.miik == mnKeys.miik && tposKeys.miek == mnKeys.miek;
    std::cout << (agree ? "MIS SA established: MN and TPoS share MIIK/MIEK\n"
                        : "MIS SA fails: MN and TPoS derived different keys\n");
    return agree ? 0 : 3;
}
