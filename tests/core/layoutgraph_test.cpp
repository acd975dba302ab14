// SPDX-License-Identifier: GPL-3.0-or-later
// The layout graph (aggregated links, backbone) and Cascade's own layouts.
#include "core/layout/balloonlayout.h"
#include "core/layout/componentpacking.h"
#include "core/layout/layoutengine.h"
#include "core/layout/pinning.h"
#include "core/layout/swimlanelayout.h"
#include "core/model/interaction.h"
#include "layouttestcases.h"

#include <gtest/gtest.h>

#include <QLineF>

#include <cmath>
#include <functional>
#include <map>
#include <set>

using namespace cascade;
using namespace cascade::layouttest;

TEST(LayoutGraph, AggregatesInteractionsPerPairInFlowDirection)
{
    CaseBuilder b;
    const ActorId ngo = b.actor(QStringLiteral("@ngo"), "ngo");
    const ActorId journalist = b.actor(QStringLiteral("@journalist"), "journalist");
    const ActorId fan = b.actor(QStringLiteral("@fan"));
    const ActorId lonely = b.actor(QStringLiteral("@lonely"));
    b.actor(QStringLiteral("@never")); // takes part in no event
    const EventId root = b.post(ngo, 0);
    const EventId relay = b.repost(journalist, root, 5);  // flow ngo -> journalist
    b.repost(journalist, root, 6);                        // same pair again
    b.reply(ngo, relay, 7);                               // flow journalist -> ngo: both ways
    b.post(fan, 8, {journalist});                         // mention: flow fan -> journalist
    b.post(lonely, 9);
    b.post(fan, 10, {fan});                               // self-mention: not drawn
    b.get().origin = ngo;
    const LayoutGraph g = buildLayoutGraph(b.get());

    ASSERT_EQ(g.links.size(), 2u);
    EXPECT_EQ(g.links[0].from, ngo);
    EXPECT_EQ(g.links[0].to, journalist);
    EXPECT_EQ(g.links[0].count, 3);
    EXPECT_TRUE(g.links[0].bothWays);
    EXPECT_EQ(g.links[0].kinds, (1u << int(InteractionKind::Repost)) | (1u << int(InteractionKind::Reply)));
    EXPECT_EQ(g.links[1].from, fan);
    EXPECT_EQ(g.links[1].to, journalist);
    EXPECT_FALSE(g.links[1].bothWays);
    EXPECT_EQ(g.activeCount, 4);
    EXPECT_FALSE(g.nodes[4].active);
    EXPECT_TRUE(g.nodes[static_cast<std::size_t>(lonely)].active);
    EXPECT_EQ(g.nodes[static_cast<std::size_t>(journalist)].treeParent, ngo);
    EXPECT_EQ(g.nodes[static_cast<std::size_t>(fan)].treeParent, journalist);
    EXPECT_EQ(g.nodes[static_cast<std::size_t>(ngo)].treeParent, kNoActor);
    EXPECT_EQ(g.nodes[static_cast<std::size_t>(lonely)].treeParent, kNoActor);
    EXPECT_EQ(g.nodes[static_cast<std::size_t>(journalist)].degree, 2);
    EXPECT_EQ(g.nodes[static_cast<std::size_t>(fan)].firstTime, b.get().events[4].time);
    EXPECT_TRUE(g.links[0].backbone && g.links[1].backbone);
}

namespace {

// The backbone has no cycle, the origin is a root, and two actors are in the same tree
// exactly when they are in the same connected part of the graph.
void expectSpanningForest(const LayoutGraph &g)
{
    const std::size_t n = g.nodes.size();
    std::vector<ActorId> rootOf(n);
    for (std::size_t a = 0; a < n; ++a) {
        ActorId x = static_cast<ActorId>(a);
        std::size_t steps = 0;
        while (g.nodes[static_cast<std::size_t>(x)].treeParent != kNoActor) {
            x = g.nodes[static_cast<std::size_t>(x)].treeParent;
            ASSERT_LE(++steps, n) << "cycle through actor " << a;
        }
        rootOf[a] = x;
        if (!g.nodes[a].active) {
            EXPECT_EQ(rootOf[a], static_cast<ActorId>(a));
        }
    }
    if (g.origin != kNoActor) {
        EXPECT_EQ(g.nodes[static_cast<std::size_t>(g.origin)].treeParent, kNoActor);
    }
    // Components by links.
    std::vector<ActorId> comp(n);
    for (std::size_t a = 0; a < n; ++a)
        comp[a] = static_cast<ActorId>(a);
    std::function<ActorId(ActorId)> find = [&](ActorId x) {
        return comp[static_cast<std::size_t>(x)] == x ? x : comp[static_cast<std::size_t>(x)] = find(comp[static_cast<std::size_t>(x)]);
    };
    for (const LayoutGraph::Link &l : g.links)
        comp[static_cast<std::size_t>(find(l.from))] = find(l.to);
    for (const LayoutGraph::Link &l : g.links)
        EXPECT_EQ(rootOf[static_cast<std::size_t>(l.from)], rootOf[static_cast<std::size_t>(l.to)]);
    std::set<std::pair<ActorId, ActorId>> pairs;
    for (std::size_t a = 0; a < n; ++a)
        pairs.insert({find(static_cast<ActorId>(a)), rootOf[a]});
    std::set<ActorId> components, roots;
    for (const auto &[c, r] : pairs) {
        EXPECT_TRUE(components.insert(c).second) << "component split over trees";
        EXPECT_TRUE(roots.insert(r).second) << "tree over components";
    }
    // Each backbone edge is a link.
    std::set<std::pair<ActorId, ActorId>> linked;
    for (const LayoutGraph::Link &l : g.links)
        linked.insert({std::min(l.from, l.to), std::max(l.from, l.to)});
    for (std::size_t a = 0; a < n; ++a)
        if (const ActorId p = g.nodes[a].treeParent; p != kNoActor) {
            EXPECT_TRUE(linked.count({std::min<ActorId>(p, static_cast<ActorId>(a)), std::max<ActorId>(p, static_cast<ActorId>(a))}));
        }
}

} // namespace

