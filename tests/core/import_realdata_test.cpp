// SPDX-License-Identifier: GPL-3.0-or-later
// Every real file of ../shared/real-data imported, with the counts of actors, events by
// kind and skipped records by reason checked against figures worked out independently
// from the raw files by tests/data/import/count_twitter.py (Python's json module, the
// conventions of docs/importing.md: a reply's leading mentions and a repost's automatic
// first mention are no mentions, copies merged by id and edit history, actors are the
// authors, the mentioned and the known authors of missing parents); the Bluesky and
// Mastodon files against tests/data/import/count_social.py (the same conventions); TAGS
// and NodeXL against Python's csv module and grep. Compiled only when the build found the
// folder (tests/CMakeLists.txt says where it looks); a file missing from it then fails.
#include "tests/core/importtestutil.h"

#ifdef CASCADE_REAL_DATA_DIR

#include <QSet>

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
    CASCADE_REAL_DATA(path, x.file);
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

TEST(ImportRealData, TwarcV1Files)
{
    checkImport({"twarc1/python-twitter-home-timeline.json", 20, 20, 14, 0, 1, 20, {}});
    checkImport({"twarc1/python-twitter-stream-lines.jsonl", 147, 39, 0, 32, 8, 72, {}});
    checkImport({"twarc1/python-twitter-user-timeline.json", 43, 51, 35, 12, 1, 63, {}});
    checkImport({"twarc1/tweet_parser-original-format.jsonl", 5, 13, 3, 6, 7, 25, {}});
    checkImport({"twarc1/waynegraham-dlfteach-twarc-search.jsonl", 4, 2, 2, 0, 0, 4, {}});
}

TEST(ImportRealData, Twarc2Files)
{
    checkImport({"twarc2/twarc-csv-2sets.jsonl", 296, 90, 145, 17, 24, 201, {{"error object", 1}}});
    checkImport({"twarc2/twarc-csv-edited.jsonl", 1, 1, 0, 0, 0, 1, {}});
    checkImport({"twarc2/twarc-csv-flat.jsonl", 169, 50, 47, 50, 17, 100, {}});
    checkImport({"twarc2/twarc-csv-noflat.jsonl", 169, 50, 47, 50, 17, 101, {{"error object", 1}}});
    checkImport({"twarc2/twarc-csv-quoted_edit.jsonl", 2, 1, 0, 1, 0, 1, {}});
    checkImport({"twarc2/twarc-csv-streaming_output_with_error.jsonl", 11, 7, 0, 3, 1, 8, {{"truncated line", 1}}});
}

TEST(ImportRealData, Twarc2FilesThatHoldNoTweetsAreRefused)
{
    CASCADE_REAL_DATA(users, "twarc2/twarc-csv-users-not-tweets.jsonl");
    const ImportResult u = importFiles({users});
    EXPECT_FALSE(u.ok());
    EXPECT_TRUE(u.error.contains(QStringLiteral("no posts found"))) << u.error.toStdString();
    EXPECT_EQ(u.report.recordsRead, 104);
    EXPECT_EQ(skippedFor(u.report, "user object"), 96);
    EXPECT_EQ(skippedFor(u.report, "error object"), 8);
    CASCADE_REAL_DATA(counts, "twarc2/twarc-csv-counts-not-tweets.jsonl");
    const ImportResult n = importFiles({counts});
    EXPECT_FALSE(n.ok());
    EXPECT_EQ(n.report.recordsRead, 169);
    EXPECT_EQ(skippedFor(n.report, "count object"), 169);
}

TEST(ImportRealData, FlattenedAndPagedTwarc2GiveTheSameCase)
{
    CASCADE_REAL_DATA(flatPath, "twarc2/twarc-csv-flat.jsonl");
    CASCADE_REAL_DATA(pagePath, "twarc2/twarc-csv-noflat.jsonl");
    const ImportResult flat = importFiles({flatPath});
    const ImportResult paged = importFiles({pagePath});
    ASSERT_TRUE(flat.ok() && paged.ok());
    auto describe = [](const Case &c) {
        QSet<QString> out;
        for (const Event &e : c.events) {
            QStringList mentions;
            for (ActorId m : e.mentions)
                mentions.push_back(c.actors[std::size_t(m)].platformId + c.actors[std::size_t(m)].handle);
            mentions.sort();
            out.insert(QStringLiteral("%1 %2 %3 %4 %5 %6")
                           .arg(e.key, QLatin1String(eventKindName(e.kind)), parentKey(c, e),
                                c.actors[std::size_t(e.author)].handle, mentions.join(QLatin1Char(',')), e.text));
        }
        return out;
    };
    EXPECT_EQ(describe(*flat.value), describe(*paged.value));
    // The verification too: a flattened mention carries the user as includes.users does.
    QSet<QString> flatActors, pagedActors;
    for (const Actor &a : flat.value->actors)
        flatActors.insert(a.platformId + a.handle + QLatin1Char(' ') + a.verified);
    for (const Actor &a : paged.value->actors)
        pagedActors.insert(a.platformId + a.handle + QLatin1Char(' ') + a.verified);
    EXPECT_EQ(flatActors, pagedActors);
}

