// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's texts and label placement: time ticks in a display zone, cursor and
// duration texts, compact counts, and the rows of milestone titles.
#include "app/presentation/timelabels.h"
#include "app/timeline/milestonemarkers.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

#include <random>

using namespace cascade;

namespace {

const QTimeZone &haitiZone()
{
    static const QTimeZone zone("America/Port-au-Prince");
    return zone;
}

TimeMs local(int day, int hour, int minute, int second = 0)
{
    return fromDateTime(QDateTime(QDate(2010, 1, day), QTime(hour, minute, second), haitiZone()));
}

TEST(TimelineLabels, CursorTimeNamesTheZone)
{
    ASSERT_TRUE(haitiZone().isValid());
    EXPECT_EQ(formatCursorTime(local(17, 11, 52), haitiZone()), QStringLiteral("Sun 17 Jan 2010 11:52 (America/Port-au-Prince)"));
    EXPECT_EQ(formatCursorTime(local(17, 11, 52, 20) + 345, haitiZone()),
              QStringLiteral("Sun 17 Jan 2010 11:52:20 (America/Port-au-Prince)"));
    // The same instant in UTC.
    EXPECT_EQ(formatCursorTime(local(17, 11, 52), QTimeZone::utc()), QStringLiteral("Sun 17 Jan 2010 16:52 (UTC)"));
    EXPECT_EQ(formatShortTime(local(17, 10, 45), haitiZone()), QStringLiteral("17 Jan 10:45"));
}

TEST(TimelineLabels, TicksFollowTheZonesWallClock)
{
    const std::vector<TimeTick> ticks = timeTicks(local(17, 9, 37), local(17, 12, 10), 30 * kMsPerMinute, haitiZone());
    const QStringList expected = {QStringLiteral("17 Jan 10:00"), QStringLiteral("10:30"), QStringLiteral("11:00"),
                                  QStringLiteral("11:30"), QStringLiteral("12:00")};
    ASSERT_EQ(ticks.size(), static_cast<std::size_t>(expected.size()));
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        EXPECT_EQ(ticks[i].label, expected[static_cast<qsizetype>(i)]);
        EXPECT_EQ(ticks[i].time, local(17, 10, 0) + static_cast<TimeMs>(i) * 30 * kMsPerMinute);
    }
    // Crossing midnight puts the date on the first tick of the new day.
    const std::vector<TimeTick> night = timeTicks(local(17, 22, 10), local(18, 1, 30), kMsPerHour, haitiZone());
    ASSERT_EQ(night.size(), 3u);
    EXPECT_EQ(night[0].label, QStringLiteral("17 Jan 23:00"));
    EXPECT_EQ(night[1].label, QStringLiteral("18 Jan 00:00"));
    EXPECT_EQ(night[2].label, QStringLiteral("01:00"));
    EXPECT_EQ(night[2].time, local(18, 1, 0));
    // Day steps fall on local midnight.
    const std::vector<TimeTick> days = timeTicks(local(14, 15, 0), local(17, 3, 0), kMsPerDay, haitiZone());
    ASSERT_EQ(days.size(), 3u);
    EXPECT_EQ(days[0].time, local(15, 0, 0));
    EXPECT_EQ(days[0].label, QStringLiteral("Fri 15 Jan"));
    EXPECT_EQ(days[2].label, QStringLiteral("Sun 17 Jan"));
    // Seconds below a minute.
    const std::vector<TimeTick> fine = timeTicks(local(17, 11, 52, 3), local(17, 11, 52, 40), 10 * kMsPerSecond, haitiZone());
    ASSERT_EQ(fine.size(), 4u); // 10, 20, 30, 40: the end is included
    EXPECT_EQ(fine[0].label, QStringLiteral("17 Jan 11:52:10"));
    EXPECT_EQ(fine[1].label, QStringLiteral("11:52:20"));
    EXPECT_EQ(fine[3].time, local(17, 11, 52, 40));
    EXPECT_TRUE(timeTicks(local(17, 10, 0), local(17, 9, 0), kMsPerHour, haitiZone()).empty());
}

TEST(TimelineLabels, BucketSummaryAndOffset)
{
    HistogramBucket b;
    b.start = local(17, 11, 45);
    b.end = local(17, 11, 50);
    EXPECT_EQ(formatBucketSummary(b, haitiZone()), QStringLiteral("11:45\u201311:50: no events"));
    b.counts[static_cast<std::size_t>(EventKind::Repost)] = 3;
    b.counts[static_cast<std::size_t>(EventKind::Quote)] = 1;
    EXPECT_EQ(formatBucketSummary(b, haitiZone()), QStringLiteral("11:45\u201311:50: 3 reposts, 1 quote"));
    b.end = b.start + 30 * kMsPerSecond;
    EXPECT_TRUE(formatBucketSummary(b, haitiZone()).startsWith(QStringLiteral("11:45:00\u201311:45:30: ")));
    EXPECT_EQ(formatUtcOffset(local(17, 12, 0), haitiZone()), QStringLiteral("UTC\u221205:00"));
    EXPECT_EQ(formatUtcOffset(local(17, 12, 0), QTimeZone::utc()), QStringLiteral("UTC+00:00"));
    EXPECT_EQ(formatUtcOffset(0, QTimeZone("Asia/Kolkata")), QStringLiteral("UTC+05:30"));
}

