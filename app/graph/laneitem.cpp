// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/laneitem.h"

#include "app/graph/graphscene.h"
#include "app/presentation/displayformat.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

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
constexpr qreal kMinTitlePixels = 11; // the smallest title height on screen, in pixels

} // namespace

LaneItem::LaneItem(int index, const QString &title, const QRectF &rect, int actorCount)
    : m_index(index), m_title(actorCount > 0 ? QStringLiteral("%1 (%2)").arg(title, DisplayFormat::count(actorCount)) : title),
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
    if (lod <= 0)
        return;
    if (12 * lod >= kMinTitlePixels) {
        painter->setFont(titleFont());
        painter->setPen(theme.mutedText);
        painter->drawText(titleRect(), Qt::AlignRight | Qt::AlignTop | Qt::TextWordWrap, m_title);
        return;
    }
    // Fitted to a small panel the gutter is too narrow for a readable title: the title
    // keeps a readable size on screen and sits at the lane's top left, on a backing so
    // the links under it do not cross the text.
    // A lane one row high gets a slightly smaller title that fits it, down to 8 pixels.
    const qreal lanePixels = band.height() * lod;
    const qreal pixels = std::min(kMinTitlePixels, (lanePixels - 2) / 1.3);
    if (pixels < 8)
        return; // a lane too thin on screen: no title rather than one spilling over
    QFont font = titleFont();
    font.setPixelSize(std::max(1, qRound(pixels / lod)));
    const QFontMetricsF fm(font);
    const qreal pad = std::min(3.0, (lanePixels - fm.height() * lod) / 2) / lod;
    QRectF text(band.left() + pad, band.top() + pad, fm.horizontalAdvance(m_title), fm.height());
    if (text.bottom() > band.bottom() || text.right() + pad > band.right())
        return;
    QColor backing = theme.background;
    backing.setAlphaF(0.85);
    painter->setPen(Qt::NoPen);
    painter->setBrush(backing);
    painter->drawRoundedRect(text.adjusted(-pad, -pad / 2, pad, pad / 2), pad, pad);
    painter->setFont(font);
    painter->setPen(theme.mutedText);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, m_title);
}

} // namespace cascade
