// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/jsontext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>

namespace cascade::json {

void appendStringUtf8(std::string &out, std::string_view s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.data() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default: {
            const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
            out.append(esc, sizeof esc);
        }
        }
    }
    out.append(s.data() + start, s.size() - start);
    out.push_back('"');
}

void appendString(std::string &out, QStringView text)
{
    bool ascii = true;
    for (QChar ch : text)
        if (ch.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {
        std::string tmp;
        tmp.resize(static_cast<std::size_t>(text.size()));
        for (qsizetype i = 0; i < text.size(); ++i)
            tmp[static_cast<std::size_t>(i)] = static_cast<char>(text[i].unicode());
        appendStringUtf8(out, tmp);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    appendStringUtf8(out, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

void appendNumber(std::string &out, double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendNumber(std::string &out, float value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

void appendNumber(std::string &out, std::int64_t value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr);
}

namespace {

// The texts of this file, for Qt Linguist (the context "JsonText"). The messages passed
// to Minifier::fail() are marked with QT_TRANSLATE_NOOP and translated there, only when
// the text is not valid.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(JsonText)
};

// A strict recursive-descent validator with an explicit depth limit.
class Minifier {
public:
    Minifier(std::string_view in, std::string &out, int maxDepth)
        : m_in(in), m_out(out), m_maxDepth(maxDepth) { }

    bool run()
    {
        skipSpace();
        if (!value(0))
            return false;
        skipSpace();
        if (m_pos != m_in.size())
            return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: unexpected text after the value"));
        return true;
    }

    std::size_t errorOffset = 0;
    QString error;

private:
    bool fail(const char *message)
    {
        errorOffset = m_pos;
        error = Text::tr(message);
        return false;
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

    bool literal(std::string_view word)
    {
        if (m_in.substr(m_pos, word.size()) != word)
            return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: invalid literal"));
        m_out.append(word);
        m_pos += word.size();
        return true;
    }

    bool string()
    {
        const std::size_t start = m_pos++;
        while (m_pos < m_in.size()) {
            const auto c = static_cast<unsigned char>(m_in[m_pos]);
            if (c == '"') {
                ++m_pos;
                m_out.append(m_in.substr(start, m_pos - start));
                return true;
            }
            if (c < 0x20)
                return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: control character in a string"));
            if (c == '\\') {
                ++m_pos;
                if (m_pos >= m_in.size())
                    break;
                const char e = m_in[m_pos];
                if (e == 'u') {
                    for (int k = 1; k <= 4; ++k) {
                        if (m_pos + k >= m_in.size() || !std::isxdigit(static_cast<unsigned char>(m_in[m_pos + k])))
                            return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: invalid \\u escape"));
                    }
                    m_pos += 4;
                } else if (!std::strchr("\"\\/bfnrt", e) || e == 0) {
                    return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: invalid escape in a string"));
                }
            }
            ++m_pos;
        }
        return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: unterminated string"));
    }

    bool number()
    {
        const std::size_t start = m_pos;
        auto isDigit = [this] { return m_pos < m_in.size() && m_in[m_pos] >= '0' && m_in[m_pos] <= '9'; };
        if (m_in[m_pos] == '-')
            ++m_pos;
        if (!isDigit())
            return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: invalid number"));
        if (m_in[m_pos] == '0')
            ++m_pos;
        else
            while (isDigit())
                ++m_pos;
        if (m_pos < m_in.size() && m_in[m_pos] == '.') {
            ++m_pos;
            if (!isDigit())
                return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: invalid number"));
            while (isDigit())
                ++m_pos;
        }
        if (m_pos < m_in.size() && (m_in[m_pos] == 'e' || m_in[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_in.size() && (m_in[m_pos] == '+' || m_in[m_pos] == '-'))
                ++m_pos;
            if (!isDigit())
                return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: invalid number"));
            while (isDigit())
                ++m_pos;
        }
        m_out.append(m_in.substr(start, m_pos - start));
        return true;
    }

    bool value(int depth)
    {
        if (m_pos >= m_in.size())
            return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: unexpected end of the value"));
        switch (m_in[m_pos]) {
        case '{':
        case '[':
            return container(depth);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool container(int depth)
    {
        if (depth + 1 > m_maxDepth) {
            errorOffset = m_pos;
            error = Text::tr("nesting deeper than %1 levels").arg(m_maxDepth);
            return false;
        }
        const bool object = m_in[m_pos] == '{';
        const char close = object ? '}' : ']';
        m_out.push_back(m_in[m_pos++]);
        skipSpace();
        if (m_pos < m_in.size() && m_in[m_pos] == close) {
            m_out.push_back(close);
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (object) {
                if (m_pos >= m_in.size() || m_in[m_pos] != '"')
                    return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: expected a member name"));
                if (!string())
                    return false;
                skipSpace();
                if (m_pos >= m_in.size() || m_in[m_pos] != ':')
                    return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: expected ':'"));
                m_out.push_back(':');
                ++m_pos;
                skipSpace();
            }
            if (!value(depth + 1))
                return false;
            skipSpace();
            if (m_pos >= m_in.size())
                return fail(QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: unexpected end inside an array or object"));
            if (m_in[m_pos] == ',') {
                m_out.push_back(',');
                ++m_pos;
                continue;
            }
            if (m_in[m_pos] == close) {
                m_out.push_back(close);
                ++m_pos;
                return true;
            }
            return fail(object ? QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: expected ',' or '}'")
                               : QT_TRANSLATE_NOOP("JsonText", "JSON syntax error: expected ',' or ']'"));
        }
    }

    std::string_view m_in;
    std::string &m_out;
    int m_maxDepth;
    std::size_t m_pos = 0;
};

} // namespace

bool minify(std::string_view in, std::string &out, int maxDepth, std::size_t *errorOffset, QString *error)
{
    Minifier m(in, out, maxDepth);
    if (m.run())
        return true;
    if (errorOffset)
        *errorOffset = m.errorOffset;
    if (error)
        *error = m.error;
    return false;
}

QString formatByteSize(std::int64_t bytes)
{
    // In the interface's locale (QLocale's default, which the interface language sets):
    // "512.0 MiB", "512,0 Mio".
    constexpr std::int64_t kKiB = 1024, kMiB = kKiB * 1024, kGiB = kMiB * 1024;
    const QLocale locale;
    const auto in = [&locale, bytes](std::int64_t unit) { return locale.toString(double(bytes) / double(unit), 'f', 1); };
    if (bytes >= kGiB)
        return Text::tr("%1 GiB").arg(in(kGiB));
    if (bytes >= kMiB)
        return Text::tr("%1 MiB").arg(in(kMiB));
    if (bytes >= kKiB)
        return Text::tr("%1 KiB").arg(in(kKiB));
    return Text::tr("%1 bytes").arg(locale.toString(static_cast<qlonglong>(bytes)));
}

std::size_t findInvalidUtf8(std::string_view s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len;
        std::uint32_t cp;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + static_cast<std::size_t>(len) > n)
            return i;
        for (int k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += static_cast<std::size_t>(len);
    }
    return std::string_view::npos;
}

void LineIndex::locate(std::size_t offset, int &line, int &column)
{
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(0);
        const char *base = m_text.data();
        const char *p = base;
        const char *end = base + m_text.size();
        while ((p = static_cast<const char *>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
            ++p;
            m_lineStarts.push_back(static_cast<std::size_t>(p - base));
        }
    }
    offset = std::min(offset, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const auto lineIndex = static_cast<std::size_t>(it - m_lineStarts.begin()) - 1;
    line = static_cast<int>(lineIndex + 1);
    column = static_cast<int>(offset - m_lineStarts[lineIndex] + 1);
}

} // namespace cascade::json
