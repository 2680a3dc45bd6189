/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-bs-agent.h"

#include "dot16-channel.h"
#include "dot16-eap-transfer.h"
#include "dot16-generic-mac-header.h"
#include "dot16-handover-messages.h"
#include "dot16-net-device.h"
#include "dot16-pkm-messages.h"
#include "dot16-ranging-messages.h"
#include "dot16-registration-messages.h"

#include "ns3/boolean.h"
#include "ns3/crypto-cost-model.h"
#include "ns3/enum.h"
#include "ns3/hex.h"
#include "ns3/inet-socket-address.h"
#include "ns3/integer.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/ns3-compat.h"
#include "ns3/packet-octets.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16BsAgent");

NS_OBJECT_ENSURE_REGISTERED(Dot16BsAgent);

namespace
{
/// EAP codes (RFC 3748) in the first octet of the modelled EAP payload.
constexpr uint8_t EAP_REQUEST = 1;
/// EAP Success.
constexpr uint8_t EAP_SUCCESS = 3;
/// Reuse baseline: PNs the serving BS may still spend after announcing its next PN.
constexpr uint32_t REUSE_PN_MARGIN = 1000;

/// The octets of an ns-3 MAC address.
crypto::Mac48
ToMac48(const Mac48Address& address)
{
    crypto::Mac48 out{};
    address.CopyTo(out.data());
    return out;
}

/// The ns-3 MAC address of octets.
Mac48Address
ToAddress(const crypto::Mac48& mac)
{
    Mac48Address a;
    a.CopyFrom(mac.data());
    return a;
}
} // namespace

TypeId
Dot16BsAgent::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Dot16BsAgent")
            .SetParent<Dot16MacAgent>()
            .SetGroupName("SecureHandover")
            .AddConstructor<Dot16BsAgent>()
            .AddAttribute("SeamlessHandover",
                          "The BS supports counter-based TEK generation (announced in REG-RSP).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&Dot16BsAgent::m_seamless),
                          MakeBooleanChecker())
            .AddAttribute("LegacyKeyReply",
                          "Legacy TEKs come by PKMv2 Key-Request/Reply after ranging instead of "
                          "the SA-TEK-Update TLV of RNG-RSP.",
                          BooleanValue(false),
                          MakeBooleanAccessor(&Dot16BsAgent::m_legacyKeyReply),
                          MakeBooleanChecker())
            .AddAttribute("MaxResyncAttempts",
                          "How far the target BS force-increments CMAC_KEY_COUNT_TB when an UL "
                          "MPDU fails CCM (and how far below it looks for replays).",
                          UintegerValue(3),
                          MakeUintegerAccessor(&Dot16BsAgent::m_maxResync),
                          MakeUintegerChecker<uint32_t>(0, 64))
            .AddAttribute("CountSkew",
                          "Fault injection: as a target, use CMAC_KEY_COUNT_TB = "
                          "CMAC_KEY_COUNT_N + CountSkew (the BS is ahead of the MS).",
                          IntegerValue(0),
                          MakeIntegerAccessor(&Dot16BsAgent::m_countSkew),
                          MakeIntegerChecker<int32_t>(0, 1000))
            .AddAttribute("EapRoundTrips",
                          "EAP round trips of the initial authentication (EAP-Transfer pairs).",
                          UintegerValue(4),
                          MakeUintegerAccessor(&Dot16BsAgent::m_eapRoundTrips),
                          MakeUintegerChecker<uint32_t>(1, 100))
            .AddAttribute("EapMessageSize",
                          "EAP payload octets of each modelled EAP-Request.",
                          UintegerValue(200),
                          MakeUintegerAccessor(&Dot16BsAgent::m_eapSize),
                          MakeUintegerChecker<uint32_t>(4, 1400))
            .AddAttribute("PnByteOrder",
                          "Byte order of the PN in its MPDUs (field and AES-CCM nonce); the "
                          "texts disagree (spec/READINGS.md).",
                          EnumValue(DOT16_PN_LITTLE),
                          SECURE_HANDOVER_ENUM_ACCESSOR(Dot16PnOrder, &Dot16BsAgent::m_pnOrder),
                          MakeEnumChecker(DOT16_PN_LITTLE, "Little", DOT16_PN_BIG, "Big"))
            .AddAttribute("PnWindow",
                          "Receive PN window of each TEK.",
                          UintegerValue(64),
                          MakeUintegerAccessor(&Dot16BsAgent::m_pnWindow),
                          MakeUintegerChecker<uint32_t>(1, 64))
            .AddAttribute("NbrAdvInterval",
                          "Period of MOB_NBR-ADV.",
                          TimeValue(MilliSeconds(100)),
                          MakeTimeAccessor(&Dot16BsAgent::m_nbrAdvInterval),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("Port",
                          "Backbone UDP port (the authenticator's is the same).",
                          UintegerValue(Dot16BackboneHeader::DEFAULT_PORT),
                          MakeUintegerAccessor(&Dot16BsAgent::m_port),
                          MakeUintegerChecker<uint16_t>())
            .AddTraceSource("SecurityEvent",
                            "A security event about an MS: bad-cmac, cmac-pn-replay, replay, "
                            "resync+<n>, release, ranged, regenerate, cached, first-data, "
                            "context-<source>, context-released, ho-ind-release, drop-<status>.",
                            MakeTraceSourceAccessor(&Dot16BsAgent::m_eventTrace),
                            "ns3::Dot16BsAgent::SecurityEventTracedCallback")
            .AddTraceSource("Drop",
                            "Refused input: a malformed PDU, message or backbone message.",
                            MakeTraceSourceAccessor(&Dot16BsAgent::m_dropTrace),
                            "ns3::Dot16Authenticator::DropTracedCallback");
    return tid;
}

