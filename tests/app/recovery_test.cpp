// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery (app/document/autosaver.h): a window process makes an edit, its
// autosave is written, the process is killed with SIGKILL; the next window offers the
// autosave, naming the case and the time, and Restore brings the edit back, unsaved,
// with the case's file. A clean close leaves nothing to recover; Discard deletes it.
//
// The killed process is either the real `cascade` binary, whose edit is the roster its
// --roster option applies, or this test binary run again in window mode (the
// environment variable CASCADE_RECOVERY_CHILD set), for an edit typed into the real
// MainWindow's widgets: a separate program cannot type into another's window offscreen.
#include "app/document/autosaver.h"
#include "app/document/casedocument.h"
#include "app/document/caseloader.h"
#include "app/editors/actordialog.h"
#include "app/editors/caseeditor.h"
#include "app/mainwindow.h"
#include "tests/app/windowtestutil.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>

using namespace cascade;

namespace {

const QString kHaiti = QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json");
constexpr char kChildVariable[] = "CASCADE_RECOVERY_CHILD";

using cascade::testing::openAndWait;

// Renames @AnnCurry through the actor editor, as a person does.
void renameCurry(MainWindow &w, const QString &handle)
{
    CaseDocument *doc = w.document();
    doc->setSelectedActor(doc->caseData().findActor(QStringLiteral("anncurry")));
    w.caseEditor()->editActorAction()->trigger();
    auto *dialog = qobject_cast<ActorDialog *>(w.caseEditor()->currentDialog());
    ASSERT_NE(dialog, nullptr);
    dialog->handleEdit()->selectAll();
    QTest::keyClicks(dialog->handleEdit(), handle);
    QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    ASSERT_EQ(doc->undoStack()->count(), 1);
}

// Shows `w` as the tests do (no questions asked) and opens `path` in it.
void showAndOpen(MainWindow &w, const QString &path)
{
    w.setInteractive(false);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    openAndWait(w, path);
}

// The recovery folder of a test, in its own XDG_DATA_HOME; put back on destruction.
struct DataHome {
    QTemporaryDir dir;
    QByteArray before = qgetenv("XDG_DATA_HOME");
    DataHome() { qputenv("XDG_DATA_HOME", dir.path().toUtf8()); }
    ~DataHome()
    {
        if (before.isEmpty())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", before);
    }
    QStringList files() const { return QDir(Autosaver::recoveryDir()).entryList(QDir::Files); }
};

} // namespace

// The child: edits, waits for its autosave, says so, and waits to be killed. It exists
// only in the child process (registered when CASCADE_RECOVERY_CHILD is set), so the
// suite lists no test that skips.
namespace {

class RecoveryChild : public ::testing::Test {
public:
    void TestBody() override
    {
        MainWindow w;
        ASSERT_NO_FATAL_FAILURE(showAndOpen(w, kHaiti));
        w.autosaver()->setDelays(300, 60000);
        renameCurry(w, QStringLiteral("@AnnCurryKilled"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return w.autosaver()->isUpToDate() && QFile::exists(w.autosaver()->recoveryFile()); }, 20000));
        std::printf("autosaved %s\n", qPrintable(w.autosaver()->recoveryFile()));
        std::fflush(stdout);
        QTest::qWait(120000); // killed long before
    }
};

[[maybe_unused]] const bool g_childRegistered = qEnvironmentVariableIsSet(kChildVariable)
    && (::testing::RegisterTest("RecoveryChild", "EditAndWaitForTheAutosave", nullptr, nullptr, __FILE__, __LINE__,
                                []() -> ::testing::Test * { return new RecoveryChild; }),
        true);

} // namespace

