// SPDX-License-Identifier: GPL-3.0-or-later
// The actor graph (app/graph) driven as a user would: the bundled Haiti case in a real
// GraphView, the cursor moved, actors clicked and dragged, what-if shown; and the scene
// alone, as the slide exporter uses it.
#include "app/document/casedocument.h"
#include "app/graph/actoritem.h"
#include "app/graph/edgeitem.h"
#include "app/graph/graphoverlay.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/graph/laneitem.h"
#include "app/graph/layoutcontroller.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "core/model/case.h"
#include "core/timeline/snapshot.h"

#include <QAction>
#include <QActionGroup>
#include <QImage>
#include <QPainter>
#include <QKeySequence>
#include <QScrollBar>
#include <QSignalSpy>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>

using namespace cascade;

namespace {

TimeMs at(const char *iso)
{
    const std::optional<TimeMs> t = parseIsoTime(std::string_view(iso));
    EXPECT_TRUE(t.has_value()) << iso;
    return t.value_or(0);
}

std::unique_ptr<CaseDocument> haitiDocument()
{
    ReadResult read = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
    EXPECT_TRUE(read.ok()) << read.errorText().toStdString();
    auto document = std::make_unique<CaseDocument>();
    document->reset(std::move(*read.value), QString());
    return document;
}

// Colour distance (max over channels).
int distance(QColor a, QColor b)
{
    return std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()), std::abs(a.blue() - b.blue())});
}

// Whether a pixel within `radius` of `p` has colour `c` (within tolerance).
bool colourNear(const QImage &image, QPoint p, QColor c, int radius = 2, int tolerance = 12)
{
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint q = p + QPoint(dx, dy);
            if (image.rect().contains(q) && distance(image.pixelColor(q), c) <= tolerance)
                return true;
        }
    return false;
}

class GraphViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document = haitiDocument();
        const Case &c = document->caseData();
        msf = c.actorByHandle(QStringLiteral("@MSF_USA"));
        ann = c.actorByHandle(QStringLiteral("@AnnCurry"));
        follower = c.actorByHandle(QStringLiteral("@unknown_follower"));
        airforce = c.actorByHandle(QStringLiteral("@usairforce"));
        pressOffice = c.actorByHandle(QStringLiteral("msf-usa-press-office"));
        rt01 = c.actorByHandle(QStringLiteral("@synthetic_rt01"));
        ASSERT_NE(msf, kNoActor);
        ASSERT_NE(ann, kNoActor);
        ASSERT_NE(follower, kNoActor);
        ASSERT_NE(airforce, kNoActor);
        view = std::make_unique<GraphView>(document.get());
        view->resize(1300, 850);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        view->layoutController()->showLayout(LayoutEngineKind::Twopi);
        view->layoutController()->waitForFinished();
        ASSERT_TRUE(scene()->hasLayout());
        ASSERT_EQ(scene()->engine(), QStringLiteral("twopi"));
        view->fitToContent();
        QCoreApplication::processEvents();
    }

    GraphScene *scene() const { return view->graphScene(); }
    ActorItem *item(ActorId a) const { return scene()->actorItem(a); }
    // Where an actor's marker is drawn, in viewport coordinates.
    QPoint markerInView(ActorId a) const
    {
        return view->mapFromScene(item(a)->scenePos() + item(a)->markerCentre());
    }

    std::unique_ptr<CaseDocument> document;
    std::unique_ptr<GraphView> view;
    ActorId msf = kNoActor, ann = kNoActor, follower = kNoActor, airforce = kNoActor, pressOffice = kNoActor,
            rt01 = kNoActor;
};

} // namespace

TEST_F(GraphViewTest, At11LocalTimeOnlyTheEarlyActorsAreVisible)
{
    // 11:00 in Port-au-Prince (UTC-5) is 16:00 UTC.
    document->setCursor(at("2010-01-17T16:00:00Z"));
    EXPECT_EQ(scene()->time(), at("2010-01-17T11:00:00-05:00"));
    EXPECT_TRUE(item(msf)->isVisible());
    EXPECT_TRUE(item(ann)->isVisible());
    EXPECT_TRUE(item(pressOffice)->isVisible());
    EXPECT_FALSE(item(airforce)->isVisible());
    EXPECT_FALSE(item(follower)->isVisible()); // tips her at 11:30
    EXPECT_FALSE(item(rt01)->isVisible());
    EXPECT_TRUE(scene()->edgeItem(msf, ann)->isVisible());  // her quotes at 10:45 and 10:55
    EXPECT_FALSE(scene()->edgeItem(ann, airforce)->isVisible()); // 11:52

    // Every actor item agrees with the time engine.
    const Snapshot &snapshot = document->snapshot();
    for (ActorId a = 0; a < static_cast<ActorId>(document->caseData().actors.size()); ++a)
        EXPECT_EQ(item(a)->isVisible(), snapshot.isVisible(a)) << document->caseData().actors[static_cast<std::size_t>(a)].handle.toStdString();

    // The toggle draws the actors to come faintly instead of hiding them.
    view->showInactiveAction()->trigger();
    EXPECT_TRUE(item(airforce)->isVisible());
    EXPECT_FALSE(scene()->isActorActive(airforce));
    EXPECT_TRUE(item(airforce)->hasState(ActorItem::Faint));
    EXPECT_TRUE(scene()->isActorActive(ann));
    view->showInactiveAction()->trigger();
    EXPECT_FALSE(item(airforce)->isVisible());

    // The overlay names the time in the case's zone.
    EXPECT_TRUE(view->overlay()->timeText().contains(QStringLiteral("11:00"))) << view->overlay()->timeText().toStdString();
    EXPECT_TRUE(view->overlay()->timeText().contains(QStringLiteral("America/Port-au-Prince")));
}

TEST_F(GraphViewTest, IncrementalMovesMatchAFreshScene)
{
    const TimeIndex &index = document->timeIndex();
    std::mt19937 rng(5);
    for (int i = 0; i < 30; ++i) {
        const int position = std::uniform_int_distribution<int>(0, index.eventCount() - 1)(rng);
        const TimeMs t = index.time(position) + (i % 2 ? 0 : 30 * kMsPerSecond);
        document->setCursor(t);
        GraphScene fresh(document.get());
        fresh.setLayout(scene()->layout());
        ASSERT_EQ(fresh.time(), t);
        for (ActorId a = 0; a < static_cast<ActorId>(document->caseData().actors.size()); ++a)
            ASSERT_EQ(item(a)->isVisible(), fresh.actorItem(a)->isVisible()) << "actor " << a << " move " << i;
        for (std::size_t e = 0; e < scene()->edgeItems().size(); ++e)
            ASSERT_EQ(scene()->edgeItems()[e]->isVisible(), fresh.edgeItems()[e]->isVisible()) << "edge " << e;
    }
}

