/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

// Known-answer and misuse tests for the OpenSSL primitive layer (model/crypto/). Every
// known answer cites where it is published; the few checks that have no published answer
// say what they compare against instead.

#include "ns3/aes-block.h"
#include "ns3/aes-ccm.h"
#include "ns3/aes-key-wrap.h"
#include "ns3/crypto-error.h"
#include "ns3/crypto-types.h"
#include "ns3/hex.h"
#include "ns3/kbkdf.h"
#include "ns3/mac.h"
#include "ns3/openssl-random-source.h"
#include "ns3/prf-plus.h"
#include "ns3/test.h"

#include <cstdint>
#include <openssl/err.h>
#include <optional>
#include <string>

using namespace ns3;
using namespace ns3::crypto;

namespace
{

/**
 * \param hex plain hex
 * \return the octets
 */
Bytes
H(const std::string& hex)
{
    return FromHex(hex);
}

/**
 * \param octet the value
 * \param count how many
 * \return count copies of octet
 */
Bytes
Repeat(uint8_t octet, std::size_t count)
{
    return Bytes(count, octet);
}

/**
 * \param parts octet strings
 * \return their concatenation
 */
Bytes
Concat(std::initializer_list<ByteView> parts)
{
    Bytes out;
    for (const ByteView& part : parts)
    {
        out.insert(out.end(), part.data(), part.data() + part.size());
    }
    return out;
}

/**
 * \param value a 32-bit value
 * \return it as 4 octets, big-endian
 */
Bytes
Be32(uint32_t value)
{
    return Bytes{static_cast<uint8_t>(value >> 24),
                 static_cast<uint8_t>(value >> 16),
                 static_cast<uint8_t>(value >> 8),
                 static_cast<uint8_t>(value)};
}

/**
 * \param f something to run
 * \return true if it threw a CryptoError
 */
template <typename F>
bool
ThrowsCryptoError(F f)
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

/**
 * \param result an optional octet string
 * \return its hex, or "nullopt"
 */
std::string
HexOrNullopt(const std::optional<Bytes>& result)
{
    return result ? ToHex(*result) : std::string("nullopt");
}

} // namespace

/**
 * \ingroup secure-handover-tests
 * \brief AES-CMAC: RFC 4493 section 4, examples 1 to 4 (0, 16, 40 and 64 octets).
 */
class AesCmacRfc4493TestCase : public TestCase
{
  public:
    AesCmacRfc4493TestCase()
        : TestCase("AES-CMAC: RFC 4493 section 4, examples 1-4")
    {
    }

