// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene's story-first drawing: the story actors of the moment (core/analysis/
// story.h) labelled large in the foreground, the others quiet dots, and the crowds drawn
// as one glyph each (a circle of its members' dots, a count, a caption, one thick link
// to the actor they acted on), expandable by a click.
#include "app/graph/graphscene.h"

#include "app/document/casedocument.h"
#include "app/graph/actoritem.h"
#include "app/graph/dotsprites.h"
#include "app/graph/edgeitem.h"
#include "app/presentation/displayformat.h"
#include "core/analysis/caseanalysis.h"
#include "core/layout/labelplacement.h"
#include "core/model/case.h"
#include "core/timeline/timeindex.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <utility>
#include <limits>
#include <numbers>

namespace cascade {

namespace {

constexpr qreal kGlyphPad = 6;        // scene units between the members' dots and the rim
constexpr qreal kMinGlyphPixels = 16; // a glyph's radius on screen, at least
constexpr double kBoldStoryScale = 0.95;

QPointF unit(QPointF v)
{
    const qreal length = std::hypot(v.x(), v.y());
    return length > 0 ? v / length : QPointF(1, 0);
}

} // namespace

qreal GraphScene::storyLabelPixels(const QPainter *painter, const QRectF &graph)
{
    // Tied to the output, and to the graph drawn in it: small multiples get smaller labels.
    return std::clamp<qreal>(std::min(painter->window().height() / 46.0, graph.height() / 16.0), 10.0, 28.0);
}

void GraphScene::setStoryFirst(bool on)
{
    if (on == m_storyFirst)
        return;
    m_storyFirst = on;
    refreshStory();
    emit legendChanged();
}

void GraphScene::setCrowdsEnabled(bool on)
{
    if (on == m_crowdsOn)
        return;
    m_crowdsOn = on;
    refreshStory();
    emit legendChanged();
}

void GraphScene::setCriticalActors(std::vector<ActorId> critical)
{
    if (critical == m_critical)
        return;
    m_critical = std::move(critical);
    refreshStory();
}

bool GraphScene::isGrouped(ActorId actor) const
{
    return actor >= 0 && static_cast<std::size_t>(actor) < m_grouped.size() && m_grouped[static_cast<std::size_t>(actor)];
}

void GraphScene::clearStory()
{
    m_storyActors.clear();
    m_inStory.clear();
    m_crowds.clear();
    m_grouped.clear();
    m_crowdBoxes.clear();
    m_expanded.clear();
    m_namedByMilestone.clear();
    m_namedValid = false;
    m_crowdIndex.reset();
    m_critical.clear(); // of the case gone
}

void GraphScene::refreshStory()
{
    if (!hasLayout())
        return;
    const Case &c = caseData();
    const std::size_t n = m_actorItems.size();
    std::vector<StoryActor> story;
    std::vector<CrowdGroup> groups;
    if (m_storyFirst) {
        if (!m_namedValid) {
            m_namedByMilestone = milestoneNamedActors(c);
            m_namedValid = true;
        }
        StoryInput input;
        input.time = m_time;
        input.selected = m_showSelection ? m_document->selectedActor() : kNoActor;
        input.critical = m_critical;
        input.noteWindow = m_noteWindow;
        input.named = m_namedByMilestone;
        input.prominence = m_prominence;
        story = cascade::storyActors(m_document->analysis(), input);
        if (m_crowdsOn) {
            // A highlighted actor (the selected cascade's tree, a path) is never hidden in
            // a crowd: the highlight is what the user asked to see.
            std::vector<ActorId> ids;
            ids.reserve(story.size());
            for (const StoryActor &s : story)
                ids.push_back(s.actor);
            for (std::size_t a = 0; a < n; ++a)
                if (m_actorItems[a]->hasState(ActorItem::OnPath) || m_actorItems[a]->hasState(ActorItem::Selected))
                    ids.push_back(static_cast<ActorId>(a));
            if (!m_crowdIndex)
                m_crowdIndex = std::make_unique<CrowdIndex>(m_document->analysis());
            groups = m_crowdIndex->groupsAt(m_time, ids);
        }
    }

    std::vector<quint8> inStory(n, 0);
    for (const StoryActor &s : story)
        inStory[static_cast<std::size_t>(s.actor)] = 1;
    for (std::size_t a = 0; a < n; ++a) {
        const quint16 flags = !m_storyFirst ? 0 : inStory[a] ? ActorItem::Story : ActorItem::Quiet;
        m_actorItems[a]->replaceState(ActorItem::Story | ActorItem::Quiet, flags);
    }
    const bool storyChanged = story != m_storyActors;
    m_storyActors = std::move(story);
    m_inStory = std::move(inStory);

    std::vector<Crowd> crowds;
    crowds.reserve(groups.size());
    std::vector<quint8> grouped(n, 0);
    for (CrowdGroup &g : groups) {
        Crowd crowd;
        crowd.expanded = m_expanded.count(g.firstEvent) != 0;
        if (!crowd.expanded)
            for (ActorId m : g.members)
                grouped[static_cast<std::size_t>(m)] = 1;
        crowd.group = std::move(g);
        crowds.push_back(std::move(crowd));
    }
    const bool crowdsChanged = crowds.size() != m_crowds.size() ||
                               !std::equal(crowds.begin(), crowds.end(), m_crowds.begin(), [](const Crowd &x, const Crowd &y) {
                                   return x.group == y.group && x.expanded == y.expanded;
                               });
    if (m_grouped.size() != n)
        m_grouped.assign(n, 0);
    std::swap(m_grouped, grouped); // `grouped` is now the previous membership
    const std::vector<Crowd> previous = std::exchange(m_crowds, std::move(crowds));
    const TimeIndex &index = m_document->timeIndex();
    for (std::size_t a = 0; a < n; ++a) {
        if (m_grouped[a] == grouped[a])
            continue;
        setActorActive(m_actorItems[a], index.visibleAt(static_cast<ActorId>(a), m_position));
        for (int e : m_edgesOfActor[a])
            refreshEdgeVisibility(m_edgeItems[static_cast<std::size_t>(e)]);
    }
    placeCrowds();
    if (storyChanged || (crowdsChanged && m_viewScale <= 0))
        update(); // the foreground labels move (rare), or no view says how large a pixel is
    else if (crowdsChanged)
        update(crowdsDirtyArea(previous)); // during play, a crowd grows at almost every step
    if (crowdsChanged)
        emit legendChanged();
}

QRectF GraphScene::crowdsDirtyArea(const std::vector<Crowd> &previous) const
{
    // What a changed crowd covers, drawn or to be drawn: its glyph, its caption (in
    // pixels: up to 600 wide and 80 high around it), its link from the actor they acted
    // on; and where the last paint put its boxes.
    const qreal px = 1.0 / m_viewScale;
    auto area = [&](const Crowd &c) {
        const qreal r = std::max(c.radius, kMinGlyphPixels * px) * 1.2;
        QRectF a(c.centre - QPointF(r, r), QSizeF(2 * r, 2 * r));
        a |= QRectF(c.centre.x() - 300 * px, c.centre.y() - r - 40 * px, 600 * px, 2 * r + 80 * px);
        a |= QRectF(m_layout.centres[static_cast<std::size_t>(c.group.target)], c.centre).normalized();
        return a.adjusted(-10 * px, -10 * px, 10 * px, 10 * px);
    };
    QRectF dirty;
    auto painted = [&](std::size_t index) {
        for (const auto &[k, box] : m_crowdBoxes)
            if (static_cast<std::size_t>(k) == index)
                dirty |= box;
    };
    std::vector<quint8> matched(previous.size(), 0);
    for (const Crowd &c : m_crowds) {
        const auto old = std::find_if(previous.begin(), previous.end(),
                                      [&](const Crowd &p) { return p.group.firstEvent == c.group.firstEvent; });
        if (old != previous.end()) {
            const auto j = static_cast<std::size_t>(old - previous.begin());
            matched[j] = 1;
            if (old->group == c.group && old->expanded == c.expanded && old->centre == c.centre)
                continue;
            dirty |= area(*old);
            painted(j);
        }
        dirty |= area(c);
    }
    for (std::size_t j = 0; j < previous.size(); ++j)
        if (!matched[j]) {
            dirty |= area(previous[j]);
            painted(j);
        }
    return dirty;
}

QRectF GraphScene::storyBounds() const
{
    // Crowds are a glyph with a caption below. (Story labels are kept inside the frame
    // as they are placed, at a size in pixels.)
    QRectF r;
    const qreal h = labelLineHeight();
    for (const Crowd &crowd : m_crowds)
        r |= QRectF(crowd.centre - QPointF(crowd.radius, crowd.radius) * 1.2,
                    QSizeF(2.4 * crowd.radius, 2.4 * crowd.radius + 3 * h));
    return r;
}

void GraphScene::placeCrowds()
{
    // Beside the actor they acted on, about as far as the members are, in the direction
    // that keeps the glyph clearest of the story's actors and of the glyphs of the same
    // actor already placed, preferring the side where the members are. Squared
    // distances: thousands of crowds are placed at every step of a play.
    std::vector<QPointF> story;
    for (const StoryActor &s : m_storyActors)
        if (m_actorItems[static_cast<std::size_t>(s.actor)]->isVisible())
            story.push_back(m_layout.centres[static_cast<std::size_t>(s.actor)]);
    auto squared = [](QPointF a, QPointF b) { return QPointF::dotProduct(a - b, a - b); };
    for (std::size_t k = 0; k < m_crowds.size(); ++k) {
        Crowd &crowd = m_crowds[k];
        const CrowdGroup &g = crowd.group;
        const QPointF target = m_layout.centres[static_cast<std::size_t>(g.target)];
        QPointF mean;
        std::vector<qreal> distance2;
        distance2.reserve(g.members.size());
        qreal marker = 0;
        for (ActorId m : g.members) {
            const QPointF p = m_layout.centres[static_cast<std::size_t>(m)];
            mean += p;
            distance2.push_back(squared(target, p));
            marker += m_actorItems[static_cast<std::size_t>(m)]->markerDiameter();
        }
        const auto count = static_cast<qreal>(g.members.size());
        mean /= count;
        marker /= count;
        std::nth_element(distance2.begin(), distance2.begin() + static_cast<std::ptrdiff_t>(distance2.size() / 2), distance2.end());
        const qreal median = std::sqrt(distance2[distance2.size() / 2]);
        crowd.radius = 0.62 * std::max<qreal>(marker, 6) * std::sqrt(count) + kGlyphPad;
        const qreal targetRadius = m_actorItems[static_cast<std::size_t>(g.target)]->markerDiameter() / 2;
        const qreal reach = std::max(0.5 * median, crowd.radius * 2 + targetRadius + 24);
        const QPointF side = mean - target;
        const bool sided = squared(side, {}) >= 0.0625 * median * median;
        const QPointF towards = unit(side);
        std::vector<QPointF> obstacles;
        for (const QPointF &o : story)
            if (squared(o, target) > 1e-12)
                obstacles.push_back(o);
        for (std::size_t j = 0; j < k; ++j)
            if (m_crowds[j].group.target == g.target)
                obstacles.push_back(m_crowds[j].centre);
        constexpr int kDirections = 24;
        qreal best = -std::numeric_limits<qreal>::infinity();
        const qreal far = 3 * crowd.radius;
        for (int i = 0; i < kDirections; ++i) {
            const qreal angle = 2 * std::numbers::pi * i / kDirections;
            const QPointF dir(std::cos(angle), std::sin(angle));
            const QPointF centre = target + dir * reach;
            qreal nearest2 = (far + crowd.radius) * (far + crowd.radius);
            for (const QPointF &o : obstacles)
                nearest2 = std::min(nearest2, squared(centre, o));
            const qreal clearance = std::min(far, std::sqrt(nearest2) - crowd.radius);
            const qreal score = clearance + (sided ? 0.5 * crowd.radius * QPointF::dotProduct(dir, towards) : 0);
            if (score > best) {
                best = score;
                crowd.centre = centre;
            }
        }
    }
}

QString GraphScene::crowdCaption(const Crowd &crowd) const
{
    const CrowdGroup &g = crowd.group;
    const int n = static_cast<int>(g.members.size());
    const QString who = labelOf(g.target);
    QString text;
    switch (g.kind) {
    case InteractionKind::Repost: text = tr("%1 reposts of %2").arg(n).arg(who); break;
    case InteractionKind::Reply: text = tr("%1 replies to %2").arg(n).arg(who); break;
    case InteractionKind::Quote: text = tr("%1 quotes of %2").arg(n).arg(who); break;
    case InteractionKind::Mention: text = tr("%1 mentions of %2").arg(n).arg(who); break;
    case InteractionKind::Offline: text = tr("%1 contacts of %2").arg(n).arg(who); break;
    }
    // To the minute: "in 31 min", not "in 31 min 8 s".
    const TimeMs span = (g.last - g.first + kMsPerMinute / 2) / kMsPerMinute * kMsPerMinute;
    if (span > 0)
        text = tr("%1 in %2").arg(text, DisplayFormat::duration(span));
    return text;
}

QString GraphScene::crowdToolTip(const Crowd &crowd) const
{
    const CrowdGroup &g = crowd.group;
    const QTimeZone zone = m_document->displayZone();
    return tr("<b>%1</b><br>from %2 to %3<br>Potential exposure: %4 (their followers, summed)<br>%5")
        .arg(crowdCaption(crowd).toHtmlEscaped(), DisplayFormat::clock(g.first, zone, false),
             DisplayFormat::clock(g.last, zone, false), DisplayFormat::count(g.exposure),
             crowd.expanded ? tr("Click the caption to group them again.") : tr("Click to show them one by one."));
}

int GraphScene::crowdAt(QPointF p) const
{
    for (auto it = m_crowdBoxes.rbegin(); it != m_crowdBoxes.rend(); ++it)
        if (it->second.contains(p))
            return it->first;
    return -1;
}

void GraphScene::toggleCrowd(int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= m_crowds.size())
        return;
    const EventId key = m_crowds[static_cast<std::size_t>(index)].group.firstEvent;
    if (!m_expanded.erase(key))
        m_expanded.insert(key);
    refreshStory();
}

