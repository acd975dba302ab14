// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/caseanalysis.h"

#include "core/analysis/brokerage.h"
#include "core/model/case.h"

namespace cascade {

CaseAnalysis::CaseAnalysis(const Case &c, const TimeIndexOptions &options)
    : m_case(&c)
    , m_index(c, options)
    , m_originReach(computeReach(m_index, c.origin))
    , m_roles(actorRoles(c))
{
}

const std::vector<ActorId> &CaseAnalysis::targets() const
{
    return m_case->targets;
}

} // namespace cascade
