// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"
#include "app/presentation/displayformat.h"
#include "app/presentation/language.h"
#include "app/presentation/presentationwindow.h"

#include "app/caseoverview.h"
#include "app/document/autosaver.h"
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/editors/caseeditor.h"
#include "app/export/exportdialog.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "app/importdialog.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorspanel.h"
#include "app/inspector/actortablemodel.h"
#include "app/inspector/cascadespanel.h"
#include "app/inspector/eventspanel.h"
#include "app/rosterdialog.h"
#include "app/timeline/timelinepanel.h"
#include "app/timeline/transport.h"
#include "core/io/casefile.h"
#include "core/io/import/importer.h"
#include "core/model/case.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>

#include <algorithm>
#include <functional>
#include <utility>

namespace cascade {

namespace {
constexpr int kMaxRecent = 8;
const char *const kRecentKey = "files/recent";
} // namespace

QString bundledCasePath()
{
    return QStringLiteral(":/cases/haiti-2010.cascade.json");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new CaseDocument(this)), m_loader(new CaseLoader(this)),
      m_overview(new CaseOverview(m_document)), m_graph(new GraphView(m_document, this)),
      m_timeline(new TimelinePanel(m_document)), m_inspector(new ActorInspector(m_document)),
      m_actors(new ActorsPanel(m_document)), m_events(new EventsPanel(m_document)),
      m_cascades(new CascadesPanel(m_document)),
      m_editor(new CaseEditor(m_document, this)), m_autosaver(new Autosaver(m_document, this)), m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_graph);
    // The window frames the story of the moment and follows it (View > Follow the Story).
    m_graph->setFollowStory(true);
    createDocks();
    createActions();
    connect(m_graph, &GraphView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    // New events flash in the graph while the timeline plays; a click on a link shows
    // the events behind it in the inspector.
    connect(m_timeline->transport(), &Transport::playingChanged, m_graph, &GraphView::setPlaying);
    connect(m_graph, &GraphView::edgeClicked, m_inspector, &ActorInspector::showEdge);
    connect(m_inspector, &ActorInspector::criticalActorsChanged, m_graph->graphScene(), &GraphScene::setCriticalActors);
    // Editing: the graph's right-click menu on an actor, the actors table's rows.
    connect(m_graph, &GraphView::actorMenuRequested, this, [this](ActorId actor, const QPoint &globalPos) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        m_editor->fillActorMenu(menu, actor);
        menu->popup(globalPos);
    });
    m_editor->setSelectedActors([this] { return m_actors->selectedActors(); });
    connect(m_actors, &ActorsPanel::actorActivated, m_editor, &CaseEditor::editActor);
    // Enter or a double-click on an event row edits it (the row is the selected event).
    connect(m_events->view(), &QAbstractItemView::activated, m_editor, [this] { m_editor->editEvent(m_document->selectedEvent()); });
    // A source's link opens only on a click (CaseOverview passes http and https only).
    connect(m_overview, &CaseOverview::linkActivated, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_loader, &CaseLoader::finished, this, &MainWindow::loadFinished);
    connect(m_loader, &CaseLoader::progress, this, [this](int percent) {
        if (m_progress)
            m_progress->setValue(percent);
    });
    connect(m_document, &CaseDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &CaseDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &CaseDocument::caseReset, this, &MainWindow::updateTitle);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);
    connect(m_autosaver, &Autosaver::saved, this, [this](const QString &, const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 8000);
    });
    statusBar()->showMessage(tr("Ready"));
    resize(1400, 900);
    updateTitle();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        m_defaultDockSizes = nullptr;
}

