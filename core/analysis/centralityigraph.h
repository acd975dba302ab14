// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The igraph implementations behind CentralityBackend::Igraph. Internal to
// core/analysis/centrality.cpp: call pageRank(), betweenness() and coreNumbers() instead.
// No igraph type appears here; igraph stays inside centralityigraph.cpp.

#include "core/analysis/centrality.h"

#include <cstdint>
#include <span>
#include <vector>

namespace cascade::detail {

// igraph_pagerank (PRPACK), directed, unweighted edge list (parallel edges count).
std::vector<double> pageRankIgraph(const EdgeListGraph &graph, double damping);

// Raw Brandes sums (not normalised) from the given sources on the simplified graph
// (igraph_betweenness_subset; all nodes as sources when allSources is true).
std::vector<double> betweennessIgraph(const EdgeListGraph &graph, std::span<const std::int32_t> sources,
                                      bool allSources);

// igraph_coreness on the undirected simple graph without self-loops.
std::vector<int> coreNumbersIgraph(const EdgeListGraph &graph);

} // namespace cascade::detail
