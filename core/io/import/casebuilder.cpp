// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/import/casebuilder.h"

#include "core/model/uniquenames.h"

#include "core/io/jsontext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace cascade {

namespace {

// The texts of the importers, for Qt Linguist (the context "Import").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString handleKey(const QString &platform, const QString &handle)
{
    return platform + QLatin1Char(':') + handle.toLower();
}

void appendMember(QByteArray &extra, const char *name, const std::string &jsonValue)
{
    std::string member;
    if (!extra.isEmpty())
        member.push_back(',');
    member.push_back('"');
    member.append(name);
    member.append("\":");
    member.append(jsonValue);
    extra.append(member.data(), static_cast<qsizetype>(member.size()));
}

void appendStringMember(QByteArray &extra, const char *name, const QString &value)
{
    std::string v;
    json::appendString(v, value);
    appendMember(extra, name, v);
}

void appendListMember(QByteArray &extra, const char *name, const QStringList &values)
{
    std::string v = "[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            v.push_back(',');
        json::appendString(v, values[i]);
    }
    v.push_back(']');
    appendMember(extra, name, v);
}

} // namespace

CaseBuilder::CaseBuilder() = default;

void CaseBuilder::beginFile(const QString &path, const QString &format)
{
    m_report.files.push_back(path);
    m_report.formats.push_back(format);
    Source s;
    s.id = QStringLiteral("import-%1").arg(m_sources.size() + 1);
    s.title = QFileInfo(path).fileName();
    s.note = Text::tr("imported as %1").arg(format);
    m_sources.push_back(s);
    m_source = static_cast<SourceId>(m_sources.size() - 1);
}

QString CaseBuilder::actorKey(const QString &platform, const ActorRef &ref) const
{
    if (!ref.id.isEmpty())
        return platform + QLatin1Char(':') + ref.id;
    const auto known = m_actorByHandle.constFind(handleKey(platform, ref.handle));
    if (known != m_actorByHandle.constEnd())
        return *known;
    return platform + QStringLiteral(":@") + ref.handle.toLower();
}

void CaseBuilder::rememberHandle(const QString &key, const QString &handle)
{
    if (handle.isEmpty())
        return;
    ActorEntry &entry = m_actors[key];
    for (const QString &h : std::as_const(entry.handles))
        if (h.compare(handle, Qt::CaseInsensitive) == 0)
            return;
    entry.handles.push_back(handle);
}

void CaseBuilder::addActor(const ActorRecord &actor)
{
    const QString key = actorKey(actor.platform, {actor.id, actor.handle});
    auto it = m_actors.find(key);
    if (it == m_actors.end()) {
        it = m_actors.emplace(key, ActorEntry{actor, {}, {}, 0});
        m_actorOrder.push_back(key);
    } else if (actor.seenAt >= it->newest.seenAt && !actor.handle.isEmpty()) {
        // The newest record wins, but one that does not say a name or a verification
        // (a bare reference, a mention) does not erase what an older one said.
        const QString name = it->newest.name;
        const QString verified = it->newest.verified;
        it->newest = actor;
        if (it->newest.name.isEmpty())
            it->newest.name = name;
        if (it->newest.verified.isEmpty())
            it->newest.verified = verified;
    } else {
        if (it->newest.name.isEmpty())
            it->newest.name = actor.name;
        if (it->newest.verified.isEmpty())
            it->newest.verified = actor.verified;
    }
    if (it->newest.handle.isEmpty())
        it->newest.handle = actor.handle;
    if (actor.followers && (!it->followers || actor.seenAt >= it->followersAt)) {
        it->followers = actor.followers;
        it->followersAt = actor.seenAt;
    }
    rememberHandle(key, actor.handle);
    if (!actor.id.isEmpty() && !actor.handle.isEmpty())
        m_actorByHandle.insert(handleKey(actor.platform, actor.handle), key);
}

