// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/layoutengine.h"

#include "core/layout/balloonlayout.h"
#include "core/layout/componentpacking.h"
#include "core/layout/edgegeometry.h"
#include "core/layout/graphvizrunner.h"
#include "core/layout/pinning.h"
#include "core/layout/swimlanelayout.h"
#include "core/model/case.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPromise>
#include <QLineF>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace cascade {

namespace {

constexpr double kPointsPerInch = 72.0;

// The texts of this file, for Qt Linguist (the context "LayoutEngine").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(LayoutEngine)
};

// Node boxes, shape and spacing for a graph.
void setGeometry(const LayoutGraph &g, const LayoutOptions &o, LayoutResult &r)
{
    r.compact = g.activeCount > o.compactAbove;
    r.shape = r.compact ? NodeShape::Ellipse : NodeShape::Box;
    r.sizes.resize(g.nodes.size());
    for (std::size_t a = 0; a < g.nodes.size(); ++a) {
        if (r.compact)
            r.sizes[a] = QSizeF(o.dotSize, o.dotSize);
        else
            r.sizes[a] = QSizeF(o.markerSize + 10 + g.nodes[a].labelWidth, std::max(o.markerSize, o.labelHeight) + 6);
    }
    r.centres.assign(g.nodes.size(), QPointF());
}

double gapFor(const LayoutResult &r, const LayoutOptions &o)
{
    return r.compact ? o.dotSize * 0.75 : 10.0;
}

bool curvedEngine(const QString &engine)
{
    return engine == QLatin1String("dot") || engine == QLatin1String("swimlane");
}

void drawAllEdges(const LayoutGraph &g, LayoutResult &r)
{
    const bool curved = curvedEngine(r.engine);
    r.edges.clear();
    r.edges.reserve(g.links.size());
    for (const LayoutGraph::Link &link : g.links)
        r.edges.push_back(curved ? curvedEdge(link, r) : straightEdge(link, r));
}

// --- Graphviz engines ----------------------------------------------------------------

struct UsedEdge {
    ActorId tail = kNoActor;
    ActorId head = kNoActor;
    bool bothWays = false;
    int link = -1; // index into LayoutGraph::links, or -1 for a backbone edge
};

class DisjointSets
{
public:
    explicit DisjointSets(std::size_t n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[static_cast<std::size_t>(x)] != x) {
            m_parent[static_cast<std::size_t>(x)] = m_parent[static_cast<std::size_t>(m_parent[static_cast<std::size_t>(x)])];
            x = m_parent[static_cast<std::size_t>(x)];
        }
        return x;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[static_cast<std::size_t>(std::max(a, b))] = std::min(a, b);
    }

private:
    std::vector<int> m_parent;
};

std::vector<std::pair<std::string, std::string>> graphvizAttributes(LayoutEngineKind kind, const LayoutResult &r,
                                                                     const LayoutOptions &o)
{
    std::vector<std::pair<std::string, std::string>> a;
    // dot routes its splines fast; for the others, curves around the nodes (splines=true
    // with overlap removal) cost 7 s at 100 actors against 0.16 s for straight lines.
    a.emplace_back("splines", r.compact ? "none" : (kind == LayoutEngineKind::Dot ? "spline" : "line"));
    a.emplace_back("arrowsize", "0.8");
    switch (kind) {
    case LayoutEngineKind::Dot:
        a.emplace_back("rankdir", "LR");
        a.emplace_back("nodesep", r.compact ? "0.05" : "0.15");
        a.emplace_back("ranksep", r.compact ? "0.3" : "0.6");
        break;
    case LayoutEngineKind::Twopi:
        a.emplace_back("ranksep", r.compact ? "0.6" : "1.4");
        a.emplace_back("overlap", r.compact ? "true" : "false");
        break;
    case LayoutEngineKind::Neato:
        a.emplace_back("overlap", r.compact ? "true" : "false");
        a.emplace_back("start", std::to_string(o.seed % 2147483647u));
        a.emplace_back("sep", "+6");
        break;
    case LayoutEngineKind::Sfdp:
        a.emplace_back("overlap", r.compact ? "true" : "false");
        if (r.compact)
            a.emplace_back("quadtree", "fast");
        a.emplace_back("sep", "+6");
        break;
    default:
        break;
    }
    return a;
}

std::string graphvizEngineName(LayoutEngineKind kind)
{
    return layoutEngineName(kind).toStdString();
}

