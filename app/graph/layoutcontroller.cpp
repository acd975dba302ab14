// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/layoutcontroller.h"

#include "app/document/applylayoutcommand.h"
#include "app/document/casedocument.h"
#include "app/graph/graphscene.h"
#include "app/presentation/displayformat.h"
#include "core/model/case.h"

#include <QCoreApplication>
#include <QSignalBlocker>
#include <QUndoStack>

namespace cascade {

namespace {

LayoutGraph graphOf(const Case &c)
{
    return buildLayoutGraph(c, GraphScene::labelWidths(c));
}

LayoutEngineKind resolveKind(const LayoutGraph &graph, LayoutEngineKind kind)
{
    return kind == LayoutEngineKind::Auto ? chooseEngine(graph, LayoutOptions{}) : kind;
}

// The saved layout to show for `kind`: the engine's own; for Auto, failing that, any
// layout the case stores completely (what its author saved).
std::optional<LayoutResult> restoreSaved(const std::map<QString, SavedLayout> &layouts, const LayoutGraph &graph,
                                         LayoutEngineKind requested, LayoutEngineKind resolved)
{
    const LayoutOptions options;
    const auto own = layouts.find(layoutEngineName(resolved));
    if (own != layouts.end())
        if (auto r = LayoutEngine::restore(graph, own->second, options))
            return r;
    if (requested == LayoutEngineKind::Auto)
        for (const auto &[name, saved] : layouts)
            if (auto r = LayoutEngine::restore(graph, saved, options))
                return r;
    return std::nullopt;
}

// What a layout of `c` with `kind` starts from: its graph (label widths measured on the
// GUI thread beforehand) and the engine's options with the pins of `layouts`, or the
// saved layout when `useSaved` and there is one. `layouts` is a copy of the case's when
// this runs on a worker: the GUI thread may edit the case's own meanwhile (a drag, an
// undo); its actors and events stay as they are until the document's aboutToReset().
LayoutJob prepareJob(const Case &c, const std::map<QString, SavedLayout> &layouts, const std::vector<double> &labelWidths,
                     LayoutEngineKind kind, bool useSaved, const LayoutControl &control = {})
{
    LayoutJob job;
    job.graph = buildLayoutGraph(c, labelWidths);
    if (control.stopRequested())
        return job;
    const LayoutEngineKind resolved = resolveKind(job.graph, kind);
    if (useSaved)
        job.ready = restoreSaved(layouts, job.graph, kind, resolved);
    job.options.engine = resolved;
    job.options.pins = LayoutEngine::pinsOf(layouts, c.actors.size(), layoutEngineName(resolved));
    return job;
}

} // namespace

LayoutController::LayoutController(CaseDocument *document, GraphScene *scene, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene)
{
    connect(m_document, &CaseDocument::aboutToReset, this, &LayoutController::stopAndWait);
}

LayoutController::~LayoutController()
{
    const QSignalBlocker quiet(this); // the views listening may be half destroyed already
    stopAndWait();
}

void LayoutController::stopAndWait()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher->waitForFinished();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        emit runningChanged(false);
    }
    for (QFuture<LayoutResult> &f : m_superseded) {
        f.cancel();
        f.waitForFinished();
    }
    m_superseded.clear();
}

QString LayoutController::shownEngine() const
{
    return m_scene->engine();
}

LayoutEngineKind LayoutController::resolve(const CaseDocument &document, LayoutEngineKind kind)
{
    if (kind != LayoutEngineKind::Auto)
        return kind;
    return resolveKind(graphOf(document.caseData()), kind);
}

LayoutResult LayoutController::layoutNow(const CaseDocument &document, LayoutEngineKind kind, const LayoutControl &control)
{
    const Case &c = document.caseData();
    LayoutJob job = prepareJob(c, c.layouts, GraphScene::labelWidths(c), kind, true, control);
    if (job.ready)
        return std::move(*job.ready);
    return LayoutEngine::run(job.graph, job.options, control);
}

void LayoutController::layoutCase()
{
    start(m_engine, true, false);
}

