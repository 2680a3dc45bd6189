/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// One MN starts on wifi and hands over to csma and back (scheme "none"), printing each handover's
// latency and phases:
//
//   build/examples/handover-wifi-csma-example [--handovers=2] [--interval=1] [--backboneDelay=5]

#include "handover-link-pair.h"

int
main(int argc, char* argv[])
{
    return ns3::examples::RunLinkPairExample(argc, argv, "wifi", "csma");
}
