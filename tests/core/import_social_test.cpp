// SPDX-License-Identifier: GPL-3.0-or-later
// Bluesky and Mastodon import: hand-made fixtures (tests/data/import/bluesky, mastodon)
// checked field by field. The real files are in import_realdata_test.cpp.
#include "tests/core/importtestutil.h"

using namespace cascade;
using namespace cascade::test;


TEST(ImportBluesky, ThreadFixtureFieldByField)
{
    const QString thread = importFixture("bluesky/thread.json");
    EXPECT_EQ(detectImportFormat(thread), ImportFormat::Bluesky);
    const ImportResult r = importFiles({thread});
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(r.report.recordsRead, 3);
    EXPECT_EQ(skippedFor(r.report, "post not found"), 1);
    ASSERT_EQ(c.events.size(), 2u);
    ASSERT_EQ(c.actors.size(), 4u);
    const Event *anchor = eventByKey(c, QStringLiteral("bluesky:at://did:plc:aaa/app.bsky.feed.post/3a1"));
    ASSERT_TRUE(anchor);
    EXPECT_EQ(anchor->kind, EventKind::Quote);
    EXPECT_EQ(anchor->parent, kNoEvent); // the quoted post is not in the data
    EXPECT_EQ(anchor->text, QStringLiteral("h\u00e9llo \U0001F600 @bob.bsky.social"));
    EXPECT_EQ(anchor->lang, QStringLiteral("fr"));
    // The quoted post's author (from its URI), then the facet's mention (UTF-8 offsets).
    EXPECT_EQ(mentionHandles(c, *anchor), (QStringList{QStringLiteral("@did:plc:ccc"), QStringLiteral("@bob.bsky.social")}));
    EXPECT_TRUE(anchor->extra.contains("\"url\":\"https://bsky.app/profile/alice.bsky.social/post/3a1\"")) << anchor->extra.toStdString();
    const Event *reply = eventByKey(c, QStringLiteral("bluesky:at://did:plc:bbb/app.bsky.feed.post/3b1"));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->kind, EventKind::Reply);
    EXPECT_EQ(parentKey(c, *reply), anchor->key);
    EXPECT_EQ(formatIsoUtc(reply->time), QStringLiteral("2024-05-01T10:05:00Z"));
    EXPECT_EQ(mentionHandles(c, *reply), QStringList{QStringLiteral("@did:plc:ddd")}); // "@alice" leads the reply
    const Actor *alice = actorByPlatformId(c, QStringLiteral("did:plc:aaa"));
    ASSERT_TRUE(alice);
    EXPECT_EQ(alice->handle, QStringLiteral("@alice.bsky.social"));
    EXPECT_EQ(alice->name, QStringLiteral("Alice"));
    EXPECT_EQ(alice->platform, QStringLiteral("bluesky"));
}

TEST(ImportBluesky, ThreadPlusFeedMergeAndTheRepostKeepsItsTime)
{
    const ImportResult r = importFiles({importFixture("bluesky/thread.json"), importFixture("bluesky/feed.json")});
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    ASSERT_EQ(c.events.size(), 3u);
    EXPECT_EQ(r.report.duplicates, 1);
    const Event *repost = eventByKey(c, QStringLiteral("bluesky:at://did:plc:eee/app.bsky.feed.repost/r1"));
    ASSERT_TRUE(repost);
    EXPECT_EQ(repost->kind, EventKind::Repost);
    EXPECT_EQ(formatIsoUtc(repost->time), QStringLiteral("2024-05-01T11:00:00Z"));
    EXPECT_EQ(handleOf(c, repost->author), QStringLiteral("@erin.example"));
    EXPECT_EQ(parentKey(c, *repost), QStringLiteral("bluesky:at://did:plc:aaa/app.bsky.feed.post/3a1"));
}

TEST(ImportMastodon, ContextAndBoostFixturesFieldByField)
{
    const QString context = importFixture("mastodon/context.json");
    const QString statuses = importFixture("mastodon/statuses.json");
    EXPECT_EQ(detectImportFormat(context), ImportFormat::Mastodon);
    EXPECT_EQ(detectImportFormat(statuses), ImportFormat::Mastodon);
    const ImportResult r = importFiles({context, statuses});
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(r.report.recordsRead, 4);
    EXPECT_EQ(skippedFor(r.report, "account without a time (reblogged_by, favourited_by)"), 1);
    EXPECT_EQ(r.report.duplicates, 1); // the boosted status, an integer id in one file and a string in the other
    ASSERT_EQ(c.events.size(), 3u);
    ASSERT_EQ(c.actors.size(), 4u);
    const Event *original = eventByKey(c, QStringLiteral("mastodon:1"));
    ASSERT_TRUE(original);
    EXPECT_EQ(original->kind, EventKind::Post);
    EXPECT_EQ(original->text, QStringLiteral("Planes refused & turned back"));
    EXPECT_EQ(handleOf(c, original->author), QStringLiteral("@alice@m.example")); // a local acct, qualified
    EXPECT_TRUE(original->extra.contains("\"url\":\"https://m.example/@alice/1\""));
    const Event *reply = eventByKey(c, QStringLiteral("mastodon:2"));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->kind, EventKind::Reply);
    EXPECT_EQ(parentKey(c, *reply), QStringLiteral("mastodon:1"));
    EXPECT_EQ(reply->text, QStringLiteral("@alice hi & welcome @carol"));
    EXPECT_EQ(mentionHandles(c, *reply), QStringList{QStringLiteral("@carol@p.example")});
    EXPECT_EQ(formatIsoUtc(reply->time), QStringLiteral("2017-05-03T02:30:00.500Z"));
    const Event *boost = eventByKey(c, QStringLiteral("mastodon:5"));
    ASSERT_TRUE(boost);
    EXPECT_EQ(boost->kind, EventKind::Repost);
    EXPECT_EQ(parentKey(c, *boost), QStringLiteral("mastodon:1"));
    EXPECT_EQ(handleOf(c, boost->author), QStringLiteral("@dave@m.example"));
    const Actor *bob = actorByPlatformId(c, QStringLiteral("https://o.example/@bob"));
    ASSERT_TRUE(bob);
    EXPECT_EQ(bob->followers, 20);
    EXPECT_EQ(bob->platform, QStringLiteral("mastodon"));
}