TEST(LayoutGraph, BackboneSpansEachConnectedPart)
{
    for (unsigned seed : {1u, 2u, 3u, 4u}) {
        Case c = randomCase(300, seed);
        c.origin = static_cast<ActorId>(40 + seed); // not the first actor: its tree is re-rooted
        expectSpanningForest(buildLayoutGraph(c));
    }
    expectSpanningForest(buildLayoutGraph(starCase(20)));
}

TEST(LayoutGraph, LabelWidthsAreEstimatedOrTakenFromTheCaller)
{
    const Case c = starCase(2);
    EXPECT_DOUBLE_EQ(buildLayoutGraph(c).nodes[1].labelWidth, estimateLabelWidth(c.actors[1].handle.size()));
    std::vector<double> measured(c.actors.size(), 42.0);
    measured[0] = 1e9;
    const LayoutGraph g = buildLayoutGraph(c, measured);
    EXPECT_DOUBLE_EQ(g.nodes[1].labelWidth, 42.0);
    EXPECT_DOUBLE_EQ(g.nodes[0].labelWidth, kMaxLabelWidth);
    EXPECT_DOUBLE_EQ(estimateLabelWidth(100000), kMaxLabelWidth);
}

TEST(Packing, CirclesNeverOverlap)
{
    std::uint64_t state = 12345;
    for (int round = 0; round < 20; ++round) {
        std::vector<PackCircle> circles(static_cast<std::size_t>(1 + round * 7));
        for (PackCircle &c : circles) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            c.r = 1 + static_cast<double>((state >> 33) % 1000) / 37.0;
        }
        packCircles(circles);
        const PackCircle e = enclosingCircle(circles);
        for (std::size_t i = 0; i < circles.size(); ++i) {
            EXPECT_LE(std::hypot(circles[i].x - e.x, circles[i].y - e.y) + circles[i].r, e.r + 1e-6);
            for (std::size_t j = i + 1; j < circles.size(); ++j)
                EXPECT_GE(std::hypot(circles[i].x - circles[j].x, circles[i].y - circles[j].y), circles[i].r + circles[j].r - 1e-5)
                    << "round " << round << ": " << i << " and " << j;
        }
    }
}

TEST(Packing, RowsDoNotOverlap)
{
    std::vector<QSizeF> sizes;
    for (int i = 0; i < 50; ++i)
        sizes.emplace_back(10 + (i * 37) % 90, 5 + (i * 53) % 70);
    const std::vector<QPointF> corners = packInRows(sizes, 4);
    ASSERT_EQ(corners.size(), sizes.size());
    for (std::size_t i = 0; i < sizes.size(); ++i)
        for (std::size_t j = i + 1; j < sizes.size(); ++j)
            EXPECT_FALSE(QRectF(corners[i], sizes[i]).intersects(QRectF(corners[j], sizes[j]))) << i << " " << j;
}

TEST(Balloon, HubsKeepTheirAudienceAround)
{
    const Case c = starCase(60);
    const LayoutGraph g = buildLayoutGraph(c);
    LayoutOptions options;
    options.engine = LayoutEngineKind::Balloon;
    const LayoutResult r = LayoutEngine::run(g, options);
    ASSERT_TRUE(r.ok());
    // The journalist's audience (public actors that reposted her) sits around her: each
    // is nearer to her than to the NGO, and their mean position is close to her.
    const QPointF journalist = r.centres[1];
    QPointF mean;
    int audience = 0;
    for (ActorId a = 3; a < r.actorCount(); ++a) {
        if (g.nodes[static_cast<std::size_t>(a)].treeParent != 1)
            continue;
        mean += r.centres[static_cast<std::size_t>(a)];
        ++audience;
    }
    ASSERT_GT(audience, 50);
    mean /= audience;
    double spread = 0;
    for (ActorId a = 3; a < r.actorCount(); ++a)
        spread = std::max(spread, QLineF(r.centres[static_cast<std::size_t>(a)], journalist).length());
    EXPECT_LT(QLineF(mean, journalist).length(), spread / 3);
}

