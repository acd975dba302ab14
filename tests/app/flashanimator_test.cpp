// SPDX-License-Identifier: GPL-3.0-or-later
// The graph's flashes (app/graph/flashanimator.h): start at 1, fade to 0, then stop.
#include "app/graph/flashanimator.h"

#include <QElapsedTimer>
#include <QTest>

#include <gtest/gtest.h>

#include <map>
#include <utility>

namespace cascade {
namespace {

using Key = std::pair<FlashAnimator::Kind, int>;

TEST(FlashAnimator, AFlashStartsFullFadesAndEndsAtZero)
{
    std::map<Key, std::vector<qreal>> painted;
    FlashAnimator flashes([&](FlashAnimator::Kind kind, int id, qreal s) { painted[Key(kind, id)].push_back(s); });
    flashes.setDurationMs(200);
    flashes.start(FlashAnimator::Kind::Actor, 3);
    flashes.start(FlashAnimator::Kind::Edge, 3);
    flashes.start(FlashAnimator::Kind::Actor, -1); // no item
    ASSERT_TRUE(flashes.isRunning());
    EXPECT_EQ(painted.size(), 2u);
    EXPECT_EQ(painted[Key(FlashAnimator::Kind::Actor, 3)].front(), 1.0);
    QElapsedTimer clock;
    clock.start();
    while (flashes.isRunning() && clock.elapsed() < 5000)
        QTest::qWait(20);
    EXPECT_FALSE(flashes.isRunning());
    for (const auto &[key, strengths] : painted) {
        ASSERT_GE(strengths.size(), 3u) << "painted while fading";
        EXPECT_EQ(strengths.back(), 0.0);
        for (std::size_t i = 1; i < strengths.size(); ++i)
            EXPECT_LE(strengths[i], strengths[i - 1]);
        EXPECT_GT(strengths[strengths.size() - 2], 0.0); // fading, not cut
    }
}

TEST(FlashAnimator, RestartingKeepsOneFlashAndStopAllPaintsEachAtZero)
{
    std::map<Key, std::vector<qreal>> painted;
    FlashAnimator flashes([&](FlashAnimator::Kind kind, int id, qreal s) { painted[Key(kind, id)].push_back(s); });
    flashes.start(FlashAnimator::Kind::Actor, 1);
    flashes.start(FlashAnimator::Kind::Actor, 1);
    flashes.start(FlashAnimator::Kind::Edge, 2);
    EXPECT_EQ(painted[Key(FlashAnimator::Kind::Actor, 1)], std::vector<qreal>{1.0});
    flashes.stopAll();
    EXPECT_FALSE(flashes.isRunning());
    EXPECT_EQ(painted[Key(FlashAnimator::Kind::Actor, 1)].back(), 0.0);
    EXPECT_EQ(painted[Key(FlashAnimator::Kind::Edge, 2)].back(), 0.0);
    // clear() forgets without painting.
    flashes.start(FlashAnimator::Kind::Edge, 5);
    flashes.clear();
    EXPECT_EQ(painted[Key(FlashAnimator::Kind::Edge, 5)], std::vector<qreal>{1.0});
    QTest::qWait(80);
    EXPECT_EQ(painted[Key(FlashAnimator::Kind::Edge, 5)], std::vector<qreal>{1.0});
}

} // namespace
} // namespace cascade
