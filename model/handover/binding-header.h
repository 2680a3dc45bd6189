/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_BINDING_HEADER_H
#define SECURE_HANDOVER_BINDING_HEADER_H

#include "ns3/header.h"
#include "ns3/ipv4-address.h"

namespace ns3
{

class Packet;

/**
 * \ingroup secure-handover
 * \brief The backbone's binding update and acknowledgement (over UDP, 16 octets).
 *
 * Format: type (1: update, 2: acknowledgement), status (0: accepted), sequence number
 * (16 bits), MN index (32 bits), home address, care-of address (IPv4, network order).
 * This is the simple layer-3 binding of the handover backbone; the FMIPv6 issue adds the IPv6
 * mobility header.
 */
class BindingHeader : public Header
{
  public:
    /// Message types.
    enum MessageType : uint8_t
    {
        BINDING_UPDATE = 1, //!< MN to anchor
        BINDING_ACK = 2     //!< anchor to MN
    };

    /// Status of an acknowledgement.
    enum Status : uint8_t
    {
        ACCEPTED = 0,       //!< the binding is in place
        NO_ROUTE_TO_COA = 1 //!< the anchor has no route to the care-of address
    };

    /// The serialized size in octets.
    static constexpr uint32_t SIZE = 16;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    BindingHeader();

    void Serialize(Buffer::Iterator start) const override;
    uint32_t Deserialize(Buffer::Iterator start) override;
    uint32_t GetSerializedSize() const override;
    void Print(std::ostream& os) const override;

    /**
     * \brief Checked parse: remove a binding message from the front of a packet.
     * \param packet the packet
     * \param header the decoded header
     * \return false if the packet is too short or carries an unknown type or status
     */
    static bool Parse(Ptr<Packet> packet, BindingHeader& header);

    /**
     * \brief Checked parse of a message that must be of one type; says why it was refused.
     * \param packet the packet (the header is removed from it when it parses)
     * \param expected the only acceptable type
     * \param header the decoded header
     * \return "" if accepted, else "truncated", "bad-type-or-status" or "unexpected-type"
     */
    static std::string ParseExpecting(Ptr<Packet> packet,
                                      MessageType expected,
                                      BindingHeader& header);

    /**
     * \param type the message type
     */
    void SetType(MessageType type);
    /**
     * \return the message type (as received)
     */
    uint8_t GetType() const;
    /**
     * \param status the status
     */
    void SetStatus(Status status);
    /**
     * \return the status (as received)
     */
    uint8_t GetStatus() const;
    /**
     * \param sequence the sequence number
     */
    void SetSequence(uint16_t sequence);
    /**
     * \return the sequence number
     */
    uint16_t GetSequence() const;
    /**
     * \param mn the MN index
     */
    void SetMn(uint32_t mn);
    /**
     * \return the MN index
     */
    uint32_t GetMn() const;
    /**
     * \param address the home address
     */
    void SetHomeAddress(Ipv4Address address);
    /**
     * \return the home address
     */
    Ipv4Address GetHomeAddress() const;
    /**
     * \param address the care-of address
     */
    void SetCareOfAddress(Ipv4Address address);
    /**
     * \return the care-of address
     */
    Ipv4Address GetCareOfAddress() const;

  private:
    uint8_t m_type;            //!< message type
    uint8_t m_status;          //!< status
    uint16_t m_sequence;       //!< sequence number
    uint32_t m_mn;             //!< MN index
    Ipv4Address m_homeAddress; //!< home address
    Ipv4Address m_careOf;      //!< care-of address
};

} // namespace ns3

#endif /* SECURE_HANDOVER_BINDING_HEADER_H */
