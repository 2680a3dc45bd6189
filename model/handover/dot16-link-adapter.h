/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_DOT16_LINK_ADAPTER_H
#define SECURE_HANDOVER_DOT16_LINK_ADAPTER_H

#include "link-adapter.h"

namespace ns3
{

class Dot16NetDevice;

/**
 * \ingroup secure-handover
 * \brief Link adapter for the 802.16e mobile station (Dot16NetDevice), link type "wimax".
 *
 * Attach starts network entry and completes when the device reports its link up; Detach leaves
 * the network. Link changes that the adapter did not cause are reported as link events.
 */
class Dot16LinkAdapter : public LinkAdapter
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    Dot16LinkAdapter();
    ~Dot16LinkAdapter() override;

    std::string GetLinkType() const override;
    void Attach(AttachCallback done) override;
    void Detach() override;
    bool IsAttached() const override;

  protected:
    void DoDispose() override;
    void DoSetDevice(Ptr<NetDevice> device) override;

  private:
    /// The device's link-change callback.
    void OnLinkChange();

    Ptr<Dot16NetDevice> m_dot16;    //!< the mobile station
    AttachCallback m_pendingAttach; //!< Attach waiting for network entry
    bool m_detaching;               //!< inside our own Detach
};

} // namespace ns3

#endif /* SECURE_HANDOVER_DOT16_LINK_ADAPTER_H */
