/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_HANDOVER_MESSAGES_H
#define SECURE_HANDOVER_DOT16_HANDOVER_MESSAGES_H

#include "dot16-management-message.h"

#include <optional>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Neighbour-BS metrics selected by a MOB_MSHO-REQ's Report metric bitmap.
 *
 * Each metric present in the report metric is one octet, in this order: CINR mean (bit 0),
 * RSSI mean (bit 1), relative delay (bit 2), BS RTD (bit 3).
 */
struct Dot16BsMetrics
{
    uint8_t cinrMean{0};      //!< BS CINR mean (report metric bit 0)
    uint8_t rssiMean{0};      //!< BS RSSI mean (bit 1)
    uint8_t relativeDelay{0}; //!< relative delay (bit 2)
    uint8_t rtd{0};           //!< BS round-trip delay (bit 3)
};

/**
 * \ingroup secure-handover
 * \brief MOB_NBR-ADV (management type 53), the module's minimal octet-aligned form of
 *        802.16-2009 6.3.2.3.47.
 *
 * type || Skip-optional-fields bitmap (8 bits, bit 0: Operator ID omitted; bit 1: neighbour
 * BSIDs omitted; bit 2: HO process optimization omitted; bit 3: scheduling service omitted;
 * bits 4-7 reserved = 0) || [Operator ID (24 bits)] || Configuration change count (8) ||
 * Fragmentation index (4) | Total fragmentation (4) || N_NEIGHBORS (8) || N_NEIGHBORS x
 * { Length (8, the entry's octets including itself) || PHY profile ID (8) || [Neighbor BSID,
 * 24 LSBs] || Preamble index (8) || [HO process optimization (8)] || [Scheduling service
 * supported (8)] || DCD CCC (4) | UCD CCC (4) || neighbour TLVs (to Length) } || TLVs.
 * The PHY profile ID is carried opaquely: the codec writes no FA index or BS EIRP fields.
 * Broadcast, so never CMAC-protected.
 */
class Dot16MobNbrAdv : public Dot16ManagementMessage
{
  public:
    /// One neighbour entry.
    struct Neighbor
    {
        uint8_t phyProfileId{0};          //!< PHY profile ID (opaque)
        uint32_t bsidLsb24{0};            //!< 24 least significant bits of the BSID
        uint8_t preambleIndex{0};         //!< preamble index
        uint8_t hoProcessOptimization{0}; //!< HO process optimization
        uint8_t schedulingService{0};     //!< scheduling service supported
        uint8_t dcdCcc{0};                //!< DCD configuration change count (4 bits)
        uint8_t ucdCcc{0};                //!< UCD configuration change count (4 bits)
        std::vector<Dot16Tlv> tlvs;       //!< neighbour TLVs
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetManagementType() const override;
    void Print(std::ostream& os) const override;

    uint8_t skipOptionalFields{0};       //!< skip bitmap (bits 0-3)
    uint32_t operatorId{0};              //!< 24-bit operator ID (if not skipped)
    uint8_t configurationChangeCount{0}; //!< configuration change count
    uint8_t fragmentationIndex{0};       //!< 4 bits
    uint8_t totalFragmentation{1};       //!< 4 bits
    std::vector<Neighbor> neighbors;     //!< at most 255
    std::vector<Dot16Tlv> tlvs;          //!< message TLVs

  protected:
    void EncodeBody(crypto::Bytes& out) const override;
    Dot16ParseStatus DecodeBody(uint8_t type, crypto::ByteView body) override;
};

/**
 * \ingroup secure-handover
 * \brief MOB_MSHO-REQ (management type 57), octet-aligned form of 802.16-2009 6.3.2.3.53.
 *
 * type || Report metric (8 bits; bits 0-3 select Dot16BsMetrics, 4-7 reserved = 0) ||
 * N_New_BS_Index (8) || [if > 0: Configuration change count of MOB_NBR-ADV (8)] ||
 * N_New_BS_Index x { Neighbor BS index (8) || Preamble index (8) || metrics ||
 * Service level prediction (3) | Arrival time difference indication (1) | Arrival time
 * difference (4) } || N_New_BS_Full (8) || N_New_BS_Full x { Neighbor BSID (48) ||
 * Preamble index (8) || metrics || the same octet } || N_Current_BSs (3) | reserved (5) ||
 * N_Current_BSs x { Temp BSID (4) | reserved (4) || metrics } || TLVs (CMAC tuple last).
 */
class Dot16MobMshoReq : public Dot16ManagementMessage
{
  public:
    /// A candidate BS known by its MOB_NBR-ADV index.
    struct IndexedBs
    {
        uint8_t neighborIndex{0};                    //!< index in MOB_NBR-ADV
        uint8_t preambleIndex{0};                    //!< preamble index
        Dot16BsMetrics metrics;                      //!< measured metrics
        uint8_t serviceLevelPrediction{0};           //!< 3 bits
        bool arrivalTimeDifferenceIndication{false}; //!< 1 bit
        uint8_t arrivalTimeDifference{0};            //!< 4 bits
    };

