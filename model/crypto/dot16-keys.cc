/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-keys.h"

#include "aes-block.h"
#include "aes-ccm.h"
#include "mac.h"
#include "octet-writer.h"

#include "ns3/log.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

namespace ns3
{
namespace crypto
{

NS_LOG_COMPONENT_DEFINE("CryptoDot16Keys");

namespace
{

/// Octets in the PN field that precedes the ciphertext of a protected MPDU.
constexpr std::size_t PN_LENGTH = 4;
/// The ICV (CCM tag) length M of the 802.16 profile.
constexpr std::size_t ICV_LENGTH = 8;
/// Octets of the generic MAC header that enter the nonce.
constexpr std::size_t GMH_NONCE_OCTETS = 5;

/**
 * \param pn the packet number
 * \param order its byte order
 * \param out receives 4 octets
 */
void
WritePn(uint32_t pn, PnByteOrder order, uint8_t* out)
{
    for (std::size_t i = 0; i < PN_LENGTH; ++i)
    {
        std::size_t shift = order == PnByteOrder::BIG ? 8 * (PN_LENGTH - 1 - i) : 8 * i;
        out[i] = static_cast<uint8_t>(pn >> shift);
    }
}

/**
 * \param in 4 octets
 * \param order their byte order
 * \return the packet number
 */
uint32_t
ReadPn(const uint8_t* in, PnByteOrder order)
{
    uint32_t pn = 0;
    for (std::size_t i = 0; i < PN_LENGTH; ++i)
    {
        std::size_t shift = order == PnByteOrder::BIG ? 8 * (PN_LENGTH - 1 - i) : 8 * i;
        pn |= static_cast<uint32_t>(in[i]) << shift;
    }
    return pn;
}

/**
 * \param msmac MS MAC address
 * \param bsid base station ID
 * \param label the ASCII label
 * \return MSMAC || BSID || label
 */
Bytes
MacBsidLabel(const Mac48& msmac, const Mac48& bsid, const std::string& label)
{
    Bytes astring;
    astring.reserve(msmac.size() + bsid.size() + label.size() + 1);
    Append(astring, msmac);
    Append(astring, bsid);
    Append(astring, label);
    return astring;
}

} // namespace

Bytes
Truncate(ByteView x, std::size_t bits)
{
    if (bits % 8 != 0)
    {
        ThrowUsageError("Truncate: " + std::to_string(bits) + " bits is not a multiple of 8");
    }
    std::size_t octets = bits / 8;
    if (octets > x.size())
    {
        ThrowUsageError("Truncate: cannot keep " + std::to_string(bits) + " bits of a " +
                        std::to_string(x.size()) + "-octet string");
    }
    return Bytes(x.data() + (x.size() - octets), x.data() + x.size());
}

Bytes
Dot16Kdf(ByteView key, ByteView astring, std::size_t bits)
{
    if (bits == 0 || bits % 8 != 0 || bits > std::numeric_limits<uint32_t>::max())
    {
        ThrowUsageError("Dot16KDF: output length " + std::to_string(bits) +
                        " bits must be a positive multiple of 8 below 2^32");
    }
    if (key.size() < 16)
    {
        ThrowUsageError("Dot16KDF: the key must be at least 16 octets, got " +
                        std::to_string(key.size()));
    }
    Bytes kinBytes = Truncate(key, 128);
    WipeOnExit wipeKin(kinBytes);
    const Aes128Key kin{ByteView(kinBytes)};

    const std::size_t blocks = (bits - 1) / 128 + 1;
    Bytes input;
    input.reserve(4 + astring.size() + 4);
    Bytes stream;
    WipeOnExit wipeStream(stream);
    stream.reserve(blocks * 16);
    for (std::size_t i = 0; i < blocks; ++i)
    {
        input.clear();
        AppendBe32(input, static_cast<uint32_t>(i));
        Append(input, astring);
        AppendBe32(input, static_cast<uint32_t>(bits));
        Octets<16> block = AesCmac(kin, input);
        Append(stream, block);
        SecureWipe(block.data(), block.size());
    }
    NS_LOG_FUNCTION(astring.size() << bits << blocks);
    return Truncate(stream, bits);
}

Pmk
DerivePmk(const Msk& msk)
{
    Bytes pmk = Truncate(msk, 160);
    WipeOnExit wipe(pmk);
    return Pmk(pmk);
}

Ak
DeriveAk(const Pmk& pmk, const Mac48& msmac, const Mac48& bsid)
{
    Bytes ak = Dot16Kdf(pmk, MacBsidLabel(msmac, bsid, "AK"), 160);
    WipeOnExit wipe(ak);
    return Ak(ak);
}

Akid
DeriveAkid(const Ak& ak, uint8_t pmkSn, const Mac48& msmac, const Mac48& bsid)
{
    if (pmkSn > 0x0F)
    {
        ThrowUsageError("AKID: PMK_SN " + std::to_string(pmkSn) + " does not fit in 4 bits");
    }
    Bytes astring;
    astring.push_back(pmkSn); // 0b0000 || PMK_SN
    Append(astring, MacBsidLabel(msmac, bsid, "AK"));
    Bytes out = Dot16Kdf(ak, astring, 64);
    Akid akid{};
    std::copy(out.begin(), out.end(), akid.begin());
    return akid;
}

CmacPrekeys
DeriveCmacPrekeysAndKek(const Ak& ak, const Mac48& msmac, const Mac48& bsid)
{
    Bytes out = Dot16Kdf(ak, MacBsidLabel(msmac, bsid, "CMAC_KEYS+KEK"), 384);
    WipeOnExit wipe(out);
    return CmacPrekeys{Aes128Key(ByteView(out.data(), 16)),
                       Aes128Key(ByteView(out.data() + 16, 16)),
                       Kek(ByteView(out.data() + 32, 16))};
}

CmacKey
DeriveCmacKey(const Aes128Key& prekey, uint16_t cmacKeyCount)
{
    Octets<16> block{}; // 112 zero bits, then the count
    block[14] = static_cast<uint8_t>(cmacKeyCount >> 8);
    block[15] = static_cast<uint8_t>(cmacKeyCount);
    Octets<16> key = AesEncryptBlock(prekey, block);
    CmacKey out{ByteView(key)};
    SecureWipe(key.data(), key.size());
    return out;
}

Dot16KeyChain
DeriveDot16KeyChain(const Msk& msk,
                    const Mac48& msmac,
                    const Mac48& bsid,
                    uint8_t pmkSn,
                    uint16_t cmacKeyCount)
{
    Pmk pmk = DerivePmk(msk);
    Ak ak = DeriveAk(pmk, msmac, bsid);
    Akid akid = DeriveAkid(ak, pmkSn, msmac, bsid);
    CmacPrekeys prekeys = DeriveCmacPrekeysAndKek(ak, msmac, bsid);
    return Dot16KeyChain{pmk,
                         ak,
                         akid,
                         DeriveCmacKey(prekeys.up, cmacKeyCount),
                         DeriveCmacKey(prekeys.down, cmacKeyCount),
                         prekeys.kek};
}

Tek
DeriveCounterTek(const Kek& kek, uint16_t cmacKeyCountT, uint16_t said, uint8_t index)
{
    if (index > 1)
    {
        ThrowUsageError("counter-based TEK: index " + std::to_string(index) +
                        " is neither 0 nor 1");
    }
    Bytes astring;
    AppendBe16(astring, cmacKeyCountT);
    AppendBe16(astring, said);
    // "TEK0 Generation" / "TEK1 Generation": 15 ASCII octets, no NUL.
    Append(astring, std::string("TEK") + static_cast<char>('0' + index) + " Generation");
    Bytes tek = Dot16Kdf(kek, astring, 128);
    WipeOnExit wipe(tek);
    return Tek(tek);
}

Octets<8>
CmacTuple(const CmacKey& key,
          const Akid& akid,
          uint32_t cmacPn,
          uint16_t cid,
          ByteView messageWithoutTuple)
{
    Bytes input;
    input.reserve(akid.size() + 4 + 2 + 2 + messageWithoutTuple.size());
    Append(input, akid);
    AppendBe32(input, cmacPn);
    AppendBe16(input, cid);
    AppendBe16(input, 0x0000);
    Append(input, messageWithoutTuple);
    Octets<16> mac = AesCmac(key.Cast<Aes128KeyTag>(), input);
    Octets<8> tuple{};
    std::copy(mac.begin() + 8, mac.end(), tuple.begin()); // rightmost 64 bits
    return tuple;
}

Octets<13>
Dot16CcmNonce(ByteView gmh, uint32_t pn, PnByteOrder order)
{
    if (gmh.size() < GMH_NONCE_OCTETS)
    {
        ThrowUsageError("802.16 CCM nonce: the generic MAC header must be at least 5 octets, "
                        "got " +
                        std::to_string(gmh.size()));
    }
    Octets<13> nonce{};
    std::copy(gmh.data(), gmh.data() + GMH_NONCE_OCTETS, nonce.begin());
    // octets 5..8 stay zero
    WritePn(pn, order, nonce.data() + 9);
    return nonce;
}

Bytes
Dot16CcmSeal(const Tek& tek, ByteView gmh, uint32_t pn, ByteView payload, PnByteOrder order)
{
    Octets<13> nonce = Dot16CcmNonce(gmh, pn, order);
    Bytes sealed = AesCcm::Seal(tek.Cast<Aes128KeyTag>(), nonce, ByteView(), payload, ICV_LENGTH);
    Bytes out(PN_LENGTH);
    WritePn(pn, order, out.data());
    Append(out, sealed);
    return out;
}

std::optional<Dot16CcmPlaintext>
Dot16CcmOpen(const Tek& tek, ByteView gmh, ByteView protectedPayload, PnByteOrder order)
{
    if (protectedPayload.size() < PN_LENGTH + ICV_LENGTH)
    {
        NS_LOG_LOGIC("protected payload of " << protectedPayload.size() << " octets is too short");
        return std::nullopt;
    }
    uint32_t pn = ReadPn(protectedPayload.data(), order);
    Octets<13> nonce = Dot16CcmNonce(gmh, pn, order);
    std::optional<Bytes> plain = AesCcm::Open(
        tek.Cast<Aes128KeyTag>(),
        nonce,
        ByteView(),
        ByteView(protectedPayload.data() + PN_LENGTH, protectedPayload.size() - PN_LENGTH),
        ICV_LENGTH);
    if (!plain)
    {
        NS_LOG_LOGIC("ICV check failed for PN " << pn);
        return std::nullopt;
    }
    return Dot16CcmPlaintext{pn, std::move(*plain)};
}

} // namespace crypto
} // namespace ns3
