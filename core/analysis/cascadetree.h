// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cascades.h"
#include "core/model/ids.h"
#include "core/model/time.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace cascade {

struct Case;

// Cascades as of a time, read from one reconstruction of the whole case. A
// reconstruction is causal (core/analysis/cascades.h), so the tree of a cascade as of a
// time is the prefix of its whole tree made of the events at or before that time: the
// list, the selected cascade's tree and its measures follow the cursor without
// reconstructing again (docs/measures.md section 3).

// One cascade as of a time: a row of the window's Cascades list and of
// `cascade stats --cascades`.
struct CascadeAsOf {
    std::int32_t cascade = -1; // index into CascadeReconstruction::cascades
    EventId root = kNoEvent;
    ActorId seed = kNoActor; // the root's author
    TreeMeasures tree;       // of the tree cut at the time
    std::int32_t inferredEdges = 0;
    TimeMs rootTime = 0;
    // Times of the first and the last relay; equal to rootTime when there is none.
    TimeMs firstRelay = 0;
    TimeMs lastRelay = 0;
    // Half-life: from the root to the relay that made half of its relays (rounded up);
    // 0 when it has none.
    TimeMs halfLife = 0;

    std::int32_t relays() const { return tree.size - 1; }
};

// The cascades rooted at or before `at` whose tree has at least `minSize` nodes as of
// `at` (2: relayed at least once; 1: every post too), in root order. `cascades` must be
// a reconstruction of `c` at `at` or later. Returns an empty list as soon as *cancel is
// true.
std::vector<CascadeAsOf> cascadesAsOf(const Case &c, const CascadeReconstruction &cascades, TimeMs at,
                                      std::int32_t minSize = 2, const std::atomic<bool> *cancel = nullptr);

// Sort keys of `cascade stats --cascades --sort` and of the list's columns.
enum class CascadeSort : std::uint8_t { Size, Depth, Width, Virality, Time };
// "size", "depth", "width", "virality", "time".
const char *cascadeSortName(CascadeSort sort);
std::optional<CascadeSort> cascadeSortFromName(std::string_view name);
// Largest first (earliest first for Time); ties by root order.
void sortCascades(std::vector<CascadeAsOf> &rows, CascadeSort sort);

// The whole tree of one cascade: its events in event order (the root first), each
// one's parent and whether the edge to it is inferred. Any prefix of the nodes is the
// tree as of a time (nodesBefore()).
struct CascadeTree {
    std::int32_t cascade = -1;
    CreditRule rule = CreditRule::MostRecent;
    std::vector<EventId> events;
    std::vector<std::int32_t> parent;  // local index, -1 for the root
    std::vector<std::uint8_t> inferred; // the edge to the parent is inferred

    bool empty() const { return events.empty(); }
    EventId root() const { return events.empty() ? kNoEvent : events.front(); }
    // How many nodes are events with an id below `position` (the number of the case's
    // events at or before a time: Snapshot::position()).
    std::int32_t nodesBefore(EventId position) const;
    // The measures of the first `nodes` nodes.
    TreeMeasures measures(std::int32_t nodes) const;
    // Nodes per generation over the first `nodes` nodes: [0] is the root (1), [1] the
    // relays of the root, [2] the relays of those...
    std::vector<std::int32_t> depthProfile(std::int32_t nodes) const;

    // A subtree under one relay of the root, as of the first `nodes` nodes.
    struct Branch {
        EventId opener = kNoEvent; // the relay of the root that opened it
        std::int32_t size = 0;     // nodes, the opener included
    };
    // The `count` biggest branches, biggest first (ties: earliest opener first).
    std::vector<Branch> branches(std::int32_t nodes, std::int32_t count) const;
};

// The tree of cascade `index` of `cascades` (a reconstruction of `c`); empty when the
// index is out of range.
CascadeTree cascadeTree(const Case &c, const CascadeReconstruction &cascades, std::int32_t index);

// The cascade an event belongs to (a root, a relay), or -1.
std::int32_t cascadeOfEvent(const CascadeReconstruction &cascades, EventId event);

// What an actor did in one cascade, as of a time.
struct ActorInCascade {
    std::int32_t cascade = -1;
    bool seeded = false;          // wrote its root
    std::int32_t relays = 0;      // its relays in the cascade
    std::int32_t relaysWidening = 0; // of those, the relays that others relayed in turn
    std::int32_t credited = 0;    // relays by others hanging from one of its events
    std::int32_t size = 0;        // nodes of the cascade, the root included
};

// The cascades an actor seeded (relayed by then) or widened (one of its relays was
// relayed by someone else) as of the events before `position`, in root order.
std::vector<ActorInCascade> cascadesOfActor(const Case &c, const CascadeReconstruction &cascades, ActorId actor,
                                            EventId position);

} // namespace cascade
