// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/time.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdio>

namespace cascade {

std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day)
{
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const auto yoe = static_cast<unsigned>(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

namespace {

struct CivilDateTime {
    std::int64_t year;
    unsigned month, day, hour, minute, second, milli;
};

CivilDateTime civilFromMs(TimeMs time)
{
    std::int64_t days = time / kMsPerDay;
    std::int64_t rem = time % kMsPerDay;
    if (rem < 0) {
        rem += kMsPerDay;
        --days;
    }
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    CivilDateTime c{};
    c.day = doy - (153 * mp + 2) / 5 + 1;
    c.month = mp < 10 ? mp + 3 : mp - 9;
    c.year = static_cast<std::int64_t>(yoe) + era * 400 + (c.month <= 2);
    c.hour = static_cast<unsigned>(rem / kMsPerHour);
    c.minute = static_cast<unsigned>(rem / kMsPerMinute % 60);
    c.second = static_cast<unsigned>(rem / kMsPerSecond % 60);
    c.milli = static_cast<unsigned>(rem % 1000);
    return c;
}

template <typename Char>
bool digits(const Char *p, std::size_t n, unsigned &value)
{
    value = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned>(p[i]);
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

unsigned daysInMonth(std::int64_t year, unsigned month)
{
    static constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2) {
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
    }
    return kDays[month - 1];
}

template <typename Char>
std::optional<TimeMs> parseImpl(const Char *s, std::size_t n, TimeParseError *error)
{
    auto fail = [error](TimeParseError e) -> std::optional<TimeMs> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = TimeParseError::None;
    // YYYY-MM-DDTHH:MM:SS
    if (n < 19)
        return fail(n >= 10 ? TimeParseError::MissingOffset : TimeParseError::Syntax);
    unsigned year, month, day, hour, minute, second;
    if (!digits(s, 4, year) || s[4] != '-' || !digits(s + 5, 2, month) || s[7] != '-'
        || !digits(s + 8, 2, day) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        || !digits(s + 11, 2, hour) || s[13] != ':' || !digits(s + 14, 2, minute) || s[16] != ':'
        || !digits(s + 17, 2, second))
        return fail(TimeParseError::Syntax);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
        || minute > 59 || second > 60)
        return fail(TimeParseError::OutOfRange);
    if (second == 60) // leap second: clamp, as most platforms do
        second = 59;
    std::size_t i = 19;
    unsigned milli = 0;
    if (i < n && s[i] == '.') {
        ++i;
        std::size_t fracDigits = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            if (fracDigits < 3)
                milli = milli * 10 + static_cast<unsigned>(s[i] - '0');
            ++fracDigits;
            ++i;
        }
        if (fracDigits == 0 || fracDigits > 9)
            return fail(TimeParseError::Syntax);
        for (std::size_t k = fracDigits; k < 3; ++k)
            milli *= 10;
    }
    if (i == n)
        return fail(TimeParseError::MissingOffset);
    std::int64_t offsetMinutes = 0;
    if (s[i] == 'Z' && i + 1 == n) {
        offsetMinutes = 0;
    } else if ((s[i] == '+' || s[i] == '-') && i + 6 == n && s[i + 3] == ':') {
        unsigned oh, om;
        if (!digits(s + i + 1, 2, oh) || !digits(s + i + 4, 2, om))
            return fail(TimeParseError::Syntax);
        if (oh > 23 || om > 59)
            return fail(TimeParseError::OutOfRange);
        offsetMinutes = static_cast<std::int64_t>(oh * 60 + om) * (s[i] == '-' ? -1 : 1);
    } else {
        return fail(TimeParseError::Syntax);
    }
    const std::int64_t days = daysFromCivil(year, month, day);
    const TimeMs local = ((days * 24 + hour) * 60 + minute) * kMsPerMinute
        + static_cast<TimeMs>(second) * kMsPerSecond + milli;
    return local - offsetMinutes * kMsPerMinute;
}

} // namespace

std::optional<TimeMs> parseIsoTime(std::string_view text, TimeParseError *error)
{
    return parseImpl(text.data(), text.size(), error);
}

std::optional<TimeMs> parseIsoTime(QStringView text, TimeParseError *error)
{
    return parseImpl(text.utf16(), static_cast<std::size_t>(text.size()), error);
}

QString timeParseErrorText(TimeParseError error)
{
    switch (error) {
    case TimeParseError::None:
        return {};
    case TimeParseError::Syntax:
        return QStringLiteral("not a date-time like 2010-01-17T10:45:00-05:00");
    case TimeParseError::MissingOffset:
        return QStringLiteral("time has no UTC offset (add Z or an offset such as -05:00)");
    case TimeParseError::OutOfRange:
        return QStringLiteral("date or time field out of range");
    }
    return {};
}

void appendIsoUtc(std::string &out, TimeMs time)
{
    const CivilDateTime c = civilFromMs(time);
    char buffer[40];
    int len;
    if (c.milli != 0)
        len = std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02u:%02u:%02u.%03uZ",
                            static_cast<long long>(c.year), c.month, c.day, c.hour, c.minute,
                            c.second, c.milli);
    else
        len = std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02u:%02u:%02uZ",
                            static_cast<long long>(c.year), c.month, c.day, c.hour, c.minute,
                            c.second);
    out.append(buffer, static_cast<std::size_t>(len));
}

QString formatIsoUtc(TimeMs time)
{
    std::string s;
    appendIsoUtc(s, time);
    return QString::fromLatin1(s.data(), static_cast<qsizetype>(s.size()));
}

QDateTime toDateTime(TimeMs time)
{
    return QDateTime::fromMSecsSinceEpoch(time, QTimeZone::utc());
}

QDateTime toDateTime(TimeMs time, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(time, zone.isValid() ? zone : QTimeZone::utc());
}

TimeMs fromDateTime(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch();
}

} // namespace cascade
