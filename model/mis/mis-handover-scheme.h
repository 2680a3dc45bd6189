/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIS_HANDOVER_SCHEME_H
#define SECURE_HANDOVER_MIS_HANDOVER_SCHEME_H

#include "mis-mn-application.h"
#include "mis-pos-application.h"

#include "ns3/event-id.h"
#include "ns3/handover-scheme.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv4-static-routing.h"
#include "ns3/nstime.h"

#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief The IEEE 802.21.1 MIS handover schemes (`mis-optimized`, `mis-full`,
 *        `reactive-full`): the MN's MIS application driven by the handover manager.
 *
 * - mis-optimized: proactive pre-registration through the SPoS with the optimised SA (5.14.2),
 *   which falls back to a full SA on the chain limit, missing trust or a failed key
 *   confirmation; after attach only the media-specific key confirmation with the PMK the TPoS
 *   installed at the target PoA.
 * - mis-full: the same, but the MN asks for a full SA ((D)TLS over MIS) every time.
 * - reactive-full: nothing before the handover; after attach a full SA with the new PoS, whose
 *   completion installs the PMK, then the key confirmation ("post-handoff security signalling"
 *   of the 802.21 security problem statement).
 *
 * The proactive schemes make the SA after attach instead (like reactive-full) when the old link
 * is already down at the handover, or when the SPoS does not answer before the handover
 * (Status 4).
 *
 * FillRecord reports sa_method, chain_hops, exposed and mis_signalling_ms. Exposure: a PoS may
 * be marked compromised from a time on (CompromisedPos, CompromiseAt); an SA is exposed if its
 * TPoS is compromised when it is made, or, for an optimised SA, if its SPoS is compromised then
 * (the SPoS generated K) or the SA with the SPoS was itself exposed (K travelled under its
 * MISK). A full SA with an honest TPoS breaks the chain.
 */
class MisHandoverScheme : public HandoverScheme
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
        OPTIMIZED, //!< mis-optimized
        FULL,      //!< mis-full
        REACTIVE   //!< reactive-full
    };

    /**
     * \param mode the variant
     */
    explicit MisHandoverScheme(Mode mode = OPTIMIZED);
    ~MisHandoverScheme() override;

    std::string GetName() const override;
    void Proactive(const HandoverContext& context, DoneCallback done) override;
    void Reactive(const HandoverContext& context, DoneCallback done) override;
    void Abort(const HandoverContext& context) override;
    void FillRecord(const HandoverContext& context, HandoverRecord& record) override;

    /**
     * \brief Connect the scheme to the MN's MIS application and the network's PoSs.
     * \param mn the MN's application (its SPoS is the PoS of network 0)
     * \param pos each access network's PoS application, by network index
     * \param routers each access network's router address (as HandoverContext::toRouter)
     */
    void SetAgents(Ptr<MisMnApplication> mn,
                   const std::vector<Ptr<MisPosApplication>>& pos,
                   const std::vector<Ipv4Address>& routers);

    /**
     * \return the MN's MIS application
     */
    Ptr<MisMnApplication> GetMnApplication() const;

    /**
     * \param network an access network index
     * \return true if its PoS is a roaming partner of the others (not in UntrustedPos)
     */
    bool IsTrusted(uint32_t network) const;

    /**
     * \param link a link type name of the scenario ("wifi", "wimax", "csma")
     * \return its 802.21 LINK_TYPE
     */
    static uint8_t MihLinkTypeOf(const std::string& link);

    /**
     * \return the IKEv2 set-up delay between partner PoSs
     */
    Time GetIkeSetupDelay() const;

  protected:
    void DoDispose() override;

  private:
    /**
     * \param router a router address
     * \return the index of its access network, or -1
     */
    int32_t NetworkOf(Ipv4Address router) const;
    /**
     * \param posId a PoS
     * \param at a time
     * \return true if the attacker holds that PoS at that time
     */
    bool IsCompromised(const std::string& posId, Time at) const;
    /**
     * \brief The pre-registration (or post-handoff full SA) finished.
     * \param result its result
     */
    void SaDone(const MisPreregResult& result);
    /// The media-specific key confirmation finished.
    void KeyConfirmed();
    /// Report the proactive hook's success (after DetachGuard).
    void ProactiveOk();
    /**
     * \brief Bring the new interface up and route to the new PoS through it (reactive-full).
     * \param context the handover
     * \param pos the PoS's address
     */
    void AddPosRoute(const HandoverContext& context, Ipv4Address pos);
    /// Remove the route AddPosRoute added.
    void RemovePosRoute();

    Mode m_mode;                //!< the variant
    Time m_keyConfirmationTime; //!< media-specific key confirmation (Attribute)
    int32_t m_compromisedPos;   //!< network index of the compromised PoS, -1: none (Attribute)
    Time m_compromiseAt;        //!< from when (Attribute)
    Time m_detachGuard;         //!< proactive completion delay (Attribute)
    std::string m_untrusted;    //!< networks without roaming trust (Attribute)
    Time m_ikeSetupDelay;       //!< IKEv2 set-up between partner PoSs (Attribute)
    std::string m_mnSideMask;   //!< the MN's mask reading (Attribute)

    Ptr<MisMnApplication> m_mn;                //!< the MN's MIS application
    std::vector<Ptr<MisPosApplication>> m_pos; //!< PoS by network
    std::vector<Ipv4Address> m_routers;        //!< router by network

    DoneCallback m_done;              //!< the running hook's completion
    bool m_inReactive;                //!< the running SA is the reactive one
    bool m_postHandoff;               //!< the SA of this handover is made after attach
    int32_t m_target;                 //!< target network of the running handover
    Time m_saStart;                   //!< start of the MIS signalling
    Time m_misSignalling;             //!< its duration in this handover
    MisPreregResult m_result;         //!< the SA of this handover
    bool m_exposed;                   //!< this handover's SA is exposed
    bool m_servingExposed;            //!< the SA with the current SPoS is exposed
    EventId m_keyConfirmation;        //!< the running key confirmation
    Ptr<Ipv4StaticRouting> m_routing; //!< the MN's routing, while a PoS route exists
    Ipv4Address m_posRoute;           //!< the PoS the route leads to
};

/**
 * \ingroup secure-handover
 * \brief `mis-optimized`: MisHandoverScheme in OPTIMIZED mode.
 */
class MisOptimizedHandoverScheme : public MisHandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    MisOptimizedHandoverScheme();
};

/**
 * \ingroup secure-handover
 * \brief `mis-full`: MisHandoverScheme in FULL mode.
 */
class MisFullHandoverScheme : public MisHandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    MisFullHandoverScheme();
};

/**
 * \ingroup secure-handover
 * \brief `reactive-full`: MisHandoverScheme in REACTIVE mode.
 */
class ReactiveFullHandoverScheme : public MisHandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    ReactiveFullHandoverScheme();
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIS_HANDOVER_SCHEME_H */
