// SPDX-License-Identifier: GPL-3.0-or-later
// The case editors in the window (app/editors): each kind of edit made through its
// dialog with real typing and clicks, undone and redone; bad values refused inline with
// nothing changed; a case built from nothing, saved, reopened and compared equal.
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/editors/actordialog.h"
#include "app/editors/caseeditor.h"
#include "app/editors/classifydialog.h"
#include "app/editors/editorwidgets.h"
#include "app/editors/eventdialog.h"
#include "app/editors/rolesdialog.h"
#include "app/editors/storydialogs.h"
#include "app/graph/graphview.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorpage.h"
#include "app/inspector/actorspanel.h"
#include "app/inspector/eventspanel.h"
#include "app/mainwindow.h"
#include "core/io/casefile.h"
#include "tests/app/windowtestutil.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <set>

using namespace cascade;

namespace {

const QString kHaiti = QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json");

using cascade::testing::openAndWait;

// Replaces a line edit's text as a person does: select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

QPushButton *okOf(QDialogButtonBox *buttons)
{
    return buttons->button(QDialogButtonBox::Ok);
}

template<typename Dialog>
Dialog *openDialog(MainWindow &w)
{
    auto *dialog = qobject_cast<Dialog *>(w.caseEditor()->currentDialog());
    EXPECT_NE(dialog, nullptr);
    if (dialog) {
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog));
    }
    return dialog;
}

ActorId actorOf(const CaseDocument &d, const char *typed)
{
    return d.caseData().findActor(QLatin1String(typed));
}

struct Window {
    MainWindow w;
    CaseDocument *doc = nullptr;
    QStringList questions;
    int answer = 0;

    explicit Window(const QString &path = kHaiti)
    {
        w.setInteractive(false);
        w.resize(1400, 900);
        w.show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&w));
        if (!path.isEmpty())
            openAndWait(w, path);
        doc = w.document();
        w.caseEditor()->setAsk([this](const QString &question, const QStringList &) {
            questions << question;
            return answer;
        });
    }
};

} // namespace

TEST(Editors, EditActorRefusesBadValuesInlineThenAppliesUndoRedo)
{
    Window t;
    const Case original = t.doc->caseData();
    const ActorId curry = actorOf(*t.doc, "anncurry");
    t.doc->setSelectedActor(curry);
    // F2 on the graph opens the selected actor's editor.
    t.w.graphView()->setFocus();
    QTest::keyClick(t.w.graphView(), Qt::Key_F2);
    auto *dialog = openDialog<ActorDialog>(t.w);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->handleEdit()->text(), QStringLiteral("@AnnCurry"));
    EXPECT_TRUE(okOf(dialog->buttons())->isEnabled());

    retype(dialog->handleEdit(), QString());
    EXPECT_FALSE(okOf(dialog->buttons())->isEnabled());
    EXPECT_TRUE(dialog->messageLabel()->isVisible());
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("empty")));
    retype(dialog->handleEdit(), QStringLiteral("msf_usa"));
    EXPECT_EQ(dialog->messageLabel()->text(), QStringLiteral("Another actor, @MSF_USA, already has this handle."));
    EXPECT_FALSE(okOf(dialog->buttons())->isEnabled());
    retype(dialog->handleEdit(), QStringLiteral("@AnnCurryNBC"));
    retype(dialog->followersEdit(), QStringLiteral("a million"));
    EXPECT_FALSE(okOf(dialog->buttons())->isEnabled());
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("whole number")));
    // Refused values change nothing.
    EXPECT_EQ(t.doc->caseData(), original);
    retype(dialog->followersEdit(), QStringLiteral("1200000"));
    EXPECT_TRUE(okOf(dialog->buttons())->isEnabled());
    EXPECT_FALSE(dialog->messageLabel()->isVisible());
    QTest::mouseClick(okOf(dialog->buttons()), Qt::LeftButton);

    ASSERT_EQ(t.doc->undoStack()->count(), 1);
    const Actor &edited = t.doc->caseData().actors[static_cast<std::size_t>(curry)];
    EXPECT_EQ(edited.handle, QStringLiteral("@AnnCurryNBC"));
    EXPECT_EQ(edited.followers, 1200000);
    EXPECT_EQ(t.doc->selectedActor(), curry);
    EXPECT_EQ(t.doc->caseData().findActor(QStringLiteral("annCurryNBC")), curry);
    EXPECT_TRUE(t.w.isWindowModified());

    t.doc->undoStack()->undo();
    EXPECT_EQ(t.doc->caseData(), original);
    EXPECT_EQ(t.doc->caseData().findActor(QStringLiteral("anncurry")), curry);
    EXPECT_FALSE(t.w.isWindowModified());
    // Ctrl+Y redoes.
    t.w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&t.w));
    QTest::keyClick(&t.w, Qt::Key_Y, Qt::ControlModifier);
    EXPECT_EQ(t.doc->caseData().actors[static_cast<std::size_t>(curry)].handle, QStringLiteral("@AnnCurryNBC"));
}

