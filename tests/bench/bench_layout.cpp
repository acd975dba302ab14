// SPDX-License-Identifier: GPL-3.0-or-later
// Layout speed per engine at 100, 1k, 10k and 50k actors (generated cases, events = 10 x
// actors, seed 7). Goal: 10k actors under 1 s and 50k under 5 s with the automatic
// choice. Results: docs/performance.md, "Layout".
//
//   build-*/tests/bench/bench_layout                      # everything (about 10 minutes)
//   build-*/tests/bench/bench_layout --benchmark_filter=Auto
#include "core/generate/generator.h"
#include "core/layout/layoutengine.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

#include <map>

using namespace cascade;

namespace {

const LayoutGraph &graphOf(std::int64_t actors)
{
    static std::map<std::int64_t, LayoutGraph> graphs;
    auto it = graphs.find(actors);
    if (it == graphs.end())
        it = graphs.emplace(actors, buildLayoutGraph(generateCase({actors, actors * 10, 7}))).first;
    return it->second;
}

void runLayout(benchmark::State &state, LayoutEngineKind kind, bool isolate = true)
{
    const LayoutGraph &graph = graphOf(state.range(0));
    LayoutOptions options;
    options.engine = kind;
    options.isolateGraphviz = isolate;
    LayoutResult r;
    for (auto _ : state) {
        r = LayoutEngine::run(graph, options);
        benchmark::DoNotOptimize(r.centres.data());
    }
    if (!r.ok()) {
        state.SkipWithError(r.error.toUtf8().constData());
        return;
    }
    state.SetLabel(r.engine.toStdString() + (r.compact ? " compact" : " labelled"));
    state.counters["active"] = graph.activeCount;
    state.counters["links"] = static_cast<double>(graph.links.size());
    // Picture area per active actor, in square points: small is dense, large spread thin.
    state.counters["area_per_actor"] = r.bounds.width() * r.bounds.height() / graph.activeCount;
}

void BM_LayoutGraph(benchmark::State &state)
{
    const Case c = generateCase({state.range(0), state.range(0) * 10, 7});
    for (auto _ : state) {
        LayoutGraph g = buildLayoutGraph(c);
        benchmark::DoNotOptimize(g.links.data());
    }
}

void BM_Auto(benchmark::State &state) { runLayout(state, LayoutEngineKind::Auto); }
void BM_Balloon(benchmark::State &state) { runLayout(state, LayoutEngineKind::Balloon); }
void BM_Swimlane(benchmark::State &state) { runLayout(state, LayoutEngineKind::Swimlane); }
void BM_Twopi(benchmark::State &state) { runLayout(state, LayoutEngineKind::Twopi); }
void BM_Sfdp(benchmark::State &state) { runLayout(state, LayoutEngineKind::Sfdp); }
void BM_Dot(benchmark::State &state) { runLayout(state, LayoutEngineKind::Dot); }
void BM_Neato(benchmark::State &state) { runLayout(state, LayoutEngineKind::Neato); }
void BM_TwopiInProcess(benchmark::State &state) { runLayout(state, LayoutEngineKind::Twopi, false); }

} // namespace

BENCHMARK(BM_LayoutGraph)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Auto)->Arg(100)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Balloon)->Arg(100)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Swimlane)->Arg(100)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Twopi)->Arg(100)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_TwopiInProcess)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_Sfdp)->Arg(100)->Arg(1000)->Arg(10000)->Arg(50000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Dot)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_Neato)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // lane labels go through QCoreApplication::translate
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