void LayoutController::showLayout(LayoutEngineKind kind)
{
    m_engine = kind;
    start(kind, true, true);
}

void LayoutController::relayout()
{
    start(m_engine, false, true);
}

void LayoutController::cancel()
{
    if (m_watcher)
        m_watcher->cancel();
}

void LayoutController::start(LayoutEngineKind kind, bool useSaved, bool store)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_superseded.push_back(m_watcher->future()); // its thread ends on its own; the result is dropped
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    std::erase_if(m_superseded, [](const QFuture<LayoutResult> &f) { return f.isFinished(); });
    const Case &c = m_document->caseData();
    if (c.actors.empty()) {
        m_scene->clearLayout();
        emit runningChanged(false);
        return;
    }
    m_store = store;
    std::vector<double> widths = GraphScene::labelWidths(c); // font metrics: on this thread
    QFuture<LayoutResult> future;
    QString stage;
    if (c.actors.size() <= kBackgroundActors) {
        LayoutJob job = prepareJob(c, c.layouts, widths, kind, useSaved);
        if (job.ready) {
            m_scene->setLayout(*job.ready);
            emit runningChanged(false);
            emit finished(true, tr("Layout %1 (saved in the case)").arg(job.ready->engine));
            return;
        }
        stage = tr("Laying out with %1").arg(layoutEngineName(job.options.engine));
        future = LayoutEngine::start(std::move(job.graph), std::move(job.options));
    } else {
        // The case stays as it is while this runs: the document's aboutToReset() waits for it.
        const Case *shared = &c;
        stage = tr("Preparing the graph of %n actors", nullptr, static_cast<int>(c.actors.size()));
        future = LayoutEngine::start([shared, layouts = c.layouts, widths = std::move(widths), kind,
                                      useSaved](const LayoutControl &control) {
            return prepareJob(*shared, layouts, widths, kind, useSaved, control);
        });
    }
    m_watcher = new QFutureWatcher<LayoutResult>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher ? m_watcher->progressText() : QString()); });
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString &text) { emit progress(m_watcher ? m_watcher->progressValue() : 0, text); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &LayoutController::runFinished);
    m_watcher->setFuture(future);
    emit runningChanged(true);
    emit progress(0, stage);
}

void LayoutController::waitForFinished()
{
    if (!m_watcher)
        return;
    m_watcher->waitForFinished();
    runFinished();
}

void LayoutController::runFinished()
{
    QFutureWatcher<LayoutResult> *watcher = m_watcher;
    if (!watcher)
        return;
    m_watcher = nullptr;
    watcher->disconnect(this);
    watcher->deleteLater();
    const QFuture<LayoutResult> future = watcher->future();
    emit runningChanged(false);
    if (future.isCanceled() || future.resultCount() == 0) {
        emit finished(false, tr("Layout cancelled"));
        return;
    }
    const LayoutResult result = future.result();
    if (!result.ok()) {
        emit finished(false, result.error.isEmpty() ? tr("Layout cancelled") : result.error);
        return;
    }
    m_scene->setLayout(result);
    if (result.restored) {
        emit finished(true, tr("Layout %1 (saved in the case)").arg(result.engine));
        return;
    }
    if (m_store) {
        const Case &c = m_document->caseData();
        const auto it = c.layouts.find(result.engine);
        std::optional<SavedLayout> before;
        if (it != c.layouts.end())
            before = it->second;
        const SavedLayout after = LayoutEngine::save(result, LayoutEngine::pinsOf(c, result.engine));
        if (!before || *before != after)
            m_document->undoStack()->push(new ApplyLayoutCommand(m_document, result.engine, before, after));
    }
    QString message = tr("Layout %1: %2 actors in %3 s")
                          .arg(result.engine, DisplayFormat::count(result.actorCount()), DisplayFormat::fixed(result.seconds, 2));
    if (!result.note.isEmpty())
        message += QStringLiteral(" (%1)").arg(result.note);
    emit finished(true, message);
}

} // namespace cascade
