// SPDX-License-Identifier: GPL-3.0-or-later
// The replay video (app/export/videoexport.h), offscreen, laid out once before timing:
//  - ReplayMp4/Haiti: the bundled case, 30 s at 1920x1080 and 30 fps, H.264 (what
//    `cascade video` does after opening the case): every frame composed by
//    SlideComposer and encoded on the worker thread;
//  - ReplayMp4/10k: a generated case of 10k actors and 100k events, the same video;
//  - RenderOnly/Haiti: the frames composed and thrown away (the GUI thread's share);
//  - EncodeOnly: 900 copies of one 1920x1080 slide through VideoEncoder (the worker's
//    share: conversion to yuv420p and libx264).
// The peer (ffmpeg re-encoding the same 900 frames with the same settings) is timed as a
// whole process beside `cascade video`: docs/performance.md, "Replay video".
//   build-*/tests/bench/bench_video
#include "app/document/casedocument.h"
#include "app/export/slidecomposer.h"
#include "app/export/videoexport.h"
#include "app/graph/layoutcontroller.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "core/model/case.h"

#include <QApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace cascade;

namespace {

struct Prepared {
    std::unique_ptr<CaseDocument> document;
    std::unique_ptr<SlideComposer> composer;
};

// 0: the bundled Haiti case; else a generated case of that many actors.
Prepared &prepared(std::int64_t actors)
{
    static std::map<std::int64_t, std::unique_ptr<Prepared>> cache;
    auto &slot = cache[actors];
    if (!slot) {
        slot = std::make_unique<Prepared>();
        slot->document = std::make_unique<CaseDocument>();
        if (actors == 0) {
            ReadResult r = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
            slot->document->reset(std::move(*r.value), QString());
        } else {
            slot->document->reset(generateCase(GeneratorOptions{actors, actors * 10, 7}), QString());
        }
        const LayoutResult layout = LayoutController::layoutNow(*slot->document, LayoutEngineKind::Auto);
        slot->composer = std::make_unique<SlideComposer>(slot->document.get());
        slot->composer->setLayout(layout);
    }
    return *slot;
}

ReplayOptions replayOf(const Prepared &p)
{
    const Case &c = p.document->caseData();
    ReplayOptions o;
    o.slide.size = QSize(1920, 1080);
    o.pacing.from = c.events.front().time;
    o.pacing.to = c.events.back().time;
    o.pacing.seconds = 30;
    o.pacing.fps = 30;
    return o;
}

void BM_ReplayMp4(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    const ReplayOptions o = replayOf(p);
    QTemporaryDir dir;
    for (auto _ : state) {
        QString error;
        if (!writeReplayVideo(*p.composer, o, dir.filePath(QStringLiteral("replay.mp4")), {}, &error))
            state.SkipWithError(error.toUtf8().constData());
    }
    state.counters["frames"] = 900;
    state.counters["actors"] = static_cast<double>(p.document->caseData().actors.size());
    state.counters["frames_per_s"] = benchmark::Counter(900, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ReplayMp4)->Arg(0)->Arg(10000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

void BM_RenderOnly(benchmark::State &state)
{
    Prepared &p = prepared(state.range(0));
    const ReplayOptions o = replayOf(p);
    const Case &c = p.document->caseData();
    const std::vector<ReplayFrame> frames = replayFrames(c, o.pacing);
    for (auto _ : state)
        for (const ReplayFrame &f : frames) {
            SlideOptions s = replaySlide(c, f, o.slide);
            s.sceneFrame = p.composer->framing(s);
            benchmark::DoNotOptimize(p.composer->render(s));
        }
    state.counters["frames_per_s"] = benchmark::Counter(static_cast<double>(frames.size()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_RenderOnly)->Arg(0)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

void BM_EncodeOnly(benchmark::State &state)
{
    Prepared &p = prepared(0);
    const Case &c = p.document->caseData();
    const QImage frame = p.composer->render(milestoneSlide(c, static_cast<int>(c.milestones.size()) - 1, replayOf(p).slide));
    QTemporaryDir dir;
    for (auto _ : state) {
        VideoEncoder encoder;
        QString error;
        if (!encoder.open(dir.filePath(QStringLiteral("same.mp4")), {frame.size(), 30, VideoFormat::Mp4}, &error))
            state.SkipWithError(error.toUtf8().constData());
        for (int i = 0; i < 900; ++i)
            encoder.addFrame(frame);
        encoder.finish(&error);
    }
    state.counters["frames_per_s"] = benchmark::Counter(900, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_EncodeOnly)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
