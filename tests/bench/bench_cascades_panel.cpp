// SPDX-License-Identifier: GPL-3.0-or-later
// The Cascades tab (offscreen, the list and the inspector in one window) on generated
// cases of 10k, 100k and 1M events (actors = events / 10, seed 7): the wall time from
// opening a case until the list shows its cascades (the reconstruction and the list are
// computed on the analysis pool), from a cursor move until the list is current again,
// and the GUI thread's cost of a cursor move, a sort by another column and selecting the
// largest cascade (its tree in the inspector). The core functions alone are in
// bench_cascadetree.
// Results: docs/performance.md, "Cascades list".
//   QT_QPA_PLATFORM=offscreen build-*/tests/bench/bench_cascades_panel --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
#include "app/document/cascadecache.h"
#include "app/document/casedocument.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/cascadespanel.h"
#include "app/inspector/cascadetablemodel.h"
#include "core/generate/generator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QThread>
#include <QWindow>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace cascade;

namespace {

struct Setup {
    Case generated; // kept to open again
    CaseDocument document;
    std::unique_ptr<QWidget> window;
    CascadesPanel *panel = nullptr;
    ActorInspector *inspector = nullptr;
};

std::map<std::int64_t, std::unique_ptr<Setup>> &setups()
{
    static std::map<std::int64_t, std::unique_ptr<Setup>> all;
    return all;
}

// Runs the event loop until the list is current (the background work applied).
bool waitForList(Setup &s, int timeoutMs = 600'000)
{
    QElapsedTimer t;
    t.start();
    while (!(s.panel->model()->isCurrent() && !s.panel->model()->isComputing()) && t.elapsed() < timeoutMs) {
        QApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::usleep(200);
    }
    return s.panel->model()->isCurrent();
}

Setup &setupFor(std::int64_t events)
{
    auto &slot = setups()[events];
    if (!slot) {
        slot = std::make_unique<Setup>();
        slot->generated = generateCase({std::max<std::int64_t>(events / 10, 10), events, 7});
        slot->document.reset(Case(slot->generated), QString());
        slot->window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(slot->window.get());
        slot->panel = new CascadesPanel(&slot->document);
        slot->inspector = new ActorInspector(&slot->document);
        layout->addWidget(slot->panel, 3);
        layout->addWidget(slot->inspector, 2);
        slot->window->resize(1200, 900);
        slot->window->show();
        QApplication::processEvents();
        if (!slot->window->windowHandle() || !slot->window->windowHandle()->isExposed())
            qFatal("the window was not exposed");
        if (!waitForList(*slot))
            qFatal("the list did not become current");
    }
    return *slot;
}

TimeMs midTime(const Case &c)
{
    return c.events[c.events.size() / 2].time;
}

// Opening the case again (a copy is made outside the timing): until the list is shown.
void BM_OpenUntilListShown(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    for (auto _ : state) {
        Case copy = s.generated;
        QElapsedTimer t;
        t.start();
        s.document.reset(std::move(copy), QString());
        if (!waitForList(s))
            state.SkipWithError("the list did not become current");
        state.SetIterationTime(static_cast<double>(t.nsecsElapsed()) / 1e9);
    }
    state.counters["cascades"] = static_cast<double>(s.panel->model()->rowCount());
}

// A cursor move between the middle and the end: until the list is current again.
void BM_CursorMoveUntilListCurrent(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    const TimeMs times[2] = {midTime(s.document.caseData()), s.document.caseData().endTime()};
    int i = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        s.document.setCursor(times[++i % 2]);
        if (!waitForList(s))
            state.SkipWithError("the list did not become current");
        state.SetIterationTime(static_cast<double>(t.nsecsElapsed()) / 1e9);
    }
}

// What a cursor move costs the GUI thread itself (the list's work is queued).
void BM_CursorMoveGuiThread(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    const TimeMs times[2] = {midTime(s.document.caseData()), s.document.caseData().endTime()};
    int i = 0;
    for (auto _ : state) {
        s.document.setCursor(times[++i % 2]);
        QApplication::sendPostedEvents();
        state.PauseTiming();
        waitForList(s);
        state.ResumeTiming();
    }
}

void BM_SortBy(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    int i = 0;
    const int columns[2] = {CascadeTableModel::ViralityColumn, CascadeTableModel::SizeColumn};
    for (auto _ : state) {
        s.panel->model()->sort(columns[++i % 2], Qt::DescendingOrder);
        QApplication::sendPostedEvents();
    }
    state.counters["cascades"] = static_cast<double>(s.panel->model()->rowCount());
}

// Selecting the largest cascade and back: the graph is not in this window; the inspector
// builds the tree's page.
void BM_SelectLargest(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    s.panel->model()->sort(CascadeTableModel::SizeColumn, Qt::DescendingOrder);
    const EventId largest = s.panel->model()->rootAt(0);
    const EventId second = s.panel->model()->rootAt(1);
    int i = 0;
    for (auto _ : state) {
        s.document.setSelectedCascade(++i % 2 ? largest : second);
        QApplication::sendPostedEvents();
    }
    s.document.setSelectedCascade(kNoEvent);
    state.counters["largest"] = static_cast<double>(s.panel->model()->cascadeAt(0)->tree.size);
}

void sizes(benchmark::internal::Benchmark *b)
{
    b->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
}

} // namespace

BENCHMARK(BM_OpenUntilListShown)->Apply(sizes)->UseManualTime()->Iterations(3);
BENCHMARK(BM_CursorMoveUntilListCurrent)->Apply(sizes)->UseManualTime();
BENCHMARK(BM_CursorMoveGuiThread)->Apply(sizes);
BENCHMARK(BM_SortBy)->Apply(sizes);
BENCHMARK(BM_SelectLargest)->Apply(sizes);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    setups().clear();
    return 0;
}
