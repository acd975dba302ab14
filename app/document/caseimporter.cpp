// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/caseimporter.h"

namespace cascade {

CaseImporter::CaseImporter(QObject *parent)
    : QObject(parent), m_run(this, [this](int percent) { emit progress(percent); }, [this] { emit finished(); })
{
}

CaseImporter::~CaseImporter() = default;

void CaseImporter::import(const QStringList &paths, ImportOptions options)
{
    m_run.start([paths, options = std::move(options)](const BackgroundRun<ImportResult>::Progress &progress) mutable {
        options.progress = progress;
        return importFiles(paths, options);
    });
}

void CaseImporter::cancel()
{
    m_run.cancel();
}

bool CaseImporter::isImporting() const
{
    return m_run.isRunning();
}

void CaseImporter::waitForFinished()
{
    m_run.waitForFinished();
}

ImportResult CaseImporter::takeResult()
{
    return m_run.take();
}

} // namespace cascade
