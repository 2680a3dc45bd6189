/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-handover-messages.h"

#include "ns3/abort.h"
#include "ns3/hex.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16HandoverMessages");

NS_OBJECT_ENSURE_REGISTERED(Dot16MobNbrAdv);
NS_OBJECT_ENSURE_REGISTERED(Dot16MobMshoReq);
NS_OBJECT_ENSURE_REGISTERED(Dot16MobBshoRsp);
NS_OBJECT_ENSURE_REGISTERED(Dot16MobHoInd);

namespace
{

/// Reads fixed fields; any read past the end marks the reader failed and yields zeros.
class FieldReader
{
  public:
    explicit FieldReader(crypto::ByteView data)
        : m_data(data),
          m_pos(0),
          m_ok(true)
    {
    }

    uint8_t U8()
    {
        if (!Need(1))
        {
            return 0;
        }
        return m_data.data()[m_pos++];
    }

    uint16_t U16()
    {
        uint16_t high = U8();
        return static_cast<uint16_t>((high << 8) | U8());
    }

    uint32_t U24()
    {
        uint32_t value = 0;
        for (int i = 0; i < 3; ++i)
        {
            value = (value << 8) | U8();
        }
        return value;
    }

    template <std::size_t N>
    crypto::Octets<N> Octets()
    {
        crypto::Octets<N> out{};
        if (Need(N))
        {
            std::copy(m_data.data() + m_pos, m_data.data() + m_pos + N, out.begin());
            m_pos += N;
        }
        return out;
    }

    bool Ok() const
    {
        return m_ok;
    }

    std::size_t Remaining() const
    {
        return m_ok ? m_data.size() - m_pos : 0;
    }

    crypto::ByteView Take(std::size_t n)
    {
        if (!Need(n))
        {
            return crypto::ByteView();
        }
        crypto::ByteView view(m_data.data() + m_pos, n);
        m_pos += n;
        return view;
    }

    crypto::ByteView Rest()
    {
        return Take(Remaining());
    }

  private:
    bool Need(std::size_t n)
    {
        if (!m_ok || m_data.size() - m_pos < n)
        {
            m_ok = false;
            return false;
        }
        return true;
    }

    crypto::ByteView m_data; //!< input
    std::size_t m_pos;       //!< next octet
    bool m_ok;               //!< no read went past the end
};

void
AppendMetrics(crypto::Bytes& out, uint8_t reportMetric, const Dot16BsMetrics& m)
{
    if (reportMetric & 0x01)
    {
        out.push_back(m.cinrMean);
    }
    if (reportMetric & 0x02)
    {
        out.push_back(m.rssiMean);
    }
    if (reportMetric & 0x04)
    {
        out.push_back(m.relativeDelay);
    }
    if (reportMetric & 0x08)
    {
        out.push_back(m.rtd);
    }
}

Dot16BsMetrics
ReadMetrics(FieldReader& r, uint8_t reportMetric)
{
    Dot16BsMetrics m;
    m.cinrMean = (reportMetric & 0x01) ? r.U8() : 0;
    m.rssiMean = (reportMetric & 0x02) ? r.U8() : 0;
    m.relativeDelay = (reportMetric & 0x04) ? r.U8() : 0;
    m.rtd = (reportMetric & 0x08) ? r.U8() : 0;
    return m;
}

/**
 * \brief Append the part of a MOB_MSHO-REQ candidate entry that IndexedBs and FullBs share:
 *        preamble index, metrics, then the service level prediction octet.
 * \param out the buffer to extend
 * \param reportMetric the report metric bitmap
 * \param bs the entry
 */
template <typename Bs>
void
AppendCandidateReport(crypto::Bytes& out, uint8_t reportMetric, const Bs& bs)
{
    NS_ABORT_MSG_IF(bs.serviceLevelPrediction > 7 || bs.arrivalTimeDifference > 15,
                    "MOB_MSHO-REQ field out of range");
    out.push_back(bs.preambleIndex);
    AppendMetrics(out, reportMetric, bs.metrics);
    bool indication = bs.arrivalTimeDifferenceIndication;
    out.push_back(static_cast<uint8_t>((bs.serviceLevelPrediction << 5) | (indication ? 0x10 : 0) |
                                       (indication ? bs.arrivalTimeDifference : 0)));
}

/**
 * \brief Read what AppendCandidateReport writes.
 * \param r the reader
 * \param reportMetric the report metric bitmap
 * \param bs the entry to fill
 * \return false if the arrival time difference is set without its indication (BAD_VALUE)
 */
template <typename Bs>
bool
ReadCandidateReport(FieldReader& r, uint8_t reportMetric, Bs& bs)
{
    bs.preambleIndex = r.U8();
    bs.metrics = ReadMetrics(r, reportMetric);
    uint8_t octet = r.U8();
    bs.serviceLevelPrediction = octet >> 5;
    bs.arrivalTimeDifferenceIndication = (octet & 0x10) != 0;
    bs.arrivalTimeDifference = octet & 0x0F;
    return bs.arrivalTimeDifferenceIndication || bs.arrivalTimeDifference == 0;
}

void
AppendMac48(crypto::Bytes& out, const crypto::Mac48& mac)
{
    out.insert(out.end(), mac.begin(), mac.end());
}

/// The tail of a message: TLVs, each known-unique type at most once (none are known here).
Dot16ParseStatus
CheckNoDuplicates(const std::vector<Dot16Tlv>& tlvs)
{
    Dot16TlvSeen seen;
    for (const Dot16Tlv& tlv : tlvs)
    {
        if (seen.Mark(tlv.type))
        {
            return Dot16ParseStatus::DUPLICATE;
        }
    }
    return Dot16ParseStatus::OK;
}

} // namespace

