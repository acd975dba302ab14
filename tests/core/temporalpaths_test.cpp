// SPDX-License-Identifier: GPL-3.0-or-later
// Time-respecting reach, paths, closeness, what-if and brokerage: small cases worked by
// hand and properties on generated cases.
#include "core/analysis/brokerage.h"
#include "core/analysis/temporalpaths.h"
#include "core/analysis/whatif.h"
#include "core/generate/generator.h"
#include "core/model/case.h"
#include "core/model/interaction.h"
#include "core/timeline/timeindex.h"
#include "tests/core/casebuilder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

using namespace cascade;

namespace {

using test::CaseBuilder;


enum : ActorId { A, B, C, D, E, F };

// Checks every documented property of a reach against the case it came from.
void checkReachProperties(const Case &c, const TimeIndex &index, const TemporalReach &r)
{
    const EventId first = index.firstEventBy(r.source);
    for (EventId e = 0; e < index.eventCount(); ++e) {
        const Event &ev = c.events[static_cast<std::size_t>(e)];
        bool expected = false;
        if (first != kNoEvent && e >= first) {
            const EventId authorArrival = r.arrivalEvent[static_cast<std::size_t>(ev.author)];
            expected = ev.author == r.source || (ev.parent != kNoEvent && r.informed(ev.parent))
                       || std::any_of(ev.promptedBy.begin(), ev.promptedBy.end(), [&](EventId p) { return r.informed(p); })
                       || (authorArrival != kNoEvent && authorArrival < e);
        }
        ASSERT_EQ(r.informed(e), expected) << "event " << e;
        if (!r.informed(e))
            continue;
        // Nobody involved as a receiver of an informed event is reached after it.
        ASSERT_LE(r.arrival[static_cast<std::size_t>(ev.author)], ev.time);
        std::vector<Interaction> interactions;
        appendInteractions(c, e, interactions);
        for (const Interaction &in : interactions) {
            Flow flows[2];
            const int n = messageFlows(in, flows);
            for (int f = 0; f < n; ++f) {
                if (flows[f].sender == ev.author) {
                    ASSERT_LE(r.arrival[static_cast<std::size_t>(flows[f].receiver)], ev.time);
                }
            }
        }
    }
    for (ActorId v = 0; v < index.actorCount(); ++v) {
        if (!r.reached(v))
            continue;
        const TemporalPath path = temporalPath(index, r, v);
        ASSERT_TRUE(path.reached);
        ASSERT_FALSE(path.events.empty());
        EXPECT_EQ(c.events[static_cast<std::size_t>(path.events.front())].author, r.source);
        EXPECT_EQ(path.events.back(), r.arrivalEvent[static_cast<std::size_t>(v)]);
        EXPECT_EQ(path.arrival, c.events[static_cast<std::size_t>(path.events.back())].time);
        EXPECT_GE(path.arrival, r.start);
        // Never back in time, and every link is a real one.
        for (std::size_t i = 1; i < path.events.size(); ++i) {
            const Event &prev = c.events[static_cast<std::size_t>(path.events[i - 1])];
            const Event &next = c.events[static_cast<std::size_t>(path.events[i])];
            ASSERT_LE(prev.time, next.time);
            ASSERT_LT(path.events[i - 1], path.events[i]);
            const bool linked = next.parent == path.events[i - 1]
                                || std::find(next.promptedBy.begin(), next.promptedBy.end(), path.events[i - 1]) != next.promptedBy.end()
                                || r.arrivalEvent[static_cast<std::size_t>(next.author)] == path.events[i - 1];
            ASSERT_TRUE(linked) << "path to " << v << " at step " << i;
        }
        for (std::size_t i = 1; i < path.steps.size(); ++i)
            ASSERT_LE(path.steps[i - 1].time, path.steps[i].time);
        EXPECT_EQ(path.steps.back().actor, v);
        EXPECT_EQ(path.steps.front().actor, r.source);
    }
}

} // namespace

