/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_KEY_REQUEST_HEADER_H
#define SECURE_HANDOVER_HANDOVER_KEY_REQUEST_HEADER_H

#include "mobility-header.h"

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Handover Key Request, HKReq (draft-vidya-mipshop-handover-keys-aaa-04 5.1.1), MH Type
 *        mip6::MH_HANDOVER_KEY_REQUEST (private).
 *
 * Message data (18 octets): Message ID (8) | V (1) | PRF (3) | Reserved (4) | Key Care-of
 * Address (128). Options: MN Identifier (mandatory: an AR silently discards an HKReq without
 * it, 6.3), Handover Nonce (MN-Nonce, mandatory without V), MAC (at least one, 5.2.2; with V
 * the MN-AR MAC is mandatory and the last option, 6.2.3), Timestamp, and the private HK SPI.
 */
class HandoverKeyRequestHeader : public MobilityHeader
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    HandoverKeyRequestHeader();

    /** \param id the Message ID */
    void SetMessageId(uint8_t id);
    /** \return the Message ID */
    uint8_t GetMessageId() const;
    /** \param verify the V (verify) flag */
    void SetVerify(bool verify);
    /** \return the V (verify) flag */
    bool GetVerify() const;
    /** \param prf the PRF field (3 bits; mip6::PRF_HMAC_SHA1 ...) */
    void SetPrf(uint8_t prf);
    /** \return the PRF field */
    uint8_t GetPrf() const;
    /** \return the 4 Reserved bits as decoded */
    uint8_t GetFlagsReserved() const;
    /** \param coa the Key Care-of Address (:: for an indirect exchange, 6.5) */
    void SetKeyCareOfAddress(const Ipv6Address& coa);
    /** \return the Key Care-of Address */
    Ipv6Address GetKeyCareOfAddress() const;

  protected:
    void SerializeMessageData(Buffer::Iterator& i) const override;
    MhParseStatus DeserializeMessageData(Buffer::Iterator& i) override;
    MhParseStatus CheckOptions() const override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    uint8_t m_messageId;    //!< Message ID
    bool m_verify;          //!< V flag
    uint8_t m_prf;          //!< PRF (3 bits)
    uint8_t m_reservedBits; //!< Reserved (4 bits)
    Ipv6Address m_coa;      //!< Key Care-of Address
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_KEY_REQUEST_HEADER_H */
