// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/graphview.h"

#include "app/document/casedocument.h"
#include "app/graph/actoritem.h"
#include "app/graph/edgeitem.h"
#include "app/graph/graphoverlay.h"
#include "app/graph/graphscene.h"
#include "app/graph/layoutcontroller.h"
#include "app/timeline/transport.h"

#include <QAction>
#include <QTimer>
#include <QVariantAnimation>
#include <QActionGroup>
#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QPainterPathStroker>
#include <QPinchGesture>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

constexpr qreal kMaxZoom = 8.0;
// Fitting the shown actors stops there: one or two actors fill no window.
constexpr qreal kMaxShownZoom = 3.0;
constexpr qreal kKeyZoom = 1.25;
constexpr const char *kNoteWindowKey = "graph/noteWindowMinutes";
constexpr int kKeyPan = 60; // pixels per arrow key press
constexpr int kOverlayMargin = 10; // between the viewport's edge and the progress panel

} // namespace

GraphView::GraphView(CaseDocument *document, QWidget *parent)
    : QGraphicsView(parent), m_document(document), m_scene(new GraphScene(document, this)),
      m_layout(new LayoutController(document, m_scene, this)), m_overlay(nullptr), m_progress(nullptr)
{
    setObjectName(QStringLiteral("GraphView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(NoAnchor);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // The graph can be panned by a viewport beyond its edges (so zooming around the
    // cursor works everywhere); scroll bars would only show that slack.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->grabGesture(Qt::PinchGesture);
    m_scene->setDeferredPageRank(true);

    m_overlay = new GraphOverlay(m_scene, this);
    m_progress = new LayoutProgressPanel(this);
    m_progress->hide();

    createActions();
    connect(m_document, &CaseDocument::caseReset, this, &GraphView::onCaseReset);
    connect(m_scene, &GraphScene::layoutReplaced, this, &GraphView::onLayoutReplaced);
    connect(m_scene, &QGraphicsScene::sceneRectChanged, this, &GraphView::updateSceneRect);
    connect(m_scene, &GraphScene::legendChanged, this, [this] {
        if (m_followStory)
            frameStory(true);
        else if (m_autoFit) // the legend's size changed: keep the graph clear of it
            fitToContent();
    });
    m_camera = new QVariantAnimation(this);
    m_camera->setStartValue(0.0);
    m_camera->setEndValue(1.0);
    m_camera->setDuration(450);
    m_camera->setEasingCurve(QEasingCurve::InOutCubic);
    // Following the story: a new framing when the time moves (coalesced: one per event
    // loop turn, however many moves).
    m_followTimer = new QTimer(this);
    m_followTimer->setSingleShot(true);
    m_followTimer->setInterval(0);
    connect(m_followTimer, &QTimer::timeout, this, [this] { frameStory(true); });
    connect(m_scene, &GraphScene::timeChanged, this, [this] {
        if (m_followStory)
            m_followTimer->start();
    });
    connect(m_layout, &LayoutController::runningChanged, this, [this](bool running) {
        // The value first, while hidden: a progress bar repaints at once (and with it
        // whatever else of the window is dirty) when its value changes while shown;
        // this runs inside a case replacement.
        if (running)
            m_progress->setProgress(0, QString());
        m_progress->setVisible(running);
        m_cancelLayout->setEnabled(running);
        if (running)
            placeOverlays();
    });
    connect(m_layout, &LayoutController::progress, this, [this](int permille, const QString &text) {
        m_progress->setProgress(permille, text);
        placeOverlays();
    });
    connect(m_layout, &LayoutController::finished, this, [this](bool, const QString &message) { emit statusMessage(message); });
    connect(m_progress->cancelButton(), &QPushButton::clicked, m_layout, &LayoutController::cancel);
    if (!m_document->caseData().actors.empty())
        m_layout->layoutCase();
}

GraphView::~GraphView() = default;

void GraphView::createActions()
{
    auto add = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_fit = add(tr("&Fit to Window"), {QKeySequence(Qt::Key_F)}, [this] {
        setFollowStory(false);
        m_autoFit = true;
        fitToContent();
    });
    m_followStoryAction = add(tr("Follow the S&tory"), {QKeySequence(Qt::Key_T)},
                              [this](bool on) { setFollowStory(on); });
    m_followStoryAction->setCheckable(true);
    m_followStoryAction->setToolTip(tr("Frame what is shown at the cursor's time, easing to each new framing as the "
                                       "cursor moves (a zoom or a pan by hand stops it)"));
    m_fitShown = add(tr("Fit &Shown Actors"), {QKeySequence(Qt::SHIFT | Qt::Key_F)}, [this] { fitToShown(); });
    m_fitShown->setToolTip(tr("Zoom onto the actors and links shown at the cursor's time"));
    m_zoomIn = add(tr("Zoom &In"), {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn},
                   [this] { zoomAround(kKeyZoom, viewport()->rect().center()); });
    m_zoomOut = add(tr("Zoom &Out"), {QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut},
                    [this] { zoomAround(1 / kKeyZoom, viewport()->rect().center()); });
    m_actualSize = add(tr("&Actual Size"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, [this] {
        stopFollowing();
        const QPointF centre = mapToScene(viewport()->rect().center());
        setZoom(1.0);
        centerOn(centre);
    });
    m_showInactive = add(tr("Show &Inactive Actors Faintly"), {QKeySequence(Qt::Key_I)}, [this](bool on) {
        m_scene->setInactiveMode(on ? GraphScene::InactiveMode::Faint : GraphScene::InactiveMode::Hidden);
    });
    m_showInactive->setCheckable(true);
    m_showInactive->setToolTip(tr("Draw actors and links that have not appeared yet faintly instead of hiding them"));
    m_legend = add(tr("Show &Legend"), {QKeySequence(Qt::Key_L)}, [this](bool on) { m_overlay->setLegendVisible(on); });
    m_legend->setCheckable(true);
    m_legend->setChecked(true);

    m_layoutMenu = new QMenu(tr("&Layout"), this);
    m_layoutGroup = new QActionGroup(this);
    struct Choice {
        LayoutEngineKind kind;
        const char *text;
        const char *tip;
    };
    static const Choice choices[] = {
        {LayoutEngineKind::Auto, QT_TR_NOOP("&Automatic"), QT_TR_NOOP("Chosen by the size and shape of the case")},
        {LayoutEngineKind::Dot, QT_TR_NOOP("&Hierarchical (dot)"), QT_TR_NOOP("Left to right, for small cascades")},
        {LayoutEngineKind::Twopi, QT_TR_NOOP("&Radial (twopi)"), QT_TR_NOOP("Rings around the origin of the message")},
        {LayoutEngineKind::Neato, QT_TR_NOOP("&Spring (neato)"), QT_TR_NOOP("Force-directed, for small cases")},
        {LayoutEngineKind::Sfdp, QT_TR_NOOP("&Large graph (sfdp)"), QT_TR_NOOP("Force-directed, for large cases")},
        {LayoutEngineKind::Balloon, QT_TR_NOOP("&Balloon tree (large cases)"),
         QT_TR_NOOP("Who entered the case through whom, as nested rings: fast and readable for large cases")},
        {LayoutEngineKind::Swimlane, QT_TR_NOOP("Swim&lanes by role over time"),
         QT_TR_NOOP("x is the time of an actor's first event, one lane per group of roles")},
    };
    for (const Choice &c : choices) {
        QAction *a = m_layoutMenu->addAction(tr(c.text));
        a->setToolTip(tr(c.tip));
        a->setStatusTip(tr(c.tip));
        a->setCheckable(true);
        a->setData(layoutEngineName(c.kind));
        a->setChecked(c.kind == LayoutEngineKind::Auto);
        m_layoutGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, kind = c.kind] {
            m_autoFit = true; // a new drawing is shown whole, whatever the zoom was
            m_layout->showLayout(kind);
        });
    }
    m_layoutMenu->addSeparator();
    m_relayout = add(tr("&Run Layout Again"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}, [this] {
        m_autoFit = true;
        m_layout->relayout();
    });
    m_relayout->setToolTip(tr("Compute the layout again; actors placed by hand stay where they are"));
    m_layoutMenu->addAction(m_relayout);
    m_cancelLayout = add(tr("&Cancel Layout"), {}, [this] { m_layout->cancel(); });
    m_cancelLayout->setEnabled(false);
    m_layoutMenu->addAction(m_cancelLayout);

    m_sizeMenu = new QMenu(tr("Node &Size"), this);
    m_sizeGroup = new QActionGroup(this);
    for (Measure m : GraphScene::sizeMeasures()) {
        QAction *a = m_sizeMenu->addAction(GraphScene::sizeMeasureLabel(m));
        a->setCheckable(true);
        a->setData(QString::fromLatin1(measureName(m)));
        a->setChecked(m == m_scene->sizeMeasure());
        m_sizeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, m] { m_scene->setSizeMeasure(m); });
    }

    // How long a note pinned to an actor and a moment stays beside the actor; the
    // choice is the user's, kept between sessions.
    m_noteMenu = new QMenu(tr("&Note Callouts"), this);
    m_noteGroup = new QActionGroup(this);
    const qint64 saved = QSettings().value(QLatin1String(kNoteWindowKey), QVariant::fromValue<qint64>(kDefaultNoteWindow / kMsPerMinute)).toLongLong();
    struct Window {
        qint64 minutes;
        const char *text;
    };
    static const Window windows[] = {
        {-1, QT_TR_NOOP("&Off")},         {15, QT_TR_NOOP("For &15 Minutes")}, {60, QT_TR_NOOP("For 1 &Hour")},
        {360, QT_TR_NOOP("For &6 Hours")}, {1440, QT_TR_NOOP("For 1 &Day")},
    };
    // A saved value that is not one of the choices (an older or edited setting): the default.
    const bool known = std::any_of(std::begin(windows), std::end(windows),
                                   [saved](const Window &w) { return w.minutes == saved; });
    const qint64 chosen = known ? saved : kDefaultNoteWindow / kMsPerMinute;
    const auto windowOf = [](qint64 minutes) { return minutes < 0 ? TimeMs(-1) : minutes * kMsPerMinute; };
    for (const Window &w : windows) {
        QAction *a = m_noteMenu->addAction(tr(w.text));
        a->setToolTip(tr("How long after its moment a note pinned to an actor shows beside it"));
        a->setCheckable(true);
        a->setData(QVariant::fromValue<qint64>(w.minutes));
        a->setChecked(w.minutes == chosen);
        m_noteGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, windowOf, minutes = w.minutes] {
            QSettings().setValue(QLatin1String(kNoteWindowKey), QVariant::fromValue<qint64>(minutes));
            m_scene->setNoteWindow(windowOf(minutes));
        });
    }
    m_scene->setNoteWindow(windowOf(chosen));
}

