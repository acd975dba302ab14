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

} // namespace cascade
