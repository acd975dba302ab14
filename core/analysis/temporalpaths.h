// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace cascade {

class TimeIndex;

// Time-respecting reachability from a source actor (docs/measures.md section 5: Pan &
// Saramaki 2011, arXiv 1101.5913; Crescenzi, Magnien, Marino, Algorithms 2020), made
// causal with the case's own links between events.
//
// Events are processed once, in time order, from the source's first event (the start
// time). An event is INFORMED, i.e. carries the source's message, when
//  - its author is the source; or
//  - one of its promptedBy events is informed; or
//  - its parent (the message it relays, quotes or answers) is informed; or
//  - its author had been reached at or before its time.
// An informed event reaches its author and every party the message flows to from the
// author (messageFlows(): the parent's author for a reply, mentioned actors, actors
// reached offline), at the event's time. A repost or quote of a message that does not
// carry it carries nothing, even when its author had been reached: content, not
// contact, is what travels. Processing in time order means no path ever goes back in
// time; events with equal times count in their case order.
//
// Each informed event records its predecessor, preferring the causal one: an informed
// promptedBy event (first listed), else the informed parent, else the event that first
// reached its author. Following predecessors back from the event that first reached an
// actor gives the path that achieves its earliest arrival.
enum class InformedVia : std::uint8_t {
    Not,           // does not carry the message
    Source,        // authored by the source
    PromptedBy,    // an informed event prompted it
    Parent,        // it relays, quotes or answers an informed message
    AuthorReached, // its author had already been reached
};

struct TemporalReach {
    static constexpr TimeMs kUnreached = std::numeric_limits<TimeMs>::max();

    ActorId source = kNoActor;
    TimeMs start = 0; // the source's first event (kUnreached when it has none)
    TimeMs until = std::numeric_limits<TimeMs>::max(); // later events were ignored
    std::vector<TimeMs> arrival;       // by actor: earliest arrival a(s, v), or kUnreached
    std::vector<EventId> arrivalEvent; // by actor: the informed event that first reached it
    std::vector<EventId> predecessor;  // by event: see above (kNoEvent for Source and Not)
    std::vector<InformedVia> via;      // by event

    bool reached(ActorId a, TimeMs asOf = std::numeric_limits<TimeMs>::max()) const
    {
        const TimeMs t = arrival[static_cast<std::size_t>(a)];
        return t != kUnreached && t <= asOf;
    }
    bool informed(EventId e) const { return via[static_cast<std::size_t>(e)] != InformedVia::Not; }
    // Latency lambda(s, v) = a(s, v) - start when v is reached by asOf.
    std::optional<TimeMs> latency(ActorId a, TimeMs asOf = std::numeric_limits<TimeMs>::max()) const;
    // Actors reached by asOf, the source included.
    int reachedCount(TimeMs asOf = std::numeric_limits<TimeMs>::max()) const;
};

struct ReachOptions {
    // Events after this time are ignored ("as of the cursor"). Because the computation
    // is causal, the result as of T equals the full result restricted to times <= T.
    TimeMs until = std::numeric_limits<TimeMs>::max();
    // By EventId, nonzero: the event is treated as if it had not happened (what-if).
    const std::vector<std::uint8_t> *dropped = nullptr;
};

// The reach from `source` over the case's events: O(events + interactions).
TemporalReach computeReach(const TimeIndex &index, ActorId source, const ReachOptions &options = {});

// One hop of a path: an actor and the event by which it takes part.
struct PathStep {
    enum class How : std::uint8_t {
        Origin,     // the source's message
        Parent,     // relays, quotes or answers the previous step's message
        PromptedBy, // prompted by the previous step's message (inferred causality)
        Continued,  // its own later message, having been reached earlier
        Addressed,  // reached by the previous step's message (mention, reply, offline)
    };
    ActorId actor = kNoActor;
    EventId event = kNoEvent;
    TimeMs time = 0;
    How how = How::Origin;

    friend bool operator==(const PathStep &, const PathStep &) = default;
};
const char *pathStepHowName(PathStep::How how); // "origin", "parent", "prompted-by", ...

// The earliest time-respecting path from the source to a target.
struct TemporalPath {
    ActorId source = kNoActor;
    ActorId target = kNoActor;
    bool reached = false;
    TimeMs arrival = TemporalReach::kUnreached;
    TimeMs latency = 0;
    std::vector<EventId> events; // the causal chain, the source's event first; times never decrease
    // One step per event of the chain (its author), plus an Addressed step for an actor
    // reached as the other party of the next event; times never decrease.
    std::vector<PathStep> steps;
    // The actors along the path with consecutive repeats removed.
    std::vector<ActorId> actors() const;
};

TemporalPath temporalPath(const TimeIndex &index, const TemporalReach &reach, ActorId target,
                          TimeMs asOf = std::numeric_limits<TimeMs>::max());

// Harmonic temporal closeness (docs/measures.md section 5): C(u) = sum over v != u
// reached from u by asOf of 1 / lambda(u, v), with lambda in minutes and at least one
// minute (the usual resolution of timestamps), so an actor reached within a minute
// counts 1 and one reached after an hour counts 1/60. 0 when u has no event by asOf.
double harmonicTemporalCloseness(const TemporalReach &reachFromU, TimeMs asOf = std::numeric_limits<TimeMs>::max());
double harmonicTemporalCloseness(const TimeIndex &index, ActorId u, TimeMs asOf = std::numeric_limits<TimeMs>::max());

} // namespace cascade
