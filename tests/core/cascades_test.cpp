// SPDX-License-Identifier: GPL-3.0-or-later
// Cascade reconstruction, tree measures and ranking comparison.
#include "core/analysis/cascades.h"
#include "core/analysis/ranking.h"
#include "core/model/case.h"
#include "core/model/interaction.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <set>

using namespace cascade;

namespace {

// Builds a small case event by event; times are minutes from an arbitrary start.
class CaseBuilder
{
public:
    explicit CaseBuilder(int actors)
    {
        m_case = makeEmptyCase();
        for (int i = 0; i < actors; ++i) {
            Actor a;
            a.handle = QStringLiteral("@a%1").arg(i);
            m_case.actors.push_back(a);
        }
    }

    EventId add(int minute, EventKind kind, ActorId author, EventId parent = kNoEvent,
                std::vector<ActorId> mentions = {}, std::vector<ActorId> reached = {})
    {
        Event e;
        e.key = QStringLiteral("e%1").arg(m_case.events.size());
        e.time = 1'263'700'000'000 + minute * kMsPerMinute;
        e.kind = kind;
        e.author = author;
        e.parent = parent;
        e.mentions = std::move(mentions);
        e.reached = std::move(reached);
        m_case.events.push_back(e);
        return static_cast<EventId>(m_case.events.size() - 1);
    }
    EventId post(int minute, ActorId author, std::vector<ActorId> mentions = {})
    {
        return add(minute, EventKind::Post, author, kNoEvent, std::move(mentions));
    }
    EventId repost(int minute, ActorId author, EventId parent) { return add(minute, EventKind::Repost, author, parent); }
    EventId quote(int minute, ActorId author, EventId parent, std::vector<ActorId> mentions = {})
    {
        return add(minute, EventKind::Quote, author, parent, std::move(mentions));
    }
    // Evidence of exposure that starts no cascade: a phone call from `from` reaching `to`.
    EventId call(int minute, ActorId from, ActorId to)
    {
        return add(minute, EventKind::Offline, from, kNoEvent, {}, {to});
    }

