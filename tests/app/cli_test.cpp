// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line, run as a separate process like a user would.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cascade(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY")); // headless: must not need a display
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASCADE_BINARY), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
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
    const CliRun r = cascade({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("cascade " CASCADE_VERSION))) << r.out.toStdString();
}

TEST(Cli, ValidateAcceptsGoodCases)
{
    const CliRun r = cascade({QStringLiteral("validate"), source("resources/cases/haiti-2010.cascade.json"),
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
    const CliRun r = cascade({QStringLiteral("validate"), bad, source("docs/examples/minimal.cascade.json")});
    EXPECT_EQ(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << r.err.toStdString();
    EXPECT_EQ(lines[0].toStdString(),
              QString(bad + QStringLiteral(":3:33: events[0].time: time has no UTC offset (add Z or an offset such as -05:00): \"2010-01-17T10:45:00\"")).toStdString());
    EXPECT_EQ(lines[1].toStdString(), QString(bad + QStringLiteral(":4:83: events[1].author: unknown actor \"@foo\"")).toStdString());
}

TEST(Cli, GenerateIsDeterministicAndValid)
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.json")), b = dir.filePath(QStringLiteral("b.json")),
                  c = dir.filePath(QStringLiteral("c.json"));
    const QStringList common = {QStringLiteral("generate"), QStringLiteral("--actors"), QStringLiteral("200"),
                                QStringLiteral("--events"), QStringLiteral("3000")};
    ASSERT_EQ(cascade(common + QStringList{QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("-o"), a}).exitCode, 0);
    ASSERT_EQ(cascade(common + QStringList{QStringLiteral("--seed"), QStringLiteral("9"), QStringLiteral("-o"), b}).exitCode, 0);
    ASSERT_EQ(cascade(common + QStringList{QStringLiteral("--seed"), QStringLiteral("10"), QStringLiteral("-o"), c}).exitCode, 0);
    EXPECT_FALSE(contents(a).isEmpty());
    EXPECT_EQ(contents(a), contents(b));
    EXPECT_NE(contents(a), contents(c));
    EXPECT_EQ(cascade({QStringLiteral("validate"), a}).exitCode, 0);
}

TEST(Cli, UsageErrors)
{
    EXPECT_EQ(cascade({QStringLiteral("generate"), QStringLiteral("--events"), QStringLiteral("x")}).exitCode, 2);
    const CliRun unknown = cascade({QStringLiteral("--frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown command"))) << unknown.err.toStdString();
    EXPECT_EQ(cascade({QStringLiteral("validate")}).exitCode, 2);
}
