// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/casefile.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace cascade {

// Reads a case file on a worker thread, reporting progress and honouring cancel, so
// that opening a large case never freezes the window.
class CaseLoader : public QObject
{
    Q_OBJECT
public:
    explicit CaseLoader(QObject *parent = nullptr);
    ~CaseLoader() override;

    // Starts reading `path` (cancelling any read in progress).
    void load(const QString &path);
    void cancel();
    bool isLoading() const;
    // Blocks until the current read ends (for tests and for shutting down).
    void waitForFinished();
    // The result of the read that just finished (once).
    ReadResult takeResult();

signals:
    void progress(int percent);
    // Emitted on the GUI thread when a read ends (successfully, with problems, or
    // cancelled); takeResult() then hands over the case without copying it.
    void finished(const QString &path);

private:
    QFutureWatcher<ReadResult> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_path;
    ReadResult m_result;
};

} // namespace cascade