Dot16BsAgent::Dot16BsAgent()
    : m_mode(Dot16TekMode::COUNTER),
      m_seamless(true),
      m_legacyKeyReply(false),
      m_maxResync(3),
      m_countSkew(0),
      m_eapRoundTrips(4),
      m_eapSize(200),
      m_pnWindow(64),
      m_pnOrder(DOT16_PN_LITTLE),
      m_port(Dot16BackboneHeader::DEFAULT_PORT)
{
    NS_LOG_FUNCTION(this);
    m_random = CreateObject<SecurityRandom>();
}

Dot16BsAgent::~Dot16BsAgent()
{
    NS_LOG_FUNCTION(this);
}

void
Dot16BsAgent::DoDispose()
{
    m_nbrAdvEvent.Cancel();
    CryptoCostModel::CancelPending(m_backboneEvents);
    m_device = nullptr;
    m_socket = nullptr;
    m_random = nullptr;
    m_mobiles.clear();
    Dot16MacAgent::DoDispose();
}

int64_t
Dot16BsAgent::AssignStreams(int64_t stream)
{
    return m_random->AssignStreams(stream);
}

void
Dot16BsAgent::SetDevice(Ptr<Dot16NetDevice> device)
{
    NS_ABORT_MSG_UNLESS(device->IsBaseStation(), "Dot16BsAgent serves a base-station device");
    m_device = device;
    m_bsid = ToMac48(Mac48Address::ConvertFrom(device->GetAddress()));
    device->SetMacAgent(this);
    m_nbrAdvEvent = Simulator::Schedule(m_nbrAdvInterval, &Dot16BsAgent::SendNbrAdv, this);
}

void
Dot16BsAgent::SetAuthenticator(Ipv4Address address)
{
    m_authenticator = address;
    m_socket =
        Socket::CreateSocket(m_device->GetNode(), TypeId::LookupByName("ns3::UdpSocketFactory"));
    NS_ABORT_MSG_IF(m_socket->Bind(InetSocketAddress(Ipv4Address::GetAny(), m_port)) != 0,
                    "BS agent cannot bind port " << m_port);
    m_socket->SetRecvCallback(MakeCallback(&Dot16BsAgent::HandleBackbone, this));
}

void
Dot16BsAgent::SetTekMode(Dot16TekMode mode)
{
    m_mode = mode;
}

void
Dot16BsAgent::AddNeighbor(const crypto::Mac48& bsid)
{
    m_neighbors.push_back(bsid);
}

crypto::Mac48
Dot16BsAgent::GetBsid() const
{
    return m_bsid;
}

std::optional<Dot16BsMobileStats>
Dot16BsAgent::GetStats(const crypto::Mac48& msMac) const
{
    auto it = m_mobiles.find(msMac);
    if (it == m_mobiles.end())
    {
        return std::nullopt;
    }
    return it->second.stats;
}

std::optional<uint16_t>
Dot16BsAgent::GetCount(const crypto::Mac48& msMac) const
{
    auto it = m_mobiles.find(msMac);
    if (it == m_mobiles.end())
    {
        return std::nullopt;
    }
    return it->second.count;
}

void
Dot16BsAgent::StartNetworkEntry(Ptr<Dot16NetDevice> /* device */)
{
    NS_ABORT_MSG("network entry is a mobile-station procedure");
}

void
Dot16BsAgent::LeaveNetwork(Ptr<Dot16NetDevice> /* device */)
{
}

void
Dot16BsAgent::Event(const Mobile& m, const std::string& what)
{
    NS_LOG_INFO("BS " << crypto::ToHex(m_bsid) << " MS " << crypto::ToHex(m.mac) << ": " << what);
    m_eventTrace(crypto::ToHex(m.mac), what);
}

