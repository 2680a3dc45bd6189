/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIH_HEADER_H
#define SECURE_HANDOVER_MIH_HEADER_H

#include "mih-tlv.h"

#include "ns3/header.h"
#include "ns3/ptr.h"

namespace ns3
{

class Packet;

/**
 * \ingroup secure-handover
 * \brief The 8-octet MIH protocol header (IEEE 802.21-2008), big-endian:
 *
 * \verbatim
   octet 0   : Version(4) | ACK-Req(1) | ACK-Rsp(1) | UIR(1) | M(1)
   octet 1   : FN(7) | Reserved(1)
   octets 2-3: SID(4) | Opcode(2) | AID(10)          (the MIH message ID)
   octets 4-5: Reserved(4) | Transaction ID(12)
   octets 6-7: Variable payload length (octets of TLVs that follow)
   \endverbatim
 *
 * Reserved bits are sent as zero and ignored on receipt. Deserialize never reads past the
 * buffer; Parse is the checked decode an agent calls before it accepts a frame.
 */
class MihHeader : public Header
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    MihHeader();

    void Serialize(Buffer::Iterator start) const override;
    /**
     * \brief Read the 8 octets. If fewer remain, nothing is read, 0 is returned and
     *        GetParseStatus() is TRUNCATED.
     * \param start where to read
     * \return the octets read (8 or 0)
     */
    uint32_t Deserialize(Buffer::Iterator start) override;
    uint32_t GetSerializedSize() const override;
    void Print(std::ostream& os) const override;

    /**
     * \brief Checked decode of the header at the front of a packet that holds one MIH frame (a
     *        UDP payload). The packet is not modified.
     * \param packet the packet
     * \param header the decoded header
     * \return OK; TRUNCATED (under 8 octets); BAD_VERSION; FRAGMENTED (M or FN set);
     *         PAYLOAD_LENGTH_MISMATCH (payload length differs from the octets after the header)
     */
    static MihParseStatus Parse(Ptr<const Packet> packet, MihHeader& header);
    /**
     * \brief Checked decode of the header at the front of a frame given as octets.
     * \param data first octet
     * \param size octets of the whole frame
     * \param header the decoded header
     * \return as Parse(Ptr<const Packet>, MihHeader&)
     */
    static MihParseStatus Parse(const uint8_t* data, std::size_t size, MihHeader& header);

    /**
     * \return the status of the last Deserialize (OK or TRUNCATED)
     */
    MihParseStatus GetParseStatus() const;

    /**
     * \param version the protocol version (4 bits)
     */
    void SetVersion(uint8_t version);
    /**
     * \return the protocol version
     */
    uint8_t GetVersion() const;
    /**
     * \param ackReq the ACK-Req flag: the sender asks for an acknowledgement
     */
    void SetAckReq(bool ackReq);
    /**
     * \return the ACK-Req flag
     */
    bool GetAckReq() const;
    /**
     * \param ackRsp the ACK-Rsp flag: this frame acknowledges one
     */
    void SetAckRsp(bool ackRsp);
    /**
     * \return the ACK-Rsp flag
     */
    bool GetAckRsp() const;
    /**
     * \param uir the UIR flag (unauthenticated information request)
     */
    void SetUir(bool uir);
    /**
     * \return the UIR flag
     */
    bool GetUir() const;
    /**
     * \param more the M flag (more fragments)
     */
    void SetMoreFragments(bool more);
    /**
     * \return the M flag
     */
    bool GetMoreFragments() const;
    /**
     * \param number the fragment number (7 bits)
     */
    void SetFragmentNumber(uint8_t number);
    /**
     * \return the fragment number
     */
    uint8_t GetFragmentNumber() const;
    /**
     * \param sid the service identifier (4 bits), mih::SID_*
     */
    void SetServiceId(uint8_t sid);
    /**
     * \return the service identifier
     */
    uint8_t GetServiceId() const;
    /**
     * \param opcode the operation code (2 bits), mih::OPCODE_*
     */
    void SetOpcode(uint8_t opcode);
    /**
     * \return the operation code
     */
    uint8_t GetOpcode() const;
    /**
     * \param aid the action identifier (10 bits), mih::AID_*
     */
    void SetActionId(uint16_t aid);
    /**
     * \return the action identifier
     */
    uint16_t GetActionId() const;
    /**
     * \brief Set SID, opcode and AID at once.
     * \param sid service identifier
     * \param opcode operation code
     * \param aid action identifier
     */
    void SetMessageId(uint8_t sid, uint8_t opcode, uint16_t aid);
    /**
     * \return the 16-bit MIH message ID: SID(4) | Opcode(2) | AID(10)
     */
    uint16_t GetMessageId() const;
    /**
     * \param tid the transaction identifier (12 bits)
     */
    void SetTransactionId(uint16_t tid);
    /**
     * \return the transaction identifier
     */
    uint16_t GetTransactionId() const;
    /**
     * \param length the payload length in octets
     */
    void SetPayloadLength(uint16_t length);
    /**
     * \return the payload length in octets
     */
    uint16_t GetPayloadLength() const;

  private:
    uint8_t m_version;        //!< protocol version
    bool m_ackReq;            //!< ACK-Req
    bool m_ackRsp;            //!< ACK-Rsp
    bool m_uir;               //!< UIR
    bool m_more;              //!< M (more fragments)
    uint8_t m_fragment;       //!< FN
    uint8_t m_sid;            //!< service identifier
    uint8_t m_opcode;         //!< operation code
    uint16_t m_aid;           //!< action identifier
    uint16_t m_tid;           //!< transaction identifier
    uint16_t m_payloadLength; //!< payload length
    MihParseStatus m_status;  //!< last Deserialize status
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIH_HEADER_H */
