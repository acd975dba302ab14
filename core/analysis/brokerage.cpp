// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/brokerage.h"

#include "core/model/case.h"
#include "core/timeline/timeindex.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <utility>

namespace cascade {

namespace {

// Builds sorted, duplicate-free CSR adjacency from (key, value) pairs: a counting sort by
// key, then each list sorted on its own (O(pairs + sum of d log d)).
void buildCsr(const std::vector<std::pair<ActorId, ActorId>> &pairs, int actors, std::vector<std::uint32_t> &offsets,
              std::vector<ActorId> &values)
{
    std::vector<std::uint32_t> start(static_cast<std::size_t>(actors) + 1, 0);
    for (const auto &[k, v] : pairs)
        ++start[static_cast<std::size_t>(k) + 1];
    for (std::size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::vector<ActorId> raw(pairs.size());
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
    for (const auto &[k, v] : pairs)
        raw[fill[static_cast<std::size_t>(k)]++] = v;
    offsets.assign(static_cast<std::size_t>(actors) + 1, 0);
    values.clear();
    values.reserve(raw.size());
    for (std::size_t a = 0; a < static_cast<std::size_t>(actors); ++a) {
        const auto begin = raw.begin() + start[a], end = raw.begin() + start[a + 1];
        std::sort(begin, end);
        const auto last = std::unique(begin, end);
        values.insert(values.end(), begin, last);
        offsets[a + 1] = static_cast<std::uint32_t>(values.size());
    }
    values.shrink_to_fit();
}

BrokerageRole classify(RoleId a, RoleId v, RoleId b)
{
    if (a == v && v == b)
        return BrokerageRole::Coordinator;
    if (a == b)
        return BrokerageRole::Itinerant;
    if (v == b)
        return BrokerageRole::Gatekeeper;
    if (a == v)
        return BrokerageRole::Representative;
    return BrokerageRole::Liaison;
}

// Calls f(a, b, role) for every pair v brokers.
template<typename F>
void forEachBrokeredPair(const FlowGraph &graph, std::span<const RoleId> roles, ActorId v, F &&f)
{
    const RoleId rv = roles[static_cast<std::size_t>(v)];
    if (rv == kNoRole)
        return;
    const auto in = graph.predecessors(v);
    const auto out = graph.successors(v);
    for (ActorId a : in) {
        const RoleId ra = roles[static_cast<std::size_t>(a)];
        if (ra == kNoRole)
            continue;
        for (ActorId b : out) {
            const RoleId rb = roles[static_cast<std::size_t>(b)];
            if (a == b || rb == kNoRole || graph.hasEdge(a, b))
                continue;
            f(a, b, classify(ra, rv, rb));
        }
    }
}

QString roleLabel(const Case &c, RoleId r)
{
    if (r < 0 || r >= static_cast<RoleId>(c.roles.size()))
        return QStringLiteral("?");
    const Role &role = c.roles[static_cast<std::size_t>(r)];
    return role.label.isEmpty() ? role.id : role.label;
}

} // namespace

FlowGraph::FlowGraph(const TimeIndex &index, TimeMs asOf)
{
    const int end = index.positionAt(asOf);
    std::vector<std::pair<ActorId, ActorId>> edges;
    edges.reserve(static_cast<std::size_t>(index.interactionCount(end)));
    for (EventId e = 0; e < end; ++e) {
        const ActorId author = index.author(e);
        for (const TimeIndex::Link &link : index.links(e)) {
            if (link.to == author)
                continue;
            if (link.fromAuthor)
                edges.emplace_back(author, link.to);
            if (link.toAuthor)
                edges.emplace_back(link.to, author);
        }
    }
    buildCsr(edges, index.actorCount(), m_outOffsets, m_out);
    // The reverse of the (now simple) out-lists.
    edges.clear();
    for (ActorId a = 0; a < index.actorCount(); ++a)
        for (ActorId b : successors(a))
            edges.emplace_back(b, a);
    buildCsr(edges, index.actorCount(), m_inOffsets, m_in);
}

std::span<const ActorId> FlowGraph::successors(ActorId a) const
{
    const auto i = static_cast<std::size_t>(a);
    return {m_out.data() + m_outOffsets[i], m_out.data() + m_outOffsets[i + 1]};
}

std::span<const ActorId> FlowGraph::predecessors(ActorId a) const
{
    const auto i = static_cast<std::size_t>(a);
    return {m_in.data() + m_inOffsets[i], m_in.data() + m_inOffsets[i + 1]};
}

bool FlowGraph::hasEdge(ActorId from, ActorId to) const
{
    const auto s = successors(from);
    return std::binary_search(s.begin(), s.end(), to);
}

const char *brokerageRoleName(BrokerageRole role)
{
    switch (role) {
    case BrokerageRole::Coordinator:
        return "coordinator";
    case BrokerageRole::Itinerant:
        return "itinerant";
    case BrokerageRole::Gatekeeper:
        return "gatekeeper";
    case BrokerageRole::Representative:
        return "representative";
    case BrokerageRole::Liaison:
        return "liaison";
    }
    return "coordinator";
}

std::int64_t Brokerage::total() const
{
    std::int64_t n = 0;
    for (std::int64_t c : counts)
        n += c;
    return n;
}

BrokerageRole Brokerage::dominant() const
{
    return static_cast<BrokerageRole>(std::max_element(counts.begin(), counts.end()) - counts.begin());
}

Brokerage brokerage(const FlowGraph &graph, std::span<const RoleId> roles, ActorId v)
{
    Brokerage b;
    forEachBrokeredPair(graph, roles, v, [&b](ActorId, ActorId, BrokerageRole role) {
        ++b.counts[static_cast<std::size_t>(role)];
    });
    return b;
}

std::vector<Brokerage> brokerageAll(const FlowGraph &graph, std::span<const RoleId> roles, std::int64_t maxPairs)
{
    const int n = graph.actorCount();
    std::int64_t work = 0;
    for (ActorId v = 0; v < n; ++v)
        work += static_cast<std::int64_t>(graph.predecessors(v).size()) * static_cast<std::int64_t>(graph.successors(v).size());
    std::vector<Brokerage> out(static_cast<std::size_t>(n));
    if (work > maxPairs) {
        for (Brokerage &b : out)
            b.computed = false;
        return out;
    }
    for (ActorId v = 0; v < n; ++v)
        out[static_cast<std::size_t>(v)] = brokerage(graph, roles, v);
    return out;
}

std::vector<RoleId> actorRoles(const Case &c)
{
    std::vector<RoleId> roles(c.actors.size());
    for (std::size_t i = 0; i < c.actors.size(); ++i)
        roles[i] = c.actors[i].role;
    return roles;
}

QString brokerageSentence(const Case &c, const FlowGraph &graph, ActorId v)
{
    const std::vector<RoleId> roles = actorRoles(c);
    Brokerage b;
    std::map<std::pair<RoleId, RoleId>, std::int64_t> groupPairs[kBrokerageRoleCount];
    forEachBrokeredPair(graph, roles, v, [&](ActorId a, ActorId z, BrokerageRole role) {
        ++b.counts[static_cast<std::size_t>(role)];
        ++groupPairs[static_cast<std::size_t>(role)][{roles[static_cast<std::size_t>(a)], roles[static_cast<std::size_t>(z)]}];
    });
    const Actor &actor = c.actors[static_cast<std::size_t>(v)];
    const QString who = QStringLiteral("%1 (%2)").arg(actor.handle, roleLabel(c, actor.role));
    if (!b.hasDominant()) {
        if (actor.role == kNoRole)
            return QStringLiteral("%1 has no role, so its brokerage between groups is not counted.").arg(actor.handle);
        return QStringLiteral("%1 brokers no pair: whoever it passed a message to already had a direct "
                              "link from whoever it got one from.").arg(who);
    }
    const BrokerageRole dominant = b.dominant();
    const auto &pairs = groupPairs[static_cast<std::size_t>(dominant)];
    const auto top = std::max_element(pairs.begin(), pairs.end(),
                                      [](const auto &x, const auto &y) { return x.second < y.second; });
    const QString from = roleLabel(c, top->first.first);
    const QString to = roleLabel(c, top->first.second);
    QString what;
    switch (dominant) {
    case BrokerageRole::Coordinator:
        what = QStringLiteral("passes a message between members of its own group");
        break;
    case BrokerageRole::Itinerant:
        what = QStringLiteral("passes a message between two members of another group");
        break;
    case BrokerageRole::Gatekeeper:
        what = QStringLiteral("lets a message from another group into its own group");
        break;
    case BrokerageRole::Representative:
        what = QStringLiteral("carries its own group's message to another group");
        break;
    case BrokerageRole::Liaison:
        what = QStringLiteral("passes a message between two groups it does not belong to");
        break;
    }
    auto withArticle = [](BrokerageRole role) {
        const QLatin1String name(brokerageRoleName(role));
        return QString((role == BrokerageRole::Itinerant ? QStringLiteral("an ") : QStringLiteral("a ")) + name);
    };
    QStringList tied;
    for (int r = 0; r < kBrokerageRoleCount; ++r)
        if (static_cast<BrokerageRole>(r) != dominant && b.counts[static_cast<std::size_t>(r)] == b.count(dominant))
            tied << withArticle(static_cast<BrokerageRole>(r));
    QString label;
    if (tied.isEmpty())
        label = QStringLiteral("mostly ") + withArticle(dominant);
    else
        label = QStringLiteral("as much ") + withArticle(dominant) + QStringLiteral(" as ") + tied.join(QStringLiteral(" or "));
    return QStringLiteral("%1 is %2: in %3 of %4 brokered pairs it %5, most often %6 to %7.")
        .arg(who, label, QString::number(b.count(dominant)), QString::number(b.total()), what, from, to);
}

} // namespace cascade
