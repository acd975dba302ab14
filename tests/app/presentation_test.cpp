// SPDX-License-Identifier: GPL-3.0-or-later
// Presentation mode, driven as a presenter would: F5 in the window, then the keys of
// PresentationWindow (a clicker's Page Down and Page Up among them). At each beat: the
// document's cursor, the card's number, title and caption, the presenter view's notes,
// and the framing (the story's actors on screen); between beats, a replay that moves
// the cursor through the events in order; and the ways out (Esc, a new case).
#include "app/document/casedocument.h"
#include "app/graph/actoritem.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/mainwindow.h"
#include "app/presentation/presentationwindow.h"
#include "core/model/case.h"
#include "tests/app/windowtestutil.h"

#include <QAction>
#include <QTest>

#include <gtest/gtest.h>

using namespace cascade;

namespace {

const QString kHaiti = QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json");

struct Presenting {
    MainWindow w;
    CaseDocument *doc = nullptr;
    PresentationWindow *p = nullptr;

    Presenting()
    {
        w.setInteractive(false);
        w.resize(1400, 900);
        w.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&w));
        cascade::testing::openAndWait(w, kHaiti);
        doc = w.document();
    }
    const Milestone &milestone(int k) const { return doc->caseData().milestones[static_cast<std::size_t>(k)]; }
    void key(int k) { QTest::keyClick(p, static_cast<Qt::Key>(k)); }
    // The card and the cursor at beat k, the camera settled, the story on screen.
    void expectBeat(int k)
    {
        SCOPED_TRACE(k);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return p->graphView()->graphScene()->hasLayout() && !p->replaying() && !p->graphView()->cameraMoving(); }, 8000));
        EXPECT_EQ(p->beat(), k);
        EXPECT_EQ(doc->cursor(), milestone(k).time);
        EXPECT_EQ(p->card()->titleText(), milestone(k).title);
        EXPECT_EQ(p->card()->captionText(), milestone(k).caption);
        EXPECT_EQ(p->card()->numberText(), QStringLiteral("%1 / %2").arg(k + 1).arg(doc->caseData().milestones.size()));
        GraphView *view = p->graphView();
        ASSERT_TRUE(view->graphScene()->hasLayout());
        EXPECT_TRUE(view->followsStory());
        for (const StoryActor &s : view->graphScene()->storyActors()) {
            const ActorItem *item = view->graphScene()->actorItem(s.actor);
            const QPoint at = view->mapFromScene(item->scenePos());
            EXPECT_TRUE(view->viewport()->rect().contains(at))
                << doc->caseData().actors[static_cast<std::size_t>(s.actor)].handle.toStdString() << " off screen";
        }
    }
};

} // namespace

