// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/layoutcontroller.h"

#include "app/document/applylayoutcommand.h"
#include "app/document/casedocument.h"
#include "app/graph/graphscene.h"
#include "core/model/case.h"

#include <QCoreApplication>
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
std::optional<LayoutResult> restoreSaved(const Case &c, const LayoutGraph &graph, LayoutEngineKind requested,
                                         LayoutEngineKind resolved)
{
    const LayoutOptions options;
    const auto own = c.layouts.find(layoutEngineName(resolved));
    if (own != c.layouts.end())
        if (auto r = LayoutEngine::restore(graph, own->second, options))
            return r;
    if (requested == LayoutEngineKind::Auto)
        for (const auto &[name, saved] : c.layouts)
            if (auto r = LayoutEngine::restore(graph, saved, options))
                return r;
    return std::nullopt;
}

} // namespace

LayoutController::LayoutController(CaseDocument *document, GraphScene *scene, QObject *parent)
    : QObject(parent), m_document(document), m_scene(scene)
{
}

LayoutController::~LayoutController()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
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
    const LayoutGraph graph = graphOf(c);
    const LayoutEngineKind resolved = resolveKind(graph, kind);
    if (auto saved = restoreSaved(c, graph, kind, resolved))
        return std::move(*saved);
    LayoutOptions options;
    options.engine = resolved;
    options.pins = LayoutEngine::pinsOf(c, layoutEngineName(resolved));
    return LayoutEngine::run(graph, options, control);
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
        m_watcher->deleteLater(); // its thread ends on its own; the result is dropped
        m_watcher = nullptr;
    }
    const Case &c = m_document->caseData();
    if (c.actors.empty()) {
        m_scene->clearLayout();
        emit runningChanged(false);
        return;
    }
    const LayoutGraph graph = graphOf(c);
    const LayoutEngineKind resolved = resolveKind(graph, kind);
    if (useSaved) {
        if (auto saved = restoreSaved(c, graph, kind, resolved)) {
            m_scene->setLayout(*saved);
            emit runningChanged(false);
            emit finished(true, tr("Layout %1 (saved in the case)").arg(saved->engine));
            return;
        }
    }
    LayoutOptions options;
    options.engine = resolved;
    m_runEngine = layoutEngineName(resolved);
    options.pins = LayoutEngine::pinsOf(c, m_runEngine);
    m_store = store;
    m_watcher = new QFutureWatcher<LayoutResult>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher ? m_watcher->progressText() : QString()); });
    connect(m_watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString &text) { emit progress(m_watcher ? m_watcher->progressValue() : 0, text); });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &LayoutController::runFinished);
    m_watcher->setFuture(LayoutEngine::start(graph, std::move(options)));
    emit runningChanged(true);
    emit progress(0, tr("Laying out with %1").arg(m_runEngine));
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
    QString message = tr("Layout %1: %2 actors in %3 s").arg(result.engine).arg(result.actorCount())
                          .arg(result.seconds, 0, 'f', 2);
    if (!result.note.isEmpty())
        message += QStringLiteral(" (%1)").arg(result.note);
    emit finished(true, message);
}

} // namespace cascade
