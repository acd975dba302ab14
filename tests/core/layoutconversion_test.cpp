// SPDX-License-Identifier: GPL-3.0-or-later
// The one conversion from Graphviz's coordinates to scene coordinates, by hand and on
// real Graphviz output.
#include "core/layout/edgegeometry.h"
#include "core/layout/graphvizconversion.h"
#include "core/layout/layoutengine.h"
#include "layouttestcases.h"

#include <gtest/gtest.h>

#include <QLineF>

using namespace cascade;
using namespace cascade::layouttest;

namespace {

GraphvizRaw::Point pt(double x, double y)
{
    return {x, y};
}

// Graphviz's bounding box from (10, 20) to (210, 120), y up; two nodes and an edge
// made of two beziers with arrows at both ends, all worked out by hand below.
GraphvizRaw handMadeRaw()
{
    GraphvizRaw raw;
    raw.lowerLeft = pt(10, 20);
    raw.upperRight = pt(210, 120);
    raw.nodes.resize(2);
    raw.nodes[0] = {true, pt(50, 100), 1.0, 0.5};  // 72 x 36 points
    raw.nodes[1] = {true, pt(180, 40), 0.5, 0.25}; // 36 x 18 points
    GraphvizRaw::Edge e;
    e.tail = 0;
    e.head = 1;
    GraphvizRaw::Bezier first;
    first.points = {pt(86, 100), pt(95, 100), pt(100, 90), pt(110, 80)};
    first.hasStartArrow = true;
    first.startTip = pt(86, 100);
    GraphvizRaw::Bezier second;
    second.points = {pt(110, 80), pt(120, 70), pt(140, 50), pt(150, 45), pt(155, 44), pt(158, 42), pt(160, 40)};
    second.hasEndArrow = true;
    second.endTip = pt(162, 40);
    e.beziers = {first, second};
    raw.edges.push_back(e);
    return raw;
}

} // namespace

TEST(LayoutConversion, PointsFlipYAgainstTheTopAndShiftByTheLowerLeftCorner)
{
    const GraphvizRaw raw = handMadeRaw();
    // x' = x - LL.x, y' = UR.y - y
    EXPECT_EQ(graphvizToScene(raw, pt(10, 120)), QPointF(0, 0));    // top left
    EXPECT_EQ(graphvizToScene(raw, pt(210, 20)), QPointF(200, 100)); // bottom right
    EXPECT_EQ(graphvizToScene(raw, pt(50, 100)), QPointF(40, 20));
}

TEST(LayoutConversion, HandCheckedGraph)
{
    const GraphvizScene s = convertGraphvizLayout(handMadeRaw());
    EXPECT_EQ(s.bounds, QRectF(0, 0, 200, 100));
    ASSERT_EQ(s.centres.size(), 2u);
    EXPECT_EQ(s.centres[0], QPointF(40, 20));
    EXPECT_EQ(s.centres[1], QPointF(170, 80));
    EXPECT_EQ(s.sizes[0], QSizeF(72, 36));
    EXPECT_EQ(s.sizes[1], QSizeF(36, 18));
    for (std::size_t i = 0; i < 2; ++i) {
        const QRectF box(s.centres[i] - QPointF(s.sizes[i].width(), s.sizes[i].height()) / 2, s.sizes[i]);
        EXPECT_TRUE(s.bounds.contains(box)) << i;
    }
    ASSERT_EQ(s.edges.size(), 1u);
    const GraphvizScene::Edge &e = s.edges[0];
    // Every bezier is kept, every point converted.
    ASSERT_EQ(e.curves.size(), 2u);
    ASSERT_EQ(e.curves[0].points.size(), 4u);
    ASSERT_EQ(e.curves[1].points.size(), 7u);
    EXPECT_EQ(e.curves[0].points[0], QPointF(76, 20));
    EXPECT_EQ(e.curves[0].points[1], QPointF(85, 20));
    EXPECT_EQ(e.curves[0].points[2], QPointF(90, 30));
    EXPECT_EQ(e.curves[0].points[3], QPointF(100, 40));
    EXPECT_EQ(e.curves[1].points[0], QPointF(100, 40));
    EXPECT_EQ(e.curves[1].points[6], QPointF(150, 80));
    EXPECT_TRUE(e.hasTailArrow);
    EXPECT_EQ(e.tailTip, QPointF(76, 20)); // on node 0's right side (40 + 36)
    EXPECT_TRUE(e.hasHeadArrow);
    EXPECT_EQ(e.headTip, QPointF(152, 80)); // on node 1's left side (170 - 18)
}

