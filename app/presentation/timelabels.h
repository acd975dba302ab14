// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/event.h"
#include "core/model/time.h"
#include "core/timeline/histogram.h"

#include <QColor>
#include <QString>
#include <QTimeZone>

#include <cstdint>
#include <vector>

namespace cascade {

// Texts and colours of the timeline. Times are shown in the case's display zone, and
// the zone is always named somewhere next to them (DisplayFormat::zoneName). Durations
// are DisplayFormat::duration's.

// "Sun 17 Jan 2010 11:52 (America/Port-au-Prince)"; seconds are shown when not zero
// ("11:52:20"), milliseconds never.
QString formatCursorTime(TimeMs time, const QTimeZone &zone);
// "17 Jan 10:45", with seconds when not zero (hover and tooltips; no zone).
QString formatShortTime(TimeMs time, const QTimeZone &zone);
// A bucket's time range: "11:45–11:50", "11:52:00–11:52:30", "17 Jan–18 Jan".
QString formatBucketRange(TimeMs start, TimeMs end, const QTimeZone &zone);
// "11:45–11:50: 3 reposts, 1 quote" ("no events" for an empty bucket).
QString formatBucketSummary(const HistogramBucket &bucket, const QTimeZone &zone);
// The zone's offset at `time`: "UTC−05:00", "UTC+01:00".
QString formatUtcOffset(TimeMs time, const QTimeZone &zone);
// 950, 12.5k, 1.2M, 3B: compact counts for axis labels.
QString formatCompactCount(std::int64_t value);

// One labelled tick of the time axis.
struct TimeTick {
    TimeMs time = 0;
    QString label;
};
// Ticks every `step` in [start, end], aligned to the display zone's wall clock (on the
// hour, on the 5 minutes, at midnight...). Labels: "10:45" ("10:45:30" below a minute),
// "Sun 17 Jan" for day steps, and the date in front ("17 Jan 10:00") on the first tick
// and wherever the day changes.
std::vector<TimeTick> timeTicks(TimeMs start, TimeMs end, TimeMs step, const QTimeZone &zone);

// The legend name of an event kind, plural: "Posts", "Reposts", "Replies", "Quotes",
// "Offline contacts"; and singular/plural for counts: "1 repost", "3 reposts".
QString eventKindPlural(EventKind kind);
QString eventKindCount(EventKind kind, int count);

// Distinct colours for the event kinds, from the Okabe-Ito palette (told apart with the
// common colour-vision deficiencies): post blue, repost orange, reply bluish green,
// quote reddish purple, offline vermillion.
QColor eventKindColor(EventKind kind);

} // namespace cascade
