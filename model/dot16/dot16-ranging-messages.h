/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_RANGING_MESSAGES_H
#define SECURE_HANDOVER_DOT16_RANGING_MESSAGES_H

#include "dot16-management-message.h"
#include "dot16-sa-tek-update.h"

#include <optional>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief RNG-REQ (management type 4): type || reserved (8 bits) || TLVs.
 *
 * TLVs (802.16-2009 11.5; numbers as Wireshark wimax_mac.h, RNG_REQ_*):
 * 1 Requested DL burst profile (8 bits), 2 MS MAC address (48), 5 Serving BSID (48),
 * 6 Ranging purpose indication (8; bit 0: HO indication, bit 1: location update),
 * 7 HO_ID (8), 13 CMAC_KEY_COUNT (16), and last the CMAC tuple (141). Each at most once;
 * other TLVs are kept and re-encoded after the known ones.
 */
class Dot16RngReq : public Dot16ManagementMessage
{
  public:
    /// TLV: requested downlink burst profile.
    static constexpr uint8_t TLV_DL_BURST_PROFILE = 1;
    /// TLV: MS MAC address.
    static constexpr uint8_t TLV_MS_MAC_ADDRESS = 2;
    /// TLV: serving BS ID.
    static constexpr uint8_t TLV_SERVING_BSID = 5;
    /// TLV: ranging purpose indication.
    static constexpr uint8_t TLV_RANGING_PURPOSE = 6;
    /// TLV: HO_ID.
    static constexpr uint8_t TLV_HO_ID = 7;
    /// TLV: CMAC_KEY_COUNT.
    static constexpr uint8_t TLV_CMAC_KEY_COUNT = 13;

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetManagementType() const override;
    void Print(std::ostream& os) const override;

    std::optional<uint8_t> dlBurstProfile;    //!< TLV 1
    std::optional<crypto::Mac48> msMac;       //!< TLV 2
    std::optional<crypto::Mac48> servingBsid; //!< TLV 5
    std::optional<uint8_t> rangingPurpose;    //!< TLV 6
    std::optional<uint8_t> hoId;              //!< TLV 7
    std::optional<uint16_t> cmacKeyCount;     //!< TLV 13
    uint8_t reserved{0};                      //!< the octet after the type
    std::vector<Dot16Tlv> otherTlvs;          //!< TLVs this class does not interpret

  protected:
    void EncodeBody(crypto::Bytes& out) const override;
    Dot16ParseStatus DecodeBody(uint8_t type, crypto::ByteView body) override;
};

/**
 * \ingroup secure-handover
 * \brief RNG-RSP (management type 5): type || reserved (8 bits) || TLVs.
 *
 * TLVs (Wireshark wimax_mac.h, RNG_RSP_*): 4 Ranging status (8 bits, mandatory;
 * 1 continue, 2 abort, 3 success, 4 rerange), 8 MS MAC address (48), 9 Basic CID (16),
 * 10 Primary management CID (16), 21 HO process optimization (16), 22 HO_ID (8),
 * 38 SA-TEK-Update (compound, Dot16SaTekUpdate; see doc/dot16-wire-format.rst), and last
 * the CMAC tuple (141).
 */
class Dot16RngRsp : public Dot16ManagementMessage
{
  public:
    /// TLV: ranging status.
    static constexpr uint8_t TLV_RANGING_STATUS = 4;
    /// TLV: MS MAC address.
    static constexpr uint8_t TLV_MS_MAC_ADDRESS = 8;
    /// TLV: basic CID.
    static constexpr uint8_t TLV_BASIC_CID = 9;
    /// TLV: primary management CID.
    static constexpr uint8_t TLV_PRIMARY_CID = 10;
    /// TLV: HO process optimization.
    static constexpr uint8_t TLV_HO_PROCESS_OPTIMIZATION = 21;
    /// TLV: HO_ID.
    static constexpr uint8_t TLV_HO_ID = 22;
    /// TLV: SA-TEK-Update (compound).
    static constexpr uint8_t TLV_SA_TEK_UPDATE = 38;

    /// Ranging status values.
    enum RangingStatus : uint8_t
    {
        CONTINUE = 1, //!< continue
        ABORT = 2,    //!< abort
        SUCCESS = 3,  //!< success
        RERANGE = 4   //!< rerange
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetManagementType() const override;
    void Print(std::ostream& os) const override;

    uint8_t rangingStatus{SUCCESS};                //!< TLV 4
    std::optional<crypto::Mac48> msMac;            //!< TLV 8
    std::optional<uint16_t> basicCid;              //!< TLV 9
    std::optional<uint16_t> primaryCid;            //!< TLV 10
    std::optional<uint16_t> hoProcessOptimization; //!< TLV 21
    std::optional<uint8_t> hoId;                   //!< TLV 22
    std::optional<Dot16SaTekUpdate> saTekUpdate;   //!< TLV 38
    uint8_t reserved{0};                           //!< the octet after the type
    std::vector<Dot16Tlv> otherTlvs;               //!< TLVs this class does not interpret

  protected:
    void EncodeBody(crypto::Bytes& out) const override;
    Dot16ParseStatus DecodeBody(uint8_t type, crypto::ByteView body) override;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_RANGING_MESSAGES_H */
