// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/hovermarker.h"

#include <QBrush>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QPen>

#include <algorithm>

namespace cascade {

HoverMarker::HoverMarker(QGraphicsScene *scene, const QFont &font, double z)
    : m_line(scene->addLine(QLineF(), QPen(QColor(0x55, 0x55, 0x55), 1, Qt::DotLine))),
      m_box(scene->addRect(QRectF(), QPen(QColor(0x88, 0x88, 0x88)), QColor(255, 255, 255, 235))),
      m_text(new QGraphicsSimpleTextItem(m_box))
{
    m_line->setZValue(z);
    m_box->setZValue(z);
    m_text->setFont(font);
    hide();
}

void HoverMarker::showAt(double x, const QRectF &plot, const QString &text)
{
    m_text->setText(text);
    const QRectF textRect = m_text->boundingRect();
    const QSizeF size(textRect.width() + 10, textRect.height() + 4);
    double left = x + 8;
    if (left + size.width() > plot.right())
        left = std::max(plot.left(), x - 8 - size.width());
    m_box->setRect(0, 0, size.width(), size.height());
    m_box->setPos(left, plot.top() + 3);
    m_text->setPos(5, 2);
    m_line->setLine(x, plot.top(), x, plot.bottom());
    setVisible(true);
}

void HoverMarker::setVisible(bool visible)
{
    m_box->setVisible(visible);
    m_line->setVisible(visible);
}

bool HoverMarker::isVisible() const
{
    return m_box->isVisible();
}

QString HoverMarker::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace cascade
