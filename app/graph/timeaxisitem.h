// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/layoutresult.h"

#include <QGraphicsItem>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace cascade {

// The time scale of the swimlane layout: ticks and times (in the case's display zone)
// above the lanes, with faint vertical rules through them.
class TimeAxisItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    // `lanes`: the union of the lanes; the axis is drawn in a strip above it.
    TimeAxisItem(const TimeScale &scale, const QRectF &lanes, const QTimeZone &zone);

    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Height of the strip above the lanes.
    static qreal stripHeight();

    struct Tick {
        TimeMs time = 0;
        double x = 0;
        QString text;
    };
    const std::vector<Tick> &ticks() const { return m_ticks; }

private:
    TimeScale m_scale;
    QRectF m_lanes;
    QRectF m_bounds;
    std::vector<Tick> m_ticks;
};

// The cursor of the swimlane layout: a vertical line at the scene's time across the
// lanes, with the time on top.
class TimeCursorItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };

    TimeCursorItem(const TimeScale &scale, const QRectF &lanes, const QTimeZone &zone);

    int type() const override { return Type; }
    void setTime(TimeMs t);
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    TimeScale m_scale;
    QRectF m_lanes;
    QTimeZone m_zone;
    QString m_text;
    QRectF m_bounds;
};

} // namespace cascade
