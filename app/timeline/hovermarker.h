// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsScene;
class QGraphicsSimpleTextItem;

namespace cascade {

// The timeline's hover read-out: a dotted line under the mouse and, at the top of the
// plot, a box with the time and what the bucket there holds; the box stays inside the
// plot (it flips to the left of the line near the right edge). The items live in the
// chart's scene, which owns them.
class HoverMarker
{
public:
    HoverMarker(QGraphicsScene *scene, const QFont &font, double z);

    void showAt(double x, const QRectF &plot, const QString &text);
    void hide() { setVisible(false); }
    void setVisible(bool visible);
    bool isVisible() const;
    // The text shown, or an empty string when hidden.
    QString text() const;

private:
    QGraphicsLineItem *m_line;
    QGraphicsRectItem *m_box;
    QGraphicsSimpleTextItem *m_text;
};

} // namespace cascade
