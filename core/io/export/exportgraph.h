// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"
#include "core/model/interaction.h"

#include <QString>

#include <vector>

namespace cascade {

// The actor graph as the exporters write it: the case's interactions, and per actor the
// first time it takes part (as author or as the other party); actors that never do get
// the case's start. `end` is the case's last event time.
struct ExportGraph {
    std::vector<Interaction> edges;
    std::vector<TimeMs> firstSeen; // by ActorId
    TimeMs start = 0;
    TimeMs end = 0;

    static ExportGraph of(const Case &c);
};

// The actor's role id ("ngo", ...), or an empty string.
QString roleIdOf(const Case &c, const Actor &a);

} // namespace cascade
