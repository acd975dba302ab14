// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/interaction.h"
#include "core/model/time.h"

#include <atomic>
#include <cstdint>
#include <span>
#include <vector>

namespace cascade {

struct Case;

// One directed edge between dense node indexes.
struct DirectedEdge {
    std::int32_t from = 0;
    std::int32_t to = 0;

    friend bool operator==(const DirectedEdge &, const DirectedEdge &) = default;
};

// A directed multigraph over nodes 0..nodeCount-1 given as an edge list: parallel edges
// and self-loops are allowed and mean what each measure below says they mean. This is
// the graph-level input of every centrality function, so fixtures, generated graphs and
// cases all go through the same code.
struct EdgeListGraph {
    std::int32_t nodeCount = 0;
    std::vector<DirectedEdge> edges;
};

// The interaction graph of a case as of a time (docs/measures.md section 6): one edge per
// Interaction (deriveInteractions()) whose time is at or before `at`, from the event's
// author to the other party (attention / endorsement direction: PageRank credits `to`).
// Nodes are the actors present at `at`: those who authored an event at or before it or
// are the `to` of such an interaction; actors who have not appeared yet are not nodes
// (they would otherwise receive a share of PageRank's teleport mass).
struct InteractionGraph {
    TimeMs at = 0;
    EdgeListGraph graph;
    std::vector<ActorId> actorOfNode;      // node -> actor
    std::vector<std::int32_t> nodeOfActor; // actor -> node, -1 when not present at `at`
};

// Builds the interaction graph as of `at` (use a time past the end for the whole case).
InteractionGraph buildInteractionGraph(const Case &c, TimeMs at);
// The same from interactions already derived (deriveInteractions(c) or a time-sorted
// subset of it); only those with time <= at are used.
InteractionGraph buildInteractionGraph(const Case &c, std::span<const Interaction> interactions, TimeMs at);

// Which implementation computes the measures. Native is the default: it measured faster
// than igraph 0.10.2 on every size (docs/performance.md, "Centrality and cascades") and
// is re-entrant. Igraph is kept as an independent cross-check (tests, benchmarks); the
// Debian build of igraph is not thread-safe (IGRAPH_THREAD_SAFE 0), so those calls are
// serialised by a process-wide mutex.
enum class CentralityBackend : std::uint8_t { Native, Igraph };

// Settings shared by the centrality functions. Every function is safe to call from any
// thread (no shared mutable state) and stops early when *cancel becomes true.
struct CentralityOptions {
    double damping = 0.85;             // PageRank d
    double tolerance = 1e-10;          // PageRank: stop when the L1 change of an iteration is below
    int maxIterations = 10000;         // PageRank
    bool normalizedBetweenness = true; // networkx's default: divide by (n-1)(n-2)
    std::int64_t exactBetweennessEdgeLimit = 100000; // above this many simple edges: sample
    int betweennessSamples = 128;      // sources drawn when sampling
    std::uint64_t seed = 20100117;     // source sampling is deterministic for a given seed
    CentralityBackend backend = CentralityBackend::Native;
    const std::atomic<bool> *cancel = nullptr;
};

// PageRank (Brin & Page 1998; docs/measures.md section 6) with networkx's and igraph's
// conventions: PR(u) = (1-d)/N + d * (sum over edges v->u of PR(v)/out(v) + D/N) where
// out(v) counts v's out-edges with multiplicity (parallel edges act as weight, a
// self-loop sends to its own node) and D is the total score of nodes without out-edges
// (dangling mass spread uniformly). Power iteration from the uniform vector; scores sum
// to 1.
struct PageRankResult {
    std::vector<double> scores; // by node
    int iterations = 0;
    bool converged = false;
    bool cancelled = false;     // scores are empty when cancelled
};
PageRankResult pageRank(const EdgeListGraph &graph, const CentralityOptions &options = {});

// Betweenness (Brandes 2001, "A faster algorithm for betweenness centrality";
// docs/measures.md section 6): C_B(u) = sum over s != u != t of sigma_st(u) / sigma_st
// over directed, unweighted shortest paths of the simple graph (parallel edges and
// self-loops do not create extra paths, as in networkx). Normalised by default like
// networkx's betweenness_centrality: divided by (n-1)(n-2), endpoints excluded.
// Above exactBetweennessEdgeLimit simple edges the sum runs over betweennessSamples
// sources drawn (with the seed) among the nodes that have an out-edge and is scaled by
// (number of such nodes) / samples: an unbiased estimate (Brandes & Pich 2007), flagged
// by `estimated`.
struct BetweennessResult {
    std::vector<double> scores; // by node; empty when cancelled
    bool estimated = false;
    bool normalized = true;
    int sources = 0;            // sources whose shortest-path trees were summed
    std::int64_t simpleEdges = 0;
    bool cancelled = false;
};
BetweennessResult betweenness(const EdgeListGraph &graph, const CentralityOptions &options = {});

// The same with an explicit set of sources (each counted once) scaled by `scale` after
// normalisation; the building block of the sampled estimate, exposed for tests.
BetweennessResult betweennessFromSources(const EdgeListGraph &graph, std::span<const std::int32_t> sources,
                                         double scale, const CentralityOptions &options = {});

// k-core index (Seidman 1983; Batagelj & Zaversnik 2003; used on the Hoaxy network by
// Shao et al., PLOS ONE 2018): the largest k such that the node belongs to a subgraph in
// which every node has degree >= k. Computed on the undirected simple graph (direction
// and parallel edges dropped, self-loops removed first), which is networkx's
// core_number on nx.Graph(G) after removing self-loops. Options used: backend only.
std::vector<int> coreNumbers(const EdgeListGraph &graph, const CentralityOptions &options = {});

// The three measures for every actor of a case as of a time, by ActorId (actors not
// present at `at` get 0 and present == 0). The vector of a measure not asked for is
// empty; everything but `at` and `cancelled` is empty when cancelled.
struct ActorCentrality {
    TimeMs at = 0;
    std::vector<double> pageRank;
    std::vector<double> betweenness;
    std::vector<int> coreNumber;
    std::vector<std::uint8_t> present;
    std::int32_t nodeCount = 0;
    std::int64_t edgeCount = 0;        // interactions at or before `at`
    std::int64_t simpleEdgeCount = 0;  // distinct (from, to) pairs without self-loops (with betweenness only)
    bool betweennessEstimated = false; // see BetweennessResult
    int betweennessSources = 0;
    bool cancelled = false;
};

// What to compute; the per-actor measures need all three, a ranking may need one.
enum CentralityMeasure : unsigned { PageRankMeasure = 1, BetweennessMeasure = 2, CoreMeasure = 4,
                                    AllCentralityMeasures = 7 };

ActorCentrality actorCentrality(const Case &c, TimeMs at, const CentralityOptions &options = {},
                                unsigned measures = AllCentralityMeasures);
ActorCentrality actorCentrality(const InteractionGraph &graph, std::int32_t actorCount,
                                const CentralityOptions &options = {},
                                unsigned measures = AllCentralityMeasures);

} // namespace cascade
