/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-backbone-header.h"

#include "ns3/packet-octets.h"

#include <cstring>

namespace ns3
{

NS_OBJECT_ENSURE_REGISTERED(Dot16BackboneHeader);

namespace
{
/// flags bit 0: the MS supports seamless handover.
constexpr uint8_t FLAG_SEAMLESS = 0x01;
/// flags bit 1: the body ends with TEK0 || TEK1.
constexpr uint8_t FLAG_REUSED_TEKS = 0x02;
/// Octets of TEK0 || TEK1 || PN0 || PN1.
constexpr std::size_t TEK_PAIR_SIZE = 40;
/// Octets of an AK.
constexpr std::size_t AK_SIZE = 20;

/// Append a big-endian uint16.
void
Put16(crypto::Bytes& out, uint16_t v)
{
    out.push_back(static_cast<uint8_t>(v >> 8));
    out.push_back(static_cast<uint8_t>(v));
}

/// Bounds-checked reader over a body.
class Reader
{
  public:
    explicit Reader(crypto::ByteView data)
        : m_data(data)
    {
    }

    bool Has(std::size_t n) const
    {
        return m_pos + n <= m_data.size();
    }

    uint8_t U8()
    {
        return m_data.data()[m_pos++];
    }

    uint16_t U16()
    {
        uint16_t v = static_cast<uint16_t>((m_data.data()[m_pos] << 8) | m_data.data()[m_pos + 1]);
        m_pos += 2;
        return v;
    }

    uint32_t U32()
    {
        uint32_t v = (uint32_t{U16()} << 16);
        return v | U16();
    }

    void Copy(uint8_t* out, std::size_t n)
    {
        std::memcpy(out, m_data.data() + m_pos, n);
        m_pos += n;
    }

    std::size_t Left() const
    {
        return m_data.size() - m_pos;
    }

  private:
    crypto::ByteView m_data;
    std::size_t m_pos{0};
};
} // namespace

std::string
Dot16BackboneHeader::StatusName(Status status)
{
    switch (status)
    {
    case Status::OK:
        return "OK";
    case Status::TRUNCATED:
        return "TRUNCATED";
    case Status::OVERLONG:
        return "OVERLONG";
    case Status::BAD_TYPE:
        return "BAD_TYPE";
    case Status::BAD_LENGTH:
        return "BAD_LENGTH";
    case Status::BAD_VALUE:
        return "BAD_VALUE";
    }
    return "?";
}

std::ostream&
operator<<(std::ostream& os, Dot16BackboneHeader::Status status)
{
    return os << Dot16BackboneHeader::StatusName(status);
}

std::string
Dot16BackboneHeader::TypeName(uint8_t type)
{
    switch (type)
    {
    case HO_REQUEST:
        return "HO_REQUEST";
    case CONTEXT_PUSH:
        return "CONTEXT_PUSH";
    case CONTEXT_ACK:
        return "CONTEXT_ACK";
    case HO_RESPONSE:
        return "HO_RESPONSE";
    case HO_CONFIRM:
        return "HO_CONFIRM";
    case HO_COMPLETE:
        return "HO_COMPLETE";
    case CONTEXT_REQUEST:
        return "CONTEXT_REQUEST";
    }
    return "type-" + std::to_string(type);
}

TypeId
Dot16BackboneHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16BackboneHeader")
                            .SetParent<Header>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16BackboneHeader>();
    return tid;
}

TypeId
Dot16BackboneHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

Dot16BackboneHeader::Dot16BackboneHeader() = default;

void
Dot16BackboneHeader::EncodeBody(crypto::Bytes& out) const
{
    auto putCids = [&]() {
        Put16(out, basicCid);
        Put16(out, primaryCid);
        Put16(out, transportCid);
    };
    auto putBsids = [&]() {
        NS_ABORT_MSG_IF(bsids.size() > 255, "at most 255 BSIDs");
        out.push_back(static_cast<uint8_t>(bsids.size()));
        for (const auto& b : bsids)
        {
            out.insert(out.end(), b.begin(), b.end());
        }
    };
    switch (type)
    {
    case HO_REQUEST:
        putBsids();
        putCids();
        break;
    case CONTEXT_PUSH:
        NS_ABORT_MSG_UNLESS(ak.size() == AK_SIZE, "the AK has 20 octets");
        out.insert(out.end(), ak.begin(), ak.end());
        out.insert(out.end(), akid.begin(), akid.end());
        Put16(out, static_cast<uint16_t>(pmkLifetime >> 16));
        Put16(out, static_cast<uint16_t>(pmkLifetime));
        out.push_back(pmkSn);
        Put16(out, cmacKeyCount);
        putCids();
        break;
    case HO_RESPONSE:
        putBsids();
        break;
    case HO_CONFIRM:
    case HO_COMPLETE:
        Put16(out, cmacKeyCount);
        break;
    case CONTEXT_REQUEST:
        putCids();
        break;
    default:
        break;
    }
    if (reusedTeks)
    {
        NS_ABORT_MSG_UNLESS(reusedTeks->size() == TEK_PAIR_SIZE,
                            "TEK0 || TEK1 || PN0 || PN1 has 40 octets");
        out.insert(out.end(), reusedTeks->begin(), reusedTeks->end());
    }
}

