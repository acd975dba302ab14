// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/time.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace cascade::importtext {

// Text and time helpers shared by the importers.

// Decodes the HTML character references platforms put in post text: the named ones
// Twitter and Mastodon emit (&amp; &lt; &gt; &quot; &apos; &nbsp;) and numeric ones
// (&#39; &#x1F600;). Anything else is left as it is.
QString decodeEntities(QStringView text);

// Mastodon's HTML content as plain text: <br> and </p><p> become line breaks, other
// tags are dropped, entities decoded.
QString htmlToText(QStringView html);

// Twitter v1.1's "Wed Oct 10 20:19:24 +0000 2018" (any offset) as UTC.
std::optional<TimeMs> parseTwitterTime(std::string_view text);

// An RFC 3339 time (parseIsoTime) that a platform can have: between 1990 and 2100.
std::optional<TimeMs> parsePlatformIsoTime(std::string_view text);

// True when `time` lies in the years a platform can have (1990..2100).
bool plausiblePlatformTime(TimeMs time);

// The UTF-16 index of code point `index` in `text` (Twitter counts code points).
qsizetype utf16IndexOfCodePoint(QStringView text, qsizetype index);
// The UTF-16 index of UTF-8 byte `offset` in `text` (Bluesky facets count bytes).
qsizetype utf16IndexOfUtf8Byte(QStringView text, qsizetype offset);

// The handle of a repost's automatic prefix "RT @name:", or an empty string.
QString retweetedHandle(QStringView text);

// The number of characters taken by a reply's leading "@a @b " mentions.
qsizetype leadingMentionsLength(QStringView text);

} // namespace cascade::importtext
