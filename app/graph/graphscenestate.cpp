// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene, the part that follows the document: time, selection, what-if, node sizes,
// flashes and moves.
#include "app/graph/graphscene.h"

#include "app/document/cascadecache.h"
#include "app/document/casedocument.h"
#include "app/document/moveactorcommand.h"
#include "app/graph/actoritem.h"
#include "app/graph/edgeitem.h"
#include "app/graph/flashanimator.h"
#include "app/graph/timeaxisitem.h"
#include "core/analysis/centrality.h"
#include "core/analysis/temporalpaths.h"
#include "core/analysis/whatif.h"
#include "core/layout/layoutengine.h"
#include "core/model/case.h"
#include "core/timeline/snapshot.h"

#include <QApplication>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

constexpr int kMaxFlashEvents = 200; // a bigger forward step is a jump, not play
constexpr std::size_t kBulkChange = 500; // items changed by a move above which the whole view repaints

} // namespace

// ---- time ---------------------------------------------------------------------------

void GraphScene::setTime(TimeMs t)
{
    m_followCursor = false;
    applyTime(t);
}

void GraphScene::setFollowDocumentCursor(bool follow)
{
    m_followCursor = follow;
    if (follow)
        applyTime(m_document->cursor());
}

void GraphScene::setActorActive(ActorItem *item, bool active)
{
    if (isGrouped(item->actor())) { // drawn inside its crowd's glyph
        item->setVisible(false);
        item->replaceState(ActorItem::Active | ActorItem::Faint, active ? ActorItem::Active : 0);
        return;
    }
    if (m_inactiveMode == InactiveMode::Hidden) {
        item->setVisible(active);
        item->replaceState(ActorItem::Active | ActorItem::Faint, active ? ActorItem::Active : 0);
    } else {
        item->setVisible(true);
        item->replaceState(ActorItem::Active | ActorItem::Faint, active ? ActorItem::Active : ActorItem::Faint);
    }
}

void GraphScene::setEdgeActive(EdgeItem *item, bool active)
{
    item->setState(EdgeItem::Active, active);
    item->setState(EdgeItem::Faint, !active && m_inactiveMode == InactiveMode::Faint);
    refreshEdgeVisibility(item);
}

void GraphScene::refreshEdgeVisibility(EdgeItem *item)
{
    const bool shown = item->hasState(EdgeItem::Active) || m_inactiveMode == InactiveMode::Faint;
    const bool highlighted = item->hasState(EdgeItem::OnPath) || item->hasState(EdgeItem::Neighbour)
                             || item->hasState(EdgeItem::Lost);
    const bool detailed = highlighted || (!item->highlightOnly() && (!item->detailOnly() || m_detail));
    const LayoutEdge &edge = m_layout.edges[static_cast<std::size_t>(item->index())];
    const bool visible = shown && detailed && !isGrouped(edge.from) && !isGrouped(edge.to);
    if (item->isVisible() != visible)
        item->setVisible(visible);
}

qreal GraphScene::detailScale()
{
    return 0.8;
}

void GraphScene::setViewScale(qreal scale)
{
    m_viewScale = scale;
    const bool detail = scale >= detailScale();
    if (detail == m_detail)
        return;
    m_detail = detail;
    for (EdgeItem *item : m_edgeItems)
        if (item->detailOnly())
            refreshEdgeVisibility(item);
}

void GraphScene::applyAllStates()
{
    const TimeIndex &index = m_document->timeIndex();
    for (std::size_t a = 0; a < m_actorItems.size(); ++a)
        setActorActive(m_actorItems[a], index.visibleAt(static_cast<ActorId>(a), m_position));
    for (std::size_t i = 0; i < m_edgeItems.size(); ++i)
        setEdgeActive(m_edgeItems[i], m_layout.edges[i].firstTime <= m_time);
    if (m_timeCursor)
        m_timeCursor->setTime(m_time);
}

