// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/cascadecache.h"

#include "app/document/casedocument.h"
#include "app/inspector/latestjob.h"

namespace cascade {

CascadeCache::CascadeCache(CaseDocument *document)
    : QObject(document), m_document(document), m_job(new LatestJob(this))
{
    m_job->setDelay(0);
    m_job->setPriority(1); // the list and the highlight wait on it
    // Connected before any view: the work stops before the case it reads goes away.
    connect(document, &CaseDocument::aboutToReset, this, [this] {
        m_job->cancelAndWait();
        drop();
    });
    connect(document, &CaseDocument::caseReset, this, [this] {
        if (m_wanted)
            start();
    });
    connect(document, &CaseDocument::creditRuleChanged, this, [this] {
        m_job->cancelAndWait();
        drop();
        if (m_wanted)
            start();
    });
}

CascadeCache::~CascadeCache()
{
    m_job->cancelAndWait();
}

void CascadeCache::setSynchronousLimit(qint64 events)
{
    m_job->setSynchronousLimit(events);
}

bool CascadeCache::isComputing() const
{
    return m_job->isBusy();
}

void CascadeCache::drop()
{
    m_reconstruction.reset();
    m_tree.reset();
}

void CascadeCache::request()
{
    m_wanted = true;
    if (!m_reconstruction && !m_job->isBusy())
        start();
}

void CascadeCache::start()
{
    const Case *c = &m_document->caseData();
    const CreditRule rule = m_document->creditRule();
    m_job->start(
        [this, c, rule](const std::atomic<bool> &cancel) -> LatestJob::Apply {
            auto result = std::make_shared<CascadeReconstruction>(reconstructCascades(*c, rule, kEndOfTime, &cancel));
            if (cancel || result->cancelled)
                return {};
            return [this, result] {
                m_reconstruction = result;
                m_tree.reset();
                emit ready();
            };
        },
        static_cast<qint64>(c->events.size()));
}

std::shared_ptr<const CascadeTree> CascadeCache::tree(EventId root) const
{
    if (!m_reconstruction || root == kNoEvent)
        return nullptr;
    if (m_tree && m_tree->root() == root)
        return m_tree;
    const std::int32_t k = cascadeOfEvent(*m_reconstruction, root);
    if (k < 0 || m_reconstruction->cascades[static_cast<std::size_t>(k)].root != root)
        return nullptr;
    m_tree = std::make_shared<CascadeTree>(cascadeTree(m_document->caseData(), *m_reconstruction, k));
    return m_tree;
}

} // namespace cascade
