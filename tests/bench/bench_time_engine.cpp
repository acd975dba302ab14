// SPDX-License-Identifier: GPL-3.0-or-later
// The time engine (core/timeline) on generated cases of 10k, 100k and 1M events (actors =
// events / 10, seed 7): building the TimeIndex, a playback step, a jump anywhere, the
// per-actor counts at a cursor, histograms and the exposure curve. Core only, no GUI.
// Results: docs/performance.md, "Time engine and measures".
//   build-*/tests/bench/bench_time_engine --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
#include "core/analysis/actormeasures.h"
#include "core/analysis/caseanalysis.h"
#include "core/generate/generator.h"
#include "core/model/case.h"
#include "core/timeline/histogram.h"
#include "core/timeline/snapshot.h"
#include "core/timeline/timeindex.h"

#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <random>

using namespace cascade;

namespace {

struct Prepared {
    Case c;
    std::unique_ptr<CaseAnalysis> analysis;
};

const Prepared &prepared(std::int64_t events)
{
    static std::map<std::int64_t, std::unique_ptr<Prepared>> cache;
    auto &slot = cache[events];
    if (!slot) {
        slot = std::make_unique<Prepared>();
        slot->c = generateCase(GeneratorOptions{std::max<std::int64_t>(events / 10, 10), events, 7});
        slot->analysis = std::make_unique<CaseAnalysis>(slot->c);
    }
    return *slot;
}

void indexCounters(benchmark::State &state, const TimeIndex &index)
{
    state.counters["events"] = index.eventCount();
    state.counters["actors"] = index.actorCount();
    state.counters["checkpoints"] = static_cast<double>(index.checkpoints().size());
    state.counters["index_B_per_event"] = static_cast<double>(index.memoryBytes()) / std::max(1, index.eventCount());
}

std::vector<int> randomPositions(int n, std::size_t count, std::uint32_t seed)
{
    std::mt19937 rng(seed);
    std::vector<int> out(count);
    for (int &p : out)
        p = std::uniform_int_distribution<int>(0, n)(rng);
    return out;
}

void BM_BuildTimeIndex(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(TimeIndex(p.c));
    indexCounters(state, p.analysis->index());
}

// One step of playback: the cursor advances to the next event time (a few events).
void BM_PlaybackStep(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeIndex &index = p.analysis->index();
    Snapshot s(index);
    s.setPosition(index.eventCount() / 2);
    for (auto _ : state) {
        int next = s.position() + 1;
        if (next > index.eventCount())
            next = index.eventCount() / 2;
        s.setTime(index.time(next - 1));
        benchmark::DoNotOptimize(s.counts(0));
    }
    indexCounters(state, index);
}

// One step back (the scrubber dragged left slowly).
void BM_StepBack(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeIndex &index = p.analysis->index();
    Snapshot s(index);
    s.setPosition(index.eventCount());
    for (auto _ : state) {
        int next = s.position() - 1;
        if (next < 0)
            next = index.eventCount();
        s.setPosition(next);
        benchmark::DoNotOptimize(s.counts(0));
    }
}

// The cursor jumps to a random position (a click anywhere on the timeline).
void BM_JumpAnywhere(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeIndex &index = p.analysis->index();
    const std::vector<int> targets = randomPositions(index.eventCount(), 4096, 3);
    Snapshot s(index);
    std::size_t i = 0;
    std::int64_t touched = 0;
    for (auto _ : state) {
        s.setPosition(targets[i++ % targets.size()]);
        touched += s.lastMove().applied + s.lastMove().reverted;
        benchmark::DoNotOptimize(s.counts(0));
    }
    state.counters["events_touched_per_jump"] =
        benchmark::Counter(static_cast<double>(touched), benchmark::Counter::kAvgIterations);
    indexCounters(state, index);
}

// The same without checkpoints: apply/revert, or recompute from zero when cheaper.
void BM_JumpAnywhereNoCheckpoints(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeIndex &index = p.analysis->index();
    const std::vector<int> targets = randomPositions(index.eventCount(), 4096, 3);
    Snapshot s(index);
    s.setUseCheckpoints(false);
    std::size_t i = 0;
    for (auto _ : state) {
        s.setPosition(targets[i++ % targets.size()]);
        benchmark::DoNotOptimize(s.counts(0));
    }
}

// Every actor's counts at a random cursor, into a fresh vector (what a table refresh
// needs when it has no snapshot of its own).
void BM_CountsAtCursor(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeIndex &index = p.analysis->index();
    const std::vector<int> targets = randomPositions(index.eventCount(), 256, 5);
    std::size_t i = 0;
    for (auto _ : state) {
        const int pos = std::max(1, targets[i++ % targets.size()]);
        benchmark::DoNotOptimize(countsAt(*p.analysis, index.time(pos - 1)));
    }
}

void BM_Histogram200Buckets(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeIndex &index = p.analysis->index();
    const TimeMs width = niceBucketWidth(index.endTime() - index.startTime(), 200);
    for (auto _ : state)
        benchmark::DoNotOptimize(eventHistogram(index, index.startTime(), index.endTime(), width));
}

void BM_ExposureCurve1000Points(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeIndex &index = p.analysis->index();
    const TimeMs width = std::max<TimeMs>(1, (index.endTime() - index.startTime()) / 1000);
    for (auto _ : state)
        benchmark::DoNotOptimize(exposureCurve(index, index.startTime(), index.endTime(), width));
}

} // namespace

BENCHMARK(BM_BuildTimeIndex)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PlaybackStep)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_StepBack)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_JumpAnywhere)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_JumpAnywhereNoCheckpoints)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CountsAtCursor)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Histogram200Buckets)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ExposureCurve1000Points)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