// ---- MOB_NBR-ADV ---------------------------------------------------------------------------

TypeId
Dot16MobNbrAdv::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16MobNbrAdv")
                            .SetParent<Dot16ManagementMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16MobNbrAdv>();
    return tid;
}

TypeId
Dot16MobNbrAdv::GetInstanceTypeId() const
{
    return GetTypeId();
}

uint8_t
Dot16MobNbrAdv::GetManagementType() const
{
    return static_cast<uint8_t>(Dot16ManagementType::MOB_NBR_ADV);
}

void
Dot16MobNbrAdv::EncodeBody(crypto::Bytes& out) const
{
    NS_ABORT_MSG_IF(skipOptionalFields > 0x0F, "MOB_NBR-ADV skip bitmap uses bits 0-3");
    NS_ABORT_MSG_IF(neighbors.size() > 255, "MOB_NBR-ADV lists at most 255 neighbours");
    NS_ABORT_MSG_IF(fragmentationIndex > 15 || totalFragmentation > 15,
                    "MOB_NBR-ADV fragmentation fields are 4 bits");
    out.push_back(skipOptionalFields);
    if (!(skipOptionalFields & 0x01))
    {
        out.push_back(static_cast<uint8_t>(operatorId >> 16));
        out.push_back(static_cast<uint8_t>(operatorId >> 8));
        out.push_back(static_cast<uint8_t>(operatorId));
    }
    out.push_back(configurationChangeCount);
    out.push_back(static_cast<uint8_t>((fragmentationIndex << 4) | totalFragmentation));
    out.push_back(static_cast<uint8_t>(neighbors.size()));
    for (const Neighbor& n : neighbors)
    {
        crypto::Bytes entry;
        entry.push_back(0); // Length, set below
        entry.push_back(n.phyProfileId);
        if (!(skipOptionalFields & 0x02))
        {
            entry.push_back(static_cast<uint8_t>(n.bsidLsb24 >> 16));
            entry.push_back(static_cast<uint8_t>(n.bsidLsb24 >> 8));
            entry.push_back(static_cast<uint8_t>(n.bsidLsb24));
        }
        entry.push_back(n.preambleIndex);
        if (!(skipOptionalFields & 0x04))
        {
            entry.push_back(n.hoProcessOptimization);
        }
        if (!(skipOptionalFields & 0x08))
        {
            entry.push_back(n.schedulingService);
        }
        NS_ABORT_MSG_IF(n.dcdCcc > 15 || n.ucdCcc > 15, "DCD/UCD CCC are 4 bits");
        entry.push_back(static_cast<uint8_t>((n.dcdCcc << 4) | n.ucdCcc));
        for (const Dot16Tlv& tlv : n.tlvs)
        {
            Dot16AppendTlv(entry, tlv);
        }
        NS_ABORT_MSG_IF(entry.size() > 255, "MOB_NBR-ADV neighbour entry above 255 octets");
        entry[0] = static_cast<uint8_t>(entry.size());
        out.insert(out.end(), entry.begin(), entry.end());
    }
    for (const Dot16Tlv& tlv : tlvs)
    {
        Dot16AppendTlv(out, tlv);
    }
}

