/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIH_MESSAGE_H
#define SECURE_HANDOVER_MIH_MESSAGE_H

#include "mih-header.h"
#include "mih-tlv.h"
#include "mih-types.h"

#include "ns3/crypto-types.h"
#include "ns3/header.h"
#include "ns3/ptr.h"

#include <optional>
#include <string>
#include <vector>

namespace ns3
{

class Packet;

/**
 * \ingroup secure-handover
 * \brief Base of every MIH message: the MIH header, then the Source and Destination MIHF ID
 *        TLVs (always first, as 802.21 requires), then the message's own TLVs.
 *
 * A subclass describes its TLVs as an ordered list of slots (type, mandatory or optional) and
 * writes, reads and validates its parameters. The base class then gives every message the same
 * strict behaviour:
 *  - encode: Validate() checks the presence rules; Serialize aborts (NS_ABORT) on a message that
 *    Validate() rejects, so an invalid frame is never built; the payload length is computed;
 *  - decode: Parse()/Decode() check the header (version, no fragmentation, payload length, the
 *    message ID), the TLV framing, the TLV set against the slots (unknown type, duplicate, order,
 *    missing mandatory), each value, and the presence rules, and return the first failure.
 *    Deserialize does the same and keeps the result in GetParseStatus(); it never reads past the
 *    buffer.
 */
class MihMessage : public Header
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    MihMessage();

    /**
     * \brief Write the frame. Aborts if Validate() is not OK.
     * \param start where to write
     */
    void Serialize(Buffer::Iterator start) const override;
    /**
     * \brief Read one frame: the header, then as many octets as its payload length says.
     * \param start where to read
     * \return the octets of the frame on success; 0 on failure (see GetParseStatus())
     */
    uint32_t Deserialize(Buffer::Iterator start) override;
    uint32_t GetSerializedSize() const override;
    void Print(std::ostream& os) const override;

    /**
     * \brief Checked decode of a packet that holds exactly one frame (a UDP payload). The packet
     *        is not modified.
     * \param packet the packet
     * \param message the message to fill (left cleared on failure)
     * \return OK or the reason for rejection
     */
    static MihParseStatus Parse(Ptr<const Packet> packet, MihMessage& message);
    /**
     * \brief Checked decode of exactly one frame.
     * \param data first octet
     * \param size octets of the frame
     * \return OK or the reason for rejection (the message is cleared on failure)
     */
    MihParseStatus Decode(const uint8_t* data, std::size_t size);
    /**
     * \brief Checked decode of exactly one frame.
     * \param frame the octets
     * \return OK or the reason for rejection
     */
    MihParseStatus Decode(const std::vector<uint8_t>& frame);
    /**
     * \return the frame octets (aborts like Serialize on an invalid message)
     */
    std::vector<uint8_t> Encode() const;

    /**
     * \brief The encoder-side check: could this message be sent?
     * \return OK, MISSING_MANDATORY, BAD_VALUE or INCONSISTENT
     */
    MihParseStatus Validate() const;
    /**
     * \return the result of the last Deserialize or Decode (OK for a message built locally)
     */
    MihParseStatus GetParseStatus() const;

    /**
     * \return the message's name, e.g. "MIS_Prereg_Xfer Request"
     */
    std::string GetName() const;
    /**
     * \return the service identifier of this message kind
     */
    uint8_t GetServiceId() const;
    /**
     * \return the operation code of this message kind
     */
    uint8_t GetOpcode() const;
    /**
     * \return the action identifier of this message kind
     */
    uint16_t GetActionId() const;

    /**
     * \brief The MIH header as last decoded or as it will be written (SID, opcode, AID and the
     *        payload length are set by Serialize).
     * \return the header
     */
    const MihHeader& GetMihHeader() const;
    /**
     * \param tid the transaction identifier (12 bits)
     */
    void SetTransactionId(uint16_t tid);
    /**
     * \return the transaction identifier
     */
    uint16_t GetTransactionId() const;
    /**
     * \param ackReq ask the peer for an acknowledgement
     */
    void SetAckReq(bool ackReq);
    /**
     * \return the ACK-Req flag
     */
    bool GetAckReq() const;
    /**
     * \param ackRsp this frame also acknowledges the peer's frame of the same transaction
     */
    void SetAckRsp(bool ackRsp);
    /**
     * \return the ACK-Rsp flag
     */
    bool GetAckRsp() const;
    /**
     * \param id the sender's MIHF ID (an NAI of 1..253 octets)
     */
    void SetSourceId(const std::string& id);
    /**
     * \return the sender's MIHF ID
     */
    const std::string& GetSourceId() const;
    /**
     * \param id the receiver's MIHF ID (an NAI of 1..253 octets)
     */
    void SetDestinationId(const std::string& id);
    /**
     * \return the receiver's MIHF ID
     */
    const std::string& GetDestinationId() const;

