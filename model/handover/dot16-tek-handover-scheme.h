/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_TEK_HANDOVER_SCHEME_H
#define SECURE_HANDOVER_DOT16_TEK_HANDOVER_SCHEME_H

#include "handover-scheme.h"

#include "ns3/dot16-mac-agent.h"

#include <vector>

namespace ns3
{

class Dot16BsAgent;
class Dot16MsAgent;

/**
 * \ingroup secure-handover
 * \brief The 802.16e handover security schemes: the MN side drives its Dot16MsAgent.
 *
 * Proactive: for a wimax-to-wimax handover, MOB_MSHO-REQ .. MOB_HO-IND through the serving BS
 * (the authenticator pre-populates the target meanwhile). Reactive: nothing; with legacy TEKs
 * the link only comes up once the TEKs are delivered, with counter or reused TEKs it is up
 * after downlink synchronisation (expedited handover). FillRecord reports tek_source,
 * interruption_ms, resync_ms, resync_attempts, dropped_pdus and replays_detected, and marks the
 * reuse baseline as exposed (the serving BS knows the target's TEKs).
 *
 * The three registered names are the subclasses: dot16-counter-tek, dot16-legacy-tek,
 * dot16-reuse-tek. The network side is Dot16SecurityHelper.
 */
class Dot16TekHandoverScheme : public HandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    /**
     * \param mode the TEK mode of this scheme
     */
    explicit Dot16TekHandoverScheme(Dot16TekMode mode = Dot16TekMode::COUNTER);
    ~Dot16TekHandoverScheme() override;

    /**
     * \return the TEK mode
     */
    Dot16TekMode GetTekMode() const;

    /**
     * \brief Give the scheme its MS agent and the base stations (done by Dot16SecurityHelper).
     * \param ms the MN's agent
     * \param bss every BS agent of the scenario
     */
    void SetAgents(Ptr<Dot16MsAgent> ms, const std::vector<Ptr<Dot16BsAgent>>& bss);

    std::string GetName() const override;
    void Proactive(const HandoverContext& context, DoneCallback done) override;
    void Reactive(const HandoverContext& context, DoneCallback done) override;
    void Abort(const HandoverContext& context) override;
    void FillRecord(const HandoverContext& context, HandoverRecord& record) override;

  protected:
    void DoDispose() override;

  private:
    /**
     * \param context a handover
     * \return true if it goes from one 802.16 cell to another
     */
    static bool IsDot16Handover(const HandoverContext& context);

    Dot16TekMode m_mode;                  //!< TEK mode
    Ptr<Dot16MsAgent> m_ms;               //!< the MN's agent
    std::vector<Ptr<Dot16BsAgent>> m_bss; //!< base stations
};

/**
 * \ingroup secure-handover
 * \brief Scheme "dot16-counter-tek": counter-based TEKs (7.2.2.2.6.1).
 */
class Dot16CounterTekScheme : public Dot16TekHandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    Dot16CounterTekScheme();
};

/**
 * \ingroup secure-handover
 * \brief Scheme "dot16-legacy-tek": random TEKs from the target BS after ranging.
 */
class Dot16LegacyTekScheme : public Dot16TekHandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    Dot16LegacyTekScheme();
};

/**
 * \ingroup secure-handover
 * \brief Scheme "dot16-reuse-tek": the serving BS's TEKs continue at the target (less secure).
 */
class Dot16ReuseTekScheme : public Dot16TekHandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();
    Dot16ReuseTekScheme();
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_TEK_HANDOVER_SCHEME_H */