TEST_F(GraphViewTest, ClickingAnActorSelectsItAndTheBackgroundClears)
{
    document->setCursor(document->timeIndex().endTime());
    QCoreApplication::processEvents();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, markerInView(ann));
    EXPECT_EQ(document->selectedActor(), ann);
    EXPECT_TRUE(item(ann)->hasState(ActorItem::Selected));
    // Her neighbours stay lit, the path from the origin is highlighted.
    EXPECT_TRUE(item(rt01)->hasState(ActorItem::Neighbour));
    EXPECT_TRUE(item(msf)->hasState(ActorItem::OnPath));
    EXPECT_TRUE(scene()->edgeItem(msf, ann)->hasState(EdgeItem::OnPath));

    // The follower: the path runs through Ann Curry, and actors off it are dimmed.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, markerInView(follower));
    EXPECT_EQ(document->selectedActor(), follower);
    EXPECT_TRUE(item(ann)->hasState(ActorItem::OnPath));
    EXPECT_TRUE(item(msf)->hasState(ActorItem::OnPath));
    EXPECT_TRUE(item(rt01)->hasState(ActorItem::Dimmed));
    EXPECT_FALSE(item(follower)->hasState(ActorItem::Dimmed));

    // A click where nothing is drawn clears the selection.
    const QRectF content = view->mapFromScene(scene()->contentBounds()).boundingRect();
    QPoint empty(view->viewport()->width() - 5, view->viewport()->height() - 5);
    ASSERT_FALSE(content.contains(empty)) << "the fitted graph fills the corner";
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, empty);
    EXPECT_EQ(document->selectedActor(), kNoActor);
    EXPECT_FALSE(item(rt01)->hasState(ActorItem::Dimmed));
    EXPECT_FALSE(item(follower)->hasState(ActorItem::Selected));
}

TEST_F(GraphViewTest, DraggingAnActorMovesItAndUndoRestoresIt)
{
    QUndoStack *undo = document->undoStack();
    const int commandsBefore = undo->count();
    const QPointF before = item(follower)->pos();
    const QPoint start = markerInView(follower);
    const QPoint delta(90, 45);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(view->viewport(), start + delta * step / 6);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + delta);

    const QPointF moved = item(follower)->pos();
    const qreal zoom = view->zoom();
    EXPECT_NEAR(moved.x() - before.x(), delta.x() / zoom, 1.5 / zoom);
    EXPECT_NEAR(moved.y() - before.y(), delta.y() / zoom, 1.5 / zoom);
    EXPECT_EQ(undo->count(), commandsBefore + 1) << "one drag, one undo step";
    EXPECT_TRUE(document->isModified());
    // The position is pinned in the document's saved layout for the engine.
    const SavedLayout &saved = document->caseData().layouts.at(QStringLiteral("twopi"));
    const SavedLayout::Position &p = saved.positions.at(static_cast<std::size_t>(follower));
    EXPECT_TRUE(p.valid && p.pinned);
    EXPECT_DOUBLE_EQ(p.x, moved.x());
    EXPECT_DOUBLE_EQ(p.y, moved.y());
    // Its edge follows it: one end of the curve lies on its box.
    const LayoutEdge &edge = scene()->layout().edges.at(static_cast<std::size_t>(scene()->edgeItem(ann, follower)->index()));
    const QRectF box = scene()->layout().nodeRect(follower).adjusted(-12, -12, 12, 12);
    EXPECT_TRUE(box.contains(edge.start()) || box.contains(edge.end()));

    undo->undo();
    EXPECT_EQ(item(follower)->pos(), before);
    EXPECT_FALSE(document->caseData().layouts.at(QStringLiteral("twopi")).positions.at(static_cast<std::size_t>(follower)).pinned);
    undo->redo();
    EXPECT_EQ(item(follower)->pos(), moved);
}

TEST_F(GraphViewTest, APinnedActorStaysWhereItWasDroppedWhenTheLayoutRunsAgain)
{
    const QPoint start = markerInView(airforce);
    const QPoint delta(-120, 80);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(view->viewport(), start + delta * step / 6);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + delta);
    const QPointF dropped = item(airforce)->pos();
    const QPointF relative = dropped - item(ann)->pos(); // what the user sees
    // Ctrl+Shift+L, as a user types it on the graph.
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    view->layoutController()->waitForFinished();
    EXPECT_NEAR(item(airforce)->pos().x(), dropped.x(), 0.5);
    EXPECT_NEAR(item(airforce)->pos().y(), dropped.y(), 0.5);
    EXPECT_NEAR(QLineF(item(airforce)->pos() - item(ann)->pos(), relative).length(), 0, 1.0);
    const SavedLayout &saved = document->caseData().layouts.at(scene()->engine());
    EXPECT_TRUE(saved.positions.at(static_cast<std::size_t>(airforce)).pinned);
    // And again, choosing the engine from the Layout menu.
    for (QAction *a : view->layoutGroup()->actions())
        if (a->data().toString() == QLatin1String("twopi"))
            a->trigger();
    view->layoutController()->waitForFinished();
    EXPECT_NEAR(item(airforce)->pos().x(), dropped.x(), 0.5);
    EXPECT_NEAR(item(airforce)->pos().y(), dropped.y(), 0.5);
}

TEST(GraphViewPins, APinStoredInTheFileIsKeptByTheWindowsLayout)
{
    // The case file pins @usairforce for twopi and holds no other position: the window
    // computes the layout and keeps the pin, as `cascade layout --engine twopi` does.
    ReadResult read = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
    ASSERT_TRUE(read.ok());
    Case c = std::move(*read.value);
    const ActorId airforce = c.actorByHandle(QStringLiteral("@usairforce"));
    SavedLayout pins;
    pins.engine = QStringLiteral("twopi");
    pins.positions.resize(c.actors.size());
    pins.positions[static_cast<std::size_t>(airforce)] = {-400, 300, true, true};
    c.layouts[pins.engine] = pins;
    CaseDocument document;
    document.reset(std::move(c), QString());
    GraphView view(&document);
    view.resize(1000, 700);
    view.show();
    view.layoutController()->waitForFinished();
    ASSERT_TRUE(view.graphScene()->hasLayout());
    EXPECT_EQ(view.graphScene()->engine(), QStringLiteral("twopi"));
    EXPECT_NEAR(view.graphScene()->actorItem(airforce)->pos().x(), -400, 0.5);
    EXPECT_NEAR(view.graphScene()->actorItem(airforce)->pos().y(), 300, 0.5);
}

TEST_F(GraphViewTest, RoleColoursAreDrawnWhereTheActorsAre)
{
    document->setCursor(document->timeIndex().endTime());
    QCoreApplication::processEvents();
    const QImage image = view->grab().toImage();
    const Case &c = document->caseData();
    auto roleColour = [&](ActorId a) { return QColor::fromRgb(c.roles[static_cast<std::size_t>(c.actors[static_cast<std::size_t>(a)].role)].rgb); };
    const qreal dpr = image.devicePixelRatio();
    for (ActorId a : {msf, ann, airforce}) {
        const QPoint p = (view->viewport()->mapTo(view.get(), markerInView(a)) * dpr);
        EXPECT_TRUE(colourNear(image, p, roleColour(a))) << c.actors[static_cast<std::size_t>(a)].handle.toStdString()
                                                         << " pixel " << image.pixelColor(p).name().toStdString();
    }
    // The legend lists the roles present.
    const GraphLegendModel legend = scene()->legendModel();
    ASSERT_EQ(legend.roles.size(), 4u); // NGO, journalist, public, military
    EXPECT_EQ(legend.kinds.size(), 5u); // every kind of interaction occurs
}

