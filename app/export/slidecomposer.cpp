// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/export/slidecomposer.h"

#include "app/document/casedocument.h"
#include "app/export/slideactorpanel.h"
#include "app/export/timestrip.h"
#include "app/graph/actoritem.h"
#include "app/graph/edgeitem.h"
#include "app/graph/graphlegend.h"
#include "app/graph/graphscene.h"
#include "app/graph/layoutcontroller.h"
#include "app/presentation/displayformat.h"
#include "core/analysis/casesummary.h"
#include "core/model/case.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "SlideComposer").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SlideComposer)
};

constexpr qreal kMargin = SlideComposer::kFrameMargin;
constexpr qreal kMomentWidth = 300;
constexpr qreal kMaxGraphScale = 1.6; // a tiny case (or moment) is not blown up beyond this
constexpr qreal kSceneMargin = 8;     // around the scene's content (highlight glows)
constexpr qreal kActorColumn = 300;   // the column's width when an actor is shown
constexpr qreal kColumnMax = 360;

// The halves of a legend: roles and size, links and what-if.
GraphLegendModel rolesPart(GraphLegendModel m)
{
    m.kinds.clear();
    m.anyInferred = false;
    m.extraText.clear();
    m.crowdText.clear();
    return m;
}

GraphLegendModel linksPart(GraphLegendModel m)
{
    m.roles.clear();
    m.sizeText.clear();
    return m;
}

} // namespace

SlideComposer::SlideComposer(CaseDocument *document)
    : m_document(document), m_scene(std::make_unique<GraphScene>(document)), m_theme(GraphTheme::light())
{
    m_scene->setFollowDocumentCursor(false);
    m_scene->setFlashEnabled(false);
    m_scene->setShowSelection(false);
    // A new case: what was computed for the old one goes (the scene resets itself).
    QObject::connect(m_document, &CaseDocument::caseReset, m_scene.get(), [this] {
        m_strip.reset();
        m_panel.reset();
        m_threshold = -1;
        m_criticalTime = std::numeric_limits<TimeMs>::min();
    });
}

SlideComposer::~SlideComposer() = default;

QFont SlideComposer::font(qreal pixels, bool bold)
{
    QFont f;
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(pixels))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // the same advances on every device
    return f;
}

void SlideComposer::setLayout(const LayoutResult &layout)
{
    m_scene->setLayout(layout);
}

bool SlideComposer::hasLayout() const
{
    return m_scene->hasLayout();
}

void SlideComposer::ensureLayout()
{
    if (!m_scene->hasLayout() && !m_document->caseData().actors.empty())
        m_scene->setLayout(LayoutController::layoutNow(*m_document, LayoutEngineKind::Auto));
}

const TimeStrip &SlideComposer::timeStrip()
{
    if (!m_strip)
        m_strip = std::make_unique<TimeStrip>(m_document->caseData(), m_document->timeIndex(), m_document->displayZone());
    return *m_strip;
}

const SlideActorPanel &SlideComposer::actorPanel(ActorId actor, TimeMs time)
{
    if (!m_panel || m_panelActor != actor || m_panelTime != time || m_panelThreshold != m_threshold) {
        m_panel = std::make_unique<SlideActorPanel>(*m_document, actor, time, m_pseudonyms);
        m_panelActor = actor;
        m_panelTime = time;
        m_panelThreshold = m_threshold;
    }
    return *m_panel;
}

