// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"
#include "core/model/time.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>

namespace cascade {

// The source formats Cascade imports. Auto: detected from the first records.
enum class ImportFormat : std::uint8_t { Auto, Twarc, Twarc2, XArchive, Bluesky, Mastodon, Tags, NodeXL };

// "auto", "twarc", "twarc2", "x-archive", "bluesky", "mastodon", "tags", "nodexl"
// (the values of `cascade import --format`).
const char *importFormatName(ImportFormat format);
std::optional<ImportFormat> importFormatFromName(QStringView name);

// What an import did: how much it read, what it kept, what it skipped and why.
struct ImportReport {
    QStringList files;                  // the inputs, in the order given
    QStringList formats;                // the format of each input (detected or forced)
    std::int64_t recordsRead = 0;       // top-level records: JSONL lines, array items, CSV rows
    std::int64_t postsImported = 0;     // events in the resulting case
    std::int64_t actorsImported = 0;    // actors in the resulting case
    std::int64_t duplicates = 0;        // copies of a post already read (merged into one event)
    std::map<QString, std::int64_t> skipped; // reason -> count
    QStringList warnings;
    TimeMs start = 0; // first and last event times (0 without events)
    TimeMs end = 0;

    std::int64_t skippedTotal() const;
    void skip(const QString &reason, std::int64_t count = 1) { skipped[reason] += count; }
    // Several lines of plain text: the figures, the skipped records by reason, the warnings.
    QString toText() const;
};

// A skip reason (a key of ImportReport::skipped, kept in English; the importers mark each
// with QT_TRANSLATE_NOOP("ImportReason", ...)) in the interface language.
QString importReasonText(const QString &reason);

// The outcome of an import: a case and its report, or an error that prevented it (a
// file that cannot be read, the wrong format forced, nothing that is a post). A failed
// import never yields a partial case.
struct ImportResult {
    std::optional<Case> value;
    ImportReport report;
    QString error; // "FILE:LINE: message" when the import failed; "cancelled"
    bool cancelled = false; // ImportOptions::progress asked to stop
    bool ok() const { return value.has_value(); }
};

} // namespace cascade