QString CaseBuilder::ensureActor(const QString &platform, const ActorRef &ref, TimeMs seenAt)
{
    const QString key = actorKey(platform, ref);
    if (!m_actors.contains(key)) {
        ActorRecord r;
        r.platform = platform;
        r.id = ref.id;
        r.handle = ref.handle;
        r.seenAt = std::min<TimeMs>(seenAt, 0); // a bare reference never beats a profile
        addActor(r);
    } else if (!ref.handle.isEmpty()) {
        rememberHandle(key, ref.handle);
        ActorEntry &entry = m_actors[key];
        if (entry.newest.handle.isEmpty())
            entry.newest.handle = ref.handle;
    }
    return key;
}

QString CaseBuilder::canonicalPostId(const QString &key) const
{
    return m_editOf.value(key, key);
}

void CaseBuilder::addPost(PostRecord post)
{
    const QString prefix = post.platform + QLatin1Char(':');
    if (post.editHistory.size() > 1) {
        const QString newest = prefix + post.editHistory.back();
        for (const QString &version : std::as_const(post.editHistory))
            if (prefix + version != newest)
                m_editOf.insert(prefix + version, newest);
        // A copy already stored under an older version's id moves to the newest one.
        for (const QString &version : std::as_const(post.editHistory)) {
            const QString old = prefix + version;
            if (old == newest || !m_posts.contains(old))
                continue;
            PostEntry moved = m_posts.take(old);
            if (!m_posts.contains(newest)) {
                m_postOrder[moved.order] = newest;
                m_posts.emplace(newest, std::move(moved));
            } else {
                m_postOrder[moved.order].clear(); // skipped by orderPosts()
            }
        }
    }
    const QString key = canonicalPostId(prefix + post.id);
    ensureActor(post.platform, {post.authorId, {}}, post.time);
    if (!post.parentAuthor.isEmpty())
        ensureActor(post.platform, post.parentAuthor, post.time);
    if (!post.repostedHandle.isEmpty() && !post.parentAuthor.id.isEmpty())
        rememberHandle(actorKey(post.platform, post.parentAuthor), post.repostedHandle);
    for (const ActorRef &m : post.mentions)
        ensureActor(post.platform, m, post.time);

    auto it = m_posts.find(key);
    if (it == m_posts.end()) {
        m_posts.emplace(key, PostEntry{std::move(post), m_source, m_postOrder.size()});
        m_postOrder.push_back(key);
        return;
    }
    ++m_report.duplicates;
    const bool newestVersion = prefix + post.id == key;
    const bool storedNewest = prefix + it->post.id == key;
    const bool better = (newestVersion && !storedNewest)
        || (newestVersion == storedNewest && post.completeness > it->post.completeness);
    if (better) {
        if (post.editHistory.size() < it->post.editHistory.size())
            post.editHistory = it->post.editHistory;
        it->post = std::move(post);
    }
}

std::vector<QString> CaseBuilder::orderPosts() const
{
    // Time order; among posts of the same time, parents first (generation = depth of the
    // parent chain within the data).
    QHash<QString, int> generation;
    auto generationOf = [&](const QString &start) {
        std::vector<QString> chain;
        QString key = start;
        int base = 0;
        while (true) {
            if (const auto g = generation.constFind(key); g != generation.constEnd()) {
                base = *g + 1;
                break;
            }
            const auto p = m_posts.constFind(key);
            if (p == m_posts.constEnd() || chain.size() > 10000)
                break;
            chain.push_back(key);
            if (p->post.parentId.isEmpty())
                break;
            key = canonicalPostId(p->post.platform + QLatin1Char(':') + p->post.parentId);
            if (std::find(chain.begin(), chain.end(), key) != chain.end())
                break;
        }
        for (auto c = chain.rbegin(); c != chain.rend(); ++c)
            generation.insert(*c, base++);
    };
    // Sorted with their time and generation at hand (not looked up per comparison).
    struct Ordered {
        TimeMs time;
        int generation;
        const QString *key;
    };
    std::vector<Ordered> sorted;
    sorted.reserve(m_postOrder.size());
    for (const QString &key : m_postOrder) {
        if (key.isEmpty())
            continue; // an older version merged into a newer one already stored
        generationOf(key);
        sorted.push_back({0, 0, &key});
    }
    for (Ordered &o : sorted) {
        o.time = m_posts.constFind(*o.key)->post.time;
        o.generation = generation.value(*o.key);
    }
    std::stable_sort(sorted.begin(), sorted.end(), [](const Ordered &a, const Ordered &b) {
        if (a.time != b.time)
            return a.time < b.time;
        return a.generation < b.generation;
    });
    std::vector<QString> order;
    order.reserve(sorted.size());
    for (const Ordered &o : sorted)
        order.push_back(*o.key);
    return order;
}

