// SPDX-License-Identifier: GPL-3.0-or-later
// Story-first drawing: which actors a moment is about and in what order their labels go
// (storyActors), who is named by a milestone (textNamesActor), and which actors form a
// crowd (crowdGroups), on hand-made cases with known answers, on the Haiti case at its
// milestones, and on generated cases (properties checked against the case's events).
#include "core/analysis/caseanalysis.h"
#include "core/analysis/story.h"
#include "core/analysis/temporalpaths.h"
#include "core/generate/generator.h"
#include "core/io/casefile.h"
#include "core/model/case.h"
#include "core/timeline/timeindex.h"
#include "tests/core/casebuilder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

using namespace cascade;

namespace {

// Actors "A".."Z" of no role, with 10, 20... followers.
test::CaseBuilder builder(int actors)
{
    return test::CaseBuilder(std::string(static_cast<std::size_t>(actors), '-').c_str());
}

std::vector<ActorId> actorsOf(const std::vector<StoryActor> &story)
{
    std::vector<ActorId> out;
    for (const StoryActor &s : story)
        out.push_back(s.actor);
    return out;
}

const Case &haiti()
{
    static const Case c = [] {
        ReadResult r = readCaseFile(QStringLiteral(CASCADE_SOURCE_DIR "/resources/cases/haiti-2010.cascade.json"));
        EXPECT_TRUE(r.ok()) << r.errorText().toStdString();
        return *r.value;
    }();
    return c;
}

const Milestone &milestoneTitled(const Case &c, const char *title)
{
    for (const Milestone &m : c.milestones)
        if (m.title == QLatin1String(title))
            return m;
    ADD_FAILURE() << "no milestone " << title;
    return c.milestones.front();
}

} // namespace

TEST(Story, TextNamesAnActorByHandleOrByTheDistinctiveWordsOfItsName)
{
    const QString mullen = QStringLiteral("Office of Admiral Mullen (Chairman of the Joint Chiefs of Staff)");
    EXPECT_TRUE(textNamesActor(QStringLiteral("Admiral Mullen's office contacts MSF"), QStringLiteral("adm-mullen-office"), mullen));
    EXPECT_FALSE(textNamesActor(QStringLiteral("the Joint Chiefs decide"), QStringLiteral("adm-mullen-office"), mullen))
        << "words inside the parenthesis do not count";
    EXPECT_FALSE(textNamesActor(QStringLiteral("an admiral calls"), QStringLiteral("adm-mullen-office"), mullen))
        << "one distinctive word of two is not enough";
    EXPECT_TRUE(textNamesActor(QStringLiteral("relayed by @annCURRY."), QStringLiteral("@AnnCurry"), QString()));
    EXPECT_TRUE(textNamesActor(QStringLiteral("Ann Curry now addresses"), QStringLiteral("@AnnCurry"),
                               QStringLiteral("Ann Curry (MSNBC news anchor)")));
    EXPECT_TRUE(textNamesActor(QStringLiteral("the US Air Force is on Twitter as @usairforce"),
                               QStringLiteral("@usairforce"), QStringLiteral("U.S. Air Force")));
    EXPECT_FALSE(textNamesActor(QStringLiteral("MSF's planes land"), QStringLiteral("@MSF_USA"),
                                QStringLiteral("Doctors Without Borders / MSF USA")))
        << "MSF is not the handle MSF_USA, and the name's words are absent";
    EXPECT_FALSE(textNamesActor(QStringLiteral("@usairforce2 answers"), QStringLiteral("@usairforce"), QString()))
        << "whole words only";
    EXPECT_FALSE(textNamesActor(QString(), QStringLiteral("@a"), QStringLiteral("Someone")));
    EXPECT_FALSE(textNamesActor(QStringLiteral("shown here by 36 synthetic accounts"), QStringLiteral("@synthetic_rt01"),
                                QStringLiteral("Synthetic retweeter 01")))
        << "a name's words are found as written: a common word in lower case names nobody";
}