crypto::Bytes
Dot16BackboneHeader::Encode() const
{
    crypto::Bytes body;
    EncodeBody(body);
    crypto::Bytes out;
    out.push_back(type);
    out.push_back(
        static_cast<uint8_t>((seamless ? FLAG_SEAMLESS : 0) | (reusedTeks ? FLAG_REUSED_TEKS : 0)));
    Put16(out, static_cast<uint16_t>(body.size()));
    out.insert(out.end(), msMac.begin(), msMac.end());
    out.insert(out.end(), bsid.begin(), bsid.end());
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

Dot16BackboneHeader::Status
Dot16BackboneHeader::Decode(crypto::ByteView octets)
{
    bsids.clear();
    reusedTeks.reset();
    ak.clear();
    if (octets.size() < FIXED_SIZE)
    {
        return Status::TRUNCATED;
    }
    Reader r(octets);
    type = r.U8();
    uint8_t flags = r.U8();
    uint16_t length = r.U16();
    r.Copy(msMac.data(), msMac.size());
    r.Copy(bsid.data(), bsid.size());
    if (type < HO_REQUEST || type > CONTEXT_REQUEST)
    {
        return Status::BAD_TYPE;
    }
    if ((flags & ~(FLAG_SEAMLESS | FLAG_REUSED_TEKS)) != 0)
    {
        return Status::BAD_VALUE;
    }
    if (r.Left() < length)
    {
        return Status::TRUNCATED;
    }
    if (r.Left() > length)
    {
        return Status::OVERLONG;
    }
    seamless = (flags & FLAG_SEAMLESS) != 0;
    crypto::ByteView body(octets.data() + FIXED_SIZE, length);
    if ((flags & FLAG_REUSED_TEKS) != 0)
    {
        if (length < TEK_PAIR_SIZE)
        {
            return Status::BAD_LENGTH;
        }
        const uint8_t* teks = body.data() + length - TEK_PAIR_SIZE;
        reusedTeks = crypto::Bytes(teks, teks + TEK_PAIR_SIZE);
        body = crypto::ByteView(body.data(), length - TEK_PAIR_SIZE);
    }
    return DecodeBody(body);
}

Dot16BackboneHeader::Status
Dot16BackboneHeader::DecodeBody(crypto::ByteView body)
{
    Reader r(body);
    auto getBsids = [&]() {
        if (!r.Has(1))
        {
            return false;
        }
        uint8_t n = r.U8();
        if (!r.Has(std::size_t{n} * 6))
        {
            return false;
        }
        for (uint8_t i = 0; i < n; ++i)
        {
            crypto::Mac48 b{};
            r.Copy(b.data(), b.size());
            bsids.push_back(b);
        }
        return true;
    };
    auto getCids = [&]() {
        if (!r.Has(6))
        {
            return false;
        }
        basicCid = r.U16();
        primaryCid = r.U16();
        transportCid = r.U16();
        return true;
    };
    bool ok = true;
    switch (type)
    {
    case HO_REQUEST:
        ok = getBsids() && getCids();
        break;
    case CONTEXT_PUSH:
        ok = r.Has(AK_SIZE + akid.size() + 4 + 1 + 2);
        if (ok)
        {
            ak.resize(AK_SIZE);
            r.Copy(ak.data(), AK_SIZE);
            r.Copy(akid.data(), akid.size());
            pmkLifetime = r.U32();
            pmkSn = r.U8();
            cmacKeyCount = r.U16();
            ok = getCids();
        }
        break;
    case HO_RESPONSE:
        ok = getBsids();
        break;
    case HO_CONFIRM:
    case HO_COMPLETE:
        ok = r.Has(2);
        if (ok)
        {
            cmacKeyCount = r.U16();
        }
        break;
    case CONTEXT_REQUEST:
        ok = getCids();
        break;
    default: // CONTEXT_ACK: empty body
        break;
    }
    if (!ok || r.Left() != 0)
    {
        return Status::BAD_LENGTH;
    }
    return Status::OK;
}

void
Dot16BackboneHeader::Serialize(Buffer::Iterator start) const
{
    crypto::Bytes out = Encode();
    start.Write(out.data(), static_cast<uint32_t>(out.size()));
}

uint32_t
Dot16BackboneHeader::Deserialize(Buffer::Iterator start)
{
    crypto::Bytes octets = ReadRemaining(start);
    m_status = Decode(octets);
    return static_cast<uint32_t>(octets.size());
}

uint32_t
Dot16BackboneHeader::GetSerializedSize() const
{
    return static_cast<uint32_t>(Encode().size());
}

Dot16BackboneHeader::Status
Dot16BackboneHeader::GetParseStatus() const
{
    return m_status;
}

void
Dot16BackboneHeader::Print(std::ostream& os) const
{
    os << TypeName(type) << " ckc=" << cmacKeyCount << " bsids=" << bsids.size()
       << (seamless ? " seamless" : "") << (reusedTeks ? " reused-teks" : "");
}

} // namespace ns3
