/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_MIS_HELPER_H
#define SECURE_HANDOVER_MIS_HELPER_H

#include "ns3/mis-function.h"
#include "ns3/mis-mn-application.h"
#include "ns3/mis-pos-application.h"
#include "ns3/node.h"
#include "ns3/object-factory.h"
#include "ns3/security-random.h"
#include "ns3/test-ca.h"

#include <memory>
#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Installs the IEEE 802.21.1 MIS agents: on each node an MihTransport (UDP 4551) and a
 *        MisFunction, and above it a MisMnApplication or a MisPosApplication. It keeps a
 *        directory of every MISF it installed (each one learns the others' addresses), and a
 *        test CA, made on the first install, that issues every agent's TLS identity (its MISF
 *        ID). The CA's keys and the configured keys come from the helper's SecurityRandom and
 *        each MISF's nonces, K and TLS randomness from its own: call AssignStreams before the
 *        first install for a run that does not depend on ns-3's automatic stream numbers.
 */
class MisHelper
{
  public:
    MisHelper();

    /**
     * \brief Set an Attribute of every MihTransport installed from now on.
     * \param name the Attribute
     * \param value its value
     */
    void SetTransportAttribute(const std::string& name, const AttributeValue& value);
    /**
     * \brief Set an Attribute of every MisFunction installed from now on.
     * \param name the Attribute
     * \param value its value
     */
    void SetMisfAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \brief Install a PoS.
     * \param node the PoS node (with an IPv4 stack)
     * \param mihfId its MISF ID
     * \return its application (GetMisFunction() gives the MISF)
     */
    Ptr<MisPosApplication> InstallPos(Ptr<Node> node, const std::string& mihfId);
    /**
     * \brief Install a mobile node's MIS.
     * \param node the MN
     * \param mihfId its MISF ID
     * \return its application
     */
    Ptr<MisMnApplication> InstallMn(Ptr<Node> node, const std::string& mihfId);

    /**
     * \brief Make two PoSs roaming partners with a fresh K_stpos.
     * \param a one PoS
     * \param b the other
     * \param ikeSetupDelay the IKEv2 set-up delay (zero: configured in advance)
     */
    void MakePartners(Ptr<MisPosApplication> a, Ptr<MisPosApplication> b, Time ikeSetupDelay);
    /**
     * \brief The initial attachment: the MN and its first PoS share a fresh K_SPoS (MIAK).
     * \param mn the MN
     * \param pos the PoS
     */
    void Attach(Ptr<MisMnApplication> mn, Ptr<MisPosApplication> pos);

    /**
     * \brief Give fixed stream numbers to the helper's SecurityRandom and to that of every
     *        MISF installed so far; MISFs installed afterwards take the streams that follow.
     * \param stream first random stream to assign
     * \return the number of streams assigned so far
     */
    int64_t AssignStreams(int64_t stream);

  private:
    /**
     * \brief Install the transport and the MISF.
     * \param node the node
     * \param mihfId the MISF ID
     * \return the MISF
     */
    Ptr<MisFunction> InstallMisf(Ptr<Node> node, const std::string& mihfId);
    /**
     * \return 16 fresh octets for a configured key
     */
    crypto::MisTransportKey FreshKey();
    /** \return the CA (made on first use, drawing its keys from m_keyRandom) */
    crypto::TestCertificateAuthority& Ca();

    ObjectFactory m_transportFactory;                       //!< MihTransport
    ObjectFactory m_misfFactory;                            //!< MisFunction
    std::shared_ptr<crypto::TestCertificateAuthority> m_ca; //!< issues TLS identities
    std::vector<Ptr<MisFunction>> m_misfs;                  //!< every MISF installed
    Ptr<SecurityRandom> m_keyRandom;                        //!< configured keys, CA keys
    std::vector<Ptr<SecurityRandom>> m_randoms;             //!< each MISF's nonces, K, TLS
    int64_t m_nextStream{-1}; //!< the stream of the next MISF (-1: AssignStreams not called)
};

} // namespace ns3

#endif /* SECURE_HANDOVER_MIS_HELPER_H */
