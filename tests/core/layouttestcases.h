// SPDX-License-Identifier: GPL-3.0-or-later
// Small cases built in code for the layout tests.
#pragma once

#include "core/model/case.h"

#include <QString>

#include <initializer_list>

namespace cascade::layouttest {

// Builds a case event by event; times are minutes from 2010-01-17T12:00:00Z.
class CaseBuilder
{
public:
    CaseBuilder()
        : m_case(makeEmptyCase())
    {
    }

    ActorId actor(const QString &handle, const char *role = "public")
    {
        Actor a;
        a.handle = handle;
        a.name = handle;
        a.platform = QStringLiteral("twitter");
        for (std::size_t r = 0; r < m_case.roles.size(); ++r)
            if (m_case.roles[r].id == QLatin1String(role))
                a.role = static_cast<RoleId>(r);
        m_case.actors.push_back(a);
        return static_cast<ActorId>(m_case.actors.size() - 1);
    }

    EventId post(ActorId author, int minute, std::initializer_list<ActorId> mentions = {})
    {
        return add(EventKind::Post, author, kNoEvent, minute, mentions);
    }
    EventId repost(ActorId author, EventId parent, int minute) { return add(EventKind::Repost, author, parent, minute, {}); }
    EventId reply(ActorId author, EventId parent, int minute, std::initializer_list<ActorId> mentions = {})
    {
        return add(EventKind::Reply, author, parent, minute, mentions);
    }

    Case &get() { return m_case; }

private:
    EventId add(EventKind kind, ActorId author, EventId parent, int minute, std::initializer_list<ActorId> mentions)
    {
        Event e;
        e.key = QStringLiteral("e%1").arg(m_case.events.size());
        e.time = kStart + minute * kMsPerMinute;
        e.kind = kind;
        e.author = author;
        e.parent = parent;
        e.mentions.assign(mentions.begin(), mentions.end());
        m_case.events.push_back(e);
        return static_cast<EventId>(m_case.events.size() - 1);
    }

    static constexpr TimeMs kStart = 1263729600000; // 2010-01-17T12:00:00Z
    Case m_case;
};

// A star-shaped cascade: an origin NGO posts, a journalist reposts, `audience` public
// accounts repost her, one of them mentions a military account that replies.
inline Case starCase(int audience)
{
    CaseBuilder b;
    const ActorId ngo = b.actor(QStringLiteral("@ngo"), "ngo");
    const ActorId journalist = b.actor(QStringLiteral("@journalist"), "journalist");
    const ActorId military = b.actor(QStringLiteral("@military"), "military");
    const EventId root = b.post(ngo, 0);
    const EventId relay = b.repost(journalist, root, 10);
    ActorId first = kNoActor;
    for (int i = 0; i < audience; ++i) {
        const ActorId a = b.actor(QStringLiteral("@public%1").arg(i));
        b.repost(a, relay, 20 + i);
        if (i == 0)
            first = a;
    }
    const EventId tip = b.post(first, 30 + audience, {military});
    b.reply(military, tip, 40 + audience);
    b.get().origin = ngo;
    return b.get();
}

// A random preferential-attachment forest with cross mentions: `n` actors, every
// actor after the first few reposts an earlier actor's post, some mention a third.
inline Case randomCase(int n, unsigned seed)
{
    CaseBuilder b;
    std::vector<EventId> posts;
    std::uint64_t state = seed * 6364136223846793005ull + 1442695040888963407ull;
    auto next = [&state](std::uint64_t bound) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>((state >> 33) % bound);
    };
    static const char *const roles[] = {"public", "public", "public", "journalist", "media", "ngo", "government", "military", "donor"};
    for (int i = 0; i < n; ++i) {
        const ActorId a = b.actor(QStringLiteral("@u%1").arg(i), roles[next(9)]);
        if (i < 3 || next(10) == 0) {
            posts.push_back(b.post(a, i));
            continue;
        }
        const EventId parent = posts[next(posts.size())];
        const EventId e = b.repost(a, parent, i);
        posts.push_back(e);
        if (next(6) == 0)
            b.post(a, i, {static_cast<ActorId>(next(static_cast<std::uint64_t>(i)))});
    }
    b.get().origin = 0;
    return b.get();
}

} // namespace cascade::layouttest
