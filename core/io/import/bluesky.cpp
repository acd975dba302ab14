// SPDX-License-Identifier: GPL-3.0-or-later
// Bluesky (AT Protocol) responses: getPostThread (parents up, replies down), author feeds
// and timelines (reposts as `reason`), getQuotes and search results (`posts`), arrays of
// post views, and getRepostedBy/getLikes (no times: counted and skipped).
#include "core/io/import/importers.h"

#include "core/io/import/importtext.h"
#include "core/io/import/linereader.h"

#include "core/io/import/jsonhelpers.inc"

#include <QCoreApplication>

namespace cascade {

namespace {

using namespace importjson;

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString kPlatform = QStringLiteral("bluesky");

// Why records are skipped: keys of ImportReport::skipped, translated where they are shown.
const QString kLike = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "like (not an event)"));
const QString kReposterWithoutTime =
    QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "reposter without a time (getRepostedBy)"));
const QString kThreadTooDeep = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "thread deeper than followed"));
const QString kPostNotFound = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "post not found"));
const QString kBlockedPost = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "blocked post"));
const QString kNotAPost = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "not a post"));
constexpr int kMaxDepth = 200; // thread nesting followed (parents and replies)

// "at://did:plc:xyz/app.bsky.feed.post/3k1" -> "did:plc:xyz"; empty for another collection.
QString postAuthorDid(const QString &uri)
{
    if (!uri.startsWith(QLatin1String("at://")) || !uri.contains(QLatin1String("/app.bsky.feed.post/")))
        return {};
    return uri.mid(5).section(QLatin1Char('/'), 0, 0);
}

struct Facet {
    std::int64_t byteStart = -1;
    std::int64_t byteEnd = -1;
    QString mentionDid;
};

struct BskyPost {
    QString uri;
    ActorRecord author;
    QString text;
    std::string_view createdAt;
    QString lang;
    QString replyParent;
    QString quoted;
    std::vector<Facet> facets;
    QStringList links;
};

ActorRecord readProfile(od::object o)
{
    ActorRecord a;
    a.platform = kPlatform;
    for (auto field : o) {
        std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "did")
            a.id = stringValue(v);
        else if (key == "handle")
            a.handle = stringValue(v);
        else if (key == "displayName")
            a.name = stringValue(v);
        else if (key == "followersCount")
            a.followers = integerValue(v);
    }
    return a;
}

void readFacets(od::array list, BskyPost &p)
{
    for (auto item : list) {
        od::object f;
        if (!got(item.get_object().get(f)))
            continue;
        Facet facet;
        QStringList links;
        for (auto field : f) {
            std::string_view key = field.unescaped_key();
            od::value v = field.value();
            if (key == "index" && isObject(v)) {
                for (auto ix : v.get_object()) {
                    std::string_view k = ix.unescaped_key();
                    if (k == "byteStart")
                        facet.byteStart = integerValue(ix.value()).value_or(-1);
                    else if (k == "byteEnd")
                        facet.byteEnd = integerValue(ix.value()).value_or(-1);
                }
            } else if (key == "features" && isArray(v)) {
                for (auto feature : v.get_array()) {
                    od::object fo;
                    if (!got(feature.get_object().get(fo)))
                        continue;
                    std::string_view type;
                    QString did, uri;
                    for (auto ff : fo) {
                        std::string_view k = ff.unescaped_key();
                        if (k == "$type")
                            type = stringView(ff.value());
                        else if (k == "did")
                            did = stringValue(ff.value());
                        else if (k == "uri")
                            uri = stringValue(ff.value());
                    }
                    // Third-party clients write other $types (bold, spoiler, ...): ignored.
                    if (type == "app.bsky.richtext.facet#mention")
                        facet.mentionDid = did;
                    else if (type == "app.bsky.richtext.facet#link" && !uri.isEmpty())
                        links.push_back(uri);
                }
            }
        }
        p.links += links;
        if (!facet.mentionDid.isEmpty())
            p.facets.push_back(facet);
    }
}

