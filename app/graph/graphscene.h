// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/graph/graphlegend.h"
#include "app/graph/graphtheme.h"
#include "core/analysis/actormeasures.h"
#include "core/analysis/story.h"
#include "core/layout/layoutresult.h"
#include "core/model/ids.h"
#include "core/model/note.h"
#include "core/model/time.h"

#include <QGraphicsScene>
#include <QHash>

#include <functional>
#include <memory>
#include <set>
#include <vector>

class QPainter;
class QTimer;

namespace cascade {

class ActorItem;
class CaseDocument;
class DotSprites;
class EdgeItem;
class FlashAnimator;
class LaneItem;
class Snapshot;
class TimeAxisItem;
class TimeCursorItem;
struct Case;

// The actor graph of a document as of a time, drawn from a LayoutResult: one
// ActorItem per actor, one EdgeItem per aggregated edge, LaneItems and a time axis for
// the swimlane layout. The window shows it in a GraphView; the slide exporter paints
// the very same scene without any view:
//
//   GraphScene scene(document);
//   scene.setTheme(GraphTheme::print());
//   scene.setLabelFunction(pseudonyms);   // optional
//   scene.setLayout(LayoutController::layoutNow(*document, LayoutEngineKind::Auto));
//   scene.setTime(t);                      // stops following the document's cursor
//   scene.render(&painter, target, scene.contentBounds());
//
// By default the scene follows the document: its cursor (actors appear at their first
// event, edges at their first interaction, as Snapshot says), its selection (the
// selected actor, its neighbours and its path from the origin are highlighted, the rest
// dimmed) and its what-if actor (actors the message no longer reaches are greyed).
// Dragging an actor moves and pins it in the document's saved layout for the engine,
// through an undoable MoveActorCommand (one drag, one undo step).
// A cursor move touches only the items whose state changed.
class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    // The text drawn for an actor (e.g. a pseudonym); empty function: the handle.
    using LabelFunction = std::function<QString(ActorId)>;
    enum class InactiveMode : quint8 { Hidden, Faint };

    explicit GraphScene(CaseDocument *document, QObject *parent = nullptr);
    ~GraphScene() override;

    CaseDocument *document() const { return m_document; }

    // ---- layout
    // Builds the items from a layout of the document's case (every actor of the case
    // must have a centre). Positions the user moved afterwards come from the document.
    void setLayout(const LayoutResult &layout);
    void clearLayout();
    bool hasLayout() const { return !m_actorItems.empty(); }
    // The layout as drawn, including moves made since setLayout().
    const LayoutResult &layout() const { return m_layout; }
    QString engine() const { return m_layout.engine; }

    // ---- time
    // Shows the graph as of t and stops following the document's cursor.
    void setTime(TimeMs t);
    void setFollowDocumentCursor(bool follow);
    bool followsDocumentCursor() const { return m_followCursor; }
    TimeMs time() const { return m_time; }