TEST(Story, OrderIsSelectionOriginTargetsNamedPathOfflineNotedCriticalAndOnlyVisibleActors)
{
    // A posts; B relays; C mentions D (the target) in a quote of B; E relays late; F
    // calls B offline; G is critical but never appears; H is named by the milestone.
    test::CaseBuilder b = builder(8);
    enum : ActorId { A, B, C, D, E, F, G, H };
    const EventId post = b.add(EventKind::Post, A, 0);
    const EventId relay = b.add(EventKind::Repost, B, 1, post);
    b.add(EventKind::Quote, C, 2, relay, {D});
    b.add(EventKind::Offline, F, 3, kNoEvent, {B});
    b.add(EventKind::Post, H, 4);
    b.add(EventKind::Repost, E, 30, post);
    b.edit().origin = A;
    b.edit().targets = {D};
    Milestone m;
    m.time = 5 * kMsPerMinute;
    m.title = QStringLiteral("@Hana speaks");
    b.edit().actors[H].handle = QStringLiteral("@Hana");
    b.edit().milestones = {m};
    const Case &c = b.get();
    const CaseAnalysis analysis(c);
    const std::vector<ActorId> critical = {C, G, B};

    StoryInput input;
    input.time = 10 * kMsPerMinute;
    input.selected = E; // not yet visible at minute 10
    input.critical = critical;
    const std::vector<StoryActor> story = storyActors(analysis, input);
    EXPECT_EQ(actorsOf(story), (std::vector<ActorId>{A, D, H, B, C, F}));
    std::vector<StoryReason> reasons;
    for (const StoryActor &s : story)
        reasons.push_back(s.reason);
    EXPECT_EQ(reasons, (std::vector<StoryReason>{StoryReason::Origin, StoryReason::Target, StoryReason::Named,
                                                  StoryReason::OnPath, StoryReason::OnPath, StoryReason::Offline}));
    EXPECT_EQ(story[0].labelScale, 1.0);
    EXPECT_EQ(story[1].labelScale, 1.0);
    for (const StoryActor &s : story) {
        EXPECT_GE(s.labelScale, 0.75);
        EXPECT_LE(s.labelScale, 1.0);
    }

    // The same with the names kept by milestone.
    const std::vector<std::vector<ActorId>> named = milestoneNamedActors(c);
    ASSERT_EQ(named.size(), 1u);
    EXPECT_EQ(named[0], std::vector<ActorId>{H});
    StoryInput kept = input;
    kept.named = named;
    EXPECT_EQ(storyActors(analysis, kept), story);

    // Later, the selection is first, and before its milestone nobody is named.
    input.time = 40 * kMsPerMinute;
    EXPECT_EQ(storyActors(analysis, input).front().actor, E);
    EXPECT_EQ(storyActors(analysis, input).front().reason, StoryReason::Selected);
    input.time = 4 * kMsPerMinute;
    const std::vector<ActorId> early = actorsOf(storyActors(analysis, input));
    EXPECT_EQ(std::count(early.begin(), early.end(), H), 0) << "H is visible, but the milestone naming it is to come";
}

TEST(Story, OnlyTheLatestOfflineContactsBringTheirActors)
{
    // Twelve calls, each from a new actor to the origin A (B..M, one a minute): the story
    // keeps the actors of the latest calls, kStoryOfflineCount of them, in time order.
    ASSERT_EQ(kStoryOfflineCount, 8u);
    test::CaseBuilder b = builder(13);
    b.add(EventKind::Post, 0, 0);
    for (ActorId a = 1; a <= 12; ++a)
        b.add(EventKind::Offline, a, a, kNoEvent, {0});
    const Case &c = b.get();
    const CaseAnalysis analysis(c);
    StoryInput input;
    input.time = 20 * kMsPerMinute;
    const std::vector<StoryActor> story = storyActors(analysis, input);
    // A is the origin; the calls of E..M (minutes 5 to 12) are the latest eight.
    EXPECT_EQ(actorsOf(story), (std::vector<ActorId>{0, 5, 6, 7, 8, 9, 10, 11, 12}));
    for (std::size_t k = 1; k < story.size(); ++k)
        EXPECT_EQ(story[k].reason, StoryReason::Offline);
    // At minute 6, the calls so far (B..F) are fewer than eight: all of them.
    input.time = 6 * kMsPerMinute;
    EXPECT_EQ(actorsOf(storyActors(analysis, input)), (std::vector<ActorId>{0, 1, 2, 3, 4, 5, 6}));
}

