// SPDX-License-Identifier: GPL-3.0-or-later
// Mastodon REST responses: a status, a list of statuses (timelines, account statuses),
// a /context response (ancestors and descendants) and account lists (reblogged_by,
// favourited_by: they carry no times, so they are counted and skipped).
#include "core/io/import/importers.h"

#include "core/io/import/importtext.h"
#include "core/io/import/linereader.h"

#include "core/io/import/jsonhelpers.inc"

#include <QCoreApplication>
#include <QUrl>

#include <memory>

namespace cascade {

namespace {

using namespace importjson;

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

const QString kPlatform = QStringLiteral("mastodon");

// Why records are skipped: keys of ImportReport::skipped, translated where they are shown.
const QString kErrorObject = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "error object"));
const QString kAccountWithoutTime =
    QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "account without a time (reblogged_by, favourited_by)"));
const QString kNotAStatus = QString::fromUtf8(QT_TRANSLATE_NOOP("ImportReason", "not a status"));

struct MastodonStatus {
    QString id;
    std::string_view createdAt;
    QString replyToId;
    QString replyToAccountId;
    QString url;
    QString content;
    QString lang;
    ActorRecord account;
    QString accountLocalId;
    std::vector<std::pair<QString, ActorRef>> mentions; // local account id, (profile URL, acct)
    std::unique_ptr<MastodonStatus> reblog;
    std::unique_ptr<MastodonStatus> quoted;
    QString quotedId;
    bool isAccount = false; // an Account, not a Status
};

// "user" on its own server is ambiguous: qualify it with the host of its profile URL.
QString qualifiedAcct(const QString &acct, const QString &profileUrl)
{
    if (acct.contains(QLatin1Char('@')) || profileUrl.isEmpty())
        return acct;
    const QString host = QUrl(profileUrl).host();
    return host.isEmpty() ? acct : acct + QLatin1Char('@') + host;
}

ActorRecord readAccount(od::object o, QString *localId)
{
    ActorRecord a;
    a.platform = kPlatform;
    QString acct;
    for (auto field : o) {
        std::string_view key = field.unescaped_key();
        od::value v = field.value();
        if (key == "id")
            *localId = idString(v);
        else if (key == "acct")
            acct = stringValue(v);
        else if (key == "url")
            a.id = stringValue(v);
        else if (key == "display_name")
            a.name = stringValue(v);
        else if (key == "followers_count")
            a.followers = integerValue(v);
    }
    a.handle = qualifiedAcct(acct, a.id);
    return a;
}

std::unique_ptr<MastodonStatus> readStatus(od::object o, int depth);

void readMentions(od::array list, MastodonStatus &s)
{
    for (auto item : list) {
        od::object m;
        if (!got(item.get_object().get(m)))
            continue;
        QString localId, url, acct;
        for (auto field : m) {
            std::string_view key = field.unescaped_key();
            if (key == "id")
                localId = idString(field.value());
            else if (key == "url")
                url = stringValue(field.value());
            else if (key == "acct")
                acct = stringValue(field.value());
        }
        s.mentions.push_back({localId, ActorRef{url, qualifiedAcct(acct, url)}});
    }
}

void readQuote(od::object q, MastodonStatus &s, int depth)
{
    for (auto field : q) {
        std::string_view key = field.unescaped_key();
        od::object o;
        if (key == "quoted_status" && depth < 3 && got(field.value().get_object().get(o)))
            s.quoted = readStatus(o, depth + 1);
        else if (key == "quoted_status_id")
            s.quotedId = idString(field.value());
    }
    if (s.quoted && s.quotedId.isEmpty())
        s.quotedId = s.quoted->id;
}

std::unique_ptr<MastodonStatus> readStatus(od::object o, int depth)
{
    auto s = std::make_unique<MastodonStatus>();
    bool hasContent = false;
    bool hasAcct = false;
    for (auto field : o) {
        std::string_view key = field.unescaped_key();
        od::value v = field.value();
        od::object obj;
        od::array list;
        if (key == "id")
            s->id = idString(v);
        else if (key == "created_at")
            s->createdAt = stringView(v);
        else if (key == "in_reply_to_id")
            s->replyToId = idString(v);
        else if (key == "in_reply_to_account_id")
            s->replyToAccountId = idString(v);
        else if (key == "url" || (key == "uri" && s->url.isEmpty()))
            s->url = stringValue(v);
        else if (key == "content") {
            s->content = stringValue(v);
            hasContent = true;
        } else if (key == "language")
            s->lang = stringValue(v);
        else if (key == "acct")
            hasAcct = true;
        else if (key == "account" && got(v.get_object().get(obj)))
            s->account = readAccount(obj, &s->accountLocalId);
        else if (key == "mentions" && got(v.get_array().get(list)))
            readMentions(list, *s);
        else if (key == "reblog" && depth < 3 && got(v.get_object().get(obj)))
            s->reblog = readStatus(obj, depth + 1);
        else if (key == "quote" && got(v.get_object().get(obj)))
            readQuote(obj, *s, depth);
    }
    s->isAccount = hasAcct && !hasContent;
    return s;
}

