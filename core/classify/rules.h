// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/classify/roster.h"
#include "core/model/case.h"

#include <QString>

#include <vector>

namespace cascade {

// Classification rules (core/model/classificationrule.h) applied to a case: for each
// actor the first rule whose conditions all hold gives its role.

// Why a rule cannot be applied to `c`: a role the palette lacks, no condition at all,
// a follower range whose minimum is above its maximum. Empty when it can.
QString ruleProblem(const Case &c, const ClassificationRule &rule);
// Whether the rule's conditions hold for the actor (its role aside).
bool ruleMatches(const ClassificationRule &rule, const Actor &actor);
// The role changes the rules make, by actor id (`line` is the 1-based number of the rule
// that matched). Actors that have a role keep it unless `reclassify`; an actor whose
// first matching rule gives the role it has is no change. Rules with a problem are
// skipped.
std::vector<ActorClassification> matchRules(const Case &c, const std::vector<ClassificationRule> &rules, bool reclassify);

} // namespace cascade
