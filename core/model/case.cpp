// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/case.h"

#include <algorithm>
#include <numeric>

namespace cascade {

namespace {
constexpr ActorId kSharedLooseKey = -2; // two handles differ only in case or '@'
} // namespace

const Case::Index &Case::index() const
{
    if (m_index.built)
        return m_index;
    m_index.actors.clear();
    m_index.events.clear();
    m_index.roles.clear();
    m_index.sources.clear();
    m_index.looseActors.clear();
    m_index.looseBuilt = false;
    m_index.actors.reserve(static_cast<qsizetype>(actors.size()));
    for (std::size_t i = 0; i < actors.size(); ++i)
        m_index.actors.insert(actors[i].handle, static_cast<ActorId>(i));
    m_index.events.reserve(static_cast<qsizetype>(events.size()));
    for (std::size_t i = 0; i < events.size(); ++i)
        m_index.events.insert(events[i].key, static_cast<EventId>(i));
    for (std::size_t i = 0; i < roles.size(); ++i)
        m_index.roles.insert(roles[i].id, static_cast<RoleId>(i));
    for (std::size_t i = 0; i < sources.size(); ++i)
        m_index.sources.insert(sources[i].id, static_cast<SourceId>(i));
    m_index.built = true;
    return m_index;
}

void Case::invalidateIndex() const
{
    m_index.built = false;
}

ActorId Case::actorByHandle(const QString &handle) const
{
    return index().actors.value(handle, kNoActor);
}

QString handleMatchKey(const QString &handle)
{
    QStringView view = QStringView(handle).trimmed();
    if (view.startsWith(QLatin1Char('@')))
        view = view.sliced(1);
    // Most handles are ASCII: lower-cased in one pass, without Unicode's tables.
    QString key(view.size(), Qt::Uninitialized);
    QChar *out = key.data();
    for (const QChar c : view) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return view.toString().toCaseFolded();
        *out++ = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u);
    }
    return key;
}

ActorId Case::findActor(const QString &typed) const
{
    const Index &i = index();
    if (const auto exact = i.actors.constFind(typed); exact != i.actors.constEnd())
        return *exact;
    // The loose table is built on the first lookup that needs it (most opens need none).
    if (!i.looseBuilt) {
        m_index.looseActors.reserve(static_cast<qsizetype>(actors.size()));
        for (std::size_t a = 0; a < actors.size(); ++a) {
            QString key = handleMatchKey(actors[a].handle);
            if (const auto it = m_index.looseActors.find(key); it != m_index.looseActors.end())
                *it = kSharedLooseKey;
            else
                m_index.looseActors.insert(std::move(key), static_cast<ActorId>(a));
        }
        m_index.looseBuilt = true;
    }
    const ActorId loose = i.looseActors.value(handleMatchKey(typed), kNoActor);
    return loose == kSharedLooseKey ? kNoActor : loose;
}

EventId Case::eventByKey(const QString &key) const
{
    return index().events.value(key, kNoEvent);
}

RoleId Case::roleById(const QString &id) const
{
    return index().roles.value(id, kNoRole);
}

SourceId Case::sourceById(const QString &id) const
{
    return index().sources.value(id, kNoSource);
}

TimeMs Case::startTime() const
{
    return events.empty() ? 0 : events.front().time;
}

TimeMs Case::endTime() const
{
    return events.empty() ? 0 : events.back().time;
}

void Case::sortEvents()
{
    const bool sorted = std::is_sorted(events.begin(), events.end(),
                                       [](const Event &a, const Event &b) { return a.time < b.time; });
    if (sorted)
        return;
    std::vector<EventId> order(events.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](EventId a, EventId b) { return events[a].time < events[b].time; });
    std::vector<EventId> newId(events.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        newId[order[i]] = static_cast<EventId>(i);
    std::vector<Event> sortedEvents;
    sortedEvents.reserve(events.size());
    for (EventId old : order) {
        Event e = std::move(events[old]);
        if (e.parent != kNoEvent)
            e.parent = newId[e.parent];
        for (EventId &p : e.promptedBy)
            p = newId[p];
        sortedEvents.push_back(std::move(e));
    }
    events = std::move(sortedEvents);
    invalidateIndex();
}

QString Case::checkInvariants() const
{
    const auto nActors = static_cast<ActorId>(actors.size());
    const auto nEvents = static_cast<EventId>(events.size());
    auto actorOk = [nActors](ActorId a) { return a >= 0 && a < nActors; };
    if (origin != kNoActor && !actorOk(origin))
        return QStringLiteral("origin out of range");
    for (ActorId t : targets)
        if (!actorOk(t))
            return QStringLiteral("target out of range");
    QHash<QString, int> seen;
    for (std::size_t i = 0; i < actors.size(); ++i) {
        const Actor &a = actors[i];
        if (a.handle.isEmpty())
            return QStringLiteral("actor %1 has no handle").arg(i);
        if (seen.contains(a.handle))
            return QStringLiteral("duplicate handle %1").arg(a.handle);
        seen.insert(a.handle, 1);
        if (a.role != kNoRole && (a.role < 0 || a.role >= static_cast<RoleId>(roles.size())))
            return QStringLiteral("actor %1 has a role out of range").arg(a.handle);
    }
    seen.clear();
    for (EventId i = 0; i < nEvents; ++i) {
        const Event &e = events[i];
        if (seen.contains(e.key))
            return QStringLiteral("duplicate event key %1").arg(e.key);
        seen.insert(e.key, 1);
        if (!actorOk(e.author))
            return QStringLiteral("event %1 has no valid author").arg(e.key);
        if (i > 0 && events[i - 1].time > e.time)
            return QStringLiteral("events not sorted by time at %1").arg(e.key);
        if (e.parent != kNoEvent && (e.parent < 0 || e.parent >= i))
            return QStringLiteral("event %1 has a parent that is not earlier").arg(e.key);
        for (EventId p : e.promptedBy)
            if (p < 0 || p >= i)
                return QStringLiteral("event %1 is prompted by an event that is not earlier").arg(e.key);
        for (ActorId a : e.mentions)
            if (!actorOk(a))
                return QStringLiteral("event %1 mentions an actor out of range").arg(e.key);
        for (ActorId a : e.reached)
            if (!actorOk(a))
                return QStringLiteral("event %1 reaches an actor out of range").arg(e.key);
        if (e.provenance.source != kNoSource
            && (e.provenance.source < 0 || e.provenance.source >= static_cast<SourceId>(sources.size())))
            return QStringLiteral("event %1 has a source out of range").arg(e.key);
    }
    for (std::size_t i = 1; i < milestones.size(); ++i)
        if (milestones[i - 1].time > milestones[i].time)
            return QStringLiteral("milestones not sorted by time");
    for (const auto &[engine, layout] : layouts)
        if (!layout.positions.empty() && layout.positions.size() != actors.size())
            return QStringLiteral("layout %1 does not have one position per actor").arg(engine);
    return {};
}

bool operator==(const Case &a, const Case &b)
{
    return a.title == b.title && a.summary == b.summary && a.displayZone == b.displayZone
        && a.language == b.language && a.origin == b.origin && a.targets == b.targets
        && a.roles == b.roles && a.actors == b.actors && a.events == b.events
        && a.milestones == b.milestones && a.notes == b.notes && a.sources == b.sources && a.rules == b.rules
        && a.layouts == b.layouts && a.extra == b.extra;
}

Case makeEmptyCase()
{
    Case c;
    c.roles = defaultRoles();
    return c;
}

} // namespace cascade
