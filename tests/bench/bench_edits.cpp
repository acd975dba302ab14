// SPDX-License-Identifier: GPL-3.0-or-later
// One edit in the window, in core's parts (core/model/caseedit.h, CaseAnalysis): the copy
// of the case an undo step keeps (EditCaseCommand), an event added in time order, an
// actor deleted with its events, and the analysis rebuilt after the edit, on generated
// cases of 10,000 to 1,000,000 events. Beside it, what a person does without an editor:
// python3's json module reading the case file, inserting the event in time order and
// writing the file again, timed inside the child so that the interpreter's start is left
// out.
#include "core/analysis/caseanalysis.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "core/model/caseedit.h"

#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

namespace cascade {
namespace {

struct Fixture {
    QTemporaryDir dir;
    Case c;
    QString file;
};

const Fixture &fixture(std::int64_t events)
{
    static std::map<std::int64_t, std::unique_ptr<Fixture>> made;
    auto &f = made[events];
    if (f)
        return *f;
    f = std::make_unique<Fixture>();
    f->c = generateCase({std::max<std::int64_t>(events / 10, 10), events, 7});
    f->file = f->dir.filePath(QStringLiteral("case.cascade.json"));
    writeCaseFile(f->c, f->file);
    return *f;
}

// An offline contact in the middle of the case.
Event middleEvent(const Case &c)
{
    Event e;
    e.key = freeEventKey(c);
    e.kind = EventKind::Offline;
    e.author = 0;
    e.reached = {1};
    e.channel = QStringLiteral("phone");
    e.time = (c.startTime() + c.endTime()) / 2;
    return e;
}

void BM_CopyCase(benchmark::State &state)
{
    const Fixture &f = fixture(state.range(0));
    for (auto _ : state) {
        Case copy = f.c;
        benchmark::DoNotOptimize(copy.events.data());
    }
}
BENCHMARK(BM_CopyCase)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_InsertEvent(benchmark::State &state)
{
    const Fixture &f = fixture(state.range(0));
    const Event e = middleEvent(f.c);
    for (auto _ : state) {
        Case copy = f.c;
        benchmark::DoNotOptimize(insertEvent(copy, e));
    }
}
BENCHMARK(BM_InsertEvent)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RemoveActor(benchmark::State &state)
{
    const Fixture &f = fixture(state.range(0));
    for (auto _ : state) {
        Case copy = f.c;
        removeActors(copy, {1});
        benchmark::DoNotOptimize(copy.events.data());
    }
}
BENCHMARK(BM_RemoveActor)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_RebuildAnalysis(benchmark::State &state)
{
    const Fixture &f = fixture(state.range(0));
    for (auto _ : state) {
        CaseAnalysis analysis(f.c);
        benchmark::DoNotOptimize(&analysis);
    }
}
BENCHMARK(BM_RebuildAnalysis)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

const char *const kPythonScript = R"(import bisect, json, sys, time
t = time.perf_counter()
with open(sys.argv[1], encoding='utf-8') as f:
    case = json.load(f)
events = case['events']
times = [e['time'] for e in events]
new = {'id': 'added', 'time': times[len(times) // 2], 'kind': 'offline', 'author': case['actors'][0]['handle'],
       'reached': [case['actors'][1]['handle']], 'channel': 'phone'}
events.insert(bisect.bisect_right(times, new['time']), new)
with open(sys.argv[2], 'w', encoding='utf-8') as f:
    json.dump(case, f, ensure_ascii=False)
print(time.perf_counter() - t)
)";

void BM_PythonJsonEdit(benchmark::State &state)
{
    const Fixture &f = fixture(state.range(0));
    const QString out = f.dir.filePath(QStringLiteral("python.json"));
    for (auto _ : state) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QLatin1String(kPythonScript), f.file, out});
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            state.SkipWithError("python3 failed");
            return;
        }
        state.SetIterationTime(p.readAllStandardOutput().trimmed().toDouble());
    }
}
BENCHMARK(BM_PythonJsonEdit)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseManualTime();

} // namespace
} // namespace cascade

BENCHMARK_MAIN();