    Case &get() { return m_case; }
    TimeMs time(int minute) const { return 1'263'700'000'000 + minute * kMsPerMinute; }

private:
    Case m_case;
};

std::vector<std::int32_t> starParents(int n)
{
    std::vector<std::int32_t> p(static_cast<std::size_t>(n), 0);
    p[0] = -1;
    return p;
}

std::vector<std::int32_t> pathParents(int n)
{
    std::vector<std::int32_t> p(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        p[static_cast<std::size_t>(i)] = i - 1;
    return p;
}

} // namespace

TEST(TreeMeasures, StarMatchesClosedForm)
{
    for (int n = 2; n <= 200; n += 7) {
        const TreeMeasures m = measureTree(starParents(n));
        EXPECT_EQ(m.size, n);
        EXPECT_EQ(m.depth, 1);
        EXPECT_EQ(m.width, n - 1);
        EXPECT_NEAR(m.structuralVirality, 2.0 * (n - 1) / n, 1e-12) << n;
        EXPECT_EQ(m.shape, CascadeShape::Broadcast);
    }
}

TEST(TreeMeasures, PathMatchesClosedForm)
{
    for (int n = 2; n <= 200; n += 7) {
        const TreeMeasures m = measureTree(pathParents(n));
        EXPECT_EQ(m.depth, n - 1);
        EXPECT_EQ(m.width, 1);
        EXPECT_NEAR(m.structuralVirality, (n + 1) / 3.0, 1e-9) << n;
        EXPECT_EQ(m.shape, n > 2 ? CascadeShape::Viral : CascadeShape::Broadcast);
    }
}

TEST(TreeMeasures, SmallTreeByHand)
{
    // 0 -> {1, 2}, 1 -> {3}: distances 01 1, 02 1, 03 2, 12 2, 13 1, 23 3 = 10 over 6 pairs.
    const TreeMeasures m = measureTree(std::vector<std::int32_t>{-1, 0, 0, 1});
    EXPECT_NEAR(m.structuralVirality, 10.0 / 6.0, 1e-12);
    EXPECT_EQ(m.depth, 2);
    EXPECT_EQ(m.width, 2);
    const TreeMeasures single = measureTree(std::vector<std::int32_t>{-1});
    EXPECT_EQ(single.size, 1);
    EXPECT_EQ(single.structuralVirality, 0.0);
    EXPECT_EQ(single.shape, CascadeShape::Single);
}

TEST(Cascades, StarAndChainThroughACase)
{
    // A post relayed by 9 strangers is a star under every rule.
    CaseBuilder star(10);
    const EventId starRoot = star.post(0, 0);
    for (int v = 1; v < 10; ++v)
        star.repost(v, v, starRoot);
    for (CreditRule rule : {CreditRule::MostRecent, CreditRule::First, CreditRule::RootOnly}) {
        const CascadeReconstruction r = reconstructCascades(star.get(), rule);
        ASSERT_EQ(r.cascades.size(), 1u);
        EXPECT_NEAR(r.cascades[0].tree.structuralVirality, 2.0 * 9 / 10, 1e-12);
        EXPECT_EQ(r.cascades[0].inferredEdges, 0);
    }

    // Each relayer was called by the previous one before relaying: the most recent rule
    // rebuilds the chain, root only keeps the star.
    const int n = 8;
    CaseBuilder chain(n);
    const EventId p = chain.post(0, 0);
    for (int v = 1; v < n; ++v) {
        chain.call(10 * v, v - 1, v);
        chain.repost(10 * v + 1, v, p);
    }
    const CascadeReconstruction recent = reconstructCascades(chain.get());
    ASSERT_EQ(recent.cascades.size(), 1u);
    EXPECT_EQ(recent.cascades[0].tree.depth, n - 1);
    EXPECT_NEAR(recent.cascades[0].tree.structuralVirality, (n + 1) / 3.0, 1e-12);
    EXPECT_EQ(recent.cascades[0].tree.shape, CascadeShape::Viral);
    EXPECT_EQ(recent.cascades[0].inferredEdges, n - 2); // the first relay hangs from the root
    const CascadeReconstruction root = reconstructCascades(chain.get(), CreditRule::RootOnly);
    EXPECT_EQ(root.cascades[0].tree.depth, 1);
    EXPECT_NEAR(root.cascades[0].tree.structuralVirality, 2.0 * (n - 1) / n, 1e-12);
    // Every relay but the last one passes it on: 6 children each, downstream shrinking.
    EXPECT_EQ(recent.actors[0].downstream, n - 1);
    EXPECT_EQ(recent.actors[3].downstream, n - 4);
    EXPECT_EQ(recent.actors[3].directChildren, 1);
    EXPECT_EQ(root.actors[0].directChildren, n - 1);
    EXPECT_EQ(root.actors[3].directChildren, 0);
}

TEST(Cascades, ThreeRulesGiveTheExpectedParents)
{
    enum { R, A, B, V, W, X, C };
    CaseBuilder b(7);
    b.call(0, A, V);                           // V has heard from A
    b.call(1, V, B);                           // and talked to B
    const EventId p = b.post(10, R);           // R's post
    const EventId ra = b.repost(11, A, p);     // A relays (knows nobody relaying: -> R)
    const EventId rb = b.repost(12, B, p);     // B relays (-> R)
    const EventId rv = b.repost(13, V, p);     // V: exposed to A (11) and B (12)
    const EventId rw = b.repost(14, W, p);     // W knows nobody: -> R
    const EventId qx = b.quote(15, X, ra);     // the data says X quoted A's repost
    b.call(20, W, C);                          // W-C evidence only after C relays? no: before
    const EventId rc = b.repost(21, C, p);     // C: exposed to W (14)

    struct Expect {
        CreditRule rule;
        ActorId v, w, c;
    };
    for (const Expect &ex : {Expect{CreditRule::MostRecent, B, R, W}, Expect{CreditRule::First, A, R, W},
                             Expect{CreditRule::RootOnly, R, R, R}}) {
        SCOPED_TRACE(creditRuleName(ex.rule));
        const CascadeReconstruction r = reconstructCascades(b.get(), ex.rule);
        ASSERT_EQ(r.cascades.size(), 1u);
        EXPECT_EQ(r.cascades[0].root, p);
        EXPECT_EQ(r.cascades[0].tree.size, 7);
        ASSERT_EQ(r.attributions.size(), 6u);
        EXPECT_EQ(r.attributionOf(ra)->parentActor, R);
        EXPECT_FALSE(r.attributionOf(ra)->inferred);
        EXPECT_EQ(r.attributionOf(rb)->parentActor, R);
        EXPECT_EQ(r.attributionOf(rv)->parentActor, ex.v);
        EXPECT_EQ(r.attributionOf(rv)->inferred, ex.v != R);
        EXPECT_EQ(r.attributionOf(rw)->parentActor, ex.w);
        EXPECT_EQ(r.attributionOf(rc)->parentActor, ex.c);
        // An edge given by the data stays observed under every rule.
        EXPECT_EQ(r.attributionOf(qx)->parentActor, A);
        EXPECT_EQ(r.attributionOf(qx)->parentEvent, ra);
        EXPECT_FALSE(r.attributionOf(qx)->inferred);
        EXPECT_EQ(r.cascadeOfEvent[static_cast<std::size_t>(qx)], 0);
        EXPECT_EQ(r.attributionOf(p), nullptr);
    }
    // Parent events, not just actors: V hangs from B's repost, C from W's.
    const CascadeReconstruction recent = reconstructCascades(b.get());
    EXPECT_EQ(recent.attributionOf(rv)->parentEvent, rb);
    EXPECT_EQ(recent.treeParent[static_cast<std::size_t>(rc)], rw);
    EXPECT_EQ(recent.cascades[0].inferredEdges, 2);
    EXPECT_EQ(recent.cascades[0].tree.depth, 2);
    EXPECT_EQ(recent.cascades[0].tree.width, 3); // the root's: A, B and W
}

namespace {

// A random small case: posts, relays of any earlier event, replies, offline calls and
// mentions among a few actors, so that contacts and relays overlap a lot.
Case randomCase(unsigned seed, int actors, int events)
{
    std::mt19937 rng(seed);
    CaseBuilder b(actors);
    auto actor = [&] { return static_cast<ActorId>(rng() % static_cast<unsigned>(actors)); };
    for (int i = 0; i < events; ++i) {
        const unsigned roll = rng() % 100;
        // Half of the links go to the first few events, so that some contents collect
        // more relays than any actor has contacts.
        const unsigned range = rng() % 2 ? std::min(i, 5) : i;
        const EventId earlier = i > 0 ? static_cast<EventId>(rng() % range) : kNoEvent;
        std::vector<ActorId> mentions;
        if (rng() % 4 == 0)
            mentions.push_back(actor());
        if (roll < 25 || earlier == kNoEvent)
            b.post(i, actor(), mentions);
        else if (roll < 60)
            b.repost(i, actor(), earlier);
        else if (roll < 70)
            b.quote(i, actor(), earlier, mentions);
        else if (roll < 85)
            b.add(i, EventKind::Reply, actor(), earlier, mentions);
        else
            b.call(i, actor(), actor());
    }
    return b.get();
}

// The rules written directly from their definition, quadratic, for cross-checking.
std::vector<ActorId> referenceParents(const Case &c, CreditRule rule)
{
    std::vector<ActorId> parentActor(c.events.size(), kNoActor);
    std::set<std::pair<ActorId, ActorId>> known;
    auto meet = [&](ActorId a, ActorId b) { known.insert({std::min(a, b), std::max(a, b)}); };
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const Event &e = c.events[i];
        std::vector<Interaction> links;
        appendInteractions(c, static_cast<EventId>(i), links);
        for (const Interaction &in : links)
            if (in.kind == InteractionKind::Mention || in.kind == InteractionKind::Offline)
                meet(in.from, in.to);
        if ((e.kind == EventKind::Repost || e.kind == EventKind::Quote) && e.parent != kNoEvent) {
            const EventId x = e.parent;
            EventId chosen = x;
            if (rule != CreditRule::RootOnly) {
                // Relays of x before i: x itself, then the earlier relays whose parent is x.
                std::vector<EventId> candidates{x};
                for (std::size_t j = static_cast<std::size_t>(x) + 1; j < i; ++j) {
                    const Event &r = c.events[j];
                    if ((r.kind == EventKind::Repost || r.kind == EventKind::Quote) && r.parent == x)
                        candidates.push_back(static_cast<EventId>(j));
                }
                std::vector<EventId> exposed;
                for (EventId cand : candidates) {
                    const ActorId u = c.events[static_cast<std::size_t>(cand)].author;
                    if (u != e.author && known.count({std::min(u, e.author), std::max(u, e.author)}))
                        exposed.push_back(cand);
                }
                if (!exposed.empty())
                    chosen = rule == CreditRule::MostRecent ? exposed.back() : exposed.front();
            }
            parentActor[i] = c.events[static_cast<std::size_t>(chosen)].author;
        }
        for (const Interaction &in : links)
            if (in.kind != InteractionKind::Mention && in.kind != InteractionKind::Offline)
                meet(in.from, in.to);
    }
    return parentActor;
}

} // namespace