QList<QAction *> GraphView::viewActions() const
{
    auto *separator = new QAction(const_cast<GraphView *>(this));
    separator->setSeparator(true);
    return {m_fit, m_fitShown, m_followStoryAction, m_zoomIn, m_zoomOut, m_actualSize, separator, m_legend, m_showInactive};
}

void GraphView::onCaseReset()
{
    m_autoFit = true;
    m_layout->layoutCase();
}

void GraphView::onLayoutReplaced()
{
    if (m_followStory) {
        frameStory(false);
        return;
    }
    // Which engine drew the graph: tick it when it is one of the menu's.
    const QString engine = m_scene->engine();
    if (m_layout->engine() != LayoutEngineKind::Auto)
        for (QAction *a : m_layoutGroup->actions())
            if (a->data().toString() == engine)
                a->setChecked(true);
    if (m_autoFit)
        fitToContent();
}

qreal GraphView::zoom() const
{
    return transform().m11();
}

void GraphView::setPlaying(bool playing)
{
    m_scene->setFlashEnabled(playing);
}

QRectF GraphView::fitArea(const QRectF &content, GraphLegend::Arrangement *arrangement) const
{
    // The viewport less what the overlays cover: beside the legend's column (and under
    // the time when that leaves most of the height), or under the legend laid out as a
    // row along the top, whichever shows `content` larger. A wide, flat story gains the
    // legend's column that way.
    const QRectF area = viewport()->rect();
    const QRectF column = m_overlay->legendRect(GraphLegend::Arrangement::Column);
    const QRectF time = m_overlay->timeRect();
    QRectF beside = area;
    if (!column.isEmpty() && area.width() - column.right() > area.width() * 0.6)
        beside.setLeft(column.right() + 6);
    if (!time.isEmpty() && area.height() - time.bottom() > area.height() * 0.7)
        beside.setTop(time.bottom() + 6);
    if (arrangement)
        *arrangement = GraphLegend::Arrangement::Column;
    const QRectF row = m_overlay->legendRect(GraphLegend::Arrangement::Row);
    const QRectF rowTime = m_overlay->timeRect(GraphLegend::Arrangement::Row); // shorter beside the row
    const qreal rowRight = rowTime.isEmpty() ? area.right() : rowTime.left() - 6;
    if (column.isEmpty() || content.isEmpty() || !content.isValid() || row.right() > rowRight)
        return beside;
    QRectF below = area;
    below.setTop(std::max(row.bottom(), rowTime.bottom()) + 6);
    if (below.height() < area.height() * 0.5)
        return beside;
    auto scaleIn = [&](const QRectF &r) { return std::min(r.width() / content.width(), r.height() / content.height()); };
    if (scaleIn(below) <= scaleIn(beside) * 1.05) // the column unless the row gains clearly: no flicker
        return beside;
    if (arrangement)
        *arrangement = GraphLegend::Arrangement::Row;
    return below;
}

