// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline/wallclock.h"

#include <QDateTime>
#include <QTimeZone>

namespace cascade {

TimeMs floorDiv(TimeMs a, TimeMs b)
{
    const TimeMs q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

TimeMs zoneOffsetAt(TimeMs t, const QTimeZone &zone)
{
    if (!zone.isValid())
        return 0;
    return static_cast<TimeMs>(toDateTime(t, zone).offsetFromUtc()) * kMsPerSecond;
}

TimeMs alignDownToWallClock(TimeMs t, TimeMs step, const QTimeZone &zone)
{
    if (step <= 0)
        return t;
    const TimeMs unit = step >= kMsPerDay ? kMsPerDay : step;
    const TimeMs offset = zoneOffsetAt(t, zone);
    return floorDiv(t + offset, unit) * unit - offset;
}

std::vector<TimeMs> wallClockTicks(TimeMs start, TimeMs end, TimeMs step, const QTimeZone &zone)
{
    std::vector<TimeMs> ticks;
    if (step <= 0 || end < start || (end - start) / step >= kMaxWallClockTicks)
        return ticks;
    TimeMs first = alignDownToWallClock(start, step, zone);
    const TimeMs unit = step >= kMsPerDay ? kMsPerDay : step;
    while (first < start)
        first += unit;
    if (first > end)
        return ticks;
    ticks.reserve(static_cast<std::size_t>((end - first) / step + 1));
    for (TimeMs t = first; t <= end; t += step)
        ticks.push_back(t);
    return ticks;
}

} // namespace cascade
