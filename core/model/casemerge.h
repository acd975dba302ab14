// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace cascade {

// What merging a case into another did.
struct CaseMergeReport {
    std::int64_t actorsMatched = 0; // actors of the added case already in the base case
    std::int64_t actorsAdded = 0;
    std::int64_t eventsAdded = 0;
    std::int64_t eventsDuplicate = 0; // events of the added case whose key the base case holds
    QString toText() const;           // one line
};

struct CaseMergeResult {
    std::optional<Case> value;
    CaseMergeReport report;
    QString error; // when the merged case would break an invariant (no case then)
};

// `base` with the actors, events and sources of `added` (an imported case). An added
// actor is the base actor with the same platform and platform id, or, when either has no
// platform id, the same platform and handle (any case); the base actor is kept as it is.
// Other actors are appended, their handle made unique with "~2", "~3"... An added event
// whose key the base holds is the same post and is dropped; the others are appended,
// their references remapped, and the events sorted by time. Sources are appended (ids
// made unique). Saved layouts keep their positions; the new actors have none. The
// base's title, story, milestones and notes stay.
CaseMergeResult mergeCases(const Case &base, const Case &added);

} // namespace cascade