TEST(TemporalReach, ContentNotContactTravels)
{
    CaseBuilder b("aaaa");
    const EventId q = b.add(EventKind::Post, B, 0);          // B's own post, before it knows
    const EventId p = b.add(EventKind::Post, A, 1);          // the origin's message
    b.add(EventKind::Repost, B, 2, p);                       // B relays it: reached at 2
    b.add(EventKind::Repost, C, 3, q);                       // C relays B's old post: nothing
    const EventId late = b.add(EventKind::Post, B, 4);       // B's later post carries it
    b.add(EventKind::Quote, D, 5, late);                     // D quotes that: reached at 5
    const Case &c = b.get();
    const TimeIndex index(c);
    const TemporalReach r = computeReach(index, A);
    EXPECT_EQ(r.start, 1 * kMsPerMinute);
    EXPECT_EQ(r.arrival[B], 2 * kMsPerMinute);
    EXPECT_FALSE(r.reached(C));
    EXPECT_EQ(r.arrival[D], 5 * kMsPerMinute);
    EXPECT_FALSE(r.informed(q));
    EXPECT_EQ(r.via[static_cast<std::size_t>(late)], InformedVia::AuthorReached);
    EXPECT_EQ(*r.latency(D), 4 * kMsPerMinute);
    EXPECT_FALSE(r.latency(C).has_value());
    EXPECT_EQ(temporalPath(index, r, D).actors(), (std::vector<ActorId>{A, B, D}));
    checkReachProperties(c, index, r);
}

TEST(TemporalReach, NeverGoesBackInTime)
{
    // C tells D at minute 1; the origin reaches C only at minute 2. A static path
    // A -> C -> D exists, a time-respecting one does not.
    CaseBuilder b("aaaa");
    b.add(EventKind::Post, C, 1, kNoEvent, {D});
    b.add(EventKind::Post, A, 2, kNoEvent, {C});
    const Case &c = b.get();
    const TimeIndex index(c);
    const TemporalReach r = computeReach(index, A);
    EXPECT_TRUE(r.reached(C));
    EXPECT_FALSE(r.reached(D));
    EXPECT_FALSE(temporalPath(index, r, D).reached);
    checkReachProperties(c, index, r);
}

TEST(TemporalReach, PrefersTheCausalPredecessor)
{
    // B is reached at 1 by the origin's mention; at 3 an informed tip from C prompts B's
    // message to D. The path to D goes through the tip, not through B's earlier arrival.
    CaseBuilder b("aaaa");
    const EventId m = b.add(EventKind::Post, A, 1, kNoEvent, {B, C});
    const EventId tip = b.add(EventKind::Reply, C, 3, m, {B});
    const EventId msg = b.add(EventKind::Post, B, 4, kNoEvent, {D}, {tip});
    const Case &c = b.get();
    const TimeIndex index(c);
    const TemporalReach r = computeReach(index, A);
    EXPECT_EQ(r.via[static_cast<std::size_t>(msg)], InformedVia::PromptedBy);
    const TemporalPath path = temporalPath(index, r, D);
    EXPECT_EQ(path.events, (std::vector<EventId>{m, tip, msg}));
    EXPECT_EQ(path.actors(), (std::vector<ActorId>{A, C, B, D}));
    checkReachProperties(c, index, r);

    // Reached through a mention, then acting: an Addressed step shows the hop.
    CaseBuilder b2("aaaa");
    const EventId m2 = b2.add(EventKind::Post, A, 1, kNoEvent, {B});
    const EventId own = b2.add(EventKind::Post, B, 2, kNoEvent, {C});
    const Case &c2 = b2.get();
    const TimeIndex index2(c2);
    const TemporalReach r2 = computeReach(index2, A);
    const TemporalPath p2 = temporalPath(index2, r2, C);
    EXPECT_EQ(p2.events, (std::vector<EventId>{m2, own}));
    ASSERT_EQ(p2.steps.size(), 4u);
    EXPECT_EQ(p2.steps[1], (PathStep{B, m2, 1 * kMsPerMinute, PathStep::How::Addressed}));
    EXPECT_EQ(p2.steps[2], (PathStep{B, own, 2 * kMsPerMinute, PathStep::How::Continued}));
    EXPECT_EQ(p2.steps[3], (PathStep{C, own, 2 * kMsPerMinute, PathStep::How::Addressed}));
}

