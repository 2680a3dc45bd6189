/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mis-security-association.h"

#include "ns3/aes-ccm.h"
#include "ns3/log.h"

#include <algorithm>

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MisSecurityAssociation");

namespace
{
constexpr std::size_t SEQ_SIZE = 8; //!< octets of the sequence number
constexpr std::size_t TAG_SIZE = 8; //!< CCM tag octets (M)
} // namespace

std::string
MisSaMethodName(MisSaMethod method)
{
    return method == MisSaMethod::OPTIMIZED ? "optimized" : "full";
}

std::string
MisSecurityAssociation::VerdictName(Verdict verdict)
{
    switch (verdict)
    {
    case Verdict::OK:
        return "ok";
    case Verdict::MALFORMED:
        return "malformed";
    case Verdict::EXPIRED:
        return "expired";
    case Verdict::REPLAYED:
        return "replayed";
    case Verdict::TAMPERED:
        return "tampered";
    }
    return "unknown";
}

MisSecurityAssociation::MisSecurityAssociation(const std::string& localId,
                                               const std::string& peerId,
                                               const crypto::MisSessionKeys& keys,
                                               bool mnSide,
                                               Time expiry)
    : m_localId(localId),
      m_peerId(peerId),
      m_keys(keys),
      m_mnSide(mnSide),
      m_expiry(expiry),
      m_sendSeq(1),
      m_highestReceived(0)
{
}

std::vector<uint8_t>
MisSecurityAssociation::Nonce(uint8_t direction, uint64_t seq)
{
    std::vector<uint8_t> nonce(13, 0);
    nonce[0] = direction;
    for (std::size_t i = 0; i < SEQ_SIZE; ++i)
    {
        nonce[5 + i] = static_cast<uint8_t>(seq >> (8 * (SEQ_SIZE - 1 - i)));
    }
    return nonce;
}

std::vector<uint8_t>
MisSecurityAssociation::Aad(uint16_t messageId,
                            const std::string& sender,
                            const std::string& receiver)
{
    std::vector<uint8_t> aad{static_cast<uint8_t>(messageId >> 8), static_cast<uint8_t>(messageId)};
    for (const std::string* id : {&sender, &receiver})
    {
        aad.push_back(static_cast<uint8_t>(id->size()));
        aad.insert(aad.end(), id->begin(), id->end());
    }
    return aad;
}

std::vector<uint8_t>
MisSecurityAssociation::Protect(uint16_t messageId, const std::vector<uint8_t>& tlvs)
{
    uint64_t seq = m_sendSeq++;
    uint8_t direction = m_mnSide ? 0 : 1;
    crypto::Aes128Key key(crypto::ByteView(m_keys.miek.GetBytes()));
    std::vector<uint8_t> nonce = Nonce(direction, seq);
    crypto::Bytes sealed =
        crypto::AesCcm::Seal(key,
                             crypto::ByteView(nonce),
                             crypto::ByteView(Aad(messageId, m_localId, m_peerId)),
                             crypto::ByteView(tlvs),
                             TAG_SIZE);
    // The last 8 octets of the nonce are SEQ, sent in clear.
    // (Sized up front: growing the vector with insert trips GCC 12's -Warray-bounds at -O2.)
    std::vector<uint8_t> out(SEQ_SIZE + sealed.size());
    std::copy(nonce.end() - SEQ_SIZE, nonce.end(), out.begin());
    std::copy(sealed.begin(), sealed.end(), out.begin() + SEQ_SIZE);
    return out;
}

MisSecurityAssociation::Verdict
MisSecurityAssociation::Unprotect(uint16_t messageId,
                                  const std::vector<uint8_t>& security,
                                  Time now,
                                  std::vector<uint8_t>& tlvs)
{
    if (IsExpired(now))
    {
        return Verdict::EXPIRED;
    }
    if (security.size() < SEQ_SIZE + TAG_SIZE)
    {
        return Verdict::MALFORMED;
    }
    uint64_t seq = 0;
    for (std::size_t i = 0; i < SEQ_SIZE; ++i)
    {
        seq = (seq << 8) | security[i];
    }
    if (seq <= m_highestReceived)
    {
        return Verdict::REPLAYED;
    }
    uint8_t direction = m_mnSide ? 1 : 0;
    crypto::Aes128Key key(crypto::ByteView(m_keys.miek.GetBytes()));
    std::vector<uint8_t> nonce = Nonce(direction, seq);
    std::vector<uint8_t> body(security.begin() + SEQ_SIZE, security.end());
    std::optional<crypto::Bytes> opened =
        crypto::AesCcm::Open(key,
                             crypto::ByteView(nonce),
                             crypto::ByteView(Aad(messageId, m_peerId, m_localId)),
                             crypto::ByteView(body),
                             TAG_SIZE);
    if (!opened)
    {
        return Verdict::TAMPERED;
    }
    m_highestReceived = seq;
    tlvs.assign(opened->begin(), opened->end());
    return Verdict::OK;
}

bool
MisSecurityAssociation::IsExpired(Time now) const
{
    return now >= m_expiry;
}

const crypto::MisSessionKeys&
MisSecurityAssociation::GetKeys() const
{
    return m_keys;
}

const std::string&
MisSecurityAssociation::GetPeerId() const
{
    return m_peerId;
}

Time
MisSecurityAssociation::GetExpiry() const
{
    return m_expiry;
}

} // namespace ns3
