// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/temporalpaths.h"
#include "core/model/ids.h"
#include "core/timeline/timeindex.h"

#include <vector>

namespace cascade {

struct Case;

// What every influence query on one case shares, built once per case (and again after
// an edit): the TimeIndex and the reach from the case's origin over the whole case
// (arrivals as of any time T are those <= T, the computation being causal). Queries
// (measureActors(), actorDetail(), summarizeCase(), whatIfRemoved()) are cheap functions
// of it and a cursor time. The Case must outlive the analysis and stay unchanged.
// Immutable after construction, so it can be shared across threads.
class CaseAnalysis
{
public:
    explicit CaseAnalysis(const Case &c, const TimeIndexOptions &options = {});

    const Case &caseData() const { return *m_case; }
    const TimeIndex &index() const { return m_index; }
    // Reach from Case::origin (or from nobody, when the case has no origin).
    const TemporalReach &originReach() const { return m_originReach; }
    ActorId origin() const { return m_originReach.source; }
    const std::vector<ActorId> &targets() const;
    const std::vector<RoleId> &roles() const { return m_roles; }

private:
    const Case *m_case;
    TimeIndex m_index;
    TemporalReach m_originReach;
    std::vector<RoleId> m_roles;
};

} // namespace cascade