TEST(TemporalReach, AsOfATimeAndHarmonicCloseness)
{
    CaseBuilder b("aaaa");
    b.add(EventKind::Post, A, 10, kNoEvent, {B});       // B at latency 0: counts 1
    b.add(EventKind::Offline, A, 40, kNoEvent, {C});    // C after 30 min: 1/30
    b.add(EventKind::Post, B, 70, kNoEvent, {D});       // D after 60 min: 1/60
    const Case &c = b.get();
    const TimeIndex index(c);
    EXPECT_DOUBLE_EQ(harmonicTemporalCloseness(index, A), 1.0 + 1.0 / 30 + 1.0 / 60);
    EXPECT_DOUBLE_EQ(harmonicTemporalCloseness(index, A, 69 * kMsPerMinute), 1.0 + 1.0 / 30);
    EXPECT_DOUBLE_EQ(harmonicTemporalCloseness(index, C), 0.0); // C never acts
    ReachOptions options;
    options.until = 40 * kMsPerMinute;
    const TemporalReach early = computeReach(index, A, options);
    const TemporalReach full = computeReach(index, A);
    for (ActorId v = 0; v < 4; ++v)
        EXPECT_EQ(early.reached(v), full.reached(v, options.until));
}

TEST(TemporalReach, PropertiesOnGeneratedCases)
{
    for (std::uint64_t seed : {1u, 2u, 3u, 4u}) {
        SCOPED_TRACE(seed);
        const Case c = generateCase(GeneratorOptions{200, 4000, seed});
        const TimeIndex index(c);
        ASSERT_NE(c.origin, kNoActor);
        const TemporalReach r = computeReach(index, c.origin);
        EXPECT_GT(r.reachedCount(), 1);
        checkReachProperties(c, index, r);
        // From another actor too.
        checkReachProperties(c, index, computeReach(index, c.events[c.events.size() / 2].author));
    }
}

TEST(WhatIf, DropsDependentEventsTransitively)
{
    CaseBuilder b("aaaaaa");
    const EventId p = b.add(EventKind::Post, A, 1, kNoEvent, {B});
    const EventId x = b.add(EventKind::Post, B, 2);
    const EventId rx = b.add(EventKind::Repost, C, 3, x);                    // parent dropped
    const EventId y = b.add(EventKind::Post, D, 4, kNoEvent, {E}, {x});      // its only prompt dropped
    const EventId z = b.add(EventKind::Post, D, 5, kNoEvent, {F}, {x, p});   // one prompt survives
    const EventId rrx = b.add(EventKind::Repost, E, 6, rx);                  // grandparent dropped
    const Case &c = b.get();
    const TimeIndex index(c);
    const std::vector<std::uint8_t> dropped = eventsDroppedByRemoving(index, B);
    EXPECT_EQ(dropped, (std::vector<std::uint8_t>{0, 1, 1, 1, 0, 1}));
    (void)y;
    (void)z;
    (void)rrx;
    EXPECT_EQ(eventsDroppedByRemoving(index, F), std::vector<std::uint8_t>(6, 0));
}

TEST(WhatIf, LostAndDelayed)
{
    // A reaches B at 1 and C at 5 directly; B relays to C at 2 and to D at 3.
    CaseBuilder b("aaaa");
    const EventId p = b.add(EventKind::Post, A, 1, kNoEvent, {B});
    b.add(EventKind::Quote, B, 2, p, {C});
    b.add(EventKind::Post, B, 3, kNoEvent, {D});
    b.add(EventKind::Post, A, 5, kNoEvent, {C});
    const Case &c = b.get();
    const TimeIndex index(c);
    const TemporalReach base = computeReach(index, A);
    const std::vector<ActorId> targets{C, D};
    const WhatIfResult w = whatIfRemoved(index, base, B, targets);
    EXPECT_EQ(w.droppedEvents, 2);
    EXPECT_EQ(w.noLongerReached, (std::vector<ActorId>{D}));
    ASSERT_EQ(w.delayed.size(), 1u);
    EXPECT_EQ(w.delayed[0], (DelayedActor{C, 2 * kMsPerMinute, 5 * kMsPerMinute}));
    ASSERT_EQ(w.targets.size(), 2u);
    EXPECT_EQ(w.targets[0].addedLatency(), 3 * kMsPerMinute);
    EXPECT_TRUE(w.targets[1].lost());

    const std::vector<CriticalActor> critical = criticalActors(index, base, targets);
    ASSERT_EQ(critical.size(), 1u);
    EXPECT_EQ(critical[0].actor, B);
    EXPECT_EQ(critical[0].targetsLost, 1);
    EXPECT_EQ(critical[0].addedLatency, 3 * kMsPerMinute);
}

