/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "fast-binding-update-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("FastBindingUpdateHeader");

NS_OBJECT_ENSURE_REGISTERED(FastBindingUpdateHeader);

MhParseStatus
CheckBadfPlacement(const MobilityHeader& header, bool required, int lastIndex)
{
    int badfIndex = -1;
    const auto& options = header.GetOptions();
    for (std::size_t k = 0; k < options.size(); ++k)
    {
        if (options[k].type == mip6::OPT_BADF)
        {
            badfIndex = static_cast<int>(k);
        }
    }
    if (badfIndex < 0)
    {
        return required ? MhParseStatus::MISSING_MANDATORY : MhParseStatus::OK;
    }
    // RFC 5568 6.4.5 / RFC 6275 6.2.7: the authorization data option is the last option.
    return badfIndex == lastIndex ? MhParseStatus::OK : MhParseStatus::MISPLACED;
}

TypeId
FastBindingUpdateHeader::GetTypeId()
{
    static TypeId tid = TypeId("ns3::FastBindingUpdateHeader")
                            .SetParent<MobilityHeader>()
                            .SetGroupName("SecureHandover")
                            .AddConstructor<FastBindingUpdateHeader>();
    return tid;
}

TypeId
FastBindingUpdateHeader::GetInstanceTypeId() const
{
    return GetTypeId();
}

FastBindingUpdateHeader::FastBindingUpdateHeader()
    : MobilityHeader(mip6::MH_FAST_BINDING_UPDATE, 6),
      m_sequence(0),
      m_flags(FLAG_A),
      m_lifetime(0),
      m_badfRequired(true)
{
}

void
FastBindingUpdateHeader::SetSequence(uint16_t sequence)
{
    m_sequence = sequence;
}

uint16_t
FastBindingUpdateHeader::GetSequence() const
{
    return m_sequence;
}

void
FastBindingUpdateHeader::SetFlags(uint16_t flags)
{
    m_flags = flags;
}

uint16_t
FastBindingUpdateHeader::GetFlags() const
{
    return m_flags;
}

void
FastBindingUpdateHeader::SetLifetime(uint16_t lifetime)
{
    m_lifetime = lifetime;
}

uint16_t
FastBindingUpdateHeader::GetLifetime() const
{
    return m_lifetime;
}

void
FastBindingUpdateHeader::SetBadfRequired(bool required)
{
    m_badfRequired = required;
}

void
FastBindingUpdateHeader::SerializeMessageData(Buffer::Iterator& i) const
{
    i.WriteHtonU16(m_sequence);
    i.WriteHtonU16(m_flags);
    i.WriteHtonU16(m_lifetime);
}

MhParseStatus
FastBindingUpdateHeader::DeserializeMessageData(Buffer::Iterator& i)
{
    m_sequence = i.ReadNtohU16();
    m_flags = i.ReadNtohU16();
    m_lifetime = i.ReadNtohU16();
    return MhParseStatus::OK;
}

MhParseStatus
FastBindingUpdateHeader::CheckOptions() const
{
    return CheckBadfPlacement(*this, m_badfRequired, LastNonPaddingIndex());
}

void
FastBindingUpdateHeader::PrintMessageData(std::ostream& os) const
{
    os << "FBU seq=" << m_sequence << " flags=0x" << std::hex << m_flags << std::dec
       << " lifetime=" << m_lifetime;
}

} // namespace ns3
