// SPDX-License-Identifier: GPL-3.0-or-later
// Pseudonyms for slides: who is hidden, numbering by first appearance, free-text
// replacement, and the bundled Haiti case.
#include "core/io/casefile.h"
#include "core/model/case.h"
#include "core/model/pseudonyms.h"

#include <gtest/gtest.h>

using namespace cascade;

namespace {

Actor account(const QString &handle, std::int64_t followers, const QString &name = {},
              const QString &platform = QStringLiteral("twitter"))
{
    Actor a;
    a.handle = handle;
    a.name = name;
    a.followers = followers;
    a.platform = platform;
    return a;
}

Event event(const QString &key, TimeMs minute, ActorId author, std::vector<ActorId> mentions = {})
{
    Event e;
    e.key = key;
    e.time = minute * kMsPerMinute;
    e.author = author;
    e.mentions = std::move(mentions);
    return e;
}

// Actors listed in an order different from the order they appear in.
Case smallCase()
{
    Case c = makeEmptyCase();
    c.actors = {
        account(QStringLiteral("@big"), 50'000, QStringLiteral("Big Outlet")),       // 0
        account(QStringLiteral("@late_small"), 10, QStringLiteral("Late Small")),    // 1
        account(QStringLiteral("@early_small"), 99, QStringLiteral("Jane Early")),   // 2
        account(QStringLiteral("press-office"), 0, QStringLiteral("Press office"), QStringLiteral("offline")), // 3
        account(QStringLiteral("@unknown_count"), 0),                                // 4
        account(QStringLiteral("@never_seen"), 5),                                   // 5
        account(QStringLiteral("@edge"), 100),                                       // 6
    };
    c.events = {
        event(QStringLiteral("e1"), 0, 0, {4}), // @big mentions @unknown_count
        event(QStringLiteral("e2"), 1, 2),      // @early_small
        event(QStringLiteral("e3"), 2, 3),      // the press office
        event(QStringLiteral("e4"), 3, 1, {6}), // @late_small mentions @edge
    };
    EXPECT_EQ(c.checkInvariants(), QString());
    return c;
}

} // namespace

TEST(Pseudonyms, DisabledHidesNobody)
{
    const Case c = smallCase();
    for (const Pseudonyms &p : {Pseudonyms(), Pseudonyms(c, 0)}) {
        EXPECT_FALSE(p.enabled());
        EXPECT_EQ(p.count(), 0);
        EXPECT_EQ(p.apply(QStringLiteral("@late_small said")), QStringLiteral("@late_small said"));
    }
    const Pseudonyms p(c, 0);
    for (ActorId a = 0; a < static_cast<ActorId>(c.actors.size()); ++a) {
        EXPECT_FALSE(p.isHidden(a));
        EXPECT_EQ(p.label(a), c.actors[static_cast<std::size_t>(a)].handle);
    }
}

TEST(Pseudonyms, NumbersAccountsUnderTheThresholdByFirstAppearance)
{
    const Case c = smallCase();
    const Pseudonyms p(c, 100);
    // Under 100 followers and online: @unknown_count (mentioned in e1), @early_small
    // (e2), @late_small (e4), then @never_seen (no event, last). @edge has exactly 100.
    EXPECT_EQ(p.count(), 4);
    EXPECT_EQ(p.label(4), QStringLiteral("follower 1"));
    EXPECT_EQ(p.label(2), QStringLiteral("follower 2"));
    EXPECT_EQ(p.label(1), QStringLiteral("follower 3"));
    EXPECT_EQ(p.label(5), QStringLiteral("follower 4"));
    EXPECT_FALSE(p.isHidden(0));
    EXPECT_FALSE(p.isHidden(3)) << "offline parties are organisations, not accounts";
    EXPECT_FALSE(p.isHidden(6)) << "the threshold is strict: 'under N followers'";
    EXPECT_EQ(p.label(0), QStringLiteral("@big"));
    EXPECT_EQ(p.name(2), QString());
    EXPECT_EQ(p.name(0), QStringLiteral("Big Outlet"));
    EXPECT_EQ(p.numberOf(1), 3);
    EXPECT_EQ(p.numberOf(kNoActor), 0);
    EXPECT_EQ(p.label(kNoActor), QString());
}

TEST(Pseudonyms, SameNumbersWhateverTheThresholdOrder)
{
    // Two independent constructions agree (the deck builds one per slide or one for all).
    const Case c = smallCase();
    const Pseudonyms a(c, 100), b(c, 100);
    for (ActorId x = 0; x < static_cast<ActorId>(c.actors.size()); ++x)
        EXPECT_EQ(a.label(x), b.label(x));
    // A higher threshold hides more, and renumbers by appearance: @big now comes first.
    const Pseudonyms all(c, 1'000'000);
    EXPECT_EQ(all.label(0), QStringLiteral("follower 1"));
    EXPECT_EQ(all.label(4), QStringLiteral("follower 2"));
    EXPECT_EQ(all.label(6), QStringLiteral("follower 5"));
}

TEST(Pseudonyms, ReplacesHandlesAndNamesInFreeText)
{
    const Case c = smallCase();
    const Pseudonyms p(c, 100);
    EXPECT_EQ(p.apply(QStringLiteral("@early_small tipped @big; Jane Early, of twitter.com/late_small, agreed.")),
              QStringLiteral("follower 2 tipped @big; follower 2, of twitter.com/follower 3, agreed."));
    // Case-insensitive, whole words only: a longer handle that starts the same is kept.
    EXPECT_EQ(p.apply(QStringLiteral("@EARLY_SMALL and @early_smaller")),
              QStringLiteral("follower 2 and @early_smaller"));
    EXPECT_EQ(p.apply(QStringLiteral("(@late_small)")), QStringLiteral("(follower 3)"));
}

TEST(Pseudonyms, HaitiFollowerAndRetweetersHiddenAtOneThousand)
{
    const ReadResult read = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
    ASSERT_TRUE(read.ok()) << read.errorText().toStdString();
    const Case &c = *read.value;
    const Pseudonyms p(c, 1000);
    const ActorId follower = c.actorByHandle(QStringLiteral("@unknown_follower"));
    const ActorId curry = c.actorByHandle(QStringLiteral("@AnnCurry"));
    const ActorId airForce = c.actorByHandle(QStringLiteral("@usairforce"));
    ASSERT_NE(follower, kNoActor);
    EXPECT_TRUE(p.isHidden(follower));
    EXPECT_FALSE(p.isHidden(curry));
    EXPECT_FALSE(p.isHidden(airForce));
    // The follower takes part before any small retweeter: it is follower 1.
    EXPECT_EQ(p.label(follower), QStringLiteral("follower 1"));
    int expected = 0;
    for (const Actor &a : c.actors)
        expected += a.platform != QLatin1String("offline") && a.followers < 1000 ? 1 : 0;
    EXPECT_EQ(p.count(), expected);
    for (const Milestone &m : c.milestones) {
        const QString text = p.apply(m.title + QLatin1Char(' ') + m.caption);
        EXPECT_FALSE(text.contains(QStringLiteral("unknown_follower"))) << text.toStdString();
    }
}