TEST(WhatIf, AnActorWithoutEventsChangesNothing)
{
    for (std::uint64_t seed : {7u, 8u}) {
        Case c = generateCase(GeneratorOptions{150, 3000, seed});
        Actor idle;
        idle.handle = QStringLiteral("@idle");
        idle.followers = 1'000'000;
        c.actors.push_back(idle);
        c.invalidateIndex();
        const auto a = static_cast<ActorId>(c.actors.size() - 1);
        const TimeIndex index(c);
        const TemporalReach base = computeReach(index, c.origin);
        const WhatIfResult w = whatIfRemoved(index, base, a, c.targets);
        EXPECT_EQ(w.droppedEvents, 0);
        EXPECT_TRUE(w.changesNothing());
        for (const TargetOutcome &o : w.targets)
            EXPECT_EQ(o.arrivalBefore, o.arrivalAfter);
    }
}

TEST(WhatIf, RemovalNeverHelpsAndCriticalActorsMatchBruteForce)
{
    const Case c = generateCase(GeneratorOptions{120, 2500, 11});
    ASSERT_FALSE(c.targets.empty());
    const TimeIndex index(c);
    const TemporalReach base = computeReach(index, c.origin);
    std::vector<CriticalActor> brute;
    for (ActorId a = 0; a < index.actorCount(); ++a) {
        ReachOptions options;
        const std::vector<std::uint8_t> dropped = eventsDroppedByRemoving(index, a);
        options.dropped = &dropped;
        const TemporalReach after = computeReach(index, c.origin, options);
        for (ActorId v = 0; v < index.actorCount(); ++v)
            ASSERT_GE(after.arrival[static_cast<std::size_t>(v)], base.arrival[static_cast<std::size_t>(v)]);
        if (a == c.origin || std::find(c.targets.begin(), c.targets.end(), a) != c.targets.end())
            continue;
        const WhatIfResult w = whatIfRemoved(index, base, a, c.targets);
        int lost = 0;
        TimeMs added = 0;
        for (const TargetOutcome &o : w.targets) {
            lost += o.lost();
            added += o.addedLatency();
        }
        if (lost || added)
            brute.push_back({a, lost, added, static_cast<int>(w.noLongerReached.size()),
                             static_cast<int>(w.delayed.size()), w.targets});
    }
    const std::vector<CriticalActor> fast = criticalActors(index, base, c.targets);
    ASSERT_EQ(fast.size(), brute.size());
    for (const CriticalActor &x : brute)
        EXPECT_NE(std::find(fast.begin(), fast.end(), x), fast.end()) << "actor " << x.actor;
    for (std::size_t i = 1; i < fast.size(); ++i) {
        EXPECT_GE(fast[i - 1].targetsLost, fast[i].targetsLost);
        if (fast[i - 1].targetsLost == fast[i].targetsLost) {
            EXPECT_GE(fast[i - 1].addedLatency, fast[i].addedLatency);
        }
    }
}

TEST(Brokerage, TheFiveRoles)
{
    // Groups: A, B, C in group a; D, E in group b; F in group c. Each case: x -> v -> y.
    struct Row {
        ActorId x, v, y;
        BrokerageRole role;
    };
    const Row rows[] = {
        {A, B, C, BrokerageRole::Coordinator},    // a -> a -> a
        {D, A, E, BrokerageRole::Itinerant},      // b -> a -> b
        {D, A, B, BrokerageRole::Gatekeeper},     // b -> a -> a
        {A, B, D, BrokerageRole::Representative}, // a -> a -> b
        {D, A, F, BrokerageRole::Liaison},        // b -> a -> c
    };
    for (const Row &row : rows) {
        CaseBuilder b("aaabbc");
        b.add(EventKind::Post, row.x, 1, kNoEvent, {row.v});
        b.add(EventKind::Post, row.v, 2, kNoEvent, {row.y});
        const Case &c = b.get();
        const TimeIndex index(c);
        const FlowGraph graph(index);
        const std::vector<RoleId> roles = actorRoles(c);
        const Brokerage br = brokerage(graph, roles, row.v);
        EXPECT_EQ(br.total(), 1);
        EXPECT_EQ(br.count(row.role), 1) << brokerageRoleName(row.role);
        EXPECT_EQ(br.dominant(), row.role);
        EXPECT_TRUE(brokerageSentence(c, graph, row.v).contains(QLatin1String(brokerageRoleName(row.role))));
        EXPECT_EQ(brokerage(graph, roles, row.x).total(), 0);
    }
}

