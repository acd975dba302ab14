// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/presentation/presentationwindow.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QMessageBox;
class QProgressDialog;

namespace cascade {

class ActorInspector;
class Autosaver;
class ActorsPanel;
class CaseEditor;
class CaseDocument;
class CaseLoader;
class CaseOverview;
class RosterDialog;
class CascadesPanel;
class EventsPanel;
class GraphView;
class TimelinePanel;

// The bundled case that opens by default.
QString bundledCasePath();

// The explorer window: the open case, its menus, docks and file handling.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseDocument *document() const { return m_document; }
    CaseLoader *loader() const { return m_loader; }
    GraphView *graphView() const { return m_graph; }
    // View > Present (F5): the presentation mode, at the beat of the cursor.
    QAction *presentAction() const { return m_present; }
    PresentationWindow *presentation() const { return m_presentation; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    ActorInspector *inspector() const { return m_inspector; }
    ActorsPanel *actorsPanel() const { return m_actors; }
    EventsPanel *eventsPanel() const { return m_events; }
    CascadesPanel *cascadesPanel() const { return m_cascades; }
    CaseEditor *caseEditor() const { return m_editor; }
    Autosaver *autosaver() const { return m_autosaver; }

    // Starts opening a case file (in the background, with progress). On failure a
    // dialog lists the problems and the open case stays as it was.
    void openFile(const QString &path);
    // Problems of the last failed open, as shown in the dialog (for tests).
    QString lastError() const { return m_lastError; }
    // When false, failures are not shown in a modal dialog (tests, headless use).
    void setInteractive(bool interactive) { m_interactive = interactive; }

    bool save();
    bool saveAs();
    // File > New Case: an empty case with the default palette, unsaved (asks first to
    // save the open case's changes).
    void newCase();
    // File > Apply Roster's preview of `path` against the open case (shown, not modal).
    RosterDialog *showRosterDialog(const QString &path);
    // When a session ended without closing (a crash) and left an autosave, asks whether
    // to restore it (Restore, Discard, Later), naming the case and the time of the
    // autosave; returns the question (not modal to the application), or null when there
    // is nothing to restore.
    QMessageBox *offerRecovery();
    // Window geometry and dock arrangement from the last session.
    void restoreSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QAction *m_present = nullptr;
    QPointer<PresentationWindow> m_presentation;
    void createDocks();
    void createActions();
    // View > Language: the system's language or one Cascade speaks, saved for the next start.
    void buildLanguageMenu(QMenu *menu);
    void loadFinished(const QString &path);
    void updateTitle();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void fileChangedOnDisk(const QString &path);
    bool maybeSave();
    // File > Import's dialog (one at a time), with `inputs` added when given.
    void showImportDialog(const QStringList &inputs);
    void watch(const QString &path);
    void showError(const QString &title, const QString &text);

    CaseDocument *m_document;
    CaseLoader *m_loader;
    CaseOverview *m_overview;
    GraphView *m_graph;
    TimelinePanel *m_timeline;
    ActorInspector *m_inspector;
    ActorsPanel *m_actors;
    EventsPanel *m_events;
    CascadesPanel *m_cascades;
    CaseEditor *m_editor;
    Autosaver *m_autosaver;
    QFileSystemWatcher *m_watcher;
    QProgressDialog *m_progress = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QString m_lastError;
    QString m_pendingPath;
    bool m_interactive = true;
    bool m_reloadPending = false;
    std::function<void()> m_defaultDockSizes;
};

} // namespace cascade