TEST(Cascades, MatchesAQuadraticReferenceOnRandomCases)
{
    std::int64_t inferred = 0;
    for (unsigned seed = 1; seed <= 30; ++seed) {
        // Few actors: long contact lists (walks the relays); many actors: short ones
        // (walks the contacts). Both paths are exercised.
        const Case c = randomCase(seed, seed % 2 ? 6 : 60, 400);
        for (CreditRule rule : {CreditRule::MostRecent, CreditRule::First, CreditRule::RootOnly}) {
            SCOPED_TRACE(testing::Message() << "seed " << seed << " rule " << creditRuleName(rule));
            const std::vector<ActorId> expected = referenceParents(c, rule);
            const CascadeReconstruction r = reconstructCascades(c, rule);
            std::size_t relays = 0;
            for (std::size_t i = 0; i < c.events.size(); ++i) {
                if (expected[i] == kNoActor)
                    continue;
                ++relays;
                const Attribution *a = r.attributionOf(static_cast<EventId>(i));
                ASSERT_NE(a, nullptr);
                ASSERT_EQ(a->parentActor, expected[i]) << "event " << i;
                const auto parent = static_cast<std::size_t>(a->parentEvent);
                EXPECT_LT(a->parentEvent, static_cast<EventId>(i));
                EXPECT_EQ(r.cascadeOfEvent[parent], r.cascadeOfEvent[i]);
                EXPECT_EQ(a->inferred, a->parentActor != c.events[static_cast<std::size_t>(c.events[i].parent)].author);
            }
            EXPECT_EQ(r.attributions.size(), relays);
            inferred += std::count_if(r.attributions.begin(), r.attributions.end(),
                                      [](const Attribution &a) { return a.inferred; });
            // Every cascade event is counted once, in the cascade of its root.
            std::int64_t total = 0;
            for (const CascadeStats &cs : r.cascades) {
                total += cs.tree.size;
                EXPECT_EQ(r.cascadeOfEvent[static_cast<std::size_t>(cs.root)], &cs - r.cascades.data());
                EXPECT_LE(cs.tree.depth, cs.tree.size - 1);
            }
            EXPECT_EQ(total, static_cast<std::int64_t>(std::count_if(r.cascadeOfEvent.begin(), r.cascadeOfEvent.end(),
                                                                     [](std::int32_t k) { return k >= 0; })));
        }
    }
    EXPECT_GT(inferred, 1000);
}