qreal GraphView::fitScale() const
{
    const QRectF content = m_scene->contentBounds().adjusted(-12, -12, 12, 12);
    const QRectF area = fitArea(content);
    if (content.isEmpty() || area.isEmpty())
        return 1.0;
    return std::min(area.width() / content.width(), area.height() / content.height());
}

void GraphView::setZoom(qreal scale)
{
    const qreal minimum = std::min(1.0, fitScale() / 2);
    scale = std::clamp(scale, minimum, kMaxZoom);
    setTransform(QTransform::fromScale(scale, scale));
    m_scene->setViewScale(scale);
    updateSceneRect();
}

void GraphView::updateSceneRect()
{
    const QRectF content = m_scene->contentBounds();
    if (content.isEmpty())
        return;
    const qreal w = viewport()->width() / zoom();
    const qreal h = viewport()->height() / zoom();
    setSceneRect(content.adjusted(-w, -h, w, h));
}

void GraphView::fitToContent()
{
    if (m_scene->hasLayout())
        fitTo(m_scene->contentBounds(), kMaxZoom);
}

void GraphView::fitToShown()
{
    if (!m_scene->hasLayout())
        return;
    stopFollowing();
    const QRectF shown = m_scene->shownBounds();
    fitTo(shown.isEmpty() ? m_scene->contentBounds() : shown, kMaxShownZoom);
}