TEST(Story, ACaseWithoutAStoryFallsBackOnTheMostProminent)
{
    test::CaseBuilder b = builder(20);
    const EventId post = b.add(EventKind::Post, 0, 0);
    for (ActorId a = 1; a < 20; ++a)
        b.add(EventKind::Repost, a, a, post);
    b.edit().origin = kNoActor; // a case without a story
    const Case &c = b.get();
    const CaseAnalysis analysis(c);
    std::vector<double> value(20);
    for (std::size_t a = 0; a < value.size(); ++a)
        value[a] = static_cast<double>(a % 7);
    StoryInput input;
    input.time = 100 * kMsPerMinute;
    input.prominence = value;
    const std::vector<StoryActor> story = storyActors(analysis, input);
    ASSERT_EQ(story.size(), kStoryProminentCount);
    EXPECT_EQ(actorsOf(story), (std::vector<ActorId>{6, 13, 5, 12, 19, 4, 11, 18}));
    for (const StoryActor &s : story)
        EXPECT_EQ(s.reason, StoryReason::Prominent);
    input.time = 3 * kMsPerMinute;
    EXPECT_EQ(actorsOf(storyActors(analysis, input)), (std::vector<ActorId>{3, 2, 1, 0})) << "only those visible";
}

TEST(Story, HaitiAtEachMilestoneTellsItsStoryAndTheWaveIsOneGroup)
{
    const Case &c = haiti();
    const CaseAnalysis analysis(c);
    auto id = [&](const char *handle) { return c.actorByHandle(QLatin1String(handle)); };
    const ActorId msf = id("@MSF_USA"), curry = id("@AnnCurry"), usaf = id("@usairforce"),
                  mullen = id("adm-mullen-office"), press = id("msf-usa-press-office");

    StoryInput input;
    input.time = milestoneTitled(c, "The Air Force answers").time;
    const std::vector<StoryActor> story = storyActors(analysis, input);
    std::vector<StoryActor> bySize = story;
    std::stable_sort(bySize.begin(), bySize.end(),
                     [](const StoryActor &x, const StoryActor &y) { return x.labelScale > y.labelScale; });
    ASSERT_GE(bySize.size(), 4u);
    const std::set<ActorId> largest = {bySize[0].actor, bySize[1].actor, bySize[2].actor};
    EXPECT_EQ(largest, (std::set<ActorId>{msf, curry, usaf}));
    EXPECT_LT(bySize[3].labelScale, bySize[2].labelScale) << "the three stand out";
    const std::vector<ActorId> actors = actorsOf(story);
    EXPECT_NE(std::find(actors.begin(), actors.end(), press), actors.end()) << "the offline press office";
    for (ActorId a : actors)
        EXPECT_FALSE(c.actors[static_cast<std::size_t>(a)].synthetic) << c.actors[static_cast<std::size_t>(a)].handle.toStdString();

    // The retweet wave as of that moment: one group, the synthetic accounts that have
    // reposted @AnnCurry by then.
    std::vector<ActorId> expectedMembers;
    std::int64_t exposure = 0;
    for (const Event &e : c.events)
        if (e.time <= input.time && c.actors[static_cast<std::size_t>(e.author)].synthetic) {
            expectedMembers.push_back(e.author);
            exposure += c.actors[static_cast<std::size_t>(e.author)].followers;
        }
    ASSERT_GE(expectedMembers.size(), 5u);
    const std::vector<CrowdGroup> groups = crowdGroups(analysis, input.time, actors);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].target, curry);
    EXPECT_EQ(groups[0].kind, InteractionKind::Repost);
    EXPECT_EQ(groups[0].members, expectedMembers);
    EXPECT_EQ(groups[0].exposure, exposure);

    // At the last milestone: every synthetic account in the group, Admiral Mullen's
    // office (an offline contact) in the story.
    input.time = c.milestones.back().time;
    const std::vector<ActorId> last = actorsOf(storyActors(analysis, input));
    EXPECT_NE(std::find(last.begin(), last.end(), mullen), last.end());
    const std::vector<CrowdGroup> end = crowdGroups(analysis, input.time, last);
    ASSERT_EQ(end.size(), 1u);
    EXPECT_EQ(end[0].members.size(), 36u);
    EXPECT_EQ(c.actors[static_cast<std::size_t>(end[0].members.front())].handle, QStringLiteral("@synthetic_rt01"));

    // At the first milestone the story is MSF and its press office; no crowd yet.
    input.time = c.milestones.front().time;
    EXPECT_TRUE(crowdGroups(analysis, input.time, actorsOf(storyActors(analysis, input))).empty());
}

