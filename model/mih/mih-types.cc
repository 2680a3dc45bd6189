/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "mih-types.h"

#include "mih-constants.h"

#include "ns3/abort.h"
#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("MihTypes");

// --- MIHF_ID ------------------------------------------------------------------------------------

bool
MihfId::IsValid(const std::string& id)
{
    return !id.empty() && id.size() <= mih::MAX_MIHF_ID_SIZE;
}

void
MihfId::Append(std::vector<uint8_t>& out, const std::string& id)
{
    NS_ABORT_MSG_UNLESS(IsValid(id),
                        "MIHF_ID must have 1.." << mih::MAX_MIHF_ID_SIZE << " octets: '" << id
                                                << "'");
    out.push_back(static_cast<uint8_t>(id.size()));
    out.insert(out.end(), id.begin(), id.end());
}

std::vector<uint8_t>
MihfId::Encode(const std::string& id)
{
    std::vector<uint8_t> out;
    Append(out, id);
    return out;
}

MihParseStatus
MihfId::Decode(const std::vector<uint8_t>& value, std::string& id)
{
    MihByteReader reader(value.data(), value.size());
    uint8_t length;
    if (!reader.ReadU8(length))
    {
        return MihParseStatus::TRUNCATED;
    }
    if (length > reader.GetRemaining())
    {
        NS_LOG_LOGIC("MIHF_ID length " << +length << " but " << reader.GetRemaining()
                                       << " octets in the TLV");
        return MihParseStatus::OVERLONG;
    }
    if (length < reader.GetRemaining() || length == 0 || length > mih::MAX_MIHF_ID_SIZE)
    {
        NS_LOG_LOGIC("MIHF_ID length " << +length << " in a TLV of " << value.size() << " octets");
        return MihParseStatus::BAD_VALUE;
    }
    id.assign(reinterpret_cast<const char*>(reader.Current()), length);
    return MihParseStatus::OK;
}

// --- LINK_ADDR, LINK_ID -------------------------------------------------------------------------

void
AppendMihLinkAddress(std::vector<uint8_t>& out, const Mac48Address& address)
{
    out.push_back(mih::LINK_ADDR_MAC);
    out.push_back(static_cast<uint8_t>(mih::ADDRESS_FAMILY_IEEE_802 >> 8));
    out.push_back(static_cast<uint8_t>(mih::ADDRESS_FAMILY_IEEE_802 & 0xff));
    out.push_back(6);
    uint8_t octets[6];
    address.CopyTo(octets);
    out.insert(out.end(), octets, octets + 6);
}

MihParseStatus
ReadMihLinkAddress(MihByteReader& reader, Mac48Address& address)
{
    MihByteReader probe = reader;
    uint8_t choice;
    uint16_t family;
    uint8_t length;
    if (!probe.ReadU8(choice))
    {
        return MihParseStatus::TRUNCATED;
    }
    if (choice != mih::LINK_ADDR_MAC)
    {
        NS_LOG_LOGIC("LINK_ADDR choice " << +choice << " is not MAC_ADDR");
        return MihParseStatus::BAD_VALUE;
    }
    if (!probe.ReadU16(family) || !probe.ReadU8(length))
    {
        return MihParseStatus::TRUNCATED;
    }
    if (family != mih::ADDRESS_FAMILY_IEEE_802 || length != 6)
    {
        NS_LOG_LOGIC("MAC_ADDR family " << family << " length " << +length);
        return MihParseStatus::BAD_VALUE;
    }
    std::vector<uint8_t> octets;
    if (!probe.ReadBytes(6, octets))
    {
        return MihParseStatus::TRUNCATED;
    }
    address.CopyFrom(octets.data());
    reader = probe;
    return MihParseStatus::OK;
}

void
MihLinkId::Append(std::vector<uint8_t>& out) const
{
    out.push_back(linkType);
    AppendMihLinkAddress(out, address);
}

MihParseStatus
MihLinkId::Read(MihByteReader& reader, MihLinkId& out)
{
    MihByteReader probe = reader;
    MihLinkId read;
    if (!probe.ReadU8(read.linkType))
    {
        return MihParseStatus::TRUNCATED;
    }
    MihParseStatus status = ReadMihLinkAddress(probe, read.address);
    if (status != MihParseStatus::OK)
    {
        return status;
    }
    out = read;
    reader = probe;
    return MihParseStatus::OK;
}

bool
MihLinkId::operator==(const MihLinkId& other) const
{
    return linkType == other.linkType && address == other.address;
}

