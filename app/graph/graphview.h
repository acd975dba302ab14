// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/graph/graphlegend.h"
#include "core/model/ids.h"

#include <QGraphicsView>
#include <QList>

class QAction;
class QActionGroup;
class QMenu;

class QTimer;
class QVariantAnimation;

namespace cascade {

class CaseDocument;
class EdgeItem;
class GraphOverlay;
class GraphScene;
class LayoutController;
class LayoutProgressPanel;

// The actor graph in the window: a GraphScene that follows the document, with pan (drag
// the background, arrow keys), zoom (wheel around the cursor, +/-, pinch), fit (F), a
// legend and the time over the graph, a layout menu run by a LayoutController (progress
// and cancel in the view), and the choices of node size and of how inactive actors
// show. Clicking an actor selects it in the document, clicking the background clears
// the selection, dragging an actor moves it (undoable).
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(CaseDocument *document, QWidget *parent = nullptr);
    ~GraphView() override;

    GraphScene *graphScene() const { return m_scene; }
    LayoutController *layoutController() const { return m_layout; }
    GraphOverlay *overlay() const { return m_overlay; }

    // ---- actions for the window's menus and toolbars (also active on the view itself)
    QAction *fitAction() const { return m_fit; }              // F
    QAction *fitShownAction() const { return m_fitShown; }    // Shift+F
    QAction *followStoryAction() const { return m_followStoryAction; } // checkable, T
    // Following the story: the view frames what is shown at the scene's time, with room
    // to spare, and eases to each new framing as the time moves. A zoom or pan by hand,
    // or F, stops it.
    void setFollowStory(bool on);
    bool followsStory() const { return m_followStory; }
    bool cameraMoving() const; // easing to a new framing
    // Frames what is shown now (easing there when `animate`), following or not.
    void frameStory(bool animate);
    QAction *zoomInAction() const { return m_zoomIn; }        // +, Ctrl++
    QAction *zoomOutAction() const { return m_zoomOut; }      // -, Ctrl+-
    QAction *actualSizeAction() const { return m_actualSize; } // Ctrl+0
    QAction *showInactiveAction() const { return m_showInactive; } // checkable, I
    QAction *legendAction() const { return m_legend; }        // checkable, L
    QAction *relayoutAction() const { return m_relayout; }    // Ctrl+Shift+L
    QAction *cancelLayoutAction() const { return m_cancelLayout; }
    QActionGroup *layoutGroup() const { return m_layoutGroup; } // auto, dot, twopi, neato, sfdp, balloon, swimlane
    QActionGroup *sizeGroup() const { return m_sizeGroup; }     // followers, reposts, exposure, PageRank
    // "Layout" and "Node size" menus holding the actions above.
    QMenu *layoutMenu() const { return m_layoutMenu; }
    QMenu *sizeMenu() const { return m_sizeMenu; }
    // Off, 15 minutes, 1 hour (the default), 6 hours, 1 day: GraphScene::setNoteWindow().
    QMenu *noteMenu() const { return m_noteMenu; }
    QActionGroup *noteGroup() const { return m_noteGroup; }
    // Fit, fit shown, zoom in, zoom out, actual size, separator, legend, inactive: a
    // "View" section.
    QList<QAction *> viewActions() const;

    qreal zoom() const;
    // Shows the whole graph, labels included.
    void fitToContent();
    // Shows what is drawn at the scene's time (the actors and links that have appeared),
    // as large as the window allows: early in a case, the few first actors.
    void fitToShown();
    // Zooms by `factor` keeping the scene point under viewport position `anchor` in place.
    void zoomAround(qreal factor, QPointF anchor);
    // The part of the viewport `content` (scene units) is fitted into: the legend and
    // the time stay clear of it, beside or above it, whichever shows it larger.
    // `arrangement`, when given, receives the legend's arrangement that area assumes.
    QRectF fitArea(const QRectF &content = {}, GraphLegend::Arrangement *arrangement = nullptr) const;

public slots:
    // While the timeline plays, new events flash briefly (connect the transport's
    // playingChanged here).
    void setPlaying(bool playing);

signals:
    // A message for the status bar (layout finished, cancelled...).
    void statusMessage(const QString &text);
    // The user clicked the edge between two actors (in the direction the message first
    // flowed): for the inspector's edge page.
    void edgeClicked(cascade::ActorId from, cascade::ActorId to);
    // A right-click (or the menu key) on an actor: the window shows what can be done to
    // it (add an offline contact from here, edit, mark as origin or target...).
    void actorMenuRequested(cascade::ActorId actor, const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void createActions();
    void onCaseReset();
    void onLayoutReplaced();
    void placeOverlays();
    EdgeItem *edgeNear(QPoint pos) const;
    // The actor drawn at a viewport position (its disc or its label), or kNoActor.
    ActorId actorAtPos(QPoint pos) const;
    void setZoom(qreal scale);
    void updateSceneRect();
    qreal fitScale() const;
    void fitTo(const QRectF &content, qreal maxZoom);
    void stopFollowing(); // a zoom or pan by hand
    void storyFraming(qreal &scale, QPointF &centre, GraphLegend::Arrangement &arrangement) const;

    CaseDocument *m_document;
    GraphScene *m_scene;
    LayoutController *m_layout;
    GraphOverlay *m_overlay;
    LayoutProgressPanel *m_progress;
    bool m_autoFit = true;
    bool m_followStory = false;
    QVariantAnimation *m_camera = nullptr;
    QTimer *m_followTimer = nullptr;
    QAction *m_followStoryAction = nullptr;
    QPoint m_pressPos;
    bool m_pressOnActor = false;
    ActorId m_labelPressed = kNoActor; // pressed on an actor's foreground label

    QAction *m_fit = nullptr;
    QAction *m_fitShown = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_actualSize = nullptr;
    QAction *m_showInactive = nullptr;
    QAction *m_legend = nullptr;
    QAction *m_relayout = nullptr;
    QAction *m_cancelLayout = nullptr;
    QActionGroup *m_layoutGroup = nullptr;
    QActionGroup *m_sizeGroup = nullptr;
    QMenu *m_layoutMenu = nullptr;
    QMenu *m_sizeMenu = nullptr;
    QMenu *m_noteMenu = nullptr;
    QActionGroup *m_noteGroup = nullptr;
};

} // namespace cascade
