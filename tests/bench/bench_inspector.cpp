// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector and the actors / events lists (offscreen, one window holding the three)
// on generated cases of 10k, 100k and 1M events (actors = events / 10, seed 7): the GUI
// thread's cost of a cursor move (the tables repaint their visible rows from the
// snapshot, the events list keeps the cursor's row in view, the inspector shows the
// counts and the path at once and queues its background work), of selecting another
// actor (its events and activity), of sorting the actors table by a measure, and of
// filtering the events. The background work itself (measureActors, actorDetail) is core's:
// see "Time engine and measures" and "Centrality and cascades".
// Results: docs/performance.md, "Inspector and lists".
//   QT_QPA_PLATFORM=offscreen build-*/tests/bench/bench_inspector --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
#include "app/document/casedocument.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorspanel.h"
#include "app/inspector/actortablemodel.h"
#include "app/inspector/eventspanel.h"
#include "app/inspector/eventtablemodel.h"
#include "core/generate/generator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QHBoxLayout>
#include <QTableView>
#include <QWindow>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>

using namespace cascade;

namespace {

// Which widgets the window holds: all three (as in the main window), or one alone to
// see where the time goes.
enum Panels : int { AllPanels = 0, ActorsOnly = 1, EventsOnly = 2, InspectorOnly = 3 };

struct Setup {
    CaseDocument document;
    std::unique_ptr<QWidget> window;
    ActorsPanel *actors = nullptr;
    EventsPanel *events = nullptr;
    ActorInspector *inspector = nullptr;
};

// Delivers what a change posted, then the repaints.
void flush()
{
    QApplication::sendPostedEvents();
    QApplication::sendPostedEvents();
}

// Emptied before the application object goes (widgets must die first).
std::map<std::pair<std::int64_t, int>, std::unique_ptr<Setup>> &setups()
{
    static std::map<std::pair<std::int64_t, int>, std::unique_ptr<Setup>> all;
    return all;
}

Setup &setupFor(std::int64_t events, int panels = AllPanels)
{
    auto &slot = setups()[{events, panels}];
    if (!slot) {
        slot = std::make_unique<Setup>();
        slot->document.reset(generateCase({std::max<std::int64_t>(events / 10, 10), events, 7}), QString());
        slot->window = std::make_unique<QWidget>();
        auto *layout = new QHBoxLayout(slot->window.get());
        if (panels == AllPanels || panels == ActorsOnly) {
            slot->actors = new ActorsPanel(&slot->document);
            layout->addWidget(slot->actors);
        }
        if (panels == AllPanels || panels == EventsOnly) {
            slot->events = new EventsPanel(&slot->document);
            layout->addWidget(slot->events);
        }
        if (panels == AllPanels || panels == InspectorOnly) {
            slot->inspector = new ActorInspector(&slot->document);
            layout->addWidget(slot->inspector);
        }
        // The size each would have as a dock beside the graph (all three: 1600 x 900).
        slot->window->resize(panels == AllPanels ? 1600 : 540, 900);
        slot->window->show();
        QApplication::processEvents();
        if (!slot->window->windowHandle() || !slot->window->windowHandle()->isExposed())
            qFatal("the window was not exposed");
        // The actor with the most followers, as a trainer would click first.
        const Case &c = slot->document.caseData();
        const auto top = std::max_element(c.actors.begin(), c.actors.end(),
                                          [](const Actor &a, const Actor &b) { return a.followers < b.followers; });
        slot->document.setSelectedActor(static_cast<ActorId>(top - c.actors.begin()));
        // Let the background work of the case and of the selection finish: the loops
        // below measure the GUI thread (its timers do not fire inside them).
        QElapsedTimer settle;
        settle.start();
        auto busy = [&] {
            return (slot->inspector && slot->inspector->isUpdating())
                   || (slot->actors && !slot->actors->model()->measuresCurrent());
        };
        while (busy() && settle.elapsed() < 600'000) {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(5);
        }
        std::fprintf(stderr, "settled in %lld ms\n", static_cast<long long>(settle.elapsed()));
    }
    return *slot;
}

void BM_CursorMove(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0), static_cast<int>(state.range(1)));
    const TimeIndex &index = s.document.timeIndex();
    const TimeMs step = std::max<TimeMs>(1, (index.endTime() - index.startTime()) / 1000);
    TimeMs t = index.startTime();
    for (auto _ : state) {
        t = t + step > index.endTime() ? index.startTime() : t + step;
        s.document.setCursor(t);
        flush();
    }
    if (s.inspector)
        s.inspector->cancelPendingWork();
    if (s.actors)
        s.actors->model()->cancelPendingWork();
    state.SetLabel(state.range(1) == AllPanels ? "all three" : state.range(1) == ActorsOnly ? "actors table"
                   : state.range(1) == EventsOnly ? "events table" : "inspector");
}

void BM_SelectActor(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    const int actors = static_cast<int>(s.document.caseData().actors.size());
    int row = 0;
    for (auto _ : state) {
        // The actors in the table's order (the busiest first), as a user going down it.
        row = (row + 1) % std::min(actors, 50);
        s.document.setSelectedActor(s.actors->actorAtRow(row));
        flush();
    }
    s.inspector->cancelPendingWork();
}

void BM_SortActors(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    bool descending = true;
    for (auto _ : state) {
        s.actors->sortBy(Measure::Exposure, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        descending = !descending;
        flush();
    }
}

void BM_FilterEvents(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    bool on = true;
    for (auto _ : state) {
        s.events->model()->setFilterText(on ? QStringLiteral("ha") : QString());
        on = !on;
        flush();
    }
}

BENCHMARK(BM_CursorMove)
    ->ArgsProduct({{10'000, 100'000, 1'000'000}, {AllPanels, ActorsOnly, EventsOnly, InspectorOnly}})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SelectActor)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SortActors)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FilterEvents)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

} // namespace

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
