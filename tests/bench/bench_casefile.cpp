// SPDX-License-Identifier: GPL-3.0-or-later
// Load and save of generated cases (10k, 100k, 1M events), with the memory a loaded
// case keeps per event. Budget at 1M events: load under 1 s, under 600 bytes resident
// per event. Results: docs/performance.md.
#include "core/generate/generator.h"
#include "core/io/casefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <malloc.h>

#include <cstdio>
#include <map>
#include <memory>

using namespace cascade;

namespace {

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

// A generated case saved once per size; actors = events / 10.
QString caseFile(std::int64_t events)
{
    static std::map<std::int64_t, QString> files;
    auto it = files.find(events);
    if (it != files.end())
        return it->second;
    const Case c = generateCase({std::max<std::int64_t>(events / 10, 10), events, 7});
    const QString path = tempDir().filePath(QStringLiteral("case-%1.json").arg(events));
    QString error;
    if (!writeCaseFile(c, path, &error))
        std::fprintf(stderr, "%s\n", qPrintable(error));
    files[events] = path;
    return path;
}

// Resident memory in use by the heap (bytes allocated and not freed).
std::size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

// Load with the default options: files of 8 MiB and more have their events read on two
// threads (ReadOptions::splitBytes); BM_LoadCaseOneThread always uses one.
void loadCase(benchmark::State &state, const ReadOptions &options)
{
    const QString path = caseFile(state.range(0));
    const double fileBytes = double(QFile(path).size());
    std::size_t keptBytes = 0;
    int threads = 0;
    for (auto _ : state) {
        const std::size_t before = heapInUse();
        ReadResult r = readCaseFile(path, options);
        threads = r.eventThreads;
        if (!r.ok()) {
            state.SkipWithError(qPrintable(r.errorText()));
            return;
        }
        keptBytes = heapInUse() - before;
        benchmark::DoNotOptimize(r.value->events.size());
        state.PauseTiming();
        r = ReadResult{};
        state.ResumeTiming();
    }
    state.counters["events"] = double(state.range(0));
    state.counters["MB/s"] = benchmark::Counter(fileBytes / 1e6, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["file_bytes_per_event"] = fileBytes / double(state.range(0));
    state.counters["heap_bytes_per_event"] = double(keptBytes) / double(state.range(0));
    state.counters["threads"] = threads;
}

void BM_LoadCase(benchmark::State &state)
{
    loadCase(state, ReadOptions{});
}
BENCHMARK(BM_LoadCase)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LoadCaseOneThread(benchmark::State &state)
{
    ReadOptions options;
    options.splitBytes = -1;
    loadCase(state, options);
}
BENCHMARK(BM_LoadCaseOneThread)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_SaveCase(benchmark::State &state)
{
    const ReadResult loaded = readCaseFile(caseFile(state.range(0)));
    const QString out = tempDir().filePath(QStringLiteral("saved.json"));
    for (auto _ : state) {
        QString error;
        if (!writeCaseFile(*loaded.value, out, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
    state.counters["events"] = double(state.range(0));
}
BENCHMARK(BM_SaveCase)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
