// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade import` and `cascade convert`, run as a separate process like a user would.
#include "tests/app/clirun.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString fixture(const char *relative)
{
    return QStringLiteral(CASCADE_SOURCE_DIR "/tests/data/import/") + QLatin1String(relative);
}

} // namespace

TEST(CliImport, ImportsSeveralInputsPrintsTheReportAndWritesAValidCase)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("case.json"));
    const cascade::test::CliResult r = cascade::test::runCascade(
        {QStringLiteral("import"), fixture("twarc/stream.jsonl"), fixture("twarc/search.json"), QStringLiteral("-o"), out,
         QStringLiteral("--rule"), QStringLiteral("first")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("records read: 13"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("posts imported: 7"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("  truncated line: 1"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("cascade reconstructed with rule first"))) << r.out.toStdString();
    const cascade::test::CliResult v = cascade::test::runCascade({QStringLiteral("validate"), out});
    EXPECT_EQ(v.exitCode, 0) << v.err.toStdString();
    EXPECT_TRUE(v.out.contains(QStringLiteral("7 events"))) << v.out.toStdString();
}

TEST(CliImport, BadInputGivesAClearMessageAndNoFile)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("case.json"));
    const cascade::test::CliResult wrong = cascade::test::runCascade(
        {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("mastodon"), fixture("twarc/stream.jsonl"),
         QStringLiteral("-o"), out});
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("stream.jsonl"))) << wrong.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    const cascade::test::CliResult usage = cascade::test::runCascade(
        {QStringLiteral("import"), QStringLiteral("--format"), QStringLiteral("myspace"), fixture("twarc/stream.jsonl"),
         QStringLiteral("-o"), out});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_TRUE(usage.err.contains(QStringLiteral("unknown format \"myspace\""))) << usage.err.toStdString();
}

TEST(CliImport, ConvertWritesEachFormatBySuffix)
{
    QTemporaryDir dir;
    const QString caseFile = dir.filePath(QStringLiteral("case.json"));
    ASSERT_EQ(cascade::test::runCascade({QStringLiteral("import"), fixture("twarc2/pages.jsonl"), QStringLiteral("-o"), caseFile}).exitCode, 0);
    for (const char *suffix : {"gexf", "graphml", "dot", "csv"}) {
        const QString out = dir.filePath(QStringLiteral("out.") + QLatin1String(suffix));
        const cascade::test::CliResult r = cascade::test::runCascade({QStringLiteral("convert"), caseFile, QStringLiteral("-o"), out});
        EXPECT_EQ(r.exitCode, 0) << suffix << ": " << r.err.toStdString();
        EXPECT_TRUE(QFile::exists(out)) << suffix;
    }
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("out-actors.csv"))));
    const cascade::test::CliResult bad = cascade::test::runCascade({QStringLiteral("convert"), caseFile, QStringLiteral("-o"), dir.filePath(QStringLiteral("out.png"))});
    EXPECT_EQ(bad.exitCode, 2);
}
