/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_HANDOVER_SCHEME_H
#define SECURE_HANDOVER_HANDOVER_SCHEME_H

#include "handover-record.h"

#include "ns3/callback.h"
#include "ns3/ipv4-address.h"
#include "ns3/ipv6-address.h"
#include "ns3/net-device.h"
#include "ns3/node.h"
#include "ns3/object.h"

#include <string>
#include <vector>

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief What a security scheme is told about the handover it secures.
 */
struct HandoverContext
{
    Ptr<Node> mn;               //!< the mobile node
    uint32_t mnIndex{0};        //!< its index in the scenario
    uint32_t handover{0};       //!< handover index of this mobile node
    std::string fromLink;       //!< link type left ("wifi", "wimax", "csma")
    std::string toLink;         //!< link type reached
    Ptr<NetDevice> fromDevice;  //!< the MN's interface on the old link (may be null)
    Ptr<NetDevice> toDevice;    //!< the MN's interface on the new link
    Ipv4Address fromRouter;     //!< the old access router (its address on the access link)
    Ipv4Address toRouter;       //!< the new access router (its address on the access link)
    Ipv4Address homeAddress;    //!< the MN's stable address, routed by the anchor
    Ipv4Address careOfAddress;  //!< the MN's address on the new access link
    Ipv6Address fromRouter6;    //!< the old access router's IPv6 address (or ::)
    Ipv6Address toRouter6;      //!< the new access router's IPv6 address (or ::)
    Ipv6Address careOfAddress6; //!< the MN's global IPv6 address on the new link (or ::)
};

/**
 * \ingroup secure-handover
 * \brief A handover security scheme: the hooks the handover manager calls at each handover.
 *
 * The manager calls Proactive() before it leaves the old link (the old link still works, so a
 * scheme can pre-authenticate or fetch keys through it), and Reactive() right after the MN is
 * attached at layer 2 on the new link (re-authentication, key confirmation). Each hook must call
 * its DoneCallback exactly once, now or later, with ok = false and a short reason (it becomes
 * "failed:security:<reason>") to abort the handover.
 *
 * Schemes are found by name through a registry: a scheme's .cc registers its name and TypeId
 * once with SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME, and the CLI's --scheme and the scenario
 * helper create it with CreateByName.
 */
class HandoverScheme : public Object
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    HandoverScheme();
    ~HandoverScheme() override;

    /// Completion of a hook: ok, and a short reason when not ok.
    typedef Callback<void, bool, std::string> DoneCallback;

    /**
     * \return the scheme's name as given to --scheme ("none", ...)
     */
    virtual std::string GetName() const = 0;

    /**
     * \brief Give the scheme the mobile node it serves; called once, before the simulation runs.
     * \param mn the mobile node
     */
    virtual void Install(Ptr<Node> mn);

    /**
     * \brief Proactive hook: runs before the MN detaches from the old link.
     * \param context the handover
     * \param done to be called once with the outcome
     */
    virtual void Proactive(const HandoverContext& context, DoneCallback done) = 0;

    /**
     * \brief Reactive hook: runs after the MN attached at layer 2 on the new link.
     * \param context the handover
     * \param done to be called once with the outcome
     */
    virtual void Reactive(const HandoverContext& context, DoneCallback done) = 0;

    /**
     * \brief The manager abandons the handover (timeout elsewhere); drop any pending state.
     * \param context the handover
     */
    virtual void Abort(const HandoverContext& context);

    /**
     * \brief Report the scheme's view of a finished handover (success or failure) in
     *        record.security; called just before the record is stored and traced.
     * \param context the handover
     * \param record the record to complete (the default leaves it unchanged)
     */
    virtual void FillRecord(const HandoverContext& context, HandoverRecord& record);

    /**
     * \brief Register a scheme name (done once per scheme, at static initialisation).
     * \param name the --scheme name
     * \param typeId the scheme's TypeId name, e.g. "ns3::NoneHandoverScheme"
     * \return true (for static initialisers)
     */
    static bool RegisterName(const std::string& name, const std::string& typeId);

    /**
     * \brief Create a scheme by its --scheme name.
     * \param name the name
     * \return the scheme, or nullptr if no scheme has that name
     */
    static Ptr<HandoverScheme> CreateByName(const std::string& name);

    /**
     * \return the registered scheme names, sorted
     */
    static std::vector<std::string> GetNames();
};

} // namespace ns3

/**
 * \brief Register a HandoverScheme subclass under a --scheme name; use once in its .cc file.
 * \param name the name, a string literal
 * \param type the class, in namespace ns3
 */
#define SECURE_HANDOVER_REGISTER_HANDOVER_SCHEME(name, type)                                       \
    static const bool g_##type##Registered [[maybe_unused]] =                                      \
        ::ns3::HandoverScheme::RegisterName(name, "ns3::" #type)

#endif /* SECURE_HANDOVER_HANDOVER_SCHEME_H */
