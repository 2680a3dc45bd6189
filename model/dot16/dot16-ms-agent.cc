/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "dot16-ms-agent.h"

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
#include "ns3/double.h"
#include "ns3/enum.h"
#include "ns3/hex.h"
#include "ns3/integer.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/ns3-compat.h"
#include "ns3/packet-octets.h"
#include "ns3/random-variable-stream.h"
#include "ns3/security-random.h"
#include "ns3/simulator.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("Dot16MsAgent");

NS_OBJECT_ENSURE_REGISTERED(Dot16MsAgent);

namespace
{
/// EAP Response (RFC 3748), the first octet of the MS's modelled EAP payloads.
constexpr uint8_t EAP_RESPONSE = 2;
/// EAP Success.
constexpr uint8_t EAP_SUCCESS = 3;
/// Octets of each modelled EAP-Response.
constexpr std::size_t EAP_RESPONSE_SIZE = 120;
/// RNG-REQ ranging purpose: bit 0, handover.
constexpr uint8_t RANGING_PURPOSE_HO = 0x01;
} // namespace

TypeId
Dot16MsAgent::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::Dot16MsAgent")
            .SetParent<Dot16MacAgent>()
            .SetGroupName("SecureHandover")
            .AddConstructor<Dot16MsAgent>()
            .AddAttribute("SeamlessHandover",
                          "The MS supports counter-based TEK generation (announced in REG-REQ).",
                          BooleanValue(true),
                          MakeBooleanAccessor(&Dot16MsAgent::m_seamless),
                          MakeBooleanChecker())
            .AddAttribute("CountSkew",
                          "Fault injection: at handover use CMAC_KEY_COUNT_TM = "
                          "CMAC_KEY_COUNT_M + 1 + CountSkew (positive: the MS is ahead; "
                          "negative: its count is below what the authenticator expects).",
                          IntegerValue(0),
                          MakeIntegerAccessor(&Dot16MsAgent::m_countSkew),
                          MakeIntegerChecker<int32_t>(-1000, 1000))
            .AddAttribute("CancelProbability",
                          "Probability that the MS cancels a prepared handover (MOB_HO-IND "
                          "HO_CANCEL after MOB_BSHO-RSP).",
                          DoubleValue(0),
                          MakeDoubleAccessor(&Dot16MsAgent::m_cancelProbability),
                          MakeDoubleChecker<double>(0, 1))
            .AddAttribute("RetransmitTimeout",
                          "Time the MS waits for the answer to a request before resending it.",
                          TimeValue(MilliSeconds(200)),
                          MakeTimeAccessor(&Dot16MsAgent::m_retransmitTimeout),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("MaxRetransmissions",
                          "Retransmissions of one request before the MS gives up.",
                          UintegerValue(8),
                          MakeUintegerAccessor(&Dot16MsAgent::m_maxRetransmissions),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("PmkLifetime",
                          "The PMK lifetime of the EAP authentication (as the authenticator's): "
                          "TEK0 lives 1/8 of it, TEK1 1/2.",
                          TimeValue(Seconds(3600)),
                          MakeTimeAccessor(&Dot16MsAgent::m_pmkLifetime),
                          MakeTimeChecker(Seconds(8)))
            .AddAttribute("PnByteOrder",
                          "Byte order of the PN in its MPDUs (field and AES-CCM nonce); the "
                          "texts disagree (spec/READINGS.md).",
                          EnumValue(DOT16_PN_LITTLE),
                          SECURE_HANDOVER_ENUM_ACCESSOR(Dot16PnOrder, &Dot16MsAgent::m_pnOrder),
                          MakeEnumChecker(DOT16_PN_LITTLE, "Little", DOT16_PN_BIG, "Big"))
            .AddAttribute("PnWindow",
                          "Receive PN window of each TEK.",
                          UintegerValue(64),
                          MakeUintegerAccessor(&Dot16MsAgent::m_pnWindow),
                          MakeUintegerChecker<uint32_t>(1, 64))
            .AddTraceSource("State",
                            "The MS agent changed state.",
                            MakeTraceSourceAccessor(&Dot16MsAgent::m_stateTrace),
                            "ns3::Dot16MsAgent::StateTracedCallback")
            .AddTraceSource("Drop",
                            "Refused input: a malformed or unverifiable PDU or message.",
                            MakeTraceSourceAccessor(&Dot16MsAgent::m_dropTrace),
                            "ns3::Dot16Authenticator::DropTracedCallback");
    return tid;
}

Dot16MsAgent::Dot16MsAgent()
    : m_mode(Dot16TekMode::COUNTER),
      m_state(IDLE),
      m_seamless(true),
      m_bsSeamless(false),
      m_authorized(false),
      m_countSkew(0),
      m_cancelProbability(0),
      m_retransmitTimeout(MilliSeconds(200)),
      m_maxRetransmissions(8),
      m_pnWindow(64),
      m_pnOrder(DOT16_PN_LITTLE),
      m_pmkLifetime(Seconds(3600)),
      m_countM(0),
      m_count(0),
      m_cmacPnU(0),
      m_pkmId(0),
      m_retries(0),
      m_hasLastData(false),
      m_awaitingFirstData(false)
{
    NS_LOG_FUNCTION(this);
    m_cancelRng = CreateObject<UniformRandomVariable>();
    m_random = CreateObject<SecurityRandom>();
}

Dot16MsAgent::~Dot16MsAgent()
{
    NS_LOG_FUNCTION(this);
}

void
Dot16MsAgent::DoDispose()
{
    m_syncEvent.Cancel();
    m_retxEvent.Cancel();
    m_doneEvent.Cancel();
    m_devices.clear();
    m_active = nullptr;
    m_hoTarget = nullptr;
    m_hoDone = DoneCallback();
    m_cancelRng = nullptr;
    m_random = nullptr;
    m_cache.clear();
    Dot16MacAgent::DoDispose();
}

std::string
Dot16MsAgent::StateName(State state)
{
    static const char* const NAMES[] = {"IDLE",
                                        "SYNC",
                                        "RANGING",
                                        "EAP",
                                        "SA_TEK",
                                        "REGISTRATION",
                                        "KEY_EXCHANGE",
                                        "OPERATIONAL",
                                        "HO_PREPARATION",
                                        "HO_RANGING",
                                        "RELEASED"};
    return NAMES[state];
}

void
Dot16MsAgent::SwitchToState(State state)
{
    NS_LOG_INFO("MS " << crypto::ToHex(m_msMac) << " " << StateName(m_state) << " -> "
                      << StateName(state));
    State old = m_state;
    m_state = state;
    m_retries = 0;
    m_stateTrace(StateName(old), StateName(state));
}

int64_t
Dot16MsAgent::AssignStreams(int64_t stream)
{
    m_cancelRng->SetStream(stream);
    return 1 + m_random->AssignStreams(stream + 1);
}

void
Dot16MsAgent::AddDevice(Ptr<Dot16NetDevice> device)
{
    NS_ABORT_MSG_IF(device->IsBaseStation(), "Dot16MsAgent serves mobile-station devices");
    crypto::Mac48 mac{};
    Mac48Address::ConvertFrom(device->GetAddress()).CopyTo(mac.data());
    NS_ABORT_MSG_IF(!m_devices.empty() && mac != m_msMac,
                    "the 802.16 devices of one MS share its MAC address");
    m_msMac = mac;
    m_cids = Dot16Cids::ForMobile(Mac48Address::ConvertFrom(device->GetAddress()));
    m_devices.push_back(device);
    device->SetMacAgent(this);
}

void
Dot16MsAgent::SetMsk(const crypto::Msk& msk)
{
    m_msk = msk;
}

void
Dot16MsAgent::SetTekMode(Dot16TekMode mode)
{
    m_mode = mode;
}

crypto::Mac48
Dot16MsAgent::GetMsMac() const
{
    return m_msMac;
}

uint16_t
Dot16MsAgent::GetCmacKeyCount() const
{
    return m_countM;
}

Dot16MsAgent::State
Dot16MsAgent::GetState() const
{
    return m_state;
}

bool
Dot16MsAgent::IsSeamlessNegotiated() const
{
    return m_seamless && m_bsSeamless;
}

const Dot16MsHandoverStats&
Dot16MsAgent::GetHandoverStats() const
{
    return m_stats;
}

crypto::Mac48
Dot16MsAgent::BsidOf(Ptr<Dot16NetDevice> device)
{
    // The BSID is in every DL-MAP; the model reads it from the cell's base station.
    crypto::Mac48 bsid{};
    Ptr<NetDevice> bs = device->GetDot16Channel()->GetDevice(0);
    Mac48Address::ConvertFrom(bs->GetAddress()).CopyTo(bsid.data());
    return bsid;
}

uint16_t
Dot16MsAgent::TargetCount() const
{
    int32_t tm = int32_t{m_countM} + 1 + m_countSkew;
    return static_cast<uint16_t>(std::max(tm, 0));
}

void
Dot16MsAgent::UseKeys(const crypto::Mac48& bsid, uint16_t count)
{
    NS_ABORT_MSG_UNLESS(m_msk, "no MSK: register the MS with the authenticator");
    m_keys = crypto::DeriveDot16KeyChain(*m_msk, m_msMac, bsid, 0, count);
    Dot16ChargeKeyChain(GetObject<Node>());
    m_count = count;
    m_cmacPnU = 0;
    m_lastCmacPnD.reset();
}

Dot16TekContext
Dot16MsAgent::CounterTeks(const crypto::Kek& kek, uint16_t count) const
{
    Dot16ChargeCounterTeks(GetObject<Node>());
    return Dot16TekContext::Derive(kek,
                                   count,
                                   m_cids.basic,
                                   Simulator::Now(),
                                   m_pmkLifetime,
                                   m_pnWindow,
                                   Dot16ToPnByteOrder(m_pnOrder));
}

Dot16TekContext
Dot16MsAgent::DeliveredTeks(const crypto::Tek& tek0, const crypto::Tek& tek1) const
{
    return Dot16TekContext(tek0,
                           tek1,
                           m_count,
                           m_cids.basic,
                           Simulator::Now(),
                           m_pmkLifetime,
                           m_pnWindow,
                           Dot16ToPnByteOrder(m_pnOrder));
}

void
Dot16MsAgent::LinkUp()
{
    if (m_active)
    {
        m_active->NotifyNetworkEntryComplete();
    }
}

void
Dot16MsAgent::StartNetworkEntry(Ptr<Dot16NetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    m_active = device;
    m_bsid = BsidOf(device);
    m_neighbors.clear(); // the new cell advertises its own
    m_syncEvent.Cancel();
    m_retxEvent.Cancel();
    SwitchToState(SYNC);
    Time wait = device->GetDot16Channel()->GetDelayToNextSubframe(true);
    m_syncEvent = Simulator::Schedule(wait, &Dot16MsAgent::OnDownlinkSync, this);
}

void
Dot16MsAgent::LeaveNetwork(Ptr<Dot16NetDevice> device)
{
    NS_LOG_FUNCTION(this << device);
    if (device != m_active)
    {
        return;
    }
    m_syncEvent.Cancel();
    m_retxEvent.Cancel();
    m_active = nullptr;
    m_previousBsid = m_bsid;
    if (m_state != HO_PREPARATION)
    {
        SwitchToState(IDLE);
    }
}

void
Dot16MsAgent::OnDownlinkSync()
{
    if (!m_authorized)
    {
        SwitchToState(RANGING);
        SendRequest();
        return;
    }
    // Handover (or re-entry) to m_bsid with the keys of the initial authorisation.
    m_stats.servingBsid = m_previousBsid;
    m_stats.targetBsid = m_bsid;
    m_stats.hasLastServingData = m_hasLastData;
    m_stats.lastServingData = m_lastData;
    m_awaitingFirstData = true;
    uint16_t tm = TargetCount();
    UseKeys(m_bsid, tm);
    bool counter = m_mode == Dot16TekMode::COUNTER && IsSeamlessNegotiated();
    if (counter)
    {
        auto it = m_cache.find({m_bsid, tm});
        if (it != m_cache.end())
        {
            m_stats.tekSource = it->second.fromEarlier ? "cached" : "counter";
            m_teks = it->second.context;
            m_cache.erase(it);
        }
        else
        {
            m_stats.tekSource = "counter";
            m_teks = CounterTeks(m_keys->kek, tm);
        }
    }
    else if (m_mode == Dot16TekMode::REUSE && m_teks)
    {
        m_stats.tekSource = "reused";
    }
    else
    {
        m_stats.tekSource = "legacy";
        m_teks.reset();
    }
    SwitchToState(HO_RANGING);
    SendRequest();
    bool prepared = m_preparedBsid == m_bsid;
    m_preparedBsid = crypto::Mac48{};
    if (m_teks && prepared)
    {
        // Expedited handover: the target was pre-populated, data may flow before RNG-REQ/RSP.
        // Without preparation the target learns the count from the RNG-REQ: wait for RNG-RSP.
        LinkUp();
    }
}

void
Dot16MsAgent::SendManagement(Dot16ManagementMessage& msg, uint16_t cid, bool ranging)
{
    if (!m_active)
    {
        return;
    }
    if (m_keys)
    {
        msg.SignCmac(m_keys->cmacKeyU, m_keys->akid, m_cmacPnU++, cid);
    }
    NS_LOG_LOGIC("MS " << crypto::ToHex(m_msMac) << " -> CID " << cid << " " << msg);
    crypto::Bytes octets = msg.Encode();
    if (m_keys)
    {
        Dot16ChargeCmacTuple(GetObject<Node>(), octets.size(), false);
    }
    Ptr<Packet> pdu = Dot16MakePlainPdu(cid, octets);
    if (ranging)
    {
        m_active->SendInRangingOpportunity(pdu);
    }
    else
    {
        m_active->EnqueueManagement(pdu);
    }
}

void
Dot16MsAgent::SendRequest()
{
    switch (m_state)
    {
    case RANGING: {
        Dot16RngReq req;
        req.msMac = m_msMac;
        SendManagement(req, DOT16_INITIAL_RANGING_CID, true);
        break;
    }
    case EAP: {
        Dot16EapTransfer eap;
        eap.identifier = m_pkmId;
        eap.eapPayload.assign(EAP_RESPONSE_SIZE, 0);
        eap.eapPayload[0] = EAP_RESPONSE;
        SendManagement(eap, m_cids.primary);
        break;
    }
    case SA_TEK: {
        if (!m_bsRandom)
        {
            // No SA-TEK-Challenge yet: repeat the last EAP-Response (the BS answers it again).
            Dot16EapTransfer eap;
            eap.identifier = m_pkmId;
            eap.eapPayload.assign(EAP_RESPONSE_SIZE, 0);
            eap.eapPayload[0] = EAP_RESPONSE;
            SendManagement(eap, m_cids.primary);
            break;
        }
        Dot16PkmMessage req(Dot16PkmCode::SA_TEK_REQUEST);
        req.identifier = m_pkmId;
        req.keySequence = 0;
        req.msRandom = m_msRandom;
        req.bsRandom = m_bsRandom;
        req.akid = m_keys->akid;
        SendManagement(req, m_cids.primary);
        break;
    }
    case REGISTRATION: {
        Dot16RegReq req;
        req.SetSeamlessHandover(m_seamless);
        SendManagement(req, m_cids.primary);
        break;
    }
    case KEY_EXCHANGE: {
        Dot16PkmMessage req(Dot16PkmCode::KEY_REQUEST);
        req.identifier = ++m_pkmId;
        req.keySequence = 0;
        req.said = m_cids.basic;
        // A fresh PKMv2 nonce per request: the Key-Reply must echo it.
        m_random->Fill(m_keyNonce.data(), m_keyNonce.size());
        req.nonce = m_keyNonce;
        SendManagement(req, m_cids.primary);
        break;
    }
    case HO_PREPARATION: {
        Dot16MobMshoReq req;
        uint32_t lsb = (uint32_t{m_stats.targetBsid[3]} << 16) |
                       (uint32_t{m_stats.targetBsid[4]} << 8) | m_stats.targetBsid[5];
        auto known = std::find(m_neighbors.begin(), m_neighbors.end(), lsb);
        if (known != m_neighbors.end())
        {
            Dot16MobMshoReq::IndexedBs indexed;
            indexed.neighborIndex = static_cast<uint8_t>(known - m_neighbors.begin());
            req.indexedBss.push_back(indexed);
        }
        else
        {
            Dot16MobMshoReq::FullBs full;
            full.bsid = m_stats.targetBsid;
            req.fullBss.push_back(full);
        }
        SendManagement(req, m_cids.basic);
        break;
    }
    case HO_RANGING: {
        Dot16RngReq req;
        req.msMac = m_msMac;
        req.servingBsid = m_stats.servingBsid;
        req.rangingPurpose = RANGING_PURPOSE_HO;
        req.cmacKeyCount = m_count;
        SendManagement(req, DOT16_INITIAL_RANGING_CID, true);
        break;
    }
    default:
        return;
    }
    m_retxEvent.Cancel();
    m_retxEvent =
        Simulator::Schedule(m_retransmitTimeout, &Dot16MsAgent::OnRetransmitTimeout, this);
}

void
Dot16MsAgent::OnRetransmitTimeout()
{
    if (m_retries >= m_maxRetransmissions)
    {
        NS_LOG_WARN("MS " << crypto::ToHex(m_msMac) << " gives up in " << StateName(m_state));
        m_dropTrace("timeout-" + StateName(m_state));
        if (m_state == HO_PREPARATION)
        {
            SwitchToState(OPERATIONAL);
            FinishPreparation(false, "dot16-prep-timeout");
        }
        return;
    }
    ++m_retries;
    SendRequest();
}

bool
Dot16MsAgent::VerifyDownlink(const Dot16ManagementMessage& msg, uint16_t cid)
{
    if (m_keys)
    {
        Dot16ChargeCmacTuple(GetObject<Node>(), msg.Encode().size(), false);
    }
    if (!m_keys || msg.VerifyCmac(m_keys->cmacKeyD, m_keys->akid, cid) != Dot16ParseStatus::OK)
    {
        m_dropTrace("bad-cmac");
        return false;
    }
    uint32_t pn = msg.GetCmacTuple().cmacPn;
    if (m_lastCmacPnD && pn <= *m_lastCmacPnD)
    {
        m_dropTrace("cmac-pn-replay");
        return false;
    }
    m_lastCmacPnD = pn;
    return true;
}

Ptr<Packet>
Dot16MsAgent::ReceivePdu(Ptr<Dot16NetDevice> device, Ptr<const Packet> packet)
{
    if (device != m_active)
    {
        return nullptr;
    }
    crypto::Bytes pdu = PacketToBytes(packet);
    Dot16GenericMacHeader gmh;
    crypto::ByteView payload;
    Dot16ParseStatus status = Dot16GenericMacHeader::DecodePdu(crypto::ByteView(pdu), gmh, payload);
    if (status != Dot16ParseStatus::OK)
    {
        m_dropTrace("gmh-" + Dot16ParseStatusName(status));
        return nullptr;
    }
    uint16_t cid = gmh.GetCid();
    if (cid == m_cids.transport)
    {
        crypto::Bytes sdu;
        if (m_teks)
        {
            CryptoCostModel::Charge(GetObject<Node>(),
                                    CryptoCostModel::AES_CCM_OPEN,
                                    Dot16MpduSduOctets(pdu.size()));
        }
        Dot16MpduStatus result =
            m_teks ? m_teks->Open(crypto::ByteView(pdu), sdu) : Dot16MpduStatus::BAD_ICV;
        if (result != Dot16MpduStatus::OK)
        {
            if (result == Dot16MpduStatus::REPLAY)
            {
                ++m_stats.replaysDetected;
            }
            else
            {
                ++m_stats.droppedPdus; // the MS can only discard what does not decrypt
            }
            m_dropTrace("data-" + Dot16MpduStatusName(result));
            return nullptr;
        }
        // The SDU goes up when the CPU has decrypted it.
        Time delivered = CryptoCostModel::GetIdleTime(GetObject<Node>());
        if (m_awaitingFirstData)
        {
            m_awaitingFirstData = false;
            m_stats.hasFirstTargetData = true;
            m_stats.firstTargetData = delivered;
        }
        m_hasLastData = true;
        m_lastData = delivered;
        return Create<Packet>(sdu.data(), static_cast<uint32_t>(sdu.size()));
    }
    if (cid == DOT16_BROADCAST_CID)
    {
        Dot16MobNbrAdv adv;
        if (adv.Decode(payload) == Dot16ParseStatus::OK)
        {
            m_neighbors.clear();
            for (const auto& n : adv.neighbors)
            {
                m_neighbors.push_back(n.bsidLsb24);
            }
        }
        return nullptr;
    }
    if (cid == DOT16_INITIAL_RANGING_CID)
    {
        HandleRngRsp(payload);
        return nullptr;
    }
    if (cid == m_cids.basic || cid == m_cids.primary)
    {
        HandleManagement(cid, payload);
    }
    return nullptr; // another MS's connection
}

void
Dot16MsAgent::HandleRngRsp(crypto::ByteView payload)
{
    Dot16RngRsp rsp;
    Dot16ParseStatus status = rsp.Decode(payload);
    if (status != Dot16ParseStatus::OK)
    {
        m_dropTrace("rng-rsp-" + Dot16ParseStatusName(status));
        return;
    }
    if (!rsp.msMac || *rsp.msMac != m_msMac)
    {
        return; // for another MS
    }
    if (m_state == RANGING)
    {
        if (rsp.rangingStatus != Dot16RngRsp::SUCCESS || !rsp.basicCid || !rsp.primaryCid)
        {
            return; // the retransmission timer retries
        }
        m_retxEvent.Cancel();
        m_cids.basic = *rsp.basicCid;
        m_cids.primary = *rsp.primaryCid;
        m_pkmId = 1;
        SwitchToState(EAP);
        SendRequest();
        return;
    }
    if (m_state == HO_RANGING && rsp.rangingStatus == Dot16RngRsp::ABORT && !rsp.HasCmacTuple())
    {
        // The BS holds no AK context for us (no preparation, or it was released): full
        // network entry, with a new EAP authentication.
        m_retxEvent.Cancel();
        m_authorized = false;
        m_keys.reset();
        m_teks.reset();
        m_cids = Dot16Cids::ForMobile(Mac48Address::ConvertFrom(m_active->GetAddress()));
        SwitchToState(RANGING);
        SendRequest();
        return;
    }
    if (m_state != HO_RANGING || !VerifyDownlink(rsp, DOT16_INITIAL_RANGING_CID))
    {
        return;
    }
    m_retxEvent.Cancel();
    if (rsp.rangingStatus == Dot16RngRsp::ABORT)
    {
        // CMAC_KEY_COUNT_M below what the network expects: the connection is released.
        m_stats.released = true;
        m_teks.reset();
        SwitchToState(RELEASED);
        Simulator::ScheduleNow(&Dot16NetDevice::LeaveNetwork, m_active);
        return;
    }
    // The count is established: CMAC_KEY_COUNT_M = TM, and the cached contexts are obsolete.
    m_countM = m_count;
    m_cache.clear();
    if (rsp.saTekUpdate || !m_teks)
    {
        // The BS decides: TEKs it delivers replace what the MS derived or kept.
        if (rsp.saTekUpdate)
        {
            std::optional<crypto::Tek> older;
            std::optional<crypto::Tek> newer;
            Dot16ChargeTekTransport(GetObject<Node>(), false);
            if (rsp.saTekUpdate->UnwrapTeks(m_keys->kek, older, newer) != Dot16ParseStatus::OK ||
                !older || !newer)
            {
                m_dropTrace("sa-tek-update-unwrap");
                return;
            }
            m_teks = DeliveredTeks(*older, *newer);
            m_stats.tekSource = "legacy";
        }
        else
        {
            SwitchToState(KEY_EXCHANGE);
            SendRequest();
            return;
        }
    }
    SwitchToState(OPERATIONAL);
    LinkUp();
}

void
Dot16MsAgent::HandleManagement(uint16_t cid, crypto::ByteView payload)
{
    uint8_t type = 0;
    if (Dot16PeekManagementType(payload, type) != Dot16ParseStatus::OK)
    {
        m_dropTrace("empty-management");
        return;
    }
    if (type == static_cast<uint8_t>(Dot16ManagementType::PKM_RSP) &&
        Dot16EapTransfer::IsEapTransfer(payload))
    {
        Dot16EapTransfer eap;
        if (m_state != EAP || eap.Decode(payload) != Dot16ParseStatus::OK || !eap.fromBs ||
            eap.eapPayload.empty())
        {
            m_dropTrace("eap");
            return;
        }
        m_retxEvent.Cancel();
        if (eap.eapPayload[0] == EAP_SUCCESS)
        {
            // The SA-TEK-Challenge follows, under the CMAC keys of the new AK.
            UseKeys(m_bsid, 0);
            m_bsRandom.reset();
            SwitchToState(SA_TEK);
        }
        else
        {
            ++m_pkmId;
            m_retries = 0;
        }
        SendRequest();
        return;
    }
    if (type == static_cast<uint8_t>(Dot16ManagementType::REG_RSP))
    {
        Dot16RegRsp rsp;
        if (m_state != REGISTRATION || rsp.Decode(payload) != Dot16ParseStatus::OK ||
            !VerifyDownlink(rsp, cid))
        {
            m_dropTrace("reg-rsp");
            return;
        }
        m_retxEvent.Cancel();
        m_bsSeamless = rsp.GetSeamlessHandover();
        SwitchToState(KEY_EXCHANGE);
        SendRequest();
        return;
    }
    if (type == static_cast<uint8_t>(Dot16ManagementType::PKM_RSP) && m_state == SA_TEK)
    {
        Dot16PkmMessage msg;
        if (msg.Decode(payload) != Dot16ParseStatus::OK || !msg.akid || !m_keys ||
            *msg.akid != m_keys->akid || !VerifyDownlink(msg, cid))
        {
            m_dropTrace("sa-tek");
            return;
        }
        if (msg.code == Dot16PkmCode::SA_TEK_CHALLENGE)
        {
            m_retxEvent.Cancel();
            m_bsRandom = msg.bsRandom;
            m_random->Fill(m_msRandom.data(), m_msRandom.size());
            SendRequest(); // SA-TEK-Request
        }
        else if (msg.code == Dot16PkmCode::SA_TEK_RESPONSE && m_bsRandom &&
                 msg.bsRandom == m_bsRandom && msg.msRandom == m_msRandom)
        {
            m_retxEvent.Cancel();
            SwitchToState(REGISTRATION);
            SendRequest();
        }
        else
        {
            m_dropTrace("sa-tek-unexpected");
        }
        return;
    }
    if (type == static_cast<uint8_t>(Dot16ManagementType::PKM_RSP))
    {
        Dot16PkmMessage reply;
        if (m_state != KEY_EXCHANGE || reply.Decode(payload) != Dot16ParseStatus::OK ||
            reply.code != Dot16PkmCode::KEY_REPLY || reply.tekParameters.size() != 2 ||
            reply.nonce != m_keyNonce || !VerifyDownlink(reply, cid))
        {
            m_dropTrace("key-reply");
            return;
        }
        Dot16ChargeTekTransport(GetObject<Node>(), false);
        std::optional<crypto::Tek> tek0 = reply.tekParameters[0].Unwrap(m_keys->kek);
        std::optional<crypto::Tek> tek1 = reply.tekParameters[1].Unwrap(m_keys->kek);
        if (!tek0 || !tek1)
        {
            m_dropTrace("key-reply-unwrap");
            return;
        }
        m_retxEvent.Cancel();
        m_teks = DeliveredTeks(*tek0, *tek1);
        if (!m_authorized)
        {
            m_authorized = true;
            m_countM = 0;
        }
        SwitchToState(OPERATIONAL);
        LinkUp();
        return;
    }
    if (type == static_cast<uint8_t>(Dot16ManagementType::MOB_BSHO_RSP))
    {
        Dot16MobBshoRsp rsp;
        if (m_state != HO_PREPARATION || rsp.Decode(payload) != Dot16ParseStatus::OK ||
            !VerifyDownlink(rsp, cid))
        {
            m_dropTrace("bsho-rsp");
            return;
        }
        m_retxEvent.Cancel();
        bool recommended = false;
        for (const auto& r : rsp.recommended)
        {
            recommended = recommended || r.bsid == m_stats.targetBsid;
        }
        Dot16MobHoInd ind;
        bool cancel = !recommended || m_cancelRng->GetValue() < m_cancelProbability;
        ind.hoIndType = cancel ? Dot16MobHoInd::HO_CANCEL : Dot16MobHoInd::SERVING_BS_RELEASE;
        ind.targetBsid = m_stats.targetBsid;
        SendManagement(ind, m_cids.basic);
        SwitchToState(OPERATIONAL);
        if (cancel)
        {
            for (auto& entry : m_cache)
            {
                entry.second.fromEarlier = true;
            }
            FinishPreparation(false, recommended ? "dot16-cancelled" : "dot16-target-refused");
            return;
        }
        // Leave once MOB_HO-IND is on the air: the UL subframe after the next DL one.
        Ptr<Dot16Channel> channel = m_active->GetDot16Channel();
        Time onAir = channel->GetDelayToNextSubframe(false) + MicroSeconds(1);
        m_doneEvent =
            Simulator::Schedule(onAir, &Dot16MsAgent::FinishPreparation, this, true, std::string());
        return;
    }
    m_dropTrace("unexpected-" + Dot16ManagementTypeName(type));
}

void
Dot16MsAgent::PrepareHandover(Ptr<Dot16NetDevice> target, DoneCallback done)
{
    NS_LOG_FUNCTION(this << target);
    m_stats = Dot16MsHandoverStats();
    m_stats.start = Simulator::Now();
    if ((!m_active && m_state == IDLE) || target == m_active)
    {
        // In no cell (a failed handover left the MS disconnected), or already in the target
        // cell (the manager returns to the link it failed to leave): nothing to prepare.
        // Otherwise the target runs handover ranging, or full network entry without context.
        done(true, "");
        return;
    }
    if (!m_active || m_state != OPERATIONAL)
    {
        done(false, "dot16-not-operational");
        return;
    }
    m_stats.servingBsid = m_bsid;
    m_stats.targetBsid = BsidOf(target);
    m_preparedBsid = m_stats.targetBsid;
    m_hoTarget = target;
    m_hoDone = done;
    if (m_mode == Dot16TekMode::COUNTER && IsSeamlessNegotiated())
    {
        // Step (1): the MS computes the TEKs for CMAC_KEY_COUNT_TM before MOB_MSHO-REQ.
        uint16_t tm = TargetCount();
        auto key = std::make_pair(m_stats.targetBsid, tm);
        if (m_cache.find(key) == m_cache.end())
        {
            crypto::Dot16KeyChain keys =
                crypto::DeriveDot16KeyChain(*m_msk, m_msMac, m_stats.targetBsid, 0, tm);
            Dot16ChargeKeyChain(GetObject<Node>());
            m_cache.emplace(key, CacheEntry{CounterTeks(keys.kek, tm), false});
        }
    }
    SwitchToState(HO_PREPARATION);
    SendRequest();
}

void
Dot16MsAgent::FinishPreparation(bool ok, std::string reason)
{
    if (m_hoDone.IsNull())
    {
        return;
    }
    DoneCallback done = m_hoDone;
    m_hoDone = DoneCallback();
    m_hoTarget = nullptr;
    done(ok, reason);
}

void
Dot16MsAgent::AbortHandover()
{
    m_retxEvent.Cancel();
    m_doneEvent.Cancel();
    m_hoDone = DoneCallback();
    m_hoTarget = nullptr;
    if (m_state == HO_PREPARATION)
    {
        SwitchToState(OPERATIONAL);
    }
}

std::vector<Ptr<Packet>>
Dot16MsAgent::EncapsulateData(Ptr<Dot16NetDevice> device,
                              Ptr<const Packet> frame,
                              Mac48Address /* dest */)
{
    if (device != m_active || !m_teks)
    {
        return {};
    }
    crypto::Bytes sdu = PacketToBytes(frame);
    crypto::Bytes pdu = m_teks->Seal(m_cids.transport, crypto::ByteView(sdu), Simulator::Now());
    CryptoCostModel::Charge(GetObject<Node>(), CryptoCostModel::AES_CCM_SEAL, sdu.size());
    m_hasLastData = true;
    m_lastData = CryptoCostModel::GetIdleTime(GetObject<Node>()); // the MPDU is ready then
    return {Create<Packet>(pdu.data(), static_cast<uint32_t>(pdu.size()))};
}

} // namespace ns3
