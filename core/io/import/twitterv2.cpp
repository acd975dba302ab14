// SPDX-License-Identifier: GPL-3.0-or-later
// twarc2 / Twitter API v2: JSONL of API pages ({data, includes, errors, meta, __twarc};
// data an array, or one object from the stream) and already-flattened tweets (one per
// line with author and expanded referenced_tweets).
#include "core/io/import/importers.h"

#include "core/io/import/importtext.h"
#include "core/io/import/linereader.h"

#include "core/io/import/jsonhelpers.inc"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cascade {

namespace {

using namespace importjson;

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString kPlatform = QStringLiteral("twitter");

// Why records are skipped: keys of ImportReport::skipped, translated where they are shown.
const QString kErrorObject = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "error object"));
const QString kUserObject = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "user object"));
const QString kCountObject = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "count object"));
const QString kNotATweet = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "not a tweet"));

struct V2Mention {
    QString id;
    QString handle;
    std::int64_t start = -1;
};

struct V2Reference {
    QString type; // "retweeted", "quoted", "replied_to"
    QString id;
};

struct V2Tweet {
    QString id;
    std::string_view createdAt;
    QString text;
    QString authorId;
    QString replyToUser;
    QString lang;
    std::vector<V2Reference> references;
    std::vector<V2Mention> mentions;
    QStringList urls;
    QStringList editHistory;
    std::vector<ActorRecord> users; // flattened: author, in_reply_to_user, mentioned users
    std::vector<V2Tweet> expanded;  // flattened: the referenced tweets themselves
    bool isUser = false;            // a user object ("username" without "text")
    bool isCount = false;           // a counts bucket ("tweet_count")
};

// A user's verification from its members: `verified_type` ("blue", "business",
// "government", "none") when the record has it, since API v2 added it when the single
// `verified` badge split; else the `verified` boolean ("verified" or "none").
struct V2Verification {
    QString type;
    QString badge;

    // Takes the member when it is one of the two.
    void read(std::string_view key, od::value v)
    {
        if (key == "verified_type")
            type = stringValue(v).trimmed();
        else if (key == "verified")
            badge = verifiedValue(v);
    }
    QString value() const { return type.isEmpty() ? badge : type; }
};

ActorRecord readUser(od::object user)
{
    ActorRecord a;
    a.platform = kPlatform;
    V2Verification verification;
    for (auto field : user) {
        std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "id")
            a.id = idString(v);
        else if (key == "username")
            a.handle = stringValue(v);
        else if (key == "name")
            a.name = stringValue(v);
        else if (key == "public_metrics" && isObject(v)) {
            od::value f;
            if (got(v.get_object()["followers_count"].get(f)))
                a.followers = integerValue(f);
        } else {
            verification.read(key, v);
        }
    }
    a.verified = verification.value();
    return a;
}

void readEntities(od::object entities, V2Tweet &t)
{
    for (auto field : entities) {
        std::string_view key = field.unescaped_key();
        od::array list;
        if (!got(field.value().get_array().get(list)))
            continue;
        for (auto item : list) {
            od::object o;
            if (!got(item.get_object().get(o)))
                continue;
            if (key == "mentions") {
                V2Mention m;
                ActorRecord merged; // flattened files merge the user into the mention
                V2Verification verification; // as the page's includes.users would give it
                for (auto mf : o) {
                    std::string_view k = mf.unescaped_key();
                    od::value v = mf.value();
                    if (k == "id")
                        m.id = idString(v);
                    else if (k == "username")
                        m.handle = stringValue(v);
                    else if (k == "start")
                        m.start = integerValue(v).value_or(-1);
                    else if (k == "name")
                        merged.name = stringValue(v);
                    else
                        verification.read(k, v);
                }
                t.mentions.push_back(m);
                if (!merged.name.isEmpty() && !m.id.isEmpty()) {
                    merged.platform = kPlatform;
                    merged.id = m.id;
                    merged.handle = m.handle;
                    merged.verified = verification.value();
                    t.users.push_back(merged);
                }
            } else if (key == "urls") {
                // A lookup that fails for another reason than a missing member leaves
                // the object unusable: the record is invalid JSON, not a url-less one.
                auto lookup = [&o](std::string_view name) {
                    od::value v;
                    const simdjson::error_code error = o[name].get(v);
                    if (error == simdjson::NO_SUCH_FIELD)
                        return QString();
                    if (error)
                        throw simdjson::simdjson_error(error);
                    return stringValue(v);
                };
                QString url = lookup("unwound_url");
                if (url.isEmpty())
                    url = lookup("expanded_url");
                if (!url.isEmpty())
                    t.urls.push_back(url);
            }
        }
    }
}

