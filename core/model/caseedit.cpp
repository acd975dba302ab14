// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/caseedit.h"

#include <QCoreApplication>

#include <algorithm>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "CaseEdit").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseEdit)
};

// Marks `events` and every event relaying one of them (parents come first).
std::vector<char> withRelays(const Case &c, std::vector<char> marked)
{
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const EventId parent = c.events[i].parent;
        if (!marked[i] && parent != kNoEvent && marked[static_cast<std::size_t>(parent)])
            marked[i] = 1;
    }
    return marked;
}

std::vector<char> eventsBy(const Case &c, const std::vector<char> &actors)
{
    std::vector<char> marked(c.events.size());
    for (std::size_t i = 0; i < c.events.size(); ++i)
        marked[i] = actors[static_cast<std::size_t>(c.events[i].author)];
    return marked;
}

std::vector<char> actorMask(const Case &c, const std::vector<ActorId> &actors)
{
    std::vector<char> mask(c.actors.size());
    for (ActorId a : actors)
        if (a >= 0 && a < static_cast<ActorId>(mask.size()))
            mask[static_cast<std::size_t>(a)] = 1;
    return mask;
}

void removeMarkedEvents(Case &c, const std::vector<char> &marked)
{
    std::vector<EventId> newId(c.events.size(), kNoEvent);
    std::vector<Event> kept;
    kept.reserve(c.events.size());
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        if (marked[i])
            continue;
        newId[i] = static_cast<EventId>(kept.size());
        Event e = std::move(c.events[i]);
        if (e.parent != kNoEvent)
            e.parent = newId[static_cast<std::size_t>(e.parent)]; // kept: its parent is not marked
        std::erase_if(e.promptedBy, [&](EventId p) { return marked[static_cast<std::size_t>(p)] != 0; });
        for (EventId &p : e.promptedBy)
            p = newId[static_cast<std::size_t>(p)];
        kept.push_back(std::move(e));
    }
    c.events = std::move(kept);
    c.invalidateIndex();
}

// Maps actor ids through newId (kNoActor: gone) in a list, dropping those gone.
void remapActors(std::vector<ActorId> &list, const std::vector<ActorId> &newId)
{
    std::erase_if(list, [&](ActorId a) { return newId[static_cast<std::size_t>(a)] == kNoActor; });
    for (ActorId &a : list)
        a = newId[static_cast<std::size_t>(a)];
}

} // namespace

QString actorProblem(const Case &c, ActorId self, const Actor &actor)
{
    if (actor.handle.trimmed().isEmpty())
        return Text::tr("The handle is empty: give the actor a handle (for example @name).");
    if (actor.handle != actor.handle.trimmed())
        return Text::tr("The handle starts or ends with a space.");
    // The case's lookup tables, not a scan: an editor checks on every keystroke.
    for (const ActorId other : {c.actorByHandle(actor.handle), c.findActor(actor.handle)})
        if (other != kNoActor && other != self)
            return Text::tr("Another actor, %1, already has this handle.").arg(c.actors[static_cast<std::size_t>(other)].handle);
    if (actor.role != kNoRole && (actor.role < 0 || actor.role >= static_cast<RoleId>(c.roles.size())))
        return Text::tr("The role is not in the case's palette.");
    if (actor.followers < 0)
        return Text::tr("The follower count cannot be negative.");
    return {};
}

ActorRemovalImpact actorRemovalImpact(const Case &c, const std::vector<ActorId> &actors)
{
    const std::vector<char> mask = actorMask(c, actors);
    const std::vector<char> own = eventsBy(c, mask);
    const std::vector<char> all = withRelays(c, own);
    ActorRemovalImpact impact;
    impact.ownEvents = std::count(own.begin(), own.end(), 1);
    impact.relays = std::count(all.begin(), all.end(), 1) - impact.ownEvents;
    impact.notes = std::count_if(c.notes.begin(), c.notes.end(), [&](const Note &n) {
        return n.actor != kNoActor && mask[static_cast<std::size_t>(n.actor)];
    });
    return impact;
}

ActorId addActor(Case &c, Actor actor)
{
    c.actors.push_back(std::move(actor));
    for (auto &[engine, layout] : c.layouts)
        if (!layout.positions.empty())
            layout.positions.emplace_back(); // unplaced: the layout places it
    c.invalidateIndex();
    return static_cast<ActorId>(c.actors.size() - 1);
}

