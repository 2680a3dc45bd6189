/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-mac-agent.h"

#include "dot16-generic-mac-header.h"

#include "ns3/crypto-cost-model.h"
#include "ns3/log.h"
#include "ns3/node.h"

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

namespace
{
/// Octets of the Dot16KDF outputs of the key chain (7.2.2.2.9): AK, AKID, CMAC pre-keys + KEK.
constexpr std::size_t AK_OCTETS = 20;
constexpr std::size_t AKID_OCTETS = 8;
constexpr std::size_t PREKEYS_AND_KEK_OCTETS = 48;
constexpr std::size_t KEY_OCTETS = 16;
} // namespace

Time
Dot16ChargeAk(Ptr<Node> node)
{
    return CryptoCostModel::Charge(node, CryptoCostModel::DOT16_KDF, AK_OCTETS) +
           CryptoCostModel::Charge(node, CryptoCostModel::DOT16_KDF, AKID_OCTETS);
}

Time
Dot16ChargePrekeys(Ptr<Node> node)
{
    return CryptoCostModel::Charge(node, CryptoCostModel::DOT16_KDF, PREKEYS_AND_KEK_OCTETS);
}

Time
Dot16ChargeKeyChain(Ptr<Node> node)
{
    return Dot16ChargeAk(node) + Dot16ChargePrekeys(node) +
           CryptoCostModel::Charge(node, CryptoCostModel::AES_BLOCK, 2 * KEY_OCTETS);
}

Time
Dot16ChargeCounterTeks(Ptr<Node> node)
{
    return CryptoCostModel::Charge(node, CryptoCostModel::DOT16_KDF, KEY_OCTETS) +
           CryptoCostModel::Charge(node, CryptoCostModel::DOT16_KDF, KEY_OCTETS);
}

Time
Dot16ChargeCmacTuple(Ptr<Node> node, std::size_t octets, bool deriveKey)
{
    Time cost = CryptoCostModel::Charge(node, CryptoCostModel::AES_CMAC, octets);
    if (deriveKey)
    {
        cost += CryptoCostModel::Charge(node, CryptoCostModel::AES_BLOCK, KEY_OCTETS);
    }
    return cost;
}

Time
Dot16ChargeTekTransport(Ptr<Node> node, bool wrap)
{
    CryptoCostModel::Operation op =
        wrap ? CryptoCostModel::AES_KEY_WRAP : CryptoCostModel::AES_KEY_UNWRAP;
    return CryptoCostModel::Charge(node, op, KEY_OCTETS) +
           CryptoCostModel::Charge(node, op, KEY_OCTETS);
}

} // namespace ns3
