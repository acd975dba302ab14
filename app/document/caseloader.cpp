// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/caseloader.h"

namespace cascade {

CaseLoader::CaseLoader(QObject *parent)
    : QObject(parent), m_run(this, [this](int percent) { emit progress(percent); }, [this] { emit finished(m_path); })
{
}

CaseLoader::~CaseLoader() = default;

void CaseLoader::load(const QString &path)
{
    cancel();
    waitForFinished();
    m_path = path;
    m_run.start([path](const BackgroundRun<ReadResult>::Progress &progress) {
        ReadOptions options;
        options.progress = progress;
        return readCaseFile(path, options);
    });
}

void CaseLoader::cancel()
{
    m_run.cancel();
}

bool CaseLoader::isLoading() const
{
    return m_run.isRunning();
}

void CaseLoader::waitForFinished()
{
    m_run.waitForFinished();
}

ReadResult CaseLoader::takeResult()
{
    return m_run.take();
}

} // namespace cascade
