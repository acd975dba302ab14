// SPDX-License-Identifier: GPL-3.0-or-later
// Cascade trees as of a time: the measures, depth profiles and branches of hand-made and
// random trees against networkx (tests/data/cascades/make_fixtures.py), for the whole
// tree and for its prefixes (the tree as of an earlier time); and, on generated cases,
// the cascades as of a time read from one whole reconstruction against a reconstruction
// made at that time, under each credit rule.
#include "core/analysis/cascadetree.h"
#include "core/generate/generator.h"
#include "core/model/case.h"
#include "tests/core/importtestutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>

using namespace cascade;

namespace {

struct Expected {
    int nodes = 0, size = 0, depth = 0, width = 0;
    double virality = 0;
    std::vector<std::int32_t> profile, branches, openers;
};

struct TreeFixture {
    std::string name;
    std::vector<std::int32_t> parent;
    Expected whole;
    std::vector<Expected> prefixes;
};

std::vector<std::int32_t> ints(const QJsonValue &v)
{
    std::vector<std::int32_t> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(x.toInt());
    return out;
}

Expected expected(const QJsonObject &o)
{
    Expected e;
    e.nodes = o.value(QStringLiteral("nodes")).toInt();
    e.size = o.value(QStringLiteral("size")).toInt();
    e.depth = o.value(QStringLiteral("depth")).toInt();
    e.width = o.value(QStringLiteral("width")).toInt();
    e.virality = o.value(QStringLiteral("virality")).toDouble();
    e.profile = ints(o.value(QStringLiteral("profile")));
    e.branches = ints(o.value(QStringLiteral("branches")));
    e.openers = ints(o.value(QStringLiteral("openers")));
    return e;
}

const std::vector<TreeFixture> &fixtures()
{
    static const std::vector<TreeFixture> all = [] {
        std::vector<TreeFixture> out;
        QFile f(QStringLiteral(CASCADE_SOURCE_DIR "/tests/data/cascades/trees.json"));
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QJsonValue &t : QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("trees")).toArray()) {
            const QJsonObject o = t.toObject();
            TreeFixture fx;
            fx.name = o.value(QStringLiteral("name")).toString().toStdString();
            fx.parent = ints(o.value(QStringLiteral("parent")));
            fx.whole = expected(o.value(QStringLiteral("expected")).toObject());
            for (const QJsonValue &p : o.value(QStringLiteral("prefixes")).toArray())
                fx.prefixes.push_back(expected(p.toObject()));
            out.push_back(std::move(fx));
        }
        return out;
    }();
    if (all.empty())
        ADD_FAILURE() << "no cascade tree fixtures in tests/data/cascades/trees.json";
    return all;
}

// A tree whose node i is event 100 + 2 i (any increasing ids will do).
CascadeTree treeOf(const std::vector<std::int32_t> &parent)
{
    CascadeTree t;
    t.cascade = 0;
    for (std::size_t i = 0; i < parent.size(); ++i) {
        t.events.push_back(static_cast<EventId>(100 + 2 * i));
        t.parent.push_back(parent[i]);
        t.inferred.push_back(0);
    }
    return t;
}

void check(const CascadeTree &tree, const Expected &e, const std::string &what)
{
    const TreeMeasures m = tree.measures(e.nodes);
    EXPECT_EQ(m.size, e.size) << what;
    EXPECT_EQ(m.depth, e.depth) << what;
    EXPECT_EQ(m.width, e.width) << what;
    EXPECT_NEAR(m.structuralVirality, e.virality, 1e-9) << what;
    EXPECT_EQ(m.shape, e.size < 2 ? CascadeShape::Single : e.depth == 1 ? CascadeShape::Broadcast : CascadeShape::Viral)
        << what;
    EXPECT_EQ(tree.depthProfile(e.nodes), e.profile) << what;
    const std::vector<CascadeTree::Branch> branches = tree.branches(e.nodes, 1000);
    ASSERT_EQ(branches.size(), e.branches.size()) << what;
    for (std::size_t i = 0; i < branches.size(); ++i) {
        EXPECT_EQ(branches[i].size, e.branches[i]) << what << " branch " << i;
        EXPECT_EQ(branches[i].opener, tree.events[static_cast<std::size_t>(e.openers[i])]) << what << " branch " << i;
    }
    // The `count` biggest are the first of them.
    const std::vector<CascadeTree::Branch> top = tree.branches(e.nodes, 2);
    EXPECT_EQ(top.size(), std::min<std::size_t>(2, e.branches.size())) << what;
}

} // namespace

