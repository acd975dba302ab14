// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

#include <functional>
#include <vector>

namespace cascade {

// Writes a file atomically: `write` fills a temporary file beside `path`, which is renamed
// over it only when `write` returns true and every byte reached the disk; otherwise the
// old file is untouched. Returns false and sets `error` ("cannot save PATH: why").
bool writeFileAtomically(const QString &path, const std::function<bool(QIODevice &)> &write, QString *error);

// One file of a set written together.
struct FileToWrite {
    QString path;
    std::function<bool(QIODevice &)> write;
};

// Writes files that belong together (the three CSV files of one export) as a set: each
// is filled in a temporary file beside it, and none replaces its file unless every one
// was written whole. Only a failure of the final renames (after every write succeeded)
// can leave some replaced; the error then names the file that was not.
bool writeFilesAtomically(const std::vector<FileToWrite> &files, QString *error);

} // namespace cascade