class MastodonImporter {
public:
    explicit MastodonImporter(ImportInput &in) : m_in(in) { }
    bool run();

private:
    void readTop(od::value v);
    void readList(od::array list);
    void readOne(od::object o);
    void emitStatus(const MastodonStatus &s, int completeness);

    ImportInput &m_in;
    QHash<QString, ActorRef> m_accountByLocalId; // the queried server's account ids
};

bool MastodonImporter::run()
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

void MastodonImporter::readTop(od::value v)
{
    if (isArray(v)) {
        readList(v.get_array());
        return;
    }
    od::object o = v.get_object();
    bool context = false;
    for (auto field : o) {
        std::string_view key = field.unescaped_key();
        if (key == "ancestors" || key == "descendants") {
            context = true;
            readList(field.value().get_array());
        } else if (key == "error") {
            context = true;
            ++m_in.builder.report().recordsRead;
            m_in.builder.report().skip(kErrorObject);
        }
    }
    if (!context) {
        bool rewound = false;
        if (o.reset().get(rewound))
            throw simdjson::simdjson_error(simdjson::TAPE_ERROR);
        readOne(o);
    }
}

void MastodonImporter::readList(od::array list)
{
    for (auto item : list) {
        od::object o;
        if (!got(item.get_object().get(o))) {
            ++m_in.builder.report().recordsRead;
            m_in.builder.report().skip(kReasonNotAnObject);
            continue;
        }
        readOne(o);
    }
}

void MastodonImporter::readOne(od::object o)
{
    const std::unique_ptr<MastodonStatus> s = readStatus(o, 0);
    ImportReport &report = m_in.builder.report();
    ++report.recordsRead;
    if (s->isAccount) {
        report.skip(kAccountWithoutTime);
        return;
    }
    if (s->id.isEmpty() || s->account.id.isEmpty()) {
        report.skip(kNotAStatus);
        return;
    }
    emitStatus(*s, 2);
}

void MastodonImporter::emitStatus(const MastodonStatus &s, int completeness)
{
    if (s.reblog && !s.reblog->id.isEmpty() && !s.reblog->account.id.isEmpty())
        emitStatus(*s.reblog, 1);
    if (s.quoted && !s.quoted->id.isEmpty() && !s.quoted->account.id.isEmpty())
        emitStatus(*s.quoted, 1);
    const std::optional<TimeMs> time = importtext::parsePlatformIsoTime(s.createdAt);
    if (!time) {
        // A reblogged or quoted status is part of its record.
        m_in.skipUndatedPost(completeness, 1, Text::tr("status %1 has the date \"%2\"").arg(s.id, toQString(s.createdAt)));
        return;
    }
    ActorRecord account = s.account;
    account.seenAt = *time;
    m_in.builder.addActor(account);
    m_accountByLocalId.insert(s.accountLocalId, ActorRef{account.id, account.handle});
    for (const auto &[localId, ref] : s.mentions)
        m_accountByLocalId.insert(localId, ref);

    PostRecord p;
    p.platform = kPlatform;
    p.id = s.id;
    p.time = *time;
    p.authorId = account.id;
    p.text = importtext::htmlToText(s.content);
    p.lang = s.lang;
    p.url = s.url;
    p.completeness = completeness;
    QString leading;
    if (!s.replyToId.isEmpty()) {
        p.kind = EventKind::Reply;
        p.parentId = s.replyToId;
        p.parentAuthor = m_accountByLocalId.value(s.replyToAccountId);
        leading = p.text.left(importtext::leadingMentionsLength(p.text)) + QLatin1Char(' ');
    } else if (s.reblog) {
        p.kind = EventKind::Repost;
        p.parentId = s.reblog->id;
        p.parentAuthor = {s.reblog->account.id, s.reblog->account.handle};
        p.text = s.reblog ? importtext::htmlToText(s.reblog->content) : p.text;
    } else if (!s.quotedId.isEmpty()) {
        p.kind = EventKind::Quote;
        p.parentId = s.quotedId;
        if (s.quoted)
            p.parentAuthor = {s.quoted->account.id, s.quoted->account.handle};
    }
    for (const auto &[localId, ref] : s.mentions) {
        // A reply's leading "@user" mentions address the thread: they are the reply.
        const QString user = ref.handle.section(QLatin1Char('@'), 0, 0);
        const bool isLeading = !leading.isEmpty()
            && (leading.contains(QLatin1Char('@') + ref.handle + QLatin1Char(' '), Qt::CaseInsensitive)
                || leading.contains(QLatin1Char('@') + user + QLatin1Char(' '), Qt::CaseInsensitive));
        if (!isLeading)
            p.mentions.push_back(ref);
    }
    m_in.builder.addPost(std::move(p));
}

} // namespace

bool importMastodon(ImportInput &in)
{
    return MastodonImporter(in).run();
}

} // namespace cascade
