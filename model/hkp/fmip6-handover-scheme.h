/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_FMIP6_HANDOVER_SCHEME_H
#define SECURE_HANDOVER_FMIP6_HANDOVER_SCHEME_H

#include "ns3/event-id.h"
#include "ns3/handover-scheme.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/net-device.h"
#include "ns3/nstime.h"

#include <map>
#include <string>
#include <vector>

namespace ns3
{

class Fmip6MobileNode;
class Fmip6Tunnel;
class HkpMobileNode;

/**
 * \ingroup secure-handover
 * \brief FMIPv6 fast handovers with handover keys, as a `run` scheme. Three variants:
 *
 *  - "fmipv6-hk": the MN obtains (or verifies) an HK with each AR right after attaching, in the
 *    background (Reactive() returns at once); before leaving, Proactive() asks the PAR about the
 *    new access point (RtSolPr / PrRtAdv), sends the FBU authenticated with that HK and waits
 *    for the authenticated FBack.
 *  - "fmipv6-hk-reactive": the same FBU, but the HKReq/HKResp with the new AR runs inside the
 *    handover (Reactive() waits for the key, and the MN sends its UNA, which releases the NAR's
 *    buffer, only then): the latency the draft's goal "must not impact handover latency"
 *    (section 3) avoids.
 *  - "fmipv6-open": the FBU without authentication (the ARs accept any), the insecure baseline.
 *
 * The network side (HKS, AR and PAR/NAR agents, HMKs) is installed by the installer that
 * hkp-helper.cc registers for these names; it hands each MN's agents to its scheme
 * (SetAgents). If the FBack does not come within FbackTimeout, the handover goes on without
 * the fast handover (fbu_auth "fail"). After the attach the MN sends an UNA, and the NAR
 * delivers the packets the PAR tunnelled to it (Fmip6Tunnel; tunnelled_packets counts them up
 * to the end of the handover).
 */
class Fmip6HandoverScheme : public HandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /// The variant.
    enum Mode
    {
        PROACTIVE_KEYS, //!< fmipv6-hk
        REACTIVE_KEYS,  //!< fmipv6-hk-reactive
        OPEN            //!< fmipv6-open
    };

    /**
     * \param mode the variant
     */
    explicit Fmip6HandoverScheme(Mode mode = PROACTIVE_KEYS);
    ~Fmip6HandoverScheme() override;

    std::string GetName() const override;
    void Proactive(const HandoverContext& context, DoneCallback done) override;
    void Reactive(const HandoverContext& context, DoneCallback done) override;
    void Abort(const HandoverContext& context) override;
    void FillRecord(const HandoverContext& context, HandoverRecord& record) override;

    /**
     * \param hkp the MN's HKP agent (null for fmipv6-open)
     * \param fmip the MN's FMIPv6 agent
     */
    void SetAgents(Ptr<HkpMobileNode> hkp, Ptr<Fmip6MobileNode> fmip);

    /**
     * \brief An access router of the scenario: where to read the packets it tunnelled for this
     *        MN as PAR (tunnelled_packets), and its access point's link-layer address (what the
     *        RtSolPr names when the MN moves to it).
     * \param ar the router's address on its access link
     * \param tunnel its data plane
     * \param apLinkAddress its access point's link-layer address
     */
    void AddAccessRouter(const Ipv6Address& ar,
                         Ptr<Fmip6Tunnel> tunnel,
                         const std::vector<uint8_t>& apLinkAddress);

    /**
     * \brief Obtain the first HK, with the AR of the initial attach (the installer calls it).
     * \param ar the AR
     * \param coa the MN's CoA there
     */
    void InitialAttach(const Ipv6Address& ar, const Ipv6Address& coa);

  protected:
    void DoDispose() override;