// The users' `verified` badges (both files predate verified_type), checked on accounts
// whose user objects all say the same (Python's json module over the raw files).
TEST(ImportRealData, TwitterUsersKeepTheirVerifiedBadge)
{
    CASCADE_REAL_DATA(v1Path, "twarc1/python-twitter-user-timeline.json");
    const ImportResult v1 = importFiles({v1Path});
    ASSERT_TRUE(v1.ok()) << v1.error.toStdString();
    // @jack and @dpp.
    EXPECT_EQ(verifiedOf(*v1.value, {QStringLiteral("12"), QStringLiteral("3930521")}),
              (QStringList{QStringLiteral("verified"), QStringLiteral("none")}));

    CASCADE_REAL_DATA(v2Path, "twarc2/twarc-csv-noflat.jsonl");
    const ImportResult v2 = importFiles({v2Path});
    ASSERT_TRUE(v2.ok()) << v2.error.toStdString();
    // @FoxNews wrote only an included tweet, one that a tweet of the page replies to.
    EXPECT_EQ(verifiedOf(*v2.value, {QStringLiteral("1367531"), QStringLiteral("1352661060663336960")}),
              (QStringList{QStringLiteral("verified"), QStringLiteral("none")}));
}

TEST(ImportRealData, EditedTweetKeepsItsNewestVersionAndHistory)
{
    CASCADE_REAL_DATA(path, "twarc2/twarc-csv-edited.jsonl");
    const ImportResult r = importFiles({path});
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    ASSERT_EQ(r.value->events.size(), 1u);
    EXPECT_TRUE(r.value->events[0].extra.contains("\"edit_history\":[")) << r.value->events[0].extra.toStdString();
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

TEST(ImportRealData, TagsFiles)
{
    // Counted with Python's csv module: rows, "RT @" texts, in_reply_to_status_id_str
    // cells that are not NA; actors = from_user_id_str, the entities_str mentions (the
    // retweeted account included: the original is missing, so it is linked).
    CASCADE_REAL_DATA(sample, "tags/tidytags-sample-data.csv");
    const ImportResult r = importFiles({sample});
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.report.recordsRead, 10);
    EXPECT_EQ(r.report.skippedTotal(), 0);
    const auto kinds = countKinds(*r.value);
    EXPECT_EQ(kinds[int(EventKind::Post)], 2);
    EXPECT_EQ(kinds[int(EventKind::Repost)], 8);
    EXPECT_EQ(kinds[int(EventKind::Reply)], 0);
    EXPECT_EQ(r.value->actors.size(), 14u);
    CASCADE_REAL_DATA(tweet, "tags/tidytags-sample-tweet.csv");
    const ImportResult one = importFiles({tweet});
    ASSERT_TRUE(one.ok()) << one.error.toStdString();
    EXPECT_EQ(one.report.recordsRead, 1);
    EXPECT_EQ(one.value->events.size(), 1u);
    EXPECT_EQ(one.value->events[0].kind, EventKind::Repost);
    EXPECT_EQ(one.value->actors.size(), 2u);
}

TEST(ImportRealData, NodeXLSampleWorkbookHasNoTimesAndIsRefused)
{
    // 68 <edge> elements (grep -c), none with a date column: NodeXL's own sample is not a
    // Twitter network.
    CASCADE_REAL_DATA(path, "nodexl/nodexl-sample-workbook.graphml");
    EXPECT_EQ(detectImportFormat(path), ImportFormat::NodeXL);
    const ImportResult r = importFiles({path});
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.report.recordsRead, 68);
    EXPECT_EQ(skippedFor(r.report, "edge without a time"), 68);
    EXPECT_TRUE(r.error.contains(QStringLiteral("no posts found"))) << r.error.toStdString();
}

#endif // CASCADE_REAL_DATA_DIR
