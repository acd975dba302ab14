// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/swimlanelayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace cascade {

namespace {

// Room left between neighbours in a sub-row, in gaps: edges arrive from the left.
constexpr double kRowClearance = 3;

QString familyLabel(int family)
{
    switch (family) {
    case 0:
        return QCoreApplication::translate("SwimlaneLayout", "NGO");
    case 1:
        return QCoreApplication::translate("SwimlaneLayout", "Journalists and media");
    case 2:
        return QCoreApplication::translate("SwimlaneLayout", "Public");
    case 3:
        return QCoreApplication::translate("SwimlaneLayout", "Government and military");
    default:
        return {};
    }
}

// Width of the time axis: room for the actors' boxes side by side in a few rows (in
// about sqrt(n) / 8 rows for large cases), within bounds that keep the picture
// printable.
double axisWidth(const LayoutGraph &g, const std::vector<QSizeF> &sizes)
{
    double total = 0;
    for (std::size_t a = 0; a < g.nodes.size(); ++a)
        if (g.nodes[a].active)
            total += sizes[a].width();
    const double rows = std::max(3.0, std::sqrt(static_cast<double>(g.activeCount)) / 8);
    return std::clamp(total / rows, 900.0, 60000.0);
}

} // namespace

int swimlaneOfRole(const QString &key)
{
    if (key == QLatin1String("ngo"))
        return 0;
    if (key == QLatin1String("journalist") || key == QLatin1String("media"))
        return 1;
    if (key == QLatin1String("public"))
        return 2;
    if (key == QLatin1String("government") || key == QLatin1String("military"))
        return 3;
    return 4;
}

SwimlaneGroups swimlaneGroups(const std::vector<QString> &keys, const std::vector<QString> &labels)
{
    SwimlaneGroups out;
    std::array<int, 4> laneOfFamily{-1, -1, -1, -1};
    for (std::size_t r = 0; r < keys.size(); ++r) {
        const int family = swimlaneOfRole(keys[r]);
        const bool shared = family < 4;
        if (shared && laneOfFamily[static_cast<std::size_t>(family)] >= 0) {
            out.laneOfRole.push_back(laneOfFamily[static_cast<std::size_t>(family)]);
            continue;
        }
        const int lane = static_cast<int>(out.labels.size());
        out.laneOfRole.push_back(lane);
        if (shared) {
            laneOfFamily[static_cast<std::size_t>(family)] = lane;
            out.labels.push_back(familyLabel(family));
        } else {
            const QString label = r < labels.size() ? labels[r] : QString();
            out.labels.push_back(label.isEmpty() ? keys[r] : label);
        }
    }
    out.labels.push_back(QCoreApplication::translate("SwimlaneLayout", "No role"));
    return out;
}