void removeActors(Case &c, std::vector<ActorId> actors)
{
    const std::vector<char> mask = actorMask(c, actors);
    removeMarkedEvents(c, withRelays(c, eventsBy(c, mask)));
    std::vector<ActorId> newId(c.actors.size(), kNoActor);
    std::vector<Actor> kept;
    kept.reserve(c.actors.size());
    for (std::size_t i = 0; i < c.actors.size(); ++i) {
        if (mask[i])
            continue;
        newId[i] = static_cast<ActorId>(kept.size());
        kept.push_back(std::move(c.actors[i]));
    }
    c.actors = std::move(kept);
    for (Event &e : c.events) {
        e.author = newId[static_cast<std::size_t>(e.author)];
        remapActors(e.mentions, newId);
        remapActors(e.reached, newId);
    }
    if (c.origin != kNoActor)
        c.origin = newId[static_cast<std::size_t>(c.origin)];
    remapActors(c.targets, newId);
    std::erase_if(c.notes, [&](const Note &n) { return n.actor != kNoActor && mask[static_cast<std::size_t>(n.actor)]; });
    for (Note &n : c.notes)
        if (n.actor != kNoActor)
            n.actor = newId[static_cast<std::size_t>(n.actor)];
    for (auto &[engine, layout] : c.layouts) {
        if (layout.positions.empty())
            continue;
        std::size_t to = 0;
        for (std::size_t i = 0; i < layout.positions.size(); ++i)
            if (!mask[i])
                layout.positions[to++] = layout.positions[i];
        layout.positions.resize(to);
    }
    c.invalidateIndex();
}

ActorId mergeActors(Case &c, ActorId keep, ActorId drop)
{
    if (keep == drop)
        return keep;
    auto redirect = [&](ActorId &a) {
        if (a == drop)
            a = keep;
    };
    auto redirectList = [&](std::vector<ActorId> &list) {
        for (ActorId &a : list)
            redirect(a);
        std::vector<ActorId> unique;
        for (ActorId a : list)
            if (std::find(unique.begin(), unique.end(), a) == unique.end())
                unique.push_back(a);
        list = std::move(unique);
    };
    for (Event &e : c.events) {
        redirect(e.author);
        redirectList(e.mentions);
        redirectList(e.reached);
    }
    redirect(c.origin);
    redirectList(c.targets);
    for (Note &n : c.notes)
        redirect(n.actor);
    Actor &kept = c.actors[static_cast<std::size_t>(keep)];
    const Actor &dropped = c.actors[static_cast<std::size_t>(drop)];
    if (kept.name.isEmpty())
        kept.name = dropped.name;
    if (kept.platformId.isEmpty() && kept.platform == dropped.platform)
        kept.platformId = dropped.platformId;
    if (kept.note.isEmpty())
        kept.note = dropped.note;
    // A verification is the platform's, like its id: it says nothing of an account
    // elsewhere.
    if (kept.verified.isEmpty() && kept.platform == dropped.platform)
        kept.verified = dropped.verified;
    if (kept.followers == 0)
        kept.followers = dropped.followers;
    if (kept.role == kNoRole)
        kept.role = dropped.role;
    removeActors(c, {drop});
    return drop < keep ? keep - 1 : keep;
}

QString eventProblem(const Case &c, EventId self, const Event &event)
{
    if (event.key.trimmed().isEmpty())
        return Text::tr("The event has no id.");
    const EventId sameKey = c.eventByKey(event.key);
    if (sameKey != kNoEvent && sameKey != self)
        return Text::tr("Another event already has the id %1.").arg(event.key);
    const auto nActors = static_cast<ActorId>(c.actors.size());
    if (event.author < 0 || event.author >= nActors)
        return Text::tr("Choose who wrote or made the event.");
    if (event.time < kEarliestEditableTime || event.time >= kLatestEditableTime)
        return Text::tr("The time must be between 1970 and 2099.");
    const bool relay = event.kind == EventKind::Repost || event.kind == EventKind::Reply || event.kind == EventKind::Quote;
    if (relay) {
        if (event.parent < 0 || event.parent >= static_cast<EventId>(c.events.size()))
            return Text::tr("A repost, reply or quote needs the event it answers or relays.");
        if (event.parent == self)
            return Text::tr("An event cannot answer or relay itself.");
        const Event &parent = c.events[static_cast<std::size_t>(event.parent)];
        if (parent.time > event.time || (self != kNoEvent && event.parent > self && parent.time == event.time))
            return Text::tr("The event it answers or relays comes later (%1): a relay cannot come first.")
                .arg(formatIsoUtc(parent.time));
    } else if (event.parent != kNoEvent) {
        return Text::tr("Only a repost, reply or quote relays another event.");
    }
    if (event.kind == EventKind::Offline && event.reached.empty())
        return Text::tr("An offline contact must reach at least one actor.");
    for (ActorId a : event.reached)
        if (a < 0 || a >= nActors)
            return Text::tr("An actor reached is not in the case.");
    for (ActorId a : event.mentions)
        if (a < 0 || a >= nActors)
            return Text::tr("An actor mentioned is not in the case.");
    if (!(event.provenance.confidence >= 0.0f && event.provenance.confidence <= 1.0f))
        return Text::tr("The confidence must be between 0 and 1.");
    if (event.provenance.source != kNoSource
        && (event.provenance.source < 0 || event.provenance.source >= static_cast<SourceId>(c.sources.size())))
        return Text::tr("The source is not in the case.");
    if (self != kNoEvent) {
        for (std::size_t i = 0; i < c.events.size(); ++i) {
            const Event &other = c.events[i];
            if (other.parent == self && other.time < event.time)
                return Text::tr("Event %1 relays this one at %2: this one cannot move after it.")
                    .arg(other.key, formatIsoUtc(other.time));
        }
    }
    return {};
}

