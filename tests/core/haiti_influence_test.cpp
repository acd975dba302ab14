// SPDX-License-Identifier: GPL-3.0-or-later
// The influence analytics on the bundled Haiti 2010 case: the "Done when" checks of
// issue 3 (the path through Ann Curry and the follower's tip, Curry as a liaison, the
// follower's removal, potential exposure by hand).
#include "core/analysis/actormeasures.h"
#include "core/analysis/brokerage.h"
#include "core/analysis/caseanalysis.h"
#include "core/analysis/cascades.h"
#include "core/analysis/casesummary.h"
#include "core/analysis/temporalpaths.h"
#include "core/analysis/whatif.h"
#include "core/io/casefile.h"
#include "core/model/case.h"
#include "core/timeline/snapshot.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <numeric>

using namespace cascade;

namespace {

class HaitiInfluence : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        ReadResult r = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
        ASSERT_TRUE(r.ok()) << r.errorText().toStdString();
        s_case = new Case(std::move(*r.value));
        s_analysis = new CaseAnalysis(*s_case);
    }
    static void TearDownTestSuite()
    {
        delete s_analysis;
        delete s_case;
        s_analysis = nullptr;
        s_case = nullptr;
    }

    static ActorId actor(const char *handle)
    {
        const ActorId a = s_case->actorByHandle(QLatin1String(handle));
        EXPECT_NE(a, kNoActor) << handle;
        return a;
    }
    static EventId event(const char *key)
    {
        const EventId e = s_case->eventByKey(QLatin1String(key));
        EXPECT_NE(e, kNoEvent) << key;
        return e;
    }
    static TimeMs at(const char *iso) { return *parseIsoTime(std::string_view(iso)); }

    static Case *s_case;
    static CaseAnalysis *s_analysis;
};

Case *HaitiInfluence::s_case = nullptr;
CaseAnalysis *HaitiInfluence::s_analysis = nullptr;

} // namespace

TEST_F(HaitiInfluence, EarliestPathToTheAirForceRunsThroughCurryAndTheTip)
{
    const ActorId msf = actor("@MSF_USA"), curry = actor("@AnnCurry"), follower = actor("@unknown_follower"),
                  airforce = actor("@usairforce");
    const TemporalReach &reach = s_analysis->originReach();
    EXPECT_EQ(reach.start, at("2010-01-17T09:30:00-05:00")); // the press release, MSF's first event

    const TemporalPath path = temporalPath(s_analysis->index(), reach, airforce);
    ASSERT_TRUE(path.reached);
    EXPECT_EQ(path.arrival, at("2010-01-17T11:52:00-05:00"));
    EXPECT_EQ(path.latency, 2 * kMsPerHour + 22 * kMsPerMinute);
    EXPECT_EQ(path.actors(), (std::vector<ActorId>{msf, curry, follower, curry, airforce}));
    // MSF's tweet -> Curry's 10:55 relay -> the follower's tip -> Curry's 11:52 tweet,
    // prompted by the tip, which names @usairforce.
    EXPECT_EQ(path.events, (std::vector<EventId>{event("e02"), event("e05"), event("e06"), event("e07")}));
    ASSERT_EQ(path.steps.size(), 5u);
    EXPECT_EQ(path.steps[0].how, PathStep::How::Origin);
    EXPECT_EQ(path.steps[1].how, PathStep::How::Parent);
    EXPECT_EQ(path.steps[2].how, PathStep::How::Parent);
    EXPECT_EQ(path.steps[3].how, PathStep::How::PromptedBy);
    EXPECT_EQ(path.steps[4].how, PathStep::How::Addressed);
    EXPECT_EQ(path.steps[4].actor, airforce);
    for (std::size_t i = 1; i < path.steps.size(); ++i)
        EXPECT_LE(path.steps[i - 1].time, path.steps[i].time);

    // The press office's offline contact does not carry MSF's message (nobody informed it
    // in the data), so Curry is first reached by her own quote of MSF's tweet at 10:45.
    EXPECT_EQ(reach.arrival[static_cast<std::size_t>(curry)], at("2010-01-17T10:45:00-05:00"));
    EXPECT_EQ(reach.arrivalEvent[static_cast<std::size_t>(curry)], event("e04"));
    EXPECT_FALSE(reach.informed(event("e03")));
}

