// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/import/importer.h"

#include "core/io/import/casebuilder.h"
#include "core/io/import/importers.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace cascade {

const QString kReasonNotAnObject = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "not an object"));
const QString kReasonImpossibleDate = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "impossible date"));
const QString kReasonTruncatedLine = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "truncated line"));
const QString kReasonInvalidJson = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "invalid JSON"));
const QString kReasonOtherShape = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "not a record of this format"));

namespace {

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

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
        parts.push_back(Text::tr("%1 %2").arg(count).arg(importReasonText(reason)));
    return parts.join(QStringLiteral(", "));
}

// The share of the progress bar that reading the inputs takes (building the case the rest).
constexpr double kReadShare = 0.95;

// The bytes of an input, the weight of its part of the progress (a folder: its files).
std::int64_t inputBytes(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return std::max<std::int64_t>(1, info.size());
    std::int64_t bytes = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return std::max<std::int64_t>(1, bytes);
}

// Turns the byte counts of the inputs into ImportOptions::progress calls, never
// decreasing, and remembers a cancel.
class ProgressTracker {
public:
    ProgressTracker(const QStringList &paths, const std::function<bool(double)> &report) : m_report(report)
    {
        if (!m_report)
            return;
        for (const QString &path : paths) {
            m_offsets.push_back(m_total);
            m_sizes.push_back(inputBytes(path));
            m_total += m_sizes.back();
        }
    }
    bool cancelled() const { return m_cancelled; }
    // At `done` of `size` bytes into input `index`; false once cancelled.
    bool at(qsizetype index, std::int64_t done, std::int64_t size)
    {
        if (!m_report || m_cancelled)
            return !m_cancelled;
        const auto i = static_cast<std::size_t>(index);
        const double within = size > 0 ? std::clamp(double(done) / double(size), 0.0, 1.0) : 0.0;
        return fraction(kReadShare * (double(m_offsets[i]) + within * double(m_sizes[i])) / double(m_total));
    }
    bool fraction(double f)
    {
        if (!m_report || m_cancelled)
            return !m_cancelled;
        m_last = std::max(m_last, std::clamp(f, 0.0, 1.0));
        m_cancelled = !m_report(m_last);
        return !m_cancelled;
    }

private:
    const std::function<bool(double)> &m_report;
    std::vector<std::int64_t> m_offsets;
    std::vector<std::int64_t> m_sizes;
    std::int64_t m_total = 0;
    double m_last = 0;
    bool m_cancelled = false;
};

ImportResult cancelledImport()
{
    ImportResult result;
    result.cancelled = true;
    result.error = QStringLiteral("cancelled");
    return result;
}

} // namespace

bool ImportInput::noteNext()
{
    const int n = invalidLinesNoted++;
    if (n == kNotedLines)
        builder.report().warnings.push_back(Text::tr("%1: more records skipped, not listed").arg(path));
    return n < kNotedLines;
}

void ImportInput::skipWithNote(const QString &reason, std::int64_t line, const QString &detail)
{
    builder.report().skip(reason);
    if (noteNext())
        builder.report().warnings.push_back(
            Text::tr("%1:%2: %3, skipped (%4)").arg(path, QString::number(line), importReasonText(reason), detail));
}

void ImportInput::skipUndatedPost(int completeness, std::int64_t line, const QString &detail)
{
    if (completeness >= 2)
        skipWithNote(kReasonImpossibleDate, line, detail);
    else if (noteNext())
        builder.report().warnings.push_back(Text::tr("%1:%2: %3, left out").arg(path, QString::number(line), detail));
}

bool ImportInput::fail(std::int64_t line, const QString &message)
{
    error = line > 0 ? Text::tr("%1:%2: %3").arg(path, QString::number(line), message)
                     : (message.startsWith(path) ? message : Text::tr("%1: %2").arg(path, message));
    return false;
}

ImportResult importFiles(const QStringList &paths, const ImportOptions &options)
{
    ImportResult result;
    CaseBuilder builder;
    if (paths.isEmpty()) {
        result.error = Text::tr("no input");
        return result;
    }
    ProgressTracker progress(paths, options.progress);
    for (qsizetype index = 0; index < paths.size(); ++index) {
        const QString &path = paths[index];
        if (!progress.at(index, 0, 1))
            return cancelledImport();
        ImportFormat format = options.format;
        if (format == ImportFormat::Auto) {
            QString why;
            format = detectImportFormat(path, &why);
            if (format == ImportFormat::Auto) {
                result.error = Text::tr("%1: cannot tell the format (%2); name it (cascade import --format, or Format in the import dialog)")
                                   .arg(path, why);
                result.report = builder.report();
                return result;
            }
        }
        const FormatImporter run = importerFor(format);
        if (!run) {
            result.error = Text::tr("%1: the %2 importer is not available yet").arg(path, QLatin1String(importFormatName(format)));
            return result;
        }
        builder.beginFile(path, QLatin1String(importFormatName(format)));
        ImportInput input{path, builder, {}, 0};
        if (options.progress)
            input.progress = [&progress, index](std::int64_t done, std::int64_t size) { return progress.at(index, done, size); };
        const bool read = run(input);
        if (progress.cancelled())
            return cancelledImport();
        if (!read) {
            result.error = input.error;
            result.report = builder.report();
            return result;
        }
    }
    if (!progress.fraction(kReadShare))
        return cancelledImport();
    Case c = builder.finish(options.rule);
    if (!progress.fraction(1.0))
        return cancelledImport();
    result.report = builder.report();
    if (c.events.empty()) {
        result.error = Text::tr("%1: no posts found (%2 records read; skipped: %3)")
                           .arg(paths.join(QStringLiteral(", ")), QString::number(result.report.recordsRead),
                                skippedSummary(result.report));
        return result;
    }
    if (const QString broken = c.checkInvariants(); !broken.isEmpty()) {
        result.error = Text::tr("internal error: the imported case is inconsistent: %1").arg(broken);
        return result;
    }
    result.value = std::move(c);
    return result;
}

} // namespace cascade
