/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_SECURITY_HELPER_H
#define SECURE_HANDOVER_DOT16_SECURITY_HELPER_H

#include "handover-scenario-helper.h"

#include "ns3/dot16-authenticator.h"
#include "ns3/dot16-bs-agent.h"
#include "ns3/dot16-mac-agent.h"
#include "ns3/dot16-ms-agent.h"

#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief What Dot16SecurityHelper::Install puts in a topology.
 */
struct Dot16SecurityAgents
{
    Ptr<Dot16Authenticator> authenticator; //!< on the authenticator node
    std::vector<Ptr<Dot16BsAgent>> bss;    //!< one per wimax access network, in network order
    std::vector<Ptr<Dot16MsAgent>> mss;    //!< one per MN (aggregated to it)
};

/**
 * \ingroup secure-handover
 * \brief Installs the 802.16 MAC and security agents on a handover topology: the authenticator
 *        on the topology's authenticator node, a Dot16BsAgent on each 802.16 BS (neighbours:
 *        the other BSs), a Dot16MsAgent on each MN (its 802.16 devices then share one MAC
 *        address, the MS identity, and it gets the MSK of its initial EAP authentication), and
 *        optionally air loss on every 802.16 device. The dot16-* schemes register it as their
 *        network installer, so `secure-handover run --scheme dot16-counter-tek` uses it.
 */
class Dot16SecurityHelper
{
  public:
    Dot16SecurityHelper();

    /**
     * \param mode how TEKs come about at handover
     */
    void SetTekMode(Dot16TekMode mode);

    /**
     * \brief The --ckc-skew fault: K > 0 sets Dot16MsAgent::CountSkew = K; K < 0 sets
     *        Dot16BsAgent::CountSkew = -K.
     * \param k the skew
     */
    void SetCountSkew(int32_t k);

    /**
     * \param p the MS's probability to cancel a prepared handover
     */
    void SetCancelProbability(double p);

    /**
     * \param p frame loss probability on every 802.16 device (0: no error model)
     */
    void SetLoss(double p);

    /**
     * \brief Install everything (before the simulation runs).
     * \param topology a topology built by HandoverScenarioHelper with at least one wimax link
     * \param stream first random stream to assign
     * \return the agents
     */
    Dot16SecurityAgents Install(HandoverTopology& topology, int64_t stream);

  private:
    Dot16TekMode m_mode;        //!< TEK mode
    int32_t m_countSkew;        //!< --ckc-skew
    double m_cancelProbability; //!< --cancel-ho-prob
    double m_loss;              //!< --dot16-loss
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_SECURITY_HELPER_H */