TEST(Editors, DeleteAnActorSaysWhatGoesAndUndoGivesItAllBack)
{
    Window t;
    const Case original = t.doc->caseData();
    const ActorId curry = actorOf(*t.doc, "anncurry");
    t.doc->setSelectedActor(curry);
    // Delete on the actors table, where her row is selected.
    QTableView *table = t.w.actorsPanel()->view();
    table->setFocus();
    t.answer = -1; // Cancel first: nothing happens
    QTest::keyClick(table, Qt::Key_Delete);
    ASSERT_EQ(t.questions.size(), 1);
    EXPECT_TRUE(t.questions[0].startsWith(QLatin1String("Delete @AnnCurry? "))) << t.questions[0].toStdString();
    EXPECT_TRUE(t.questions[0].contains(QLatin1String("event"))) << t.questions[0].toStdString();
    EXPECT_EQ(t.doc->caseData(), original);
    EXPECT_EQ(t.doc->undoStack()->count(), 0);

    t.answer = 0;
    QTest::keyClick(table, Qt::Key_Delete);
    ASSERT_EQ(t.doc->undoStack()->count(), 1);
    EXPECT_EQ(t.doc->caseData().actors.size(), original.actors.size() - 1);
    EXPECT_LT(t.doc->caseData().events.size(), original.events.size());
    EXPECT_EQ(t.doc->caseData().findActor(QStringLiteral("anncurry")), kNoActor);
    EXPECT_EQ(t.doc->caseData().checkInvariants(), QString());
    EXPECT_EQ(t.doc->selectedActor(), kNoActor);

    QTest::keyClick(&t.w, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(t.doc->caseData(), original);
    EXPECT_EQ(t.doc->selectedActor(), curry) << "the selection comes back with her";
}

TEST(Editors, SeveralRowsGetOneRoleInOneStepAndTwoMerge)
{
    Window t;
    const Case original = t.doc->caseData();
    ActorsPanel *panel = t.w.actorsPanel();
    QTableView *table = panel->view();
    // Ctrl+click three rows.
    for (int row : {0, 1, 2}) {
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, row == 0 ? Qt::NoModifier : Qt::ControlModifier, rect.center());
    }
    const std::vector<ActorId> chosen = panel->selectedActors();
    ASSERT_EQ(chosen.size(), 3u);
    const RoleId donor = t.doc->caseData().roleById(QStringLiteral("donor"));
    QAction *setDonor = nullptr;
    for (QAction *a : t.w.caseEditor()->roleMenu()->actions())
        if (a->data().toInt() == donor && !a->isSeparator())
            setDonor = a;
    ASSERT_NE(setDonor, nullptr);
    setDonor->trigger();
    ASSERT_EQ(t.doc->undoStack()->count(), 1);
    for (ActorId a : chosen)
        EXPECT_EQ(t.doc->caseData().actors[static_cast<std::size_t>(a)].role, donor);
    t.doc->undoStack()->undo();
    EXPECT_EQ(t.doc->caseData(), original);

    // Two rows: merge keeps the first one's fields and all the events.
    table->clearSelection();
    for (int row : {0, 1}) {
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, row == 0 ? Qt::NoModifier : Qt::ControlModifier, rect.center());
    }
    const std::vector<ActorId> pair = panel->selectedActors();
    ASSERT_EQ(pair.size(), 2u);
    ASSERT_TRUE(t.w.caseEditor()->mergeActorsAction()->isEnabled());
    const QString kept = original.actors[static_cast<std::size_t>(pair[0])].handle;
    const QString dropped = original.actors[static_cast<std::size_t>(pair[1])].handle;
    t.answer = 0;
    t.w.caseEditor()->mergeActorsAction()->trigger();
    ASSERT_EQ(t.doc->undoStack()->count(), 1);
    EXPECT_TRUE(t.questions.back().contains(kept));
    const Case &merged = t.doc->caseData();
    EXPECT_EQ(merged.actors.size(), original.actors.size() - 1);
    EXPECT_EQ(merged.events.size(), original.events.size());
    EXPECT_NE(merged.actorByHandle(kept), kNoActor);
    EXPECT_EQ(merged.actorByHandle(dropped), kNoActor);
    EXPECT_EQ(t.doc->selectedActor(), merged.actorByHandle(kept));
    t.doc->undoStack()->undo();
    EXPECT_EQ(t.doc->caseData(), original);
}