TEST(LayoutConversion, ReversedSplineIsTurnedToRunFromTailToHead)
{
    GraphvizRaw raw = handMadeRaw();
    std::swap(raw.edges[0].tail, raw.edges[0].head); // the same curve now runs head to tail
    const GraphvizScene s = convertGraphvizLayout(raw);
    const GraphvizScene::Edge &e = s.edges[0];
    ASSERT_EQ(e.curves.size(), 2u);
    EXPECT_EQ(e.curves[0].points.size(), 7u);
    EXPECT_EQ(e.curves.front().points.front(), QPointF(150, 80)); // starts at the new tail (node 1)
    EXPECT_EQ(e.curves.back().points.back(), QPointF(76, 20));
    EXPECT_EQ(e.tailTip, QPointF(152, 80));
    EXPECT_EQ(e.headTip, QPointF(76, 20));
}

TEST(LayoutConversion, NodesNotLaidOutStayUnplaced)
{
    GraphvizRaw raw = handMadeRaw();
    raw.nodes.push_back({});
    const GraphvizScene s = convertGraphvizLayout(raw);
    ASSERT_EQ(s.placed.size(), 3u);
    EXPECT_TRUE(s.placed[0]);
    EXPECT_FALSE(s.placed[2]);
    EXPECT_EQ(s.sizes[2], QSizeF());
}