V2Tweet readTweet(od::object obj, int depth);

void readReferences(od::array list, V2Tweet &t, int depth)
{
    for (auto item : list) {
        od::object o;
        if (!got(item.get_object().get(o)))
            continue;
        V2Reference r;
        V2Tweet expanded;
        bool hasContent = false;
        for (auto field : o) {
            std::string_view key = field.unescaped_key();
            if (key == "type")
                r.type = stringValue(field.value());
            else if (key == "id")
                r.id = idString(field.value());
            else
                hasContent = true;
        }
        if (hasContent && depth < 2) {
            // A flattened reference carries the referenced tweet itself.
            bool rewound = false;
            if (!o.reset().get(rewound)) {
                expanded = readTweet(o, depth + 1);
                if (!expanded.authorId.isEmpty())
                    t.expanded.push_back(std::move(expanded));
            }
        }
        t.references.push_back(std::move(r));
    }
}

V2Tweet readTweet(od::object obj, int depth)
{
    V2Tweet t;
    bool hasText = false;
    for (auto field : obj) {
        std::string_view key = field.unescaped_key();
        od::value v = field.value();
        od::object o;
        od::array a;
        if (key == "id") {
            t.id = idString(v);
        } else if (key == "text") {
            if (!hasText)
                t.text = stringValue(v);
            hasText = true;
        } else if (key == "note_tweet" && got(v.get_object().get(o))) {
            od::value nt;
            if (got(o["text"].get(nt))) {
                t.text = stringValue(nt);
                hasText = true;
            }
        } else if (key == "author_id") {
            t.authorId = idString(v);
        } else if (key == "created_at") {
            t.createdAt = stringView(v);
        } else if (key == "in_reply_to_user_id") {
            t.replyToUser = idString(v);
        } else if (key == "lang") {
            t.lang = stringValue(v);
        } else if (key == "referenced_tweets" && got(v.get_array().get(a))) {
            readReferences(a, t, depth);
        } else if (key == "entities" && got(v.get_object().get(o))) {
            readEntities(o, t);
        } else if (key == "edit_history_tweet_ids" && got(v.get_array().get(a))) {
            for (auto id : a)
                t.editHistory.push_back(idString(id.value()));
        } else if ((key == "author" || key == "in_reply_to_user") && got(v.get_object().get(o))) {
            t.users.push_back(readUser(o));
        } else if (key == "username") {
            t.isUser = true;
        } else if (key == "tweet_count") {
            t.isCount = true;
        }
    }
    if (hasText || !t.authorId.isEmpty())
        t.isUser = false;
    return t;
}

// One page's (or one flattened line's) tweets with the users they can be resolved with.
struct V2Page {
    std::vector<V2Tweet> data;
    std::vector<V2Tweet> included;
    std::vector<ActorRecord> users;
    std::int64_t errors = 0;
    bool isPage = false;
};

class V2Importer {
public:
    explicit V2Importer(ImportInput &in) : m_in(in) { }
    bool run();

private:
    void readLine(od::object obj, V2Page &page);
    void readData(od::value data, V2Page &page);
    void emitPage(V2Page &page, std::int64_t line);
    void emitTweet(const V2Tweet &t, int completeness, std::int64_t line, const QHash<QString, QString> &idByHandle,
                   const QHash<QString, QString> &handleById);

    ImportInput &m_in;
    od::parser m_parser;
};

void V2Importer::readData(od::value data, V2Page &page)
{
    if (isArray(data)) {
        for (auto item : data.get_array()) {
            od::object o;
            if (got(item.get_object().get(o)))
                page.data.push_back(readTweet(o, 0));
        }
    } else if (isObject(data)) {
        page.data.push_back(readTweet(data.get_object(), 0));
    }
}