void SlideComposer::prepare(const SlideOptions &o)
{
    ensureLayout();
    const GraphTheme theme = GraphTheme::byName(o.theme);
    if (theme.name != m_theme.name || theme.background != m_scene->theme().background) {
        m_theme = theme;
        m_scene->setTheme(theme);
    }
    const std::int64_t threshold = std::max<std::int64_t>(0, o.pseudonymiseBelow);
    if (threshold != m_threshold) {
        m_threshold = threshold;
        m_pseudonyms = Pseudonyms(m_document->caseData(), threshold);
        if (threshold > 0) {
            const Pseudonyms *p = &m_pseudonyms;
            m_scene->setLabelFunction([p](ActorId a) { return p->label(a); });
            m_scene->setNoteTextFunction([p](const QString &text) { return p->apply(text); });
        } else {
            m_scene->setLabelFunction({});
            m_scene->setNoteTextFunction({});
        }
    }
    const bool showActor = o.showActor && m_document->selectedActor() != kNoActor;
    const bool showCascade = o.showCascade && m_document->selectedCascade() != kNoEvent;
    m_scene->setShowSelection(showActor || showCascade);
    m_scene->setNoteWindow(o.noteWindow);
    if (m_criticalTime != o.time) {
        // The case summary's critical actors as of the slide join its story, as the
        // window's inspector gives them to its graph.
        std::vector<ActorId> critical;
        for (const CriticalActor &ca : summarizeCase(m_document->analysis(), o.time).criticalActors)
            critical.push_back(ca.actor);
        m_scene->setCriticalActors(std::move(critical));
        m_criticalTime = o.time;
    }
    if (m_scene->time() != o.time || m_scene->followsDocumentCursor())
        m_scene->setTime(o.time);
}

QSize SlideComposer::designSize(QSize slideSize)
{
    const qreal w = std::max(1, slideSize.width());
    const qreal h = std::max(1, slideSize.height());
    const qreal unit = std::min(w / 1280.0, h / 720.0);
    return QSize(static_cast<int>(std::lround(w / unit)), static_cast<int>(std::lround(h / unit)));
}

QRectF SlideComposer::framedContent(SlideOptions::Frame frame) const
{
    // Each actor as drawn: its chip or dot, every label it may carry (as contentBounds()
    // counts them) and its marker, which outgrows the chip for the largest actors.
    QRectF whole = m_scene->contentBounds();
    QRectF shown;
    const auto actors = static_cast<ActorId>(m_document->caseData().actors.size());
    const qreal h = GraphScene::labelLineHeight();
    const QFontMetricsF fm(GraphScene::labelFont());
    for (ActorId a = 0; a < actors; ++a) {
        const ActorItem *item = m_scene->actorItem(a);
        if (!item)
            continue;
        const qreal r = item->markerDiameter() / 2 + 1.5;
        QRectF b = item->bodyRect() | item->labelRect() | QRectF(item->markerCentre() - QPointF(r, r), QSizeF(2 * r, 2 * r));
        if (item->compact() && !item->label().isEmpty())
            b |= QRectF(item->markerDiameter() / 2 + 3, -h / 2, fm.horizontalAdvance(item->label()) + 1, h).adjusted(-3, -1, 3, 1);
        b.translate(item->pos());
        whole |= b;
        if (item->isVisible())
            shown |= b;
    }
    const QRectF story = m_scene->storyBounds();
    if (frame == SlideOptions::Frame::Whole || !m_scene->laneItems().empty())
        return whole;
    // What is drawn at the scene's time: the shown actors, the links drawn, the story's
    // labels and crowds.
    for (const EdgeItem *edge : m_scene->edgeItems())
        if (edge->isVisible())
            shown |= edge->sceneBoundingRect();
    return shown.isValid() && !shown.isEmpty() ? (shown & whole) | story : whole;
}

QRectF SlideComposer::framing(const SlideOptions &o)
{
    prepare(o);
    return framedContent(o.frame);
}