TEST(Editors, AnOfflineContactChangesThePathFromTheOrigin)
{
    Window t;
    const Case original = t.doc->caseData();
    ASSERT_NE(original.origin, kNoActor);
    ASSERT_FALSE(original.targets.empty());
    const ActorId origin = original.origin;
    const ActorId target = original.targets.front();
    ActorInspector *inspector = t.w.inspector();
    t.doc->setSelectedActor(target);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inspector->isUpdating(); }, 20000));
    const QString pathBefore = inspector->actorPage()->pathText();
    ASSERT_FALSE(pathBefore.isEmpty());
    const TimeMs arrivalBefore = t.doc->analysis().originReach().arrival[static_cast<std::size_t>(target)];
    const TimeMs start = t.doc->analysis().originReach().start;
    ASSERT_LT(start + 60'000, arrivalBefore);

    // Right-click on the origin in the graph: "Add Offline Contact from Here...".
    QMenu menu;
    t.w.caseEditor()->fillActorMenu(&menu, origin);
    QAction *offline = nullptr;
    for (QAction *a : menu.actions())
        if (a->text().startsWith(QLatin1String("Add Offline Contact")))
            offline = a;
    ASSERT_NE(offline, nullptr);
    t.doc->setCursor(start + 60'000);
    offline->trigger();
    auto *dialog = openDialog<EventDialog>(t.w);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->authorEdit()->text(), original.actors[static_cast<std::size_t>(origin)].handle);
    EXPECT_FALSE(okOf(dialog->buttons())->isEnabled()) << "a contact must reach someone";
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("reach")));
    retype(dialog->reachedEdit(), QStringLiteral("nobody_of_this_case"));
    EXPECT_EQ(dialog->messageLabel()->text(), QStringLiteral("No actor \"nobody_of_this_case\" in the case."));
    // Typed as a person types it: no '@', any case.
    retype(dialog->reachedEdit(), original.actors[static_cast<std::size_t>(target)].handle.mid(1).toUpper());
    dialog->channelBox()->setCurrentText(QStringLiteral("phone"));
    EXPECT_TRUE(okOf(dialog->buttons())->isEnabled()) << dialog->messageLabel()->text().toStdString();
    QTest::mouseClick(okOf(dialog->buttons()), Qt::LeftButton);

    ASSERT_EQ(t.doc->undoStack()->count(), 1);
    EXPECT_EQ(t.doc->caseData().events.size(), original.events.size() + 1);
    const EventId added = t.doc->selectedEvent();
    ASSERT_NE(added, kNoEvent);
    EXPECT_EQ(t.doc->caseData().events[static_cast<std::size_t>(added)].kind, EventKind::Offline);
    EXPECT_EQ(t.doc->analysis().originReach().arrival[static_cast<std::size_t>(target)], start + 60'000);
    t.doc->setSelectedActor(target);
    t.doc->setCursor(original.endTime()); // the path as of the end of the case, as before
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inspector->isUpdating(); }, 20000));
    EXPECT_NE(inspector->actorPage()->pathText(), pathBefore);

    t.doc->undoStack()->undo();
    EXPECT_EQ(t.doc->caseData(), original);
    EXPECT_EQ(t.doc->analysis().originReach().arrival[static_cast<std::size_t>(target)], arrivalBefore);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inspector->isUpdating(); }, 20000));
    EXPECT_EQ(inspector->actorPage()->pathText(), pathBefore);
}