TEST(Crowd, SameActSameTargetShortGapsOnlyAndNobodyActsOnAMember)
{
    // Actor 0 posts at 0. Six reposts by 1..6 at minutes 1..6; actor 7 reposts at 60
    // (a gap of 54 > 30: a separate run of one); 8..12 reply to 0 (a group of replies);
    // 3 is later replied to by 13 (3 leaves the group), 4 also quotes 0 (a second kind:
    // 4 leaves too); 14..18 mention 0 in posts of one mention each.
    test::CaseBuilder b = builder(20);
    const EventId post = b.add(EventKind::Post, 0, 0);
    std::map<ActorId, EventId> act;
    for (ActorId a = 1; a <= 6; ++a)
        act[a] = b.add(EventKind::Repost, a, a, post);
    b.add(EventKind::Repost, 7, 60, post);
    for (ActorId a = 8; a <= 12; ++a)
        b.add(EventKind::Reply, a, 70 + a, post);
    for (ActorId a = 14; a <= 18; ++a)
        b.add(EventKind::Post, a, 100 + a, kNoEvent, {0});
    const EventId late = b.add(EventKind::Reply, 13, 200, act[3]);
    b.add(EventKind::Quote, 4, 201, post);
    const Case &c = b.get();
    const CaseAnalysis analysis(c);

    const std::vector<CrowdGroup> early = crowdGroups(analysis, 10 * kMsPerMinute, {});
    ASSERT_EQ(early.size(), 1u);
    EXPECT_EQ(early[0].members, (std::vector<ActorId>{1, 2, 3, 4, 5, 6}));
    EXPECT_EQ(early[0].target, 0);
    EXPECT_EQ(early[0].firstEvent, act[1]);
    EXPECT_EQ(early[0].first, 1 * kMsPerMinute);
    EXPECT_EQ(early[0].last, 6 * kMsPerMinute);
    EXPECT_EQ(early[0].exposure, 20 + 30 + 40 + 50 + 60 + 70);

    const std::vector<CrowdGroup> all = crowdGroups(analysis, 300 * kMsPerMinute, {});
    ASSERT_EQ(all.size(), 2u) << "3 was answered and 4 quoted: four reposters remain, too few";
    EXPECT_EQ(all[0].kind, InteractionKind::Reply);
    EXPECT_EQ(all[0].members, (std::vector<ActorId>{8, 9, 10, 11, 12}));
    EXPECT_EQ(all[1].kind, InteractionKind::Mention);
    EXPECT_EQ(all[1].members, (std::vector<ActorId>{14, 15, 16, 17, 18}));
    EXPECT_EQ(c.events[static_cast<std::size_t>(late)].author, 13);

    // A story actor never joins, and a smaller threshold brings the reposts back.
    const std::vector<ActorId> story = {9};
    CrowdRule rule;
    rule.minMembers = 4;
    const std::vector<CrowdGroup> loose = crowdGroups(analysis, 300 * kMsPerMinute, story, rule);
    ASSERT_EQ(loose.size(), 3u);
    EXPECT_EQ(loose[0].members, (std::vector<ActorId>{1, 2, 5, 6}));
    EXPECT_EQ(loose[1].members, (std::vector<ActorId>{8, 10, 11, 12}));
    // No gap allowed: acts a minute apart are runs of one.
    rule.maxGap = 0;
    EXPECT_TRUE(crowdGroups(analysis, 300 * kMsPerMinute, story, rule).empty());
}