TEST_F(GraphViewTest, WhatIfWithoutTheFollowerGreysTheAirForce)
{
    const Case &c = document->caseData();
    const QColor military = QColor::fromRgb(c.roles[static_cast<std::size_t>(c.actors[static_cast<std::size_t>(airforce)].role)].rgb);
    // 12:40 local: the Air Force has answered; without the follower's tip it would not
    // have been reached yet.
    document->setCursor(at("2010-01-17T12:40:00-05:00"));
    document->setWhatIfActor(follower);
    QCoreApplication::processEvents();
    EXPECT_TRUE(item(follower)->hasState(ActorItem::Removed));
    EXPECT_TRUE(item(airforce)->hasState(ActorItem::Lost));
    EXPECT_TRUE(scene()->edgeItem(ann, airforce)->hasState(EdgeItem::Lost));
    EXPECT_FALSE(item(msf)->hasState(ActorItem::Lost));
    const QImage image = view->grab().toImage();
    const QPoint p = view->viewport()->mapTo(view.get(), markerInView(airforce)) * image.devicePixelRatio();
    EXPECT_TRUE(colourNear(image, p, scene()->theme().lost)) << image.pixelColor(p).name().toStdString();
    EXPECT_FALSE(colourNear(image, p, military, 1, 20));
    EXPECT_TRUE(scene()->legendModel().extraText.contains(QStringLiteral("@unknown_follower")));

    // By the end of the case it is reached all the same (it retweets MSF's landing
    // news), later: delayed, and the links made through the tip are still lost.
    document->setCursor(document->timeIndex().endTime());
    EXPECT_FALSE(item(airforce)->hasState(ActorItem::Lost));
    EXPECT_TRUE(item(airforce)->hasState(ActorItem::Delayed));
    EXPECT_TRUE(scene()->edgeItem(ann, airforce)->hasState(EdgeItem::Lost));

    document->setWhatIfActor(kNoActor);
    EXPECT_FALSE(item(airforce)->hasState(ActorItem::Delayed));
    EXPECT_FALSE(scene()->edgeItem(ann, airforce)->hasState(EdgeItem::Lost));
}

TEST_F(GraphViewTest, EdgesAreStyledByKindAndDirection)
{
    EXPECT_EQ(scene()->edgeItem(msf, ann)->kind(), InteractionKind::Quote);
    EXPECT_EQ(scene()->edgeItem(ann, rt01)->kind(), InteractionKind::Repost);
    EXPECT_EQ(scene()->edgeItem(ann, airforce)->kind(), InteractionKind::Reply); // mention + reply
    EXPECT_EQ(scene()->edgeItem(pressOffice, ann)->kind(), InteractionKind::Offline);
    // The message flows from MSF to Ann Curry (she quoted MSF), from Ann Curry to her
    // retweeters.
    EXPECT_EQ(scene()->edgeItem(msf, ann)->from(), msf);
    EXPECT_EQ(scene()->edgeItem(ann, rt01)->from(), ann);
    const GraphTheme &theme = scene()->theme();
    EXPECT_EQ(theme.edges[static_cast<int>(InteractionKind::Offline)].penStyle, Qt::DashLine);
    EXPECT_EQ(theme.edges[static_cast<int>(InteractionKind::Repost)].penStyle, Qt::SolidLine);
    EXPECT_NE(theme.edges[static_cast<int>(InteractionKind::Mention)].penStyle, Qt::SolidLine);
}

TEST_F(GraphViewTest, ShiftFZoomsOntoTheActorsShownEarlyInTheCase)
{
    document->setCursor(at("2010-01-17T11:00:00-05:00")); // MSF, its press office, Ann Curry
    view->fitToContent();
    const qreal whole = view->zoom();
    const auto onScreen = [this](ActorId a) { return view->viewport()->rect().contains(markerInView(a)); };
    const auto spread = [this] { return QLineF(markerInView(msf), markerInView(ann)).length(); };
    const qreal before = spread();
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_F, Qt::ShiftModifier);
    EXPECT_GT(view->zoom(), whole * 1.3);
    EXPECT_GT(spread(), before * 1.3) << "the shown actors are drawn larger apart";
    EXPECT_TRUE(onScreen(msf));
    EXPECT_TRUE(onScreen(ann));
    EXPECT_TRUE(onScreen(pressOffice));
    // At the end the retweet wave is one glyph beside Ann Curry: the framing of what is
    // shown comes closer than F's. With crowds off everything is shown: the same
    // framing as F, give or take the cursor.
    document->setCursor(document->timeIndex().endTime());
    QTest::keyClick(view.get(), Qt::Key_F, Qt::ShiftModifier);
    EXPECT_GT(view->zoom(), whole * 1.15);
    scene()->setCrowdsEnabled(false);
    QTest::keyClick(view.get(), Qt::Key_F, Qt::ShiftModifier);
    EXPECT_NEAR(view->zoom(), whole, whole * 0.15);
    scene()->setCrowdsEnabled(true);
    QTest::keyClick(view.get(), Qt::Key_F);
    EXPECT_NEAR(view->zoom(), whole, 1e-9);
    EXPECT_TRUE(view->viewActions().contains(view->fitShownAction()));

    // Before the first event nothing is shown: Shift+F shows the whole graph.
    document->setCursor(document->timeIndex().startTime() - 60'000);
    QTest::keyClick(view.get(), Qt::Key_Plus);
    QTest::keyClick(view.get(), Qt::Key_F, Qt::ShiftModifier);
    EXPECT_NEAR(view->zoom(), whole, 1e-9);
}

TEST_F(GraphViewTest, KeysAndWheelZoomAndFit)
{
    const qreal fitted = view->zoom();
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Plus);
    EXPECT_NEAR(view->zoom(), fitted * 1.25, 1e-9);
    QTest::keyClick(view.get(), Qt::Key_Minus);
    QTest::keyClick(view.get(), Qt::Key_Minus);
    EXPECT_NEAR(view->zoom(), fitted / 1.25, 1e-9);
    QTest::keyClick(view.get(), Qt::Key_F);
    EXPECT_NEAR(view->zoom(), fitted, 1e-9);

    // The wheel zooms around the cursor: the scene point under it stays put.
    const QPoint cursor = markerInView(ann);
    const QPointF under = view->mapToScene(cursor);
    QWheelEvent wheel(cursor, view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &wheel);
    EXPECT_GT(view->zoom(), fitted * 1.3);
    EXPECT_LT(QLineF(view->mapFromScene(under), cursor).length(), 2.0);

    // Up and Down pan, Shift with Left or Right pans; Left and Right alone belong to
    // the transport (next and previous event), so they leave the view where it is.
    const int h = view->horizontalScrollBar()->value();
    const int v = view->verticalScrollBar()->value();
    QTest::keyClick(view.get(), Qt::Key_Right);
    EXPECT_EQ(view->horizontalScrollBar()->value(), h);
    QTest::keyClick(view.get(), Qt::Key_Right, Qt::ShiftModifier);
    EXPECT_GT(view->horizontalScrollBar()->value(), h);
    QTest::keyClick(view.get(), Qt::Key_Down);
    EXPECT_GT(view->verticalScrollBar()->value(), v);
}