QSet<QString> CaseBuilder::usedActors() const
{
    // Profiles alone (a page's users lookup) make no actor: authors, mentioned actors and
    // the authors of missing parents do.
    QSet<QString> used;
    for (const PostEntry &entry : m_posts) {
        const PostRecord &p = entry.post;
        used.insert(actorKey(p.platform, {p.authorId, {}}));
        for (const ActorRef &m : p.mentions)
            used.insert(actorKey(p.platform, m));
        if (!p.parentId.isEmpty() && !p.parentAuthor.isEmpty()
            && !m_posts.contains(canonicalPostId(p.platform + QLatin1Char(':') + p.parentId)))
            used.insert(actorKey(p.platform, p.parentAuthor));
    }
    return used;
}

void CaseBuilder::buildActors(Case &c, QHash<QString, ActorId> &actorIds) const
{
    const QSet<QString> wanted = usedActors();
    UniqueNames used(QStringLiteral("~"), true);
    for (const QString &key : m_actorOrder) {
        if (!wanted.contains(key))
            continue;
        const auto it = m_actors.constFind(key);
        // Handle-only references that a later profile resolved are merged into it.
        const QString resolved = it->newest.id.isEmpty() ? actorKey(it->newest.platform, {{}, it->newest.handle}) : key;
        if (resolved != key && m_actors.contains(resolved)) {
            actorIds.insert(key, -2); // resolved below
            continue;
        }
        Actor a;
        a.platform = it->newest.platform;
        a.platformId = it->newest.id;
        a.name = it->newest.name;
        a.verified = it->newest.verified;
        const QString handle = it->newest.handle.isEmpty() ? it->newest.id : it->newest.handle;
        a.handle = used.take(QLatin1Char('@') + handle);
        a.followers = it->followers.value_or(0);
        QStringList former;
        for (const QString &h : it->handles)
            if (h.compare(it->newest.handle, Qt::CaseInsensitive) != 0)
                former.push_back(QLatin1Char('@') + h);
        if (!former.isEmpty())
            appendListMember(a.extra, "former_handles", former);
        if (it->followers && it->followersAt > 0)
            appendStringMember(a.extra, "followers_at", formatIsoUtc(it->followersAt));
        actorIds.insert(key, static_cast<ActorId>(c.actors.size()));
        c.actors.push_back(std::move(a));
    }
    for (auto it = actorIds.begin(); it != actorIds.end(); ++it)
        if (*it == -2) {
            const ActorEntry &e = m_actors[it.key()];
            *it = actorIds.value(actorKey(e.newest.platform, {{}, e.newest.handle}), kNoActor);
        }
}