TEST(Story, GeneratedCasesEveryStoryActorHasItsReasonAtThatMoment)
{
    // Label priority on generated cases, at moments across each: every listed actor is
    // visible, listed once, in the order of the reasons, and has the reason it is given
    // (checked against the case: targets, the paths, the offline contacts, the critical
    // list); the story stays a story (bounded whatever the case's size).
    for (std::uint64_t seed : {3u, 7u}) {
        GeneratorOptions options;
        options.actors = 600;
        options.events = 6000;
        options.seed = seed;
        const Case c = generateCase(options);
        const CaseAnalysis analysis(c);
        const TimeIndex &index = analysis.index();
        const std::vector<std::vector<ActorId>> named = milestoneNamedActors(c);
        const std::vector<ActorId> critical = {5, 17, 42};
        for (int k = 1; k <= 8; ++k) {
            const TimeMs at = index.time(index.eventCount() * k / 8 - 1);
            const int position = index.positionAt(at);
            StoryInput input;
            input.time = at;
            input.named = named;
            input.critical = critical;
            const std::vector<StoryActor> story = storyActors(analysis, input);
            std::set<ActorId> onPath, offline;
            for (ActorId t : c.targets)
                if (analysis.originReach().reached(t, at))
                    for (ActorId a : temporalPath(index, analysis.originReach(), t, at).actors())
                        onPath.insert(a);
            for (EventId e : index.eventsOfKind(EventKind::Offline))
                if (e < position) {
                    offline.insert(c.events[static_cast<std::size_t>(e)].author);
                    for (ActorId a : c.events[static_cast<std::size_t>(e)].reached)
                        offline.insert(a);
                }
            std::set<ActorId> seen;
            std::size_t offlineCount = 0;
            for (std::size_t i = 0; i < story.size(); ++i) {
                const StoryActor &s = story[i];
                SCOPED_TRACE(testing::Message() << "seed " << seed << " moment " << k << " actor " << s.actor);
                EXPECT_TRUE(seen.insert(s.actor).second) << "listed once";
                EXPECT_TRUE(index.visibleAt(s.actor, position));
                if (i > 0) {
                    EXPECT_LE(story[i - 1].reason, s.reason) << "in the order of the reasons";
                }
                EXPECT_GE(s.labelScale, 0.75);
                EXPECT_LE(s.labelScale, 1.0);
                switch (s.reason) {
                case StoryReason::Origin: EXPECT_EQ(s.actor, c.origin); break;
                case StoryReason::Target:
                    EXPECT_NE(std::find(c.targets.begin(), c.targets.end(), s.actor), c.targets.end());
                    break;
                case StoryReason::OnPath: EXPECT_TRUE(onPath.count(s.actor)); break;
                case StoryReason::Offline:
                    EXPECT_TRUE(offline.count(s.actor));
                    ++offlineCount;
                    break;
                case StoryReason::Critical:
                    EXPECT_NE(std::find(critical.begin(), critical.end(), s.actor), critical.end());
                    break;
                case StoryReason::Named: {
                    const auto m = std::upper_bound(c.milestones.begin(), c.milestones.end(), at,
                                                    [](TimeMs t, const Milestone &x) { return t < x.time; });
                    ASSERT_NE(m, c.milestones.begin());
                    const Milestone &ms = *std::prev(m);
                    const Actor &actor = c.actors[static_cast<std::size_t>(s.actor)];
                    EXPECT_TRUE(textNamesActor(ms.title + QLatin1Char('\n') + ms.caption, actor.handle, actor.name));
                    break;
                }
                default: ADD_FAILURE() << "unexpected reason " << storyReasonName(s.reason);
                }
            }
            // Every path actor is in the story, for some reason.
            for (ActorId a : onPath)
                EXPECT_TRUE(seen.count(a)) << a;
            EXPECT_LE(offlineCount, kStoryOfflineCount) << "seed " << seed << " moment " << k;
            EXPECT_LE(story.size(), 2 + c.targets.size() + onPath.size() + kStoryOfflineCount + critical.size() + 20);
        }
    }
}

