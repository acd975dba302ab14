// SPDX-License-Identifier: GPL-3.0-or-later
// X account archive import: the hand-made archive in tests/data/import/x-archive checked
// field by field, the same archive as a zip built here with libzip, refused and broken
// inputs, and the real archive of ../shared/real-data/x-archive.
#include "tests/core/importtestutil.h"

#include "core/io/import/importers.h"

#include <QFile>
#include <QTemporaryDir>

#include <zip.h>

using namespace cascade;
using namespace cascade::test;

namespace {

ImportResult importOne(const QString &path, ImportFormat format = ImportFormat::Auto)
{
    ImportOptions options;
    options.format = format;
    return importFiles({path}, options);
}

QString fixtureDir()
{
    return importFixture("x-archive");
}

QByteArray fixtureBytes(const char *name)
{
    QFile f(fixtureDir() + QStringLiteral("/data/") + QLatin1String(name));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << name;
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(f.write(bytes), bytes.size());
}

using ZipEntries = std::vector<std::pair<QString, QByteArray>>;

// A zip at `path` holding `entries` (name, content), written with libzip from memory.
bool writeZip(const QString &path, const ZipEntries &entries)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!z)
        return false;
    for (const auto &[name, bytes] : entries) {
        zip_source_t *src = zip_source_buffer(z, bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0);
        if (!src || zip_file_add(z, name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(src);
            zip_discard(z);
            return false;
        }
    }
    return zip_close(z) == 0; // the buffers are read here: `entries` outlives it
}

ZipEntries fixtureEntries(const QString &prefix)
{
    return {{prefix + QStringLiteral("data/account.js"), fixtureBytes("account.js")},
            {prefix + QStringLiteral("data/tweets.js"), fixtureBytes("tweets.js")},
            {prefix + QStringLiteral("data/tweets-part1.js"), fixtureBytes("tweets-part1.js")},
            {prefix + QStringLiteral("data/like.js"), QByteArrayLiteral("window.YTD.like.part0 = [ ]")},
            {prefix + QStringLiteral("Your archive.html"), QByteArrayLiteral("<html></html>")}};
}

// Every field of the case that the import decides, sources aside (their titles name the
// input), one line per actor and event: two imports of the same archive compare equal.
QString caseSummary(const Case &c)
{
    QStringList lines;
    for (const Actor &a : c.actors)
        lines.push_back(QStringLiteral("actor %1|%2|%3|%4|%5|%6")
                            .arg(a.handle, a.name, a.platform, a.platformId)
                            .arg(a.followers)
                            .arg(QString::fromUtf8(a.extra)));
    for (const Event &e : c.events)
        lines.push_back(QStringLiteral("event %1|%2|%3|%4|%5|%6|%7|%8|%9")
                            .arg(e.key, formatIsoUtc(e.time), QLatin1String(eventKindName(e.kind)), handleOf(c, e.author),
                                 parentKey(c, e), mentionHandles(c, e).join(QLatin1Char(',')), e.text, e.lang,
                                 e.urls.join(QLatin1Char(',')))
                        + QLatin1Char('|') + QString::fromUtf8(e.extra));
    return lines.join(QLatin1Char('\n'));
}

QString reportSummary(const ImportReport &r)
{
    QStringList skipped;
    for (const auto &[reason, count] : r.skipped)
        skipped.push_back(QStringLiteral("%1=%2").arg(reason).arg(count));
    return QStringLiteral("read %1, imported %2, actors %3, duplicates %4, skipped %5, %6..%7")
        .arg(r.recordsRead)
        .arg(r.postsImported)
        .arg(r.actorsImported)
        .arg(r.duplicates)
        .arg(skipped.join(QLatin1Char(',')))
        .arg(formatIsoUtc(r.start), formatIsoUtc(r.end));
}

QString extraList(const QByteArray &extra, const char *member)
{
    const QByteArray key = QByteArray("\"") + member + "\":";
    const qsizetype at = extra.indexOf(key);
    if (at < 0)
        return {};
    const qsizetype end = extra.indexOf(']', at);
    return QString::fromUtf8(extra.mid(at + key.size(), end - at - key.size() + 1));
}

} // namespace

