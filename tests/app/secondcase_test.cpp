// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a second case over the first, as a user does with Ctrl+O: bigger over
// smaller and smaller over bigger, with the first case's layout idle or still running.
// The window must then show exactly what a fresh window shows for the second case:
// the same items at the same places with the same labels, the same hit-testing, and
// lists that answer for the new case only.
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/graph/actoritem.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorspanel.h"
#include "app/inspector/actortablemodel.h"
#include "app/inspector/eventtablemodel.h"
#include "app/inspector/eventspanel.h"
#include "app/mainwindow.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"

#include <QAbstractItemModel>
#include <QPainter>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace cascade;

namespace {

void openAndWait(MainWindow &w, const QString &path, bool waitForLayout = true)
{
    w.openFile(path);
    w.loader()->waitForFinished();
    for (int i = 0; i < 200 && w.loader()->isLoading(); ++i)
        QTest::qWait(10);
    QTest::qWait(20);
    if (waitForLayout)
        w.graphView()->layoutController()->waitForFinished();
    QTest::qWait(20);
}

QString writeGenerated(const QTemporaryDir &dir, const char *name, int actors, int events, std::uint64_t seed)
{
    const QString path = dir.filePath(QLatin1String(name));
    QString error;
    EXPECT_TRUE(writeCaseFile(generateCase({actors, events, seed}), path, &error)) << error.toStdString();
    return path;
}

// What the graph shows, actor by actor: position, label, visibility.
struct Drawn {
    QPointF pos;
    QString label;
    bool visible = false;
    friend bool operator==(const Drawn &, const Drawn &) = default;
};

std::vector<Drawn> drawnActors(const GraphScene &scene, std::size_t actors)
{
    std::vector<Drawn> out;
    for (std::size_t a = 0; a < actors; ++a) {
        const ActorItem *item = scene.actorItem(static_cast<ActorId>(a));
        out.push_back(item ? Drawn{item->pos(), item->label(), item->isVisible()} : Drawn{});
    }
    return out;
}

// Everything a repaint touches, forced now: the window drawn into an image.
void paintEverything(MainWindow &w)
{
    QImage image(w.size(), QImage::Format_ARGB32);
    w.render(&image);
}

void expectSameAsFreshWindow(MainWindow &w, const QString &path)
{
    MainWindow fresh;
    fresh.setInteractive(false);
    fresh.resize(w.size());
    fresh.show();
    openAndWait(fresh, path);
    const Case &c = w.document()->caseData();
    ASSERT_TRUE(c == fresh.document()->caseData());
    const GraphScene &scene = *w.graphView()->graphScene();
    const GraphScene &freshScene = *fresh.graphView()->graphScene();
    ASSERT_TRUE(scene.hasLayout());
    EXPECT_EQ(scene.engine(), freshScene.engine());
    EXPECT_NEAR(w.graphView()->zoom(), fresh.graphView()->zoom(), 1e-6);
    EXPECT_EQ(scene.prominentActors(), freshScene.prominentActors());
    if (qEnvironmentVariableIsSet("CASCADE_TEST_SHOTS")) {
        w.grab().save(QStringLiteral("/tmp/second-case.png"));
        fresh.grab().save(QStringLiteral("/tmp/fresh-case.png"));
    }
    const std::vector<Drawn> got = drawnActors(scene, c.actors.size());
    const std::vector<Drawn> want = drawnActors(freshScene, c.actors.size());
    for (std::size_t a = 0; a < c.actors.size(); ++a) {
        EXPECT_EQ(got[a].label, want[a].label) << "actor " << a;
        EXPECT_EQ(got[a].pos, want[a].pos) << "actor " << a << " " << c.actors[a].handle.toStdString();
        EXPECT_EQ(got[a].visible, want[a].visible) << "actor " << a;
    }
    // No item of the first case is left in the scene.
    int actorItems = 0;
    for (const QGraphicsItem *item : scene.items())
        actorItems += item->type() == ActorItem::Type;
    EXPECT_EQ(actorItems, static_cast<int>(c.actors.size()));
    EXPECT_EQ(scene.edgeItems().size(), freshScene.edgeItems().size());
    // Hit-testing: the item under each actor's centre is that actor's.
    for (std::size_t a = 0; a < c.actors.size(); ++a) {
        const ActorItem *item = scene.actorItem(static_cast<ActorId>(a));
        if (!item->isVisible())
            continue;
        const QPointF centre = item->scenePos() + item->markerCentre();
        for (QGraphicsItem *hit : scene.items(centre, Qt::IntersectsItemShape, Qt::DescendingOrder))
            if (hit->type() == ActorItem::Type) {
                EXPECT_EQ(static_cast<ActorItem *>(hit)->actor(), static_cast<ActorId>(a)) << c.actors[a].handle.toStdString();
                break;
            }
    }
    // The lists answer for the new case.
    EXPECT_EQ(w.actorsPanel()->view()->model()->rowCount(), static_cast<int>(c.actors.size()));
    EXPECT_EQ(w.eventsPanel()->view()->model()->rowCount(), static_cast<int>(c.events.size()));
}

class SecondCase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_small = writeGenerated(m_dir, "small.cascade.json", 200, 2000, 3);
        m_big = writeGenerated(m_dir, "big.cascade.json", 1200, 9000, 8);
        m_haiti = m_dir.filePath(QStringLiteral("haiti.cascade.json"));
        ASSERT_TRUE(QFile::copy(bundledCasePath(), m_haiti));
        QFile::setPermissions(m_haiti, QFile::ReadOwner | QFile::WriteOwner);
    }

    QTemporaryDir m_dir;
    QString m_small;
    QString m_big;
    QString m_haiti;
};

} // namespace

