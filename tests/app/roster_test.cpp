// SPDX-License-Identifier: GPL-3.0-or-later
// Rosters in the window and on the command line: File > Apply Roster's preview on the
// Haiti case, Apply as one undo step that the inspector follows (role and brokerage),
// undo and redo, a second case opened under the dialog; `cascade classify`.
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/inspector/actorinspector.h"
#include "app/inspector/actorpage.h"
#include "app/mainwindow.h"
#include "app/rosterdialog.h"
#include "core/io/casefile.h"
#include "tests/app/clirun.h"
#include "tests/app/windowtestutil.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace cascade;

namespace {

const QString kHaiti = QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json");

QString writeRoster(const QTemporaryDir &dir, const QByteArray &text)
{
    const QString path = dir.filePath(QStringLiteral("team.csv"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
    return path;
}

// Ann Curry, the MSF USA account and the Air Force put in other groups: her brokerage
// between them changes kind. Line 5 names an unknown role, line 6 nobody of the case.
const QByteArray kRoster = "handle,role,note\n"
                           "anncurry,ngo,\n"
                           "@usairforce,NGO,\n"
                           "@MSF_USA,ngo,already one\n"
                           "@unknown_follower,astronaut,\n"
                           "@nobody_here,donor,\n";

using cascade::testing::openAndWait;

QString roleOf(const CaseDocument &d, const char *handle)
{
    const Case &c = d.caseData();
    const ActorId a = c.actorByHandle(QLatin1String(handle));
    const RoleId r = c.actors[static_cast<std::size_t>(a)].role;
    return r == kNoRole ? QString() : c.roles[static_cast<std::size_t>(r)].id;
}

// Whether the inspector's actor page shows `role` as the actor's role badge.
bool pageShows(ActorPage *page, const QString &role)
{
    const QString badge = QStringLiteral("&nbsp;") + role + QStringLiteral("&nbsp;");
    for (const QLabel *l : page->findChildren<QLabel *>())
        if (l->isVisible() && l->text().contains(badge))
            return true;
    return false;
}

} // namespace

TEST(RosterWindow, PreviewApplyUndoRedoFollowedByTheInspector)
{
    QTemporaryDir dir;
    MainWindow w;
    w.setInteractive(false);
    w.resize(1400, 900);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    openAndWait(w, kHaiti);
    CaseDocument *doc = w.document();
    const ActorId curry = doc->caseData().actorByHandle(QStringLiteral("@AnnCurry"));
    doc->setSelectedActor(curry);
    const TimeMs cursor = doc->caseData().events[5].time;
    doc->setCursor(cursor);
    ActorInspector *inspector = w.inspector();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inspector->isUpdating(); }, 20000));
    const QString brokerageBefore = inspector->actorPage()->brokerageText();
    ASSERT_TRUE(pageShows(inspector->actorPage(), QStringLiteral("Journalist")));

    RosterDialog *dialog = w.showRosterDialog(writeRoster(dir, kRoster));
    ASSERT_NE(dialog, nullptr);
    // The preview: two actors change role (MSF USA is an NGO already, and keeps its note).
    QTableWidget *table = dialog->changesTable();
    ASSERT_EQ(table->rowCount(), 2);
    QStringList shown;
    for (int r = 0; r < table->rowCount(); ++r)
        shown << table->item(r, 0)->text() + QLatin1Char(':') + table->item(r, 1)->text() + QLatin1Char('>')
                     + table->item(r, 2)->text();
    shown.sort();
    EXPECT_EQ(shown, (QStringList{QStringLiteral("@AnnCurry:Journalist>NGO"), QStringLiteral("@usairforce:Military>NGO")}));
    EXPECT_EQ(dialog->summaryLabel()->text(),
              QStringLiteral("Role changes: 2 \u00b7 names or notes filled: 0 \u00b7 had that role already: 1 \u00b7 "
                             "not in this case: 1 \u00b7 lines not used: 1"));
    const QString problems = dialog->problemsView()->toPlainText();
    EXPECT_TRUE(problems.startsWith(QLatin1String("line 5: unknown role \"astronaut\""))) << problems.toStdString();
    EXPECT_FALSE(doc->isModified());

    // Apply, as a click: one undo step, the views follow, the cursor and the selection stay.
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_TRUE(doc->isModified());
    EXPECT_EQ(roleOf(*doc, "@AnnCurry"), QStringLiteral("ngo"));
    EXPECT_EQ(roleOf(*doc, "@usairforce"), QStringLiteral("ngo"));
    EXPECT_TRUE(doc->caseData().actors[static_cast<std::size_t>(doc->caseData().actorByHandle(QStringLiteral("@MSF_USA")))]
                    .note.startsWith(QLatin1String("Origin of the message")));
    EXPECT_EQ(doc->cursor(), cursor);
    EXPECT_EQ(doc->selectedActor(), curry);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inspector->isUpdating(); }, 20000));
    EXPECT_EQ(inspector->shownActor(), curry);
    EXPECT_TRUE(pageShows(inspector->actorPage(), QStringLiteral("NGO")));
    const QString brokerageAfter = inspector->actorPage()->brokerageText();
    EXPECT_NE(brokerageAfter, brokerageBefore) << "her brokerage between groups follows the roles";

    // Undo with the keyboard puts every role back, and the inspector with it.
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(roleOf(*doc, "@AnnCurry"), QStringLiteral("journalist"));
    EXPECT_EQ(roleOf(*doc, "@usairforce"), QStringLiteral("military"));
    EXPECT_FALSE(doc->isModified());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inspector->isUpdating(); }, 20000));
    EXPECT_EQ(inspector->actorPage()->brokerageText(), brokerageBefore);
    EXPECT_TRUE(pageShows(inspector->actorPage(), QStringLiteral("Journalist")));

    doc->undoStack()->redo();
    EXPECT_EQ(roleOf(*doc, "@AnnCurry"), QStringLiteral("ngo"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !inspector->isUpdating(); }, 20000));
    EXPECT_EQ(inspector->actorPage()->brokerageText(), brokerageAfter);

    // Saved and read again, the roles are in the file.
    const QString saved = dir.filePath(QStringLiteral("classified.cascade.json"));
    QString error;
    ASSERT_TRUE(doc->saveTo(saved, &error)) << error.toStdString();
    ReadResult back = readCaseFile(saved);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value->actors[static_cast<std::size_t>(back.value->actorByHandle(QStringLiteral("@AnnCurry")))].role,
              back.value->roleById(QStringLiteral("ngo")));
}

