/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_FMIP6_MOBILE_NODE_H
#define SECURE_HANDOVER_FMIP6_MOBILE_NODE_H

#include "ns3/application.h"
#include "ns3/event-id.h"
#include "ns3/ipv6-address.h"
#include "ns3/traced-callback.h"

#include <string>
#include <vector>

namespace ns3
{

class HkpMobileNode;
class MobilityL4Protocol;
class NetDevice;
class Packet;
class Socket;

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
     * TracedCallback signature for a PrRtAdv received.
     * \param [in] nar the NAR's address
     * \param [in] prefix the NAR's prefix
     */
    typedef void (*PrRtAdvTracedCallback)(Ipv6Address nar, Ipv6Address prefix);

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
     * \brief Send an FBU in reactive mode (RFC 5568 5.2): from the NCoA, on the new link, through
     *        the NAR; its BADF still covers the PCoA.
     * \param par the PAR
     * \param pcoa the MN's CoA on the PAR's link
     * \param ncoa its CoA on the NAR's link
     * \param device its interface on the new link
     * \param nar the NAR (next hop)
     * \return true if it was authenticated with a handover key
     */
    bool SendReactiveFbu(const Ipv6Address& par,
                         const Ipv6Address& pcoa,
                         const Ipv6Address& ncoa,
                         Ptr<NetDevice> device,
                         const Ipv6Address& nar);

    /**
     * \brief Ask the PAR about the AR behind an access point (RFC 5568 6.1.1): RtSolPr with the
     *        New AP Link-Layer Address option (the wildcard when empty). The PrRtAdv comes back
     *        in the PrRtAdv trace.
     * \param par the PAR
     * \param pcoa the MN's CoA on the PAR's link
     * \param apLinkAddress the new AP's link-layer address, or empty
     */
    void SendRtSolPr(const Ipv6Address& par,
                     const Ipv6Address& pcoa,
                     const std::vector<uint8_t>& apLinkAddress);

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

    /**
     * \param socket the raw ICMPv6 socket (PrRtAdv)
     */
    void HandleIcmp(Ptr<Socket> socket);

    /**
     * \brief Fire FbackReceived (when the CPU has checked the FBack's authenticator).
     * \param status the FBack status
     * \param authenticated whether it carried a verified BADF
     */
    void ReportFback(uint8_t status, bool authenticated);
    /**
     * \brief Build the FBU (sequence, A flag, NCoA, BADF over the PCoA) and remember it.
     * \param par the PAR
     * \param pcoa the PCoA
     * \param ncoa the NCoA
     * \param source the IPv6 source of the FBU
     * \return the packet
     */
    Ptr<Packet> MakeFbu(const Ipv6Address& par,
                        const Ipv6Address& pcoa,
                        const Ipv6Address& ncoa,
                        const Ipv6Address& source);

    Ptr<HkpMobileNode> m_keys;    //!< the handover keys
    Ptr<Socket> m_icmp;           //!< raw ICMPv6 socket
    uint16_t m_rtsolprId;         //!< Identifier of the last RtSolPr
    Ptr<MobilityL4Protocol> m_mh; //!< Mobility Header transport
    uint16_t m_sequence;          //!< next FBU sequence number
    uint16_t m_lastSequence;      //!< sequence of the last FBU
    Ipv6Address m_par;            //!< where the last FBU went
    Ipv6Address m_pcoa;           //!< its source
    bool m_authenticated;         //!< it carried BADF

    std::vector<EventId> m_pendingTx;                        //!< FBUs / FBack waiting for the CPU
    TracedCallback<uint8_t, bool> m_fbackTrace;              //!< FBack received
    TracedCallback<const std::string&> m_dropTrace;          //!< FBack discarded
    TracedCallback<Ipv6Address, Ipv6Address> m_prrtadvTrace; //!< PrRtAdv received
};

} // namespace ns3

#endif /* SECURE_HANDOVER_FMIP6_MOBILE_NODE_H */
