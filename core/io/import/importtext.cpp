// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/import/importtext.h"

#include <array>
#include <cstring>

namespace cascade::importtext {

namespace {

constexpr TimeMs kEarliestPlatformTime = 631152000000LL;  // 1990-01-01T00:00:00Z
constexpr TimeMs kLatestPlatformTime = 4102444800000LL;   // 2100-01-01T00:00:00Z

bool isHandleChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-')
        || c == QLatin1Char('@');
}

char32_t namedEntity(QStringView name)
{
    struct Named {
        const char *name;
        char32_t value;
    };
    static constexpr Named kNamed[] = {{"amp", U'&'},  {"lt", U'<'},     {"gt", U'>'},
                                       {"quot", U'"'}, {"apos", U'\''},  {"nbsp", U'\u00A0'},
                                       {"hellip", U'\u2026'}};
    for (const Named &n : kNamed)
        if (name == QLatin1String(n.name))
            return n.value;
    return 0;
}

char32_t numericEntity(QStringView body)
{
    bool ok = false;
    uint value = 0;
    if (body.size() > 1 && (body[0] == QLatin1Char('x') || body[0] == QLatin1Char('X')))
        value = body.mid(1).toUInt(&ok, 16);
    else
        value = body.toUInt(&ok, 10);
    if (!ok || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    return value;
}

int monthFromName(std::string_view m)
{
    static constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (m == kMonths[i])
            return static_cast<int>(i) + 1;
    return 0;
}

bool number(std::string_view s, int &out)
{
    if (s.empty())
        return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

} // namespace

QString decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != QLatin1Char('&')) {
            out.append(text[i]);
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
        char32_t value = 0;
        if (semi > i + 1 && semi - i <= 10) {
            const QStringView body = text.mid(i + 1, semi - i - 1);
            value = body[0] == QLatin1Char('#') ? numericEntity(body.mid(1)) : namedEntity(body);
        }
        if (value == 0) {
            out.append(text[i]);
            continue;
        }
        out.append(QString::fromUcs4(&value, 1));
        i = semi;
    }
    return out;
}

QString htmlToText(QStringView html)
{
    QString out;
    out.reserve(html.size());
    for (qsizetype i = 0; i < html.size(); ++i) {
        if (html[i] != QLatin1Char('<')) {
            out.append(html[i]);
            continue;
        }
        const qsizetype close = html.indexOf(QLatin1Char('>'), i);
        if (close < 0) {
            out.append(html.mid(i));
            break;
        }
        const QStringView tag = html.mid(i + 1, close - i - 1).trimmed();
        const bool lineBreak = tag.startsWith(QLatin1String("br"), Qt::CaseInsensitive)
            || (tag.startsWith(QLatin1String("/p"), Qt::CaseInsensitive) && close + 1 < html.size());
        if (lineBreak)
            out.append(QLatin1Char('\n'));
        i = close;
    }
    return decodeEntities(out).trimmed();
}

std::optional<TimeMs> parseTwitterTime(std::string_view s)
{
    // "Wed Oct 10 20:19:24 +0000 2018"
    if (s.size() != 30 || s[3] != ' ' || s[7] != ' ' || s[10] != ' ' || s[13] != ':' || s[16] != ':' || s[19] != ' '
        || s[25] != ' ' || (s[20] != '+' && s[20] != '-'))
        return std::nullopt;
    const int month = monthFromName(s.substr(4, 3));
    int day = 0, hour = 0, minute = 0, second = 0, offset = 0, year = 0;
    if (month == 0 || !number(s.substr(8, 2), day) || !number(s.substr(11, 2), hour) || !number(s.substr(14, 2), minute)
        || !number(s.substr(17, 2), second) || !number(s.substr(21, 4), offset) || !number(s.substr(26, 4), year))
        return std::nullopt;
    if (day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    const TimeMs offsetMs = ((offset / 100) * 60 + offset % 100) * kMsPerMinute * (s[20] == '-' ? -1 : 1);
    const TimeMs t = daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * kMsPerDay
        + hour * kMsPerHour + minute * kMsPerMinute + second * kMsPerSecond - offsetMs;
    if (!plausiblePlatformTime(t))
        return std::nullopt;
    return t;
}

bool plausiblePlatformTime(TimeMs time)
{
    return time >= kEarliestPlatformTime && time < kLatestPlatformTime;
}

std::optional<TimeMs> parsePlatformIsoTime(std::string_view text)
{
    const std::optional<TimeMs> t = parseIsoTime(text);
    if (!t || !plausiblePlatformTime(*t))
        return std::nullopt;
    return t;
}

qsizetype utf16IndexOfCodePoint(QStringView text, qsizetype index)
{
    qsizetype i = 0;
    for (qsizetype cp = 0; cp < index && i < text.size(); ++cp)
        i += (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) ? 2 : 1;
    return std::min(i, text.size());
}

qsizetype utf16IndexOfUtf8Byte(QStringView text, qsizetype offset)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size() && bytes < offset) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            bytes += 4;
            i += 2;
        } else {
            bytes += c < 0x80 ? 1 : (c < 0x800 ? 2 : 3);
            ++i;
        }
    }
    return i;
}

QString retweetedHandle(QStringView text)
{
    if (!text.startsWith(QLatin1String("RT @")))
        return {};
    qsizetype end = 4;
    while (end < text.size() && (text[end].isLetterOrNumber() || text[end] == QLatin1Char('_')))
        ++end;
    if (end == 4 || end >= text.size() || text[end] != QLatin1Char(':'))
        return {};
    return text.mid(4, end - 4).toString();
}

qsizetype leadingMentionsLength(QStringView text)
{
    qsizetype i = 0;
    qsizetype taken = 0;
    while (i < text.size() && text[i] == QLatin1Char('@')) {
        qsizetype end = i + 1;
        while (end < text.size() && isHandleChar(text[end]))
            ++end;
        if (end == i + 1)
            break;
        taken = end;
        i = end;
        while (i < text.size() && text[i].isSpace())
            ++i;
    }
    return taken;
}

} // namespace cascade::importtext
