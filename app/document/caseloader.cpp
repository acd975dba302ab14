// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/caseloader.h"

#include <QMetaObject>
#include <QPointer>

#include <utility>
#include <QtConcurrent/QtConcurrentRun>

namespace cascade {

CaseLoader::CaseLoader(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ReadResult>::finished, this, [this] {
        if (m_watcher.isCanceled())
            return;
        QFuture<ReadResult> future = m_watcher.future();
        m_result = future.takeResult();
        emit finished(m_path);
    });
}

CaseLoader::~CaseLoader()
{
    cancel();
    waitForFinished();
}

void CaseLoader::load(const QString &path)
{
    cancel();
    waitForFinished();
    m_path = path;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancel;
    QPointer<CaseLoader> self(this);
    ReadOptions options;
    options.progress = [cancelFlag, self](double fraction) {
        if (self)
            QMetaObject::invokeMethod(self.data(), "progress", Qt::QueuedConnection, Q_ARG(int, int(fraction * 100)));
        return !cancelFlag->load();
    };
    m_watcher.setFuture(QtConcurrent::run([path, options] { return readCaseFile(path, options); }));
}

void CaseLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool CaseLoader::isLoading() const
{
    return m_watcher.isRunning();
}

void CaseLoader::waitForFinished()
{
    // After takeResult() the watched future is no longer valid: waiting on it would
    // block forever.
    if (m_watcher.isRunning())
        m_watcher.waitForFinished();
}

ReadResult CaseLoader::takeResult()
{
    return std::exchange(m_result, ReadResult{});
}

} // namespace cascade