TEST_F(HaitiInfluence, CurryIsALiaison)
{
    const ActorId curry = actor("@AnnCurry");
    const FlowGraph graph(s_analysis->index());
    const Brokerage b = brokerage(graph, s_analysis->roles(), curry);
    ASSERT_TRUE(b.hasDominant());
    EXPECT_EQ(b.dominant(), BrokerageRole::Liaison);
    // By hand. Flows into Curry: MSF and its press office (ngo), the follower (public),
    // @usairforce (military). Flows out of her: the follower, @usairforce, the 36
    // retweeters (public). Itinerant (public -> journalist -> public): the follower to
    // each retweeter, 36. Liaison: press office to the follower, the Air Force and the 36
    // retweeters (38); MSF to the follower and the retweeters (37: MSF -> @usairforce is
    // direct, through the Air Force's repost of MSF's landing tweet); the follower to the
    // Air Force (1); the Air Force to the follower and the retweeters (37). 113 in all.
    EXPECT_EQ(b.count(BrokerageRole::Itinerant), 36);
    EXPECT_EQ(b.count(BrokerageRole::Liaison), 113);
    EXPECT_EQ(b.count(BrokerageRole::Coordinator), 0);
    EXPECT_EQ(b.count(BrokerageRole::Gatekeeper), 0);
    EXPECT_EQ(b.count(BrokerageRole::Representative), 0);
    const QString text = brokerageSentence(*s_case, graph, curry);
    EXPECT_TRUE(text.contains(QLatin1String("liaison"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("113 of 149"))) << text.toStdString();
}

TEST_F(HaitiInfluence, BrokerageSentenceKeepsAHandleThatLooksLikeAPlaceMarker)
{
    // A handle holding "%3" must come out as written, not have the pair count put into it.
    Case c = *s_case;
    const ActorId curry = actor("@AnnCurry");
    c.actors[static_cast<std::size_t>(curry)].handle = QStringLiteral("@curry%3");
    const FlowGraph graph(s_analysis->index());
    const QString text = brokerageSentence(c, graph, curry);
    EXPECT_TRUE(text.startsWith(QLatin1String("@curry%3 ("))) << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("113 of 149"))) << text.toStdString();
}

TEST_F(HaitiInfluence, RemovingTheFollowerDelaysTheAirForce)
{
    const ActorId follower = actor("@unknown_follower"), airforce = actor("@usairforce"), curry = actor("@AnnCurry");
    const TimeIndex &index = s_analysis->index();
    const std::vector<std::uint8_t> dropped = eventsDroppedByRemoving(index, follower);
    // The tip, the tweet it prompted, the Air Force's reply to that tweet and the 36
    // retweets of it.
    EXPECT_EQ(std::count(dropped.begin(), dropped.end(), 1), 1 + 1 + 1 + 36);
    EXPECT_TRUE(dropped[static_cast<std::size_t>(event("e07"))]);
    EXPECT_FALSE(dropped[static_cast<std::size_t>(event("e09"))]); // also prompted by the press office's contact

    const std::vector<ActorId> targets{airforce};
    const WhatIfResult w = whatIfRemoved(index, s_analysis->originReach(), follower, targets);
    ASSERT_EQ(w.targets.size(), 1u);
    const TargetOutcome &o = w.targets[0];
    EXPECT_TRUE(o.reachedBefore());
    // Without the tip the Air Force only gets MSF's message when it reposts MSF's landing
    // tweet at 14:20: 2 h 28 min later than 11:52.
    EXPECT_TRUE(o.lost() || o.addedLatency() > 0);
    EXPECT_EQ(o.arrivalAfter, at("2010-01-17T14:20:00-05:00"));
    EXPECT_EQ(o.addedLatency(), 2 * kMsPerHour + 28 * kMsPerMinute);
    // No longer reached: the 36 retweeters, and Admiral Mullen's office, whose call was
    // prompted by Curry's tweet (and by the press office's contact, which did not carry
    // the message).
    EXPECT_EQ(w.noLongerReached.size(), 37u);
    EXPECT_TRUE(std::find(w.noLongerReached.begin(), w.noLongerReached.end(), actor("adm-mullen-office"))
                != w.noLongerReached.end());
    EXPECT_TRUE(std::find(w.noLongerReached.begin(), w.noLongerReached.end(), curry) == w.noLongerReached.end());

    const std::vector<CriticalActor> critical = criticalActors(index, s_analysis->originReach(), targets);
    const auto it = std::find_if(critical.begin(), critical.end(), [&](const CriticalActor &c) { return c.actor == follower; });
    ASSERT_NE(it, critical.end());
    EXPECT_LE(it - critical.begin(), 1); // Curry and the follower lead the ranking
    EXPECT_EQ(critical.front().actor, curry);
    // ... although its follower count is tiny: the smallest of the critical actors, and
    // below the median of everyone's.
    for (const CriticalActor &c : critical)
        EXPECT_LE(s_case->actors[static_cast<std::size_t>(follower)].followers,
                  s_case->actors[static_cast<std::size_t>(c.actor)].followers);
    std::vector<std::int64_t> followers;
    for (const Actor &a : s_case->actors)
        followers.push_back(a.followers);
    std::nth_element(followers.begin(), followers.begin() + followers.size() / 2, followers.end());
    EXPECT_LT(s_case->actors[static_cast<std::size_t>(follower)].followers, followers[followers.size() / 2]);
}

