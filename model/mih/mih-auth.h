/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIH_AUTH_H
#define SECURE_HANDOVER_MIH_AUTH_H

#include "mih-message.h"

#include <optional>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief MIH_Auth (SID 1, AID 6), request (opcode 1), response (opcode 2) or indication
 *        (opcode 3): the MIS message that carries the records of a full MIS SA establishment
 *        ((D)TLS over MIS, 802.21 clause 9.2; one indication per batch of records) and, once an
 *        SA exists, the request/response pairs it protects.
 *
 * TLVs in order: Source MIHF ID (M), Destination MIHF ID (M), Auth payload (O, private TLV
 * mih::TLV_AUTH_PAYLOAD: TLS records, opaque), Security (O, private TLV mih::TLV_SECURITY:
 * TLVs protected by an MIS SA), Status (M in a response, absent otherwise).
 * Rules: exactly one of Auth payload and Security is present, and it is not empty.
 */
class MihAuth : public MihMessage
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    /// A request.
    MihAuth();
    /**
     * \param opcode mih::OPCODE_REQUEST, mih::OPCODE_RESPONSE or mih::OPCODE_INDICATION
     */
    explicit MihAuth(uint8_t opcode);

    std::optional<std::vector<uint8_t>> authPayload; //!< (D)TLS records
    std::optional<std::vector<uint8_t>> security;    //!< protected TLVs
    std::optional<uint8_t> status;                   //!< Status (responses only)

  protected:
    const MessageSpec& GetSpec() const override;
    void WriteParameters(MihTlvWriter& writer) const override;
    MihParseStatus ReadParameters(const std::vector<const MihTlv*>& slots) override;
    MihParseStatus ValidateParameters() const override;
    void ClearParameters() override;
    void PrintParameters(std::ostream& os) const override;

  private:
    uint8_t m_opcode; //!< request or response
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIH_AUTH_H */
