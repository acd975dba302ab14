// SPDX-License-Identifier: GPL-3.0-or-later
// twarc v1 / Twitter API v1.1: JSONL of tweets (REST with full_text, streaming with
// extended_tweet), search responses ({"statuses": [...]}) and JSON arrays of tweets.
#include "core/io/import/importers.h"

#include "core/io/import/importtext.h"
#include "core/io/import/linereader.h"

#include "core/io/import/jsonhelpers.inc"

#include <QCoreApplication>

#include <memory>

namespace cascade {

namespace {

using namespace importjson;

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString kPlatform = QStringLiteral("twitter");

// Why records are skipped: keys of ImportReport::skipped, translated where they are shown.
const QString kDeleteNotice = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "delete notice"));
const QString kLimitNotice = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "limit notice"));
const QString kStreamNotice = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "stream notice"));
const QString kErrorObject = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "error object"));
const QString kTweetWithoutAuthor = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "tweet without author"));
const QString kNotATweet = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "not a tweet"));

struct V1Mention {
    QString id;
    QString handle;
    std::int64_t start = -1;
    std::int64_t end = -1;
};

// The parts of entities Cascade keeps.
struct V1Entities {
    std::vector<V1Mention> mentions;
    QStringList urls;
    bool present = false;
};

struct V1Tweet {
    QString id;
    std::string_view createdAt;
    QString text;
    std::int64_t displayStart = -1;
    ActorRecord user;
    QString replyToStatus;
    QString replyToUser;
    QString replyToHandle;
    QString quotedId;
    QString lang;
    V1Entities entities;
    bool extended = false; // text and entities come from extended_tweet
    std::unique_ptr<V1Tweet> retweeted;
    std::unique_ptr<V1Tweet> quoted;
};

// Top-level keys of the stream's notices, which are not tweets.
QString noticeReason(std::string_view key)
{
    if (key == "delete")
        return kDeleteNotice;
    if (key == "limit")
        return kLimitNotice;
    if (key == "scrub_geo" || key == "status_withheld" || key == "user_withheld" || key == "disconnect"
        || key == "warning" || key == "friends" || key == "event")
        return kStreamNotice;
    if (key == "errors" || key == "error")
        return kErrorObject;
    return {};
}

void readMentions(od::array list, std::vector<V1Mention> &out)
{
    for (auto item : list) {
        od::object m;
        if (!got(item.get_object().get(m)))
            continue;
        V1Mention mention;
        for (auto field : m) {
            std::string_view key;
            if (!got(field.unescaped_key().get(key)))
                continue;
            od::value v = field.value();
            if (key == "id_str")
                mention.id = idString(v);
            else if (key == "screen_name")
                mention.handle = stringValue(v);
            else if (key == "indices")
                indexPair(v, mention.start, mention.end);
        }
        if (mention.id == QLatin1String("-1"))
            mention.id.clear();
        out.push_back(std::move(mention));
    }
}

V1Entities readEntities(od::object entities)
{
    V1Entities out;
    out.present = true;
    for (auto field : entities) {
        std::string_view key;
        if (!got(field.unescaped_key().get(key)))
            continue;
        od::array list;
        if (key == "user_mentions" && got(field.value().get_array().get(list)))
            readMentions(list, out.mentions);
        else if (key == "urls" && got(field.value().get_array().get(list)))
            readExpandedUrls(list, out.urls);
    }
    return out;
}

ActorRecord readUser(od::object user)
{
    ActorRecord a;
    a.platform = kPlatform;
    for (auto field : user) {
        std::string_view key;
        if (!got(field.unescaped_key().get(key)))
            continue;
        od::value v = field.value();
        if (key == "id_str")
            a.id = idString(v);
        else if (key == "id" && a.id.isEmpty())
            a.id = idString(v);
        else if (key == "screen_name")
            a.handle = stringValue(v);
        else if (key == "name")
            a.name = stringValue(v);
        else if (key == "followers_count")
            a.followers = integerValue(v);
        else if (key == "verified")
            a.verified = verifiedValue(v);
    }
    return a;
}

