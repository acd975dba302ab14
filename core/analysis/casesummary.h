// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/temporalpaths.h"
#include "core/analysis/whatif.h"
#include "core/model/ids.h"
#include "core/model/time.h"

#include <limits>
#include <vector>

namespace cascade {

class CaseAnalysis;

// How the message got to one target.
struct TargetSummary {
    ActorId target = kNoActor;
    // The target's first response: the first event it authored at or after the origin's
    // first event (kNoEvent when it never acted by the time).
    EventId firstResponse = kNoEvent;
    TimeMs firstResponseTime = 0;
    TimeMs responseDelay = 0; // firstResponseTime - the origin's first event
    TemporalPath path;        // earliest time-respecting path from the origin
};

// The case in a few lines for the trainer: where the message started, whom it was
// meant to reach, how long the target took to respond, and whose removal would have
// broken or delayed that most (criticalActors()).
struct CaseSummary {
    ActorId origin = kNoActor;
    TimeMs originStart = 0; // the origin's first event
    TimeMs asOf = std::numeric_limits<TimeMs>::max();
    int actorsReached = 0;  // from the origin by asOf, the origin included
    int actorsVisible = 0;  // appeared by asOf
    std::vector<TargetSummary> targets;
    std::vector<CriticalActor> criticalActors;
};

CaseSummary summarizeCase(const CaseAnalysis &analysis, TimeMs asOf = std::numeric_limits<TimeMs>::max());

} // namespace cascade
