// SPDX-License-Identifier: GPL-3.0-or-later
// GraphScene's labels: the text and width of each actor's label, which labels a compact
// layout shows, the prominent actors, and the constant-size labels drawn in the
// foreground when the graph is zoomed far out. The geometry is core/layout/labelplacement.h.
#include "app/graph/graphscene.h"

#include "app/document/casedocument.h"
#include "app/graph/actoritem.h"
#include "app/graph/notecallouts.h"
#include "core/layout/labelplacement.h"
#include "core/layout/layoutgraph.h"
#include "core/model/case.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <optional>

namespace cascade {

namespace {

constexpr int kLabelPixels = 11;
constexpr int kProminentCount = 12;

} // namespace

QString GraphScene::labelOf(ActorId actor) const
{
    if (m_labelFunction)
        return m_labelFunction(actor);
    return caseData().actors[static_cast<std::size_t>(actor)].handle;
}

QFont GraphScene::labelFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(kLabelPixels);
        f.setHintingPreference(QFont::PreferNoHinting); // the same advances at every zoom
        return f;
    }();
    return font;
}

int GraphScene::labelPixelSize()
{
    return kLabelPixels;
}

qreal GraphScene::labelLineHeight()
{
    static const qreal h = QFontMetricsF(labelFont()).height();
    return h;
}

std::vector<double> GraphScene::labelWidths(const Case &c, const LabelFunction &function)
{
    QFont bold = labelFont();
    bold.setBold(true); // the widest a label gets (selected)
    const QFontMetricsF fm(bold);
    std::vector<double> widths(c.actors.size());
    for (std::size_t a = 0; a < c.actors.size(); ++a) {
        const QString text = function ? function(static_cast<ActorId>(a)) : c.actors[a].handle;
        widths[a] = std::min(kMaxLabelWidth, fm.horizontalAdvance(text) + 1);
    }
    return widths;
}

void GraphScene::applyLabels()
{
    const QFontMetricsF fm(labelFont());
    QFont bold = labelFont();
    bold.setBold(true);
    const QFontMetricsF fmBold(bold); // the selected actor's label is bold: room for it
    const std::size_t n = m_actorItems.size();
    m_labels.assign(n, QString());
    m_labelWidths.assign(n, 0); // plain, for declutterLabels()
    std::vector<qreal> &widths = m_labelWidths;
    for (std::size_t a = 0; a < n; ++a) {
        // One measurement per label for most (100k actors: a third of a second each).
        QString text = labelOf(static_cast<ActorId>(a));
        widths[a] = fm.horizontalAdvance(text);
        if (widths[a] > kMaxLabelWidth) {
            text = fm.elidedText(text, Qt::ElideRight, kMaxLabelWidth);
            widths[a] = fm.horizontalAdvance(text);
        }
        m_labels[a] = text;
        m_actorItems[a]->setLabel(text, fmBold.horizontalAdvance(text) + 1);
    }
    if (m_layout.compact)
        declutterLabels();
}

void GraphScene::declutterLabels()
{
    // Compact layouts give labels no room (core/layout/labelplacement.h); labels scale
    // with the scene, so the answer holds at every zoom.
    const std::size_t n = m_actorItems.size();
    std::vector<LabelCandidate> candidates(n);
    for (std::size_t a = 0; a < n; ++a)
        candidates[a] = {m_layout.centres[a], m_actorItems[a]->markerDiameter(), m_labelWidths[a],
                         measureValueOf(static_cast<ActorId>(a))};
    const std::vector<std::uint8_t> shown = cascade::declutterLabels(candidates, labelLineHeight());
    for (std::size_t a = 0; a < n; ++a)
        m_actorItems[a]->setState(ActorItem::LabelAllowed, shown[a] != 0);
}

void GraphScene::chooseProminent()
{
    const std::size_t n = m_actorItems.size();
    std::vector<double> value(n);
    for (std::size_t a = 0; a < n; ++a)
        value[a] = measureValueOf(static_cast<ActorId>(a));
    m_prominent = cascade::prominentActors(value, caseData().origin, caseData().targets, kProminentCount);
    m_prominence = std::move(value); // the story's fallback
    m_isProminent.assign(n, 0);
    for (ActorId a : m_prominent)
        m_isProminent[static_cast<std::size_t>(a)] = 1;
}

ActorId GraphScene::foregroundLabelAt(QPointF p) const
{
    for (auto it = m_foregroundLabels.rbegin(); it != m_foregroundLabels.rend(); ++it)
        if (it->second.contains(p))
            return it->first;
    return kNoActor;
}

void GraphScene::drawForeground(QPainter *painter, const QRectF &)
{
    m_foregroundLabels.clear();
    m_calloutBoxes.clear();
    if (!hasLayout())
        return;
    const QTransform t = painter->worldTransform();
    painter->save();
    // World transform only: an exporter maps its design units to the device with the
    // painter's window and viewport, which must stay (resetTransform() would drop them).
    painter->setWorldTransform(QTransform());
    painter->setRenderHint(QPainter::Antialiasing, true);
    const QRectF frame = t.mapRect(contentBounds());
    std::vector<QRectF> placed;
    m_crowdBoxes.clear();
    if (m_storyFirst) {
        drawCrowds(painter, t, frame, placed);
        drawStoryLabels(painter, t, frame, placed);
    } else {
        drawForegroundLabels(painter, t, frame, placed);
    }
    drawCallouts(painter, t, frame, placed);
    painter->restore();
}