void
Dot16BsAgent::SendNbrAdv()
{
    Dot16MobNbrAdv adv;
    adv.skipOptionalFields = 0x01; // no operator ID
    for (const auto& bsid : m_neighbors)
    {
        Dot16MobNbrAdv::Neighbor n;
        n.bsidLsb24 = (uint32_t{bsid[3]} << 16) | (uint32_t{bsid[4]} << 8) | bsid[5];
        adv.neighbors.push_back(n);
    }
    SendManagement(nullptr, adv, DOT16_BROADCAST_CID);
    m_nbrAdvEvent = Simulator::Schedule(m_nbrAdvInterval, &Dot16BsAgent::SendNbrAdv, this);
}

void
Dot16BsAgent::SendManagement(Mobile* m, Dot16ManagementMessage& msg, uint16_t cid)
{
    if (m && m->prekeys)
    {
        crypto::CmacKey key = crypto::DeriveCmacKey(m->prekeys->down, m->count);
        msg.SignCmac(key, m->akid, m->cmacPnD++, cid);
    }
    NS_LOG_LOGIC("BS " << crypto::ToHex(m_bsid) << " -> CID " << cid << " " << msg);
    crypto::Bytes octets = msg.Encode();
    if (m && m->prekeys)
    {
        Dot16ChargeCmacTuple(CpuNode(), octets.size(), true);
    }
    // The device queues the PDU once the CPU has done the work charged so far.
    m_device->EnqueueManagement(Dot16MakePlainPdu(cid, octets));
}

bool
Dot16BsAgent::VerifyUplink(Mobile& m,
                           const Dot16ManagementMessage& msg,
                           uint16_t cid,
                           uint16_t count)
{
    if (!m.prekeys)
    {
        Event(m, "no-ak");
        return false;
    }
    crypto::CmacKey key = crypto::DeriveCmacKey(m.prekeys->up, count);
    Dot16ChargeCmacTuple(CpuNode(), msg.Encode().size(), true);
    if (msg.VerifyCmac(key, m.akid, cid) != Dot16ParseStatus::OK)
    {
        ++m.stats.badCmac;
        Event(m, "bad-cmac");
        return false;
    }
    uint32_t pn = msg.GetCmacTuple().cmacPn;
    if (count == m.count && m.lastCmacPnU && pn <= *m.lastCmacPnU)
    {
        Event(m, "cmac-pn-replay");
        return false;
    }
    m.lastCmacPnU = pn;
    return true;
}

Dot16BsAgent::Mobile*
Dot16BsAgent::FindByCid(uint16_t cid)
{
    for (auto& entry : m_mobiles)
    {
        const Dot16Cids& c = entry.second.cids;
        if (cid == c.basic || cid == c.primary || cid == c.transport)
        {
            return &entry.second;
        }
    }
    return nullptr;
}

bool
Dot16BsAgent::CounterApplies(const Mobile& m) const
{
    return m_mode == Dot16TekMode::COUNTER && m_seamless && m.seamless;
}

bool
Dot16BsAgent::UseCounterTeks(Mobile& m, uint16_t count)
{
    if (m.teks && m.teks->GetCount() == count && m.stats.tekSource != "legacy")
    {
        return true; // still the context of this count
    }
    if (m.teks && m.stats.tekSource != "legacy")
    {
        m.cache.emplace(m.teks->GetCount(), *m.teks);
    }
    auto cached = m.cache.find(count);
    if (cached != m.cache.end())
    {
        m.teks = cached->second;
        m.cache.erase(cached);
        return true;
    }
    m.teks = CounterTeks(m, count);
    return false;
}

Dot16TekContext
Dot16BsAgent::CounterTeks(const Mobile& m, uint16_t count) const
{
    Dot16ChargeCounterTeks(CpuNode());
    return Dot16TekContext::Derive(m.prekeys->kek,
                                   count,
                                   m.cids.basic,
                                   Simulator::Now(),
                                   m.pmkLifetime,
                                   m_pnWindow,
                                   Dot16ToPnByteOrder(m_pnOrder));
}

Dot16TekContext
Dot16BsAgent::GivenTeks(const Mobile& m, const uint8_t* teks) const
{
    return Dot16TekContext(crypto::Tek(crypto::ByteView(teks, 16)),
                           crypto::Tek(crypto::ByteView(teks + 16, 16)),
                           m.count,
                           m.cids.basic,
                           Simulator::Now(),
                           m.pmkLifetime,
                           m_pnWindow,
                           Dot16ToPnByteOrder(m_pnOrder));
}

void
Dot16BsAgent::DrawTeks(Mobile& m)
{
    crypto::Bytes octets(32);
    m_random->Fill(octets.data(), octets.size());
    m.teks = GivenTeks(m, octets.data());
    m.stats.tekSource = "legacy";
}

