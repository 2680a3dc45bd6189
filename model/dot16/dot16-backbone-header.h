/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_BACKBONE_HEADER_H
#define SECURE_HANDOVER_DOT16_BACKBONE_HEADER_H

#include "ns3/crypto-types.h"
#include "ns3/header.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief The backbone messages between the 802.16 authenticator (ASN-GW) and the base stations.
 *
 * The module's own format over UDP (DefaultPort), documented in doc/dot16-handover.rst; the
 * NWG R6/R8 encodings are not public in full. Every message is
 *
 * \verbatim
 *   0      1      2..3         4..9     10..15   16 ..
 *   type | flags | body length | MS MAC | BSID  | body (type-specific, fixed layout)
 * \endverbatim
 *
 * big-endian, with flags bit 0 = the MS supports seamless handover (counter-based TEKs) and
 * bit 1 = the body ends with the serving BS's TEK0 || TEK1 || PN0 || PN1 (the reuse baseline:
 * 16 + 16 octets of TEKs, then the serving BS's next downlink PNs, 4 octets each).
 */
class Dot16BackboneHeader : public Header
{
  public:
    /// UDP port of the authenticator and of each base station's backbone agent.
    static constexpr uint16_t DEFAULT_PORT = 7016;
    /// Octets before the body.
    static constexpr uint32_t FIXED_SIZE = 16;

    /// Message types.
    enum MessageType : uint8_t
    {
        HO_REQUEST = 1,     //!< serving BS -> authenticator: the MS asked for candidates
        CONTEXT_PUSH = 2,   //!< authenticator -> BS: AK context and CMAC_KEY_COUNT_N
        CONTEXT_ACK = 3,    //!< BS -> authenticator: context installed
        HO_RESPONSE = 4,    //!< authenticator -> serving BS: candidates prepared
        HO_CONFIRM = 5,     //!< target BS -> authenticator: RNG-REQ verified with this count
        HO_COMPLETE = 6,    //!< authenticator -> BSs: CMAC_KEY_COUNT_N advanced, drop caches
        CONTEXT_REQUEST = 7 //!< BS -> authenticator: the MS finished EAP here, send its AK
    };

    /// Result of a checked parse.
    enum class Status : uint8_t
    {
        OK,         //!< decoded
        TRUNCATED,  //!< fewer octets than the fixed part or the announced body
        OVERLONG,   //!< octets after the announced body
        BAD_TYPE,   //!< unknown message type
        BAD_LENGTH, //!< a body length the message type does not allow
        BAD_VALUE   //!< reserved flag bits set
    };

    /**
     * \brief The status's name.
     * \param status the status
     * \return e.g. "TRUNCATED"
     */
    static std::string StatusName(Status status);

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    Dot16BackboneHeader();

    void Serialize(Buffer::Iterator start) const override;
    uint32_t Deserialize(Buffer::Iterator start) override;
    uint32_t GetSerializedSize() const override;
    void Print(std::ostream& os) const override;

    /**
     * \return the message octets
     */
    crypto::Bytes Encode() const;

    /**
     * \brief Checked parse of a whole message.
     * \param octets the UDP payload
     * \return OK, or why the message is refused (the fields are then unspecified)
     */
    Status Decode(crypto::ByteView octets);

    /**
     * \return the status of the last Deserialize
     */
    Status GetParseStatus() const;

    /**
     * \brief Name of a message type.
     * \param type the type
     * \return e.g. "CONTEXT_PUSH"
     */
    static std::string TypeName(uint8_t type);

    uint8_t type{HO_REQUEST};                //!< message type
    bool seamless{false};                    //!< flags bit 0
    crypto::Mac48 msMac{};                   //!< the MS
    crypto::Mac48 bsid{};                    //!< the BS concerned (sender or target)
    std::vector<crypto::Mac48> bsids;        //!< HO_REQUEST candidates, HO_RESPONSE prepared
    uint16_t basicCid{0};                    //!< HO_REQUEST, CONTEXT_PUSH, CONTEXT_REQUEST
    uint16_t primaryCid{0};                  //!< HO_REQUEST, CONTEXT_PUSH, CONTEXT_REQUEST
    uint16_t transportCid{0};                //!< HO_REQUEST, CONTEXT_PUSH, CONTEXT_REQUEST
    crypto::Bytes ak;                        //!< CONTEXT_PUSH: AK (20 octets)
    crypto::Octets<8> akid{};                //!< CONTEXT_PUSH: AKID
    uint32_t pmkLifetime{0};                 //!< CONTEXT_PUSH: seconds
    uint8_t pmkSn{0};                        //!< CONTEXT_PUSH: PMK sequence number
    uint16_t cmacKeyCount{0};                //!< CONTEXT_PUSH, HO_CONFIRM, HO_COMPLETE
    std::optional<crypto::Bytes> reusedTeks; //!< flags bit 1: TEK0 || TEK1 || PN0 || PN1 (40)

  private:
    /**
     * \brief Append the type-specific body.
     * \param out the message so far
     */
    void EncodeBody(crypto::Bytes& out) const;
    /**
     * \brief Decode the type-specific body.
     * \param body the body octets
     * \return the status
     */
    Status DecodeBody(crypto::ByteView body);

    Status m_status{Status::OK}; //!< last parse status
};

/**
 * \brief Stream a parse status by name.
 * \param os the stream
 * \param status the status
 * \return os
 */
std::ostream& operator<<(std::ostream& os, Dot16BackboneHeader::Status status);

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_BACKBONE_HEADER_H */
