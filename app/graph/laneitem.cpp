// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/laneitem.h"

#include "app/graph/graphscene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace cascade {

namespace {

QFont titleFont()
{
    QFont f = GraphScene::labelFont();
    f.setPixelSize(12);
    f.setBold(true);
    return f;
}

constexpr qreal kGutter = 150; // the titles' column, left of the lanes

} // namespace

LaneItem::LaneItem(int index, const QString &title, const QRectF &rect, int actorCount)
    : m_index(index), m_title(actorCount > 0 ? QStringLiteral("%1 (%2)").arg(title).arg(actorCount) : title),
      m_rect(rect)
{
    setZValue(-10);
    setAcceptedMouseButtons(Qt::NoButton);
    m_bounds = m_rect.adjusted(-kGutter, 0, 0, 0) | titleRect();
}

qreal LaneItem::gutterWidth()
{
    return kGutter;
}

QRectF LaneItem::titleRect() const
{
    // In the gutter, right-aligned against the lane, wrapped when long.
    const QFontMetricsF fm(titleFont());
    const QRectF box(m_rect.left() - kGutter + 4, m_rect.top() + 4, kGutter - 14, 1e6);
    const QRectF text = fm.boundingRect(box, Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, m_title);
    return QRectF(box.left(), box.top(), box.width(), text.height());
}

QRectF LaneItem::boundingRect() const
{
    return m_bounds;
}

void LaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto *gs = static_cast<const GraphScene *>(scene());
    if (!gs)
        return;
    const GraphTheme &theme = gs->theme();
    painter->setOpacity(1);
    const QRectF band = m_rect.adjusted(-kGutter, 0, 0, 0);
    painter->setPen(Qt::NoPen);
    painter->setBrush(theme.laneFill[m_index % 2]);
    painter->drawRect(band);
    painter->setPen(QPen(theme.laneBorder, 0));
    painter->drawLine(band.topLeft(), band.topRight());
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (12 * lod < 5)
        return;
    painter->setFont(titleFont());
    painter->setPen(theme.mutedText);
    painter->drawText(titleRect(), Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, m_title);
}

} // namespace cascade
