// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade stats`, run as a separate process on the bundled Haiti case.
#include "tests/app/clirun.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace {

cascade::test::CliResult stats(const QStringList &args)
{
    return cascade::test::runCascade(QStringList{QStringLiteral("stats")} + args);
}

const QString kHaiti = QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json");

QStringList handles(const QJsonArray &steps, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : steps)
        out << v.toObject().value(key).toString();
    return out;
}

} // namespace

TEST(StatsCli, JsonSummaryTableAndActor)
{
    const cascade::test::CliResult r = stats({kHaiti, QStringLiteral("--json"), QStringLiteral("--actor"), QStringLiteral("@unknown_follower"),
                         QStringLiteral("--sort"), QStringLiteral("exposure"), QStringLiteral("--top"), QStringLiteral("5")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();

    EXPECT_EQ(root.value(QStringLiteral("as_of")).toString(), QStringLiteral("2010-01-17T19:40:00Z"));
    EXPECT_EQ(root.value(QStringLiteral("credit_rule")).toString(), QStringLiteral("recent"));
    EXPECT_TRUE(root.value(QStringLiteral("flags")).toObject().value(QStringLiteral("potential_exposure_is_upper_bound")).toBool());

    const QJsonObject summary = root.value(QStringLiteral("summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("origin")).toString(), QStringLiteral("@MSF_USA"));
    const QJsonObject target = summary.value(QStringLiteral("targets")).toArray().at(0).toObject();
    EXPECT_EQ(target.value(QStringLiteral("handle")).toString(), QStringLiteral("@usairforce"));
    EXPECT_EQ(target.value(QStringLiteral("first_response_event")).toString(), QStringLiteral("e08"));
    EXPECT_EQ(handles(target.value(QStringLiteral("path")).toArray(), QStringLiteral("actor")),
              (QStringList{QStringLiteral("@MSF_USA"), QStringLiteral("@AnnCurry"), QStringLiteral("@unknown_follower"),
                           QStringLiteral("@AnnCurry"), QStringLiteral("@usairforce")}));
    const QJsonArray critical = summary.value(QStringLiteral("critical_actors")).toArray();
    EXPECT_EQ(handles(critical, QStringLiteral("handle")),
              (QStringList{QStringLiteral("@AnnCurry"), QStringLiteral("@unknown_follower")}));

    const QJsonArray measures = root.value(QStringLiteral("measures")).toArray();
    ASSERT_EQ(measures.size(), 5);
    EXPECT_EQ(measures.at(0).toObject().value(QStringLiteral("handle")).toString(), QStringLiteral("@AnnCurry"));
    for (int i = 1; i < measures.size(); ++i)
        EXPECT_GE(measures.at(i - 1).toObject().value(QStringLiteral("potential_exposure")).toDouble(),
                  measures.at(i).toObject().value(QStringLiteral("potential_exposure")).toDouble());
    EXPECT_EQ(measures.at(0).toObject().value(QStringLiteral("brokerage")).toObject().value(QStringLiteral("dominant")).toString(),
              QStringLiteral("liaison"));

    const QJsonObject actor = root.value(QStringLiteral("actor")).toObject();
    EXPECT_EQ(actor.value(QStringLiteral("handle")).toString(), QStringLiteral("@unknown_follower"));
    EXPECT_EQ(actor.value(QStringLiteral("followers")).toInt(), 150);
    const QJsonObject whatIf = actor.value(QStringLiteral("what_if")).toObject();
    EXPECT_EQ(whatIf.value(QStringLiteral("dropped_events")).toInt(), 39);
    const QJsonObject outcome = whatIf.value(QStringLiteral("targets")).toArray().at(0).toObject();
    EXPECT_TRUE(outcome.value(QStringLiteral("still_reached")).toBool());
    EXPECT_EQ(outcome.value(QStringLiteral("added_latency_ms")).toDouble(), (2 * 60 + 28) * 60 * 1000.0);
}

TEST(StatsCli, AnActorIsFoundWithoutItsAtSignOrItsCase)
{
    const cascade::test::CliResult r = stats({kHaiti, QStringLiteral("--json"), QStringLiteral("--actor"), QStringLiteral("anncurry")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject actor = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("actor")).toObject();
    EXPECT_EQ(actor.value(QStringLiteral("handle")).toString(), QStringLiteral("@AnnCurry"));
}

TEST(StatsCli, AsOfATimeInText)
{
    const cascade::test::CliResult r = stats({kHaiti, QStringLiteral("--at"), QStringLiteral("2010-01-17T11:00:00-05:00")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("As of 2010-01-17T11:00:00-05:00: 5 of 49 events"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Target @usairforce: not reached"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("upper bound"))) << r.out.toStdString();
}

TEST(StatsCli, UsageErrors)
{
    EXPECT_EQ(stats({}).exitCode, 2);
    EXPECT_EQ(stats({kHaiti, QStringLiteral("--rule"), QStringLiteral("newest")}).exitCode, 2);
    EXPECT_EQ(stats({kHaiti, QStringLiteral("--sort"), QStringLiteral("fame")}).exitCode, 2);
    EXPECT_EQ(stats({kHaiti, QStringLiteral("--at"), QStringLiteral("2010-01-17T11:00:00")}).exitCode, 2); // no offset
    EXPECT_EQ(stats({kHaiti, QStringLiteral("--actor"), QStringLiteral("@nobody")}).exitCode, 2);
    EXPECT_EQ(stats({QStringLiteral("/nonexistent/case.json")}).exitCode, 1);
    // An unknown option is unknown, last on the line or not; a known one lacks its value.
    for (const QStringList &args : {QStringList{kHaiti, QStringLiteral("--bogus")},
                                    QStringList{kHaiti, QStringLiteral("--bogus"), QStringLiteral("1")},
                                    QStringList{kHaiti, QStringLiteral("--bogus=1")}}) {
        const cascade::test::CliResult r = stats(args);
        EXPECT_EQ(r.exitCode, 2);
        EXPECT_TRUE(r.err.contains(QStringLiteral("unknown argument \"--bogus"))) << r.err.toStdString();
    }
    const cascade::test::CliResult r = stats({kHaiti, QStringLiteral("--top")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--top needs a value"))) << r.err.toStdString();
}

namespace {

// The relays (reposts and quotes) of event `key` in the case file at or before `until`,
// read from its JSON.
int relaysOf(const QString &key, const QDateTime &until = {})
{
    QFile f(kHaiti);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    int n = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString kind = e.value(QStringLiteral("kind")).toString();
        const QDateTime time = QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODate);
        n += e.value(QStringLiteral("parent")).toString() == key && (kind == QLatin1String("repost") || kind == QLatin1String("quote"))
             && (!until.isValid() || time <= until);
    }
    return n;
}

} // namespace

TEST(StatsCli, CascadesAsJsonLargestFirst)
{
    const cascade::test::CliResult r = stats({kHaiti, QStringLiteral("--cascades"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("sort")).toString(), QStringLiteral("size"));
    const QJsonArray cascades = root.value(QStringLiteral("cascades")).toArray();
    ASSERT_GE(cascades.size(), 2);
    EXPECT_EQ(root.value(QStringLiteral("cascades_total")).toInt(), cascades.size());
    const QJsonObject wave = cascades.at(0).toObject();
    // The wave after the targeted tweet: one cascade rooted in Ann Curry's 11:52 tweet.
    EXPECT_EQ(wave.value(QStringLiteral("root")).toString(), QStringLiteral("e07"));
    EXPECT_EQ(wave.value(QStringLiteral("seed")).toString(), QStringLiteral("@AnnCurry"));
    EXPECT_EQ(wave.value(QStringLiteral("root_time")).toString(), QStringLiteral("2010-01-17T16:52:00Z"));
    const int relays = relaysOf(QStringLiteral("e07"));
    EXPECT_GE(relays, 30);
    EXPECT_EQ(wave.value(QStringLiteral("relays")).toInt(), relays);
    EXPECT_EQ(wave.value(QStringLiteral("size")).toInt(), relays + 1);
    EXPECT_GE(wave.value(QStringLiteral("depth")).toInt(), 1);
    EXPECT_GT(wave.value(QStringLiteral("half_life_ms")).toDouble(), 0);
    EXPECT_LE(wave.value(QStringLiteral("first_relay")).toString(), wave.value(QStringLiteral("last_relay")).toString());
    for (int i = 1; i < cascades.size(); ++i)
        EXPECT_GE(cascades.at(i - 1).toObject().value(QStringLiteral("size")).toInt(),
                  cascades.at(i).toObject().value(QStringLiteral("size")).toInt());

    // The platform's attribution: every relay on the root, a broadcast of 2(n-1)/n.
    const cascade::test::CliResult rootOnly = stats({kHaiti, QStringLiteral("--cascades"), QStringLiteral("--json"),
                                                     QStringLiteral("--rule"), QStringLiteral("root"), QStringLiteral("--top"),
                                                     QStringLiteral("1"), QStringLiteral("--sort"), QStringLiteral("width")});
    ASSERT_EQ(rootOnly.exitCode, 0) << rootOnly.err.toStdString();
    const QJsonObject top = QJsonDocument::fromJson(rootOnly.out.toUtf8()).object();
    const QJsonArray one = top.value(QStringLiteral("cascades")).toArray();
    ASSERT_EQ(one.size(), 1);
    const QJsonObject broadcast = one.at(0).toObject();
    EXPECT_EQ(broadcast.value(QStringLiteral("root")).toString(), QStringLiteral("e07"));
    EXPECT_EQ(broadcast.value(QStringLiteral("shape")).toString(), QStringLiteral("broadcast"));
    EXPECT_EQ(broadcast.value(QStringLiteral("width")).toInt(), relays);
    const double n = relays + 1;
    EXPECT_NEAR(broadcast.value(QStringLiteral("structural_virality")).toDouble(), 2 * (n - 1) / n, 1e-9);
}

TEST(StatsCli, CascadesAsOfATimeInText)
{
    const cascade::test::CliResult r = stats({kHaiti, QStringLiteral("--cascades"), QStringLiteral("--at"),
                                              QStringLiteral("2010-01-17T12:00:00-05:00"), QStringLiteral("--sort"),
                                              QStringLiteral("time")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("by time; cascade credit: recent"))) << r.out.toStdString();
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    const qsizetype header = lines.indexOf(lines.filter(QStringLiteral("root seed")).value(0));
    ASSERT_GE(header, 0) << r.out.toStdString();
    // Earliest first: MSF's post, then Ann Curry's 11:52 tweet with the relays before noon.
    ASSERT_GT(lines.size(), header + 2);
    EXPECT_TRUE(lines[header + 1].startsWith(QStringLiteral("e02"))) << lines[header + 1].toStdString();
    EXPECT_TRUE(lines[header + 2].startsWith(QStringLiteral("e07"))) << lines[header + 2].toStdString();
    EXPECT_FALSE(r.out.contains(QStringLiteral("\ne10"))) << "posted after the time";
    const QStringList cells = lines[header + 2].simplified().split(QLatin1Char(' '));
    ASSERT_GE(cells.size(), 4);
    // The relays of e07 up to noon, and the root.
    const int relays = relaysOf(QStringLiteral("e07"), QDateTime::fromString(QStringLiteral("2010-01-17T12:00:00-05:00"), Qt::ISODate));
    EXPECT_GE(relays, 5);
    EXPECT_LT(relays, relaysOf(QStringLiteral("e07")));
    EXPECT_EQ(cells[3].toInt(), relays + 1) << lines[header + 2].toStdString();
}

TEST(StatsCli, CascadesUsageErrors)
{
    const cascade::test::CliResult sort = stats({kHaiti, QStringLiteral("--cascades"), QStringLiteral("--sort"), QStringLiteral("followers")});
    EXPECT_EQ(sort.exitCode, 2);
    EXPECT_TRUE(sort.err.contains(QStringLiteral("size, depth, width, virality or time"))) << sort.err.toStdString();
    EXPECT_EQ(stats({kHaiti, QStringLiteral("--sort"), QStringLiteral("virality")}).exitCode, 2); // not an actor measure
    const cascade::test::CliResult actor = stats({kHaiti, QStringLiteral("--cascades"), QStringLiteral("--actor"), QStringLiteral("@AnnCurry")});
    EXPECT_EQ(actor.exitCode, 2);
    EXPECT_TRUE(actor.err.contains(QStringLiteral("cannot be used together"))) << actor.err.toStdString();
}