void CaseBuilder::buildEvents(Case &c, const QHash<QString, ActorId> &actorIds)
{
    const std::vector<QString> order = orderPosts();
    QHash<QString, EventId> eventIds;
    QSet<QString> missing;
    for (const QString &key : order) {
        const PostEntry &entry = m_posts[key];
        const PostRecord &p = entry.post;
        Event e;
        e.key = key;
        e.time = p.time;
        e.kind = p.kind;
        e.author = actorIds.value(actorKey(p.platform, {p.authorId, {}}), kNoActor);
        e.text = p.text;
        e.lang = p.lang;
        e.urls = p.urls;
        e.provenance.source = entry.source;
        if (!p.parentId.isEmpty()) {
            const QString parentKey = canonicalPostId(p.platform + QLatin1Char(':') + p.parentId);
            const auto parent = eventIds.constFind(parentKey);
            if (parent != eventIds.constEnd()) {
                e.parent = *parent;
            } else if (m_posts.contains(parentKey)) {
                ++m_droppedLinks; // the parent is dated after its child
            } else {
                missing.insert(parentKey);
                // The link to the author survives as a mention when the record names him.
                if (!p.parentAuthor.isEmpty()) {
                    const ActorId a = actorIds.value(actorKey(p.platform, p.parentAuthor), kNoActor);
                    if (a != kNoActor)
                        e.mentions.push_back(a);
                }
            }
        }
        for (const ActorRef &m : p.mentions) {
            const ActorId a = actorIds.value(actorKey(p.platform, m), kNoActor);
            if (a != kNoActor && std::find(e.mentions.begin(), e.mentions.end(), a) == e.mentions.end())
                e.mentions.push_back(a);
        }
        if (!p.url.isEmpty())
            appendStringMember(e.extra, "url", p.url);
        if (p.editHistory.size() > 1)
            appendListMember(e.extra, "edit_history", p.editHistory);
        eventIds.insert(key, static_cast<EventId>(c.events.size()));
        c.events.push_back(std::move(e));
    }
    m_missingParents = missing.size();
}

void CaseBuilder::addWarnings(const Case &c, CreditRule rule)
{
    std::int64_t reposts = 0;
    for (const Event &e : c.events)
        if (e.kind == EventKind::Repost && e.parent != kNoEvent)
            ++reposts;
    if (reposts > 0) {
        const CascadeReconstruction r = reconstructCascades(c, rule);
        std::int64_t inferred = 0;
        for (const Attribution &a : r.attributions)
            inferred += a.inferred ? 1 : 0;
        // The English sources are the plural (what reads without a translator, as in the
        // core's tests); cascade_en.ts gives the singular.
        m_report.warnings.push_back(
            Text::tr("%n reposts credit the original author; cascade reconstructed with rule %1 (%2)", nullptr, static_cast<int>(reposts))
                .arg(QLatin1String(creditRuleName(rule)),
                     Text::tr("%n relays credited to an intermediate relayer instead", nullptr, static_cast<int>(inferred))));
    }
    if (m_missingParents > 0)
        m_report.warnings.push_back(
            Text::tr("%n referenced posts are missing from the data: their authors are unknown "
                     "unless the record names them (then linked by a mention)",
                     nullptr, static_cast<int>(m_missingParents)));
    if (m_droppedLinks > 0)
        m_report.warnings.push_back(
            Text::tr("%n posts are dated before the post they answer or relay: that link was dropped", nullptr, static_cast<int>(m_droppedLinks)));
}

Case CaseBuilder::finish(CreditRule rule)
{
    Case c = makeEmptyCase();
    c.sources = m_sources;
    QStringList names;
    for (const Source &s : m_sources)
        names.push_back(s.title);
    c.title = Text::tr("Imported from %1").arg(names.join(QStringLiteral(", ")));
    QHash<QString, ActorId> actorIds;
    buildActors(c, actorIds);
    buildEvents(c, actorIds);
    m_report.postsImported = static_cast<std::int64_t>(c.events.size());
    m_report.actorsImported = static_cast<std::int64_t>(c.actors.size());
    m_report.start = c.startTime();
    m_report.end = c.endTime();
    addWarnings(c, rule);
    Source report;
    report.id = QStringLiteral("import-report");
    report.title = Text::tr("Import report");
    report.note = m_report.toText();
    c.sources.push_back(report);
    c.invalidateIndex();
    return c;
}

} // namespace cascade