TEST(XArchive, DetectsArchivesByContent)
{
    EXPECT_EQ(detectImportFormat(fixtureDir()), ImportFormat::XArchive);
    EXPECT_EQ(detectImportFormat(fixtureDir() + QStringLiteral("/data")), ImportFormat::XArchive);
    EXPECT_EQ(detectImportFormat(fixtureDir() + QStringLiteral("/data/tweets-part1.js")), ImportFormat::XArchive);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString zip = dir.filePath(QStringLiteral("twitter-2020-03-04.zip"));
    ASSERT_TRUE(writeZip(zip, fixtureEntries({})));
    EXPECT_EQ(detectImportFormat(zip), ImportFormat::XArchive);
    // A zip of something else is not an archive; nor is an empty folder.
    const QString other = dir.filePath(QStringLiteral("other.zip"));
    ASSERT_TRUE(writeZip(other, {{QStringLiteral("notes/tweets.txt"), QByteArrayLiteral("hello")}}));
    QString why;
    EXPECT_EQ(detectImportFormat(other, &why), ImportFormat::Auto);
    EXPECT_EQ(why, QStringLiteral("a zip archive without data/tweets.js or data/tweet.js"));
    const ImportResult r = importOne(other);
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(r.error.contains(QStringLiteral("cannot tell the format"))) << r.error.toStdString();
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("empty")));
    EXPECT_EQ(detectImportFormat(dir.filePath(QStringLiteral("empty")), &why), ImportFormat::Auto);
}