    // ---- appearance
    void setTheme(const GraphTheme &theme);
    const GraphTheme &theme() const { return m_theme; }
    void setLabelFunction(LabelFunction function);
    QString labelOf(ActorId actor) const;
    void setInactiveMode(InactiveMode mode);
    InactiveMode inactiveMode() const { return m_inactiveMode; }
    // Node size: the marker's area is proportional to the measure (as of the scene's
    // time for counts and PageRank), relative to its largest value.
    void setSizeMeasure(Measure measure);
    Measure sizeMeasure() const { return m_measure; }
    static std::vector<Measure> sizeMeasures(); // followers, reposts, exposure, PageRank
    static QString sizeMeasureLabel(Measure measure);
    // New events flash briefly when the time moves forward by a few events (play).
    void setFlashEnabled(bool enabled);
    bool flashEnabled() const { return m_flashEnabled; }
    // The flashes run on this clock (milliseconds, the caller's: a video's frame times)
    // instead of the wall clock, from the first call on.
    void setFlashTime(qint64 ms);
    void setShowSelection(bool show);
    void setShowWhatIf(bool show);
    // Notes pinned to an actor and a moment show as callouts beside the actor from that
    // moment until `window` after it (a negative window: never); notes pinned to an
    // actor only, while it is selected (core/model/note.h, calloutNotes()).
    void setNoteWindow(TimeMs window);
    // What a callout shows of a note's text (e.g. pseudonyms applied); empty: the text.
    using TextFunction = std::function<QString(const QString &)>;
    void setNoteTextFunction(TextFunction function);
    TimeMs noteWindow() const { return m_noteWindow; }
    // When true (the window), PageRank sizes follow the time after it rests for a moment
    // instead of at every move.
    void setDeferredPageRank(bool deferred) { m_deferPageRank = deferred; }
    // The scale the scene is shown at (device pixels per scene unit; views set it when
    // they zoom). Large graphs draw the links off their backbone only from
    // detailScale() on, so that the overview is a readable tree, not a hairball, and
    // repaints fast. 0 (the default): an overview.
    void setViewScale(qreal scale);
    qreal viewScale() const { return m_viewScale; }
    static qreal detailScale();

    // Everything drawn, labels included, whatever the time: a slide that shows this
    // rectangle clips nothing, and its framing does not change with the time.
    QRectF contentBounds() const;
    // The same for what is shown at the scene's time only (tighter early in a case).
    QRectF shownBounds() const;

    // ---- story-first drawing (core/analysis/story.h)
    // On (the default): the story actors of the moment are labelled in the foreground,
    // largest first, at a size tied to the output (storyLabelPixels()); everyone else
    // is a dot labelled on hover or when zoomed in; and crowds (when enabled) are drawn
    // as one glyph each, expandable by a click. Off: every label as the layout gives it.
    void setStoryFirst(bool on);
    bool storyFirst() const { return m_storyFirst; }
    void setCrowdsEnabled(bool on);
    bool crowdsEnabled() const { return m_crowdsOn; }
    // The case summary's critical actors, which join the story (the window passes the
    // inspector's, a slide its own).
    void setCriticalActors(std::vector<ActorId> critical);
    const std::vector<ActorId> &criticalActors() const { return m_critical; }
    const std::vector<StoryActor> &storyActors() const { return m_storyActors; }
    // A crowd as drawn: the group, its glyph's centre and radius in scene units, and
    // whether the user expanded it (its members drawn one by one).
    struct Crowd {
        CrowdGroup group;
        QPointF centre;
        qreal radius = 0;
        bool expanded = false;
    };
    const std::vector<Crowd> &crowds() const { return m_crowds; }
    bool isGrouped(ActorId actor) const;
    // "36 reposts of @AnnCurry in 1 h 20 min".
    QString crowdCaption(const Crowd &crowd) const;
    QString crowdToolTip(const Crowd &crowd) const;
    // The crowd whose glyph or caption the last paint put at scene point `p`, or -1.
    int crowdAt(QPointF p) const;
    // Expands a grouped crowd, or groups an expanded one again.
    void toggleCrowd(int index);
    // What the crowds' glyphs and captions take, in scene units (part of shownBounds()).
    QRectF storyBounds() const;
    // The largest story label's pixel height for a paint: 1/46 of the output's height (in
    // pixels or design units), but no more than a sixteenth of the graph's drawn height
    // `graph` (a filmstrip's small multiples), from 10 to 28.
    static qreal storyLabelPixels(const QPainter *painter, const QRectF &graph);