Ptr<Packet>
Dot16BsAgent::ReceivePdu(Ptr<Dot16NetDevice> /* device */, Ptr<const Packet> packet)
{
    crypto::Bytes pdu = PacketToBytes(packet);
    Dot16GenericMacHeader gmh;
    crypto::ByteView payload;
    Dot16ParseStatus status = Dot16GenericMacHeader::DecodePdu(crypto::ByteView(pdu), gmh, payload);
    if (status != Dot16ParseStatus::OK)
    {
        NS_LOG_WARN("BS drops a PDU: " << status);
        m_dropTrace("gmh-" + Dot16ParseStatusName(status));
        return nullptr;
    }
    uint16_t cid = gmh.GetCid();
    if (cid == DOT16_INITIAL_RANGING_CID)
    {
        HandleRanging(payload);
        return nullptr;
    }
    Mobile* m = FindByCid(cid);
    if (!m)
    {
        m_dropTrace("unknown-cid");
        return nullptr;
    }
    if (cid == m->cids.transport)
    {
        if (!gmh.GetEncryptionControl())
        {
            ++m->stats.droppedPdus;
            Event(*m, "plaintext-data");
            return nullptr;
        }
        return HandleUplinkData(*m, pdu);
    }
    HandleManagement(*m, cid, payload);
    return nullptr;
}

Ptr<Packet>
Dot16BsAgent::HandleUplinkData(Mobile& m, const crypto::Bytes& pdu)
{
    crypto::Bytes sdu;
    if (!m.teks)
    {
        ++m.stats.droppedPdus;
        Event(m, "no-tek");
        return nullptr;
    }
    Ptr<Node> cpu = CpuNode();
    const std::size_t sduOctets = Dot16MpduSduOctets(pdu.size());
    CryptoCostModel::Charge(cpu, CryptoCostModel::AES_CCM_OPEN, sduOctets);
    Dot16MpduStatus status = m.teks->Open(crypto::ByteView(pdu), sdu);
    if (status == Dot16MpduStatus::BAD_ICV && CounterApplies(m) && !m.ranged && m.prekeys)
    {
        if (!m.resyncing)
        {
            // Self-synchronisation starts when the CPU knows the MPDU failed.
            m.resyncing = true;
            m.resyncStart = CryptoCostModel::GetIdleTime(cpu);
        }
        // Self-synchronisation: CMAC_KEY_COUNT_TB below the MS's count; force-increment.
        for (uint32_t a = 1; a <= m_maxResync && m.count + a <= 0xFFFF; ++a)
        {
            auto count = static_cast<uint16_t>(m.count + a);
            Dot16TekContext trial = CounterTeks(m, count);
            CryptoCostModel::Charge(cpu, CryptoCostModel::AES_CCM_OPEN, sduOctets);
            if (trial.Open(crypto::ByteView(pdu), sdu) == Dot16MpduStatus::OK)
            {
                m.cache.emplace(m.count, *m.teks);
                m.teks = trial;
                m.count = count;
                m.stats.resyncAttempts += a;
                m.stats.resyncMs = ResyncMs(m);
                m.resyncing = false;
                m.lastCmacPnU.reset();
                Event(m, "resync+" + std::to_string(a));
                status = Dot16MpduStatus::OK;
                break;
            }
        }
        if (status != Dot16MpduStatus::OK)
        {
            // Under a lower count the MPDU is a replay (CMAC_KEY_COUNT_TB > _TM): discard.
            for (uint32_t a = 1; a <= m_maxResync && a <= m.count; ++a)
            {
                Dot16TekContext trial = CounterTeks(m, static_cast<uint16_t>(m.count - a));
                CryptoCostModel::Charge(cpu, CryptoCostModel::AES_CCM_OPEN, sduOctets);
                uint32_t pn = 0;
                crypto::Bytes ignored;
                if (trial.Check(crypto::ByteView(pdu), ignored, pn) == Dot16MpduStatus::OK)
                {
                    status = Dot16MpduStatus::REPLAY;
                    break;
                }
            }
        }
    }
    switch (status)
    {
    case Dot16MpduStatus::OK:
        break;
    case Dot16MpduStatus::REPLAY:
        ++m.stats.replaysDetected;
        Event(m, "replay");
        return nullptr;
    default:
        ++m.stats.droppedPdus;
        Event(m, "drop-" + Dot16MpduStatusName(status));
        return nullptr;
    }
    // The SDU goes up when the CPU has decrypted it (after any self-synchronisation).
    Time delivered = CryptoCostModel::GetIdleTime(cpu);
    if (!m.stats.hasFirstData)
    {
        m.stats.hasFirstData = true;
        m.stats.firstData = delivered;
        Event(m, "first-data");
    }
    m.stats.hasLastData = true;
    m.stats.lastData = delivered;
    m.served = true;
    return Create<Packet>(sdu.data(), static_cast<uint32_t>(sdu.size()));
}

