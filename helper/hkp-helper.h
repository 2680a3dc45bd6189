/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HKP_HELPER_H
#define SECURE_HANDOVER_HKP_HELPER_H

#include "ns3/address.h"
#include "ns3/application-container.h"
#include "ns3/attribute.h"
#include "ns3/node-container.h"
#include "ns3/object-factory.h"

#include <memory>
#include <string>

namespace ns3
{

namespace crypto
{
class TestCertificateAuthority;
}

class HandoverKeyServer;
class SecurityRandom;

/**
 * \ingroup secure-handover
 * \brief Installs the handover-key agents of draft-vidya-mipshop-handover-keys-aaa-04: the
 *        Handover Key Server, the access routers (with TLS credentials for the AAA channel,
 *        from one test CA) and the mobile nodes (each with its own NAI and a fresh 64-octet
 *        HMK, provisioned at the HKS: draft 6.1, "at least 64 bytes", one per MN).
 *
 * Install the server first: the ARs and MNs are bound to it.
 */
class HkpHelper
{
  public:
    HkpHelper();
    ~HkpHelper();

    /**
     * \param name an Attribute of ns3::HandoverKeyServer
     * \param value its value
     */
    void SetServerAttribute(const std::string& name, const AttributeValue& value);
    /**
     * \param name an Attribute of ns3::HkpAccessRouter
     * \param value its value
     */
    void SetAccessRouterAttribute(const std::string& name, const AttributeValue& value);
    /**
     * \param name an Attribute of ns3::HkpMobileNode
     * \param value its value
     */
    void SetMobileNodeAttribute(const std::string& name, const AttributeValue& value);

    /**
     * \brief Install the HKS (certificate "hks.<realm>").
     * \param node the server node
     * \return the application
     */
    ApplicationContainer InstallServer(Ptr<Node> node);

    /**
     * \brief Install an AR agent on each node (certificate "ar<k>.<realm>"), pointed at the
     *        server installed before.
     * \param nodes the access routers
     * \param hksAddress the server's InetSocketAddress (Diameter over TLS)
     * \return the applications
     */
    ApplicationContainer InstallAccessRouters(NodeContainer nodes, const Address& hksAddress);

    /**
     * \brief Install an MN agent on each node with NAI "mn<k>@<realm>" and a fresh HMK that
     *        the server also gets.
     * \param nodes the mobile nodes
     * \return the applications
     */
    ApplicationContainer InstallMobileNodes(NodeContainer nodes);

    /**
     * \brief Fix the random streams of the agents installed so far (the HMKs are drawn at
     *        install time from the helper's own SecurityRandom, reproducible with RngRun).
     * \param stream the first random stream
     * \return the number of streams used
     */
    int64_t AssignStreams(int64_t stream);

    /**
     * \brief Fix the stream of the helper's own SecurityRandom, from which the provisioned HMKs
     *        and the AAA channel's test CA (keys, signature nonces) are drawn. Call it before
     *        the first Install, so that they do not depend on ns-3's automatic stream numbers.
     * \param stream the stream
     * \return the number of streams used (1)
     */
    int64_t AssignKeyStreams(int64_t stream);

  private:
    /// \return the AAA channel's CA, created on first use from the helper's SecurityRandom
    crypto::TestCertificateAuthority& Ca();

    ObjectFactory m_serverFactory;                          //!< HKS
    ObjectFactory m_arFactory;                              //!< AR agents
    ObjectFactory m_mnFactory;                              //!< MN agents
    std::string m_realm;                                    //!< NAI / certificate realm
    std::unique_ptr<crypto::TestCertificateAuthority> m_ca; //!< AAA channel CA
    Ptr<SecurityRandom> m_random;                           //!< HMKs and the CA
    Ptr<HandoverKeyServer> m_server;                        //!< the server installed
    ApplicationContainer m_agents;                          //!< every agent installed
    uint32_t m_arCount;                                     //!< ARs installed
    uint32_t m_mnCount;                                     //!< MNs installed
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HKP_HELPER_H */