    /// A candidate BS known by its full BSID.
    struct FullBs
    {
        crypto::Mac48 bsid{};                        //!< the BSID
        uint8_t preambleIndex{0};                    //!< preamble index
        Dot16BsMetrics metrics;                      //!< measured metrics
        uint8_t serviceLevelPrediction{0};           //!< 3 bits
        bool arrivalTimeDifferenceIndication{false}; //!< 1 bit
        uint8_t arrivalTimeDifference{0};            //!< 4 bits
    };

    /// A BS of the current active set.
    struct CurrentBs
    {
        uint8_t tempBsid{0};    //!< 4 bits
        Dot16BsMetrics metrics; //!< measured metrics
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetManagementType() const override;
    void Print(std::ostream& os) const override;

    uint8_t reportMetric{0x01};        //!< bits 0-3
    uint8_t nbrAdvChangeCount{0};      //!< sent only when indexedBss is not empty
    std::vector<IndexedBs> indexedBss; //!< N_New_BS_Index entries
    std::vector<FullBs> fullBss;       //!< N_New_BS_Full entries
    std::vector<CurrentBs> currentBss; //!< N_Current_BSs entries (at most 7)
    std::vector<Dot16Tlv> tlvs;        //!< TLVs other than the tuple

  protected:
    void EncodeBody(crypto::Bytes& out) const override;
    Dot16ParseStatus DecodeBody(uint8_t type, crypto::ByteView body) override;
};

/**
 * \ingroup secure-handover
 * \brief MOB_BSHO-RSP (management type 58), octet-aligned subset of 802.16-2009 6.3.2.3.54
 *        for Mode 0b000 (hard handover).
 *
 * type || Mode (3) | reserved (5) || HO operation mode (1) | Resource retain flag (1) |
 * reserved (6) || N_Recommended (8) || N_Recommended x { Neighbor BSID (48) ||
 * Preamble index (8) || Service level prediction (3) | reserved (5) ||
 * HO process optimization (16) } || Action time (8) || TLVs (CMAC tuple last).
 * Any other Mode is BAD_VALUE.
 */
class Dot16MobBshoRsp : public Dot16ManagementMessage
{
  public:
    /// A recommended target BS.
    struct Recommended
    {
        crypto::Mac48 bsid{};              //!< the BSID
        uint8_t preambleIndex{0};          //!< preamble index
        uint8_t serviceLevelPrediction{0}; //!< 3 bits
        uint16_t hoProcessOptimization{0}; //!< as RNG-RSP TLV 21
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetManagementType() const override;
    void Print(std::ostream& os) const override;

    bool hoOperationMode{false};          //!< 0 recommended, 1 mandatory
    bool resourceRetain{false};           //!< resource retain flag
    std::vector<Recommended> recommended; //!< N_Recommended entries
    uint8_t actionTime{0};                //!< frames until the action
    std::vector<Dot16Tlv> tlvs;           //!< TLVs other than the tuple

  protected:
    void EncodeBody(crypto::Bytes& out) const override;
    Dot16ParseStatus DecodeBody(uint8_t type, crypto::ByteView body) override;
};

/**
 * \ingroup secure-handover
 * \brief MOB_HO-IND (management type 59), octet-aligned form of 802.16-2009 6.3.2.3.55 for
 *        Mode 0b00 (HO).
 *
 * type || reserved (6) | Mode (2) || HO_IND_type (2) | Ranging_Params_valid_indication (2) |
 * reserved (4) || [Target_BS_ID (48), if HO_IND_type = 0b00] || TLVs (CMAC tuple last).
 * HO_IND_type: 0b00 serving BS release, 0b01 HO cancel, 0b10 HO reject, 0b11 reserved
 * (BAD_VALUE), as is any Mode but 0b00.
 */
class Dot16MobHoInd : public Dot16ManagementMessage
{
  public:
    /// HO_IND_type values.
    enum HoIndType : uint8_t
    {
        SERVING_BS_RELEASE = 0, //!< the MS leaves for Target_BS_ID
        HO_CANCEL = 1,          //!< the MS cancels the handover
        HO_REJECT = 2           //!< the MS rejects the recommended targets
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    TypeId GetInstanceTypeId() const override;
    uint8_t GetManagementType() const override;
    void Print(std::ostream& os) const override;

    uint8_t hoIndType{SERVING_BS_RELEASE}; //!< HO_IND_type
    uint8_t rangingParamsValid{0};         //!< 2 bits
    crypto::Mac48 targetBsid{};            //!< sent when hoIndType is SERVING_BS_RELEASE
    std::vector<Dot16Tlv> tlvs;            //!< TLVs other than the tuple

  protected:
    void EncodeBody(crypto::Bytes& out) const override;
    Dot16ParseStatus DecodeBody(uint8_t type, crypto::ByteView body) override;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_HANDOVER_MESSAGES_H */
