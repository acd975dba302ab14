// SPDX-License-Identifier: GPL-3.0-or-later
// twarc v1 (Twitter API v1.1) import: the hand-made fixtures in tests/data/import/twarc
// checked field by field, and the real files of ../shared/real-data/twarc1.
#include "tests/core/importtestutil.h"

#include "core/io/import/importtext.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cascade;
using namespace cascade::test;

namespace {

ImportResult importOne(const QString &path, ImportFormat format = ImportFormat::Auto)
{
    ImportOptions options;
    options.format = format;
    return importFiles({path}, options);
}

} // namespace

TEST(ImportTwarc, DetectsFormatsByContent)
{
    EXPECT_EQ(detectImportFormat(importFixture("twarc/stream.jsonl")), ImportFormat::Twarc);
    EXPECT_EQ(detectImportFormat(importFixture("twarc/search.json")), ImportFormat::Twarc);
    EXPECT_EQ(detectImportFormat(importFixture("twarc2/pages.jsonl")), ImportFormat::Twarc2);
    EXPECT_EQ(detectImportFormat(importFixture("twarc2/flat.jsonl")), ImportFormat::Twarc2);
}

TEST(ImportTwarc, StreamFixtureFieldByField)
{
    const ImportResult r = importOne(importFixture("twarc/stream.jsonl"));
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(c.checkInvariants(), QString());
    // 11 lines: 7 distinct tweets written at top level (one twice), 2 notices, a year-0
    // tweet and a line cut off mid-write.
    EXPECT_EQ(r.report.recordsRead, 11);
    EXPECT_EQ(skippedFor(r.report, "delete notice"), 1);
    EXPECT_EQ(skippedFor(r.report, "limit notice"), 1);
    EXPECT_EQ(skippedFor(r.report, "impossible date"), 1);
    EXPECT_EQ(skippedFor(r.report, "truncated line"), 1);
    EXPECT_EQ(r.report.skippedTotal(), 4);
    // 1000 is embedded four more times, 1003 once, and 1001 is written twice.
    EXPECT_EQ(r.report.duplicates, 6);
    ASSERT_EQ(c.events.size(), 6u);
    ASSERT_EQ(c.actors.size(), 7u);
    EXPECT_EQ(r.report.postsImported, 6);

    const Event *post = eventByKey(c, QStringLiteral("twitter:1000"));
    ASSERT_TRUE(post);
    EXPECT_EQ(post->kind, EventKind::Post);
    EXPECT_EQ(formatIsoUtc(post->time), QStringLiteral("2020-03-02T10:00:00Z"));
    EXPECT_EQ(handleOf(c, post->author), QStringLiteral("@bob"));
    EXPECT_EQ(post->text, QStringLiteral("Planes \U0001F600 refused @carol"));
    EXPECT_EQ(post->lang, QStringLiteral("en"));
    EXPECT_EQ(mentionHandles(c, *post), QStringList{QStringLiteral("@carol")});
    EXPECT_TRUE(post->extra.contains("\"url\":\"https://twitter.com/bob/status/1000\"")) << post->extra.toStdString();

    // The reply's leading "@bob @carol" are the reply; only @dave in the body is a mention.
    const Event *reply = eventByKey(c, QStringLiteral("twitter:1001"));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->kind, EventKind::Reply);
    EXPECT_EQ(parentKey(c, *reply), QStringLiteral("twitter:1000"));
    EXPECT_EQ(mentionHandles(c, *reply), QStringList{QStringLiteral("@dave")});
    EXPECT_EQ(reply->text, QStringLiteral("@bob @carol agreed & thanks @dave \U0001F600"));

    // The retweet's automatic "RT @bobby:" is no mention; @bobby is bob's former handle.
    const Event *rt = eventByKey(c, QStringLiteral("twitter:1002"));
    ASSERT_TRUE(rt);
    EXPECT_EQ(rt->kind, EventKind::Repost);
    EXPECT_EQ(parentKey(c, *rt), QStringLiteral("twitter:1000"));
    EXPECT_EQ(mentionHandles(c, *rt), QStringList{QStringLiteral("@carol")});
    const Actor *bob = actorByPlatformId(c, QStringLiteral("2"));
    ASSERT_TRUE(bob);
    EXPECT_EQ(bob->handle, QStringLiteral("@bob"));
    EXPECT_EQ(bob->platform, QStringLiteral("twitter"));
    EXPECT_EQ(bob->followers, 50);
    EXPECT_TRUE(bob->extra.contains("\"former_handles\":[\"@bobby\"]")) << bob->extra.toStdString();

    // The streamed quote: text and links from extended_tweet, entities decoded.
    const Event *quote = eventByKey(c, QStringLiteral("twitter:1003"));
    ASSERT_TRUE(quote);
    EXPECT_EQ(quote->kind, EventKind::Quote);
    EXPECT_EQ(parentKey(c, *quote), QStringLiteral("twitter:1000"));
    EXPECT_EQ(quote->text, QStringLiteral("Look at this, the long version <3 https://t.co/x"));
    EXPECT_EQ(quote->urls, QStringList{QStringLiteral("https://twitter.com/bob/status/1000")});

    // A retweet of a quote is a retweet of the quote (twarc's order).
    const Event *rtq = eventByKey(c, QStringLiteral("twitter:1004"));
    ASSERT_TRUE(rtq);
    EXPECT_EQ(rtq->kind, EventKind::Repost);
    EXPECT_EQ(parentKey(c, *rtq), QStringLiteral("twitter:1003"));
    EXPECT_TRUE(rtq->mentions.empty());

    // A reply to a missing post keeps the link to its author as a mention.
    const Event *orphan = eventByKey(c, QStringLiteral("twitter:1005"));
    ASSERT_TRUE(orphan);
    EXPECT_EQ(orphan->kind, EventKind::Reply);
    EXPECT_EQ(orphan->parent, kNoEvent);
    EXPECT_EQ(mentionHandles(c, *orphan), QStringList{QStringLiteral("@ghost")});
    const QString warnings = r.report.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("1 referenced posts are missing"))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("2 reposts credit the original author; cascade reconstructed with rule recent")))
        << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("stream.jsonl:11: truncated line"))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("stream.jsonl:10: impossible date"))) << warnings.toStdString();

    // Events in time order; the report is kept in the case's sources.
    EXPECT_EQ(formatIsoUtc(r.report.start), QStringLiteral("2020-03-02T10:00:00Z"));
    EXPECT_EQ(formatIsoUtc(r.report.end), QStringLiteral("2020-03-02T11:00:00Z"));
    ASSERT_EQ(c.sources.size(), 2u);
    EXPECT_EQ(c.sources[0].title, QStringLiteral("stream.jsonl"));
    EXPECT_EQ(c.sources[1].id, QStringLiteral("import-report"));
    EXPECT_TRUE(c.sources[1].note.contains(QStringLiteral("posts imported: 6")));
}

