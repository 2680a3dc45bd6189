/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIH_TYPES_H
#define SECURE_HANDOVER_MIH_TYPES_H

#include "mih-tlv.h"

#include "ns3/mac48-address.h"

#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief MIHF_ID / MISF_ID (802.21-2008): an NAI of 1..253 octets, encoded as one length
 *        octet followed by the NAI. Used for the Source/Destination MIHF ID, MNID, MN_NAI and
 *        TPoS Identifier TLVs.
 */
class MihfId
{
  public:
    /**
     * \param id the identifier
     * \return true if it has 1..253 octets
     */
    static bool IsValid(const std::string& id);
    /**
     * \brief Append length octet || NAI.
     * \param out the octets to append to
     * \param id the identifier (must be valid)
     */
    static void Append(std::vector<uint8_t>& out, const std::string& id);
    /**
     * \param id the identifier (must be valid)
     * \return length octet || NAI
     */
    static std::vector<uint8_t> Encode(const std::string& id);
    /**
     * \brief Decode a whole TLV value as an MIHF_ID.
     * \param value the TLV value
     * \param id the identifier
     * \return OK; TRUNCATED (empty value); OVERLONG (the length octet exceeds the value);
     *         BAD_VALUE (octets left over, or an empty or over-long identifier)
     */
    static MihParseStatus Decode(const std::vector<uint8_t>& value, std::string& id);
};

/**
 * \ingroup secure-handover
 * \brief LINK_ID (802.21-2008): LINK_TYPE (1 octet) then LINK_ADDR. Only the MAC_ADDR
 *        choice is modelled: choice 0, address family 6 (IEEE 802), a 6-octet OCTET_STRING.
 */
struct MihLinkId
{
    uint8_t linkType{0};  //!< mih::LINK_TYPE_*
    Mac48Address address; //!< the link-layer address

    /**
     * \brief Append the encoding (11 octets).
     * \param out the octets to append to
     */
    void Append(std::vector<uint8_t>& out) const;
    /**
     * \brief Decode from a cursor.
     * \param reader the cursor
     * \param out the decoded value
     * \return OK, TRUNCATED, or BAD_VALUE (unsupported LINK_ADDR choice or address family)
     */
    static MihParseStatus Read(MihByteReader& reader, MihLinkId& out);
    /**
     * \param other the other identifier
     * \return true if both fields are equal
     */
    bool operator==(const MihLinkId& other) const;
};

/**
 * \brief Decode a LINK_ADDR (MAC_ADDR choice only).
 * \param reader the cursor
 * \param address the address
 * \return OK, TRUNCATED or BAD_VALUE
 */
MihParseStatus ReadMihLinkAddress(MihByteReader& reader, Mac48Address& address);

/**
 * \brief Append a LINK_ADDR of the MAC_ADDR choice (10 octets).
 * \param out the octets to append to
 * \param address the address
 */
void AppendMihLinkAddress(std::vector<uint8_t>& out, const Mac48Address& address);

/**
 * \ingroup secure-handover
 * \brief LINK_TUPLE_ID (802.21-2008), the value of the Link Identifier TLV (type 13): the LINK_ID
 *        of the link, then CHOICE(NULL, LINK_ADDR of the PoA).
 */
struct MihLinkTupleId
{
    MihLinkId link;                  //!< the MN side of the link
    std::optional<Mac48Address> poa; //!< the PoA's link address, if known

    /**
     * \return the TLV value
     */
    std::vector<uint8_t> Encode() const;
    /**
     * \brief Decode a whole TLV value.
     * \param value the TLV value
     * \param out the decoded value
     * \return OK, TRUNCATED or BAD_VALUE (bad choice, or octets left over)
     */
    static MihParseStatus Decode(const std::vector<uint8_t>& value, MihLinkTupleId& out);
    /**
     * \param other the other tuple
     * \return true if equal
     */
    bool operator==(const MihLinkTupleId& other) const;
};

/**
 * \ingroup secure-handover
 * \brief LINK_POA_LIST (802.21-2008): a LINK_ID and the list of its candidate PoA addresses.
 */
struct MihLinkPoaList
{
    MihLinkId link;                 //!< the candidate link
    std::vector<Mac48Address> poas; //!< PoAs, most preferred first

    /**
     * \param other the other entry
     * \return true if equal
     */
    bool operator==(const MihLinkPoaList& other) const;
};

/**
 * \ingroup secure-handover
 * \brief CandidateLinkList: LIST(LINK_POA_LIST), the value of the private Candidate Link List
 *        TLV. A LIST is its element count (802.21 length encoding) followed by the elements.
 */
class MihCandidateLinkList
{
  public:
    /**
     * \param list the candidates, most preferred first
     * \return the TLV value
     */
    static std::vector<uint8_t> Encode(const std::vector<MihLinkPoaList>& list);
    /**
     * \brief Decode a whole TLV value.
     * \param value the TLV value
     * \param list the candidates
     * \return OK, TRUNCATED, BAD_LENGTH_ENCODING, or BAD_VALUE (an empty list, an element that
     *         does not decode, or octets left over)
     */
    static MihParseStatus Decode(const std::vector<uint8_t>& value,
                                 std::vector<MihLinkPoaList>& list);
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIH_TYPES_H */
