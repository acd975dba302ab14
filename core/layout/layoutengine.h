// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/layoutgraph.h"
#include "core/layout/layoutoptions.h"
#include "core/layout/layoutresult.h"
#include "core/model/savedlayout.h"

#include <QFuture>
#include <QString>

#include <functional>
#include <map>
#include <optional>
#include <stop_token>

namespace cascade {

struct Case;

// How a caller follows and stops a layout. Both members may be empty.
struct LayoutControl {
    std::stop_token stop;
    std::function<bool()> cancelled; // polled too (QPromise::isCanceled, a flag...)
    // fraction done (0..1) and what is being done, e.g. "Laying out with sfdp"
    std::function<void(double fraction, const QString &stage)> progress;

    bool stopRequested() const { return stop.stop_requested() || (cancelled && cancelled()); }
    void report(double fraction, const QString &stage) const
    {
        if (progress)
            progress(fraction, stage);
    }
};

// Lays a case's actor graph out (see ../../docs/performance.md, "Layout", for speeds).
// The whole case is laid out once, all actors ever present included, so positions
// never move while the cursor scrubs; actors placed by hand (LayoutOptions::pins) keep
// their place through a re-layout. Graphviz engines run one at a time, by default in a
// child process so that a cancel is immediate (see runGraphviz()); Cascade's own engines
// (balloon, swimlane) poll the cancel flag as they go. The same graph, options and seed
// give the same result in every run and every process.
//
// Typical use from the GUI:
//   QFuture<LayoutResult> f = LayoutEngine::start([&c](const LayoutControl &) {
//       return LayoutJob{buildLayoutGraph(c), options};   // in the worker too
//   });
//   // QFutureWatcher: progressValueChanged (0..1000), progressTextChanged, finished;
//   // f.cancel() stops it promptly.
// What a run starts from, prepared on the worker thread: the graph and options to lay
// out, or a result ready as it is (a layout saved in the case).
struct LayoutJob {
    LayoutGraph graph;
    LayoutOptions options;
    std::optional<LayoutResult> ready;
};

class LayoutEngine
{
public:
    // Lays the graph out on the calling thread.
    static LayoutResult run(const LayoutGraph &graph, const LayoutOptions &options,
                            const LayoutControl &control = {});

    // Runs run() on QThreadPool::globalInstance(). Progress 0..1000 with a text; cancel
    // with QFuture::cancel(). The future holds one result unless cancelled.
    static QFuture<LayoutResult> start(LayoutGraph graph, LayoutOptions options);
    // The same, with the graph built (or a saved layout restored) by `prepare` on the
    // worker thread: at 100k actors building the graph alone takes half a second.
    static QFuture<LayoutResult> start(std::function<LayoutJob(const LayoutControl &)> prepare);

    // Rebuilds a result from positions stored in a case without running an engine:
    // nodes sized as `options` say, straight edges (curved for dot and swimlane;
    // swimlane lanes are recomputed). Nothing when the saved layout does not give every
    // actor of the graph a position.
    static std::optional<LayoutResult> restore(const LayoutGraph &graph, const SavedLayout &saved,
                                               const LayoutOptions &options);

    // What to store in Case::layouts[result.engine]: every actor's centre, with the pins
    // of `pins` kept.
    static SavedLayout save(const LayoutResult &result, const std::vector<SavedLayout::Position> &pins = {});

    // The pins stored for `engine` in the case (positions marked pinned), or nothing.
    static std::vector<SavedLayout::Position> pinsOf(const Case &c, const QString &engine);
    // The same from a copy of Case::layouts, for a case of `actorCount` actors.
    static std::vector<SavedLayout::Position> pinsOf(const std::map<QString, SavedLayout> &layouts,
                                                     std::size_t actorCount, const QString &engine);
};

} // namespace cascade