SwimlaneLayout swimlaneLayout(const LayoutGraph &g, const std::vector<QSizeF> &sizes, double gap)
{
    const std::size_t n = g.nodes.size();
    SwimlaneLayout out;
    out.centres.assign(n, QPointF());
    const double labelRoom = 12 * gap; // lane labels sit at the left of each lane
    out.timeScale.start = g.startTime;
    out.timeScale.end = g.endTime;
    out.timeScale.x0 = labelRoom;
    out.timeScale.x1 = labelRoom + axisWidth(g, sizes);

    double tallest = 0;
    double widestInactive = 0;
    for (std::size_t a = 0; a < n; ++a) {
        tallest = std::max(tallest, sizes[a].height());
        if (!g.nodes[a].active)
            widestInactive = std::max(widestInactive, sizes[a].width());
    }
    const double pitch = tallest + gap;
    const double neverX = out.timeScale.x1 + 4 * gap + widestInactive / 2;

    // Actors per lane, in order of x.
    const SwimlaneGroups groups = swimlaneGroups(g.roleKeys, g.roleLabels);
    const std::size_t laneCount = groups.labels.size();
    std::vector<std::vector<ActorId>> members(laneCount);
    std::vector<int> laneOf(n);
    for (std::size_t a = 0; a < n; ++a) {
        const RoleId role = g.nodes[a].role;
        const bool known = role >= 0 && static_cast<std::size_t>(role) < groups.laneOfRole.size();
        const int lane = known ? groups.laneOfRole[static_cast<std::size_t>(role)] : groups.noRoleLane();
        laneOf[a] = lane;
        members[static_cast<std::size_t>(lane)].push_back(static_cast<ActorId>(a));
        out.centres[a].setX(g.nodes[a].active ? out.timeScale.xOf(g.nodes[a].firstTime) : neverX);
    }
    // Where each lane's links to other lanes go: rows are stacked away from the side most
    // of them come from, so that they reach each row clear of the rows before it.
    std::vector<int> linksAbove(laneCount), linksBelow(laneCount);
    for (const LayoutGraph::Link &l : g.links) {
        const int from = laneOf[static_cast<std::size_t>(l.from)];
        const int to = laneOf[static_cast<std::size_t>(l.to)];
        if (from == to)
            continue;
        ++(to < from ? linksAbove : linksBelow)[static_cast<std::size_t>(from)];
        ++(from < to ? linksAbove : linksBelow)[static_cast<std::size_t>(to)];
    }

    double top = 0;
    for (int lane = 0; lane < static_cast<int>(laneCount); ++lane) {
        std::vector<ActorId> &list = members[static_cast<std::size_t>(lane)];
        if (list.empty())
            continue;
        std::stable_sort(list.begin(), list.end(), [&](ActorId x, ActorId y) {
            return out.centres[static_cast<std::size_t>(x)].x() < out.centres[static_cast<std::size_t>(y)].x();
        });
        // Greedy interval packing: each actor takes the first row with room at its left
        // edge, else a new row. A burst reads as a staircase going away from the side
        // the lane's links come from, so that they reach each actor of it past the
        // actors before it.
        // Bursts in large cases would need thousands of rows: beyond a cap, an actor
        // shares the row whose last actor ends first (and may overlap it).
        const auto maxRows = static_cast<std::size_t>(std::max(60.0, std::ceil(1.5 * std::sqrt(static_cast<double>(list.size())))));
        std::vector<double> rowEnds;
        std::vector<int> rowOf(list.size());
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto a = static_cast<std::size_t>(list[i]);
            const double left = out.centres[a].x() - sizes[a].width() / 2;
            const double right = out.centres[a].x() + sizes[a].width() / 2;
            std::size_t row = 0;
            while (row < rowEnds.size() && rowEnds[row] + kRowClearance * gap > left)
                ++row;
            if (row == rowEnds.size() && row >= maxRows)
                row = static_cast<std::size_t>(std::min_element(rowEnds.begin(), rowEnds.end()) - rowEnds.begin());
            if (row == rowEnds.size())
                rowEnds.push_back(right);
            else
                rowEnds[row] = right;
            rowOf[i] = static_cast<int>(row);
        }
        const double padding = gap;
        const bool upwards = linksBelow[static_cast<std::size_t>(lane)] > linksAbove[static_cast<std::size_t>(lane)];
        const auto rows = static_cast<int>(rowEnds.size());
        for (std::size_t i = 0; i < list.size(); ++i) {
            const int slot = upwards ? rows - 1 - rowOf[i] : rowOf[i];
            out.centres[static_cast<std::size_t>(list[i])].setY(top + padding + (slot + 0.5) * pitch);
        }
        SwimLane l;
        l.label = groups.labels[static_cast<std::size_t>(lane)];
        for (RoleId r = 0; r < static_cast<RoleId>(groups.laneOfRole.size()); ++r)
            if (groups.laneOfRole[static_cast<std::size_t>(r)] == lane)
                l.roles.push_back(r);
        l.actorCount = static_cast<int>(list.size());
        const double height = 2 * padding + static_cast<double>(rowEnds.size()) * pitch;
        double right = out.timeScale.x1 + 2 * gap;
        for (ActorId a : list)
            right = std::max(right, out.centres[static_cast<std::size_t>(a)].x() + sizes[static_cast<std::size_t>(a)].width() / 2 + gap);
        l.rect = QRectF(0, top, right, height);
        out.lanes.push_back(l);
        top += height + gap;
    }
    // Lanes share one width.
    double width = 0;
    for (const SwimLane &l : out.lanes)
        width = std::max(width, l.rect.width());
    for (SwimLane &l : out.lanes)
        l.rect.setWidth(width);
    return out;
}

} // namespace cascade