TEST(Presentation, F5ThenTheKeysStepThroughTheBeatsWithReplaysAndTheCardFollows)
{
    Presenting t;
    const int count = static_cast<int>(t.doc->caseData().milestones.size());
    ASSERT_GE(count, 5);
    t.doc->setCursor(t.milestone(2).time + 60 * kMsPerSecond); // just after the third
    QTest::keyClick(&t.w, Qt::Key_F5);
    t.p = t.w.presentation();
    ASSERT_NE(t.p, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(t.p));
    EXPECT_TRUE(t.p->isFullScreen());
    t.expectBeat(2);

    // Page Down (a clicker): the events up to the next milestone replay in order.
    t.key(Qt::Key_PageDown);
    EXPECT_TRUE(t.p->replaying());
    EXPECT_EQ(t.p->card()->titleText(), t.milestone(3).title) << "the card says where we are going";
    TimeMs last = t.doc->cursor();
    bool moved = false;
    while (t.p->replaying()) {
        QTest::qWait(50);
        EXPECT_GE(t.doc->cursor(), last) << "never backwards";
        moved = moved || (t.doc->cursor() > t.milestone(2).time && t.doc->cursor() < t.milestone(3).time);
        last = t.doc->cursor();
    }
    EXPECT_TRUE(moved) << "the cursor went through the time in between";
    t.expectBeat(3);

    // Right starts the next replay; a second press ends it at once.
    t.key(Qt::Key_Right);
    EXPECT_TRUE(t.p->replaying());
    t.key(Qt::Key_Space);
    EXPECT_FALSE(t.p->replaying());
    t.expectBeat(4);

    // Back, then to the ends, then to a milestone by its number.
    t.key(Qt::Key_PageUp);
    t.expectBeat(3);
    t.key(Qt::Key_Left);
    t.expectBeat(2);
    t.key(Qt::Key_End);
    t.expectBeat(count - 1);
    t.key(Qt::Key_Right); // nothing after the last
    EXPECT_FALSE(t.p->replaying());
    t.key(Qt::Key_Home);
    t.expectBeat(0);
    t.key(Qt::Key_6);
    t.key(Qt::Key_Return);
    t.expectBeat(5);
    t.key(Qt::Key_9); // no milestone 9: nothing happens
    t.key(Qt::Key_Enter);
    t.expectBeat(5);
    // At "The Air Force answers" the wave is one group, drawn in the presentation too.
    EXPECT_EQ(t.milestone(5).title, QStringLiteral("The Air Force answers"));
    EXPECT_EQ(t.p->graphView()->graphScene()->crowds().size(), 1u);

    // B blanks the screen, B again brings it back.
    t.key(Qt::Key_B);
    EXPECT_TRUE(t.p->blanked());
    t.key(Qt::Key_B);
    EXPECT_FALSE(t.p->blanked());

    // The presenter view: this beat's notes, the next beat, a timer.
    t.key(Qt::Key_P);
    PresenterView *presenter = t.p->presenterView();
    ASSERT_NE(presenter, nullptr);
    EXPECT_EQ(presenter->notesText(), t.milestone(5).speakerNotes);
    EXPECT_TRUE(presenter->nowText().contains(t.milestone(5).title));
    EXPECT_TRUE(presenter->nextText().contains(t.milestone(6).title));
    EXPECT_TRUE(presenter->timerText().contains(QLatin1Char(':')));
    t.key(Qt::Key_Right);
    t.expectBeat(6);
    EXPECT_EQ(presenter->notesText(), t.milestone(6).speakerNotes);
    EXPECT_TRUE(presenter->nextText().contains(QStringLiteral("end")));

    // Esc leaves: the window shows the moment the presentation reached.
    QPointer<PresentationWindow> gone = t.p;
    t.key(Qt::Key_Escape);
    ASSERT_TRUE(QTest::qWaitFor([&] { return gone.isNull(); }, 2000));
    EXPECT_EQ(t.doc->cursor(), t.milestone(6).time);
    EXPECT_EQ(t.w.presentation(), nullptr);
}

TEST(Presentation, ANewCaseEndsItAndClosingMidReplayIsSafe)
{
    Presenting t;
    t.doc->setCursor(t.milestone(0).time - 1); // before the first: F5 starts at the first
    QTest::keyClick(&t.w, Qt::Key_F5);
    t.p = t.w.presentation();
    ASSERT_NE(t.p, nullptr);
    t.expectBeat(0);
    t.key(Qt::Key_Right);
    ASSERT_TRUE(t.p->replaying());
    // Closed mid-replay: no more cursor moves, nothing left behind.
    QPointer<PresentationWindow> gone = t.p;
    t.p->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return gone.isNull(); }, 2000));
    const TimeMs at = t.doc->cursor();
    QTest::qWait(200);
    EXPECT_EQ(t.doc->cursor(), at);

    // Again (from the menu), then a second case opened under it: the presentation ends.
    t.w.presentAction()->trigger();
    gone = t.w.presentation();
    ASSERT_FALSE(gone.isNull());
    cascade::testing::openAndWait(t.w, kHaiti);
    ASSERT_TRUE(QTest::qWaitFor([&] { return gone.isNull(); }, 2000));
    EXPECT_TRUE(t.w.document()->caseData().milestones.size() > 0);
}
