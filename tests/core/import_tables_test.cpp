// SPDX-License-Identifier: GPL-3.0-or-later
// TAGS CSV and NodeXL (edges CSV, GraphML) import: hand-made fixtures checked field by
// field, and the real files of ../shared/real-data/tags and nodexl.
#include "tests/core/importtestutil.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cascade;
using namespace cascade::test;

TEST(ImportTags, SpreadsheetDamagedCsvFieldByField)
{
    // Saved again by a spreadsheet: BOM, tabs, CRLF, one id rounded to 1.26426E+18, NA
    // cells, a quoted cell spanning two lines, a row whose id cannot be recovered.
    const QString path = importFixture("tags/excel-tabs.csv");
    EXPECT_EQ(detectImportFormat(path), ImportFormat::Tags);
    const ImportResult r = importFiles({path});
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(r.report.recordsRead, 5);
    EXPECT_EQ(skippedFor(r.report, "no usable id"), 1);
    EXPECT_EQ(r.report.skippedTotal(), 1);
    ASSERT_EQ(c.events.size(), 4u);
    ASSERT_EQ(c.actors.size(), 5u);
    const Event *post = eventByKey(c, QStringLiteral("twitter:1264260000000000001"));
    ASSERT_TRUE(post);
    EXPECT_EQ(post->text, QStringLiteral("Planes refused at PAP & more"));
    EXPECT_EQ(formatIsoUtc(post->time), QStringLiteral("2020-05-23T18:01:55Z")); // created_at, not the sheet's local time
    const Event *rt = eventByKey(c, QStringLiteral("twitter:1264260000000000002")); // recovered from status_url
    ASSERT_TRUE(rt);
    EXPECT_EQ(rt->kind, EventKind::Repost);
    EXPECT_EQ(rt->parent, kNoEvent); // TAGS gives no retweeted id
    EXPECT_EQ(mentionHandles(c, *rt), QStringList{QStringLiteral("@bob")});
    const Event *reply = eventByKey(c, QStringLiteral("twitter:1264260000000000003"));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->kind, EventKind::Reply);
    EXPECT_EQ(parentKey(c, *reply), post->key);
    EXPECT_EQ(mentionHandles(c, *reply), QStringList{QStringLiteral("@dave")});
    const Event *multi = eventByKey(c, QStringLiteral("twitter:1264260000000000004"));
    ASSERT_TRUE(multi);
    EXPECT_EQ(multi->text, QStringLiteral("multi\nline tweet"));
    const Actor *bob = actorByPlatformId(c, QStringLiteral("2"));
    ASSERT_TRUE(bob);
    EXPECT_EQ(bob->followers, 50);
    const QString warnings = r.report.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("1 ids rounded by a spreadsheet were recovered"))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("excel-tabs.csv:7: no usable id"))) << warnings.toStdString();
}

TEST(ImportTags, UserVerifiedColumnWhenTheSheetHasOne)
{
    const QByteArray csv = "id_str,from_user,text,created_at,from_user_id_str,user_verified\n"
                           "101,alice,hello,Sat May 23 18:01:55 +0000 2020,11,TRUE\n"
                           "102,bob,hi,Sat May 23 18:02:55 +0000 2020,12,0\n"
                           "103,carol,hey,Sat May 23 18:03:55 +0000 2020,13,NA\n";
    const ImportResult r = importBytes(csv, QStringLiteral("verified.csv"), ImportFormat::Tags);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    ASSERT_EQ(c.events.size(), 3u);
    EXPECT_EQ(verifiedOf(c, {QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13")}),
              (QStringList{QStringLiteral("verified"), QStringLiteral("none"), QString()}));

    // A sheet without the column says nothing.
    const ImportResult fixture = importFiles({importFixture("tags/excel-tabs.csv")});
    ASSERT_TRUE(fixture.ok()) << fixture.error.toStdString();
    for (const Actor &a : fixture.value->actors)
        EXPECT_EQ(a.verified, QString()) << a.handle.toStdString();
}

TEST(ImportNodeXL, EdgesCsvWithCaptionRowFieldByField)
{
    const QString path = importFixture("nodexl/edges.csv");
    EXPECT_EQ(detectImportFormat(path), ImportFormat::NodeXL);
    const ImportResult r = importFiles({path});
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(r.report.recordsRead, 5);
    EXPECT_EQ(skippedFor(r.report, "edge without a time"), 1);
    ASSERT_EQ(c.events.size(), 3u);
    ASSERT_EQ(c.actors.size(), 4u);
    const Event *reply = eventByKey(c, QStringLiteral("twitter:1001")); // two rows, one tweet
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->kind, EventKind::Reply);
    EXPECT_EQ(parentKey(c, *reply), QStringLiteral("twitter:1000"));
    EXPECT_EQ(mentionHandles(c, *reply), QStringList{QStringLiteral("@carol")});
    EXPECT_EQ(formatIsoUtc(reply->time), QStringLiteral("2020-03-02T10:05:00Z"));
    const Event *rt = eventByKey(c, QStringLiteral("twitter:1002"));
    ASSERT_TRUE(rt);
    EXPECT_EQ(rt->kind, EventKind::Repost);
    EXPECT_EQ(mentionHandles(c, *rt), QStringList{QStringLiteral("@alice")});
}

TEST(ImportNodeXL, GraphmlWithBomFieldByField)
{
    const QString path = importFixture("nodexl/sample.graphml");
    EXPECT_EQ(detectImportFormat(path), ImportFormat::NodeXL);
    const ImportResult r = importFiles({path});
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(r.report.recordsRead, 3);
    EXPECT_EQ(skippedFor(r.report, "edge without a time"), 1);
    ASSERT_EQ(c.events.size(), 2u);
    EXPECT_EQ(eventByKey(c, QStringLiteral("twitter:1000"))->text, QStringLiteral("Planes & more"));
    EXPECT_EQ(eventByKey(c, QStringLiteral("twitter:1002"))->kind, EventKind::Repost);
}

TEST(ImportNodeXL, DoctypeIsRefusedWithFileAndLine)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("entities.graphml"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<graphml><graph/></graphml>\n");
    f.close();
    const ImportResult r = importFiles({path}, {ImportFormat::NodeXL, CreditRule::MostRecent});
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("entities.graphml:2: a document type declaration"))) << r.error.toStdString();
}