  private:
    /**
     * \param nar the NAR the PrRtAdv names
     * \param prefix its prefix
     */
    void PrRtAdvReceived(Ipv6Address nar, Ipv6Address prefix);
    /**
     * \param status the FBack status
     * \param authenticated its BADF verified
     */
    void FbackReceived(uint8_t status, bool authenticated);
    /// No FBack in time, or the FBack's settle time is over: Proactive completes.
    void FbackTimeout();
    /**
     * \param ar the AR
     * \param spi the SPI
     * \param verified verify path
     * \param duration exchange duration
     */
    void KeyObtained(Ipv6Address ar, uint32_t spi, bool verified, Time duration);
    /**
     * \param ar the AR
     * \param reason why
     */
    void KeyFailed(Ipv6Address ar, const std::string& reason);
    /// The reactive FBU got no FBack in time.
    void ReactiveFbackTimeout();
    /// One thing Reactive() waited for is over; complete it when none is left.
    void ReactiveStepDone();
    /// Send the UNA on the new link (once per handover).
    void SendUna();
    /**
     * \param ok the outcome
     * \param reason why not
     */
    void FinishReactive(bool ok, const std::string& reason);

    Mode m_mode;                                       //!< the variant
    Time m_fbackTimeout;                               //!< how long Proactive waits for the FBack
    Time m_fbackSettleTime;                            //!< from the FBack to leaving the old link
    bool m_fbackSeen;                                  //!< the FBack of this handover came
    bool m_predictive;                                 //!< FMIPv6 predictive mode, else reactive
    bool m_reactiveFbuSent;                            //!< a reactive FBU waits for its FBack
    uint32_t m_reactiveWaits;                          //!< what Reactive() still waits for
    EventId m_reactiveFbackTimer;                      //!< the reactive FBU's FBack timeout
    Ptr<HkpMobileNode> m_hkp;                          //!< HKP agent
    Ptr<Fmip6MobileNode> m_fmip;                       //!< FMIPv6 agent
    DoneCallback m_proactiveDone;                      //!< Proactive's completion, while waiting
    DoneCallback m_reactiveDone;                       //!< Reactive's completion, while waiting
    Ipv6Address m_waitingAr;                           //!< the AR whose key Reactive waits for
    EventId m_fbackTimer;                              //!< FBack timeout
    std::map<Ipv6Address, std::string> m_keySource;    //!< how each AR's key was obtained
    std::string m_hkSource;                            //!< of the key of this handover's FBU
    std::string m_fbuAuth;                             //!< this handover's FBU outcome
    double m_hkpMs;                                    //!< HKP time inside this handover
    std::map<Ipv6Address, Ptr<Fmip6Tunnel>> m_tunnels; //!< data planes, by AR
    std::map<Ipv6Address, std::vector<uint8_t>> m_apLinkAddresses; //!< APs, by AR
    Ipv6Address m_fbuPar;                                          //!< the PAR of the FBU to send
    Ipv6Address m_fbuPcoa;                                         //!< its PCoA
    Ipv6Address m_fbuNcoa;                                         //!< its NCoA
    Ptr<Fmip6Tunnel> m_parTunnel;                                  //!< the PAR's, during a handover
    Ipv4Address m_home;                                            //!< the MN's home address
    uint32_t m_tunnelledBefore;                                    //!< the PAR's counter at the FBU
    Ptr<NetDevice> m_unaDevice; //!< where the UNA goes, until sent
    Ipv6Address m_unaAddress;   //!< the NCoA it announces
};

/**
 * \ingroup secure-handover
 * \brief "fmipv6-hk-reactive": Fmip6HandoverScheme with the HK exchange inside the handover.
 */
class Fmip6ReactiveHandoverScheme : public Fmip6HandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    Fmip6ReactiveHandoverScheme();
};

/**
 * \ingroup secure-handover
 * \brief "fmipv6-open": Fmip6HandoverScheme without authentication.
 */
class Fmip6OpenHandoverScheme : public Fmip6HandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    Fmip6OpenHandoverScheme();
};

} // namespace ns3

#endif /* SECURE_HANDOVER_FMIP6_HANDOVER_SCHEME_H */