void GraphScene::applyTime(TimeMs t)
{
    const TimeMs oldTime = m_time;
    const int oldPosition = m_position;
    m_snapshot->setTime(t);
    m_time = t;
    m_position = m_snapshot->position();
    if (!hasLayout()) {
        emit timeChanged(t);
        return;
    }
    const TimeIndex &index = m_document->timeIndex();
    const TimeMs lo = std::min(oldTime, t);
    const TimeMs hi = std::max(oldTime, t);
    const auto first = std::upper_bound(m_edgeTimes.begin(), m_edgeTimes.end(), lo) - m_edgeTimes.begin();
    const auto last = std::upper_bound(m_edgeTimes.begin(), m_edgeTimes.end(), hi) - m_edgeTimes.begin();
    // A jump that changes many items repaints everything anyway: saying so first spares
    // the views tracking thousands of small dirty rectangles.
    if (static_cast<std::size_t>(last - first) + m_snapshot->actorsChangedByLastMove().size() > kBulkChange)
        update();
    bool prominentChanged = false;
    for (ActorId a : m_snapshot->actorsChangedByLastMove()) {
        setActorActive(m_actorItems[static_cast<std::size_t>(a)], index.visibleAt(a, m_position));
        prominentChanged = prominentChanged || m_isProminent[static_cast<std::size_t>(a)];
    }
    for (auto k = first; k < last; ++k)
        setEdgeActive(m_edgeItems[static_cast<std::size_t>(m_edgesByTime[static_cast<std::size_t>(k)])],
                      m_edgeTimes[static_cast<std::size_t>(k)] <= t);

    const int from = std::min(oldPosition, m_position);
    const int to = std::max(oldPosition, m_position);
    if (m_measure != Measure::Followers && m_measure != Measure::PageRank && from < to) {
        // Counts changed only for the actors the events in between touch.
        ++m_stamp;
        if (m_touchStamp.size() != m_actorItems.size())
            m_touchStamp.assign(m_actorItems.size(), 0);
        auto touch = [&](ActorId a) {
            if (a == kNoActor || m_touchStamp[static_cast<std::size_t>(a)] == m_stamp)
                return;
            m_touchStamp[static_cast<std::size_t>(a)] = m_stamp;
            updateSize(a);
        };
        for (EventId e = from; e < to; ++e) {
            touch(index.author(e));
            touch(index.exposureCredit(e));
            for (const TimeIndex::Link &link : index.links(e))
                touch(link.to);
        }
    }
    if (m_measure == Measure::PageRank && from < to) {
        if (m_deferPageRank) {
            m_pageRankTimer->start();
        } else {
            recomputePageRank();
            updateSizes(true);
        }
    }

    if (m_flashEnabled && m_position > oldPosition && m_position - oldPosition <= kMaxFlashEvents) {
        for (EventId e = oldPosition; e < m_position; ++e) {
            const ActorId author = index.author(e);
            m_flashes->start(FlashAnimator::Kind::Actor, author);
            for (const TimeIndex::Link &link : index.links(e)) {
                m_flashes->start(FlashAnimator::Kind::Actor, link.to);
                const auto it = m_edgeByPair.constFind(linkKey(author, link.to));
                if (it != m_edgeByPair.cend())
                    m_flashes->start(FlashAnimator::Kind::Edge, *it);
            }
        }
    }

    if (m_highlighting
        || (m_showSelection && (m_document->selectedActor() != kNoActor || m_document->selectedCascade() != kNoEvent))
        || (m_showWhatIf && m_document->whatIfActor() != kNoActor))
        updateHighlights();
    if (m_timeCursor)
        m_timeCursor->setTime(t);
    if (prominentChanged)
        update(); // the constant-size labels of the foreground
    refreshStory();
    refreshCallouts();
    emit timeChanged(t);
}

// ---- selection and what-if ----------------------------------------------------------