TEST(Editors, EnterOnAnEventRowEditsItAndDeletingOneWithRelaysAsks)
{
    Window t;
    const Case original = t.doc->caseData();
    // The first event with relays of it.
    EventId relayed = kNoEvent;
    for (const Event &e : original.events)
        if (e.parent != kNoEvent) {
            relayed = e.parent;
            break;
        }
    ASSERT_NE(relayed, kNoEvent);
    t.doc->setSelectedEvent(relayed);
    QTableView *table = t.w.eventsPanel()->view();
    table->setFocus();
    ASSERT_TRUE(table->currentIndex().isValid());
    QTest::keyClick(table, Qt::Key_Return);
    auto *dialog = openDialog<EventDialog>(t.w);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Edit event %1").arg(original.events[static_cast<std::size_t>(relayed)].key));
    // Moving it after its first relay is refused inline.
    const QDateTime shown = dialog->timeEdit()->dateTime();
    dialog->timeEdit()->setDateTime(shown.addDays(1));
    EXPECT_FALSE(okOf(dialog->buttons())->isEnabled());
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("relays this one"))) << dialog->messageLabel()->text().toStdString();
    dialog->timeEdit()->setDateTime(shown);
    QTest::keyClick(dialog->textEdit(), Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(dialog->textEdit(), QStringLiteral(" [checked]"));
    ASSERT_TRUE(okOf(dialog->buttons())->isEnabled()) << dialog->messageLabel()->text().toStdString();
    QTest::mouseClick(okOf(dialog->buttons()), Qt::LeftButton);
    ASSERT_EQ(t.doc->undoStack()->count(), 1);
    EXPECT_TRUE(t.doc->caseData().events[static_cast<std::size_t>(relayed)].text.endsWith(QLatin1String(" [checked]")));
    EXPECT_EQ(t.doc->selectedEvent(), relayed);

    t.answer = 0;
    t.w.caseEditor()->deleteEventAction()->trigger();
    ASSERT_EQ(t.questions.size(), 1);
    EXPECT_TRUE(t.questions[0].contains(QStringLiteral("go with it"))) << t.questions[0].toStdString();
    ASSERT_EQ(t.doc->undoStack()->count(), 2);
    EXPECT_LT(t.doc->caseData().events.size(), original.events.size() - 1);
    EXPECT_EQ(t.doc->caseData().checkInvariants(), QString());
    t.doc->undoStack()->undo();
    t.doc->undoStack()->undo();
    EXPECT_EQ(t.doc->caseData(), original);
}

TEST(Editors, MilestonesNotesAndPropertiesWithUndo)
{
    Window t;
    const Case original = t.doc->caseData();
    const TimeMs at = original.events[10].time;
    t.doc->setCursor(at);
    QTest::keyClick(&t.w, Qt::Key_M, Qt::ControlModifier);
    auto *milestone = openDialog<MilestoneDialog>(t.w);
    ASSERT_NE(milestone, nullptr);
    EXPECT_FALSE(okOf(milestone->buttons())->isEnabled()) << "a milestone needs a title";
    EXPECT_EQ(timeOf(milestone->timeEdit()), at / 1000 * 1000);
    QTest::keyClicks(milestone->titleEdit(), QStringLiteral("A follower's tip"));
    QTest::keyClicks(milestone->notesEdit(), QStringLiteral("Ask who in the room follows a journalist."));
    QTest::mouseClick(okOf(milestone->buttons()), Qt::LeftButton);
    ASSERT_EQ(t.doc->caseData().milestones.size(), original.milestones.size() + 1);
    EXPECT_EQ(t.doc->caseData().checkInvariants(), QString()) << "milestones stay in time order";
    EXPECT_EQ(t.doc->cursor(), at);
    const int index = t.w.caseEditor()->currentMilestone();
    EXPECT_EQ(t.doc->caseData().milestones[static_cast<std::size_t>(index)].title, QStringLiteral("A follower's tip"));
    EXPECT_EQ(t.doc->caseData().milestones[static_cast<std::size_t>(index)].speakerNotes,
              QStringLiteral("Ask who in the room follows a journalist."));

    // Delete it again, then undo twice: as opened.
    t.w.caseEditor()->deleteMilestoneAction()->trigger();
    EXPECT_EQ(t.doc->caseData().milestones.size(), original.milestones.size());
    t.doc->undoStack()->undo();
    EXPECT_EQ(t.doc->caseData().milestones.size(), original.milestones.size() + 1);
    t.doc->undoStack()->undo();
    EXPECT_EQ(t.doc->caseData(), original);

    // A note cannot be pinned to an actor the case does not have.
    t.w.caseEditor()->addNote(kNoActor);
    auto *note = openDialog<NoteDialog>(t.w);
    ASSERT_NE(note, nullptr);
    QTest::keyClicks(note->actorEdit(), QStringLiteral("@deleted_account"));
    QTest::keyClicks(note->textEdit(), QStringLiteral("Called the press office first"));
    EXPECT_FALSE(okOf(note->buttons())->isEnabled());
    EXPECT_TRUE(note->messageLabel()->text().contains(QStringLiteral("@deleted_account")));
    retype(note->actorEdit(), QStringLiteral("msf_usa"));
    EXPECT_TRUE(okOf(note->buttons())->isEnabled());
    QTest::mouseClick(okOf(note->buttons()), Qt::LeftButton);
    ASSERT_EQ(t.doc->caseData().notes.size(), original.notes.size() + 1);
    EXPECT_EQ(t.doc->caseData().notes.back().actor, actorOf(*t.doc, "@MSF_USA"));
    t.doc->undoStack()->undo();

    // The zone is chosen, not typed freely.
    t.w.caseEditor()->propertiesAction()->trigger();
    auto *properties = openDialog<CasePropertiesDialog>(t.w);
    ASSERT_NE(properties, nullptr);
    properties->zoneBox()->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
    EXPECT_FALSE(okOf(properties->buttons())->isEnabled());
    EXPECT_TRUE(properties->messageLabel()->text().contains(QStringLiteral("Mars/Olympus_Mons")));
    properties->zoneBox()->setCurrentText(QStringLiteral("america/new_york"));
    EXPECT_TRUE(okOf(properties->buttons())->isEnabled());
    QTest::mouseClick(okOf(properties->buttons()), Qt::LeftButton);
    EXPECT_EQ(t.doc->caseData().displayZone, QStringLiteral("America/New_York"));
    EXPECT_EQ(t.doc->displayZone().id(), QByteArray("America/New_York"));
    t.doc->undoStack()->undo();
    EXPECT_EQ(t.doc->caseData(), original);
    EXPECT_EQ(t.doc->displayZone().id(), original.displayZone.toUtf8());
}

