// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/import/casebuilder.h"
#include "core/io/import/linereader.h"

#include <QString>

#include <cstdint>

namespace cascade {

// The format importers, each reading one input into a CaseBuilder. They return false
// with `error` ("FILE:LINE: message") when the input cannot be read at all; records
// that are not posts are skipped and counted in the builder's report by reason.
// Skip reasons more than one importer gives (keys of ImportReport::skipped, in English;
// importReasonText() translates them where they are shown). Each importer's own reasons
// are beside it.
extern const QString kReasonNotAnObject;
extern const QString kReasonImpossibleDate;
extern const QString kReasonTruncatedLine;
extern const QString kReasonInvalidJson;
extern const QString kReasonOtherShape; // valid JSON, but not a record of the format

struct ImportInput {
    QString path;
    CaseBuilder &builder;
    QString error;
    int invalidLinesNoted = 0; // warnings written for bad lines (capped)
    // How far into this input the importer is (bytes read, bytes in all); false when the
    // import is cancelled. Importers that read line by line hand it to their LineReader.
    LineReader::Progress progress;
    // Importers that read one document report their place every kProgressItems items.
    static constexpr std::int64_t kProgressItems = 1024;
    bool reportProgress(std::int64_t done, std::int64_t total) const { return !progress || progress(done, total); }

    // Counts a record skipped for `reason`; names file and line in a warning (the first few).
    void skipWithNote(const QString &reason, std::int64_t line, const QString &detail);
    // A post whose date cannot be read (`detail` says which and what date): the record's
    // own post (completeness 2) is a skipped record; a post shown inside another record
    // (retweeted, quoted, included) is part of that record and is left out with a warning,
    // so that no record is counted as skipped twice.
    void skipUndatedPost(int completeness, std::int64_t line, const QString &detail);
    bool fail(std::int64_t line, const QString &message);

private:
    // Counts a record to warn about: true while its warning is still listed (the first
    // few); past them, says once that the rest are not.
    bool noteNext();
};

bool importTwarcV1(ImportInput &in);
bool importTwarc2(ImportInput &in);
bool importMastodon(ImportInput &in);
bool importBluesky(ImportInput &in);
bool importTags(ImportInput &in);
bool importNodeXL(ImportInput &in);
// An X account archive: its folder (or data/ folder), one tweets.js / tweet.js, or the
// .zip. `maxFileBytes` caps each data file (a zip entry once unpacked).
bool importXArchive(ImportInput &in);
bool importXArchiveWithLimit(ImportInput &in, std::int64_t maxFileBytes);
// True when the zip at `path` holds tweets.js or tweet.js (or parts) in data/ or at its root.
bool zipHoldsXArchive(const QString &path);

} // namespace cascade
