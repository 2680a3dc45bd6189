/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_MANAGER_H
#define SECURE_HANDOVER_HANDOVER_MANAGER_H

#include "handover-loss-counter.h"
#include "handover-record.h"
#include "handover-scheme.h"
#include "link-adapter.h"

#include "ns3/event-id.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"

#include <string>
#include <vector>

namespace ns3
{

class HandoverDataSink;
class LatencyRecorder;
class Packet;
class Socket;

/**
 * \ingroup secure-handover
 * \brief The mobile node's handover manager: it reacts to link events, selects a target
 *        interface and drives a handover through its phases.
 *
 * Phases (see HandoverPhase): detection, target selection, proactive security (the scheme's
 * hook, old link still up), layer-2 attach (leave the old link, attach the new one), reactive
 * security (the scheme's hook), layer-3 configuration (interface up, default route through the
 * new access router), binding (a BindingHeader update to the MobilityAnchor through the new
 * access router, and its acknowledgement), and the first data packet on the new link.
 *
 * Each phase is a State; SwitchToState is the only place the state changes: it logs
 * old -> new, fires the State trace, closes and opens the phases and runs the entry action, and
 * aborts on an illegal transition. Every handover ends in one HandoverRecord given to the
 * LatencyRecorder, "ok" or "failed:<reason>" (no-target, security:<reason>,
 * security-timeout, l2-timeout, binding-timeout, binding-rejected, no-data).
 *
 * Handovers start from a scripted trigger (TriggerHandover), from a link-down event of the
 * active interface, or (ReactToLinkUp) from a link-up event of an interface preferred to the
 * active one; interfaces are preferred in the order they were added.
 */
class HandoverManager : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    HandoverManager();
    ~HandoverManager() override;

    /// The manager's states.
    enum State
    {
        IDLE,               //!< not started
        CONNECTED,          //!< bound and receiving on the current interface
        DISCONNECTED,       //!< no usable interface (after a failed handover)
        DETECTION,          //!< a handover was triggered
        TARGET_SELECTION,   //!< choosing the target interface
        PROACTIVE_SECURITY, //!< the scheme's proactive hook runs
        L2_ATTACH,          //!< attaching at layer 2 on the target
        REACTIVE_SECURITY,  //!< the scheme's reactive hook runs
        L3_CONFIG,          //!< configuring layer 3 on the target
        BINDING,            //!< waiting for the binding acknowledgement
        WAIT_FIRST_DATA     //!< waiting for the first data packet on the target
    };

    /**
     * \param state a state
     * \return its name
     */
    static std::string StateName(State state);

    /**
     * TracedCallback signature for state changes.
     * \param [in] oldState the state left
     * \param [in] newState the state entered
     */
    typedef void (*StateTracedCallback)(State oldState, State newState);

    /**
     * TracedCallback signature for phase boundaries.
     * \param [in] handover the handover index
     * \param [in] phase the phase name
     */
    typedef void (*PhaseTracedCallback)(uint32_t handover, const std::string& phase);

    /**
     * TracedCallback signature for the start of a handover.
     * \param [in] handover the handover index
     * \param [in] fromLink the link type being left
     */
    typedef void (*HandoverStartTracedCallback)(uint32_t handover, const std::string& fromLink);

    /**
     * TracedCallback signature for a corrected loss count.
     * \param [in] handover the handover index
     * \param [in] lostPackets its loss count now
     */
    typedef void (*LossUpdateTracedCallback)(uint32_t handover, uint32_t lostPackets);

    /**
     * \brief Add an interface; the order of calls is the order of preference.
     * \param adapter the adapter, bound to the MN's device (its IPv4 address already assigned)
     * \param accessRouter the access router's address on that access link
     * \param accessRouter6 its IPv6 address there, or :: if the link has no IPv6 prefix; if
     *        given, the MN's IPv6 default route follows the handovers too
     * \return the interface's index in the manager
     */
    uint32_t AddInterface(Ptr<LinkAdapter> adapter,
                          Ipv4Address accessRouter,
                          Ipv6Address accessRouter6 = Ipv6Address::GetAny());

    /**
     * \return the number of interfaces
     */
    uint32_t GetNInterfaces() const;

    /**
     * \param i an interface index
     * \return its adapter
     */
    Ptr<LinkAdapter> GetAdapter(uint32_t i) const;

    /**
     * \param scheme the security scheme (installed on this node now)
     */
    void SetScheme(Ptr<HandoverScheme> scheme);