TEST(Editors, AnEditorOpenWhenAnotherCaseOpensClosesUnapplied)
{
    Window t;
    t.doc->setSelectedActor(actorOf(*t.doc, "anncurry"));
    t.w.caseEditor()->editActorAction()->trigger();
    QPointer<QDialog> dialog = t.w.caseEditor()->currentDialog();
    ASSERT_TRUE(dialog);
    openAndWait(t.w, QStringLiteral(CASCADE_SOURCE_DIR "/docs/examples/minimal.cascade.json"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000));
    EXPECT_EQ(t.doc->undoStack()->count(), 0);
}

TEST(Editors, ACaseBuiltFromNothingSavesAndReopensEqual)
{
    QTemporaryDir dir;
    Window t{QString()};
    t.w.newCase();
    EXPECT_TRUE(t.doc->caseData().actors.empty());
    CaseEditor *editor = t.w.caseEditor();
    auto addActor = [&](const QString &handle, const char *role) {
        editor->addActorAction()->trigger();
        auto *dialog = openDialog<ActorDialog>(t.w);
        ASSERT_NE(dialog, nullptr);
        QTest::keyClicks(dialog->handleEdit(), handle);
        dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(t.doc->caseData().roleById(QLatin1String(role))));
        QTest::mouseClick(okOf(dialog->buttons()), Qt::LeftButton);
    };
    addActor(QStringLiteral("@ngo_press"), "ngo");
    addActor(QStringLiteral("@anchor"), "journalist");
    addActor(QStringLiteral("@ministry"), "government");
    ASSERT_EQ(t.doc->caseData().actors.size(), 3u);

    // A post by the NGO, a reply by the anchor, the NGO's phone call to the ministry.
    t.doc->setSelectedActor(0);
    editor->addEventAction()->trigger();
    auto *post = openDialog<EventDialog>(t.w);
    ASSERT_NE(post, nullptr);
    post->timeEdit()->setDateTime(QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC));
    QTest::keyClicks(post->textEdit(), QStringLiteral("Our convoy is blocked at the border."));
    QTest::mouseClick(okOf(post->buttons()), Qt::LeftButton);
    ASSERT_EQ(t.doc->caseData().events.size(), 1u);
    const EventId postId = t.doc->selectedEvent();
    ASSERT_EQ(postId, 0);

    editor->addEvent(static_cast<int>(EventKind::Reply), 1);
    auto *reply = openDialog<EventDialog>(t.w);
    ASSERT_NE(reply, nullptr);
    EXPECT_EQ(reply->parentEdit()->text(), QStringLiteral("e1")) << "a relay answers the selected event";
    reply->timeEdit()->setDateTime(QDateTime(QDate(2024, 3, 2), QTime(8, 0), Qt::UTC));
    EXPECT_FALSE(okOf(reply->buttons())->isEnabled()) << "a reply before its post";
    reply->timeEdit()->setDateTime(QDateTime(QDate(2024, 3, 2), QTime(9, 20), Qt::UTC));
    QTest::keyClicks(reply->textEdit(), QStringLiteral("@ministry, can you confirm?"));
    EXPECT_TRUE(okOf(reply->buttons())->isEnabled()) << reply->messageLabel()->text().toStdString();
    QTest::mouseClick(okOf(reply->buttons()), Qt::LeftButton);

    editor->addEvent(static_cast<int>(EventKind::Offline), 0);
    auto *call = openDialog<EventDialog>(t.w);
    ASSERT_NE(call, nullptr);
    call->timeEdit()->setDateTime(QDateTime(QDate(2024, 3, 2), QTime(9, 40), Qt::UTC));
    QTest::keyClicks(call->reachedEdit(), QStringLiteral("ministry"));
    QTest::mouseClick(okOf(call->buttons()), Qt::LeftButton);
    ASSERT_EQ(t.doc->caseData().events.size(), 3u);

    for (const auto &[minute, title] : {std::pair{0, "The post"}, std::pair{40, "The call"}}) {
        t.doc->setCursor(fromDateTime(QDateTime(QDate(2024, 3, 2), QTime(9, minute), Qt::UTC)));
        editor->addMilestoneAction()->trigger();
        auto *m = openDialog<MilestoneDialog>(t.w);
        ASSERT_NE(m, nullptr);
        QTest::keyClicks(m->titleEdit(), QLatin1String(title));
        QTest::mouseClick(okOf(m->buttons()), Qt::LeftButton);
    }
    editor->addNote(2);
    auto *note = openDialog<NoteDialog>(t.w);
    ASSERT_NE(note, nullptr);
    QTest::keyClicks(note->textEdit(), QStringLiteral("The duty officer took the call."));
    QTest::mouseClick(okOf(note->buttons()), Qt::LeftButton);
    editor->setOrigin(0);
    editor->toggleTarget(2);

    const Case &built = t.doc->caseData();
    EXPECT_EQ(built.checkInvariants(), QString());
    EXPECT_EQ(built.milestones.size(), 2u);
    EXPECT_EQ(built.notes.size(), 1u);
    EXPECT_TRUE(t.doc->analysis().originReach().reached(2)) << "the call reached the ministry";

    const QString path = dir.filePath(QStringLiteral("built.cascade.json"));
    QString error;
    ASSERT_TRUE(t.doc->saveTo(path, &error)) << error.toStdString();
    EXPECT_FALSE(t.w.isWindowModified());
    const ReadResult reread = readCaseFile(path);
    ASSERT_TRUE(reread.ok()) << reread.errorText().toStdString();
    EXPECT_EQ(*reread.value, built);
}

