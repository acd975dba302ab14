// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <optional>
#include <string_view>

namespace cascade::json {

// The first place where a text is not one strictly valid JSON value, described for a
// person: what was expected there and what was found, and the JSON path of the value
// it is in. Used by the case reader when its parser stops, so that no parser library's
// message reaches the user, and each problem is placed where it really is.
struct SyntaxProblem {
    std::size_t offset = 0; // bytes into the text
    QString path;           // e.g. "actors[2].handle"; empty at the top level
    QString message;        // e.g. "expected ',' or ']', found '}'"
};

// Nothing when `text` (after an optional UTF-8 byte order mark and white space) is one
// valid JSON value nested at most maxDepth levels deep (the outermost object or array is
// level 1), followed by nothing but white space.
std::optional<SyntaxProblem> diagnoseJson(std::string_view text, int maxDepth);

// How a person would name the byte (or UTF-8 character) at `offset`: "'x'", "the end of
// the file", "a NUL byte (0x00)", "byte 0x1F".
QString describeByteAt(std::string_view text, std::size_t offset);

} // namespace cascade::json
