// SPDX-License-Identifier: GPL-3.0-or-later
// PageRank, betweenness and k-core against networkx fixtures
// (tests/data/centrality/make_fixtures.py), through the graph-level API and through a
// Case whose events produce the same edges.
#include "core/analysis/centrality.h"
#include "core/analysis/centralityigraph.h"
#include "core/model/case.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <igraph.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <set>
#include <thread>

using namespace cascade;

namespace {

constexpr double kTolerance = 1e-6;

struct Fixture {
    QString name;
    EdgeListGraph graph;
    std::vector<double> pageRank;
    std::vector<double> betweenness;
    std::vector<int> core;
};

std::vector<Fixture> loadFixtures()
{
    const QDir dir(QStringLiteral(CASCADE_SOURCE_DIR "/tests/data/centrality"));
    std::vector<Fixture> out;
    for (const QString &file : dir.entryList({QStringLiteral("graph_*.json")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
        Fixture fx;
        fx.name = doc.value(QStringLiteral("name")).toString();
        fx.graph.nodeCount = doc.value(QStringLiteral("nodes")).toInt();
        for (const QJsonValue &e : doc.value(QStringLiteral("edges")).toArray()) {
            const QJsonArray pair = e.toArray();
            fx.graph.edges.push_back({pair.at(0).toInt(), pair.at(1).toInt()});
        }
        for (const QJsonValue &v : doc.value(QStringLiteral("pagerank")).toArray())
            fx.pageRank.push_back(v.toDouble());
        for (const QJsonValue &v : doc.value(QStringLiteral("betweenness")).toArray())
            fx.betweenness.push_back(v.toDouble());
        for (const QJsonValue &v : doc.value(QStringLiteral("core")).toArray())
            fx.core.push_back(v.toInt());
        out.push_back(std::move(fx));
    }
    return out;
}

// Every test that uses the fixtures fails when none were found (instead of looping over
// nothing); the tests that take the first one stop there.
const std::vector<Fixture> &fixtures()
{
    static const std::vector<Fixture> all = loadFixtures();
    if (all.empty())
        ADD_FAILURE() << "no centrality fixtures (graph_*.json) in tests/data/centrality";
    return all;
}

void expectNear(const std::vector<double> &actual, const std::vector<double> &expected, const QString &what)
{
    ASSERT_EQ(actual.size(), expected.size()) << what.toStdString();
    for (std::size_t i = 0; i < expected.size(); ++i)
        ASSERT_NEAR(actual[i], expected[i], kTolerance) << what.toStdString() << " node " << i;
}

// A case with one actor per node and one mention event per edge (u mentions v, a
// self-loop is an actor mentioning itself), one minute apart; a node without any edge
// gets a post of its own so that it is present.
Case caseFromGraph(const EdgeListGraph &g)
{
    Case c = makeEmptyCase();
    for (std::int32_t v = 0; v < g.nodeCount; ++v) {
        Actor a;
        a.handle = QStringLiteral("@n%1").arg(v);
        c.actors.push_back(a);
    }
    std::vector<bool> touched(static_cast<std::size_t>(g.nodeCount), false);
    TimeMs t = 1'000'000;
    for (const DirectedEdge &e : g.edges) {
        Event ev;
        ev.key = QStringLiteral("e%1").arg(c.events.size());
        ev.time = t;
        t += kMsPerMinute;
        ev.author = e.from;
        ev.mentions = {e.to};
        c.events.push_back(ev);
        touched[static_cast<std::size_t>(e.from)] = touched[static_cast<std::size_t>(e.to)] = true;
    }
    for (std::int32_t v = 0; v < g.nodeCount; ++v) {
        if (touched[static_cast<std::size_t>(v)])
            continue;
        Event ev;
        ev.key = QStringLiteral("e%1").arg(c.events.size());
        ev.time = t;
        t += kMsPerMinute;
        ev.author = v;
        c.events.push_back(ev);
    }
    return c;
}

} // namespace

TEST(Centrality, FixturesArePresent)
{
    ASSERT_GE(fixtures().size(), 5u);
    bool loops = false, repeats = false, dangling = false;
    for (const Fixture &fx : fixtures()) {
        ASSERT_EQ(fx.pageRank.size(), static_cast<std::size_t>(fx.graph.nodeCount)) << fx.name.toStdString();
        std::set<std::pair<int, int>> seen;
        std::vector<int> out(static_cast<std::size_t>(fx.graph.nodeCount), 0);
        for (const DirectedEdge &e : fx.graph.edges) {
            loops |= e.from == e.to;
            repeats |= !seen.insert({e.from, e.to}).second;
            ++out[static_cast<std::size_t>(e.from)];
        }
        dangling |= std::count(out.begin(), out.end(), 0) > 0;
    }
    EXPECT_TRUE(loops && repeats && dangling);
}

TEST(Centrality, PageRankMatchesNetworkx)
{
    for (const Fixture &fx : fixtures()) {
        const PageRankResult pr = pageRank(fx.graph);
        EXPECT_TRUE(pr.converged);
        expectNear(pr.scores, fx.pageRank, fx.name + QStringLiteral(" pagerank"));
    }
}

TEST(Centrality, BetweennessMatchesNetworkx)
{
    for (const Fixture &fx : fixtures()) {
        const BetweennessResult bc = betweenness(fx.graph);
        EXPECT_FALSE(bc.estimated);
        EXPECT_TRUE(bc.normalized);
        expectNear(bc.scores, fx.betweenness, fx.name + QStringLiteral(" betweenness"));
    }
}

TEST(Centrality, CoreNumberMatchesNetworkx)
{
    for (const Fixture &fx : fixtures())
        EXPECT_EQ(coreNumbers(fx.graph), fx.core) << fx.name.toStdString();
}

TEST(Centrality, IgraphBackendAgreesWithNetworkx)
{
    CentralityOptions options;
    options.backend = CentralityBackend::Igraph;
    for (const Fixture &fx : fixtures()) {
        expectNear(pageRank(fx.graph, options).scores, fx.pageRank, fx.name + QStringLiteral(" igraph pagerank"));
        expectNear(betweenness(fx.graph, options).scores, fx.betweenness,
                   fx.name + QStringLiteral(" igraph betweenness"));
        EXPECT_EQ(coreNumbers(fx.graph, options), fx.core) << fx.name.toStdString();
    }
}

// A graph igraph refuses comes back as an exception naming the call, not an abort; the
// program's own igraph error handler is put back and the next call runs.
TEST(Centrality, IgraphRefusalIsAnErrorAndTheNextCallRuns)
{
    igraph_error_handler_t *const before = igraph_set_error_handler(igraph_error_handler_printignore);
    EdgeListGraph bad;
    bad.nodeCount = 2;
    bad.edges.push_back({0, -5});
    try {
        detail::pageRankIgraph(bad, 0.85);
        ADD_FAILURE() << "an edge to vertex -5 was accepted";
    } catch (const std::runtime_error &e) {
        EXPECT_NE(std::string(e.what()).find("igraph: create"), std::string::npos) << e.what();
    }
    EXPECT_EQ(igraph_set_error_handler(before), igraph_error_handler_printignore);
    EdgeListGraph good;
    good.nodeCount = 2;
    good.edges.push_back({0, 1});
    const std::vector<double> scores = detail::pageRankIgraph(good, 0.85);
    ASSERT_EQ(scores.size(), 2u);
    EXPECT_GT(scores[1], scores[0]);
}

TEST(Centrality, CaseInteractionGraphMatchesNetworkx)
{
    for (const Fixture &fx : fixtures()) {
        const Case c = caseFromGraph(fx.graph);
        const ActorCentrality ac = actorCentrality(c, c.endTime());
        ASSERT_FALSE(ac.cancelled);
        EXPECT_EQ(ac.nodeCount, fx.graph.nodeCount);
        EXPECT_EQ(ac.edgeCount, static_cast<std::int64_t>(fx.graph.edges.size()));
        EXPECT_EQ(std::count(ac.present.begin(), ac.present.end(), 1), fx.graph.nodeCount);
        expectNear(ac.pageRank, fx.pageRank, fx.name + QStringLiteral(" case pagerank"));
        expectNear(ac.betweenness, fx.betweenness, fx.name + QStringLiteral(" case betweenness"));
        EXPECT_EQ(ac.coreNumber, fx.core) << fx.name.toStdString();
    }
}

TEST(Centrality, CaseGraphOnlyCountsInteractionsUpToTheCursor)
{
    ASSERT_FALSE(fixtures().empty());
    const Fixture &fx = fixtures().front();
    const Case c = caseFromGraph(fx.graph);
    const std::size_t half = fx.graph.edges.size() / 2;
    const TimeMs cut = c.events[half - 1].time;

    // The prefix as its own graph, nodes renumbered in actor order.
    std::vector<std::int32_t> node(static_cast<std::size_t>(fx.graph.nodeCount), -1);
    for (std::size_t i = 0; i < half; ++i)
        node[static_cast<std::size_t>(fx.graph.edges[i].from)] = node[static_cast<std::size_t>(fx.graph.edges[i].to)] = 0;
    EdgeListGraph prefix;
    for (auto &n : node)
        if (n == 0)
            n = prefix.nodeCount++;
    for (std::size_t i = 0; i < half; ++i)
        prefix.edges.push_back({node[static_cast<std::size_t>(fx.graph.edges[i].from)],
                                node[static_cast<std::size_t>(fx.graph.edges[i].to)]});
    ASSERT_LT(prefix.nodeCount, fx.graph.nodeCount);

    const ActorCentrality ac = actorCentrality(c, cut);
    EXPECT_EQ(ac.nodeCount, prefix.nodeCount);
    EXPECT_EQ(ac.edgeCount, static_cast<std::int64_t>(half));
    const std::vector<double> pr = pageRank(prefix).scores;
    const std::vector<int> core = coreNumbers(prefix);
    double total = 0;
    for (std::size_t a = 0; a < node.size(); ++a) {
        total += ac.pageRank[a];
        if (node[a] < 0) {
            EXPECT_EQ(ac.present[a], 0);
            EXPECT_EQ(ac.pageRank[a], 0.0);
            continue;
        }
        EXPECT_EQ(ac.present[a], 1);
        EXPECT_NEAR(ac.pageRank[a], pr[static_cast<std::size_t>(node[a])], 1e-12);
        EXPECT_EQ(ac.coreNumber[a], core[static_cast<std::size_t>(node[a])]);
    }
    EXPECT_NEAR(total, 1.0, 1e-9);

    const InteractionGraph before = buildInteractionGraph(c, c.startTime() - 1);
    EXPECT_EQ(before.graph.nodeCount, 0);
    EXPECT_TRUE(actorCentrality(before, static_cast<std::int32_t>(c.actors.size())).pageRank == std::vector<double>(c.actors.size(), 0.0));
}

TEST(Centrality, SourcesAddUpToExactBetweenness)
{
    ASSERT_FALSE(fixtures().empty());
    const Fixture &fx = fixtures().front();
    std::vector<std::int32_t> even, odd;
    for (std::int32_t v = 0; v < fx.graph.nodeCount; ++v)
        (v % 2 ? odd : even).push_back(v);
    const BetweennessResult a = betweennessFromSources(fx.graph, even, 1.0);
    const BetweennessResult b = betweennessFromSources(fx.graph, odd, 1.0);
    std::vector<double> sum(a.scores.size());
    for (std::size_t i = 0; i < sum.size(); ++i)
        sum[i] = a.scores[i] + b.scores[i];
    expectNear(sum, fx.betweenness, QStringLiteral("even + odd sources"));
    // Each half alone misses part of the total.
    double missingA = 0, missingB = 0;
    for (std::size_t i = 0; i < sum.size(); ++i) {
        missingA = std::max(missingA, fx.betweenness[i] - a.scores[i]);
        missingB = std::max(missingB, fx.betweenness[i] - b.scores[i]);
    }
    EXPECT_GT(missingA, 1e-4);
    EXPECT_GT(missingB, 1e-4);
}

TEST(Centrality, SampledBetweennessIsFlaggedAndClose)
{
    // cascade_like: 400 nodes, a few hubs and relay chains; force sampling.
    const auto it = std::find_if(fixtures().begin(), fixtures().end(),
                                 [](const Fixture &fx) { return fx.name == QStringLiteral("cascade_like"); });
    ASSERT_NE(it, fixtures().end());
    CentralityOptions options;
    options.exactBetweennessEdgeLimit = 100;
    options.betweennessSamples = 100;
    const BetweennessResult est = betweenness(it->graph, options);
    EXPECT_TRUE(est.estimated);
    EXPECT_EQ(est.sources, 100);
    // Same seed, same estimate; another seed, another estimate.
    EXPECT_EQ(betweenness(it->graph, options).scores, est.scores);
    options.seed += 1;
    EXPECT_NE(betweenness(it->graph, options).scores, est.scores);
    // Unbiased estimator: the total is close to the exact total, and the top node is found.
    double exactTotal = 0, estTotal = 0;
    for (std::size_t i = 0; i < est.scores.size(); ++i) {
        exactTotal += it->betweenness[i];
        estTotal += est.scores[i];
    }
    EXPECT_NEAR(estTotal / exactTotal, 1.0, 0.1);
    // and the per-node estimates follow the exact values (Pearson correlation).
    const double n = static_cast<double>(est.scores.size());
    double mx = exactTotal / n, my = estTotal / n, sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < est.scores.size(); ++i) {
        sxy += (it->betweenness[i] - mx) * (est.scores[i] - my);
        sxx += (it->betweenness[i] - mx) * (it->betweenness[i] - mx);
        syy += (est.scores[i] - my) * (est.scores[i] - my);
    }
    EXPECT_GT(sxy / std::sqrt(sxx * syy), 0.9);

    // As many samples as candidate sources: exact, not flagged.
    options.betweennessSamples = it->graph.nodeCount;
    const BetweennessResult all = betweenness(it->graph, options);
    EXPECT_FALSE(all.estimated);
    expectNear(all.scores, it->betweenness, QStringLiteral("all sources"));
}

TEST(Centrality, UnnormalisedBetweennessIsTheRawSum)
{
    ASSERT_FALSE(fixtures().empty());
    const Fixture &fx = fixtures().front();
    CentralityOptions options;
    options.normalizedBetweenness = false;
    const BetweennessResult raw = betweenness(fx.graph, options);
    const double n = fx.graph.nodeCount;
    for (std::size_t i = 0; i < raw.scores.size(); ++i)
        ASSERT_NEAR(raw.scores[i] / ((n - 1) * (n - 2)), fx.betweenness[i], 1e-12);
}

TEST(Centrality, CancelledBeforeStartReturnsNothing)
{
    ASSERT_FALSE(fixtures().empty());
    const Fixture &fx = fixtures().front();
    std::atomic<bool> cancel{true};
    CentralityOptions options;
    options.cancel = &cancel;
    EXPECT_TRUE(pageRank(fx.graph, options).cancelled);
    EXPECT_TRUE(pageRank(fx.graph, options).scores.empty());
    // Cancellation is polled every 16 sources.
    const BetweennessResult bc = betweenness(fx.graph, options);
    EXPECT_TRUE(bc.cancelled);
    EXPECT_TRUE(bc.scores.empty());
    const ActorCentrality ac = actorCentrality(caseFromGraph(fx.graph), 1LL << 50, options);
    EXPECT_TRUE(ac.cancelled);
    EXPECT_TRUE(ac.pageRank.empty());
}

TEST(Centrality, ConcurrentCallsGiveTheSameResults)
{
    const Case c = caseFromGraph(fixtures().back().graph);
    const ActorCentrality reference = actorCentrality(c, c.endTime());
    ActorCentrality fromThreads[2];
    std::thread a([&] { fromThreads[0] = actorCentrality(c, c.endTime()); });
    std::thread b([&] { fromThreads[1] = actorCentrality(c, c.endTime()); });
    a.join();
    b.join();
    for (const ActorCentrality &r : fromThreads) {
        EXPECT_EQ(r.pageRank, reference.pageRank);
        EXPECT_EQ(r.betweenness, reference.betweenness);
        EXPECT_EQ(r.coreNumber, reference.coreNumber);
    }
}

TEST(Centrality, SmallHandComputedGraph)
{
    // 0 -> 1 -> 2 and 0 -> 2 twice; 3 isolated. Betweenness of 1: the pair (0, 2) has a
    // direct edge, so 0. Chain 0 -> 1 -> 2 without the shortcut gives 1 one full path.
    EdgeListGraph g{4, {{0, 1}, {1, 2}, {0, 2}, {0, 2}}};
    CentralityOptions raw;
    raw.normalizedBetweenness = false;
    EXPECT_EQ(betweenness(g, raw).scores, (std::vector<double>{0, 0, 0, 0}));
    g.edges = {{0, 1}, {1, 2}, {2, 2}};
    EXPECT_EQ(betweenness(g, raw).scores, (std::vector<double>{0, 1, 0, 0}));
    // Core numbers: a triangle with a tail and an isolated node.
    const EdgeListGraph tri{5, {{0, 1}, {1, 2}, {2, 0}, {0, 2}, {2, 3}, {3, 3}}};
    EXPECT_EQ(coreNumbers(tri), (std::vector<int>{2, 2, 2, 1, 0}));
    // PageRank of two nodes pointing at each other, one with a parallel edge, sums to 1 and
    // is symmetric; a lone dangling node gets the teleport share plus the spread mass.
    const PageRankResult pr = pageRank(EdgeListGraph{2, {{0, 1}, {1, 0}, {1, 0}}});
    EXPECT_NEAR(pr.scores[0], 0.5, 1e-12);
    EXPECT_NEAR(pr.scores[1], 0.5, 1e-12);
    const PageRankResult lone = pageRank(EdgeListGraph{3, {}});
    for (double s : lone.scores)
        EXPECT_NEAR(s, 1.0 / 3, 1e-12);
}

TEST(Centrality, OnlyTheRequestedMeasuresAreComputed)
{
    ASSERT_FALSE(fixtures().empty());
    const Fixture &fx = fixtures().front();
    const Case c = caseFromGraph(fx.graph);
    const ActorCentrality pr = actorCentrality(c, c.endTime(), {}, PageRankMeasure);
    expectNear(pr.pageRank, fx.pageRank, QStringLiteral("pagerank only"));
    EXPECT_TRUE(pr.betweenness.empty());
    EXPECT_TRUE(pr.coreNumber.empty());
    const ActorCentrality core = actorCentrality(c, c.endTime(), {}, CoreMeasure);
    EXPECT_TRUE(core.pageRank.empty());
    EXPECT_EQ(core.coreNumber, fx.core);
}
