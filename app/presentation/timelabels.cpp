// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presentation/timelabels.h"

#include "app/presentation/displayformat.h"
#include "core/timeline/wallclock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cascade::TimeLabels", text);
}

// The wall-clock time of day, with seconds only when not zero (milliseconds are dropped:
// a cursor moved by playback or the mouse rarely sits on a round second).
QString clockText(const QDateTime &local)
{
    const QTime t = local.time();
    if (t.second() != 0)
        return local.toString(QStringLiteral("HH:mm:ss"));
    return local.toString(QStringLiteral("HH:mm"));
}

} // namespace

QString formatCursorTime(TimeMs time, const QTimeZone &zone)
{
    const QDateTime local = toDateTime(time, zone);
    return QStringLiteral("%1 %2 (%3)")
        .arg(local.toString(QStringLiteral("ddd d MMM yyyy")), clockText(local), DisplayFormat::zoneName(zone));
}

QString formatShortTime(TimeMs time, const QTimeZone &zone)
{
    const QDateTime local = toDateTime(time, zone);
    return QStringLiteral("%1 %2").arg(local.toString(QStringLiteral("d MMM")), clockText(local));
}

QString formatBucketRange(TimeMs start, TimeMs end, const QTimeZone &zone)
{
    const QDateTime from = toDateTime(start, zone);
    const QDateTime to = toDateTime(end, zone);
    const TimeMs width = end - start;
    QString format = QStringLiteral("HH:mm");
    if (width >= kMsPerDay)
        format = QStringLiteral("d MMM");
    else if (width < kMsPerMinute)
        format = QStringLiteral("HH:mm:ss");
    return QStringLiteral("%1\u2013%2").arg(from.toString(format), to.toString(format));
}

QString formatBucketSummary(const HistogramBucket &bucket, const QTimeZone &zone)
{
    QStringList parts;
    for (int k = 0; k < kEventKindCount; ++k)
        if (const int n = bucket.count(static_cast<EventKind>(k)))
            parts << eventKindCount(static_cast<EventKind>(k), n);
    return QStringLiteral("%1: %2").arg(formatBucketRange(bucket.start, bucket.end, zone),
                                        parts.isEmpty() ? tr("no events") : parts.join(QStringLiteral(", ")));
}

QString formatUtcOffset(TimeMs time, const QTimeZone &zone)
{
    const int seconds = toDateTime(time, zone).offsetFromUtc();
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QChar(0x2212) : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString formatCompactCount(std::int64_t value)
{
    const double v = static_cast<double>(value);
    const double a = std::abs(v);
    auto scaled = [v](double unit, const QString &suffix) {
        const double x = v / unit;
        // One decimal below 10 (1.5M), none above (15M); drop a trailing ".0".
        QString text = QString::number(x, 'f', std::abs(x) < 10 ? 1 : 0);
        if (text.endsWith(QLatin1String(".0")))
            text.chop(2);
        text.append(suffix);
        return text;
    };
    if (a >= 1e9)
        return scaled(1e9, QStringLiteral("B"));
    if (a >= 1e6)
        return scaled(1e6, QStringLiteral("M"));
    if (a >= 1e4)
        return scaled(1e3, QStringLiteral("k"));
    return QString::number(value);
}

std::vector<TimeTick> timeTicks(TimeMs start, TimeMs end, TimeMs step, const QTimeZone &zone)
{
    std::vector<TimeTick> ticks;
    const bool daySteps = step >= kMsPerDay;
    QDate previousDay;
    for (const TimeMs t : wallClockTicks(start, end, step, zone)) {
        const QDateTime local = toDateTime(t, zone);
        QString label;
        if (daySteps) {
            label = local.toString(QStringLiteral("ddd d MMM"));
        } else {
            label = clockText(local);
            if (step < kMsPerMinute && local.time().second() == 0 && local.time().msec() == 0)
                label = local.toString(QStringLiteral("HH:mm:ss"));
            if (local.date() != previousDay)
                label = local.toString(QStringLiteral("d MMM ")) + label;
        }
        previousDay = local.date();
        ticks.push_back({t, label});
    }
    return ticks;
}

QString eventKindPlural(EventKind kind)
{
    switch (kind) {
    case EventKind::Post: return tr("Posts");
    case EventKind::Repost: return tr("Reposts");
    case EventKind::Reply: return tr("Replies");
    case EventKind::Quote: return tr("Quotes");
    case EventKind::Offline: return tr("Offline contacts");
    }
    return {};
}

QString eventKindCount(EventKind kind, int count)
{
    const bool one = count == 1;
    switch (kind) {
    case EventKind::Post: return one ? tr("1 post") : tr("%1 posts").arg(count);
    case EventKind::Repost: return one ? tr("1 repost") : tr("%1 reposts").arg(count);
    case EventKind::Reply: return one ? tr("1 reply") : tr("%1 replies").arg(count);
    case EventKind::Quote: return one ? tr("1 quote") : tr("%1 quotes").arg(count);
    case EventKind::Offline: return one ? tr("1 offline contact") : tr("%1 offline contacts").arg(count);
    }
    return {};
}

QColor eventKindColor(EventKind kind)
{
    switch (kind) {
    case EventKind::Post: return QColor(0x00, 0x72, 0xB2);
    case EventKind::Repost: return QColor(0xE6, 0x9F, 0x00);
    case EventKind::Reply: return QColor(0x00, 0x9E, 0x73);
    case EventKind::Quote: return QColor(0xCC, 0x79, 0xA7);
    case EventKind::Offline: return QColor(0xD5, 0x5E, 0x00);
    }
    return Qt::gray;
}

} // namespace cascade