  protected:
    /// One TLV position of a message definition.
    struct TlvSlot
    {
        uint8_t type;     //!< TLV type
        bool mandatory;   //!< true if the TLV must be present
        const char* name; //!< parameter name, for logs
    };

    /// A message definition: its ID and its TLVs in order (Source and Destination first).
    struct MessageSpec
    {
        const char* name;           //!< message name
        uint8_t sid;                //!< service identifier
        uint8_t opcode;             //!< operation code
        uint16_t aid;               //!< action identifier
        std::vector<TlvSlot> slots; //!< the TLVs in order; slot 0 and 1 are Source, Destination
    };

    /**
     * \return the definition of this message kind
     */
    virtual const MessageSpec& GetSpec() const = 0;
    /**
     * \brief Append the TLVs that follow Source and Destination, in slot order.
     * \param writer the TLV writer
     */
    virtual void WriteParameters(MihTlvWriter& writer) const = 0;
    /**
     * \brief Decode the parameters from the TLVs assigned to slots 2...
     * \param slots one entry per slot of GetSpec(), null where the TLV is absent
     * \return OK or BAD_VALUE
     */
    virtual MihParseStatus ReadParameters(const std::vector<const MihTlv*>& slots) = 0;
    /**
     * \brief The message's presence and value rules (both directions).
     * \return OK, MISSING_MANDATORY, BAD_VALUE or INCONSISTENT
     */
    virtual MihParseStatus ValidateParameters() const = 0;
    /// Reset every parameter to absent.
    virtual void ClearParameters() = 0;
    /**
     * \brief Print the parameters.
     * \param os the stream
     */
    virtual void PrintParameters(std::ostream& os) const = 0;

    /**
     * \brief Decode a 16-octet Nonce TLV value.
     * \param tlv the TLV
     * \param nonce the nonce
     * \return OK or BAD_VALUE
     */
    static MihParseStatus ReadNonce(const MihTlv& tlv, crypto::Nonce16& nonce);
    /**
     * \brief Decode a 1-octet value.
     * \param tlv the TLV
     * \param value the value
     * \return OK or BAD_VALUE
     */
    static MihParseStatus ReadU8(const MihTlv& tlv, uint8_t& value);
    /**
     * \brief Decode a 4-octet big-endian value.
     * \param tlv the TLV
     * \param value the value
     * \return OK or BAD_VALUE
     */
    static MihParseStatus ReadU32(const MihTlv& tlv, uint32_t& value);
    /**
     * \brief Decode an MIHF_ID (or NAI) TLV value.
     * \param tlv the TLV
     * \param id the identifier
     * \return OK or BAD_VALUE
     */
    static MihParseStatus ReadMihfId(const MihTlv& tlv, std::string& id);
    /**
     * \brief Decode a Link Identifier TLV value.
     * \param tlv the TLV
     * \param link the link tuple identifier
     * \return OK or BAD_VALUE
     */
    static MihParseStatus ReadLinkTupleId(const MihTlv& tlv, MihLinkTupleId& link);
    /**
     * \brief Decode a Candidate Link List TLV value.
     * \param tlv the TLV
     * \param list the candidate links
     * \return OK or BAD_VALUE
     */
    static MihParseStatus ReadCandidateLinks(const MihTlv& tlv, std::vector<MihLinkPoaList>& list);
    /**
     * \brief Decode a Protected Key TLV value (16 or 24 octets).
     * \param tlv the TLV
     * \param key the protected key
     * \return OK or BAD_VALUE
     */
    static MihParseStatus ReadProtectedKey(const MihTlv& tlv, std::vector<uint8_t>& key);
    /**
     * \brief Take an opaque TLV value as it is.
     * \param tlv the TLV
     * \param value the octets
     * \return OK
     */
    static MihParseStatus ReadOctets(const MihTlv& tlv, std::vector<uint8_t>& value);
    /**
     * \param key a Protected Key value
     * \return true if it has 16 (K XOR mask) or 24 (RFC 3394 key wrap) octets
     */
    static bool IsValidProtectedKeySize(const std::vector<uint8_t>& key);