TEST_F(GraphViewTest, TransportKeysNeverScrollTheView)
{
    // Page Down at the last milestone, Page Up at the first, Right at the last event:
    // the keys belong to the transport, and at an end of the case they used to fall
    // through to QGraphicsView's scrolling and blank the graph in the middle of a talk.
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Plus);
    QTest::keyClick(view.get(), Qt::Key_Plus);
    QTest::keyClick(view.get(), Qt::Key_Plus);
    ASSERT_GT(view->horizontalScrollBar()->maximum(), 0);
    ASSERT_GT(view->verticalScrollBar()->maximum(), 0);
    const int h = view->horizontalScrollBar()->value();
    const int v = view->verticalScrollBar()->value();
    const QTransform transform = view->transform();
    for (Qt::Key key : {Qt::Key_PageDown, Qt::Key_PageDown, Qt::Key_PageUp, Qt::Key_End, Qt::Key_Right, Qt::Key_Home,
                        Qt::Key_Left, Qt::Key_PageUp, Qt::Key_Space, Qt::Key_Space}) {
        QTest::keyClick(view.get(), key);
        EXPECT_EQ(view->horizontalScrollBar()->value(), h) << QKeySequence(key).toString().toStdString();
        EXPECT_EQ(view->verticalScrollBar()->value(), v) << QKeySequence(key).toString().toStdString();
        EXPECT_EQ(view->transform(), transform) << QKeySequence(key).toString().toStdString();
    }
}

TEST_F(GraphViewTest, ClickingAnEdgeReportsItsActors)
{
    document->setCursor(document->timeIndex().endTime());
    QCoreApplication::processEvents();
    QSignalSpy clicked(view.get(), &GraphView::edgeClicked);
    // The middle of the long reply edge between Ann Curry and her follower.
    const LayoutEdge &edge = scene()->layout().edges.at(static_cast<std::size_t>(scene()->edgeItem(ann, follower)->index()));
    const QPoint middle = view->mapFromScene((edge.start() + edge.end()) / 2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, middle);
    ASSERT_EQ(clicked.count(), 1);
    const ActorId from = clicked.first().at(0).value<ActorId>();
    const ActorId to = clicked.first().at(1).value<ActorId>();
    EXPECT_TRUE((from == ann && to == follower) || (from == follower && to == ann));
    // The clicked link is the one highlighted; a click on the background drops it.
    EXPECT_EQ(scene()->pickedEdge(), scene()->edgeItem(ann, follower));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    EXPECT_EQ(scene()->pickedEdge(), nullptr);
}

TEST_F(GraphViewTest, ClickingAnActorsLargeLabelSelectsIt)
{
    // Zoomed out, the prominent actors' labels are drawn large over the picture: a click
    // on one (away from the dot) selects its actor instead of starting a pan.
    document->setCursor(document->timeIndex().endTime());
    view->fitToContent();
    view->setFocus();
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(view.get(), Qt::Key_Minus);
    view->viewport()->repaint();
    QCoreApplication::processEvents();
    QPoint onLabel;
    ActorId labelled = kNoActor;
    const QRect area = view->viewport()->rect();
    for (int y = area.top(); y < area.bottom() && labelled == kNoActor; y += 3)
        for (int x = area.left(); x < area.right(); x += 3) {
            const ActorId a = scene()->foregroundLabelAt(view->mapToScene(QPoint(x, y)));
            if (a == kNoActor)
                continue;
            const QRectF marker = item(a)->sceneBoundingRect();
            if (!marker.adjusted(-4, -4, 4, 4).contains(view->mapToScene(QPoint(x, y)))) {
                labelled = a;
                onLabel = QPoint(x, y);
                break;
            }
        }
    ASSERT_NE(labelled, kNoActor) << "no large label away from its dot";
    document->setSelectedActor(kNoActor);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onLabel);
    EXPECT_EQ(document->selectedActor(), labelled);
}

TEST_F(GraphViewTest, HoveringAnActorShowsItsTooltip)
{
    document->setCursor(document->timeIndex().endTime());
    QCoreApplication::processEvents();
    const QPoint p = markerInView(airforce);
    QHelpEvent help(QEvent::ToolTip, p, view->viewport()->mapToGlobal(p));
    QCoreApplication::sendEvent(view->viewport(), &help);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_TRUE(QToolTip::text().contains(QStringLiteral("@usairforce"))) << QToolTip::text().toStdString();
    QToolTip::hideText();
}