TEST(Cascades, ExposureMustPrecedeTheRelay)
{
    enum { R, A, V };
    CaseBuilder b(3);
    const EventId p = b.post(0, R);
    b.repost(1, A, p);
    const EventId rv = b.repost(2, V, p);
    b.call(3, A, V); // too late to explain V's relay
    const EventId rv2 = b.repost(4, V, p);
    const CascadeReconstruction r = reconstructCascades(b.get());
    EXPECT_EQ(r.attributionOf(rv)->parentActor, R);
    EXPECT_EQ(r.attributionOf(rv2)->parentActor, A); // V's second relay, after the call

    // The cursor cuts the case: nothing after it, and earlier credits do not change.
    const CascadeReconstruction early = reconstructCascades(b.get(), CreditRule::MostRecent, b.time(2));
    EXPECT_EQ(early.attributions.size(), 2u);
    EXPECT_EQ(early.attributionOf(rv2), nullptr);
    EXPECT_EQ(*early.attributionOf(rv), *r.attributionOf(rv));
    EXPECT_EQ(early.cascadeOfEvent[static_cast<std::size_t>(rv2)], -1);
    EXPECT_EQ(early.cascades[0].tree.size, 3);
}

TEST(Cascades, MentionsInTheRelayAndRepliesCountAsExposure)
{
    enum { R, A, V, U, T };
    CaseBuilder b(5);
    const EventId p = b.post(0, R);
    const EventId ra = b.repost(1, A, p);
    const EventId qv = b.quote(2, V, p, {A}); // "via @a1": the quote names A
    // U replied to T earlier (a reply to T's post), then T relays, then U relays.
    const EventId tp = b.post(3, T);
    b.add(4, EventKind::Reply, U, tp);
    const EventId rt = b.repost(5, T, p);
    const EventId ru = b.repost(6, U, p);
    const CascadeReconstruction r = reconstructCascades(b.get());
    EXPECT_EQ(r.attributionOf(qv)->parentEvent, ra);
    EXPECT_EQ(r.attributionOf(ru)->parentEvent, rt);
    // Two cascades (p and T's post); the reply is not relayed so it roots none.
    ASSERT_EQ(r.cascades.size(), 2u);
    EXPECT_EQ(r.cascades[1].root, tp);
    EXPECT_EQ(r.cascades[1].tree.size, 1);
    EXPECT_EQ(r.cascades[1].tree.shape, CascadeShape::Single);
}

