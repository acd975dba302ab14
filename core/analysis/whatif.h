// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/temporalpaths.h"
#include "core/model/ids.h"
#include "core/model/time.h"

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace cascade {

class TimeIndex;

// Counterfactual removal (docs/measures.md section 8): what if this actor had not
// acted?
//
// The actor's events are dropped and, transitively, every event whose parent is dropped
// (one cannot relay or answer a message that was never sent) or all of whose promptedBy
// events are dropped (what prompted it never happened). Reachability from the source is
// then recomputed with the same rules as computeReach() and compared with the baseline.
// Reachability can only shrink or come later when events are removed, so the result
// lists actors lost and actors delayed, never actors gained.

// By EventId, 1 for every event the removal of `actor` drops (see above).
std::vector<std::uint8_t> eventsDroppedByRemoving(const TimeIndex &index, ActorId actor);

// How the removal changes one target's arrival.
struct TargetOutcome {
    ActorId target = kNoActor;
    TimeMs arrivalBefore = TemporalReach::kUnreached; // kUnreached: not reached
    TimeMs arrivalAfter = TemporalReach::kUnreached;
    bool reachedBefore() const { return arrivalBefore != TemporalReach::kUnreached; }
    bool reachedAfter() const { return arrivalAfter != TemporalReach::kUnreached; }
    bool lost() const { return reachedBefore() && !reachedAfter(); }
    // The added latency when reached both ways (0 when unchanged).
    TimeMs addedLatency() const { return reachedBefore() && reachedAfter() ? arrivalAfter - arrivalBefore : 0; }

    friend bool operator==(const TargetOutcome &, const TargetOutcome &) = default;
};

struct DelayedActor {
    ActorId actor = kNoActor;
    TimeMs before = 0;
    TimeMs after = 0;
    TimeMs added() const { return after - before; }

    friend bool operator==(const DelayedActor &, const DelayedActor &) = default;
};

struct WhatIfResult {
    ActorId removed = kNoActor;
    TimeMs asOf = std::numeric_limits<TimeMs>::max();
    int droppedEvents = 0;                // the actor's events and those that depended on them
    std::vector<ActorId> noLongerReached; // reached in the baseline by asOf, not any more (the removed actor left out)
    std::vector<DelayedActor> delayed;    // still reached by asOf, but later
    std::vector<TargetOutcome> targets;   // one per target asked about, in that order

    bool changesNothing() const { return noLongerReached.empty() && delayed.empty(); }
};

// The effect of removing `actor` on the reach from baseline.source, as of asOf (use the
// case's end, or the default, for "by the end of the case"). `baseline` must be
// computeReach(index, source) over the whole case (or at least up to asOf).
WhatIfResult whatIfRemoved(const TimeIndex &index, const TemporalReach &baseline, ActorId actor,
                           std::span<const ActorId> targets,
                           TimeMs asOf = std::numeric_limits<TimeMs>::max());

// An actor whose removal breaks or delays the path to the targets.
struct CriticalActor {
    ActorId actor = kNoActor;
    int targetsLost = 0;       // targets no longer reached
    TimeMs addedLatency = 0;   // summed over the targets still reached
    int actorsLost = 0;        // all actors no longer reached
    int actorsDelayed = 0;
    std::vector<TargetOutcome> targets;

    friend bool operator==(const CriticalActor &, const CriticalActor &) = default;
};

// The critical actors for the targets, ranked: most targets lost first, then most added
// latency, then most actors lost, then ActorId. Only actors whose removal loses or
// delays a target are listed; the source and the targets themselves are not candidates.
// Only actors that authored an event of a target's path, or an event that path's events
// relay, answer or were prompted by (transitively), can change a target's arrival, so
// only they are tried: one what-if each, O(events) per candidate.
std::vector<CriticalActor> criticalActors(const TimeIndex &index, const TemporalReach &baseline,
                                          std::span<const ActorId> targets,
                                          TimeMs asOf = std::numeric_limits<TimeMs>::max());

} // namespace cascade
