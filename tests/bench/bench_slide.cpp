// SPDX-License-Identifier: GPL-3.0-or-later
// Slides of generated cases (1k and 10k actors, 10 events per actor), offscreen, laid
// out once (automatic engine) before timing:
//  - SlideImage: SlideComposer::render() of a 1920x1080 slide at 2x (3840x2160 pixels):
//    title, caption, legend, time strip and the graph painted by GraphScene;
//  - SlidePng: the same, written as a PNG file (what `cascade export` does);
//  - SlideSvg / SlidePdf: the vector formats, for comparison;
//  - MoveAndRender: the deck's loop, moving the scene to the next milestone and
//    rendering the slide.
// The budget (docs/performance.md, "Slide export"): a 1920x1080 slide at 2x with 10k
// actors in under 300 ms.
//   build-*/tests/bench/bench_slide
//   build-*/tests/bench/bench_slide --shots DIR   # the 10k slide as PNG, for looking
#include "app/document/casedocument.h"
#include "app/export/slidecomposer.h"
#include "app/export/slideexport.h"
#include "app/graph/graphscene.h"
#include "app/graph/layoutcontroller.h"
#include "core/generate/generator.h"
#include "core/model/case.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>

using namespace cascade;

namespace {

struct Prepared {
    std::unique_ptr<CaseDocument> document;
    std::unique_ptr<SlideComposer> composer;
    double layoutSeconds = 0;
    QString engine;
};

Prepared &prepared(std::int64_t actors)
{
    static std::map<std::int64_t, std::unique_ptr<Prepared>> cache;
    auto &slot = cache[actors];
    if (!slot) {
        slot = std::make_unique<Prepared>();
        slot->document = std::make_unique<CaseDocument>();
        slot->document->reset(generateCase(GeneratorOptions{actors, actors * 10, 7}), QString());
        const LayoutResult layout = LayoutController::layoutNow(*slot->document, LayoutEngineKind::Auto);
        slot->layoutSeconds = layout.seconds;
        slot->engine = layout.engine;
        slot->composer = std::make_unique<SlideComposer>(slot->document.get());
        slot->composer->setLayout(layout);
    }
    return *slot;
}

// The slide at the case's last milestone (nearly everything visible), 1920x1080 at 2x.
SlideOptions slideOf(const Prepared &p, int milestone = -1)
{
    const Case &c = p.document->caseData();
    SlideOptions base;
    base.size = QSize(1920, 1080);
    base.scale = 2;
    if (c.milestones.empty()) {
        base.time = c.endTime();
        base.title = c.title;
        return base;
    }
    const int m = milestone < 0 ? static_cast<int>(c.milestones.size()) - 1 : milestone % static_cast<int>(c.milestones.size());
    return milestoneSlide(c, m, base);
}

void addCounters(benchmark::State &state, const Prepared &p)
{
    state.counters["actors"] = static_cast<double>(p.document->caseData().actors.size());
    state.counters["layout_s"] = p.layoutSeconds;
}

void BM_SlideImage(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    const SlideOptions o = slideOf(p);
    p.composer->prepare(o);
    for (auto _ : state) {
        QImage image = p.composer->render(o);
        benchmark::DoNotOptimize(image.constBits());
    }
    addCounters(state, p);
}

void BM_SlidePng(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    const SlideOptions o = slideOf(p);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("slide.png"));
    p.composer->prepare(o);
    for (auto _ : state) {
        QString error;
        if (!writeSlidePng(*p.composer, o, file, &error))
            state.SkipWithError(error.toStdString().c_str());
    }
    state.counters["bytes"] = static_cast<double>(QFileInfo(file).size());
    addCounters(state, p);
}

void BM_SlideSvg(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    const SlideOptions o = slideOf(p);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("slide.svg"));
    for (auto _ : state) {
        QString error;
        if (!writeSlideSvg(*p.composer, o, file, &error))
            state.SkipWithError(error.toStdString().c_str());
    }
    state.counters["bytes"] = static_cast<double>(QFileInfo(file).size());
    addCounters(state, p);
}

void BM_SlidePdf(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    const SlideOptions o = slideOf(p);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("slide.pdf"));
    for (auto _ : state) {
        QString error;
        if (!writeSlidePdf(*p.composer, o, file, &error))
            state.SkipWithError(error.toStdString().c_str());
    }
    state.counters["bytes"] = static_cast<double>(QFileInfo(file).size());
    addCounters(state, p);
}

void BM_MoveAndRender(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    int milestone = 0;
    for (auto _ : state) {
        QImage image = p.composer->render(slideOf(p, milestone++));
        benchmark::DoNotOptimize(image.constBits());
    }
    addCounters(state, p);
}

} // namespace

BENCHMARK(BM_SlideImage)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SlidePng)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SlideSvg)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SlidePdf)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_MoveAndRender)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // --shots DIR: write the 1k and 10k slides for looking, then benchmark as usual.
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::string_view(argv[i]) != "--shots")
            continue;
        const QDir dir(QString::fromLocal8Bit(argv[i + 1]));
        for (std::int64_t actors : {1000, 10000}) {
            Prepared &p = prepared(actors);
            QString error;
            const QString file = dir.filePath(QStringLiteral("slide-%1.png").arg(actors));
            if (!writeSlidePng(*p.composer, slideOf(p), file, &error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
            else
                std::printf("%s (%s layout)\n", qPrintable(file), qPrintable(p.engine));
        }
        for (int k = i; k + 2 < argc; ++k)
            argv[k] = argv[k + 2];
        argc -= 2;
        break;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