SlideComposer::GraphFit SlideComposer::fitGraph(const QRectF &area, const QRectF &content) const
{
    GraphFit fit;
    QRectF s = content.isValid() && !content.isEmpty() ? content : QRectF(0, 0, 1, 1);
    fit.content = s;
    s.adjust(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    auto scaleFor = [&](const QRectF &room) {
        return std::max(1e-6, std::min({room.width() / s.width(), room.height() / s.height(), kMaxGraphScale}));
    };
    QRectF room = area;
    qreal k = scaleFor(room);
    // Below about 8 px (GraphScene's threshold for compact layouts, 6 for labelled ones),
    // GraphScene draws the main actors' labels at a constant size beside their markers,
    // kept inside its content bounds. Where the framed content stops short of those
    // bounds (a frame of the actors shown), leave the labels room on that side so that
    // none is cut at the area's edge.
    const QRectF whole = m_scene->contentBounds();
    const bool left = content.left() > whole.left() + 0.5, right = content.right() < whole.right() - 0.5;
    const bool top = content.top() > whole.top() + 0.5, bottom = content.bottom() < whole.bottom() - 0.5;
    if (GraphScene::labelPixelSize() * k * kGraphDetail < 8 && (left || right || top || bottom)) {
        QFont bold = GraphScene::labelFont();
        bold.setBold(true);
        const QFontMetricsF fm(bold);
        qreal widest = 0;
        std::vector<ActorId> labelled = m_scene->prominentActors();
        labelled.push_back(m_document->selectedActor());
        for (ActorId a : labelled)
            if (a != kNoActor)
                widest = std::max(widest, fm.horizontalAdvance(m_scene->labelOf(a)));
        const qreal dx = std::min((widest + 6 + 3 + 8) / kGraphDetail, area.width() / 5);
        const qreal dy = std::min((fm.height() / 2 + 2) / kGraphDetail, area.height() / 5);
        room = area.adjusted(left ? dx : 0, top ? dy : 0, right ? -dx : 0, bottom ? -dy : 0);
        k = scaleFor(room);
    }
    fit.scale = k;
    const QSizeF size(s.width() * k, s.height() * k);
    const QRectF drawnWithMargin(room.center() - QPointF(size.width() / 2, size.height() / 2), size);
    fit.contentDrawn = drawnWithMargin.adjusted(kSceneMargin * k, kSceneMargin * k, -kSceneMargin * k, -kSceneMargin * k);
    // Paint the whole area: what lies around the framed content (the constant-size
    // labels, nothing else when the frame holds all that is shown) is kept, clipped at
    // the area's edge only.
    fit.drawn = area;
    fit.source = QRectF(s.topLeft() + (area.topLeft() - drawnWithMargin.topLeft()) / k, area.size() / k);
    return fit;
}

QString SlideComposer::momentText(const SlideOptions &o, bool withMilestone) const
{
    const QTimeZone zone = m_document->displayZone();
    const QDateTime dt = toDateTime(o.time, zone);
    QString zoneText = DisplayFormat::zoneCity(zone);
    const QString abbreviation = zone.abbreviation(dt);
    if (!abbreviation.isEmpty() && abbreviation != zoneText)
        zoneText = Text::tr("%1 time, %2").arg(zoneText, abbreviation);
    QString text = QStringLiteral("%1 (%2)").arg(QLocale().toString(dt, QStringLiteral("ddd d MMM yyyy")), zoneText);
    const int n = static_cast<int>(m_document->caseData().milestones.size());
    if (withMilestone && o.milestone >= 0 && o.milestone < n)
        text += QLatin1Char('\n') + Text::tr("Milestone %1 of %2").arg(o.milestone + 1).arg(n);
    return text;
}

QString SlideComposer::sourcesText() const
{
    const Case &c = m_document->caseData();
    QStringList parts;
    for (const Source &s : c.sources) {
        QString part = DisplayFormat::sourceTitle(s);
        const QString host = QUrl(s.url).host();
        if (!host.isEmpty())
            part += QStringLiteral(" (%1)").arg(host);
        parts << part;
    }
    if (parts.isEmpty())
        return {};
    const QString prefix = parts.size() == 1 ? Text::tr("Source: ") : Text::tr("Sources: ");
    return slideText(prefix + parts.join(Text::tr("; ", "between two sources of the sources line")));
}

SlideGeometry SlideComposer::geometry(const SlideOptions &o)
{
    prepare(o);
    SlideGeometry g;
    g.design = designSize(o.size);
    const qreal W = g.design.width();
    const qreal H = g.design.height();
    const qreal M = kMargin;

    // Header: the title (shrunk to fit its line, then elided), the caption below (up to
    // three lines), the moment at the right.
    const QFontMetricsF clock(font(26, true));
    const QFontMetricsF small(font(14));
    // As wide as its longest line needs (a French date is longer), within bounds.
    qreal momentWidth = kMomentWidth;
    for (const QString &line : momentText(o, true).split(QLatin1Char('\n')))
        momentWidth = std::max(momentWidth, std::ceil(small.horizontalAdvance(line)) + 2);
    momentWidth = std::min(momentWidth, W * 0.4);
    g.moment = QRectF(W - M - momentWidth, M, momentWidth, clock.height() + 2 * small.lineSpacing());
    const qreal textWidth = g.moment.left() - 24 - M;
    const QString title = slideText(o.title);
    g.titlePixels = 22;
    for (qreal px = 34; px >= 22; px -= 2) {
        if (QFontMetricsF(font(px, true)).horizontalAdvance(title) <= textWidth) {
            g.titlePixels = px;
            break;
        }
    }
    g.title = QRectF(M, M, textWidth, QFontMetricsF(font(g.titlePixels, true)).height());
    qreal headerBottom = std::max(g.title.bottom(), g.moment.bottom());
    const QString caption = slideText(o.caption);
    if (!caption.isEmpty()) {
        g.captionPixels = 14;
        qreal height = 0;
        for (qreal px = 19; px >= 14; px -= 1) {
            const QFontMetricsF fm(font(px));
            height = fm.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, caption).height();
            g.captionPixels = px;
            if (height <= 3 * fm.lineSpacing() + 1)
                break;
        }
        const QFontMetricsF fm(font(g.captionPixels));
        g.caption = QRectF(M, g.title.bottom() + 6, textWidth, std::min(height, 3 * fm.lineSpacing()));
        headerBottom = std::max(headerBottom, g.caption.bottom());
    }

    // Footer: the source line at the bottom, the time strip above it.
    qreal footerTop = H - M;
    if (o.showSources && !sourcesText().isEmpty()) {
        const qreal h = QFontMetricsF(font(12)).height();
        g.sources = QRectF(M, H - M - h, W - 2 * M, h);
        footerTop = g.sources.top() - 10;
    }
    if (o.showTimeStrip) {
        const qreal h = TimeStrip::height(font(12));
        g.strip = QRectF(M, footerTop - h, W - 2 * M, h);
        footerTop = g.strip.top() - 14;
    }
    const qreal bodyTop = headerBottom + 20;
    const qreal bodyBottom = std::max(bodyTop + 40, footerTop);

    // The column at the right: the legend, then the selected actor. With an actor, the
    // legend's roles and links go side by side to leave the actor's panel room.
    const ActorId actor = o.showActor ? m_document->selectedActor() : kNoActor;
    QSizeF legend, roles, links;
    if (o.showLegend) {
        const GraphLegendModel model = m_scene->legendModel();
        legend = GraphLegend(model, m_theme, font(13)).size();
        if (actor != kNoActor) {
            roles = GraphLegend(rolesPart(model), m_theme, font(13)).size();
            links = GraphLegend(linksPart(model), m_theme, font(13)).size();
        }
    }
    const bool split = !roles.isEmpty() && !links.isEmpty() && roles.width() + 10 + links.width() <= kColumnMax;
    qreal column = split ? roles.width() + 10 + links.width() : legend.width();
    if (actor != kNoActor)
        column = std::max<qreal>(column, kActorColumn);
    column = std::min<qreal>(column, kColumnMax);
    qreal graphRight = W - M;
    if (column > 0) {
        const qreal x = W - M - column;
        graphRight = x - 24;
        const qreal room = bodyBottom - bodyTop;
        if (split) {
            g.legend = QRectF(QPointF(x, bodyTop), QSizeF(roles.width(), std::min(roles.height(), room)));
            g.legendLinks = QRectF(QPointF(x + column - links.width(), bodyTop), QSizeF(links.width(), std::min(links.height(), room)));
        } else if (!legend.isEmpty()) {
            g.legend = QRectF(QPointF(x + column - legend.width(), bodyTop), QSizeF(legend.width(), std::min(legend.height(), room)));
        }
        if (actor != kNoActor) {
            const qreal top = std::max(g.legend.bottom(), g.legendLinks.isEmpty() ? 0.0 : g.legendLinks.bottom()) + 14;
            const SlideActorPanel &panel = actorPanel(actor, o.time);
            const qreal h = std::min(panel.height(column, font(13)), bodyBottom - (g.legend.isEmpty() ? bodyTop : top));
            if (h > 60)
                g.actorPanel = QRectF(x, g.legend.isEmpty() ? bodyTop : top, column, h);
        }
    }
    g.graph = QRectF(QPointF(M, bodyTop), QPointF(graphRight, bodyBottom));
    const GraphFit fit = fitGraph(g.graph, o.sceneFrame.isValid() ? o.sceneFrame : framedContent(o.frame));
    g.sceneContent = fit.content;
    g.contentDrawn = fit.contentDrawn;
    g.sceneSource = fit.source;
    g.graphDrawn = fit.drawn;
    g.graphScale = fit.scale;
    return g;
}