    /**
     * \return the security scheme
     */
    Ptr<HandoverScheme> GetScheme() const;

    /**
     * \param recorder where handover records go
     */
    void SetRecorder(Ptr<LatencyRecorder> recorder);

    /**
     * \param sink the MN's data sink, whose packets time the handovers
     */
    void SetDataSink(Ptr<HandoverDataSink> sink);

    /**
     * \param index the MN's index in the scenario (the "mn" column)
     */
    void SetMnIndex(uint32_t index);

    /**
     * \brief Start: bring every other interface down and attach on the initial one now.
     * \param initial the interface index to attach first
     */
    void Start(uint32_t initial);

    /**
     * \brief A scripted trigger: hand over to the given interface now.
     * \param target the target interface index
     * \return false (and nothing happens) if a handover is running, or if the MN is connected
     *         and target is the current interface
     */
    bool TriggerHandover(uint32_t target);

    /**
     * \return the state
     */
    State GetState() const;

    /**
     * \return the index of the current (or last) interface
     */
    uint32_t GetCurrentInterface() const;

    /**
     * \return the number of handovers started
     */
    uint32_t GetHandoverCount() const;

  protected:
    void DoDispose() override;

  private:
    /// One interface of the MN.
    struct Interface
    {
        Ptr<LinkAdapter> adapter; //!< the link adapter
        uint32_t ipInterface;     //!< IPv4 interface index
        Ipv4Address router;       //!< the access router on that link
        Ipv4Address address;      //!< the MN's address on that link (care-of address)
        Ipv6Address router6;      //!< the access router's IPv6 address, or ::
        Ipv6Address address6;     //!< the MN's global IPv6 address on that link, or ::
    };

    /**
     * \brief The one place where the state changes.
     * \param newState the state to enter
     */
    void SwitchToState(State newState);
    /**
     * \brief Schedule a state change for now, after the current event.
     * \param newState the state
     */
    void SwitchLater(State newState);
    /**
     * \brief The event SwitchLater schedules: enter the state unless a newer handover began
     *        since (the token changed).
     * \param token the handover the change belongs to
     * \param newState the state
     */
    void SwitchIfCurrent(uint64_t token, State newState);
    /**
     * \param state a state
     * \return the phase the state times, or false
     * \param phase set to the phase if any
     */
    static bool PhaseOf(State state, HandoverPhase& phase);
    /**
     * \param from state left
     * \param to state entered
     * \return whether the transition is legal
     */
    static bool IsLegal(State from, State to);

    /**
     * \brief Begin a handover.
     * \param target the target interface, or -1 to select one
     * \param linkLost whether the current link was lost (detection starts at its last packet)
     */
    void BeginHandover(int32_t target, bool linkLost);
    /**
     * \brief End the running handover with a failure.
     * \param reason the reason, without "failed:"
     */
    void Fail(const std::string& reason);
    /// End the running handover successfully.
    void Complete();
    /// Look for a reason to hand over (entering CONNECTED or DISCONNECTED).
    void Reevaluate();
    /**
     * \return the first available interface other than the current one, or -1
     */
    int32_t SelectTarget() const;
    /**
     * \return the context given to the scheme
     */
    HandoverContext MakeContext() const;
    /// Send (or resend) the binding update.
    void SendBindingUpdate();
    /// A late packet filled a hole of the last handover's gap: correct its record.
    void LateGapPacket();
    /// Stop counting late packets of the last handover.
    void EndLossWatch();

    /// \name Entry actions
    /// @{
    void EnterDetection();         //!< DETECTION
    void EnterTargetSelection();   //!< TARGET_SELECTION
    void EnterProactiveSecurity(); //!< PROACTIVE_SECURITY
    void EnterL2Attach();          //!< L2_ATTACH
    void EnterReactiveSecurity();  //!< REACTIVE_SECURITY
    void EnterL3Config();          //!< L3_CONFIG
    void EnterBinding();           //!< BINDING
    void EnterWaitFirstData();     //!< WAIT_FIRST_DATA
    void EnterConnected();         //!< CONNECTED
    /// @}

