// SPDX-License-Identifier: GPL-3.0-or-later
// Story-first drawing's analysis at a cursor move, on generated cases of 10k, 100k and
// 1M events (actors = events / 10, seed 7): the story actors of the moment (storyActors,
// with the milestones' names kept as the scene keeps them) and the crowds, at the middle
// and at the end of the case: from a CrowdIndex built once (what the scene does), against
// crowdGroups() from scratch (one pass over the events up to the moment); and building
// the index.
// Results: docs/performance.md, "Story-first drawing".
//   build-*/tests/bench/bench_story --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
#include "core/analysis/caseanalysis.h"
#include "core/analysis/story.h"
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
    std::vector<std::vector<ActorId>> named;
};

const Prepared &prepared(std::int64_t events)
{
    static std::map<std::int64_t, std::unique_ptr<Prepared>> cache;
    auto &slot = cache[events];
    if (!slot) {
        slot = std::make_unique<Prepared>();
        slot->c = generateCase(GeneratorOptions{std::max<std::int64_t>(events / 10, 10), events, 7});
        slot->analysis = std::make_unique<CaseAnalysis>(slot->c);
        slot->named = milestoneNamedActors(slot->c);
    }
    return *slot;
}

TimeMs at(const Prepared &p, bool end)
{
    return end ? p.c.events.back().time : p.c.events[p.c.events.size() / 2].time;
}

// The story actors at `time`, as the scene passes them to the crowds.
std::vector<ActorId> storyAt(const Prepared &p, TimeMs time)
{
    StoryInput input;
    input.time = time;
    input.named = p.named;
    std::vector<ActorId> story;
    for (const StoryActor &s : storyActors(*p.analysis, input))
        story.push_back(s.actor);
    return story;
}

void BM_StoryActors(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    StoryInput input;
    input.time = at(p, state.range(1) != 0);
    input.named = p.named;
    input.noteWindow = 6 * kMsPerHour;
    std::size_t size = 0;
    for (auto _ : state) {
        const std::vector<StoryActor> story = storyActors(*p.analysis, input);
        size = story.size();
        benchmark::DoNotOptimize(story.data());
    }
    state.counters["story_actors"] = static_cast<double>(size);
}

void BM_CrowdGroups(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeMs time = at(p, state.range(1) != 0);
    const std::vector<ActorId> story = storyAt(p, time);
    std::size_t groups = 0, members = 0;
    for (auto _ : state) {
        const std::vector<CrowdGroup> crowds = crowdGroups(*p.analysis, time, story);
        groups = crowds.size();
        members = 0;
        for (const CrowdGroup &g : crowds)
            members += g.members.size();
        benchmark::DoNotOptimize(crowds.data());
    }
    state.counters["groups"] = static_cast<double>(groups);
    state.counters["members"] = static_cast<double>(members);
}

void BM_CrowdIndexGroupsAt(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    const TimeMs time = at(p, state.range(1) != 0);
    const std::vector<ActorId> story = storyAt(p, time);
    const CrowdIndex crowds(*p.analysis);
    std::size_t groups = 0;
    for (auto _ : state) {
        const std::vector<CrowdGroup> g = crowds.groupsAt(time, story);
        groups = g.size();
        benchmark::DoNotOptimize(g.data());
    }
    state.counters["groups"] = static_cast<double>(groups);
}

void BM_CrowdIndexBuild(benchmark::State &state)
{
    const Prepared &p = prepared(state.range(0));
    for (auto _ : state) {
        const CrowdIndex crowds(*p.analysis);
        benchmark::DoNotOptimize(&crowds);
    }
}

} // namespace

BENCHMARK(BM_StoryActors)->ArgsProduct({{10'000, 100'000, 1'000'000}, {0, 1}})->ArgNames({"events", "end"})->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CrowdGroups)->ArgsProduct({{10'000, 100'000, 1'000'000}, {0, 1}})->ArgNames({"events", "end"})->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CrowdIndexGroupsAt)->ArgsProduct({{10'000, 100'000, 1'000'000}, {0, 1}})->ArgNames({"events", "end"})->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_CrowdIndexBuild)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->ArgName("events")->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