Dot16ParseStatus
Dot16MobNbrAdv::DecodeBody(uint8_t /* type */, crypto::ByteView body)
{
    *this = Dot16MobNbrAdv();
    FieldReader r(body);
    skipOptionalFields = r.U8();
    if (r.Ok() && (skipOptionalFields & 0xF0))
    {
        return Dot16ParseStatus::BAD_VALUE;
    }
    if (!(skipOptionalFields & 0x01))
    {
        operatorId = r.U24();
    }
    configurationChangeCount = r.U8();
    uint8_t fragments = r.U8();
    fragmentationIndex = fragments >> 4;
    totalFragmentation = fragments & 0x0F;
    uint8_t count = r.U8();
    if (!r.Ok())
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    std::size_t fixed = 3 + ((skipOptionalFields & 0x02) ? 0 : 3) +
                        ((skipOptionalFields & 0x04) ? 0 : 1) +
                        ((skipOptionalFields & 0x08) ? 0 : 1); // PHY, preamble, CCCs: 3
    for (uint8_t i = 0; i < count; ++i)
    {
        uint8_t length = r.U8();
        if (!r.Ok())
        {
            return Dot16ParseStatus::TRUNCATED;
        }
        if (length < 1 + fixed)
        {
            return Dot16ParseStatus::BAD_LENGTH;
        }
        crypto::ByteView entryView = r.Take(length - 1);
        if (!r.Ok())
        {
            return Dot16ParseStatus::TRUNCATED;
        }
        FieldReader e(entryView);
        Neighbor n;
        n.phyProfileId = e.U8();
        if (!(skipOptionalFields & 0x02))
        {
            n.bsidLsb24 = e.U24();
        }
        n.preambleIndex = e.U8();
        if (!(skipOptionalFields & 0x04))
        {
            n.hoProcessOptimization = e.U8();
        }
        if (!(skipOptionalFields & 0x08))
        {
            n.schedulingService = e.U8();
        }
        uint8_t ccc = e.U8();
        n.dcdCcc = ccc >> 4;
        n.ucdCcc = ccc & 0x0F;
        Dot16ParseStatus status = Dot16ParseTlvList(e.Rest(), n.tlvs);
        if (status != Dot16ParseStatus::OK)
        {
            return status;
        }
        neighbors.push_back(n);
    }
    Dot16ParseStatus status = ReadTlvSection(r.Rest(), tlvs);
    if (status != Dot16ParseStatus::OK)
    {
        return status;
    }
    if (HasCmacTuple() || HasHmacTuple())
    {
        return Dot16ParseStatus::UNEXPECTED_TYPE; // a broadcast carries no tuple
    }
    return CheckNoDuplicates(tlvs);
}

void
Dot16MobNbrAdv::Print(std::ostream& os) const
{
    os << "MOB_NBR-ADV neighbours=" << neighbors.size()
       << " CCC=" << unsigned(configurationChangeCount);
}

// ---- MOB_MSHO-REQ --------------------------------------------------------------------------

TypeId
Dot16MobMshoReq::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16MobMshoReq")
                            .SetParent<Dot16ManagementMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16MobMshoReq>();
    return tid;
}

TypeId
Dot16MobMshoReq::GetInstanceTypeId() const
{
    return GetTypeId();
}

uint8_t
Dot16MobMshoReq::GetManagementType() const
{
    return static_cast<uint8_t>(Dot16ManagementType::MOB_MSHO_REQ);
}

void
Dot16MobMshoReq::EncodeBody(crypto::Bytes& out) const
{
    NS_ABORT_MSG_IF(reportMetric > 0x0F, "MOB_MSHO-REQ report metric uses bits 0-3");
    NS_ABORT_MSG_IF(indexedBss.size() > 255 || fullBss.size() > 255 || currentBss.size() > 7,
                    "MOB_MSHO-REQ list too long");
    out.push_back(reportMetric);
    out.push_back(static_cast<uint8_t>(indexedBss.size()));
    if (!indexedBss.empty())
    {
        out.push_back(nbrAdvChangeCount);
    }
    for (const IndexedBs& bs : indexedBss)
    {
        out.push_back(bs.neighborIndex);
        AppendCandidateReport(out, reportMetric, bs);
    }
    out.push_back(static_cast<uint8_t>(fullBss.size()));
    for (const FullBs& bs : fullBss)
    {
        AppendMac48(out, bs.bsid);
        AppendCandidateReport(out, reportMetric, bs);
    }
    out.push_back(static_cast<uint8_t>(currentBss.size() << 5));
    for (const CurrentBs& bs : currentBss)
    {
        NS_ABORT_MSG_IF(bs.tempBsid > 15, "Temp BSID is 4 bits");
        out.push_back(static_cast<uint8_t>(bs.tempBsid << 4));
        AppendMetrics(out, reportMetric, bs.metrics);
    }
    for (const Dot16Tlv& tlv : tlvs)
    {
        Dot16AppendTlv(out, tlv);
    }
}

