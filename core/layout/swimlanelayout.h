// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/layoutgraph.h"
#include "core/layout/layoutresult.h"

#include <QPointF>
#include <QSizeF>

#include <vector>

namespace cascade {

// The swimlane layout, Cascade's own (Hoaxy's users asked for it in its issue #37):
// x is the time of the actor's first event on a linear time scale over the case, one
// horizontal lane per group of roles, top to bottom in the order of the case's palette
// (Case > Roles reorders them): NGO; journalists and media; public; government and
// military; each other role a lane of its own, under its label; actors without a role
// last, in "No role". Empty lanes are left out. Inside a lane, actors whose boxes would collide go to
// another sub-row (greedy interval packing in order of time: the first row with room),
// so x stays the exact time; the rows are stacked away from the side (lanes above or
// below) most of the lane's links come from. A lane has at most max(60, 1.5 sqrt(n))
// rows for its n actors: in bigger bursts actors overlap. The time scale is linear, as
// on the timeline, so bursts stay visible as such. Actors that never appear go after the end of the time axis.
struct SwimlaneLayout {
    std::vector<QPointF> centres; // per actor
    std::vector<SwimLane> lanes;  // top to bottom
    TimeScale timeScale;
};

// The family of a role id that shares a lane: "ngo" 0; "journalist", "media" 1;
// "public" 2; "government", "military" 3; anything else 4 (a lane of its own).
int swimlaneOfRole(const QString &roleKey);

// The lanes of a palette: per RoleId its lane, and each lane's label, top to bottom.
// Lane `labels.size() - 1` is "No role", for actors without a (known) role.
struct SwimlaneGroups {
    std::vector<int> laneOfRole;
    std::vector<QString> labels;
    int noRoleLane() const { return static_cast<int>(labels.size()) - 1; }
};
SwimlaneGroups swimlaneGroups(const std::vector<QString> &roleKeys, const std::vector<QString> &roleLabels);

SwimlaneLayout swimlaneLayout(const LayoutGraph &graph, const std::vector<QSizeF> &sizes, double gap);

} // namespace cascade