TEST(Recovery, SigkillAfterAnAutosaveThenRestore)
{
    DataHome home;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QLatin1String(kChildVariable), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.dir.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=RecoveryChild.*")});
    ASSERT_TRUE(child.waitForStarted());
    QByteArray out;
    ASSERT_TRUE(QTest::qWaitFor([&] {
        child.waitForReadyRead(100);
        out += child.readAllStandardOutput();
        return out.contains("autosaved ") || child.state() == QProcess::NotRunning;
    }, 60000));
    ASSERT_TRUE(out.contains("autosaved ")) << out.toStdString() << child.readAllStandardError().toStdString();
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    ASSERT_TRUE(child.waitForFinished(10000));
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    const QStringList left = home.files();
    ASSERT_EQ(left.size(), 3) << left.join(QLatin1Char(' ')).toStdString(); // case, info, lock

    // The next start: the question names the case and the time; Restore.
    MainWindow w;
    ASSERT_NO_FATAL_FAILURE(showAndOpen(w, kHaiti));
    QMessageBox *box = w.offerRecovery();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QLatin1String("haiti-2010.cascade.json"))) << box->text().toStdString();
    EXPECT_TRUE(box->text().contains(QLatin1String("autosaved at"))) << box->text().toStdString();
    auto *restore = box->findChild<QPushButton *>(QStringLiteral("RestoreButton"));
    ASSERT_NE(restore, nullptr);
    QTest::mouseClick(restore, Qt::LeftButton);
    CaseDocument *doc = w.document();
    ASSERT_TRUE(QTest::qWaitFor([&] { return doc->caseData().findActor(QStringLiteral("AnnCurryKilled")) != kNoActor; }, 5000));
    EXPECT_EQ(doc->caseData().findActor(QStringLiteral("anncurry")), kNoActor);
    EXPECT_TRUE(doc->isModified()) << "restored changes are unsaved until saved";
    EXPECT_TRUE(w.isWindowModified());
    EXPECT_EQ(doc->filePath(), kHaiti);
    // The dead session's files are gone; nothing more to offer.
    EXPECT_TRUE(home.files().isEmpty()) << home.files().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(w.offerRecovery(), nullptr);
}

// The application's own names, whose recovery folder the `cascade` binary writes to;
// put back on destruction.
struct AsTheApplication {
    QString organization = QCoreApplication::organizationName();
    QString application = QCoreApplication::applicationName();
    AsTheApplication()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Cascade"));
        QCoreApplication::setApplicationName(QStringLiteral("Cascade"));
    }
    ~AsTheApplication()
    {
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
    }
};

TEST(Recovery, TheCascadeBinaryKilledAfterItsAutosaveIsRestored)
{
    DataHome home;
    QTemporaryDir config;
    QTemporaryDir dir;
    const QString roster = dir.filePath(QStringLiteral("team.csv"));
    {
        QFile f(roster);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBFhandle;role\nanncurry;donor\n"); // a BOM, semicolons, no '@'
    }
    QProcess cascade;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    cascade.setProcessEnvironment(env);
    cascade.start(QStringLiteral(CASCADE_BINARY), {kHaiti, QStringLiteral("--roster"), roster});
    ASSERT_TRUE(cascade.waitForStarted());
    QString recoveryDir;
    {
        AsTheApplication names;
        recoveryDir = Autosaver::recoveryDir();
    }
    // The autosave comes 5 s after the edit; its info file is written last.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return !QDir(recoveryDir).entryList({QStringLiteral("session-*.json")}, QDir::Files).filter(QRegularExpression(QStringLiteral("^session-[0-9-]+\\.json$"))).isEmpty()
            || cascade.state() == QProcess::NotRunning;
    }, 60000));
    ASSERT_EQ(cascade.state(), QProcess::Running) << cascade.readAllStandardError().toStdString();
    ::kill(static_cast<pid_t>(cascade.processId()), SIGKILL);
    ASSERT_TRUE(cascade.waitForFinished(10000));
    EXPECT_EQ(cascade.exitStatus(), QProcess::CrashExit);

    AsTheApplication names;
    MainWindow w;
    ASSERT_NO_FATAL_FAILURE(showAndOpen(w, kHaiti));
    CaseDocument *doc = w.document();
    const ActorId curry = doc->caseData().findActor(QStringLiteral("anncurry"));
    ASSERT_NE(curry, kNoActor);
    const RoleId donor = doc->caseData().roleById(QStringLiteral("donor"));
    ASSERT_NE(doc->caseData().actors[static_cast<std::size_t>(curry)].role, donor);
    QMessageBox *box = w.offerRecovery();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QLatin1String("haiti-2010.cascade.json"))) << box->text().toStdString();
    auto *restore = box->findChild<QPushButton *>(QStringLiteral("RestoreButton"));
    ASSERT_NE(restore, nullptr);
    QTest::mouseClick(restore, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        const ActorId a = doc->caseData().findActor(QStringLiteral("anncurry"));
        return a != kNoActor && doc->caseData().actors[static_cast<std::size_t>(a)].role == donor;
    }, 5000));
    EXPECT_TRUE(doc->isModified());
    EXPECT_EQ(doc->filePath(), kHaiti);
    EXPECT_TRUE(QDir(recoveryDir).entryList(QDir::Files).isEmpty());
}