void GraphScene::updateHighlights()
{
    if (!hasLayout())
        return;
    const ActorId selected = m_showSelection ? m_document->selectedActor() : kNoActor;
    const ActorId removed = m_showWhatIf ? m_document->whatIfActor() : kNoActor;
    const bool select = selected != kNoActor && actorItem(selected);
    const bool whatIf = removed != kNoActor && actorItem(removed);
    // The selected cascade's tree, once the document's reconstruction is there.
    const std::shared_ptr<const CascadeTree> tree =
        m_showSelection && m_document->selectedCascade() != kNoEvent ? m_document->cascades()->tree(m_document->selectedCascade())
                                                                     : nullptr;
    if (!select && !whatIf && !tree && !m_highlighting)
        return;

    const std::size_t n = m_actorItems.size();
    const std::size_t m = m_edgeItems.size();
    std::vector<quint16> actorFlags(n, 0);
    std::vector<quint8> edgeFlags(m, 0);
    const TimeIndex &index = m_document->timeIndex();
    const CaseAnalysis &analysis = m_document->analysis();

    if (select) {
        actorFlags[static_cast<std::size_t>(selected)] |= ActorItem::Selected;
        for (int e : m_edgesOfActor[static_cast<std::size_t>(selected)]) {
            const EdgeItem *edge = m_edgeItems[static_cast<std::size_t>(e)];
            if (!edge->hasState(EdgeItem::Active))
                continue;
            edgeFlags[static_cast<std::size_t>(e)] |= EdgeItem::Neighbour;
            const ActorId other = edge->from() == selected ? edge->to() : edge->from();
            actorFlags[static_cast<std::size_t>(other)] |= ActorItem::Neighbour;
        }
        if (analysis.origin() != kNoActor) {
            const TemporalPath path = temporalPath(index, analysis.originReach(), selected, m_time);
            if (path.reached) {
                const std::vector<ActorId> actors = path.actors();
                for (std::size_t i = 0; i < actors.size(); ++i) {
                    actorFlags[static_cast<std::size_t>(actors[i])] |= ActorItem::OnPath;
                    if (i > 0) {
                        const auto it = m_edgeByPair.constFind(linkKey(actors[i - 1], actors[i]));
                        if (it != m_edgeByPair.cend())
                            edgeFlags[static_cast<std::size_t>(*it)] |= EdgeItem::OnPath;
                    }
                }
            }
        }
    }
    if (tree) {
        // The tree as of the scene's time: its actors and the links its edges run along,
        // a link drawn dashed when every tree edge along it is inferred by the credit rule.
        const std::int32_t nodes = tree->nodesBefore(m_position);
        std::vector<quint8> observed(m, 0);
        for (std::int32_t i = 0; i < nodes; ++i) {
            const ActorId author = index.author(tree->events[static_cast<std::size_t>(i)]);
            actorFlags[static_cast<std::size_t>(author)] |= ActorItem::OnPath;
            if (i == 0)
                continue;
            const ActorId from = index.author(tree->events[static_cast<std::size_t>(tree->parent[static_cast<std::size_t>(i)])]);
            if (from == author)
                continue;
            const auto it = m_edgeByPair.constFind(linkKey(from, author));
            if (it == m_edgeByPair.cend())
                continue;
            edgeFlags[static_cast<std::size_t>(*it)] |= EdgeItem::OnPath;
            if (!tree->inferred[static_cast<std::size_t>(i)])
                observed[static_cast<std::size_t>(*it)] = 1;
        }
        for (std::size_t e = 0; e < m; ++e)
            if ((edgeFlags[e] & EdgeItem::OnPath) && !observed[e])
                edgeFlags[e] |= EdgeItem::InferredTree;
        if (nodes > 0)
            actorFlags[static_cast<std::size_t>(index.author(tree->root()))] |= ActorItem::Selected;
    }
    if (select || tree) {
        for (std::size_t a = 0; a < n; ++a)
            if (!(actorFlags[a] & (ActorItem::Selected | ActorItem::Neighbour | ActorItem::OnPath)))
                actorFlags[a] |= ActorItem::Dimmed;
        for (std::size_t e = 0; e < m; ++e)
            if (!(edgeFlags[e] & (EdgeItem::Neighbour | EdgeItem::OnPath)))
                edgeFlags[e] |= EdgeItem::Dimmed;
    }

    if (whatIf) {
        const WhatIfResult result = whatIfRemoved(index, analysis.originReach(), removed, analysis.targets(), m_time);
        actorFlags[static_cast<std::size_t>(removed)] |= ActorItem::Removed;
        for (ActorId a : result.noLongerReached)
            actorFlags[static_cast<std::size_t>(a)] |= ActorItem::Lost;
        for (const DelayedActor &d : result.delayed)
            actorFlags[static_cast<std::size_t>(d.actor)] |= ActorItem::Delayed;
        if (m_droppedFor != removed) {
            m_dropped = eventsDroppedByRemoving(index, removed);
            m_droppedFor = removed;
        }
        // An edge is lost when every interaction behind it so far would not have happened.
        for (std::size_t e = 0; e < m; ++e) {
            if (!m_edgeItems[e]->hasState(EdgeItem::Active))
                continue;
            bool any = false;
            bool all = true;
            for (int k = m_edgeEventOffsets[e]; k < m_edgeEventOffsets[e + 1]; ++k) {
                const EventId ev = m_edgeEvents[static_cast<std::size_t>(k)];
                if (ev >= m_position)
                    break;
                any = true;
                all = all && m_dropped[static_cast<std::size_t>(ev)];
            }
            if (any && all)
                edgeFlags[e] |= EdgeItem::Lost;
        }
    }

    constexpr quint16 actorMask = ActorItem::Selected | ActorItem::Neighbour | ActorItem::OnPath | ActorItem::Dimmed
                                  | ActorItem::Lost | ActorItem::Removed | ActorItem::Delayed;
    constexpr quint8 edgeMask =
        EdgeItem::Neighbour | EdgeItem::OnPath | EdgeItem::Dimmed | EdgeItem::Lost | EdgeItem::InferredTree;
    for (std::size_t a = 0; a < n; ++a) {
        ActorItem *item = m_actorItems[a];
        item->replaceState(actorMask, actorFlags[a]);
        // The selection and its path are drawn above the rest.
        const qreal z = (actorFlags[a] & ActorItem::Selected) ? 4 : (actorFlags[a] & ActorItem::OnPath) ? 3 : (m_layout.compact ? 2 : 1);
        if (item->zValue() != z)
            item->setZValue(z);
    }
    for (std::size_t e = 0; e < m; ++e) {
        EdgeItem *item = m_edgeItems[e];
        const quint8 flags = edgeFlags[e];
        item->setState(static_cast<quint8>(edgeMask & ~flags), false);
        item->setState(flags, true);
        if (item->detailOnly())
            refreshEdgeVisibility(item);
        const qreal z = (flags & EdgeItem::OnPath) ? 0.5 : 0;
        if (item->zValue() != z)
            item->setZValue(z);
    }
    m_highlighting = select || whatIf || tree;
    m_shownCallouts = calloutNotesShown(); // a note pinned to the selected actor
    update(); // the foreground labels follow the selection
}

