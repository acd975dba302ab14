// SPDX-License-Identifier: GPL-3.0-or-later
// The time engine: TimeIndex, Snapshot (incremental == from scratch), histograms, the
// exposure curve and the time axis maths.
#include "core/generate/generator.h"
#include "core/model/case.h"
#include "core/model/interaction.h"
#include "core/timeline/histogram.h"
#include "core/timeline/snapshot.h"
#include "core/timeline/timeaxis.h"
#include "core/timeline/timeindex.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

using namespace cascade;

namespace {

// A small random case built here (times with ties, reposts of reposts, offline contacts,
// mentions, self-reposts), independent of the generator.
Case randomCase(int actors, int events, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    Case c = makeEmptyCase();
    for (int a = 0; a < actors; ++a) {
        Actor actor;
        actor.handle = QStringLiteral("@a%1").arg(a);
        actor.followers = std::uniform_int_distribution<int>(0, 5000)(rng);
        actor.role = static_cast<RoleId>(a % 4);
        c.actors.push_back(actor);
    }
    TimeMs t = 1'000'000;
    for (int i = 0; i < events; ++i) {
        Event e;
        e.key = QStringLiteral("e%1").arg(i);
        t += std::uniform_int_distribution<int>(0, 3)(rng) * kMsPerMinute; // ties happen
        e.time = t;
        e.author = std::uniform_int_distribution<int>(0, actors - 1)(rng);
        const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
        if (i > 0 && kind < 6) {
            e.parent = std::uniform_int_distribution<int>(std::max(0, i - 30), i - 1)(rng);
            e.kind = kind < 3 ? EventKind::Repost : kind < 5 ? EventKind::Reply : EventKind::Quote;
        } else if (kind == 9) {
            e.kind = EventKind::Offline;
            e.reached.push_back(std::uniform_int_distribution<int>(0, actors - 1)(rng));
        }
        if (e.kind != EventKind::Repost && std::uniform_int_distribution<int>(0, 3)(rng) == 0)
            e.mentions.push_back(std::uniform_int_distribution<int>(0, actors - 1)(rng));
        if (i > 0 && std::uniform_int_distribution<int>(0, 7)(rng) == 0)
            e.promptedBy.push_back(std::uniform_int_distribution<int>(0, i - 1)(rng));
        c.events.push_back(e);
    }
    EXPECT_EQ(c.checkInvariants(), QString());
    return c;
}

// The counts as of `position`, computed straight from the definitions on the Case.
struct Reference {
    std::vector<ActorCounts> counts;
    std::set<ActorId> visible;
    int interactions = 0;
};

Reference referenceAt(const Case &c, int position)
{
    Reference r;
    r.counts.resize(c.actors.size());
    std::vector<Interaction> interactions;
    for (int i = 0; i < position; ++i) {
        const Event &e = c.events[static_cast<std::size_t>(i)];
        ActorCounts &mine = r.counts[static_cast<std::size_t>(e.author)];
        ++mine.authored[static_cast<std::size_t>(e.kind)];
        r.visible.insert(e.author);
        const std::int64_t f = c.actors[static_cast<std::size_t>(e.author)].followers;
        if (e.kind == EventKind::Post || e.kind == EventKind::Reply || e.kind == EventKind::Quote) {
            mine.exposure += f;
        } else if (e.kind == EventKind::Repost && e.parent != kNoEvent) {
            EventId p = e.parent;
            while (c.events[static_cast<std::size_t>(p)].kind == EventKind::Repost && c.events[static_cast<std::size_t>(p)].parent != kNoEvent)
                p = c.events[static_cast<std::size_t>(p)].parent;
            if (c.events[static_cast<std::size_t>(p)].kind != EventKind::Repost)
                r.counts[static_cast<std::size_t>(c.events[static_cast<std::size_t>(p)].author)].exposure += f;
        }
        interactions.clear();
        appendInteractions(c, i, interactions);
        for (const Interaction &in : interactions) {
            ++r.counts[static_cast<std::size_t>(in.to)].received[static_cast<std::size_t>(in.kind)];
            r.visible.insert(in.to);
            ++r.interactions;
        }
    }
    return r;
}

void expectMatchesReference(const Case &c, const Snapshot &s, const char *what)
{
    const Reference ref = referenceAt(c, s.position());
    ASSERT_EQ(s.allCounts().size(), ref.counts.size());
    for (std::size_t a = 0; a < ref.counts.size(); ++a) {
        ASSERT_EQ(s.allCounts()[a], ref.counts[a]) << what << ": actor " << a << " at position " << s.position();
        ASSERT_EQ(s.isVisible(static_cast<ActorId>(a)), ref.visible.count(static_cast<ActorId>(a)) == 1)
            << what << ": actor " << a << " at position " << s.position();
    }
    EXPECT_EQ(s.visibleActorCount(), static_cast<int>(ref.visible.size()));
    EXPECT_EQ(s.visibleInteractionCount(), ref.interactions);
    std::int64_t exposure = 0;
    for (const ActorCounts &ac : ref.counts)
        exposure += ac.exposure;
    EXPECT_EQ(s.totalExposure(), exposure);
}

// 1,000 random cursor moves (steps both ways, jumps, times outside the case), each
// checked against a from-scratch recomputation.
void runRandomMoves(const Case &c, std::uint32_t seed, bool checkpoints)
{
    const TimeIndex index(c);
    Snapshot s(index);
    s.setUseCheckpoints(checkpoints);
    std::mt19937 rng(seed);
    const int n = index.eventCount();
    int restored = 0, incremental = 0;
    for (int move = 0; move < 1000; ++move) {
        const int kind = std::uniform_int_distribution<int>(0, 3)(rng);
        if (kind == 0)
            s.setPosition(s.position() + std::uniform_int_distribution<int>(-3, 3)(rng));
        else if (kind == 1)
            s.setPosition(std::uniform_int_distribution<int>(0, n)(rng));
        else
            s.setTime(std::uniform_int_distribution<TimeMs>(index.startTime() - kMsPerHour, index.endTime() + kMsPerHour)(rng));
        (s.lastMove().restoredFrom >= 0 ? restored : incremental) += 1;
        ASSERT_EQ(s.lastMove().to, s.position());
        ASSERT_EQ(s.position() - s.lastMove().from,
                  (s.lastMove().restoredFrom >= 0 ? s.lastMove().restoredFrom - s.lastMove().from : 0)
                      + s.lastMove().applied - s.lastMove().reverted);
        expectMatchesReference(c, s, checkpoints ? "with checkpoints" : "without checkpoints");
        if (::testing::Test::HasFatalFailure())
            return;
    }
    EXPECT_GT(restored, 0);
    EXPECT_GT(incremental, 0);
    Snapshot fresh(index);
    fresh.setPosition(s.position());
    fresh.recompute();
    EXPECT_TRUE(std::equal(fresh.allCounts().begin(), fresh.allCounts().end(), s.allCounts().begin()));
}

} // namespace

