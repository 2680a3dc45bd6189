/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_NONE_HANDOVER_SCHEME_H
#define SECURE_HANDOVER_NONE_HANDOVER_SCHEME_H

#include "handover-scheme.h"

namespace ns3
{

/**
 * \ingroup secure-handover
 * \brief The baseline scheme "none": no security signalling, both hooks complete at once.
 *
 * Every secure scheme is compared with it: the difference in latency is the cost of security.
 */
class NoneHandoverScheme : public HandoverScheme
{
  public:
    /**
     * \brief Get the type ID.
     * \return the object TypeId
     */
    static TypeId GetTypeId();

    NoneHandoverScheme();
    ~NoneHandoverScheme() override;

    std::string GetName() const override;
    void Proactive(const HandoverContext& context, DoneCallback done) override;
    void Reactive(const HandoverContext& context, DoneCallback done) override;
};

} // namespace ns3

#endif /* SECURE_HANDOVER_NONE_HANDOVER_SCHEME_H */
