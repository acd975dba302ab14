// SPDX-License-Identifier: GPL-3.0-or-later
// How fluid the whole window stays (docs/performance.md, "The window's responsiveness"):
// the real MainWindow, shown offscreen at 1600x1000, on generated cases of 10k, 100k and
// 1M events (one actor per ten events), each run in a child process of its own (this
// binary with --child CASE) so that memory peaks do not mix. A heartbeat timer on the
// GUI thread (every 4 ms) records the longest stall of the event loop in each phase:
//   open      from launch until the case is in and laid out (the file opened as File >
//             Open does, in the background) and one complete repaint of the window;
//   scrub     40 cursor jumps spread across the case, one every 50 ms;
//   play      3 s of playback from the start at the case's default speed;
//   select    20 actors selected in turn, one every 100 ms.
// Reported per size: seconds to the graph, the first complete repaint, the longest stall
// of each phase, and the child's peak resident memory (getrusage).
//
//   build/tests/bench/bench_window --benchmark_filter=BM_Window
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "app/mainwindow.h"
#include "app/timeline/timelinepanel.h"
#include "app/timeline/transport.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace cascade;

namespace {

// The longest gap between two ticks of a 4 ms timer, per phase.
class Heartbeat {
public:
    Heartbeat()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(4);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { beat(); });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }
    // Starts a new phase; returns the longest stall of the one before, in ms.
    double phase()
    {
        beat();
        const double longest = double(m_longest) / 1e6;
        m_longest = 0;
        return longest;
    }

private:
    void beat()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Runs the event loop until `done` or `ms` have passed.
void spinUntil(const std::function<bool()> &done, int ms = 600000)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
}

// Runs the event loop for `ms`, calling `step(i)` every `every` ms.
void spinSteps(int steps, int every, const std::function<void(int)> &step)
{
    int i = 0;
    QTimer timer;
    timer.setInterval(every);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        if (i < steps)
            step(i++);
    });
    timer.start();
    spinUntil([&] { return i >= steps; });
    QCoreApplication::processEvents();
}

int child(const QString &path)
{
    QElapsedTimer launch;
    launch.start();
    Heartbeat heartbeat;
    MainWindow w;
    w.setInteractive(false);
    w.resize(1600, 1000);
    w.show();
    heartbeat.phase();
    // The graph is in when the layout run the opened case starts has been shown (a
    // generated case has no saved layout, so every size gets a run).
    bool laidOut = false;
    QObject::connect(w.graphView()->layoutController(), &LayoutController::finished, [&laidOut](bool ok) { laidOut = ok; });
    w.openFile(path);
    spinUntil([&] { return laidOut && !w.loader()->isLoading(); });
    const double toGraph = double(launch.nsecsElapsed()) / 1e9;
    QElapsedTimer paint;
    paint.start();
    w.repaint();
    const double repaintMs = double(paint.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();
    std::map<std::string, double> figures{{"graph_s", toGraph}, {"repaint_ms", repaintMs}};
    figures["open_stall_ms"] = heartbeat.phase();

    CaseDocument *doc = w.document();
    const Case &c = doc->caseData();
    if (c.events.empty())
        return 1;
    const TimeMs start = c.startTime(), end = c.endTime();
    spinSteps(40, 50, [&](int i) { doc->setCursor(start + (end - start) * (i % 2 ? 40 - i : i) / 40); });
    figures["scrub_stall_ms"] = heartbeat.phase();

    Transport *transport = w.timelinePanel()->transport();
    doc->setCursor(start);
    QCoreApplication::processEvents();
    heartbeat.phase();
    transport->play();
    QElapsedTimer played;
    played.start();
    spinUntil([&] { return played.elapsed() >= 3000; });
    transport->pause();
    figures["play_stall_ms"] = heartbeat.phase();

    const auto actors = static_cast<ActorId>(c.actors.size());
    spinSteps(20, 100, [&](int i) { doc->setSelectedActor(static_cast<ActorId>(std::int64_t(actors) * i / 20)); });
    figures["select_stall_ms"] = heartbeat.phase();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    figures["peak_rss_mb"] = double(usage.ru_maxrss) / 1024.0;
    for (const auto &[name, value] : figures)
        std::printf("%s=%.3f\n", name.c_str(), value);
    return 0;
}

QString self;

void BM_Window(benchmark::State &state)
{
    const auto events = static_cast<std::int64_t>(state.range(0));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.cascade.json"));
    QString error;
    if (!writeCaseFile(generateCase(GeneratorOptions{std::max<std::int64_t>(events / 10, 1), events, 7}), path, &error)) {
        state.SkipWithError(error.toStdString().c_str());
        return;
    }
    for (auto _ : state) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        p.start(self, {QStringLiteral("--child"), path});
        if (!p.waitForFinished(-1) || p.exitCode() != 0) {
            state.SkipWithError("the child failed");
            return;
        }
        state.SetIterationTime(double(t.nsecsElapsed()) / 1e9);
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                state.counters[line.left(eq).toStdString()] = line.mid(eq + 1).toDouble();
        }
    }
}
BENCHMARK(BM_Window)->Arg(10000)->Arg(100000)->Arg(1000000)->ArgName("events")->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc >= 3 && QLatin1String(argv[1]) == QLatin1String("--child"))
        return child(QString::fromLocal8Bit(argv[2]));
    self = QCoreApplication::applicationFilePath();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
