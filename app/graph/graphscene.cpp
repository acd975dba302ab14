// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/graphscene.h"

#include "app/document/cascadecache.h"
#include "app/document/casedocument.h"
#include "app/graph/actoritem.h"
#include "app/graph/dotsprites.h"
#include "app/graph/edgeitem.h"
#include "app/graph/flashanimator.h"
#include "app/graph/laneitem.h"
#include "app/graph/timeaxisitem.h"
#include "app/presentation/displayformat.h"
#include "app/presentation/timelabels.h"
#include "core/layout/edgegeometry.h"
#include "core/layout/layoutgraph.h"
#include "core/layout/layoutoptions.h"
#include "core/model/case.h"
#include "core/timeline/snapshot.h"

#include <QGraphicsSceneHelpEvent>
#include <QLocale>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace cascade {

namespace {

constexpr qreal kSceneMargin = 24;
// Large graphs: a link off the backbone longer than this (scene units, 40 dots) is drawn
// only when highlighted.
constexpr qreal kLongLink = 320;

} // namespace

GraphScene::GraphScene(CaseDocument *document, QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_pageRankTimer(new QTimer(this)),
      m_flashes(new FlashAnimator(
          [this](FlashAnimator::Kind kind, int id, qreal strength) {
              if (kind == FlashAnimator::Kind::Actor)
                  m_actorItems[static_cast<std::size_t>(id)]->setFlash(strength);
              else
                  m_edgeItems[static_cast<std::size_t>(id)]->setFlash(strength);
          },
          this)),
      m_dotSprites(std::make_unique<DotSprites>())
{
    // No BSP index: edges are long, and Qt's BSP tree files an item under every leaf
    // its bounding rectangle touches (gigabytes for 10k actors). A linear pass over the
    // items per repaint is cheap next to painting them.
    setItemIndexMethod(NoIndex);
    setBackgroundBrush(m_theme.background);
    m_snapshot = std::make_unique<Snapshot>(m_document->timeIndex());
    m_time = m_document->cursor();
    m_snapshot->setTime(m_time);
    m_position = m_snapshot->position();
    m_pageRankTimer->setSingleShot(true);
    m_pageRankTimer->setInterval(150);
    connect(m_pageRankTimer, &QTimer::timeout, this, [this] {
        recomputePageRank();
        updateSizes(true);
    });

    // The items read the case when they paint: they go before it is replaced.
    connect(m_document, &CaseDocument::aboutToReset, this, &GraphScene::clearLayout);
    connect(m_document, &CaseDocument::caseReset, this, &GraphScene::onCaseReset);
    connect(m_document, &CaseDocument::cursorChanged, this, [this](TimeMs t) {
        if (m_followCursor)
            applyTime(t);
    });
    connect(m_document, &CaseDocument::selectionChanged, this, [this] {
        setPickedEdge(nullptr);
        updateHighlights();
        refreshStory();
    });
    connect(m_document, &CaseDocument::whatIfChanged, this, [this] {
        updateHighlights();
        refreshStory();
        emit legendChanged();
    });
    connect(m_document, &CaseDocument::layoutEdited, this, &GraphScene::onLayoutEdited);
    // The selected cascade's tree arrives with the document's reconstruction.
    connect(m_document->cascades(), &CascadeCache::ready, this, [this] {
        if (m_document->selectedCascade() != kNoEvent) {
            updateHighlights();
            refreshStory();
        }
    });
}

GraphScene::~GraphScene() = default;

const Case &GraphScene::caseData() const
{
    return m_document->caseData();
}

void GraphScene::onCaseReset()
{
    clearLayout();
    m_snapshot = std::make_unique<Snapshot>(m_document->timeIndex());
    m_droppedFor = kNoActor;
    m_dropped.clear();
    m_pageRank.clear();
    m_time = m_followCursor ? m_document->cursor() : m_time;
    m_snapshot->setTime(m_time);
    m_position = m_snapshot->position();
}

// ---- layout -------------------------------------------------------------------------

void GraphScene::setLayout(const LayoutResult &layout)
{
    if (!layout.ok() || layout.centres.size() != caseData().actors.size()) {
        clearLayout();
        return;
    }
    m_base = layout;
    m_layout = layout;
    rebuildItems();
}

void GraphScene::clearLayout()
{
    m_flashes->clear();
    m_drag = {};
    clear();
    m_actorItems.clear();
    m_edgeItems.clear();
    m_laneItems.clear();
    m_timeAxis = nullptr;
    m_timeCursor = nullptr;
    m_edgeByPair.clear();
    m_edgesOfActor.clear();
    m_edgesByTime.clear();
    m_edgeTimes.clear();
    m_prominent.clear();
    m_isProminent.clear();
    clearStory();
    m_highlighting = false;
    m_picked = nullptr;
    m_base = {};
    m_layout = {};
    invalidateBounds();
    setSceneRect(QRectF());
    emit layoutReplaced();
}

void GraphScene::rebuildItems()
{
    m_flashes->clear();
    m_drag = {};
    m_picked = nullptr;
    clear();
    m_laneItems.clear();
    m_timeAxis = nullptr;
    m_timeCursor = nullptr;
    m_highlighting = false;
    const Case &c = caseData();
    const std::size_t n = c.actors.size();
    const bool compact = m_layout.compact;
    const qreal slot = LayoutOptions{}.markerSize;

    if (m_measure == Measure::PageRank)
        recomputePageRank();
    m_actorItems.assign(n, nullptr);
    for (std::size_t a = 0; a < n; ++a) {
        auto *item = new ActorItem(static_cast<ActorId>(a), compact);
        item->setColour(DisplayFormat::roleColor(c, static_cast<ActorId>(a)));
        item->setGeometry(m_layout.sizes[a], compact ? 4 : 8, slot);
        item->setPos(m_layout.centres[a]);
        addItem(item);
        m_actorItems[a] = item;
    }
    const qreal arrow = arrowLength(m_layout);
    const qreal width = compact ? 0.6 : 1.2;
    // Large graphs: the edges of the backbone (who entered the case through whom, what
    // the compact layouts draw as trees) stay visible, the other edges recede, so the
    // picture is not a hairball.
    m_edgeItems.assign(m_layout.edges.size(), nullptr);
    for (std::size_t i = 0; i < m_layout.edges.size(); ++i) {
        auto *item = new EdgeItem(static_cast<int>(i));
        item->setEdge(m_layout.edges[i], arrow, width);
        if (compact) {
            const LayoutEdge &e = m_layout.edges[i];
            const bool backbone = e.backbone;
            item->setEmphasis(backbone ? 0.55 : 0.25);
            item->setDetailOnly(!backbone);
            item->setHighlightOnly(!backbone && QLineF(e.start(), e.end()).length() > kLongLink);
        }
        addItem(item);
        m_edgeItems[i] = item;
    }
    if (!m_layout.lanes.empty()) {
        QRectF all;
        for (std::size_t i = 0; i < m_layout.lanes.size(); ++i) {
            const SwimLane &lane = m_layout.lanes[i];
            auto *item = new LaneItem(static_cast<int>(i), lane.label, lane.rect, lane.actorCount);
            addItem(item);
            m_laneItems.push_back(item);
            all |= lane.rect;
        }
        if (m_layout.timeScale.end > m_layout.timeScale.start) {
            m_timeAxis = new TimeAxisItem(m_layout.timeScale, all, m_document->displayZone());
            addItem(m_timeAxis);
            m_timeCursor = new TimeCursorItem(m_layout.timeScale, all, m_document->displayZone());
            addItem(m_timeCursor);
        }
    }
    buildIndexes();
    updateSizes(true);
    applyLabels();
    m_grouped.clear();
    m_crowds.clear();
    m_storyActors.clear();
    applyAllStates();
    updateHighlights();
    refreshStory();
    invalidateBounds();
    emit layoutReplaced();
}

void GraphScene::buildIndexes()
{
    const Case &c = caseData();
    const std::size_t n = c.actors.size();
    m_edgeByPair.clear();
    m_edgeByPair.reserve(static_cast<qsizetype>(m_layout.edges.size()));
    m_edgesOfActor.assign(n, {});
    for (std::size_t i = 0; i < m_layout.edges.size(); ++i) {
        const LayoutEdge &e = m_layout.edges[i];
        m_edgeByPair.insert(linkKey(e.from, e.to), static_cast<int>(i));
        m_edgesOfActor[static_cast<std::size_t>(e.from)].push_back(static_cast<int>(i));
        m_edgesOfActor[static_cast<std::size_t>(e.to)].push_back(static_cast<int>(i));
    }
    m_edgesByTime.resize(m_layout.edges.size());
    std::iota(m_edgesByTime.begin(), m_edgesByTime.end(), 0);
    std::stable_sort(m_edgesByTime.begin(), m_edgesByTime.end(), [this](int x, int y) {
        return m_layout.edges[static_cast<std::size_t>(x)].firstTime < m_layout.edges[static_cast<std::size_t>(y)].firstTime;
    });
    m_edgeTimes.resize(m_edgesByTime.size());
    for (std::size_t k = 0; k < m_edgesByTime.size(); ++k)
        m_edgeTimes[k] = m_layout.edges[static_cast<std::size_t>(m_edgesByTime[k])].firstTime;

    // The events behind each edge (for what-if), as a CSR table.
    const TimeIndex &index = m_document->timeIndex();
    std::vector<int> counts(m_layout.edges.size() + 1, 0);
    auto forEachLink = [&](auto f) {
        for (EventId e = 0; e < index.eventCount(); ++e) {
            const ActorId author = index.author(e);
            for (const TimeIndex::Link &link : index.links(e)) {
                if (link.to == author)
                    continue;
                const auto it = m_edgeByPair.constFind(linkKey(author, link.to));
                if (it != m_edgeByPair.cend())
                    f(*it, e);
            }
        }
    };
    forEachLink([&](int edge, EventId) { ++counts[static_cast<std::size_t>(edge) + 1]; });
    std::partial_sum(counts.begin(), counts.end(), counts.begin());
    m_edgeEventOffsets = counts;
    m_edgeEvents.assign(static_cast<std::size_t>(counts.back()), kNoEvent);
    std::vector<int> fill(counts.begin(), counts.end() - 1);
    forEachLink([&](int edge, EventId e) { m_edgeEvents[static_cast<std::size_t>(fill[static_cast<std::size_t>(edge)]++)] = e; });
}

void GraphScene::onLayoutEdited(const QString &engine)
{
    if (!hasLayout() || engine != m_layout.engine)
        return;
    const Case &c = caseData();
    const auto it = c.layouts.find(engine);
    const std::vector<SavedLayout::Position> *saved =
        it != c.layouts.end() && it->second.positions.size() == c.actors.size() ? &it->second.positions : nullptr;
    std::vector<ActorId> moved;
    for (std::size_t a = 0; a < m_layout.centres.size(); ++a) {
        QPointF target = m_base.centres[a];
        if (saved && (*saved)[a].valid)
            target = QPointF((*saved)[a].x, (*saved)[a].y);
        if (target != m_layout.centres[a]) {
            m_layout.centres[a] = target;
            m_actorItems[a]->setPos(target);
            moved.push_back(static_cast<ActorId>(a));
        }
    }
    if (!moved.empty()) {
        redrawEdgesOf(moved);
        update(); // the foreground labels follow their actors: no fragment stays behind
    }
}

void GraphScene::redrawEdgesOf(const std::vector<ActorId> &moved)
{
    const bool curved = m_layout.engine == QLatin1String("dot") || m_layout.engine == QLatin1String("swimlane");
    const qreal arrow = arrowLength(m_layout);
    const qreal width = m_layout.compact ? 0.6 : 1.2;
    std::vector<int> edges;
    for (ActorId a : moved)
        for (int e : m_edgesOfActor[static_cast<std::size_t>(a)])
            edges.push_back(e);
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    for (int i : edges) {
        const auto k = static_cast<std::size_t>(i);
        const LayoutEdge &base = m_base.edges[k];
        const auto f = static_cast<std::size_t>(base.from);
        const auto t = static_cast<std::size_t>(base.to);
        if (m_layout.centres[f] == m_base.centres[f] && m_layout.centres[t] == m_base.centres[t]) {
            m_layout.edges[k] = base;
        } else {
            const LayoutGraph::Link link = linkOf(base);
            m_layout.edges[k] = curved ? curvedEdge(link, m_layout) : straightEdge(link, m_layout);
        }
        m_edgeItems[k]->setEdge(m_layout.edges[k], arrow, width);
    }
    m_layout.bounds = computeBounds(m_layout);
    invalidateBounds();
}

// ---- appearance ---------------------------------------------------------------------

void GraphScene::setTheme(const GraphTheme &theme)
{
    m_theme = theme;
    setBackgroundBrush(m_theme.background);
    update();
    emit legendChanged();
}

void GraphScene::setLabelFunction(LabelFunction function)
{
    m_labelFunction = std::move(function);
    if (hasLayout()) {
        applyLabels();
        invalidateBounds();
        update();
    }
}

void GraphScene::setInactiveMode(InactiveMode mode)
{
    if (mode == m_inactiveMode)
        return;
    m_inactiveMode = mode;
    applyAllStates();
    emit legendChanged();
}

std::vector<Measure> GraphScene::sizeMeasures()
{
    return {Measure::Followers, Measure::RepostsReceived, Measure::Exposure, Measure::PageRank};
}

QString GraphScene::sizeMeasureLabel(Measure measure)
{
    switch (measure) {
    case Measure::Followers:
        return tr("Followers");
    case Measure::RepostsReceived:
        return tr("Reposts received");
    case Measure::Exposure:
        return tr("Potential exposure");
    case Measure::PageRank:
        return tr("PageRank");
    default:
        return QString::fromLatin1(measureName(measure));
    }
}

void GraphScene::setSizeMeasure(Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    if (m_measure == Measure::PageRank)
        recomputePageRank();
    if (hasLayout()) {
        updateSizes(true);
        if (m_layout.compact)
            declutterLabels();
        invalidateBounds();
    }
    emit legendChanged();
}

void GraphScene::setFlashTime(qint64 ms)
{
    m_flashes->setManualTime(ms);
}

void GraphScene::setFlashEnabled(bool enabled)
{
    m_flashEnabled = enabled;
    if (!enabled)
        m_flashes->stopAll();
}

void GraphScene::setShowSelection(bool show)
{
    m_showSelection = show;
    updateHighlights();
    refreshStory();
}

void GraphScene::setShowWhatIf(bool show)
{
    m_showWhatIf = show;
    updateHighlights();
    emit legendChanged();
}

// ---- queries ------------------------------------------------------------------------

ActorItem *GraphScene::actorItem(ActorId actor) const
{
    if (actor < 0 || static_cast<std::size_t>(actor) >= m_actorItems.size())
        return nullptr;
    return m_actorItems[static_cast<std::size_t>(actor)];
}

EdgeItem *GraphScene::edgeItem(ActorId a, ActorId b) const
{
    const auto it = m_edgeByPair.constFind(linkKey(a, b));
    return it == m_edgeByPair.cend() ? nullptr : m_edgeItems[static_cast<std::size_t>(*it)];
}

void GraphScene::setPickedEdge(EdgeItem *edge)
{
    if (edge == m_picked)
        return;
    if (m_picked)
        m_picked->setState(EdgeItem::Picked, false);
    m_picked = edge;
    if (m_picked)
        m_picked->setState(EdgeItem::Picked, true);
}

bool GraphScene::isActorActive(ActorId actor) const
{
    const ActorItem *item = actorItem(actor);
    return item && item->hasState(ActorItem::Active);
}

bool GraphScene::isActorShown(ActorId actor) const
{
    const ActorItem *item = actorItem(actor);
    return item && item->isVisible();
}

void GraphScene::invalidateBounds()
{
    m_boundsValid = false;
    if (hasLayout())
        setSceneRect(contentBounds().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

QRectF GraphScene::contentBounds() const
{
    if (m_boundsValid)
        return m_contentBounds;
    QRectF r = m_layout.bounds;
    for (const ActorItem *item : m_actorItems) {
        // Every label that can show, whatever the time or the selection.
        QRectF b = item->bodyRect() | item->labelRect();
        if (item->compact() && !item->label().isEmpty()) {
            const qreal h = labelLineHeight();
            b |= QRectF(item->markerDiameter() / 2 + 3, -h / 2, item->labelWidth(), h).adjusted(-3, -1, 3, 1);
        }
        r |= b.translated(item->pos());
    }
    for (const LaneItem *lane : m_laneItems)
        r |= lane->sceneBoundingRect();
    if (m_timeAxis)
        r |= m_timeAxis->sceneBoundingRect();
    if (m_timeCursor) {
        // The cursor's time label hangs below the lanes.
        const QRectF c = m_timeCursor->boundingRect();
        r |= QRectF(r.left(), c.top(), r.width(), c.height());
    }
    m_contentBounds = r;
    m_boundsValid = true;
    return r;
}

QRectF GraphScene::shownBounds() const
{
    QRectF r;
    for (const ActorItem *item : m_actorItems)
        if (item->isVisible())
            r |= (item->bodyRect() | item->labelRect()).translated(item->pos());
    for (const EdgeItem *item : m_edgeItems)
        if (item->isVisible())
            r |= item->sceneBoundingRect();
    r |= storyBounds();
    for (const LaneItem *lane : m_laneItems)
        r |= lane->sceneBoundingRect();
    if (m_timeAxis)
        r |= m_timeAxis->sceneBoundingRect();
    if (m_timeCursor)
        r |= m_timeCursor->sceneBoundingRect();
    return r;
}

GraphLegendModel GraphScene::legendModel() const
{
    GraphLegendModel m;
    const Case &c = caseData();
    const TimeIndex &index = m_document->timeIndex();
    std::vector<int> perRole(c.roles.size() + 1, 0);
    for (std::size_t a = 0; a < c.actors.size(); ++a) {
        if (index.appearance(static_cast<ActorId>(a)) == TimeIndex::kNever)
            continue;
        const RoleId r = c.actors[a].role;
        ++perRole[r >= 0 && static_cast<std::size_t>(r) < c.roles.size() ? static_cast<std::size_t>(r) : c.roles.size()];
    }
    for (std::size_t r = 0; r < c.roles.size(); ++r)
        if (perRole[r] > 0)
            m.roles.push_back({DisplayFormat::labelOfRole(c, static_cast<RoleId>(r)), QColor::fromRgb(c.roles[r].rgb), perRole[r]});
    if (perRole.back() > 0)
        m.roles.push_back({tr("No role"), QColor::fromRgb(kNoRoleRgb), perRole.back()});
    std::uint8_t kinds = 0;
    for (const LayoutEdge &e : m_layout.edges) {
        kinds |= e.kinds;
        m.anyInferred = m.anyInferred || e.inferredOnly;
    }
    for (int k = 0; k < kInteractionKindCount; ++k)
        if ((kinds >> k) & 1u)
            m.kinds.push_back(static_cast<InteractionKind>(k));
    m.sizeText = tr("Size: %1").arg(sizeMeasureLabel(m_measure).toLower());
    const ActorId w = m_document->whatIfActor();
    if (m_showWhatIf && w != kNoActor)
        m.extraText = tr("What-if without %1: grey = no longer reached").arg(labelOf(w));
    if (!m_crowds.empty()) {
        const CrowdRule rule;
        m.crowdText = tr("Circle: %1 or more accounts that did the same to one actor and nothing else, "
                         "each within %2 of the previous (click to expand)")
                          .arg(rule.minMembers)
                          .arg(DisplayFormat::duration(rule.maxGap));
    }
    return m;
}

QString GraphScene::actorToolTip(ActorId actor) const
{
    const Case &c = caseData();
    if (actor < 0 || static_cast<std::size_t>(actor) >= c.actors.size())
        return {};
    const Actor &a = c.actors[static_cast<std::size_t>(actor)];
    const QLocale locale;
    const QString label = labelOf(actor);
    const bool pseudonym = label != a.handle;
    QString html = QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped());
    if (!pseudonym && !a.name.isEmpty())
        html += QStringLiteral("<br>%1").arg(a.name.toHtmlEscaped());
    if (a.role >= 0 && static_cast<std::size_t>(a.role) < c.roles.size())
        html += QStringLiteral("<br>") + tr("Role: %1").arg(DisplayFormat::labelOfRole(c, a.role).toHtmlEscaped());
    html += QStringLiteral("<br>") + tr("Followers: %1").arg(locale.toString(static_cast<qlonglong>(a.followers)));
    const TimeIndex &index = m_document->timeIndex();
    const int appearance = index.appearance(actor);
    if (appearance != TimeIndex::kNever && appearance > 0) {
        const TimeMs t = index.time(appearance - 1);
        html += QStringLiteral("<br>") + tr("First active: %1").arg(formatCursorTime(t, m_document->displayZone()).toHtmlEscaped());
    } else {
        html += QStringLiteral("<br>") + tr("Never active in this case");
    }
    if (a.synthetic)
        html += QStringLiteral("<br><i>%1</i>").arg(tr("Synthetic: stands for unknown real accounts"));
    return html;
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    const QList<QGraphicsItem *> under = items(event->scenePos(), Qt::IntersectsItemShape, Qt::DescendingOrder);
    if (const int crowd = crowdAt(event->scenePos()); crowd >= 0) {
        QToolTip::showText(event->screenPos(), crowdToolTip(m_crowds[static_cast<std::size_t>(crowd)]), event->widget());
        event->accept();
        return;
    }
    for (QGraphicsItem *item : under) {
        if (item->type() == ActorItem::Type && item->isVisible()) {
            QToolTip::showText(event->screenPos(), actorToolTip(static_cast<ActorItem *>(item)->actor()), event->widget());
            event->accept();
            return;
        }
    }
    QToolTip::hideText();
    event->ignore();
}

} // namespace cascade
