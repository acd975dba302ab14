// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/savedlayout.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>
#include <vector>

namespace cascade {

struct LayoutGraph;

// The layout engines. Dot, Twopi, Neato and Sfdp run Graphviz; Balloon and Swimlane are
// Cascade's own. Auto picks one by size and shape (see chooseEngine()).
enum class LayoutEngineKind : std::uint8_t { Auto, Dot, Twopi, Neato, Sfdp, Balloon, Swimlane };
inline constexpr int kLayoutEngineKindCount = 7;

// "auto", "dot", "twopi", "neato", "sfdp", "balloon", "swimlane": the names used by the
// CLI and as keys of Case::layouts.
QString layoutEngineName(LayoutEngineKind kind);
std::optional<LayoutEngineKind> layoutEngineFromName(QStringView name);
bool isGraphvizEngine(LayoutEngineKind kind);

// How to lay a case out.
struct LayoutOptions {
    LayoutEngineKind engine = LayoutEngineKind::Auto;
    std::uint64_t seed = 1; // same graph and seed: same positions, in every process

    // Positions placed by hand (SavedLayout::Position::pinned and valid), by ActorId;
    // they keep their place and the other actors make room. May be empty.
    std::vector<SavedLayout::Position> pins;

    // Above this many active actors the layout is compact: a small dot per actor (labels
    // are not given room), Graphviz engines lay out the backbone only (the tree of who
    // entered the case through whom; see LayoutGraph::Node::treeParent), and edges are
    // straight lines computed by Cascade.
    int compactAbove = 300;
    double markerSize = 18;  // points: room for an actor's marker in labelled layouts
    double dotSize = 8;      // points: an actor's dot in compact layouts
    double labelHeight = 13; // points: room for one line of label text

    // Run Graphviz in a forked child process: cancelling kills it at once, a Graphviz
    // crash or out-of-memory fails the layout instead of the program. When false (or
    // when fork fails), Graphviz runs in this process and a cancel waits for it. Off by
    // default in AddressSanitizer builds: GCC 12's sanitizer allocator is not fork-safe,
    // and a child forked while another thread allocates hangs in malloc.
#if defined(__SANITIZE_ADDRESS__)
    bool isolateGraphviz = false;
#else
    bool isolateGraphviz = true;
#endif

    // neato needs memory quadratic in the number of nodes: refused above this many.
    int neatoLimit = 8000;
};

// The engine Auto picks for a graph:
//  - up to 40 active actors: dot (left to right) when its widest BFS level from the
//    origin holds at most 12 actors, else neato;
//  - up to LayoutOptions::compactAbove: twopi rooted at the origin when there is one,
//    else sfdp;
//  - above: balloon (Cascade's own radial tree of the backbone, linear time).
LayoutEngineKind chooseEngine(const LayoutGraph &graph, const LayoutOptions &options);

} // namespace cascade