TEST(RosterWindow, ASecondCaseOpenedUnderThePreviewIsMatchedAgain)
{
    QTemporaryDir dir;
    MainWindow w;
    w.setInteractive(false);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    openAndWait(w, kHaiti);
    RosterDialog *dialog = w.showRosterDialog(writeRoster(dir, kRoster));
    ASSERT_EQ(dialog->changesTable()->rowCount(), 2);
    ASSERT_TRUE(dialog->applyButton()->isEnabled());

    // A smaller case with none of these actors replaces the Haiti case.
    Case other = makeEmptyCase();
    Actor a;
    a.handle = QStringLiteral("@someone_else");
    other.actors.push_back(a);
    const QString otherPath = dir.filePath(QStringLiteral("other.cascade.json"));
    QString error;
    ASSERT_TRUE(writeCaseFile(other, otherPath, &error)) << error.toStdString();
    openAndWait(w, otherPath);
    ASSERT_EQ(w.document()->caseData().actors.size(), 1u);
    EXPECT_EQ(dialog->changesTable()->rowCount(), 0);
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QLatin1String("Role changes: 0")))
        << dialog->summaryLabel()->text().toStdString();
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QLatin1String("not in this case: 4")))
        << dialog->summaryLabel()->text().toStdString();
    dialog->apply(); // nothing to apply: no undo step
    EXPECT_EQ(w.document()->undoStack()->count(), 0);
}

TEST(RosterWindow, AFileThatIsNoRosterSaysWhyAndChangesNothing)
{
    QTemporaryDir dir;
    MainWindow w;
    w.setInteractive(false);
    openAndWait(w, kHaiti);
    RosterDialog *dialog = w.showRosterDialog(writeRoster(dir, "@AnnCurry;journalist\n"));
    EXPECT_FALSE(dialog->roster());
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QLatin1String("team.csv")));
    EXPECT_TRUE(dialog->summaryLabel()->text().contains(QLatin1String("role")));
    EXPECT_FALSE(dialog->applyButton()->isEnabled());
    EXPECT_EQ(w.document()->undoStack()->count(), 0);
}

TEST(ClassifyCli, WritesTheRolesAndReportsTheLinesNotUsed)
{
    QTemporaryDir dir;
    const QString roster = writeRoster(dir, kRoster);
    const QString out = dir.filePath(QStringLiteral("out.cascade.json"));
    const test::CliResult r = test::runCascade(
        {QStringLiteral("classify"), kHaiti, QStringLiteral("--roster"), roster, QStringLiteral("-o"), out, QStringLiteral("--list")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("@AnnCurry: journalist -> ngo (line 2)"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QLatin1String("2 actors change role, 0 more get a name or note; 1 already had their role"))) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(roster + QLatin1String(":line 5: unknown role \"astronaut\""))) << r.err.toStdString();
    ReadResult back = readCaseFile(out);
    ASSERT_TRUE(back.ok());
    const Case &c = *back.value;
    EXPECT_EQ(c.actors[static_cast<std::size_t>(c.actorByHandle(QStringLiteral("@usairforce")))].role,
              c.roleById(QStringLiteral("ngo")));

    // --dry-run writes nothing; a missing roster is a failure; no --roster a usage error.
    const QString untouched = dir.filePath(QStringLiteral("untouched.cascade.json"));
    EXPECT_EQ(test::runCascade({QStringLiteral("classify"), kHaiti, QStringLiteral("--roster"), roster,
                                QStringLiteral("-o"), untouched, QStringLiteral("--dry-run")})
                  .exitCode,
              0);
    EXPECT_FALSE(QFile::exists(untouched));
    const test::CliResult missing = test::runCascade(
        {QStringLiteral("classify"), kHaiti, QStringLiteral("--roster"), dir.filePath(QStringLiteral("none.csv"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QLatin1String("none.csv"))) << missing.err.toStdString();
    EXPECT_EQ(test::runCascade({QStringLiteral("classify"), kHaiti}).exitCode, 2);
}
