/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-cmac-tuple.h"

#include "ns3/abort.h"
#include "ns3/log.h"

#include <openssl/crypto.h>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16CmacTuple");

uint8_t
Dot16CmacTlvType(Dot16CmacFormat format)
{
    return format == Dot16CmacFormat::CMAC_TUPLE ? DOT16_TLV_CMAC_TUPLE
                                                 : DOT16_PKM_ATTR_CMAC_DIGEST;
}

std::size_t
Dot16CmacValueSize(Dot16CmacFormat format)
{
    return format == Dot16CmacFormat::CMAC_TUPLE ? 13 : 12;
}

std::size_t
Dot16CmacTlvSize(Dot16CmacFormat format)
{
    return 2 + Dot16CmacValueSize(format);
}

Dot16ParseStatus
Dot16DecodeCmacValue(crypto::ByteView value, Dot16CmacFormat format, Dot16CmacTupleValue& tuple)
{
    if (value.size() != Dot16CmacValueSize(format))
    {
        return Dot16ParseStatus::BAD_LENGTH;
    }
    const uint8_t* p = value.data();
    Dot16CmacTupleValue t;
    if (format == Dot16CmacFormat::CMAC_TUPLE)
    {
        if (p[0] & 0xF0)
        {
            return Dot16ParseStatus::BAD_VALUE; // reserved bits
        }
        t.keySequence = p[0] & 0x0F;
        ++p;
    }
    t.cmacPn = (uint32_t(p[0]) << 24) | (uint32_t(p[1]) << 16) | (uint32_t(p[2]) << 8) | p[3];
    std::copy(p + 4, p + 12, t.cmac.begin());
    tuple = t;
    return Dot16ParseStatus::OK;
}

void
AppendCmacTuple(crypto::Bytes& message,
                const crypto::CmacKey& key,
                const crypto::Akid& akid,
                uint32_t cmacPn,
                uint16_t cid,
                uint8_t keySequence,
                Dot16CmacFormat format)
{
    NS_ABORT_MSG_IF(keySequence > 0x0F, "CMAC tuple key sequence number is 4 bits");
    crypto::Octets<8> cmac = crypto::CmacTuple(key, akid, cmacPn, cid, crypto::ByteView(message));
    crypto::Bytes value;
    if (format == Dot16CmacFormat::CMAC_TUPLE)
    {
        value.push_back(keySequence);
    }
    for (int shift = 24; shift >= 0; shift -= 8)
    {
        value.push_back(static_cast<uint8_t>(cmacPn >> shift));
    }
    value.insert(value.end(), cmac.begin(), cmac.end());
    Dot16AppendTlv(message, Dot16CmacTlvType(format), crypto::ByteView(value));
}

Dot16ParseStatus
VerifyCmacTuple(crypto::ByteView message,
                const crypto::CmacKey& key,
                const crypto::Akid& akid,
                uint16_t cid,
                uint8_t keySequence,
                Dot16CmacTupleValue* tuple,
                Dot16CmacFormat format)
{
    std::size_t tlvSize = Dot16CmacTlvSize(format);
    // The management type octet precedes the tuple at the very least.
    if (message.size() < tlvSize + 1)
    {
        return Dot16ParseStatus::MISSING_MANDATORY;
    }
    std::size_t start = message.size() - tlvSize;
    const uint8_t* p = message.data();
    if (p[start] != Dot16CmacTlvType(format) || p[start + 1] != Dot16CmacValueSize(format))
    {
        return Dot16ParseStatus::MISSING_MANDATORY;
    }
    Dot16CmacTupleValue received;
    Dot16ParseStatus status =
        Dot16DecodeCmacValue(crypto::ByteView(p + start + 2, tlvSize - 2), format, received);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    if (tuple != nullptr)
    {
        *tuple = received;
    }
    crypto::Octets<8> expected =
        crypto::CmacTuple(key, akid, received.cmacPn, cid, crypto::ByteView(p, start));
    bool otherAk = format == Dot16CmacFormat::CMAC_TUPLE && received.keySequence != keySequence;
    if (CRYPTO_memcmp(expected.data(), received.cmac.data(), expected.size()) != 0 || otherAk)
    {
        NS_LOG_LOGIC("CMAC tuple does not verify (CMAC_PN " << received.cmacPn << ", CID " << cid
                                                            << ")");
        return Dot16ParseStatus::BAD_CMAC;
    }
    return Dot16ParseStatus::OK;
}

} // namespace ns3
