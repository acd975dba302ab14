// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/edgeitem.h"

#include "app/graph/graphscene.h"
#include "core/layout/layoutresult.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

constexpr qreal kGlowRoom = 14;

// A filled arrow head from the curve's end `base` to `tip`.
QPolygonF arrowHead(QPointF base, QPointF tip, qreal length)
{
    QPointF d = tip - base;
    const qreal n = std::hypot(d.x(), d.y());
    if (n < 1e-6)
        return {};
    d /= n;
    const QPointF normal(-d.y(), d.x());
    const qreal half = std::max<qreal>(1.5, length * 0.42);
    // The head's base sits a little behind the curve's end so the two join cleanly.
    const QPointF back = tip - d * std::max(n, length);
    return QPolygonF({tip, back + normal * half, back - normal * half});
}

bool isStraight(const BezierChain &chain)
{
    if (chain.points.size() != 4)
        return false;
    const QPointF a = chain.points[0];
    const QPointF b = chain.points[3];
    const QLineF line(a, b);
    const qreal length = line.length();
    if (length < 1e-6)
        return true;
    for (int i = 1; i <= 2; ++i) {
        const QPointF p = chain.points[static_cast<std::size_t>(i)];
        const qreal cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
        if (std::abs(cross) / length > 0.5)
            return false;
    }
    return true;
}

} // namespace

EdgeItem::EdgeItem(int index)
    : m_index(index)
{
    setFlag(ItemIsSelectable, false);
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0);
}

void EdgeItem::setEdge(const LayoutEdge &edge, qreal arrowLength, qreal baseWidth)
{
    prepareGeometryChange();
    m_from = edge.from;
    m_to = edge.to;
    m_kind = dominantKind(edge.kinds);
    m_inferred = edge.inferredOnly;
    m_count = edge.count;
    m_width = baseWidth * (1.0 + 0.45 * std::log2(std::max(1, edge.count)));
    m_width = std::min(m_width, baseWidth * 3.5);
    m_path = QPainterPath();
    m_straight = edge.curves.size() == 1 && isStraight(edge.curves.front());
    QRectF r;
    if (m_straight) { // a line needs no path (large graphs have hundreds of thousands)
        m_line = QLineF(edge.curves.front().points.front(), edge.curves.front().points.back());
        r = QRectF(m_line.p1(), m_line.p2()).normalized();
    } else {
        for (const BezierChain &chain : edge.curves) {
            if (chain.points.empty())
                continue;
            m_path.moveTo(chain.points.front());
            for (std::size_t i = 1; i + 2 < chain.points.size(); i += 3)
                m_path.cubicTo(chain.points[i], chain.points[i + 1], chain.points[i + 2]);
        }
        r = m_path.controlPointRect();
    }
    m_headArrow = edge.hasHeadArrow ? arrowHead(edge.end(), edge.headTip, arrowLength) : QPolygonF();
    m_tailArrow = edge.hasTailArrow ? arrowHead(edge.start(), edge.tailTip, arrowLength) : QPolygonF();
    const QRectF head = m_headArrow.isEmpty() ? m_tailArrow.boundingRect() : m_headArrow.boundingRect();
    m_arrowSize = std::max(head.width(), head.height());
    r |= m_headArrow.boundingRect();
    r |= m_tailArrow.boundingRect();
    // Room for the path glow and the flash, which are wider than the edge (and keep a
    // minimum width on screen when zoomed out, up to kGlowRoom).
    const qreal grow = m_width + kGlowRoom;
    m_bounds = r.adjusted(-grow, -grow, grow, grow);
}

void EdgeItem::setState(quint8 flags, bool on)
{
    const quint8 next = on ? (m_state | flags) : (m_state & ~flags);
    if (next == m_state)
        return;
    m_state = next;
    update();
}

void EdgeItem::setFlash(qreal strength)
{
    if (strength == m_flash)
        return;
    m_flash = strength;
    update();
}

void EdgeItem::setEmphasis(qreal alpha)
{
    m_emphasis = alpha;
    update();
}

QPainterPath EdgeItem::centreLine() const
{
    if (!m_straight)
        return m_path;
    QPainterPath p(m_line.p1());
    p.lineTo(m_line.p2());
    return p;
}

