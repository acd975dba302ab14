// SPDX-License-Identifier: GPL-3.0-or-later
// TAGS (Twitter Archiving Google Sheet) CSV exports: columns found by name; ids that a
// spreadsheet rounded ("1.26426E+18") recovered from status_url; replies from the
// in_reply_to columns, retweets only from the text's "RT @x:", mentions from entities_str
// (v1.1 entities as JSON) or, without it, from the text; the author's verification from
// user_verified when the sheet has that column.
#include "core/io/import/importers.h"

#include "core/io/import/csvtable.h"
#include "core/io/import/importtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace cascade {

namespace {

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString kPlatform = QStringLiteral("twitter");

// Why records are skipped: keys of ImportReport::skipped, translated where they are shown.
const QString kNoUsableId = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "no usable id"));
const QString kNoAuthorId = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "no author id"));

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (!c.isDigit())
            return false;
    return true;
}

// ".../statuses/123" or ".../status/123" -> "123".
QString idFromStatusUrl(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("/status(?:es)?/(\\d+)"));
    const QRegularExpressionMatch m = re.match(url);
    return m.hasMatch() ? m.captured(1) : QString();
}

// Actor::verified from a user_verified cell (a column some TAGS versions add): true/false
// in any case, or 1/0; anything else (an empty or NA cell, no such column) does not say.
QString verifiedOf(const QString &cell)
{
    const QString v = cell.trimmed();
    if (v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || v == QLatin1String("1"))
        return QStringLiteral("verified");
    if (v.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || v == QLatin1String("0"))
        return QStringLiteral("none");
    return {};
}

struct TagsMention {
    QString id;
    QString handle;
    qsizetype start = -1;
    qsizetype end = -1;
};

std::vector<TagsMention> mentionsOf(const QString &entities, const QString &text)
{
    std::vector<TagsMention> out;
    const QJsonDocument doc = QJsonDocument::fromJson(entities.toUtf8());
    if (doc.isObject()) {
        for (const QJsonValue v : doc.object().value(QLatin1String("user_mentions")).toArray()) {
            const QJsonObject m = v.toObject();
            const QJsonArray ix = m.value(QLatin1String("indices")).toArray();
            out.push_back({m.value(QLatin1String("id_str")).toString(), m.value(QLatin1String("screen_name")).toString(),
                           ix.size() == 2 ? ix[0].toInteger() : -1, ix.size() == 2 ? ix[1].toInteger() : -1});
        }
        return out;
    }
    static const QRegularExpression re(QStringLiteral("(?<![\\w@])@(\\w{1,15})"));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.push_back({{}, m.captured(1), m.capturedStart(), m.capturedEnd()});
    }
    return out;
}

class TagsImporter {
public:
    explicit TagsImporter(ImportInput &in) : m_in(in), m_table(in.path) { }
    bool run();

private:
    void readRow();

    ImportInput &m_in;
    CsvTable m_table;
    std::int64_t m_recovered = 0;
};

bool TagsImporter::run()
{
    QString error;
    if (!m_table.open(&error))
        return m_in.fail(0, error);
    m_table.setProgress(m_in.progress);
    if (!m_table.readHeader(QStringLiteral("id_str")) || !m_table.hasColumn(QStringLiteral("from_user")))
        return m_in.fail(1, Text::tr("not a TAGS table: no id_str and from_user columns"));
    while (m_table.next())
        readRow();
    if (m_table.unterminatedQuote())
        m_in.builder.report().warnings.push_back(
            Text::tr("%1:%2: a quoted cell is not closed before the end of the file").arg(m_in.path, QString::number(m_table.lineNumber())));
    if (m_recovered > 0)
        m_in.builder.report().warnings.push_back(
            Text::tr("%1: %2 ids rounded by a spreadsheet were recovered from status_url").arg(m_in.path, QString::number(m_recovered)));
    return true;
}

void TagsImporter::readRow()
{
    ImportReport &report = m_in.builder.report();
    ++report.recordsRead;
    const std::int64_t line = m_table.lineNumber();
    const QString statusUrl = m_table.cell(QStringLiteral("status_url"));
    QString id = m_table.cell(QStringLiteral("id_str"));
    if (!allDigits(id)) {
        id = idFromStatusUrl(statusUrl);
        if (id.isEmpty()) {
            m_in.skipWithNote(kNoUsableId, line, Text::tr("id_str and status_url give no id"));
            return;
        }
        ++m_recovered;
    }
    const std::optional<TimeMs> time = importtext::parseTwitterTime(m_table.cell(QStringLiteral("created_at")).toStdString());
    if (!time) {
        m_in.skipWithNote(kReasonImpossibleDate, line, Text::tr("created_at \"%1\"").arg(m_table.cell(QStringLiteral("created_at"))));
        return;
    }
    ActorRecord author;
    author.platform = kPlatform;
    author.handle = m_table.cell(QStringLiteral("from_user"));
    author.id = m_table.cell(QStringLiteral("from_user_id_str"));
    if (!allDigits(author.id))
        author.id.clear();
    bool ok = false;
    const qlonglong followers = m_table.cell(QStringLiteral("user_followers_count")).toLongLong(&ok);
    if (ok)
        author.followers = followers;
    author.verified = verifiedOf(m_table.cell(QStringLiteral("user_verified")));
    author.seenAt = *time;
    if (author.id.isEmpty()) {
        m_in.skipWithNote(kNoAuthorId, line, Text::tr("from_user_id_str is empty"));
        return;
    }
    m_in.builder.addActor(author);

    PostRecord p;
    p.platform = kPlatform;
    p.id = id;
    p.time = *time;
    p.authorId = author.id;
    const QString raw = m_table.cell(QStringLiteral("text"));
    p.text = importtext::decodeEntities(raw);
    p.lang = m_table.cell(QStringLiteral("user_lang"));
    p.url = statusUrl;
    const QString replyTo = m_table.cell(QStringLiteral("in_reply_to_status_id_str"));
    const QString rtHandle = importtext::retweetedHandle(raw);
    qsizetype leading = -1;
    bool skipRetweeted = false;
    if (allDigits(replyTo)) {
        p.kind = EventKind::Reply;
        p.parentId = replyTo;
        p.parentAuthor = {m_table.cell(QStringLiteral("in_reply_to_user_id_str")), m_table.cell(QStringLiteral("in_reply_to_screen_name"))};
        leading = importtext::leadingMentionsLength(raw);
    } else if (!rtHandle.isEmpty()) {
        // TAGS has no retweeted id: the original counts as missing and its author is
        // linked by a mention.
        p.kind = EventKind::Repost;
        p.parentId = QStringLiteral("unknown-retweeted-by-") + id;
        skipRetweeted = true;
    }
    for (const TagsMention &m : mentionsOf(m_table.cell(QStringLiteral("entities_str")), raw)) {
        if (leading >= 0 && m.end >= 0 && m.end <= leading)
            continue;
        if (skipRetweeted && m.start == 3) {
            skipRetweeted = false;
            p.parentAuthor = {m.id, m.handle};
            continue;
        }
        p.mentions.push_back({m.id, m.handle});
    }
    m_in.builder.addPost(std::move(p));
}

} // namespace

bool importTags(ImportInput &in)
{
    return TagsImporter(in).run();
}

} // namespace cascade
