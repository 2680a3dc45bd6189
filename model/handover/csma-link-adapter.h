/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_CSMA_LINK_ADAPTER_H
#define SECURE_HANDOVER_CSMA_LINK_ADAPTER_H

#include "link-adapter.h"

#include "ns3/event-id.h"
#include "ns3/nstime.h"

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief Link adapter for Ethernet (ns-3 csma).
 *
 * The cable stays plugged: Attach completes after AttachDelay (zero by default: the port is
 * already up), Detach only stops using the link. Link events come from the device's
 * link-change callback (a CsmaNetDevice reports one when its channel attaches or detaches).
 */
class CsmaLinkAdapter : public LinkAdapter
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    CsmaLinkAdapter();
    ~CsmaLinkAdapter() override;

    std::string GetLinkType() const override;
    void Attach(AttachCallback done) override;
    void Detach() override;
    bool IsAttached() const override;
    bool IsAvailable() const override;

  protected:
    void DoDispose() override;
    void DoSetDevice(Ptr<NetDevice> device) override;

  private:
    /// The device's link-change callback.
    void OnLinkChange();

    Time m_attachDelay;    //!< time to bring the port up
    EventId m_attachEvent; //!< pending Attach completion
    bool m_lastUp;         //!< last reported link state
};

} // namespace ns3

#endif /* SECURE_HANDOVER_CSMA_LINK_ADAPTER_H */
