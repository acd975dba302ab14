// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QLockFile;
class QTimer;

namespace cascade {

class CaseDocument;

// Crash recovery. While the document has unsaved changes, a copy of the case is written
// to a recovery file (5 seconds after the last edit, and every 60 seconds while edits go
// on), on a worker thread, through the atomic writer; saving, going back to the saved
// state, opening another case or closing the window normally removes it. Each running
// window holds a lock beside its recovery file; a recovery file whose lock nobody holds
// was left by a session that ended without closing (a crash, a kill, a power cut), and
// the next start offers it (MainWindow::offerRecovery()).
//
// Files, under QStandardPaths::AppDataLocation/recovery: SESSION.cascade.json (the case),
// SESSION.json (what it is: the case's file, its name, the time of the autosave),
// SESSION.lock.
class Autosaver : public QObject
{
    Q_OBJECT
public:
    explicit Autosaver(CaseDocument *document, QObject *parent = nullptr);
    // A normal end: waits for a write in progress and removes this session's files.
    ~Autosaver() override;

    // The delays, in milliseconds (tests shorten them).
    void setDelays(int afterLastEditMs, int periodMs);
    // Writes the recovery file now if there are changes it does not hold yet.
    void saveNow();
    QString recoveryFile() const { return m_casePath; }
    // Whether the recovery file holds the document's latest changes.
    bool isUpToDate() const { return !m_dirty && !m_writing; }

    // A recovery file left by a session that did not close normally.
    struct Recovery {
        QString caseFile;     // the autosaved case
        QString infoFile;     // SESSION.json
        QString lockFile;
        QString originalFile; // the file the case was opened from (empty: never saved)
        QString name;         // the case's name as the title bar showed it
        QDateTime time;       // when it was autosaved (UTC)
    };
    // Such files, newest first; each is locked for this process until discard() or the
    // end of the process (so two windows never offer the same one).
    static std::vector<Recovery> pendingRecoveries();
    static void discard(const Recovery &recovery);
    // The folder of the recovery files.
    static QString recoveryDir();

signals:
    // A recovery file was written (or could not be: `error` then says why).
    void saved(const QString &path, const QString &error);

private:
    void documentChanged();
    void modifiedChanged(bool modified);
    void removeFiles();
    void writeFinished(const QString &error);

    CaseDocument *m_document;
    QTimer *m_idle;
    QTimer *m_period;
    QString m_session;
    QString m_casePath;
    QString m_infoPath;
    std::unique_ptr<QLockFile> m_lock;
    QFuture<QString> m_write;
    bool m_dirty = false;   // changes the recovery file does not hold
    bool m_writing = false;
    bool m_dropWrite = false; // the write in flight was overtaken by a save
};

} // namespace cascade