// Scales a compact sfdp component so its median edge is `target` points long (sfdp
// packs a large graph into a few hundred points).
void rescale(GraphvizScene &s, const GraphvizJob &job, double target)
{
    std::vector<double> lengths;
    lengths.reserve(job.edges.size());
    for (const GraphvizJob::Edge &e : job.edges)
        lengths.push_back(QLineF(s.centres[static_cast<std::size_t>(e.tail)], s.centres[static_cast<std::size_t>(e.head)]).length());
    if (lengths.empty())
        return;
    std::nth_element(lengths.begin(), lengths.begin() + static_cast<std::ptrdiff_t>(lengths.size() / 2), lengths.end());
    const double median = lengths[lengths.size() / 2];
    if (median <= 1e-9)
        return;
    const double factor = target / median;
    for (QPointF &c : s.centres)
        c *= factor;
    s.bounds = QRectF(s.bounds.topLeft() * factor, s.bounds.size() * factor);
}

bool layOutWithGraphviz(const LayoutGraph &g, LayoutEngineKind kind, const LayoutOptions &o, LayoutResult &r,
                        const LayoutControl &control)
{
    const std::size_t n = g.nodes.size();
    const double gap = gapFor(r, o);

    // Edges given to Graphviz: every link, or the backbone for a compact layout.
    std::vector<UsedEdge> used;
    if (r.compact) {
        for (std::size_t v = 0; v < n; ++v)
            if (const ActorId p = g.nodes[v].treeParent; p != kNoActor)
                used.push_back({p, static_cast<ActorId>(v), false, -1});
    } else {
        for (std::size_t i = 0; i < g.links.size(); ++i)
            used.push_back({g.links[i].from, g.links[i].to, g.links[i].bothWays, static_cast<int>(i)});
    }

    // Connected components, each its own Graphviz graph; the origin's first, then larger
    // ones, then earlier ones.
    DisjointSets sets(n);
    std::vector<bool> linked(n, false);
    for (const UsedEdge &e : used) {
        sets.unite(e.tail, e.head);
        linked[static_cast<std::size_t>(e.tail)] = linked[static_cast<std::size_t>(e.head)] = true;
    }
    std::vector<int> componentOf(n, -1);
    std::vector<std::vector<ActorId>> components;
    for (std::size_t a = 0; a < n; ++a) {
        if (!linked[a])
            continue;
        const auto root = static_cast<std::size_t>(sets.find(static_cast<int>(a)));
        if (componentOf[root] < 0) {
            componentOf[root] = static_cast<int>(components.size());
            components.emplace_back();
        }
        componentOf[a] = componentOf[root];
        components[static_cast<std::size_t>(componentOf[a])].push_back(static_cast<ActorId>(a));
    }
    auto firstOf = [&](const std::vector<ActorId> &members) {
        ActorId best = members.front();
        for (ActorId a : members) {
            const auto &na = g.nodes[static_cast<std::size_t>(a)];
            const auto &nb = g.nodes[static_cast<std::size_t>(best)];
            if (std::tie(na.firstTime, a) < std::tie(nb.firstTime, best))
                best = a;
        }
        return best;
    };
    std::vector<ActorId> centreOf(components.size());
    for (std::size_t c = 0; c < components.size(); ++c) {
        const bool hasOrigin = g.origin != kNoActor && componentOf[static_cast<std::size_t>(g.origin)] == static_cast<int>(c);
        centreOf[c] = hasOrigin ? g.origin : firstOf(components[c]);
    }
    std::vector<std::size_t> order(components.size());
    std::iota(order.begin(), order.end(), 0);
    auto key = [&](std::size_t c) {
        const ActorId centre = centreOf[c];
        return std::tuple(centre != g.origin, -static_cast<std::int64_t>(components[c].size()),
                          g.nodes[static_cast<std::size_t>(centre)].firstTime, centre);
    };
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return key(x) < key(y); });

    // One job per component.
    std::vector<int> local(n, -1);
    for (const auto &members : components)
        for (std::size_t i = 0; i < members.size(); ++i)
            local[static_cast<std::size_t>(members[i])] = static_cast<int>(i);
    std::vector<GraphvizJob> jobs(components.size());
    std::vector<std::vector<int>> jobEdgeLinks(components.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::vector<ActorId> &members = components[order[k]];
        if (kind == LayoutEngineKind::Neato && static_cast<int>(members.size()) > o.neatoLimit) {
            r.error = QCoreApplication::translate("LayoutEngine",
                                                  "neato cannot lay out %1 connected actors (its limit is %2): "
                                                  "choose sfdp, twopi or balloon")
                          .arg(members.size())
                          .arg(o.neatoLimit);
            return false;
        }
        GraphvizJob &job = jobs[k];
        job.engine = graphvizEngineName(kind);
        job.seed = o.seed;
        job.ellipse = r.shape == NodeShape::Ellipse;
        job.graphAttributes = graphvizAttributes(kind, r, o);
        job.nodes.resize(members.size());
        for (std::size_t i = 0; i < members.size(); ++i) {
            const auto a = static_cast<std::size_t>(members[i]);
            GraphvizJob::Node &node = job.nodes[i];
            node.widthInches = r.sizes[a].width() / kPointsPerInch;
            node.heightInches = r.sizes[a].height() / kPointsPerInch;
            node.root = kind == LayoutEngineKind::Twopi && members[i] == centreOf[order[k]];
            if (kind == LayoutEngineKind::Neato && a < o.pins.size() && o.pins[a].valid && o.pins[a].pinned) {
                node.pinned = true;
                node.pinX = o.pins[a].x;
                node.pinY = -o.pins[a].y; // scene y down, Graphviz y up
            }
        }
    }
    for (const UsedEdge &e : used) {
        const auto c = static_cast<std::size_t>(componentOf[static_cast<std::size_t>(e.tail)]);
        const auto k = static_cast<std::size_t>(std::find(order.begin(), order.end(), c) - order.begin());
        jobs[k].edges.push_back({local[static_cast<std::size_t>(e.tail)], local[static_cast<std::size_t>(e.head)], e.bothWays});
        jobEdgeLinks[k].push_back(e.link);
    }

    control.report(0.1, Text::tr("Laying out with %1").arg(layoutEngineName(kind)));
    const GraphvizOutcome outcome = runGraphviz(jobs, o.isolateGraphviz, [&] { return control.stopRequested(); });
    if (outcome.cancelled || control.stopRequested()) {
        r.cancelled = true;
        return false;
    }
    if (!outcome.error.empty()) {
        r.error = QString::fromStdString(outcome.error);
        return false;
    }
    control.report(0.85, Text::tr("Arranging"));

    // Convert, then pack components and the actors Graphviz did not see.
    std::vector<GraphvizScene> scenes;
    scenes.reserve(jobs.size());
    std::vector<QSizeF> boxes;
    std::vector<QPointF> boxOrigins;
    for (std::size_t k = 0; k < jobs.size(); ++k) {
        GraphvizScene s = convertGraphvizLayout(outcome.layouts[k]);
        if (r.compact && kind == LayoutEngineKind::Sfdp)
            rescale(s, jobs[k], 4 * o.dotSize);
        const std::vector<ActorId> &members = components[order[k]];
        QRectF box;
        for (std::size_t i = 0; i < members.size(); ++i) {
            const QSizeF size = r.sizes[static_cast<std::size_t>(members[i])];
            const QRectF rect(s.centres[i] - QPointF(size.width(), size.height()) / 2, size);
            box = i == 0 ? rect : box.united(rect);
        }
        for (const GraphvizScene::Edge &e : s.edges)
            for (const BezierChain &chain : e.curves)
                for (const QPointF &p : chain.points)
                    box = box.united(QRectF(p, QSizeF(0, 0)));
        boxes.push_back(box.size());
        boxOrigins.push_back(box.topLeft());
        scenes.push_back(std::move(s));
    }
    std::vector<ActorId> loose;
    for (std::size_t a = 0; a < n; ++a)
        if (!linked[a])
            loose.push_back(static_cast<ActorId>(a));
    std::stable_sort(loose.begin(), loose.end(), [&](ActorId x, ActorId y) {
        const auto &nx = g.nodes[static_cast<std::size_t>(x)];
        const auto &ny = g.nodes[static_cast<std::size_t>(y)];
        return std::tuple(!nx.active, nx.firstTime) < std::tuple(!ny.active, ny.firstTime);
    });
    for (ActorId a : loose) {
        boxes.push_back(r.sizes[static_cast<std::size_t>(a)]);
        boxOrigins.emplace_back(-r.sizes[static_cast<std::size_t>(a)].width() / 2, -r.sizes[static_cast<std::size_t>(a)].height() / 2);
    }
    const std::vector<QPointF> corners = packInRows(boxes, std::max(3 * gap, 18.0));

    std::vector<LayoutEdge> edgeOfLink(r.compact ? 0 : g.links.size());
    for (std::size_t k = 0; k < jobs.size(); ++k) {
        const QPointF shift = corners[k] - boxOrigins[k];
        const std::vector<ActorId> &members = components[order[k]];
        for (std::size_t i = 0; i < members.size(); ++i)
            r.centres[static_cast<std::size_t>(members[i])] = scenes[k].centres[i] + shift;
        if (r.compact)
            continue;
        for (std::size_t e = 0; e < scenes[k].edges.size(); ++e) {
            const GraphvizScene::Edge &se = scenes[k].edges[e];
            const int link = jobEdgeLinks[k][e];
            LayoutEdge &edge = edgeOfLink[static_cast<std::size_t>(link)];
            copyLinkAttributes(g.links[static_cast<std::size_t>(link)], edge);
            edge.curves = se.curves;
            for (BezierChain &chain : edge.curves)
                for (QPointF &p : chain.points)
                    p += shift;
            edge.hasHeadArrow = se.hasHeadArrow;
            edge.headTip = se.headTip + shift;
            edge.hasTailArrow = se.hasTailArrow;
            edge.tailTip = se.tailTip + shift;
        }
    }
    for (std::size_t i = 0; i < loose.size(); ++i)
        r.centres[static_cast<std::size_t>(loose[i])] = corners[jobs.size() + i] - boxOrigins[jobs.size() + i];

    if (r.compact) {
        drawAllEdges(g, r);
    } else {
        r.edges = std::move(edgeOfLink);
        // An edge Graphviz drew no curve for (it should not happen) gets a straight one.
        for (std::size_t i = 0; i < r.edges.size(); ++i)
            if (r.edges[i].curves.empty())
                r.edges[i] = straightEdge(g.links[i], r);
    }
    return true;
}

} // namespace