void readExtended(od::object ext, V1Tweet &t)
{
    for (auto field : ext) {
        std::string_view key;
        if (!got(field.unescaped_key().get(key)))
            continue;
        od::value v = field.value();
        std::int64_t end = 0;
        od::object o;
        if (key == "full_text") {
            t.text = stringValue(v);
            t.extended = true;
        } else if (key == "display_text_range") {
            indexPair(v, t.displayStart, end);
        } else if (key == "entities" && got(v.get_object().get(o))) {
            t.entities = readEntities(o);
        }
    }
}

std::unique_ptr<V1Tweet> readTweet(od::object obj, int depth);

// One member of a tweet object.
void readTweetField(std::string_view key, od::value v, V1Tweet &t, int depth)
{
    od::object o;
    std::int64_t end = 0;
    if (key == "id_str") {
        t.id = idString(v);
    } else if (key == "id") {
        if (t.id.isEmpty())
            t.id = idString(v);
    } else if (key == "created_at") {
        t.createdAt = stringView(v);
    } else if (key == "full_text" || key == "text") {
        if (!t.extended && (key == "full_text" || t.text.isEmpty()))
            t.text = stringValue(v);
    } else if (key == "display_text_range") {
        if (!t.extended)
            indexPair(v, t.displayStart, end);
    } else if (key == "user" && got(v.get_object().get(o))) {
        t.user = readUser(o);
    } else if (key == "in_reply_to_status_id_str" || key == "in_reply_to_status_id") {
        if (t.replyToStatus.isEmpty())
            t.replyToStatus = idString(v);
    } else if (key == "in_reply_to_user_id_str" || key == "in_reply_to_user_id") {
        if (t.replyToUser.isEmpty())
            t.replyToUser = idString(v);
    } else if (key == "in_reply_to_screen_name") {
        t.replyToHandle = stringValue(v);
    } else if (key == "quoted_status_id_str" || key == "quoted_status_id") {
        if (t.quotedId.isEmpty())
            t.quotedId = idString(v);
    } else if (key == "lang") {
        t.lang = stringValue(v);
    } else if (key == "entities" && got(v.get_object().get(o))) {
        if (!t.extended)
            t.entities = readEntities(o);
    } else if (key == "extended_tweet" && got(v.get_object().get(o))) {
        V1Entities kept = std::move(t.entities);
        readExtended(o, t);
        if (!t.entities.present)
            t.entities = std::move(kept);
    } else if (key == "retweeted_status" && depth < 3 && got(v.get_object().get(o))) {
        t.retweeted = readTweet(o, depth + 1);
    } else if (key == "quoted_status" && depth < 3 && got(v.get_object().get(o))) {
        t.quoted = readTweet(o, depth + 1);
    }
}

std::unique_ptr<V1Tweet> readTweet(od::object obj, int depth)
{
    auto t = std::make_unique<V1Tweet>();
    for (auto field : obj) {
        std::string_view key;
        if (!got(field.unescaped_key().get(key)))
            throw simdjson::simdjson_error(simdjson::TAPE_ERROR);
        readTweetField(key, field.value(), *t, depth);
    }
    if (t->quoted && t->quotedId.isEmpty())
        t->quotedId = t->quoted->id;
    return t;
}

class V1Importer {
public:
    explicit V1Importer(ImportInput &in) : m_in(in) { }

    bool run();

private:
    bool runLines();
    bool runDocument();
    void readRecord(od::value record, std::int64_t line, bool topLevel);
    void emitTweet(const V1Tweet &t, int completeness, std::int64_t line);
    PostRecord toPost(const V1Tweet &t, TimeMs time) const;

    bool stillWanted(); // reports the document's place; false when cancelled

    ImportInput &m_in;
    od::parser m_parser;
    od::document *m_document = nullptr; // while runDocument() reads one
    const char *m_data = nullptr;
    std::int64_t m_dataSize = 0;
    bool m_cancelled = false;
};

