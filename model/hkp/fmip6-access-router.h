/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_FMIP6_ACCESS_ROUTER_H
#define SECURE_HANDOVER_FMIP6_ACCESS_ROUTER_H

#include "ns3/application.h"
#include "ns3/event-id.h"
#include "ns3/handover-keys.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/traced-callback.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace ns3
{

class Fmip6Tunnel;
class HkpAccessRouter;
class MobilityL4Protocol;
class Packet;
class Socket;

/**
 * \ingroup secure-handover
 * \brief The access router's side of FMIPv6 (RFC 5568) signalling, in both roles: as PAR it
 *        authenticates the Fast Binding Update with the handover key (BADF option, looked up
 *        by SPI in the node's HkpAccessRouter), exchanges HI/HAck with the NAR and answers the
 *        MN with an authenticated FBack; as NAR it answers HI with HAck.
 *
 * With RequireBadf (the default), an FBU without BADF, with an SPI the AR does not hold, with
 * an authenticator that does not verify, from a CoA other than the one bound to the key, or
 * with a sequence number not newer than the last accepted one for that key (a replay) is
 * rejected, counted in the Reject trace, and no HI is sent: no tunnel is set up. Without it
 * (the "fmipv6-open" baseline) every well-formed FBU is accepted.
 *
 * With a tunnel (SetTunnel) and the MNs' addresses (AddMobileNode), an accepted HAck makes the
 * PAR tunnel the MN's IPv4 packets to the NAR; an HI makes the NAR buffer them, and the MN's
 * Unsolicited Neighbor Advertisement (ICMPv6 136 without the S flag, RFC 5568 6.3.3), received
 * on a raw ICMPv6 socket, makes it deliver them (Fmip6Tunnel).
 *
 * As PAR it also answers an RtSolPr with a PrRtAdv naming the NAR of the requested access
 * point (its address and prefix, RFC 5568 6.1.2). In reactive mode (RFC 5568 5.2) the FBU
 * comes from the NCoA on the new link; its BADF still covers the PCoA the HK is bound to, and
 * the HI tells the NAR (code 1) that the MN is already there.
 */
class Fmip6AccessRouter : public Application
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Fmip6AccessRouter();
    ~Fmip6AccessRouter() override;

    /**
     * TracedCallback signature for a rejected FBU.
     * \param [in] source the FBU's source
     * \param [in] reason why ("unknown-spi", "bad-authenticator", "replayed", ...)
     */
    typedef void (*RejectTracedCallback)(Ipv6Address source, const std::string& reason);

    /**
     * TracedCallback signature for a tunnel set up (HAck accepted the NCoA).
     * \param [in] pcoa the MN's previous CoA
     * \param [in] ncoa its new CoA
     * \param [in] nar the NAR
     */
    typedef void (*TunnelTracedCallback)(Ipv6Address pcoa, Ipv6Address ncoa, Ipv6Address nar);

    /**
     * TracedCallback signature for a message handled.
     * \param [in] peer who sent it
     * \param [in] sequence its sequence number
     */
    typedef void (*MessageTracedCallback)(Ipv6Address peer, uint16_t sequence);

    /**
     * \param keys the HK store of this AR (its HKP agent)
     */
    void SetKeyStore(Ptr<HkpAccessRouter> keys);

    /**
     * \brief A neighbouring AR: found by the prefix of the MN's NCoA (FBU) or by the link-layer
     *        address of its access point (RtSolPr).
     * \param prefix the NAR's access prefix
     * \param length its length
     * \param nar the NAR's address
     * \param apLinkAddress the link-layer address of the NAR's access point (may be empty)
     */
    void AddNeighbor(const Ipv6Address& prefix,
                     const Ipv6Prefix& length,
                     const Ipv6Address& nar,
                     const std::vector<uint8_t>& apLinkAddress = {});

    /**
     * \param tunnel the data plane of this AR
     */
    void SetTunnel(Ptr<Fmip6Tunnel> tunnel);

    /**
     * \brief An MN this AR may tunnel for or receive: its CoA on this AR's link and its IPv4
     *        home address (the data the tunnel carries).
     * \param coa the MN's IPv6 CoA on this AR's access link
     * \param home its IPv4 home address
     */
    void AddMobileNode(const Ipv6Address& coa, const Ipv4Address& home);

    /** \return the tunnels set up so far */
    uint32_t GetTunnelCount() const;

  protected:
    void DoDispose() override;

  private:
    void StartApplication() override;
    void StopApplication() override;

    /// An FBU accepted, waiting for the NAR's HAck.
    struct PendingFbu
    {
        Ipv6Address pcoa;               //!< previous CoA
        Ipv6Address replyTo;            //!< the FBU's source (PCoA, or NCoA in reactive mode)
        bool reactive{false};           //!< the FBU came from the new link
        Ipv6Address ncoa;               //!< new CoA
        Ipv6Address parAddress;         //!< the PAR address the MN used
        Ipv6Address nar;                //!< the NAR
        uint16_t fbuSequence{0};        //!< to copy into the FBack
        uint32_t spi{0};                //!< the HK's SPI (0: no BADF)
        std::shared_ptr<crypto::Hk> hk; //!< the HK, to authenticate the FBack
    };

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
     * \param packet an FBU
     * \param source its source (PCoA)
     * \param destination its destination (this PAR)
     */
    void HandleFbu(Ptr<Packet> packet, const Ipv6Address& source, const Ipv6Address& destination);
    /**
     * \param packet an HI
     * \param source the PAR
     * \param destination this NAR
     */
    void HandleHi(Ptr<Packet> packet, const Ipv6Address& source, const Ipv6Address& destination);
    /**
     * \param packet an HAck
     * \param source the NAR
     * \param destination this PAR
     */
    void HandleHack(Ptr<Packet> packet, const Ipv6Address& source, const Ipv6Address& destination);
    /**
     * \param socket the raw ICMPv6 socket (UNA)
     */
    void HandleIcmp(Ptr<Socket> socket);
    /**
     * \param source the FBU's source
     * \param reason why it is rejected
     */
    void Reject(const Ipv6Address& source, const std::string& reason);

    bool m_requireBadf;           //!< authenticate FBUs
    Ptr<HkpAccessRouter> m_keys;  //!< HK store
    Ptr<MobilityL4Protocol> m_mh; //!< Mobility Header transport

    /// A neighbouring AR.
    struct Neighbor
    {
        Ipv6Address prefix;                 //!< its access prefix
        Ipv6Prefix length;                  //!< the prefix length
        Ipv6Address nar;                    //!< its address
        std::vector<uint8_t> apLinkAddress; //!< its access point's link-layer address
    };

    /**
     * \param packet an RtSolPr (after the IPv6 header)
     * \param mn its source
     * \param par its destination (this AR)
     */
    void HandleRtSolPr(Ptr<Packet> packet, const Ipv6Address& mn, const Ipv6Address& par);
    /**
     * \param packet an ICMPv6 Neighbor Advertisement (after the IPv6 header)
     * \param source its source
     * \param destination its destination
     */
    void HandleUna(Ptr<Packet> packet, const Ipv6Address& source, const Ipv6Address& destination);

    std::vector<Neighbor> m_neighbors;           //!< neighbouring ARs
    std::map<uint32_t, uint16_t> m_lastSequence; //!< last accepted FBU sequence by SPI
    std::map<uint16_t, PendingFbu> m_pending;    //!< FBUs waiting for HAck, by HI sequence
    uint16_t m_hiSequence;                       //!< next HI sequence
    uint32_t m_tunnels;                          //!< tunnels set up
    Ptr<Fmip6Tunnel> m_tunnel;                   //!< data plane (optional)
    Ptr<Socket> m_icmp;                          //!< raw ICMPv6 socket (RtSolPr, UNA)
    std::map<Ipv6Address, Ipv4Address> m_homes;  //!< MN CoA -> IPv4 home address

    std::vector<EventId> m_pendingTx; //!< HI / FBack waiting for the CPU
    TracedCallback<Ipv6Address, const std::string&> m_rejectTrace;       //!< FBU rejected
    TracedCallback<Ipv6Address, uint16_t> m_fbuAcceptedTrace;            //!< FBU accepted
    TracedCallback<Ipv6Address, uint16_t> m_hiTrace;                     //!< HI received
    TracedCallback<Ipv6Address, Ipv6Address, Ipv6Address> m_tunnelTrace; //!< tunnel up
    TracedCallback<Ipv6Address, uint16_t> m_unaTrace;                    //!< UNA received
    TracedCallback<Ipv6Address, uint16_t> m_rtsolprTrace;                //!< RtSolPr answered
};

} // namespace ns3

#endif /* SECURE_HANDOVER_FMIP6_ACCESS_ROUTER_H */