TEST_F(SecondCase, SmallerAfterBiggerDrawsLikeAFreshWindow)
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    openAndWait(w, m_small);
    paintEverything(w);
    openAndWait(w, m_haiti);
    paintEverything(w);
    expectSameAsFreshWindow(w, m_haiti);
}

TEST_F(SecondCase, BiggerAfterSmallerDrawsLikeAFreshWindow)
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    openAndWait(w, m_haiti);
    paintEverything(w);
    openAndWait(w, m_big);
    paintEverything(w);
    expectSameAsFreshWindow(w, m_big);
}

TEST_F(SecondCase, OpeningWhileTheFirstLayoutRunsDrawsTheSecond)
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    openAndWait(w, m_big, false); // its layout still runs
    paintEverything(w);
    openAndWait(w, m_haiti);
    paintEverything(w);
    expectSameAsFreshWindow(w, m_haiti);
    openAndWait(w, m_small, false);
    openAndWait(w, m_big);
    expectSameAsFreshWindow(w, m_big);
}

TEST_F(SecondCase, ListsPaintedDuringTheReplacementAnswerForTheNewCase)
{
    // A repaint of the lists while the document replaces its case (a progress bar that
    // repaints at once, for example) must never read the old case's rows.
    MainWindow w;
    w.setInteractive(false);
    w.show();
    openAndWait(w, m_big);
    int checked = 0;
    QObject::connect(w.document(), &CaseDocument::caseReset, &w, [&] {
        const auto rows = w.actorsPanel()->view()->model()->rowCount();
        EXPECT_TRUE(rows == 0 || rows == static_cast<int>(w.document()->caseData().actors.size())) << rows;
        const auto events = w.eventsPanel()->view()->model()->rowCount();
        EXPECT_TRUE(events == 0 || events == static_cast<int>(w.document()->caseData().events.size())) << events;
        paintEverything(w);
        ++checked;
    });
    openAndWait(w, m_haiti);
    EXPECT_EQ(checked, 1);
    expectSameAsFreshWindow(w, m_haiti);
}

TEST_F(SecondCase, ReopeningAfterAnotherCaseKeepsSelectionAndClicksRight)
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    openAndWait(w, m_haiti);
    const ActorId ann = w.document()->caseData().actorByHandle(QStringLiteral("@AnnCurry"));
    ASSERT_NE(ann, kNoActor);
    w.document()->setSelectedActor(ann);
    openAndWait(w, m_small);
    EXPECT_EQ(w.document()->selectedActor(), kNoActor);
    openAndWait(w, m_haiti);
    const GraphScene &scene = *w.graphView()->graphScene();
    const ActorItem *item = scene.actorItem(ann);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->isVisible());
    EXPECT_EQ(item->label(), QStringLiteral("@AnnCurry"));
    // A click on her dot selects her.
    GraphView *view = w.graphView();
    view->graphScene()->update();
    QTest::qWait(20);
    const QPoint at = view->mapFromScene(item->scenePos() + item->markerCentre());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    EXPECT_EQ(w.document()->selectedActor(), ann);
}

