// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/timeaxisitem.h"

#include "app/graph/graphscene.h"
#include "app/presentation/timelabels.h"
#include "core/timeline/histogram.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

QFont axisFont()
{
    QFont f = GraphScene::labelFont();
    f.setPixelSize(12);
    return f;
}

constexpr qreal kTickLength = 5;
constexpr qreal kMinTimePixels = 10; // the smallest time label height on screen, in pixels
constexpr qreal kMinTimeZoom = 0.25; // the smallest zoom at which times keep that height

} // namespace

qreal TimeAxisItem::stripHeight()
{
    return QFontMetricsF(axisFont()).height() + kTickLength + 6;
}

TimeAxisItem::TimeAxisItem(const TimeScale &scale, const QRectF &lanes, const QTimeZone &zone)
    : m_scale(scale), m_lanes(lanes)
{
    setZValue(-9);
    setAcceptedMouseButtons(Qt::NoButton);
    const QFontMetricsF fm(axisFont());
    const double pixels = std::abs(scale.x1 - scale.x0);
    const TimeMs span = scale.end - scale.start;
    if (span > 0 && pixels > 0) {
        // About one tick per 110 units, on a round time of the display zone.
        const TimeMs step = niceBucketWidth(span, std::max(1, static_cast<int>(pixels / 110)));
        for (const TimeTick &tick : timeTicks(scale.start, scale.end, step, zone))
            m_ticks.push_back({tick.time, scale.xOf(tick.time), tick.label});
    }
    QRectF b(lanes.left(), lanes.top() - stripHeight(), lanes.width(), stripHeight() + lanes.height());
    for (const Tick &tick : m_ticks) {
        const qreal w = fm.horizontalAdvance(tick.text);
        b |= QRectF(tick.x - w / 2 - 2, lanes.top() - stripHeight(), w + 4, stripHeight());
    }
    // Room for times kept readable on screen down to a zoom of kMinTimeZoom.
    b.setTop(b.top() - (QFontMetricsF(axisFont()).height() * kMinTimePixels / 12 / kMinTimeZoom + 2 / kMinTimeZoom));
    m_bounds = b;
}

void TimeAxisItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto *gs = static_cast<const GraphScene *>(scene());
    if (!gs)
        return;
    const GraphTheme &theme = gs->theme();
    painter->setOpacity(1);
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    QColor rule = theme.laneBorder;
    rule.setAlphaF(0.6);
    const qreal top = m_lanes.top();
    painter->setPen(QPen(theme.mutedText, 0));
    painter->drawLine(QPointF(m_scale.x0, top), QPointF(m_scale.x1, top));
    // Fitted to a small panel, 12-unit times would be unreadable: they keep a readable
    // size on screen (the bounds reserve room above the strip for that), one every few
    // ticks where they crowd.
    const bool small = lod > 0 && 12 * lod < kMinTimePixels;
    QFont font = axisFont();
    if (small)
        font.setPixelSize(std::max(1, qRound(kMinTimePixels / lod)));
    const QFontMetricsF fm(font);
    painter->setFont(font);
    qreal lastRight = -1e300;
    for (const Tick &tick : m_ticks) {
        painter->setPen(QPen(rule, 0, Qt::DotLine));
        painter->drawLine(QPointF(tick.x, top), QPointF(tick.x, m_lanes.bottom()));
        painter->setPen(QPen(theme.mutedText, 0));
        painter->drawLine(QPointF(tick.x, top - kTickLength), QPointF(tick.x, top));
        if (lod <= 0)
            continue;
        const qreal w = fm.horizontalAdvance(tick.text);
        const QRectF r(tick.x - w / 2, top - kTickLength - 2 / std::min(lod, 1.0) - fm.height(), w, fm.height());
        if (small && !m_bounds.contains(r))
            continue; // zoomed out further than the reserved strip allows
        if (r.left() < lastRight + (small ? 6 / lod : 6))
            continue; // no text over text: a tick whose time does not fit stays unlabelled
        painter->drawText(r, Qt::AlignCenter | Qt::TextSingleLine, tick.text);
        lastRight = r.right();
    }
}

TimeCursorItem::TimeCursorItem(const TimeScale &scale, const QRectF &lanes, const QTimeZone &zone)
    : m_scale(scale), m_lanes(lanes), m_zone(zone)
{
    setZValue(-8);
    setAcceptedMouseButtons(Qt::NoButton);
}

void TimeCursorItem::setTime(TimeMs t)
{
    const QString text = toDateTime(t, m_zone).toString(QStringLiteral("HH:mm"));
    const qreal x = std::clamp(m_scale.xOf(t), std::min(m_scale.x0, m_scale.x1), std::max(m_scale.x0, m_scale.x1));
    if (pos().x() == x && text == m_text && !m_bounds.isEmpty())
        return;
    prepareGeometryChange();
    m_text = text;
    const QFontMetricsF fm(axisFont());
    const qreal w = fm.horizontalAdvance(m_text) + 8;
    const qreal h = fm.height() + 2;
    // Item coordinates: x = 0 is the cursor line; the time sits on it, at the lanes' bottom.
    m_bounds = QRectF(-w / 2 - 2, m_lanes.top() - 1, w + 4, m_lanes.height() + h + 2);
    setPos(x, 0);
}

void TimeCursorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const auto *gs = static_cast<const GraphScene *>(scene());
    if (!gs)
        return;
    const GraphTheme &theme = gs->theme();
    painter->setOpacity(1);
    QColor line = theme.flash;
    line.setAlphaF(0.9);
    painter->setPen(QPen(line, 1.5));
    painter->drawLine(QPointF(0, m_lanes.top()), QPointF(0, m_lanes.bottom()));
    const QFontMetricsF fm(axisFont());
    const qreal w = fm.horizontalAdvance(m_text) + 8;
    const QRectF r(-w / 2, m_lanes.bottom() + 1, w, fm.height() + 1);
    painter->setPen(Qt::NoPen);
    painter->setBrush(line);
    painter->drawRoundedRect(r, 3, 3);
    painter->setFont(axisFont());
    painter->setPen(theme.background);
    painter->drawText(r, Qt::AlignCenter | Qt::TextSingleLine, m_text);
}

} // namespace cascade
