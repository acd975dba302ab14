// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/actorinspector.h"

#include "app/document/cascadecache.h"
#include "app/document/casedocument.h"
#include "app/inspector/actorpage.h"
#include "app/inspector/cascadepage.h"
#include "app/inspector/casesummarypage.h"
#include "app/inspector/edgepage.h"
#include "app/inspector/latestjob.h"
#include "app/inspector/measureinfo.h"
#include "app/inspector/whatiftext.h"
#include "app/presentation/displayformat.h"
#include "core/analysis/casesummary.h"
#include "core/analysis/centrality.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QScrollArea>
#include <QVBoxLayout>

#include <memory>

namespace cascade {

ActorInspector::ActorInspector(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_scroll(new QScrollArea(this)),
      m_actorPage(new ActorPage(document)), m_summaryPage(new CaseSummaryPage(document)),
      m_edgePage(new EdgePage(document)), m_cascadePage(new CascadePage(document)), m_job(new LatestJob(this)), m_whatIfJob(new LatestJob(this)), m_rulesJob(new LatestJob(this)),
      m_ruleGroup(new QActionGroup(this)), m_whatIfAction(new QAction(tr("What If the Selected Actor Had Not Acted"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The three pages share one scrolling column; only the current one is shown, so the
    // column is as tall as that page.
    auto *column = new QWidget;
    auto *pages = new QVBoxLayout(column);
    pages->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(m_summaryPage);
    pages->addWidget(m_actorPage);
    pages->addWidget(m_edgePage);
    pages->addWidget(m_cascadePage);
    m_scroll->setWidget(column);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll);
    setMinimumWidth(260);

    for (int r = 0; r < kCreditRuleCount; ++r) {
        const auto rule = static_cast<CreditRule>(r);
        QAction *action = m_ruleGroup->addAction(creditRuleTitle(rule));
        action->setCheckable(true);
        action->setData(r);
        action->setToolTip(creditRuleExplanation(rule));
        action->setStatusTip(creditRuleExplanation(rule));
        action->setChecked(rule == document->creditRule());
    }
    m_ruleGroup->setExclusive(true);
    connect(m_ruleGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { setCreditRule(static_cast<CreditRule>(action->data().toInt())); });
    connect(m_actorPage, &ActorPage::creditRuleRequested, this, &ActorInspector::setCreditRule);
    connect(m_edgePage, &EdgePage::creditRuleRequested, this, &ActorInspector::setCreditRule);
    connect(m_edgePage, &EdgePage::backRequested, this, &ActorInspector::onSelectionChanged);
    connect(m_cascadePage, &CascadePage::actorRequested, document, &CaseDocument::setSelectedActor);
    m_actorPage->setCreditRule(document->creditRule());
    m_edgePage->setCreditRule(document->creditRule());
    connect(document, &CaseDocument::creditRuleChanged, this, &ActorInspector::onCreditRuleChanged);

    m_whatIfAction->setCheckable(true);
    m_whatIfAction->setEnabled(false);
    m_whatIfAction->setShortcut(QKeySequence(Qt::Key_W));
    m_whatIfAction->setStatusTip(tr("Show what the message would have lost without the selected actor"));
    auto toggleWhatIf = [this](bool on) {
        const ActorId selected = m_document->selectedActor();
        if (on && selected != kNoActor)
            m_document->setWhatIfActor(selected);
        else if (!on && m_document->whatIfActor() == selected)
            m_document->setWhatIfActor(kNoActor);
        onWhatIfChanged(); // keeps the button and the action in step when nothing changed
    };
    connect(m_whatIfAction, &QAction::triggered, this, toggleWhatIf);
    connect(m_actorPage, &ActorPage::whatIfToggled, this, toggleWhatIf);

    connect(m_document, &CaseDocument::aboutToReset, this, &ActorInspector::clearForReset);
    m_job->setPriority(1); // what the user is looking at first
    connect(m_document, &CaseDocument::caseReset, this, &ActorInspector::onCaseReset);
    connect(m_document, &CaseDocument::selectionChanged, this, &ActorInspector::onSelectionChanged);
    connect(m_document, &CaseDocument::cursorChanged, this, &ActorInspector::onCursorChanged);
    connect(m_document, &CaseDocument::whatIfChanged, this, &ActorInspector::onWhatIfChanged);
    onCaseReset();
}

ActorInspector::~ActorInspector()
{
    cancelPendingWork();
}

ActorId ActorInspector::shownActor() const
{
    return m_page == Page::Actor ? m_actorPage->actor() : kNoActor;
}

QList<QAction *> ActorInspector::creditRuleActions() const
{
    return m_ruleGroup->actions();
}

void ActorInspector::cancelPendingWork()
{
    m_job->cancelAndWait();
    m_whatIfJob->cancelAndWait();
    m_rulesJob->cancelAndWait();
}

void ActorInspector::setSynchronousLimit(qint64 events)
{
    m_job->setSynchronousLimit(events);
    m_whatIfJob->setSynchronousLimit(events);
    m_rulesJob->setSynchronousLimit(events);
}

bool ActorInspector::isUpdating() const
{
    return m_job->isBusy() || m_whatIfJob->isBusy() || m_rulesJob->isBusy();
}

CreditRule ActorInspector::creditRule() const
{
    return m_document->creditRule();
}

void ActorInspector::setCreditRule(CreditRule rule)
{
    m_document->setCreditRule(rule);
}

void ActorInspector::onCreditRuleChanged(CreditRule rule)
{
    for (QAction *action : m_ruleGroup->actions())
        action->setChecked(action->data().toInt() == static_cast<int>(rule));
    m_actorPage->setCreditRule(rule);
    m_edgePage->setCreditRule(rule);
    emit creditRuleChanged(rule);
    if (m_page != Page::Summary)
        refresh();
}

void ActorInspector::showEdge(ActorId from, ActorId to)
{
    const auto actors = static_cast<ActorId>(m_document->caseData().actors.size());
    if (from < 0 || to < 0 || from >= actors || to >= actors)
        return;
    m_edgeFrom = from;
    m_edgeTo = to;
    m_edgePage->setEdge(from, to);
    m_edgePage->setBackTarget(DisplayFormat::handle(m_document->caseData(), m_document->selectedActor()));
    setPage(Page::Edge);
    refresh();
}

void ActorInspector::clearForReset()
{
    // Nothing of the previous case is shown (or read) while the next one arrives.
    cancelPendingWork();
    m_edgeFrom = m_edgeTo = kNoActor;
    m_whatIfShown = kNoActor;
    m_whatIfHtml.clear();
    m_actorPage->setActor(kNoActor);
    m_actorPage->setCreditRulesAgree(false);
    m_summaryPage->clear();
    emit criticalActorsChanged({});
    m_cascadePage->clear();
}

void ActorInspector::onCaseReset()
{
    clearForReset();
    const Case *c = &m_document->caseData();
    m_rulesJob->start(
        [this, c](const std::atomic<bool> &cancel) -> LatestJob::Apply {
            const CascadeReconstruction recent = reconstructCascades(*c, CreditRule::MostRecent, kEndOfTime, &cancel);
            if (cancel || recent.cancelled)
                return {};
            const bool agree = !recent.attributions.empty() && creditRulesAgree(*c, recent);
            return [this, agree] { m_actorPage->setCreditRulesAgree(agree); };
        },
        m_document->timeIndex().eventCount());
    onSelectionChanged();
    onWhatIfChanged();
}

void ActorInspector::onSelectionChanged()
{
    m_edgeFrom = m_edgeTo = kNoActor;
    const ActorId selected = m_document->selectedActor();
    m_whatIfAction->setEnabled(selected != kNoActor);
    if (m_document->selectedCascade() != kNoEvent) {
        setPage(Page::Cascade);
    } else if (selected == kNoActor) {
        setPage(Page::Summary);
    } else {
        if (selected != m_actorPage->actor())
            m_actorPage->setActor(selected);
        setPage(Page::Actor);
    }
    showWhatIfText();
    refresh();
}

void ActorInspector::onCursorChanged()
{
    if (m_page == Page::Edge) {
        m_edgePage->showCursor(); // the evidence covers the whole case: only the greying changes
        return;
    }
    refresh(); // shows at once what is cheap, and starts the rest
}

void ActorInspector::setPage(Page page)
{
    m_page = page;
    m_summaryPage->setVisible(page == Page::Summary);
    m_actorPage->setVisible(page == Page::Actor);
    m_edgePage->setVisible(page == Page::Edge);
    m_cascadePage->setVisible(page == Page::Cascade);
}

void ActorInspector::refresh()
{
    switch (m_page) {
    case Page::Actor:
        refreshActor();
        break;
    case Page::Summary:
        refreshSummary();
        break;
    case Page::Edge:
        refreshEdge();
        break;
    case Page::Cascade: {
        // Cheap once the tree is there: it is cut at the cursor on the GUI thread.
        const std::shared_ptr<const CascadeTree> tree = m_document->cascades()->tree(m_document->selectedCascade());
        m_cascadePage->setTree(tree);
        if (tree)
            emit updated();
        break;
    }
    }
}

void ActorInspector::refreshActor()
{
    const ActorId actor = m_actorPage->actor();
    if (actor == kNoActor)
        return;
    m_actorPage->showCursor();
    const CaseAnalysis *analysis = &m_document->analysis();
    const TimeMs cursor = m_document->cursor();
    const CreditRule rule = m_document->creditRule();
    m_job->start(
        [this, analysis, actor, cursor, rule](const std::atomic<bool> &cancel) -> LatestJob::Apply {
            MeasureOptions options;
            options.creditRule = rule;
            options.centrality = false; // below, with the estimate flag that ActorDetail lacks
            options.cancel = &cancel;
            options.centralityOptions.cancel = &cancel;
            auto detail = std::make_shared<ActorDetail>(actorDetail(*analysis, actor, cursor, options));
            if (cancel)
                return {};
            const ActorCentrality centrality = actorCentrality(analysis->caseData(), cursor, options.centralityOptions);
            if (cancel || centrality.cancelled)
                return {};
            const auto i = static_cast<std::size_t>(actor);
            detail->measures.pageRank = centrality.pageRank[i];
            detail->measures.betweenness = centrality.betweenness[i];
            detail->measures.coreNumber = centrality.coreNumber[i];
            const bool estimated = centrality.betweennessEstimated;
            return [this, detail, actor, estimated] {
                if (m_page != Page::Actor || m_actorPage->actor() != actor)
                    return;
                m_actorPage->showDetail(*detail, estimated);
                emit updated();
            };
        },
        m_document->timeIndex().eventCount());
}

void ActorInspector::refreshSummary()
{
    m_summaryPage->showPending();
    const CaseAnalysis *analysis = &m_document->analysis();
    const TimeMs cursor = m_document->cursor();
    m_job->start(
        [this, analysis, cursor](const std::atomic<bool> &cancel) -> LatestJob::Apply {
            auto summary = std::make_shared<CaseSummary>(summarizeCase(*analysis, cursor));
            if (cancel)
                return {};
            return [this, summary] {
                std::vector<ActorId> critical;
                for (const CriticalActor &ca : summary->criticalActors)
                    critical.push_back(ca.actor);
                emit criticalActorsChanged(critical);
                if (m_page != Page::Summary)
                    return;
                m_summaryPage->showSummary(*summary);
                emit updated();
            };
        },
        m_document->timeIndex().eventCount());
}

void ActorInspector::refreshEdge()
{
    m_edgePage->showPending();
    const Case *c = &m_document->caseData();
    const TimeIndex *index = &m_document->timeIndex();
    const ActorId from = m_edgeFrom, to = m_edgeTo;
    const CreditRule rule = m_document->creditRule();
    m_job->start(
        [this, c, index, from, to, rule](const std::atomic<bool> &cancel) -> LatestJob::Apply {
            const CascadeReconstruction cascades = reconstructCascades(*c, rule, kEndOfTime, &cancel);
            if (cancel || cascades.cancelled)
                return {};
            auto events = std::make_shared<std::vector<EdgeEvent>>(collectEdgeEvents(*c, *index, cascades, from, to, &cancel));
            if (cancel)
                return {};
            return [this, events, from, to] {
                if (m_page != Page::Edge || m_edgeFrom != from || m_edgeTo != to)
                    return;
                m_edgePage->showEvents(*events);
                emit updated();
            };
        },
        m_document->timeIndex().eventCount());
}

void ActorInspector::onWhatIfChanged()
{
    const ActorId removed = m_document->whatIfActor();
    const ActorId selected = m_document->selectedActor();
    {
        const QSignalBlocker block(m_whatIfAction);
        m_whatIfAction->setChecked(removed != kNoActor && removed == selected);
    }
    if (removed != m_whatIfShown)
        refreshWhatIf();
    else
        showWhatIfText();
}

void ActorInspector::refreshWhatIf()
{
    const ActorId removed = m_document->whatIfActor();
    m_whatIfShown = removed;
    m_whatIfHtml.clear();
    if (removed == kNoActor) {
        m_whatIfJob->cancel();
        showWhatIfText();
        emit whatIfUpdated();
        return;
    }
    showWhatIfText(); // "computing" until the result is in
    const CaseAnalysis *analysis = &m_document->analysis();
    const QTimeZone zone = m_document->displayZone();
    const Case &c = m_document->caseData();
    const bool dated = DisplayFormat::spansSeveralDays(c.startTime(), c.endTime(), zone);
    m_whatIfJob->start(
        [this, analysis, removed, zone, dated](const std::atomic<bool> &cancel) -> LatestJob::Apply {
            // "By the end of the case" (docs/measures.md section 8): independent of the
            // cursor.
            const WhatIfResult result = whatIfRemoved(analysis->index(), analysis->originReach(), removed,
                                                      analysis->targets());
            if (cancel)
                return {};
            auto html = std::make_shared<QString>(describeWhatIf(analysis->caseData(), result, zone, dated));
            return [this, html, removed] {
                if (m_document->whatIfActor() != removed)
                    return;
                m_whatIfShown = removed;
                m_whatIfHtml = *html;
                showWhatIfText();
                emit whatIfUpdated();
            };
        },
        m_document->timeIndex().eventCount());
}

void ActorInspector::showWhatIfText()
{
    const ActorId removed = m_document->whatIfActor();
    const ActorId shown = m_actorPage->actor();
    const bool onShown = removed != kNoActor && removed == shown;
    const QString html = removed == m_whatIfShown ? m_whatIfHtml : QString();
    QString note;
    if (onShown)
        note = html;
    else if (removed != kNoActor)
        note = tr("<i>The what-if currently removes %1; the graph greys what is lost.</i>")
                   .arg(DisplayFormat::handle(m_document->caseData(), removed).toHtmlEscaped());
    m_actorPage->setWhatIf(onShown, note);
    m_summaryPage->setWhatIf(removed == kNoActor ? QString()
                                                 : (html.isEmpty() ? tr("Computing the what-if\u2026") : html));
}

} // namespace cascade