    /**
     * \brief Append a Link Identifier TLV if the parameter is present.
     * \param writer the TLV writer
     * \param type TLV type
     * \param link the parameter
     */
    static void WriteOptional(MihTlvWriter& writer,
                              uint8_t type,
                              const std::optional<MihLinkTupleId>& link);
    /**
     * \brief Append a TLV with opaque octets (e.g. a Protected Key) if the parameter is present.
     * \param writer the TLV writer
     * \param type TLV type
     * \param value the parameter
     */
    static void WriteOptional(MihTlvWriter& writer,
                              uint8_t type,
                              const std::optional<std::vector<uint8_t>>& value);
    /**
     * \brief Append an MIHF_ID (or NAI) TLV if the parameter is present.
     * \param writer the TLV writer
     * \param type TLV type
     * \param id the parameter
     */
    static void WriteOptional(MihTlvWriter& writer,
                              uint8_t type,
                              const std::optional<std::string>& id);
    /**
     * \brief Append a Candidate Link List TLV if the parameter is present.
     * \param writer the TLV writer
     * \param type TLV type
     * \param list the parameter
     */
    static void WriteOptional(MihTlvWriter& writer,
                              uint8_t type,
                              const std::optional<std::vector<MihLinkPoaList>>& list);
    /**
     * \brief Append a 1-octet TLV if the parameter is present.
     * \param writer the TLV writer
     * \param type TLV type
     * \param value the parameter
     */
    static void WriteOptional(MihTlvWriter& writer,
                              uint8_t type,
                              const std::optional<uint8_t>& value);
    /**
     * \brief Append a 4-octet big-endian TLV if the parameter is present.
     * \param writer the TLV writer
     * \param type TLV type
     * \param value the parameter
     */
    static void WriteOptional(MihTlvWriter& writer,
                              uint8_t type,
                              const std::optional<uint32_t>& value);
    /**
     * \brief Append a Nonce TLV if the parameter is present.
     * \param writer the TLV writer
     * \param type TLV type
     * \param nonce the parameter
     */
    static void WriteOptional(MihTlvWriter& writer,
                              uint8_t type,
                              const std::optional<crypto::Nonce16>& nonce);

    /**
     * \brief Print the TargetLinkIdentifier and LLInformation parameters that the MIS
     *        pre-registration messages begin with.
     * \param os the stream
     * \param targetLink the TargetLinkIdentifier
     * \param llInformation the LLInformation
     */
    static void PrintLinkParameters(std::ostream& os,
                                    const std::optional<MihLinkTupleId>& targetLink,
                                    const std::optional<std::vector<uint8_t>>& llInformation);

    /**
     * \brief For ReadParameters: decodes the slots in order and keeps the first failure (once
     *        a value is rejected, later reads do nothing).
     */
    class SlotReader
    {
      public:
        /**
         * \brief Value decoder of one parameter kind (ReadU8, ReadMihfId, ...).
         * \tparam T the value type
         */
        template <typename T>
        using Reader = MihParseStatus (*)(const MihTlv&, T&);

        /**
         * \brief Constructor.
         * \param slots the slots given to ReadParameters
         */
        explicit SlotReader(const std::vector<const MihTlv*>& slots)
            : m_slots(slots),
              m_status(MihParseStatus::OK)
        {
        }

        /**
         * \brief Decode an optional parameter: left absent if its TLV is absent or rejected.
         * \param slot the slot index
         * \param field the parameter
         * \param read the value decoder
         */
        template <typename T>
        void Optional(std::size_t slot, std::optional<T>& field, Reader<T> read)
        {
            if (m_status != MihParseStatus::OK || m_slots[slot] == nullptr)
            {
                return;
            }
            T value{};
            m_status = read(*m_slots[slot], value);
            if (m_status == MihParseStatus::OK)
            {
                field = value;
            }
        }

        /**
         * \brief Decode a mandatory parameter (its slot is filled: DecodeTlvs checked it).
         * \param slot the slot index
         * \param field the parameter
         * \param read the value decoder
         */
        template <typename T>
        void Mandatory(std::size_t slot, T& field, Reader<T> read)
        {
            if (m_status == MihParseStatus::OK)
            {
                m_status = read(*m_slots[slot], field);
            }
        }

        /**
         * \return OK or the first failure
         */
        MihParseStatus GetStatus() const
        {
            return m_status;
        }

      private:
        const std::vector<const MihTlv*>& m_slots; //!< the slots
        MihParseStatus m_status;                   //!< first failure, or OK
    };

  private:
    /**
     * \return the TLV payload (Validate() must be OK)
     */
    std::vector<uint8_t> BuildPayload() const;
    /**
     * \brief Decode the frame; on failure clear everything.
     * \param data first octet
     * \param size octets
     * \return the status
     */
    MihParseStatus DoDecode(const uint8_t* data, std::size_t size);
    /**
     * \brief Check the TLVs against the slots and decode them.
     * \param tlvs the TLVs in order
     * \return the status
     */
    MihParseStatus DecodeTlvs(const std::vector<MihTlv>& tlvs);

    MihHeader m_header;          //!< the MIH header
    std::string m_sourceId;      //!< Source MIHF ID
    std::string m_destinationId; //!< Destination MIHF ID
    MihParseStatus m_status;     //!< last decode result
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIH_MESSAGE_H */