std::vector<Ptr<Packet>>
Dot16BsAgent::EncapsulateData(Ptr<Dot16NetDevice> /* device */,
                              Ptr<const Packet> frame,
                              Mac48Address dest)
{
    std::vector<Ptr<Packet>> pdus;
    crypto::Bytes sdu = PacketToBytes(frame);
    for (auto& entry : m_mobiles)
    {
        Mobile& m = entry.second;
        bool addressed = dest.IsGroup() || ToAddress(m.mac) == dest;
        if (!addressed || !m.served || !m.teks)
        {
            continue;
        }
        crypto::Bytes pdu = m.teks->Seal(m.cids.transport, crypto::ByteView(sdu), Simulator::Now());
        CryptoCostModel::Charge(CpuNode(), CryptoCostModel::AES_CCM_SEAL, sdu.size());
        pdus.push_back(Create<Packet>(pdu.data(), static_cast<uint32_t>(pdu.size())));
        m.stats.hasLastData = true;
        m.stats.lastData = CryptoCostModel::GetIdleTime(CpuNode()); // the MPDU is ready then
    }
    return pdus;
}

void
Dot16BsAgent::HandleRanging(crypto::ByteView payload)
{
    Dot16RngReq req;
    Dot16ParseStatus status = req.Decode(payload);
    if (status != Dot16ParseStatus::OK || !req.msMac)
    {
        NS_LOG_WARN("BS drops an RNG-REQ: " << status);
        m_dropTrace("rng-req-" + Dot16ParseStatusName(status));
        return;
    }
    crypto::Mac48 mac = *req.msMac;
    Dot16RngRsp rsp;
    rsp.msMac = mac;
    if (!req.cmacKeyCount)
    {
        // Initial network entry: a fresh record; EAP and registration follow.
        Mobile fresh;
        fresh.mac = mac;
        fresh.cids = Dot16Cids::ForMobile(ToAddress(mac));
        fresh.initialEntry = true;
        m_mobiles[mac] = fresh;
        rsp.basicCid = fresh.cids.basic;
        rsp.primaryCid = fresh.cids.primary;
        SendManagement(nullptr, rsp, DOT16_INITIAL_RANGING_CID);
        return;
    }
    auto it = m_mobiles.find(mac);
    if (it == m_mobiles.end() || !it->second.prekeys)
    {
        rsp.rangingStatus = Dot16RngRsp::ABORT;
        m_dropTrace("rng-req-no-context");
        SendManagement(nullptr, rsp, DOT16_INITIAL_RANGING_CID);
        return;
    }
    Mobile& m = it->second;
    uint16_t count = *req.cmacKeyCount;
    if (!VerifyUplink(m, req, DOT16_INITIAL_RANGING_CID, count))
    {
        return; // a bad tuple: rejected, counted, no answer
    }
    bool repeated = m.ranged && count == m.count; // our RNG-RSP was lost: answer again
    if (count < m.ckcN && !repeated)
    {
        // CMAC_KEY_COUNT_M below what the authenticator expects: release the connection.
        m.stats.released = true;
        Event(m, "release");
        rsp.rangingStatus = Dot16RngRsp::ABORT;
        m.count = count; // signed with the MS's keys, so that it believes the release
        m.cmacPnD = 0;
        SendManagement(&m, rsp, DOT16_INITIAL_RANGING_CID);
        m.teks.reset();
        m.served = false;
        return;
    }
    bool newCount = count != m.count;
    if (newCount)
    {
        m.cmacPnD = 0;
    }
    Event(m, "ranged");
    m.count = count;
    m.ranged = true;
    m.served = true;
    rsp.basicCid = m.cids.basic;
    rsp.primaryCid = m.cids.primary;
    if (CounterApplies(m))
    {
        if (newCount || !m.teks)
        {
            bool cached = UseCounterTeks(m, count);
            Event(m, cached ? "cached" : "regenerate");
        }
        if (m.resyncing)
        {
            m.resyncing = false;
            m.stats.resyncMs = ResyncMs(m);
        }
    }
    else if (m_mode != Dot16TekMode::REUSE || !m.teks)
    {
        // Legacy: fresh random TEKs (a repeated RNG-REQ gets the same ones again), in the
        // SA-TEK-Update TLV unless a Key-Request/Reply follows.
        if (!(repeated && m.teks))
        {
            DrawTeks(m);
        }
        if (!m_legacyKeyReply)
        {
            Dot16SaTekUpdate update;
            update.updateType = 1;
            update.newSaid = m.cids.basic;
            update.oldSaid = m.cids.basic;
            auto lifetime0 = static_cast<uint32_t>(m.teks->GetLifetime(0).GetSeconds());
            auto lifetime1 = static_cast<uint32_t>(m.teks->GetLifetime(1).GetSeconds());
            Dot16ChargeTekTransport(CpuNode(), true);
            update.olderTek =
                Dot16TekParameters::Wrap(m.prekeys->kek, m.teks->GetTek(0), lifetime0, 0);
            update.newerTek =
                Dot16TekParameters::Wrap(m.prekeys->kek, m.teks->GetTek(1), lifetime1, 1);
            rsp.saTekUpdate = update;
        }
    }
    SendManagement(&m, rsp, DOT16_INITIAL_RANGING_CID);
    Dot16BackboneHeader confirm;
    confirm.type = Dot16BackboneHeader::HO_CONFIRM;
    confirm.msMac = mac;
    confirm.cmacKeyCount = count;
    SendToAuthenticator(confirm);
}

