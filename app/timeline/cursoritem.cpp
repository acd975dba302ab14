// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/cursoritem.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace cascade {

namespace {
constexpr double kLineWidth = 2.5;
constexpr double kHandleHalfWidth = 6;
constexpr double kHandleHeight = 8;
const QColor kShade(255, 255, 255, 150);
} // namespace

CursorItem::CursorItem(const QColor &color) : m_color(color) {}

void CursorItem::setPlot(const QRectF &plot)
{
    if (plot == m_plot)
        return;
    prepareGeometryChange();
    m_plot = plot;
    update();
}

double CursorItem::shadeLeft() const
{
    switch (m_place) {
    case Place::Before: return m_plot.left();
    case Place::At: return m_x;
    case Place::After: return m_plot.right();
    }
    return m_plot.right();
}

void CursorItem::setCursor(Place place, double x)
{
    const double oldLeft = shadeLeft();
    const bool hadLine = m_place == Place::At;
    const double oldX = m_x;
    m_place = place;
    m_x = x;
    const double newLeft = shadeLeft();
    // The strip where the shade changed, plus the line and handle, old and new.
    const double margin = kHandleHalfWidth + kLineWidth;
    double from = std::min(oldLeft, newLeft);
    double to = std::max(oldLeft, newLeft);
    if (hadLine) {
        from = std::min(from, oldX);
        to = std::max(to, oldX);
    }
    if (m_place == Place::At) {
        from = std::min(from, m_x);
        to = std::max(to, m_x);
    }
    update(QRectF(from - margin, m_plot.top() - 1, to - from + 2 * margin, m_plot.height() + 2));
}

QRectF CursorItem::boundingRect() const
{
    return m_plot.adjusted(-kHandleHalfWidth - kLineWidth, -1, kHandleHalfWidth + kLineWidth, 1);
}

void CursorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_plot.isEmpty())
        return;
    const double left = shadeLeft();
    if (left < m_plot.right())
        painter->fillRect(QRectF(QPointF(left, m_plot.top()), m_plot.bottomRight()), kShade);
    if (m_place != Place::At)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_color, kLineWidth);
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->drawLine(QPointF(m_x, m_plot.top()), QPointF(m_x, m_plot.bottom()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    painter->drawPolygon(QPolygonF({QPointF(m_x - kHandleHalfWidth, m_plot.top()), QPointF(m_x + kHandleHalfWidth, m_plot.top()),
                                    QPointF(m_x, m_plot.top() + kHandleHeight)}));
}

} // namespace cascade
