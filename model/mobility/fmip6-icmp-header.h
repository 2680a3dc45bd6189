/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_FMIP6_ICMP_HEADER_H
#define SECURE_HANDOVER_FMIP6_ICMP_HEADER_H

#include "nd-option.h"

#include "ns3/header.h"
#include "ns3/ipv6-address.h"
#include "ns3/ptr.h"

#include <cstdint>
#include <vector>

namespace ns3
{

class Packet;

/**
 * \ingroup secure-handover
 * \brief The ICMPv6 messages of FMIPv6 (RFC 5568 6.1), ICMPv6 type 154: Type | Code |
 *        Checksum | Subtype | Reserved | Identifier, then ND options.
 *
 * RtSolPrHeader (Subtype 2) and PrRtAdvHeader (Subtype 3) fix the subtype. Decoding is strict
 * (type, subtype, ND option lengths, mandatory options); the checksum covers the IPv6
 * pseudo-header with next header 58.
 */
class Fmip6IcmpHeader : public Header
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /** \param code the ICMPv6 Code */
    void SetCode(uint8_t code);
    /** \return the ICMPv6 Code */
    uint8_t GetCode() const;
    /** \return the Subtype */
    uint8_t GetSubtype() const;
    /** \param identifier the Identifier (matches a PrRtAdv to its RtSolPr) */
    void SetIdentifier(uint16_t identifier);
    /** \return the Identifier */
    uint16_t GetIdentifier() const;
    /** \return the Checksum field */
    uint16_t GetChecksum() const;
    /** \param checksum the Checksum field to write */
    void SetChecksum(uint16_t checksum);

    /** \param option an ND option to append */
    void AddOption(const NdOption& option);

    /** \param option a typed ND option to append */
    template <typename T>
    void AddOption(const T& option)
    {
        AddOption(option.ToOption());
    }

    /** \return the ND options in wire order */
    const std::vector<NdOption>& GetOptions() const;

    /**
     * \brief Strict decoding of exactly one message.
     * \param data the octets
     * \param size their number
     * \return OK or the first defect
     */
    MhParseStatus Parse(const uint8_t* data, std::size_t size);
    /**
     * \brief Strict decoding of a packet holding exactly this message, and checksum check.
     * \param packet the ICMPv6 message
     * \param source the IPv6 source address
     * \param destination the IPv6 destination address
     * \return OK, a decoding defect or BAD_CHECKSUM
     */
    MhParseStatus ParseAndVerify(Ptr<const Packet> packet,
                                 const Ipv6Address& source,
                                 const Ipv6Address& destination);
    /** \return the status of the last decoding */
    MhParseStatus GetParseStatus() const;
    /**
     * \brief Computes and stores the ICMPv6 checksum.
     * \param source the IPv6 source address
     * \param destination the IPv6 destination address
     */
    void UpdateChecksum(const Ipv6Address& source, const Ipv6Address& destination);
    /** \return the octets as Serialize writes them */
    std::vector<uint8_t> ToBytes() const;

    uint32_t GetSerializedSize() const override;
    void Serialize(Buffer::Iterator start) const override;
    uint32_t Deserialize(Buffer::Iterator start) override;
    void Print(std::ostream& os) const override;

  protected:
    /** \param subtype the FMIPv6 Subtype of the subclass */
    explicit Fmip6IcmpHeader(uint8_t subtype);
    /**
     * \brief Message-specific rules on the decoded options.
     * \return OK or MISSING_MANDATORY
     */
    virtual MhParseStatus CheckOptions() const;

  private:
    uint8_t m_code;                  //!< Code
    uint16_t m_checksum;             //!< Checksum
    uint8_t m_subtype;               //!< Subtype
    uint8_t m_reserved;              //!< Reserved
    uint16_t m_identifier;           //!< Identifier
    std::vector<NdOption> m_options; //!< ND options
    MhParseStatus m_parseStatus;     //!< status of the last decoding
};

/**
 * \ingroup secure-handover
 * \brief Router Solicitation for Proxy Advertisement, RtSolPr (RFC 5568 6.1.1): ICMPv6 154,
 *        Subtype 2, Code 0. Options: Source Link-layer Address (the MN's), and the New Access
 *        Point Link-layer Address (LLA option, Option-Code 1, or 0 for the wildcard), which is
 *        mandatory.
 */
class RtSolPrHeader : public Fmip6IcmpHeader
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    RtSolPrHeader();

  protected:
    MhParseStatus CheckOptions() const override;
};

/**
 * \ingroup secure-handover
 * \brief Proxy Router Advertisement, PrRtAdv (RFC 5568 6.1.2): ICMPv6 154, Subtype 3. Options:
 *        New AP LLA (Option-Code 1), NAR LLA (Option-Code 3), NAR's IP address (IP Address/
 *        Prefix option, Option-Code 3) and NAR's prefix (Option-Code 4).
 */
class PrRtAdvHeader : public Fmip6IcmpHeader
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    PrRtAdvHeader();
};

} // namespace ns3

#endif /* SECURE_HANDOVER_FMIP6_ICMP_HEADER_H */
