// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace cascade {

struct Case;

// What the layouts need to know about a case, extracted in one pass over its events so
// that a layout can run on a worker thread while the case itself is edited. No user
// string is kept but role ids: labels only matter through their width.
struct LayoutGraph {
    struct Node {
        RoleId role = kNoRole;
        bool active = false;       // some event involves the actor
        TimeMs firstTime = 0;      // its first event (authored or as the other party)
        // The backbone, a spanning forest with one tree per connected part of the graph:
        // the actor it entered the case through (the other party of the interaction
        // that made it appear), or kNoActor for a root. The origin's tree is re-rooted
        // at the origin; then, in order of the links, two trees that a link joins become
        // one: the one holding the origin (or else whose root appeared first) stays and
        // the other is re-rooted at the link's end and hung under the link's other end.
        ActorId treeParent = kNoActor;
        int degree = 0;            // distinct neighbours (self-links excluded)
        double labelWidth = 0;     // points: estimated or measured by the caller
    };
    // Every interaction between two distinct actors, aggregated. Messages flow from
    // `from` to `to` (the first interaction's flow, see messageFlows()); bothWays when a
    // later one flows back.
    struct Link {
        ActorId from = kNoActor;
        ActorId to = kNoActor;
        int count = 0;
        std::uint8_t kinds = 0; // bit (1 << InteractionKind)
        bool bothWays = false;
        bool inferredOnly = true;
        bool backbone = false; // one end is the other's treeParent
        TimeMs firstTime = 0;
    };

    std::vector<Node> nodes; // per ActorId
    std::vector<Link> links; // in order of first interaction
    std::vector<QString> roleKeys;   // Role::id per RoleId, in palette order (for the swimlane's lanes)
    std::vector<QString> roleLabels; // Role::label per RoleId
    ActorId origin = kNoActor;
    int activeCount = 0;
    TimeMs startTime = 0;
    TimeMs endTime = 0;

    int actorCount() const { return static_cast<int>(nodes.size()); }
};

// Advance of a label character in points (DejaVu Sans 9 pt, capitals included), and the widest
// label the layouts reserve room for (longer labels are elided by the views).
inline constexpr double kLabelCharWidth = 6.2;
inline constexpr double kMaxLabelWidth = 180.0;

// Builds the layout graph. Label widths come from `labelWidths` (points, per ActorId,
// measured by the GUI with its font) or are estimated from the handles' lengths.
LayoutGraph buildLayoutGraph(const Case &c, const std::vector<double> &labelWidths = {});

// Estimated width of a label of `characters` characters, at most kMaxLabelWidth.
double estimateLabelWidth(qsizetype characters);

} // namespace cascade
