// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace cascade {

// Dense integer ids: indexes into the vectors of a Case. They are stable only while
// the Case is not restructured (load, import); never store them across files.
using ActorId = std::int32_t;
using EventId = std::int32_t;
using RoleId = std::int32_t;
using SourceId = std::int32_t;

inline constexpr ActorId kNoActor = -1;
inline constexpr EventId kNoEvent = -1;
inline constexpr RoleId kNoRole = -1;
inline constexpr SourceId kNoSource = -1;

// One key for the link between two actors, whichever way it goes: (a, b) and (b, a)
// give the same key. For hash maps of links.
constexpr std::uint64_t linkKey(ActorId a, ActorId b)
{
    const auto lo = static_cast<std::uint32_t>(a < b ? a : b);
    const auto hi = static_cast<std::uint32_t>(a < b ? b : a);
    return (std::uint64_t{lo} << 32) | hi;
}

// A key for an ordered pair of ids (first, second), e.g. an event and an actor.
constexpr std::uint64_t orderedPairKey(std::int32_t first, std::int32_t second)
{
    return (std::uint64_t{static_cast<std::uint32_t>(first)} << 32) | static_cast<std::uint32_t>(second);
}

} // namespace cascade