TEST(XArchive, FixtureFieldByField)
{
    const ImportResult r = importOne(fixtureDir());
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    EXPECT_EQ(c.checkInvariants(), QString());
    EXPECT_EQ(r.report.formats, QStringList{QStringLiteral("x-archive")});
    // tweets.js holds 6 items, tweets-part1.js 6: tweet 5001 again, a year-0 tweet and an
    // item without an id among them. Warnings name the line where the item starts.
    EXPECT_EQ(r.report.recordsRead, 12);
    EXPECT_EQ(r.report.duplicates, 1);
    EXPECT_EQ(skippedFor(r.report, "impossible date"), 1);
    EXPECT_EQ(skippedFor(r.report, "not a tweet"), 1);
    EXPECT_EQ(r.report.skippedTotal(), 2);
    EXPECT_EQ(r.report.postsImported, 9);
    EXPECT_EQ(r.report.actorsImported, 7);
    EXPECT_EQ(formatIsoUtc(r.report.start), QStringLiteral("2015-06-04T15:16:17Z"));
    EXPECT_EQ(formatIsoUtc(r.report.end), QStringLiteral("2020-03-03T11:00:00Z"));
    const QString warnings = r.report.warnings.join(QLatin1Char('\n'));
    EXPECT_TRUE(warnings.contains(QStringLiteral("tweets-part1.js:83: impossible date, skipped (tweet 5007 has the date "
                                                 "\"Sun Jan 01 00:00:00 +0000 0000\")")))
        << warnings.toStdString();
    EXPECT_TRUE(warnings.contains(QStringLiteral("tweets-part1.js:195: not a tweet, skipped (a tweet without id_str)")))
        << warnings.toStdString();
    EXPECT_FALSE(warnings.contains(QStringLiteral("owner"))) << warnings.toStdString();

    // Actors: the owner (account.js), the mentioned, and the authors of missing parents.
    ASSERT_EQ(c.actors.size(), 7u);
    const Actor *owner = actorByPlatformId(c, QStringLiteral("900"));
    ASSERT_TRUE(owner);
    EXPECT_EQ(owner->handle, QStringLiteral("@owner_new"));
    EXPECT_EQ(owner->name, QStringLiteral("Owner \U0001F989"));
    EXPECT_EQ(owner->platform, QStringLiteral("twitter"));
    EXPECT_EQ(owner->followers, 0);
    // A mention under the handle the owner had before: account.js names the newest.
    EXPECT_EQ(extraList(owner->extra, "former_handles"), QStringLiteral("[\"@owner_old\"]"));
    // Renamed: @frank_old on 1 March (tweets-part1.js), @frank_new on 3 March (tweets.js).
    const Actor *frank = actorByPlatformId(c, QStringLiteral("6"));
    ASSERT_TRUE(frank);
    EXPECT_EQ(frank->handle, QStringLiteral("@frank_new"));
    EXPECT_EQ(frank->name, QStringLiteral("Frank"));
    EXPECT_EQ(extraList(frank->extra, "former_handles"), QStringLiteral("[\"@frank_old\"]"));
    const Actor *bob = actorByPlatformId(c, QStringLiteral("2"));
    ASSERT_TRUE(bob);
    EXPECT_EQ(bob->handle, QStringLiteral("@bob"));
    EXPECT_EQ(bob->name, QStringLiteral("Bob"));
    ASSERT_TRUE(actorByPlatformId(c, QStringLiteral("4")));
    EXPECT_EQ(actorByPlatformId(c, QStringLiteral("4"))->handle, QStringLiteral("@dave"));
    ASSERT_TRUE(actorByPlatformId(c, QStringLiteral("5")));
    EXPECT_EQ(actorByPlatformId(c, QStringLiteral("5"))->handle, QStringLiteral("@erin"));
    // Carol is only ever a reply's leading mention: no actor.
    EXPECT_FALSE(actorByPlatformId(c, QStringLiteral("3")));
    // Known by handle alone: the author in a quoted link, a mention with id "-1".
    QStringList handleOnly;
    for (const Actor &a : c.actors)
        if (a.platformId.isEmpty())
            handleOnly.push_back(a.handle);
    handleOnly.sort();
    EXPECT_EQ(handleOnly, (QStringList{QStringLiteral("@Grace"), QStringLiteral("@ghost_acct")}));

    // Events in time order.
    QStringList keys;
    for (const Event &e : c.events)
        keys.push_back(e.key);
    EXPECT_EQ(keys, (QStringList{QStringLiteral("twitter:5011"), QStringLiteral("twitter:5006"), QStringLiteral("twitter:5009"),
                                 QStringLiteral("twitter:5001"), QStringLiteral("twitter:5002"), QStringLiteral("twitter:5003"),
                                 QStringLiteral("twitter:5004"), QStringLiteral("twitter:5008"), QStringLiteral("twitter:5010")}));
    const auto kinds = countKinds(c);
    EXPECT_EQ(kinds[int(EventKind::Post)], 3);
    EXPECT_EQ(kinds[int(EventKind::Reply)], 3);
    EXPECT_EQ(kinds[int(EventKind::Repost)], 2);
    EXPECT_EQ(kinds[int(EventKind::Quote)], 1);
    for (const Event &e : c.events) {
        EXPECT_EQ(handleOf(c, e.author), QStringLiteral("@owner_new")) << e.key.toStdString();
        EXPECT_EQ(e.provenance.source, 0) << e.key.toStdString();
    }

    // HTML entities decoded, emoji kept; numbers written as strings; "und" is no language.
    const Event *post = eventByKey(c, QStringLiteral("twitter:5001"));
    ASSERT_TRUE(post);
    EXPECT_EQ(post->kind, EventKind::Post);
    EXPECT_EQ(formatIsoUtc(post->time), QStringLiteral("2020-03-02T10:00:00Z"));
    EXPECT_EQ(post->text, QStringLiteral("Fish & chips <3 > salad \U0001F41F\U0001F35F 'yum'"));
    EXPECT_EQ(post->lang, QStringLiteral("en"));
    EXPECT_EQ(post->urls, QStringList{QStringLiteral("https://example.org/fish")});
    EXPECT_EQ(post->parent, kNoEvent);
    EXPECT_TRUE(post->mentions.empty());
    EXPECT_TRUE(post->extra.contains("\"url\":\"https://twitter.com/owner_new/status/5001\"")) << post->extra.toStdString();

    // A reply: "@bob @carol" before display_text_range are the reply's; @dave in the body
    // is a mention; the missing parent's author (bob) is linked by a mention.
    const Event *reply = eventByKey(c, QStringLiteral("twitter:5002"));
    ASSERT_TRUE(reply);
    EXPECT_EQ(reply->kind, EventKind::Reply);
    EXPECT_EQ(formatIsoUtc(reply->time), QStringLiteral("2020-03-02T11:00:00Z"));
    EXPECT_EQ(reply->parent, kNoEvent);
    EXPECT_EQ(mentionHandles(c, *reply), (QStringList{QStringLiteral("@bob"), QStringLiteral("@dave")}));
    EXPECT_EQ(reply->text, QStringLiteral("@bob @carol thanks & welcome @dave"));
    // An older reply whose display_text_range starts at 0: its leading "@bob @carol" are
    // still the reply's.
    const Event *old = eventByKey(c, QStringLiteral("twitter:5011"));
    ASSERT_TRUE(old);
    EXPECT_EQ(old->kind, EventKind::Reply);
    EXPECT_EQ(formatIsoUtc(old->time), QStringLiteral("2015-06-04T15:16:17Z"));
    EXPECT_EQ(mentionHandles(c, *old), QStringList{QStringLiteral("@bob")});
    // A reply to a tweet of the archive: linked to it, no mention.
    const Event *thread = eventByKey(c, QStringLiteral("twitter:5010"));
    ASSERT_TRUE(thread);
    EXPECT_EQ(thread->kind, EventKind::Reply);
    EXPECT_EQ(parentKey(c, *thread), QStringLiteral("twitter:5001"));
    EXPECT_TRUE(thread->mentions.empty());

    // Retweets: only "RT @x:" tells; the original is missing and @x is linked by a mention.
    const Event *rt = eventByKey(c, QStringLiteral("twitter:5003"));
    ASSERT_TRUE(rt);
    EXPECT_EQ(rt->kind, EventKind::Repost);
    EXPECT_EQ(rt->parent, kNoEvent);
    EXPECT_EQ(mentionHandles(c, *rt), QStringList{QStringLiteral("@erin")});
    EXPECT_EQ(rt->text, QStringLiteral("RT @erin: Big news from the harbour \U0001F6A2"));
    const Event *ghost = eventByKey(c, QStringLiteral("twitter:5009"));
    ASSERT_TRUE(ghost);
    EXPECT_EQ(ghost->kind, EventKind::Repost);
    EXPECT_EQ(mentionHandles(c, *ghost), QStringList{QStringLiteral("@ghost_acct")});
    EXPECT_EQ(ghost->lang, QString());

    // The renamed account, mentioned under both handles; and the owner's old handle.
    const Event *lunch = eventByKey(c, QStringLiteral("twitter:5004"));
    ASSERT_TRUE(lunch);
    EXPECT_EQ(lunch->kind, EventKind::Post);
    EXPECT_EQ(mentionHandles(c, *lunch), QStringList{QStringLiteral("@frank_new")});
    EXPECT_EQ(lunch->lang, QString());
    const Event *note = eventByKey(c, QStringLiteral("twitter:5006"));
    ASSERT_TRUE(note);
    EXPECT_EQ(mentionHandles(c, *note), (QStringList{QStringLiteral("@owner_new"), QStringLiteral("@frank_new")}));
    EXPECT_EQ(note->text, QStringLiteral("Note from @owner_old to @frank_old"));

    // A quote: a link to a post; the quoted post is missing, its author linked by handle.
    const Event *quote = eventByKey(c, QStringLiteral("twitter:5008"));
    ASSERT_TRUE(quote);
    EXPECT_EQ(quote->kind, EventKind::Quote);
    EXPECT_EQ(quote->parent, kNoEvent);
    EXPECT_EQ(mentionHandles(c, *quote), QStringList{QStringLiteral("@Grace")});
    EXPECT_EQ(quote->urls, QStringList{QStringLiteral("https://twitter.com/Grace/status/4100")});

    EXPECT_EQ(eventByKey(c, QStringLiteral("twitter:5007")), nullptr);
    EXPECT_TRUE(warnings.contains(QStringLiteral("referenced posts are missing"))) << warnings.toStdString();
}

