/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "ns3/handover-keys.h"
#include "ns3/hex.h"
#include "ns3/kbkdf.h"
#include "ns3/mac.h"
#include "ns3/mis-keys.h"
#include "ns3/test.h"

#include <string>
#include <tuple>

using namespace ns3;
using namespace ns3::crypto;

namespace
{

/// Append octets.
void
Put(Bytes& out, ByteView v)
{
    out.insert(out.end(), v.data(), v.data() + v.size());
}

/// Octets start, start+step, ... (n of them).
Bytes
Ramp(std::size_t n, uint8_t start, uint8_t step = 1)
{
    Bytes out(n);
    for (std::size_t i = 0; i < n; ++i)
    {
        out[i] = static_cast<uint8_t>(start + step * i);
    }
    return out;
}

/// A 16-octet array from Ramp.
Nonce16
Nonce(uint8_t start)
{
    Bytes r = Ramp(16, start, 3);
    Nonce16 n{};
    std::copy(r.begin(), r.end(), n.begin());
    return n;
}

/// The IPv6 address 2001:db8::<last>.
Ipv6Octets
Address(uint8_t last)
{
    Ipv6Octets a{};
    a[0] = 0x20;
    a[1] = 0x01;
    a[2] = 0x0d;
    a[3] = 0xb8;
    a[15] = last;
    return a;
}

/// True if calling f throws CryptoError.
template <typename F>
bool
Throws(F f)
{
    try
    {
        f();
    }
    catch (const CryptoError&)
    {
        return true;
    }
    return false;
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief HIK = gprf+(HMK, "Handover Integrity Key") with Y0 = Message ID
 *        (draft-vidya-mipshop-handover-keys-aaa-04 6.1 and 6.1.1; Y as uint16 big-endian per
 *        spec/READINGS.md), composed by hand from HMAC.
 */
class HikDerivationTestCase : public TestCase
{
  public:
    HikDerivationTestCase()
        : TestCase("HIK equals T1 = HMAC(HMK, label, Y0 as BE16); 20 or 32 octets by PRF")
    {
    }

  private:
    void DoRun() override
    {
        Hmk hmk{Ramp(64, 0x11)};
        MacKey hmkMac{ByteView(Ramp(64, 0x11))};
        const std::string label = "Handover Integrity Key";
        NS_TEST_ASSERT_MSG_EQ(label.size(), 22u, "the label is 22 octets, no NUL");

        for (auto [prf, hash, length] :
             {std::tuple{PrfAlgorithm::HMAC_SHA1, HashAlgorithm::SHA1, 20u},
              std::tuple{PrfAlgorithm::HMAC_SHA256, HashAlgorithm::SHA256, 32u}})
        {
            Hik hik = DeriveHik(prf, hmk, 0x00A7);
            NS_TEST_ASSERT_MSG_EQ(hik.size(), length, "HIK length is the PRF output length");
            Bytes seed(label.begin(), label.end());
            seed.push_back(0x00); // Y0 = 0x00A7, big-endian
            seed.push_back(0xA7);
            NS_TEST_ASSERT_MSG_EQ(ToHex(hik),
                                  ToHex(Hmac(hash, hmkMac, seed)),
                                  "HIK = T1 = PRF(HMK, \"Handover Integrity Key\" || 00 a7)");
            NS_TEST_ASSERT_MSG_EQ((DeriveHik(prf, hmk, 0x00A8) != hik),
                                  true,
                                  "the Message ID changes the HIK");
        }
        NS_TEST_ASSERT_MSG_EQ((DeriveHik(PrfAlgorithm::HMAC_SHA1, Hmk{Ramp(64, 0x12)}, 0x00A7) !=
                               DeriveHik(PrfAlgorithm::HMAC_SHA1, hmk, 0x00A7)),
                              true,
                              "the HMK changes the HIK");
        NS_TEST_ASSERT_MSG_EQ(Throws([] { Hmk shortHmk{Ramp(63, 0)}; }),
                              true,
                              "an HMK of 63 octets throws (draft 6.1: at least 64)");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief HK = gprf+(HMK, seed) with Y0 = 0 in both seed orders of the draft: section 6.1.2
 *        (SPEC) and section 4 (OVERVIEW), composed by hand from HMAC.
 */
class HkDerivationTestCase : public TestCase
{
  public:
    HkDerivationTestCase()
        : TestCase("HK: SPEC and OVERVIEW seeds equal their hand compositions and differ")
    {
    }

  private:
    void DoRun() override
    {
        Hmk hmk{Ramp(80, 0x21)};
        MacKey hmkMac{ByteView(Ramp(80, 0x21))};
        Nonce16 mnNonce = Nonce(0x01);
        Nonce16 hksNonce = Nonce(0x81);
        const std::string nai = "mn17@example.org";
        Ipv6Octets arId = Address(0x01);
        const std::string label = "Handover Key";

        Bytes spec; // 6.1.2: MN-Nonce | HKS-Nonce | MN ID | AR ID | "Handover Key"
        Put(spec, mnNonce);
        Put(spec, hksNonce);
        Put(spec, nai);
        Put(spec, arId);
        Put(spec, label);
        Bytes overview; // 4: HKS-Nonce | MN-Nonce | AR1 ID | MN ID | "Handover Key"
        Put(overview, hksNonce);
        Put(overview, mnNonce);
        Put(overview, arId);
        Put(overview, nai);
        Put(overview, label);
        NS_TEST_ASSERT_MSG_EQ(ToHex(HkSeed(mnNonce, hksNonce, nai, arId, HkSeedOrder::SPEC)),
                              ToHex(spec),
                              "SPEC seed layout");
        NS_TEST_ASSERT_MSG_EQ(ToHex(HkSeed(mnNonce, hksNonce, nai, arId, HkSeedOrder::OVERVIEW)),
                              ToHex(overview),
                              "OVERVIEW seed layout");

        Bytes specY = spec;
        specY.push_back(0x00); // Y0 = 0x0000
        specY.push_back(0x00);
        Bytes overviewY = overview;
        overviewY.push_back(0x00);
        overviewY.push_back(0x00);

        Hk hkSpec = DeriveHk(PrfAlgorithm::HMAC_SHA1, hmk, mnNonce, hksNonce, nai, arId);
        Hk hkOverview = DeriveHk(PrfAlgorithm::HMAC_SHA1,
                                 hmk,
                                 mnNonce,
                                 hksNonce,
                                 nai,
                                 arId,
                                 HkSeedOrder::OVERVIEW);
        NS_TEST_ASSERT_MSG_EQ(hkSpec.size(), 20u, "HK with HMAC-SHA1 is 20 octets");
        NS_TEST_ASSERT_MSG_EQ(ToHex(hkSpec),
                              ToHex(Hmac(HashAlgorithm::SHA1, hmkMac, specY)),
                              "HK (default = SPEC) = HMAC-SHA1(HMK, SPEC seed || 00 00)");
        NS_TEST_ASSERT_MSG_EQ(ToHex(hkOverview),
                              ToHex(Hmac(HashAlgorithm::SHA1, hmkMac, overviewY)),
                              "HK (OVERVIEW) = HMAC-SHA1(HMK, OVERVIEW seed || 00 00)");
        NS_TEST_ASSERT_MSG_EQ((hkSpec != hkOverview), true, "the two orders give different HKs");

        Hk hk256 = DeriveHk(PrfAlgorithm::HMAC_SHA256, hmk, mnNonce, hksNonce, nai, arId);
        NS_TEST_ASSERT_MSG_EQ(hk256.size(), 32u, "HK with HMAC-SHA-256 is 32 octets");
        NS_TEST_ASSERT_MSG_EQ(ToHex(hk256),
                              ToHex(Hmac(HashAlgorithm::SHA256, hmkMac, specY)),
                              "HK = HMAC-SHA-256(HMK, SPEC seed || 00 00)");

        auto hk = [&](const Hmk& h,
                      const Nonce16& m,
                      const Nonce16& s,
                      const std::string& n,
                      const Ipv6Octets& a) {
            return DeriveHk(PrfAlgorithm::HMAC_SHA1, h, m, s, n, a);
        };
        NS_TEST_ASSERT_MSG_EQ((hk(Hmk{Ramp(80, 0x22)}, mnNonce, hksNonce, nai, arId) != hkSpec),
                              true,
                              "the HMK changes the HK");
        NS_TEST_ASSERT_MSG_EQ((hk(hmk, Nonce(0x02), hksNonce, nai, arId) != hkSpec),
                              true,
                              "the MN-Nonce changes the HK");
        NS_TEST_ASSERT_MSG_EQ((hk(hmk, mnNonce, Nonce(0x82), nai, arId) != hkSpec),
                              true,
                              "the HKS-Nonce changes the HK");
        NS_TEST_ASSERT_MSG_EQ((hk(hmk, mnNonce, hksNonce, "mn18@example.org", arId) != hkSpec),
                              true,
                              "the MN ID changes the HK");
        NS_TEST_ASSERT_MSG_EQ((hk(hmk, mnNonce, hksNonce, nai, Address(0x02)) != hkSpec),
                              true,
                              "the AR ID changes the HK");
        // Swapping the two nonces is what distinguishes the orders' first fields.
        NS_TEST_ASSERT_MSG_EQ((hk(hmk, hksNonce, mnNonce, nai, arId) != hkSpec),
                              true,
                              "the nonces are not interchangeable");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The MAC option AUTH (draft 6.2.1/6.3) and the FMIPv6 BADF authenticator
 *        (RFC 5568: First(96, HMAC-SHA1(HK, CoA || PAR || MH data))).
 */
class MobilityAuthTestCase : public TestCase
{
  public:
    MobilityAuthTestCase()
        : TestCase("MAC option AUTH is a full HMAC; BADF authenticator is its first 12 octets")
    {
    }

  private:
    void DoRun() override
    {
        Bytes hkBytes = Ramp(20, 0x5A, 7);
        Hk hk{hkBytes};
        MacKey hkMac{ByteView(hkBytes)};
        Bytes mhData = FromHex("3b0208000000dead0000000000000001");

        Bytes auth = MobilityHeaderAuth(PrfAlgorithm::HMAC_SHA1, hk, mhData);
        NS_TEST_ASSERT_MSG_EQ(auth.size(), 20u, "full-length HMAC-SHA1");
        NS_TEST_ASSERT_MSG_EQ(ToHex(auth),
                              ToHex(Hmac(HashAlgorithm::SHA1, hkMac, mhData)),
                              "AUTH = HMAC-SHA1(HK, MH data)");
        NS_TEST_ASSERT_MSG_EQ(ToHex(MobilityHeaderAuth(PrfAlgorithm::HMAC_SHA256, hkMac, mhData)),
                              ToHex(Hmac(HashAlgorithm::SHA256, hkMac, mhData)),
                              "AUTH with the SHA-256 PRF is a full HMAC-SHA-256");

        Ipv6Octets coa = Address(0x99);
        Ipv6Octets par = Address(0x01);
        Octets<12> badf = BadfAuthenticator(hk, coa, par, mhData);
        Bytes in;
        Put(in, coa);
        Put(in, par);
        Put(in, mhData);
        Bytes full = Hmac(HashAlgorithm::SHA1, hkMac, in);
        NS_TEST_ASSERT_MSG_EQ(badf.size(), 12u, "the authenticator is 96 bits");
        NS_TEST_ASSERT_MSG_EQ(ToHex(badf),
                              ToHex(ByteView(full.data(), 12)),
                              "First(96, HMAC-SHA1(HK, CoA || PAR || MH data))");
        NS_TEST_ASSERT_MSG_EQ((BadfAuthenticator(hk, Address(0x98), par, mhData) != badf),
                              true,
                              "the CoA enters the authenticator");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief K transport masks of 802.21.1 5.14.2 (readings of spec/READINGS.md): exact CMAC
 *        input strings, the DRAFT_SENDER disagreement, XOR and key-wrap round trips.
 */
class KdkTransportTestCase : public TestCase
{
  public:
    KdkTransportTestCase()
        : TestCase("KDK masks equal hand-built CMAC inputs; DRAFT_SENDER disagreement shows")
    {
    }

  private:
    void DoRun() override
    {
        MisTransportKey kStpos{Ramp(16, 0x30)};
        MisTransportKey kSpos{Ramp(16, 0x60)};
        Nonce16 nonceT = Nonce(0x10);
        Nonce16 nonceN = Nonce(0x90);
        const std::string mnId = "mn@home.example";
        const std::string tposId = "tpos.visited.example";
        Kdk k{Ramp(16, 0xC0, 5)};

        // To the TPoS: "MIS N2N KDK" 00 | len MNID | 10 Nonce-T | 10 Nonce-N.
        Bytes toTpos;
        Put(toTpos, std::string("MIS N2N KDK"));
        toTpos.push_back(0x00);
        toTpos.push_back(static_cast<uint8_t>(mnId.size()));
        Put(toTpos, mnId);
        toTpos.push_back(0x10);
        Put(toTpos, nonceT);
        toTpos.push_back(0x10);
        Put(toTpos, nonceN);
        NS_TEST_ASSERT_MSG_EQ(toTpos.size(),
                              11u + 1u + 1u + mnId.size() + 17u + 17u,
                              "TPoS mask input length");
        Octets<16> maskT = KdkTransportMask(KdkRecipient::TPOS, kStpos, mnId, nonceT, nonceN);
        NS_TEST_ASSERT_MSG_EQ(ToHex(maskT),
                              ToHex(AesCmac(kStpos.Cast<Aes128KeyTag>(), toTpos)),
                              "mask to the TPoS = AES-CMAC(K_stpos, exact string)");

        // To the MN: "MIS MN KDK" 00 | len TPoSID | 10 Nonce-T | 10 Nonce-N.
        Bytes toMn;
        Put(toMn, std::string("MIS MN KDK"));
        toMn.push_back(0x00);
        toMn.push_back(static_cast<uint8_t>(tposId.size()));
        Put(toMn, tposId);
        toMn.push_back(0x10);
        Put(toMn, nonceT);
        toMn.push_back(0x10);
        Put(toMn, nonceN);
        Octets<16> maskM = KdkTransportMask(KdkRecipient::MN, kSpos, tposId, nonceT, nonceN);
        NS_TEST_ASSERT_MSG_EQ(ToHex(maskM),
                              ToHex(AesCmac(kSpos.Cast<Aes128KeyTag>(), toMn)),
                              "mask to the MN = AES-CMAC(K_SPoS, exact string)");

        // DRAFT_SENDER: the MN mask without LV(Nonce-T).
        Bytes toMnDraft;
        Put(toMnDraft, std::string("MIS MN KDK"));
        toMnDraft.push_back(0x00);
        toMnDraft.push_back(static_cast<uint8_t>(tposId.size()));
        Put(toMnDraft, tposId);
        toMnDraft.push_back(0x10);
        Put(toMnDraft, nonceN);
        Octets<16> maskDraft = KdkTransportMask(KdkRecipient::MN,
                                                kSpos,
                                                tposId,
                                                nonceT,
                                                nonceN,
                                                MnMaskInputs::DRAFT_SENDER);
        NS_TEST_ASSERT_MSG_EQ(ToHex(maskDraft),
                              ToHex(AesCmac(kSpos.Cast<Aes128KeyTag>(), toMnDraft)),
                              "DRAFT_SENDER mask drops LV(Nonce-T)");
        NS_TEST_ASSERT_MSG_EQ((maskDraft != maskM), true, "DRAFT_SENDER differs from THREE");
        NS_TEST_ASSERT_MSG_EQ(ToHex(KdkTransportMask(KdkRecipient::TPOS,
                                                     kStpos,
                                                     mnId,
                                                     nonceT,
                                                     nonceN,
                                                     MnMaskInputs::DRAFT_SENDER)),
                              ToHex(maskT),
                              "DRAFT_SENDER does not touch the TPoS side");
        NS_TEST_ASSERT_MSG_EQ(
            (KdkTransportMask(KdkRecipient::MN, kSpos, tposId, Nonce(0x11), nonceN) != maskM),
            true,
            "Nonce-T enters the THREE mask");

        // The SPoS (THREE) wraps K for the MN; an MN that reads the draft's sender text
        // recovers another K, and nothing at this layer detects it.
        Octets<16> wrapped = XorKdk(k, maskM);
        NS_TEST_ASSERT_MSG_EQ((UnmaskKdk(wrapped, maskM) == k), true, "XOR round trip");
        NS_TEST_ASSERT_MSG_EQ((UnmaskKdk(wrapped, maskDraft) != k),
                              true,
                              "an MN using DRAFT_SENDER against a THREE SPoS gets a wrong K");
        Octets<16> wrappedT = XorKdk(k, maskT);
        NS_TEST_ASSERT_MSG_EQ((UnmaskKdk(wrappedT, maskT) == k), true, "the TPoS recovers K");
        Bytes kBytes = k.GetBytes();
        bool xorOk = true;
        for (std::size_t i = 0; i < 16; ++i)
        {
            xorOk = xorOk && wrappedT[i] == (kBytes[i] ^ maskT[i]);
        }
        NS_TEST_ASSERT_MSG_EQ(xorOk, true, "wrapped = K XOR mask, octet by octet");

        // Full encryption (the draft's alternative): RFC 3394 key wrap.
        Bytes blob = EncryptKdk(kStpos, k);
        NS_TEST_ASSERT_MSG_EQ(blob.size(), 24u, "a wrapped 16-octet K is 24 octets");
        std::optional<Kdk> back = DecryptKdk(kStpos, blob);
        NS_TEST_ASSERT_MSG_EQ((back.has_value() && *back == k), true, "key-wrap round trip");
        Bytes tampered = blob;
        tampered[7] ^= 0x04;
        NS_TEST_ASSERT_MSG_EQ(DecryptKdk(kStpos, tampered).has_value(),
                              false,
                              "a tampered blob fails");
        NS_TEST_ASSERT_MSG_EQ(DecryptKdk(kSpos, blob).has_value(), false, "a wrong key fails");
        NS_TEST_ASSERT_MSG_EQ(DecryptKdk(kStpos, ByteView(blob.data(), 16)).has_value(),
                              false,
                              "a truncated blob fails");

        const std::string longId(256, 'x');
        NS_TEST_ASSERT_MSG_EQ(
            Throws([&] { KdkTransportMask(KdkRecipient::TPOS, kStpos, longId, nonceT, nonceN); }),
            true,
            "an MNID of 256 octets throws");
        NS_TEST_ASSERT_MSG_EQ(
            Throws([&] {
                KdkTransportMask(KdkRecipient::TPOS, kStpos, std::string(255, 'x'), nonceT, nonceN);
            }),
            false,
            "an MNID of 255 octets is accepted");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief MIS session keys: MISK = KBKDF(K, "MISK", ctx, 128) and
 *        MIIK || MIEK = KBKDF(MISK, "MIS SA KEYS", ctx, 256) (spec/READINGS.md; NIST SP
 *        800-108 counter mode with AES-CMAC).
 */
class MisSessionKeysTestCase : public TestCase
{
  public:
    MisSessionKeysTestCase()
        : TestCase("MISK, MIIK, MIEK equal KBKDF hand compositions; ciphersuite enters")
    {
    }

  private:
    void DoRun() override
    {
        Kdk k{Ramp(16, 0xA0, 9)};
        Nonce16 nonceT = Nonce(0x10);
        Nonce16 nonceN = Nonce(0x90);
        const std::string mnId = "mn@home.example";
        const std::string tposId = "tpos.visited.example";
        const uint8_t cs = 0x01;

        Bytes ctx;
        Put(ctx, nonceT);
        Put(ctx, nonceN);
        ctx.push_back(static_cast<uint8_t>(mnId.size()));
        Put(ctx, mnId);
        ctx.push_back(static_cast<uint8_t>(tposId.size()));
        Put(ctx, tposId);
        ctx.push_back(cs);
        NS_TEST_ASSERT_MSG_EQ(ToHex(MisKdfContext(nonceT, nonceN, mnId, tposId, cs)),
                              ToHex(ctx),
                              "context = Nonce-T || Nonce-N || LV(MNID) || LV(TPoSID) || cs");

        MisSessionKeys keys = DeriveMisSessionKeys(k, nonceT, nonceN, mnId, tposId, cs);
        Bytes misk =
            KbkdfCmacCounter(Aes128Key(ByteView(k.GetBytes())), std::string("MISK"), ctx, 128);
        NS_TEST_ASSERT_MSG_EQ(ToHex(keys.misk), ToHex(misk), "MISK = KBKDF(K, \"MISK\", ctx, 128)");
        Bytes sa =
            KbkdfCmacCounter(Aes128Key(ByteView(misk)), std::string("MIS SA KEYS"), ctx, 256);
        NS_TEST_ASSERT_MSG_EQ(ToHex(keys.miik),
                              ToHex(ByteView(sa.data(), 16)),
                              "MIIK = first half of KBKDF(MISK, \"MIS SA KEYS\", ctx, 256)");
        NS_TEST_ASSERT_MSG_EQ(ToHex(keys.miek),
                              ToHex(ByteView(sa.data() + 16, 16)),
                              "MIEK = second half");
        // One level lower (SP 800-108 counter mode, r = 32, as READINGS fixes it): each block is
        // AES-CMAC(key, [i]_32 || label || 0x00 || ctx || [L]_32), i from 1.
        auto block = [&ctx](const Bytes& key, const std::string& label, uint8_t i, uint16_t bits) {
            Bytes in{0, 0, 0, i};
            Put(in, label);
            in.push_back(0x00);
            Put(in, ctx);
            Bytes l{0, 0, static_cast<uint8_t>(bits >> 8), static_cast<uint8_t>(bits)};
            Put(in, l);
            return ToHex(AesCmac(Aes128Key(ByteView(key)), in));
        };
        NS_TEST_ASSERT_MSG_EQ(ToHex(keys.misk),
                              block(k.GetBytes(), "MISK", 1, 128),
                              "MISK = AES-CMAC(K, 00000001 || MISK || 00 || ctx || 00000080)");
        NS_TEST_ASSERT_MSG_EQ(ToHex(keys.miik),
                              block(misk, "MIS SA KEYS", 1, 256),
                              "MIIK = AES-CMAC(MISK, 00000001 || label || 00 || ctx || 00000100)");
        NS_TEST_ASSERT_MSG_EQ(ToHex(keys.miek),
                              block(misk, "MIS SA KEYS", 2, 256),
                              "MIEK = AES-CMAC(MISK, 00000002 || label || 00 || ctx || 00000100)");
        NS_TEST_ASSERT_MSG_EQ((keys.miik.GetBytes() != keys.miek.GetBytes()),
                              true,
                              "MIIK and MIEK differ");

        MisSessionKeys other = DeriveMisSessionKeys(k, nonceT, nonceN, mnId, tposId, 0x02);
        NS_TEST_ASSERT_MSG_EQ(
            (other.misk != keys.misk && other.miik != keys.miik && other.miek != keys.miek),
            true,
            "the ciphersuite changes every session key");
        NS_TEST_ASSERT_MSG_EQ(
            (DeriveMisSessionKeys(k, nonceN, nonceT, mnId, tposId, cs).misk != keys.misk),
            true,
            "swapping the nonces changes the MISK");

        const std::string longId(256, 'y');
        NS_TEST_ASSERT_MSG_EQ(Throws([&] { MisKdfContext(nonceT, nonceN, longId, tposId, cs); }),
                              true,
                              "an MNID of 256 octets throws");
        NS_TEST_ASSERT_MSG_EQ(
            Throws([&] { DeriveMisSessionKeys(k, nonceT, nonceN, mnId, longId, cs); }),
            true,
            "a TPoS identifier of 256 octets throws");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The module's own MIS derivations (doc/mis-preregistration.rst): the MSPMK =
 *        KBKDF(K, "MIS MSPMK", ctx, 256) and the message-protection keys MIIK || MIEK =
 *        KBKDF(transport key, "MIS MESSAGE PROTECTION", LV(lower ID) || LV(higher ID), 256),
 *        the same at both ends whatever the order of the identifiers.
 */
class MisModuleDerivationsTestCase : public TestCase
{
  public:
    MisModuleDerivationsTestCase()
        : TestCase("MSPMK and message-protection keys equal KBKDF hand compositions")
    {
    }

  private:
    void DoRun() override
    {
        Kdk k{Ramp(16, 0x30, 5)};
        Bytes ctx = MisKdfContext(Nonce(0x10), Nonce(0x90), "mn", "tpos", 1);
        Bytes pmk = DeriveMediaSpecificPmk(k, ctx);
        NS_TEST_ASSERT_MSG_EQ(pmk.size(), 32u, "32 octets");
        NS_TEST_ASSERT_MSG_EQ(ToHex(pmk),
                              ToHex(KbkdfCmacCounter(Aes128Key(ByteView(k.GetBytes())),
                                                     std::string("MIS MSPMK"),
                                                     ctx,
                                                     256)),
                              "MSPMK = KBKDF(K, \"MIS MSPMK\", ctx, 256)");
        MisSessionKeys session = DeriveMisSessionKeys(k, Nonce(0x10), Nonce(0x90), "mn", "tpos", 1);
        NS_TEST_ASSERT_MSG_EQ((ToHex(pmk).substr(0, 32) != ToHex(session.misk)),
                              true,
                              "the MSPMK is not the MISK");

        MisTransportKey key{Ramp(16, 0x50, 3)};
        MisSessionKeys ab = DeriveMisMessageKeys(key, "spos.example", "mn@home.example");
        MisSessionKeys ba = DeriveMisMessageKeys(key, "mn@home.example", "spos.example");
        Bytes ids;
        const std::string low = "mn@home.example";
        const std::string high = "spos.example";
        ids.push_back(static_cast<uint8_t>(low.size()));
        Put(ids, low);
        ids.push_back(static_cast<uint8_t>(high.size()));
        Put(ids, high);
        Bytes keys = KbkdfCmacCounter(Aes128Key(ByteView(key.GetBytes())),
                                      std::string("MIS MESSAGE PROTECTION"),
                                      ids,
                                      256);
        NS_TEST_ASSERT_MSG_EQ(ToHex(ab.miik), ToHex(ByteView(keys.data(), 16)), "MIIK");
        NS_TEST_ASSERT_MSG_EQ(ToHex(ab.miek), ToHex(ByteView(keys.data() + 16, 16)), "MIEK");
        NS_TEST_ASSERT_MSG_EQ((ab.miek == ba.miek && ab.miik == ba.miik),
                              true,
                              "both ends derive the same keys");
        NS_TEST_ASSERT_MSG_EQ(
            (DeriveMisMessageKeys(key, "spos.example", "mn2@home.example").miek != ab.miek),
            true,
            "another peer, other keys");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Protocol key derivations of spec/READINGS.md on top of the primitives.
 */
class CryptoKdfTestSuite : public TestSuite
{
  public:
    CryptoKdfTestSuite()
        : TestSuite("secure-handover-crypto-kdf", TestSuite::Type::UNIT)
    {
        AddTestCase(new HikDerivationTestCase);
        AddTestCase(new HkDerivationTestCase);
        AddTestCase(new MobilityAuthTestCase);
        AddTestCase(new KdkTransportTestCase);
        AddTestCase(new MisSessionKeysTestCase);
        AddTestCase(new MisModuleDerivationsTestCase);
    }
};

/// The suite's single instance.
static CryptoKdfTestSuite g_cryptoKdfTestSuite;