TEST(TimeIndex, PositionsAreBinarySearchesOverEventTimes)
{
    const Case c = randomCase(10, 200, 7);
    const TimeIndex index(c);
    ASSERT_EQ(index.eventCount(), 200);
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const TimeMs t = c.events[i].time;
        const int at = index.positionAt(t);
        const int before = index.positionBefore(t);
        EXPECT_GT(at, static_cast<int>(i));
        EXPECT_LE(before, static_cast<int>(i));
        EXPECT_EQ(c.events[static_cast<std::size_t>(at - 1)].time, t);
        if (at < index.eventCount()) {
            EXPECT_GT(c.events[static_cast<std::size_t>(at)].time, t);
        }
        if (before > 0) {
            EXPECT_LT(c.events[static_cast<std::size_t>(before - 1)].time, t);
        }
    }
    EXPECT_EQ(index.positionAt(index.startTime() - 1), 0);
    EXPECT_EQ(index.positionAt(index.endTime()), 200);
}

TEST(TimeIndex, InteractionOffsetsFollowDeriveInteractions)
{
    const Case c = randomCase(12, 300, 3);
    const TimeIndex index(c);
    const std::vector<Interaction> all = deriveInteractions(c);
    ASSERT_EQ(index.interactionCount(index.eventCount()), static_cast<int>(all.size()));
    for (int p = 0; p <= index.eventCount(); p += 17) {
        const int count = index.interactionCount(p);
        for (int i = 0; i < count; ++i)
            ASSERT_LT(all[static_cast<std::size_t>(i)].event, p);
        if (count < static_cast<int>(all.size())) {
            EXPECT_GE(all[static_cast<std::size_t>(count)].event, p);
        }
    }
}

TEST(TimeIndex, ActorsAppearingBetweenTwoPositions)
{
    const Case c = randomCase(30, 100, 11);
    const TimeIndex index(c);
    for (int from = 0; from < 100; from += 9) {
        for (int to = from; to <= 100; to += 13) {
            std::set<ActorId> expected;
            for (ActorId a = 0; a < 30; ++a)
                if (!index.visibleAt(a, from) && index.visibleAt(a, to))
                    expected.insert(a);
            const auto got = index.actorsAppearing(from, to);
            EXPECT_EQ(std::set<ActorId>(got.begin(), got.end()), expected);
        }
    }
}

