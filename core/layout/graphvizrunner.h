// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/graphvizconversion.h"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace cascade {

// One graph to hand to Graphviz. Only numbers and Cascade's own attribute values go in:
// nodes are named by their index, labels are empty and sizes fixed, so no user string
// ever reaches Graphviz (no DOT text, no HTML-like labels, no escapes such as \N).
struct GraphvizJob {
    struct Node {
        double widthInches = 0.75;
        double heightInches = 0.5;
        bool root = false;   // twopi: the centre of this node's component
        bool pinned = false; // neato: keep at (pinX, pinY)
        double pinX = 0;     // points, Graphviz coordinates (y up)
        double pinY = 0;
    };
    struct Edge {
        int tail = -1; // index into nodes
        int head = -1;
        bool bothWays = false; // arrows at both ends
    };
    std::string engine; // "dot", "twopi", "neato", "sfdp"
    std::uint64_t seed = 1;
    bool ellipse = false; // node shape: ellipse, else box
    std::vector<std::pair<std::string, std::string>> graphAttributes;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
};

// What running a batch of jobs gave: one raw layout per job, in order.
struct GraphvizOutcome {
    std::vector<GraphvizRaw> layouts;
    bool cancelled = false;
    std::string error; // empty on success
};

// Lays the jobs out, one Graphviz call at a time under one process-wide mutex (Graphviz
// is not re-entrant). With `isolate`, in a forked child process that the parent waits
// for while polling `cancelled` every 20 ms: a cancel kills the child at once, and a
// crash or exhausted memory in Graphviz becomes an error. Without it (or when fork
// fails), in this process: `cancelled` is then polled between jobs only.
// sfdp draws its random numbers from rand(): srand(seed) is called before each job.
GraphvizOutcome runGraphviz(const std::vector<GraphvizJob> &jobs, bool isolate,
                            const std::function<bool()> &cancelled);

} // namespace cascade
