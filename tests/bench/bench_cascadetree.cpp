// SPDX-License-Identifier: GPL-3.0-or-later
// The Cascades list and the selected cascade's tree on generated cases of 10k, 100k and
// 1M events (actors = events / 10, seed 7): the cascades as of a time read from one
// whole reconstruction (what the window's list and `cascade stats --cascades` do on a
// cursor move), against reconstructing at that time; the largest cascade's tree and its
// measures; an actor's cascades; and structural virality of the largest tree, ours
// (linear in the tree) against igraph 0.10.2's mean distance (a search from every node).
// Results: docs/performance.md, "Cascades list".
//   build-*/tests/bench/bench_cascadetree --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
#include "core/analysis/cascadetree.h"
#include "core/generate/generator.h"
#include "core/model/case.h"

#include <benchmark/benchmark.h>
#include <igraph.h>

#include <algorithm>
#include <map>
#include <memory>

using namespace cascade;

namespace {

struct Prepared {
    Case c;
    CascadeReconstruction whole;
    std::int32_t largest = -1; // index of the largest cascade
};

const Prepared &prepared(std::int64_t events)
{
    static std::map<std::int64_t, std::unique_ptr<Prepared>> cache;
    auto &slot = cache[events];
    if (!slot) {
        slot = std::make_unique<Prepared>();
        slot->c = generateCase(GeneratorOptions{std::max<std::int64_t>(events / 10, 10), events, 7});
        slot->whole = reconstructCascades(slot->c, CreditRule::MostRecent);
        std::int32_t best = 0;
        for (std::size_t k = 0; k < slot->whole.cascades.size(); ++k)
            if (slot->whole.cascades[k].tree.size > best) {
                best = slot->whole.cascades[k].tree.size;
                slot->largest = static_cast<std::int32_t>(k);
            }
    }
    return *slot;
}

// The time of the event halfway through the case: a cursor in the middle of the story.
TimeMs middle(const Case &c)
{
    return c.events[c.events.size() / 2].time;
}

void BM_CascadesAsOfFromWhole(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeMs at = state.range(1) ? middle(p.c) : kEndOfTime;
    std::size_t rows = 0;
    for (auto _ : state) {
        std::vector<CascadeAsOf> list = cascadesAsOf(p.c, p.whole, at);
        sortCascades(list, CascadeSort::Size);
        rows = list.size();
        benchmark::DoNotOptimize(list);
    }
    state.SetLabel(state.range(1) ? "middle" : "end");
    state.counters["cascades"] = static_cast<double>(rows);
}

// What the list would cost without the whole reconstruction: reconstructing at the time.
void BM_ReconstructAtTheTime(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeMs at = state.range(1) ? middle(p.c) : kEndOfTime;
    for (auto _ : state) {
        CascadeReconstruction r = reconstructCascades(p.c, CreditRule::MostRecent, at);
        benchmark::DoNotOptimize(r);
    }
    state.SetLabel(state.range(1) ? "middle" : "end");
}

// The position halfway through the largest cascade's relays: a cursor in its middle.
EventId middleOfLargest(const Prepared &p)
{
    const CascadeTree tree = cascadeTree(p.c, p.whole, p.largest);
    return tree.events[tree.events.size() / 2] + 1;
}

// Selecting the largest cascade: its whole tree, then as of a cursor in its middle its
// measures, depth profile and five biggest branches (the inspector's page).
void BM_LargestTreeAndItsPage(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const EventId position = middleOfLargest(p);
    std::int32_t size = 0;
    for (auto _ : state) {
        const CascadeTree tree = cascadeTree(p.c, p.whole, p.largest);
        const std::int32_t nodes = tree.nodesBefore(position);
        benchmark::DoNotOptimize(tree.measures(nodes));
        benchmark::DoNotOptimize(tree.depthProfile(nodes));
        benchmark::DoNotOptimize(tree.branches(nodes, 5));
        size = static_cast<std::int32_t>(tree.events.size());
    }
    state.counters["tree_nodes"] = size;
}

// A cursor move with the largest cascade selected: the tree is kept, only its prefix's
// measures are recomputed.
void BM_LargestTreeMeasuresAtACursor(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const CascadeTree tree = cascadeTree(p.c, p.whole, p.largest);
    const std::int32_t nodes = tree.nodesBefore(middleOfLargest(p));
    for (auto _ : state)
        benchmark::DoNotOptimize(tree.measures(nodes));
    state.counters["tree_nodes"] = nodes;
}

// The actor page's cascades for the largest cascade's seed (the busiest actor).
void BM_CascadesOfTheBusiestSeed(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const ActorId seed = p.whole.cascades[static_cast<std::size_t>(p.largest)].seed;
    std::size_t rows = 0;
    for (auto _ : state) {
        const std::vector<ActorInCascade> list = cascadesOfActor(p.c, p.whole, seed, static_cast<EventId>(p.c.events.size()));
        rows = list.size();
        benchmark::DoNotOptimize(list);
    }
    state.counters["cascades"] = static_cast<double>(rows);
}

std::vector<std::int32_t> largestParents(const Prepared &p)
{
    const CascadeTree tree = cascadeTree(p.c, p.whole, p.largest);
    return tree.parent;
}

void BM_StructuralViralityNative(benchmark::State &state)
{
    const std::vector<std::int32_t> parent = largestParents(prepared(state.range(0)));
    double nu = 0;
    for (auto _ : state) {
        const double v = measureTree(parent).structuralVirality;
        benchmark::DoNotOptimize(v);
        nu = v;
    }
    state.counters["tree_nodes"] = static_cast<double>(parent.size());
    state.counters["virality"] = nu;
}

void BM_StructuralViralityIgraph(benchmark::State &state)
{
    const std::vector<std::int32_t> parent = largestParents(prepared(state.range(0)));
    igraph_vector_int_t edges;
    igraph_vector_int_init(&edges, static_cast<igraph_integer_t>(2 * (parent.size() - 1)));
    for (std::size_t i = 1; i < parent.size(); ++i) {
        VECTOR(edges)[2 * (i - 1)] = parent[i];
        VECTOR(edges)[2 * (i - 1) + 1] = static_cast<igraph_integer_t>(i);
    }
    double nu = 0;
    for (auto _ : state) {
        igraph_t g; // built per call, as a caller holding a parent array would
        igraph_create(&g, &edges, static_cast<igraph_integer_t>(parent.size()), IGRAPH_UNDIRECTED);
        igraph_real_t mean = 0;
        igraph_average_path_length(&g, &mean, nullptr, IGRAPH_UNDIRECTED, true);
        igraph_destroy(&g);
        const double v = mean;
        benchmark::DoNotOptimize(v);
        nu = v;
    }
    igraph_vector_int_destroy(&edges);
    state.counters["tree_nodes"] = static_cast<double>(parent.size());
    state.counters["virality"] = nu;
}

void sizes(benchmark::internal::Benchmark *b)
{
    b->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK(BM_CascadesAsOfFromWhole)->ArgsProduct({{10'000, 100'000, 1'000'000}, {0, 1}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReconstructAtTheTime)->ArgsProduct({{10'000, 100'000, 1'000'000}, {0, 1}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LargestTreeAndItsPage)->Apply(sizes);
BENCHMARK(BM_LargestTreeMeasuresAtACursor)->Apply(sizes);
BENCHMARK(BM_CascadesOfTheBusiestSeed)->Apply(sizes);
BENCHMARK(BM_StructuralViralityNative)->Apply(sizes);
// A search from every node: O(n^2) on a tree, 6 s at 18k nodes; the 1M case's 131k-node
// tree would take minutes.
BENCHMARK(BM_StructuralViralityIgraph)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