void SlideComposer::beginDesign(QPainter *painter, const QRect &target, QSize design) const
{
    // The window/viewport pair maps design units onto the device, so the world transform
    // the scene's items see (their level of detail) is in design units: the same labels
    // show at every size and scale.
    painter->setViewport(target);
    painter->setWindow(QRect(QPoint(0, 0), design));
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
}

void SlideComposer::paintHeader(QPainter *painter, const SlideGeometry &g, const SlideOptions &o) const
{
    if (o.paintText) {
        const QFont titleFont = font(g.titlePixels, true);
        painter->setFont(titleFont);
        painter->setPen(m_theme.text);
        const QString title = QFontMetricsF(titleFont).elidedText(slideText(o.title), Qt::ElideRight, g.title.width());
        painter->drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title);
    }
    if (o.paintText && !g.caption.isEmpty()) {
        const QFont captionFont = font(g.captionPixels);
        const QFontMetricsF fm(captionFont);
        painter->setFont(captionFont);
        painter->setPen(m_theme.text);
        // Word-wrapped; a caption longer than three lines ends with an ellipsis.
        QString text = slideText(o.caption);
        const qreal full = fm.boundingRect(QRectF(0, 0, g.caption.width(), 1e6), Qt::TextWordWrap, text).height();
        if (full > g.caption.height() + 1) {
            while (text.size() > 1 &&
                   fm.boundingRect(QRectF(0, 0, g.caption.width(), 1e6), Qt::TextWordWrap, text + QChar(0x2026)).height() >
                       g.caption.height() + 1)
                text.chop(std::max<qsizetype>(1, text.size() / 40));
            text = text.trimmed() + QChar(0x2026);
        }
        painter->drawText(g.caption, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    }
    // The moment: the time large, the date, zone and milestone below.
    const QFont clockFont = font(26, true);
    const QFontMetricsF clock(clockFont);
    painter->setFont(clockFont);
    painter->setPen(m_theme.text);
    const QString time = DisplayFormat::clock(o.time, m_document->displayZone(), false);
    painter->drawText(QRectF(g.moment.left(), g.moment.top(), g.moment.width(), clock.height()),
                      Qt::AlignRight | Qt::AlignVCenter, time);
    const QFont smallFont = font(14);
    painter->setFont(smallFont);
    painter->setPen(m_theme.mutedText);
    const QFontMetricsF small(smallFont);
    qreal y = g.moment.top() + clock.height();
    for (const QString &line : momentText(o, true).split(QLatin1Char('\n'))) {
        painter->drawText(QRectF(g.moment.left(), y, g.moment.width(), small.lineSpacing()), Qt::AlignRight | Qt::AlignVCenter,
                          small.elidedText(line, Qt::ElideLeft, g.moment.width()));
        y += small.lineSpacing();
    }
}

