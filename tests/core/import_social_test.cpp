// SPDX-License-Identifier: GPL-3.0-or-later
// Bluesky and Mastodon import: hand-made fixtures (tests/data/import/bluesky, mastodon)
// checked field by field, and every real file of ../shared/real-data/bluesky and
// mastodon checked against counts worked out independently from the raw files by
// tests/data/import/count_social.py (Python's json module, the same conventions).
#include "tests/core/importtestutil.h"

using namespace cascade;
using namespace cascade::test;

namespace {

struct Expected {
    const char *file;
    int actors, posts, reposts, replies, quotes;
    std::int64_t records;
    std::vector<std::pair<const char *, std::int64_t>> skipped;
};

void checkImport(const Expected &x)
{
    const QString path = realData(x.file);
    if (path.isEmpty())
        GTEST_SKIP() << realDataAbsent(x.file);
    const ImportResult r = importFiles({path});
    ASSERT_TRUE(r.ok()) << x.file << ": " << r.error.toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(c.checkInvariants(), QString()) << x.file;
    const auto kinds = countKinds(c);
    EXPECT_EQ(c.actors.size(), static_cast<std::size_t>(x.actors)) << x.file;
    EXPECT_EQ(kinds[int(EventKind::Post)], x.posts) << x.file;
    EXPECT_EQ(kinds[int(EventKind::Repost)], x.reposts) << x.file;
    EXPECT_EQ(kinds[int(EventKind::Reply)], x.replies) << x.file;
    EXPECT_EQ(kinds[int(EventKind::Quote)], x.quotes) << x.file;
    EXPECT_EQ(r.report.recordsRead, x.records) << x.file;
    std::int64_t skipped = 0;
    for (const auto &[reason, count] : x.skipped) {
        EXPECT_EQ(skippedFor(r.report, reason), count) << x.file << ": " << reason;
        skipped += count;
    }
    EXPECT_EQ(r.report.skippedTotal(), skipped) << x.file << "\n" << r.report.toText().toStdString();
}

} // namespace

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

TEST(ImportRealData, MastodonFiles)
{
    checkImport({"mastodon/mastodon4j-context-2017-int-ids.json", 2, 1, 0, 2, 0, 3, {}});
    checkImport({"mastodon/mastodon4j-public-timeline-2017.json", 19, 20, 0, 0, 0, 20, {}});
    checkImport({"mastodon/mastodondart-public-timeline.json", 17, 19, 0, 1, 0, 20, {}});
    checkImport({"mastodon/rtoot-fosstodon-account-statuses-p1.json", 12, 12, 0, 8, 0, 20, {}});
    checkImport({"mastodon/rtoot-fosstodon-account-statuses-p2.json", 9, 4, 0, 16, 0, 20, {}});
    checkImport({"mastodon/rtoot-fosstodon-account-statuses-p3.json", 10, 13, 1, 7, 0, 20, {}});
    checkImport({"mastodon/rtoot-fosstodon-account-statuses-p4.json", 9, 10, 0, 10, 0, 20, {}});
    checkImport({"mastodon/rtoot-fosstodon-account-statuses-p5.json", 9, 9, 0, 11, 0, 20, {}});
    checkImport({"mastodon/rtoot-fosstodon-context-114026814291152535.json", 3, 0, 0, 3, 0, 3, {}});
    checkImport({"mastodon/rtoot-fosstodon-context-with-ancestor-114027213608365869.json", 1, 1, 0, 0, 0, 1, {}});
    checkImport({"mastodon/rtoot-fosstodon-status-114620457512351116.json", 2, 1, 0, 0, 0, 1, {}});
}

TEST(ImportRealData, BlueskyFiles)
{
    checkImport({"bluesky/atprotodart-getAuthorFeed.json", 21, 12, 2, 34, 1, 25, {}});
    checkImport({"bluesky/atprotodart-getPostThread-blocked-notfound.json", 8, 1, 0, 3, 1, 8,
                 {{"blocked post", 2}, {"post not found", 2}}});
    checkImport({"bluesky/atprotodart-getTimeline.json", 104, 103, 3, 239, 13, 202, {{"blocked post", 1}, {"post not found", 1}}});
    checkImport({"bluesky/twitwi-bluesky-postviews.json", 127, 87, 2, 19, 23, 123, {{"impossible date", 1}}});
}

TEST(ImportRealData, BlueskyRepostedByHasNoTimesAndIsRefused)
{
    CASCADE_REAL_DATA(path, "bluesky/atprotodart-getRepostedBy.json");
    const ImportResult r = importFiles({path});
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.report.recordsRead, 1);
    EXPECT_EQ(skippedFor(r.report, "reposter without a time (getRepostedBy)"), 1);
    EXPECT_TRUE(r.error.contains(QStringLiteral("getRepostedBy.json: no posts found"))) << r.error.toStdString();
}