TEST(Snapshot, IncrementalEqualsFromScratchOnRandomCases)
{
    for (std::uint32_t seed : {1u, 2u, 3u}) {
        SCOPED_TRACE(seed);
        const Case c = randomCase(40, 1500, seed);
        runRandomMoves(c, seed * 31, true);
        runRandomMoves(c, seed * 37, false);
    }
}

TEST(Snapshot, IncrementalEqualsFromScratchOnGeneratedCases)
{
    for (std::uint64_t seed : {5u, 6u}) {
        SCOPED_TRACE(seed);
        const Case c = generateCase(GeneratorOptions{150, 3000, seed});
        runRandomMoves(c, static_cast<std::uint32_t>(seed), true);
    }
}

TEST(Snapshot, JumpsRestoreTheNearestCheckpoint)
{
    const Case c = randomCase(20, 4000, 9);
    TimeIndexOptions options;
    options.checkpointBytesPerEvent = 64;
    options.maxCheckpoints = 8;
    const TimeIndex index(c, options);
    ASSERT_EQ(index.checkpoints().size(), 8u);
    EXPECT_EQ(index.checkpoints().back().position, 4000);
    Snapshot s(index);
    s.setPosition(3990);
    EXPECT_EQ(s.lastMove().restoredFrom, 4000);
    EXPECT_EQ(s.lastMove().reverted, 10);
    s.setPosition(3995);
    EXPECT_EQ(s.lastMove().restoredFrom, -1);
    EXPECT_EQ(s.lastMove().applied, 5);
    s.setPosition(5);
    EXPECT_EQ(s.lastMove().restoredFrom, 0);
    EXPECT_EQ(s.lastMove().applied, 5);
}

TEST(Snapshot, EmptyCase)
{
    const Case c = makeEmptyCase();
    const TimeIndex index(c);
    Snapshot s(index);
    s.setTime(123);
    EXPECT_EQ(s.position(), 0);
    EXPECT_EQ(s.visibleActorCount(), 0);
    EXPECT_EQ(s.totalExposure(), 0);
    EXPECT_TRUE(eventHistogram(index, 0, 10, 1).size() == 11u);
}

TEST(Histogram, CountsEachKindPerBucket)
{
    const Case c = randomCase(10, 800, 21);
    const TimeIndex index(c);
    const TimeMs from = index.startTime() + 7 * kMsPerMinute;
    const TimeMs to = index.endTime() - 5 * kMsPerMinute;
    for (TimeMs width : {kMsPerMinute, 10 * kMsPerMinute, 7 * kMsPerHour}) {
        const auto buckets = eventHistogram(index, from, to, width);
        ASSERT_EQ(static_cast<TimeMs>(buckets.size()), (to - from) / width + 1);
        EXPECT_LE(buckets.back().start, to);
        EXPECT_GT(buckets.back().end, to);
        for (const HistogramBucket &b : buckets) {
            std::array<std::int32_t, kEventKindCount> expected{};
            for (const Event &e : c.events)
                if (e.time >= b.start && e.time < b.end)
                    ++expected[static_cast<std::size_t>(e.kind)];
            ASSERT_EQ(b.counts, expected) << "bucket at " << b.start << " width " << width;
        }
    }
    EXPECT_TRUE(eventHistogram(index, from, to, 0).empty());
    EXPECT_TRUE(eventHistogram(index, to, from, kMsPerMinute).empty());
    EXPECT_TRUE(eventHistogram(index, 0, kMaxHistogramBuckets * 10, 1).empty());
}

TEST(Histogram, ExposureCurveIsTheRunningSumOfPotentialExposure)
{
    const Case c = randomCase(15, 500, 4);
    const TimeIndex index(c);
    const auto curve = exposureCurve(index, index.startTime() - kMsPerHour, index.endTime(), 45 * kMsPerMinute);
    ASSERT_FALSE(curve.empty());
    EXPECT_EQ(curve.front().cumulative, 0);
    EXPECT_EQ(curve.back().time, index.endTime());
    for (const ExposurePoint &p : curve) {
        const Reference ref = referenceAt(c, index.positionAt(p.time));
        std::int64_t sum = 0;
        for (const ActorCounts &ac : ref.counts)
            sum += ac.exposure;
        EXPECT_EQ(p.cumulative, sum) << "at " << p.time;
    }
    for (std::size_t i = 1; i < curve.size(); ++i)
        EXPECT_GE(curve[i].cumulative, curve[i - 1].cumulative);
}

