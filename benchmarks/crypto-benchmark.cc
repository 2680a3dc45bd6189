/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// Wall-clock cost of each cryptographic operation of the module on this machine, the basis
// for calibrating the simulated CPU time of each primitive. Prints one line per operation:
//   NAME  iterations  ns/op  ops/s
// Usage: build/benchmarks/crypto-benchmark [min-seconds-per-operation, default 0.2]

#include "ns3/aes-block.h"
#include "ns3/aes-ccm.h"
#include "ns3/aes-key-wrap.h"
#include "ns3/dot16-keys.h"
#include "ns3/handover-keys.h"
#include "ns3/kbkdf.h"
#include "ns3/log.h"
#include "ns3/mac.h"
#include "ns3/mis-keys.h"
#include "ns3/prf-plus.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

using namespace ns3::crypto;

NS_LOG_COMPONENT_DEFINE("CryptoBenchmark");

namespace
{

/// Runs op until minSeconds have passed (in doubling batches) and prints its cost.
void
Measure(const std::string& name, double minSeconds, const std::function<void()>& op)
{
    using Clock = std::chrono::steady_clock;
    op(); // warm-up: fetches algorithms and creates the per-thread contexts
    uint64_t iterations = 0;
    uint64_t batch = 1;
    double elapsed = 0;
    while (elapsed < minSeconds)
    {
        auto start = Clock::now();
        for (uint64_t i = 0; i < batch; ++i)
        {
            op();
        }
        elapsed += std::chrono::duration<double>(Clock::now() - start).count();
        iterations += batch;
        batch *= 2;
    }
    double nsPerOp = elapsed * 1e9 / static_cast<double>(iterations);
    std::printf("%-28s %10llu %12.1f %14.0f\n",
                name.c_str(),
                static_cast<unsigned long long>(iterations),
                nsPerOp,
                1e9 / nsPerOp);
}

} // namespace

int
main(int argc, char* argv[])
{
    double minSeconds = argc > 1 ? std::atof(argv[1]) : 0.2;
    if (minSeconds <= 0)
    {
        std::fprintf(stderr, "crypto-benchmark: error: seconds must be positive\n");
        return 2;
    }
    const Bytes key16(16, 0x2b);
    const Bytes key64(64, 0x0b);
    const Bytes msg64(64, 0x6b);
    const Bytes msg1500(1500, 0x6b);
    const Aes128Key aes(key16);
    const MacKey mac(key16);
    const Mac48 msmac{0x00, 0xed, 0x04, 0xa5, 0x10, 0x5b};
    const Mac48 bsid{0x00, 0x00, 0xbb, 0x02, 0x00, 0x03};
    const Msk msk(key64);
    const Hmk hmk(key64);
    const Kdk kdk(key16);
    const MisTransportKey transport(key16);
    const Nonce16 nonce{};
    const Octets<13> ccmNonce{};
    volatile std::size_t sink = 0; // keeps results alive

    std::printf("%-28s %10s %12s %14s\n", "operation", "iterations", "ns/op", "ops/s");
    Measure("hmac-sha1-64B", minSeconds, [&] {
        sink += Hmac(HashAlgorithm::SHA1, mac, msg64).size();
    });
    Measure("hmac-sha256-64B", minSeconds, [&] {
        sink += Hmac(HashAlgorithm::SHA256, mac, msg64).size();
    });
    Measure("aes-cmac-64B", minSeconds, [&] { sink += AesCmac(aes, msg64)[0]; });
    Measure("aes-ecb-block", minSeconds, [&] { sink += AesEncryptBlock(aes, key16)[0]; });
    Measure("aes-ccm-seal-1500B", minSeconds, [&] {
        sink += AesCcm::Seal(aes, ccmNonce, ByteView(), msg1500, 8).size();
    });
    Measure("aes-key-wrap-16B", minSeconds, [&] {
        sink += AesKeyWrap(KeyWrapKek(key16), key16).size();
    });
    Measure("kbkdf-cmac-256b", minSeconds, [&] {
        sink += KbkdfCmacCounter(aes, std::string("label"), msg64, 256).size();
    });
    Measure("dot16-key-chain", minSeconds, [&] {
        sink += DeriveDot16KeyChain(msk, msmac, bsid, 0, 0).akid[0];
    });
    Measure("dot16-counter-tek", minSeconds, [&] {
        sink += DeriveCounterTek(Kek(key16), 1, 0x2c01, 0).size();
    });
    Measure("hik-sha1", minSeconds, [&] {
        sink += DeriveHik(PrfAlgorithm::HMAC_SHA1, hmk, 7).size();
    });
    Measure("hk-sha1", minSeconds, [&] {
        sink += DeriveHk(PrfAlgorithm::HMAC_SHA1, hmk, nonce, nonce, "mn@example.net", {}).size();
    });
    Measure("mis-kdk-mask", minSeconds, [&] {
        sink += KdkTransportMask(KdkRecipient::TPOS, transport, "mn@example.net", nonce, nonce)[0];
    });
    Measure("mis-session-keys", minSeconds, [&] {
        sink += DeriveMisSessionKeys(kdk, nonce, nonce, "mn@example.net", "tpos", 1).misk.size();
    });
    return sink == 0 ? 1 : 0;
}
