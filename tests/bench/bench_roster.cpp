// SPDX-License-Identifier: GPL-3.0-or-later
// Applying a roster (core/classify/roster.h) to a case of 100,000 actors: reading the
// CSV, matching every line by handle (ignoring case and '@', the case's lookup index
// built from scratch each time) and applying the roles; beside python3's csv module
// doing the least such a script does (read the rows, look each handle up in a dict of
// the case's handles, case folded), timed inside the child so that the interpreter's
// start is left out.
#include "core/classify/roster.h"

#include <QElapsedTimer>
#include <QFile>
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
    QString roster;
    QString handles;
};

// `n` actors and a roster naming each once (handles in another case, half without '@'),
// with the roles by label, every 50th line naming nobody of the case.
const Fixture &fixture(int n)
{
    static std::map<int, std::unique_ptr<Fixture>> made;
    auto &f = made[n];
    if (f)
        return *f;
    f = std::make_unique<Fixture>();
    f->c = makeEmptyCase();
    QByteArray csv = "handle,role,name,note\n";
    QByteArray handles;
    const char *labels[] = {"Journalist", "Donor", "Foundation", "Elected official", "Partner"};
    for (int i = 0; i < n; ++i) {
        Actor a;
        a.handle = QStringLiteral("@Account_%1").arg(i);
        f->c.actors.push_back(a);
        handles += a.handle.toUtf8() + '\n';
        const QByteArray h = QByteArray(i % 2 ? "account_" : "@ACCOUNT_") + QByteArray::number(i);
        csv += (i % 50 == 0 ? QByteArray("@stranger_") + QByteArray::number(i) : h) + ',' + labels[i % 5] + ",Person " + QByteArray::number(i)
               + ",\n";
    }
    f->roster = f->dir.filePath(QStringLiteral("roster.csv"));
    f->handles = f->dir.filePath(QStringLiteral("handles.txt"));
    QFile out(f->roster);
    out.open(QIODevice::WriteOnly);
    out.write(csv);
    QFile hout(f->handles);
    hout.open(QIODevice::WriteOnly);
    hout.write(handles);
    return *f;
}

void BM_ApplyRoster(benchmark::State &state)
{
    const Fixture &f = fixture(static_cast<int>(state.range(0)));
    Case c = f.c;
    std::size_t changed = 0;
    for (auto _ : state) {
        c.invalidateIndex();
        QString error;
        const std::optional<Roster> roster = readRoster(f.roster, c.roles, &error);
        if (!roster) {
            state.SkipWithError(error.toStdString().c_str());
            return;
        }
        const RosterMatch match = matchRoster(c, *roster);
        applyClassification(c, match.changes);
        changed = match.changes.size();
        state.PauseTiming();
        revertClassification(c, match.changes);
        state.ResumeTiming();
    }
    state.counters["lines"] = double(state.range(0));
    state.counters["changed"] = double(changed);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ApplyRoster)->Arg(100000)->Unit(benchmark::kMillisecond);

// The case's lookup index, built on every open (exact handles, the handles as findActor()
// compares them, event keys, roles, sources).
void BM_CaseIndex(benchmark::State &state)
{
    const Fixture &f = fixture(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        f.c.invalidateIndex();
        benchmark::DoNotOptimize(f.c.actorByHandle(QString()));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CaseIndex)->Arg(100000)->Unit(benchmark::kMillisecond);

// The same and the table of handles compared ignoring case and '@', which the first
// inexact findActor() builds.
void BM_CaseIndexAndLooseHandles(benchmark::State &state)
{
    const Fixture &f = fixture(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        f.c.invalidateIndex();
        benchmark::DoNotOptimize(f.c.findActor(QStringLiteral("ACCOUNT_1")));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_CaseIndexAndLooseHandles)->Arg(100000)->Unit(benchmark::kMillisecond);

const char *const kPythonScript = R"(import csv, sys, time
t = time.perf_counter()
def key(h):
    h = h.strip()
    return (h[1:] if h.startswith('@') else h).casefold()
actors = {}
with open(sys.argv[1], encoding='utf-8') as f:
    for i, line in enumerate(f):
        actors[key(line.rstrip('\n'))] = i
roles = {'journalist': 1, 'donor': 2, 'foundation': 3, 'elected official': 4, 'partner': 5}
changes = []
with open(sys.argv[2], encoding='utf-8-sig', newline='') as f:
    for row in csv.DictReader(f):
        a = actors.get(key(row['handle']))
        if a is not None:
            changes.append((a, roles[row['role'].strip().casefold()], row['name']))
print(time.perf_counter() - t, len(changes))
)";

void BM_PythonCsvRoster(benchmark::State &state)
{
    const Fixture &f = fixture(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QLatin1String(kPythonScript), f.handles, f.roster});
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            state.SkipWithError("python3 failed");
            return;
        }
        const QList<QByteArray> out = p.readAllStandardOutput().trimmed().split(' ');
        state.SetIterationTime(out.value(0).toDouble());
        state.counters["changed"] = out.value(1).toDouble();
    }
    state.counters["lines"] = double(state.range(0));
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_PythonCsvRoster)->Arg(100000)->Unit(benchmark::kMillisecond)->UseManualTime();

} // namespace
} // namespace cascade

BENCHMARK_MAIN();
