/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_WIFI_LINK_ADAPTER_H
#define SECURE_HANDOVER_WIFI_LINK_ADAPTER_H

#include "link-adapter.h"

#include "ns3/mac48-address.h"

#include <string>
#include <utility>

namespace ns3
{

class StaWifiMac;
class WifiPhy;

/**
 * \ingroup secure-handover
 * \brief Link adapter for an 802.11 station (ns-3 wifi, infrastructure mode).
 *
 * Link events come from the StaWifiMac Assoc and DeAssoc traces. Detach parks the station's
 * PHY on a channel where no AP operates (ParkChannelSettings): the MAC disassociates at once and
 * keeps scanning there. Attach tunes the PHY back to the AP's channel (ChannelSettings); the
 * station then scans and associates by itself, and the Assoc trace completes the Attach. So the
 * attach time is real 802.11 scanning plus association. With ParkOnDetach false (coverage-driven
 * scenarios) Detach leaves layer 2 alone and the station associates whenever it is in coverage.
 */
class WifiLinkAdapter : public LinkAdapter
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    WifiLinkAdapter();
    ~WifiLinkAdapter() override;

    std::string GetLinkType() const override;
    void Attach(AttachCallback done) override;
    void Detach() override;
    bool IsAttached() const override;
    bool IsAvailable() const override;

    /**
     * \brief The WifiPhy attribute that selects a channel given in ChannelSettings syntax on the
     *        ns-3 at hand.
     *
     * ChannelSettings itself from ns-3.36 on. ns-3.35 and earlier lack it: there the result is
     * ChannelNumber with the first field (the band follows from the standard, the width stays at
     * its 20 MHz default).
     * \param settings a ChannelSettings string such as "{1, 20, BAND_2_4GHZ, 0}"
     * \return the attribute name and its value (to be set as a StringValue)
     */
    static std::pair<std::string, std::string> ChannelAttribute(const std::string& settings);

  protected:
    void DoDispose() override;
    void DoSetDevice(Ptr<NetDevice> device) override;

  private:
    /**
     * \brief StaWifiMac Assoc trace.
     * \param bssid the AP
     */
    void OnAssoc(Mac48Address bssid);
    /**
     * \brief StaWifiMac DeAssoc trace.
     * \param bssid the AP
     */
    void OnDeAssoc(Mac48Address bssid);
    /**
     * \brief Tune the station's PHY.
     * \param settings a WifiPhy ChannelSettings string
     */
    void Tune(const std::string& settings);

    Ptr<StaWifiMac> m_mac;          //!< the station MAC
    Ptr<WifiPhy> m_phy;             //!< the station PHY
    std::string m_channel;          //!< the AP's channel settings
    std::string m_parkChannel;      //!< a channel without AP
    bool m_parkOnDetach;            //!< whether Detach leaves the AP's channel
    bool m_parked;                  //!< the PHY is parked
    AttachCallback m_pendingAttach; //!< Attach waiting for the Assoc trace
};

} // namespace ns3

#endif /* SECURE_HANDOVER_WIFI_LINK_ADAPTER_H */
