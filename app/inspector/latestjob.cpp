// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/latestjob.h"

#include <QThread>
#include <QtConcurrent/qtconcurrenttask.h>

#include <algorithm>

namespace cascade {

namespace {

struct AnalysisPool : QThreadPool {
    AnalysisPool() { setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1)); }
};
Q_GLOBAL_STATIC(AnalysisPool, s_analysisPool)

} // namespace

QThreadPool *analysisPool()
{
    return s_analysisPool();
}

LatestJob::LatestJob(QObject *parent) : QObject(parent)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDefaultDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &LatestJob::launchIfReady);
    connect(&m_watcher, &QFutureWatcher<Apply>::finished, this, &LatestJob::finished);
}

LatestJob::~LatestJob()
{
    cancelAndWait();
}

void LatestJob::start(Work work, qint64 size)
{
    if (size <= m_synchronousLimit) {
        // Anything older is stale now: flag it, and forget what was queued.
        cancel();
        const std::atomic<bool> notCancelled{false};
        if (Apply apply = work(notCancelled))
            apply();
        if (!m_running)
            setBusy(false);
        return;
    }
    m_pending = std::move(work);
    if (m_running && m_cancel)
        *m_cancel = true;
    setBusy(true);
    m_delay.start();
}

void LatestJob::cancel()
{
    m_pending.reset();
    m_delay.stop();
    if (m_running && m_cancel)
        *m_cancel = true;
    if (!m_running)
        setBusy(false);
}

void LatestJob::cancelAndWait()
{
    cancel();
    if (m_running)
        m_watcher.waitForFinished();
}

void LatestJob::launchIfReady()
{
    if (m_running || m_delay.isActive() || !m_pending)
        return;
    Work work = std::move(*m_pending);
    m_pending.reset();
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    m_running = true;
    m_watcher.setFuture(QtConcurrent::task([work = std::move(work), flag]() -> Apply {
                            if (*flag)
                                return {};
                            Apply apply = work(*flag);
                            return *flag ? Apply() : apply;
                        })
                            .onThreadPool(*analysisPool())
                            .withPriority(m_priority)
                            .spawn());
}

void LatestJob::finished()
{
    m_running = false;
    const bool cancelled = !m_cancel || *m_cancel;
    Apply apply;
    if (!cancelled && m_watcher.future().resultCount() > 0)
        apply = m_watcher.result();
    if (m_pending) {
        launchIfReady();
        return; // stays busy; a newer request supersedes this result anyway
    }
    if (apply)
        apply();
    if (!m_running && !m_pending)
        setBusy(false);
}

void LatestJob::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace cascade
