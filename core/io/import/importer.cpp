// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/import/importer.h"

#include "core/io/import/casebuilder.h"
#include "core/io/import/importers.h"

namespace cascade {

namespace {

constexpr int kNotedLines = 10;

using FormatImporter = bool (*)(ImportInput &);

FormatImporter importerFor(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Twarc:
        return &importTwarcV1;
    case ImportFormat::Twarc2:
        return &importTwarc2;
    case ImportFormat::Mastodon:
        return &importMastodon;
    case ImportFormat::Bluesky:
        return &importBluesky;
    case ImportFormat::Tags:
        return &importTags;
    case ImportFormat::NodeXL:
        return &importNodeXL;
    case ImportFormat::XArchive:
        return &importXArchive;
    default:
        return nullptr;
    }
}

QString skippedSummary(const ImportReport &report)
{
    QStringList parts;
    for (const auto &[reason, count] : report.skipped)
        parts.push_back(QStringLiteral("%1 %2").arg(count).arg(reason));
    return parts.join(QStringLiteral(", "));
}

} // namespace

void ImportInput::skipWithNote(const QString &reason, std::int64_t line, const QString &detail)
{
    builder.report().skip(reason);
    if (invalidLinesNoted < kNotedLines)
        builder.report().warnings.push_back(QStringLiteral("%1:%2: %3, skipped (%4)").arg(path).arg(line).arg(reason, detail));
    else if (invalidLinesNoted == kNotedLines)
        builder.report().warnings.push_back(QStringLiteral("%1: more records skipped, not listed").arg(path));
    ++invalidLinesNoted;
}

bool ImportInput::fail(std::int64_t line, const QString &message)
{
    error = line > 0 ? QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message)
                     : (message.startsWith(path) ? message : QStringLiteral("%1: %2").arg(path, message));
    return false;
}

ImportResult importFiles(const QStringList &paths, const ImportOptions &options)
{
    ImportResult result;
    CaseBuilder builder;
    if (paths.isEmpty()) {
        result.error = QStringLiteral("no input");
        return result;
    }
    for (const QString &path : paths) {
        ImportFormat format = options.format;
        if (format == ImportFormat::Auto) {
            QString why;
            format = detectImportFormat(path, &why);
            if (format == ImportFormat::Auto) {
                result.error = QStringLiteral("%1: cannot tell the format (%2); name it with --format").arg(path, why);
                result.report = builder.report();
                return result;
            }
        }
        const FormatImporter run = importerFor(format);
        if (!run) {
            result.error = QStringLiteral("%1: the %2 importer is not available yet").arg(path, QLatin1String(importFormatName(format)));
            return result;
        }
        builder.beginFile(path, QLatin1String(importFormatName(format)));
        ImportInput input{path, builder, {}, 0};
        if (!run(input)) {
            result.error = input.error;
            result.report = builder.report();
            return result;
        }
    }
    Case c = builder.finish(options.rule);
    result.report = builder.report();
    if (c.events.empty()) {
        result.error = QStringLiteral("%1: no posts found (%2 records read; skipped: %3)")
                           .arg(paths.join(QStringLiteral(", ")))
                           .arg(result.report.recordsRead)
                           .arg(skippedSummary(result.report));
        return result;
    }
    if (const QString broken = c.checkInvariants(); !broken.isEmpty()) {
        result.error = QStringLiteral("internal error: the imported case is inconsistent: ") + broken;
        return result;
    }
    result.value = std::move(c);
    return result;
}

} // namespace cascade