// The quoted post's URI of a record embed (record, or recordWithMedia's record.record).
QString embeddedRecordUri(od::object embed)
{
    std::string_view type;
    QString uri;
    for (auto field : embed) {
        std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "$type") {
            type = stringView(v);
        } else if (key == "record" && isObject(v)) {
            for (auto inner : v.get_object()) {
                std::string_view k = inner.unescaped_key();
                od::value iv = inner.value();
                if (k == "uri")
                    uri = stringValue(iv);
                else if (k == "record" && isObject(iv)) {
                    od::value u;
                    if (got(iv.get_object()["uri"].get(u)))
                        uri = stringValue(u);
                }
            }
        }
    }
    if (type != "app.bsky.embed.record" && type != "app.bsky.embed.recordWithMedia")
        return {};
    return postAuthorDid(uri).isEmpty() ? QString() : uri;
}

void readRecord(od::object record, BskyPost &p)
{
    for (auto field : record) {
        std::string_view key = field.unescaped_key();
        od::value v = field.value();
        od::object o;
        od::array a;
        if (key == "text") {
            p.text = stringValue(v);
        } else if (key == "createdAt") {
            p.createdAt = stringView(v);
        } else if (key == "langs" && got(v.get_array().get(a))) {
            for (auto l : a) {
                p.lang = stringValue(l.value());
                break;
            }
        } else if (key == "reply" && got(v.get_object().get(o))) {
            od::value parent;
            if (got(o["parent"].get(parent)) && isObject(parent)) {
                od::value u;
                if (got(parent.get_object()["uri"].get(u)))
                    p.replyParent = stringValue(u);
            }
        } else if (key == "embed" && got(v.get_object().get(o))) {
            p.quoted = embeddedRecordUri(o);
        } else if (key == "facets" && got(v.get_array().get(a))) {
            readFacets(a, p);
        }
    }
}

class BlueskyImporter {
public:
    explicit BlueskyImporter(ImportInput &in) : m_in(in) { }
    bool run();

private:
    void readTop(od::value v);
    void readItem(od::object o, int depth);
    void readThread(od::object o, int depth);
    QString readPostView(od::object o, int completeness); // the post's uri
    void readQuotedView(od::object embedView);
    void emitPost(const BskyPost &p, int completeness);
    void emitRepost(const ActorRecord &by, const QString &repostUri, std::string_view at, const QString &subject);
    void skip(const QString &reason)
    {
        ++m_in.builder.report().recordsRead;
        m_in.builder.report().skip(reason);
    }

    ImportInput &m_in;
};

bool BlueskyImporter::run()
{
    QString error;
    const std::vector<char> data = readPaddedFile(m_in.path, kMaxJsonDocumentBytes, &error);
    if (!error.isEmpty())
        return m_in.fail(0, error);
    od::parser parser;
    try {
        requireJson(std::string_view(data.data(), data.size() - LineReader::kPadding));
        od::document doc = parser.iterate(data.data(), data.size() - LineReader::kPadding, data.size());
        readTop(doc.get_value());
    } catch (const simdjson::simdjson_error &) {
        return m_in.fail(1, Text::tr("not valid JSON: %1").arg(jsonProblem(std::string_view(data.data(), data.size() - LineReader::kPadding))));
    }
    return true;
}

void BlueskyImporter::readTop(od::value v)
{
    if (isArray(v)) {
        for (auto item : v.get_array()) {
            od::object o;
            if (!got(item.get_object().get(o)))
                skip(kReasonNotAnObject);
            else
                readItem(o, 0);
        }
        return;
    }
    od::object top = v.get_object();
    bool known = false;
    for (auto field : top) {
        std::string_view key = field.unescaped_key();
        od::value value = field.value();
        od::object o;
        if (key == "thread" && got(value.get_object().get(o))) {
            known = true;
            readThread(o, 0);
        } else if ((key == "feed" || key == "posts") && isArray(value)) {
            known = true;
            for (auto item : value.get_array())
                if (got(item.get_object().get(o)))
                    readItem(o, 0);
        } else if ((key == "repostedBy" || key == "likes") && isArray(value)) {
            known = true;
            for (auto item : value.get_array()) {
                checkedItem(item);
                skip(key == "likes" ? kLike : kReposterWithoutTime);
            }
        }
    }
    if (!known) {
        bool rewound = false;
        if (top.reset().get(rewound))
            throw simdjson::simdjson_error(simdjson::TAPE_ERROR);
        readItem(top, 0);
    }
}

