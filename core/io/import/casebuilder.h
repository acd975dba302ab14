// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cascades.h"
#include "core/io/import/importresult.h"
#include "core/model/event.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace cascade {

// An account as one record shows it. `id` is the platform's stable id (user id, DID,
// account URL); `handle` without the leading "@"; `seenAt` the time of the record that
// shows it, which decides which handle, name, follower count and verification are the
// newest.
struct ActorRecord {
    QString platform;
    QString id;
    QString handle;
    QString name;
    std::optional<std::int64_t> followers;
    TimeMs seenAt = 0;
    QString verified; // Actor::verified ("verified", "none", "blue"...); empty when the record does not say
};

// A reference to an account by id, or by handle alone when the data has no id.
struct ActorRef {
    QString id;
    QString handle;
    bool isEmpty() const { return id.isEmpty() && handle.isEmpty(); }
};

// A post as one record shows it, in the platform's own terms. Parent and mentions are
// platform ids, resolved when the case is built (the parent may come later, or never).
struct PostRecord {
    QString platform;
    QString id;
    TimeMs time = 0;
    EventKind kind = EventKind::Post;
    QString authorId;
    QString parentId;       // repost/reply/quote: the post it relays or answers
    ActorRef parentAuthor;  // who wrote the parent, when the record says so
    QString repostedHandle; // the handle in a repost's automatic "RT @x:" (a former handle?)
    std::vector<ActorRef> mentions; // excluding a repost's automatic mention and a reply's leading ones
    QString text;           // for display: entities decoded
    QString lang;
    QStringList urls;       // links in the post
    QString url;            // the post's own address
    QStringList editHistory; // ids of the versions of this post, oldest first (this one included)
    int completeness = 1;   // higher wins among copies of the same post
};

// Collects the records of one or more inputs and builds one case: posts deduplicated by
// id (and by edit history), actors keyed by platform id with their newest handle (older
// ones remembered in the actor's "former_handles"), the newest follower count with its
// date, the newest verification, parents and mentions resolved, events in time order.
class CaseBuilder {
public:
    CaseBuilder();

    // Starts a new input; its posts are credited to a source of that name.
    void beginFile(const QString &path, const QString &format);
    void addActor(const ActorRecord &actor);
    void addPost(PostRecord post);
    ImportReport &report() { return m_report; }

    // Builds the case; `rule` is the cascade rule named in the report's warnings.
    Case finish(CreditRule rule);

private:
    struct ActorEntry {
        ActorRecord newest;
        QStringList handles; // every handle seen, in first-seen order
        std::optional<std::int64_t> followers;
        TimeMs followersAt = 0;
    };
    struct PostEntry {
        PostRecord post;
        SourceId source = kNoSource;
        std::size_t order = 0; // its place in m_postOrder
    };
    QString actorKey(const QString &platform, const ActorRef &ref) const;
    QString ensureActor(const QString &platform, const ActorRef &ref, TimeMs seenAt);
    void rememberHandle(const QString &key, const QString &handle);
    QString canonicalPostId(const QString &key) const;
    std::vector<QString> orderPosts() const;
    QSet<QString> usedActors() const;
    void buildActors(Case &c, QHash<QString, ActorId> &actorIds) const;
    void buildEvents(Case &c, const QHash<QString, ActorId> &actorIds);
    void addWarnings(const Case &c, CreditRule rule);

    ImportReport m_report;
    SourceId m_source = kNoSource;
    std::vector<Source> m_sources;
    QHash<QString, ActorEntry> m_actors;      // "platform:id" or "platform:@handle"
    std::vector<QString> m_actorOrder;        // first-seen order
    QHash<QString, QString> m_actorByHandle;  // "platform:handle" (lower case) -> key of an actor with an id
    QHash<QString, PostEntry> m_posts;        // "platform:id"
    std::vector<QString> m_postOrder;         // first-seen order; empty where a version was merged away
    QHash<QString, QString> m_editOf;         // "platform:id" of an older version -> newest known version
    std::int64_t m_missingParents = 0;
    std::int64_t m_droppedLinks = 0;
};

} // namespace cascade
