// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QString>

namespace cascade {

// One band of the swimlane layout (a group of roles), drawn behind the actors with its
// title in a column at its left, outside the time axis. Alternate bands are shaded.
class LaneItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    LaneItem(int index, const QString &title, const QRectF &rect, int actorCount);

    int type() const override { return Type; }
    int index() const { return m_index; }
    const QString &title() const { return m_title; }
    // The band, in scene coordinates (the item sits at the origin).
    QRectF rect() const { return m_rect; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The width of the titles' column, left of the lanes (scene units).
    static qreal gutterWidth();

private:
    QRectF titleRect() const;

    int m_index;
    QString m_title;
    QRectF m_rect;
    QRectF m_bounds;
};

} // namespace cascade