    // ---- queries (views, tests, exporters)
    ActorItem *actorItem(ActorId actor) const;
    // The edge between two actors, in either direction (nullptr: none).
    EdgeItem *edgeItem(ActorId a, ActorId b) const;
    // Marks the link the user clicked (nullptr: none); a new selection clears it.
    void setPickedEdge(EdgeItem *edge);
    EdgeItem *pickedEdge() const { return m_picked; }
    const std::vector<EdgeItem *> &edgeItems() const { return m_edgeItems; }
    const std::vector<LaneItem *> &laneItems() const { return m_laneItems; }
    bool isActorActive(ActorId actor) const;
    // Drawn at all: active, or inactive in faint mode.
    bool isActorShown(ActorId actor) const;
    GraphLegendModel legendModel() const;
    QString actorToolTip(ActorId actor) const;
    // The actors whose labels stay readable when zoomed far out (drawn in the
    // foreground at a constant size): the largest by the size measure, the origin and
    // the targets.
    const std::vector<ActorId> &prominentActors() const { return m_prominent; }
    // The actor whose constant-size label (drawn in the foreground when zoomed out) the
    // last paint put at scene point `p`, or kNoActor: such a label selects and drags
    // its actor like the actor's own dot.
    ActorId foregroundLabelAt(QPointF p) const;
    // The notes shown as callouts at the scene's time (indexes into Case::notes): those
    // calloutNotes() gives whose actor is shown.
    std::vector<std::size_t> calloutNotesShown() const;
    // The callouts the last paint drew: the note and its box, in scene coordinates.
    const std::vector<std::pair<std::size_t, QRectF>> &calloutBoxes() const { return m_calloutBoxes; }

    // The label font (pixel sized, so it scales with the scene on every device).
    static QFont labelFont();
    static int labelPixelSize();
    static qreal labelLineHeight();
    // Label widths for LayoutGraph (buildLayoutGraph()), measured with labelFont().
    static std::vector<double> labelWidths(const Case &c, const LabelFunction &function = {});

    // Moves an actor to a new centre: pushes a MoveActorCommand that pins it in the
    // document's saved layout for engine(). Moves with the same nonzero mergeKey merge
    // into one undo step.
    void moveActor(ActorId actor, QPointF centre, int mergeKey = 0);

    // ---- called by ActorItem
    void actorPressed(ActorId actor, QPointF scenePos);
    void actorDragged(ActorId actor, QPointF scenePos, QPointF screenDelta);
    void actorReleased(ActorId actor);

signals:
    // The items were rebuilt (new layout, or cleared): views fit again.
    void layoutReplaced();
    void timeChanged(cascade::TimeMs time);
    // The legend's content changed (measure, what-if, theme).
    void legendChanged();

protected:
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void onCaseReset();
    void onLayoutEdited(const QString &engine);
    void rebuildItems();
    void buildIndexes();
    void declutterLabels();
    void drawForegroundLabels(QPainter *painter, const QTransform &t, const QRectF &frame,
                              std::vector<QRectF> &placed);
    void drawCallouts(QPainter *painter, const QTransform &t, const QRectF &frame, std::vector<QRectF> &placed);
    void drawStoryLabels(QPainter *painter, const QTransform &t, const QRectF &frame, std::vector<QRectF> &placed);
    void drawCrowds(QPainter *painter, const QTransform &t, const QRectF &frame, std::vector<QRectF> &placed);
    void refreshStory();
    void placeCrowds();
    QRectF crowdsDirtyArea(const std::vector<Crowd> &previous) const;
    void clearStory();
    void refreshCallouts();
    void chooseProminent();
    void applyLabels();
    void applyAllStates();
    void applyTime(TimeMs t);
    void setActorActive(ActorItem *item, bool active);
    void setEdgeActive(EdgeItem *item, bool active);
    void refreshEdgeVisibility(EdgeItem *item);
    void updateHighlights();
    void updateSizes(bool recomputeMaximum);
    void updateSize(ActorId actor);
    double measureValueOf(ActorId actor) const;
    qreal diameterFor(double value) const;
    void recomputePageRank();
    void invalidateBounds();
    void redrawEdgesOf(const std::vector<ActorId> &moved);
    const Case &caseData() const;

