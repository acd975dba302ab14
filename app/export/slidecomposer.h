// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/export/slideoptions.h"
#include "app/graph/graphtheme.h"
#include "core/layout/layoutresult.h"
#include "core/model/ids.h"
#include "core/model/pseudonyms.h"

#include <QFont>
#include <QImage>
#include <QRect>
#include <QRectF>
#include <QSize>

#include <limits>
#include <memory>
#include <vector>

class QPainter;

namespace cascade {

class CaseDocument;
class GraphScene;
class SlideActorPanel;
class TimeStrip;

// Where the parts of a slide go, in design units: the slide is composed in a design
// space at least 1280 x 720 units with the slide's shape, then mapped onto the device
// (an image, an SVG, a PDF page), so every size of the same shape gives the same
// picture. Text sizes are in design units too.
struct SlideGeometry {
    QSize design;        // the design space
    QRectF title;        // the title's line
    QRectF caption;      // below the title (may be empty)
    QRectF moment;       // the time and the milestone, at the top right
    QRectF graph;        // the area the graph is fitted into
    QRectF sceneContent; // the scene rectangle framed (SlideOptions::frame), labels included
    QRectF contentDrawn; // where it lands in `graph` (centred, aspect kept)
    QRectF sceneSource;  // the scene rectangle painted into graphDrawn (clipped there)
    QRectF graphDrawn;   // the design rectangle painted (the whole graph area)
    qreal graphScale = 1; // design units per scene unit
    QRectF legend;       // empty when there is none
    QRectF legendLinks;  // when an actor is shown, the links' half of the legend beside
                         // the roles' half (legend), to leave the actor room
    QRectF actorPanel;   // empty when no actor is shown
    QRectF strip;        // empty when there is no time strip
    QRectF sources;      // the source line (may be empty)
    qreal titlePixels = 30; // the title's font size after fitting
    qreal captionPixels = 17;
};

// Composes slides around the explorer's own GraphScene, which paints the graph (what
// the trainer sees is what the deck gets): a title and a caption, the time and the
// milestone, the legend of roles and links, optionally the selected actor's measures
// and path from the origin, a time strip, and the case's sources. One composer serves
// a whole deck: the scene is laid out once and moved from moment to moment.
//
//   SlideComposer composer(document);            // lays the case out if needed
//   SlideOptions o = milestoneSlide(c, 2, {});
//   QImage image = composer.render(o);            // o.pixelSize(), 96 * o.scale dpi
//
// Pseudonymisation (SlideOptions::pseudonymiseBelow) reaches every text: graph labels
// (the scene's label function), legend, actor panel, title, caption and sources.
class SlideComposer
{
public:
    explicit SlideComposer(CaseDocument *document);
    ~SlideComposer();
    SlideComposer(const SlideComposer &) = delete;
    SlideComposer &operator=(const SlideComposer &) = delete;

    CaseDocument *document() const { return m_document; }
    // The scene that paints the graph (a scene of its own over the document, so that the
    // window's view keeps following the cursor).
    GraphScene *scene() const { return m_scene.get(); }

    // The layout to draw (e.g. the window's). Without one, the first slide takes the
    // case's saved layout or lays the case out (LayoutController::layoutNow, Auto).
    void setLayout(const LayoutResult &layout);
    bool hasLayout() const;

    // Sets the scene up for a slide: theme, pseudonyms, time, selection. paint() and
    // geometry() call it; exposed for tests and benchmarks.
    void prepare(const SlideOptions &o);
    SlideGeometry geometry(const SlideOptions &o);
    // The scene rectangle o's slide frames by its `frame` (sceneFrame ignored): what a
    // moving camera aims at.
    QRectF framing(const SlideOptions &o);
    static QSize designSize(QSize slideSize);

    // Paints the slide onto the painter's device in `target` (device coordinates).
    void paint(QPainter *painter, const QRect &target, const SlideOptions &o);
    // The slide as an image of o.pixelSize() pixels with 96 * o.scale dpi.
    QImage render(const SlideOptions &o);

    // The pages that open and close a deck: the case (title, summary, span, origin and
    // targets, sources), and how the message travelled (the path from the origin to
    // each target and a table of measures at the end of the case).
    void paintTitlePage(QPainter *painter, const QRect &target, const SlideOptions &o);
    void paintClosingPage(QPainter *painter, const QRect &target, const SlideOptions &o);
    // Small multiples: the graph at each of `moments` (their time, title), one tile
    // each, with the legend; o gives the size, theme and pseudonyms.
    void paintFilmstrip(QPainter *painter, const QRect &target, const std::vector<SlideOptions> &moments,
                        const SlideOptions &o);

    // Where the centre of an actor's marker is painted for o, in the coordinates of
    // render(o)'s image (tests check colours there).
    QPointF actorPoint(ActorId actor, const SlideOptions &o);
    // The pseudonyms in force since the last prepare().
    const Pseudonyms &pseudonyms() const { return m_pseudonyms; }
    // Free text as the slide shows it (pseudonyms applied).
    QString slideText(const QString &text) const { return m_pseudonyms.apply(text); }

    // The sources line of the slides (pseudonyms applied).
    QString sourcesText() const;

    // Design-unit fonts of the slides.
    static QFont font(qreal pixels, bool bold = false);
    // The empty frame around every slide (design units): nothing is painted in it.
    static constexpr qreal kFrameMargin = 32;
    // The graph is drawn as a 1920 x 1080 screen shows it (1.5 device pixels per design
    // unit): the scene's level of detail, and so which labels it shows, is the window's
    // on such a screen, whatever the slide's size.
    static constexpr qreal kGraphDetail = 1.5;

private:
    void ensureLayout();
    void beginDesign(QPainter *painter, const QRect &target, QSize design) const;
    void paintHeader(QPainter *painter, const SlideGeometry &g, const SlideOptions &o) const;
    void paintGraph(QPainter *painter, const QRectF &source, const QRectF &drawn) const;
    void paintLegend(QPainter *painter, const SlideGeometry &g) const;
    void paintSources(QPainter *painter, const QRectF &rect) const;
    QString momentText(const SlideOptions &o, bool withMilestone) const;
    struct GraphFit {
        QRectF content;      // scene rectangle framed
        QRectF contentDrawn; // where it lands
        QRectF source;       // scene rectangle painted (the whole area mapped back)
        QRectF drawn;        // = the area
        qreal scale = 1;
    };
    // Fits `content` (scene) into `area` (design), centred, leaving room around it for
    // the labels GraphScene draws at constant size when the graph is small.
    GraphFit fitGraph(const QRectF &area, const QRectF &content) const;
    // The scene rectangle a slide frames: everything, or the actors and links shown.
    QRectF framedContent(SlideOptions::Frame frame) const;
    const TimeStrip &timeStrip();
    // The actor panel, computed once per actor, time and pseudonyms (its measures cost
    // a pass over the case).
    const SlideActorPanel &actorPanel(ActorId actor, TimeMs time);

    CaseDocument *m_document;
    std::unique_ptr<GraphScene> m_scene;
    std::unique_ptr<TimeStrip> m_strip;
    std::unique_ptr<SlideActorPanel> m_panel;
    ActorId m_panelActor = kNoActor;
    TimeMs m_panelTime = 0;
    TimeMs m_criticalTime = std::numeric_limits<TimeMs>::min(); // the time the scene's critical actors are for
    std::int64_t m_panelThreshold = -1;
    GraphTheme m_theme;
    Pseudonyms m_pseudonyms;
    std::int64_t m_threshold = -1;
};

} // namespace cascade
