// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade stats`, run as a separate process on the bundled Haiti case.
#include "tests/app/clirun.h"

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
