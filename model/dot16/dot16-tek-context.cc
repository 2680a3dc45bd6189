/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-tek-context.h"

#include "dot16-generic-mac-header.h"

#include "ns3/abort.h"

namespace ns3
{

namespace
{
/// PN (4) and ICV (8) that CCM adds to an SDU.
constexpr std::size_t CCM_OVERHEAD = 12;
} // namespace

Dot16PnWindow::Dot16PnWindow(uint32_t size)
    : m_size(size),
      m_seen(0)
{
    NS_ABORT_MSG_IF(size == 0 || size > 64, "PN window size must be 1..64");
}

bool
Dot16PnWindow::IsFresh(uint32_t pn) const
{
    if (!m_high || pn > *m_high)
    {
        return true;
    }
    uint32_t age = *m_high - pn;
    if (age >= m_size)
    {
        return false; // older than the window
    }
    return ((m_seen >> age) & 1U) == 0;
}

void
Dot16PnWindow::Accept(uint32_t pn)
{
    if (!m_high)
    {
        m_high = pn;
        m_seen = 1;
        return;
    }
    if (pn > *m_high)
    {
        uint32_t shift = pn - *m_high;
        m_seen = shift >= 64 ? 0 : m_seen << shift;
        m_seen |= 1;
        m_high = pn;
        return;
    }
    m_seen |= uint64_t{1} << (*m_high - pn);
}

std::optional<uint32_t>
Dot16PnWindow::GetHighest() const
{
    return m_high;
}

std::size_t
Dot16MpduSduOctets(std::size_t pduOctets)
{
    const std::size_t overhead = Dot16GenericMacHeader::SIZE + CCM_OVERHEAD;
    return pduOctets > overhead ? pduOctets - overhead : 0;
}

std::string
Dot16MpduStatusName(Dot16MpduStatus status)
{
    switch (status)
    {
    case Dot16MpduStatus::OK:
        return "OK";
    case Dot16MpduStatus::MALFORMED:
        return "MALFORMED";
    case Dot16MpduStatus::BAD_ICV:
        return "BAD_ICV";
    case Dot16MpduStatus::REPLAY:
        return "REPLAY";
    }
    return "?";
}

std::ostream&
operator<<(std::ostream& os, Dot16MpduStatus status)
{
    return os << Dot16MpduStatusName(status);
}

Dot16TekContext::Dot16TekContext(const crypto::Tek& tek0,
                                 const crypto::Tek& tek1,
                                 uint16_t count,
                                 uint16_t said,
                                 Time created,
                                 Time pmkLifetime,
                                 uint32_t window,
                                 crypto::PnByteOrder order)
    : m_tek{tek0, tek1},
      m_count(count),
      m_said(said),
      m_created(created),
      m_lifetime{pmkLifetime / 8, pmkLifetime / 2},
      m_txPn{0, 0},
      m_rxWindow{Dot16PnWindow(window), Dot16PnWindow(window)},
      m_order(order)
{
}

Dot16TekContext
Dot16TekContext::Derive(const crypto::Kek& kek,
                        uint16_t count,
                        uint16_t said,
                        Time created,
                        Time pmkLifetime,
                        uint32_t window,
                        crypto::PnByteOrder order)
{
    return Dot16TekContext(crypto::DeriveCounterTek(kek, count, said, 0),
                           crypto::DeriveCounterTek(kek, count, said, 1),
                           count,
                           said,
                           created,
                           pmkLifetime,
                           window,
                           order);
}

uint8_t
Dot16TekContext::GetActiveIndex(Time now) const
{
    // TEK0 carries traffic first; when its (shorter) lifetime is over, TEK1 takes over.
    return now - m_created < m_lifetime[0] ? 0 : 1;
}

crypto::Bytes
Dot16TekContext::Seal(uint16_t cid, crypto::ByteView sdu, Time now)
{
    uint8_t index = GetActiveIndex(now);
    Dot16GenericMacHeader gmh;
    gmh.SetEncryptionControl(true);
    gmh.SetEks(index);
    gmh.SetCid(cid);
    gmh.SetLength(static_cast<uint16_t>(Dot16GenericMacHeader::SIZE + CCM_OVERHEAD + sdu.size()));
    crypto::Bytes out = gmh.Encode();
    crypto::Bytes sealed = crypto::Dot16CcmSeal(m_tek[index], out, m_txPn[index], sdu, m_order);
    ++m_txPn[index];
    out.insert(out.end(), sealed.begin(), sealed.end());
    return out;
}

Dot16MpduStatus
Dot16TekContext::Check(crypto::ByteView pdu, crypto::Bytes& sdu, uint32_t& pn) const
{
    Dot16GenericMacHeader gmh;
    crypto::ByteView payload;
    if (Dot16GenericMacHeader::DecodePdu(pdu, gmh, payload) != Dot16ParseStatus::OK ||
        !gmh.GetEncryptionControl() || gmh.GetEks() > 1 || payload.size() < CCM_OVERHEAD)
    {
        return Dot16MpduStatus::MALFORMED;
    }
    crypto::ByteView header(pdu.data(), Dot16GenericMacHeader::SIZE);
    auto plain = crypto::Dot16CcmOpen(m_tek[gmh.GetEks()], header, payload, m_order);
    if (!plain)
    {
        return Dot16MpduStatus::BAD_ICV;
    }
    pn = plain->pn;
    if (!m_rxWindow[gmh.GetEks()].IsFresh(plain->pn))
    {
        return Dot16MpduStatus::REPLAY;
    }
    sdu = std::move(plain->payload);
    return Dot16MpduStatus::OK;
}

Dot16MpduStatus
Dot16TekContext::Open(crypto::ByteView pdu, crypto::Bytes& sdu)
{
    uint32_t pn = 0;
    Dot16MpduStatus status = Check(pdu, sdu, pn);
    if (status == Dot16MpduStatus::OK)
    {
        // Check succeeded, so the GMH decodes and its EKS (octet 1, bits 5..4) is 0 or 1.
        uint8_t eks = (pdu.data()[1] >> 4) & 0x03;
        m_rxWindow[eks].Accept(pn);
    }
    return status;
}

uint16_t
Dot16TekContext::GetCount() const
{
    return m_count;
}

uint16_t
Dot16TekContext::GetSaid() const
{
    return m_said;
}

const crypto::Tek&
Dot16TekContext::GetTek(uint8_t index) const
{
    return m_tek.at(index);
}

uint32_t
Dot16TekContext::GetTxPn(uint8_t index) const
{
    return m_txPn.at(index);
}

void
Dot16TekContext::ContinueTxPn(uint32_t pn0, uint32_t pn1)
{
    m_txPn = {pn0, pn1};
}

Time
Dot16TekContext::GetLifetime(uint8_t index) const
{
    return m_lifetime.at(index);
}

} // namespace ns3
