// SPDX-License-Identifier: GPL-3.0-or-later
// The whole explorer window on the bundled Haiti case, driven like a trainer would:
// scrub to a moment, click an actor in the graph, play, pick an event in the list, ask
// what-if. Each check reads what the widgets show.
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/graph/actoritem.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorpage.h"
#include "app/inspector/actorspanel.h"
#include "app/inspector/eventspanel.h"
#include "app/inspector/eventtablemodel.h"
#include "app/mainwindow.h"
#include "app/timeline/timelinepanel.h"
#include "core/analysis/actormeasures.h"
#include "core/analysis/brokerage.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace cascade;

namespace {

class Explorer : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window.setInteractive(false);
        window.resize(1600, 1000);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        window.openFile(bundledCasePath());
        window.loader()->waitForFinished();
        for (int i = 0; i < 100 && document().caseData().events.empty(); ++i)
            QTest::qWait(10);
        ASSERT_FALSE(document().caseData().events.empty()) << window.lastError().toStdString();
        window.graphView()->layoutController()->waitForFinished();
        QTest::qWait(50);
    }

    CaseDocument &document() { return *window.document(); }
    ActorId actor(const char *handle) { return document().caseData().actorByHandle(QLatin1String(handle)); }
    TimeMs localTime(int hour, int minute) // 17 January 2010 in Port-au-Prince (UTC-5)
    {
        return *parseIsoTime(QStringView(QStringLiteral("2010-01-17T%1:%2:00-05:00")
                                             .arg(hour, 2, 10, QLatin1Char('0'))
                                             .arg(minute, 2, 10, QLatin1Char('0'))));
    }
    GraphScene &scene() { return *window.graphView()->graphScene(); }
    void waitForInspector()
    {
        for (int i = 0; i < 300 && window.inspector()->isUpdating(); ++i)
            QTest::qWait(10);
    }

    MainWindow window;
};

} // namespace

TEST_F(Explorer, ScrubbingToElevenShowsWhoHadActed)
{
    document().setCursor(localTime(11, 0));
    QTest::qWait(20);
    EXPECT_TRUE(scene().isActorActive(actor("@MSF_USA")));
    EXPECT_TRUE(scene().isActorActive(actor("@AnnCurry")));
    EXPECT_FALSE(scene().isActorActive(actor("@usairforce"))); // addressed at 11:52
    EXPECT_FALSE(scene().isActorActive(actor("@synthetic_rt01"))); // the wave starts after 11:52
    document().setCursor(localTime(15, 0));
    QTest::qWait(20);
    EXPECT_TRUE(scene().isActorActive(actor("@usairforce")));
}

TEST_F(Explorer, ClickingAnnCurryInTheGraphShowsHerMeasures)
{
    const ActorId curry = actor("@AnnCurry");
    ActorItem *item = scene().actorItem(curry);
    ASSERT_NE(item, nullptr);
    GraphView *view = window.graphView();
    view->fitToContent();
    QTest::qWait(20);
    const QPoint at = view->mapFromScene(item->sceneBoundingRect().center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    EXPECT_EQ(document().selectedActor(), curry);
    waitForInspector();
    EXPECT_EQ(window.inspector()->page(), ActorInspector::Page::Actor);
    EXPECT_EQ(window.inspector()->shownActor(), curry);
    ActorPage *page = window.inspector()->actorPage();
    // Followers as the core computes them, formatted by the locale.
    EXPECT_TRUE(page->valueText(Measure::Followers).remove(QLatin1Char(',')).remove(QChar(0x202F)).remove(QLatin1Char(' '))
                    .contains(QString::number(document().caseData().actors[static_cast<std::size_t>(curry)].followers)))
        << page->valueText(Measure::Followers).toStdString();
    EXPECT_TRUE(page->brokerageText().contains(QStringLiteral("liaison"))) << page->brokerageText().toStdString();
    EXPECT_TRUE(page->pathText().contains(QStringLiteral("@MSF_USA"))) << page->pathText().toStdString();
}

TEST_F(Explorer, SpaceStartsPlaybackAndTheCursorAdvances)
{
    document().setCursor(localTime(10, 0));
    const TimeMs before = document().cursor();
    window.graphView()->setFocus();
    QTest::keyClick(window.graphView(), Qt::Key_Space);
    for (int i = 0; i < 200 && document().cursor() == before; ++i)
        QTest::qWait(10);
    EXPECT_GT(document().cursor(), before);
    QTest::keyClick(window.graphView(), Qt::Key_Space); // pause
    QTest::qWait(50);
    const TimeMs paused = document().cursor();
    QTest::qWait(300);
    EXPECT_EQ(document().cursor(), paused);
}

TEST_F(Explorer, SelectingAnEventInTheListMovesTheCursor)
{
    EventsPanel *events = window.eventsPanel();
    QTableView *table = events->view();
    const EventId target = document().caseData().eventByKey(QStringLiteral("e07")); // Curry addresses the Air Force
    ASSERT_NE(target, kNoEvent);
    QAbstractItemModel *model = table->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString text = model->data(model->index(r, 0)).toString() + model->data(model->index(r, 2)).toString()
            + model->data(model->index(r, 3)).toString();
        if (text.contains(QStringLiteral("11:52")) && text.contains(QStringLiteral("AnnCurry"))) {
            row = r;
            break;
        }
    }
    ASSERT_GE(row, 0);
    table->selectRow(row);
    QTest::qWait(20);
    EXPECT_EQ(document().cursor(), localTime(11, 52));
    EXPECT_EQ(document().selectedActor(), actor("@AnnCurry"));
}

