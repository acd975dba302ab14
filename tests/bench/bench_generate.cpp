// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic case generator at 10k, 100k and 1M events (actors = events / 10): time
// per case (freeing the case is not timed) and the heap the case holds per event.
// Results: docs/performance.md, "Generator".
//   build-*/tests/bench/bench_generate --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "core/generate/generator.h"

#include <benchmark/benchmark.h>

#include <algorithm>

#include <malloc.h>

using namespace cascade;

namespace {

GeneratorOptions optionsFor(std::int64_t events)
{
    return GeneratorOptions{std::max<std::int64_t>(events / 10, 10), events, 7};
}

// Heap bytes in use (glibc: small blocks plus mmapped large ones), to see what a
// generated case costs in memory.
double heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return static_cast<double>(info.uordblks + info.hblkhd);
}

void BM_GenerateCase(benchmark::State &state)
{
    const GeneratorOptions options = optionsFor(state.range(0));
    for (auto _ : state) {
        Case c = generateCase(options);
        benchmark::DoNotOptimize(c.events.data());
        state.PauseTiming();
        c = Case();
        state.ResumeTiming();
    }
    const double before = heapInUse();
    const Case c = generateCase(options);
    const double held = heapInUse() - before;
    state.counters["heap_B_per_event"] = held / static_cast<double>(options.events);
    state.counters["actors"] = static_cast<double>(options.actors);
    state.SetItemsProcessed(state.iterations() * options.events);
}

BENCHMARK(BM_GenerateCase)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
