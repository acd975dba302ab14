// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>

namespace cascade {

// One piece of core work at a time on a worker thread, with progress and cancel: the
// machinery shared by CaseLoader (reading a case) and CaseImporter (importing data). The
// work gets a progress function with the core's convention (fraction 0..1; false means
// stop) that reports the percent done on the owner's thread and returns false once
// cancel() was called. `finished` runs on the owner's thread when a run ends; take()
// then hands over the result without copying it.
template <typename Result>
class BackgroundRun
{
public:
    using Progress = std::function<bool(double)>;

    BackgroundRun(QObject *owner, std::function<void(int percent)> progress, std::function<void()> finished)
        : m_owner(owner), m_progress(std::move(progress))
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, owner, [this, finished = std::move(finished)] {
            if (m_watcher.isCanceled())
                return;
            QFuture<Result> future = m_watcher.future();
            m_result = future.takeResult();
            finished();
        });
    }
    ~BackgroundRun()
    {
        cancel();
        waitForFinished();
    }
    BackgroundRun(const BackgroundRun &) = delete;
    BackgroundRun &operator=(const BackgroundRun &) = delete;

    // Starts `work` (cancelling and waiting for the run in progress).
    void start(std::function<Result(const Progress &)> work)
    {
        cancel();
        waitForFinished();
        m_cancel = std::make_shared<std::atomic<bool>>(false);
        Progress progress = [cancelFlag = m_cancel, owner = QPointer<QObject>(m_owner), report = m_progress](double fraction) {
            if (owner && report)
                QMetaObject::invokeMethod(owner.data(), [report, fraction] { report(int(fraction * 100)); }, Qt::QueuedConnection);
            return !cancelFlag->load();
        };
        m_watcher.setFuture(QtConcurrent::run([work = std::move(work), progress = std::move(progress)] { return work(progress); }));
    }
    void cancel()
    {
        if (m_cancel)
            m_cancel->store(true);
    }
    bool isRunning() const { return m_watcher.isRunning(); }
    // Blocks until the current run ends (for tests and for shutting down).
    void waitForFinished()
    {
        // After take() the watched future is no longer valid: waiting on it would block
        // forever.
        if (m_watcher.isRunning())
            m_watcher.waitForFinished();
    }
    Result take() { return std::exchange(m_result, Result{}); }

private:
    QObject *m_owner;
    std::function<void(int)> m_progress;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    Result m_result;
};

} // namespace cascade
