/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIH_PROTECTED_MESSAGE_H
#define SECURE_HANDOVER_MIH_PROTECTED_MESSAGE_H

#include "mih-message.h"

#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Any MIS message whose service-specific TLVs are protected by a security association
 *        (802.21.1 5.13.3.20-21): the MIH header and the Source and Destination MIHF IDs of the
 *        message in clear, then one Security TLV (private type mih::TLV_SECURITY) that holds the
 *        message's other TLVs, encrypted and authenticated (MisSecurityAssociation).
 *
 * The message ID is the protected message's own (SID, opcode, AID), given at construction.
 */
class MihProtectedMessage : public MihMessage
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;

    /// A protected MIS_Prereg_Xfer Request (the default of the TypeId constructor).
    MihProtectedMessage();
    /**
     * \param sid the protected message's service identifier
     * \param opcode its operation code
     * \param aid its action identifier
     */
    MihProtectedMessage(uint8_t sid, uint8_t opcode, uint16_t aid);

    std::vector<uint8_t> security; //!< the Security TLV value (not empty)

    /**
     * \param frame a frame's octets (header first)
     * \return true if its first TLV after Source and Destination is a Security TLV
     */
    static bool IsProtected(const std::vector<uint8_t>& frame);

  protected:
    const MessageSpec& GetSpec() const override;
    void WriteParameters(MihTlvWriter& writer) const override;
    MihParseStatus ReadParameters(const std::vector<const MihTlv*>& slots) override;
    MihParseStatus ValidateParameters() const override;
    void ClearParameters() override;
    void PrintParameters(std::ostream& os) const override;

  private:
    MessageSpec m_spec; //!< the message ID and the three TLVs
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIH_PROTECTED_MESSAGE_H */
