// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/document/backgroundrun.h"
#include "core/io/import/importer.h"

#include <QObject>
#include <QStringList>

namespace cascade {

// Imports collected data (core/io/import/importer.h) on a worker thread, reporting
// progress and honouring cancel, so that a large import never freezes the window.
class CaseImporter : public QObject
{
    Q_OBJECT
public:
    explicit CaseImporter(QObject *parent = nullptr);
    ~CaseImporter() override;

    // Starts importing `paths` (cancelling any import in progress); options.progress is
    // replaced by the importer's own.
    void import(const QStringList &paths, ImportOptions options);
    void cancel();
    bool isImporting() const;
    // Blocks until the current import ends (for tests and for shutting down).
    void waitForFinished();
    // The result of the import that just finished (once).
    ImportResult takeResult();

signals:
    void progress(int percent);
    // Emitted on the GUI thread when an import ends (with a case, an error, or
    // cancelled); takeResult() then hands over the case without copying it.
    void finished();

private:
    BackgroundRun<ImportResult> m_run;
};

} // namespace cascade