QString freeEventKey(const Case &c)
{
    for (std::size_t n = c.events.size() + 1;; ++n) {
        QString key = QStringLiteral("e%1").arg(n);
        if (c.eventByKey(key) == kNoEvent)
            return key;
    }
}

EventId insertEvent(Case &c, Event event)
{
    // One pass, no sort: the events after the new one move up by one, and so do the
    // references to them (a sort of a million events took seconds).
    const auto at = static_cast<EventId>(
        std::upper_bound(c.events.begin(), c.events.end(), event.time, [](TimeMs t, const Event &e) { return t < e.time; })
        - c.events.begin());
    auto shift = [at](EventId &e) {
        if (e >= at)
            ++e;
    };
    for (Event &e : c.events) {
        if (e.parent != kNoEvent)
            shift(e.parent);
        for (EventId &p : e.promptedBy)
            shift(p);
    }
    if (event.parent != kNoEvent)
        shift(event.parent);
    for (EventId &p : event.promptedBy)
        shift(p);
    c.events.insert(c.events.begin() + at, std::move(event));
    c.invalidateIndex();
    return at;
}

EventId replaceEvent(Case &c, EventId id, Event event)
{
    const auto i = static_cast<std::size_t>(id);
    const bool inPlace = (i == 0 || c.events[i - 1].time <= event.time)
                         && (i + 1 == c.events.size() || event.time <= c.events[i + 1].time);
    if (inPlace) {
        c.events[i] = std::move(event);
        c.invalidateIndex();
        return id;
    }
    const QString key = event.key;
    c.events[i] = std::move(event);
    c.invalidateIndex();
    c.sortEvents();
    return c.eventByKey(key);
}

void removeEvents(Case &c, const std::vector<EventId> &events)
{
    std::vector<char> marked(c.events.size());
    for (EventId e : events)
        if (e >= 0 && e < static_cast<EventId>(marked.size()))
            marked[static_cast<std::size_t>(e)] = 1;
    removeMarkedEvents(c, withRelays(c, std::move(marked)));
}

QString paletteProblem(const std::vector<Role> &roles)
{
    QHash<QString, int> ids;
    QHash<QString, int> labels;
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const Role &r = roles[i];
        if (r.id.trimmed().isEmpty())
            return Text::tr("Role %1 has no id.").arg(i + 1);
        if (r.label.trimmed().isEmpty())
            return Text::tr("The role %1 has no name.").arg(r.id);
        if (ids.contains(r.id.toCaseFolded()))
            return Text::tr("Two roles have the id %1.").arg(r.id);
        if (labels.contains(r.label.trimmed().toCaseFolded()))
            return Text::tr("Two roles are named %1.").arg(r.label.trimmed());
        ids.insert(r.id.toCaseFolded(), 1);
        labels.insert(r.label.trimmed().toCaseFolded(), 1);
    }
    return {};
}

void replaceRoles(Case &c, std::vector<Role> roles, const std::vector<RoleId> &newRoleOf)
{
    for (Actor &a : c.actors)
        if (a.role != kNoRole)
            a.role = newRoleOf[static_cast<std::size_t>(a.role)];
    c.roles = std::move(roles);
    c.invalidateIndex();
}

} // namespace cascade