TEST(ImportTwarc, MergesFilesAndKeepsTheNewestFollowerCount)
{
    const ImportResult r = importFiles({importFixture("twarc/stream.jsonl"), importFixture("twarc/search.json")});
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(c.events.size(), 7u); // search.json adds 1010; its copy of 1000 is merged
    EXPECT_EQ(r.report.duplicates, 7);
    EXPECT_EQ(r.report.recordsRead, 13);
    ASSERT_EQ(r.report.formats, (QStringList{QStringLiteral("twarc"), QStringLiteral("twarc")}));
    const Actor *alice = actorByPlatformId(c, QStringLiteral("1"));
    ASSERT_TRUE(alice);
    EXPECT_EQ(alice->followers, 125);
    EXPECT_TRUE(alice->extra.contains("\"followers_at\":\"2020-03-02T12:30:00Z\"")) << alice->extra.toStdString();
    const Event *thanks = eventByKey(c, QStringLiteral("twitter:1010"));
    ASSERT_TRUE(thanks);
    EXPECT_EQ(mentionHandles(c, *thanks), QStringList{QStringLiteral("@bob")});
    EXPECT_EQ(eventByKey(c, QStringLiteral("twitter:1000"))->provenance.source, 0);
    EXPECT_EQ(thanks->provenance.source, 1);
}

TEST(ImportTwarc, WrongFormatForcedIsAClearError)
{
    const ImportResult r = importOne(importFixture("twarc2/pages.jsonl"), ImportFormat::Twarc);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("pages.jsonl: no posts found"))) << r.error.toStdString();
}

TEST(ImportTwarc, BinaryGarbageIsRefusedWithTheFileName)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.jsonl"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(static_cast<char>((i * 7919) % 256));
    f.write(bytes);
    f.close();
    const ImportResult detected = importOne(path);
    EXPECT_FALSE(detected.ok());
    EXPECT_TRUE(detected.error.contains(QStringLiteral("garbage.jsonl: cannot tell the format"))) << detected.error.toStdString();
    const ImportResult forced = importOne(path, ImportFormat::Twarc);
    EXPECT_FALSE(forced.ok());
    EXPECT_TRUE(forced.error.contains(QStringLiteral("garbage.jsonl"))) << forced.error.toStdString();
}