TEST(XArchive, DataFolderAndZipGiveTheSameCase)
{
    const ImportResult folder = importOne(fixtureDir());
    ASSERT_TRUE(folder.ok()) << folder.error.toStdString();
    const QString expected = caseSummary(*folder.value);
    const QString expectedReport = reportSummary(folder.report);

    const ImportResult data = importOne(fixtureDir() + QStringLiteral("/data"));
    ASSERT_TRUE(data.ok()) << data.error.toStdString();
    EXPECT_EQ(caseSummary(*data.value), expected);
    EXPECT_EQ(reportSummary(data.report), expectedReport);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // The archive as X hands it out (data/ at the root), and zipped with its folder.
    for (const QString &prefix : {QString(), QStringLiteral("twitter-2020-03-04-abc/")}) {
        const QString zip = dir.filePath(QStringLiteral("archive%1.zip").arg(prefix.size()));
        ASSERT_TRUE(writeZip(zip, fixtureEntries(prefix)));
        for (const ImportFormat format : {ImportFormat::Auto, ImportFormat::XArchive}) {
            const ImportResult z = importOne(zip, format);
            ASSERT_TRUE(z.ok()) << z.error.toStdString();
            EXPECT_EQ(caseSummary(*z.value), expected) << prefix.toStdString();
            EXPECT_EQ(reportSummary(z.report), expectedReport) << prefix.toStdString();
            const QString warnings = z.report.warnings.join(QLatin1Char('\n'));
            EXPECT_TRUE(warnings.contains(zip + QLatin1Char('/') + prefix
                                          + QStringLiteral("data/tweets-part1.js:83: impossible date")))
                << warnings.toStdString();
        }
    }
}