TEST(CascadeTree, MeasuresProfileAndBranchesMatchNetworkx)
{
    ASSERT_GE(fixtures().size(), 10u);
    for (const TreeFixture &fx : fixtures()) {
        const CascadeTree tree = treeOf(fx.parent);
        check(tree, fx.whole, fx.name);
        // measureTree over the parent array agrees with the tree's own measures.
        const TreeMeasures direct = measureTree(fx.parent);
        EXPECT_EQ(direct.size, fx.whole.size) << fx.name;
        EXPECT_NEAR(direct.structuralVirality, fx.whole.virality, 1e-9) << fx.name;
    }
}

TEST(CascadeTree, EveryPrefixIsTheTreeAsOfAnEarlierTime)
{
    int prefixes = 0;
    for (const TreeFixture &fx : fixtures()) {
        const CascadeTree tree = treeOf(fx.parent);
        for (const Expected &p : fx.prefixes) {
            check(tree, p, fx.name + " first " + std::to_string(p.nodes));
            ++prefixes;
        }
    }
    EXPECT_GE(prefixes, 40);
}

TEST(CascadeTree, AStarIsABroadcastAndAPathIsDeep)
{
    for (int n : {2, 3, 10, 500}) {
        std::vector<std::int32_t> star(static_cast<std::size_t>(n), 0);
        star[0] = -1;
        const TreeMeasures m = treeOf(star).measures(n);
        EXPECT_EQ(m.depth, 1);
        EXPECT_EQ(m.width, n - 1);
        EXPECT_NEAR(m.structuralVirality, 2.0 * (n - 1) / n, 1e-12) << n;
        EXPECT_EQ(m.shape, CascadeShape::Broadcast);
        std::vector<std::int32_t> path(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i)
            path[static_cast<std::size_t>(i)] = i - 1;
        const TreeMeasures p = treeOf(path).measures(n);
        EXPECT_EQ(p.depth, n - 1);
        EXPECT_EQ(p.width, 1);
        EXPECT_NEAR(p.structuralVirality, (n + 1) / 3.0, 1e-9) << n;
        EXPECT_EQ(p.shape, n == 2 ? CascadeShape::Broadcast : CascadeShape::Viral);
    }
}

TEST(CascadeTree, NodesBeforeCountsTheEventsAtOrBeforeAPosition)
{
    const CascadeTree tree = treeOf({-1, 0, 0, 1}); // events 100, 102, 104, 106
    EXPECT_EQ(tree.nodesBefore(0), 0);
    EXPECT_EQ(tree.nodesBefore(100), 0);
    EXPECT_EQ(tree.nodesBefore(101), 1);
    EXPECT_EQ(tree.nodesBefore(105), 3);
    EXPECT_EQ(tree.nodesBefore(1000), 4);
}

// One whole reconstruction read as of a time gives what a reconstruction made at that
// time gives: the same cascades, the same trees, the same measures.
TEST(CascadesAsOf, OneWholeReconstructionGivesEveryEarlierTime)
{
    GeneratorOptions options;
    options.actors = 400;
    options.events = 6000;
    options.seed = 20100117;
    const Case c = generateCase(options);
    ASSERT_FALSE(c.events.empty());
    const TimeMs first = c.events.front().time, last = c.events.back().time;
    for (CreditRule rule : {CreditRule::MostRecent, CreditRule::First, CreditRule::RootOnly}) {
        const CascadeReconstruction whole = reconstructCascades(c, rule);
        for (int step = 1; step <= 5; ++step) {
            const TimeMs at = first + (last - first) * step / 5;
            const CascadeReconstruction then = reconstructCascades(c, rule, at);
            for (std::int32_t minSize : {1, 2}) {
                const std::vector<CascadeAsOf> rows = cascadesAsOf(c, whole, at, minSize);
                std::vector<const CascadeStats *> expectedRows;
                for (const CascadeStats &s : then.cascades)
                    if (s.tree.size >= minSize)
                        expectedRows.push_back(&s);
                ASSERT_EQ(rows.size(), expectedRows.size()) << creditRuleName(rule) << " step " << step;
                for (std::size_t i = 0; i < rows.size(); ++i) {
                    const CascadeAsOf &a = rows[i];
                    const CascadeStats &b = *expectedRows[i];
                    ASSERT_EQ(a.root, b.root) << i;
                    EXPECT_EQ(a.seed, b.seed);
                    EXPECT_EQ(a.tree.size, b.tree.size) << "root " << a.root;
                    EXPECT_EQ(a.tree.depth, b.tree.depth) << "root " << a.root;
                    EXPECT_EQ(a.tree.width, b.tree.width) << "root " << a.root;
                    EXPECT_NEAR(a.tree.structuralVirality, b.tree.structuralVirality, 1e-9) << "root " << a.root;
                    EXPECT_EQ(a.inferredEdges, b.inferredEdges) << "root " << a.root;
                    EXPECT_LE(a.firstRelay, a.lastRelay);
                    EXPECT_LE(a.lastRelay, at);
                    EXPECT_GE(a.firstRelay, a.rootTime);
                    if (a.relays() == 0) {
                        EXPECT_EQ(a.halfLife, 0);
                    } else {
                        EXPECT_LE(a.halfLife, a.lastRelay - a.rootTime);
                    }
                }
            }
            // The whole tree cut at the time: its prefix is the tree then.
            const EventId position = static_cast<EventId>(
                std::upper_bound(c.events.begin(), c.events.end(), at, [](TimeMs t, const Event &e) { return t < e.time; })
                - c.events.begin());
            int checked = 0;
            for (std::size_t k = 0; k < then.cascades.size() && checked < 30; ++k) {
                const std::int32_t index = cascadeOfEvent(whole, then.cascades[k].root);
                ASSERT_GE(index, 0);
                const CascadeTree tree = cascadeTree(c, whole, index);
                ASSERT_EQ(tree.root(), then.cascades[k].root);
                const TreeMeasures m = tree.measures(tree.nodesBefore(position));
                EXPECT_EQ(m.size, then.cascades[k].tree.size);
                EXPECT_NEAR(m.structuralVirality, then.cascades[k].tree.structuralVirality, 1e-9);
                checked += then.cascades[k].tree.size > 2;
            }
        }
    }
}