QPainterPath EdgeItem::shape() const
{
    const qreal half = std::max<qreal>(3, m_width / 2 + 2);
    if (m_straight) {
        // A band along the line: far cheaper than stroking (hit tests visit many edges).
        const QPointF d = m_line.p2() - m_line.p1();
        const qreal n = std::hypot(d.x(), d.y());
        const QPointF normal = n > 1e-9 ? QPointF(-d.y(), d.x()) * (half / n) : QPointF(0, half);
        QPainterPath p;
        p.setFillRule(Qt::WindingFill);
        p.addPolygon(QPolygonF({m_line.p1() + normal, m_line.p2() + normal, m_line.p2() - normal, m_line.p1() - normal}));
        p.addPolygon(m_headArrow);
        p.addPolygon(m_tailArrow);
        return p;
    }
    QPainterPathStroker stroker;
    stroker.setWidth(std::max<qreal>(6, m_width + 4));
    QPainterPath p = stroker.createStroke(m_path);
    p.setFillRule(Qt::WindingFill);
    p.addPolygon(m_headArrow);
    p.addPolygon(m_tailArrow);
    return p;
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto *gs = static_cast<const GraphScene *>(scene());
    if (!gs)
        return;
    const GraphTheme &theme = gs->theme();
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());

    qreal opacity = 1.0;
    if (!(m_state & Active))
        opacity = theme.faintOpacity;
    if (m_state & Dimmed)
        opacity = std::min(opacity, theme.dimOpacity);
    painter->setOpacity(opacity);

    const EdgeStyle &style = theme.edges[static_cast<int>(m_kind)];
    QColor colour = (m_state & Lost) ? theme.lost : style.colour;
    const bool emphasised = m_state & (OnPath | Neighbour | Lost | Picked);
    qreal alpha = 1.0;
    if (m_inferred && !(m_state & (OnPath | Lost)))
        alpha = theme.inferredAlpha;
    if (!emphasised)
        alpha *= m_emphasis;
    colour.setAlphaF(colour.alphaF() * alpha);
    qreal w = m_width * style.widthFactor;
    if (m_state & OnPath)
        w *= 1.6;
    // Never thinner than about half a device pixel, so a zoomed-out graph keeps its edges
    // (large graphs let their faint edges thin out instead).
    if (m_emphasis >= 1 || emphasised || !m_detailOnly)
        w = std::max(w, 0.55 / std::max(lod, 1e-6));

    auto drawCurve = [&](const QPen &pen) {
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        if (m_straight)
            painter->drawLine(m_line);
        else
            painter->drawPath(m_path);
    };

    if (m_state & Picked) {
        // The clicked link: a selection-coloured halo under the stroke.
        QColor halo = theme.selection;
        halo.setAlphaF(0.45);
        drawCurve(QPen(halo, std::min(std::max(w + 6, 5 / std::max(lod, 1e-6)), 2 * kGlowRoom), Qt::SolidLine,
                       Qt::RoundCap, Qt::RoundJoin));
        w = std::max(w * 1.4, 1.5 / std::max(lod, 1e-6));
    }
    if (m_state & OnPath) {
        // The path from the origin: a highlighter stroke, at least 6 pixels wide.
        const qreal glow = std::min(std::max(w + 7, 6 / std::max(lod, 1e-6)), 2 * kGlowRoom);
        drawCurve(QPen(theme.highlight, glow, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        w = std::max(w, 1.5 / std::max(lod, 1e-6));
    }
    if (m_flash > 0) {
        QColor f = theme.flash;
        f.setAlphaF(std::clamp<qreal>(m_flash, 0, 1) * 0.85);
        drawCurve(QPen(f, w + 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }

    const Qt::PenStyle penStyle = (m_state & (Lost | InferredTree)) ? Qt::DashLine : style.penStyle;
    drawCurve(QPen(colour, w, penStyle, Qt::FlatCap, Qt::RoundJoin));

    // Arrows only where they are big enough to read.
    if (m_arrowSize * lod < 1.2)
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    if (!m_headArrow.isEmpty())
        painter->drawPolygon(m_headArrow);
    if (!m_tailArrow.isEmpty())
        painter->drawPolygon(m_tailArrow);
}

} // namespace cascade
