// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/time.h"

#include <cstdint>
#include <vector>

class QTimeZone;

namespace cascade {

// Time-axis maths on a display zone's wall clock: where buckets start and where ticks
// fall, so that they land on round local times (on the hour, on the 5 minutes, at local
// midnight) whatever the zone's offset. The timeline, its labels and the slides' time
// strip all use these.

// a / b rounded towards minus infinity (b != 0).
TimeMs floorDiv(TimeMs a, TimeMs b);

// The zone's offset from UTC at `t`, in ms (0 for an invalid zone).
TimeMs zoneOffsetAt(TimeMs t, const QTimeZone &zone);

// `t` rounded down to a multiple of `step` on the zone's wall clock; for a step of a day
// or more, down to local midnight. A step <= 0 returns `t`.
TimeMs alignDownToWallClock(TimeMs t, TimeMs step, const QTimeZone &zone);

// The most ticks wallClockTicks() returns.
inline constexpr std::int64_t kMaxWallClockTicks = 10'000;

// Tick times every `step` in [start, end]: the first is the earliest wall-clock aligned
// time (as alignDownToWallClock()) at or after `start`, the others follow it by `step`
// (the offset at `start` is used throughout, so a DST change inside the range keeps the
// ticks evenly spaced). Empty when step <= 0, end < start, or more than
// kMaxWallClockTicks ticks would be needed.
std::vector<TimeMs> wallClockTicks(TimeMs start, TimeMs end, TimeMs step, const QTimeZone &zone);

} // namespace cascade
