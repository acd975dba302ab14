// SPDX-License-Identifier: GPL-3.0-or-later
// Format detection by content: the first bytes and the keys of the first record.
#include "core/io/import/importer.h"

#include "core/io/import/importers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace cascade {

namespace {

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qint64 kSniffBytes = 64 * 1024;

bool looksBinary(const QByteArray &head)
{
    int control = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t')
            ++control;
    }
    return control > head.size() / 100 + 1;
}

ImportFormat detectCsv(const QByteArray &firstLine)
{
    const QByteArray lower = firstLine.toLower();
    if (lower.contains("id_str") && lower.contains("from_user"))
        return ImportFormat::Tags;
    if (lower.contains("vertex 1") && lower.contains("vertex 2"))
        return ImportFormat::NodeXL;
    return ImportFormat::Auto;
}

// Key names that only one JSON format uses, looked for in the first record.
ImportFormat detectJson(const QByteArray &record)
{
    auto has = [&record](const char *text) { return record.contains(text); };
    if (has("\"at://") && has("\"did\""))
        return ImportFormat::Bluesky;
    if (has("\"acct\"") || has("\"ancestors\"") || has("\"descendants\""))
        return ImportFormat::Mastodon;
    if (has("\"id_str\"") || has("\"statuses\"") || record.startsWith("{\"delete\"") || record.startsWith("{\"limit\""))
        return ImportFormat::Twarc;
    if (has("\"author_id\"") || has("\"data\"") || has("\"edit_history_tweet_ids\"") || has("\"errors\""))
        return ImportFormat::Twarc2;
    return ImportFormat::Auto;
}

} // namespace

ImportFormat detectImportFormat(const QString &path, QString *why)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        if (dir.exists(QStringLiteral("data/tweets.js")) || dir.exists(QStringLiteral("data/tweet.js"))
            || dir.exists(QStringLiteral("tweets.js")) || dir.exists(QStringLiteral("tweet.js")))
            return ImportFormat::XArchive;
        if (why)
            *why = Text::tr("a folder without data/tweets.js or data/tweet.js");
        return ImportFormat::Auto;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (why)
            *why = Text::tr("cannot read: %1").arg(f.errorString());
        return ImportFormat::Auto;
    }
    QByteArray head = f.read(kSniffBytes);
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06")) {
        if (zipHoldsXArchive(path))
            return ImportFormat::XArchive;
        if (why)
            *why = Text::tr("a zip archive without data/tweets.js or data/tweet.js");
        return ImportFormat::Auto;
    }
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    if (looksBinary(head)) {
        if (why)
            *why = Text::tr("binary data, not text");
        return ImportFormat::Auto;
    }
    const QByteArray trimmed = head.trimmed();
    if (trimmed.startsWith("window.YTD.") || trimmed.startsWith("Grailbird."))
        return ImportFormat::XArchive;
    if (trimmed.startsWith('<'))
        return trimmed.contains("<graphml") ? ImportFormat::NodeXL : ImportFormat::Auto;
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        const qsizetype nl = trimmed.indexOf('\n');
        const QByteArray first = nl > 0 && trimmed.left(nl).trimmed().endsWith('}') ? trimmed.left(nl) : trimmed;
        const ImportFormat format = detectJson(first);
        if (format == ImportFormat::Auto && why)
            *why = Text::tr("JSON whose first record has none of the keys of a known format");
        return format;
    }
    // The header, or (NodeXL) a row of captions and then the header.
    const QList<QByteArray> lines = trimmed.split('\n');
    ImportFormat csv = ImportFormat::Auto;
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 2) && csv == ImportFormat::Auto; ++i)
        csv = detectCsv(lines[i]);
    if (csv == ImportFormat::Auto && why)
        *why = Text::tr("neither JSON nor a TAGS or NodeXL table");
    return csv;
}

} // namespace cascade
