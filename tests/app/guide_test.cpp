// SPDX-License-Identifier: GPL-3.0-or-later
// docs/using.md, made executable: each promise of the guide is tried in a whole window
// on the bundled case, with the keys and menu entries the guide names, sent where the
// guide says they work ("graph, timeline", "window"), and the result read from the
// widgets. Promises tested at length elsewhere are named where they are:
//   F, Shift+F, +, -, Ctrl+0, Up/Down/Shift+arrows: GraphViewTest.KeysAndWheelZoomAndFit,
//     GraphViewTest.ShiftFZoomsOntoTheActorsShownEarlyInTheCase;
//   Ctrl+Shift+L and drag-to-pin: GraphViewTest.APinnedActorStaysWhereItWasDroppedWhenTheLayoutRunsAgain;
//   Shift+drag on the timeline: TimelineTest (zoom tests);
//   clicking an actor, a link, an event: Explorer, GraphViewTest.ClickingAnEdgeReportsItsActors;
//   a file with problems: MainWindow.ABadFileLeavesTheOpenCaseAsItWas;
//   big files in the background with Cancel: SecondCase tests;
//   the key table against the window's shortcuts: MainWindow.EveryKeyOfTheGuidesTableHasItsCommand.
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/export/exportdialog.h"
#include "app/graph/actoritem.h"
#include "app/graph/graphoverlay.h"
#include "app/graph/graphscene.h"
#include "app/graph/graphview.h"
#include "app/graph/layoutcontroller.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorspanel.h"
#include "app/inspector/eventspanel.h"
#include "app/importdialog.h"
#include "app/mainwindow.h"
#include "app/timeline/timelinepanel.h"
#include "app/timeline/timelinewidget.h"
#include "app/timeline/transport.h"
#include "app/timeline/transportbar.h"
#include "app/timeline/zoomstack.h"
#include "core/io/casefile.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using namespace cascade;

namespace {

class Guide : public ::testing::Test
{
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>();
        window->setInteractive(false);
        window->resize(1600, 1000);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        open(bundledCasePath());
    }