TEST(CaseReplacement, NoViewAnswersForThePreviousCaseOnceTheNextIsIn)
{
    // The first handler of caseReset() (connected before any view, as a window's first
    // view's handler runs before the others') may repaint anything: every model and
    // the scene must then hold nothing of the previous case, whose ids are out of range
    // for the next one.
    CaseDocument document;
    document.reset(generateCase({200, 2000, 3}), QString());
    bool checked = false;
    ActorTableModel *actorsSeen = nullptr;
    EventTableModel *eventsSeen = nullptr;
    GraphScene *sceneSeen = nullptr;
    QObject::connect(&document, &CaseDocument::caseReset, &document, [&] {
        const Case &c = document.caseData();
        const int actorRows = actorsSeen->rowCount();
        EXPECT_TRUE(actorRows == 0 || actorRows == static_cast<int>(c.actors.size())) << actorRows;
        for (int r = 0; r < actorRows; ++r)
            for (int col = 0; col < actorsSeen->columnCount(); ++col)
                actorsSeen->data(actorsSeen->index(r, col));
        const int eventRows = eventsSeen->rowCount();
        EXPECT_TRUE(eventRows == 0 || eventRows == static_cast<int>(c.events.size())) << eventRows;
        for (int r = 0; r < eventRows; ++r)
            for (int col = 0; col < eventsSeen->columnCount(); ++col)
                eventsSeen->data(eventsSeen->index(r, col));
        EXPECT_FALSE(sceneSeen->hasLayout());
        EXPECT_TRUE(sceneSeen->items().isEmpty()) << sceneSeen->items().size();
        QImage image(400, 300, QImage::Format_ARGB32);
        QPainter painter(&image);
        sceneSeen->render(&painter);
        checked = true;
    });
    ActorTableModel actors(&document);
    actors.setSynchronousLimit(1 << 30);
    EventTableModel events(&document);
    GraphScene scene(&document);
    scene.setLayout(LayoutController::layoutNow(document, LayoutEngineKind::Balloon));
    ASSERT_TRUE(scene.hasLayout());
    actorsSeen = &actors;
    eventsSeen = &events;
    sceneSeen = &scene;
    const ReadResult haiti = readCaseFile(bundledCasePath());
    ASSERT_TRUE(haiti.ok());
    document.reset(*haiti.value, QString());
    EXPECT_TRUE(checked);
    EXPECT_EQ(actors.rowCount(), static_cast<int>(document.caseData().actors.size()));
    EXPECT_EQ(events.rowCount(), static_cast<int>(document.caseData().events.size()));
}

TEST_F(SecondCase, InTheWindowAPinnedActorSurvivesRunLayoutAgain)
{
    MainWindow w;
    w.setInteractive(false);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    openAndWait(w, m_haiti);
    GraphView *view = w.graphView();
    GraphScene *scene = view->graphScene();
    const ActorId airforce = w.document()->caseData().actorByHandle(QStringLiteral("@usairforce"));
    const ActorItem *item = scene->actorItem(airforce);
    const QPoint start = view->mapFromScene(item->scenePos() + item->markerCentre());
    const QPoint delta(-100, 70);
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, start);
    for (int step = 1; step <= 6; ++step)
        QTest::mouseMove(view->viewport(), start + delta * step / 6);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, start + delta);
    const QPointF dropped = scene->actorItem(airforce)->pos();
    ASSERT_GT(QLineF(dropped, view->mapToScene(start)).length(), 5);
    // Where it was dropped relative to the hub, @AnnCurry, is what the user sees.
    const ActorId ann = w.document()->caseData().actorByHandle(QStringLiteral("@AnnCurry"));
    const QPointF relative = dropped - scene->actorItem(ann)->pos();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    view->layoutController()->waitForFinished();
    QTest::qWait(20);
    EXPECT_NEAR(scene->actorItem(airforce)->pos().x(), dropped.x(), 0.5);
    EXPECT_NEAR(scene->actorItem(airforce)->pos().y(), dropped.y(), 0.5);
    const QPointF after = scene->actorItem(airforce)->pos() - scene->actorItem(ann)->pos();
    EXPECT_NEAR(after.x(), relative.x(), 1.0);
    EXPECT_NEAR(after.y(), relative.y(), 1.0);
    // Saved, reopened: still there.
    QString error;
    ASSERT_TRUE(w.document()->saveTo(m_haiti, &error)) << error.toStdString();
    openAndWait(w, m_small);
    openAndWait(w, m_haiti);
    EXPECT_NEAR(w.graphView()->graphScene()->actorItem(airforce)->pos().x(), dropped.x(), 0.5);
    QTest::keyClick(w.graphView(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    w.graphView()->layoutController()->waitForFinished();
    EXPECT_NEAR(w.graphView()->graphScene()->actorItem(airforce)->pos().x(), dropped.x(), 0.5);
    EXPECT_NEAR(w.graphView()->graphScene()->actorItem(airforce)->pos().y(), dropped.y(), 0.5);
}
