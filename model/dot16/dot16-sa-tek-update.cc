/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-sa-tek-update.h"

#include "ns3/abort.h"
#include "ns3/aes-key-wrap.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16SaTekUpdate");

namespace
{
/// Size of an AES-key-wrapped 128-bit TEK.
constexpr std::size_t WRAPPED_TEK_SIZE = 24;
} // namespace

Dot16TekParameters
Dot16TekParameters::Wrap(const crypto::Kek& kek,
                         const crypto::Tek& tek,
                         uint32_t lifetime,
                         uint8_t keySequence)
{
    NS_ABORT_MSG_IF(keySequence > 3, "TEK key sequence number is 2 bits");
    Dot16TekParameters p;
    p.wrappedTek = crypto::AesKeyWrap(kek.Cast<crypto::KeyWrapKekTag>(), crypto::ByteView(tek));
    p.lifetime = lifetime;
    p.keySequence = keySequence;
    return p;
}

std::optional<crypto::Tek>
Dot16TekParameters::Unwrap(const crypto::Kek& kek) const
{
    std::optional<crypto::Bytes> tek =
        crypto::AesKeyUnwrap(kek.Cast<crypto::KeyWrapKekTag>(), crypto::ByteView(wrappedTek));
    if (!tek || tek->size() != 16)
    {
        if (tek)
        {
            crypto::SecureWipe(tek->data(), tek->size());
        }
        return std::nullopt;
    }
    crypto::WipeOnExit wipe(*tek);
    return crypto::Tek(crypto::ByteView(*tek));
}

void
Dot16TekParameters::EncodeValue(crypto::Bytes& out) const
{
    Dot16AppendTlv(out, DOT16_PKM_ATTR_TEK, crypto::ByteView(wrappedTek));
    Dot16AppendTlvU32(out, DOT16_PKM_ATTR_KEY_LIFETIME, lifetime);
    Dot16AppendTlvU8(out, DOT16_PKM_ATTR_KEY_SEQUENCE_NUMBER, keySequence);
}

Dot16ParseStatus
Dot16TekParameters::DecodeValue(crypto::ByteView value, Dot16TekParameters& params)
{
    std::vector<Dot16Tlv> tlvs;
    Dot16ParseStatus status = Dot16ParseTlvList(value, tlvs);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    Dot16TekParameters p;
    Dot16TlvSeen seen;
    for (const Dot16Tlv& tlv : tlvs)
    {
        switch (tlv.type)
        {
        case DOT16_PKM_ATTR_TEK:
            if (tlv.value.size() != WRAPPED_TEK_SIZE)
            {
                return Dot16ParseStatus::BAD_LENGTH;
            }
            p.wrappedTek = tlv.value;
            break;
        case DOT16_PKM_ATTR_KEY_LIFETIME:
            status = Dot16TlvValueU32(tlv, p.lifetime);
            break;
        case DOT16_PKM_ATTR_KEY_SEQUENCE_NUMBER:
            status = Dot16TlvValueU8(tlv, p.keySequence);
            if (status == Dot16ParseStatus::OK && p.keySequence > 3)
            {
                status = Dot16ParseStatus::BAD_VALUE;
            }
            break;
        default:
            continue; // unknown sub-attribute: skipped
        }
        status = seen.Check(tlv.type, status);
        if (status != Dot16ParseStatus::OK)
        {
            return status;
        }
    }
    if (!seen.Has(DOT16_PKM_ATTR_TEK) || !seen.Has(DOT16_PKM_ATTR_KEY_LIFETIME) ||
        !seen.Has(DOT16_PKM_ATTR_KEY_SEQUENCE_NUMBER))
    {
        return Dot16ParseStatus::MISSING_MANDATORY;
    }
    params = p;
    return Dot16ParseStatus::OK;
}

void
Dot16SaTekUpdate::EncodeValue(crypto::Bytes& out) const
{
    Dot16AppendTlvU8(out, 1, updateType);
    Dot16AppendTlvU16(out, 2, newSaid);
    Dot16AppendTlvU16(out, 3, oldSaid);
    for (uint8_t type : {uint8_t(4), uint8_t(5)})
    {
        const std::optional<Dot16TekParameters>& tek = type == 4 ? olderTek : newerTek;
        if (tek)
        {
            crypto::Bytes value;
            tek->EncodeValue(value);
            Dot16AppendTlv(out, type, crypto::ByteView(value));
        }
    }
}

Dot16ParseStatus
Dot16SaTekUpdate::DecodeValue(crypto::ByteView value, Dot16SaTekUpdate& update)
{
    std::vector<Dot16Tlv> tlvs;
    Dot16ParseStatus status = Dot16ParseTlvList(value, tlvs);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    Dot16SaTekUpdate u;
    Dot16TlvSeen seen;
    for (const Dot16Tlv& tlv : tlvs)
    {
        switch (tlv.type)
        {
        case 1:
            status = Dot16TlvValueU8(tlv, u.updateType);
            break;
        case 2:
            status = Dot16TlvValueU16(tlv, u.newSaid);
            break;
        case 3:
            status = Dot16TlvValueU16(tlv, u.oldSaid);
            break;
        case 4:
        case 5: {
            Dot16TekParameters params;
            status = Dot16TekParameters::DecodeValue(crypto::ByteView(tlv.value), params);
            (tlv.type == 4 ? u.olderTek : u.newerTek) = params;
            break;
        }
        default:
            continue;
        }
        status = seen.Check(tlv.type, status);
        if (status != Dot16ParseStatus::OK)
        {
            return status;
        }
    }
    if (!seen.Has(1) || !seen.Has(2) || (!seen.Has(4) && !seen.Has(5)))
    {
        return Dot16ParseStatus::MISSING_MANDATORY;
    }
    update = u;
    return Dot16ParseStatus::OK;
}

Dot16ParseStatus
Dot16SaTekUpdate::UnwrapTeks(const crypto::Kek& kek,
                             std::optional<crypto::Tek>& older,
                             std::optional<crypto::Tek>& newer) const
{
    older.reset();
    newer.reset();
    if (olderTek)
    {
        older = olderTek->Unwrap(kek);
        if (!older)
        {
            return Dot16ParseStatus::UNWRAP_FAILED;
        }
    }
    if (newerTek)
    {
        newer = newerTek->Unwrap(kek);
        if (!newer)
        {
            older.reset();
            return Dot16ParseStatus::UNWRAP_FAILED;
        }
    }
    return Dot16ParseStatus::OK;
}

} // namespace ns3