    void open(const QString &path)
    {
        window->openFile(path);
        waitForOpen();
    }
    void waitForOpen()
    {
        window->loader()->waitForFinished();
        for (int i = 0; i < 100 && window->loader()->isLoading(); ++i)
            QTest::qWait(10);
        QTest::qWait(20);
        ASSERT_FALSE(document().caseData().events.empty()) << window->lastError().toStdString();
        window->graphView()->layoutController()->waitForFinished();
        QTest::qWait(20);
    }
    // A copy of the bundled case in a temporary folder, to save over.
    QString copyOfTheCase(const QString &name = QStringLiteral("haiti.cascade.json"))
    {
        const QString path = dir.filePath(name);
        QFile::remove(path);
        EXPECT_TRUE(QFile::copy(bundledCasePath(), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    CaseDocument &document() { return *window->document(); }
    const Case &caseData() { return document().caseData(); }
    GraphView *graph() { return window->graphView(); }
    TimelineWidget *timeline() { return window->timelinePanel()->timeline(); }
    Transport *transport() { return window->timelinePanel()->transport(); }
    ActorId actor(const char *handle) { return caseData().actorByHandle(QLatin1String(handle)); }
    // The times of the milestones, in order.
    std::vector<TimeMs> milestoneTimes()
    {
        std::vector<TimeMs> times;
        for (const Milestone &m : caseData().milestones)
            times.push_back(m.time);
        std::sort(times.begin(), times.end());
        return times;
    }
    std::vector<TimeMs> eventTimes()
    {
        std::vector<TimeMs> times;
        for (const Event &e : caseData().events)
            times.push_back(e.time);
        std::sort(times.begin(), times.end());
        times.erase(std::unique(times.begin(), times.end()), times.end());
        return times;
    }
    // Sends a key to `target` as a user types it there (focus first).
    void type(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        if (!target->window()->isActiveWindow()) { // a dialog just closed
            target->window()->activateWindow();
            EXPECT_TRUE(QTest::qWaitForWindowActive(target->window()));
        }
        target->setFocus();
        QTest::keyClick(target, key, modifiers);
        QCoreApplication::processEvents();
    }
    // Drags an actor's dot by `delta` pixels with the mouse, as a user moves it; returns
    // its saved position afterwards.
    SavedLayout::Position drag(ActorId a, QPoint delta)
    {
        ActorItem *item = graph()->graphScene()->actorItem(a);
        const QPoint start = graph()->mapFromScene(item->scenePos() + item->markerCentre());
        QWidget *viewport = graph()->viewport();
        QTest::mousePress(viewport, Qt::LeftButton, {}, start);
        for (int step = 1; step <= 6; ++step)
            QTest::mouseMove(viewport, start + delta * step / 6);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, start + delta);
        return position(a);
    }
    SavedLayout::Position position(ActorId a)
    {
        const auto it = caseData().layouts.find(graph()->graphScene()->engine());
        if (it == caseData().layouts.end() || it->second.positions.size() <= static_cast<std::size_t>(a))
            return {};
        return it->second.positions[static_cast<std::size_t>(a)];
    }
    // The menu bar's menu titled `title` (without its & marks).
    QMenu *menu(const QString &title)
    {
        for (QAction *a : window->menuBar()->actions())
            if (a->menu() && a->text().remove(QLatin1Char('&')) == title)
                return a->menu();
        ADD_FAILURE() << "no menu " << title.toStdString();
        return nullptr;
    }
    QAction *entry(QMenu *m, const QString &text)
    {
        for (QAction *a : m->actions())
            if (a->text().remove(QLatin1Char('&')).startsWith(text))
                return a;
        ADD_FAILURE() << "no entry " << text.toStdString() << " in " << m->title().toStdString();
        return nullptr;
    }
    // Accepts the next file dialog with `path` (the dialogs of Open and Save As are
    // Qt's own under the offscreen platform, so a timer can answer them).
    void answerNextFileDialog(const QString &path)
    {
        auto *timer = new QTimer(window.get());
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, path] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                ADD_FAILURE() << "the file dialog asked: " << box->text().toStdString();
                box->reject();
                return;
            }
            auto *dialog = qobject_cast<QFileDialog *>(modal);
            if (!dialog)
                return;
            timer->deleteLater();
            // Typed into the name field, as a user does.
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            ASSERT_NE(name, nullptr);
            name->setText(path);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection); // the button a user presses
        });
        timer->start();
    }

    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;
};

} // namespace

// "Press Home to go to the first event, then Page Down to jump from milestone to
// milestone": on the graph and on the timeline, and every transport key of the table.
TEST_F(Guide, TheTransportKeysWorkOnTheGraphAndOnTheTimeline)
{
    const std::vector<TimeMs> events = eventTimes();
    const std::vector<TimeMs> milestones = milestoneTimes();
    ASSERT_GE(milestones.size(), 3u);
    for (QWidget *target : {static_cast<QWidget *>(graph()), static_cast<QWidget *>(timeline())}) {
        SCOPED_TRACE(target->metaObject()->className());
        type(target, Qt::Key_Home);
        EXPECT_EQ(document().cursor(), events.front());
        type(target, Qt::Key_Right);
        EXPECT_EQ(document().cursor(), events[1]);
        type(target, Qt::Key_Left);
        EXPECT_EQ(document().cursor(), events.front());
        type(target, Qt::Key_PageDown);
        const TimeMs first = document().cursor();
        EXPECT_EQ(first, *std::upper_bound(milestones.begin(), milestones.end(), events.front()));
        type(target, Qt::Key_PageDown);
        EXPECT_EQ(document().cursor(), *std::upper_bound(milestones.begin(), milestones.end(), first));
        type(target, Qt::Key_PageUp);
        EXPECT_EQ(document().cursor(), first);
        type(target, Qt::Key_End);
        EXPECT_EQ(document().cursor(), events.back());
        type(target, Qt::Key_Home);
        type(target, Qt::Key_Space);
        EXPECT_TRUE(transport()->isPlaying());
        ASSERT_TRUE(QTest::qWaitFor([&] { return document().cursor() > events.front(); }, 3000));
        type(target, Qt::Key_Space);
        EXPECT_FALSE(transport()->isPlaying());
    }
}