TEST(ImportTwarc, AnUndatedRetweetedTweetIsPartOfItsRecordNotASkippedRecord)
{
    // One line, a retweet whose own date and whose retweeted tweet's date are both
    // impossible: one record read, one skipped, the retweeted tweet left out with a
    // warning (counting it as a second skipped record made more skipped than read).
    const QByteArray line = R"({"id_str": "11", "created_at": "", "text": "RT @a: x", "user": {"id_str": "2", "screen_name": "b"},)"
                            R"( "retweeted_status": {"id_str": "10", "created_at": "never", "text": "x", "user": {"id_str": "1", "screen_name": "a"}}})"
                            "\n"
                            R"({"id_str": "12", "created_at": "Mon Mar 02 10:00:00 +0000 2020", "text": "fine", "user": {"id_str": "1", "screen_name": "a"}})"
                            "\n";
    const ImportResult r = importBytes(line, QStringLiteral("undated.jsonl"), ImportFormat::Twarc);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.report.recordsRead, 2);
    EXPECT_EQ(r.report.skippedTotal(), 1);
    EXPECT_EQ(skippedFor(r.report, "impossible date"), 1);
    EXPECT_EQ(r.value->events.size(), 1u);
    const QString warnings = r.report.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("undated.jsonl:1: tweet 10 has the date \"never\", left out"))) << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("undated.jsonl:1: impossible date, skipped (tweet 11 has the date \"\")"))) << warnings.toStdString();
}

TEST(ImportTwarc, ANumberBeyondWhatTheParserHoldsLeavesItsFieldEmpty)
{
    // 1e400 is valid JSON but no double: the tweet is imported, its author's follower
    // count left unknown, not the record refused.
    const QByteArray line = R"({"id_str": "12", "created_at": "Mon Mar 02 10:00:00 +0000 2020", "text": "fine",)"
                            R"( "user": {"id_str": "1", "screen_name": "a", "followers_count": 1e400}})"
                            "\n";
    const ImportResult r = importBytes(line, QStringLiteral("huge-number.jsonl"), ImportFormat::Twarc);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.report.skippedTotal(), 0);
    ASSERT_EQ(r.value->events.size(), 1u);
    const Actor *a = actorByPlatformId(*r.value, QStringLiteral("1"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->followers, 0);
}

TEST(ImportTwarc, VerifiedBooleanGivesVerifiedOrNone)
{
    // Alice's later tweet does not say: what her first one said stays.
    const QByteArray lines =
        R"({"id_str":"1","created_at":"Mon Mar 02 10:00:00 +0000 2020","text":"hello","user":{"id_str":"11","screen_name":"alice","name":"Alice","verified":true}})"
        "\n"
        R"({"id_str":"2","created_at":"Mon Mar 02 10:05:00 +0000 2020","text":"hi","user":{"id_str":"12","screen_name":"bob","name":"Bob","verified":false}})"
        "\n"
        R"({"id_str":"3","created_at":"Mon Mar 02 10:10:00 +0000 2020","text":"hey","user":{"id_str":"13","screen_name":"carol","name":"Carol"}})"
        "\n"
        R"({"id_str":"4","created_at":"Mon Mar 02 11:00:00 +0000 2020","text":"again","user":{"id_str":"11","screen_name":"alice","name":"Alice"}})"
        "\n";
    const ImportResult r = importBytes(lines, QStringLiteral("verified.jsonl"), ImportFormat::Twarc);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    ASSERT_EQ(c.events.size(), 4u);
    EXPECT_EQ(verifiedOf(c, {QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13")}),
              (QStringList{QStringLiteral("verified"), QStringLiteral("none"), QString()})); // absent: unknown
}

TEST(ImportTwarc, TextHelpers)
{
    using namespace importtext;
    EXPECT_EQ(decodeEntities(u"a &amp; b &lt;3 &#39;x&#x1F600;"), QStringLiteral("a & b <3 'x\U0001F600"));
    EXPECT_EQ(decodeEntities(u"AT&T &bogus; &"), QStringLiteral("AT&T &bogus; &"));
    EXPECT_EQ(formatIsoUtc(*parseTwitterTime("Wed Oct 10 20:19:24 +0000 2018")), QStringLiteral("2018-10-10T20:19:24Z"));
    EXPECT_EQ(formatIsoUtc(*parseTwitterTime("Wed Oct 10 20:19:24 -0130 2018")), QStringLiteral("2018-10-10T21:49:24Z"));
    EXPECT_FALSE(parseTwitterTime("Mon Jan 01 00:00:00 +0000 0000"));
    EXPECT_FALSE(parsePlatformIsoTime("0000-10-14T15:06:10.730Z"));
    EXPECT_FALSE(parsePlatformIsoTime("2024-05-01T10:00:00")); // no offset
    // "a😀b": code point 2 is 'b' at UTF-16 index 3; UTF-8 byte 5 is 'b' as well.
    EXPECT_EQ(utf16IndexOfCodePoint(u"a\U0001F600b", 2), 3);
    EXPECT_EQ(utf16IndexOfUtf8Byte(u"a\U0001F600b", 5), 3);
    EXPECT_EQ(retweetedHandle(u"RT @old_name: hi"), QStringLiteral("old_name"));
    EXPECT_EQ(retweetedHandle(u"RT is not a retweet"), QString());
    EXPECT_EQ(leadingMentionsLength(u"@a @b_c hello @d"), 7);
}
