/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_CRYPTO_COST_MODEL_H
#define SECURE_HANDOVER_CRYPTO_COST_MODEL_H

#include "ns3/event-id.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/simulator.h"
#include "ns3/traced-callback.h"

#include <array>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace ns3
{

class Node;

/**
 * \ingroup secure-handover
 * \brief The simulated CPU time of the cryptography one node computes.
 *
 * Every primitive is really computed by model/crypto; this model only says how long it takes
 * in simulated time: cost = CpuScale * (fixed + per-block * ceil(octets / block size)), with a
 * block of 64 octets for HMAC and 16 octets for everything else. Aggregate one to a Node
 * (HandoverScenarioHelper::Build does it for every node); a node without one computes for free.
 *
 * The node has one CPU: Charge() occupies it, so work charged at the same time is serialised
 * and finishes at GetIdleTime(). Protocol agents release the result of their work (a frame, a
 * delivery up the stack, a response) when the CPU is idle again, which keeps the order of the
 * packets of one connection.
 */
class CryptoCostModel : public Object
{
  public:
    /// The operations the module computes.
    enum Operation : uint8_t
    {
        HMAC_SHA1,      //!< HMAC-SHA1 (octets: message)
        HMAC_SHA256,    //!< HMAC-SHA256 (octets: message)
        AES_CMAC,       //!< AES-CMAC (octets: message)
        AES_BLOCK,      //!< raw AES-128 block encryptions (octets: 16 per block)
        AES_CCM_SEAL,   //!< AES-CCM encryption and tag (octets: plaintext)
        AES_CCM_OPEN,   //!< AES-CCM decryption and tag check (octets: ciphertext)
        AES_KEY_WRAP,   //!< RFC 3394 key wrap (octets: key data)
        AES_KEY_UNWRAP, //!< RFC 3394 key unwrap (octets: key data)
        KBKDF_CMAC,     //!< SP 800-108 counter KDF with CMAC (octets: output)
        DOT16_KDF,      //!< 802.16 Dot16KDF (AES-CMAC; octets: output)
        PRF_PLUS,       //!< IKEv2-style prf+ over HMAC (octets: output)
        OPERATION_COUNT //!< number of operations (not an operation)
    };

    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    CryptoCostModel();
    ~CryptoCostModel() override;

    /**
     * \param op an operation
     * \return its name ("AesCcmSeal", ...), also the prefix of its Attributes
     */
    static std::string GetOperationName(Operation op);

    /**
     * \param op an operation
     * \return the octets of one of its blocks (64 for HMAC, 16 otherwise)
     */
    static std::size_t GetBlockSize(Operation op);

    /**
     * \brief The simulated time of one call, without occupying the CPU.
     * \param op the operation
     * \param octets the length the operation depends on (see Operation)
     * \return CpuScale * (fixed + per-block * ceil(octets / block size))
     */
    Time GetCost(Operation op, std::size_t octets) const;

    /**
     * \brief Charge one operation to a node: occupy its CPU for the cost and fire "Charged".
     * \param node the node that computes
     * \param op the operation
     * \param octets the length the operation depends on
     * \return the cost, or zero if the node has no CryptoCostModel
     */
    static Time Charge(Ptr<Node> node, Operation op, std::size_t octets);

    /**
     * \param node a node
     * \return when the node's CPU has finished all the work charged so far (now if idle or
     *         if the node has no CryptoCostModel)
     */
    static Time GetIdleTime(Ptr<Node> node);

    /**
     * \param node a node
     * \return how long from now until the node's CPU is idle (zero without a model)
     */
    static Time GetDelayUntilIdle(Ptr<Node> node);

    /**
     * \brief Run (obj->*method)(args...) when the node's CPU has finished the work charged so
     *        far: at once if it is idle and nothing is pending, else as an event kept in
     *        pending. Release times never decrease and events of one time run in the order
     *        they were scheduled, so actions keep the order in which they were asked for.
     * \param node the node whose CPU did the work
     * \param pending the caller's pending releases (expired ones are dropped here)
     * \param method the action
     * \param obj the object to run it on
     * \param args its arguments
     */
    template <typename Method, typename Obj, typename... Args>
    static void RunWhenIdle(Ptr<Node> node,
                            std::vector<EventId>& pending,
                            Method method,
                            Obj obj,
                            Args... args)
    {
        PruneExpired(pending);
        Time delay = GetDelayUntilIdle(node);
        if (delay.IsZero() && pending.empty())
        {
            (obj->*method)(args...);
            return;
        }
        pending.push_back(Simulator::Schedule(delay, method, obj, args...));
    }

    /**
     * \brief Cancel the pending releases of a caller (DoDispose, or leaving a cell).
     * \param pending the releases
     */
    static void CancelPending(std::vector<EventId>& pending);

    /**
     * TracedCallback signature for a charged operation.
     * \param operation the operation's name
     * \param octets the length charged
     * \param cost the simulated CPU time
     */
    typedef void (*ChargedTracedCallback)(const std::string& operation,
                                          std::size_t octets,
                                          Time cost);

  private:
    /**
     * \brief Drop the releases that have run or were cancelled.
     * \param pending the releases
     */
    static void PruneExpired(std::vector<EventId>& pending);

    /// Costs by operation (per call, or per block).
    using CostTable = std::array<Time, OPERATION_COUNT>;

    /**
     * \brief Attribute setter of one operation's entry in a cost table.
     * \param cost the cost
     */
    template <Operation Op, CostTable CryptoCostModel::*Table>
    void SetTableCost(Time cost)
    {
        (this->*Table)[Op] = cost;
    }

    /**
     * \return one operation's entry in a cost table (Attribute getter)
     */
    template <Operation Op, CostTable CryptoCostModel::*Table>
    Time GetTableCost() const
    {
        return (this->*Table)[Op];
    }

    /**
     * \brief Add the Attribute of one operation's entry in a cost table.
     * \param tid the TypeId being built
     * \param name the Attribute name
     * \param help its help text
     * \param defaultNs its default (ns)
     */
    template <Operation Op, CostTable CryptoCostModel::*Table>
    static void AddCostAttribute(TypeId& tid,
                                 const std::string& name,
                                 const std::string& help,
                                 int64_t defaultNs);

    /**
     * \brief Add the two Attributes of one operation.
     * \param tid the TypeId being built
     */
    template <Operation Op>
    static void AddOperationAttributes(TypeId& tid);

    /**
     * \brief Add the Attributes of every operation.
     * \param tid the TypeId being built
     */
    template <std::size_t... I>
    static void AddAllOperationAttributes(TypeId& tid, std::index_sequence<I...>);

    /**
     * \brief Occupy the CPU for cost after the work already charged.
     * \param op the operation
     * \param octets the length
     * \return the cost
     */
    Time Occupy(Operation op, std::size_t octets);

    CostTable m_fixed;    //!< cost per call, by operation
    CostTable m_perBlock; //!< cost per block, by operation
    double m_cpuScale;    //!< multiplies every cost
    Time m_busyUntil;     //!< the CPU is busy until then
    TracedCallback<const std::string&, std::size_t, Time> m_chargedTrace; //!< Charged
};

} // namespace ns3

#endif /* SECURE_HANDOVER_CRYPTO_COST_MODEL_H */