MainWindow::~MainWindow()
{
    // The views and dialogs observe the document until they are gone: delete them before
    // it (as the window's first child, the document would otherwise go first).
    qDeleteAll(findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly));
    qDeleteAll(findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete takeCentralWidget();
}

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    auto addDock = [this](const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        return dock;
    };
    auto *lists = new QTabWidget;
    lists->setObjectName(QStringLiteral("ListsTabs"));
    lists->addTab(m_actors, tr("Actors"));
    lists->addTab(m_events, tr("Events"));
    lists->addTab(m_cascades, tr("Cascades"));
    lists->addTab(m_overview, tr("Case"));
    // A cascade selected elsewhere (the inspector's links) shows its row.
    connect(m_document, &CaseDocument::selectionChanged, lists, [this, lists] {
        if (m_document->selectedCascade() != kNoEvent)
            lists->setCurrentWidget(m_cascades);
    });
    QDockWidget *listsDock = addDock(tr("Lists"), QStringLiteral("ListsDock"), lists, Qt::LeftDockWidgetArea);
    QDockWidget *inspectorDock = addDock(tr("Inspector"), QStringLiteral("InspectorDock"), m_inspector, Qt::RightDockWidgetArea);
    QDockWidget *timeline = addDock(tr("Timeline"), QStringLiteral("TimelineDock"), m_timeline, Qt::BottomDockWidgetArea);
    // Every edit, in order: a click goes back (or forward) to that point.
    auto *history = new QUndoView(m_document->undoStack());
    history->setObjectName(QStringLiteral("UndoHistory"));
    history->setEmptyLabel(tr("<opened case>"));
    QDockWidget *historyDock = addDock(tr("Undo History"), QStringLiteral("UndoHistoryDock"), history, Qt::RightDockWidgetArea);
    tabifyDockWidget(inspectorDock, historyDock);
    inspectorDock->raise();
    historyDock->hide();
    // The timeline spans the whole width under the graph and the side docks.
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);
    // Default proportions, applied once the window has its size (unless a saved state
    // was restored): the inspector wide enough for its values, the timeline readable;
    // in a small window both side docks give way so that the graph keeps at least 40% of
    // the width, and the timeline takes at most 40% of the height.
    m_defaultDockSizes = [this, timeline, listsDock, inspectorDock] {
        constexpr int kLists = 340, kInspector = 420, kTimeline = 270;
        resizeDocks({timeline}, {std::min(kTimeline, height() * 2 / 5)}, Qt::Vertical);
        const double sides = std::min(1.0, 0.6 * width() / (kLists + kInspector));
        resizeDocks({listsDock, inspectorDock}, {static_cast<int>(kLists * sides), static_cast<int>(kInspector * sides)},
                    Qt::Horizontal);
    };
    // Ctrl+F and the event filter shortcut bring their tab forward.
    connect(m_actors->findAction(), &QAction::triggered, this, [lists, this] { lists->setCurrentWidget(m_actors); });
    connect(m_events->filterAction(), &QAction::triggered, this, [lists, this] { lists->setCurrentWidget(m_events); });
}