void SlideComposer::paintGraph(QPainter *painter, const QRectF &source, const QRectF &drawn) const
{
    painter->save();
    // A finer window over the same viewport: the scene's world transform, from which its
    // items take their level of detail, then maps to a 1920 x 1080 reference screen.
    const QRect window = painter->window();
    painter->setWindow(QRect(0, 0, static_cast<int>(std::lround(window.width() * kGraphDetail)),
                             static_cast<int>(std::lround(window.height() * kGraphDetail))));
    const QRectF target(drawn.topLeft() * kGraphDetail, drawn.size() * kGraphDetail);
    m_scene->render(painter, target, source, Qt::IgnoreAspectRatio);
    painter->restore();
}

void SlideComposer::paintLegend(QPainter *painter, const SlideGeometry &g) const
{
    if (g.legend.isEmpty())
        return;
    const GraphLegendModel model = m_scene->legendModel();
    if (g.legendLinks.isEmpty()) {
        GraphLegend(model, m_theme, font(13)).paint(painter, g.legend.topLeft());
        return;
    }
    GraphLegend(rolesPart(model), m_theme, font(13)).paint(painter, g.legend.topLeft());
    GraphLegend(linksPart(model), m_theme, font(13)).paint(painter, g.legendLinks.topLeft());
}

