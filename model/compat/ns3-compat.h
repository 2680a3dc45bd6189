/*
 * SPDX-License-Identifier: GPL-2.0-only
 *
 * Author: secure-handover developers
 */

#ifndef SECURE_HANDOVER_NS3_COMPAT_H
#define SECURE_HANDOVER_NS3_COMPAT_H

// Bridges ns-3 API drift between 3.37 (Debian) and current releases without relying on
// ns3/version-defines.h, which an ns-3 source tree generates only with --enable-build-version
// (an in-tree build would otherwise pick up a stale installed copy).

#include "ns3/enum.h"

namespace ns3
{
namespace compat
{

/**
 * \brief MakeEnumAccessor for ns-3.41 and later, which takes the enum type explicitly.
 * \param member the member or setter/getter
 * \return the accessor
 */
template <typename E, typename M>
auto
EnumAccessor(M member, int) -> decltype(ns3::MakeEnumAccessor<E>(member))
{
    return ns3::MakeEnumAccessor<E>(member);
}

/**
 * \brief MakeEnumAccessor before ns-3.41, which deduces everything from the member.
 * \param member the member or setter/getter
 * \return the accessor
 */
template <typename E, typename M>
auto
EnumAccessor(M member, long) -> decltype(ns3::MakeEnumAccessor(member))
{
    return ns3::MakeEnumAccessor(member);
}

} // namespace compat
} // namespace ns3

/**
 * \ingroup secure-handover
 * \brief An enum Attribute accessor that compiles on every supported ns-3 (overload resolution
 *        picks the form this ns-3 accepts; the int overload wins where both do).
 */
#define SECURE_HANDOVER_ENUM_ACCESSOR(Type, member) ns3::compat::EnumAccessor<Type>(member, 0)

#endif /* SECURE_HANDOVER_NS3_COMPAT_H */