// A post view, a feed item ({post, reply, reason}) or a thread node.
void BlueskyImporter::readItem(od::object o, int depth)
{
    bool hasPost = false;
    bool hasAuthor = false;
    bool missing = false; // a blocked or not-found node (which may name its author)
    for (auto field : o) {
        std::string_view key = field.unescaped_key();
        hasPost = hasPost || key == "post";
        hasAuthor = hasAuthor || key == "author" || key == "record";
        missing = missing || key == "blocked" || key == "notFound";
    }
    bool rewound = false;
    if (o.reset().get(rewound))
        throw simdjson::simdjson_error(simdjson::TAPE_ERROR);
    if (!hasPost && hasAuthor && !missing)
        readPostView(o, depth == 0 ? 2 : 1); // a bare post view (a reply context's are no records)
    else
        readThread(o, depth);
}

void BlueskyImporter::readThread(od::object o, int depth)
{
    if (depth > kMaxDepth) {
        skip(kThreadTooDeep);
        return;
    }
    ActorRecord reposter;
    QString repostUri;
    std::string_view repostAt;
    QString postUri;
    for (auto field : o) {
        std::string_view key = field.unescaped_key();
        od::value v = field.value();
        od::object child;
        if (key == "$type") {
            const std::string_view type = stringView(v);
            if (type == "app.bsky.feed.defs#notFoundPost") {
                skip(kPostNotFound);
                return;
            }
            if (type == "app.bsky.feed.defs#blockedPost") {
                skip(kBlockedPost);
                return;
            }
        } else if (key == "post" && got(v.get_object().get(child))) {
            // The uri comes back from the one pass over the post: rewinding a nested
            // object and reading it again leaves the outer iteration undefined.
            postUri = readPostView(child, 2);
        } else if (key == "parent" && got(v.get_object().get(child))) {
            readItem(child, depth + 1);
        } else if (key == "replies" && isArray(v)) {
            for (auto r : v.get_array())
                if (got(r.get_object().get(child)))
                    readItem(child, depth + 1);
        } else if (key == "reply" && got(v.get_object().get(child))) {
            // A feed item's reply context: root and parent, shown as post views.
            for (auto ctx : child) {
                od::object view;
                if (got(ctx.value().get_object().get(view)))
                    readItem(view, depth + 1);
            }
        } else if (key == "reason" && got(v.get_object().get(child))) {
            for (auto rf : child) {
                std::string_view k = rf.unescaped_key();
                od::object by;
                if (k == "by" && got(rf.value().get_object().get(by)))
                    reposter = readProfile(by);
                else if (k == "uri")
                    repostUri = stringValue(rf.value());
                else if (k == "indexedAt")
                    repostAt = stringView(rf.value());
            }
        } else if (key == "notFound" || key == "blocked") {
            skip(key == "notFound" ? kPostNotFound : kBlockedPost);
            return;
        }
    }
    if (!reposter.id.isEmpty() && !postUri.isEmpty())
        emitRepost(reposter, repostUri, repostAt, postUri);
}

void BlueskyImporter::readQuotedView(od::object embedView)
{
    // app.bsky.embed.record#view: {record: #viewRecord{uri, author, value, ...}}, or
    // recordWithMedia#view: {record: {record: #viewRecord}, media}.
    for (auto field : embedView) {
        std::string_view key = field.unescaped_key();
        od::object rec;
        if (key != "record" || !got(field.value().get_object().get(rec)))
            continue;
        BskyPost p;
        bool nested = false;
        for (auto rf : rec) {
            std::string_view k = rf.unescaped_key();
            od::value v = rf.value();
            od::object o;
            if (k == "uri")
                p.uri = stringValue(v);
            else if (k == "author" && got(v.get_object().get(o)))
                p.author = readProfile(o);
            else if (k == "value" && got(v.get_object().get(o)))
                readRecord(o, p);
            else if (k == "record" && got(v.get_object().get(o))) {
                nested = true;
                bool rewound = false;
                if (!rec.reset().get(rewound))
                    readQuotedView(rec);
                break;
            }
        }
        if (!nested && !p.uri.isEmpty() && !p.author.id.isEmpty() && !postAuthorDid(p.uri).isEmpty())
            emitPost(p, 1);
    }
}