TEST(Balloon, LargeLayoutsKeepActorsApart)
{
    const LayoutGraph g = buildLayoutGraph(randomCase(3000, 21));
    LayoutOptions options;
    options.engine = LayoutEngineKind::Balloon;
    const LayoutResult r = LayoutEngine::run(g, options);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.compact);
    // Count overlapping dots with a grid: the picture is not a blob.
    const double d = options.dotSize;
    std::map<std::pair<long, long>, std::vector<ActorId>> cells;
    for (ActorId a = 0; a < r.actorCount(); ++a)
        cells[{std::lround(r.centres[static_cast<std::size_t>(a)].x() / d), std::lround(r.centres[static_cast<std::size_t>(a)].y() / d)}].push_back(a);
    int overlapping = 0;
    for (ActorId a = 0; a < r.actorCount(); ++a) {
        const QPointF p = r.centres[static_cast<std::size_t>(a)];
        const long cx = std::lround(p.x() / d), cy = std::lround(p.y() / d);
        bool hit = false;
        for (long dx = -1; dx <= 1 && !hit; ++dx)
            for (long dy = -1; dy <= 1 && !hit; ++dy) {
                const auto it = cells.find({cx + dx, cy + dy});
                if (it == cells.end())
                    continue;
                for (ActorId b : it->second)
                    if (b != a && QLineF(p, r.centres[static_cast<std::size_t>(b)]).length() < d * 0.5)
                        hit = true;
            }
        overlapping += hit;
    }
    EXPECT_LT(overlapping, r.actorCount() / 50) << overlapping << " of " << r.actorCount() << " dots half covered";
    // and it is not spread thin either: less than 20 times the area the dots need with
    // a dot of room around each (a balloon drawing without the relaxation took 95).
    EXPECT_LT(r.bounds.width() * r.bounds.height(), 20.0 * r.actorCount() * (2 * d) * (2 * d));
}

TEST(Swimlane, TimeRunsLeftToRightInLanesByRole)
{
    const Case c = starCase(40); // NGO, journalist, public and military actors
    const LayoutGraph g = buildLayoutGraph(c);
    LayoutOptions options;
    options.engine = LayoutEngineKind::Swimlane;
    const LayoutResult r = LayoutEngine::run(g, options);
    ASSERT_TRUE(r.ok());
    // Lanes in reading order: NGO, journalists and media, public, government and military.
    ASSERT_EQ(r.lanes.size(), 4u);
    EXPECT_EQ(r.lanes[0].label, QStringLiteral("NGO"));
    EXPECT_EQ(r.lanes[1].label, QStringLiteral("Journalists and media"));
    EXPECT_EQ(r.lanes[2].label, QStringLiteral("Public"));
    EXPECT_EQ(r.lanes[3].label, QStringLiteral("Government and military"));
    for (std::size_t i = 1; i < r.lanes.size(); ++i)
        EXPECT_GE(r.lanes[i].rect.top(), r.lanes[i - 1].rect.bottom());
    int counted = 0;
    for (const SwimLane &lane : r.lanes)
        counted += lane.actorCount;
    EXPECT_EQ(counted, r.actorCount());
    for (ActorId a = 0; a < r.actorCount(); ++a) {
        const auto i = static_cast<std::size_t>(a);
        // x is the time of the actor's first event.
        EXPECT_DOUBLE_EQ(r.centres[i].x(), r.timeScale.xOf(g.nodes[i].firstTime));
        const int lane = swimlaneOfRole(c.roles[static_cast<std::size_t>(c.actors[i].role)].id);
        const std::size_t shown = lane == 3 ? 3 : static_cast<std::size_t>(lane); // no "Others" here
        EXPECT_TRUE(r.lanes[shown].rect.contains(r.nodeRect(a))) << a;
        for (ActorId b = a + 1; b < r.actorCount(); ++b)
            EXPECT_FALSE(r.nodeRect(a).intersects(r.nodeRect(b))) << a << " and " << b << " collide";
    }
    EXPECT_LT(r.timeScale.xOf(g.startTime), r.timeScale.xOf(g.endTime));
}

