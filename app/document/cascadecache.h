// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cascadetree.h"
#include "core/model/ids.h"

#include <QObject>

#include <memory>

namespace cascade {

class CaseDocument;
class LatestJob;

// The cascade reconstruction of the document's whole case under its credit rule, shared
// by the views that show cascades (the Cascades list, the selected cascade's tree in the
// graph, the timeline and the inspector). Reconstruction is causal, so one
// reconstruction of the whole case serves every cursor position (core/analysis/
// cascadetree.h). Computed when first asked for, on the analysis pool for a large case
// (at once for a small one), again after the case or the credit rule changes.
class CascadeCache : public QObject
{
    Q_OBJECT
public:
    explicit CascadeCache(CaseDocument *document);
    ~CascadeCache() override;

    // The reconstruction, or nullptr while it is being computed: request() starts it
    // and ready() says when it is there.
    std::shared_ptr<const CascadeReconstruction> reconstruction() const { return m_reconstruction; }
    void request();
    bool isComputing() const;

    // The whole tree of the cascade rooted at `root`, or nullptr when the reconstruction
    // is not there yet or `root` roots no cascade. The last tree asked for is kept.
    std::shared_ptr<const CascadeTree> tree(EventId root) const;

    // Cases of at most this many events are reconstructed at once on the GUI thread.
    void setSynchronousLimit(qint64 events);

signals:
    // reconstruction() is there (after request(), or after a change that dropped it).
    void ready();

private:
    void drop();
    void start();

    CaseDocument *m_document;
    LatestJob *m_job;
    std::shared_ptr<const CascadeReconstruction> m_reconstruction;
    mutable std::shared_ptr<const CascadeTree> m_tree;
    bool m_wanted = false;
};

} // namespace cascade
