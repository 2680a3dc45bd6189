/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// Wall-clock cost of each cryptographic operation of the module on this machine, the basis
// for calibrating the simulated CPU time of each primitive. Prints one line per operation:
//   NAME  iterations  ns/op  ops/s
// then the calibration of ns3::CryptoCostModel: every Operation is timed at two lengths, five
// times each; the medians give a cost per call and per block, printed as ready-to-paste
//   --set ns3::CryptoCostModel::<Operation>Fixed=<n>ns
// lines (the defaults of CryptoCostModel come from them, see doc/crypto-cost.rst).
// Usage: build/benchmarks/crypto-benchmark [min-seconds-per-operation, default 0.2]

#include "ns3/aes-block.h"
#include "ns3/aes-ccm.h"
#include "ns3/aes-key-wrap.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/dot16-keys.h"
#include "ns3/handover-keys.h"
#include "ns3/kbkdf.h"
#include "ns3/log.h"
#include "ns3/mac.h"
#include "ns3/mis-keys.h"
#include "ns3/prf-plus.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

using namespace ns3::crypto;

NS_LOG_COMPONENT_DEFINE("CryptoBenchmark");

namespace
{

/// Runs op until minSeconds have passed (in doubling batches) and returns ns per call; the
/// number of calls goes to *calls if given.
double
TimeOperation(double minSeconds, const std::function<void()>& op, uint64_t* calls = nullptr)
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
    if (calls)
    {
        *calls = iterations;
    }
    return elapsed * 1e9 / static_cast<double>(iterations);
}

/// Runs op until minSeconds have passed and prints its cost.
void
Measure(const std::string& name, double minSeconds, const std::function<void()>& op)
{
    uint64_t iterations = 0;
    double nsPerOp = TimeOperation(minSeconds, op, &iterations);
    std::printf("%-28s %10llu %12.1f %14.0f\n",
                name.c_str(),
                static_cast<unsigned long long>(iterations),
                nsPerOp,
                1e9 / nsPerOp);
}

/// An operation of CryptoCostModel, computed on `octets` octets.
using SizedOperation = std::function<void(const Bytes& octets)>;

/// The median of five timings of op on n octets.
double
MedianNs(double minSeconds, std::size_t n, const SizedOperation& op)
{
    const Bytes input(n, 0x5c);
    std::vector<double> runs;
    for (int r = 0; r < 5; ++r)
    {
        runs.push_back(TimeOperation(minSeconds / 5, [&] { op(input); }));
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

/// Fits fixed + perBlock * blocks through the medians at a short and a long input, and prints
/// them as --set lines.
void
Calibrate(ns3::CryptoCostModel::Operation op,
          double minSeconds,
          std::size_t shortOctets,
          std::size_t longOctets,
          const SizedOperation& run)
{
    const std::string name = ns3::CryptoCostModel::GetOperationName(op);
    const std::size_t block = ns3::CryptoCostModel::GetBlockSize(op);
    const double shortBlocks = static_cast<double>((shortOctets + block - 1) / block);
    const double longBlocks = static_cast<double>((longOctets + block - 1) / block);
    const double tShort = MedianNs(minSeconds, shortOctets, run);
    const double tLong = MedianNs(minSeconds, longOctets, run);
    const double perBlock = std::max(0.0, (tLong - tShort) / (longBlocks - shortBlocks));
    const double fixed = std::max(0.0, tShort - perBlock * shortBlocks);
    std::printf("--set ns3::CryptoCostModel::%sFixed=%.0fns\n", name.c_str(), std::round(fixed));
    std::printf("--set ns3::CryptoCostModel::%sPerBlock=%.0fns\n",
                name.c_str(),
                std::round(perBlock));
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

    // Calibration of ns3::CryptoCostModel, one operation at a time, as the 802.16 agents and
    // the other agents call them.
    using Op = ns3::CryptoCostModel;
    const Tek tek(key16);
    const Bytes gmh(6, 0x40);
    std::printf("\n# ns3::CryptoCostModel calibration (median of 5 runs per length)\n");
    Calibrate(Op::HMAC_SHA1, minSeconds, 64, 1024, [&](const Bytes& in) {
        sink += Hmac(HashAlgorithm::SHA1, mac, in).size();
    });
    Calibrate(Op::HMAC_SHA256, minSeconds, 64, 1024, [&](const Bytes& in) {
        sink += Hmac(HashAlgorithm::SHA256, mac, in).size();
    });
    Calibrate(Op::AES_CMAC, minSeconds, 16, 1024, [&](const Bytes& in) {
        sink += AesCmac(aes, in)[0];
    });
    Calibrate(Op::AES_BLOCK, minSeconds, 16, 256, [&](const Bytes& in) {
        for (std::size_t i = 0; i < in.size(); i += 16)
        {
            sink += AesEncryptBlock(aes, ByteView(in.data() + i, 16))[0];
        }
    });
    Calibrate(Op::AES_CCM_SEAL, minSeconds, 16, 1504, [&](const Bytes& in) {
        sink += Dot16CcmSeal(tek, gmh, 7, in).size();
    });
    const Bytes sealedShort = Dot16CcmSeal(tek, gmh, 7, Bytes(16, 0x5c));
    const Bytes sealedLong = Dot16CcmSeal(tek, gmh, 7, Bytes(1504, 0x5c));
    Calibrate(Op::AES_CCM_OPEN, minSeconds, 16, 1504, [&](const Bytes& in) {
        sink += Dot16CcmOpen(tek, gmh, in.size() <= 16 ? sealedShort : sealedLong)->pn;
    });
    Calibrate(Op::AES_KEY_WRAP, minSeconds, 16, 256, [&](const Bytes& in) {
        sink += AesKeyWrap(KeyWrapKek(key16), in).size();
    });
    const Bytes wrappedShort = AesKeyWrap(KeyWrapKek(key16), Bytes(16, 0x5c));
    const Bytes wrappedLong = AesKeyWrap(KeyWrapKek(key16), Bytes(256, 0x5c));
    Calibrate(Op::AES_KEY_UNWRAP, minSeconds, 16, 256, [&](const Bytes& in) {
        sink +=
            AesKeyUnwrap(KeyWrapKek(key16), in.size() <= 16 ? wrappedShort : wrappedLong)->size();
    });
    Calibrate(Op::KBKDF_CMAC, minSeconds, 16, 256, [&](const Bytes& in) {
        sink += KbkdfCmacCounter(aes, std::string("label"), msg64, in.size() * 8).size();
    });
    Calibrate(Op::DOT16_KDF, minSeconds, 16, 256, [&](const Bytes& in) {
        sink += Dot16Kdf(key16, msg64, in.size() * 8).size();
    });
    Calibrate(Op::PRF_PLUS, minSeconds, 16, 256, [&](const Bytes& in) {
        sink += PrfPlus(PrfAlgorithm::HMAC_SHA1, mac, msg64, in.size()).size();
    });
    return sink == 0 ? 1 : 0;
}