TEST(XArchive, ZipEntryClimbingOutIsRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString zip = dir.filePath(QStringLiteral("evil.zip"));
    ZipEntries entries = fixtureEntries({});
    entries.emplace_back(QStringLiteral("../evil.js"), QByteArrayLiteral("window.YTD.tweets.part9 = [ ]"));
    ASSERT_TRUE(writeZip(zip, entries));
    const ImportResult r = importOne(zip);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.error, zip + QStringLiteral(": the zip entry \"../evil.js\" points outside the archive (an absolute "
                                            "path or \"..\"); the archive is refused"));
    const QString absolute = dir.filePath(QStringLiteral("absolute.zip"));
    ASSERT_TRUE(writeZip(absolute, {{QStringLiteral("data/tweets.js"), fixtureBytes("tweets.js")},
                                    {QStringLiteral("/etc/cron.d/x"), QByteArrayLiteral("x")}}));
    const ImportResult a = importOne(absolute, ImportFormat::XArchive);
    EXPECT_FALSE(a.ok());
    EXPECT_EQ(a.error, absolute + QStringLiteral(": the zip entry \"/etc/cron.d/x\" points outside the archive (an absolute "
                                                 "path or \"..\"); the archive is refused"));
    const QString nested = dir.filePath(QStringLiteral("nested.zip"));
    ASSERT_TRUE(writeZip(nested, {{QStringLiteral("data/tweets.js"), fixtureBytes("tweets.js")},
                                  {QStringLiteral("data/media/..\\..\\x.js"), QByteArrayLiteral("x")}}));
    const ImportResult n = importOne(nested, ImportFormat::XArchive);
    EXPECT_FALSE(n.ok());
    EXPECT_TRUE(n.error.contains(QStringLiteral("\"data/media/..\\..\\x.js\" points outside"))) << n.error.toStdString();
}

