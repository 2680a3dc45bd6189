/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#include "handover-manager.h"

#include "binding-header.h"
#include "handover-data-sink.h"
#include "latency-recorder.h"

#include "ns3/boolean.h"
#include "ns3/inet-socket-address.h"
#include "ns3/ipv4-routing-table-entry.h"
#include "ns3/ipv4-static-routing-helper.h"
#include "ns3/ipv4.h"
#include "ns3/ipv6-routing-table-entry.h"
#include "ns3/ipv6-static-routing-helper.h"
#include "ns3/ipv6.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/rng-seed-manager.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/uinteger.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("HandoverManager");

NS_OBJECT_ENSURE_REGISTERED(HandoverManager);

TypeId
HandoverManager::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::HandoverManager")
            .SetParent<Object>()
            .SetGroupName("SecureHandover")
            .AddConstructor<HandoverManager>()
            .AddAttribute("HomeAddress",
                          "The MN's stable address, routed to it by the anchor.",
                          Ipv4AddressValue(Ipv4Address("192.168.0.1")),
                          MakeIpv4AddressAccessor(&HandoverManager::m_homeAddress),
                          MakeIpv4AddressChecker())
            .AddAttribute("AnchorAddress",
                          "The anchor router's address (destination of binding updates).",
                          Ipv4AddressValue(Ipv4Address("10.0.0.1")),
                          MakeIpv4AddressAccessor(&HandoverManager::m_anchorAddress),
                          MakeIpv4AddressChecker())
            .AddAttribute("AnchorPort",
                          "The anchor's binding port.",
                          UintegerValue(9999),
                          MakeUintegerAccessor(&HandoverManager::m_anchorPort),
                          MakeUintegerChecker<uint16_t>())
            .AddAttribute("AttachTimeout",
                          "How long layer-2 attach may take before the handover fails.",
                          TimeValue(Seconds(3)),
                          MakeTimeAccessor(&HandoverManager::m_attachTimeout),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("SecurityTimeout",
                          "How long each security hook may take before the handover fails.",
                          TimeValue(Seconds(5)),
                          MakeTimeAccessor(&HandoverManager::m_securityTimeout),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("BindingTimeout",
                          "Retransmission timer of the binding update.",
                          TimeValue(MilliSeconds(500)),
                          MakeTimeAccessor(&HandoverManager::m_bindingTimeout),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("BindingRetries",
                          "Binding update retransmissions before the handover fails.",
                          UintegerValue(3),
                          MakeUintegerAccessor(&HandoverManager::m_bindingRetries),
                          MakeUintegerChecker<uint32_t>())
            .AddAttribute("FirstDataTimeout",
                          "How long to wait for the first data packet after binding.",
                          TimeValue(Seconds(2)),
                          MakeTimeAccessor(&HandoverManager::m_firstDataTimeout),
                          MakeTimeChecker(MilliSeconds(1)))
            .AddAttribute("ReactToLinkUp",
                          "Hand over to a preferred interface as soon as its link comes up.",
                          BooleanValue(false),
                          MakeBooleanAccessor(&HandoverManager::m_reactToLinkUp),
                          MakeBooleanChecker())
            .AddAttribute("LossGracePeriod",
                          "How long after a handover ends a late packet of its gap (e.g. a "
                          "tunnelled one overtaken by newer packets) still counts as delivered; "
                          "the next handover ends this sooner.",
                          TimeValue(MilliSeconds(500)),
                          MakeTimeAccessor(&HandoverManager::m_lossGracePeriod),
                          MakeTimeChecker(Time(0)))
            .AddTraceSource("State",
                            "The manager changed state.",
                            MakeTraceSourceAccessor(&HandoverManager::m_stateTrace),
                            "ns3::HandoverManager::StateTracedCallback")
            .AddTraceSource("PhaseStart",
                            "A handover phase started.",
                            MakeTraceSourceAccessor(&HandoverManager::m_phaseStartTrace),
                            "ns3::HandoverManager::PhaseTracedCallback")
            .AddTraceSource("PhaseEnd",
                            "A handover phase ended.",
                            MakeTraceSourceAccessor(&HandoverManager::m_phaseEndTrace),
                            "ns3::HandoverManager::PhaseTracedCallback")
            .AddTraceSource("HandoverStart",
                            "A handover started.",
                            MakeTraceSourceAccessor(&HandoverManager::m_handoverStartTrace),
                            "ns3::HandoverManager::HandoverStartTracedCallback")
            .AddTraceSource("HandoverEnd",
                            "A handover ended (ok or failed); the record has every phase.",
                            MakeTraceSourceAccessor(&HandoverManager::m_handoverEndTrace),
                            "ns3::LatencyRecorder::HandoverTracedCallback")
            .AddTraceSource("LossUpdate",
                            "A late packet of an ended handover's gap arrived: its loss count "
                            "went down (the stored record is corrected too).",
                            MakeTraceSourceAccessor(&HandoverManager::m_lossUpdateTrace),
                            "ns3::HandoverManager::LossUpdateTracedCallback")
            .AddTraceSource("BindingDrop",
                            "A malformed, truncated, unexpected or stale binding message was "
                            "dropped.",
                            MakeTraceSourceAccessor(&HandoverManager::m_bindingDropTrace),
                            "ns3::MobilityAnchor::DropTracedCallback");
    return tid;
}

HandoverManager::HandoverManager()
    : m_anchorPort(9999),
      m_bindingRetries(3),
      m_reactToLinkUp(false),
      m_lossGracePeriod(MilliSeconds(500)),
      m_state(IDLE),
      m_current(-1),
      m_target(-1),
      m_initial(false),
      m_linkLost(false),
      m_failing(false),
      m_mnIndex(0),
      m_handovers(0),
      m_token(0),
      m_bindingSequence(0),
      m_bindingAttempts(0),
      m_haveRx(false),
      m_lastRxSeq(0),
      m_lastRxIf(-1),
      m_lastOldSeq(0),
      m_firstNewSeq(0),
      m_lossHandover(0)
{
    NS_LOG_FUNCTION(this);
}

HandoverManager::~HandoverManager()
{
    NS_LOG_FUNCTION(this);
}

void
HandoverManager::DoDispose()
{
    m_timer.Cancel();
    m_lossTimer.Cancel();
    for (auto& itf : m_interfaces)
    {
        itf.adapter->SetLinkEventCallback(LinkAdapter::LinkEventCallback());
        itf.adapter = nullptr;
    }
    m_interfaces.clear();
    m_scheme = nullptr;
    m_recorder = nullptr;
    m_sink = nullptr;
    if (m_socket)
    {
        m_socket->SetRecvCallback(MakeNullCallback<void, Ptr<Socket>>());
        m_socket = nullptr;
    }
    Object::DoDispose();
}

std::string
HandoverManager::StateName(State state)
{
    switch (state)
    {
    case IDLE:
        return "IDLE";
    case CONNECTED:
        return "CONNECTED";
    case DISCONNECTED:
        return "DISCONNECTED";
    case DETECTION:
        return "DETECTION";
    case TARGET_SELECTION:
        return "TARGET_SELECTION";
    case PROACTIVE_SECURITY:
        return "PROACTIVE_SECURITY";
    case L2_ATTACH:
        return "L2_ATTACH";
    case REACTIVE_SECURITY:
        return "REACTIVE_SECURITY";
    case L3_CONFIG:
        return "L3_CONFIG";
    case BINDING:
        return "BINDING";
    case WAIT_FIRST_DATA:
        return "WAIT_FIRST_DATA";
    }
    return "UNKNOWN";
}

uint32_t
HandoverManager::AddInterface(Ptr<LinkAdapter> adapter,
                              Ipv4Address accessRouter,
                              Ipv6Address accessRouter6)
{
    NS_LOG_FUNCTION(this << adapter << accessRouter);
    NS_ABORT_MSG_UNLESS(m_state == IDLE, "add interfaces before Start");
    Ptr<NetDevice> device = adapter->GetDevice();
    NS_ABORT_MSG_UNLESS(device, "bind the adapter to a device first");
    Ptr<Ipv4> ipv4 = device->GetNode()->GetObject<Ipv4>();
    NS_ABORT_MSG_UNLESS(ipv4, "install an IPv4 stack on the MN first");
    int32_t ipIf = ipv4->GetInterfaceForDevice(device);
    NS_ABORT_MSG_IF(ipIf < 0 || ipv4->GetNAddresses(ipIf) == 0,
                    "assign an IPv4 address to the MN's " << adapter->GetLinkType()
                                                          << " interface first");
    Interface itf;
    itf.adapter = adapter;
    itf.ipInterface = static_cast<uint32_t>(ipIf);
    itf.router = accessRouter;
    itf.address = ipv4->GetAddress(ipIf, 0).GetLocal();
    itf.router6 = accessRouter6;
    Ptr<Ipv6> ipv6 = device->GetNode()->GetObject<Ipv6>();
    int32_t ipIf6 = ipv6 ? ipv6->GetInterfaceForDevice(device) : -1;
    for (uint32_t a = 0; ipIf6 >= 0 && a < ipv6->GetNAddresses(ipIf6); ++a)
    {
        Ipv6InterfaceAddress address = ipv6->GetAddress(ipIf6, a);
        if (address.GetScope() == Ipv6InterfaceAddress::GLOBAL)
        {
            itf.address6 = address.GetAddress();
            break;
        }
    }
    m_interfaces.push_back(itf);
    adapter->SetLinkEventCallback(MakeCallback(&HandoverManager::OnLinkEvent, this));
    return static_cast<uint32_t>(m_interfaces.size() - 1);
}

uint32_t
HandoverManager::GetNInterfaces() const
{
    return static_cast<uint32_t>(m_interfaces.size());
}

Ptr<LinkAdapter>
HandoverManager::GetAdapter(uint32_t i) const
{
    return m_interfaces.at(i).adapter;
}

void
HandoverManager::SetScheme(Ptr<HandoverScheme> scheme)
{
    m_scheme = scheme;
}

Ptr<HandoverScheme>
HandoverManager::GetScheme() const
{
    return m_scheme;
}

void
HandoverManager::SetRecorder(Ptr<LatencyRecorder> recorder)
{
    m_recorder = recorder;
}

void
HandoverManager::SetDataSink(Ptr<HandoverDataSink> sink)
{
    m_sink = sink;
    sink->TraceConnectWithoutContext("Rx", MakeCallback(&HandoverManager::OnDataRx, this));
}

void
HandoverManager::SetMnIndex(uint32_t index)
{
    m_mnIndex = index;
}

HandoverManager::State
HandoverManager::GetState() const
{
    return m_state;
}

uint32_t
HandoverManager::GetCurrentInterface() const
{
    return m_current < 0 ? 0 : static_cast<uint32_t>(m_current);
}

uint32_t
HandoverManager::GetHandoverCount() const
{
    return m_handovers;
}

void
HandoverManager::Start(uint32_t initial)
{
    NS_LOG_FUNCTION(this << initial);
    NS_ABORT_MSG_UNLESS(initial < m_interfaces.size(), "no interface " << initial);
    NS_ABORT_MSG_UNLESS(m_scheme, "set a HandoverScheme before Start");
    Ptr<Node> node = m_interfaces[initial].adapter->GetDevice()->GetNode();
    m_socket = Socket::CreateSocket(node, TypeId::LookupByName("ns3::UdpSocketFactory"));
    m_socket->Bind();
    m_socket->SetRecvCallback(MakeCallback(&HandoverManager::HandleBindingAck, this));
    Ptr<Ipv4> ipv4 = node->GetObject<Ipv4>();
    for (uint32_t i = 0; i < m_interfaces.size(); ++i)
    {
        if (i != initial)
        {
            m_interfaces[i].adapter->Detach();
            ipv4->SetDown(m_interfaces[i].ipInterface);
        }
    }
    m_initial = true;
    m_target = static_cast<int32_t>(initial);
    ++m_token;
    SwitchToState(L2_ATTACH);
}

bool
HandoverManager::TriggerHandover(uint32_t target)
{
    NS_LOG_FUNCTION(this << target);
    NS_ABORT_MSG_UNLESS(target < m_interfaces.size(), "no interface " << target);
    // From DISCONNECTED the MN may also go back to the link it failed to leave.
    if ((m_state != CONNECTED && m_state != DISCONNECTED) ||
        (m_state == CONNECTED && static_cast<int32_t>(target) == m_current))
    {
        NS_LOG_INFO("mn " << m_mnIndex << ": trigger to " << target << " ignored in "
                          << StateName(m_state));
        return false;
    }
    BeginHandover(static_cast<int32_t>(target), false);
    return true;
}

bool
HandoverManager::PhaseOf(State state, HandoverPhase& phase)
{
    switch (state)
    {
    case DETECTION:
        phase = HandoverPhase::DETECTION;
        return true;
    case TARGET_SELECTION:
        phase = HandoverPhase::SELECTION;
        return true;
    case PROACTIVE_SECURITY:
        phase = HandoverPhase::PROACTIVE_SECURITY;
        return true;
    case L2_ATTACH:
        phase = HandoverPhase::L2_ATTACH;
        return true;
    case REACTIVE_SECURITY:
        phase = HandoverPhase::REACTIVE_SECURITY;
        return true;
    case L3_CONFIG:
        phase = HandoverPhase::L3_CONFIG;
        return true;
    case BINDING:
        phase = HandoverPhase::BINDING;
        return true;
    case WAIT_FIRST_DATA:
        phase = HandoverPhase::FIRST_DATA;
        return true;
    default:
        return false;
    }
}

bool
HandoverManager::IsLegal(State from, State to)
{
    // Every handover state may fail back to CONNECTED or DISCONNECTED.
    HandoverPhase unused;
    if ((to == CONNECTED || to == DISCONNECTED) && PhaseOf(from, unused))
    {
        return true;
    }
    switch (from)
    {
    case IDLE:
        return to == L2_ATTACH; // initial attach
    case CONNECTED:
    case DISCONNECTED:
        return to == DETECTION;
    case DETECTION:
        return to == TARGET_SELECTION;
    case TARGET_SELECTION:
        return to == PROACTIVE_SECURITY;
    case PROACTIVE_SECURITY:
        return to == L2_ATTACH;
    case L2_ATTACH:
        return to == REACTIVE_SECURITY || to == L3_CONFIG; // L3_CONFIG: initial attach
    case REACTIVE_SECURITY:
        return to == L3_CONFIG;
    case L3_CONFIG:
        return to == BINDING;
    case BINDING:
        return to == WAIT_FIRST_DATA;
    case WAIT_FIRST_DATA:
        return false; // only CONNECTED/DISCONNECTED, handled above
    }
    return false;
}

void
HandoverManager::SwitchToState(State newState)
{
    State oldState = m_state;
    NS_LOG_INFO("mn " << m_mnIndex << " " << StateName(oldState) << " --> " << StateName(newState));
    if (!IsLegal(oldState, newState))
    {
        NS_FATAL_ERROR("HandoverManager of mn " << m_mnIndex << ": illegal transition "
                                                << StateName(oldState) << " --> "
                                                << StateName(newState));
    }
    m_state = newState;
    m_stateTrace(oldState, newState);

    HandoverPhase phase;
    if (!m_initial && PhaseOf(oldState, phase))
    {
        auto i = static_cast<std::size_t>(phase);
        m_record.phaseEnd[i] = Simulator::Now();
        m_record.phaseRan[i] = !m_failing;
        m_phaseEndTrace(m_record.handover, HandoverPhaseName(phase));
    }
    if (!m_initial && PhaseOf(newState, phase))
    {
        m_record.phaseStart[static_cast<std::size_t>(phase)] = Simulator::Now();
        m_phaseStartTrace(m_record.handover, HandoverPhaseName(phase));
    }

    switch (newState)
    {
    case DETECTION:
        EnterDetection();
        break;
    case TARGET_SELECTION:
        EnterTargetSelection();
        break;
    case PROACTIVE_SECURITY:
        EnterProactiveSecurity();
        break;
    case L2_ATTACH:
        EnterL2Attach();
        break;
    case REACTIVE_SECURITY:
        EnterReactiveSecurity();
        break;
    case L3_CONFIG:
        EnterL3Config();
        break;
    case BINDING:
        EnterBinding();
        break;
    case WAIT_FIRST_DATA:
        EnterWaitFirstData();
        break;
    case CONNECTED:
        EnterConnected();
        break;
    case DISCONNECTED:
    case IDLE:
        break;
    }
}

void
HandoverManager::SwitchLater(State newState)
{
    Simulator::ScheduleNow(&HandoverManager::SwitchIfCurrent, this, m_token, newState);
}

void
HandoverManager::SwitchIfCurrent(uint64_t token, State newState)
{
    if (token == m_token)
    {
        SwitchToState(newState);
    }
}

void
HandoverManager::BeginHandover(int32_t target, bool linkLost)
{
    NS_LOG_FUNCTION(this << target << linkLost);
    EndLossWatch(); // late packets of the previous handover no longer count
    ++m_token;
    m_initial = false;
    m_failing = false;
    m_linkLost = linkLost;
    m_target = target;
    m_record = HandoverRecord();
    m_record.run = RngSeedManager::GetRun();
    m_record.mn = m_mnIndex;
    m_record.handover = m_handovers++;
    m_record.scheme = m_scheme->GetName();
    m_record.fromLink = m_current >= 0 ? m_interfaces[m_current].adapter->GetLinkType() : "-";
    m_record.start = Simulator::Now();
    m_handoverStartTrace(m_record.handover, m_record.fromLink);
    SwitchToState(DETECTION);
}

void
HandoverManager::EnterDetection()
{
    // A lost link was really lost after its last data packet: detection started there.
    if (m_linkLost && m_haveRx && m_lastRxIf == m_current && m_lastRxTime < Simulator::Now())
    {
        m_record.phaseStart[static_cast<std::size_t>(HandoverPhase::DETECTION)] = m_lastRxTime;
        m_record.start = m_lastRxTime;
    }
    SwitchLater(TARGET_SELECTION);
}

int32_t
HandoverManager::SelectTarget() const
{
    for (uint32_t i = 0; i < m_interfaces.size(); ++i)
    {
        if (static_cast<int32_t>(i) != m_current && m_interfaces[i].adapter->IsAvailable())
        {
            return static_cast<int32_t>(i);
        }
    }
    return -1;
}

void
HandoverManager::EnterTargetSelection()
{
    if (m_target < 0)
    {
        m_target = SelectTarget();
    }
    if (m_target < 0)
    {
        Fail("no-target");
        return;
    }
    m_record.toLink = m_interfaces[m_target].adapter->GetLinkType();
    SwitchLater(PROACTIVE_SECURITY);
}

HandoverContext
HandoverManager::MakeContext() const
{
    HandoverContext context;
    const Interface& to = m_interfaces.at(m_target);
    context.mn = to.adapter->GetDevice()->GetNode();
    context.mnIndex = m_mnIndex;
    context.handover = m_record.handover;
    context.fromLink = m_record.fromLink;
    context.toLink = to.adapter->GetLinkType();
    if (m_current >= 0)
    {
        context.fromDevice = m_interfaces[m_current].adapter->GetDevice();
        context.fromRouter = m_interfaces[m_current].router;
    }
    context.toDevice = to.adapter->GetDevice();
    context.toRouter = to.router;
    context.homeAddress = m_homeAddress;
    context.careOfAddress = to.address;
    context.toRouter6 = to.router6;
    context.careOfAddress6 = to.address6;
    if (m_current >= 0)
    {
        context.fromRouter6 = m_interfaces[m_current].router6;
    }
    return context;
}

void
HandoverManager::EnterProactiveSecurity()
{
    m_timer = Simulator::Schedule(m_securityTimeout,
                                  &HandoverManager::Timeout,
                                  this,
                                  std::string("security-timeout"));
    // The completions carry a copy of this handover's token (bound as the first argument), so
    // that a late completion of an abandoned handover is ignored.
    m_scheme->Proactive(MakeContext(),
                        MakeCallback(&HandoverManager::ProactiveDone, this).Bind(m_token));
}

void
HandoverManager::ProactiveDone(uint64_t token, bool ok, std::string reason)
{
    if (token != m_token || m_state != PROACTIVE_SECURITY)
    {
        return;
    }
    m_timer.Cancel();
    if (!ok)
    {
        Fail("security:" + reason);
        return;
    }
    SwitchLater(L2_ATTACH);
}

void
HandoverManager::EnterL2Attach()
{
    Ptr<Ipv4> ipv4 = m_interfaces[m_target].adapter->GetDevice()->GetNode()->GetObject<Ipv4>();
    if (!m_initial && m_current >= 0)
    {
        // The last data packet on the old link is known now: we are leaving it.
        if (m_haveRx && m_lastRxIf == m_current)
        {
            m_record.lastOldData = m_lastRxTime;
            m_record.hasLastOldData = true;
        }
        m_lastOldSeq = m_lastRxSeq;
        m_loss.Begin(m_lastOldSeq);
        Interface& old = m_interfaces[m_current];
        old.adapter->Detach();
        ipv4->SetDown(old.ipInterface);
    }
    m_timer = Simulator::Schedule(m_attachTimeout,
                                  &HandoverManager::Timeout,
                                  this,
                                  std::string("l2-timeout"));
    m_interfaces[m_target].adapter->Attach(
        MakeCallback(&HandoverManager::AttachDone, this).Bind(m_token));
}

void
HandoverManager::AttachDone(uint64_t token, bool ok, std::string reason)
{
    if (token != m_token || m_state != L2_ATTACH)
    {
        return;
    }
    m_timer.Cancel();
    if (!ok)
    {
        Fail("l2:" + reason);
        return;
    }
    SwitchLater(m_initial ? L3_CONFIG : REACTIVE_SECURITY);
}

void
HandoverManager::EnterReactiveSecurity()
{
    m_timer = Simulator::Schedule(m_securityTimeout,
                                  &HandoverManager::Timeout,
                                  this,
                                  std::string("security-timeout"));
    m_scheme->Reactive(MakeContext(),
                       MakeCallback(&HandoverManager::ReactiveDone, this).Bind(m_token));
}

void
HandoverManager::ReactiveDone(uint64_t token, bool ok, std::string reason)
{
    if (token != m_token || m_state != REACTIVE_SECURITY)
    {
        return;
    }
    m_timer.Cancel();
    if (!ok)
    {
        Fail("security:" + reason);
        return;
    }
    SwitchLater(L3_CONFIG);
}

void
HandoverManager::EnterL3Config()
{
    Interface& to = m_interfaces[m_target];
    Ptr<Ipv4> ipv4 = to.adapter->GetDevice()->GetNode()->GetObject<Ipv4>();
    ipv4->SetUp(to.ipInterface);
    Ipv4StaticRoutingHelper helper;
    Ptr<Ipv4StaticRouting> routing = helper.GetStaticRouting(ipv4);
    NS_ABORT_MSG_UNLESS(routing, "the MN needs Ipv4StaticRouting");
    for (uint32_t i = routing->GetNRoutes(); i-- > 0;)
    {
        if (routing->GetRoute(i).IsDefault())
        {
            routing->RemoveRoute(i);
        }
    }
    routing->SetDefaultRoute(to.router, to.ipInterface);
    Ptr<Ipv6> ipv6 = to.adapter->GetDevice()->GetNode()->GetObject<Ipv6>();
    if (!to.router6.IsAny() && ipv6)
    {
        Ipv6StaticRoutingHelper helper6;
        Ptr<Ipv6StaticRouting> routing6 = helper6.GetStaticRouting(ipv6);
        NS_ABORT_MSG_UNLESS(routing6, "the MN needs Ipv6StaticRouting");
        for (uint32_t i = routing6->GetNRoutes(); i-- > 0;)
        {
            if (routing6->GetRoute(i).IsDefault())
            {
                routing6->RemoveRoute(i);
            }
        }
        routing6->SetDefaultRoute(to.router6, ipv6->GetInterfaceForDevice(to.adapter->GetDevice()));
    }
    m_current = m_target;
    SwitchLater(BINDING);
}

void
HandoverManager::EnterBinding()
{
    m_bindingAttempts = 0;
    SendBindingUpdate();
}

void
HandoverManager::SendBindingUpdate()
{
    ++m_bindingAttempts;
    ++m_bindingSequence;
    BindingHeader update;
    update.SetType(BindingHeader::BINDING_UPDATE);
    update.SetSequence(m_bindingSequence);
    update.SetMn(m_mnIndex);
    update.SetHomeAddress(m_homeAddress);
    update.SetCareOfAddress(m_interfaces[m_target].address);
    Ptr<Packet> packet = Create<Packet>();
    packet->AddHeader(update);
    NS_LOG_INFO("mn " << m_mnIndex << " sends " << update);
    m_socket->SendTo(packet, 0, InetSocketAddress(m_anchorAddress, m_anchorPort));
    m_timer = Simulator::Schedule(m_bindingTimeout, &HandoverManager::BindingTimeout, this);
}

void
HandoverManager::BindingTimeout()
{
    if (m_state != BINDING)
    {
        return;
    }
    if (m_bindingAttempts > m_bindingRetries)
    {
        Fail("binding-timeout");
        return;
    }
    SendBindingUpdate();
}

void
HandoverManager::HandleBindingAck(Ptr<Socket> socket)
{
    Address from;
    Ptr<Packet> packet;
    while ((packet = socket->RecvFrom(from)))
    {
        Ptr<const Packet> received = packet->Copy();
        BindingHeader ack;
        std::string reason = BindingHeader::ParseExpecting(packet, BindingHeader::BINDING_ACK, ack);
        if (reason.empty() && (m_state != BINDING || ack.GetSequence() != m_bindingSequence))
        {
            reason = "stale"; // a late or replayed ack must not complete another binding
        }
        if (!reason.empty())
        {
            NS_LOG_WARN("mn " << m_mnIndex << " drops a binding message: " << reason);
            m_bindingDropTrace(received, reason);
            continue;
        }
        m_timer.Cancel();
        if (ack.GetStatus() != BindingHeader::ACCEPTED)
        {
            Fail("binding-rejected");
            return;
        }
        if (m_initial)
        {
            SwitchLater(CONNECTED);
        }
        else
        {
            SwitchLater(WAIT_FIRST_DATA);
        }
    }
}

void
HandoverManager::EnterWaitFirstData()
{
    if (m_record.hasFirstNewData)
    {
        Complete();
        return;
    }
    m_timer = Simulator::Schedule(m_firstDataTimeout,
                                  &HandoverManager::Timeout,
                                  this,
                                  std::string("no-data"));
}

void
HandoverManager::OnDataRx(Ptr<const Packet> /* packet */, uint32_t sequence, uint32_t device)
{
    int32_t itf = -1;
    for (uint32_t i = 0; i < m_interfaces.size(); ++i)
    {
        if (m_interfaces[i].adapter->GetDevice()->GetIfIndex() == device)
        {
            itf = static_cast<int32_t>(i);
            break;
        }
    }
    m_haveRx = true;
    m_lastRxSeq = sequence;
    m_lastRxTime = Simulator::Now();
    m_lastRxIf = itf;
    if (m_loss.Observe(sequence) && m_state == CONNECTED)
    {
        LateGapPacket();
    }
    bool running = m_state == L3_CONFIG || m_state == BINDING || m_state == WAIT_FIRST_DATA;
    if (!m_initial && running && itf == m_target && !m_record.hasFirstNewData)
    {
        m_record.hasFirstNewData = true;
        m_record.firstNewData = Simulator::Now();
        m_firstNewSeq = sequence;
        if (m_state == WAIT_FIRST_DATA)
        {
            Complete();
        }
    }
}

void
HandoverManager::Complete()
{
    NS_LOG_FUNCTION(this);
    m_timer.Cancel();
    m_record.end = m_record.firstNewData;
    m_loss.SetFirstNew(m_firstNewSeq);
    m_record.lostPackets = m_loss.GetLost();
    if (!m_record.hasLastOldData && m_lastOldSeq == 0)
    {
        m_record.lostPackets = 0; // no data before this handover
        m_loss.Stop();
    }
    else
    {
        // packets of the gap may still arrive (late tunnelled ones): keep counting a while
        m_lossHandover = m_record.handover;
        m_lossTimer = Simulator::Schedule(m_lossGracePeriod, &HandoverManager::EndLossWatch, this);
    }
    m_record.result = "ok";
    m_scheme->FillRecord(MakeContext(), m_record);
    SwitchToState(CONNECTED);
    HandoverRecord record = m_record;
    if (m_recorder)
    {
        m_recorder->Record(record);
    }
    m_handoverEndTrace(record);
}

void
HandoverManager::LateGapPacket()
{
    const uint32_t lost = m_loss.GetLost();
    NS_LOG_INFO("mn " << m_mnIndex << " handover " << m_lossHandover
                      << ": a late packet of the gap arrived, " << lost << " lost now");
    if (m_recorder)
    {
        m_recorder->UpdateLostPackets(m_mnIndex, m_lossHandover, lost);
    }
    m_lossUpdateTrace(m_lossHandover, lost);
}

void
HandoverManager::EndLossWatch()
{
    m_lossTimer.Cancel();
    m_loss.Stop();
}

void
HandoverManager::Timeout(std::string reason)
{
    NS_LOG_FUNCTION(this << reason);
    Fail(reason);
}

void
HandoverManager::Fail(const std::string& reason)
{
    NS_LOG_INFO("mn " << m_mnIndex << " handover fails in " << StateName(m_state) << ": "
                      << reason);
    m_timer.Cancel();
    bool beforeDetach =
        m_state == DETECTION || m_state == TARGET_SELECTION || m_state == PROACTIVE_SECURITY;
    bool stillConnected =
        beforeDetach && m_current >= 0 && m_interfaces[m_current].adapter->IsAttached();
    if (m_state == WAIT_FIRST_DATA)
    {
        stillConnected = true; // bound on the new link, only the data is missing
    }
    if (m_initial)
    {
        NS_LOG_WARN("mn " << m_mnIndex << ": initial attach failed: " << reason);
        m_failing = true;
        ++m_token;
        SwitchToState(DISCONNECTED);
        m_failing = false;
        return;
    }
    if (m_target >= 0 && !beforeDetach && m_state != WAIT_FIRST_DATA)
    {
        // A failed attach leaves nothing half-up behind.
        m_interfaces[m_target].adapter->Detach();
    }
    if (m_target >= 0 && m_scheme)
    {
        m_scheme->Abort(MakeContext());
    }
    m_record.result = "failed:" + reason;
    m_record.end = Simulator::Now();
    m_record.lostPackets = 0;
    m_loss.Stop();
    if (m_target >= 0 && m_scheme)
    {
        m_scheme->FillRecord(MakeContext(), m_record);
    }
    m_failing = true;
    ++m_token; // late callbacks of this handover are ignored
    SwitchToState(stillConnected ? CONNECTED : DISCONNECTED);
    m_failing = false;
    HandoverRecord record = m_record;
    if (m_recorder)
    {
        m_recorder->Record(record);
    }
    m_handoverEndTrace(record);
}

void
HandoverManager::EnterConnected()
{
    // Events that arrived during the handover are looked at again now, after this event.
    Simulator::ScheduleNow(&HandoverManager::Reevaluate, this);
}

void
HandoverManager::Reevaluate()
{
    if (m_state != CONNECTED || m_current < 0)
    {
        return;
    }
    if (!m_interfaces[m_current].adapter->IsAttached())
    {
        BeginHandover(-1, true);
        return;
    }
    if (m_reactToLinkUp)
    {
        for (int32_t i = 0; i < m_current; ++i)
        {
            if (m_interfaces[i].adapter->IsAvailable())
            {
                BeginHandover(i, false);
                return;
            }
        }
    }
}

void
HandoverManager::OnLinkEvent(Ptr<LinkAdapter> adapter, bool up)
{
    int32_t itf = -1;
    for (uint32_t i = 0; i < m_interfaces.size(); ++i)
    {
        if (m_interfaces[i].adapter == adapter)
        {
            itf = static_cast<int32_t>(i);
        }
    }
    NS_LOG_INFO("mn " << m_mnIndex << " link " << adapter->GetLinkType() << " (" << itf << ") "
                      << (up ? "up" : "down") << " in " << StateName(m_state));
    if (m_state == CONNECTED && !up && itf == m_current)
    {
        BeginHandover(-1, true);
    }
    else if (m_state == CONNECTED && up && m_reactToLinkUp && itf < m_current)
    {
        BeginHandover(itf, false);
    }
    else if (m_state == DISCONNECTED && up && itf >= 0)
    {
        BeginHandover(itf, false);
    }
}

} // namespace ns3
