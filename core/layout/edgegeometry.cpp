// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/edgegeometry.h"

#include <QLineF>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

QPointF unit(QPointF v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : QPointF(1, 0);
}

} // namespace

QPointF boundaryPoint(QPointF centre, QSizeF size, NodeShape shape, QPointF toward)
{
    const QPointF u = unit(toward - centre);
    const double a = size.width() / 2;
    const double b = size.height() / 2;
    if (a <= 0 || b <= 0)
        return centre;
    double t = 0;
    if (shape == NodeShape::Ellipse) {
        t = 1.0 / std::sqrt((u.x() / a) * (u.x() / a) + (u.y() / b) * (u.y() / b));
    } else {
        const double tx = std::abs(u.x()) > 1e-12 ? a / std::abs(u.x()) : 1e300;
        const double ty = std::abs(u.y()) > 1e-12 ? b / std::abs(u.y()) : 1e300;
        t = std::min(tx, ty);
    }
    return centre + u * t;
}

double arrowLength(const LayoutResult &result)
{
    return result.compact ? 3.0 : 8.0;
}

void copyLinkAttributes(const LayoutGraph::Link &link, LayoutEdge &edge)
{
    edge.from = link.from;
    edge.to = link.to;
    edge.count = link.count;
    edge.kinds = link.kinds;
    edge.bothWays = link.bothWays;
    edge.inferredOnly = link.inferredOnly;
    edge.backbone = link.backbone;
    edge.firstTime = link.firstTime;
}

LayoutGraph::Link linkOf(const LayoutEdge &edge)
{
    LayoutGraph::Link link;
    link.from = edge.from;
    link.to = edge.to;
    link.count = edge.count;
    link.kinds = edge.kinds;
    link.bothWays = edge.bothWays;
    link.inferredOnly = edge.inferredOnly;
    link.backbone = edge.backbone;
    link.firstTime = edge.firstTime;
    return link;
}

LayoutEdge straightEdge(const LayoutGraph::Link &link, const LayoutResult &result)
{
    LayoutEdge edge;
    copyLinkAttributes(link, edge);
    const auto f = static_cast<std::size_t>(link.from);
    const auto t = static_cast<std::size_t>(link.to);
    const QPointF a = result.centres[f];
    const QPointF b = result.centres[t];
    QPointF start = boundaryPoint(a, result.sizes[f], result.shape, b);
    QPointF end = boundaryPoint(b, result.sizes[t], result.shape, a);
    const double arrow = arrowLength(result);
    const double gap = QLineF(start, end).length();
    const QPointF u = unit(end - start);
    // Arrows only when there is room for them; the curve then stops at their bases.
    const double room = gap - (link.bothWays ? 2 : 1) * arrow;
    if (room > 0) {
        edge.hasHeadArrow = true;
        edge.headTip = end;
        end -= u * arrow;
        if (link.bothWays) {
            edge.hasTailArrow = true;
            edge.tailTip = start;
            start += u * arrow;
        }
    }
    const QPointF d = end - start;
    edge.curves.push_back(BezierChain{{start, start + d / 3, start + d * 2 / 3, end}});
    return edge;
}

LayoutEdge curvedEdge(const LayoutGraph::Link &link, const LayoutResult &result)
{
    const auto f = static_cast<std::size_t>(link.from);
    const auto t = static_cast<std::size_t>(link.to);
    const QPointF a = result.centres[f];
    const QPointF b = result.centres[t];
    const QSizeF sa = result.sizes[f];
    const QSizeF sb = result.sizes[t];
    const double dx = b.x() - a.x();
    if (std::abs(dx) < (sa.width() + sb.width()) / 2 + 2 * arrowLength(result))
        return straightEdge(link, result);
    LayoutEdge edge;
    copyLinkAttributes(link, edge);
    const double side = dx > 0 ? 1.0 : -1.0;
    QPointF start(a.x() + side * sa.width() / 2, a.y());
    QPointF end(b.x() - side * sb.width() / 2, b.y());
    const double arrow = arrowLength(result);
    edge.hasHeadArrow = true;
    edge.headTip = end;
    end.rx() -= side * arrow;
    if (link.bothWays) {
        edge.hasTailArrow = true;
        edge.tailTip = start;
        start.rx() += side * arrow;
    }
    // Short horizontal ends: the curve turns within the clearance left before a node.
    const double pull = side * std::min(std::abs(end.x() - start.x()) / 2, 24.0);
    edge.curves.push_back(BezierChain{{start, QPointF(start.x() + pull, start.y()),
                                       QPointF(end.x() - pull, end.y()), end}});
    return edge;
}

} // namespace cascade
