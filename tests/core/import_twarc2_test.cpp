// SPDX-License-Identifier: GPL-3.0-or-later
// twarc2 (Twitter API v2) import: the hand-made fixtures in tests/data/import/twarc2
// checked field by field.
#include "tests/core/importtestutil.h"

using namespace cascade;
using namespace cascade::test;

TEST(ImportTwarc2, PagesFixtureFieldByField)
{
    const ImportResult r = importFiles({importFixture("twarc2/pages.jsonl")});
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(c.checkInvariants(), QString());
    // Records: page 1 has 3 tweets and 1 error, the stream line 1 tweet, page 2 2 tweets,
    // and the last line is cut off.
    EXPECT_EQ(r.report.recordsRead, 8);
    EXPECT_EQ(skippedFor(r.report, "error object"), 1);
    EXPECT_EQ(skippedFor(r.report, "truncated line"), 1);
    EXPECT_EQ(r.report.skippedTotal(), 2);
    EXPECT_EQ(r.report.duplicates, 2); // 2002 twice; 2004 is an older version of 2005
    ASSERT_EQ(c.actors.size(), 4u);
    ASSERT_EQ(c.events.size(), 5u);
    const QStringList order = [&c] {
        QStringList keys;
        for (const Event &e : c.events)
            keys.push_back(e.key);
        return keys;
    }();
    EXPECT_EQ(order, (QStringList{QStringLiteral("twitter:2000"), QStringLiteral("twitter:2002"), QStringLiteral("twitter:2001"),
                                  QStringLiteral("twitter:2003"), QStringLiteral("twitter:2005")}));

    const Event *original = eventByKey(c, QStringLiteral("twitter:2000"));
    ASSERT_TRUE(original);
    EXPECT_EQ(original->kind, EventKind::Post);
    EXPECT_EQ(original->text, QStringLiteral("Planes refused & turned back"));
    EXPECT_EQ(handleOf(c, original->author), QStringLiteral("@bob"));
    EXPECT_TRUE(original->extra.contains("\"url\":\"https://twitter.com/bob/status/2000\"")) << original->extra.toStdString();

    const Event *rt = eventByKey(c, QStringLiteral("twitter:2001"));
    ASSERT_TRUE(rt);
    EXPECT_EQ(rt->kind, EventKind::Repost);
    EXPECT_EQ(parentKey(c, *rt), QStringLiteral("twitter:2000"));
    EXPECT_TRUE(rt->mentions.empty()); // the automatic "RT @bob:" mention

    // Mentions without ids are resolved through includes.users; "@bob" leads the reply,
    // @dave comes after an emoji (code point offsets).
    const Event *reply = eventByKey(c, QStringLiteral("twitter:2002"));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->kind, EventKind::Reply);
    EXPECT_EQ(parentKey(c, *reply), QStringLiteral("twitter:2000"));
    EXPECT_EQ(mentionHandles(c, *reply), QStringList{QStringLiteral("@dave")});
    EXPECT_EQ(c.actors[static_cast<std::size_t>(reply->mentions[0])].platformId, QStringLiteral("4"));

    const Event *quote = eventByKey(c, QStringLiteral("twitter:2003"));
    ASSERT_TRUE(quote);
    EXPECT_EQ(quote->kind, EventKind::Quote);
    EXPECT_EQ(quote->parent, kNoEvent); // 2099 is missing (the page's error says so)
    EXPECT_EQ(quote->urls, QStringList{QStringLiteral("https://twitter.com/zed/status/2099")});

    // The edited post: the newest version, with its edit history.
    EXPECT_FALSE(eventByKey(c, QStringLiteral("twitter:2004")));
    const Event *edited = eventByKey(c, QStringLiteral("twitter:2005"));
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->text, QStringLiteral("First version, corrected"));
    EXPECT_EQ(formatIsoUtc(edited->time), QStringLiteral("2020-03-02T11:02:00Z"));
    EXPECT_TRUE(edited->extra.contains("\"edit_history\":[\"2004\",\"2005\"]")) << edited->extra.toStdString();

    const Actor *alice = actorByPlatformId(c, QStringLiteral("1"));
    ASSERT_TRUE(alice);
    EXPECT_EQ(alice->handle, QStringLiteral("@alice"));
    EXPECT_EQ(alice->name, QStringLiteral("Alice"));
    EXPECT_EQ(alice->followers, 122);
    EXPECT_TRUE(alice->extra.contains("\"followers_at\":\"2020-03-02T11:02:00Z\"")) << alice->extra.toStdString();
    const QString warnings = r.report.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("1 referenced posts are missing"))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("pages.jsonl:4: truncated line"))) << warnings.toStdString();
}