void V2Importer::readLine(od::object obj, V2Page &page)
{
    for (auto field : obj) {
        std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "data") {
            page.isPage = true;
            readData(v, page);
        } else if (key == "includes" && isObject(v)) {
            page.isPage = true;
            for (auto inc : v.get_object()) {
                std::string_view k = inc.unescaped_key();
                od::array list;
                if (!got(inc.value().get_array().get(list)))
                    continue;
                for (auto item : list) {
                    od::object o;
                    if (!got(item.get_object().get(o)))
                        continue;
                    if (k == "users")
                        page.users.push_back(readUser(o));
                    else if (k == "tweets")
                        page.included.push_back(readTweet(o, 0));
                }
            }
        } else if (key == "errors" && isArray(v)) {
            page.isPage = true;
            for (auto e : v.get_array()) {
                checkedItem(e);
                ++page.errors;
            }
        } else if (key == "meta" || key == "__twarc" || key == "matching_rules") {
            page.isPage = page.isPage || key == "meta";
        }
    }
}

void V2Importer::emitTweet(const V2Tweet &t, int completeness, std::int64_t line,
                           const QHash<QString, QString> &idByHandle, const QHash<QString, QString> &handleById)
{
    const std::optional<TimeMs> time = importtext::parsePlatformIsoTime(t.createdAt);
    if (!time) {
        // An included tweet is part of its page.
        m_in.skipUndatedPost(completeness, line, Text::tr("tweet %1 has the date \"%2\"").arg(t.id, toQString(t.createdAt)));
        return;
    }
    PostRecord p;
    p.platform = kPlatform;
    p.id = t.id;
    p.time = *time;
    p.authorId = t.authorId;
    p.text = importtext::decodeEntities(t.text);
    p.lang = t.lang == QLatin1String("und") ? QString() : t.lang;
    p.urls = t.urls;
    p.editHistory = t.editHistory;
    p.completeness = completeness;
    const QString author = handleById.value(t.authorId);
    p.url = author.isEmpty() ? QStringLiteral("https://twitter.com/i/web/status/") + t.id
                             : QStringLiteral("https://twitter.com/%1/status/%2").arg(author, t.id);
    auto referenced = [&t](const char *type) {
        for (const V2Reference &r : t.references)
            if (r.type == QLatin1String(type))
                return r.id;
        return QString();
    };
    qsizetype leading = -1;
    bool skipRetweeted = false;
    if (const QString reply = referenced("replied_to"); !reply.isEmpty()) {
        p.kind = EventKind::Reply;
        p.parentId = reply;
        p.parentAuthor = {t.replyToUser, handleById.value(t.replyToUser)};
        leading = importtext::leadingMentionsLength(t.text);
    } else if (const QString rt = referenced("retweeted"); !rt.isEmpty()) {
        p.kind = EventKind::Repost;
        p.parentId = rt;
        p.repostedHandle = importtext::retweetedHandle(t.text);
        skipRetweeted = true;
    } else if (const QString quote = referenced("quoted"); !quote.isEmpty()) {
        p.kind = EventKind::Quote;
        p.parentId = quote;
    }
    for (const V2Mention &m : t.mentions) {
        if (leading > 0 && m.start >= 0 && m.start < leading)
            continue;
        if (skipRetweeted && m.start == 3) {
            skipRetweeted = false;
            if (p.parentAuthor.isEmpty())
                p.parentAuthor = {m.id.isEmpty() ? idByHandle.value(m.handle.toLower()) : m.id, m.handle};
            continue;
        }
        const QString id = m.id.isEmpty() ? idByHandle.value(m.handle.toLower()) : m.id;
        p.mentions.push_back({id, m.handle});
    }
    m_in.builder.addPost(std::move(p));
}

// Moves the referenced tweets a flattened line carries (at any depth) into `out`, and
// their users into `users`.
void collectExpanded(std::vector<V2Tweet> &tweets, std::vector<V2Tweet> &out, std::vector<ActorRecord> &users)
{
    for (V2Tweet &t : tweets) {
        collectExpanded(t.expanded, out, users);
        for (V2Tweet &e : t.expanded)
            out.push_back(std::move(e));
        t.expanded.clear();
        for (ActorRecord &u : t.users)
            users.push_back(std::move(u));
        t.users.clear();
    }
}