// "] and [ play faster and slower (from real time to one week per second)", shown in the
// transport bar's speed box.
TEST_F(Guide, BracketsChangeThePlaybackSpeedFromRealTimeToAWeekPerSecond)
{
    QComboBox *box = window->timelinePanel()->transportBar()->speedBox();
    for (QWidget *target : {static_cast<QWidget *>(graph()), static_cast<QWidget *>(timeline())}) {
        SCOPED_TRACE(target->metaObject()->className());
        transport()->setSpeedIndex(2);
        type(target, Qt::Key_BracketRight);
        EXPECT_EQ(transport()->speedIndex(), 3);
        EXPECT_EQ(box->currentIndex(), 3);
        type(target, Qt::Key_BracketLeft);
        type(target, Qt::Key_BracketLeft);
        EXPECT_EQ(transport()->speedIndex(), 1);
        EXPECT_EQ(box->currentText(), Transport::speeds().at(1).label);
    }
    // The ladder's ends are those the guide names.
    EXPECT_EQ(Transport::speeds().front().casePerSecond, 1000);
    EXPECT_EQ(Transport::speeds().back().casePerSecond, TimeMs{7} * 24 * 3600 * 1000);
    transport()->setSpeedIndex(0);
    type(graph(), Qt::Key_BracketLeft);
    EXPECT_EQ(transport()->speedIndex(), 0);
    transport()->setSpeedIndex(static_cast<int>(Transport::speeds().size()) - 1);
    type(graph(), Qt::Key_BracketRight);
    EXPECT_EQ(transport()->speedIndex(), Transport::speeds().size() - 1);
}

// "Alt+=, Alt+- zoom in and out, Alt+0 shows it all": window-wide, here typed in the
// actors list.
TEST_F(Guide, TimelineZoomKeysWorkFromAnywhereInTheWindow)
{
    QWidget *list = window->actorsPanel()->view();
    const TimeAxis full = timeline()->timeAxis();
    type(list, Qt::Key_Equal, Qt::AltModifier);
    EXPECT_EQ(timeline()->zoomStack()->depth(), 1);
    EXPECT_LT(timeline()->timeAxis().viewEnd - timeline()->timeAxis().viewStart, full.viewEnd - full.viewStart);
    type(list, Qt::Key_Equal, Qt::AltModifier);
    type(list, Qt::Key_Minus, Qt::AltModifier);
    EXPECT_EQ(timeline()->zoomStack()->depth(), 1);
    type(list, Qt::Key_0, Qt::AltModifier);
    EXPECT_FALSE(timeline()->zoomStack()->isZoomed());
    EXPECT_EQ(timeline()->timeAxis().viewStart, full.viewStart);
    EXPECT_EQ(timeline()->timeAxis().viewEnd, full.viewEnd);
}

// "I draws the actors still to come faintly, so the room sees where the message is
// going"; I again hides them.
TEST_F(Guide, IShowsTheActorsStillToComeAndHidesThemAgain)
{
    type(graph(), Qt::Key_Home);
    GraphScene *scene = graph()->graphScene();
    auto shown = [&] {
        int n = 0;
        for (std::size_t a = 0; a < caseData().actors.size(); ++a)
            n += scene->isActorShown(static_cast<ActorId>(a)) ? 1 : 0;
        return n;
    };
    const int early = shown();
    ASSERT_LT(early, static_cast<int>(caseData().actors.size()) / 2) << "few actors have acted at the first event";
    type(graph(), Qt::Key_I);
    EXPECT_TRUE(graph()->showInactiveAction()->isChecked());
    EXPECT_EQ(shown(), static_cast<int>(caseData().actors.size()));
    const ActorId airforce = actor("@usairforce");
    EXPECT_FALSE(scene->isActorActive(airforce));
    EXPECT_TRUE(scene->isActorShown(airforce)) << "drawn faintly";
    type(graph(), Qt::Key_I);
    EXPECT_EQ(shown(), early);
}