// --- LINK_TUPLE_ID ------------------------------------------------------------------------------

std::vector<uint8_t>
MihLinkTupleId::Encode() const
{
    std::vector<uint8_t> out;
    link.Append(out);
    if (poa)
    {
        out.push_back(mih::LINK_TUPLE_POA);
        AppendMihLinkAddress(out, *poa);
    }
    else
    {
        out.push_back(mih::LINK_TUPLE_NO_POA);
    }
    return out;
}

MihParseStatus
MihLinkTupleId::Decode(const std::vector<uint8_t>& value, MihLinkTupleId& out)
{
    MihByteReader reader(value.data(), value.size());
    MihLinkTupleId read;
    MihParseStatus status = MihLinkId::Read(reader, read.link);
    if (status != MihParseStatus::OK)
    {
        return status;
    }
    uint8_t choice;
    if (!reader.ReadU8(choice))
    {
        return MihParseStatus::TRUNCATED;
    }
    if (choice == mih::LINK_TUPLE_POA)
    {
        Mac48Address poa;
        status = ReadMihLinkAddress(reader, poa);
        if (status != MihParseStatus::OK)
        {
            return status;
        }
        read.poa = poa;
    }
    else if (choice != mih::LINK_TUPLE_NO_POA)
    {
        NS_LOG_LOGIC("LINK_TUPLE_ID choice " << +choice);
        return MihParseStatus::BAD_VALUE;
    }
    if (!reader.AtEnd())
    {
        NS_LOG_LOGIC("LINK_TUPLE_ID: " << reader.GetRemaining() << " octets left over");
        return MihParseStatus::BAD_VALUE;
    }
    out = read;
    return MihParseStatus::OK;
}

bool
MihLinkTupleId::operator==(const MihLinkTupleId& other) const
{
    return link == other.link && poa == other.poa;
}

bool
MihLinkPoaList::operator==(const MihLinkPoaList& other) const
{
    return link == other.link && poas == other.poas;
}

// --- LIST(LINK_POA_LIST) ------------------------------------------------------------------------

std::vector<uint8_t>
MihCandidateLinkList::Encode(const std::vector<MihLinkPoaList>& list)
{
    NS_ABORT_MSG_IF(list.empty(), "a CandidateLinkList has at least one entry");
    std::vector<uint8_t> out;
    MihLength::Append(out, static_cast<uint32_t>(list.size()));
    for (const auto& entry : list)
    {
        entry.link.Append(out);
        MihLength::Append(out, static_cast<uint32_t>(entry.poas.size()));
        for (const auto& poa : entry.poas)
        {
            AppendMihLinkAddress(out, poa);
        }
    }
    return out;
}

MihParseStatus
MihCandidateLinkList::Decode(const std::vector<uint8_t>& value, std::vector<MihLinkPoaList>& list)
{
    MihByteReader reader(value.data(), value.size());
    uint32_t count;
    MihParseStatus status = reader.ReadLength(count);
    if (status != MihParseStatus::OK)
    {
        return status;
    }
    if (count == 0)
    {
        return MihParseStatus::BAD_VALUE;
    }
    // Each entry needs at least 12 octets: a cheap bound before any allocation.
    if (count > reader.GetRemaining() / 12)
    {
        NS_LOG_LOGIC("CandidateLinkList of " << count << " entries in " << value.size()
                                             << " octets");
        return MihParseStatus::OVERLONG;
    }
    std::vector<MihLinkPoaList> read;
    for (uint32_t i = 0; i < count; ++i)
    {
        MihLinkPoaList entry;
        status = MihLinkId::Read(reader, entry.link);
        if (status != MihParseStatus::OK)
        {
            return status;
        }
        uint32_t poas;
        status = reader.ReadLength(poas);
        if (status != MihParseStatus::OK)
        {
            return status;
        }
        if (poas > reader.GetRemaining() / 10)
        {
            return MihParseStatus::OVERLONG;
        }
        for (uint32_t j = 0; j < poas; ++j)
        {
            Mac48Address poa;
            status = ReadMihLinkAddress(reader, poa);
            if (status != MihParseStatus::OK)
            {
                return status;
            }
            entry.poas.push_back(poa);
        }
        read.push_back(entry);
    }
    if (!reader.AtEnd())
    {
        NS_LOG_LOGIC("CandidateLinkList: " << reader.GetRemaining() << " octets left over");
        return MihParseStatus::BAD_VALUE;
    }
    list = read;
    return MihParseStatus::OK;
}

} // namespace ns3