namespace {

// Distance from p to the border of a box (0 on it, negative inside).
double outside(QPointF p, const QRectF &box)
{
    const double dx = std::max({box.left() - p.x(), 0.0, p.x() - box.right()});
    const double dy = std::max({box.top() - p.y(), 0.0, p.y() - box.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return -std::min({p.x() - box.left(), box.right() - p.x(), p.y() - box.top(), box.bottom() - p.y()});
}

// Every node inside the bounds; each edge starts on its tail and ends on its head (the
// arrow's tip when there is one): within `tolerance` points of the border of a box, or
// inside the box of an ellipse (whose border the compact-layout test checks).
void expectEdgesOnTheirNodes(const LayoutResult &r, double tolerance)
{
    for (ActorId a = 0; a < r.actorCount(); ++a)
        EXPECT_TRUE(r.bounds.adjusted(-1e-6, -1e-6, 1e-6, 1e-6).contains(r.nodeRect(a))) << r.engine.toStdString() << " actor " << a;
    for (const LayoutEdge &e : r.edges) {
        ASSERT_FALSE(e.curves.empty());
        for (const BezierChain &chain : e.curves)
            EXPECT_EQ(chain.points.size() % 3, 1u);
        const QPointF start = e.hasTailArrow ? e.tailTip : e.start();
        const QPointF end = e.hasHeadArrow ? e.headTip : e.end();
        const bool box = r.shape == NodeShape::Box;
        EXPECT_LE(box ? std::abs(outside(start, r.nodeRect(e.from))) : outside(start, r.nodeRect(e.from)), tolerance)
            << r.engine.toStdString() << " edge " << e.from << "->" << e.to << " starts at " << start.x() << "," << start.y();
        EXPECT_LE(box ? std::abs(outside(end, r.nodeRect(e.to))) : outside(end, r.nodeRect(e.to)), tolerance)
            << r.engine.toStdString() << " edge " << e.from << "->" << e.to << " ends at " << end.x() << "," << end.y();
        if (e.hasHeadArrow) { // the curve stops at the arrow's base, outside the node
            EXPECT_GT(outside(e.end(), r.nodeRect(e.to)), 0) << r.engine.toStdString();
        }
    }
}

} // namespace

TEST(LayoutConversion, RealGraphvizOutputLandsOnTheNodes)
{
    const LayoutGraph graph = buildLayoutGraph(starCase(6));
    for (LayoutEngineKind kind : {LayoutEngineKind::Dot, LayoutEngineKind::Twopi, LayoutEngineKind::Neato, LayoutEngineKind::Sfdp}) {
        LayoutOptions options;
        options.engine = kind;
        const LayoutResult r = LayoutEngine::run(graph, options);
        ASSERT_TRUE(r.ok()) << r.error.toStdString();
        EXPECT_FALSE(r.compact);
        EXPECT_EQ(r.engine, layoutEngineName(kind));
        ASSERT_EQ(r.actorCount(), graph.actorCount());
        ASSERT_EQ(r.edges.size(), graph.links.size());
        // Graphviz clips curves at the node's box; its arithmetic is good to a point.
        expectEdgesOnTheirNodes(r, 1.5);
        // dot runs left to right: the origin left of the journalist, left of the public.
        if (kind == LayoutEngineKind::Dot) {
            EXPECT_LT(r.centres[0].x(), r.centres[1].x());
            EXPECT_LT(r.centres[1].x(), r.centres[3].x());
        }
    }
}

TEST(LayoutConversion, CompactLayoutsDrawStraightEdgesOnTheDots)
{
    const LayoutGraph graph = buildLayoutGraph(randomCase(400, 3));
    for (LayoutEngineKind kind : {LayoutEngineKind::Twopi, LayoutEngineKind::Sfdp, LayoutEngineKind::Balloon}) {
        LayoutOptions options;
        options.engine = kind;
        const LayoutResult r = LayoutEngine::run(graph, options);
        ASSERT_TRUE(r.ok()) << r.error.toStdString();
        EXPECT_TRUE(r.compact);
        EXPECT_EQ(r.shape, NodeShape::Ellipse);
        ASSERT_EQ(r.edges.size(), graph.links.size());
        // Dots are circles: the clipped ends lie on the circle (a box test is looser).
        for (const LayoutEdge &e : r.edges) {
            const QPointF end = e.hasHeadArrow ? e.headTip : e.end();
            const double radius = r.sizes[static_cast<std::size_t>(e.to)].width() / 2;
            const double d = QLineF(end, r.centres[static_cast<std::size_t>(e.to)]).length();
            if (QLineF(r.centres[static_cast<std::size_t>(e.from)], r.centres[static_cast<std::size_t>(e.to)]).length() > 2 * radius) {
                EXPECT_NEAR(d, radius, 1e-6) << r.engine.toStdString();
            }
        }
        expectEdgesOnTheirNodes(r, 1e-6);
    }
}

TEST(LayoutConversion, EdgeGeometryClipsAtBoxesAndEllipses)
{
    LayoutResult r;
    r.shape = NodeShape::Box;
    r.centres = {QPointF(0, 0), QPointF(100, 50)};
    r.sizes = {QSizeF(40, 20), QSizeF(20, 20)};
    LayoutGraph::Link link;
    link.from = 0;
    link.to = 1;
    link.bothWays = true;
    const LayoutEdge e = straightEdge(link, r);
    EXPECT_TRUE(e.hasHeadArrow);
    EXPECT_TRUE(e.hasTailArrow);
    EXPECT_NEAR(e.tailTip.x(), 20, 1e-9); // leaves the 40 x 20 box through its right side
    EXPECT_NEAR(e.tailTip.y(), 10, 1e-9);
    EXPECT_NEAR(e.headTip.x(), 90, 1e-9); // enters the 20 x 20 box through its left side
    EXPECT_NEAR(e.headTip.y(), 45, 1e-9);
    EXPECT_NEAR(QLineF(e.end(), e.headTip).length(), arrowLength(r), 1e-9);
    r.shape = NodeShape::Ellipse;
    const QPointF p = boundaryPoint(QPointF(0, 0), QSizeF(40, 20), NodeShape::Ellipse, QPointF(0, 100));
    EXPECT_NEAR(p.x(), 0, 1e-9);
    EXPECT_NEAR(p.y(), 10, 1e-9);
    const QPointF q = boundaryPoint(QPointF(0, 0), QSizeF(40, 20), NodeShape::Ellipse, QPointF(-100, 0));
    EXPECT_NEAR(q.x(), -20, 1e-9);
}

TEST(LayoutConversion, AnEdgeGivesBackTheLinkItWasDrawnFor)
{
    LayoutGraph::Link link;
    link.from = 3;
    link.to = 7;
    link.count = 5;
    link.kinds = 0b1010;
    link.bothWays = true;
    link.inferredOnly = false; // not the default
    link.backbone = true;
    link.firstTime = 123456;
    LayoutEdge edge;
    copyLinkAttributes(link, edge);
    const LayoutGraph::Link back = linkOf(edge);
    EXPECT_EQ(back.from, link.from);
    EXPECT_EQ(back.to, link.to);
    EXPECT_EQ(back.count, link.count);
    EXPECT_EQ(back.kinds, link.kinds);
    EXPECT_EQ(back.bothWays, link.bothWays);
    EXPECT_EQ(back.inferredOnly, link.inferredOnly);
    EXPECT_EQ(back.backbone, link.backbone);
    EXPECT_EQ(back.firstTime, link.firstTime);
}