Dot16ParseStatus
Dot16MobMshoReq::DecodeBody(uint8_t /* type */, crypto::ByteView body)
{
    *this = Dot16MobMshoReq();
    FieldReader r(body);
    reportMetric = r.U8();
    uint8_t nIndex = r.U8();
    if (!r.Ok())
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    if (reportMetric & 0xF0)
    {
        return Dot16ParseStatus::BAD_VALUE;
    }
    if (nIndex > 0)
    {
        nbrAdvChangeCount = r.U8();
    }
    for (uint8_t i = 0; i < nIndex && r.Ok(); ++i)
    {
        IndexedBs bs;
        bs.neighborIndex = r.U8();
        if (!ReadCandidateReport(r, reportMetric, bs))
        {
            return Dot16ParseStatus::BAD_VALUE;
        }
        indexedBss.push_back(bs);
    }
    uint8_t nFull = r.U8();
    for (uint8_t i = 0; i < nFull && r.Ok(); ++i)
    {
        FullBs bs;
        bs.bsid = r.Octets<6>();
        if (!ReadCandidateReport(r, reportMetric, bs))
        {
            return Dot16ParseStatus::BAD_VALUE;
        }
        fullBss.push_back(bs);
    }
    uint8_t current = r.U8();
    if (r.Ok() && (current & 0x1F))
    {
        return Dot16ParseStatus::BAD_VALUE;
    }
    for (uint8_t i = 0; i < (current >> 5) && r.Ok(); ++i)
    {
        CurrentBs bs;
        uint8_t octet = r.U8();
        if (r.Ok() && (octet & 0x0F))
        {
            return Dot16ParseStatus::BAD_VALUE;
        }
        bs.tempBsid = octet >> 4;
        bs.metrics = ReadMetrics(r, reportMetric);
        currentBss.push_back(bs);
    }
    if (!r.Ok())
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    Dot16ParseStatus status = ReadTlvSection(r.Rest(), tlvs);
    return status != Dot16ParseStatus::OK ? status : CheckNoDuplicates(tlvs);
}

void
Dot16MobMshoReq::Print(std::ostream& os) const
{
    os << "MOB_MSHO-REQ metric=0x" << std::hex << unsigned(reportMetric) << std::dec
       << " indexed=" << indexedBss.size() << " full=" << fullBss.size()
       << " current=" << currentBss.size();
    if (HasCmacTuple())
    {
        os << " CMAC_PN=" << GetCmacTuple().cmacPn;
    }
}

// ---- MOB_BSHO-RSP --------------------------------------------------------------------------

TypeId
Dot16MobBshoRsp::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16MobBshoRsp")
                            .SetParent<Dot16ManagementMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16MobBshoRsp>();
    return tid;
}

TypeId
Dot16MobBshoRsp::GetInstanceTypeId() const
{
    return GetTypeId();
}

uint8_t
Dot16MobBshoRsp::GetManagementType() const
{
    return static_cast<uint8_t>(Dot16ManagementType::MOB_BSHO_RSP);
}

void
Dot16MobBshoRsp::EncodeBody(crypto::Bytes& out) const
{
    NS_ABORT_MSG_IF(recommended.size() > 255, "MOB_BSHO-RSP lists at most 255 targets");
    out.push_back(0x00); // Mode 0b000 | reserved
    out.push_back(static_cast<uint8_t>((hoOperationMode ? 0x80 : 0) | (resourceRetain ? 0x40 : 0)));
    out.push_back(static_cast<uint8_t>(recommended.size()));
    for (const Recommended& bs : recommended)
    {
        NS_ABORT_MSG_IF(bs.serviceLevelPrediction > 7, "service level prediction is 3 bits");
        AppendMac48(out, bs.bsid);
        out.push_back(bs.preambleIndex);
        out.push_back(static_cast<uint8_t>(bs.serviceLevelPrediction << 5));
        out.push_back(static_cast<uint8_t>(bs.hoProcessOptimization >> 8));
        out.push_back(static_cast<uint8_t>(bs.hoProcessOptimization));
    }
    out.push_back(actionTime);
    for (const Dot16Tlv& tlv : tlvs)
    {
        Dot16AppendTlv(out, tlv);
    }
}