  private:
    void DoRun() override
    {
        // RFC 4493 section 4: K and the 64-octet M, of which each example takes a prefix.
        const Aes128Key key(H("2b7e151628aed2a6abf7158809cf4f3c"));
        const Bytes m = H("6bc1bee22e409f96e93d7e117393172a"
                          "ae2d8a571e03ac9c9eb76fac45af8e51"
                          "30c81c46a35ce411e5fbc1191a0a52ef"
                          "f69f2445df4f9b17ad2b417be66c3710");

        struct Example
        {
            std::size_t length;
            const char* tag;
        };

        const Example examples[] = {
            {0, "bb1d6929e95937287fa37d129b756746"},  // Example 1: len = 0
            {16, "070a16b46b4d4144f79bdd9dd04a287c"}, // Example 2: len = 16
            {40, "dfa66747de9ae63030ca32611497c827"}, // Example 3: len = 40
            {64, "51f0bebf7e3b9d92fc49741779363cfe"}, // Example 4: len = 64
        };
        for (const Example& example : examples)
        {
            NS_TEST_EXPECT_MSG_EQ(ToHex(AesCmac(key, ByteView(m.data(), example.length))),
                                  std::string(example.tag),
                                  "RFC 4493 AES-CMAC, " << example.length << "-octet message");
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief HMAC-SHA1: RFC 2202 section 3, test cases 1 to 7.
 */
class HmacSha1Rfc2202TestCase : public TestCase
{
  public:
    HmacSha1Rfc2202TestCase()
        : TestCase("HMAC-SHA1: RFC 2202 section 3, test cases 1-7")
    {
    }

  private:
    void DoRun() override
    {
        struct Case
        {
            Bytes key;
            Bytes data;
            const char* digest;
        };

        const Bytes key80 = Repeat(0xaa, 80); // cases 6 and 7: larger than one SHA-1 block
        const Case cases[] = {
            {Repeat(0x0b, 20),
             ByteView(std::string("Hi There")).ToBytes(),
             "b617318655057264e28bc0b6fb378c8ef146be00"},
            {ByteView(std::string("Jefe")).ToBytes(),
             ByteView(std::string("what do ya want for nothing?")).ToBytes(),
             "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"},
            {Repeat(0xaa, 20), Repeat(0xdd, 50), "125d7342b9ac11cd91a39af48aa17b4f63f175d3"},
            {H("0102030405060708090a0b0c0d0e0f10111213141516171819"),
             Repeat(0xcd, 50),
             "4c9007f4026250c6bc8414f9bf50c86c2d7235da"},
            {Repeat(0x0c, 20),
             ByteView(std::string("Test With Truncation")).ToBytes(),
             "4c1a03424b55e07fe7f27be1d58bb9324a9a5a04"},
            {key80,
             ByteView(std::string("Test Using Larger Than Block-Size Key - Hash Key First"))
                 .ToBytes(),
             "aa4ae5e15272d00e95705637ce8a3b55ed402112"},
            {key80,
             ByteView(std::string("Test Using Larger Than Block-Size Key and Larger Than One "
                                  "Block-Size Data"))
                 .ToBytes(),
             "e8e99d0f45237d786d6bbaa7965c7808bbff1a91"},
        };
        int number = 1;
        for (const Case& c : cases)
        {
            NS_TEST_EXPECT_MSG_EQ(ToHex(Hmac(HashAlgorithm::SHA1, MacKey(c.key), c.data)),
                                  std::string(c.digest),
                                  "RFC 2202 HMAC-SHA1 test case " << number);
            ++number;
        }
        // RFC 2202 case 5 also gives digest-96, the leftmost 96 bits.
        Bytes truncated = Hmac(HashAlgorithm::SHA1,
                               MacKey(Repeat(0x0c, 20)),
                               std::string("Test With Truncation"));
        truncated.resize(12);
        NS_TEST_EXPECT_MSG_EQ(ToHex(truncated),
                              std::string("4c1a03424b55e07fe7f27be1"),
                              "RFC 2202 test case 5, digest-96");
        NS_TEST_EXPECT_MSG_EQ(DigestLength(HashAlgorithm::SHA1), 20, "SHA-1 digest length");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief HMAC-SHA-256: RFC 4231 section 4, test cases 1 to 7.
 */
class HmacSha256Rfc4231TestCase : public TestCase
{
  public:
    HmacSha256Rfc4231TestCase()
        : TestCase("HMAC-SHA-256: RFC 4231 section 4, test cases 1-7")
    {
    }

  private:
    void DoRun() override
    {
        struct Case
        {
            Bytes key;
            Bytes data;
            const char* digest; // test case 5 gives only the leftmost 128 bits
        };

        const Bytes key131 = Repeat(0xaa, 131); // cases 6 and 7: larger than one block
        const Case cases[] = {
            // RFC 4231 4.2, test case 1
            {Repeat(0x0b, 20),
             ByteView(std::string("Hi There")).ToBytes(),
             "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
            // 4.3, test case 2
            {ByteView(std::string("Jefe")).ToBytes(),
             ByteView(std::string("what do ya want for nothing?")).ToBytes(),
             "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
            // 4.4, test case 3
            {Repeat(0xaa, 20),
             Repeat(0xdd, 50),
             "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"},
            // 4.5, test case 4
            {H("0102030405060708090a0b0c0d0e0f10111213141516171819"),
             Repeat(0xcd, 50),
             "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"},
            // 4.6, test case 5: truncated to 128 bits
            {Repeat(0x0c, 20),
             ByteView(std::string("Test With Truncation")).ToBytes(),
             "a3b6167473100ee06e0c796c2955552b"},
            // 4.7, test case 6
            {key131,
             ByteView(std::string("Test Using Larger Than Block-Size Key - Hash Key First"))
                 .ToBytes(),
             "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"},
            // 4.8, test case 7
            {key131,
             ByteView(std::string("This is a test using a larger than block-size key and a "
                                  "larger than block-size data. The key needs to be hashed "
                                  "before being used by the HMAC algorithm."))
                 .ToBytes(),
             "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"},
        };
        int number = 1;
        for (const Case& c : cases)
        {
            Bytes mac = Hmac(HashAlgorithm::SHA256, MacKey(c.key), c.data);
            NS_TEST_EXPECT_MSG_EQ(mac.size(), 32, "HMAC-SHA-256 is 32 octets");
            const std::string expected(c.digest);
            mac.resize(expected.size() / 2);
            NS_TEST_EXPECT_MSG_EQ(ToHex(mac),
                                  expected,
                                  "RFC 4231 HMAC-SHA-256 test case " << number);
            ++number;
        }
        NS_TEST_EXPECT_MSG_EQ(DigestLength(HashAlgorithm::SHA256), 32, "SHA-256 digest length");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief HMAC with an empty key right after one with a key: the reused per-thread context
 *        must not keep the previous key (or hash).
 *
 * Expected values: HMAC of the empty message under the empty key, as listed in the
 * "Examples" of Wikipedia's HMAC article (HMAC_SHA1("", "") and HMAC_SHA256("", "")).
 */
class HmacContextReuseTestCase : public TestCase
{
  public:
    HmacContextReuseTestCase()
        : TestCase("HMAC: empty key after a keyed call (context reuse)")
    {
    }

  private:
    void DoRun() override
    {
        const MacKey jefe(std::string("Jefe"));
        const MacKey empty{ByteView()};
        for (int round = 0; round < 2; ++round)
        {
            Hmac(HashAlgorithm::SHA1, jefe, std::string("what do ya want for nothing?"));
            NS_TEST_EXPECT_MSG_EQ(ToHex(Hmac(HashAlgorithm::SHA1, empty, ByteView())),
                                  std::string("fbdb1d1b18aa6c08324b7d64b71fb76370690e1d"),
                                  "HMAC-SHA1 with an empty key after a keyed call");
            Hmac(HashAlgorithm::SHA256, jefe, std::string("what do ya want for nothing?"));
            NS_TEST_EXPECT_MSG_EQ(
                ToHex(Hmac(HashAlgorithm::SHA256, empty, ByteView())),
                std::string("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"),
                "HMAC-SHA-256 with an empty key after a keyed call");
        }
        // Alternate hashes with the same key: RFC 2202 / RFC 4231 test case 2 in turn.
        const std::string data("what do ya want for nothing?");
        for (int round = 0; round < 2; ++round)
        {
            NS_TEST_EXPECT_MSG_EQ(ToHex(Hmac(HashAlgorithm::SHA1, jefe, data)),
                                  std::string("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"),
                                  "RFC 2202 case 2 after an HMAC-SHA-256 call");
            NS_TEST_EXPECT_MSG_EQ(
                ToHex(Hmac(HashAlgorithm::SHA256, jefe, data)),
                std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
                "RFC 4231 case 2 after an HMAC-SHA1 call");
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief AES-128 ECB single block: FIPS-197 Appendix C.1 and SP 800-38A F.1.1.
 */
class AesEcbTestCase : public TestCase
{
  public:
    AesEcbTestCase()
        : TestCase("AES-128-ECB: FIPS-197 C.1 and SP 800-38A F.1.1 block 1")
    {
    }

  private:
    void DoRun() override
    {
        // FIPS-197 Appendix C.1 (AES-128).
        NS_TEST_EXPECT_MSG_EQ(
            ToHex(AesEncryptBlock(Aes128Key(H("000102030405060708090a0b0c0d0e0f")),
                                  H("00112233445566778899aabbccddeeff"))),
            std::string("69c4e0d86a7b0430d8cdb78070b4c55a"),
            "FIPS-197 Appendix C.1");
        // NIST SP 800-38A Appendix F.1.1, ECB-AES128.Encrypt, block #1.
        NS_TEST_EXPECT_MSG_EQ(
            ToHex(AesEncryptBlock(Aes128Key(H("2b7e151628aed2a6abf7158809cf4f3c")),
                                  H("6bc1bee22e409f96e93d7e117393172a"))),
            std::string("3ad77bb40d7a3660a89ecaf32466ef97"),
            "SP 800-38A F.1.1 block #1");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief AES-CCM: RFC 3610 section 8, packet vector #1 (M = 8, L = 2, 13-octet nonce,
 *        8-octet AAD), and what Open must refuse.
 */
class AesCcmRfc3610TestCase : public TestCase
{
  public:
    AesCcmRfc3610TestCase()
        : TestCase("AES-CCM: RFC 3610 packet vector #1, tampering, context reuse")
    {
    }

  private:
    void DoRun() override
    {
        // RFC 3610 section 8, Packet Vector #1.
        const Aes128Key key(H("c0c1c2c3c4c5c6c7c8c9cacbcccdcecf"));
        const Bytes nonce = H("00000003020100a0a1a2a3a4a5");
        const Bytes aad = H("0001020304050607");
        const Bytes plaintext = H("08090a0b0c0d0e0f101112131415161718191a1b1c1d1e");
        const std::string expected = "588c979a61c663d2f066d0c2c0f989806d5f6b61dac384" // data
                                     "17e8d12cfdf926e0";                              // tag
        const Bytes sealed = AesCcm::Seal(key, nonce, aad, plaintext, 8);
        NS_TEST_ASSERT_MSG_EQ(ToHex(sealed), expected, "RFC 3610 packet vector #1, Seal");

        auto opened = AesCcm::Open(key, nonce, aad, sealed, 8);
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(opened),
                              ToHex(plaintext),
                              "RFC 3610 packet vector #1, Open");

        // One flipped bit in the ciphertext, in the tag, or in the AAD: not authentic.
        Bytes badData = sealed;
        badData[3] ^= 0x01;
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesCcm::Open(key, nonce, aad, badData, 8)),
                              std::string("nullopt"),
                              "flipped ciphertext bit");
        NS_TEST_EXPECT_MSG_EQ(ERR_peek_error(), 0UL, "a failed tag leaves no OpenSSL error");
        Bytes badTag = sealed;
        badTag.back() ^= 0x80;
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesCcm::Open(key, nonce, aad, badTag, 8)),
                              std::string("nullopt"),
                              "flipped tag bit");
        Bytes badAad = aad;
        badAad[0] ^= 0x01;
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesCcm::Open(key, nonce, badAad, sealed, 8)),
                              std::string("nullopt"),
                              "flipped AAD bit");
        // Shorter than the tag.
        NS_TEST_EXPECT_MSG_EQ(
            HexOrNullopt(AesCcm::Open(key, nonce, aad, ByteView(sealed.data(), 7), 8)),
            std::string("nullopt"),
            "input shorter than the tag");
        // The reused context holds nothing of the failed calls.
        opened = AesCcm::Open(key, nonce, aad, sealed, 8);
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(opened), ToHex(plaintext), "Open after failed Opens");

        // Empty plaintext (only the tag) and no AAD, the 802.16 profile's shape.
        const Bytes tagOnly = AesCcm::Seal(key, nonce, ByteView(), ByteView(), 8);
        NS_TEST_EXPECT_MSG_EQ(tagOnly.size(), 8, "an empty plaintext seals to the tag alone");
        opened = AesCcm::Open(key, nonce, ByteView(), tagOnly, 8);
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(opened), std::string(""), "empty plaintext round trip");
        Bytes badTagOnly = tagOnly;
        badTagOnly[0] ^= 0x01;
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesCcm::Open(key, nonce, ByteView(), badTagOnly, 8)),
                              std::string("nullopt"),
                              "an empty plaintext's tag is checked too");

        // Round trips over the allowed nonce and tag lengths.
        for (std::size_t nonceLength = 7; nonceLength <= 13; ++nonceLength)
        {
            for (std::size_t tagLength = 4; tagLength <= 16; tagLength += 2)
            {
                const ByteView n(nonce.data(), nonceLength);
                const Bytes s = AesCcm::Seal(key, n, aad, plaintext, tagLength);
                NS_TEST_EXPECT_MSG_EQ(s.size(),
                                      plaintext.size() + tagLength,
                                      "sealed length, nonce " << nonceLength << ", tag "
                                                              << tagLength);
                NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesCcm::Open(key, n, aad, s, tagLength)),
                                      ToHex(plaintext),
                                      "round trip, nonce " << nonceLength << ", tag " << tagLength);
            }
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief AES key wrap: RFC 3394 sections 4.1, 4.2 and 4.6, both directions.
 */
class AesKeyWrapRfc3394TestCase : public TestCase
{
  public:
    AesKeyWrapRfc3394TestCase()
        : TestCase("AES key wrap: RFC 3394 4.1, 4.2, 4.6")
    {
    }

  private:
    void DoRun() override
    {
        struct Vector
        {
            const char* section;
            const char* kek;
            const char* keyData;
            const char* wrapped;
        };

        const Vector vectors[] = {
            // RFC 3394 4.1: wrap 128 bits of key data with a 128-bit KEK.
            {"4.1",
             "000102030405060708090a0b0c0d0e0f",
             "00112233445566778899aabbccddeeff",
             "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5"},
            // RFC 3394 4.2: wrap 128 bits of key data with a 192-bit KEK.
            {"4.2",
             "000102030405060708090a0b0c0d0e0f1011121314151617",
             "00112233445566778899aabbccddeeff",
             "96778b25ae6ca435f92b5b97c050aed2468ab8a17ad84e5d"},
            // RFC 3394 4.6: wrap 256 bits of key data with a 256-bit KEK.
            {"4.6",
             "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",
             "00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f",
             "28c9f404c4b810f4cbccb35cfb87f8263f5786e2d80ed326cbc7f0e71a99f43bfb988b9b7a02dd21"},
        };
        for (const Vector& v : vectors)
        {
            const KeyWrapKek kek(H(v.kek));
            NS_TEST_EXPECT_MSG_EQ(ToHex(AesKeyWrap(kek, H(v.keyData))),
                                  std::string(v.wrapped),
                                  "RFC 3394 " << v.section << " wrap");
            NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesKeyUnwrap(kek, H(v.wrapped))),
                                  std::string(v.keyData),
                                  "RFC 3394 " << v.section << " unwrap");
        }
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief IKEv2 prf+ with HMAC-SHA1: the NIST CAVS IKEv2 sample as carried in NSS,
 *        gtests/common/testvectors/ike-sha1-vectors.h (kIkeSha1ProofVectors, entries 8, 9
 *        and 10, type ikePlus: "these vectors are from this NIST samples").
 *
 * K = SKEYSEED; S = Ni | Nr | SPIi | SPIr; 132, 40 and 15 octets of output. The output also
 * spans several blocks, so it pins the T(n-1) | S | n chaining of RFC 7296 section 2.13.
 */
class PrfPlusNssIkeTestCase : public TestCase
{
  public:
    PrfPlusNssIkeTestCase()
        : TestCase("IKEv2 prf+ HMAC-SHA1: NIST CAVS sample (NSS ike-sha1-vectors.h 8-10)")
    {
    }

  private:
    void DoRun() override
    {
        const MacKey key(H("a9a7b222b59f8f48645f28a1db5b5f5d7479cba7"));
        const Bytes seed = H("32b50d5f4a3763f3"   // Ni
                             "9206a04b26564cb1"   // Nr
                             "34c9e7c188868785"   // SPIi
                             "3ff77d760d2b2199"); // SPIr
        const std::string okm =
            "a14293677cc80ff8f9cc0eee30d895da9d8f405666e30ef0dfcb63c634a46002a2a63080e"
            "514a062768b76606f9fa5e992204fc5a670bde3f10d6b027113936a5c55b648a194ae587b"
            "0088d52204b702c979fa280870d2ed41efa9c549fd11198af1670b143d384bd275c5f594c"
            "f266b05ebadca855e4249520a441a81157435a7a56cc4";
        NS_TEST_ASSERT_MSG_EQ(okm.size(), 264, "the vector is 132 octets");
        // Vector 8: 132 octets.
        NS_TEST_EXPECT_MSG_EQ(ToHex(PrfPlus(PrfAlgorithm::HMAC_SHA1, key, seed, 132)),
                              okm,
                              "NSS ike-sha1-vectors.h #8 (132 octets)");
        // Vector 9: 40 octets.
        NS_TEST_EXPECT_MSG_EQ(ToHex(PrfPlus(PrfAlgorithm::HMAC_SHA1, key, seed, 40)),
                              okm.substr(0, 80),
                              "NSS ike-sha1-vectors.h #9 (40 octets)");
        // Vector 10: 15 octets.
        NS_TEST_EXPECT_MSG_EQ(ToHex(PrfPlus(PrfAlgorithm::HMAC_SHA1, key, seed, 15)),
                              okm.substr(0, 30),
                              "NSS ike-sha1-vectors.h #10 (15 octets)");
        NS_TEST_EXPECT_MSG_EQ(PrfOutputLength(PrfAlgorithm::HMAC_SHA1), 20, "PRF 1 output");
        NS_TEST_EXPECT_MSG_EQ(PrfOutputLength(PrfAlgorithm::HMAC_SHA256), 32, "PRF 2 output");
        NS_TEST_EXPECT_MSG_EQ(ToHex(Prf(PrfAlgorithm::HMAC_SHA1, key, seed)),
                              ToHex(Hmac(HashAlgorithm::SHA1, key, seed)),
                              "PRF 1 is HMAC-SHA1");
        NS_TEST_EXPECT_MSG_EQ(ToHex(Prf(PrfAlgorithm::HMAC_SHA256, key, seed)),
                              ToHex(Hmac(HashAlgorithm::SHA256, key, seed)),
                              "PRF 2 is HMAC-SHA-256");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The handover-keys draft's gprf+ (READINGS.md): it reduces to IKEv2 prf+ with a
 *        1-octet Y starting at 1; its default 2-octet Y is written big-endian and wraps mod
 *        2^16. There is no published gprf+ vector: the expected values are composed by hand
 *        from Hmac, block by block, following the draft's definition.
 */
class GprfPlusTestCase : public TestCase
{
  public:
    GprfPlusTestCase()
        : TestCase("gprf+: equals prf+ with 1-octet Y0 = 1; 2-octet Y; wrap mod 2^16")
    {
    }

  private:
    void DoRun() override
    {
        const MacKey key(H("a9a7b222b59f8f48645f28a1db5b5f5d7479cba7"));
        const Bytes seed = H("32b50d5f4a3763f39206a04b26564cb134c9e7c1888687853ff77d760d2b2199");
        const PrfAlgorithm prfs[] = {PrfAlgorithm::HMAC_SHA1, PrfAlgorithm::HMAC_SHA256};
        const std::size_t lengths[] = {0, 1, 15, 20, 21, 32, 33, 64, 100, 132, 1000};
        for (PrfAlgorithm prf : prfs)
        {
            for (std::size_t length : lengths)
            {
                NS_TEST_EXPECT_MSG_EQ(ToHex(GprfPlus(prf, key, seed, 1, length, 1)),
                                      ToHex(PrfPlus(prf, key, seed, length)),
                                      "gprf+(Y 1 octet, Y0 = 1) == prf+, PRF "
                                          << int(prf) << ", " << length << " octets");
            }
            // The largest prf+ output, 255 blocks, still agrees.
            const std::size_t longest = 255 * PrfOutputLength(prf);
            NS_TEST_EXPECT_MSG_EQ(ToHex(GprfPlus(prf, key, seed, 1, longest, 1)),
                                  ToHex(PrfPlus(prf, key, seed, longest)),
                                  "gprf+ == prf+ at 255 blocks, PRF " << int(prf));
            // The draft's 2-octet Y gives different keying material.
            NS_TEST_EXPECT_MSG_NE(ToHex(GprfPlus(prf, key, seed, 1, 40)),
                                  ToHex(PrfPlus(prf, key, seed, 40)),
                                  "gprf+ with a 2-octet Y differs from prf+, PRF " << int(prf));
        }

        // By hand: T1 = HMAC(K, S | 00 01), T2 = HMAC(K, T1 | S | 00 02) for Y0 = 1.
        const Bytes t1 = Hmac(HashAlgorithm::SHA1, key, Concat({seed, H("0001")}));
        const Bytes t2 = Hmac(HashAlgorithm::SHA1, key, Concat({t1, seed, H("0002")}));
        NS_TEST_EXPECT_MSG_EQ(ToHex(GprfPlus(PrfAlgorithm::HMAC_SHA1, key, seed, 1, 20)),
                              ToHex(t1),
                              "gprf+ T1 = HMAC(K, S | 00 01)");
        NS_TEST_EXPECT_MSG_EQ(ToHex(GprfPlus(PrfAlgorithm::HMAC_SHA1, key, seed, 1, 40)),
                              ToHex(Concat({t1, t2})),
                              "gprf+ T1 | T2 with Y = 00 01, 00 02");

        // By hand, Y0 = 0xffff: the counter wraps to 00 00, then 00 01.
        const Bytes w1 = Hmac(HashAlgorithm::SHA256, key, Concat({seed, H("ffff")}));
        const Bytes w2 = Hmac(HashAlgorithm::SHA256, key, Concat({w1, seed, H("0000")}));
        const Bytes w3 = Hmac(HashAlgorithm::SHA256, key, Concat({w2, seed, H("0001")}));
        NS_TEST_EXPECT_MSG_EQ(ToHex(GprfPlus(PrfAlgorithm::HMAC_SHA256, key, seed, 0xffff, 90)),
                              ToHex(Concat({w1, w2, ByteView(w3.data(), 26)})),
                              "gprf+ Y wraps mod 2^16 from 0xffff");

        // By hand, 1-octet Y0 = 0xff wraps to 00.
        const Bytes v1 = Hmac(HashAlgorithm::SHA1, key, Concat({seed, H("ff")}));
        const Bytes v2 = Hmac(HashAlgorithm::SHA1, key, Concat({v1, seed, H("00")}));
        NS_TEST_EXPECT_MSG_EQ(ToHex(GprfPlus(PrfAlgorithm::HMAC_SHA1, key, seed, 0xff, 40, 1)),
                              ToHex(Concat({v1, v2})),
                              "gprf+ 1-octet Y wraps mod 2^8 from 0xff");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief KBKDF (SP 800-108 counter mode, AES-CMAC) against an independent composition.
 *
 * No published vector fits OpenSSL's KBKDF structure: the NIST CAVP KBKDF CMAC-AES128
 * counter-mode vectors give one opaque, random "fixed input data" string, which cannot be
 * written as Label | 0x00 | Context | [L]_32 (it would have to end in [L]_32). So the expected
 * value is composed by hand from AesCmac (itself pinned by RFC 4493 above), as SP 800-108
 * section 5.1 defines it: K(i) = CMAC(K, [i]_32 | Label | 0x00 | Context | [L]_32), i from 1.
 */
class KbkdfCompositionTestCase : public TestCase
{
  public:
    KbkdfCompositionTestCase()
        : TestCase("KBKDF CMAC counter mode vs SP 800-108 composed from AES-CMAC")
    {
    }

  private:
    /**
     * \param key the KDK
     * \param label Label
     * \param context Context
     * \param bits L
     * \return SP 800-108 counter-mode output computed block by block with AesCmac
     */
    static Bytes Compose(const Aes128Key& key, ByteView label, ByteView context, uint32_t bits)
    {
        Bytes out;
        for (uint32_t i = 1; out.size() * 8 < bits; ++i)
        {
            const Octets<16> block =
                AesCmac(key, Concat({Be32(i), label, H("00"), context, Be32(bits)}));
            out.insert(out.end(), block.begin(), block.end());
        }
        out.resize(bits / 8);
        return out;
    }

    void DoRun() override
    {
        const Aes128Key key(H("2b7e151628aed2a6abf7158809cf4f3c"));
        const Bytes context = H("000102030405060708090a0b0c0d0e0f" // like Nonce-T
                                "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff" // like Nonce-N
                                "0461626364"                       // LV(MNID)
                                "03787978"                         // LV(TPoSID)
                                "01");                             // ciphersuite
        const std::string misk("MISK");
        const std::string saKeys("MIS SA KEYS");

        NS_TEST_EXPECT_MSG_EQ(ToHex(KbkdfCmacCounter(key, misk, context, 128)),
                              ToHex(Compose(key, misk, context, 128)),
                              "KBKDF, L = 128");
        NS_TEST_EXPECT_MSG_EQ(ToHex(KbkdfCmacCounter(key, saKeys, context, 256)),
                              ToHex(Compose(key, saKeys, context, 256)),
                              "KBKDF, L = 256");
        NS_TEST_EXPECT_MSG_EQ(ToHex(KbkdfCmacCounter(key, saKeys, context, 200)),
                              ToHex(Compose(key, saKeys, context, 200)),
                              "KBKDF, L = 200 (partial last block)");
        NS_TEST_EXPECT_MSG_EQ(ToHex(KbkdfCmacCounter(key, misk, context, 8)),
                              ToHex(Compose(key, misk, context, 8)),
                              "KBKDF, L = 8");
        // L is part of the input, so a shorter output is not a prefix of a longer one.
        NS_TEST_EXPECT_MSG_NE(ToHex(KbkdfCmacCounter(key, misk, context, 256)).substr(0, 32),
                              ToHex(KbkdfCmacCounter(key, misk, context, 128)),
                              "KBKDF binds L");

        // An empty label or context right after non-empty ones: nothing may carry over.
        NS_TEST_EXPECT_MSG_EQ(ToHex(KbkdfCmacCounter(key, ByteView(), context, 128)),
                              ToHex(Compose(key, ByteView(), context, 128)),
                              "KBKDF, empty label after a labelled call");
        NS_TEST_EXPECT_MSG_EQ(ToHex(KbkdfCmacCounter(key, misk, ByteView(), 128)),
                              ToHex(Compose(key, misk, ByteView(), 128)),
                              "KBKDF, empty context after a call with one");
        NS_TEST_EXPECT_MSG_EQ(ToHex(KbkdfCmacCounter(key, ByteView(), ByteView(), 256)),
                              ToHex(Compose(key, ByteView(), ByteView(), 256)),
                              "KBKDF, empty label and context");
        const Aes128Key other(H("000102030405060708090a0b0c0d0e0f"));
        NS_TEST_EXPECT_MSG_EQ(ToHex(KbkdfCmacCounter(other, misk, context, 128)),
                              ToHex(Compose(other, misk, context, 128)),
                              "KBKDF, another key");

        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([&] { KbkdfCmacCounter(key, misk, context, 0); }),
                              true,
                              "KBKDF L = 0 throws");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([&] { KbkdfCmacCounter(key, misk, context, 12); }),
                              true,
                              "KBKDF L not a multiple of 8 throws");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief Misuse that must throw CryptoError, and received data that must be refused
 *        (std::nullopt) without an error.
 */
class CryptoMisuseTestCase : public TestCase
{
  public:
    CryptoMisuseTestCase()
        : TestCase("Misuse throws CryptoError; bad received data gives nullopt")
    {
    }

  private:
    void DoRun() override
    {
        // Key sizes.
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([] { Aes128Key k(Repeat(0x01, 15)); }),
                              true,
                              "15-octet AES-128 key");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([] { Aes128Key k(Repeat(0x01, 17)); }),
                              true,
                              "17-octet AES-128 key");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([] { Aes128Key k(Repeat(0x01, 16)); }),
                              false,
                              "16-octet AES-128 key is fine");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([] { KeyWrapKek k(Repeat(0x01, 20)); }),
                              false,
                              "a 20-octet KEK is in the KeyWrapKek range");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([] { AesKeyWrap(KeyWrapKek(Repeat(0x01, 20)), Repeat(0x02, 16)); }),
            true,
            "but AES key wrap refuses a 20-octet KEK");

        const Aes128Key key(H("c0c1c2c3c4c5c6c7c8c9cacbcccdcecf"));

        // ECB block size.
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([&] { AesEncryptBlock(key, Repeat(0, 15)); }),
                              true,
                              "15-octet AES block");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([&] { AesEncryptBlock(key, Repeat(0, 17)); }),
                              true,
                              "17-octet AES block");

        // CCM nonce and tag lengths.
        const Bytes pt = H("08090a0b");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { AesCcm::Seal(key, Repeat(0, 6), ByteView(), pt, 8); }),
            true,
            "6-octet CCM nonce");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { AesCcm::Seal(key, Repeat(0, 14), ByteView(), pt, 8); }),
            true,
            "14-octet CCM nonce");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { AesCcm::Open(key, Repeat(0, 6), ByteView(), pt, 4); }),
            true,
            "6-octet CCM nonce on Open");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { AesCcm::Seal(key, Repeat(0, 13), ByteView(), pt, 5); }),
            true,
            "CCM tag length 5");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { AesCcm::Seal(key, Repeat(0, 13), ByteView(), pt, 2); }),
            true,
            "CCM tag length 2");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { AesCcm::Seal(key, Repeat(0, 13), ByteView(), pt, 18); }),
            true,
            "CCM tag length 18");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { AesCcm::Open(key, Repeat(0, 13), ByteView(), pt, 5); }),
            true,
            "CCM tag length 5 on Open");
        // L = 2 (13-octet nonce) limits the message to 65535 octets.
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([&] {
                                  AesCcm::Seal(key, Repeat(0, 13), ByteView(), Repeat(0, 65536), 8);
                              }),
                              true,
                              "CCM plaintext longer than L = 2 allows");

        // Key unwrap of damaged blobs: RFC 3394 4.1's output, cut or altered.
        const KeyWrapKek kek(H("000102030405060708090a0b0c0d0e0f"));
        const Bytes wrapped = H("1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5");
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesKeyUnwrap(kek, ByteView(wrapped.data(), 16))),
                              std::string("nullopt"),
                              "unwrap, 8 octets cut off");
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesKeyUnwrap(kek, ByteView(wrapped.data(), 23))),
                              std::string("nullopt"),
                              "unwrap, 1 octet cut off");
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesKeyUnwrap(kek, ByteView(wrapped.data(), 8))),
                              std::string("nullopt"),
                              "unwrap, 8-octet blob");
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesKeyUnwrap(kek, ByteView())),
                              std::string("nullopt"),
                              "unwrap, empty blob");
        Bytes flipped = wrapped;
        flipped[10] ^= 0x04;
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesKeyUnwrap(kek, flipped)),
                              std::string("nullopt"),
                              "unwrap, one flipped bit");
        NS_TEST_EXPECT_MSG_EQ(ERR_peek_error(), 0UL, "a failed unwrap leaves no OpenSSL error");
        const KeyWrapKek wrongKek(H("000102030405060708090a0b0c0d0e0e"));
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesKeyUnwrap(wrongKek, wrapped)),
                              std::string("nullopt"),
                              "unwrap under the wrong KEK");
        NS_TEST_EXPECT_MSG_EQ(HexOrNullopt(AesKeyUnwrap(kek, wrapped)),
                              std::string("00112233445566778899aabbccddeeff"),
                              "unwrap still works after failures");

        // Key wrap of lengths RFC 3394 does not allow.
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([&] { AesKeyWrap(kek, Repeat(0x11, 12)); }),
                              true,
                              "wrap 12 octets");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([&] { AesKeyWrap(kek, Repeat(0x11, 8)); }),
                              true,
                              "wrap 8 octets");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([&] { AesKeyWrap(kek, Repeat(0x11, 17)); }),
                              true,
                              "wrap 17 octets");

        // Hex.
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([] { FromHex("abc"); }), true, "odd-length hex");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([] { FromHex("zz"); }), true, "non-hex digits");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([] { FromHex("00 11"); }), true, "a space");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([] { FromHexFixed<6>("00ed04a510", "MSMAC"); }),
                              true,
                              "FromHexFixed with the wrong length");
        NS_TEST_EXPECT_MSG_EQ(ToHex(FromHexFixed<6>("00ED04a5105B", "MSMAC")),
                              std::string("00ed04a5105b"),
                              "hex round trip, mixed case in, lowercase out");
        NS_TEST_EXPECT_MSG_EQ(FromHex("").size(), 0, "empty hex");

        // prf+ and gprf+ limits.
        const MacKey macKey(Repeat(0x0b, 20));
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { PrfPlus(PrfAlgorithm::HMAC_SHA1, macKey, pt, 255 * 20 + 1); }),
            true,
            "prf+ HMAC-SHA1 asked for 256 blocks");
        NS_TEST_EXPECT_MSG_EQ(ThrowsCryptoError([&] {
                                  PrfPlus(PrfAlgorithm::HMAC_SHA256, macKey, pt, 255 * 32 + 1);
                              }),
                              true,
                              "prf+ HMAC-SHA-256 asked for 256 blocks");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { PrfPlus(PrfAlgorithm::HMAC_SHA1, macKey, pt, 255 * 20); }),
            false,
            "prf+ HMAC-SHA1, exactly 255 blocks");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { GprfPlus(PrfAlgorithm::HMAC_SHA1, macKey, pt, 0, 20, 3); }),
            true,
            "gprf+ with a 3-octet Y");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { GprfPlus(PrfAlgorithm::HMAC_SHA1, macKey, pt, 0, 20, 0); }),
            true,
            "gprf+ with a 0-octet Y");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { GprfPlus(PrfAlgorithm::HMAC_SHA1, macKey, pt, 256, 20, 1); }),
            true,
            "gprf+ Y0 = 256 in a 1-octet Y");
        NS_TEST_EXPECT_MSG_EQ(
            ThrowsCryptoError([&] { Prf(static_cast<PrfAlgorithm>(3), macKey, pt); }),
            true,
            "unknown PRF value");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief OpenSslRandomSource: a sanity check only (two 32-octet draws differ, the requested
 *        sizes come back). It says nothing about the quality of the randomness.
 */