void GraphView::fitTo(const QRectF &bounds, qreal maxZoom)
{
    const QRectF content = bounds.adjusted(-12, -12, 12, 12);
    GraphLegend::Arrangement arrangement = GraphLegend::Arrangement::Column;
    const QRectF area = fitArea(content, &arrangement);
    if (content.isEmpty() || area.isEmpty())
        return;
    m_overlay->setLegendArrangement(arrangement);
    const qreal scale = std::min({area.width() / content.width(), area.height() / content.height(), maxZoom});
    setTransform(QTransform::fromScale(scale, scale));
    m_scene->setViewScale(scale);
    updateSceneRect();
    // The content's centre goes to the centre of the fit area, not of the viewport.
    const QPointF offset = (area.center() - QRectF(viewport()->rect()).center()) / scale;
    centerOn(content.center() - offset);
}

bool GraphView::cameraMoving() const
{
    return m_camera->state() == QAbstractAnimation::Running;
}

void GraphView::stopFollowing()
{
    m_autoFit = false;
    setFollowStory(false);
}

void GraphView::setFollowStory(bool on)
{
    if (m_followStoryAction && m_followStoryAction->isChecked() != on)
        m_followStoryAction->setChecked(on);
    if (on == m_followStory)
        return;
    m_followStory = on;
    if (!on) {
        m_camera->stop();
        return;
    }
    m_autoFit = false;
    frameStory(false);
}

