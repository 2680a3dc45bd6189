/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_REGISTRATION_MESSAGES_H
#define SECURE_HANDOVER_DOT16_REGISTRATION_MESSAGES_H

#include "dot16-management-message.h"

#include <optional>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief REG-REQ (type 6): type || TLVs; REG-RSP (type 7): type || Response (8 bits: 0 OK,
 *        1 message authentication failure) || TLVs (802.16-2009 6.3.2.3.7/8; Wireshark
 *        msg_reg_req.c, msg_reg_rsp.c).
 *
 * The TLVs are kept in their received order, so that a decoded message re-encodes to the same
 * octets (the captured REG-REQ of vectors-802.16.txt H1 does). The accessors read and write
 * the TLVs this module relies on:
 * - 27 "Handover Supported" (8 bits; Wireshark REG_TLV_T_27_HANDOVER_SUPPORTED). Bit 5 is
 *   the module's "Seamless Handover" capability of the counter-based TEK proposal (the
 *   proposal names the capability but not its encoding; see doc/dot16-wire-format.rst);
 * - 31 "Mobility Features Supported" (8 bits).
 * A CMAC tuple (141) or HMAC tuple (149) ends the message. Each TLV type at most once.
 */
class Dot16RegistrationMessage : public Dot16ManagementMessage
{
  public:
    /// TLV: Handover Supported.
    static constexpr uint8_t TLV_HANDOVER_SUPPORTED = 27;
    /// TLV: Mobility Features Supported.
    static constexpr uint8_t TLV_MOBILITY_FEATURES = 31;
    /// Bit of TLV 27 that announces the "Seamless Handover" (counter-based TEK) capability.
    static constexpr uint8_t SEAMLESS_HANDOVER_BIT = 0x20;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \param response false for REG-REQ, true for REG-RSP
     */
    explicit Dot16RegistrationMessage(bool response = false);

    TypeId GetInstanceTypeId() const override;
    uint8_t GetManagementType() const override;
    void Print(std::ostream& os) const override;

    /** \return true for REG-RSP */
    bool IsResponse() const;

    /**
     * \param response the REG-RSP Response field (0 OK, 1 message authentication failure)
     */
    void SetResponseCode(uint8_t response);

    /** \return the REG-RSP Response field */
    uint8_t GetResponseCode() const;

    /**
     * \brief Set or replace a TLV, keeping its position if present, else appending it.
     * \param type the type
     * \param value the value
     */
    void SetTlv(uint8_t type, crypto::ByteView value);

    /**
     * \param type a TLV type
     * \return the TLV's value, if present
     */
    std::optional<crypto::Bytes> GetTlv(uint8_t type) const;

    /** \return every TLV but the tuple, in order */
    const std::vector<Dot16Tlv>& GetTlvs() const;

    /**
     * \brief Set or clear the "Seamless Handover" bit of TLV 27 (creating the TLV if needed).
     * \param supported the capability
     */
    void SetSeamlessHandover(bool supported);

    /** \return true if TLV 27 is present with the "Seamless Handover" bit set */
    bool GetSeamlessHandover() const;

  protected:
    void EncodeBody(crypto::Bytes& out) const override;
    Dot16ParseStatus DecodeBody(uint8_t type, crypto::ByteView body) override;

  private:
    bool m_response;              //!< REG-RSP rather than REG-REQ
    uint8_t m_responseCode;       //!< REG-RSP Response field
    std::vector<Dot16Tlv> m_tlvs; //!< the TLVs, in order
};

/**
 * \ingroup secure-handover
 * \brief REG-REQ (management type 6).
 */
class Dot16RegReq : public Dot16RegistrationMessage
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    Dot16RegReq();
};

/**
 * \ingroup secure-handover
 * \brief REG-RSP (management type 7).
 */
class Dot16RegRsp : public Dot16RegistrationMessage
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    Dot16RegRsp();
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_REGISTRATION_MESSAGES_H */
