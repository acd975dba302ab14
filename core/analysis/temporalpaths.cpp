// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/temporalpaths.h"

#include "core/timeline/timeindex.h"

#include <algorithm>

namespace cascade {

std::optional<TimeMs> TemporalReach::latency(ActorId a, TimeMs asOf) const
{
    if (!reached(a, asOf))
        return std::nullopt;
    return arrival[static_cast<std::size_t>(a)] - start;
}

int TemporalReach::reachedCount(TimeMs asOf) const
{
    return static_cast<int>(
        std::count_if(arrival.begin(), arrival.end(), [asOf](TimeMs t) { return t != kUnreached && t <= asOf; }));
}

TemporalReach computeReach(const TimeIndex &index, ActorId source, const ReachOptions &options)
{
    const auto n = static_cast<std::size_t>(index.eventCount());
    TemporalReach r;
    r.source = source;
    r.until = options.until;
    r.arrival.assign(static_cast<std::size_t>(index.actorCount()), TemporalReach::kUnreached);
    r.arrivalEvent.assign(static_cast<std::size_t>(index.actorCount()), kNoEvent);
    r.predecessor.assign(n, kNoEvent);
    r.via.assign(n, InformedVia::Not);
    const EventId first = source == kNoActor ? kNoEvent : index.firstEventBy(source);
    if (first == kNoEvent) {
        r.start = TemporalReach::kUnreached;
        return r;
    }
    r.start = index.time(first);
    const int end = index.positionAt(options.until);
    const std::uint8_t *dropped = options.dropped ? options.dropped->data() : nullptr;
    TimeMs *arrival = r.arrival.data();
    EventId *arrivalEvent = r.arrivalEvent.data();
    InformedVia *via = r.via.data();

    for (EventId e = first; e < end; ++e) {
        if (dropped && dropped[e])
            continue;
        const ActorId author = index.author(e);
        const TimeMs t = index.time(e);
        InformedVia how = InformedVia::Not;
        EventId pred = kNoEvent;
        if (author == source) {
            how = InformedVia::Source;
        } else {
            for (EventId p : index.promptedBy(e)) {
                if (via[p] != InformedVia::Not) {
                    how = InformedVia::PromptedBy;
                    pred = p;
                    break;
                }
            }
            const EventId parent = index.parent(e);
            if (how == InformedVia::Not && parent != kNoEvent && via[parent] != InformedVia::Not) {
                how = InformedVia::Parent;
                pred = parent;
            }
            if (how == InformedVia::Not && arrival[author] <= t) {
                how = InformedVia::AuthorReached;
                pred = arrivalEvent[author];
            }
            if (how == InformedVia::Not)
                continue;
        }
        via[e] = how;
        r.predecessor[static_cast<std::size_t>(e)] = pred;
        if (arrival[author] == TemporalReach::kUnreached) {
            arrival[author] = t;
            arrivalEvent[author] = e;
        }
        for (const TimeIndex::Link &link : index.links(e)) {
            if (link.fromAuthor && arrival[link.to] == TemporalReach::kUnreached) {
                arrival[link.to] = t;
                arrivalEvent[link.to] = e;
            }
        }
    }
    return r;
}

const char *pathStepHowName(PathStep::How how)
{
    switch (how) {
    case PathStep::How::Origin:
        return "origin";
    case PathStep::How::Parent:
        return "parent";
    case PathStep::How::PromptedBy:
        return "prompted-by";
    case PathStep::How::Continued:
        return "continued";
    case PathStep::How::Addressed:
        return "addressed";
    }
    return "origin";
}

std::vector<ActorId> TemporalPath::actors() const
{
    std::vector<ActorId> out;
    for (const PathStep &s : steps)
        if (out.empty() || out.back() != s.actor)
            out.push_back(s.actor);
    return out;
}

TemporalPath temporalPath(const TimeIndex &index, const TemporalReach &reach, ActorId target, TimeMs asOf)
{
    TemporalPath path;
    path.source = reach.source;
    path.target = target;
    if (target == kNoActor || !reach.reached(target, asOf))
        return path;
    path.reached = true;
    path.arrival = reach.arrival[static_cast<std::size_t>(target)];
    path.latency = path.arrival - reach.start;

    for (EventId e = reach.arrivalEvent[static_cast<std::size_t>(target)]; e != kNoEvent;
         e = reach.predecessor[static_cast<std::size_t>(e)])
        path.events.push_back(e);
    std::reverse(path.events.begin(), path.events.end());

    for (std::size_t i = 0; i < path.events.size(); ++i) {
        const EventId e = path.events[i];
        const ActorId author = index.author(e);
        PathStep step{author, e, index.time(e), PathStep::How::Origin};
        switch (reach.via[static_cast<std::size_t>(e)]) {
        case InformedVia::Not:
        case InformedVia::Source:
            step.how = PathStep::How::Origin;
            break;
        case InformedVia::PromptedBy:
            step.how = PathStep::How::PromptedBy;
            break;
        case InformedVia::Parent:
            step.how = PathStep::How::Parent;
            break;
        case InformedVia::AuthorReached:
            step.how = PathStep::How::Continued;
            // Reached as the other party of the previous event: show that hop first.
            if (i > 0 && index.author(path.events[i - 1]) != author) {
                const EventId prev = path.events[i - 1];
                path.steps.push_back({author, prev, index.time(prev), PathStep::How::Addressed});
            }
            break;
        }
        path.steps.push_back(step);
    }
    if (!path.events.empty() && index.author(path.events.back()) != target)
        path.steps.push_back({target, path.events.back(), index.time(path.events.back()), PathStep::How::Addressed});
    return path;
}

double harmonicTemporalCloseness(const TemporalReach &reach, TimeMs asOf)
{
    double sum = 0;
    for (std::size_t v = 0; v < reach.arrival.size(); ++v) {
        if (static_cast<ActorId>(v) == reach.source || !reach.reached(static_cast<ActorId>(v), asOf))
            continue;
        const double minutes = static_cast<double>(reach.arrival[v] - reach.start) / static_cast<double>(kMsPerMinute);
        sum += 1.0 / std::max(minutes, 1.0);
    }
    return sum;
}

double harmonicTemporalCloseness(const TimeIndex &index, ActorId u, TimeMs asOf)
{
    ReachOptions options;
    options.until = asOf;
    return harmonicTemporalCloseness(computeReach(index, u, options), asOf);
}

} // namespace cascade
