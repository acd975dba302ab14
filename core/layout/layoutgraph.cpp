// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/layoutgraph.h"

#include "core/model/case.h"
#include "core/model/interaction.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace cascade {

namespace {

// The sender and receiver of an interaction's first message flow.
Flow primaryFlow(const Interaction &in)
{
    Flow flows[2];
    messageFlows(in, flows);
    return flows[0];
}

// Makes `root` the root of its backbone tree by reversing the path above it.
void reroot(std::vector<LayoutGraph::Node> &nodes, ActorId root)
{
    ActorId previous = kNoActor;
    ActorId current = root;
    while (current != kNoActor) {
        const ActorId next = nodes[static_cast<std::size_t>(current)].treeParent;
        nodes[static_cast<std::size_t>(current)].treeParent = previous;
        previous = current;
        current = next;
    }
}

// Hangs backbone trees that links join under one another, in order of the links, so
// that each connected part of the graph is one tree: the tree holding the origin (or
// else the one whose root appeared first) stays, the other is re-rooted at the link's
// end and hung under the link's other end.
void joinTrees(LayoutGraph &g)
{
    const std::size_t n = g.nodes.size();
    std::vector<ActorId> set(n);
    for (std::size_t a = 0; a < n; ++a)
        set[a] = static_cast<ActorId>(a);
    auto find = [&set](ActorId x) {
        while (set[static_cast<std::size_t>(x)] != x) {
            set[static_cast<std::size_t>(x)] = set[static_cast<std::size_t>(set[static_cast<std::size_t>(x)])];
            x = set[static_cast<std::size_t>(x)];
        }
        return x;
    };
    // Start with one set per tree, represented by its root.
    std::vector<ActorId> path;
    std::vector<bool> known(n, false);
    for (std::size_t a = 0; a < n; ++a) {
        ActorId x = static_cast<ActorId>(a);
        path.clear();
        while (!known[static_cast<std::size_t>(x)] && g.nodes[static_cast<std::size_t>(x)].treeParent != kNoActor) {
            path.push_back(x);
            x = g.nodes[static_cast<std::size_t>(x)].treeParent;
        }
        const ActorId root = known[static_cast<std::size_t>(x)] ? set[static_cast<std::size_t>(x)] : x;
        known[static_cast<std::size_t>(x)] = true;
        set[static_cast<std::size_t>(x)] = root;
        for (ActorId y : path) {
            known[static_cast<std::size_t>(y)] = true;
            set[static_cast<std::size_t>(y)] = root;
        }
    }
    std::vector<ActorId> rootOf(n);
    for (std::size_t a = 0; a < n; ++a)
        rootOf[a] = static_cast<ActorId>(a); // meaningful for representatives (roots)
    auto rank = [&](ActorId root) {
        const LayoutGraph::Node &node = g.nodes[static_cast<std::size_t>(root)];
        return std::tuple(root != g.origin, node.firstTime, root);
    };
    for (const LayoutGraph::Link &link : g.links) {
        const ActorId ra = find(link.from);
        const ActorId rb = find(link.to);
        if (ra == rb)
            continue;
        const ActorId rootA = rootOf[static_cast<std::size_t>(ra)];
        const ActorId rootB = rootOf[static_cast<std::size_t>(rb)];
        // Tree A stays when it ranks first; B is hung under the link's end in A.
        const bool keepA = rank(rootA) < rank(rootB);
        const ActorId stay = keepA ? link.from : link.to;
        const ActorId hang = keepA ? link.to : link.from;
        reroot(g.nodes, hang);
        g.nodes[static_cast<std::size_t>(hang)].treeParent = stay;
        const ActorId kept = keepA ? ra : rb;
        const ActorId gone = keepA ? rb : ra;
        set[static_cast<std::size_t>(gone)] = kept;
        rootOf[static_cast<std::size_t>(kept)] = keepA ? rootA : rootB;
    }
}

} // namespace

double estimateLabelWidth(qsizetype characters)
{
    return std::min(kMaxLabelWidth, kLabelCharWidth * static_cast<double>(characters));
}

LayoutGraph buildLayoutGraph(const Case &c, const std::vector<double> &labelWidths)
{
    LayoutGraph g;
    const std::size_t n = c.actors.size();
    g.nodes.resize(n);
    g.origin = (c.origin >= 0 && static_cast<std::size_t>(c.origin) < n) ? c.origin : kNoActor;
    g.startTime = c.startTime();
    g.endTime = c.endTime();
    for (const Role &role : c.roles) {
        g.roleKeys.push_back(role.id);
        g.roleLabels.push_back(role.label);
    }
    const bool measured = labelWidths.size() == n;
    for (std::size_t a = 0; a < n; ++a) {
        LayoutGraph::Node &node = g.nodes[a];
        node.role = c.actors[a].role;
        node.labelWidth = measured ? std::clamp(labelWidths[a], 0.0, kMaxLabelWidth)
                                   : estimateLabelWidth(c.actors[a].handle.size());
    }

    std::unordered_map<std::uint64_t, int> linkIndex;
    linkIndex.reserve(c.events.size());
    std::vector<Interaction> interactions;
    auto appear = [&](ActorId a, TimeMs t, ActorId parent) {
        LayoutGraph::Node &node = g.nodes[static_cast<std::size_t>(a)];
        if (node.active)
            return;
        node.active = true;
        node.firstTime = t;
        node.treeParent = parent;
        ++g.activeCount;
    };
    for (std::size_t e = 0; e < c.events.size(); ++e) {
        const Event &event = c.events[e];
        interactions.clear();
        appendInteractions(c, static_cast<EventId>(e), interactions);
        const ActorId author = event.author;
        if (author < 0 || static_cast<std::size_t>(author) >= n)
            continue;
        if (!g.nodes[static_cast<std::size_t>(author)].active) {
            // The author enters through the first party of this event already present.
            ActorId parent = kNoActor;
            for (const Interaction &in : interactions)
                if (in.to != author && in.to >= 0 && g.nodes[static_cast<std::size_t>(in.to)].active) {
                    parent = in.to;
                    break;
                }
            appear(author, event.time, parent);
        }
        for (const Interaction &in : interactions) {
            if (in.to < 0 || static_cast<std::size_t>(in.to) >= n || in.to == in.from)
                continue;
            appear(in.to, in.time, author);
            const Flow flow = primaryFlow(in);
            const auto [it, inserted] = linkIndex.try_emplace(linkKey(in.from, in.to), static_cast<int>(g.links.size()));
            if (inserted) {
                LayoutGraph::Link link;
                link.from = flow.sender;
                link.to = flow.receiver;
                link.firstTime = in.time;
                g.links.push_back(link);
                ++g.nodes[static_cast<std::size_t>(in.from)].degree;
                ++g.nodes[static_cast<std::size_t>(in.to)].degree;
            }
            LayoutGraph::Link &link = g.links[static_cast<std::size_t>(it->second)];
            ++link.count;
            link.kinds |= static_cast<std::uint8_t>(1u << static_cast<int>(in.kind));
            link.inferredOnly = link.inferredOnly && in.inferred;
            if (flow.sender != link.from)
                link.bothWays = true;
        }
    }
    if (g.origin != kNoActor)
        reroot(g.nodes, g.origin);
    joinTrees(g);
    for (LayoutGraph::Link &l : g.links)
        l.backbone = g.nodes[static_cast<std::size_t>(l.to)].treeParent == l.from
            || g.nodes[static_cast<std::size_t>(l.from)].treeParent == l.to;
    return g;
}

} // namespace cascade
