// SPDX-License-Identifier: GPL-3.0-or-later
// The graph view on generated cases of 1k, 10k and 50k actors (10 events per actor),
// offscreen, in a 1200x800 view fitted to the graph:
//  - CursorStep: one playback step (the next event), scene update plus the repaint it
//    causes (only the items whose state changed);
//  - CursorJump: a jump between 25% and 75% of the case (thousands of items change);
//  - FullRepaint: repainting the whole view with every actor visible;
//  - SlideRender: GraphScene::render() into a 1920x1080 image at 2x (what the exporter
//    does).
// Each with story-first drawing off (story:0, every label as the layout gives it) and on
// (story:1, the window's default: story labels, crowds as glyphs).
// Results: docs/performance.md, "Graph view".
//   build-*/tests/bench/bench_graphview
//   build-*/tests/bench/bench_graphview --shots DIR   # PNGs of the view, for looking
#include "app/document/casedocument.h"
#include "app/graph/actoritem.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "core/model/case.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QUndoStack>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>

using namespace cascade;

namespace {

// Counts the paint events of the view's viewport (to check a move did repaint).
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct Prepared {
    std::unique_ptr<CaseDocument> document;
    std::unique_ptr<GraphView> view;
    PaintCounter counter;
    double layoutSeconds = 0;
};

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

// The prepared views, released by main() while the application still exists.
std::map<std::int64_t, std::unique_ptr<Prepared>> &preparedCache()
{
    static std::map<std::int64_t, std::unique_ptr<Prepared>> cache;
    return cache;
}

// Story-first drawing (labels of the story, crowds as glyphs) on or off: the second
// argument of each benchmark, so that both are measured in the same run.
void storyFirst(Prepared &p, bool on)
{
    p.view->graphScene()->setStoryFirst(on);
    settle();
}

Prepared &prepared(std::int64_t actors)
{
    auto &slot = preparedCache()[actors];
    if (!slot) {
        slot = std::make_unique<Prepared>();
        slot->document = std::make_unique<CaseDocument>();
        slot->document->reset(generateCase(GeneratorOptions{actors, actors * 10, 7}), QString());
        slot->view = std::make_unique<GraphView>(slot->document.get());
        slot->view->layoutController()->waitForFinished();
        slot->layoutSeconds = slot->view->graphScene()->layout().seconds;
        slot->view->resize(1200, 800);
        slot->view->show();
        settle();
        slot->view->fitToContent();
        slot->view->viewport()->installEventFilter(&slot->counter);
        settle();
    }
    return *slot;
}

void counters(benchmark::State &state, Prepared &p, int paintsBefore)
{
    const GraphScene *scene = p.view->graphScene();
    int visible = 0;
    for (ActorId a = 0; a < static_cast<ActorId>(p.document->caseData().actors.size()); ++a)
        visible += scene->isActorActive(a);
    state.counters["actors"] = static_cast<double>(p.document->caseData().actors.size());
    state.counters["visible_at_end"] = visible;
    state.counters["edges"] = static_cast<double>(scene->edgeItems().size());
    state.counters["paints_per_iter"] = static_cast<double>(p.counter.paints - paintsBefore) / std::max<std::int64_t>(1, state.iterations());
    state.counters["zoom"] = p.view->zoom();
    state.counters["layout_s"] = p.layoutSeconds;
}

void BM_CursorStep(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    storyFirst(p, state.range(1) != 0);
    const TimeIndex &index = p.document->timeIndex();
    // Play the last tenth of the case, with (almost) every actor visible.
    const int start = index.eventCount() * 9 / 10;
    int position = start;
    p.document->setCursor(index.time(position));
    settle();
    const int paintsBefore = p.counter.paints;
    for (auto _ : state) {
        position = position + 1 < index.eventCount() ? position + 1 : start;
        p.document->setCursor(index.time(position));
        settle();
    }
    p.document->setCursor(index.endTime());
    settle();
    counters(state, p, paintsBefore);
}

void BM_CursorJump(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    storyFirst(p, state.range(1) != 0);
    const TimeIndex &index = p.document->timeIndex();
    const TimeMs a = index.time(index.eventCount() / 4);
    const TimeMs b = index.time(index.eventCount() * 3 / 4);
    bool forward = true;
    const int paintsBefore = p.counter.paints;
    for (auto _ : state) {
        p.document->setCursor(forward ? b : a);
        settle();
        forward = !forward;
    }
    p.document->setCursor(index.endTime());
    settle();
    counters(state, p, paintsBefore);
}

void BM_FullRepaint(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    storyFirst(p, state.range(1) != 0);
    p.document->setCursor(p.document->timeIndex().endTime());
    settle();
    const int paintsBefore = p.counter.paints;
    for (auto _ : state)
        p.view->viewport()->repaint();
    counters(state, p, paintsBefore);
}

void BM_SlideRender(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    storyFirst(p, state.range(1) != 0);
    GraphScene *scene = p.view->graphScene();
    QImage image(3840, 2160, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    for (auto _ : state) {
        image.fill(scene->theme().background);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(0, 0, 1920, 1080), scene->contentBounds());
    }
    state.counters["actors"] = static_cast<double>(p.document->caseData().actors.size());
}

BENCHMARK(BM_CursorStep)->ArgsProduct({{1000, 10000, 50000}, {0, 1}})->ArgNames({"actors", "story"})->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_CursorJump)->ArgsProduct({{1000, 10000, 50000}, {0, 1}})->ArgNames({"actors", "story"})->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_FullRepaint)->ArgsProduct({{1000, 10000, 50000}, {0, 1}})->ArgNames({"actors", "story"})->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();
BENCHMARK(BM_SlideRender)->ArgsProduct({{1000, 10000, 50000}, {0, 1}})->ArgNames({"actors", "story"})->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