TEST(Cascades, RelayedRepliesRootCascadesInEventOrder)
{
    enum { R, A, V };
    CaseBuilder b(3);
    const EventId p = b.post(0, R);
    const EventId reply = b.add(1, EventKind::Reply, A, p);
    const EventId q = b.post(2, V);
    b.repost(3, V, reply);
    b.repost(4, R, q);
    const CascadeReconstruction r = reconstructCascades(b.get(), CreditRule::RootOnly);
    ASSERT_EQ(r.cascades.size(), 3u);
    EXPECT_EQ(r.cascades[0].root, p);
    EXPECT_EQ(r.cascades[1].root, reply);
    EXPECT_EQ(r.cascades[2].root, q);
    EXPECT_EQ(r.cascades[1].tree.size, 2);
    EXPECT_EQ(r.cascades[2].tree.size, 2);
    EXPECT_EQ(r.cascadeOfEvent[static_cast<std::size_t>(reply)], 1);
    EXPECT_EQ(r.attributions[0].cascade, 1);
    EXPECT_EQ(r.attributions[1].cascade, 2);
}

TEST(Cascades, ProvenanceInferredMarksRootOnlyEdges)
{
    CaseBuilder b(2);
    const EventId p = b.post(0, 0);
    const EventId rr = b.repost(1, 1, p);
    b.get().events[static_cast<std::size_t>(rr)].provenance.inferred = true;
    EXPECT_TRUE(reconstructCascades(b.get(), CreditRule::RootOnly).attributionOf(rr)->inferred);
}

