// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/centrality.h"

#include "core/analysis/centralityigraph.h"
#include "core/model/case.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace cascade {

namespace {

bool isCancelled(const CentralityOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

// Compressed rows: the neighbours of node v are adj[start[v]] .. adj[start[v + 1] - 1].
struct Csr {
    std::vector<std::int32_t> start;
    std::vector<std::int32_t> adj;

    std::int32_t rowSize(std::int32_t v) const { return start[v + 1] - start[v]; }
};

// Rows keyed by key(e), holding value(e), in edge order within a row (counting sort).
template<typename Key, typename Value>
Csr bucketEdges(std::int32_t nodeCount, std::span<const DirectedEdge> edges, Key key, Value value)
{
    Csr csr;
    csr.start.assign(static_cast<std::size_t>(nodeCount) + 1, 0);
    for (const DirectedEdge &e : edges)
        ++csr.start[static_cast<std::size_t>(key(e)) + 1];
    std::partial_sum(csr.start.begin(), csr.start.end(), csr.start.begin());
    csr.adj.resize(edges.size());
    std::vector<std::int32_t> fill(csr.start.begin(), csr.start.end() - 1);
    for (const DirectedEdge &e : edges)
        csr.adj[static_cast<std::size_t>(fill[static_cast<std::size_t>(key(e))]++)] = value(e);
    return csr;
}

// Sorted, duplicate-free out-rows of the edges (two stable counting passes: by target,
// then by source), optionally with both directions of every edge; self-loops dropped.
Csr simpleRows(const EdgeListGraph &g, bool undirected)
{
    std::vector<DirectedEdge> edges;
    edges.reserve(g.edges.size() * (undirected ? 2 : 1));
    for (const DirectedEdge &e : g.edges) {
        if (e.from == e.to)
            continue;
        edges.push_back(e);
        if (undirected)
            edges.push_back({e.to, e.from});
    }
    // Pass 1: group by target; pass 2 walks targets in order and groups by source, so
    // each row comes out sorted by target.
    const Csr byTarget = bucketEdges(g.nodeCount, edges, [](const DirectedEdge &e) { return e.to; },
                                     [](const DirectedEdge &e) { return e.from; });
    Csr rows;
    rows.start.assign(static_cast<std::size_t>(g.nodeCount) + 1, 0);
    for (const DirectedEdge &e : edges)
        ++rows.start[static_cast<std::size_t>(e.from) + 1];
    std::partial_sum(rows.start.begin(), rows.start.end(), rows.start.begin());
    rows.adj.resize(edges.size());
    std::vector<std::int32_t> fill(rows.start.begin(), rows.start.end() - 1);
    for (std::int32_t to = 0; to < g.nodeCount; ++to)
        for (std::int32_t i = byTarget.start[to]; i < byTarget.start[to + 1]; ++i)
            rows.adj[static_cast<std::size_t>(fill[static_cast<std::size_t>(byTarget.adj[i])]++)] = to;
    // Drop repeats inside each (sorted) row, compacting in place.
    std::int32_t out = 0;
    std::int32_t rowBegin = 0;
    for (std::int32_t v = 0; v < g.nodeCount; ++v) {
        const std::int32_t rowEnd = rows.start[v + 1];
        rows.start[v] = out;
        for (std::int32_t i = rowBegin; i < rowEnd; ++i)
            if (i == rowBegin || rows.adj[i] != rows.adj[i - 1])
                rows.adj[out++] = rows.adj[i];
        rowBegin = rowEnd;
    }
    rows.start[g.nodeCount] = out;
    rows.adj.resize(static_cast<std::size_t>(out));
    return rows;
}

PageRankResult pageRankNative(const EdgeListGraph &g, const CentralityOptions &options)
{
    PageRankResult result;
    const std::int32_t n = g.nodeCount;
    const auto un = static_cast<std::size_t>(n);
    std::vector<double> outDegree(un, 0.0);
    for (const DirectedEdge &e : g.edges)
        outDegree[static_cast<std::size_t>(e.from)] += 1.0;
    const Csr in = bucketEdges(n, g.edges, [](const DirectedEdge &e) { return e.to; },
                               [](const DirectedEdge &e) { return e.from; });
    std::vector<double> inverseOut(un);
    for (std::size_t v = 0; v < un; ++v)
        inverseOut[v] = outDegree[v] > 0 ? 1.0 / outDegree[v] : 0.0;

    const double d = options.damping;
    std::vector<double> x(un, 1.0 / n);
    std::vector<double> share(un); // x[v] / out(v)
    std::vector<double> next(un);
    for (int it = 0; it < options.maxIterations; ++it) {
        if (isCancelled(options)) {
            result.cancelled = true;
            return result;
        }
        double dangling = 0.0;
        for (std::size_t v = 0; v < un; ++v) {
            share[v] = x[v] * inverseOut[v];
            if (outDegree[v] == 0.0)
                dangling += x[v];
        }
        const double base = (1.0 - d) / n + d * dangling / n;
        double change = 0.0;
        for (std::int32_t u = 0; u < n; ++u) {
            double sum = 0.0;
            for (std::int32_t i = in.start[u], end = in.start[u + 1]; i < end; ++i)
                sum += share[static_cast<std::size_t>(in.adj[i])];
            const double value = base + d * sum;
            change += std::abs(value - x[static_cast<std::size_t>(u)]);
            next[static_cast<std::size_t>(u)] = value;
        }
        x.swap(next);
        result.iterations = it + 1;
        if (change < options.tolerance) {
            result.converged = true;
            break;
        }
    }
    result.scores = std::move(x);
    return result;
}

// Sums sigma_st(v)/sigma_st over the shortest-path trees of the given sources
// (Brandes 2001). The breadth-first walk records, for each node in visiting order, its
// edges into the next level (the shortest-path DAG); the dependencies then flow back
// over those edges only: delta(v) = sigma(v) * sum over DAG edges v -> w of
// (1 + delta(w)) / sigma(w), and (1 + delta(w)) / sigma(w) is kept as pull(w) once w is done.
// Pendant sources are not walked: a source s whose only out-neighbour is u and that no
// node points to has the tree of u plus the edge s -> u, so its dependencies are u's
// (for v != u) and u lies on its paths to every node u reaches. Each tree is walked once
// and added with the number of sources it stands for.
bool brandesNative(const Csr &rows, std::int32_t n, std::span<const std::int32_t> sources,
                   std::vector<double> &score, const CentralityOptions &options)
{
    const auto un = static_cast<std::size_t>(n);
    score.assign(un, 0.0);
    std::vector<std::uint8_t> hasIn(un, 0);
    for (std::int32_t w : rows.adj)
        hasIn[static_cast<std::size_t>(w)] = 1;
    std::vector<double> own(un, 0.0);     // sources rooted at the node itself
    std::vector<double> pendant(un, 0.0); // pendant sources standing on the node
    for (std::int32_t s : sources) {
        if (rows.rowSize(s) == 1 && !hasIn[static_cast<std::size_t>(s)])
            pendant[static_cast<std::size_t>(rows.adj[static_cast<std::size_t>(rows.start[s])])] += 1.0;
        else
            own[static_cast<std::size_t>(s)] += 1.0;
    }
    std::vector<std::int32_t> dist(un, -1);
    std::vector<double> sigma(un, 0.0);
    std::vector<double> pull(un, 0.0);
    std::vector<std::int32_t> order(un);
    std::vector<std::int32_t> dagStart(un + 1); // by position in `order`
    std::vector<std::int32_t> dag(rows.adj.size());
    std::size_t done = 0;
    for (std::int32_t s = 0; s < n; ++s) {
        const double weight = own[static_cast<std::size_t>(s)] + pendant[static_cast<std::size_t>(s)];
        if (weight == 0.0 || rows.rowSize(s) == 0)
            continue;
        if ((done++ & 15) == 0 && isCancelled(options))
            return false;
        std::size_t head = 0;
        std::size_t tail = 0;
        std::int32_t dagCount = 0;
        order[tail++] = s;
        dist[static_cast<std::size_t>(s)] = 0;
        sigma[static_cast<std::size_t>(s)] = 1.0;
        while (head < tail) {
            dagStart[head] = dagCount;
            const std::int32_t v = order[head++];
            const std::int32_t next = dist[static_cast<std::size_t>(v)] + 1;
            const double sv = sigma[static_cast<std::size_t>(v)];
            for (std::int32_t i = rows.start[v], end = rows.start[v + 1]; i < end; ++i) {
                const std::int32_t w = rows.adj[static_cast<std::size_t>(i)];
                const auto uw = static_cast<std::size_t>(w);
                if (dist[uw] < 0) {
                    dist[uw] = next;
                    order[tail++] = w;
                }
                if (dist[uw] == next) {
                    sigma[uw] += sv;
                    dag[static_cast<std::size_t>(dagCount++)] = w;
                }
            }
        }
        dagStart[tail] = dagCount;
        for (std::size_t k = tail; k-- > 0;) {
            double sum = 0.0;
            for (std::int32_t i = dagStart[k], end = dagStart[k + 1]; i < end; ++i) {
                const auto w = static_cast<std::size_t>(dag[static_cast<std::size_t>(i)]);
                sum += pull[w];
            }
            const auto v = static_cast<std::size_t>(order[k]);
            const double delta = sigma[v] * sum;
            pull[v] = (1.0 + delta) / sigma[v];
            if (k > 0)
                score[v] += weight * delta;
        }
        score[static_cast<std::size_t>(s)] += pendant[static_cast<std::size_t>(s)] * static_cast<double>(tail - 1);
        for (std::size_t k = 0; k < tail; ++k) {
            const auto v = static_cast<std::size_t>(order[k]);
            dist[v] = -1;
            sigma[v] = 0.0;
        }
    }
    return true;
}

double normalisation(std::int32_t n, bool normalized)
{
    return normalized && n > 2 ? 1.0 / (static_cast<double>(n - 1) * static_cast<double>(n - 2)) : 1.0;
}

std::vector<int> coreNumbersNative(const EdgeListGraph &g)
{
    // Batagelj & Zaversnik 2003: nodes bucketed by current degree, peeled in order.
    const Csr rows = simpleRows(g, true);
    const std::int32_t n = g.nodeCount;
    const auto un = static_cast<std::size_t>(n);
    std::vector<int> degree(un);
    int maxDegree = 0;
    for (std::int32_t v = 0; v < n; ++v) {
        degree[static_cast<std::size_t>(v)] = rows.rowSize(v);
        maxDegree = std::max(maxDegree, rows.rowSize(v));
    }
    std::vector<std::int32_t> binStart(static_cast<std::size_t>(maxDegree) + 1, 0);
    for (int dgr : degree)
        ++binStart[static_cast<std::size_t>(dgr)];
    std::int32_t offset = 0;
    for (auto &b : binStart) {
        const std::int32_t count = b;
        b = offset;
        offset += count;
    }
    std::vector<std::int32_t> position(un);
    std::vector<std::int32_t> sorted(un);
    {
        std::vector<std::int32_t> fill = binStart;
        for (std::int32_t v = 0; v < n; ++v) {
            const auto p = fill[static_cast<std::size_t>(degree[static_cast<std::size_t>(v)])]++;
            position[static_cast<std::size_t>(v)] = p;
            sorted[static_cast<std::size_t>(p)] = v;
        }
    }
    for (std::int32_t i = 0; i < n; ++i) {
        const std::int32_t v = sorted[static_cast<std::size_t>(i)];
        const int dv = degree[static_cast<std::size_t>(v)];
        for (std::int32_t k = rows.start[v]; k < rows.start[v + 1]; ++k) {
            const std::int32_t u = rows.adj[k];
            const int du = degree[static_cast<std::size_t>(u)];
            if (du <= dv)
                continue;
            // Move u to the front of its bin, then shrink the bin past it.
            const std::int32_t pu = position[static_cast<std::size_t>(u)];
            const std::int32_t pw = binStart[static_cast<std::size_t>(du)];
            const std::int32_t w = sorted[static_cast<std::size_t>(pw)];
            if (u != w) {
                sorted[static_cast<std::size_t>(pu)] = w;
                position[static_cast<std::size_t>(w)] = pu;
                sorted[static_cast<std::size_t>(pw)] = u;
                position[static_cast<std::size_t>(u)] = pw;
            }
            ++binStart[static_cast<std::size_t>(du)];
            --degree[static_cast<std::size_t>(u)];
        }
    }
    return degree;
}

} // namespace

InteractionGraph buildInteractionGraph(const Case &c, std::span<const Interaction> interactions, TimeMs at)
{
    InteractionGraph result;
    result.at = at;
    const std::size_t actorCount = c.actors.size();
    std::vector<std::uint8_t> present(actorCount, 0);
    for (const Event &e : c.events) {
        if (e.time > at)
            break; // events are sorted by time (a Case invariant)
        present[static_cast<std::size_t>(e.author)] = 1;
    }
    std::size_t used = 0;
    for (const Interaction &in : interactions) {
        if (in.time > at)
            continue;
        present[static_cast<std::size_t>(in.from)] = 1;
        present[static_cast<std::size_t>(in.to)] = 1;
        ++used;
    }
    result.nodeOfActor.assign(actorCount, -1);
    for (std::size_t a = 0; a < actorCount; ++a) {
        if (!present[a])
            continue;
        result.nodeOfActor[a] = static_cast<std::int32_t>(result.actorOfNode.size());
        result.actorOfNode.push_back(static_cast<ActorId>(a));
    }
    result.graph.nodeCount = static_cast<std::int32_t>(result.actorOfNode.size());
    result.graph.edges.reserve(used);
    for (const Interaction &in : interactions)
        if (in.time <= at)
            result.graph.edges.push_back({result.nodeOfActor[static_cast<std::size_t>(in.from)],
                                          result.nodeOfActor[static_cast<std::size_t>(in.to)]});
    return result;
}

InteractionGraph buildInteractionGraph(const Case &c, TimeMs at)
{
    std::vector<Interaction> interactions;
    interactions.reserve(c.events.size() * 3 / 2);
    for (std::size_t i = 0; i < c.events.size() && c.events[i].time <= at; ++i)
        appendInteractions(c, static_cast<EventId>(i), interactions);
    return buildInteractionGraph(c, interactions, at);
}

PageRankResult pageRank(const EdgeListGraph &graph, const CentralityOptions &options)
{
    if (graph.nodeCount == 0)
        return {{}, 0, true, false};
    if (options.backend == CentralityBackend::Igraph) {
        PageRankResult result;
        result.scores = detail::pageRankIgraph(graph, options.damping);
        result.converged = true;
        return result;
    }
    return pageRankNative(graph, options);
}

BetweennessResult betweennessFromSources(const EdgeListGraph &graph, std::span<const std::int32_t> sources,
                                         double scale, const CentralityOptions &options)
{
    BetweennessResult result;
    result.normalized = options.normalizedBetweenness;
    result.sources = static_cast<int>(sources.size());
    std::vector<double> raw;
    if (options.backend == CentralityBackend::Igraph) {
        result.simpleEdges = static_cast<std::int64_t>(simpleRows(graph, false).adj.size());
        raw = detail::betweennessIgraph(graph, sources, false);
        if (isCancelled(options)) {
            result.cancelled = true;
            return result;
        }
    } else {
        const Csr rows = simpleRows(graph, false);
        result.simpleEdges = static_cast<std::int64_t>(rows.adj.size());
        if (!brandesNative(rows, graph.nodeCount, sources, raw, options)) {
            result.cancelled = true;
            return result;
        }
    }
    const double factor = normalisation(graph.nodeCount, options.normalizedBetweenness) * scale;
    for (double &v : raw)
        v *= factor;
    result.scores = std::move(raw);
    return result;
}

BetweennessResult betweenness(const EdgeListGraph &graph, const CentralityOptions &options)
{
    const Csr rows = simpleRows(graph, false);
    const auto simpleEdges = static_cast<std::int64_t>(rows.adj.size());
    // Only nodes with an out-edge root a shortest-path tree that reaches anyone.
    std::vector<std::int32_t> sources;
    for (std::int32_t v = 0; v < graph.nodeCount; ++v)
        if (rows.rowSize(v) > 0)
            sources.push_back(v);
    const bool sample = simpleEdges > options.exactBetweennessEdgeLimit && options.betweennessSamples > 0
        && static_cast<std::size_t>(options.betweennessSamples) < sources.size();
    double scale = 1.0;
    if (sample) {
        // Partial Fisher-Yates with a fixed seed: the same graph gives the same estimate.
        std::mt19937_64 rng(options.seed);
        const auto k = static_cast<std::size_t>(options.betweennessSamples);
        for (std::size_t i = 0; i < k; ++i) {
            std::uniform_int_distribution<std::size_t> pick(i, sources.size() - 1);
            std::swap(sources[i], sources[pick(rng)]);
        }
        scale = static_cast<double>(sources.size()) / static_cast<double>(k);
        sources.resize(k);
        std::sort(sources.begin(), sources.end());
    }
    BetweennessResult result;
    result.normalized = options.normalizedBetweenness;
    result.sources = static_cast<int>(sources.size());
    result.simpleEdges = simpleEdges;
    std::vector<double> raw;
    if (options.backend == CentralityBackend::Igraph) {
        raw = detail::betweennessIgraph(graph, sources, !sample);
    } else if (!brandesNative(rows, graph.nodeCount, sources, raw, options)) {
        result.cancelled = true;
        return result;
    }
    const double factor = normalisation(graph.nodeCount, options.normalizedBetweenness) * scale;
    for (double &v : raw)
        v *= factor;
    result.scores = std::move(raw);
    result.estimated = sample;
    return result;
}

std::vector<int> coreNumbers(const EdgeListGraph &graph, const CentralityOptions &options)
{
    if (options.backend == CentralityBackend::Igraph)
        return detail::coreNumbersIgraph(graph);
    return coreNumbersNative(graph);
}

ActorCentrality actorCentrality(const InteractionGraph &graph, std::int32_t actorCount,
                                const CentralityOptions &options, unsigned measures)
{
    ActorCentrality result;
    const auto stopped = [&] {
        ActorCentrality empty;
        empty.at = graph.at;
        empty.cancelled = true;
        return empty;
    };
    result.at = graph.at;
    result.nodeCount = graph.graph.nodeCount;
    result.edgeCount = static_cast<std::int64_t>(graph.graph.edges.size());
    const auto count = static_cast<std::size_t>(actorCount);
    result.present.assign(count, 0);
    for (ActorId a : graph.actorOfNode)
        result.present[static_cast<std::size_t>(a)] = 1;
    auto spread = [&](const auto &byNode, auto &byActor) {
        byActor.assign(count, {});
        for (std::size_t node = 0; node < byNode.size(); ++node)
            byActor[static_cast<std::size_t>(graph.actorOfNode[node])] = byNode[node];
    };
    if (measures & PageRankMeasure) {
        const PageRankResult pr = pageRank(graph.graph, options);
        if (pr.cancelled)
            return stopped();
        spread(pr.scores, result.pageRank);
    }
    if (measures & BetweennessMeasure) {
        const BetweennessResult bc = betweenness(graph.graph, options);
        if (bc.cancelled)
            return stopped();
        result.betweennessEstimated = bc.estimated;
        result.betweennessSources = bc.sources;
        result.simpleEdgeCount = bc.simpleEdges;
        spread(bc.scores, result.betweenness);
    }
    if (measures & CoreMeasure) {
        if (isCancelled(options))
            return stopped();
        spread(coreNumbers(graph.graph, options), result.coreNumber);
    }
    return result;
}

ActorCentrality actorCentrality(const Case &c, TimeMs at, const CentralityOptions &options, unsigned measures)
{
    return actorCentrality(buildInteractionGraph(c, at), static_cast<std::int32_t>(c.actors.size()), options,
                           measures);
}

} // namespace cascade