TEST_F(GraphViewTest, TooltipsNameTheActor)
{
    const QString tip = scene()->actorToolTip(ann);
    EXPECT_TRUE(tip.contains(QStringLiteral("@AnnCurry")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Journalist")));
    EXPECT_TRUE(tip.contains(QLocale().toString(1000000LL))) << tip.toStdString();
    // First active when the press office reached her, 10:15 local time.
    EXPECT_TRUE(tip.contains(QStringLiteral("10:15"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("America/Port-au-Prince")));
}

TEST_F(GraphViewTest, NodeSizeFollowsTheMeasureAsOfTheCursor)
{
    // Followers: Ann Curry (about a million) is drawn far larger than her follower.
    EXPECT_GT(item(ann)->markerDiameter(), 2 * item(follower)->markerDiameter());
    QAction *reposts = nullptr;
    for (QAction *a : view->sizeGroup()->actions())
        if (a->data().toString() == QLatin1String("reposts"))
            reposts = a;
    ASSERT_NE(reposts, nullptr);
    reposts->trigger();
    EXPECT_EQ(scene()->sizeMeasure(), Measure::RepostsReceived);
    document->setCursor(at("2010-01-17T11:50:00-05:00"));
    const qreal beforeWave = item(ann)->markerDiameter();
    document->setCursor(at("2010-01-17T13:30:00-05:00"));
    const qreal afterWave = item(ann)->markerDiameter();
    EXPECT_GT(afterWave, beforeWave + 5);
}

TEST_F(GraphViewTest, NewEventsFlashDuringPlay)
{
    view->setPlaying(true);
    const TimeIndex &index = document->timeIndex();
    const EventId tip = document->caseData().eventByKey(QStringLiteral("e06"));
    document->setCursor(index.time(tip) - 1);
    document->setCursor(index.time(tip));
    EXPECT_GT(item(follower)->flash(), 0.5);
    EXPECT_GT(scene()->edgeItem(ann, follower)->flash(), 0.5);
    EXPECT_EQ(item(rt01)->flash(), 0.0);
    QTest::qWait(1100);
    EXPECT_EQ(item(follower)->flash(), 0.0);
    // A jump is not play: nothing flashes.
    view->setPlaying(false);
    document->setCursor(index.time(tip) - 1);
    document->setCursor(index.time(tip));
    EXPECT_EQ(item(follower)->flash(), 0.0);
}

TEST_F(GraphViewTest, TheSavedLayoutIsReusedWhenTheCaseReopens)
{
    // The twopi layout chosen in the fixture is stored in the case (undoably).
    ASSERT_EQ(document->caseData().layouts.count(QStringLiteral("twopi")), 1u);
    GraphView second(document.get());
    second.layoutController()->showLayout(LayoutEngineKind::Twopi);
    EXPECT_FALSE(second.layoutController()->isRunning()) << "restored without running an engine";
    EXPECT_TRUE(second.graphScene()->layout().restored);
    for (ActorId a = 0; a < static_cast<ActorId>(document->caseData().actors.size()); ++a)
        EXPECT_EQ(second.graphScene()->actorItem(a)->pos(), item(a)->pos());
}

TEST_F(GraphViewTest, ALayoutRunReportsProgressAndFinishes)
{
    QSignalSpy running(view->layoutController(), &LayoutController::runningChanged);
    QSignalSpy finished(view->layoutController(), &LayoutController::finished);
    QSignalSpy replaced(scene(), &GraphScene::layoutReplaced);
    view->layoutController()->showLayout(LayoutEngineKind::Swimlane);
    view->layoutController()->waitForFinished();
    ASSERT_GE(finished.count(), 1);
    EXPECT_TRUE(finished.last().at(0).toBool()) << finished.last().at(1).toString().toStdString();
    EXPECT_FALSE(view->layoutController()->isRunning());
    EXPECT_GE(replaced.count(), 1);
    EXPECT_EQ(scene()->engine(), QStringLiteral("swimlane"));
    EXPECT_EQ(scene()->laneItems().size(), scene()->layout().lanes.size());
    EXPECT_FALSE(scene()->laneItems().empty());
    // The layout menu ticks what is shown.
    const QAction *checked = view->layoutGroup()->checkedAction();
    ASSERT_NE(checked, nullptr);
    EXPECT_EQ(checked->data().toString(), QStringLiteral("swimlane"));
}

TEST(GraphSceneAlone, RendersWithoutAViewAndClipsNothing)
{
    std::unique_ptr<CaseDocument> document = haitiDocument();
    const Case &c = document->caseData();
    GraphScene scene(document.get());
    scene.setTheme(GraphTheme::print());
    // Pseudonyms for small accounts, as the exporter does.
    scene.setLabelFunction([&c](ActorId a) {
        const Actor &actor = c.actors[static_cast<std::size_t>(a)];
        return actor.followers < 500 ? QStringLiteral("follower %1").arg(a) : actor.handle;
    });
    scene.setLayout(LayoutController::layoutNow(*document, LayoutEngineKind::Swimlane));
    ASSERT_TRUE(scene.hasLayout());
    scene.setTime(at("2010-01-17T12:30:00-05:00"));
    EXPECT_FALSE(scene.followsDocumentCursor());
    document->setCursor(at("2010-01-17T10:00:00-05:00")); // the document's cursor no longer matters
    EXPECT_EQ(scene.time(), at("2010-01-17T12:30:00-05:00"));

    const ActorId follower = c.actorByHandle(QStringLiteral("@unknown_follower"));
    EXPECT_EQ(scene.actorItem(follower)->label(), QStringLiteral("follower %1").arg(follower));
    EXPECT_EQ(scene.labelOf(c.actorByHandle(QStringLiteral("@AnnCurry"))), QStringLiteral("@AnnCurry"));

    // PageRank as of the time: the retweet wave points at Ann Curry.
    scene.setSizeMeasure(Measure::PageRank);
    const ActorId ann = c.actorByHandle(QStringLiteral("@AnnCurry"));
    const ActorId rt01 = c.actorByHandle(QStringLiteral("@synthetic_rt01"));
    EXPECT_GT(scene.actorItem(ann)->markerDiameter(), scene.actorItem(rt01)->markerDiameter() + 5);

    // Every item, labels included, lies inside contentBounds().
    const QRectF bounds = scene.contentBounds();
    for (ActorId a = 0; a < static_cast<ActorId>(c.actors.size()); ++a) {
        const ActorItem *item = scene.actorItem(a);
        const QRectF drawn = (item->bodyRect() | item->labelRect()).translated(item->pos());
        EXPECT_TRUE(bounds.contains(drawn)) << c.actors[static_cast<std::size_t>(a)].handle.toStdString();
    }
    for (const LaneItem *lane : scene.laneItems())
        EXPECT_TRUE(bounds.contains(lane->sceneBoundingRect()));

    // Rendered into a frame with a margin, the margin stays background.
    QImage image(1600, 900, QImage::Format_ARGB32);
    const QColor background = scene.theme().background;
    image.fill(background);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(40, 40, 1520, 820), bounds);
    }
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const bool margin = x < 36 || y < 36 || x >= 1564 || y >= 864;
            const bool isBackground = image.pixelColor(x, y) == background;
            if (margin)
                ASSERT_TRUE(isBackground) << "spill at " << x << "," << y;
            else
                drawn += !isBackground;
        }
    EXPECT_GT(drawn, 10000);
}

TEST(GraphViewLargeCase, BigCasesAreLaidOutOffTheGuiThreadAndSurviveAReplacedCase)
{
    CaseDocument document;
    document.reset(generateCase({LayoutController::kBackgroundActors + 1000, 40000, 12}), QString());
    GraphView view(&document);
    view.resize(900, 700);
    LayoutController *layout = view.layoutController();
    EXPECT_TRUE(layout->isRunning()) << "the graph is built and laid out in the background";
    EXPECT_FALSE(view.graphScene()->hasLayout());
    layout->waitForFinished();
    ASSERT_TRUE(view.graphScene()->hasLayout());
    EXPECT_EQ(view.graphScene()->layout().centres.size(), document.caseData().actors.size());
    // Backbone edges stay drawn at overview, the others wait for a closer zoom.
    int backbone = 0, detail = 0;
    for (const LayoutEdge &e : view.graphScene()->layout().edges)
        (e.backbone ? backbone : detail) += 1;
    EXPECT_GT(backbone, 0);
    EXPECT_GT(detail, 0);

    // A new layout is under way when another case replaces this one: the run stops
    // before the case it reads is freed, and the new case gets its own layout.
    layout->relayout();
    EXPECT_TRUE(layout->isRunning());
    document.reset(generateCase({LayoutController::kBackgroundActors + 2000, 30000, 13}), QString());
    layout->waitForFinished();
    ASSERT_TRUE(view.graphScene()->hasLayout());
    EXPECT_EQ(view.graphScene()->layout().centres.size(), document.caseData().actors.size());
}

