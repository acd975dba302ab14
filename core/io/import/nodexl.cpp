// SPDX-License-Identifier: GPL-3.0-or-later
// NodeXL: the Edges sheet saved as CSV (a caption row may precede the header: Vertex 1,
// Vertex 2, Relationship, Relationship Date (UTC), Tweet, Imported ID, ...) and NodeXL's
// GraphML (the same column names as key attr.name). One tweet is several edge rows
// sharing an Imported ID; vertex names are screen names. Rows without a time cannot be
// placed on a timeline and are skipped.
#include "core/io/import/importers.h"

#include "core/io/import/csvtable.h"
#include "core/io/import/importtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <map>

namespace cascade {

namespace {

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString kPlatform = QStringLiteral("twitter");

// Why records are skipped: keys of ImportReport::skipped, translated where they are shown.
const QString kEdgeWithoutVertices = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "edge without both vertices"));
const QString kEdgeWithoutTime = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "edge without a time"));
const QString kUnknownRelationship = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "unknown relationship"));

// One edge row: column name (lower case) -> cell.
using Row = QHash<QString, QString>;

std::optional<TimeMs> parseNodeXLTime(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    if (const auto iso = importtext::parsePlatformIsoTime(s.toStdString()))
        return iso;
    static const char *const kFormats[] = {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss",
                                           "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "M/d/yyyy h:mm:ss AP", "M/d/yyyy h:mm AP"};
    for (const char *format : kFormats) {
        QDateTime dt = QDateTime::fromString(s, QLatin1String(format));
        if (!dt.isValid())
            continue;
        dt.setTimeZone(QTimeZone::utc()); // the "(UTC)" columns
        const TimeMs t = dt.toMSecsSinceEpoch();
        if (importtext::plausiblePlatformTime(t))
            return t;
    }
    return std::nullopt;
}

// The tweet that several rows describe.
struct NodeXLTweet {
    PostRecord post;
    bool hasKind = false;
};

class NodeXLImporter {
public:
    explicit NodeXLImporter(ImportInput &in) : m_in(in) { }
    bool run();

private:
    bool readCsv();
    bool readGraphml();
    void addRow(const Row &row, std::int64_t line);
    void finish();

    ImportInput &m_in;
    std::map<QString, NodeXLTweet> m_tweets; // by Imported ID (or row)
    std::vector<QString> m_order;
};

bool NodeXLImporter::run()
{
    QFile f(m_in.path);
    if (!f.open(QIODevice::ReadOnly))
        return m_in.fail(0, Text::tr("cannot read: %1").arg(f.errorString()));
    const QByteArray head = f.read(4096).trimmed();
    const bool xml = head.startsWith('<') || head.startsWith("\xEF\xBB\xBF<");
    f.close();
    if (!(xml ? readGraphml() : readCsv()))
        return false;
    finish();
    return true;
}

bool NodeXLImporter::readCsv()
{
    CsvTable table(m_in.path);
    QString error;
    if (!table.open(&error))
        return m_in.fail(0, error);
    table.setProgress(m_in.progress);
    if (!table.readHeader(QStringLiteral("Vertex 1")) || !table.hasColumn(QStringLiteral("Vertex 2")))
        return m_in.fail(1, Text::tr("not a NodeXL edges table: no Vertex 1 and Vertex 2 columns"));
    static const char *const kColumns[] = {"vertex 1", "vertex 2", "relationship", "relationship date (utc)",
                                           "tweet date (utc)", "tweet", "imported id", "in-reply-to tweet id",
                                           "twitter page for tweet"};
    while (table.next()) {
        Row row;
        for (const char *c : kColumns)
            row.insert(QLatin1String(c), table.cell(QLatin1String(c)));
        addRow(row, table.lineNumber());
    }
    return true;
}

bool NodeXLImporter::readGraphml()
{
    QFile f(m_in.path);
    if (!f.open(QIODevice::ReadOnly))
        return m_in.fail(0, Text::tr("cannot read: %1").arg(f.errorString()));
    QXmlStreamReader xml(&f);
    QHash<QString, QString> keyNames; // key id -> attribute name (lower case)
    Row row;
    QString dataKey;
    bool inEdge = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return m_in.fail(xml.lineNumber(), Text::tr("a document type declaration (GraphML needs none): refused"));
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (name == QLatin1String("key")) {
                QString attrName = a.value(QLatin1String("attr.name")).toString();
                if (attrName.isEmpty())
                    attrName = a.value(QLatin1String("id")).toString().section(QLatin1Char('-'), 1);
                keyNames.insert(a.value(QLatin1String("id")).toString(), attrName.toLower());
            } else if (name == QLatin1String("edge")) {
                inEdge = true;
                row.clear();
                row.insert(QStringLiteral("vertex 1"), a.value(QLatin1String("source")).toString());
                row.insert(QStringLiteral("vertex 2"), a.value(QLatin1String("target")).toString());
            } else if (name == QLatin1String("data") && inEdge) {
                dataKey = keyNames.value(a.value(QLatin1String("key")).toString());
                row.insert(dataKey, xml.readElementText().trimmed());
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("edge")) {
            inEdge = false;
            addRow(row, xml.lineNumber());
        }
    }
    if (xml.hasError())
        return m_in.fail(xml.lineNumber(), Text::tr("not well-formed XML: %1").arg(xml.errorString()));
    return true;
}