// ---- --shots: pictures of the view for looking at ------------------------------------

void grab(GraphView &view, const QString &path)
{
    static QElapsedTimer clock;
    if (!clock.isValid())
        clock.start();
    settle();
    view.grab().save(path);
    std::printf("%6.1f s wrote %s\n", clock.elapsed() / 1000.0, qPrintable(path));
    std::fflush(stdout);
}

int shots(const QString &dir)
{
    QDir().mkpath(dir);
    ReadResult read = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
    if (!read.ok()) {
        std::fprintf(stderr, "cannot read the Haiti case\n");
        return 1;
    }
    CaseDocument haiti;
    haiti.reset(std::move(*read.value), QString());
    const Case &c = haiti.caseData();
    GraphView view(&haiti);
    view.resize(1400, 900);
    view.show();
    const struct {
        const char *name;
        const char *time;
    } moments[] = {
        {"1-before-relay", "2010-01-17T10:30:00-05:00"},
        {"2-after-tip", "2010-01-17T11:35:00-05:00"},
        {"3-after-landing", "2010-01-17T14:45:00-05:00"},
    };
    for (LayoutEngineKind engine : {LayoutEngineKind::Auto, LayoutEngineKind::Twopi, LayoutEngineKind::Swimlane,
                                    LayoutEngineKind::Neato}) {
        view.layoutController()->showLayout(engine);
        view.layoutController()->waitForFinished();
        view.fitAction()->trigger();
        const QString name = layoutEngineName(engine);
        for (const auto &m : moments) {
            haiti.setCursor(*parseIsoTime(std::string_view(m.time)));
            grab(view, QStringLiteral("%1/haiti-%2-%3.png").arg(dir, name, QLatin1String(m.name)));
        }
    }
    view.layoutController()->showLayout(LayoutEngineKind::Twopi);
    view.layoutController()->waitForFinished();
    haiti.setCursor(c.endTime());
    haiti.setSelectedActor(c.actorByHandle(QStringLiteral("@unknown_follower")));
    grab(view, dir + QStringLiteral("/haiti-select-follower.png"));
    haiti.setWhatIfActor(c.actorByHandle(QStringLiteral("@unknown_follower")));
    haiti.setSelectedActor(kNoActor);
    haiti.setCursor(*parseIsoTime(std::string_view("2010-01-17T12:40:00-05:00")));
    grab(view, dir + QStringLiteral("/haiti-whatif-follower-1240.png"));
    haiti.setWhatIfActor(kNoActor);
    view.showInactiveAction()->trigger();
    haiti.setCursor(*parseIsoTime(std::string_view("2010-01-17T11:35:00-05:00")));
    grab(view, dir + QStringLiteral("/haiti-faint-1135.png"));
    view.showInactiveAction()->trigger();

    // A slide-like render of the scene alone (no view), dark theme.
    {
        GraphScene scene(&haiti);
        scene.setTheme(GraphTheme::dark());
        scene.setLayout(LayoutController::layoutNow(haiti, LayoutEngineKind::Twopi));
        scene.setTime(*parseIsoTime(std::string_view("2010-01-17T12:30:00-05:00")));
        QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
        image.fill(scene.theme().background);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(40, 40, 1840, 1000), scene.contentBounds());
        painter.end();
        image.save(dir + QStringLiteral("/haiti-scene-dark-1230.png"));
    }

    for (std::int64_t actors : {10000, 1000}) {
        CaseDocument big;
        big.reset(generateCase(GeneratorOptions{actors, actors * 10, 7}), QString());
        GraphView bigView(&big);
        bigView.resize(1400, 900);
        bigView.show();
        bigView.layoutController()->waitForFinished();
        bigView.fitToContent();
        const TimeIndex &index = big.timeIndex();
        big.setCursor(index.time(index.eventCount() / 3));
        grab(bigView, QStringLiteral("%1/generated-%2-third.png").arg(dir).arg(actors));
        big.setCursor(index.endTime());
        grab(bigView, QStringLiteral("%1/generated-%2-end.png").arg(dir).arg(actors));
        bigView.zoomAround(6, bigView.viewport()->rect().center());
        grab(bigView, QStringLiteral("%1/generated-%2-end-zoom6.png").arg(dir).arg(actors));
        big.setSelectedActor(big.caseData().targets.empty() ? 0 : big.caseData().targets.front());
        bigView.fitToContent();
        grab(bigView, QStringLiteral("%1/generated-%2-select-target.png").arg(dir).arg(actors));
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc >= 3 && QLatin1String(argv[1]) == QLatin1String("--shots"))
        return shots(QString::fromLocal8Bit(argv[2]));
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    preparedCache().clear(); // widgets go before the QApplication
    benchmark::Shutdown();
    return 0;
}
