/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_KEY_RESPONSE_HEADER_H
#define SECURE_HANDOVER_HANDOVER_KEY_RESPONSE_HEADER_H

#include "mobility-header.h"

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Handover Key Response, HKResp (draft-vidya-mipshop-handover-keys-aaa-04 5.1.2), MH
 *        Type mip6::MH_HANDOVER_KEY_RESPONSE (private).
 *
 * Message data (10 octets): Message ID (8) | V (1) | PRF (3) | Reserved (4) | Status Code (8) |
 * Lifetime (24, seconds) | SPI (32). The draft's figure gives Status Code and Lifetime one
 * 32-bit row; this module reads it as 8 + 24 bits. Options: MAC (at least one on success,
 * 5.2.2), Handover Nonce (HKS-Nonce, mandatory on a success without V), Timestamp.
 * An error response may lack a MAC: the AR that answers TIMESTAMP_REQD or CoA_AUTH_FAILED has
 * no key to compute one with; the MN agent decides what to accept.
 */
class HandoverKeyResponseHeader : public MobilityHeader
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    HandoverKeyResponseHeader();

    /// Largest Lifetime the 24-bit field holds.
    static constexpr uint32_t MAX_LIFETIME = 0xffffff;

    /** \param id the Message ID (copied from the HKReq) */
    void SetMessageId(uint8_t id);
    /** \return the Message ID */
    uint8_t GetMessageId() const;
    /** \param verified the V (verified) flag */
    void SetVerified(bool verified);
    /** \return the V (verified) flag */
    bool GetVerified() const;
    /** \param prf the PRF field (3 bits) */
    void SetPrf(uint8_t prf);
    /** \return the PRF field */
    uint8_t GetPrf() const;
    /** \param status the Status Code (mip6::HK_SUCCESS, mip6::HK_INVALID_PRF_ALG, ...) */
    void SetStatus(uint8_t status);
    /** \return the Status Code */
    uint8_t GetStatus() const;
    /** \param seconds the key lifetime (at most MAX_LIFETIME) */
    void SetLifetime(uint32_t seconds);
    /** \return the key lifetime in seconds */
    uint32_t GetLifetime() const;
    /** \param spi the SPI of the HK at the AR */
    void SetSpi(uint32_t spi);
    /** \return the SPI */
    uint32_t GetSpi() const;

  protected:
    void SerializeMessageData(Buffer::Iterator& i) const override;
    MhParseStatus DeserializeMessageData(Buffer::Iterator& i) override;
    MhParseStatus CheckOptions() const override;
    void PrintMessageData(std::ostream& os) const override;

  private:
    uint8_t m_messageId;    //!< Message ID
    bool m_verified;        //!< V flag
    uint8_t m_prf;          //!< PRF (3 bits)
    uint8_t m_reservedBits; //!< Reserved (4 bits)
    uint8_t m_status;       //!< Status Code
    uint32_t m_lifetime;    //!< Lifetime (24 bits)
    uint32_t m_spi;         //!< SPI
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_KEY_RESPONSE_HEADER_H */