void NodeXLImporter::addRow(const Row &row, std::int64_t line)
{
    ImportReport &report = m_in.builder.report();
    ++report.recordsRead;
    const QString from = row.value(QStringLiteral("vertex 1")).toLower();
    const QString to = row.value(QStringLiteral("vertex 2")).toLower();
    if (from.isEmpty() || to.isEmpty()) {
        report.skip(kEdgeWithoutVertices);
        return;
    }
    std::optional<TimeMs> time = parseNodeXLTime(row.value(QStringLiteral("tweet date (utc)")));
    if (!time)
        time = parseNodeXLTime(row.value(QStringLiteral("relationship date (utc)")));
    if (!time) {
        report.skip(kEdgeWithoutTime);
        return;
    }
    QString id = row.value(QStringLiteral("imported id"));
    if (id.isEmpty())
        id = QStringLiteral("nodexl-%1-%2").arg(from, QString::number(line));
    auto it = m_tweets.find(id);
    if (it == m_tweets.end()) {
        it = m_tweets.emplace(id, NodeXLTweet{}).first;
        m_order.push_back(id);
        PostRecord &p = it->second.post;
        p.platform = kPlatform;
        p.id = id;
        p.time = *time;
        p.authorId = QLatin1Char('@') + from; // NodeXL gives names, not user ids
        p.text = importtext::decodeEntities(row.value(QStringLiteral("tweet")));
        p.url = row.value(QStringLiteral("twitter page for tweet"));
    }
    PostRecord &p = it->second.post;
    const QString relationship = row.value(QStringLiteral("relationship")).toLower();
    const ActorRef other{QLatin1Char('@') + to, to};
    if (relationship == QLatin1String("replies to")) {
        p.kind = EventKind::Reply;
        const QString parent = row.value(QStringLiteral("in-reply-to tweet id"));
        p.parentId = parent.isEmpty() ? QStringLiteral("unknown-replied-by-") + id : parent;
        p.parentAuthor = other;
    } else if (relationship == QLatin1String("retweet") || relationship == QLatin1String("quote")) {
        p.kind = relationship == QLatin1String("retweet") ? EventKind::Repost : EventKind::Quote;
        p.parentId = QStringLiteral("unknown-relayed-by-") + id;
        p.parentAuthor = other;
    } else if (relationship.startsWith(QLatin1String("mentions"))) {
        p.mentions.push_back(other);
    } else if (relationship != QLatin1String("tweet")) {
        report.skip(kUnknownRelationship);
    }
}

void NodeXLImporter::finish()
{
    for (const QString &id : m_order) {
        NodeXLTweet &t = m_tweets[id];
        ActorRecord author;
        author.platform = kPlatform;
        author.id = t.post.authorId;
        author.handle = t.post.authorId.mid(1);
        author.seenAt = t.post.time;
        m_in.builder.addActor(author);
        for (const ActorRef &m : t.post.mentions)
            m_in.builder.addActor({kPlatform, m.id, m.handle, {}, {}, 0});
        if (!t.post.parentAuthor.isEmpty())
            m_in.builder.addActor({kPlatform, t.post.parentAuthor.id, t.post.parentAuthor.handle, {}, {}, 0});
        m_in.builder.addPost(t.post);
    }
}

} // namespace

bool importNodeXL(ImportInput &in)
{
    return NodeXLImporter(in).run();
}

} // namespace cascade
