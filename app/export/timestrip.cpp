// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/timestrip.h"

#include "app/presentation/displayformat.h"
#include "core/model/case.h"
#include "core/timeline/histogram.h"
#include "core/timeline/timeaxis.h"
#include "core/timeline/timeindex.h"
#include "core/timeline/wallclock.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

constexpr qreal kMarkerRadius = 8;
constexpr qreal kBarsHeight = 26;
constexpr int kTargetBuckets = 96;

} // namespace

TimeStrip::TimeStrip(const Case &c, const TimeIndex &index, const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    for (const Milestone &m : c.milestones)
        m_milestones.push_back(m.time);
    m_start = c.startTime();
    m_end = c.endTime();
    for (TimeMs t : m_milestones) {
        m_start = std::min(m_start, t);
        m_end = std::max(m_end, t);
    }
    if (m_end <= m_start)
        m_end = m_start + kMsPerHour;
    // A little room at both ends so that the first and last events are not on the edge.
    const TimeMs pad = (m_end - m_start) / 40;
    m_start -= pad;
    m_end += pad;
    const TimeMs width = niceBucketWidth(m_end - m_start, kTargetBuckets);
    m_buckets = eventHistogram(index, m_start, m_end, width);
    for (const HistogramBucket &b : m_buckets)
        m_maxBucket = std::max(m_maxBucket, b.total());
}

qreal TimeStrip::height(const QFont &font)
{
    const QFontMetricsF fm(font);
    return 2 * kMarkerRadius + 6 + kBarsHeight + 4 + fm.height();
}

std::vector<TimeStrip::Tick> TimeStrip::ticks(double width, const QFont &font) const
{
    const QFontMetricsF fm(font);
    const double labelWidth = fm.horizontalAdvance(QStringLiteral("17 Jan 00:00")) + 24;
    const int most = std::max(2, static_cast<int>(width / labelWidth));
    const TimeMs span = m_end - m_start;
    const TimeMs step = std::max(kMsPerMinute, niceBucketWidth(span, most));
    const bool withDate = step >= kMsPerDay || DisplayFormat::spansSeveralDays(m_start, m_end, m_zone);
    std::vector<Tick> out;
    for (const TimeMs t : wallClockTicks(m_start, m_end, step, m_zone)) {
        if (out.size() == 64)
            break;
        QString text = step >= kMsPerDay ? QLocale().toString(toDateTime(t, m_zone), QStringLiteral("d MMM"))
                                         : DisplayFormat::clock(t, m_zone, withDate && out.empty());
        out.push_back({t, text});
    }
    return out;
}

