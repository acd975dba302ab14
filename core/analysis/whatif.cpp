// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/whatif.h"

#include "core/timeline/timeindex.h"

#include <algorithm>
#include <tuple>

namespace cascade {

std::vector<std::uint8_t> eventsDroppedByRemoving(const TimeIndex &index, ActorId actor)
{
    const int n = index.eventCount();
    std::vector<std::uint8_t> dropped(static_cast<std::size_t>(n), 0);
    const EventId first = actor == kNoActor ? kNoEvent : index.firstEventBy(actor);
    if (first == kNoEvent)
        return dropped;
    // Nothing before the actor's first event can depend on it.
    for (EventId e = first; e < n; ++e) {
        bool drop = index.author(e) == actor;
        const EventId parent = index.parent(e);
        if (!drop && parent != kNoEvent)
            drop = dropped[static_cast<std::size_t>(parent)] != 0;
        if (!drop) {
            const auto prompts = index.promptedBy(e);
            drop = !prompts.empty()
                   && std::all_of(prompts.begin(), prompts.end(),
                                  [&dropped](EventId p) { return dropped[static_cast<std::size_t>(p)] != 0; });
        }
        dropped[static_cast<std::size_t>(e)] = drop ? 1 : 0;
    }
    return dropped;
}

WhatIfResult whatIfRemoved(const TimeIndex &index, const TemporalReach &baseline, ActorId actor,
                           std::span<const ActorId> targets, TimeMs asOf)
{
    WhatIfResult result;
    result.removed = actor;
    result.asOf = asOf;
    const std::vector<std::uint8_t> dropped = eventsDroppedByRemoving(index, actor);
    result.droppedEvents = static_cast<int>(std::count(dropped.begin(), dropped.end(), std::uint8_t(1)));

    auto arrivalAsOf = [asOf](TimeMs t) { return t <= asOf ? t : TemporalReach::kUnreached; };
    if (result.droppedEvents == 0) {
        for (ActorId t : targets) {
            const TimeMs a = arrivalAsOf(baseline.arrival[static_cast<std::size_t>(t)]);
            result.targets.push_back({t, a, a});
        }
        return result;
    }
    ReachOptions options;
    options.until = asOf;
    options.dropped = &dropped;
    const TemporalReach after = computeReach(index, baseline.source, options);
    for (std::size_t v = 0; v < after.arrival.size(); ++v) {
        if (static_cast<ActorId>(v) == actor)
            continue;
        const TimeMs before = arrivalAsOf(baseline.arrival[v]);
        const TimeMs now = arrivalAsOf(after.arrival[v]);
        if (before == TemporalReach::kUnreached)
            continue;
        if (now == TemporalReach::kUnreached)
            result.noLongerReached.push_back(static_cast<ActorId>(v));
        else if (now > before)
            result.delayed.push_back({static_cast<ActorId>(v), before, now});
    }
    for (ActorId t : targets)
        result.targets.push_back({t, arrivalAsOf(baseline.arrival[static_cast<std::size_t>(t)]),
                                  arrivalAsOf(after.arrival[static_cast<std::size_t>(t)])});
    return result;
}

std::vector<CriticalActor> criticalActors(const TimeIndex &index, const TemporalReach &baseline,
                                          std::span<const ActorId> targets, TimeMs asOf)
{
    // Candidates: authors of the targets' path events and of everything those events
    // depend on through parent and promptedBy links.
    std::vector<std::uint8_t> seen(static_cast<std::size_t>(index.eventCount()), 0);
    std::vector<EventId> stack;
    for (ActorId t : targets) {
        const TemporalPath path = temporalPath(index, baseline, t, asOf);
        for (EventId e : path.events)
            stack.push_back(e);
    }
    std::vector<ActorId> candidates;
    while (!stack.empty()) {
        const EventId e = stack.back();
        stack.pop_back();
        if (seen[static_cast<std::size_t>(e)])
            continue;
        seen[static_cast<std::size_t>(e)] = 1;
        candidates.push_back(index.author(e));
        if (index.parent(e) != kNoEvent)
            stack.push_back(index.parent(e));
        for (EventId p : index.promptedBy(e))
            stack.push_back(p);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    std::vector<CriticalActor> out;
    for (ActorId a : candidates) {
        if (a == baseline.source || std::find(targets.begin(), targets.end(), a) != targets.end())
            continue;
        const WhatIfResult w = whatIfRemoved(index, baseline, a, targets, asOf);
        CriticalActor c;
        c.actor = a;
        c.actorsLost = static_cast<int>(w.noLongerReached.size());
        c.actorsDelayed = static_cast<int>(w.delayed.size());
        c.targets = w.targets;
        for (const TargetOutcome &o : w.targets) {
            c.targetsLost += o.lost() ? 1 : 0;
            c.addedLatency += o.addedLatency();
        }
        if (c.targetsLost > 0 || c.addedLatency > 0)
            out.push_back(std::move(c));
    }
    std::sort(out.begin(), out.end(), [](const CriticalActor &x, const CriticalActor &y) {
        return std::tuple(-x.targetsLost, -x.addedLatency, -x.actorsLost, x.actor)
               < std::tuple(-y.targetsLost, -y.addedLatency, -y.actorsLost, y.actor);
    });
    return out;
}

} // namespace cascade