TEST_F(HaitiInfluence, WhatIfOfAnActorThatHasNotActedYetChangesNothing)
{
    const ActorId lateActor = actor("@synthetic_rt01"); // first acts at 11:52:20
    const TimeMs asOf = at("2010-01-17T11:00:00-05:00");
    const WhatIfResult w = whatIfRemoved(s_analysis->index(), s_analysis->originReach(), lateActor, s_case->targets, asOf);
    EXPECT_TRUE(w.changesNothing());
    EXPECT_EQ(w.droppedEvents, 1);
    // The same actor removed over the whole case: nobody else depended on its retweet.
    EXPECT_TRUE(whatIfRemoved(s_analysis->index(), s_analysis->originReach(), lateActor, s_case->targets).changesNothing());
}

TEST_F(HaitiInfluence, PotentialExposureByHand)
{
    const auto counts = countsAt(*s_analysis, s_case->endTime());
    auto exposure = [&](const char *handle) { return counts[static_cast<std::size_t>(actor(handle))].exposure; };
    // The 36 retweeters' follower counts, as in the case file.
    const std::int64_t retweeters[] = {262, 3438, 194, 2540, 143, 1876, 106, 1386, 78, 1024, 58, 757,
                                       43,  559,  31,  413,  23,  305,  4000, 225, 2955, 167, 2183, 123,
                                       1613, 91,  1192, 67,  880,  50,  650,  37,  480,  27,  355,  20};
    const std::int64_t wave = std::accumulate(std::begin(retweeters), std::end(retweeters), std::int64_t(0));
    EXPECT_EQ(wave, 28'351);
    // Ann Curry: 1,000,000 followers x 4 messages (quotes at 10:45 and 10:55, tweets at
    // 11:52 and 14:40) + the followers of the 36 accounts that retweeted her 11:52 tweet.
    EXPECT_EQ(exposure("@AnnCurry"), 4 * 1'000'000 + 28'351);
    // MSF: 20,000 x 3 tweets (the press release is offline) + the Air Force's 15,000
    // followers for its repost of the landing tweet.
    EXPECT_EQ(exposure("@MSF_USA"), 3 * 20'000 + 15'000);
    // The Air Force: one reply; its repost credits MSF. The follower: one reply, 150.
    EXPECT_EQ(exposure("@usairforce"), 15'000);
    EXPECT_EQ(exposure("@unknown_follower"), 150);
    EXPECT_EQ(exposure("@synthetic_rt01"), 0);

    // As of 11:00, only MSF's tweet and Curry's two quotes had happened.
    const auto early = countsAt(*s_analysis, at("2010-01-17T11:00:00-05:00"));
    EXPECT_EQ(early[static_cast<std::size_t>(actor("@AnnCurry"))].exposure, 2'000'000);
    EXPECT_EQ(early[static_cast<std::size_t>(actor("@MSF_USA"))].exposure, 20'000);
}

TEST_F(HaitiInfluence, CountsAsOfTheTargetedTweet)
{
    Snapshot s(s_analysis->index());
    s.setTime(at("2010-01-17T11:51:59-05:00"));
    EXPECT_FALSE(s.isVisible(actor("@usairforce")));
    EXPECT_EQ(s.visibleActorCount(), 4); // MSF, its press office, Curry, the follower
    s.setTime(at("2010-01-17T11:52:00-05:00"));
    EXPECT_TRUE(s.isVisible(actor("@usairforce"))); // named by Curry's tweet
    EXPECT_EQ(s.visibleActorCount(), 5);
    const ActorCounts &curry = s.counts(actor("@AnnCurry"));
    EXPECT_EQ(curry.posts(), 3);
    EXPECT_EQ(curry.repliesReceived(), 1);  // the tip
    EXPECT_EQ(curry.mentionsReceived(), 1); // the tip names her
    EXPECT_EQ(curry.offlineReceived(), 1);  // the press office
    EXPECT_EQ(s.counts(actor("@MSF_USA")).quotesReceived(), 2);
    EXPECT_EQ(s.counts(actor("@usairforce")).mentionsReceived(), 1);
}

TEST_F(HaitiInfluence, CaseSummary)
{
    const CaseSummary summary = summarizeCase(*s_analysis);
    EXPECT_EQ(summary.origin, actor("@MSF_USA"));
    EXPECT_EQ(summary.originStart, at("2010-01-17T09:30:00-05:00"));
    ASSERT_EQ(summary.targets.size(), 1u);
    const TargetSummary &t = summary.targets[0];
    EXPECT_EQ(t.target, actor("@usairforce"));
    EXPECT_EQ(t.firstResponse, event("e08")); // "working on it", 12:25
    EXPECT_EQ(t.responseDelay, 2 * kMsPerHour + 55 * kMsPerMinute);
    EXPECT_TRUE(t.path.reached);
    ASSERT_GE(summary.criticalActors.size(), 2u);
    EXPECT_EQ(summary.criticalActors[0].actor, actor("@AnnCurry"));
    EXPECT_EQ(summary.criticalActors[1].actor, actor("@unknown_follower"));
    // Everyone but the press office, whose contact carried no message of the origin's.
    EXPECT_EQ(summary.actorsReached, 41);
    EXPECT_EQ(summary.actorsVisible, 42);
}

TEST_F(HaitiInfluence, CancelledMeasuresComeBackWithoutTheLongParts)
{
    std::atomic<bool> cancel{true};
    MeasureOptions options;
    options.cancel = &cancel;
    const MeasuresTable table = measureActors(*s_analysis, s_case->endTime(), options);
    EXPECT_FALSE(table.cascadesComputed);
    EXPECT_FALSE(table.centralityComputed);
    EXPECT_FALSE(table.closenessComputed);
    EXPECT_EQ(table.rows.size(), s_case->actors.size()); // the counts are still there
    cancel = false;
    const MeasuresTable whole = measureActors(*s_analysis, s_case->endTime(), options);
    EXPECT_TRUE(whole.cascadesComputed);
    EXPECT_TRUE(whole.centralityComputed);
    EXPECT_TRUE(whole.closenessComputed);
}

TEST_F(HaitiInfluence, MeasuresTableAndDetail)
{
    const MeasuresTable table = measureActors(*s_analysis, s_case->endTime());
    EXPECT_TRUE(table.centralityComputed);
    EXPECT_TRUE(table.closenessComputed);
    EXPECT_TRUE(table.brokerageComputed);
    const ActorMeasures &curry = table.rows[static_cast<std::size_t>(actor("@AnnCurry"))];
    EXPECT_EQ(curry.brokerage.dominant(), BrokerageRole::Liaison);
    // Her tweets of 11:52 and 14:40 root cascades (her quotes relay MSF's tweet): the
    // first with its 36 retweets, the second alone.
    EXPECT_EQ(curry.cascade.cascadesSeeded, 2);
    EXPECT_EQ(curry.cascade.seededTotalSize, 37 + 1);
    EXPECT_TRUE(curry.reached);
    const auto byExposure = rankActors(table, Measure::Exposure);
    EXPECT_EQ(byExposure.front(), actor("@AnnCurry"));
    const auto byFollowers = rankActors(table, Measure::Followers);
    const auto followerRank = std::find(byFollowers.begin(), byFollowers.end(), actor("@unknown_follower")) - byFollowers.begin();
    EXPECT_GT(followerRank, 10); // far down by followers...

    const ActorDetail detail = actorDetail(*s_analysis, actor("@unknown_follower"), s_case->endTime());
    EXPECT_TRUE(detail.pathFromOrigin.reached);
    ASSERT_EQ(detail.whatIf.targets.size(), 1u);
    EXPECT_GT(detail.whatIf.targets[0].addedLatency(), 0); // ...yet its removal delays the target
    EXPECT_GT(detail.measures.closeness, 0);
}

// The bundled case's reposts all relay a post directly, and no reposter had talked to an
// earlier reposter of the same post: the three credit rules give the same numbers, which
// the inspector says (rather than offering a choice that changes nothing).
TEST_F(HaitiInfluence, TheThreeCreditRulesAgree)
{
    int relays = 0;
    for (const Event &e : s_case->events)
        relays += e.kind == EventKind::Repost || e.kind == EventKind::Quote;
    EXPECT_GT(relays, 30);
    const CascadeReconstruction recent = reconstructCascades(*s_case, CreditRule::MostRecent);
    const CascadeReconstruction first = reconstructCascades(*s_case, CreditRule::First);
    const CascadeReconstruction root = reconstructCascades(*s_case, CreditRule::RootOnly);
    EXPECT_TRUE(creditRulesAgree(*s_case, recent));
    EXPECT_TRUE(creditRulesAgree(*s_case, first));
    ASSERT_EQ(recent.attributions.size(), root.attributions.size());
    for (std::size_t i = 0; i < root.attributions.size(); ++i) {
        EXPECT_EQ(recent.attributions[i].parentActor, root.attributions[i].parentActor);
        EXPECT_EQ(first.attributions[i].parentActor, root.attributions[i].parentActor);
    }
}