void SlideComposer::paintSources(QPainter *painter, const QRectF &rect) const
{
    if (rect.isEmpty())
        return;
    const QFont f = font(12);
    painter->setFont(f);
    painter->setPen(m_theme.mutedText);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetricsF(f).elidedText(sourcesText(), Qt::ElideRight, rect.width()));
}

void SlideComposer::paint(QPainter *painter, const QRect &target, const SlideOptions &o)
{
    const SlideGeometry g = geometry(o);
    painter->save();
    beginDesign(painter, target, g.design);
    painter->fillRect(QRectF(QPointF(0, 0), QSizeF(g.design)), m_theme.background);
    paintGraph(painter, g.sceneSource, g.graphDrawn);
    paintHeader(painter, g, o);
    paintLegend(painter, g);
    if (!g.actorPanel.isEmpty())
        actorPanel(m_document->selectedActor(), o.time).paint(painter, g.actorPanel, m_theme, font(13));
    if (!g.strip.isEmpty())
        timeStrip().paint(painter, g.strip, o.time, o.milestone, m_theme, font(12));
    if (o.paintText)
        paintSources(painter, g.sources);
    painter->restore();
}

QImage SlideComposer::render(const SlideOptions &o)
{
    const QSize pixels = o.pixelSize();
    if (pixels.isEmpty())
        return {};
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    const int dpm = static_cast<int>(std::lround(o.dotsPerInch() / 0.0254));
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
    image.fill(GraphTheme::byName(o.theme).background);
    QPainter painter(&image);
    paint(&painter, image.rect(), o);
    painter.end();
    return image;
}

QPointF SlideComposer::actorPoint(ActorId actor, const SlideOptions &o)
{
    const SlideGeometry g = geometry(o);
    const ActorItem *item = m_scene->actorItem(actor);
    if (!item)
        return {};
    const QPointF scene = item->scenePos() + item->markerCentre();
    const QPointF design = g.graphDrawn.topLeft() + (scene - g.sceneSource.topLeft()) * g.graphScale;
    const QSize pixels = o.pixelSize();
    return QPointF(design.x() * pixels.width() / g.design.width(), design.y() * pixels.height() / g.design.height());
}

} // namespace cascade
