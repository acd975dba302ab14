// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/timelineicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cascade {

namespace {

// Paints one icon in a 16 x 16 coordinate system.
void paint(QPainter &p, TimelineIcon which)
{
    const QColor ink(0x33, 0x33, 0x33);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(ink, 1.5);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    p.setPen(pen);
    switch (which) {
    case TimelineIcon::PreviousMilestone:
    case TimelineIcon::NextMilestone: {
        // A bold triangle pointing the way (like the seek icons) and a flag on a pole.
        const bool next = which == TimelineIcon::NextMilestone;
        auto mirror = [next](double x) { return next ? 16 - x : x; };
        QPainterPath arrow;
        arrow.moveTo(mirror(7.5), 3.5);
        arrow.lineTo(mirror(1.5), 8);
        arrow.lineTo(mirror(7.5), 12.5);
        arrow.closeSubpath();
        p.fillPath(arrow, ink);
        p.setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::FlatCap));
        // The flag flies to the right either way.
        const double pole = next ? 2.5 : 10;
        p.drawLine(QPointF(pole, 2), QPointF(pole, 14.5));
        QPainterPath flag;
        const double tip = pole + 5.5;
        flag.moveTo(pole, 2);
        flag.lineTo(tip, 4.5);
        flag.lineTo(pole, 7);
        flag.closeSubpath();
        p.fillPath(flag, QColor(0xD5, 0x5E, 0x00));
        break;
    }
    case TimelineIcon::ZoomIn:
    case TimelineIcon::ZoomOut:
    case TimelineIcon::ZoomReset: {
        p.drawEllipse(QPointF(6.5, 6.5), 4.8, 4.8);
        p.setPen(QPen(ink, 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(10.2, 10.2), QPointF(14.5, 14.5));
        p.setPen(QPen(ink, 1.4, Qt::SolidLine, Qt::RoundCap));
        if (which == TimelineIcon::ZoomReset) {
            p.drawLine(QPointF(3.8, 6.5), QPointF(9.2, 6.5));
            p.drawLine(QPointF(3.8, 6.5), QPointF(5.3, 5));
            p.drawLine(QPointF(3.8, 6.5), QPointF(5.3, 8));
            p.drawLine(QPointF(9.2, 6.5), QPointF(7.7, 5));
            p.drawLine(QPointF(9.2, 6.5), QPointF(7.7, 8));
        } else {
            p.drawLine(QPointF(4.2, 6.5), QPointF(8.8, 6.5));
            if (which == TimelineIcon::ZoomIn)
                p.drawLine(QPointF(6.5, 4.2), QPointF(6.5, 8.8));
        }
        break;
    }
    }
}

} // namespace

QIcon timelineIcon(TimelineIcon which)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.scale(size / 16.0, size / 16.0);
        paint(p, which);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace cascade
