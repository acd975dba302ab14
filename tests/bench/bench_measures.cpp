// SPDX-License-Identifier: GPL-3.0-or-later
// Influence measures on generated cases of 10k, 100k and 1M events (actors = events /
// 10): earliest arrival from the origin, a path, a what-if, the critical actors, the
// flow graph and one actor's brokerage, the measures table. Results: docs/performance.md,
// "Time engine and measures".
//   build-*/tests/bench/bench_measures
#include "core/analysis/actormeasures.h"
#include "core/analysis/brokerage.h"
#include "core/analysis/caseanalysis.h"
#include "core/analysis/casesummary.h"
#include "core/analysis/temporalpaths.h"
#include "core/analysis/whatif.h"
#include "core/generate/generator.h"
#include "core/model/case.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <memory>

using namespace cascade;

namespace {

struct Prepared {
    Case c;
    std::unique_ptr<CaseAnalysis> analysis;
    ActorId busiest = kNoActor; // the actor with the most events (not the origin)
    ActorId pathActor = kNoActor; // an intermediate actor on the path to the first target
};

const Prepared &prepared(std::int64_t events)
{
    static std::map<std::int64_t, std::unique_ptr<Prepared>> cache;
    auto &slot = cache[events];
    if (!slot) {
        slot = std::make_unique<Prepared>();
        slot->c = generateCase(GeneratorOptions{std::max<std::int64_t>(events / 10, 10), events, 7});
        slot->analysis = std::make_unique<CaseAnalysis>(slot->c);
        std::vector<int> count(slot->c.actors.size());
        for (const Event &e : slot->c.events)
            ++count[static_cast<std::size_t>(e.author)];
        count[static_cast<std::size_t>(slot->c.origin)] = -1;
        slot->busiest = static_cast<ActorId>(std::max_element(count.begin(), count.end()) - count.begin());
        slot->pathActor = slot->busiest;
        if (!slot->c.targets.empty()) {
            const TemporalPath path = temporalPath(slot->analysis->index(), slot->analysis->originReach(), slot->c.targets[0]);
            for (const PathStep &s : path.steps)
                if (s.actor != slot->c.origin && s.actor != slot->c.targets[0])
                    slot->pathActor = s.actor;
        }
    }
    return *slot;
}

void BM_CaseAnalysisBuild(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(CaseAnalysis(p.c));
}

void BM_EarliestArrivalFromOrigin(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(computeReach(p.analysis->index(), p.c.origin));
    state.counters["reached"] = p.analysis->originReach().reachedCount();
}

void BM_PathToTarget(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(temporalPath(p.analysis->index(), p.analysis->originReach(), p.c.targets.front()));
}

void BM_WhatIfBusiestActor(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    std::size_t lost = 0;
    for (auto _ : state) {
        const WhatIfResult w = whatIfRemoved(p.analysis->index(), p.analysis->originReach(), p.busiest, p.c.targets);
        lost = w.noLongerReached.size();
        benchmark::DoNotOptimize(w);
    }
    state.counters["lost"] = static_cast<double>(lost);
}

void BM_WhatIfPathActor(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(whatIfRemoved(p.analysis->index(), p.analysis->originReach(), p.pathActor, p.c.targets));
}

void BM_CriticalActors(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    std::size_t found = 0;
    for (auto _ : state) {
        const auto critical = criticalActors(p.analysis->index(), p.analysis->originReach(), p.c.targets);
        found = critical.size();
        benchmark::DoNotOptimize(critical);
    }
    state.counters["critical"] = static_cast<double>(found);
}

void BM_FlowGraphAndBrokerage(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    for (auto _ : state) {
        const FlowGraph graph(p.analysis->index());
        benchmark::DoNotOptimize(brokerage(graph, p.analysis->roles(), p.busiest));
    }
}

void BM_ClosenessOneActor(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(harmonicTemporalCloseness(p.analysis->index(), p.busiest));
}

// The whole table without static centrality (its own benchmark: bench_centrality).
void BM_MeasuresTableNoCentrality(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    MeasureOptions options;
    options.centrality = false;
    bool closeness = false, brokerage = false;
    for (auto _ : state) {
        const MeasuresTable t = measureActors(*p.analysis, p.c.endTime(), options);
        closeness = t.closenessComputed;
        brokerage = t.brokerageComputed;
        benchmark::DoNotOptimize(t);
    }
    state.counters["closeness"] = closeness;
    state.counters["brokerage"] = brokerage;
}

void BM_CaseSummary(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(summarizeCase(*p.analysis));
}

} // namespace

BENCHMARK(BM_CaseAnalysisBuild)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EarliestArrivalFromOrigin)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PathToTarget)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_WhatIfBusiestActor)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WhatIfPathActor)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CriticalActors)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FlowGraphAndBrokerage)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClosenessOneActor)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MeasuresTableNoCentrality)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CaseSummary)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
