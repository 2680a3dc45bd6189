/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_MANAGEMENT_MESSAGE_H
#define SECURE_HANDOVER_DOT16_MANAGEMENT_MESSAGE_H

#include "dot16-cmac-tuple.h"
#include "dot16-tlv.h"

#include "ns3/header.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief 802.16-2009 MAC management message types (Table 6-1x; Wireshark wimax_mac.h).
 */
enum class Dot16ManagementType : uint8_t
{
    RNG_REQ = 4,       //!< ranging request
    RNG_RSP = 5,       //!< ranging response
    REG_REQ = 6,       //!< registration request
    REG_RSP = 7,       //!< registration response
    PKM_REQ = 9,       //!< privacy key management request
    PKM_RSP = 10,      //!< privacy key management response
    SBC_REQ = 26,      //!< SS basic capability request
    SBC_RSP = 27,      //!< SS basic capability response
    MOB_NBR_ADV = 53,  //!< neighbour advertisement
    MOB_BSHO_REQ = 56, //!< BS handover request
    MOB_MSHO_REQ = 57, //!< MS handover request
    MOB_BSHO_RSP = 58, //!< BS handover response
    MOB_HO_IND = 59    //!< handover indication
};

/**
 * \param type a management message type octet
 * \return its name, e.g. "RNG-REQ", or "type N" if it is not one of Dot16ManagementType
 */
std::string Dot16ManagementTypeName(uint8_t type);

/**
 * \ingroup secure-handover
 * \brief The fields of a received HMAC tuple (TLV 149): reserved (4 bits) | key sequence
 *        number (4 bits) || HMAC digest (160 bits).
 */
struct Dot16HmacTupleValue
{
    uint8_t keySequence{0}; //!< key sequence number
    crypto::Bytes digest;   //!< the 20-octet HMAC-SHA1 digest
};

/**
 * \ingroup secure-handover
 * \brief Base of every 802.16 MAC management message: the management message type octet,
 *        the message's own fields, and an optional trailing CMAC tuple (or HMAC tuple).
 *
 * A message is the payload of a generic MAC header whose first octet is the management
 * message type. Serialize writes Encode(); Deserialize reads every remaining octet of the
 * buffer and records the checked decode's result in GetParseStatus(). Agents use Decode()
 * (or DecodeManagementPdu in their receive path) and drop the message unless it returns OK.
 *
 * The CMAC tuple is computed over the encoded message by SignCmac (or by AppendCmacTuple on
 * octets). A decoded message keeps the octets it was decoded from, and VerifyCmac checks
 * the tuple against exactly those octets.
 */
class Dot16ManagementMessage : public Header
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Dot16ManagementMessage();
    ~Dot16ManagementMessage() override;

    /**
     * \return the management message type octet this message is sent with
     */
    virtual uint8_t GetManagementType() const = 0;

    /**
     * \return where this message carries its CMAC (TLV 141, or PKM attribute 40)
     */
    virtual Dot16CmacFormat GetCmacFormat() const;

    void Serialize(Buffer::Iterator start) const override;
    uint32_t Deserialize(Buffer::Iterator start) override;
    uint32_t GetSerializedSize() const override;

    /**
     * \return type octet || fields || the CMAC tuple (or HMAC tuple) if one is attached
     */
    crypto::Bytes Encode() const;

    /**
     * \return type octet || fields, without any tuple: what the CMAC covers
     */
    crypto::Bytes EncodeWithoutTuple() const;

    /**
     * \brief Checked decode.
     * \param message the management message (type octet first)
     * \return OK or the first violation (TRUNCATED, UNEXPECTED_TYPE, DUPLICATE, ...)
     */
    Dot16ParseStatus Decode(crypto::ByteView message);

    /**
     * \return the status of the last Deserialize or Decode (OK for a message built locally)
     */
    Dot16ParseStatus GetParseStatus() const;

    /**
     * \brief Compute and attach the CMAC tuple (replacing any tuple attached before).
     * \param key CMAC_KEY_U (MS to BS) or CMAC_KEY_D (BS to MS)
     * \param akid the AKID
     * \param cmacPn the CMAC packet number
     * \param cid the CID the message will travel on
     * \param keySequence the 4-bit key sequence number (TLV 141 only)
     */
    void SignCmac(const crypto::CmacKey& key,
                  const crypto::Akid& akid,
                  uint32_t cmacPn,
                  uint16_t cid,
                  uint8_t keySequence = 0);

    /**
     * \brief Verify the CMAC tuple: over the received octets for a decoded message, else over
     *        Encode().
     * \param key the CMAC key expected
     * \param akid the AKID expected
     * \param cid the CID the message arrived on
     * \param keySequence the key sequence number expected in a CMAC tuple (TLV 141)
     * \return OK, MISSING_MANDATORY (no tuple) or BAD_CMAC
     */
    Dot16ParseStatus VerifyCmac(const crypto::CmacKey& key,
                                const crypto::Akid& akid,
                                uint16_t cid,
                                uint8_t keySequence = 0) const;

    /** \return true if a CMAC tuple is attached or was received */
    bool HasCmacTuple() const;
    /** \return the CMAC tuple (HasCmacTuple() must be true) */
    const Dot16CmacTupleValue& GetCmacTuple() const;
    /** \brief Remove the CMAC tuple (and any HMAC tuple). */
    void ClearTuples();
    /** \return true if the message carries an HMAC tuple (TLV 149) */
    bool HasHmacTuple() const;
    /** \return the HMAC tuple (HasHmacTuple() must be true) */
    const Dot16HmacTupleValue& GetHmacTuple() const;
    /** \return the octets of the last successful Decode/Deserialize (empty otherwise) */
    const crypto::Bytes& GetReceivedOctets() const;

  protected:
    /**
     * \brief Append the fields after the type octet (no tuple).
     * \param out the buffer to extend
     */
    virtual void EncodeBody(crypto::Bytes& out) const = 0;

    /**
     * \brief Decode the fields after the type octet; reset every field first.
     * \param type the received type octet (already accepted by AcceptsManagementType)
     * \param body the octets after the type octet
     * \return OK or the first violation
     */
    virtual Dot16ParseStatus DecodeBody(uint8_t type, crypto::ByteView body) = 0;

    /**
     * \param type a received type octet
     * \return true if this class decodes it (default: type == GetManagementType())
     */
    virtual bool AcceptsManagementType(uint8_t type) const;

    /**
     * \brief For DecodeBody: read a TLV section strictly, take the trailing tuple out.
     *
     * The CMAC tuple (TLV 141, or PKM attribute 40) and the HMAC tuple (TLV 149, not for PKM)
     * are recorded here and must be the last TLV (else UNEXPECTED_TYPE).
     *
     * \param tlvs the TLV section
     * \param others receives every other TLV, in order
     * \return OK or the first violation
     */
    Dot16ParseStatus ReadTlvSection(crypto::ByteView tlvs, std::vector<Dot16Tlv>& others);

  private:
    std::optional<Dot16CmacTupleValue> m_cmacTuple; //!< CMAC tuple attached or received
    std::optional<Dot16HmacTupleValue> m_hmacTuple; //!< HMAC tuple received
    Dot16ParseStatus m_status;                      //!< last decode's status
    crypto::Bytes m_received;                       //!< octets last decoded
};

/**
 * \brief Read the management message type of a GMH payload.
 * \param payload the payload
 * \param type receives the type octet
 * \return OK, or TRUNCATED for an empty payload
 */
Dot16ParseStatus Dot16PeekManagementType(crypto::ByteView payload, uint8_t& type);

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_MANAGEMENT_MESSAGE_H */