namespace {

// The platform's standard keys for a command plus the one docs/using.md names: some
// keyboard schemes (a bare X11 session, the offscreen platform) give no Save As or Quit
// key at all, or only Ctrl+Y for Redo.
QList<QKeySequence> withKey(QKeySequence::StandardKey standard, const QKeySequence &documented)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(documented))
        keys.append(documented);
    return keys;
}

} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newCase = file->addAction(tr("&New Case"), this, &MainWindow::newCase);
    newCase->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open..."), this, [this] {
        if (!maybeSave())
            return;
        const QString dir = QFileInfo(m_document->filePath()).absolutePath();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a case"),
                                                          m_document->filePath().startsWith(QLatin1Char(':')) ? QString() : dir,
                                                          tr("Cascade cases (*.cascade.json *.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(tr("Open the &Haiti 2010 case"), this, [this] {
        if (maybeSave())
            openFile(bundledCasePath());
    });
    // File > Import: one dialog at a time; it opens the imported case (asking first to
    // save changes) or adds it to the open case as one undo step.
    QAction *importData = file->addAction(tr("&Import..."), this, [this] { showImportDialog({}); });
    importData->setObjectName(QStringLiteral("ImportAction"));
    importData->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    // File > Apply Roster: classifies the open case's actors from the team's CSV, after a
    // preview, as one undo step.
    QAction *roster = file->addAction(tr("Apply &Roster..."), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a roster"), QString(),
                                                          tr("Rosters (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            showRosterDialog(path);
    });
    roster->setObjectName(QStringLiteral("ApplyRosterAction"));
    roster->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As..."), this, &MainWindow::saveAs);
    saveAs->setShortcuts(withKey(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    file->addSeparator();
    QAction *exportSlides = file->addAction(tr("&Export Slides..."), this, [this] {
        auto *dialog = new ExportDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (m_graph->graphScene()->hasLayout())
            dialog->setLayout(m_graph->graphScene()->layout());
        dialog->show();
    });
    exportSlides->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // A slide shows the window's layout: wait for it (a big case's is computed in the
    // background, and the exporter would otherwise compute one on this thread).
    connect(m_graph->layoutController(), &LayoutController::runningChanged, exportSlides, [exportSlides](bool running) {
        exportSlides->setEnabled(!running);
        exportSlides->setStatusTip(running ? tr("Export Slides: available once the layout is ready") : QString());
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcuts(withKey(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys = withKey(QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    for (QAction *a : {m_actors->findAction(), m_events->filterAction()}) {
        a->setShortcutContext(Qt::WindowShortcut);
        edit->addAction(a);
        addAction(a);
    }

    // Case: the editors (actors, events, the story). Delete acts where actors are shown,
    // never in a text field.
    QMenu *caseMenu = menuBar()->addMenu(tr("&Case"));
    m_editor->fillMenu(caseMenu);
    addActions(caseMenu->actions());
    removeAction(m_editor->deleteActorsAction());
    for (QWidget *w : std::initializer_list<QWidget *>{m_graph, static_cast<QWidget *>(m_actors->view())})
        w->addAction(m_editor->deleteActorsAction());
    m_actors->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_actors->view()->addActions(m_editor->actorActions());
    m_events->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_events->view()->addActions({m_editor->editEventAction(), m_editor->deleteEventAction(), m_editor->addEventAction(),
                                  m_editor->addOfflineAction()});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_present = view->addAction(tr("&Present"), this, [this] {
        if (m_presentation) {
            m_presentation->activateWindow();
            return;
        }
        m_presentation = new PresentationWindow(m_document, this);
        m_presentation->start(PresentationWindow::beatAt(*m_document));
    });
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setShortcutContext(Qt::WindowShortcut);
    m_present->setStatusTip(tr("Full screen, one milestone at a time: Right or Page Down replays to the next, Esc leaves"));
    addAction(m_present);
    view->addSeparator();
    view->addActions(m_graph->viewActions());
    view->addSeparator();
    view->addMenu(m_graph->sizeMenu());
    view->addMenu(m_graph->noteMenu());
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    buildLanguageMenu(view->addMenu(tr("&Language")));

    menuBar()->addMenu(m_graph->layoutMenu());

    // Transport: its keys (Space, arrows, Home/End, Page Up/Down, [ and ]) work while the
    // graph or the timeline has the focus; the lists and the inspector keep those keys
    // for their own navigation. The timeline zoom works in the whole window.
    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    const QList<QAction *> transport = m_timeline->timelineActions();
    for (qsizetype i = 0; i < transport.size(); ++i) {
        QAction *a = transport[i];
        if (a->objectName().contains(QStringLiteral("Zoom")) && !transport[i - 1]->objectName().contains(QStringLiteral("Zoom")))
            playback->addSeparator();
        playback->addAction(a);
        if (a->objectName().contains(QStringLiteral("Zoom"))) {
            // Alt+=, Alt+-, Alt+0 type nothing anywhere: window-wide.
            a->setShortcutContext(Qt::WindowShortcut);
            addAction(a);
            continue;
        }
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_graph->addAction(a);
    }

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    // W: on the graph, the inspector and the timeline; the lists keep their letters for
    // type-ahead, text fields for typing.
    QAction *whatIf = m_inspector->whatIfAction();
    whatIf->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    analysis->addAction(whatIf);
    for (QWidget *w : std::initializer_list<QWidget *>{m_graph, m_inspector, m_timeline})
        w->addAction(whatIf);
    QMenu *credit = analysis->addMenu(tr("&Credit Rule"));
    credit->addActions(m_inspector->creditRuleActions());
}

void MainWindow::buildLanguageMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("LanguageMenu"));
    auto *group = new QActionGroup(menu);
    const QString saved = Language::saved();
    const auto add = [&](const QString &tag, const QString &text) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(tag == saved);
        action->setData(tag);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, tag] {
            Language::save(tag);
            const QString next = Language::resolve(tag);
            const QString message = next == Language::current()
                                        ? tr("Interface language: %1 (already in use).").arg(Language::nativeName(next))
                                        : tr("Interface language from the next start: %1.").arg(Language::nativeName(next));
            statusBar()->showMessage(message, 8000);
        });
    };
    add(QString(), tr("&System (%1)").arg(Language::nativeName(Language::resolve(QString()))));
    menu->addSeparator();
    for (const QString &tag : Language::available())
        add(tag, Language::nativeName(tag));
    menu->addSeparator();
    QAction *note = menu->addAction(tr("Applies at the next start"));
    note->setEnabled(false);
}

void MainWindow::openFile(const QString &path)
{
    m_pendingPath = path;
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setWindowTitle(tr("Opening"));
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, m_loader, &CaseLoader::cancel);
    }
    m_progress->setLabelText(tr("Reading %1...").arg(QFileInfo(path).fileName()));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    statusBar()->showMessage(tr("Opening %1...").arg(path));
    m_loader->load(path);
}