// ---- node sizes ---------------------------------------------------------------------

double GraphScene::measureValueOf(ActorId actor) const
{
    const auto a = static_cast<std::size_t>(actor);
    m_scratch.followers = m_document->timeIndex().followers(actor);
    m_scratch.counts = m_snapshot->counts(actor);
    m_scratch.pageRank = a < m_pageRank.size() ? m_pageRank[a] : 0;
    return std::max(0.0, measureValue(m_scratch, m_measure));
}

qreal GraphScene::diameterFor(double value) const
{
    const double f = m_measureMax > 0 ? std::sqrt(std::clamp(value / m_measureMax, 0.0, 1.0)) : 0.0;
    return m_layout.compact ? 4 + 10 * f : 8 + 18 * f;
}

void GraphScene::updateSize(ActorId actor)
{
    m_actorItems[static_cast<std::size_t>(actor)]->setMarkerDiameter(diameterFor(measureValueOf(actor)));
}

void GraphScene::updateSizes(bool recomputeMaximum)
{
    const std::size_t n = m_actorItems.size();
    if (recomputeMaximum) {
        // Counts are scaled by their largest value at the end of the case, so that markers
        // grow as the case unfolds; followers and PageRank by their current largest value.
        m_measureMax = 0;
        const TimeIndex &index = m_document->timeIndex();
        if (m_measure == Measure::RepostsReceived || m_measure == Measure::Exposure) {
            Snapshot end(index);
            end.setPosition(index.eventCount());
            for (std::size_t a = 0; a < n; ++a) {
                m_scratch.followers = index.followers(static_cast<ActorId>(a));
                m_scratch.counts = end.counts(static_cast<ActorId>(a));
                m_measureMax = std::max(m_measureMax, measureValue(m_scratch, m_measure));
            }
        } else {
            for (std::size_t a = 0; a < n; ++a)
                m_measureMax = std::max(m_measureMax, measureValueOf(static_cast<ActorId>(a)));
        }
    }
    for (std::size_t a = 0; a < n; ++a)
        updateSize(static_cast<ActorId>(a));
    chooseProminent();
    invalidateBounds();
}

