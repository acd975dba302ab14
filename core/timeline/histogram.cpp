// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline/histogram.h"

#include "core/timeline/timeindex.h"

#include <algorithm>

namespace cascade {

namespace {

// The number of buckets of `width` covering [from, to], or -1 when the request is invalid.
std::int64_t bucketCount(TimeMs from, TimeMs to, TimeMs width)
{
    if (width <= 0 || to < from)
        return -1;
    const std::int64_t count = (to - from) / width + 1;
    return count > kMaxHistogramBuckets ? -1 : count;
}

} // namespace

std::int32_t HistogramBucket::total() const
{
    std::int32_t n = 0;
    for (std::int32_t c : counts)
        n += c;
    return n;
}

std::vector<HistogramBucket> eventHistogram(const TimeIndex &index, TimeMs from, TimeMs to, TimeMs width)
{
    const std::int64_t count = bucketCount(from, to, width);
    if (count < 0)
        return {};
    std::vector<HistogramBucket> buckets(static_cast<std::size_t>(count));
    for (std::int64_t i = 0; i < count; ++i) {
        buckets[static_cast<std::size_t>(i)].start = from + i * width;
        buckets[static_cast<std::size_t>(i)].end = from + (i + 1) * width;
    }
    // Bucket b holds the events at positions [positionBefore(b.start), positionBefore(b.end));
    // per kind, count that kind's events in the range.
    std::array<std::span<const EventId>::iterator, kEventKindCount> cursor;
    const int first = index.positionBefore(from);
    for (int k = 0; k < kEventKindCount; ++k) {
        const auto events = index.eventsOfKind(static_cast<EventKind>(k));
        cursor[static_cast<std::size_t>(k)] = std::lower_bound(events.begin(), events.end(), first);
    }
    for (HistogramBucket &b : buckets) {
        const int end = index.positionBefore(b.end);
        for (int k = 0; k < kEventKindCount; ++k) {
            const auto events = index.eventsOfKind(static_cast<EventKind>(k));
            auto &it = cursor[static_cast<std::size_t>(k)];
            const auto next = std::lower_bound(it, events.end(), end);
            b.counts[static_cast<std::size_t>(k)] = static_cast<std::int32_t>(next - it);
            it = next;
        }
    }
    return buckets;
}

std::int64_t cumulativeExposureAt(const TimeIndex &index, TimeMs t)
{
    return index.cumulativeExposure(index.positionAt(t));
}

std::vector<ExposurePoint> exposureCurve(const TimeIndex &index, TimeMs from, TimeMs to, TimeMs width)
{
    const std::int64_t count = bucketCount(from, to, width);
    if (count < 0)
        return {};
    std::vector<ExposurePoint> points;
    points.reserve(static_cast<std::size_t>(count) + 1);
    for (std::int64_t i = 0; i < count; ++i) {
        const TimeMs t = from + i * width;
        points.push_back({t, cumulativeExposureAt(index, t)});
    }
    if (points.back().time != to)
        points.push_back({to, cumulativeExposureAt(index, to)});
    return points;
}

TimeMs niceBucketWidth(TimeMs span, int targetBuckets)
{
    static constexpr TimeMs kSteps[] = {
        kMsPerSecond, 5 * kMsPerSecond, 10 * kMsPerSecond, 30 * kMsPerSecond,
        kMsPerMinute, 5 * kMsPerMinute, 10 * kMsPerMinute, 15 * kMsPerMinute, 30 * kMsPerMinute,
        kMsPerHour, 2 * kMsPerHour, 3 * kMsPerHour, 6 * kMsPerHour, 12 * kMsPerHour,
        kMsPerDay, 2 * kMsPerDay, 7 * kMsPerDay, 14 * kMsPerDay, 30 * kMsPerDay,
    };
    targetBuckets = std::max(1, targetBuckets);
    span = std::max<TimeMs>(0, span);
    for (TimeMs step : kSteps)
        if (span / step + 1 <= targetBuckets)
            return step;
    const TimeMs month = 30 * kMsPerDay;
    const TimeMs months = span / month / targetBuckets + 1;
    return months * month;
}

} // namespace cascade
