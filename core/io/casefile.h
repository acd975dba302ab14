// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"

#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cascade {

// The native case file: JSON, UTF-8, {"format": "cascade-case", "version": 1, ...}.
// The format is described for people in docs/case-format.md and for machines in
// docs/case.schema.json.
inline constexpr int kCaseFormatVersion = 1;

// One problem found in a case file, located by line, column and JSON path.
struct CaseFileProblem {
    QString file;      // the path or name given to the reader
    int line = 0;      // 1-based; a problem of the whole file is placed at 1:1
    int column = 0;    // 1-based, in bytes (UTF-8)
    QString path;      // JSON path, e.g. "events[12].author"; empty for the whole file
    QString message;   // e.g. "unknown actor \"@foo\""

    // "FILE:LINE:COL: PATH: MESSAGE" (the path left out when empty).
    QString toString() const;
};

struct ReadOptions {
    std::int64_t maxFileBytes = std::int64_t(512) << 20; // 512 MiB
    int maxDepth = 64;                                   // JSON nesting levels (the top-level object is 1)
    std::int64_t maxStringBytes = std::int64_t(1) << 20; // one string value
    std::int64_t maxMembers = 10'000;                    // in one object (layout positions: see maxActors)
    std::int64_t maxActors = 5'000'000;
    std::int64_t maxEvents = 20'000'000;
    int maxProblems = 100; // stop collecting after this many
    // Files of at least this many bytes, laid out as Cascade writes them (one event per
    // line), have their events read on two threads in chunks of about chunkBytes; any
    // problem sends them to the one-thread reader, which reports it. -1: never.
    std::int64_t splitBytes = std::int64_t(8) << 20;
    std::size_t chunkBytes = std::size_t(1) << 20;
    // Called now and then with the fraction done (0..1); return false to cancel.
    std::function<bool(double)> progress;
};

// The outcome of a read: a case, or the problems that prevented it. A failed read
// never yields a partial case.
struct ReadResult {
    std::optional<Case> value;
    std::vector<CaseFileProblem> problems;
    bool cancelled = false;
    int eventThreads = 1; // 2 when the events were read on two threads (ReadOptions::splitBytes)
    bool ok() const { return value.has_value(); }
    QString errorText() const; // problems, one per line
};

ReadResult readCaseFile(const QString &path, const ReadOptions &options = {});
// Reads from memory; `name` is used in problem locations.
ReadResult readCaseBytes(QByteArrayView data, const QString &name, const ReadOptions &options = {});

// The canonical UTF-8 text of a case: known members in a fixed order, unknown members
// kept after them, one actor, event, milestone or note per line. Writing, reading and
// writing again gives the same bytes.
std::string serializeCase(const Case &c);

// Writes atomically (a temporary file renamed over the target): on failure the old
// file is untouched. Returns false and sets `error` on failure.
bool writeCaseFile(const Case &c, const QString &path, QString *error = nullptr);

} // namespace cascade