void TimeStrip::paint(QPainter *painter, const QRectF &rect, TimeMs cursor, int milestone, const GraphTheme &theme,
                      const QFont &font) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QFontMetricsF fm(font);
    const TimeAxis axis = TimeAxis::make(m_start, m_end, rect.left() + kMarkerRadius, rect.width() - 2 * kMarkerRadius);
    const qreal markersTop = rect.top();
    const qreal barsTop = markersTop + 2 * kMarkerRadius + 6;
    const qreal baseline = barsTop + kBarsHeight;
    const qreal labelsTop = baseline + 4;

    // Bars: the events of each bucket, darker up to the cursor.
    QColor past = theme.edges[0].colour;
    QColor future = theme.mutedText;
    future.setAlphaF(0.28);
    if (m_maxBucket > 0) {
        painter->setPen(Qt::NoPen);
        for (const HistogramBucket &b : m_buckets) {
            const int n = b.total();
            if (n == 0)
                continue;
            const double x0 = axis.mapTimeToX(b.start);
            const double x1 = axis.mapTimeToX(b.end);
            // Square root: one event stays visible beside a burst of hundreds.
            const double h = std::max(2.0, kBarsHeight * std::sqrt(double(n) / m_maxBucket));
            const QRectF bar(x0 + 0.5, baseline - h, std::max(1.0, x1 - x0 - 1.0), h);
            painter->setBrush(b.start <= cursor ? past : future);
            painter->drawRect(bar);
        }
    }
    painter->setPen(QPen(theme.mutedText, 1));
    painter->drawLine(QPointF(rect.left(), baseline), QPointF(rect.right(), baseline));

    // Ticks and their times, except where the cursor's own time goes.
    const double cursorX = axis.mapTimeToX(std::clamp(cursor, m_start, m_end));
    QFont bold = font;
    bold.setBold(true);
    const QString cursorText = DisplayFormat::clock(cursor, m_zone, DisplayFormat::spansSeveralDays(m_start, m_end, m_zone));
    const qreal cursorWidth = QFontMetricsF(bold).horizontalAdvance(cursorText);
    const QRectF cursorLabel(std::clamp(cursorX - cursorWidth / 2, rect.left(), rect.right() - cursorWidth), labelsTop,
                             cursorWidth, fm.height());
    painter->setFont(font);
    for (const Tick &tick : ticks(axis.width, font)) {
        const double x = axis.mapTimeToX(tick.time);
        const qreal w = fm.horizontalAdvance(tick.text);
        const QRectF box(std::clamp(x - w / 2, rect.left(), rect.right() - w), labelsTop, w, fm.height());
        painter->setPen(QPen(theme.mutedText, 1));
        painter->drawLine(QPointF(x, baseline), QPointF(x, baseline + 3));
        if (box.adjusted(-8, 0, 8, 0).intersects(cursorLabel))
            continue;
        painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, tick.text);
    }

    // Milestones: numbered markers, pushed apart when they would overlap, with a leader
    // to their true time.
    const std::size_t n = m_milestones.size();
    std::vector<double> x(n), at(n);
    const double gap = 2 * kMarkerRadius + 2;
    for (std::size_t i = 0; i < n; ++i) {
        at[i] = axis.mapTimeToX(m_milestones[i]);
        x[i] = std::max(at[i], i ? x[i - 1] + gap : rect.left() + kMarkerRadius);
    }
    for (std::size_t k = n; k-- > 0;)
        x[k] = std::min(x[k], k + 1 < n ? x[k + 1] - gap : rect.right() - kMarkerRadius);
    QFont small = font;
    small.setPixelSize(std::max(8, static_cast<int>(kMarkerRadius * 1.25)));
    small.setBold(true);
    painter->setFont(small);
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF c(x[i], markersTop + kMarkerRadius);
        const bool current = static_cast<int>(i) == milestone;
        const bool passed = m_milestones[i] <= cursor;
        painter->setPen(QPen(theme.mutedText, 1));
        painter->drawLine(QPointF(x[i], c.y() + kMarkerRadius), QPointF(at[i], barsTop));
        painter->drawLine(QPointF(at[i], barsTop), QPointF(at[i], baseline));
        painter->setPen(QPen(current ? theme.selection : theme.mutedText, current ? 1.6 : 1));
        painter->setBrush(current ? theme.highlight : passed ? theme.chipFill : theme.background);
        if (current) {
            QColor solid = theme.highlight;
            solid.setAlphaF(1.0);
            painter->setBrush(solid);
        }
        painter->drawEllipse(c, kMarkerRadius, kMarkerRadius);
        painter->setPen(current ? QColor(Qt::black) : passed ? theme.text : theme.mutedText);
        painter->drawText(QRectF(c.x() - kMarkerRadius, c.y() - kMarkerRadius, 2 * kMarkerRadius, 2 * kMarkerRadius),
                          Qt::AlignCenter, QString::number(i + 1));
    }

    // The cursor: a line through the bars and its time below.
    painter->setPen(QPen(theme.selection, 2, Qt::SolidLine, Qt::FlatCap));
    painter->drawLine(QPointF(cursorX, barsTop - 3), QPointF(cursorX, baseline + 3));
    painter->setFont(bold);
    painter->setPen(theme.text);
    painter->drawText(cursorLabel, Qt::AlignCenter | Qt::TextSingleLine, cursorText);
    painter->restore();
}

} // namespace cascade
