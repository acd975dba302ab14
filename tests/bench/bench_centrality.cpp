// SPDX-License-Identifier: GPL-3.0-or-later
// Static centrality and cascade reconstruction on generated cases of 10k, 100k and 1M
// events (actors = events / 10). Native code against igraph 0.10.2 for the same measures.
// Results: docs/performance.md, "Centrality and cascades".
//   build-*/tests/bench/bench_centrality --benchmark_min_time=1
#include "core/analysis/cascades.h"
#include "core/analysis/centrality.h"
#include "core/generate/generator.h"
#include "core/model/case.h"

#include <benchmark/benchmark.h>

#include <limits>
#include <map>
#include <memory>

using namespace cascade;

namespace {

struct Prepared {
    Case c;
    InteractionGraph graph;
};

const Prepared &prepared(std::int64_t events)
{
    static std::map<std::int64_t, std::unique_ptr<Prepared>> cache;
    auto &slot = cache[events];
    if (!slot) {
        slot = std::make_unique<Prepared>();
        slot->c = generateCase(GeneratorOptions{std::max<std::int64_t>(events / 10, 10), events, 7});
        slot->graph = buildInteractionGraph(slot->c, kEndOfTime);
    }
    return *slot;
}

void graphCounters(benchmark::State &state, const InteractionGraph &g)
{
    state.counters["nodes"] = g.graph.nodeCount;
    state.counters["edges"] = static_cast<double>(g.graph.edges.size());
}

CentralityOptions withBackend(CentralityBackend backend)
{
    CentralityOptions options;
    options.backend = backend;
    return options;
}

void BM_BuildInteractionGraph(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(buildInteractionGraph(p.c, kEndOfTime));
    graphCounters(state, p.graph);
}

void pageRankBench(benchmark::State &state, CentralityBackend backend)
{
    const Prepared &p = prepared(state.range(0));
    const CentralityOptions options = withBackend(backend);
    int iterations = 0;
    for (auto _ : state) {
        PageRankResult r = pageRank(p.graph.graph, options);
        iterations = r.iterations;
        benchmark::DoNotOptimize(r);
    }
    graphCounters(state, p.graph);
    state.counters["iterations"] = iterations;
}
void BM_PageRankNative(benchmark::State &state) { pageRankBench(state, CentralityBackend::Native); }
void BM_PageRankIgraph(benchmark::State &state) { pageRankBench(state, CentralityBackend::Igraph); }

// Exactly 1,000,000 edges: the first million interactions of a 1.1M-event case.
void millionEdgesBench(benchmark::State &state, CentralityBackend backend)
{
    static const EdgeListGraph graph = [] {
        EdgeListGraph g = prepared(1'100'000).graph.graph;
        g.edges.resize(1'000'000);
        return g;
    }();
    const CentralityOptions options = withBackend(backend);
    for (auto _ : state)
        benchmark::DoNotOptimize(pageRank(graph, options));
    state.counters["nodes"] = graph.nodeCount;
    state.counters["edges"] = static_cast<double>(graph.edges.size());
}
void BM_PageRankMillionEdgesNative(benchmark::State &state) { millionEdgesBench(state, CentralityBackend::Native); }
void BM_PageRankMillionEdgesIgraph(benchmark::State &state) { millionEdgesBench(state, CentralityBackend::Igraph); }

void betweennessBench(benchmark::State &state, CentralityBackend backend, bool sampled)
{
    const Prepared &p = prepared(state.range(0));
    CentralityOptions options = withBackend(backend);
    options.exactBetweennessEdgeLimit = sampled ? 0 : std::numeric_limits<std::int64_t>::max();
    BetweennessResult r;
    for (auto _ : state) {
        r = betweenness(p.graph.graph, options);
        benchmark::DoNotOptimize(r);
    }
    graphCounters(state, p.graph);
    state.counters["simple_edges"] = static_cast<double>(r.simpleEdges);
    state.counters["sources"] = r.sources;
}
void BM_BetweennessExactNative(benchmark::State &state) { betweennessBench(state, CentralityBackend::Native, false); }
void BM_BetweennessExactIgraph(benchmark::State &state) { betweennessBench(state, CentralityBackend::Igraph, false); }
void BM_BetweennessSampledNative(benchmark::State &state) { betweennessBench(state, CentralityBackend::Native, true); }
void BM_BetweennessSampledIgraph(benchmark::State &state) { betweennessBench(state, CentralityBackend::Igraph, true); }

void coreBench(benchmark::State &state, CentralityBackend backend)
{
    const Prepared &p = prepared(state.range(0));
    const CentralityOptions options = withBackend(backend);
    for (auto _ : state)
        benchmark::DoNotOptimize(coreNumbers(p.graph.graph, options));
    graphCounters(state, p.graph);
}
void BM_CoreNumberNative(benchmark::State &state) { coreBench(state, CentralityBackend::Native); }
void BM_CoreNumberIgraph(benchmark::State &state) { coreBench(state, CentralityBackend::Igraph); }

// What the inspector asks for: graph as of the end, PageRank, betweenness (exact up to
// 100k simple edges, sampled above), k-core, with the default options.
void BM_ActorCentralityDefault(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    bool estimated = false;
    for (auto _ : state) {
        ActorCentrality r = actorCentrality(p.c, kEndOfTime);
        estimated = r.betweennessEstimated;
        benchmark::DoNotOptimize(r);
    }
    graphCounters(state, p.graph);
    state.counters["estimated"] = estimated;
}

void BM_ReconstructCascades(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const auto rule = static_cast<CreditRule>(state.range(1));
    std::size_t cascades = 0;
    for (auto _ : state) {
        CascadeReconstruction r = reconstructCascades(p.c, rule);
        cascades = r.cascades.size();
        benchmark::DoNotOptimize(r);
    }
    state.SetLabel(creditRuleName(rule));
    state.counters["cascades"] = static_cast<double>(cascades);
    state.counters["events"] = static_cast<double>(p.c.events.size());
}

void sizes(benchmark::internal::Benchmark *b)
{
    b->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK(BM_BuildInteractionGraph)->Apply(sizes);
BENCHMARK(BM_PageRankNative)->Apply(sizes);
BENCHMARK(BM_PageRankIgraph)->Apply(sizes);
BENCHMARK(BM_PageRankMillionEdgesNative)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PageRankMillionEdgesIgraph)->Unit(benchmark::kMillisecond);
// Exact betweenness is O(nodes x edges): 1M events would take hours.
BENCHMARK(BM_BetweennessExactNative)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BetweennessExactIgraph)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BetweennessSampledNative)->Apply(sizes);
BENCHMARK(BM_BetweennessSampledIgraph)->Apply(sizes);
BENCHMARK(BM_CoreNumberNative)->Apply(sizes);
BENCHMARK(BM_CoreNumberIgraph)->Apply(sizes);
BENCHMARK(BM_ActorCentralityDefault)->Apply(sizes);
BENCHMARK(BM_ReconstructCascades)
    ->ArgsProduct({{10'000, 100'000, 1'000'000}, {0, 1, 2}})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
