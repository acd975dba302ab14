// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <string_view>

class QDateTime;
class QTimeZone;

namespace cascade {

// A point in time: milliseconds since 1970-01-01T00:00:00Z. Everything in core is UTC;
// a case's display time zone only changes labels.
using TimeMs = std::int64_t;

inline constexpr TimeMs kMsPerSecond = 1000;
inline constexpr TimeMs kMsPerMinute = 60 * kMsPerSecond;
inline constexpr TimeMs kMsPerHour = 60 * kMsPerMinute;
inline constexpr TimeMs kMsPerDay = 24 * kMsPerHour;

// Why a time string was rejected.
enum class TimeParseError { None, Syntax, MissingOffset, OutOfRange };

// Parses an RFC 3339 / ISO 8601 date-time that carries an explicit offset:
// "2010-01-17T10:45:00-05:00", "2010-01-17T15:45:00Z", "2010-01-17T15:45:00.250Z".
// 1 to 9 fraction digits are accepted (kept to the millisecond). A time without an
// offset is an error (MissingOffset), never local time. Fast: no allocation.
std::optional<TimeMs> parseIsoTime(std::string_view text, TimeParseError *error = nullptr);
std::optional<TimeMs> parseIsoTime(QStringView text, TimeParseError *error = nullptr);

// A human-readable reason for a parse error, e.g. "time has no UTC offset".
QString timeParseErrorText(TimeParseError error);

// "2010-01-17T15:45:00Z", with ".mmm" only when the milliseconds are not zero.
QString formatIsoUtc(TimeMs time);
// Appends the same text to a UTF-8 buffer (for writers).
void appendIsoUtc(std::string &out, TimeMs time);

// Conversions to Qt's types for display.
QDateTime toDateTime(TimeMs time);                          // UTC QDateTime
QDateTime toDateTime(TimeMs time, const QTimeZone &zone);   // in a zone
TimeMs fromDateTime(const QDateTime &dateTime);

// Days since 1970-01-01 for a proleptic Gregorian civil date (Howard Hinnant's algorithm).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);

} // namespace cascade