TEST(Crowd, GeneratedCasesGroupsFollowTheRule)
{
    for (std::uint64_t seed : {1u, 7u, 2010u}) {
        GeneratorOptions options;
        options.actors = 800;
        options.events = 8000;
        options.seed = seed;
        const Case c = generateCase(options);
        const CaseAnalysis analysis(c);
        const TimeIndex &index = analysis.index();
        const TimeMs at = c.events[c.events.size() / 2].time;
        StoryInput input;
        input.time = at;
        const std::vector<ActorId> story = actorsOf(storyActors(analysis, input));
        const CrowdRule rule;
        const std::vector<CrowdGroup> groups = crowdGroups(analysis, at, story, rule);
        ASSERT_FALSE(groups.empty()) << "seed " << seed;
        const int position = index.positionAt(at);
        std::set<ActorId> seen;
        for (const CrowdGroup &g : groups) {
            ASSERT_GE(static_cast<int>(g.members.size()), rule.minMembers);
            std::int64_t exposure = 0;
            TimeMs previous = g.first;
            for (ActorId m : g.members) {
                EXPECT_TRUE(seen.insert(m).second) << "one group per actor";
                EXPECT_EQ(std::count(story.begin(), story.end(), m), 0);
                exposure += index.followers(m);
                bool firstAct = true;
                for (int e = 0; e < position; ++e) {
                    const auto links = index.links(e);
                    if (index.author(e) == m) {
                        ASSERT_EQ(links.size(), 1u);
                        EXPECT_EQ(links[0].to, g.target);
                        EXPECT_EQ(links[0].kind, g.kind);
                        if (firstAct) {
                            EXPECT_LE(index.time(e) - previous, rule.maxGap);
                            EXPECT_GE(index.time(e), previous);
                            previous = index.time(e);
                            firstAct = false;
                        }
                    }
                    for (const auto &l : links)
                        EXPECT_FALSE(l.to == m && index.author(e) != m) << "nobody acts on a member";
                }
            }
            EXPECT_EQ(previous, g.last);
            EXPECT_EQ(g.exposure, exposure);
        }
    }
}

