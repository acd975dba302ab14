// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/casemerge.h"

#include "core/model/uniquenames.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "CaseMerge").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseMerge)
};

QString platformKey(const QString &platform, const QString &value)
{
    return platform + QLatin1Char('\n') + value;
}

} // namespace

QString CaseMergeReport::toText() const
{
    return Text::tr("%1 events added (%2 already in the case), %3 actors added (%4 already in the case)")
        .arg(eventsAdded)
        .arg(eventsDuplicate)
        .arg(actorsAdded)
        .arg(actorsMatched);
}

CaseMergeResult mergeCases(const Case &base, const Case &added)
{
    CaseMergeResult result;
    Case c = base;

    // Actors.
    QHash<QString, ActorId> byPlatformId;
    QHash<QString, ActorId> byHandle;
    UniqueNames handles(QStringLiteral("~"), true);
    for (std::size_t i = 0; i < c.actors.size(); ++i) {
        const Actor &a = c.actors[i];
        if (!a.platformId.isEmpty())
            byPlatformId.insert(platformKey(a.platform, a.platformId), static_cast<ActorId>(i));
        byHandle.insert(platformKey(a.platform, a.handle.toLower()), static_cast<ActorId>(i));
        handles.reserve(a.handle);
    }
    std::vector<ActorId> actorMap(added.actors.size(), kNoActor);
    for (std::size_t i = 0; i < added.actors.size(); ++i) {
        const Actor &a = added.actors[i];
        ActorId match = kNoActor;
        if (!a.platformId.isEmpty())
            match = byPlatformId.value(platformKey(a.platform, a.platformId), kNoActor);
        if (match == kNoActor) {
            const ActorId sameHandle = byHandle.value(platformKey(a.platform, a.handle.toLower()), kNoActor);
            // A handle names the same account unless both sides know different ids.
            if (sameHandle != kNoActor
                && (a.platformId.isEmpty() || c.actors[static_cast<std::size_t>(sameHandle)].platformId.isEmpty()))
                match = sameHandle;
        }
        if (match != kNoActor) {
            actorMap[i] = match;
            ++result.report.actorsMatched;
            continue;
        }
        Actor copy = a;
        copy.handle = handles.take(a.handle);
        copy.role = kNoRole;
        if (a.role != kNoRole && static_cast<std::size_t>(a.role) < added.roles.size())
            copy.role = c.roleById(added.roles[static_cast<std::size_t>(a.role)].id);
        const auto id = static_cast<ActorId>(c.actors.size());
        if (!copy.platformId.isEmpty())
            byPlatformId.insert(platformKey(copy.platform, copy.platformId), id);
        byHandle.insert(platformKey(copy.platform, copy.handle.toLower()), id);
        actorMap[i] = id;
        c.actors.push_back(std::move(copy));
        ++result.report.actorsAdded;
    }

    // Sources.
    UniqueNames sourceIds(QStringLiteral("-"), false);
    for (const Source &s : c.sources)
        sourceIds.reserve(s.id);
    std::vector<SourceId> sourceMap(added.sources.size(), kNoSource);
    for (std::size_t i = 0; i < added.sources.size(); ++i) {
        Source s = added.sources[i];
        s.id = sourceIds.take(s.id);
        sourceMap[i] = static_cast<SourceId>(c.sources.size());
        c.sources.push_back(std::move(s));
    }

    // Events (the added case's are in time order, parents first).
    auto mapActor = [&actorMap](ActorId a) {
        return a >= 0 && static_cast<std::size_t>(a) < actorMap.size() ? actorMap[static_cast<std::size_t>(a)] : kNoActor;
    };
    std::vector<EventId> eventMap(added.events.size(), kNoEvent);
    for (std::size_t i = 0; i < added.events.size(); ++i) {
        const Event &e = added.events[i];
        if (const EventId same = base.eventByKey(e.key); same != kNoEvent) {
            eventMap[i] = same;
            ++result.report.eventsDuplicate;
            continue;
        }
        auto mapEvent = [&eventMap](EventId id) {
            return id >= 0 && static_cast<std::size_t>(id) < eventMap.size() ? eventMap[static_cast<std::size_t>(id)] : kNoEvent;
        };
        Event copy = e;
        copy.author = mapActor(e.author);
        copy.parent = mapEvent(e.parent);
        for (ActorId &a : copy.mentions)
            a = mapActor(a);
        for (ActorId &a : copy.reached)
            a = mapActor(a);
        for (EventId &p : copy.promptedBy)
            p = mapEvent(p);
        if (e.provenance.source != kNoSource && static_cast<std::size_t>(e.provenance.source) < sourceMap.size())
            copy.provenance.source = sourceMap[static_cast<std::size_t>(e.provenance.source)];
        eventMap[i] = static_cast<EventId>(c.events.size());
        c.events.push_back(std::move(copy));
        ++result.report.eventsAdded;
    }

    for (auto &[engine, layout] : c.layouts)
        if (!layout.positions.empty())
            layout.positions.resize(c.actors.size());
    c.invalidateIndex();
    c.sortEvents();
    c.invalidateIndex();
    if (const QString broken = c.checkInvariants(); !broken.isEmpty()) {
        result.error = Text::tr("the merged case is inconsistent: %1").arg(broken);
        return result;
    }
    result.value = std::move(c);
    return result;
}

} // namespace cascade
