/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_EAP_TRANSFER_H
#define SECURE_HANDOVER_DOT16_EAP_TRANSFER_H

#include "dot16-management-message.h"

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief PKMv2 EAP-Transfer (PKM code 18): one EAP message between the MS and the BS, in a
 *        PKM-REQ (MS to BS) or a PKM-RSP (BS to MS).
 *
 * Layout: management type | code 18 | PKM Identifier | attribute 24 (EAP Payload). The
 * module models the initial EAP authentication by the number and size of these messages; the
 * payload octets are opaque (zeros).
 */
class Dot16EapTransfer : public Dot16ManagementMessage
{
  public:
    /// PKM code of EAP-Transfer.
    static constexpr uint8_t CODE = 18;
    /// PKM attribute: PKM-EAP-Payload (802.16-2009 11.9).
    static constexpr uint8_t ATTR_EAP_PAYLOAD = 28;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    /**
     * \param fromBs true for a PKM-RSP (BS to MS), false for a PKM-REQ
     */
    explicit Dot16EapTransfer(bool fromBs = false);

    uint8_t GetManagementType() const override;
    Dot16CmacFormat GetCmacFormat() const override;
    void Print(std::ostream& os) const override;

    /**
     * \brief Whether a PKM message body (after the type octet) is an EAP-Transfer.
     * \param payload the whole management message
     * \return true if its PKM code is 18
     */
    static bool IsEapTransfer(crypto::ByteView payload);

    bool fromBs{false};       //!< PKM-RSP rather than PKM-REQ
    uint8_t identifier{0};    //!< PKM Identifier
    crypto::Bytes eapPayload; //!< attribute 28

  protected:
    void EncodeBody(crypto::Bytes& out) const override;
    Dot16ParseStatus DecodeBody(uint8_t type, crypto::ByteView body) override;
    bool AcceptsManagementType(uint8_t type) const override;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_EAP_TRANSFER_H */