class OpenSslRandomSourceTestCase : public TestCase
{
  public:
    OpenSslRandomSourceTestCase()
        : TestCase("OpenSslRandomSource sanity: two 32-octet draws differ")
    {
    }

  private:
    void DoRun() override
    {
        OpenSslRandomSource source;
        const Bytes first = source.Generate(32);
        const Bytes second = source.Generate(32);
        NS_TEST_EXPECT_MSG_EQ(first.size(), 32, "32 octets drawn");
        NS_TEST_EXPECT_MSG_EQ(second.size(), 32, "32 octets drawn");
        NS_TEST_EXPECT_MSG_NE(ToHex(first), ToHex(second), "two draws differ");
        NS_TEST_EXPECT_MSG_NE(ToHex(first), ToHex(Bytes(32, 0)), "a draw is not all zero");
        const Nonce16 nonce = source.Generate<16>();
        NS_TEST_EXPECT_MSG_NE(ToHex(nonce), ToHex(Bytes(16, 0)), "a Nonce16 is not all zero");
        NS_TEST_EXPECT_MSG_EQ(source.Generate(0).size(), 0, "an empty draw");
    }
};

/**
 * \ingroup secure-handover-tests
 * \brief The primitive layer's known-answer and misuse tests.
 */
class CryptoPrimitivesTestSuite : public TestSuite
{
  public:
    CryptoPrimitivesTestSuite()
        : TestSuite("secure-handover-crypto-primitives", TestSuite::Type::UNIT)
    {
        AddTestCase(new AesCmacRfc4493TestCase);
        AddTestCase(new HmacSha1Rfc2202TestCase);
        AddTestCase(new HmacSha256Rfc4231TestCase);
        AddTestCase(new HmacContextReuseTestCase);
        AddTestCase(new AesEcbTestCase);
        AddTestCase(new AesCcmRfc3610TestCase);
        AddTestCase(new AesKeyWrapRfc3394TestCase);
        AddTestCase(new PrfPlusNssIkeTestCase);
        AddTestCase(new GprfPlusTestCase);
        AddTestCase(new KbkdfCompositionTestCase);
        AddTestCase(new CryptoMisuseTestCase);
        AddTestCase(new OpenSslRandomSourceTestCase);
    }
};

/// The suite's single instance, which registers it.
static CryptoPrimitivesTestSuite g_cryptoPrimitivesTestSuite;
