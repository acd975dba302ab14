// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cascade::json {

// Small JSON text utilities shared by the case-file reader and writer.

// Appends `text` as a JSON string literal (quotes included), UTF-8, escaping quotes,
// backslashes and control characters.
void appendString(std::string &out, QStringView text);
void appendStringUtf8(std::string &out, std::string_view utf8);
// Shortest text that reads back to the same value.
void appendNumber(std::string &out, double value);
void appendNumber(std::string &out, float value);
void appendNumber(std::string &out, std::int64_t value);

// Checks that `in` is one complete, strictly valid JSON value and appends it without
// insignificant white space. Nesting deeper than maxDepth is an error. On error
// returns false, sets *errorOffset (bytes into `in`) and *error.
bool minify(std::string_view in, std::string &out, int maxDepth, std::size_t *errorOffset,
            QString *error);

// "512.0 MiB", "1.0 GiB", "12 bytes".
QString formatByteSize(std::int64_t bytes);

// Offset of the first byte that is not part of valid UTF-8, or npos.
std::size_t findInvalidUtf8(std::string_view text);

// Maps byte offsets to 1-based line and column (columns in bytes). Built lazily: only
// files with problems pay for it.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : m_text(text) { }
    void locate(std::size_t offset, int &line, int &column);

private:
    std::string_view m_text;
    std::vector<std::size_t> m_lineStarts;
};

} // namespace cascade::json