TEST(Cascades, PerActorSums)
{
    enum { R, A, B, V, S };
    CaseBuilder b(5);
    b.call(0, A, V);
    const EventId p = b.post(10, R);
    const EventId ra = b.repost(11, A, p);
    b.repost(12, V, p);              // -> A (recent and first)
    b.repost(13, B, p);              // -> R
    const EventId ra2 = b.quote(14, A, ra); // A quotes its own repost: under A already
    b.repost(15, V, ra2);            // data: V relays A's quote -> A, nested under A
    b.post(20, R);                   // a second cascade by R, nobody relays
    b.post(21, S);
    const CascadeReconstruction r = reconstructCascades(b.get());
    const ActorCascadeStats &a = r.actors[A];
    EXPECT_EQ(a.directChildren, 2);  // V's two relays (A's self-quote is not counted)
    EXPECT_EQ(a.downstream, 2);      // V, V: A's quote is nested and not counted again
    EXPECT_EQ(r.actors[R].directChildren, 2);
    EXPECT_EQ(r.actors[R].downstream, 5);
    EXPECT_EQ(r.actors[R].cascadesSeeded, 2);
    EXPECT_DOUBLE_EQ(r.actors[R].meanSeededSize(), (6 + 1) / 2.0);
    EXPECT_DOUBLE_EQ(r.actors[S].meanSeededSize(), 1.0);
    EXPECT_EQ(r.actors[V].downstream, 0);
    EXPECT_EQ(r.actors[V].cascadesSeeded, 0);
    EXPECT_EQ(r.actors[V].meanSeededSize(), 0.0);
}

TEST(Cascades, RulesAgreeOnlyWhenNoRelayerWasExposedToAnEarlierOne)
{
    enum { R, A, V };
    {
        // A and V relay R's post and never interacted: every rule credits R.
        CaseBuilder b(3);
        const EventId p = b.post(10, R);
        b.repost(11, A, p);
        b.repost(12, V, p);
        for (CreditRule rule : {CreditRule::MostRecent, CreditRule::First})
            EXPECT_TRUE(creditRulesAgree(b.get(), reconstructCascades(b.get(), rule))) << creditRuleName(rule);
        EXPECT_FALSE(creditRulesAgree(b.get(), reconstructCascades(b.get(), CreditRule::RootOnly)))
            << "a root-only reconstruction cannot tell";
    }
    {
        // V had heard from A before relaying: the inferring rules credit A, RootOnly R.
        CaseBuilder b(3);
        b.call(0, A, V);
        const EventId p = b.post(10, R);
        b.repost(11, A, p);
        b.repost(12, V, p);
        for (CreditRule rule : {CreditRule::MostRecent, CreditRule::First})
            EXPECT_FALSE(creditRulesAgree(b.get(), reconstructCascades(b.get(), rule))) << creditRuleName(rule);
        // Before V's relay, nothing differs yet.
        EXPECT_TRUE(creditRulesAgree(b.get(), reconstructCascades(b.get(), CreditRule::MostRecent, b.get().events[2].time)));
    }
}

TEST(Cascades, CancelledReturnsNothing)
{
    CaseBuilder b(2);
    const EventId p = b.post(0, 0);
    b.repost(1, 1, p);
    std::atomic<bool> cancel{true};
    const CascadeReconstruction r = reconstructCascades(b.get(), CreditRule::MostRecent, kEndOfTime, &cancel);
    EXPECT_TRUE(r.cancelled);
    EXPECT_TRUE(r.cascades.empty());
    EXPECT_TRUE(r.attributions.empty());
}

TEST(Cascades, RuleNames)
{
    for (CreditRule rule : {CreditRule::MostRecent, CreditRule::First, CreditRule::RootOnly})
        EXPECT_EQ(creditRuleFromName(creditRuleName(rule)), rule);
    EXPECT_EQ(creditRuleFromName("latest"), std::nullopt);
    EXPECT_STREQ(creditRuleName(CreditRule::MostRecent), "recent");
}