TEST(Recovery, ACleanCloseOrASaveLeavesNothingAndARunningWindowIsNotOffered)
{
    DataHome home;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("haiti.cascade.json"));
    ASSERT_TRUE(QFile::copy(kHaiti, copy));
    {
        MainWindow w;
        w.setInteractive(false);
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        openAndWait(w, copy);
        w.autosaver()->setDelays(50, 60000);
        renameCurry(w, QStringLiteral("@AnnCurrySaved"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(w.autosaver()->recoveryFile()); }, 10000));
        // A running window's autosave is not left behind: a second window does not offer it.
        MainWindow other;
        other.setInteractive(false);
        EXPECT_EQ(other.offerRecovery(), nullptr);
        ASSERT_TRUE(w.save());
        EXPECT_TRUE(home.files().isEmpty()) << "saving removes the autosave";
        // An edit, then back to the saved state: nothing to recover either.
        w.document()->undoStack()->undo();
        ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(w.autosaver()->recoveryFile()); }, 10000));
        w.document()->undoStack()->redo();
        ASSERT_TRUE(QTest::qWaitFor([&] { return home.files().isEmpty(); }, 10000));
        w.document()->undoStack()->undo();
        ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(w.autosaver()->recoveryFile()); }, 10000));
    } // closed with changes discarded (not interactive): a clean end
    EXPECT_TRUE(home.files().isEmpty()) << home.files().join(QLatin1Char(' ')).toStdString();
}

// A save that overtakes an autosave still being written: the autosave's files are gone
// when the save returns, stay gone once the write's end is reported, and the next edit
// is autosaved again.
TEST(Recovery, ASaveDuringAnAutosaveWriteLeavesNothing)
{
    DataHome home;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("haiti.cascade.json"));
    ASSERT_TRUE(QFile::copy(kHaiti, copy));
    MainWindow w;
    ASSERT_NO_FATAL_FAILURE(showAndOpen(w, copy));
    w.autosaver()->setDelays(60000, 60000);
    renameCurry(w, QStringLiteral("@AnnCurryRace"));
    w.autosaver()->saveNow();
    ASSERT_FALSE(w.autosaver()->isUpToDate()) << "the write runs on a worker; its end is reported later";
    ASSERT_TRUE(w.save());
    EXPECT_TRUE(home.files().isEmpty()) << home.files().join(QLatin1Char(' ')).toStdString();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.autosaver()->isUpToDate(); }, 10000));
    QTest::qWait(50);
    EXPECT_TRUE(home.files().isEmpty()) << home.files().join(QLatin1Char(' ')).toStdString();
    // The next change (the rename undone) is written again.
    w.autosaver()->setDelays(20, 60000);
    w.document()->undoStack()->undo();
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.autosaver()->isUpToDate() && QFile::exists(w.autosaver()->recoveryFile()); }, 10000));
}