TEST(GraphViewLargeCase, MovingAnActorKeepsItsLinksOnTheBackbone)
{
    CaseDocument document;
    document.reset(generateCase({1500, 12000, 4}), QString());
    GraphView view(&document);
    view.layoutController()->waitForFinished();
    GraphScene *scene = view.graphScene();
    ASSERT_TRUE(scene->hasLayout());
    ASSERT_TRUE(scene->layout().compact);
    // An actor with a backbone link.
    const auto &edges = scene->layout().edges;
    const auto it = std::find_if(edges.begin(), edges.end(), [](const LayoutEdge &e) { return e.backbone; });
    ASSERT_NE(it, edges.end());
    const ActorId moved = it->to;
    std::vector<bool> before;
    for (const LayoutEdge &e : edges)
        before.push_back(e.backbone);
    SavedLayout::Position p;
    p.x = scene->layout().centres[static_cast<std::size_t>(moved)].x() + 80;
    p.y = scene->layout().centres[static_cast<std::size_t>(moved)].y() - 50;
    p.valid = p.pinned = true;
    document.applyActorPosition(scene->engine(), moved, p);
    // Stored to 1/100 point, like every position in a case.
    ASSERT_EQ(scene->layout().centres[static_cast<std::size_t>(moved)],
              QPointF(SavedLayout::roundedCoordinate(p.x), SavedLayout::roundedCoordinate(p.y)));
    for (std::size_t k = 0; k < edges.size(); ++k)
        EXPECT_EQ(scene->layout().edges[k].backbone, before[k]) << "edge " << k;
}

TEST(GraphViewLargeCase, TheLayoutProgressFitsANarrowView)
{
    // The strip over a big case's graph while it is laid out: whole in a narrow panel,
    // its text shortened (the whole text in its tooltip) rather than cut at both ends.
    CaseDocument document;
    GraphView view(&document);
    view.resize(430, 500);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    document.reset(generateCase({LayoutController::kBackgroundActors + 1000, 40000, 14}), QString());
    ASSERT_TRUE(view.layoutController()->isRunning());
    auto *panel = view.findChild<LayoutProgressPanel *>();
    ASSERT_NE(panel, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return panel->isVisible() && !panel->text().isEmpty(); }, 10000));
    QCoreApplication::processEvents();
    const QRect room = panel->parentWidget()->rect();
    EXPECT_TRUE(room.contains(panel->geometry())) << "panel " << panel->geometry().x() << "," << panel->geometry().width()
                                                   << " in " << room.width();
    auto *label = panel->findChild<QLabel *>();
    ASSERT_NE(label, nullptr);
    EXPECT_LE(label->fontMetrics().horizontalAdvance(label->text()), label->width() + 1) << label->text().toStdString();
    EXPECT_NE(label->text(), panel->text()) << "at this width the text is shortened";
    EXPECT_TRUE(label->text().endsWith(QChar(0x2026)));
    EXPECT_EQ(label->toolTip(), panel->text());
    EXPECT_TRUE(room.contains(panel->cancelButton()->geometry().translated(panel->pos())));
    view.layoutController()->cancel();
    view.layoutController()->waitForFinished();
}

TEST_F(GraphViewTest, TheTimeOverTheGraphIsShownWholeInANarrowView)
{
    GraphOverlay *overlay = view->overlay();
    EXPECT_TRUE(overlay->timeText().contains(QStringLiteral("America/Port-au-Prince")));
    for (int width : {900, 420, 300, 220}) {
        view->resize(width, 500);
        QCoreApplication::processEvents();
        const QRectF time = overlay->timeRect();
        EXPECT_TRUE(QRectF(overlay->rect()).contains(time)) << width << ": " << overlay->timeText().toStdString() << " at "
                                                              << time.left();
        EXPECT_TRUE(overlay->timeText().contains(QStringLiteral("14:40"))) << overlay->timeText().toStdString();
    }
}

TEST(GraphSceneAlone, ALabelTooSmallToReadIsDrawnAsItsDotNotAnEmptyBox)
{
    std::unique_ptr<CaseDocument> document = haitiDocument();
    const Case &c = document->caseData();
    GraphScene scene(document.get());
    scene.setLayout(LayoutController::layoutNow(*document, LayoutEngineKind::Twopi));
    ASSERT_TRUE(scene.hasLayout());
    const ActorId rt = c.actorByHandle(QStringLiteral("@synthetic_rt30"));
    ActorItem *item = scene.actorItem(rt);
    ASSERT_NE(item, nullptr);
    const QRectF body = item->bodyRect().translated(item->pos());
    // Renders the actor's box with the label at `pixels` high; counts the drawn pixels
    // farther than its dot from the dot's centre.
    auto inkAwayFromTheDot = [&](qreal pixels) {
        const qreal scale = pixels / GraphScene::labelPixelSize();
        QImage image((body.size() * scale + QSizeF(4, 4)).toSize(), QImage::Format_ARGB32);
        const QColor background = scene.theme().background;
        image.fill(background);
        QPainter painter(&image);
        painter.translate(2, 2);
        painter.scale(scale, scale);
        scene.render(&painter, QRectF(QPointF(0, 0), body.size()), body);
        painter.end();
        const QPointF dot = (item->pos() + item->markerCentre() - body.topLeft()) * scale + QPointF(2, 2);
        const qreal radius = std::max(item->markerDiameter() / 2 * scale, 1.0) + 1.5;
        int ink = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (QLineF(QPointF(x + 0.5, y + 0.5), dot).length() > radius && QColor(image.pixel(x, y)) != background)
                    ++ink;
        return ink;
    };
    scene.setCrowdsEnabled(false); // rt30 is drawn by itself, not in the wave's glyph
    ASSERT_TRUE(item->isVisible());
    EXPECT_EQ(inkAwayFromTheDot(4.0), 0) << "an unreadable label leaves no box";
    EXPECT_EQ(inkAwayFromTheDot(12.0), 0) << "story-first: outside the story, a dot until zoomed in";
    EXPECT_GT(inkAwayFromTheDot(16.0), 20) << "zoomed in, its box and label are back";
    scene.setStoryFirst(false);
    EXPECT_GT(inkAwayFromTheDot(12.0), 20) << "every readable label is drawn in its box";
}