TEST_F(Explorer, WhatIfOnTheFollowerLosesOrDelaysTheAirForce)
{
    const ActorId follower = actor("@unknown_follower");
    ASSERT_NE(follower, kNoActor);
    document().setSelectedActor(follower);
    waitForInspector();
    window.inspector()->whatIfAction()->trigger();
    EXPECT_EQ(document().whatIfActor(), follower);
    for (int i = 0; i < 300 && window.inspector()->isUpdating(); ++i)
        QTest::qWait(10);
    QTest::qWait(50);
    const QString text = window.inspector()->actorPage()->whatIfText();
    EXPECT_TRUE(text.contains(QStringLiteral("@usairforce"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("later")) || text.contains(QStringLiteral("no longer")) ||
                text.contains(QStringLiteral("not reached")) || text.contains(QStringLiteral("delayed")))
        << text.toStdString();
    // The graph greys out what is lost: the retweet wave depended on the tip.
    ActorItem *wave = scene().actorItem(actor("@synthetic_rt01"));
    ASSERT_NE(wave, nullptr);
    EXPECT_TRUE(wave->hasState(ActorItem::Lost));
    EXPECT_FALSE(scene().actorItem(actor("@MSF_USA"))->hasState(ActorItem::Lost));
}

TEST_F(Explorer, KeysReachTheEventFilterAndWhatIfFromTheGraph)
{
    QWidget *graph = window.graphView();
    graph->setFocus();
    QTest::keyClick(graph, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QLineEdit *filter = window.eventsPanel()->filterBox();
    ASSERT_TRUE(QTest::qWaitFor([&] { return filter->hasFocus(); }));
    EXPECT_TRUE(window.eventsPanel()->isVisible()) << "the Events tab comes forward";

    // Typing W in a text field types it; it does not ask what-if.
    const ActorId follower = actor("@unknown_follower");
    document().setSelectedActor(follower);
    waitForInspector();
    QTest::keyClick(filter, Qt::Key_W);
    EXPECT_EQ(filter->text(), QStringLiteral("w"));
    EXPECT_EQ(document().whatIfActor(), kNoActor);
    filter->clear();

    // On the graph, W shows what the selected actor's absence changes, and W again undoes it.
    graph->setFocus();
    QTest::keyClick(graph, Qt::Key_W);
    EXPECT_EQ(document().whatIfActor(), follower);
    EXPECT_TRUE(window.inspector()->whatIfAction()->isChecked());
    QTest::keyClick(graph, Qt::Key_W);
    EXPECT_EQ(document().whatIfActor(), kNoActor);

    // In the actors table W is type-ahead, not what-if.
    QTableView *actors = window.actorsPanel()->view();
    actors->setFocus();
    QTest::keyClick(actors, Qt::Key_W);
    EXPECT_EQ(document().whatIfActor(), kNoActor);
}
