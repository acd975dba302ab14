// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/cascades.h"
#include "core/model/ids.h"

#include <QList>
#include <QWidget>

class QAction;
class QActionGroup;
class QScrollArea;

namespace cascade {

class ActorPage;
class CaseDocument;
class CascadePage;
class CaseSummaryPage;
class EdgePage;
class LatestJob;

// The inspector dock: for the document's selected actor, every influence measure as of
// the cursor with a plain-language explanation on hover, a sparkline of its activity,
// its events (click one to move the cursor), its path from the origin, its brokerage and
// a What-if toggle showing what is lost without it (ActorPage). With nothing selected it
// shows the case summary and the critical actors (CaseSummaryPage), so it is never
// empty; for a link selected in the graph, the events behind it and the credit rule
// (EdgePage, via showEdge()). Everything is computed by core/analysis; work that can be
// long on a large case runs on a worker thread and is cancelled when the cursor or the
// selection moves on (LatestJob).
class ActorInspector : public QWidget
{
    Q_OBJECT
public:
    enum class Page { Summary, Actor, Edge, Cascade };

    explicit ActorInspector(CaseDocument *document, QWidget *parent = nullptr);
    ~ActorInspector() override;

    Page page() const { return m_page; }
    ActorId shownActor() const;

    // Shows the events behind the graph's link between two actors, in either direction,
    // until the document's selection changes. Call it after changing the selection.
    void showEdge(ActorId from, ActorId to);

    // The cascade credit rule used for the cascade measures and the edge evidence: the
    // document's creditRule(), shared with the actors table.
    CreditRule creditRule() const;
    void setCreditRule(CreditRule rule);
    // Three exclusive checkable actions (most recent, first, root only), for a menu.
    QList<QAction *> creditRuleActions() const;
    // Checkable: "what if the selected actor had not acted?" (document->setWhatIfActor).
    QAction *whatIfAction() const { return m_whatIfAction; }

public slots:
    // Cancels the background work and waits for it to return. Must run before the
    // document replaces or rebuilds its case (the work reads the document's analysis):
    // connected to CaseDocument::aboutToReset().
    void cancelPendingWork();

public:
    // Inputs of at most this many events are computed at once on the GUI thread; larger
    // ones in the background (default LatestJob::kDefaultSynchronousLimit).
    void setSynchronousLimit(qint64 events);
    // True while background work for the shown values is pending or running.
    bool isUpdating() const;

    ActorPage *actorPage() const { return m_actorPage; }
    CaseSummaryPage *summaryPage() const { return m_summaryPage; }
    EdgePage *edgePage() const { return m_edgePage; }
    CascadePage *cascadePage() const { return m_cascadePage; }

signals:
    void creditRuleChanged(cascade::CreditRule rule);
    // The shown page's values are all current (emitted after each computation).
    void updated();
    // The what-if result shown is current.
    void whatIfUpdated();
    // The case summary's critical actors as of the cursor, ranked (the graph labels them
    // as part of the story); empty for a new case until its summary is computed.
    void criticalActorsChanged(const std::vector<cascade::ActorId> &actors);

private:
    void clearForReset();
    void onCaseReset();
    void onSelectionChanged();
    void onCursorChanged();
    void onWhatIfChanged();
    void onCreditRuleChanged(CreditRule rule);
    void setPage(Page page);
    void refresh();
    void refreshActor();
    void refreshSummary();
    void refreshEdge();
    void refreshWhatIf();
    void showWhatIfText();

    CaseDocument *m_document;
    QScrollArea *m_scroll;
    ActorPage *m_actorPage;
    CaseSummaryPage *m_summaryPage;
    EdgePage *m_edgePage;
    CascadePage *m_cascadePage;
    LatestJob *m_job;
    LatestJob *m_whatIfJob;
    LatestJob *m_rulesJob; // do the credit rules agree on this case?
    QActionGroup *m_ruleGroup;
    QAction *m_whatIfAction;
    Page m_page = Page::Summary;
    ActorId m_edgeFrom = kNoActor;
    ActorId m_edgeTo = kNoActor;
    ActorId m_whatIfShown = kNoActor; // the actor m_whatIfHtml is about
    QString m_whatIfHtml;
};

} // namespace cascade