TEST(Editors, TheRolesPaletteRenamesRecoloursReordersAndDeletesWithUndo)
{
    Window t;
    const Case original = t.doc->caseData();
    const RoleId military = original.roleById(QStringLiteral("military"));
    const RoleId government = original.roleById(QStringLiteral("government"));
    const ActorId airForce = actorOf(*t.doc, "usairforce");
    ASSERT_EQ(original.actors[static_cast<std::size_t>(airForce)].role, military);
    t.w.caseEditor()->rolesAction()->trigger();
    auto *dialog = openDialog<RolesDialog>(t.w);
    ASSERT_NE(dialog, nullptr);
    QTableWidget *table = dialog->table();
    ASSERT_EQ(table->rowCount(), static_cast<int>(original.roles.size()));
    auto rowOf = [&](const QString &id) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 2)->text() == id)
                return r;
        return -1;
    };
    // Rename journalists, and a clash is said inline.
    const int journalist = rowOf(QStringLiteral("journalist"));
    table->item(journalist, 1)->setText(table->item(rowOf(QStringLiteral("ngo")), 1)->text());
    EXPECT_FALSE(okOf(dialog->buttons())->isEnabled());
    EXPECT_TRUE(dialog->messageLabel()->text().startsWith(QLatin1String("Two roles are named"))) << dialog->messageLabel()->text().toStdString();
    table->item(journalist, 1)->setText(QStringLiteral("Reporter"));
    EXPECT_TRUE(okOf(dialog->buttons())->isEnabled());
    dialog->setRowColor(journalist, QColor(0x12, 0x34, 0x56));
    // Journalists first, a new role, military deleted: its actors go to government.
    table->setCurrentCell(journalist, 1);
    for (int i = journalist; i > 0; --i)
        QTest::mouseClick(dialog->upButton(), Qt::LeftButton);
    EXPECT_EQ(table->item(0, 2)->text(), QStringLiteral("journalist"));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    const int added = table->rowCount() - 1;
    table->item(added, 1)->setText(QStringLiteral("Humanitarian cluster"));
    t.answer = -1;
    t.questions.clear();
    // Asked with every other role and "No role": answer Government.
    QStringList offered;
    t.w.caseEditor()->setAsk([&](const QString &question, const QStringList &choices) {
        t.questions << question;
        offered = choices;
        return static_cast<int>(choices.indexOf(original.roles[static_cast<std::size_t>(government)].label));
    });
    table->setCurrentCell(rowOf(QStringLiteral("military")), 1);
    QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
    ASSERT_EQ(t.questions.size(), 1);
    EXPECT_TRUE(t.questions[0].contains(QLatin1String("Which role do they take?"))) << t.questions[0].toStdString();
    EXPECT_EQ(offered.back(), QStringLiteral("No role"));
    EXPECT_EQ(rowOf(QStringLiteral("military")), -1);
    QTest::mouseClick(okOf(dialog->buttons()), Qt::LeftButton);

    ASSERT_EQ(t.doc->undoStack()->count(), 1);
    const Case &c = t.doc->caseData();
    EXPECT_EQ(c.checkInvariants(), QString());
    EXPECT_EQ(c.roles.front().id, QStringLiteral("journalist"));
    EXPECT_EQ(c.roles.front().label, QStringLiteral("Reporter"));
    EXPECT_EQ(c.roles.front().rgb, 0x123456u);
    EXPECT_EQ(c.roles.back().label, QStringLiteral("Humanitarian cluster"));
    EXPECT_EQ(c.roleById(QStringLiteral("military")), kNoRole);
    EXPECT_EQ(c.actors[static_cast<std::size_t>(airForce)].role, c.roleById(QStringLiteral("government")));
    const ActorId curry = actorOf(*t.doc, "anncurry");
    EXPECT_EQ(c.actors[static_cast<std::size_t>(curry)].role, 0) << "her role followed the move";
    t.doc->undoStack()->undo();
    EXPECT_EQ(t.doc->caseData(), original);
}