QString BlueskyImporter::readPostView(od::object o, int completeness)
{
    BskyPost p;
    std::string_view indexedAt;
    for (auto field : o) {
        std::string_view key = field.unescaped_key();
        od::value v = field.value();
        od::object obj;
        if (key == "uri")
            p.uri = stringValue(v);
        else if (key == "author" && got(v.get_object().get(obj)))
            p.author = readProfile(obj);
        else if (key == "record" && got(v.get_object().get(obj)))
            readRecord(obj, p);
        else if (key == "indexedAt")
            indexedAt = stringView(v);
        else if (key == "embed" && got(v.get_object().get(obj)))
            readQuotedView(obj);
    }
    (void)indexedAt;
    if (completeness == 2)
        ++m_in.builder.report().recordsRead;
    if (p.uri.isEmpty() || p.author.id.isEmpty()) {
        if (completeness == 2)
            m_in.builder.report().skip(kNotAPost);
        return p.uri;
    }
    emitPost(p, completeness);
    return p.uri;
}

void BlueskyImporter::emitPost(const BskyPost &b, int completeness)
{
    const std::optional<TimeMs> time = importtext::parsePlatformIsoTime(b.createdAt);
    if (!time) {
        // A quoted or reply-context view is part of its record.
        m_in.skipUndatedPost(completeness, 1, Text::tr("post %1 has the date \"%2\"").arg(b.uri, toQString(b.createdAt)));
        return;
    }
    ActorRecord author = b.author;
    author.seenAt = *time;
    m_in.builder.addActor(author);
    PostRecord p;
    p.platform = kPlatform;
    p.id = b.uri;
    p.time = *time;
    p.authorId = author.id;
    p.text = b.text;
    p.lang = b.lang;
    p.urls = b.links;
    p.completeness = completeness;
    p.url = QStringLiteral("https://bsky.app/profile/%1/post/%2").arg(author.handle, b.uri.section(QLatin1Char('/'), -1));
    qsizetype leadingBytes = -1;
    if (!b.replyParent.isEmpty()) {
        p.kind = EventKind::Reply;
        p.parentId = b.replyParent;
        p.parentAuthor = {postAuthorDid(b.replyParent), {}};
        leadingBytes = b.text.left(importtext::leadingMentionsLength(b.text)).toUtf8().size();
    } else if (!b.quoted.isEmpty()) {
        p.kind = EventKind::Quote;
        p.parentId = b.quoted;
        p.parentAuthor = {postAuthorDid(b.quoted), {}};
    }
    for (const Facet &f : b.facets) {
        if (leadingBytes > 0 && f.byteEnd >= 0 && f.byteEnd <= leadingBytes)
            continue; // UTF-8 byte offsets: a reply's leading mentions are the reply
        p.mentions.push_back({f.mentionDid, {}});
    }
    m_in.builder.addPost(std::move(p));
}

void BlueskyImporter::emitRepost(const ActorRecord &by, const QString &repostUri, std::string_view at, const QString &subject)
{
    const std::optional<TimeMs> time = importtext::parsePlatformIsoTime(at);
    if (!time) {
        // The repost is the reason of a feed item whose post is the record: left out
        // with a warning, the record itself is counted by its post.
        m_in.builder.report().warnings.push_back(
            Text::tr("%1: repost of %2 has no valid time, left out").arg(m_in.path, subject));
        return;
    }
    ActorRecord reposter = by;
    reposter.seenAt = *time;
    m_in.builder.addActor(reposter);
    PostRecord p;
    p.platform = kPlatform;
    p.id = repostUri.isEmpty() ? QStringLiteral("repost:%1:%2").arg(by.id, subject) : repostUri;
    p.time = *time;
    p.kind = EventKind::Repost;
    p.authorId = by.id;
    p.parentId = subject;
    p.parentAuthor = {postAuthorDid(subject), {}};
    m_in.builder.addPost(std::move(p));
}

} // namespace

bool importBluesky(ImportInput &in)
{
    return BlueskyImporter(in).run();
}

} // namespace cascade
