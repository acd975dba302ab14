// SPDX-License-Identifier: GPL-3.0-or-later
// Where actor labels go (core/layout/labelplacement.h).
#include "core/layout/labelplacement.h"

#include <gtest/gtest.h>

namespace cascade {
namespace {

TEST(RectGrid, FindsOverlapsAcrossCellsAndIgnoresTheNamedRectangle)
{
    RectGrid grid(10);
    EXPECT_FALSE(grid.intersects(QRectF(0, 0, 5, 5)));
    EXPECT_EQ(grid.insert(QRectF(0, 0, 25, 5)), 0); // spans three cells
    EXPECT_EQ(grid.insert(QRectF(-30, -30, 5, 5)), 1); // negative coordinates
    EXPECT_TRUE(grid.intersects(QRectF(22, 1, 2, 2)));
    EXPECT_FALSE(grid.intersects(QRectF(26, 1, 2, 2)));
    EXPECT_TRUE(grid.intersects(QRectF(-28, -28, 1, 1)));
    EXPECT_FALSE(grid.intersects(QRectF(-28, -28, 1, 1), 1));
    EXPECT_TRUE(grid.intersects(QRectF(1, 1, 1, 1), 1)); // 0 still hits
}

LabelCandidate candidate(qreal x, qreal y, qreal width, double priority)
{
    LabelCandidate c;
    c.centre = QPointF(x, y);
    c.markerDiameter = 6;
    c.labelWidth = width;
    c.priority = priority;
    return c;
}

TEST(DeclutterLabels, TheHigherPriorityKeepsItsLabelWhereTwoWouldOverlap)
{
    // Two actors side by side on a row: the left one's label runs over the right one.
    const std::vector<LabelCandidate> c = {candidate(0, 0, 60, 1), candidate(40, 0, 60, 5)};
    const std::vector<std::uint8_t> shown = declutterLabels(c, 12);
    ASSERT_EQ(shown.size(), 2u);
    EXPECT_EQ(shown[0], 0); // its label would cover actor 1's marker
    EXPECT_EQ(shown[1], 1);
}

TEST(DeclutterLabels, FarApartBothShowAndALabelNeverCoversAnotherMarker)
{
    const std::vector<LabelCandidate> apart = {candidate(0, 0, 60, 1), candidate(0, 100, 60, 1)};
    EXPECT_EQ(declutterLabels(apart, 12), (std::vector<std::uint8_t>{1, 1}));
    // The second actor sits where the first one's label would go: even with the higher
    // priority, the first one's label cannot cover that marker.
    const std::vector<LabelCandidate> covered = {candidate(0, 0, 60, 9), candidate(30, 0, 10, 1)};
    const std::vector<std::uint8_t> shown = declutterLabels(covered, 12);
    EXPECT_EQ(shown[0], 0);
    EXPECT_EQ(shown[1], 1);
}

TEST(DeclutterLabels, EqualPrioritiesPlaceTheLowerIdFirst)
{
    // Two labels stacked so that they overlap but neither covers the other's marker.
    const std::vector<LabelCandidate> c = {candidate(0, 0, 60, 1), candidate(0, 8, 60, 1)};
    EXPECT_EQ(declutterLabels(c, 12), (std::vector<std::uint8_t>{1, 0}));
    EXPECT_TRUE(declutterLabels({}, 12).empty());
}

TEST(ProminentActors, OriginThenTargetsThenTheLargestEachOnce)
{
    const std::vector<double> value = {5, 1, 9, 9, 3, 7};
    EXPECT_EQ(prominentActors(value, 1, {4, 1}, 3), (std::vector<ActorId>{1, 4, 2, 3, 5}));
    // Ties go to the lower id; ids out of range are skipped.
    EXPECT_EQ(prominentActors(value, kNoActor, {17, -3}, 1), (std::vector<ActorId>{2}));
    EXPECT_EQ(prominentActors(value, 2, {}, 1), (std::vector<ActorId>{2}));
    EXPECT_EQ(prominentActors(value, 0, {}, 100).size(), value.size());
    EXPECT_TRUE(prominentActors({}, 0, {0}, 12).empty());
}

TEST(PlaceLabelChip, RightOfTheMarkerLeftAtTheFrameEdgeAndNeverOverAnother)
{
    const QRectF frame(0, 0, 200, 100);
    const QSizeF size(50, 12);
    std::optional<QRectF> box = placeLabelChip(QPointF(20, 50), 4, size, frame, {});
    ASSERT_TRUE(box);
    EXPECT_EQ(*box, QRectF(27, 44, 50, 12));
    // Near the right edge: to the left of the marker.
    box = placeLabelChip(QPointF(180, 50), 4, size, frame, {});
    ASSERT_TRUE(box);
    EXPECT_EQ(box->right(), 173);
    // Near the top and bottom: kept inside the frame.
    box = placeLabelChip(QPointF(20, 2), 4, size, frame, {});
    ASSERT_TRUE(box);
    EXPECT_EQ(box->top(), 0);
    box = placeLabelChip(QPointF(20, 99), 4, size, frame, {});
    ASSERT_TRUE(box);
    EXPECT_EQ(box->bottom(), 100);
    // Never past the left edge, even when flipped in a narrow frame.
    box = placeLabelChip(QPointF(30, 50), 4, size, QRectF(0, 0, 60, 100), {});
    ASSERT_TRUE(box);
    EXPECT_EQ(box->left(), 0);
    // Over a chip already placed: nowhere.
    EXPECT_FALSE(placeLabelChip(QPointF(20, 50), 4, size, frame, {QRectF(60, 40, 10, 10)}));
    EXPECT_TRUE(placeLabelChip(QPointF(20, 50), 4, size, frame, {QRectF(90, 40, 10, 10)}));
}

} // namespace
} // namespace cascade
