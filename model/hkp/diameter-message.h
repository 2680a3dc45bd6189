/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DIAMETER_MESSAGE_H
#define SECURE_HANDOVER_DIAMETER_MESSAGE_H

#include "diameter-avp.h"

#include "ns3/header.h"

#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief A Diameter message (RFC 6733 3): Version (8), Message Length (24), Command Flags (8),
 *        Command Code (24), Application-ID (32), Hop-by-Hop Identifier (32), End-to-End
 *        Identifier (32), then AVPs.
 *
 * Decoding is strict (Parse, or Deserialize + GetParseStatus): Version 1, a Message Length
 * that is a multiple of 4 and equals the octets given, reserved flag bits zero, and every AVP
 * well formed (DiameterAvp::Read) and inside the message. The AVP grammar of a command is the
 * agent's business (FindAvp, and the AR / HKS agents check what they need).
 */
class DiameterMessage : public Header
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    DiameterMessage();

    /** \param flags the Command Flags (diameter::FLAG_REQUEST ...) */
    void SetFlags(uint8_t flags);
    /** \return the Command Flags */
    uint8_t GetFlags() const;
    /** \return true if the R flag is set */
    bool IsRequest() const;
    /** \param code the Command Code (24 bits) */
    void SetCommandCode(uint32_t code);
    /** \return the Command Code */
    uint32_t GetCommandCode() const;
    /** \param id the Application-ID */
    void SetApplicationId(uint32_t id);
    /** \return the Application-ID */
    uint32_t GetApplicationId() const;
    /** \param id the Hop-by-Hop Identifier */
    void SetHopByHopId(uint32_t id);
    /** \return the Hop-by-Hop Identifier */
    uint32_t GetHopByHopId() const;
    /** \param id the End-to-End Identifier */
    void SetEndToEndId(uint32_t id);
    /** \return the End-to-End Identifier */
    uint32_t GetEndToEndId() const;

    /** \param avp an AVP to append */
    void AddAvp(const DiameterAvp& avp);
    /** \return the AVPs in wire order */
    const std::vector<DiameterAvp>& GetAvps() const;

    /**
     * \param code an AVP Code
     * \param vendorId 0 for a base AVP, or the Vendor-ID
     * \return the first AVP with that code and vendor, or nullptr
     */
    const DiameterAvp* FindAvp(uint32_t code, uint32_t vendorId = 0) const;

    /**
     * \brief Strict decoding of exactly one message.
     * \param data the octets
     * \param size their number
     * \return OK or the first defect
     */
    DiameterParseStatus Parse(const uint8_t* data, std::size_t size);

    /** \return the status of the last Deserialize / Parse (OK for a locally built message) */
    DiameterParseStatus GetParseStatus() const;

    /**
     * \brief The Message Length of a message whose first 4 octets have arrived (stream framing).
     * \param data at least 4 octets
     * \return the Message Length field
     */
    static uint32_t PeekLength(const uint8_t* data);

    /** \return the wire octets */
    std::vector<uint8_t> ToBytes() const;

    uint32_t GetSerializedSize() const override;
    void Serialize(Buffer::Iterator start) const override;
    /**
     * \brief Decodes from the remaining octets of the buffer (the message must be the last
     *        header). Check GetParseStatus() before using the fields.
     * \param start where the message starts
     * \return the octets consumed
     */
    uint32_t Deserialize(Buffer::Iterator start) override;
    void Print(std::ostream& os) const override;

  private:
    uint8_t m_flags;                 //!< Command Flags
    uint32_t m_commandCode;          //!< Command Code
    uint32_t m_applicationId;        //!< Application-ID
    uint32_t m_hopByHop;             //!< Hop-by-Hop Identifier
    uint32_t m_endToEnd;             //!< End-to-End Identifier
    std::vector<DiameterAvp> m_avps; //!< the AVPs
    DiameterParseStatus m_status;    //!< status of the last decoding
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DIAMETER_MESSAGE_H */
