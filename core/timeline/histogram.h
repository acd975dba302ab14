// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/event.h"
#include "core/model/time.h"

#include <array>
#include <cstdint>
#include <vector>

namespace cascade {

class TimeIndex;

// One bar of the volume chart: the events of each kind in [start, end).
struct HistogramBucket {
    TimeMs start = 0;
    TimeMs end = 0; // exclusive
    std::array<std::int32_t, kEventKindCount> counts{};

    std::int32_t count(EventKind kind) const { return counts[static_cast<std::size_t>(kind)]; }
    std::int32_t total() const;
    friend bool operator==(const HistogramBucket &, const HistogramBucket &) = default;
};

// The most buckets eventHistogram() and exposureCurve() return; beyond it they return
// nothing (the caller asked for a width far too small for its range).
inline constexpr std::int64_t kMaxHistogramBuckets = 1'000'000;

// Event counts per kind in buckets of `width` ms covering [from, to]: bucket i is
// [from + i*width, from + (i+1)*width), and the last one contains `to`. Each bucket costs
// a few binary searches, whatever the number of events. Empty when width <= 0,
// to < from or more than kMaxHistogramBuckets would be needed.
std::vector<HistogramBucket> eventHistogram(const TimeIndex &index, TimeMs from, TimeMs to, TimeMs width);

// A point of the cumulative potential-exposure curve: the total potential exposure (an
// upper bound, see ActorCounts::exposure) of the events at or before `time`.
struct ExposurePoint {
    TimeMs time = 0;
    std::int64_t cumulative = 0;
    friend bool operator==(const ExposurePoint &, const ExposurePoint &) = default;
};

// The curve sampled at from, from + width, ..., and at `to` itself (always the last
// point). Empty under the same conditions as eventHistogram().
std::vector<ExposurePoint> exposureCurve(const TimeIndex &index, TimeMs from, TimeMs to, TimeMs width);

// The total potential exposure as of time t.
std::int64_t cumulativeExposureAt(const TimeIndex &index, TimeMs t);

// A readable bucket width for a span shown with about `targetBuckets` bars: the smallest
// of 1 s, 5 s, 10 s, 30 s, 1, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, 1, 2, 7, 14, 30 days
// (then multiples of 30 days) giving at most targetBuckets buckets.
TimeMs niceBucketWidth(TimeMs span, int targetBuckets);

} // namespace cascade