TEST(ImportTwarc2, FlattenedLineGivesTheSameCaseAsItsPage)
{
    const ImportResult flat = importFiles({importFixture("twarc2/flat.jsonl")});
    ASSERT_TRUE(flat.ok()) << flat.error.toStdString();
    const Case &c = *flat.value;
    ASSERT_EQ(c.events.size(), 2u);
    const Event *rt = eventByKey(c, QStringLiteral("twitter:2001"));
    ASSERT_TRUE(rt);
    EXPECT_EQ(rt->kind, EventKind::Repost);
    EXPECT_EQ(parentKey(c, *rt), QStringLiteral("twitter:2000"));
    EXPECT_TRUE(rt->mentions.empty());
    EXPECT_EQ(handleOf(c, rt->author), QStringLiteral("@carol"));
    const Actor *bob = actorByPlatformId(c, QStringLiteral("2"));
    ASSERT_TRUE(bob);
    EXPECT_EQ(bob->handle, QStringLiteral("@bob"));
    EXPECT_EQ(bob->followers, 50);
    EXPECT_EQ(flat.report.recordsRead, 1);
}

TEST(ImportTwarc2, VerifiedTypeOrElseTheVerifiedBoolean)
{
    // verified_type wins over the older verified badge, in whichever order they come.
    const QByteArray page =
        R"({"data":[{"id":"2001","text":"Statement","author_id":"3","created_at":"2022-11-07T18:11:04.000Z","conversation_id":"2001"},)"
        R"({"id":"2002","text":"Reading it","author_id":"4","created_at":"2022-11-07T18:20:00.000Z","conversation_id":"2002"},)"
        R"({"id":"2003","text":"Me too","author_id":"5","created_at":"2022-11-07T18:30:00.000Z","conversation_id":"2003"}],)"
        R"("includes":{"users":[{"id":"3","username":"ministry","name":"Ministry","verified":true,"verified_type":"government"},)"
        R"({"id":"4","username":"dave","name":"Dave","verified":false},{"id":"5","username":"erin","name":"Erin"}]},)"
        R"("meta":{"result_count":3,"newest_id":"2003","oldest_id":"2001"}})"
        "\n";
    const ImportResult r = importBytes(page, QStringLiteral("verified.jsonl"), ImportFormat::Twarc2);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    ASSERT_EQ(c.events.size(), 3u);
    EXPECT_EQ(verifiedOf(c, {QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")}),
              (QStringList{QStringLiteral("government"), QStringLiteral("none"), QString()}));
}

TEST(ImportTwarc2, ABrokenLineIsNamedInOurWordsNotTheParsers)
{
    // A line that is not JSON, and one that is JSON of another shape, between good ones:
    // each skipped with its own reason, and the warning says where the line stops being
    // JSON and what was expected there, never the parser library's message.
    QFile fixture(importFixture("twarc2/flat.jsonl"));
    ASSERT_TRUE(fixture.open(QIODevice::ReadOnly));
    const QByteArray good = fixture.readAll();
    const ImportResult r = importBytes("{\"data\": {\"id\": \"1\" \"text\": \"x\"}}\n[1, 2]\n" + good, QStringLiteral("mixed.jsonl"), ImportFormat::Twarc2);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(skippedFor(r.report, "invalid JSON"), 1);
    EXPECT_EQ(skippedFor(r.report, "not a record of this format"), 1);
    const QString warnings = r.report.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("mixed.jsonl:1: invalid JSON, skipped (byte 21, data: expected ',' or '}', found '\"')")))
        << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("mixed.jsonl:2: not a record of this format, skipped (valid JSON, but not in the shape this format has)")))
        << warnings.toStdString();
    EXPECT_FALSE(warnings.contains(QStringLiteral("JSON element"))) << warnings.toStdString();
}