TEST(Brokerage, DirectLinksAndMissingRolesAreNotBrokered)
{
    CaseBuilder b("ab-c");
    const EventId p = b.add(EventKind::Post, A, 1);
    b.add(EventKind::Repost, B, 2, p);                   // flow A -> B
    b.add(EventKind::Post, B, 3, kNoEvent, {D, C});      // B -> D, B -> C (C has no role)
    b.add(EventKind::Post, A, 4, kNoEvent, {D});         // A -> D directly: not brokered
    const Case &c = b.get();
    const TimeIndex index(c);
    const FlowGraph graph(index);
    EXPECT_TRUE(graph.hasEdge(A, B));
    EXPECT_FALSE(graph.hasEdge(B, A)); // a repost carries the message one way
    EXPECT_EQ(graph.edgeCount(), 4);
    EXPECT_EQ(brokerage(graph, actorRoles(c), B).total(), 0);
    // As of minute 3 the direct link did not exist yet: B was a liaison (a -> b -> c).
    const FlowGraph before(index, 3 * kMsPerMinute);
    const Brokerage br = brokerage(before, actorRoles(c), B);
    EXPECT_EQ(br.total(), 1);
    EXPECT_EQ(br.count(BrokerageRole::Liaison), 1);
    const std::vector<Brokerage> all = brokerageAll(before, actorRoles(c));
    EXPECT_EQ(all[B], br);
    EXPECT_FALSE(brokerageAll(before, actorRoles(c), 0).front().computed);
}

TEST(Brokerage, FlowGraphAndCountsMatchTheDefinitionOnAGeneratedCase)
{
    const Case c = generateCase(GeneratorOptions{80, 1500, 3});
    const TimeIndex index(c);
    const TimeMs asOf = c.events[1000].time;
    // Edges straight from messageFlows() of the interactions at or before asOf.
    std::set<std::pair<ActorId, ActorId>> edges;
    for (const Interaction &in : deriveInteractions(c)) {
        if (in.time > asOf)
            continue;
        Flow flows[2];
        const int n = messageFlows(in, flows);
        for (int f = 0; f < n; ++f)
            if (flows[f].sender != flows[f].receiver)
                edges.insert({flows[f].sender, flows[f].receiver});
    }
    const FlowGraph graph(index, asOf);
    std::set<std::pair<ActorId, ActorId>> got;
    for (ActorId a = 0; a < graph.actorCount(); ++a) {
        for (ActorId b : graph.successors(a))
            got.insert({a, b});
        for (ActorId p : graph.predecessors(a))
            EXPECT_TRUE(graph.hasEdge(p, a));
    }
    EXPECT_EQ(got, edges);
    EXPECT_EQ(graph.edgeCount(), static_cast<std::int64_t>(edges.size()));

    // Brokerage by brute force over all ordered triples.
    const std::vector<RoleId> roles = actorRoles(c);
    const int n = graph.actorCount();
    std::vector<Brokerage> expected(static_cast<std::size_t>(n));
    for (ActorId v = 0; v < n; ++v)
        for (ActorId a = 0; a < n; ++a)
            for (ActorId b = 0; b < n; ++b) {
                if (a == v || b == v || a == b || !edges.count({a, v}) || !edges.count({v, b}) || edges.count({a, b}))
                    continue;
                const RoleId ra = roles[static_cast<std::size_t>(a)], rv = roles[static_cast<std::size_t>(v)],
                             rb = roles[static_cast<std::size_t>(b)];
                if (ra == kNoRole || rv == kNoRole || rb == kNoRole)
                    continue;
                BrokerageRole role = BrokerageRole::Liaison;
                if (ra == rv && rv == rb)
                    role = BrokerageRole::Coordinator;
                else if (ra == rb)
                    role = BrokerageRole::Itinerant;
                else if (rv == rb)
                    role = BrokerageRole::Gatekeeper;
                else if (ra == rv)
                    role = BrokerageRole::Representative;
                ++expected[static_cast<std::size_t>(v)].counts[static_cast<std::size_t>(role)];
            }
    const std::vector<Brokerage> all = brokerageAll(graph, roles);
    std::int64_t total = 0;
    for (ActorId v = 0; v < n; ++v) {
        EXPECT_EQ(all[static_cast<std::size_t>(v)], expected[static_cast<std::size_t>(v)]) << "actor " << v;
        total += expected[static_cast<std::size_t>(v)].total();
    }
    EXPECT_GT(total, 0);
}