TEST(Editors, ClassifyByRulesPreviewsAppliesSavesTheRulesAndUndoes)
{
    Window t;
    const Case original = t.doc->caseData();
    t.w.caseEditor()->classifyAction()->trigger();
    auto *dialog = openDialog<ClassifyDialog>(t.w);
    ASSERT_NE(dialog, nullptr);
    QTableWidget *rules = dialog->rulesTable();
    ASSERT_EQ(rules->rowCount(), 1) << "an empty first rule to fill in";
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_TRUE(dialog->messageLabel()->text().contains(QStringLiteral("no condition"))) << dialog->messageLabel()->text().toStdString();
    // Synthetic followers (@follower_...) become "public", and the reclassification box
    // decides for those that have a role.
    rules->item(0, ClassifyDialog::HandleColumn)->setText(QStringLiteral("*follower*"));
    auto *role = qobject_cast<QComboBox *>(rules->cellWidget(0, ClassifyDialog::RoleColumn));
    ASSERT_NE(role, nullptr);
    role->setCurrentIndex(role->findData(original.roleById(QStringLiteral("donor"))));
    rules->item(0, ClassifyDialog::MinColumn)->setText(QStringLiteral("many"));
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_TRUE(dialog->messageLabel()->text().startsWith(QLatin1String("Rule 1: a follower count"))) << dialog->messageLabel()->text().toStdString();
    rules->item(0, ClassifyDialog::MinColumn)->setText(QString());
    dialog->reclassifyBox()->setChecked(true);
    ASSERT_TRUE(dialog->applyButton()->isEnabled()) << dialog->messageLabel()->text().toStdString();
    const std::size_t changing = dialog->changes().size();
    ASSERT_GT(changing, 0u);
    EXPECT_EQ(dialog->previewTable()->rowCount(), static_cast<int>(changing));
    for (const ActorClassification &change : dialog->changes())
        EXPECT_TRUE(handleMatchKey(original.actors[static_cast<std::size_t>(change.actor)].handle).contains(QLatin1String("follower")));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);

    ASSERT_EQ(t.doc->undoStack()->count(), 1);
    const Case &c = t.doc->caseData();
    ASSERT_EQ(c.rules.size(), 1u);
    EXPECT_EQ(c.rules[0].handle, QStringLiteral("*follower*"));
    EXPECT_EQ(c.rules[0].role, QStringLiteral("donor"));
    std::size_t donors = 0;
    for (const Actor &a : c.actors)
        donors += a.role == c.roleById(QStringLiteral("donor"));
    EXPECT_GE(donors, changing);
    t.doc->undoStack()->undo();
    EXPECT_EQ(t.doc->caseData(), original);

    // The rules open again as saved (redo), ready for the next import.
    t.doc->undoStack()->redo();
    t.w.caseEditor()->classifyAction()->trigger();
    dialog = openDialog<ClassifyDialog>(t.w);
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->rulesTable()->item(0, ClassifyDialog::HandleColumn)->text(), QStringLiteral("*follower*"));
    EXPECT_TRUE(dialog->changes().empty()) << "everyone is classified already";
}

