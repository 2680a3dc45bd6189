/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-mac-agent.h"

#include "dot16-generic-mac-header.h"

#include "ns3/log.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16MacAgent");

NS_OBJECT_ENSURE_REGISTERED(Dot16MacAgent);

TypeId
Dot16MacAgent::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Dot16MacAgent").SetParent<Object>().SetGroupName("SecureHandover");
    return tid;
}

Dot16MacAgent::Dot16MacAgent()
{
    NS_LOG_FUNCTION(this);
}

Dot16MacAgent::~Dot16MacAgent()
{
    NS_LOG_FUNCTION(this);
}

std::string
Dot16TekModeName(Dot16TekMode mode)
{
    switch (mode)
    {
    case Dot16TekMode::COUNTER:
        return "counter";
    case Dot16TekMode::LEGACY:
        return "legacy";
    case Dot16TekMode::REUSE:
        return "reuse";
    }
    return "?";
}

crypto::PnByteOrder
Dot16ToPnByteOrder(Dot16PnOrder order)
{
    return order == DOT16_PN_BIG ? crypto::PnByteOrder::BIG : crypto::PnByteOrder::LITTLE;
}

Dot16Cids
Dot16Cids::ForMobile(const Mac48Address& msMac)
{
    uint8_t octets[6];
    msMac.CopyTo(octets);
    auto k = static_cast<uint16_t>(((octets[4] << 8) | octets[5]) & 0x0FFF);
    Dot16Cids cids;
    cids.basic = static_cast<uint16_t>(0x0001 + k);
    cids.primary = static_cast<uint16_t>(0x1001 + k);
    cids.transport = static_cast<uint16_t>(0x2001 + k);
    return cids;
}

Ptr<Packet>
Dot16MakePlainPdu(uint16_t cid, const std::vector<uint8_t>& payload)
{
    Dot16GenericMacHeader gmh;
    gmh.SetCid(cid);
    crypto::Bytes pdu = gmh.EncodePdu(crypto::ByteView(payload));
    return Create<Packet>(pdu.data(), static_cast<uint32_t>(pdu.size()));
}

} // namespace ns3
