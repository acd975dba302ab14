// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presentation/timelabels.h"

#include "app/presentation/displayformat.h"
#include "core/timeline/wallclock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "cascade::TimeLabels").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(cascade::TimeLabels)
};

// The wall-clock time of day, with seconds only when not zero (milliseconds are dropped:
// a cursor moved by playback or the mouse rarely sits on a round second).
QString clockText(const QDateTime &local)
{
    const QTime t = local.time();
    if (t.second() != 0)
        return QLocale().toString(local, QStringLiteral("HH:mm:ss"));
    return QLocale().toString(local, QStringLiteral("HH:mm"));
}

} // namespace

QString formatCursorTime(TimeMs time, const QTimeZone &zone)
{
    const QDateTime local = toDateTime(time, zone);
    return QStringLiteral("%1 %2 (%3)")
        .arg(QLocale().toString(local, QStringLiteral("ddd d MMM yyyy")), clockText(local), DisplayFormat::zoneName(zone));
}

QString formatShortTime(TimeMs time, const QTimeZone &zone)
{
    const QDateTime local = toDateTime(time, zone);
    return QStringLiteral("%1 %2").arg(QLocale().toString(local, QStringLiteral("d MMM")), clockText(local));
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
    return QStringLiteral("%1\u2013%2").arg(QLocale().toString(from, format), QLocale().toString(to, format));
}

QString formatBucketSummary(const HistogramBucket &bucket, const QTimeZone &zone)
{
    QStringList parts;
    for (int k = 0; k < kEventKindCount; ++k)
        if (const int n = bucket.count(static_cast<EventKind>(k)))
            parts << eventKindCount(static_cast<EventKind>(k), n);
    return QStringLiteral("%1: %2").arg(formatBucketRange(bucket.start, bucket.end, zone),
                                        parts.isEmpty() ? Text::tr("no events") : parts.join(QStringLiteral(", ")));
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
    // One decimal below 10 (1.5M), none above (15M); no trailing ".0"; the interface
    // locale's decimal point ("1,5 M" in French).
    auto scaled = [v](double unit, const QString &pattern) {
        const double x = v / unit;
        const QLocale locale;
        QString text = locale.toString(x, 'f', std::abs(x) < 10 ? 1 : 0);
        const QString zero = locale.decimalPoint() + locale.zeroDigit();
        if (text.endsWith(zero))
            text.chop(zero.size());
        return pattern.arg(text);
    };
    if (a >= 1e9)
        return scaled(1e9, Text::tr("%1B", "billions"));
    if (a >= 1e6)
        return scaled(1e6, Text::tr("%1M", "millions"));
    if (a >= 1e4)
        return scaled(1e3, Text::tr("%1k", "thousands"));
    return QLocale().toString(value);
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
            label = QLocale().toString(local, QStringLiteral("ddd d MMM"));
        } else {
            label = clockText(local);
            if (step < kMsPerMinute && local.time().second() == 0 && local.time().msec() == 0)
                label = QLocale().toString(local, QStringLiteral("HH:mm:ss"));
            if (local.date() != previousDay)
                label = QLocale().toString(local, QStringLiteral("d MMM ")) + label;
        }
        previousDay = local.date();
        ticks.push_back({t, label});
    }
    return ticks;
}

QString eventKindPlural(EventKind kind)
{
    switch (kind) {
    case EventKind::Post: return Text::tr("Posts");
    case EventKind::Repost: return Text::tr("Reposts");
    case EventKind::Reply: return Text::tr("Replies");
    case EventKind::Quote: return Text::tr("Quotes");
    case EventKind::Offline: return Text::tr("Offline contacts");
    }
    return {};
}

QString eventKindCount(EventKind kind, int count)
{
    switch (kind) {
    case EventKind::Post: return Text::tr("%Ln post(s)", nullptr, count);
    case EventKind::Repost: return Text::tr("%Ln repost(s)", nullptr, count);
    case EventKind::Reply: return Text::tr("%Ln reply(ies)", nullptr, count);
    case EventKind::Quote: return Text::tr("%Ln quote(s)", nullptr, count);
    case EventKind::Offline: return Text::tr("%Ln offline contact(s)", nullptr, count);
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