TEST(Editors, TheVerifiedColumnClassifiesByWhatThePlatformSaid)
{
    // Three accounts with what an import read of their verification: "blue", "none"
    // and nothing. A rule on the Verified column takes only those it names; "*" takes
    // any verification, but neither "none" nor an unknown one.
    Window t;
    const Case c = t.doc->caseData();
    const RoleId donor = c.roleById(QStringLiteral("donor"));
    std::vector<ActorId> picked; // three that are no donors yet; no actor of the case says its verification
    for (std::size_t a = 0; a < c.actors.size() && picked.size() < 3; ++a) {
        ASSERT_TRUE(c.actors[a].verified.isEmpty()) << c.actors[a].handle.toStdString();
        if (c.actors[a].role != donor)
            picked.push_back(static_cast<ActorId>(a));
    }
    ASSERT_EQ(picked.size(), 3u);
    const QStringList given{QStringLiteral("blue"), QStringLiteral("none"), QString()};
    for (std::size_t i = 0; i < picked.size(); ++i) {
        Actor edited = c.actors[static_cast<std::size_t>(picked[i])];
        edited.verified = given[static_cast<qsizetype>(i)];
        t.doc->applyActorEdit(picked[i], edited);
    }

    t.w.caseEditor()->classifyAction()->trigger();
    auto *dialog = openDialog<ClassifyDialog>(t.w);
    ASSERT_NE(dialog, nullptr);
    QTableWidget *rules = dialog->rulesTable();
    auto *role = qobject_cast<QComboBox *>(rules->cellWidget(0, ClassifyDialog::RoleColumn));
    ASSERT_NE(role, nullptr);
    role->setCurrentIndex(role->findData(donor));
    dialog->reclassifyBox()->setChecked(true);
    const auto changed = [dialog] {
        std::set<ActorId> out;
        for (const ActorClassification &change : dialog->changes())
            out.insert(change.actor);
        return out;
    };
    rules->item(0, ClassifyDialog::VerifiedColumn)->setText(QStringLiteral("Blue"));
    ASSERT_TRUE(dialog->applyButton()->isEnabled()) << dialog->messageLabel()->text().toStdString();
    EXPECT_EQ(changed(), (std::set<ActorId>{picked[0]})) << "matched ignoring case, and only it";
    EXPECT_EQ(dialog->previewTable()->rowCount(), 1);
    rules->item(0, ClassifyDialog::VerifiedColumn)->setText(QStringLiteral("none, blue"));
    EXPECT_EQ(changed(), (std::set<ActorId>{picked[0], picked[1]}));
    rules->item(0, ClassifyDialog::VerifiedColumn)->setText(QStringLiteral("*"));
    EXPECT_EQ(changed(), (std::set<ActorId>{picked[0]})) << "\"*\" is any verification, not \"none\" nor unknown";
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    EXPECT_EQ(t.doc->caseData().actors[static_cast<std::size_t>(picked[0])].role, donor);
    ASSERT_EQ(t.doc->caseData().rules.size(), 1u);
    EXPECT_EQ(t.doc->caseData().rules[0].verified, QStringList{QStringLiteral("*")});
}
