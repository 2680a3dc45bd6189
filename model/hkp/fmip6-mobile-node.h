/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_FMIP6_MOBILE_NODE_H
#define SECURE_HANDOVER_FMIP6_MOBILE_NODE_H

#include "ns3/application.h"
#include "ns3/ipv6-address.h"
#include "ns3/traced-callback.h"

#include <string>

namespace ns3
{

class HkpMobileNode;
class MobilityL4Protocol;
class NetDevice;
class Packet;

/**
 * \ingroup secure-handover
 * \brief The MN's side of FMIPv6 (RFC 5568) predictive signalling: it sends the Fast Binding
 *        Update to the PAR, authenticated with the handover key it holds for that PAR (BADF:
 *        the SPI from the HKResp and First(96, HMAC-SHA1(HK, PCoA | PAR | MH data))), and checks
 *        the BADF of the FBack. Without a key it sends the FBU unauthenticated (fmipv6-open).
 */
class Fmip6MobileNode : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Fmip6MobileNode();
    ~Fmip6MobileNode() override;

    /**
     * TracedCallback signature for an FBack received.
     * \param [in] status its Status
     * \param [in] authenticated true if its BADF verified with the HK
     */
    typedef void (*FbackTracedCallback)(uint8_t status, bool authenticated);

    /**
     * TracedCallback signature for a discarded FBack.
     * \param [in] reason why
     */
    typedef void (*DropTracedCallback)(const std::string& reason);

    /**
     * \param keys the node's HKP agent, whose keys authenticate the FBU
     */
    void SetKeySource(Ptr<HkpMobileNode> keys);

    /**
     * \brief Send an FBU (predictive mode: from the PCoA, before leaving the PAR's link).
     * \param par the PAR
     * \param pcoa the MN's CoA on the PAR's link
     * \param ncoa the prospective CoA on the NAR's link (Alternate CoA option)
     * \return true if it was authenticated with a handover key
     */
    bool SendFbu(const Ipv6Address& par, const Ipv6Address& pcoa, const Ipv6Address& ncoa);

    /**
     * \brief Announce the MN on the new link (RFC 5568 6.3.3): an Unsolicited Neighbor
     *        Advertisement (O flag, target and Target Link-Layer Address) to all nodes, so that
     *        the NAR delivers what it buffered.
     * \param device the MN's interface on the new link
     * \param ncoa its new CoA
     */
    void SendUna(Ptr<NetDevice> device, const Ipv6Address& ncoa);

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /**
     * \param packet an MH
     * \param source its source
     * \param destination its destination
     * \param interface arrival interface
     */
    void HandleMh(Ptr<Packet> packet,
                  Ipv6Address source,
                  Ipv6Address destination,
                  uint32_t interface);

    Ptr<HkpMobileNode> m_keys;    //!< the handover keys
    Ptr<MobilityL4Protocol> m_mh; //!< Mobility Header transport
    uint16_t m_sequence;          //!< next FBU sequence number
    uint16_t m_lastSequence;      //!< sequence of the last FBU
    Ipv6Address m_par;            //!< where the last FBU went
    Ipv6Address m_pcoa;           //!< its source
    bool m_authenticated;         //!< it carried BADF

    TracedCallback<uint8_t, bool> m_fbackTrace;     //!< FBack received
    TracedCallback<const std::string&> m_dropTrace; //!< FBack discarded
};

} // namespace ns3

#endif /* SECURE_HANDOVER_FMIP6_MOBILE_NODE_H */