bool V1Importer::run()
{
    QFile f(m_in.path);
    if (!f.open(QIODevice::ReadOnly))
        return m_in.fail(0, Text::tr("cannot read: %1").arg(f.errorString()));
    // A JSON array, or one pretty-printed object, is one document; anything else JSONL.
    // Only the first non-blank line's first and last bytes matter: it is read in pieces
    // (a readLine(max) allocates max bytes at once), up to 64 MiB.
    char first = 0, last = 0;
    constexpr qint64 kPiece = 64 * 1024, kMaxLine = qint64(64) << 20;
    for (qint64 read = 0; read < kMaxLine && !f.atEnd();) {
        const QByteArray piece = f.readLine(kPiece);
        read += piece.size();
        const QByteArray text = piece.trimmed();
        if (!text.isEmpty()) {
            if (!first)
                first = text.front();
            last = text.back();
        }
        if (piece.endsWith('\n') && first)
            break;
    }
    if (first == '[' || (first == '{' && last != '}'))
        return runDocument();
    return runLines();
}

bool V1Importer::runLines()
{
    LineReader reader(m_in.path);
    QString error;
    if (!reader.open(&error))
        return m_in.fail(0, error);
    reader.setProgress(m_in.progress);
    std::string_view line;
    while (reader.next(line)) {
        if (line.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        try {
            requireJson(line);
            od::document doc = m_parser.iterate(line.data(), line.size(), line.size() + LineReader::kPadding);
            readRecord(doc.get_value(), reader.lineNumber(), true);
        } catch (const simdjson::simdjson_error &) {
            const bool cut = reader.lastLineUnterminated();
            ++m_in.builder.report().recordsRead;
            const std::optional<json::SyntaxProblem> problem = jsonSyntaxProblem(line);
            m_in.skipWithNote(cut ? kReasonTruncatedLine : problem ? kReasonInvalidJson : kReasonOtherShape, reader.lineNumber(),
                              describeJsonProblem(problem));
        }
    }
    if (reader.tooLong() || !reader.errorString().isEmpty())
        return m_in.fail(reader.lineNumber() + 1, reader.errorString());
    return true;
}

bool V1Importer::runDocument()
{
    QString error;
    const std::vector<char> data = readPaddedFile(m_in.path, kMaxJsonDocumentBytes, &error);
    if (!error.isEmpty())
        return m_in.fail(0, error);
    const std::size_t size = data.size() - LineReader::kPadding;
    try {
        requireJson(std::string_view(data.data(), size));
        od::document doc = m_parser.iterate(data.data(), size, data.size());
        m_document = &doc;
        m_data = data.data();
        m_dataSize = static_cast<std::int64_t>(size);
        od::value root = doc.get_value();
        readRecord(root, 1, true);
        m_document = nullptr;
    } catch (const simdjson::simdjson_error &) {
        m_document = nullptr;
        return m_in.fail(1, Text::tr("not valid JSON: %1").arg(jsonProblem(std::string_view(data.data(), size))));
    }
    if (m_cancelled)
        return m_in.fail(0, QStringLiteral("cancelled"));
    return true;
}

bool V1Importer::stillWanted()
{
    const char *at = nullptr;
    if (!m_document || m_document->current_location().get(at) != simdjson::SUCCESS)
        return true;
    m_cancelled = !m_in.reportProgress(at - m_data, m_dataSize);
    return !m_cancelled;
}

void V1Importer::readRecord(od::value record, std::int64_t line, bool topLevel)
{
    if (isArray(record)) {
        od::array items = record.get_array();
        std::int64_t n = 0;
        for (auto item : items) {
            if (++n % ImportInput::kProgressItems == 0 && !stillWanted())
                return;
            readRecord(item.value(), line, false);
        }
        return;
    }
    od::object obj;
    if (!got(record.get_object().get(obj))) {
        ++m_in.builder.report().recordsRead;
        m_in.builder.report().skip(kReasonNotAnObject);
        return;
    }
    // Peek at the first key: a notice, a search response or a tweet.
    for (auto field : obj) {
        std::string_view key = field.unescaped_key();
        if (const QString reason = noticeReason(key); !reason.isEmpty()) {
            ++m_in.builder.report().recordsRead;
            m_in.builder.report().skip(reason);
            return;
        }
        if (key == "statuses" && topLevel) {
            readRecord(field.value(), line, false);
            return;
        }
        break;
    }
    bool rewound = false;
    if (obj.reset().get(rewound))
        throw simdjson::simdjson_error(simdjson::TAPE_ERROR);
    const std::unique_ptr<V1Tweet> t = readTweet(obj, 0);
    ++m_in.builder.report().recordsRead;
    if (t->id.isEmpty() || t->user.id.isEmpty()) {
        m_in.builder.report().skip(t->user.id.isEmpty() && !t->id.isEmpty() ? kTweetWithoutAuthor : kNotATweet);
        return;
    }
    emitTweet(*t, 2, line);
}

PostRecord V1Importer::toPost(const V1Tweet &t, TimeMs time) const
{
    PostRecord p;
    p.platform = kPlatform;
    p.id = t.id;
    p.time = time;
    p.authorId = t.user.id;
    p.lang = t.lang == QLatin1String("und") ? QString() : t.lang;
    p.urls = t.entities.urls;
    p.url = QStringLiteral("https://twitter.com/%1/status/%2").arg(t.user.handle, t.id);
    p.text = importtext::decodeEntities(t.text);
    // twarc's order: a reply, else a retweet, else a quote, else an original post.
    std::int64_t leadingEnd = -1; // mentions ending at or before this are the reply's
    bool skipRetweeted = false;
    if (!t.replyToStatus.isEmpty()) {
        p.kind = EventKind::Reply;
        p.parentId = t.replyToStatus;
        p.parentAuthor = {t.replyToUser, t.replyToHandle};
        leadingEnd = t.displayStart >= 0 ? t.displayStart
                                         : static_cast<std::int64_t>(importtext::leadingMentionsLength(t.text));
    } else if (t.retweeted) {
        p.kind = EventKind::Repost;
        p.parentId = t.retweeted->id;
        p.parentAuthor = {t.retweeted->user.id, t.retweeted->user.handle};
        p.repostedHandle = importtext::retweetedHandle(t.text);
        skipRetweeted = true;
    } else if (!t.quotedId.isEmpty()) {
        p.kind = EventKind::Quote;
        p.parentId = t.quotedId;
        if (t.quoted)
            p.parentAuthor = {t.quoted->user.id, t.quoted->user.handle};
    }
    for (const V1Mention &m : t.entities.mentions) {
        if (leadingEnd >= 0 && m.end >= 0 && m.end <= leadingEnd)
            continue;
        if (skipRetweeted && m.start == 3) {
            skipRetweeted = false; // the automatic "RT @x:" mention
            continue;
        }
        p.mentions.push_back({m.id, m.handle});
    }
    return p;
}

void V1Importer::emitTweet(const V1Tweet &t, int completeness, std::int64_t line)
{
    if (t.retweeted && !t.retweeted->id.isEmpty() && !t.retweeted->user.id.isEmpty())
        emitTweet(*t.retweeted, 1, line);
    if (t.quoted && !t.quoted->id.isEmpty() && !t.quoted->user.id.isEmpty())
        emitTweet(*t.quoted, 1, line);
    const std::optional<TimeMs> time = importtext::parseTwitterTime(t.createdAt);
    if (!time) {
        // A retweeted or quoted tweet is part of its record.
        m_in.skipUndatedPost(completeness, line, Text::tr("tweet %1 has the date \"%2\"").arg(t.id, toQString(t.createdAt)));
        return;
    }
    ActorRecord user = t.user;
    user.seenAt = *time;
    m_in.builder.addActor(user);
    PostRecord p = toPost(t, *time);
    p.completeness = completeness + (t.extended ? 1 : 0);
    m_in.builder.addPost(std::move(p));
}

} // namespace

bool importTwarcV1(ImportInput &in)
{
    return V1Importer(in).run();
}

} // namespace cascade
