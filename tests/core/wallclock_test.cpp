// SPDX-License-Identifier: GPL-3.0-or-later
// Time-axis maths on a display zone's wall clock (core/timeline/wallclock.h).
#include "core/timeline/wallclock.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

namespace cascade {
namespace {

// A wall-clock time in the zone, as TimeMs.
TimeMs at(const char *zone, int year, int month, int day, int hour, int minute, int second = 0)
{
    return fromDateTime(QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(zone)));
}

TEST(WallClock, FloorDivRoundsTowardsMinusInfinity)
{
    EXPECT_EQ(floorDiv(7, 2), 3);
    EXPECT_EQ(floorDiv(-7, 2), -4);
    EXPECT_EQ(floorDiv(-8, 2), -4);
    EXPECT_EQ(floorDiv(0, 5), 0);
    EXPECT_EQ(floorDiv(7, -2), -4);
}

TEST(WallClock, ZoneOffset)
{
    EXPECT_EQ(zoneOffsetAt(at("America/Port-au-Prince", 2010, 1, 17, 12, 0), QTimeZone("America/Port-au-Prince")),
              -5 * kMsPerHour);
    EXPECT_EQ(zoneOffsetAt(0, QTimeZone("Asia/Kolkata")), 5 * kMsPerHour + 30 * kMsPerMinute);
    EXPECT_EQ(zoneOffsetAt(0, QTimeZone::utc()), 0);
    EXPECT_EQ(zoneOffsetAt(0, QTimeZone()), 0);
}

TEST(WallClock, AlignDownRowByRow)
{
    const QTimeZone haiti("America/Port-au-Prince");
    const QTimeZone kolkata("Asia/Kolkata");
    struct Row {
        TimeMs t;
        TimeMs step;
        const QTimeZone *zone;
        TimeMs expected;
    };
    const Row rows[] = {
        // On the 5 minutes, the hour and local midnight in Port-au-Prince (UTC-5).
        {at("America/Port-au-Prince", 2010, 1, 17, 11, 52, 20), 5 * kMsPerMinute, &haiti,
         at("America/Port-au-Prince", 2010, 1, 17, 11, 50)},
        {at("America/Port-au-Prince", 2010, 1, 17, 11, 52, 20), kMsPerHour, &haiti,
         at("America/Port-au-Prince", 2010, 1, 17, 11, 0)},
        {at("America/Port-au-Prince", 2010, 1, 17, 1, 10), kMsPerDay, &haiti,
         at("America/Port-au-Prince", 2010, 1, 17, 0, 0)},
        // A week aligns to local midnight too, not to multiples of 7 days since 1970.
        {at("America/Port-au-Prince", 2010, 1, 17, 23, 59), 7 * kMsPerDay, &haiti,
         at("America/Port-au-Prince", 2010, 1, 17, 0, 0)},
        // A half-hour zone: the hour is the local hour.
        {at("Asia/Kolkata", 2010, 1, 17, 10, 45), kMsPerHour, &kolkata, at("Asia/Kolkata", 2010, 1, 17, 10, 0)},
        // Already aligned stays put; before 1970 rounds down, not towards zero.
        {at("America/Port-au-Prince", 2010, 1, 17, 11, 0), kMsPerHour, &haiti,
         at("America/Port-au-Prince", 2010, 1, 17, 11, 0)},
        {-1, kMsPerHour, nullptr, -kMsPerHour},
        {-kMsPerHour, kMsPerHour, nullptr, -kMsPerHour},
        // A step <= 0 changes nothing.
        {12345, 0, nullptr, 12345},
    };
    const QTimeZone utc = QTimeZone::utc();
    for (const Row &r : rows)
        EXPECT_EQ(alignDownToWallClock(r.t, r.step, r.zone ? *r.zone : utc), r.expected)
            << "t=" << r.t << " step=" << r.step;
}

TEST(WallClock, TicksStartOnTheFirstRoundTimeAndFollowByStep)
{
    const QTimeZone haiti("America/Port-au-Prince");
    const std::vector<TimeMs> half = wallClockTicks(at("America/Port-au-Prince", 2010, 1, 17, 9, 37),
                                                    at("America/Port-au-Prince", 2010, 1, 17, 11, 0),
                                                    30 * kMsPerMinute, haiti);
    ASSERT_EQ(half.size(), 3u);
    EXPECT_EQ(half[0], at("America/Port-au-Prince", 2010, 1, 17, 10, 0));
    EXPECT_EQ(half[1], at("America/Port-au-Prince", 2010, 1, 17, 10, 30));
    EXPECT_EQ(half[2], at("America/Port-au-Prince", 2010, 1, 17, 11, 0)); // the end is included

    const std::vector<TimeMs> days = wallClockTicks(at("America/Port-au-Prince", 2010, 1, 14, 15, 0),
                                                    at("America/Port-au-Prince", 2010, 1, 17, 3, 0), kMsPerDay, haiti);
    ASSERT_EQ(days.size(), 3u);
    EXPECT_EQ(days[0], at("America/Port-au-Prince", 2010, 1, 15, 0, 0));
    EXPECT_EQ(days[2], at("America/Port-au-Prince", 2010, 1, 17, 0, 0));

    // Nothing round inside the range, a reversed range, a zero step, too many ticks.
    EXPECT_TRUE(wallClockTicks(at("America/Port-au-Prince", 2010, 1, 17, 10, 5),
                               at("America/Port-au-Prince", 2010, 1, 17, 10, 20), kMsPerHour, haiti)
                    .empty());
    EXPECT_TRUE(wallClockTicks(100, 50, kMsPerSecond, haiti).empty());
    EXPECT_TRUE(wallClockTicks(0, kMsPerDay, 0, haiti).empty());
    EXPECT_TRUE(wallClockTicks(0, kMaxWallClockTicks * kMsPerSecond, kMsPerSecond, haiti).empty());
    EXPECT_EQ(wallClockTicks(0, (kMaxWallClockTicks - 1) * kMsPerSecond, kMsPerSecond, QTimeZone::utc()).size(),
              static_cast<std::size_t>(kMaxWallClockTicks));
}

} // namespace
} // namespace cascade