    /// \name Completions and events
    /// @{
    /**
     * \brief The proactive hook finished.
     * \param token the handover it belongs to
     * \param ok outcome
     * \param reason reason if not ok
     */
    void ProactiveDone(uint64_t token, bool ok, std::string reason);
    /**
     * \brief The reactive hook finished.
     * \param token the handover it belongs to
     * \param ok outcome
     * \param reason reason if not ok
     */
    void ReactiveDone(uint64_t token, bool ok, std::string reason);
    /**
     * \brief Layer-2 attach finished.
     * \param token the handover it belongs to
     * \param ok outcome
     * \param reason reason if not ok
     */
    void AttachDone(uint64_t token, bool ok, std::string reason);
    /**
     * \brief A phase timer expired.
     * \param reason the failure reason
     */
    void Timeout(std::string reason);
    /// The binding timer expired.
    void BindingTimeout();
    /**
     * \brief A binding acknowledgement may have arrived.
     * \param socket the socket
     */
    void HandleBindingAck(Ptr<Socket> socket);
    /**
     * \brief A link event from an adapter.
     * \param adapter the adapter
     * \param up whether the link went up
     */
    void OnLinkEvent(Ptr<LinkAdapter> adapter, bool up);
    /**
     * \brief A data packet arrived.
     * \param packet the packet
     * \param sequence its sequence number
     * \param device the index of the device it arrived on
     */
    void OnDataRx(Ptr<const Packet> packet, uint32_t sequence, uint32_t device);
    /// @}

    // Attributes
    Ipv4Address m_homeAddress;   //!< stable address
    Ipv4Address m_anchorAddress; //!< the anchor's address
    uint16_t m_anchorPort;       //!< the anchor's binding port
    Time m_attachTimeout;        //!< layer-2 attach limit
    Time m_securityTimeout;      //!< limit of each security hook
    Time m_bindingTimeout;       //!< binding retransmission timer
    uint32_t m_bindingRetries;   //!< binding retransmissions
    Time m_firstDataTimeout;     //!< limit for the first data packet
    bool m_reactToLinkUp;        //!< hand over to a preferred interface when it comes up
    Time m_lossGracePeriod;      //!< how long late packets of a gap still count

    // State
    State m_state;                       //!< current state
    std::vector<Interface> m_interfaces; //!< interfaces, by preference
    int32_t m_current;                   //!< current (or last) interface, -1 before start
    int32_t m_target;                    //!< target of the running handover
    bool m_initial;                      //!< the running attach is the initial one
    bool m_linkLost;                     //!< the running handover started from a link loss
    bool m_failing;                      //!< leaving a phase because of a failure
    uint32_t m_mnIndex;                  //!< MN index
    uint32_t m_handovers;                //!< handovers started
    uint64_t m_token;                    //!< identifies the running handover for callbacks
    uint16_t m_bindingSequence;          //!< last binding sequence number sent
    uint32_t m_bindingAttempts;          //!< binding updates sent in this handover
    EventId m_timer;                     //!< phase timer
    HandoverRecord m_record;             //!< the running handover's record

    // Data
    bool m_haveRx;              //!< any data received
    uint32_t m_lastRxSeq;       //!< last sequence number received
    Time m_lastRxTime;          //!< when
    int32_t m_lastRxIf;         //!< on which interface
    uint32_t m_lastOldSeq;      //!< last sequence number on the old link (this handover)
    uint32_t m_firstNewSeq;     //!< first sequence number on the new link (this handover)
    HandoverLossCounter m_loss; //!< the gap of this (or the last) handover
    uint32_t m_lossHandover;    //!< the handover m_loss counts for, once it ended
    EventId m_lossTimer;        //!< end of its grace period

    Ptr<HandoverScheme> m_scheme;    //!< security scheme
    Ptr<LatencyRecorder> m_recorder; //!< records
    Ptr<HandoverDataSink> m_sink;    //!< data sink
    Ptr<Socket> m_socket;            //!< binding socket

    TracedCallback<State, State> m_stateTrace;                                //!< State
    TracedCallback<uint32_t, const std::string&> m_phaseStartTrace;           //!< PhaseStart
    TracedCallback<uint32_t, const std::string&> m_phaseEndTrace;             //!< PhaseEnd
    TracedCallback<uint32_t, const std::string&> m_handoverStartTrace;        //!< HandoverStart
    TracedCallback<const HandoverRecord&> m_handoverEndTrace;                 //!< HandoverEnd
    TracedCallback<Ptr<const Packet>, const std::string&> m_bindingDropTrace; //!< BindingDrop
    TracedCallback<uint32_t, uint32_t> m_lossUpdateTrace;                     //!< LossUpdate
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_MANAGER_H */