TEST(GraphSceneAlone, NoteCalloutsShowBesideTheirActorWithinTheWindowOfTheirMoment)
{
    ReadResult read = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
    ASSERT_TRUE(read.ok());
    Case c = std::move(*read.value);
    const ActorId ann = c.actorByHandle(QStringLiteral("@AnnCurry"));
    const ActorId follower = c.actorByHandle(QStringLiteral("@unknown_follower"));
    const std::size_t pinned = c.notes.size();
    c.notes.push_back({ann, at("2010-01-17T11:52:00-05:00"), QStringLiteral("She addresses @usairforce directly."), {}});
    const std::size_t actorOnly = std::find_if(c.notes.begin(), c.notes.end(), [&](const Note &n) {
                                      return n.actor == follower && !n.time;
                                  }) - c.notes.begin();
    ASSERT_LT(actorOnly, c.notes.size());
    CaseDocument document;
    document.reset(std::move(c), QString());
    GraphScene scene(&document);
    scene.setLayout(LayoutController::layoutNow(document, LayoutEngineKind::Dot));
    ASSERT_TRUE(scene.hasLayout());

    using Shown = std::vector<std::size_t>;
    scene.setTime(at("2010-01-17T11:51:00-05:00"));
    EXPECT_EQ(scene.calloutNotesShown(), Shown{}); // before its moment
    scene.setTime(at("2010-01-17T11:52:00-05:00"));
    EXPECT_EQ(scene.calloutNotesShown(), Shown{pinned});
    scene.setTime(at("2010-01-17T12:52:00-05:00"));
    EXPECT_EQ(scene.calloutNotesShown(), Shown{pinned}); // the default window: one hour
    scene.setTime(at("2010-01-17T12:53:00-05:00"));
    EXPECT_EQ(scene.calloutNotesShown(), Shown{});
    scene.setNoteWindow(6 * kMsPerHour);
    EXPECT_EQ(scene.calloutNotesShown(), Shown{pinned});
    scene.setNoteWindow(-1);
    EXPECT_EQ(scene.calloutNotesShown(), Shown{});
    scene.setNoteWindow(kDefaultNoteWindow);

    // A note pinned to an actor only shows while that actor is selected.
    scene.setTime(at("2010-01-17T12:00:00-05:00"));
    document.setSelectedActor(follower);
    EXPECT_EQ(scene.calloutNotesShown(), (Shown{actorOnly, pinned}));

    // Painted: each box lies inside the content, beside its own actor, clear of the
    // actor's label, and the pixels there are the note's colour.
    QImage image(1600, 900, QImage::Format_ARGB32);
    image.fill(scene.theme().background);
    const QRectF bounds = scene.contentBounds();
    const QRectF target(0, 0, 1600, 900);
    {
        QPainter painter(&image);
        scene.render(&painter, target, bounds);
    }
    ASSERT_EQ(scene.calloutBoxes().size(), 2U);
    const qreal scale = std::min(target.width() / bounds.width(), target.height() / bounds.height());
    for (const auto &[note, box] : scene.calloutBoxes()) {
        EXPECT_TRUE(bounds.adjusted(-1, -1, 1, 1).contains(box)) << note;
        const ActorItem *item = scene.actorItem(document.caseData().notes[note].actor);
        const QPointF centre = item->scenePos() + item->markerCentre();
        const QPointF nearest(std::clamp(centre.x(), box.left(), box.right()),
                              std::clamp(centre.y(), box.top(), box.bottom()));
        EXPECT_LT(QLineF(centre, nearest).length() * scale, 60) << note; // beside it
        EXPECT_FALSE(box.intersects(item->mapRectToScene(item->labelRect()))) << note;
    }
    EXPECT_NE(scene.calloutBoxes()[0].second, scene.calloutBoxes()[1].second);
    EXPECT_FALSE(scene.calloutBoxes()[0].second.intersects(scene.calloutBoxes()[1].second));
    image.save(QStringLiteral("callouts.png"));
}

// Story-first drawing in the window: the story's actors carry the large labels, the
// wave is one glyph that a click expands and a second click groups again, and the
// glyph follows the cursor back and forth.
TEST_F(GraphViewTest, TheStoryIsLabelledLargeAndTheWaveIsOneGlyphThatAClickExpands)
{
    const Case &c = document->caseData();
    const TimeMs answers = [&] {
        for (const Milestone &m : c.milestones)
            if (m.title == QStringLiteral("The Air Force answers"))
                return m.time;
        return TimeMs(0);
    }();
    document->setCursor(answers);
    QCoreApplication::processEvents();
    std::vector<ActorId> story;
    for (const StoryActor &s : scene()->storyActors())
        story.push_back(s.actor);
    for (ActorId a : {msf, ann, airforce})
        EXPECT_NE(std::find(story.begin(), story.end(), a), story.end()) << c.actors[static_cast<std::size_t>(a)].handle.toStdString();
    EXPECT_TRUE(item(ann)->hasState(ActorItem::Story));
    EXPECT_TRUE(item(rt01)->hasState(ActorItem::Quiet));

    // The wave: one crowd; its members and their links are hidden, the glyph painted.
    ASSERT_EQ(scene()->crowds().size(), 1u);
    const GraphScene::Crowd crowd = scene()->crowds().front();
    EXPECT_EQ(crowd.group.target, ann);
    EXPECT_GE(crowd.group.members.size(), 20u);
    for (ActorId m : crowd.group.members) {
        EXPECT_TRUE(scene()->isGrouped(m));
        EXPECT_FALSE(item(m)->isVisible());
        EXPECT_FALSE(scene()->edgeItem(ann, m)->isVisible());
    }
    EXPECT_TRUE(scene()->crowdCaption(crowd).startsWith(QStringLiteral("%1 reposts of @AnnCurry in ").arg(crowd.group.members.size())))
        << scene()->crowdCaption(crowd).toStdString();
    EXPECT_TRUE(scene()->crowdToolTip(crowd).contains(QStringLiteral("Potential exposure")));
    EXPECT_FALSE(scene()->legendModel().crowdText.isEmpty()) << "the legend explains the rule";
    view->viewport()->repaint();
    const QPoint glyph = view->mapFromScene(crowd.centre);
    ASSERT_EQ(scene()->crowdAt(view->mapToScene(glyph)), 0) << "the last paint drew the glyph there";
    const QImage painted = view->viewport()->grab().toImage();
    EXPECT_NE(painted.pixelColor(glyph * painted.devicePixelRatio()), scene()->theme().background) << "the glyph is drawn";

    // A click expands it: every member drawn by itself; the caption stays, and a click
    // on it groups them again.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, glyph);
    EXPECT_TRUE(scene()->crowds().front().expanded);
    for (ActorId m : crowd.group.members) {
        EXPECT_FALSE(scene()->isGrouped(m));
        EXPECT_TRUE(item(m)->isVisible());
        EXPECT_TRUE(scene()->edgeItem(ann, m)->isVisible());
    }
    EXPECT_EQ(document->selectedActor(), kNoActor) << "expanding selects nobody";
    view->viewport()->repaint();
    const QPoint caption = view->mapFromScene(crowd.centre);
    ASSERT_EQ(scene()->crowdAt(view->mapToScene(caption)), 0) << "its caption stays where the glyph was";
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, caption);
    EXPECT_FALSE(scene()->crowds().front().expanded);
    EXPECT_FALSE(item(rt01)->isVisible());

    // Back before the wave: no crowd, and the members are simply not there yet; forward
    // again: grouped again, the same members.
    document->setCursor(c.events[static_cast<std::size_t>(crowd.group.firstEvent)].time - 1);
    QCoreApplication::processEvents();
    EXPECT_TRUE(scene()->crowds().empty());
    EXPECT_FALSE(scene()->isGrouped(rt01));
    document->setCursor(answers);
    QCoreApplication::processEvents();
    ASSERT_EQ(scene()->crowds().size(), 1u);
    EXPECT_EQ(scene()->crowds().front().group.members, crowd.group.members);

    // Selecting a member shows it: a highlighted actor is never hidden in a crowd.
    document->setSelectedActor(rt01);
    QCoreApplication::processEvents();
    EXPECT_FALSE(scene()->isGrouped(rt01));
    EXPECT_TRUE(item(rt01)->isVisible());
    document->setSelectedActor(kNoActor);
    QCoreApplication::processEvents();
    EXPECT_TRUE(scene()->isGrouped(rt01));

    // Story-first off: no crowd, every actor and its label as the layout gives them.
    scene()->setStoryFirst(false);
    EXPECT_TRUE(scene()->crowds().empty());
    EXPECT_TRUE(item(rt01)->isVisible());
    EXPECT_FALSE(item(rt01)->hasState(ActorItem::Quiet));
    EXPECT_FALSE(item(ann)->hasState(ActorItem::Story));
}