void MainWindow::loadFinished(const QString &path)
{
    ReadResult result = m_loader->takeResult();
    if (m_progress) {
        m_progress->reset();
        m_progress->hide();
    }
    if (result.cancelled) {
        statusBar()->showMessage(tr("Opening %1 cancelled; the open case is unchanged").arg(path), 5000);
        return;
    }
    if (!result.ok()) {
        m_lastError = result.errorText();
        statusBar()->showMessage(tr("Could not open %1").arg(path), 5000);
        const int shown = std::min<int>(static_cast<int>(result.problems.size()), 12);
        QStringList lines;
        for (int i = 0; i < shown; ++i)
            lines << result.problems[static_cast<std::size_t>(i)].toString();
        if (static_cast<int>(result.problems.size()) > shown)
            lines << tr("... and %1 more (see details)").arg(result.problems.size() - static_cast<std::size_t>(shown));
        showError(tr("Could not open %1: the open case is unchanged.\n\n%2")
                      .arg(QFileInfo(path).fileName(), lines.join(QLatin1Char('\n'))),
                  m_lastError);
        return;
    }
    m_lastError.clear();
    const int actors = static_cast<int>(result.value->actors.size());
    const int events = static_cast<int>(result.value->events.size());
    m_document->reset(std::move(*result.value), path);
    watch(path);
    if (!path.startsWith(QLatin1Char(':')))
        rememberRecent(path);
    statusBar()->showMessage(tr("Opened %1: %2 actors, %3 events").arg(QFileInfo(path).fileName(), DisplayFormat::count(actors), DisplayFormat::count(events)), 5000);
}

void MainWindow::showError(const QString &text, const QString &details)
{
    if (!m_interactive)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Cascade"), text, QMessageBox::Ok, this);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] - Cascade").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

bool MainWindow::save()
{
    const QString path = m_document->filePath();
    if (path.isEmpty() || path.startsWith(QLatin1Char(':')))
        return saveAs();
    QString error;
    m_watcher->removePath(path); // our own write is not an outside change
    const bool ok = m_document->saveTo(path, &error);
    watch(path);
    if (!ok) {
        showError(tr("Could not save the case."), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(path), 4000);
    return true;
}

QMessageBox *MainWindow::offerRecovery()
{
    const std::vector<Autosaver::Recovery> pending = Autosaver::pendingRecoveries();
    if (pending.empty())
        return nullptr;
    // The newest first; the others are offered at the next start.
    const Autosaver::Recovery r = pending.front();
    const QString when = QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cascade"),
                                tr("Cascade did not close normally. Unsaved changes to %1 were autosaved at %2.")
                                    .arg(r.name.isEmpty() ? tr("an untitled case") : r.name, when),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("RecoveryPrompt"));
    box->setInformativeText(tr("Restore opens the case with those changes, unsaved. Discard deletes the autosave. "
                               "Later keeps it and asks again at the next start."));
    QPushButton *restore = box->addButton(tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("RestoreButton"));
    box->addButton(tr("&Discard"), QMessageBox::DestructiveRole)->setObjectName(QStringLiteral("DiscardButton"));
    box->addButton(tr("&Later"), QMessageBox::RejectRole)->setObjectName(QStringLiteral("LaterButton"));
    box->setDefaultButton(restore);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, r] {
        const QString clicked = box->clickedButton() ? box->clickedButton()->objectName() : QString();
        if (clicked == QLatin1String("DiscardButton")) {
            Autosaver::discard(r);
            return;
        }
        if (clicked != QLatin1String("RestoreButton") || !maybeSave())
            return;
        ReadResult read = readCaseFile(r.caseFile);
        if (!read.ok()) {
            showError(tr("The autosave of %1 could not be read; it is kept in %2.").arg(r.name, r.caseFile), read.errorText());
            return;
        }
        m_document->resetRecovered(std::move(*read.value), r.originalFile);
        watch(r.originalFile);
        Autosaver::discard(r); // the window autosaves it again, under this session
        statusBar()->showMessage(tr("Restored the autosave of %1: save it to keep the changes").arg(r.name), 8000);
    });
    box->open();
    return box;
}

