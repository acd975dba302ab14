// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace cascade {

// Runs a panel's analysis off the GUI thread, keeping only the latest request: a new
// request cancels the one in flight (its result is dropped) and starts when that one
// has returned, after a short quiet delay so that scrubbing does not queue work. The work
// runs on analysisPool() and returns a closure that is applied on the GUI thread, only
// if no newer request came meanwhile. Small inputs (size <= the synchronous limit) are
// computed at once on the GUI thread, which keeps small cases instant and deterministic.
// The threads the panels' analyses run on: one fewer than the cores (at least one), so
// that the GUI thread keeps a core to itself and Qt's global pool stays free for
// loading files and layouts.
QThreadPool *analysisPool();

class LatestJob : public QObject
{
    Q_OBJECT
public:
    using Apply = std::function<void()>;
    // Must not touch widgets; should poll `cancelled` (or hand it to core) and return early.
    using Work = std::function<Apply(const std::atomic<bool> &cancelled)>;

    static constexpr int kDefaultSynchronousLimit = 5000; // events
    static constexpr int kDefaultDelayMs = 120;

    explicit LatestJob(QObject *parent = nullptr);
    ~LatestJob() override; // cancels and waits

    // Runs `work` now when size <= synchronousLimit(), else in the background.
    void start(Work work, qint64 size);
    // Drops the pending request and flags the running one (does not wait).
    void cancel();
    // Cancels and blocks until the running work has returned (before the data it reads
    // goes away).
    void cancelAndWait();
    // True while a request is pending or running.
    bool isBusy() const { return m_running || m_pending.has_value(); }

    void setSynchronousLimit(qint64 size) { m_synchronousLimit = size; }
    // Among the panels' requests waiting for the pool, higher runs first.
    void setPriority(int priority) { m_priority = priority; }
    qint64 synchronousLimit() const { return m_synchronousLimit; }
    void setDelay(int ms) { m_delay.setInterval(ms); }

signals:
    // Busy -> idle after a result was applied (or dropped), and idle -> busy.
    void busyChanged(bool busy);

private:
    void launchIfReady();
    void finished();
    void setBusy(bool busy);

    QFutureWatcher<Apply> m_watcher;
    QTimer m_delay;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::optional<Work> m_pending;
    qint64 m_synchronousLimit = kDefaultSynchronousLimit;
    int m_priority = 0;
    bool m_running = false;
    bool m_busy = false;
};

} // namespace cascade