void GraphScene::drawForegroundLabels(QPainter *painter, const QTransform &t, const QRectF &frame,
                                      std::vector<QRectF> &placed)
{
    // Far out, item labels fade away; the actors that matter keep a label of constant
    // size on screen (the selected actor, its path from the origin, the most prominent),
    // placed beside their marker where it overlaps no other such label and kept inside
    // the content's frame (so a slide clips none).
    if (m_prominent.empty())
        return;
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(t);
    const qreal legible = m_layout.compact ? 8.0 : 6.0;
    if (kLabelPixels * lod >= legible)
        return;
    QFont font = labelFont();
    const QFontMetricsF fm(font);
    const QTransform back = t.inverted();
    std::vector<ActorId> order;
    // The selected actor, or the selected cascade's seed (marked Selected), then the path
    // or the cascade's tree.
    ActorId selected = m_showSelection ? m_document->selectedActor() : kNoActor;
    if (m_showSelection && selected == kNoActor && m_document->selectedCascade() != kNoEvent)
        for (std::size_t a = 0; a < m_actorItems.size() && selected == kNoActor; ++a)
            if (m_actorItems[a]->hasState(ActorItem::Selected))
                selected = static_cast<ActorId>(a);
    if (selected != kNoActor) {
        order.push_back(selected);
        for (std::size_t a = 0; a < m_actorItems.size(); ++a)
            if (m_actorItems[a]->hasState(ActorItem::OnPath) && static_cast<ActorId>(a) != selected)
                order.push_back(static_cast<ActorId>(a));
    }
    order.insert(order.end(), m_prominent.begin(), m_prominent.end());
    std::vector<quint8> done(m_actorItems.size(), 0);
    for (ActorId a : order) {
        const ActorItem *item = actorItem(a);
        if (!item || done[static_cast<std::size_t>(a)] || !item->isVisible())
            continue;
        done[static_cast<std::size_t>(a)] = 1;
        if (item->hasState(ActorItem::Dimmed) && a != selected)
            continue;
        const bool faint = !item->hasState(ActorItem::Active); // shown faintly (I)
        const QPointF c = t.map(item->scenePos() + item->markerCentre());
        const qreal r = std::max<qreal>(2, item->markerDiameter() * lod / 2);
        QFont f = font;
        f.setBold(a == selected);
        const QString &text = m_labels[static_cast<std::size_t>(a)];
        const QSizeF size(QFontMetricsF(f).horizontalAdvance(text) + 6, fm.height() + 2);
        const std::optional<QRectF> chip = placeLabelChip(c, r, size, frame, placed);
        if (!chip)
            continue;
        const QRectF box = *chip;
        placed.push_back(box);
        m_foregroundLabels.emplace_back(a, back.mapRect(box));
        painter->setOpacity(faint ? std::min<qreal>(1, m_theme.faintOpacity * 2) : 1.0);
        // The selection's border, the path's glow, or a plain frame.
        const QPen border = a == selected                         ? QPen(m_theme.selection, 1.8)
                            : item->hasState(ActorItem::OnPath) ? QPen(m_theme.highlight, 3)
                                                                : QPen(m_theme.chipBorder, 1);
        painter->setPen(border);
        painter->setBrush(m_theme.chipFill);
        painter->drawRoundedRect(box, 3, 3);
        painter->setFont(f);
        painter->setPen(faint ? m_theme.mutedText : m_theme.text);
        painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, text);
    }
}

std::vector<std::size_t> GraphScene::calloutNotesShown() const
{
    std::vector<std::size_t> shown;
    if (!hasLayout())
        return shown;
    const Case &c = caseData();
    const ActorId selected = m_showSelection ? m_document->selectedActor() : kNoActor;
    for (std::size_t k : calloutNotes(c.notes, m_time, m_noteWindow, selected)) {
        const ActorItem *item = actorItem(c.notes[k].actor);
        if (item && item->isVisible() && isActorShown(c.notes[k].actor))
            shown.push_back(k);
    }
    return shown;
}

void GraphScene::refreshCallouts()
{
    std::vector<std::size_t> now = calloutNotesShown();
    if (now != m_shownCallouts) {
        m_shownCallouts = std::move(now);
        update(); // callouts are painted in the foreground, over every item
    }
}

void GraphScene::setNoteWindow(TimeMs window)
{
    if (window == m_noteWindow)
        return;
    m_noteWindow = window;
    refreshCallouts();
}

void GraphScene::setNoteTextFunction(TextFunction function)
{
    m_noteText = std::move(function);
    update();
}

void GraphScene::drawCallouts(QPainter *painter, const QTransform &t, const QRectF &frame,
                              std::vector<QRectF> &placed)
{
    const std::vector<std::size_t> shown = calloutNotesShown();
    if (shown.empty())
        return;
    const Case &c = caseData();
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(t);
    std::vector<NoteCallout> callouts;
    callouts.reserve(shown.size());
    for (std::size_t k : shown) {
        const ActorItem *item = actorItem(c.notes[k].actor);
        NoteCallout callout;
        callout.centre = t.map(item->scenePos() + item->markerCentre());
        callout.radius = std::max<qreal>(2, item->markerDiameter() * lod / 2);
        const QRectF label = item->labelRect();
        if (!label.isEmpty())
            callout.avoid = t.mapRect(item->mapRectToScene(label));
        callout.text = m_noteText ? m_noteText(c.notes[k].text) : c.notes[k].text;
        callouts.push_back(std::move(callout));
    }
    painter->setOpacity(1);
    // Never smaller than the labels as drawn (zoomed in, or a slide's enlarged graph).
    const qreal scale = std::max<qreal>(1, kLabelPixels * lod / 12.0);
    const std::vector<QRectF> boxes = paintNoteCallouts(painter, callouts, frame, m_theme, placed, scale);
    const QTransform back = t.inverted();
    for (std::size_t i = 0; i < boxes.size(); ++i)
        m_calloutBoxes.emplace_back(shown[i], back.mapRect(boxes[i]));
}

} // namespace cascade
