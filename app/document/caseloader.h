// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/document/backgroundrun.h"
#include "core/io/casefile.h"

#include <QObject>
#include <QString>

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
    QString m_path;
    BackgroundRun<ReadResult> m_run;
};

} // namespace cascade
