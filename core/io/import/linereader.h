// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace cascade {

// Reads a file line by line through one reusable buffer, so memory follows the longest
// line, not the file. Every line returned is followed by at least kPadding readable
// bytes (what simdjson needs past the end of its input).
class LineReader {
public:
    static constexpr std::size_t kPadding = 64;

    explicit LineReader(const QString &path, std::size_t maxLineBytes = std::size_t(256) << 20);
    bool open(QString *error);

    // The next line without its "\n" (and "\r"); false at the end or on a read error.
    bool next(std::string_view &line);
    std::int64_t lineNumber() const { return m_lineNumber; }   // 1-based, of the last line
    bool lastLineUnterminated() const { return m_unterminated; } // the file ended mid-line
    bool tooLong() const { return m_tooLong; }
    std::int64_t bytesRead() const { return m_consumed; }
    std::int64_t fileSize() const { return m_file.size(); }
    QString errorString() const { return m_error; }

    // Called with (bytes read, file size) each time a chunk is read; when it returns
    // false, reading stops as on an error, with errorString() "cancelled".
    using Progress = std::function<bool(std::int64_t, std::int64_t)>;
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    bool cancelled() const { return m_cancelled; }

private:
    bool fill();

    QFile m_file;
    std::size_t m_maxLine;
    std::vector<char> m_buffer;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    std::int64_t m_lineNumber = 0;
    std::int64_t m_consumed = 0;
    bool m_eof = false;
    bool m_unterminated = false;
    bool m_tooLong = false;
    bool m_cancelled = false;
    Progress m_progress;
    QString m_error;
};

// The largest file read whole as one JSON document (a JSON array of tweets, a thread).
constexpr std::int64_t kMaxJsonDocumentBytes = std::int64_t(1) << 31;

// The whole file with kPadding zero bytes after it (for formats that are one JSON
// document); empty and `error` set when it cannot be read or exceeds maxBytes.
std::vector<char> readPaddedFile(const QString &path, std::int64_t maxBytes, QString *error);

} // namespace cascade