void GraphView::storyFraming(qreal &scale, QPointF &centre, GraphLegend::Arrangement &arrangement) const
{
    QRectF shown = m_scene->shownBounds();
    if (shown.isEmpty())
        shown = m_scene->contentBounds();
    // Room to spare around the story: 5% of the framing's width on the left and right,
    // of its height above and below, and a little more.
    const qreal padX = 0.05 * shown.width() + 16;
    const qreal padY = 0.05 * shown.height() + 16;
    const QRectF content = shown.adjusted(-padX, -padY, padX, padY);
    const QRectF area = fitArea(content, &arrangement);
    scale = std::min({area.width() / content.width(), area.height() / content.height(), kMaxShownZoom});
    scale = std::max(scale, 1e-3);
    centre = content.center() - (area.center() - QRectF(viewport()->rect()).center()) / scale;
}

void GraphView::frameStory(bool animate)
{
    if (!m_scene->hasLayout())
        return;
    qreal scale = 1;
    QPointF centre;
    GraphLegend::Arrangement arrangement = GraphLegend::Arrangement::Column;
    storyFraming(scale, centre, arrangement);
    m_overlay->setLegendArrangement(arrangement);
    m_camera->stop();
    const qreal fromScale = zoom();
    const QPointF fromCentre = mapToScene(viewport()->rect().center());
    auto apply = [this](qreal k, QPointF c) {
        setTransform(QTransform::fromScale(k, k));
        m_scene->setViewScale(k);
        updateSceneRect();
        centerOn(c);
    };
    if (!animate || !isVisible() || (std::abs(fromScale - scale) < 1e-3 * scale && QLineF(fromCentre, centre).length() < 1)) {
        apply(scale, centre);
        return;
    }
    // Ease: the scale geometrically, the centre along a line, a little under half a second.
    m_camera->disconnect(this);
    connect(m_camera, &QVariantAnimation::valueChanged, this, [apply, fromScale, scale, fromCentre, centre](const QVariant &v) {
        const qreal t = v.toReal();
        apply(fromScale * std::pow(scale / fromScale, t), fromCentre + (centre - fromCentre) * t);
    });
    m_camera->start();
}

void GraphView::zoomAround(qreal factor, QPointF anchor)
{
    stopFollowing();
    const QPointF scenePoint = mapToScene(anchor.toPoint());
    setZoom(zoom() * factor);
    // Keep the scene point under the anchor.
    const QPointF moved = mapFromScene(scenePoint);
    const QPointF delta = moved - anchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(delta.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(delta.y()));
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() == 0) {
        QGraphicsView::wheelEvent(event); // horizontal wheels pan
        return;
    }
    zoomAround(std::pow(1.0015, delta.y()), event->position());
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    // Up and Down pan; Shift with any arrow pans (Left and Right alone step through the
    // events).
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool plain = mods == Qt::NoModifier;
    if (plain || mods == Qt::ShiftModifier) {
        QScrollBar *h = horizontalScrollBar();
        QScrollBar *v = verticalScrollBar();
        bool panned = true;
        switch (event->key()) {
        case Qt::Key_Left:
            panned = !plain;
            if (panned)
                h->setValue(h->value() - kKeyPan);
            break;
        case Qt::Key_Right:
            panned = !plain;
            if (panned)
                h->setValue(h->value() + kKeyPan);
            break;
        case Qt::Key_Up:
            v->setValue(v->value() - kKeyPan);
            break;
        case Qt::Key_Down:
            v->setValue(v->value() + kKeyPan);
            break;
        default:
            panned = false;
        }
        if (panned) {
            stopFollowing();
            event->accept();
            return;
        }
    }
    if (Transport::ownsKey(event)) {
        event->accept(); // at an end of the case: nothing to do, and no scrolling
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    m_pressOnActor = false;
    m_labelPressed = kNoActor;
    // An actor's large label (drawn over everything when zoomed out) is the actor.
    if (event->button() == Qt::LeftButton) {
        const QPointF scenePos = mapToScene(event->pos());
        // A crowd's glyph or caption expands it (or groups it again).
        if (const int crowd = m_scene->crowdAt(scenePos); crowd >= 0) {
            m_scene->toggleCrowd(crowd);
            event->accept();
            return;
        }
        const ActorId labelled = m_scene->foregroundLabelAt(scenePos);
        if (labelled != kNoActor) {
            m_pressOnActor = true;
            m_labelPressed = labelled;
            m_scene->actorPressed(labelled, scenePos);
            event->accept();
            return;
        }
    }
    for (QGraphicsItem *item : items(event->pos()))
        if (item->type() == ActorItem::Type)
            m_pressOnActor = true;
    QGraphicsView::mousePressEvent(event);
}

