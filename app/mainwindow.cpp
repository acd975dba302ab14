// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/caseoverview.h"
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

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
      m_overview(new CaseOverview(m_document, this)), m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setCentralWidget(m_overview);
    createActions();
    connect(m_loader, &CaseLoader::finished, this, &MainWindow::loadFinished);
    connect(m_loader, &CaseLoader::progress, this, [this](int percent) {
        if (m_progress)
            m_progress->setValue(percent);
    });
    connect(m_document, &CaseDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &CaseDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &CaseDocument::caseReset, this, &MainWindow::updateTitle);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);
    statusBar()->showMessage(tr("Ready"));
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1400, 900);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As..."), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
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
    statusBar()->showMessage(tr("Opened %1: %2 actors, %3 events").arg(QFileInfo(path).fileName()).arg(actors).arg(events), 5000);
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

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !event->mimeData()->urls().isEmpty()
        && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    if (maybeSave())
        openFile(urls.constFirst().toLocalFile());
}

int runMainWindow(const QStringList &args)
{
    MainWindow window;
    window.show();
    window.openFile(args.isEmpty() ? bundledCasePath() : args.constFirst());
    return QApplication::exec();
}

} // namespace cascade
