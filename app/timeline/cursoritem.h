// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QRectF>

namespace cascade {

// The timeline cursor drawn over the chart: a vertical line with a handle at the top
// of the plot, and the part of the plot after it (the future) washed out. Moving it
// repaints only the strip between the old and the new position, not the whole shaded
// area, which keeps a cursor move cheap.
class CursorItem : public QGraphicsItem
{
public:
    explicit CursorItem(const QColor &color);

    // The plot area, in scene coordinates.
    void setPlot(const QRectF &plot);
    // Where the cursor is: inside the plot at x, before it (everything is future) or
    // after it (nothing is).
    enum class Place { Before, At, After };
    void setCursor(Place place, double x = 0);

    Place place() const { return m_place; }
    double cursorX() const { return m_x; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // Where the future starts (plot.left() before the plot, plot.right() after it).
    double shadeLeft() const;

    QColor m_color;
    QRectF m_plot;
    Place m_place = Place::After;
    double m_x = 0;
};

} // namespace cascade