ActorId GraphView::actorAtPos(QPoint pos) const
{
    const ActorId labelled = m_scene->foregroundLabelAt(mapToScene(pos));
    if (labelled != kNoActor)
        return labelled;
    for (QGraphicsItem *item : items(pos))
        if (item->type() == ActorItem::Type)
            return static_cast<const ActorItem *>(item)->actor();
    return kNoActor;
}

void GraphView::contextMenuEvent(QContextMenuEvent *event)
{
    // The menu key opens the selected actor's menu beside it.
    ActorId actor = event->reason() == QContextMenuEvent::Keyboard ? m_document->selectedActor() : actorAtPos(event->pos());
    if (actor == kNoActor) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    if (actor != m_document->selectedActor())
        m_document->setSelectedActor(actor);
    event->accept();
    emit actorMenuRequested(actor, event->globalPos());
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_labelPressed != kNoActor && (event->buttons() & Qt::LeftButton)) {
        m_scene->actorDragged(m_labelPressed, mapToScene(event->pos()), QPointF(event->pos() - m_pressPos));
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_labelPressed != kNoActor) {
        m_scene->actorReleased(m_labelPressed);
        m_labelPressed = kNoActor;
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (m_pressOnActor)
        return;
    if ((event->pos() - m_pressPos).manhattanLength() >= 4) {
        stopFollowing(); // the background was dragged: a pan
        return;
    }
    if (EdgeItem *edge = edgeNear(event->pos())) {
        emit edgeClicked(edge->from(), edge->to());
        m_scene->setPickedEdge(edge);
        return;
    }
    m_scene->setPickedEdge(nullptr);
    m_document->setSelectedActor(kNoActor); // a click on the background
}

EdgeItem *GraphView::edgeNear(QPoint pos) const
{
    // The nearest visible link: growing squares around the click, the first link met
    // wins (where two overlap, the one under the pointer, not the one drawn on top).
    for (int r : {1, 2, 3, 5, 7}) {
        const QRect square(pos - QPoint(r, r), QSize(2 * r + 1, 2 * r + 1));
        for (QGraphicsItem *item : items(square, Qt::IntersectsItemShape))
            if (item->type() == EdgeItem::Type && item->isVisible()) {
                auto *edge = static_cast<EdgeItem *>(item);
                // The stroke itself, not the wide band around it that makes links easy to hit.
                const QPointF p = edge->mapFromScene(mapToScene(pos));
                QPainterPathStroker thin;
                thin.setWidth((2.0 * r + 1) / std::max(zoom(), 1e-6));
                if (thin.createStroke(edge->centreLine()).contains(p))
                    return edge;
            }
    }
    return nullptr;
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeOverlays();
    updateSceneRect();
    if (m_followStory)
        frameStory(false);
    else if (m_autoFit)
        fitToContent();
}

void GraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    placeOverlays();
    if (m_followStory)
        frameStory(false);
    else if (m_autoFit)
        fitToContent();
}

void GraphView::placeOverlays()
{
    const QRect area = viewport()->geometry();
    m_overlay->setGeometry(area);
    m_overlay->raise();
    // Never wider than the panel: a long stage text is elided, not cut at both ends.
    const QSize s = m_progress->fitInto(std::max(0, area.width() - 2 * kOverlayMargin));
    m_progress->setGeometry(area.left() + (area.width() - s.width()) / 2, area.top() + kOverlayMargin, s.width(), s.height());
    m_progress->raise();
}

bool GraphView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *gesture = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(gesture->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                zoomAround(pinch->scaleFactor(), viewport()->mapFromGlobal(pinch->centerPoint().toPoint()));
            gesture->accept(pinch);
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *native = static_cast<QNativeGestureEvent *>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(1.0 + native->value(), native->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace cascade