// Following the story: the view frames what is shown at the cursor, eases to the new
// framing when the cursor moves, and a zoom by hand stops it.
TEST_F(GraphViewTest, AWideFlatStoryTakesTheLegendsColumnAndTheLegendGoesAlongTheTop)
{
    // At the end of the Haiti case the story is wide and flat: the legend goes into a row
    // along the top (the time shortened beside it) and the graph gets the whole width.
    document->setCursor(document->timeIndex().endTime());
    view->setFollowStory(true);
    GraphOverlay *overlay = view->overlay();
    EXPECT_EQ(overlay->legendArrangement(), GraphLegend::Arrangement::Row);
    const QRectF legend = overlay->legendRect();
    const QRectF time = overlay->timeRect();
    EXPECT_GT(legend.width(), 2 * legend.height());
    EXPECT_LT(legend.right(), time.left()) << "the row and the time share the top";
    const QRectF viewport = view->viewport()->rect();
    const QRectF story = view->mapFromScene(scene()->shownBounds()).boundingRect();
    EXPECT_GT(story.width(), 0.8 * viewport.width()) << "the graph uses the pane's width";
    EXPECT_GT(story.top(), std::max(legend.bottom(), time.bottom())) << "clear of the legend and the time";
    EXPECT_TRUE(viewport.contains(story));
    const qreal wide = view->zoom();

    // Grabbed, the row is painted: text in each third of it, none between it and the time.
    const QImage shot = overlay->grab().toImage();
    auto dark = [&](const QRectF &r) {
        int count = 0;
        for (int y = static_cast<int>(r.top()); y < static_cast<int>(r.bottom()); ++y)
            for (int x = static_cast<int>(r.left()); x < static_cast<int>(r.right()); ++x)
                count += qGray(shot.pixel(x, y)) < 110 && qAlpha(shot.pixel(x, y)) > 200;
        return count;
    };
    for (int k = 0; k < 3; ++k)
        EXPECT_GT(dark(QRectF(legend.left() + legend.width() * k / 3, legend.top(), legend.width() / 3, legend.height())), 40)
            << "part " << k;
    EXPECT_EQ(dark(QRectF(legend.right() + 2, legend.top(), time.left() - legend.right() - 4, legend.height())), 0);

    // A narrow, tall pane: the column comes back, beside the graph.
    view->resize(560, 900);
    QCoreApplication::processEvents();
    EXPECT_EQ(overlay->legendArrangement(), GraphLegend::Arrangement::Column);
    EXPECT_GT(overlay->legendRect().height(), overlay->legendRect().width());
    EXPECT_LT(view->zoom(), wide);
    // And wide again: the row.
    view->resize(1300, 850);
    QCoreApplication::processEvents();
    EXPECT_EQ(overlay->legendArrangement(), GraphLegend::Arrangement::Row);
    EXPECT_NEAR(view->zoom(), wide, wide * 1e-6);
}

TEST_F(GraphViewTest, FollowingTheStoryFramesTheMomentEasesAndStopsOnAZoomByHand)
{
    view->fitToContent();
    const qreal whole = view->zoom();
    const auto onScreen = [this](ActorId a) { return view->viewport()->rect().contains(markerInView(a)); };
    document->setCursor(at("2010-01-17T11:00:00-05:00"));
    view->setFollowStory(true);
    EXPECT_TRUE(view->followStoryAction()->isChecked());
    EXPECT_GT(view->zoom(), whole * 1.15) << "closer on the three early actors";
    for (ActorId a : {msf, ann, pressOffice})
        EXPECT_TRUE(onScreen(a));
    const qreal early = view->zoom();
    const auto centre = [this] { return view->mapToScene(view->viewport()->rect().center()); };
    const QPointF earlyCentre = centre();

    // Later, more is shown (the wave's glyph above, the Air Force below): the camera
    // eases (not a jump) to a framing of it all, no closer than before.
    document->setCursor(document->timeIndex().endTime());
    ASSERT_TRUE(QTest::qWaitFor([&] { return centre() != earlyCentre; }, 1000));
    EXPECT_TRUE(view->cameraMoving());
    const qreal midway = view->zoom();
    const QPointF midwayCentre = centre();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view->cameraMoving(); }, 3000));
    EXPECT_LE(view->zoom(), early + 1e-9);
    EXPECT_LE(view->zoom(), midway + 1e-9) << "eased from the early framing to the late one";
    const qreal travel = QLineF(earlyCentre, centre()).length();
    EXPECT_GT(travel, 10) << "the framing moved";
    EXPECT_LT(QLineF(earlyCentre, midwayCentre).length(), 0.9 * travel) << "on its way, not there at once";
    for (ActorId a : {msf, ann, airforce, follower, pressOffice})
        EXPECT_TRUE(onScreen(a)) << document->caseData().actors[static_cast<std::size_t>(a)].handle.toStdString();
    ASSERT_EQ(scene()->crowds().size(), 1u);
    EXPECT_TRUE(view->viewport()->rect().contains(view->mapFromScene(scene()->crowds().front().centre)));

    // A zoom by hand: the user takes the camera.
    view->setFocus();
    QTest::keyClick(view.get(), Qt::Key_Plus);
    EXPECT_FALSE(view->followsStory());
    EXPECT_FALSE(view->followStoryAction()->isChecked());
    const qreal mine = view->zoom();
    document->setCursor(at("2010-01-17T11:00:00-05:00"));
    QCoreApplication::processEvents();
    EXPECT_DOUBLE_EQ(view->zoom(), mine);
    // T takes it back.
    QTest::keyClick(view.get(), Qt::Key_T);
    EXPECT_TRUE(view->followsStory());
    EXPECT_NEAR(view->zoom(), early, early * 0.01);
}