TEST(Swimlane, RoleGroups)
{
    EXPECT_EQ(swimlaneOfRole(QStringLiteral("ngo")), 0);
    EXPECT_EQ(swimlaneOfRole(QStringLiteral("journalist")), 1);
    EXPECT_EQ(swimlaneOfRole(QStringLiteral("media")), 1);
    EXPECT_EQ(swimlaneOfRole(QStringLiteral("public")), 2);
    EXPECT_EQ(swimlaneOfRole(QStringLiteral("government")), 3);
    EXPECT_EQ(swimlaneOfRole(QStringLiteral("military")), 3);
    EXPECT_EQ(swimlaneOfRole(QStringLiteral("donor")), 4);
    EXPECT_EQ(swimlaneOfRole(QStringLiteral("something-else")), 4);
}

TEST(Swimlane, LanesFollowThePaletteOrder)
{
    Case c = starCase(4);
    // A donor and an actor without a role join; then the palette is reordered: military
    // first, donor second, the rest as they were.
    Actor donor;
    donor.handle = QStringLiteral("@donor");
    donor.role = c.roleById(QStringLiteral("donor"));
    ASSERT_NE(donor.role, kNoRole);
    c.actors.push_back(donor);
    Actor nobody;
    nobody.handle = QStringLiteral("@nobody");
    c.actors.push_back(nobody);
    c.invalidateIndex();
    auto labelsOf = [](const Case &k) {
        LayoutOptions options;
        options.engine = LayoutEngineKind::Swimlane;
        const LayoutResult r = LayoutEngine::run(buildLayoutGraph(k), options);
        QStringList labels;
        for (const SwimLane &lane : r.lanes)
            labels << lane.label + QLatin1Char('=') + QString::number(lane.actorCount);
        return labels;
    };
    EXPECT_EQ(labelsOf(c).join(u", "), QStringLiteral("NGO=1, Journalists and media=1, Public=4, "
                                                      "Government and military=1, Donor=1, No role=1"));

    std::vector<RoleId> order; // new position -> old role id
    const RoleId military = c.roleById(QStringLiteral("military"));
    const RoleId donorRole = donor.role;
    order = {military, donorRole};
    for (RoleId r = 0; r < static_cast<RoleId>(c.roles.size()); ++r)
        if (r != military && r != donorRole)
            order.push_back(r);
    std::vector<Role> roles;
    std::vector<RoleId> newId(c.roles.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        roles.push_back(c.roles[static_cast<std::size_t>(order[i])]);
        newId[static_cast<std::size_t>(order[i])] = static_cast<RoleId>(i);
    }
    c.roles = roles;
    for (Actor &a : c.actors)
        if (a.role != kNoRole)
            a.role = newId[static_cast<std::size_t>(a.role)];
    c.invalidateIndex();
    EXPECT_EQ(labelsOf(c).join(u", "), QStringLiteral("Government and military=1, Donor=1, NGO=1, "
                                                      "Journalists and media=1, Public=4, No role=1"));
}

TEST(Swimlane, ActorsWithoutEventsGoAfterTheTimeAxis)
{
    Case c = starCase(3);
    Actor idle;
    idle.handle = QStringLiteral("@idle");
    idle.role = c.roleById(QStringLiteral("donor"));
    c.actors.push_back(idle);
    c.invalidateIndex();
    const LayoutGraph g = buildLayoutGraph(c);
    LayoutOptions options;
    options.engine = LayoutEngineKind::Swimlane;
    const LayoutResult r = LayoutEngine::run(g, options);
    EXPECT_GT(r.centres.back().x(), r.timeScale.x1);
    EXPECT_EQ(r.lanes.back().label, QStringLiteral("Donor")); // a role outside the four families: a lane of its own
}

TEST(Swimlane, BurstsStayWithinTheRowCap)
{
    // 400 accounts repost within the same minute: the public lane stops growing at 60 rows.
    CaseBuilder b;
    const ActorId ngo = b.actor(QStringLiteral("@ngo"), "ngo");
    const EventId root = b.post(ngo, 0);
    for (int i = 0; i < 400; ++i)
        b.repost(b.actor(QStringLiteral("@p%1").arg(i)), root, 1);
    b.get().origin = ngo;
    const LayoutGraph g = buildLayoutGraph(b.get());
    LayoutOptions options;
    options.engine = LayoutEngineKind::Swimlane;
    const LayoutResult r = LayoutEngine::run(g, options);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r.lanes.size(), 2u);
    std::set<double> rows;
    for (ActorId a = 1; a < r.actorCount(); ++a) {
        rows.insert(r.centres[static_cast<std::size_t>(a)].y());
        EXPECT_DOUBLE_EQ(r.centres[static_cast<std::size_t>(a)].x(), r.timeScale.xOf(g.nodes[1].firstTime));
    }
    EXPECT_EQ(rows.size(), 60u);
    EXPECT_LT(r.lanes[1].rect.height(), 61 * (options.dotSize + 10));
}
