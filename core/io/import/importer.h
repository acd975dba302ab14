// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cascades.h"
#include "core/io/import/importresult.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace cascade {

struct ImportOptions {
    ImportFormat format = ImportFormat::Auto; // forced for every input, or detected per input
    CreditRule rule = CreditRule::MostRecent; // named in the report's repost warning
    // Called now and then with the fraction done (0..1, never decreasing): between inputs,
    // every few MiB of a line-by-line input, every 1024 items of a twarc JSON document or
    // an X archive's tweets, before and after building the case. Return
    // false to cancel: the import then yields no case, cancelled set and error "cancelled".
    std::function<bool(double)> progress;
};

// The format of a file (or folder) judged by its content: the first records, never the
// name. Auto when nothing fits; `why` then says what was seen.
ImportFormat detectImportFormat(const QString &path, QString *why = nullptr);

// Imports one or more inputs into one case: posts merged and deduplicated across files,
// actors keyed by platform id. Fails (no case) when an input cannot be read, when its
// format cannot be told, when no input holds a single post, or when cancelled.
ImportResult importFiles(const QStringList &paths, const ImportOptions &options = {});

} // namespace cascade
