// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/export/exportgraph.h"

#include <algorithm>
#include <limits>

namespace cascade {

ExportGraph ExportGraph::of(const Case &c)
{
    ExportGraph g;
    g.edges = deriveInteractions(c);
    g.start = c.startTime();
    g.end = c.endTime();
    constexpr TimeMs kNever = std::numeric_limits<TimeMs>::max();
    g.firstSeen.assign(c.actors.size(), kNever);
    auto see = [&g](ActorId a, TimeMs t) {
        if (a >= 0 && static_cast<std::size_t>(a) < g.firstSeen.size())
            g.firstSeen[static_cast<std::size_t>(a)] = std::min(g.firstSeen[static_cast<std::size_t>(a)], t);
    };
    for (const Event &e : c.events)
        see(e.author, e.time);
    for (const Interaction &i : g.edges) {
        see(i.from, i.time);
        see(i.to, i.time);
    }
    for (TimeMs &t : g.firstSeen)
        if (t == kNever)
            t = g.start;
    return g;
}

QString roleIdOf(const Case &c, const Actor &a)
{
    if (a.role < 0 || static_cast<std::size_t>(a.role) >= c.roles.size())
        return {};
    return c.roles[static_cast<std::size_t>(a.role)].id;
}

} // namespace cascade
