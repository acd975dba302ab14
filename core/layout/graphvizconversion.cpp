// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/graphvizconversion.h"

#include <QLineF>

#include <algorithm>

namespace cascade {

namespace {

constexpr double kPointsPerInch = 72.0;

double distance(QPointF a, QPointF b)
{
    return QLineF(a, b).length();
}

} // namespace

QPointF graphvizToScene(const GraphvizRaw &raw, GraphvizRaw::Point p)
{
    return {p.x - raw.lowerLeft.x, raw.upperRight.y - p.y};
}

GraphvizScene convertGraphvizLayout(const GraphvizRaw &raw)
{
    GraphvizScene scene;
    const std::size_t n = raw.nodes.size();
    scene.centres.assign(n, QPointF());
    scene.sizes.assign(n, QSizeF());
    scene.placed.assign(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        const GraphvizRaw::Node &node = raw.nodes[i];
        if (!node.laidOut)
            continue;
        scene.centres[i] = graphvizToScene(raw, node.centre);
        scene.sizes[i] = QSizeF(node.widthInches * kPointsPerInch, node.heightInches * kPointsPerInch);
        scene.placed[i] = true;
    }
    scene.bounds = QRectF(0, 0, raw.upperRight.x - raw.lowerLeft.x, raw.upperRight.y - raw.lowerLeft.y);

    scene.edges.reserve(raw.edges.size());
    for (const GraphvizRaw::Edge &edge : raw.edges) {
        GraphvizScene::Edge out;
        out.tail = edge.tail;
        out.head = edge.head;
        for (const GraphvizRaw::Bezier &bezier : edge.beziers) {
            if (bezier.points.empty())
                continue;
            BezierChain chain;
            chain.points.reserve(bezier.points.size());
            for (const GraphvizRaw::Point &p : bezier.points)
                chain.points.push_back(graphvizToScene(raw, p));
            out.curves.push_back(std::move(chain));
        }
        // Arrows: the tail end's from the first bezier, the head end's from the last.
        if (!edge.beziers.empty()) {
            const GraphvizRaw::Bezier &first = edge.beziers.front();
            const GraphvizRaw::Bezier &last = edge.beziers.back();
            out.hasTailArrow = first.hasStartArrow;
            out.tailTip = graphvizToScene(raw, first.startTip);
            out.hasHeadArrow = last.hasEndArrow;
            out.headTip = graphvizToScene(raw, last.endTip);
        }
        const bool endsKnown = out.tail >= 0 && out.head >= 0 && static_cast<std::size_t>(out.tail) < n
            && static_cast<std::size_t>(out.head) < n;
        if (!out.curves.empty() && endsKnown) {
            const QPointF tail = scene.centres[static_cast<std::size_t>(out.tail)];
            const QPointF head = scene.centres[static_cast<std::size_t>(out.head)];
            const QPointF start = out.hasTailArrow ? out.tailTip : out.curves.front().points.front();
            const QPointF end = out.hasHeadArrow ? out.headTip : out.curves.back().points.back();
            if (distance(start, head) + distance(end, tail) < distance(start, tail) + distance(end, head)) {
                std::reverse(out.curves.begin(), out.curves.end());
                for (BezierChain &chain : out.curves)
                    std::reverse(chain.points.begin(), chain.points.end());
                std::swap(out.hasTailArrow, out.hasHeadArrow);
                std::swap(out.tailTip, out.headTip);
            }
        }
        scene.edges.push_back(std::move(out));
    }
    return scene;
}

} // namespace cascade