TEST(TimelineLabels, CountsAndKinds)
{
    EXPECT_EQ(formatCompactCount(950), QStringLiteral("950"));
    EXPECT_EQ(formatCompactCount(45'000), QStringLiteral("45k"));
    EXPECT_EQ(formatCompactCount(1'500'000), QStringLiteral("1.5M"));
    EXPECT_EQ(formatCompactCount(2'000'000), QStringLiteral("2M"));
    EXPECT_EQ(formatCompactCount(3'000'000'000), QStringLiteral("3B"));
    EXPECT_EQ(eventKindCount(EventKind::Reply, 1), QStringLiteral("1 reply"));
    EXPECT_EQ(eventKindCount(EventKind::Reply, 3), QStringLiteral("3 replies"));
    EXPECT_EQ(eventKindCount(EventKind::Repost, 2), QStringLiteral("2 reposts"));
    // Five different colours.
    for (int a = 0; a < kEventKindCount; ++a)
        for (int b = a + 1; b < kEventKindCount; ++b)
            EXPECT_NE(eventKindColor(static_cast<EventKind>(a)), eventKindColor(static_cast<EventKind>(b)));
}

TEST(MilestoneLabelPlacement, StacksThenElidesThenLeavesOut)
{
    // Room for everything on one row.
    std::vector<LabelSlot> spread = {{0, 80}, {200, 80}, {400, 80}};
    placeLabels(spread, 0, 1000, 3, 6, 44);
    for (const LabelSlot &s : spread) {
        EXPECT_EQ(s.row, 0);
        EXPECT_EQ(s.left, s.x);
        EXPECT_EQ(s.shownWidth, s.width);
    }
    // Close markers go up a row.
    std::vector<LabelSlot> close = {{100, 80}, {120, 80}, {140, 80}};
    placeLabels(close, 0, 1000, 3, 6, 44);
    EXPECT_EQ(close[0].row, 0);
    EXPECT_EQ(close[1].row, 1);
    EXPECT_EQ(close[2].row, 2);
    // One row only: the previous title is shortened to make room.
    std::vector<LabelSlot> squeezed = {{0, 100}, {60, 100}};
    placeLabels(squeezed, 0, 1000, 1, 6, 44);
    EXPECT_EQ(squeezed[0].row, 0);
    EXPECT_EQ(squeezed[0].shownWidth, 54);
    EXPECT_EQ(squeezed[1].row, 0);
    EXPECT_EQ(squeezed[1].shownWidth, 100);
    // No room at all: left out.
    std::vector<LabelSlot> crowded = {{10, 100}, {12, 100}, {14, 100}};
    placeLabels(crowded, 0, 1000, 2, 6, 44);
    EXPECT_EQ(crowded[2].row, -1);
    // A title at the right edge ends there.
    std::vector<LabelSlot> edge = {{990, 100}};
    placeLabels(edge, 0, 1000, 3, 6, 44);
    EXPECT_EQ(edge[0].left, 900);
}

TEST(MilestoneLabelPlacement, PlacedTitlesNeverOverlap)
{
    std::mt19937 rng(5);
    for (int round = 0; round < 200; ++round) {
        const int n = std::uniform_int_distribution<int>(1, 30)(rng);
        const double width = std::uniform_int_distribution<int>(200, 1600)(rng);
        std::vector<LabelSlot> labels;
        for (int i = 0; i < n; ++i)
            labels.push_back({std::uniform_real_distribution<double>(0, width)(rng),
                              std::uniform_real_distribution<double>(30, 220)(rng)});
        std::sort(labels.begin(), labels.end(), [](const LabelSlot &a, const LabelSlot &b) { return a.x < b.x; });
        placeLabels(labels, 0, width, 3, 6, 44);
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const LabelSlot &a = labels[i];
            if (a.row < 0)
                continue;
            EXPECT_LT(a.row, 3);
            EXPECT_GE(a.left, 0);
            EXPECT_LE(a.left + a.shownWidth, width + 1e-9);
            EXPECT_LE(a.shownWidth, a.width);
            EXPECT_GE(a.shownWidth, std::min(a.width, 44.0));
            for (std::size_t j = i + 1; j < labels.size(); ++j) {
                const LabelSlot &b = labels[j];
                if (b.row != a.row)
                    continue;
                const bool apart = a.left + a.shownWidth + 6 <= b.left + 1e-9 || b.left + b.shownWidth + 6 <= a.left + 1e-9;
                EXPECT_TRUE(apart) << round << ": " << i << " and " << j;
            }
        }
    }
}

} // namespace
