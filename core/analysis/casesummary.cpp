// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/casesummary.h"

#include "core/analysis/caseanalysis.h"
#include "core/timeline/timeindex.h"

namespace cascade {

CaseSummary summarizeCase(const CaseAnalysis &analysis, TimeMs asOf)
{
    const TimeIndex &index = analysis.index();
    const TemporalReach &reach = analysis.originReach();
    CaseSummary s;
    s.origin = analysis.origin();
    s.originStart = reach.start;
    s.asOf = asOf;
    s.actorsReached = reach.source == kNoActor ? 0 : reach.reachedCount(asOf);
    s.actorsVisible = index.visibleActorCount(index.positionAt(asOf));
    const int end = index.positionAt(asOf);
    for (ActorId t : analysis.targets()) {
        TargetSummary ts;
        ts.target = t;
        if (reach.start != TemporalReach::kUnreached) {
            for (EventId e = index.positionBefore(reach.start); e < end; ++e) {
                if (index.author(e) == t) {
                    ts.firstResponse = e;
                    ts.firstResponseTime = index.time(e);
                    ts.responseDelay = ts.firstResponseTime - reach.start;
                    break;
                }
            }
        }
        ts.path = temporalPath(index, reach, t, asOf);
        s.targets.push_back(std::move(ts));
    }
    if (reach.source != kNoActor)
        s.criticalActors = criticalActors(index, reach, analysis.targets(), asOf);
    return s;
}

} // namespace cascade