// "L shows or hides the legend".
TEST_F(Guide, LHidesAndShowsTheLegend)
{
    GraphOverlay *overlay = graph()->overlay();
    ASSERT_TRUE(overlay->legendVisible());
    EXPECT_FALSE(overlay->legendRect().isEmpty());
    type(graph(), Qt::Key_L);
    EXPECT_FALSE(overlay->legendVisible());
    type(graph(), Qt::Key_L);
    EXPECT_TRUE(overlay->legendVisible());
}

// "W removes the actor from the story ... Press W again to bring it back": on the graph,
// the inspector and the timeline.
TEST_F(Guide, WAsksWhatIfFromTheGraphTheInspectorAndTheTimeline)
{
    const ActorId follower = actor("@unknown_follower");
    document().setSelectedActor(follower);
    for (QWidget *target : {static_cast<QWidget *>(graph()), static_cast<QWidget *>(window->inspector()),
                            static_cast<QWidget *>(timeline())}) {
        SCOPED_TRACE(target->metaObject()->className());
        type(target, Qt::Key_W);
        EXPECT_EQ(document().whatIfActor(), follower);
        type(target, Qt::Key_W);
        EXPECT_EQ(document().whatIfActor(), kNoActor);
    }
    // And from the menu the guide names.
    QAction *whatIf = entry(menu(QStringLiteral("Analysis")), QStringLiteral("What If the Selected Actor Had Not Acted"));
    ASSERT_NE(whatIf, nullptr);
    whatIf->trigger();
    EXPECT_EQ(document().whatIfActor(), follower);
}