void GraphScene::drawCrowds(QPainter *painter, const QTransform &t, const QRectF &frame, std::vector<QRectF> &placed)
{
    if (m_crowds.empty())
        return;
    const Case &c = caseData();
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(t);
    const qreal px = storyLabelPixels(painter, frame);
    const QTransform back = t.inverted();
    for (std::size_t k = 0; k < m_crowds.size(); ++k) {
        const Crowd &crowd = m_crowds[k];
        const CrowdGroup &g = crowd.group;
        const ActorItem *targetItem = actorItem(g.target);
        if (!targetItem || !targetItem->isVisible())
            continue;
        const QPointF centre = t.map(crowd.centre);
        const qreal radius = std::max(kMinGlyphPixels, crowd.radius * lod);
        QFont font = labelFont();
        font.setPixelSize(qRound(px * 0.8));
        const QFontMetricsF fm(font);
        const QString caption = crowdCaption(crowd);
        if (!crowd.expanded) {
            // One thick link from the actor they acted on, its arrow as the kind's.
            const QPointF from = t.map(targetItem->scenePos() + targetItem->markerCentre());
            const EdgeStyle &style = m_theme.edges[static_cast<int>(g.kind)];
            const qreal width = std::max<qreal>(2.5, 1.3 * std::log2(g.members.size() + 1.0));
            const QPointF dir = unit(centre - from);
            const QPointF rim = centre - dir * radius;
            const QPointF start = from + dir * (targetItem->markerDiameter() * lod / 2 + 1); // the marker stays clear
            QPen pen(style.colour, width, Qt::SolidLine, Qt::FlatCap);
            painter->setOpacity(0.85);
            painter->setPen(pen);
            painter->drawLine(start, rim);
            // Reposts and quotes carry the message out to the crowd; replies and
            // mentions address the actor: the arrow says which.
            const bool outward = g.kind == InteractionKind::Repost || g.kind == InteractionKind::Quote;
            const QPointF tip = outward ? rim : start;
            const QPointF back2 = outward ? -dir : dir;
            const QPointF normal(-back2.y(), back2.x());
            const qreal head = width * 3 + 4;
            QPainterPath arrow;
            arrow.moveTo(tip);
            arrow.lineTo(tip + back2 * head + normal * head * 0.5);
            arrow.lineTo(tip + back2 * head - normal * head * 0.5);
            arrow.closeSubpath();
            painter->setPen(Qt::NoPen);
            painter->setBrush(style.colour);
            painter->drawPath(arrow);

            // The glyph: a disc holding its members' dots (a sunflower packing), and
            // the count.
            painter->setOpacity(1);
            painter->setPen(QPen(m_theme.chipBorder, 1.5));
            painter->setBrush(m_theme.chipFill);
            painter->drawEllipse(centre, radius, radius);
            // At most kGlyphDots dots (a sample of the members, every k-th): a glyph, not
            // a second graph; the count says how many.
            constexpr std::size_t kGlyphDots = 64;
            const std::size_t step = (g.members.size() + kGlyphDots - 1) / kGlyphDots;
            const std::size_t drawn = (g.members.size() + step - 1) / step;
            const auto count = static_cast<qreal>(drawn);
            const qreal inner = radius - 4;
            const qreal dot = std::clamp<qreal>(inner / std::sqrt(count) * 0.7, 1.2, 5);
            const qreal golden = std::numbers::pi * (3 - std::sqrt(5.0));
            painter->setPen(Qt::NoPen);
            for (std::size_t i = 0; i < drawn; ++i) {
                const qreal r = (inner - dot) * std::sqrt((static_cast<qreal>(i) + 0.5) / count);
                const qreal a = static_cast<qreal>(i) * golden;
                m_dotSprites->draw(painter, centre + QPointF(std::cos(a), std::sin(a)) * r, dot,
                                   DisplayFormat::roleColor(c, g.members[i * step]));
            }
            QFont bold = font;
            bold.setBold(true);
            bold.setPixelSize(qRound(std::clamp(radius * 0.7, px * 0.7, px * 1.1)));
            const QString number = DisplayFormat::count(static_cast<std::int64_t>(g.members.size()));
            const QFontMetricsF bm(bold);
            const QRectF badge(centre.x() - bm.horizontalAdvance(number) / 2 - 4, centre.y() - bm.height() / 2,
                               bm.horizontalAdvance(number) + 8, bm.height());
            QColor halo = m_theme.chipFill;
            halo.setAlphaF(0.8);
            painter->setBrush(halo);
            painter->drawRoundedRect(badge, 4, 4);
            painter->setFont(bold);
            painter->setPen(m_theme.text);
            painter->drawText(badge, Qt::AlignCenter, number);
            const QRectF disc(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
            placed.push_back(disc);
            m_crowdBoxes.emplace_back(static_cast<int>(k), back.mapRect(disc));
        }
        // The caption under the glyph (or where it was, once expanded), inside the frame.
        const QSizeF size(fm.horizontalAdvance(caption) + 10, fm.height() + 4);
        QRectF box(QPointF(centre.x() - size.width() / 2, centre.y() + (crowd.expanded ? 0 : radius + 4)), size);
        if (box.right() > frame.right())
            box.moveRight(frame.right());
        if (box.left() < frame.left())
            box.moveLeft(frame.left());
        if (box.bottom() > frame.bottom())
            box.moveBottom(crowd.expanded ? frame.bottom() : centre.y() - radius - 4);
        painter->setOpacity(1);
        QPen border(m_theme.chipBorder, 1);
        if (crowd.expanded)
            border.setStyle(Qt::DashLine);
        painter->setPen(border);
        painter->setBrush(m_theme.chipFill);
        painter->drawRoundedRect(box, 4, 4);
        painter->setFont(font);
        painter->setPen(m_theme.text);
        painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, caption);
        placed.push_back(box);
        m_crowdBoxes.emplace_back(static_cast<int>(k), back.mapRect(box));
    }
}