void GraphScene::recomputePageRank()
{
    const ActorCentrality c = actorCentrality(caseData(), m_time, {}, PageRankMeasure);
    m_pageRank = c.pageRank;
    m_pageRank.resize(caseData().actors.size(), 0.0);
}

// ---- moves --------------------------------------------------------------------------

void GraphScene::actorPressed(ActorId actor, QPointF scenePos)
{
    m_document->setSelectedActor(actor);
    m_drag = {actor, scenePos, m_layout.centres[static_cast<std::size_t>(actor)], false, ++m_dragSerial};
}

void GraphScene::actorDragged(ActorId actor, QPointF scenePos, QPointF screenDelta)
{
    if (m_drag.actor != actor)
        return;
    if (!m_drag.moving && screenDelta.manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.moving = true;
    QPointF centre = m_drag.startCentre + (scenePos - m_drag.pressPos);
    if (m_layout.engine == QLatin1String("swimlane"))
        centre.setX(m_drag.startCentre.x()); // x is time there: only the row can change
    moveActor(actor, centre, m_drag.serial);
}

void GraphScene::actorReleased(ActorId)
{
    m_drag = {};
}

void GraphScene::moveActor(ActorId actor, QPointF centre, int mergeKey)
{
    if (!hasLayout() || !actorItem(actor) || m_layout.engine.isEmpty())
        return;
    const Case &c = caseData();
    const QString engine = m_layout.engine;
    SavedLayout::Position after;
    after.x = centre.x();
    after.y = centre.y();
    after.valid = true;
    after.pinned = true;
    const auto it = c.layouts.find(engine);
    const bool complete = it != c.layouts.end() && it->second.positions.size() == c.actors.size()
                          && std::all_of(it->second.positions.begin(), it->second.positions.end(),
                                         [](const SavedLayout::Position &p) { return p.valid; });
    QUndoCommand *command = nullptr;
    const QString text = tr("Move %1").arg(labelOf(actor));
    if (complete) {
        command = new MoveActorCommand(m_document, engine, actor, it->second.positions[static_cast<std::size_t>(actor)],
                                       after, mergeKey, text);
    } else {
        // The document holds no full layout for this engine yet: the move stores the
        // layout as drawn, so that reopening the case shows the same picture.
        std::optional<SavedLayout> before;
        if (it != c.layouts.end())
            before = it->second;
        SavedLayout whole = LayoutEngine::save(m_layout, LayoutEngine::pinsOf(c, engine));
        command = MoveActorCommand::storingLayout(m_document, engine, actor, std::move(before), std::move(whole), after,
                                                  mergeKey, text);
    }
    m_document->undoStack()->push(command);
}

} // namespace cascade
