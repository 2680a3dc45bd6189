/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_MAC_AGENT_H
#define SECURE_HANDOVER_DOT16_MAC_AGENT_H

#include "ns3/dot16-keys.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/packet.h"

#include <string>
#include <vector>

namespace ns3
{

class Dot16NetDevice;

/**
 * \ingroup secure-handover
 * \brief How the TEKs of the target BS come about at handover.
 */
enum class Dot16TekMode : uint8_t
{
    COUNTER, //!< counter-based TEKs (7.2.2.2.6.1) when both ends support seamless handover
    LEGACY,  //!< random TEKs from the target BS (SA-TEK-Update in RNG-RSP, or Key-Reply)
    REUSE    //!< the serving BS's TEKs continue at the target (less secure baseline)
};

/**
 * \brief The mode's name as used in scheme names ("counter", "legacy", "reuse").
 * \param mode the mode
 * \return its name
 */
std::string Dot16TekModeName(Dot16TekMode mode);

/**
 * \ingroup secure-handover
 * \brief The PN byte order an agent uses in its MPDUs (an Attribute; see crypto::PnByteOrder).
 */
enum Dot16PnOrder
{
    DOT16_PN_LITTLE = 0, //!< least significant octet first (default)
    DOT16_PN_BIG = 1     //!< most significant octet first
};

/**
 * \param order the Attribute value
 * \return the crypto layer's byte order
 */
crypto::PnByteOrder Dot16ToPnByteOrder(Dot16PnOrder order);

/// The initial ranging CID (RNG-REQ/RSP before a basic CID exists, and handover ranging).
constexpr uint16_t DOT16_INITIAL_RANGING_CID = 0x0000;
/// The broadcast CID (MOB_NBR-ADV).
constexpr uint16_t DOT16_BROADCAST_CID = 0xFFFF;

/**
 * \ingroup secure-handover
 * \brief The connections of one MS: basic, primary management and one transport CID.
 *
 * The module derives them from the MS MAC address (the low 12 bits of its last two octets), so
 * that they are unique in a scenario and carried unchanged to the target BS (the backbone
 * context repeats them; 802.16e would re-map them in RNG-RSP).
 */
struct Dot16Cids
{
    uint16_t basic{0};     //!< basic CID (0x0001..0x1000)
    uint16_t primary{0};   //!< primary management CID (0x1001..0x2000)
    uint16_t transport{0}; //!< transport CID (0x2001..0x3000); its SAID is the basic CID

    /**
     * \param msMac the MS MAC address
     * \return its CIDs
     */
    static Dot16Cids ForMobile(const Mac48Address& msMac);
};

/**
 * \brief Build a MAC PDU: a GMH (EC = 0) on the CID, then the octets.
 * \param cid the CID
 * \param payload the management message or plaintext SDU
 * \return the PDU
 */
Ptr<Packet> Dot16MakePlainPdu(uint16_t cid, const std::vector<uint8_t>& payload);

class Node;

/**
 * \ingroup secure-handover
 * \brief Charge a node's CPU (CryptoCostModel) for the Dot16KDF calls of an AK and its AKID
 *        (crypto::DeriveAk, crypto::DeriveAkid).
 * \param node the node that computes
 * \return the cost
 */
Time Dot16ChargeAk(Ptr<Node> node);

/**
 * \ingroup secure-handover
 * \brief Charge a node's CPU for crypto::DeriveCmacPrekeysAndKek (one Dot16KDF call).
 * \param node the node that computes
 * \return the cost
 */
Time Dot16ChargePrekeys(Ptr<Node> node);

/**
 * \ingroup secure-handover
 * \brief Charge a node's CPU for crypto::DeriveDot16KeyChain: AK, AKID, CMAC pre-keys and KEK
 *        (Dot16KDF), then CMAC_KEY_U and CMAC_KEY_D (one AES block each).
 * \param node the node that computes
 * \return the cost
 */
Time Dot16ChargeKeyChain(Ptr<Node> node);

/**
 * \ingroup secure-handover
 * \brief Charge a node's CPU for the two Dot16KDF calls of a counter-based TEK pair.
 * \param node the node that computes
 * \return the cost
 */
Time Dot16ChargeCounterTeks(Ptr<Node> node);

/**
 * \ingroup secure-handover
 * \brief Charge a node's CPU for a CMAC tuple over a management message.
 * \param node the node that computes
 * \param octets the encoded message
 * \param deriveKey the CMAC key is first derived from its pre-key (one AES block)
 * \return the cost
 */
Time Dot16ChargeCmacTuple(Ptr<Node> node, std::size_t octets, bool deriveKey);

/**
 * \ingroup secure-handover
 * \brief Charge a node's CPU for wrapping or unwrapping a TEK pair under the KEK.
 * \param node the node that computes
 * \param wrap true to wrap (the BS), false to unwrap (the MS)
 * \return the cost
 */
Time Dot16ChargeTekTransport(Ptr<Node> node, bool wrap);

/**
 * \ingroup secure-handover
 * \brief The 802.16 MAC common part and security sublayers of a station, as seen by its
 *        Dot16NetDevice.
 *
 * A device with an agent runs the 802.16 MAC: every frame on the air is a MAC PDU (generic MAC
 * header first), data SDUs are encapsulated by the agent (AES-CCM once keys exist), management
 * messages travel on the basic and primary management CIDs, and network entry is the agent's
 * (ranging, authorisation, registration). A device without an agent keeps the compact timing
 * model of the backbone scenarios (Ethernet frames, entry by timing only).
 */
class Dot16MacAgent : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Dot16MacAgent();
    ~Dot16MacAgent() override;

    /**
     * \brief A mobile station's device starts network entry (initial entry or handover).
     * \param device the device
     */
    virtual void StartNetworkEntry(Ptr<Dot16NetDevice> device) = 0;

    /**
     * \brief A mobile station's device leaves its cell.
     * \param device the device
     */
    virtual void LeaveNetwork(Ptr<Dot16NetDevice> device) = 0;

    /**
     * \brief Turn an SDU (an Ethernet CS frame) into the MAC PDUs that carry it.
     * \param device the sending device
     * \param frame the SDU
     * \param dest its destination MAC address
     * \return the PDUs to queue (one per addressed station); empty to drop the SDU
     */
    virtual std::vector<Ptr<Packet>> EncapsulateData(Ptr<Dot16NetDevice> device,
                                                     Ptr<const Packet> frame,
                                                     Mac48Address dest) = 0;

    /**
     * \brief Handle a MAC PDU received on the air.
     * \param device the receiving device
     * \param pdu the PDU (GMH first)
     * \return the SDU (Ethernet CS frame) to pass up, or nullptr (management, dropped, not ours)
     */
    virtual Ptr<Packet> ReceivePdu(Ptr<Dot16NetDevice> device, Ptr<const Packet> pdu) = 0;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_MAC_AGENT_H */