// The included tweets that the page's tweets reference, directly or through each other
// (a users lookup also includes pinned tweets, which are not part of any conversation).
std::vector<const V2Tweet *> referencedIncludes(const V2Page &page)
{
    QHash<QString, const V2Tweet *> byId;
    for (const V2Tweet &t : page.included)
        if (!t.id.isEmpty())
            byId.insert(t.id, &t);
    std::vector<const V2Tweet *> out;
    QSet<QString> taken;
    std::vector<const V2Tweet *> todo;
    for (const V2Tweet &t : page.data)
        todo.push_back(&t);
    while (!todo.empty()) {
        const V2Tweet *t = todo.back();
        todo.pop_back();
        for (const V2Reference &r : t->references) {
            const V2Tweet *ref = byId.value(r.id);
            if (!ref || taken.contains(r.id))
                continue;
            taken.insert(r.id);
            out.push_back(ref);
            todo.push_back(ref);
        }
    }
    return out;
}

void V2Importer::emitPage(V2Page &page, std::int64_t line)
{
    ImportReport &report = m_in.builder.report();
    // Users seen on this line, for resolving ids and handles (as twarc2 flatten does).
    std::vector<V2Tweet> expanded;
    collectExpanded(page.data, expanded, page.users);
    for (V2Tweet &t : expanded)
        page.included.push_back(std::move(t));
    QHash<QString, QString> idByHandle;
    QHash<QString, QString> handleById;
    TimeMs seen = 0;
    for (const V2Tweet &t : page.data)
        if (const auto time = importtext::parsePlatformIsoTime(t.createdAt))
            seen = std::max(seen, *time);
    for (ActorRecord &u : page.users) {
        if (u.id.isEmpty())
            continue;
        u.seenAt = seen;
        m_in.builder.addActor(u);
        idByHandle.insert(u.handle.toLower(), u.id);
        handleById.insert(u.id, u.handle);
    }
    report.recordsRead += page.errors;
    if (page.errors)
        report.skip(kErrorObject, page.errors);
    for (const V2Tweet *t : referencedIncludes(page))
        if (!t->id.isEmpty() && !t->authorId.isEmpty())
            emitTweet(*t, 1, line, idByHandle, handleById);
    for (const V2Tweet &t : page.data) {
        ++report.recordsRead;
        if (t.isUser)
            report.skip(kUserObject);
        else if (t.isCount)
            report.skip(kCountObject);
        else if (t.id.isEmpty() || t.authorId.isEmpty())
            report.skip(kNotATweet);
        else
            emitTweet(t, 2, line, idByHandle, handleById);
    }
}

bool V2Importer::run()
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
        V2Page page;
        try {
            requireJson(line);
            od::document doc = m_parser.iterate(line.data(), line.size(), line.size() + LineReader::kPadding);
            od::object obj = doc.get_object();
            readLine(obj, page);
            if (!page.isPage) {
                // Not a page: an already-flattened tweet.
                bool rewound = false;
                if (obj.reset().get(rewound))
                    throw simdjson::simdjson_error(simdjson::TAPE_ERROR);
                page.data.push_back(readTweet(obj, 0));
            }
        } catch (const simdjson::simdjson_error &) {
            ++m_in.builder.report().recordsRead;
            const std::optional<json::SyntaxProblem> problem = jsonSyntaxProblem(line);
            m_in.skipWithNote(reader.lastLineUnterminated() ? kReasonTruncatedLine : problem ? kReasonInvalidJson : kReasonOtherShape,
                              reader.lineNumber(), describeJsonProblem(problem));
            continue;
        }
        emitPage(page, reader.lineNumber());
    }
    if (reader.tooLong() || !reader.errorString().isEmpty())
        return m_in.fail(reader.lineNumber() + 1, reader.errorString());
    return true;
}

} // namespace

bool importTwarc2(ImportInput &in)
{
    return V2Importer(in).run();
}

} // namespace cascade