LayoutResult LayoutEngine::run(const LayoutGraph &graph, const LayoutOptions &options, const LayoutControl &control)
{
    QElapsedTimer timer;
    timer.start();
    LayoutResult r;
    r.seed = options.seed;
    control.report(0, Text::tr("Preparing"));
    const LayoutEngineKind kind = options.engine == LayoutEngineKind::Auto ? chooseEngine(graph, options) : options.engine;
    r.engine = layoutEngineName(kind);
    if (options.engine == LayoutEngineKind::Auto)
        r.note = Text::tr("Automatic choice for %1 active actors: %2").arg(graph.activeCount).arg(r.engine);
    setGeometry(graph, options, r);
    const double gap = gapFor(r, options);
    auto cancelled = [&] { return control.stopRequested(); };

    bool ok = true;
    if (kind == LayoutEngineKind::Balloon) {
        control.report(0.1, Text::tr("Laying out with %1").arg(r.engine));
        std::vector<QPointF> centres = balloonLayout(graph, r.sizes, gap, cancelled);
        if (centres.empty() && graph.actorCount() > 0) {
            r.cancelled = cancelled();
            if (!r.cancelled)
                r.error = Text::tr("The backbone of the case is not a forest");
            ok = false;
        } else {
            r.centres = std::move(centres);
            drawAllEdges(graph, r);
        }
    } else if (kind == LayoutEngineKind::Swimlane) {
        control.report(0.1, Text::tr("Laying out with %1").arg(r.engine));
        SwimlaneLayout lanes = swimlaneLayout(graph, r.sizes, gap);
        r.centres = std::move(lanes.centres);
        r.lanes = std::move(lanes.lanes);
        r.timeScale = lanes.timeScale;
        drawAllEdges(graph, r);
    } else {
        ok = layOutWithGraphviz(graph, kind, options, r, control);
    }
    if (!ok || cancelled()) {
        r.cancelled = r.cancelled || cancelled();
        r.centres.clear();
        r.sizes.clear();
        r.edges.clear();
        r.lanes.clear();
        r.seconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
        return r;
    }

    control.report(0.9, Text::tr("Placing pinned actors"));
    const bool swimlane = kind == LayoutEngineKind::Swimlane;
    const PinOutcome pins = applyPins(r.centres, r.sizes, options.pins, gap, !swimlane);
    if (pins.any) {
        // The engine's curves move with the picture; the edges of actors that moved
        // relative to it are drawn again.
        for (LayoutEdge &edge : r.edges) {
            for (BezierChain &chain : edge.curves)
                for (QPointF &p : chain.points)
                    p += pins.offset;
            edge.headTip += pins.offset;
            edge.tailTip += pins.offset;
        }
        const bool curved = curvedEngine(r.engine);
        for (std::size_t i = 0; i < r.edges.size(); ++i) {
            const LayoutGraph::Link &link = graph.links[i];
            if (pins.moved[static_cast<std::size_t>(link.from)] || pins.moved[static_cast<std::size_t>(link.to)])
                r.edges[i] = curved ? curvedEdge(link, r) : straightEdge(link, r);
        }
    }
    r.bounds = computeBounds(r);
    r.seconds = static_cast<double>(timer.nsecsElapsed()) * 1e-9;
    control.report(1, Text::tr("Done"));
    return r;
}

