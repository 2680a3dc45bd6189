/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_LINK_ADAPTER_H
#define SECURE_HANDOVER_LINK_ADAPTER_H

#include "ns3/callback.h"
#include "ns3/net-device.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"

#include <string>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief The handover manager's view of one interface of the mobile node: layer-2 attach and
 *        detach, and link events, whatever the link technology.
 *
 * A subclass per link type (WifiLinkAdapter, CsmaLinkAdapter, Dot16LinkAdapter) translates
 * the technology's own signals (association traces, network entry, link-change callbacks) into
 * Attach completions and link events. Link events that the adapter caused itself (a Detach) are
 * not reported.
 */
class LinkAdapter : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    LinkAdapter();
    ~LinkAdapter() override;

    /// Completion of Attach: ok, and a short reason when not ok.
    typedef Callback<void, bool, std::string> AttachCallback;
    /// A link event: the adapter, and whether the link went up (true) or down (false).
    typedef Callback<void, Ptr<LinkAdapter>, bool> LinkEventCallback;

    /**
     * TracedCallback signature for link events.
     * \param [in] up whether the link went up
     */
    typedef void (*LinkEventTracedCallback)(bool up);

    /**
     * \return the link type name used by --links and the records ("wifi", "wimax", "csma")
     */
    virtual std::string GetLinkType() const = 0;

    /**
     * \brief Bind the adapter to the MN's device of its link type.
     * \param device the device
     */
    void SetDevice(Ptr<NetDevice> device);

    /**
     * \return the device
     */
    Ptr<NetDevice> GetDevice() const;

    /**
     * \brief Attach at layer 2; done is called once when attached (the manager owns the timeout).
     * \param done the completion
     */
    virtual void Attach(AttachCallback done) = 0;

    /**
     * \brief Leave the link at layer 2 (and cancel a pending Attach).
     */
    virtual void Detach() = 0;

    /**
     * \return true if the link is attached and usable at layer 2 now
     */
    virtual bool IsAttached() const = 0;

    /**
     * \return true if an Attach may succeed now (used to choose a target on link events)
     */
    virtual bool IsAvailable() const;

    /**
     * \brief Set the receiver of link events.
     * \param callback the callback
     */
    void SetLinkEventCallback(LinkEventCallback callback);

  protected:
    void DoDispose() override;

    /**
     * \brief Hook a subclass uses to connect the device's traces.
     * \param device the device just set
     */
    virtual void DoSetDevice(Ptr<NetDevice> device);

    /**
     * \brief Report a link event to the manager and the LinkEvent trace.
     * \param up whether the link went up
     */
    void NotifyLinkEvent(bool up);

    /**
     * \brief Complete an Attach successfully: call done(true, "").
     *
     * Subclasses schedule this function as the event that reports an attachment (a function,
     * not a lambda, because ns-3.35 cannot schedule a lambda).
     * \param done the completion passed to Attach
     */
    static void ReportAttached(AttachCallback done);

    Ptr<NetDevice> m_device; //!< the MN's device

  private:
    LinkEventCallback m_linkEvent;         //!< the manager's callback
    TracedCallback<bool> m_linkEventTrace; //!< the LinkEvent trace
};

} // namespace ns3

#endif /* SECURE_HANDOVER_LINK_ADAPTER_H */
