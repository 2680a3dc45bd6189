/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_RECORD_H
#define SECURE_HANDOVER_HANDOVER_RECORD_H

#include "ns3/nstime.h"

#include <array>
#include <cstdint>
#include <string>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief The phases of a handover, in the order the handover manager runs them.
 *
 * The names (HandoverPhaseName) are contracts: they become the `<phase>_ms` columns of
 * handovers.csv.
 */
enum class HandoverPhase : uint8_t
{
    DETECTION = 0,          //!< from the last data packet on the old link to the trigger
    SELECTION = 1,          //!< choosing the target interface
    PROACTIVE_SECURITY = 2, //!< the scheme's hook before the old link is left
    L2_ATTACH = 3,          //!< leaving the old link and attaching on the new one
    REACTIVE_SECURITY = 4,  //!< the scheme's hook after the new link is attached
    L3_CONFIG = 5,          //!< interface up, default route through the new access router
    BINDING = 6,            //!< binding update to the anchor and its acknowledgement
    FIRST_DATA = 7          //!< waiting for the first data packet on the new link
};

/// The number of handover phases.
constexpr std::size_t HANDOVER_PHASE_COUNT = 8;

/**
 * \brief The name of a phase, as used in traces and CSV columns ("l2_attach", ...).
 * \param phase the phase
 * \return its lower-case name
 */
std::string HandoverPhaseName(HandoverPhase phase);

/**
 * \brief The phase with the given index.
 * \param index 0 .. HANDOVER_PHASE_COUNT - 1
 * \return the phase
 */
HandoverPhase HandoverPhaseFromIndex(std::size_t index);

/**
 * \ingroup secure-handover
 * \brief What the latency recorder keeps about one handover.
 */
/**
 * \ingroup secure-handover
 * \brief What a security scheme reports about one handover (the scheme-specific CSV columns).
 *
 * Each scheme fills the fields it knows in HandoverScheme::FillRecord; the others keep these
 * defaults, which mean "not applicable".
 */
struct HandoverSecurityRecord
{
    // IEEE 802.21.1 MIS schemes
    std::string saMethod{"none"}; //!< "optimized", "full" or "none"
    uint32_t chainHops{0};        //!< optimised SAs in a row, this one included (0 if full)
    bool exposed{false};          //!< derived from a key a compromised PoS could know
    double misSignallingMs{0};    //!< MIS signalling time inside the handover
    // Handover keys (HKP) and FMIPv6 schemes
    std::string hkSource{"none"}; //!< "fresh", "verified" or "none"
    double hkpMs{0};              //!< HKReq/HKResp time inside the handover
    std::string fbuAuth{"none"};  //!< "ok", "fail" or "none"
    uint32_t tunnelledPackets{0}; //!< packets the PAR tunnelled to the NAR
    // 802.16 TEK schemes
    std::string tekSource{"none"}; //!< "counter", "legacy", "cached", "reused" or "none"
    double interruptionMs{-1};     //!< last data at the serving BS to first data decrypted at
                                   //!< the target; negative if not applicable
    double resyncMs{0};            //!< time the target BS spent self-synchronising
    uint32_t resyncAttempts{0};    //!< forced CMAC_KEY_COUNT increments at the target BS
    uint32_t droppedPdus{0};       //!< MPDUs dropped by CCM or PN checks during the handover
    uint32_t replaysDetected{0};   //!< MPDUs refused as replays during the handover
};

struct HandoverRecord
{
    uint64_t run{0};             //!< RngRun of the simulation
    uint32_t mn{0};              //!< index of the mobile node in the scenario
    uint32_t handover{0};        //!< index of the handover of this mobile node (from 0)
    std::string scheme;          //!< security scheme name
    std::string fromLink;        //!< link type left ("wifi", "wimax", "csma")
    std::string toLink;          //!< link type reached
    Time start;                  //!< start of the handover (start of detection)
    Time end;                    //!< end of the handover (first data packet, or failure)
    Time lastOldData;            //!< last data packet received on the old link
    Time firstNewData;           //!< first data packet received on the new link
    bool hasLastOldData{false};  //!< whether lastOldData is known
    bool hasFirstNewData{false}; //!< whether firstNewData is known
    std::array<Time, HANDOVER_PHASE_COUNT> phaseStart{}; //!< start of each phase
    std::array<Time, HANDOVER_PHASE_COUNT> phaseEnd{};   //!< end of each phase
    std::array<bool, HANDOVER_PHASE_COUNT> phaseRan{};   //!< whether each phase ran to its end
    uint32_t lostPackets{0};                             //!< data packets lost during the handover
    std::string result{"ok"};                            //!< "ok" or "failed:<reason>"
    HandoverSecurityRecord security;                     //!< filled by the scheme

    /**
     * \return true if the handover succeeded
     */
    bool IsOk() const;

    /**
     * \brief Total latency: last data packet on the old link to first data packet on the new
     *        one (from the handover start if no data had arrived on the old link).
     * \return the latency in milliseconds, or a negative value if the handover failed
     */
    double GetLatencyMs() const;

    /**
     * \param phase a phase
     * \return its duration in milliseconds, or a negative value if it did not run to its end
     */
    double GetPhaseMs(HandoverPhase phase) const;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_HANDOVER_RECORD_H */