void GraphScene::drawStoryLabels(QPainter *painter, const QTransform &t, const QRectF &frame,
                                 std::vector<QRectF> &placed)
{
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(t);
    // Tied to the output, and never smaller than the labels around when zoomed in.
    const qreal largest = std::max(storyLabelPixels(painter, frame), labelPixelSize() * lod * 1.3);
    const QTransform back = t.inverted();
    const ActorId selected = m_showSelection ? m_document->selectedActor() : kNoActor;
    // The largest first, so that the labels that matter most get their place.
    std::vector<const StoryActor *> order;
    for (const StoryActor &s : m_storyActors)
        order.push_back(&s);
    std::stable_sort(order.begin(), order.end(),
                     [](const StoryActor *x, const StoryActor *y) { return x->labelScale > y->labelScale; });
    for (const StoryActor *s : order) {
        const ActorItem *item = actorItem(s->actor);
        if (!item || !item->isVisible())
            continue;
        const bool faint = !item->hasState(ActorItem::Active);
        const bool dimmed = item->hasState(ActorItem::Dimmed) && s->actor != selected;
        const QPointF c = t.map(item->scenePos() + item->markerCentre());
        const qreal r = std::max<qreal>(4, item->markerDiameter() * lod / 2);
        QFont f = labelFont();
        f.setPixelSize(std::max(8, qRound(largest * s->labelScale)));
        // Bold: the origin, the targets, the selection, and whoever else is labelled
        // near their size (an actor on the path with the largest audience).
        f.setBold(s->labelScale >= kBoldStoryScale || s->actor == selected);
        const QFontMetricsF fm(f);
        const QString &text = m_labels[static_cast<std::size_t>(s->actor)];
        const QSizeF size(fm.horizontalAdvance(text) + 10, fm.height() + 4);
        std::optional<QRectF> chip = placeLabelChip(c, r + 2, size, frame, placed);
        // Beside the marker is taken: above it, then below it.
        for (const qreal dy : {-(r + 2 + size.height() / 2), r + 2 + size.height() / 2}) {
            if (chip)
                break;
            QRectF box(QPointF(c.x() - size.width() / 2, c.y() + dy - size.height() / 2), size);
            box.moveLeft(std::clamp(box.left(), frame.left(), std::max(frame.left(), frame.right() - box.width())));
            if (frame.contains(box) &&
                std::none_of(placed.begin(), placed.end(), [&](const QRectF &p) { return p.intersects(box); }))
                chip = box;
        }
        if (!chip)
            continue;
        const QRectF box = *chip;
        placed.push_back(box);
        m_foregroundLabels.emplace_back(s->actor, back.mapRect(box));
        painter->setOpacity(faint || dimmed ? std::min<qreal>(1, m_theme.dimOpacity * 2) : 1.0);
        const QPen border = s->actor == selected                   ? QPen(m_theme.selection, 2.2)
                            : item->hasState(ActorItem::OnPath) ? QPen(m_theme.highlight, 3)
                                                                : QPen(item->colour(), 1.6);
        painter->setPen(border);
        painter->setBrush(m_theme.chipFill);
        painter->drawRoundedRect(box, 4, 4);
        painter->setFont(f);
        painter->setPen(m_theme.text);
        painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, text);
    }
    painter->setOpacity(1);
}

} // namespace cascade