TEST(Histogram, NiceBucketWidths)
{
    EXPECT_EQ(niceBucketWidth(10 * kMsPerSecond, 100), kMsPerSecond);
    EXPECT_EQ(niceBucketWidth(kMsPerHour, 100), kMsPerMinute);
    EXPECT_EQ(niceBucketWidth(kMsPerHour, 12), 10 * kMsPerMinute); // 5 min would make 13 buckets
    EXPECT_EQ(niceBucketWidth(7 * kMsPerDay, 60), 3 * kMsPerHour);
    const TimeMs tenYears = 3650 * kMsPerDay;
    const TimeMs w = niceBucketWidth(tenYears, 20);
    EXPECT_EQ(w % (30 * kMsPerDay), 0);
    EXPECT_LE(tenYears / w + 1, 20);
}

// Row-by-row checks of the time <-> pixel maths, on an axis of 1000 s drawn across
// 100 px starting at x = 10.
TEST(TimeAxis, MapsTimesToPixelsAndBack)
{
    const TimeMs s = kMsPerSecond;
    TimeAxis axis = TimeAxis::make(0, 1000 * s, 10, 100);
    struct Row {
        TimeMs time;
        double x;
    };
    for (const Row &row : {Row{0, 10}, Row{1000 * s, 110}, Row{500 * s, 60}, Row{250 * s, 35}, Row{-100 * s, 0}}) {
        EXPECT_DOUBLE_EQ(axis.mapTimeToX(row.time), row.x) << row.time;
        if (row.time >= 0) {
            EXPECT_EQ(axis.mapXToTime(row.x), row.time) << row.x;
        }
    }
    EXPECT_EQ(axis.mapXToTime(-50), 0);        // clamped to the view
    EXPECT_EQ(axis.mapXToTime(500), 1000 * s); // clamped to the view
    EXPECT_DOUBLE_EQ(axis.msPerPixel(), 10'000.0);
    EXPECT_FALSE(axis.isZoomed());
}

TEST(TimeAxis, ZoomPanAndReset)
{
    const TimeMs s = kMsPerSecond;
    TimeAxis axis = TimeAxis::make(0, 1000 * s, 10, 100);

    axis.zoomAround(60, 2.0); // the middle stays under x = 60
    EXPECT_EQ(axis.viewStart, 250 * s);
    EXPECT_EQ(axis.viewEnd, 750 * s);
    EXPECT_EQ(axis.mapXToTime(60), 500 * s);
    EXPECT_TRUE(axis.isZoomed());

    axis.zoomAround(10, 5.0); // the left edge stays put
    EXPECT_EQ(axis.viewStart, 250 * s);
    EXPECT_EQ(axis.viewEnd, 350 * s);

    axis.pan(50); // 1 s per pixel: 50 s later
    EXPECT_EQ(axis.viewStart, 300 * s);
    EXPECT_EQ(axis.viewEnd, 400 * s);
    axis.pan(10'000); // clamped at the end of the case
    EXPECT_EQ(axis.viewStart, 900 * s);
    EXPECT_EQ(axis.viewEnd, 1000 * s);
    axis.pan(-10'000);
    EXPECT_EQ(axis.viewStart, 0);

    axis.zoomAround(10, 1e9); // never below the minimum span
    EXPECT_EQ(axis.viewSpan(), TimeAxis::kMinimumSpan);
    axis.zoomAround(60, 1e-9); // never beyond the case
    EXPECT_EQ(axis.viewStart, 0);
    EXPECT_EQ(axis.viewEnd, 1000 * s);

    axis.zoomTo(900 * s, 1100 * s); // slides back inside the case
    EXPECT_EQ(axis.viewStart, 800 * s);
    EXPECT_EQ(axis.viewEnd, 1000 * s);
    axis.zoomTo(-500 * s, 2000 * s); // no wider than the case
    EXPECT_EQ(axis.viewStart, 0);
    EXPECT_EQ(axis.viewEnd, 1000 * s);
    axis.zoomTo(400 * s, 400 * s); // a point grows to the minimum span around it
    EXPECT_EQ(axis.viewSpan(), TimeAxis::kMinimumSpan);
    EXPECT_EQ(axis.viewStart, 400 * s - TimeAxis::kMinimumSpan / 2);

    axis.setGeometry(0, 200);
    axis.reset();
    EXPECT_EQ(axis.mapTimeToX(500 * s), 100.0);
    EXPECT_FALSE(axis.isZoomed());
}

TEST(TimeAxis, DegenerateRanges)
{
    const TimeAxis point = TimeAxis::make(5000, 5000, 0, 0);
    EXPECT_EQ(point.viewSpan(), 1);
    EXPECT_EQ(point.width, 1);
    EXPECT_DOUBLE_EQ(point.mapTimeToX(5000), 0);
    EXPECT_EQ(point.mapXToTime(1e6), 5001);
}