TEST(XArchive, SingleFileReadsOnlyItAndSaysSo)
{
    const QString tweets = fixtureDir() + QStringLiteral("/data/tweets.js");
    const ImportResult r = importOne(tweets);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    EXPECT_EQ(r.report.recordsRead, 6);
    EXPECT_EQ(r.report.postsImported, 6);
    EXPECT_EQ(r.report.skippedTotal(), 0);
    EXPECT_EQ(handleOf(*r.value, r.value->events.front().author), QStringLiteral("@owner_new"));
    EXPECT_TRUE(r.report.warnings.contains(
        tweets + QStringLiteral(": only this file is read, not tweets-part1.js beside it; give the folder to read every part")))
        << r.report.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(XArchive, WithoutAccountTheOwnerIsAPlaceholder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString tweets = dir.filePath(QStringLiteral("tweet.js"));
    writeFile(tweets, fixtureBytes("tweets.js").replace("window.YTD.tweets.part0", "window.YTD.tweet.part0"));
    const ImportResult r = importOne(tweets);
    ASSERT_TRUE(r.ok()) << r.error.toStdString();
    const Case &c = *r.value;
    const Actor *owner = actorByPlatformId(c, QStringLiteral("archive-owner"));
    ASSERT_TRUE(owner);
    EXPECT_EQ(owner->handle, QStringLiteral("@archive-owner"));
    EXPECT_EQ(owner->name, QStringLiteral("Owner of the archive (unknown)"));
    for (const Event &e : c.events)
        EXPECT_EQ(handleOf(c, e.author), QStringLiteral("@archive-owner"));
    EXPECT_TRUE(r.report.warnings.contains(tweets + QStringLiteral(": no account.js beside the tweets: the owner of the "
                                                                   "archive is unknown; its tweets are credited to the "
                                                                   "placeholder @archive-owner")))
        << r.report.warnings.join(QLatin1Char('\n')).toStdString();

    // An account.js that names nobody: the same placeholder, the reason named.
    writeFile(dir.filePath(QStringLiteral("account.js")), QByteArrayLiteral("window.YTD.account.part0 = [ { \"account\" : { } } ]"));
    const ImportResult empty = importOne(dir.path());
    ASSERT_TRUE(empty.ok()) << empty.error.toStdString();
    EXPECT_TRUE(actorByPlatformId(*empty.value, QStringLiteral("archive-owner")));
    EXPECT_TRUE(empty.report.warnings.contains(QDir::cleanPath(dir.filePath(QStringLiteral("account.js")))
                                               + QStringLiteral(": names no accountId: the owner of the archive is "
                                                                "unknown; its tweets are credited to the placeholder "
                                                                "@archive-owner")))
        << empty.report.warnings.join(QLatin1Char('\n')).toStdString();
}

TEST(XArchive, BrokenFilesAreRefusedClearly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    auto importBytes = [&](const char *name, const QByteArray &bytes, ImportFormat format = ImportFormat::XArchive) {
        const QString path = dir.filePath(QLatin1String(name));
        writeFile(path, bytes);
        return importOne(path, format);
    };
    // No "=": plain JSON is not an archive data file.
    const ImportResult noEquals = importBytes("tweets.js", QByteArrayLiteral("[ {\"tweet\": {\"id_str\": \"1\"}} ]"));
    EXPECT_FALSE(noEquals.ok());
    EXPECT_EQ(noEquals.error, dir.filePath(QStringLiteral("tweets.js"))
                                  + QStringLiteral(": not an X archive data file: it does not start with an assignment "
                                                   "such as \"window.YTD.tweets.part0 = [\""));
    // "=" followed by something else than an array.
    const ImportResult noArray = importBytes("tweets.js", QByteArrayLiteral("window.YTD.tweets.part0 =\n{ \"tweet\": 1 }"));
    EXPECT_FALSE(noArray.ok());
    EXPECT_EQ(noArray.error, dir.filePath(QStringLiteral("tweets.js"))
                                 + QStringLiteral(":2: not an X archive data file: \"=\" is not followed by a JSON array"));
    // The fixture cut off in the middle of a tweet: refused, no partial case.
    const QByteArray whole = fixtureBytes("tweets.js");
    const ImportResult cut = importBytes("tweets.js", whole.left(whole.size() / 2));
    EXPECT_FALSE(cut.ok());
    EXPECT_FALSE(cut.value.has_value());
    EXPECT_TRUE(cut.error.startsWith(dir.filePath(QStringLiteral("tweets.js")) + QLatin1Char(':'))) << cut.error.toStdString();
    EXPECT_TRUE(cut.error.contains(QStringLiteral("not valid JSON after \"=\""))) << cut.error.toStdString();
    // Binary garbage: not detected, and refused when forced.
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.push_back(static_cast<char>((i * 7919 + 13) % 256));
    const QString binPath = dir.filePath(QStringLiteral("garbage.js"));
    writeFile(binPath, garbage);
    QString why;
    EXPECT_EQ(detectImportFormat(binPath, &why), ImportFormat::Auto);
    const ImportResult bin = importOne(binPath, ImportFormat::XArchive);
    EXPECT_FALSE(bin.ok());
    EXPECT_EQ(bin.error, binPath + QStringLiteral(": not an X archive data file: it does not start with an assignment such "
                                                  "as \"window.YTD.tweets.part0 = [\""));
    // Garbage with an "=" in the right place and invalid bytes after it.
    const ImportResult badBytes =
        importBytes("tweets.js", QByteArrayLiteral("window.YTD.tweets.part0 = [ {\"tweet\": {\"id_str\": \"\xff\xfe\"}} ]"));
    EXPECT_FALSE(badBytes.ok());
    EXPECT_TRUE(badBytes.error.contains(QStringLiteral("not valid JSON after \"=\""))) << badBytes.error.toStdString();
    // Trailing text after the array.
    const ImportResult trailing = importBytes("tweets.js", whole + QByteArrayLiteral(";\nwindow.x = 1;"));
    EXPECT_FALSE(trailing.ok());
    EXPECT_TRUE(trailing.error.contains(QStringLiteral("not valid JSON after \"=\""))) << trailing.error.toStdString();
    // A trailing ";" is fine.
    const ImportResult semicolon = importBytes("tweets.js", whole + QByteArrayLiteral(";\n"));
    EXPECT_TRUE(semicolon.ok()) << semicolon.error.toStdString();
    // Another data file of the archive: named.
    const ImportResult likes =
        importBytes("like.js", QByteArrayLiteral("window.YTD.like.part0 = [ {\"like\": {\"tweetId\": \"1\"}} ]"), ImportFormat::Auto);
    EXPECT_FALSE(likes.ok());
    EXPECT_EQ(likes.error, dir.filePath(QStringLiteral("like.js"))
                               + QStringLiteral(":1: holds window.YTD.like, not tweets (window.YTD.tweets or window.YTD.tweet)"));
    // The legacy archive.
    const ImportResult legacy =
        importBytes("2012_01.js", QByteArrayLiteral("Grailbird.data.tweets_2012_01 = \n [ ]"), ImportFormat::Auto);
    EXPECT_FALSE(legacy.ok());
    EXPECT_TRUE(legacy.error.contains(QStringLiteral("legacy archive (Grailbird"))) << legacy.error.toStdString();
    // Items that are not tweets, and an empty array: no posts.
    const ImportResult none = importBytes("tweets.js", QByteArrayLiteral("window.YTD.tweets.part0 = [ 1, \"x\", {\"like\": {}} ]"));
    EXPECT_FALSE(none.ok());
    EXPECT_TRUE(none.error.contains(QStringLiteral("no posts found (3 records read; skipped: 3 not a tweet)")))
        << none.error.toStdString();
    // A file that is not a zip although it starts like one.
    const ImportResult notZip = importBytes("broken.zip", QByteArrayLiteral("PK\x03\x04 and then nothing"));
    EXPECT_FALSE(notZip.ok());
    EXPECT_TRUE(notZip.error.startsWith(dir.filePath(QStringLiteral("broken.zip")) + QStringLiteral(": not a readable zip archive: ")))
        << notZip.error.toStdString();
    // A zip entry that is not the archive's.
    const QString zip = dir.filePath(QStringLiteral("cut.zip"));
    ASSERT_TRUE(writeZip(zip, {{QStringLiteral("data/tweets.js"), whole.left(100)}}));
    const ImportResult zcut = importOne(zip);
    EXPECT_FALSE(zcut.ok());
    EXPECT_TRUE(zcut.error.startsWith(zip + QStringLiteral("/data/tweets.js:"))) << zcut.error.toStdString();
}

TEST(XArchive, DataFilesAboveTheSizeLimitAreRefused)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString zip = dir.filePath(QStringLiteral("archive.zip"));
    ASSERT_TRUE(writeZip(zip, fixtureEntries({})));
    for (const QString &input : {fixtureDir(), zip}) {
        CaseBuilder builder;
        builder.beginFile(input, QStringLiteral("x-archive"));
        ImportInput in{input, builder, {}, 0};
        EXPECT_FALSE(importXArchiveWithLimit(in, 1000));
        const QString tweets = input == zip ? zip + QStringLiteral("/data/tweets.js")
                                            : QDir::cleanPath(fixtureDir() + QStringLiteral("/data/tweets.js"));
        // account.js (276 bytes) is read, tweets.js (5,957 bytes) is not.
        EXPECT_EQ(in.error, input == zip
                                ? tweets + QStringLiteral(": larger than 1000 bytes unpacked, the limit for a single JSON document")
                                : tweets + QStringLiteral(": larger than 1000 bytes, the limit for a single JSON document"));
        CaseBuilder big;
        ImportInput ok{input, big, {}, 0};
        EXPECT_TRUE(importXArchiveWithLimit(ok, 6000)) << ok.error.toStdString();
    }
}