TEST(Ranking, SpearmanOnKnownRankings)
{
    const std::vector<double> up{1, 2, 3, 4, 5};
    const std::vector<double> down{5, 4, 3, 2, 1};
    EXPECT_NEAR(*spearmanRho(up, up), 1.0, 1e-12);
    EXPECT_NEAR(*spearmanRho(up, down), -1.0, 1e-12);
    // Two swaps: sum d^2 = 4, rho = 1 - 6 * 4 / (5 * 24) = 0.8.
    EXPECT_NEAR(*spearmanRho(up, std::vector<double>{2, 1, 4, 3, 5}), 0.8, 1e-12);
    // With ties (average ranks, Pearson on ranks): 4.5 / sqrt(4.5 * 5).
    EXPECT_NEAR(*spearmanRho(std::vector<double>{1, 2, 2, 3}, std::vector<double>{1, 2, 3, 4}),
                4.5 / std::sqrt(22.5), 1e-12);
    EXPECT_FALSE(spearmanRho(up, std::vector<double>{7, 7, 7, 7, 7}).has_value());
    EXPECT_FALSE(spearmanRho(std::vector<double>{1}, std::vector<double>{1}).has_value());
    EXPECT_FALSE(spearmanRho(up, std::vector<double>{1, 2}).has_value());
    EXPECT_EQ(descendingRanks(std::vector<double>{5, 9, 5}), (std::vector<double>{2.5, 1, 2.5}));
}

TEST(Ranking, TopOverlap)
{
    const std::vector<double> a{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1, -2};
    std::vector<double> b = a;
    std::swap(b[0], b[11]); // the top item falls to the bottom
    const RankingComparison cmp = compareRankings(a, b, 10);
    EXPECT_EQ(cmp.items, 12);
    EXPECT_EQ(cmp.topK, 10);
    EXPECT_EQ(cmp.topShared, 9);
    EXPECT_DOUBLE_EQ(cmp.topOverlap(), 0.9);
    EXPECT_EQ(topIndexes(std::vector<double>{1, 3, 3, 2}, 2), (std::vector<int>{1, 2}));
    const RankingComparison small = compareRankings(std::vector<double>{1, 2}, std::vector<double>{2, 1}, 10);
    EXPECT_EQ(small.topK, 2);
    EXPECT_EQ(small.topShared, 2);
}

TEST(Cascades, RuleComparisonSeesTheCreditMove)
{
    // Ten relayers each called by the previous one: root only credits everything to R,
    // the most recent rule spreads the credit down the chain.
    const int n = 12;
    CaseBuilder b(n);
    const EventId p = b.post(0, 0);
    for (int v = 1; v < n; ++v) {
        b.call(10 * v, v - 1, v);
        b.repost(10 * v + 1, v, p);
    }
    const CascadeReconstruction recent = reconstructCascades(b.get());
    const CascadeReconstruction root = reconstructCascades(b.get(), CreditRule::RootOnly);
    const RuleComparison same = compareCreditRules(b.get(), recent, recent);
    EXPECT_NEAR(*same.directChildren.spearman, 1.0, 1e-12);
    EXPECT_EQ(same.directChildren.topShared, 10);
    const RuleComparison cmp = compareCreditRules(b.get(), recent, root);
    EXPECT_EQ(cmp.a, CreditRule::MostRecent);
    EXPECT_EQ(cmp.b, CreditRule::RootOnly);
    EXPECT_EQ(cmp.directChildren.items, n);
    // By hand: direct children are 1 for actors 0..10 and 0 for 11 under the most recent
    // rule (average ranks 6 x 11, then 12), 11 for actor 0 and 0 for the others under root
    // only (ranks 1, then 7 x 11); Pearson on ranks around the mean 6.5: 3 / sqrt(33 * 33).
    EXPECT_NEAR(*cmp.directChildren.spearman, 3.0 / 33.0, 1e-12);
    // Downstream: 11 - k for actor k (ranks 1..12), against the same root-only ranks:
    // 33 / sqrt(143 * 33).
    EXPECT_NEAR(*cmp.downstream.spearman, 33.0 / std::sqrt(143.0 * 33.0), 1e-12);
    // Ties are broken by actor id, so both top tens are actors 0..9.
    EXPECT_EQ(cmp.directChildren.topShared, 10);
}
