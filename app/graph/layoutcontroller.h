// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/layoutengine.h"
#include "core/layout/layoutoptions.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <QFuture>

#include <memory>
#include <vector>

namespace cascade {

class CaseDocument;
class GraphScene;

// Gives a GraphScene its layout: the one saved in the case when there is one (instant
// reopen), else the layout engine's, computed on a worker thread with progress and
// cancel (core/layout/layoutengine.h). A layout the user asks for is stored in the
// document through an undoable ApplyLayoutCommand, the pins of actors placed by hand
// kept; the automatic layout of a freshly opened case is only shown (opening a case
// does not modify it).
class LayoutController : public QObject
{
    Q_OBJECT
public:
    LayoutController(CaseDocument *document, GraphScene *scene, QObject *parent = nullptr);
    ~LayoutController() override;

    // The engine chosen (Auto by default) and the one that drew the scene.
    LayoutEngineKind engine() const { return m_engine; }
    QString shownEngine() const;

    // Shows the case laid out with `kind`: the saved layout when the case has one for it,
    // else a new run (stored in the document). Auto resolves by size (chooseEngine()).
    void showLayout(LayoutEngineKind kind);
    // Runs the chosen engine again (actors placed by hand stay where they are) and
    // stores the result.
    void relayout();
    // What the window does when a case opens: the saved layout, or the chosen engine's,
    // without storing it.
    void layoutCase();
    void cancel();
    bool isRunning() const { return m_watcher != nullptr; }
    // Blocks until the current run ends and applies its result (tests, headless use).
    void waitForFinished();

    // The layout of the document's case with `kind`, synchronously: the saved one when
    // the case has it, else computed on this thread. For the exporter and the CLI.
    static LayoutResult layoutNow(const CaseDocument &document, LayoutEngineKind kind,
                                  const LayoutControl &control = {});
    // The concrete engine `kind` means for the document's case (Auto resolved).
    static LayoutEngineKind resolve(const CaseDocument &document, LayoutEngineKind kind);

    // Cases with more actors than this have their layout graph built (or their saved
    // layout restored) on the worker thread too; smaller ones show a saved layout at once.
    static constexpr std::size_t kBackgroundActors = 5000;

signals:
    void runningChanged(bool running);
    // permille 0..1000 and what is being done.
    void progress(int permille, const QString &text);
    // A layout was shown (ok) or not (cancelled, failed), with a message for the user.
    void finished(bool ok, const QString &message);

private:
    void start(LayoutEngineKind kind, bool useSaved, bool store);
    void runFinished();
    // Stops every run that still reads the case (the current one and those it replaced)
    // and waits for them: before the document replaces or frees its case.
    void stopAndWait();

    CaseDocument *m_document;
    GraphScene *m_scene;
    LayoutEngineKind m_engine = LayoutEngineKind::Auto;
    QFutureWatcher<LayoutResult> *m_watcher = nullptr;
    std::vector<QFuture<LayoutResult>> m_superseded; // replaced runs, possibly still reading the case
    bool m_store = false;
};

} // namespace cascade