    CaseDocument *m_document;
    std::unique_ptr<Snapshot> m_snapshot;
    GraphTheme m_theme = GraphTheme::light();
    LabelFunction m_labelFunction;
    InactiveMode m_inactiveMode = InactiveMode::Hidden;
    Measure m_measure = Measure::Followers;
    bool m_followCursor = true;
    bool m_flashEnabled = false;
    bool m_showSelection = true;
    bool m_showWhatIf = true;
    bool m_deferPageRank = false;
    qreal m_viewScale = 0;
    bool m_detail = false;
    TimeMs m_time = 0;
    int m_position = 0;

    LayoutResult m_base;   // as given to setLayout()
    LayoutResult m_layout; // as drawn
    std::vector<ActorItem *> m_actorItems; // by ActorId
    std::vector<EdgeItem *> m_edgeItems;   // by edge index
    std::vector<LaneItem *> m_laneItems;
    TimeAxisItem *m_timeAxis = nullptr;
    TimeCursorItem *m_timeCursor = nullptr;
    QHash<quint64, int> m_edgeByPair;
    std::vector<std::vector<int>> m_edgesOfActor;
    std::vector<int> m_edgesByTime;   // edge indexes sorted by first time
    std::vector<TimeMs> m_edgeTimes;  // their first times
    std::vector<int> m_edgeEventOffsets; // CSR: the events behind each edge
    std::vector<EventId> m_edgeEvents;
    std::vector<QString> m_labels;    // displayed, elided
    std::vector<qreal> m_labelWidths; // of m_labels, in the plain label font
    std::vector<ActorId> m_prominent;
    std::vector<quint8> m_isProminent;

    double m_measureMax = 0;
    std::vector<double> m_pageRank;
    QTimer *m_pageRankTimer;
    mutable ActorMeasures m_scratch;
    std::vector<int> m_touchStamp;
    int m_stamp = 0;

    bool m_highlighting = false; // some actor or edge carries highlight flags
    EdgeItem *m_picked = nullptr;
    ActorId m_droppedFor = kNoActor;
    std::vector<std::uint8_t> m_dropped;

    FlashAnimator *m_flashes;

    // The foreground labels of the last paint, in scene coordinates, topmost last.
    std::vector<std::pair<ActorId, QRectF>> m_foregroundLabels;
    TimeMs m_noteWindow = kDefaultNoteWindow;
    TextFunction m_noteText;
    std::vector<std::size_t> m_shownCallouts; // as of the last time or selection change
    std::vector<std::pair<std::size_t, QRectF>> m_calloutBoxes; // of the last paint

    bool m_storyFirst = true;
    bool m_crowdsOn = true;
    std::vector<ActorId> m_critical;
    std::vector<std::vector<ActorId>> m_namedByMilestone; // milestoneNamedActors(), by case
    bool m_namedValid = false;
    std::unique_ptr<CrowdIndex> m_crowdIndex; // of the case, built at the first refresh
    std::vector<double> m_prominence; // the size measure's values, for cases without a story
    std::vector<StoryActor> m_storyActors;
    std::vector<quint8> m_inStory;  // by ActorId
    std::vector<Crowd> m_crowds;
    std::vector<quint8> m_grouped;  // by ActorId: hidden inside a crowd's glyph
    std::set<EventId> m_expanded;   // crowds the user expanded, by their first act
    std::vector<std::pair<int, QRectF>> m_crowdBoxes; // of the last paint, scene coordinates
    std::unique_ptr<DotSprites> m_dotSprites;          // the glyphs' member dots

    mutable QRectF m_contentBounds;
    mutable bool m_boundsValid = false;

    struct Drag {
        ActorId actor = kNoActor;
        QPointF pressPos;
        QPointF startCentre;
        bool moving = false;
        int serial = 0;
    } m_drag;
    int m_dragSerial = 0;
};

} // namespace cascade