void
Dot16BsAgent::HandleManagement(Mobile& m, uint16_t cid, crypto::ByteView payload)
{
    uint8_t type = 0;
    if (Dot16PeekManagementType(payload, type) != Dot16ParseStatus::OK)
    {
        m_dropTrace("empty-management");
        return;
    }
    if (type == static_cast<uint8_t>(Dot16ManagementType::PKM_REQ) &&
        Dot16EapTransfer::IsEapTransfer(payload))
    {
        Dot16EapTransfer eap;
        Dot16ParseStatus status = eap.Decode(payload);
        if (status != Dot16ParseStatus::OK || eap.fromBs || cid != m.cids.primary ||
            !m.initialEntry)
        {
            Refuse(type,
                   status == Dot16ParseStatus::OK ? Dot16ParseStatus::UNEXPECTED_TYPE : status);
            return;
        }
        // A repeated EAP-Response (our answer was lost) is answered again, not counted.
        bool repeated = m.eapRounds > 0 && eap.identifier == m.pkmId;
        if (!repeated)
        {
            ++m.eapRounds;
            m.pkmId = eap.identifier;
        }
        if (m.eapRounds < m_eapRoundTrips)
        {
            Dot16EapTransfer request(true);
            request.identifier = eap.identifier;
            request.eapPayload.assign(m_eapSize, 0);
            request.eapPayload[0] = EAP_REQUEST;
            SendManagement(nullptr, request, m.cids.primary);
        }
        else if (m.prekeys)
        {
            SendEapSuccess(m);
        }
        else if (!repeated)
        {
            // EAP is done: fetch the AK context; EAP-Success follows once it arrives.
            Dot16BackboneHeader request;
            request.type = Dot16BackboneHeader::CONTEXT_REQUEST;
            request.msMac = m.mac;
            request.basicCid = m.cids.basic;
            request.primaryCid = m.cids.primary;
            request.transportCid = m.cids.transport;
            SendToAuthenticator(request);
        }
        return;
    }
    if (type == static_cast<uint8_t>(Dot16ManagementType::PKM_REQ))
    {
        Dot16PkmMessage req;
        if (!AcceptManagement(m, req, type, payload, cid))
        {
            return;
        }
        if (req.code == Dot16PkmCode::SA_TEK_REQUEST)
        {
            // SA-TEK 3-way handshake, message 2: the MS proves it holds the AK.
            if (!m.bsRandom || req.bsRandom != m.bsRandom || req.akid != m.akid)
            {
                Event(m, "sa-tek-mismatch");
                return;
            }
            Dot16PkmMessage response(Dot16PkmCode::SA_TEK_RESPONSE);
            response.identifier = req.identifier;
            response.keySequence = req.keySequence;
            response.msRandom = req.msRandom;
            response.bsRandom = m.bsRandom;
            response.akid = m.akid;
            SendManagement(&m, response, m.cids.primary);
            return;
        }
        if (req.code != Dot16PkmCode::KEY_REQUEST)
        {
            Refuse(type, Dot16ParseStatus::UNEXPECTED_TYPE);
            return;
        }
        // Initial entry: fresh random TEKs. After handover ranging (LegacyKeyReply) the TEKs
        // drawn at the RNG-REQ are the ones delivered here.
        if (m.initialEntry || !m.teks)
        {
            DrawTeks(m);
        }
        Dot16PkmMessage reply(Dot16PkmCode::KEY_REPLY);
        reply.identifier = req.identifier;
        reply.keySequence = req.keySequence;
        reply.said = m.cids.basic;
        reply.nonce = req.nonce;
        Dot16ChargeTekTransport(CpuNode(), true);
        for (uint8_t i = 0; i < 2; ++i)
        {
            reply.tekParameters.push_back(
                Dot16TekParameters::Wrap(m.prekeys->kek,
                                         m.teks->GetTek(i),
                                         static_cast<uint32_t>(m.teks->GetLifetime(i).GetSeconds()),
                                         i));
        }
        m.served = true;
        m.initialEntry = false;
        SendManagement(&m, reply, m.cids.primary);
        return;
    }
    if (type == static_cast<uint8_t>(Dot16ManagementType::REG_REQ))
    {
        Dot16RegReq req;
        if (!AcceptManagement(m, req, type, payload, cid))
        {
            return;
        }
        m.seamless = req.GetSeamlessHandover();
        Dot16RegRsp rsp;
        rsp.SetResponseCode(0);
        rsp.SetSeamlessHandover(m_seamless);
        SendManagement(&m, rsp, m.cids.primary);
        return;
    }
    if (type == static_cast<uint8_t>(Dot16ManagementType::MOB_MSHO_REQ))
    {
        Dot16MobMshoReq req;
        if (!AcceptManagement(m, req, type, payload, cid))
        {
            return;
        }
        Dot16BackboneHeader request;
        request.type = Dot16BackboneHeader::HO_REQUEST;
        request.seamless = m.seamless;
        request.msMac = m.mac;
        request.basicCid = m.cids.basic;
        request.primaryCid = m.cids.primary;
        request.transportCid = m.cids.transport;
        for (const auto& full : req.fullBss)
        {
            request.bsids.push_back(full.bsid);
        }
        for (const auto& indexed : req.indexedBss)
        {
            if (indexed.neighborIndex < m_neighbors.size())
            {
                request.bsids.push_back(m_neighbors[indexed.neighborIndex]);
            }
        }
        if (m_mode == Dot16TekMode::REUSE && m.teks)
        {
            crypto::Bytes pair = m.teks->GetTek(0).GetBytes();
            const crypto::Bytes& tek1 = m.teks->GetTek(1).GetBytes();
            pair.insert(pair.end(), tek1.begin(), tek1.end());
            for (uint8_t i = 0; i < 2; ++i)
            {
                // Leave room for the DL MPDUs this BS still sends before MOB_HO-IND.
                uint32_t pn = m.teks->GetTxPn(i) + REUSE_PN_MARGIN;
                for (int shift = 24; shift >= 0; shift -= 8)
                {
                    pair.push_back(static_cast<uint8_t>(pn >> shift));
                }
            }
            request.reusedTeks = pair;
        }
        SendToAuthenticator(request);
        return;
    }
    if (type == static_cast<uint8_t>(Dot16ManagementType::MOB_HO_IND))
    {
        Dot16MobHoInd ind;
        if (!AcceptManagement(m, ind, type, payload, cid))
        {
            return;
        }
        if (ind.hoIndType == Dot16MobHoInd::SERVING_BS_RELEASE)
        {
            m.served = false; // no more DL data here; the context stays until HO_COMPLETE
            Event(m, "ho-ind-release");
        }
        else
        {
            Event(m, "ho-ind-cancel");
        }
        return;
    }
    Refuse(type, Dot16ParseStatus::UNEXPECTED_TYPE);
}