void MainWindow::newCase()
{
    if (!maybeSave())
        return;
    Case empty = makeEmptyCase();
    empty.title = tr("Untitled case");
    m_document->reset(std::move(empty), QString());
    watch(QString());
    statusBar()->showMessage(tr("A new, empty case: add actors from the Case menu (%1)")
                                 .arg(m_editor->addActorAction()->shortcut().toString(QKeySequence::NativeText)),
                             8000);
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty() || suggested.startsWith(QLatin1Char(':')))
        suggested = QFileInfo(suggested).fileName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the case"), suggested,
                                                      tr("Cascade cases (*.cascade.json)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!m_document->saveTo(path, &error)) {
        showError(tr("Could not save the case."), error);
        return false;
    }
    watch(path);
    rememberRecent(path);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified() || !m_interactive)
        return true;
    const auto answer = QMessageBox::warning(this, tr("Cascade"), tr("The case has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!path.isEmpty() && !path.startsWith(QLatin1Char(':')))
        m_watcher->addPath(path);
}

void MainWindow::fileChangedOnDisk(const QString &path)
{
    if (path != m_document->filePath() || m_reloadPending)
        return;
    // Editors often replace a file (remove + create): wait a moment, then look.
    m_reloadPending = true;
    QTimer::singleShot(300, this, [this, path] {
        m_reloadPending = false;
        if (!QFileInfo::exists(path))
            return;
        watch(path);
        if (m_document->isModified() && m_interactive) {
            const auto answer = QMessageBox::question(
                this, tr("Cascade"),
                tr("%1 changed on disk and the open case has unsaved changes. Reload and lose them?")
                    .arg(QFileInfo(path).fileName()));
            if (answer != QMessageBox::Yes)
                return;
        }
        openFile(path);
    });
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName() + QStringLiteral("  (") + QFileInfo(path).absolutePath() + QLatin1Char(')'),
                                this, [this, path] {
                                    if (maybeSave())
                                        openFile(path);
                                });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_loader->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_defaultDockSizes)
        QTimer::singleShot(0, this, std::exchange(m_defaultDockSizes, nullptr));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !event->mimeData()->urls().isEmpty()
        && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

RosterDialog *MainWindow::showRosterDialog(const QString &path)
{
    auto *dialog = new RosterDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->loadRoster(path);
    dialog->show();
    return dialog;
}

void MainWindow::showImportDialog(const QStringList &inputs)
{
    auto *dialog = findChild<ImportDialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new ImportDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setConfirmReplace([this] { return maybeSave(); });
    }
    if (!inputs.isEmpty())
        dialog->setInputs(inputs);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    // Collected data (twarc, Bluesky, an X archive...: told by content, as the importer
    // does) goes to the import dialog; anything else is opened as a case file.
    const QString first = urls.constFirst().toLocalFile();
    if (detectImportFormat(first) != ImportFormat::Auto) {
        QStringList paths;
        for (const QUrl &url : urls)
            if (url.isLocalFile())
                paths.push_back(url.toLocalFile());
        showImportDialog(paths);
        return;
    }
    if (maybeSave())
        openFile(first);
}

} // namespace cascade
