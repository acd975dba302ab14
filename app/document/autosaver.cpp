// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/autosaver.h"

#include "app/document/casedocument.h"
#include "core/io/atomicfile.h"
#include "core/io/casefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cascade {

namespace {

// Locks of other sessions' files taken by pendingRecoveries(), held until discarded or
// the end of the process.
std::vector<std::unique_ptr<QLockFile>> &heldLocks()
{
    static std::vector<std::unique_ptr<QLockFile>> locks;
    return locks;
}

} // namespace

QString Autosaver::recoveryDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

Autosaver::Autosaver(CaseDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_idle(new QTimer(this)), m_period(new QTimer(this))
{
    m_session = QStringLiteral("session-%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QDateTime::currentMSecsSinceEpoch());
    const QString dir = recoveryDir();
    m_casePath = dir + QLatin1Char('/') + m_session + QStringLiteral(".cascade.json");
    m_infoPath = dir + QLatin1Char('/') + m_session + QStringLiteral(".json");
    m_idle->setSingleShot(true);
    m_idle->setInterval(5000);
    m_period->setInterval(60000);
    connect(m_idle, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(m_period, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::documentChanged);
    connect(m_document, &CaseDocument::layoutEdited, this, &Autosaver::documentChanged);
    connect(m_document, &CaseDocument::modifiedChanged, this, &Autosaver::modifiedChanged);
}

Autosaver::~Autosaver()
{
    m_write.waitForFinished();
    removeFiles();
}

void Autosaver::setDelays(int afterLastEditMs, int periodMs)
{
    m_idle->setInterval(afterLastEditMs);
    m_period->setInterval(periodMs);
}

void Autosaver::documentChanged()
{
    if (!m_document->isModified())
        return;
    m_dirty = true;
    m_idle->start(); // again: 5 s after the last edit
    if (!m_period->isActive())
        m_period->start();
}

void Autosaver::modifiedChanged(bool modified)
{
    if (modified) {
        documentChanged();
        return;
    }
    // Saved, back at the saved state, or another case opened: nothing to recover.
    m_idle->stop();
    m_period->stop();
    m_dirty = false;
    // A write in flight would put the files back after they are removed: it is waited
    // for (a save writes the whole case on this thread anyway), and its result dropped.
    if (m_writing) {
        m_write.waitForFinished();
        m_dropWrite = true;
    }
    removeFiles();
}

void Autosaver::saveNow()
{
    if (!m_dirty || !m_document->isModified())
        return;
    if (m_writing)
        return; // writeFinished() writes again: m_dirty stays set
    if (!m_lock) {
        if (!QDir().mkpath(recoveryDir())) {
            emit saved(m_casePath, tr("cannot create the folder %1").arg(recoveryDir()));
            return;
        }
        m_lock = std::make_unique<QLockFile>(recoveryDir() + QLatin1Char('/') + m_session + QStringLiteral(".lock"));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            m_lock.reset();
            emit saved(m_casePath, tr("cannot lock the recovery file"));
            return;
        }
    }
    m_dirty = false;
    m_writing = true;
    QJsonObject info;
    info.insert(QStringLiteral("file"), m_document->filePath());
    info.insert(QStringLiteral("name"), m_document->displayName());
    info.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    info.insert(QStringLiteral("case"), QFileInfo(m_casePath).fileName());
    const QByteArray infoBytes = QJsonDocument(info).toJson();
    // The copy is made here (the document changes under a worker otherwise); the JSON is
    // written on a worker thread, so a large case does not hold up the window.
    m_write = QtConcurrent::run([copy = m_document->caseData(), casePath = m_casePath, infoPath = m_infoPath, infoBytes] {
        QString error;
        if (!writeCaseFile(copy, casePath, &error))
            return error;
        if (!writeFileAtomically(infoPath, [&](QIODevice &out) { return out.write(infoBytes) == infoBytes.size(); }, &error))
            return error;
        return QString();
    });
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        writeFinished(watcher->result());
    });
    watcher->setFuture(m_write);
}

void Autosaver::writeFinished(const QString &error)
{
    m_writing = false;
    if (m_dropWrite) { // saved while the copy was being written: its files are gone
        m_dropWrite = false;
        if (m_dirty)
            m_idle->start();
        return;
    }
    if (!m_document->isModified()) {
        removeFiles();
        return;
    }
    emit saved(m_casePath, error);
    if (m_dirty)
        m_idle->start();
}

void Autosaver::removeFiles()
{
    QFile::remove(m_infoPath);
    QFile::remove(m_casePath);
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
}

std::vector<Autosaver::Recovery> Autosaver::pendingRecoveries()
{
    std::vector<Recovery> found;
    const QDir dir(recoveryDir());
    for (const QFileInfo &infoFile : dir.entryInfoList({QStringLiteral("session-*.json")}, QDir::Files)) {
        if (infoFile.fileName().endsWith(QLatin1String(".cascade.json")))
            continue;
        const QString session = infoFile.completeBaseName();
        auto lock = std::make_unique<QLockFile>(dir.filePath(session + QStringLiteral(".lock")));
        lock->setStaleLockTime(0);
        // Held by a running window (this one or another): not left behind. A lock whose
        // process is gone is stale, and tryLock takes it.
        if (!lock->tryLock(0))
            continue;
        QFile f(infoFile.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject info = QJsonDocument::fromJson(f.readAll()).object();
        Recovery r;
        r.infoFile = infoFile.filePath();
        r.caseFile = dir.filePath(info.value(QStringLiteral("case")).toString());
        r.lockFile = lock->fileName();
        r.originalFile = info.value(QStringLiteral("file")).toString();
        r.name = info.value(QStringLiteral("name")).toString();
        r.time = QDateTime::fromString(info.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        if (!QFileInfo(r.caseFile).dir().absolutePath().startsWith(dir.absolutePath()) || !QFile::exists(r.caseFile))
            continue; // a case file outside the folder is never read
        found.push_back(r);
        heldLocks().push_back(std::move(lock));
    }
    std::sort(found.begin(), found.end(), [](const Recovery &a, const Recovery &b) { return a.time > b.time; });
    return found;
}

void Autosaver::discard(const Recovery &recovery)
{
    QFile::remove(recovery.infoFile);
    QFile::remove(recovery.caseFile);
    auto &locks = heldLocks();
    const auto held = std::find_if(locks.begin(), locks.end(),
                                   [&](const std::unique_ptr<QLockFile> &l) { return l->fileName() == recovery.lockFile; });
    if (held != locks.end()) {
        (*held)->unlock(); // removes the lock file
        locks.erase(held);
    }
}

} // namespace cascade
