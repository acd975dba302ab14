// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/presentation/displayformat.h"

#include "app/presentation/language.h"
#include "core/analysis/cascades.h"
#include "core/model/case.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace cascade::DisplayFormat {

namespace {

// The texts of this file, for Qt Linguist (the context "cascade::DisplayFormat").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(cascade::DisplayFormat)
};

} // namespace

QString zoneName(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == QTimeZone::utc())
        return QStringLiteral("UTC");
    return QString::fromUtf8(zone.id());
}

QString zoneCity(const QTimeZone &zone)
{
    QString name = zoneName(zone);
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    if (slash >= 0)
        name = name.mid(slash + 1);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name;
}

bool spansSeveralDays(TimeMs from, TimeMs to, const QTimeZone &zone)
{
    return toDateTime(from, zone).date() != toDateTime(to, zone).date();
}

QString clock(TimeMs t, const QTimeZone &zone, bool withDate, bool alwaysSeconds)
{
    const QDateTime dt = toDateTime(t, zone);
    QString format = alwaysSeconds || dt.time().second() != 0 ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm");
    if (withDate)
        format = QStringLiteral("d MMM ") + format;
    return QLocale().toString(dt, format);
}

QString dateTime(TimeMs t, const QTimeZone &zone)
{
    const QDateTime dt = toDateTime(t, zone);
    return QLocale().toString(dt, dt.time().second() != 0 ? QStringLiteral("d MMM yyyy HH:mm:ss")
                                                              : QStringLiteral("d MMM yyyy HH:mm"));
}

QString duration(TimeMs ms, DurationStyle style)
{
    if (ms < 0)
        return QStringLiteral("-") + duration(-ms, style);
    const std::int64_t s = ms / kMsPerSecond;
    const std::int64_t d = s / 86400, h = s / 3600 % 24, m = s / 60 % 60, sec = s % 60;
    if (style == DurationStyle::Compact) {
        if (d > 0)
            return QStringLiteral("%1d%2h").arg(d).arg(h);
        if (h > 0)
            return QStringLiteral("%1h%2m").arg(h).arg(m, 2, 10, QLatin1Char('0'));
        if (m > 0)
            return QStringLiteral("%1m%2s").arg(m).arg(sec, 2, 10, QLatin1Char('0'));
        return QStringLiteral("%1s").arg(sec);
    }
    if (d > 0)
        return h > 0 ? Text::tr("%1 d %2 h").arg(d).arg(h) : Text::tr("%1 d").arg(d);
    if (h > 0)
        return m > 0 ? Text::tr("%1 h %2 min").arg(h).arg(m) : Text::tr("%1 h").arg(h);
    if (m > 0)
        return sec > 0 ? Text::tr("%1 min %2 s").arg(m).arg(sec) : Text::tr("%1 min").arg(m);
    return Text::tr("%1 s").arg(sec);
}

QString count(std::int64_t n)
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale.toString(static_cast<qlonglong>(n));
}

QString score(double x)
{
    if (x == 0)
        return QStringLiteral("0");
    if (std::abs(x) >= 1000)
        return count(std::llround(x));
    return QLocale().toString(x, 'g', 3);
}

QString fixed(double x, int decimals)
{
    return QLocale().toString(x, 'f', decimals);
}

QString handle(const Case &c, ActorId a)
{
    if (a < 0 || a >= static_cast<ActorId>(c.actors.size()))
        return {};
    return c.actors[static_cast<std::size_t>(a)].handle;
}

QString roleLabel(const Case &c, ActorId a)
{
    if (a < 0 || a >= static_cast<ActorId>(c.actors.size()))
        return {};
    return labelOfRole(c, c.actors[static_cast<std::size_t>(a)].role);
}

QString labelOfRole(const Case &c, RoleId r)
{
    if (r < 0 || r >= static_cast<RoleId>(c.roles.size()))
        return {};
    const Role &role = c.roles[static_cast<std::size_t>(r)];
    const QString &label = translated(role.translations, Language::current(), QStringLiteral("label"), role.label);
    return label.isEmpty() ? role.id : label;
}

QString caseTitle(const Case &c)
{
    return translated(c.translations, Language::current(), QStringLiteral("title"), c.title);
}

QString caseHeading(const Case &c)
{
    return c.title.isEmpty() ? Text::tr("Untitled case") : caseTitle(c);
}

QString caseSummary(const Case &c)
{
    return translated(c.translations, Language::current(), QStringLiteral("summary"), c.summary);
}

QString cascadeShape(CascadeShape shape)
{
    return shape == CascadeShape::Viral ? Text::tr("viral") : Text::tr("broadcast");
}

QString sourceTitle(const Source &s)
{
    const QString &title = translated(s.translations, Language::current(), QStringLiteral("title"), s.title);
    return title.isEmpty() ? s.id : title;
}

QString sourceNote(const Source &s)
{
    return translated(s.translations, Language::current(), QStringLiteral("note"), s.note);
}

QString milestoneTitle(const Milestone &m)
{
    return translated(m.translations, Language::current(), QStringLiteral("title"), m.title);
}

QString milestoneCaption(const Milestone &m)
{
    return translated(m.translations, Language::current(), QStringLiteral("caption"), m.caption);
}

QString milestoneNotes(const Milestone &m)
{
    return translated(m.translations, Language::current(), QStringLiteral("speaker_notes"), m.speakerNotes);
}

QColor roleColor(const Case &c, ActorId a)
{
    if (a >= 0 && a < static_cast<ActorId>(c.actors.size())) {
        const RoleId r = c.actors[static_cast<std::size_t>(a)].role;
        if (r >= 0 && r < static_cast<RoleId>(c.roles.size()))
            return QColor::fromRgb(static_cast<QRgb>(c.roles[static_cast<std::size_t>(r)].rgb | 0xff000000u));
    }
    return QColor::fromRgb(static_cast<QRgb>(kNoRoleRgb | 0xff000000u));
}

} // namespace cascade::DisplayFormat
