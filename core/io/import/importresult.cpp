// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/import/importresult.h"

#include <QCoreApplication>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "ImportReport").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportReport)
};

struct FormatName {
    ImportFormat format;
    const char *name;
};
constexpr FormatName kFormatNames[] = {
    {ImportFormat::Auto, "auto"},         {ImportFormat::Twarc, "twarc"},       {ImportFormat::Twarc2, "twarc2"},
    {ImportFormat::XArchive, "x-archive"}, {ImportFormat::Bluesky, "bluesky"}, {ImportFormat::Mastodon, "mastodon"},
    {ImportFormat::Tags, "tags"},         {ImportFormat::NodeXL, "nodexl"},
};

} // namespace

const char *importFormatName(ImportFormat format)
{
    for (const FormatName &f : kFormatNames)
        if (f.format == format)
            return f.name;
    return "auto";
}

std::optional<ImportFormat> importFormatFromName(QStringView name)
{
    for (const FormatName &f : kFormatNames)
        if (name == QLatin1String(f.name))
            return f.format;
    return std::nullopt;
}

QString importReasonText(const QString &reason)
{
    return QCoreApplication::translate("ImportReason", reason.toUtf8().constData());
}

std::int64_t ImportReport::skippedTotal() const
{
    std::int64_t total = 0;
    for (const auto &[reason, count] : skipped)
        total += count;
    return total;
}

QString ImportReport::toText() const
{
    QStringList lines;
    for (qsizetype i = 0; i < files.size(); ++i)
        lines.push_back(Text::tr("input: %1 (%2)").arg(files[i], i < formats.size() ? formats[i] : QString()));
    lines.push_back(Text::tr("records read: %1").arg(recordsRead));
    lines.push_back(Text::tr("posts imported: %1").arg(postsImported));
    lines.push_back(Text::tr("actors: %1").arg(actorsImported));
    lines.push_back(Text::tr("duplicates merged: %1").arg(duplicates));
    lines.push_back(Text::tr("skipped: %1").arg(skippedTotal()));
    for (const auto &[reason, count] : skipped)
        lines.push_back(Text::tr("  %1: %2").arg(importReasonText(reason), QString::number(count)));
    if (postsImported > 0)
        lines.push_back(Text::tr("time span: %1 to %2").arg(formatIsoUtc(start), formatIsoUtc(end)));
    for (const QString &w : warnings)
        lines.push_back(Text::tr("warning: %1").arg(w));
    return lines.join(QLatin1Char('\n'));
}

} // namespace cascade
