// SPDX-License-Identifier: GPL-3.0-or-later
// Rosters (core/classify/roster.h): reading the team's CSV with its problems named by
// line, matching it against a case by platform id and by handle, applying and reverting.
#include "core/classify/roster.h"
#include "core/io/casefile.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace cascade {
namespace {

QString writeText(const QTemporaryDir &dir, const char *name, const QByteArray &text)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

RoleId role(const Case &c, const char *id)
{
    return c.roleById(QLatin1String(id));
}

// `n` actors @user0..@user{n-1}, none classified; every tenth has a platform id.
Case actorsCase(int n)
{
    Case c = makeEmptyCase();
    for (int i = 0; i < n; ++i) {
        Actor a;
        a.handle = QStringLiteral("@user%1").arg(i);
        a.platform = QStringLiteral("twitter");
        if (i % 10 == 0)
            a.platformId = QStringLiteral("9%1").arg(i);
        c.actors.push_back(a);
    }
    c.invalidateIndex();
    return c;
}

TEST(FindActor, IgnoresCaseAndALeadingAtSignButPrefersTheExactHandle)
{
    Case c = makeEmptyCase();
    for (const char *h : {"@AnnCurry", "@usairforce", "msf-press", "@Dup", "@dup"}) {
        Actor a;
        a.handle = QLatin1String(h);
        c.actors.push_back(a);
    }
    c.invalidateIndex();
    EXPECT_EQ(c.findActor(QStringLiteral("@AnnCurry")), 0);
    EXPECT_EQ(c.findActor(QStringLiteral("AnnCurry")), 0);
    EXPECT_EQ(c.findActor(QStringLiteral(" anncurry ")), 0);
    EXPECT_EQ(c.findActor(QStringLiteral("@USAIRFORCE")), 1);
    EXPECT_EQ(c.findActor(QStringLiteral("@msf-press")), 2);
    // Two handles that differ only in case: each exact one is found, a loose one is not
    // guessed.
    EXPECT_EQ(c.findActor(QStringLiteral("@Dup")), 3);
    EXPECT_EQ(c.findActor(QStringLiteral("@dup")), 4);
    EXPECT_EQ(c.findActor(QStringLiteral("DUP")), kNoActor);
    EXPECT_EQ(c.findActor(QStringLiteral("@nobody")), kNoActor);
    EXPECT_EQ(c.findActor(QString()), kNoActor);
}

TEST(Roster, ReadsTenThousandLinesWithEveryProblemNamedByLine)
{
    QTemporaryDir dir;
    const Case c = actorsCase(10000);
    // A BOM, semicolons (a spreadsheet's re-save), the columns in another order and case,
    // handles with and without '@' in any case, roles by id or by label.
    QByteArray text = "\xEF\xBB\xBFRole;Handle;Name;Note\n";
    for (int i = 0; i < 10000; ++i) {
        QByteArray roleName = i % 3 == 0 ? "journalist" : (i % 3 == 1 ? "Donor" : "FOUNDATION");
        const QByteArray handle = QByteArray(i % 2 == 0 ? "@user" : "USER") + QByteArray::number(i);
        if (i == 4000)
            text += "journalist;@user4000\n"; // short line: 2 of 4 fields, still usable
        else if (i == 5000)
            text += "journalist\n"; // no handle field at all
        else if (i == 6000)
            text += "astronaut;@user6000;;\n";
        else if (i == 7000)
            text += ";@user7000;;\n";
        else
            text += roleName + ";" + handle + ";\"Name; " + QByteArray::number(i) + "\";\n";
    }
    text += "donor;@stranger;;\n";
    text += "journalist;@user0;;second line for user0\n";
    const QString path = writeText(dir, "roster.csv", text);

    QString error;
    const std::optional<Roster> roster = readRoster(path, c.roles, &error);
    ASSERT_TRUE(roster) << error.toStdString();
    ASSERT_EQ(roster->problems.size(), 3u);
    // Line numbers are the file's (the header is line 1).
    EXPECT_EQ(roster->problems[0].line, 5002);
    EXPECT_TRUE(roster->problems[0].message.contains(QLatin1String("1 field where the header has 4 columns (a missing \";\"?)")))
        << roster->problems[0].toString().toStdString();
    EXPECT_EQ(roster->problems[1].line, 6002);
    EXPECT_TRUE(roster->problems[1].message.contains(QLatin1String("unknown role \"astronaut\"")));
    EXPECT_TRUE(roster->problems[1].message.contains(QLatin1String("journalist")));
    EXPECT_EQ(roster->problems[2].line, 7002);
    EXPECT_TRUE(roster->problems[2].message.contains(QLatin1String("no role")));
    EXPECT_EQ(roster->entries.size(), 10000u - 3u + 2u);
    EXPECT_EQ(roster->entries.front().name, QStringLiteral("Name; 0"));

    const RosterMatch match = matchRoster(c, *roster);
    EXPECT_EQ(match.notInCase, 1);
    ASSERT_EQ(match.problems.size(), 1u);
    EXPECT_EQ(match.problems[0].line, 10003);
    EXPECT_TRUE(match.problems[0].message.contains(QLatin1String("@user0 is already classified by line 2")));
    ASSERT_EQ(match.changes.size(), 10000u - 3u);
    for (const ActorClassification &ch : match.changes) {
        const int i = ch.actor;
        EXPECT_EQ(ch.from, kNoRole);
        const char *expected = i % 3 == 0 || i == 4000 ? "journalist" : (i % 3 == 1 ? "donor" : "foundation");
        EXPECT_EQ(ch.to, role(c, expected)) << i;
        EXPECT_EQ(ch.line, i + 2);
        if (i != 4000) {
            EXPECT_EQ(ch.name, QStringLiteral("Name; %1").arg(i));
        }
    }
}

TEST(Roster, MatchesByPlatformIdBeforeHandleAndKeepsWhatActorsHave)
{
    QTemporaryDir dir;
    Case c = actorsCase(30);
    c.actors[1].name = QStringLiteral("Kept name");
    c.actors[2].role = role(c, "ngo");
    c.actors[3].role = role(c, "donor");
    c.invalidateIndex();
    // Line 2: the platform id of @user10 with a stale handle (the account was renamed).
    const QString path = writeText(dir, "roster.tsv",
                                   "handle\tplatform_id\trole\tname\tnote\n"
                                   "@old_name\t910\tjournalist\tRenamed\t\n"
                                   "@user1\t\tdonor\tNew name\tmet in Geneva\n"
                                   "@user2\t\tngo\t\t\n"
                                   "user3\t\tngo\t\t\n");
    QString error;
    const std::optional<Roster> roster = readRoster(path, c.roles, &error);
    ASSERT_TRUE(roster) << error.toStdString();
    EXPECT_TRUE(roster->problems.empty());
    const RosterMatch match = matchRoster(c, *roster);
    EXPECT_EQ(match.alreadyClassified, 1); // @user2 was an NGO already
    ASSERT_EQ(match.changes.size(), 3u);
    EXPECT_EQ(match.changes[0].actor, 1);
    EXPECT_FALSE(match.changes[0].name) << "an actor's own name is kept";
    EXPECT_EQ(match.changes[0].note, QStringLiteral("met in Geneva"));
    EXPECT_EQ(match.changes[1].actor, 3);
    EXPECT_EQ(match.changes[1].from, role(c, "donor"));
    EXPECT_EQ(match.changes[2].actor, 10);
    EXPECT_EQ(match.changes[2].name, QStringLiteral("Renamed"));

    const Case before = c;
    applyClassification(c, match.changes);
    EXPECT_EQ(c.actors[10].role, role(c, "journalist"));
    EXPECT_EQ(c.actors[10].name, QStringLiteral("Renamed"));
    EXPECT_EQ(c.actors[3].role, role(c, "ngo"));
    EXPECT_EQ(c.actors[1].name, QStringLiteral("Kept name"));
    EXPECT_EQ(c.actors[1].note, QStringLiteral("met in Geneva"));
    revertClassification(c, match.changes);
    EXPECT_EQ(c.actors, before.actors);
}

TEST(Roster, FilesThatCannotBeUsedSayWhy)
{
    QTemporaryDir dir;
    const Case c = actorsCase(3);
    QString error;
    EXPECT_FALSE(readRoster(dir.filePath(QStringLiteral("missing.csv")), c.roles, &error));
    EXPECT_TRUE(error.contains(QLatin1String("missing.csv"))) << error.toStdString();

    error.clear();
    EXPECT_FALSE(readRoster(writeText(dir, "nohead.csv", "@user1,journalist\n@user2,donor\n"), c.roles, &error));
    EXPECT_TRUE(error.contains(QLatin1String("nohead.csv")) && error.contains(QLatin1String("\"role\"")))
        << error.toStdString();

    error.clear();
    EXPECT_FALSE(readRoster(writeText(dir, "nohandle.csv", "name,role\nAnn,journalist\n"), c.roles, &error));
    EXPECT_TRUE(error.contains(QLatin1String("platform_id"))) << error.toStdString();

    // An unclosed quote is reported at the end, the lines before it kept.
    error.clear();
    const std::optional<Roster> open =
        readRoster(writeText(dir, "quote.csv", "handle,role\n@user1,donor\n\"@user2,donor\n"), c.roles, &error);
    ASSERT_TRUE(open);
    ASSERT_EQ(open->entries.size(), 1u);
    ASSERT_FALSE(open->problems.empty());
    EXPECT_TRUE(open->problems.back().message.contains(QLatin1String("quoted field")));
}

TEST(Roster, ClassifiesTheHaitiCaseByHandlesWithoutTheAtSign)
{
    QTemporaryDir dir;
    ReadResult read = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
    ASSERT_TRUE(read.ok());
    Case &c = *read.value;
    const QString path = writeText(dir, "team.csv",
                                   "handle,role\n"
                                   "anncurry,media\n"
                                   "USAIRFORCE,Government\n"
                                   "MSF_USA,ngo\n");
    QString error;
    const std::optional<Roster> roster = readRoster(path, c.roles, &error);
    ASSERT_TRUE(roster) << error.toStdString();
    const RosterMatch match = matchRoster(c, *roster);
    EXPECT_EQ(match.alreadyClassified, 1);
    ASSERT_EQ(match.changes.size(), 2u);
    applyClassification(c, match.changes);
    EXPECT_EQ(c.actors[static_cast<std::size_t>(c.actorByHandle(QStringLiteral("@AnnCurry")))].role, role(c, "media"));
    EXPECT_EQ(c.actors[static_cast<std::size_t>(c.actorByHandle(QStringLiteral("@usairforce")))].role,
              role(c, "government"));
}

} // namespace
} // namespace cascade