void
Dot16BsAgent::SendEapSuccess(Mobile& m)
{
    Dot16EapTransfer success(true);
    success.identifier = m.pkmId;
    success.eapPayload.assign(4, 0);
    success.eapPayload[0] = EAP_SUCCESS;
    SendManagement(nullptr, success, m.cids.primary);
    // SA-TEK 3-way handshake, message 1, under the new AK's CMAC key.
    if (!m.bsRandom)
    {
        crypto::Octets<8> random{};
        m_random->Fill(random.data(), random.size());
        m.bsRandom = random;
    }
    Dot16PkmMessage challenge(Dot16PkmCode::SA_TEK_CHALLENGE);
    challenge.identifier = m.pkmId;
    challenge.keySequence = m.pmkSn;
    challenge.bsRandom = m.bsRandom;
    challenge.akid = m.akid;
    SendManagement(&m, challenge, m.cids.primary);
}

void
Dot16BsAgent::Refuse(uint8_t type, Dot16ParseStatus status)
{
    NS_LOG_WARN("BS drops " << Dot16ManagementTypeName(type) << ": " << status);
    m_dropTrace(Dot16ManagementTypeName(type) + "-" + Dot16ParseStatusName(status));
}

bool
Dot16BsAgent::AcceptManagement(Mobile& m,
                               Dot16ManagementMessage& msg,
                               uint8_t type,
                               crypto::ByteView payload,
                               uint16_t cid)
{
    Dot16ParseStatus status = msg.Decode(payload);
    if (status != Dot16ParseStatus::OK)
    {
        Refuse(type, status);
        return false;
    }
    return VerifyUplink(m, msg, cid, m.count);
}

void
Dot16BsAgent::SendToAuthenticator(Dot16BackboneHeader& message)
{
    message.bsid = m_bsid;
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(message);
    // Sent once the CPU has done the work charged so far.
    CryptoCostModel::RunWhenIdle(CpuNode(),
                                 m_backboneEvents,
                                 &Dot16BsAgent::TransmitToAuthenticator,
                                 this,
                                 packet);
}

void
Dot16BsAgent::TransmitToAuthenticator(Ptr<Packet> packet)
{
    if (m_socket)
    {
        m_socket->SendTo(packet, 0, InetSocketAddress(m_authenticator, m_port));
    }
}

Ptr<Node>
Dot16BsAgent::CpuNode() const
{
    return m_device ? m_device->GetNode() : nullptr;
}

