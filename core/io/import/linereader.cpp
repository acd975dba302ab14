// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/import/linereader.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace cascade {

namespace {

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr std::size_t kChunk = std::size_t(4) << 20;

} // namespace

LineReader::LineReader(const QString &path, std::size_t maxLineBytes) : m_file(path), m_maxLine(maxLineBytes) { }

bool LineReader::open(QString *error)
{
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        if (error)
            *error = Text::tr("%1: cannot read: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    // A small file gets a buffer its size (plus the byte that finds its end): zero-filling
    // kChunk for each of many small files costs more than reading them.
    const auto fileBytes = static_cast<std::size_t>(std::max<qint64>(m_file.size(), 0)) + 1;
    m_buffer.resize(std::clamp<std::size_t>(fileBytes, 4096, kChunk) + kPadding);
    return true;
}

bool LineReader::fill()
{
    if (m_progress && !m_progress(m_consumed, m_file.size())) {
        m_cancelled = true;
        m_error = QStringLiteral("cancelled");
        return false;
    }
    // Keep the unread part at the start of the buffer; grow it for a long line.
    const std::size_t kept = m_end - m_begin;
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, kept);
        m_begin = 0;
        m_end = kept;
    }
    if (m_end + kPadding >= m_buffer.size()) {
        if (m_buffer.size() - kPadding >= m_maxLine) {
            m_tooLong = true;
            m_error = Text::tr("a line longer than %1 bytes").arg(m_maxLine);
            return false;
        }
        m_buffer.resize((m_buffer.size() - kPadding) * 2 + kPadding);
    }
    const qint64 n = m_file.read(m_buffer.data() + m_end, static_cast<qint64>(m_buffer.size() - kPadding - m_end));
    if (n < 0) {
        m_error = m_file.errorString();
        return false;
    }
    if (n == 0)
        m_eof = true;
    m_end += static_cast<std::size_t>(n);
    std::memset(m_buffer.data() + m_end, 0, kPadding);
    return true;
}

bool LineReader::next(std::string_view &line)
{
    std::size_t searchFrom = m_begin;
    while (true) {
        const char *start = m_buffer.data() + searchFrom;
        const void *nl = std::memchr(start, '\n', m_end - searchFrom);
        if (nl) {
            const auto at = static_cast<std::size_t>(static_cast<const char *>(nl) - m_buffer.data());
            std::size_t len = at - m_begin;
            if (len > 0 && m_buffer[at - 1] == '\r')
                --len;
            line = std::string_view(m_buffer.data() + m_begin, len);
            m_consumed += static_cast<std::int64_t>(at + 1 - m_begin);
            m_begin = at + 1;
            ++m_lineNumber;
            return true;
        }
        if (m_eof) {
            if (m_begin == m_end)
                return false;
            line = std::string_view(m_buffer.data() + m_begin, m_end - m_begin);
            m_consumed += static_cast<std::int64_t>(m_end - m_begin);
            m_begin = m_end;
            ++m_lineNumber;
            m_unterminated = true;
            return true;
        }
        const std::size_t scanned = m_end - m_begin;
        if (!fill())
            return false;
        searchFrom = m_begin + scanned;
    }
}

std::vector<char> readPaddedFile(const QString &path, std::int64_t maxBytes, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Text::tr("%1: cannot read: %2").arg(path, f.errorString());
        return {};
    }
    if (f.size() > maxBytes) {
        *error = Text::tr("%1: larger than %2 bytes, the limit for a single JSON document").arg(path, QString::number(maxBytes));
        return {};
    }
    std::vector<char> data(static_cast<std::size_t>(f.size()) + LineReader::kPadding, 0);
    const qint64 n = f.read(data.data(), f.size());
    if (n != f.size()) {
        *error = Text::tr("%1: cannot read: %2").arg(path, f.errorString());
        return {};
    }
    data.resize(static_cast<std::size_t>(n) + LineReader::kPadding);
    return data;
}

} // namespace cascade