TEST(CascadesAsOf, SortedByEachMeasureLargestFirst)
{
    GeneratorOptions options;
    options.actors = 300;
    options.events = 4000;
    options.seed = 7;
    const Case c = generateCase(options);
    const CascadeReconstruction whole = reconstructCascades(c);
    std::vector<CascadeAsOf> rows = cascadesAsOf(c, whole, kEndOfTime);
    ASSERT_GT(rows.size(), 20u);
    for (CascadeSort sort : {CascadeSort::Size, CascadeSort::Depth, CascadeSort::Width, CascadeSort::Virality, CascadeSort::Time}) {
        EXPECT_EQ(cascadeSortFromName(cascadeSortName(sort)), sort);
        sortCascades(rows, sort);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            const CascadeAsOf &a = rows[i - 1], &b = rows[i];
            switch (sort) {
            case CascadeSort::Size:
                ASSERT_GE(a.tree.size, b.tree.size);
                if (a.tree.size == b.tree.size) {
                    ASSERT_LT(a.root, b.root);
                }
                break;
            case CascadeSort::Depth:
                ASSERT_GE(a.tree.depth, b.tree.depth);
                break;
            case CascadeSort::Width:
                ASSERT_GE(a.tree.width, b.tree.width);
                break;
            case CascadeSort::Virality:
                ASSERT_GE(a.tree.structuralVirality, b.tree.structuralVirality);
                break;
            case CascadeSort::Time:
                ASSERT_LE(a.rootTime, b.rootTime);
                break;
            }
        }
    }
    EXPECT_FALSE(cascadeSortFromName("breadth").has_value());
}

TEST(CascadesAsOf, CancelReturnsNothing)
{
    GeneratorOptions options;
    options.events = 3000;
    const Case c = generateCase(options);
    const CascadeReconstruction whole = reconstructCascades(c);
    std::atomic<bool> cancel{true};
    EXPECT_TRUE(cascadesAsOf(c, whole, kEndOfTime, 2, &cancel).empty());
    EXPECT_FALSE(cascadesAsOf(c, whole, kEndOfTime, 2).empty());
}