double
Dot16BsAgent::ResyncMs(const Mobile& m) const
{
    return (CryptoCostModel::GetIdleTime(CpuNode()) - m.resyncStart).GetSeconds() * 1000;
}

void
Dot16BsAgent::HandleBackbone(Ptr<Socket> socket)
{
    Ptr<Packet> packet;
    Address from;
    while ((packet = socket->RecvFrom(from)))
    {
        Dot16BackboneHeader msg;
        Dot16BackboneHeader::Status status = msg.Decode(PacketToBytes(packet));
        if (status != Dot16BackboneHeader::Status::OK ||
            InetSocketAddress::ConvertFrom(from).GetIpv4() != m_authenticator)
        {
            m_dropTrace("backbone-" + Dot16BackboneHeader::StatusName(status));
            continue;
        }
        if (msg.type == Dot16BackboneHeader::CONTEXT_PUSH)
        {
            auto known = m_mobiles.find(msg.msMac);
            if (known != m_mobiles.end() && known->second.ranged && known->second.served &&
                msg.cmacKeyCount <= known->second.count)
            {
                // A late duplicate (a retransmitted MOB_MSHO-REQ): the MS is already here.
                m_dropTrace("backbone-stale-context");
                continue;
            }
            Mobile& m = m_mobiles[msg.msMac];
            bool initial = m.initialEntry;
            m.mac = msg.msMac;
            m.cids.basic = msg.basicCid;
            m.cids.primary = msg.primaryCid;
            m.cids.transport = msg.transportCid;
            m.ak = crypto::Ak(crypto::ByteView(msg.ak));
            m.akid = msg.akid;
            m.pmkSn = msg.pmkSn;
            m.pmkLifetime = Seconds(msg.pmkLifetime);
            m.prekeys = crypto::DeriveCmacPrekeysAndKek(*m.ak, msg.msMac, m_bsid);
            Dot16ChargePrekeys(CpuNode());
            m.ckcN = msg.cmacKeyCount;
            m.lastCmacPnU.reset();
            m.cmacPnD = 0;
            if (initial)
            {
                m.count = msg.cmacKeyCount;
                SendEapSuccess(m);
            }
            else
            {
                // Handover preparation: this BS is a candidate target.
                if (!msg.seamless && m.seamless)
                {
                    m.cache.clear();
                }
                m.seamless = msg.seamless;
                m.ranged = false;
                m.served = false;
                m.resyncing = false;
                m.stats = Dot16BsMobileStats();
                m.count = static_cast<uint16_t>(msg.cmacKeyCount + m_countSkew);
                if (m_mode == Dot16TekMode::REUSE && msg.reusedTeks)
                {
                    const uint8_t* r = msg.reusedTeks->data();
                    m.teks = GivenTeks(m, r);
                    auto pnAt = [r](std::size_t at) {
                        return (uint32_t{r[at]} << 24) | (uint32_t{r[at + 1]} << 16) |
                               (uint32_t{r[at + 2]} << 8) | r[at + 3];
                    };
                    m.teks->ContinueTxPn(pnAt(32), pnAt(36));
                    m.stats.tekSource = "reused";
                }
                else if (CounterApplies(m))
                {
                    m.stats.tekSource = UseCounterTeks(m, m.count) ? "cached" : "counter";
                }
                else
                {
                    m.teks.reset();
                    m.stats.tekSource = "legacy";
                }
                Event(m, "context-" + m.stats.tekSource);
            }
            Dot16BackboneHeader ack;
            ack.type = Dot16BackboneHeader::CONTEXT_ACK;
            ack.msMac = msg.msMac;
            SendToAuthenticator(ack);
        }
        else if (msg.type == Dot16BackboneHeader::HO_RESPONSE)
        {
            auto it = m_mobiles.find(msg.msMac);
            if (it == m_mobiles.end())
            {
                m_dropTrace("backbone-unknown-ms");
                continue;
            }
            Dot16MobBshoRsp rsp;
            for (const auto& bsid : msg.bsids)
            {
                Dot16MobBshoRsp::Recommended r;
                r.bsid = bsid;
                rsp.recommended.push_back(r);
            }
            SendManagement(&it->second, rsp, it->second.cids.basic);
        }
        else if (msg.type == Dot16BackboneHeader::HO_COMPLETE)
        {
            auto it = m_mobiles.find(msg.msMac);
            if (it == m_mobiles.end())
            {
                continue;
            }
            if (msg.bsid == m_bsid)
            {
                it->second.ckcN = msg.cmacKeyCount;
                it->second.cache.clear();
            }
            else
            {
                // CMAC_KEY_COUNT_N advanced elsewhere: the cached contexts are obsolete.
                Event(it->second, "context-released");
                m_mobiles.erase(it);
            }
        }
        else
        {
            m_dropTrace("backbone-unexpected-" + Dot16BackboneHeader::TypeName(msg.type));
        }
    }
}

} // namespace ns3