namespace {

// The crowds as the rule states them, found from the events alone at one moment: the
// oracle for CrowdIndex, which finds them from what it learnt of the whole case once.
std::vector<CrowdGroup> crowdsByTheRule(const TimeIndex &index, TimeMs at, const std::set<ActorId> &story,
                                        const CrowdRule &rule)
{
    const int position = index.positionAt(at);
    struct Act {
        TimeMs time;
        EventId event;
        ActorId actor;
    };
    std::map<std::pair<ActorId, InteractionKind>, std::vector<Act>> byTarget;
    for (ActorId a = 0; a < index.actorCount(); ++a) {
        if (story.count(a))
            continue;
        bool member = true, acted = false;
        ActorId target = kNoActor;
        InteractionKind kind = InteractionKind::Repost;
        EventId first = kNoEvent;
        for (int e = 0; e < position && member; ++e) {
            const auto links = index.links(e);
            for (const auto &l : links)
                if (l.to == a && index.author(e) != a)
                    member = false; // acted on
            if (index.author(e) != a || !member)
                continue;
            if (links.size() != 1 || links[0].kind == InteractionKind::Offline || links[0].to == kNoActor ||
                links[0].to == a || (acted && (links[0].to != target || links[0].kind != kind))) {
                member = false;
                continue;
            }
            if (!acted) {
                acted = true;
                target = links[0].to;
                kind = links[0].kind;
                first = e;
            }
        }
        if (member && acted)
            byTarget[{target, kind}].push_back({index.time(first), first, a});
    }
    std::vector<CrowdGroup> groups;
    for (auto &[key, acts] : byTarget) {
        std::sort(acts.begin(), acts.end(), [](const Act &x, const Act &y) { return x.event < y.event; });
        std::size_t from = 0;
        for (std::size_t i = 1; i <= acts.size(); ++i) {
            if (i < acts.size() && acts[i].time - acts[i - 1].time <= rule.maxGap)
                continue;
            if (static_cast<int>(i - from) >= rule.minMembers) {
                CrowdGroup g;
                g.target = key.first;
                g.kind = key.second;
                g.firstEvent = acts[from].event;
                g.first = acts[from].time;
                g.last = acts[i - 1].time;
                for (std::size_t k = from; k < i; ++k) {
                    g.members.push_back(acts[k].actor);
                    g.exposure += index.followers(acts[k].actor);
                }
                groups.push_back(std::move(g));
            }
            from = i;
        }
    }
    std::sort(groups.begin(), groups.end(), [](const CrowdGroup &x, const CrowdGroup &y) { return x.firstEvent < y.firstEvent; });
    return groups;
}

} // namespace

TEST(Crowd, OneIndexAtEveryMomentGivesTheGroupsTheRuleGives)
{
    // A cursor that moves forward, back and jumps: one CrowdIndex, asked at each moment,
    // against the rule applied from scratch; with and without story actors, and a
    // stricter rule.
    GeneratorOptions options;
    options.actors = 120;
    options.events = 900;
    options.seed = 11;
    const Case c = generateCase(options);
    const CaseAnalysis analysis(c);
    const TimeIndex &index = analysis.index();
    const CrowdIndex crowds(analysis);
    const int count = index.eventCount();
    // Every event's time forward (so that every change of membership is met), then back
    // by jumps.
    std::vector<int> positions;
    for (int p = 0; p <= count; ++p)
        positions.push_back(p);
    for (int p = count - 1; p >= 0; p -= 37)
        positions.push_back(p);
    std::size_t nonEmpty = 0;
    for (int p : positions) {
        const TimeMs at = p >= count ? index.endTime() : index.time(std::min(p, count - 1));
        StoryInput input;
        input.time = at;
        const std::vector<ActorId> storyList = actorsOf(storyActors(analysis, input));
        const std::set<ActorId> story(storyList.begin(), storyList.end());
        const std::vector<CrowdGroup> groups = crowds.groupsAt(at, storyList);
        EXPECT_EQ(groups, crowdsByTheRule(index, at, story, CrowdRule{})) << "at position " << p;
        EXPECT_EQ(groups, crowdGroups(analysis, at, storyList));
        nonEmpty += !groups.empty();
        const CrowdRule strict{8, 10 * kMsPerMinute};
        EXPECT_EQ(crowds.groupsAt(at, {}, strict), crowdsByTheRule(index, at, {}, strict)) << "at position " << p;
    }
    EXPECT_GT(nonEmpty, positions.size() / 8) << "the case has crowds to find, at an eighth of its moments at least";
}
