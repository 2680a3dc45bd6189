/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mis-keys.h"

#include "aes-key-wrap.h"
#include "kbkdf.h"
#include "mac.h"
#include "octet-writer.h"

#include "ns3/log.h"

namespace ns3
{
namespace crypto
{

NS_LOG_COMPONENT_DEFINE("CryptoMisKeys");

namespace
{

/// Mask label for K sent to the TPoS (MIS_N2N_Prereg_Xfer).
const std::string N2N_KDK_LABEL = "MIS N2N KDK";
/// Mask label for K sent to the MN (MIS_Prereg_Xfer response).
const std::string MN_KDK_LABEL = "MIS MN KDK";
/// KBKDF label of the MISK.
const std::string MISK_LABEL = "MISK";
/// KBKDF label of MIIK || MIEK.
const std::string SA_KEYS_LABEL = "MIS SA KEYS";
/// KBKDF label of the media-specific PMK (ours: the draft gives no derivation).
const std::string MSPMK_LABEL = "MIS MSPMK";
/// KBKDF label of the keys that protect MIS messages under a transport key (ours).
const std::string MESSAGE_KEYS_LABEL = "MIS MESSAGE PROTECTION";
/// Largest value an LV length octet can announce.
constexpr std::size_t LV_MAX = 255;

/**
 * \brief Append one length octet, then the value.
 * \param out the buffer to extend
 * \param value at most 255 octets
 * \param what a name for the error message
 */
void
AppendLv(Bytes& out, ByteView value, const char* what)
{
    if (value.size() > LV_MAX)
    {
        ThrowUsageError(std::string(what) + " of " + std::to_string(value.size()) +
                        " octets does not fit a one-octet length (at most 255)");
    }
    out.push_back(static_cast<uint8_t>(value.size()));
    Append(out, value);
}

} // namespace

Octets<16>
KdkTransportMask(KdkRecipient to,
                 const MisTransportKey& key,
                 const std::string& id,
                 const Nonce16& nonceT,
                 const Nonce16& nonceN,
                 MnMaskInputs mnInputs)
{
    const bool toTpos = to == KdkRecipient::TPOS;
    const bool withNonceT = toTpos || mnInputs == MnMaskInputs::THREE;
    NS_LOG_FUNCTION((toTpos ? "TPoS" : "MN") << id << withNonceT);
    Bytes input;
    Append(input, toTpos ? N2N_KDK_LABEL : MN_KDK_LABEL);
    input.push_back(0x00);
    AppendLv(input, id, toTpos ? "MNID" : "TPoS identifier");
    if (withNonceT)
    {
        AppendLv(input, nonceT, "Nonce-T");
    }
    AppendLv(input, nonceN, "Nonce-N");
    return AesCmac(key.Cast<Aes128KeyTag>(), input);
}

Octets<16>
XorKdk(const Kdk& k, const Octets<16>& mask)
{
    const Bytes& key = k.GetBytes();
    Octets<16> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
    {
        out[i] = key[i] ^ mask[i];
    }
    return out;
}

Kdk
UnmaskKdk(const Octets<16>& wrapped, const Octets<16>& mask)
{
    Octets<16> k{};
    for (std::size_t i = 0; i < k.size(); ++i)
    {
        k[i] = wrapped[i] ^ mask[i];
    }
    Kdk out{ByteView(k)};
    SecureWipe(k.data(), k.size());
    return out;
}

Bytes
EncryptKdk(const MisTransportKey& key, const Kdk& k)
{
    return AesKeyWrap(key.Cast<KeyWrapKekTag>(), k);
}

std::optional<Kdk>
DecryptKdk(const MisTransportKey& key, ByteView wrapped)
{
    std::optional<Bytes> plain = AesKeyUnwrap(key.Cast<KeyWrapKekTag>(), wrapped);
    if (!plain)
    {
        NS_LOG_LOGIC("K unwrap failed its integrity check");
        return std::nullopt;
    }
    std::optional<Kdk> out;
    if (plain->size() == KdkTag::MIN_LENGTH)
    {
        out.emplace(ByteView(*plain));
    }
    else
    {
        NS_LOG_LOGIC("unwrapped K has " << plain->size() << " octets, not 16");
    }
    SecureWipe(plain->data(), plain->size());
    return out;
}

Bytes
MisKdfContext(const Nonce16& nonceT,
              const Nonce16& nonceN,
              const std::string& mnId,
              const std::string& tposId,
              uint8_t ciphersuite)
{
    Bytes context;
    context.reserve(nonceT.size() + nonceN.size() + 2 + mnId.size() + tposId.size() + 1);
    Append(context, nonceT);
    Append(context, nonceN);
    AppendLv(context, mnId, "MNID");
    AppendLv(context, tposId, "TPoS identifier");
    context.push_back(ciphersuite);
    return context;
}

MisSessionKeys
DeriveMisSessionKeys(const Kdk& k,
                     const Nonce16& nonceT,
                     const Nonce16& nonceN,
                     const std::string& mnId,
                     const std::string& tposId,
                     uint8_t ciphersuite)
{
    NS_LOG_FUNCTION(mnId << tposId << static_cast<unsigned>(ciphersuite));
    Bytes context = MisKdfContext(nonceT, nonceN, mnId, tposId, ciphersuite);
    Bytes misk = KbkdfCmacCounter(k.Cast<Aes128KeyTag>(), MISK_LABEL, context, 128);
    Bytes saKeys = KbkdfCmacCounter(Aes128Key(ByteView(misk)), SA_KEYS_LABEL, context, 256);
    MisSessionKeys keys{Misk(ByteView(misk)),
                        Miik(ByteView(saKeys.data(), 16)),
                        Miek(ByteView(saKeys.data() + 16, 16))};
    SecureWipe(misk.data(), misk.size());
    SecureWipe(saKeys.data(), saKeys.size());
    return keys;
}

Bytes
DeriveMediaSpecificPmk(const Kdk& k, ByteView context)
{
    NS_LOG_FUNCTION_NOARGS();
    return KbkdfCmacCounter(k.Cast<Aes128KeyTag>(), MSPMK_LABEL, context, 256);
}

MisSessionKeys
DeriveMisMessageKeys(const MisTransportKey& key, const std::string& idA, const std::string& idB)
{
    NS_LOG_FUNCTION(idA << idB);
    // The two identifiers in sorted order, so that both ends build the same context.
    const std::string& low = idA < idB ? idA : idB;
    const std::string& high = idA < idB ? idB : idA;
    Bytes context;
    AppendLv(context, low, "MISF ID");
    AppendLv(context, high, "MISF ID");
    Bytes keys = KbkdfCmacCounter(key.Cast<Aes128KeyTag>(), MESSAGE_KEYS_LABEL, context, 256);
    MisSessionKeys out{Misk(ByteView(key.GetBytes())),
                       Miik(ByteView(keys.data(), 16)),
                       Miek(ByteView(keys.data() + 16, 16))};
    SecureWipe(keys.data(), keys.size());
    return out;
}

} // namespace crypto
} // namespace ns3