Dot16ParseStatus
Dot16MobBshoRsp::DecodeBody(uint8_t /* type */, crypto::ByteView body)
{
    *this = Dot16MobBshoRsp();
    FieldReader r(body);
    uint8_t mode = r.U8();
    uint8_t flags = r.U8();
    uint8_t count = r.U8();
    if (!r.Ok())
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    if (mode != 0x00 || (flags & 0x3F))
    {
        return Dot16ParseStatus::BAD_VALUE;
    }
    hoOperationMode = (flags & 0x80) != 0;
    resourceRetain = (flags & 0x40) != 0;
    for (uint8_t i = 0; i < count && r.Ok(); ++i)
    {
        Recommended bs;
        bs.bsid = r.Octets<6>();
        bs.preambleIndex = r.U8();
        uint8_t slp = r.U8();
        if (r.Ok() && (slp & 0x1F))
        {
            return Dot16ParseStatus::BAD_VALUE;
        }
        bs.serviceLevelPrediction = slp >> 5;
        bs.hoProcessOptimization = r.U16();
        recommended.push_back(bs);
    }
    actionTime = r.U8();
    if (!r.Ok())
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    Dot16ParseStatus status = ReadTlvSection(r.Rest(), tlvs);
    return status != Dot16ParseStatus::OK ? status : CheckNoDuplicates(tlvs);
}

void
Dot16MobBshoRsp::Print(std::ostream& os) const
{
    os << "MOB_BSHO-RSP recommended=" << recommended.size()
       << " actionTime=" << unsigned(actionTime);
    if (HasCmacTuple())
    {
        os << " CMAC_PN=" << GetCmacTuple().cmacPn;
    }
}

// ---- MOB_HO-IND ----------------------------------------------------------------------------

TypeId
Dot16MobHoInd::GetTypeId()
{
    static TypeId tid = TypeId("ns3::Dot16MobHoInd")
                            .SetParent<Dot16ManagementMessage>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<Dot16MobHoInd>();
    return tid;
}

TypeId
Dot16MobHoInd::GetInstanceTypeId() const
{
    return GetTypeId();
}

uint8_t
Dot16MobHoInd::GetManagementType() const
{
    return static_cast<uint8_t>(Dot16ManagementType::MOB_HO_IND);
}

void
Dot16MobHoInd::EncodeBody(crypto::Bytes& out) const
{
    NS_ABORT_MSG_IF(hoIndType > HO_REJECT || rangingParamsValid > 3,
                    "MOB_HO-IND field out of range");
    out.push_back(0x00); // reserved (6) | Mode 0b00
    out.push_back(static_cast<uint8_t>((hoIndType << 6) | (rangingParamsValid << 4)));
    if (hoIndType == SERVING_BS_RELEASE)
    {
        AppendMac48(out, targetBsid);
    }
    for (const Dot16Tlv& tlv : tlvs)
    {
        Dot16AppendTlv(out, tlv);
    }
}

Dot16ParseStatus
Dot16MobHoInd::DecodeBody(uint8_t /* type */, crypto::ByteView body)
{
    *this = Dot16MobHoInd();
    FieldReader r(body);
    uint8_t mode = r.U8();
    uint8_t second = r.U8();
    if (!r.Ok())
    {
        return Dot16ParseStatus::TRUNCATED;
    }
    if (mode != 0x00 || (second & 0x0F) || (second >> 6) > HO_REJECT)
    {
        return Dot16ParseStatus::BAD_VALUE;
    }
    hoIndType = second >> 6;
    rangingParamsValid = (second >> 4) & 0x03;
    if (hoIndType == SERVING_BS_RELEASE)
    {
        targetBsid = r.Octets<6>();
        if (!r.Ok())
        {
            return Dot16ParseStatus::TRUNCATED;
        }
    }
    Dot16ParseStatus status = ReadTlvSection(r.Rest(), tlvs);
    return status != Dot16ParseStatus::OK ? status : CheckNoDuplicates(tlvs);
}

void
Dot16MobHoInd::Print(std::ostream& os) const
{
    os << "MOB_HO-IND type=" << unsigned(hoIndType);
    if (hoIndType == SERVING_BS_RELEASE)
    {
        os << " target=" << crypto::ToHex(crypto::ByteView(targetBsid));
    }
    if (HasCmacTuple())
    {
        os << " CMAC_PN=" << GetCmacTuple().cmacPn;
    }
}

} // namespace ns3
