// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline panel (offscreen, 1400 x 300): the cost of a cursor move as the user
// sees it (the document's snapshot moves, the cursor line and the transport bar
// follow, the dirty part of the chart is repainted), of a zoom step (the series are
// rebuilt for the new range, then repainted), and of a full repaint, at 10k, 100k and
// 1M generated events (actors = events / 10, seed 7).
// Results: docs/performance.md, "Timeline".
//   QT_QPA_PLATFORM=offscreen build-*/tests/bench/bench_timeline_widget --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "app/document/casedocument.h"
#include "app/timeline/timelinepanel.h"
#include "app/timeline/timelinewidget.h"
#include "app/timeline/zoomstack.h"
#include "core/generate/generator.h"

#include <QApplication>
#include <QWindow>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <memory>

using namespace cascade;

namespace {

// Counts the paint events a widget receives, to check that each step really repainted.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct Setup {
    CaseDocument document;
    std::unique_ptr<TimelinePanel> panel;
    PaintCounter counter;
};

Setup &setupFor(std::int64_t events)
{
    static std::map<std::int64_t, std::unique_ptr<Setup>> setups;
    auto &slot = setups[events];
    if (!slot) {
        slot = std::make_unique<Setup>();
        slot->document.reset(generateCase({std::max<std::int64_t>(events / 10, 10), events, 7}), QString());
        slot->panel = std::make_unique<TimelinePanel>(&slot->document);
        slot->panel->resize(1400, 300);
        slot->panel->show();
        QApplication::processEvents();
        if (!slot->panel->windowHandle() || !slot->panel->windowHandle()->isExposed())
            qFatal("the timeline window was not exposed");
        slot->panel->timeline()->viewport()->installEventFilter(&slot->counter);
        QApplication::processEvents();
    }
    return *slot;
}

// Delivers what a cursor move or a zoom posted: the scene's change processing, then
// the repaint of the dirty region.
void flush()
{
    QApplication::sendPostedEvents();
    QApplication::sendPostedEvents();
}

void BM_TimelineCursorMove(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    const TimeIndex &index = s.document.timeIndex();
    // A small step forward, as in playback, wrapping around at the end.
    const TimeMs step = std::max<TimeMs>(1, (index.endTime() - index.startTime()) / 1000);
    TimeMs t = index.startTime();
    const int rebuilds = s.panel->timeline()->rebuildCount();
    const int paints = s.counter.paints;
    for (auto _ : state) {
        t = t + step > index.endTime() ? index.startTime() : t + step;
        s.document.setCursor(t);
        flush();
    }
    if (s.panel->timeline()->rebuildCount() != rebuilds)
        state.SkipWithError("a cursor move rebuilt the chart");
    state.counters["paints_per_move"] = static_cast<double>(s.counter.paints - paints) / static_cast<double>(state.iterations());
}

void BM_TimelineZoom(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    TimelineWidget *timeline = s.panel->timeline();
    const TimeIndex &index = s.document.timeIndex();
    const TimeMs span = index.endTime() - index.startTime();
    bool in = true;
    for (auto _ : state) {
        if (in)
            timeline->zoomToRange(index.startTime() + span / 3, index.startTime() + span / 2);
        else
            timeline->zoomStack()->reset();
        in = !in;
        flush();
    }
    state.counters["buckets"] = static_cast<double>(timeline->buckets().size());
}

void BM_TimelineFullRepaint(benchmark::State &state)
{
    Setup &s = setupFor(state.range(0));
    QWidget *viewport = s.panel->timeline()->viewport();
    for (auto _ : state)
        viewport->repaint();
}

BENCHMARK(BM_TimelineCursorMove)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimelineZoom)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimelineFullRepaint)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

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
    return 0;
}