// What an actor did in each cascade, counted the slow way from the attributions.
TEST(CascadesOfActor, CountsSeedsRelaysAndCredit)
{
    GeneratorOptions options;
    options.actors = 200;
    options.events = 5000;
    options.seed = 3;
    const Case c = generateCase(options);
    const CascadeReconstruction whole = reconstructCascades(c);
    const EventId position = static_cast<EventId>(c.events.size() * 2 / 3);
    int withCascades = 0;
    for (ActorId actor = 0; actor < static_cast<ActorId>(c.actors.size()); ++actor) {
        struct Count {
            bool seeded = false;
            int relays = 0, widening = 0, credited = 0, size = 0;
        };
        std::map<std::int32_t, Count> expect;
        std::map<EventId, int> relayedBy; // relays by others hanging from an event
        std::map<std::int32_t, int> relaysIn; // relays by anyone in a cascade
        for (const Attribution &a : whole.attributions) {
            if (a.event >= position)
                continue;
            ++relaysIn[a.cascade];
            const ActorId author = c.events[static_cast<std::size_t>(a.event)].author;
            if (a.parentActor == actor && author != actor)
                ++expect[a.cascade].credited;
            if (author != actor)
                ++relayedBy[a.parentEvent];
        }
        for (const Attribution &a : whole.attributions) {
            if (a.event >= position || c.events[static_cast<std::size_t>(a.event)].author != actor)
                continue;
            Count &n = expect[a.cascade];
            ++n.relays;
            n.widening += relayedBy.count(a.event) > 0;
        }
        for (std::size_t k = 0; k < whole.cascades.size(); ++k) {
            const CascadeStats &s = whole.cascades[k];
            if (s.seed != actor || s.root >= position)
                continue;
            expect[static_cast<std::int32_t>(k)].seeded = true;
        }
        const std::vector<ActorInCascade> got = cascadesOfActor(c, whole, actor, position);
        // Kept: seeded and relayed by then, or widened (one of its relays relayed by others).
        std::vector<std::int32_t> keep;
        for (const auto &[k, n] : expect) {
            const bool seededAndRelayed = n.seeded && relaysIn.count(k) > 0;
            if (seededAndRelayed || n.widening > 0)
                keep.push_back(k);
        }
        ASSERT_EQ(got.size(), keep.size()) << "actor " << actor;
        for (std::size_t i = 0; i < got.size(); ++i) {
            const Count &n = expect[keep[i]];
            EXPECT_EQ(got[i].cascade, keep[i]) << "actor " << actor;
            EXPECT_EQ(got[i].seeded, n.seeded) << "actor " << actor;
            EXPECT_EQ(got[i].relays, n.relays) << "actor " << actor;
            EXPECT_EQ(got[i].relaysWidening, n.widening) << "actor " << actor;
            EXPECT_EQ(got[i].credited, n.credited) << "actor " << actor;
            EXPECT_EQ(got[i].size, relaysIn[keep[i]] + 1) << "actor " << actor;
        }
        withCascades += !got.empty();
    }
    EXPECT_GT(withCascades, 20);
}

// The cascades of a generated case, under each rule, measured by networkx itself: the
// depth, width and structural virality (nx.wiener_index over n(n-1)/2) of every tree of
// more than two nodes, and of the tree as of the middle of the case.
TEST(CascadeTree, GeneratedCasesTreesMatchNetworkxLive)
{
    GeneratorOptions options;
    options.actors = 500;
    options.events = 8000;
    options.seed = 20100117;
    const Case c = generateCase(options);
    const auto middle = static_cast<EventId>(c.events.size() / 2);
    QJsonArray trees;
    std::vector<TreeMeasures> ours;
    for (CreditRule rule : {CreditRule::MostRecent, CreditRule::First, CreditRule::RootOnly}) {
        const CascadeReconstruction whole = reconstructCascades(c, rule);
        for (std::size_t k = 0; k < whole.cascades.size(); ++k) {
            if (whole.cascades[k].tree.size < 3)
                continue;
            const CascadeTree tree = cascadeTree(c, whole, static_cast<std::int32_t>(k));
            for (std::int32_t nodes : {static_cast<std::int32_t>(tree.events.size()), tree.nodesBefore(middle)}) {
                if (nodes < 3)
                    continue;
                QJsonArray parent;
                for (std::int32_t i = 0; i < nodes; ++i)
                    parent.append(tree.parent[static_cast<std::size_t>(i)]);
                trees.append(parent);
                ours.push_back(tree.measures(nodes));
            }
        }
    }
    ASSERT_GE(trees.size(), 100);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("trees.json"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(trees).toJson(QJsonDocument::Compact));
    out.close();
    const QString script = QStringLiteral(
        "import json, sys\n"
        "import networkx as nx\n"
        "rows = []\n"
        "for parent in json.load(open(sys.argv[1])):\n"
        "    g = nx.DiGraph()\n"
        "    g.add_node(0)\n"
        "    g.add_edges_from((parent[i], i) for i in range(1, len(parent)))\n"
        "    n = len(parent)\n"
        "    depth = max(nx.single_source_shortest_path_length(g, 0).values())\n"
        "    width = max(d for _, d in g.out_degree())\n"
        "    nu = nx.wiener_index(g.to_undirected()) / (n * (n - 1) / 2)\n"
        "    rows.append([n, depth, width, nu])\n"
        "print(json.dumps(rows))\n");
    const QJsonArray expected = QJsonDocument::fromJson(test::runPython(script, {file}).toUtf8()).array();
    ASSERT_EQ(expected.size(), static_cast<qsizetype>(ours.size()));
    int viral = 0;
    for (std::size_t i = 0; i < ours.size(); ++i) {
        const QJsonArray e = expected.at(static_cast<qsizetype>(i)).toArray();
        ASSERT_EQ(ours[i].size, e.at(0).toInt()) << i;
        EXPECT_EQ(ours[i].depth, e.at(1).toInt()) << i;
        EXPECT_EQ(ours[i].width, e.at(2).toInt()) << i;
        EXPECT_NEAR(ours[i].structuralVirality, e.at(3).toDouble(), 1e-9 * std::max(1.0, e.at(3).toDouble())) << i;
        viral += ours[i].depth > 1;
    }
    EXPECT_GT(viral, 10); // the reconstructed rules make chains, not only stars
}
