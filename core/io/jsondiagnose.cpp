// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/jsondiagnose.h"

#include "core/io/jsontext.h"

#include <QCoreApplication>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace cascade::json {

namespace {

// The texts of this file, for Qt Linguist (the context "JsonDiagnose"). The fragments
// passed as `const char *what` are marked with QT_TRANSLATE_NOOP where they are written
// and translated where they are used, only when a problem is reported.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(JsonDiagnose)
};

QString hexByte(unsigned char c)
{
    return QStringLiteral("0x") + QString::number(unsigned(c), 16).rightJustified(2, QLatin1Char('0')).toUpper();
}

// Length of the valid UTF-8 character at `i` (1 for ASCII), or 0 when it is invalid.
std::size_t utf8Length(std::string_view s, std::size_t i)
{
    const std::size_t end = std::min(s.size(), i + 4);
    const std::size_t bad = findInvalidUtf8(s.substr(i, end - i));
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t want = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (want == 0 || i + want > s.size())
        return 0;
    // findInvalidUtf8 stops at the first bad byte: the character is valid when that is
    // at or after its end.
    return bad == std::string_view::npos || bad >= want ? want : 0;
}

QString hexUnit(std::uint32_t unit)
{
    return QString::number(unit, 16).rightJustified(4, QLatin1Char('0')).toUpper();
}

QString invalidUtf8(unsigned char c)
{
    return Text::tr("invalid UTF-8 byte %1 (case files are UTF-8 text)").arg(hexByte(c));
}

// The bytes that stand for themselves inside a JSON string: printable ASCII but '"' and '\\'.
constexpr auto kPlainText = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return plain;
}();

class Diagnoser {
public:
    Diagnoser(std::string_view text, int maxDepth) : m_in(text), m_maxDepth(maxDepth) { }

    std::optional<SyntaxProblem> run()
    {
        if (m_in.substr(0, 3) == "\xEF\xBB\xBF")
            m_pos = 3;
        skipSpace();
        if (!value(1, QT_TRANSLATE_NOOP("JsonDiagnose", "a value")))
            return m_problem;
        skipSpace();
        if (m_pos < m_in.size()) {
            if (!token())
                return m_problem;
            fail(Text::tr("expected the end of the file after the top-level value, found %1").arg(found()));
            return m_problem;
        }
        return std::nullopt;
    }

private:
    struct Segment {
        std::string_view key; // raw text of a member name
        std::int64_t index = -1;
    };

    QString pathText() const
    {
        constexpr std::size_t kShown = 8;
        QString s;
        for (std::size_t i = 0; i < m_path.size() && i < kShown; ++i) {
            const Segment &seg = m_path[i];
            if (seg.index < 0 && seg.key.data() == nullptr)
                continue; // a member whose name is not read yet
            if (seg.index >= 0) {
                s += QLatin1Char('[') + QString::number(seg.index) + QLatin1Char(']');
            } else {
                if (!s.isEmpty())
                    s += QLatin1Char('.');
                s += QString::fromUtf8(seg.key.data(), static_cast<qsizetype>(seg.key.size()));
            }
        }
        if (m_path.size() > kShown)
            s += QStringLiteral("...");
        return s;
    }

    bool fail(const QString &message)
    {
        m_problem = SyntaxProblem{m_pos, pathText(), message};
        return false;
    }

    QString found() const { return describeByteAt(m_in, m_pos); }

    // At a place where a token must start: false (with the problem set) when the byte is
    // not text at all (invalid UTF-8); the caller names what it expected otherwise.
    bool token()
    {
        if (m_pos < m_in.size() && static_cast<unsigned char>(m_in[m_pos]) >= 0x80 && !utf8Length(m_in, m_pos))
            return fail(invalidUtf8(static_cast<unsigned char>(m_in[m_pos])));
        return true;
    }

    bool expected(const char *what)
    {
        if (!token())
            return false;
        if (m_pos >= m_in.size())
            return fail(Text::tr("expected %1, found the end of the file (is the file cut off?)").arg(Text::tr(what)));
        return fail(Text::tr("expected %1, found %2").arg(Text::tr(what), found()));
    }