// "Ctrl+F searches the actors by handle or name"; "Ctrl+Shift+F filters the events".
TEST_F(Guide, CtrlFFindsAnActorAndCtrlShiftFFiltersTheEvents)
{
    type(graph(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *search = window->actorsPanel()->searchBox();
    ASSERT_TRUE(QTest::qWaitFor([&] { return search->hasFocus(); }));
    QTest::keyClicks(search, QStringLiteral("curry"));
    // By handle (@AnnCurry) and by name ("Ann Curry's follower").
    ASSERT_TRUE(QTest::qWaitFor([&] { return window->actorsPanel()->proxy()->rowCount() == 2; }))
        << "still " << window->actorsPanel()->proxy()->rowCount();
    std::set<ActorId> found{window->actorsPanel()->actorAtRow(0), window->actorsPanel()->actorAtRow(1)};
    EXPECT_EQ(found, (std::set<ActorId>{actor("@AnnCurry"), actor("@unknown_follower")}));

    type(window->actorsPanel()->view(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QLineEdit *filter = window->eventsPanel()->filterBox();
    ASSERT_TRUE(QTest::qWaitFor([&] { return filter->hasFocus(); }));
    QTest::keyClicks(filter, QStringLiteral("usairforce"));
    window->eventsPanel()->applyFilterNow();
    const int rows = window->eventsPanel()->view()->model()->rowCount();
    EXPECT_GT(rows, 0);
    EXPECT_LT(rows, static_cast<int>(caseData().events.size()));
}

// "Drag an actor to move it ... Ctrl+Z undoes the move"; Ctrl+Shift+Z redoes it.
TEST_F(Guide, CtrlZUndoesAMoveAndCtrlShiftZRedoesIt)
{
    const ActorId airforce = actor("@usairforce");
    const SavedLayout::Position before = position(airforce);
    EXPECT_FALSE(before.pinned);
    const SavedLayout::Position moved = drag(airforce, QPoint(60, 30));
    ASSERT_TRUE(moved.valid && moved.pinned);
    ASSERT_TRUE(document().isModified());
    type(window->actorsPanel()->view(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(position(airforce).pinned);
    EXPECT_NE(position(airforce).x, moved.x);
    EXPECT_FALSE(document().isModified());
    type(graph(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(position(airforce).pinned);
    EXPECT_EQ(position(airforce).x, moved.x);
    EXPECT_EQ(position(airforce).y, moved.y);
}

// "Ctrl+S saves, Ctrl+Shift+S saves under another name"; "Ctrl+O opens a case file";
// "File > Open Recent ... work too".
TEST_F(Guide, CtrlSSavesCtrlShiftSSavesAsCtrlOOpensAndOpenRecentReopens)
{
    const QString path = copyOfTheCase();
    open(path);
    const ActorId airforce = actor("@usairforce");
    const QString engine = graph()->graphScene()->engine();
    const SavedLayout::Position moved = drag(airforce, QPoint(70, -40));
    ASSERT_TRUE(document().isModified());
    EXPECT_TRUE(window->windowTitle().contains(QLatin1Char('*'))) << window->windowTitle().toStdString();

    type(graph(), Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(document().isModified());
    ReadResult saved = readCaseFile(path);
    ASSERT_TRUE(saved.ok());
    const SavedLayout::Position &p = saved.value->layouts.at(engine).positions.at(static_cast<std::size_t>(airforce));
    EXPECT_TRUE(p.pinned);
    EXPECT_NEAR(p.x, moved.x, 0.01);

    const QString other = dir.filePath(QStringLiteral("other.cascade.json"));
    answerNextFileDialog(other);
    type(graph(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(QFile::exists(other));
    EXPECT_EQ(document().filePath(), other);
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("other.cascade.json"))) << window->windowTitle().toStdString();

    // Ctrl+O on the bundled case, then File > Open Recent back to the copy saved as.
    answerNextFileDialog(copyOfTheCase(QStringLiteral("third.cascade.json")));
    type(graph(), Qt::Key_O, Qt::ControlModifier);
    waitForOpen();
    EXPECT_EQ(document().filePath(), dir.filePath(QStringLiteral("third.cascade.json")));
    QMenu *recent = nullptr;
    for (QAction *a : menu(QStringLiteral("File"))->actions())
        if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("Open Recent"))
            recent = a->menu();
    ASSERT_NE(recent, nullptr);
    // Most recent first. The entries are found by their folder too: other test programs
    // running at the same time share the settings and add their own files.
    auto entryOf = [&](const QString &file) -> qsizetype {
        const QString text = QFileInfo(file).fileName() + QStringLiteral("  (") + QFileInfo(file).absolutePath() + QLatin1Char(')');
        const QList<QAction *> actions = recent->actions();
        for (qsizetype i = 0; i < actions.size(); ++i)
            if (actions[i]->text() == text)
                return i;
        return -1;
    };
    const qsizetype thirdEntry = entryOf(dir.filePath(QStringLiteral("third.cascade.json")));
    const qsizetype otherEntry = entryOf(other);
    ASSERT_GE(thirdEntry, 0);
    ASSERT_GT(otherEntry, thirdEntry);
    recent->actions().at(otherEntry)->trigger();
    waitForOpen();
    EXPECT_EQ(document().filePath(), other);
    EXPECT_TRUE(position(airforce).pinned) << "the pin was saved with the case";
    EXPECT_NEAR(position(airforce).x, moved.x, 0.01);
}

// "dropping a file on the window" opens it.
TEST_F(Guide, DroppingACaseFileOnTheWindowOpensIt)
{
    const QString path = copyOfTheCase(QStringLiteral("dropped.cascade.json"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, {});
    QApplication::sendEvent(window.get(), &drop);
    waitForOpen();
    EXPECT_EQ(document().filePath(), path);

    // Collected data dropped on the window goes to the import dialog (docs/importing.md),
    // the open case staying as it is until the user imports.
    const QString collectedFile = QStringLiteral(CASCADE_SOURCE_DIR "/tests/data/import/twarc/stream.jsonl");
    QMimeData collected;
    collected.setUrls({QUrl::fromLocalFile(collectedFile)});
    QDragEnterEvent enterData(at, Qt::CopyAction, &collected, Qt::LeftButton, {});
    QApplication::sendEvent(window.get(), &enterData);
    EXPECT_TRUE(enterData.isAccepted());
    QDropEvent dropData(QPointF(at), Qt::CopyAction, &collected, Qt::LeftButton, {});
    QApplication::sendEvent(window.get(), &dropData);
    auto *dialog = window->findChild<ImportDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->inputs(), QStringList{collectedFile});
    EXPECT_EQ(document().filePath(), path);
    dialog->close();
}

// "Ctrl+E (File > Export Slides) opens the export dialog with a live preview".
TEST_F(Guide, CtrlEOpensTheExportDialog)
{
    type(graph(), Qt::Key_E, Qt::ControlModifier);
    ExportDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = window->findChild<ExportDialog *>()) != nullptr && dialog->isVisible(); }));
    dialog->close();
}

// "Ctrl+Q quits".
TEST_F(Guide, CtrlQClosesTheWindow)
{
    ASSERT_TRUE(window->isVisible());
    type(graph(), Qt::Key_Q, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isVisible(); }));
}

// "The Layout menu chooses how the graph is drawn: automatic, hierarchical, radial,
// spring, large graph, balloon or swimlanes": each entry draws the case anew, shown
// whole (the fit), whatever the zoom was before.
TEST_F(Guide, EveryLayoutOfTheMenuDrawsTheCaseWhole)
{
    QMenu *layout = menu(QStringLiteral("Layout"));
    ASSERT_NE(layout, nullptr);
    const QStringList entries = {QStringLiteral("Automatic"), QStringLiteral("Hierarchical"), QStringLiteral("Radial"),
                                 QStringLiteral("Spring"), QStringLiteral("Large graph"), QStringLiteral("Balloon"),
                                 QStringLiteral("Swimlanes")};
    for (const QString &name : entries) {
        SCOPED_TRACE(name.toStdString());
        QAction *a = entry(layout, name);
        ASSERT_NE(a, nullptr);
        type(graph(), Qt::Key_Plus);
        type(graph(), Qt::Key_Plus); // zoomed in: the new drawing must not keep this zoom
        a->trigger();
        graph()->layoutController()->waitForFinished();
        QTest::qWait(30);
        EXPECT_TRUE(a->isChecked());
        const qreal zoom = graph()->zoom();
        graph()->fitToContent();
        EXPECT_NEAR(graph()->zoom(), zoom, zoom * 1e-3) << "the drawing is shown fitted";
        const QRectF visible = graph()->mapToScene(graph()->viewport()->rect()).boundingRect();
        const QRectF drawn = graph()->graphScene()->itemsBoundingRect();
        EXPECT_TRUE(visible.adjusted(-2, -2, 2, 2).contains(drawn.adjusted(2, 2, -2, -2)));
    }
}

// "sized by a measure (View > Node Size)" and "the credit rule of Analysis > Credit
// Rule": each entry is a real choice the window follows.
TEST_F(Guide, NodeSizeAndCreditRuleMenusChangeWhatIsShown)
{
    QMenu *view = menu(QStringLiteral("View"));
    QMenu *size = nullptr;
    for (QAction *a : view->actions())
        if (a->menu() && a->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Node Size")))
            size = a->menu();
    ASSERT_NE(size, nullptr);
    ASSERT_GE(size->actions().size(), 3);
    for (QAction *a : size->actions()) {
        a->trigger();
        EXPECT_TRUE(a->isChecked());
        EXPECT_TRUE(graph()->graphScene()->legendModel().sizeText.contains(a->text().remove(QLatin1Char('&')), Qt::CaseInsensitive))
            << graph()->graphScene()->legendModel().sizeText.toStdString() << " for " << a->text().toStdString();
    }
    QMenu *analysis = menu(QStringLiteral("Analysis"));
    QMenu *credit = nullptr;
    for (QAction *a : analysis->actions())
        if (a->menu() && a->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Credit Rule")))
            credit = a->menu();
    ASSERT_NE(credit, nullptr);
    EXPECT_EQ(credit->actions().size(), 3) << "the most recent exposure, the first one, the root of the thread";
    for (QAction *a : credit->actions()) {
        a->trigger();
        EXPECT_TRUE(a->isChecked());
        EXPECT_EQ(window->inspector()->creditRule(), static_cast<CreditRule>(a->data().toInt())) << a->text().toStdString();
    }
}
