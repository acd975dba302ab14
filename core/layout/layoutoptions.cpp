// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/layoutoptions.h"

#include "core/layout/layoutgraph.h"

#include <algorithm>
#include <array>

namespace cascade {

namespace {

constexpr std::array<const char *, kLayoutEngineKindCount> kNames = {
    "auto", "dot", "twopi", "neato", "sfdp", "balloon", "swimlane"};

// The largest number of actors at one BFS distance from `start` (links undirected).
int widestLevel(const LayoutGraph &g, ActorId start)
{
    const std::size_t n = g.nodes.size();
    std::vector<std::vector<ActorId>> adjacency(n);
    for (const LayoutGraph::Link &l : g.links) {
        adjacency[static_cast<std::size_t>(l.from)].push_back(l.to);
        adjacency[static_cast<std::size_t>(l.to)].push_back(l.from);
    }
    std::vector<int> level(n, -1);
    std::vector<int> perLevel;
    std::vector<ActorId> queue{start};
    level[static_cast<std::size_t>(start)] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const ActorId a = queue[head];
        const int l = level[static_cast<std::size_t>(a)];
        if (static_cast<int>(perLevel.size()) <= l)
            perLevel.resize(static_cast<std::size_t>(l) + 1, 0);
        ++perLevel[static_cast<std::size_t>(l)];
        for (ActorId b : adjacency[static_cast<std::size_t>(a)])
            if (level[static_cast<std::size_t>(b)] < 0) {
                level[static_cast<std::size_t>(b)] = l + 1;
                queue.push_back(b);
            }
    }
    return perLevel.empty() ? 0 : *std::max_element(perLevel.begin(), perLevel.end());
}

} // namespace

QString layoutEngineName(LayoutEngineKind kind)
{
    return QLatin1String(kNames[static_cast<std::size_t>(kind)]);
}

std::optional<LayoutEngineKind> layoutEngineFromName(QStringView name)
{
    for (std::size_t i = 0; i < kNames.size(); ++i)
        if (name == QLatin1String(kNames[i]))
            return static_cast<LayoutEngineKind>(i);
    return std::nullopt;
}

bool isGraphvizEngine(LayoutEngineKind kind)
{
    return kind == LayoutEngineKind::Dot || kind == LayoutEngineKind::Twopi || kind == LayoutEngineKind::Neato
        || kind == LayoutEngineKind::Sfdp;
}

LayoutEngineKind chooseEngine(const LayoutGraph &graph, const LayoutOptions &options)
{
    const int n = graph.activeCount;
    if (n <= 40) {
        ActorId start = graph.origin;
        for (ActorId a = 0; start == kNoActor && a < graph.actorCount(); ++a)
            if (graph.nodes[static_cast<std::size_t>(a)].active)
                start = a;
        if (start == kNoActor || widestLevel(graph, start) <= 12)
            return LayoutEngineKind::Dot;
        return LayoutEngineKind::Neato;
    }
    if (n <= options.compactAbove)
        return graph.origin != kNoActor ? LayoutEngineKind::Twopi : LayoutEngineKind::Sfdp;
    return LayoutEngineKind::Balloon;
}

} // namespace cascade