QFuture<LayoutResult> LayoutEngine::start(LayoutGraph graph, LayoutOptions options)
{
    return start([graph = std::move(graph), options = std::move(options)](const LayoutControl &) mutable {
        return LayoutJob{std::move(graph), std::move(options), std::nullopt};
    });
}

QFuture<LayoutResult> LayoutEngine::start(std::function<LayoutJob(const LayoutControl &)> prepare)
{
    return QtConcurrent::run([prepare = std::move(prepare)](QPromise<LayoutResult> &promise) {
        promise.setProgressRange(0, 1000);
        LayoutControl control;
        control.cancelled = [&promise] { return promise.isCanceled(); };
        control.progress = [&promise](double fraction, const QString &stage) {
            promise.setProgressValueAndText(static_cast<int>(fraction * 1000), stage);
        };
        LayoutJob job = prepare(control);
        if (control.stopRequested())
            return;
        if (job.ready) {
            promise.addResult(std::move(*job.ready));
            return;
        }
        LayoutResult result = run(job.graph, job.options, control);
        if (!result.cancelled)
            promise.addResult(std::move(result));
    });
}

std::optional<LayoutResult> LayoutEngine::restore(const LayoutGraph &graph, const SavedLayout &saved,
                                                  const LayoutOptions &options)
{
    const std::optional<LayoutEngineKind> kind = layoutEngineFromName(saved.engine);
    if (!kind || *kind == LayoutEngineKind::Auto || saved.positions.size() != graph.nodes.size())
        return std::nullopt;
    for (const SavedLayout::Position &p : saved.positions)
        if (!p.valid)
            return std::nullopt;
    if (*kind == LayoutEngineKind::Swimlane) {
        // Instant to compute: computed again, the user's pins kept.
        LayoutOptions again = options;
        again.engine = LayoutEngineKind::Swimlane;
        again.seed = saved.seed;
        again.pins = saved.positions;
        LayoutResult r = run(graph, again);
        r.restored = true;
        return r;
    }
    LayoutResult r;
    r.engine = saved.engine;
    r.seed = saved.seed;
    r.restored = true;
    setGeometry(graph, options, r);
    for (std::size_t a = 0; a < graph.nodes.size(); ++a)
        r.centres[a] = QPointF(saved.positions[a].x, saved.positions[a].y);
    drawAllEdges(graph, r);
    r.bounds = computeBounds(r);
    return r;
}

SavedLayout LayoutEngine::save(const LayoutResult &result, const std::vector<SavedLayout::Position> &pins)
{
    SavedLayout saved;
    saved.engine = result.engine;
    saved.seed = result.seed;
    saved.positions.resize(result.centres.size());
    for (std::size_t a = 0; a < result.centres.size(); ++a) {
        SavedLayout::Position &p = saved.positions[a];
        p.x = SavedLayout::roundedCoordinate(result.centres[a].x());
        p.y = SavedLayout::roundedCoordinate(result.centres[a].y());
        p.valid = true;
        p.pinned = a < pins.size() && pins[a].valid && pins[a].pinned;
    }
    return saved;
}

std::vector<SavedLayout::Position> LayoutEngine::pinsOf(const Case &c, const QString &engine)
{
    return pinsOf(c.layouts, c.actors.size(), engine);
}

std::vector<SavedLayout::Position> LayoutEngine::pinsOf(const std::map<QString, SavedLayout> &layouts,
                                                        std::size_t actorCount, const QString &engine)
{
    const auto it = layouts.find(engine);
    if (it == layouts.end() || it->second.positions.size() != actorCount)
        return {};
    return it->second.positions;
}

} // namespace cascade
