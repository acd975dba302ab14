// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line, run as a separate process like a user would.
#include "tests/app/clirun.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace {

cascade::test::CliResult cli(const QStringList &args)
{
    return cascade::test::runCascade(args);
}

QString source(const char *relative)
{
    return QStringLiteral(CASCADE_SOURCE_DIR "/") + QLatin1String(relative);
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(Cli, Version)
{
    const cascade::test::CliResult r = cli({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("cascade " CASCADE_VERSION))) << r.out.toStdString();
}

TEST(Cli, ValidateAcceptsGoodCases)
{
    const cascade::test::CliResult r = cli({QStringLiteral("validate"), source("resources/cases/haiti-2010.cascade.json"),
                           source("docs/examples/minimal.cascade.json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
}

TEST(Cli, ValidateReportsEachProblemWithItsLocation)
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "cascade-case", "version": 1,
"actors": [{"handle": "a"}],
"events": [{"id": "e1", "time": "2010-01-17T10:45:00", "kind": "post", "author": "a"},
           {"id": "e2", "time": "2010-01-17T10:45:00Z", "kind": "post", "author": "@foo"}]}
)");
    f.close();
    const cascade::test::CliResult r = cli({QStringLiteral("validate"), bad, source("docs/examples/minimal.cascade.json")});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << r.err.toStdString();
    EXPECT_EQ(lines[0].toStdString(),
              QString(bad + QStringLiteral(":3:33: events[0].time: time has no UTC offset (add Z or an offset such as -05:00): \"2010-01-17T10:45:00\"")).toStdString());
    EXPECT_EQ(lines[1].toStdString(), QString(bad + QStringLiteral(":4:83: events[1].author: unknown actor \"@foo\"")).toStdString());
}

TEST(Cli, ValidateExplainsBrokenFilesAtTheirPosition)
{
    // One broken file of each kind a trainer may be sent: each gets one line a person
    // can read, at the fault, and the exit code is 1.
    QTemporaryDir dir;
    const QByteArray head = R"({"format": "cascade-case", "version": 1, )";
    const std::vector<std::pair<QByteArray, QString>> files = {
        {"", QStringLiteral("1:1: the file is empty")},
        {head + R"("actors": [{"handle": "a"}, {"hand)", QStringLiteral("1:76: actors[1]: expected '\"' to end the string, found the end of the file (is the file cut off?)")},
        {head + QByteArray("\0", 1) + R"("actors": [], "events": []})", QStringLiteral("1:42: expected a member name in double quotes, found a NUL byte (0x00), which a text file cannot contain")},
        {head + R"("actors": 5, "events": []})", QStringLiteral("1:52: actors: expected an array of actors, found a number")},
        {head + R"("version": 1, "actors": [], "events": []})", QStringLiteral("1:42: version: repeated member")},
        {head + R"("x": )" + QByteArray(70, '[') + QByteArray(70, ']') + R"(, "actors": [], "events": []})",
         QStringLiteral("1:110: x[0][0][0][0][0][0][0]...: nesting deeper than 64 levels (the limit for case files)")},
        {head + "\"title\": \"caf\xE9\", \"actors\": [], \"events\": []}", QStringLiteral("1:55: title: invalid UTF-8 byte 0xE9 (case files are UTF-8 text)")},
    };
    for (std::size_t i = 0; i < files.size(); ++i) {
        const QString path = dir.filePath(QStringLiteral("bad%1.json").arg(i));
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(files[i].first);
        f.close();
        const cascade::test::CliResult r = cli({QStringLiteral("validate"), path});
        EXPECT_EQ(r.exitCode, 1) << i;
        EXPECT_EQ(r.err.toStdString(), QString(path + QLatin1Char(':') + files[i].second + QLatin1Char('\n')).toStdString()) << i;
    }
}

TEST(Cli, GenerateIsDeterministicAndValid)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.json")), b = dir.filePath(QStringLiteral("b.json")),
                  c = dir.filePath(QStringLiteral("c.json"));
    const QStringList common = {QStringLiteral("generate"), QStringLiteral("--actors"), QStringLiteral("200"),
                                QStringLiteral("--events"), QStringLiteral("3000")};
    ASSERT_EQ(cli(common + QStringList{QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("-o"), a}).exitCode, 0);
    ASSERT_EQ(cli(common + QStringList{QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("-o"), b}).exitCode, 0);
    ASSERT_EQ(cli(common + QStringList{QStringLiteral("--seed"), QStringLiteral("10"), QStringLiteral("-o"), c}).exitCode, 0);
    EXPECT_FALSE(contents(a).isEmpty());
    EXPECT_EQ(contents(a), contents(b));
    EXPECT_NE(contents(a), contents(c));
    EXPECT_EQ(cli({QStringLiteral("validate"), a}).exitCode, 0);
}

TEST(Cli, UsageErrors)
{
    EXPECT_EQ(cli({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("x")}).exitCode, 2);
    const cascade::test::CliResult unknown = cli({QStringLiteral("--frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command"))) << unknown.err.toStdString();
    EXPECT_EQ(cli({QStringLiteral("validate")}).exitCode, 2);
}