#ifdef CASCADE_REAL_DATA_DIR
// The real archive: 1,163 tweets of one account, 2016-2020, older format (tweet.js).
// The figures come from `python3 tests/data/import/count_twitter.py xarchive
// ../shared/real-data/x-archive/E31415926-2020`, which reads the file with Python's json
// module under the conventions of docs/importing.md (a retweet is a tweet starting
// "RT @x:", a quote one linking to a post, a reply's leading mentions are no mentions,
// actors are the owner, the mentioned and the known authors of missing parents):
// {"actors": 87, "kinds": {"post": 874, "quote": 19, "reply": 241, "repost": 29},
//  "posts": 1163, "records": 1163, "skipped": {}}
TEST(XArchive, RealArchive)
{
    CASCADE_REAL_DATA(archive, "x-archive/E31415926-2020");
    for (const QString &input : QStringList{archive, archive + QStringLiteral("/data"), archive + QStringLiteral("/data/tweet.js")}) {
        const ImportResult r = importOne(input);
        ASSERT_TRUE(r.ok()) << r.error.toStdString();
        const Case &c = *r.value;
        EXPECT_EQ(c.checkInvariants(), QString());
        EXPECT_EQ(r.report.recordsRead, 1163);
        EXPECT_EQ(r.report.skippedTotal(), 0) << r.report.toText().toStdString();
        EXPECT_EQ(r.report.duplicates, 0);
        EXPECT_EQ(c.actors.size(), 87u);
        const auto kinds = countKinds(c);
        EXPECT_EQ(kinds[int(EventKind::Post)], 874);
        EXPECT_EQ(kinds[int(EventKind::Reply)], 241);
        EXPECT_EQ(kinds[int(EventKind::Repost)], 29);
        EXPECT_EQ(kinds[int(EventKind::Quote)], 19);
        const Actor *owner = actorByPlatformId(c, QStringLiteral("4688937990"));
        ASSERT_TRUE(owner);
        EXPECT_EQ(owner->handle, QStringLiteral("@E31415926"));
        EXPECT_EQ(owner->name, QStringLiteral("E"));
        for (const Event &e : c.events)
            EXPECT_EQ(e.author, owner - c.actors.data());
        // The reply to a renamed account: in_reply_to_screen_name has the new handle.
        const Actor *renamed = actorByPlatformId(c, QStringLiteral("747733061006135296"));
        ASSERT_TRUE(renamed);
        EXPECT_EQ(renamed->handle, QStringLiteral("@platypus999"));
        EXPECT_FALSE(r.report.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("placeholder")));
    }
    // Zipped in memory as X hands it out: the same case.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ZipEntries entries;
    for (const char *name : {"account.js", "manifest.js", "profile.js", "tweet.js"}) {
        QFile f(archive + QStringLiteral("/data/") + QLatin1String(name));
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        entries.emplace_back(QStringLiteral("data/") + QLatin1String(name), f.readAll());
    }
    const QString zip = dir.filePath(QStringLiteral("archive.zip"));
    ASSERT_TRUE(writeZip(zip, entries));
    const ImportResult folder = importOne(archive);
    const ImportResult zipped = importOne(zip);
    ASSERT_TRUE(folder.ok() && zipped.ok()) << zipped.error.toStdString();
    EXPECT_EQ(caseSummary(*zipped.value), caseSummary(*folder.value));
}
#endif // CASCADE_REAL_DATA_DIR