    void skipSpace()
    {
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                break;
            ++m_pos;
        }
    }

    static bool isWordChar(char c)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
            || c == '+' || c == '.';
    }

    std::string_view word() const
    {
        std::size_t end = m_pos;
        while (end < m_in.size() && end - m_pos < 40 && isWordChar(m_in[end]))
            ++end;
        return m_in.substr(m_pos, end - m_pos);
    }

    bool literal()
    {
        const std::string_view w = word();
        if (w == "true" || w == "false" || w == "null") {
            m_pos += w.size();
            return true;
        }
        return fail(Text::tr("expected a value (text goes in double quotes), found %1")
                        .arg(QString::fromLatin1(w.data(), static_cast<qsizetype>(w.size()))));
    }

    bool hex4(std::size_t at, std::uint32_t &out) const
    {
        out = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            if (at + k >= m_in.size())
                return false;
            const char c = m_in[at + k];
            const int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
            if (d < 0)
                return false;
            out = out * 16 + static_cast<std::uint32_t>(d);
        }
        return true;
    }

    bool escape()
    {
        // m_pos is at the backslash.
        if (m_pos + 1 >= m_in.size()) {
            ++m_pos;
            return fail(Text::tr("expected '\"' to end the string, found the end of the file (is the file cut off?)"));
        }
        const char e = m_in[m_pos + 1];
        if (e == 'u') {
            std::uint32_t unit = 0;
            if (!hex4(m_pos + 2, unit)) {
                if (m_pos + 6 > m_in.size() && m_in.find_first_not_of("0123456789abcdefABCDEF", m_pos + 2) == std::string_view::npos) {
                    m_pos = m_in.size();
                    return fail(Text::tr("expected '\"' to end the string, found the end of the file (is the file cut off?)"));
                }
                return fail(Text::tr("invalid escape in a string (expected \\u and four hexadecimal digits)"));
            }
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return fail(Text::tr("invalid escape \\u%1 in a string (half of a UTF-16 pair without its first half)")
                                .arg(hexUnit(unit)));
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                std::uint32_t low = 0;
                if (m_in.substr(m_pos + 6, 2) != "\\u" || !hex4(m_pos + 8, low) || low < 0xDC00 || low > 0xDFFF)
                    return fail(Text::tr("invalid escape \\u%1 in a string (half of a UTF-16 pair without its second half)")
                                    .arg(hexUnit(unit)));
                m_pos += 12;
                return true;
            }
            m_pos += 6;
            return true;
        }
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
            m_pos += 2;
            return true;
        }
        return fail(Text::tr("invalid escape in a string (expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and four hexadecimal digits)"));
    }

    bool string()
    {
        ++m_pos; // the opening quote
        while (m_pos < m_in.size()) {
            // Most of a text is printable ASCII: one table lookup a byte (the importers
            // check every record with this, docs/performance.md "The record check").
            while (m_pos < m_in.size() && kPlainText[static_cast<unsigned char>(m_in[m_pos])])
                ++m_pos;
            if (m_pos == m_in.size())
                break;
            const auto c = static_cast<unsigned char>(m_in[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                if (!escape())
                    return false;
                continue;
            }
            if (c == 0)
                return fail(Text::tr("expected text or '\"' to end the string, found a NUL byte (0x00), which a text file cannot contain"));
            if (c == '\n' || c == '\r')
                return fail(Text::tr("expected '\"' to end the string, found a line break (a missing '\"'? a line break in a text is written \\n)"));
            if (c < 0x20)
                return fail(Text::tr("expected text or '\"' to end the string, found control character %1 (write it as \\u00%2)")
                                .arg(hexByte(c))
                                .arg(unsigned(c), 2, 16, QLatin1Char('0')));
            if (c >= 0x80) {
                const std::size_t n = utf8Length(m_in, m_pos);
                if (!n)
                    return fail(invalidUtf8(c));
                m_pos += n;
                continue;
            }
            ++m_pos;
        }
        return fail(Text::tr("expected '\"' to end the string, found the end of the file (is the file cut off?)"));
    }

    bool number()
    {
        const std::size_t start = m_pos;
        auto digit = [this] { return m_pos < m_in.size() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9'; };
        bool ok = true;
        if (m_in[m_pos] == '-')
            ++m_pos;
        if (!digit())
            ok = false;
        else if (m_in[m_pos] == '0')
            ++m_pos;
        else
            while (digit())
                ++m_pos;
        if (ok && m_pos < m_in.size() && m_in[m_pos] == '.') {
            ++m_pos;
            ok = digit();
            while (digit())
                ++m_pos;
        }
        if (ok && m_pos < m_in.size() && (m_in[m_pos] == 'e' || m_in[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_in.size() && (m_in[m_pos] == '+' || m_in[m_pos] == '-'))
                ++m_pos;
            ok = digit();
            while (digit())
                ++m_pos;
        }
        if (ok && (m_pos >= m_in.size() || !isWordChar(m_in[m_pos])))
            return true;
        m_pos = start;
        const std::string_view w = word();
        return fail(Text::tr("expected a number such as 12, -3.5 or 1e6, found %1")
                        .arg(QString::fromLatin1(w.data(), static_cast<qsizetype>(w.size()))));
    }

    bool value(int level, const char *what)
    {
        if (!token())
            return false;
        if (m_pos >= m_in.size())
            return expected(what);
        const char c = m_in[m_pos];
        if (c == '{' || c == '[')
            return container(level);
        if (c == '"')
            return string();
        if (c == '-' || (c >= '0' && c <= '9'))
            return number();
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return literal();
        if (c == '\'')
            return fail(Text::tr("expected %1, found ' (text goes in double quotes)").arg(Text::tr(what)));
        return expected(what);
    }

    bool container(int level)
    {
        if (level > m_maxDepth)
            return fail(Text::tr("nesting deeper than %1 levels (the limit for case files)").arg(m_maxDepth));
        const bool object = m_in[m_pos] == '{';
        const char close = object ? '}' : ']';
        ++m_pos;
        skipSpace();
        if (m_pos < m_in.size() && m_in[m_pos] == close) {
            ++m_pos;
            return true;
        }
        m_path.push_back({});
        for (std::int64_t i = 0;; ++i) {
            skipSpace();
            if (object) {
                m_path.back() = Segment{};
                if (m_pos >= m_in.size() || m_in[m_pos] != '"') {
                    if (i > 0 && m_pos < m_in.size() && m_in[m_pos] == '}')
                        return fail(Text::tr("expected a member name after ',', found '}' (one comma too many?)"));
                    return expected(i == 0 ? QT_TRANSLATE_NOOP("JsonDiagnose", "a member name in double quotes, or '}'")
                                          : QT_TRANSLATE_NOOP("JsonDiagnose", "a member name in double quotes"));
                }
                const std::size_t keyStart = m_pos + 1;
                if (!string())
                    return false;
                m_path.back() = Segment{m_in.substr(keyStart, m_pos - 1 - keyStart), -1};
                skipSpace();
                if (m_pos >= m_in.size() || m_in[m_pos] != ':')
                    return expected(QT_TRANSLATE_NOOP("JsonDiagnose", "':' after the member name"));
                ++m_pos;
                skipSpace();
                if (!value(level + 1, QT_TRANSLATE_NOOP("JsonDiagnose", "a value after ':'")))
                    return false;
            } else {
                m_path.back() = Segment{{}, i};
                if (i > 0 && m_pos < m_in.size() && m_in[m_pos] == ']')
                    return fail(Text::tr("expected a value after ',', found ']' (one comma too many?)"));
                if (!value(level + 1, i == 0 ? QT_TRANSLATE_NOOP("JsonDiagnose", "a value or ']'") : QT_TRANSLATE_NOOP("JsonDiagnose", "a value")))
                    return false;
            }
            skipSpace();
            if (m_pos < m_in.size() && m_in[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_in.size() && m_in[m_pos] == close) {
                ++m_pos;
                m_path.pop_back();
                return true;
            }
            m_path.pop_back(); // the problem is in the container, after its member
            return expected(object ? QT_TRANSLATE_NOOP("JsonDiagnose", "',' or '}'") : QT_TRANSLATE_NOOP("JsonDiagnose", "',' or ']'"));
        }
    }

    std::string_view m_in;
    int m_maxDepth;
    std::size_t m_pos = 0;
    std::vector<Segment> m_path;
    std::optional<SyntaxProblem> m_problem;
};

} // namespace

QString describeByteAt(std::string_view text, std::size_t offset)
{
    if (offset >= text.size())
        return Text::tr("the end of the file");
    const auto c = static_cast<unsigned char>(text[offset]);
    if (c == 0)
        return Text::tr("a NUL byte (0x00), which a text file cannot contain");
    if (c == '\n' || c == '\r')
        return Text::tr("a line break");
    if (c > 0x20 && c < 0x7F)
        return QLatin1Char('\'') + QLatin1Char(char(c)) + QLatin1Char('\'');
    if (c >= 0x80) {
        if (const std::size_t n = utf8Length(text, offset))
            return QLatin1Char('\'') + QString::fromUtf8(text.data() + offset, static_cast<qsizetype>(n)) + QLatin1Char('\'');
    }
    return Text::tr("byte %1").arg(hexByte(c));
}

std::optional<SyntaxProblem> diagnoseJson(std::string_view text, int maxDepth)
{
    return Diagnoser(text, maxDepth).run();
}

} // namespace cascade::json
