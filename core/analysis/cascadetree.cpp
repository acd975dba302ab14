// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/cascadetree.h"

#include "core/model/case.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace cascade {

namespace {

std::size_t at(std::int32_t i)
{
    return static_cast<std::size_t>(i);
}

// The number of the case's events at or before `at`.
std::size_t eventsUpTo(const Case &c, TimeMs time)
{
    const auto it = std::upper_bound(c.events.begin(), c.events.end(), time,
                                     [](TimeMs t, const Event &e) { return t < e.time; });
    return static_cast<std::size_t>(it - c.events.begin());
}

} // namespace

std::vector<CascadeAsOf> cascadesAsOf(const Case &c, const CascadeReconstruction &cascades, TimeMs time,
                                      std::int32_t minSize, const std::atomic<bool> *cancel)
{
    std::vector<CascadeAsOf> rows;
    if (cascades.cancelled)
        return rows;
    const auto stopped = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const std::size_t end = std::min(eventsUpTo(c, time), cascades.cascadeOfEvent.size());
    const std::size_t count = cascades.cascades.size();

    // Members of each cascade up to `end`, in event order (counting sort), and each
    // event's index in its cascade.
    std::vector<std::int32_t> start(count + 1, 0);
    for (std::size_t e = 0; e < end; ++e)
        if (const std::int32_t k = cascades.cascadeOfEvent[e]; k >= 0)
            ++start[at(k) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<EventId> members(at(start.back()));
    std::vector<std::int32_t> local(end, -1);
    {
        std::vector<std::int32_t> fill(start.begin(), start.end() - 1);
        for (std::size_t e = 0; e < end; ++e) {
            const std::int32_t k = cascades.cascadeOfEvent[e];
            if (k < 0)
                continue;
            const std::int32_t slot = fill[at(k)]++;
            local[e] = slot - start[at(k)];
            members[at(slot)] = static_cast<EventId>(e);
        }
    }
    if (stopped())
        return rows;

    std::vector<std::int32_t> parents;
    for (std::size_t k = 0; k < count; ++k) {
        if ((k & 0x3FFF) == 0 && stopped())
            return {};
        const std::int32_t n = start[k + 1] - start[k];
        if (n < std::max(minSize, 1))
            continue;
        const EventId root = members[at(start[k])];
        const Event &rootEvent = c.events[at(root)];
        // A reply or an offline event is a cascade only once it has been relayed.
        if (n == 1 && rootEvent.kind != EventKind::Post)
            continue;
        parents.clear();
        for (std::int32_t i = start[k]; i < start[k + 1]; ++i) {
            const EventId p = cascades.treeParent[at(members[at(i)])];
            parents.push_back(p == kNoEvent ? -1 : local[at(p)]);
        }
        CascadeAsOf row;
        row.cascade = static_cast<std::int32_t>(k);
        row.root = root;
        row.seed = rootEvent.author;
        row.tree = measureTree(parents);
        row.rootTime = rootEvent.time;
        row.firstRelay = n > 1 ? c.events[at(members[at(start[k] + 1)])].time : row.rootTime;
        row.lastRelay = c.events[at(members[at(start[k + 1] - 1)])].time;
        const std::int32_t relays = n - 1;
        row.halfLife = relays > 0 ? c.events[at(members[at(start[k] + (relays + 1) / 2)])].time - row.rootTime : 0;
        rows.push_back(row);
    }
    // Inferred edges up to `end` (attributions are in event order).
    std::vector<std::int32_t> rowOf(count, -1);
    for (std::size_t i = 0; i < rows.size(); ++i)
        rowOf[at(rows[i].cascade)] = static_cast<std::int32_t>(i);
    for (const Attribution &a : cascades.attributions) {
        if (at(a.event) >= end)
            break;
        if (a.inferred && rowOf[at(a.cascade)] >= 0)
            ++rows[at(rowOf[at(a.cascade)])].inferredEdges;
    }
    return rows;
}

namespace {

constexpr std::array<const char *, 5> kSortNames = {"size", "depth", "width", "virality", "time"};

} // namespace

const char *cascadeSortName(CascadeSort sort)
{
    return kSortNames[static_cast<std::size_t>(sort)];
}

std::optional<CascadeSort> cascadeSortFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kSortNames.size(); ++i)
        if (name == kSortNames[i])
            return static_cast<CascadeSort>(i);
    return std::nullopt;
}

void sortCascades(std::vector<CascadeAsOf> &rows, CascadeSort sort)
{
    const auto key = [sort](const CascadeAsOf &r) -> double {
        switch (sort) {
        case CascadeSort::Size:
            return r.tree.size;
        case CascadeSort::Depth:
            return r.tree.depth;
        case CascadeSort::Width:
            return r.tree.width;
        case CascadeSort::Virality:
            return r.tree.structuralVirality;
        case CascadeSort::Time:
            return -static_cast<double>(r.rootTime);
        }
        return 0;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const CascadeAsOf &a, const CascadeAsOf &b) {
        const double ka = key(a), kb = key(b);
        return ka != kb ? ka > kb : a.root < b.root;
    });
}

// ---- one cascade's tree ---------------------------------------------------------

std::int32_t CascadeTree::nodesBefore(EventId position) const
{
    return static_cast<std::int32_t>(std::lower_bound(events.begin(), events.end(), position) - events.begin());
}

TreeMeasures CascadeTree::measures(std::int32_t nodes) const
{
    nodes = std::clamp(nodes, 0, static_cast<std::int32_t>(parent.size()));
    return measureTree(std::span<const std::int32_t>(parent.data(), at(nodes)));
}

std::vector<std::int32_t> CascadeTree::depthProfile(std::int32_t nodes) const
{
    nodes = std::clamp(nodes, 0, static_cast<std::int32_t>(parent.size()));
    std::vector<std::int32_t> profile;
    std::vector<std::int32_t> depth(at(nodes), 0);
    for (std::int32_t i = 0; i < nodes; ++i) {
        depth[at(i)] = i == 0 ? 0 : depth[at(parent[at(i)])] + 1;
        if (at(depth[at(i)]) >= profile.size())
            profile.resize(at(depth[at(i)]) + 1, 0);
        ++profile[at(depth[at(i)])];
    }
    return profile;
}

std::vector<CascadeTree::Branch> CascadeTree::branches(std::int32_t nodes, std::int32_t count) const
{
    nodes = std::clamp(nodes, 0, static_cast<std::int32_t>(parent.size()));
    // The branch of each node: the relay of the root it descends from.
    std::vector<std::int32_t> branchOf(at(nodes), -1);
    std::vector<Branch> result;
    std::vector<std::int32_t> slot(at(nodes), -1);
    for (std::int32_t i = 1; i < nodes; ++i) {
        const std::int32_t p = parent[at(i)];
        branchOf[at(i)] = p == 0 ? i : branchOf[at(p)];
        const std::int32_t b = branchOf[at(i)];
        if (slot[at(b)] < 0) {
            slot[at(b)] = static_cast<std::int32_t>(result.size());
            result.push_back({events[at(b)], 0});
        }
        ++result[at(slot[at(b)])].size;
    }
    std::stable_sort(result.begin(), result.end(), [](const Branch &a, const Branch &b) { return a.size > b.size; });
    if (count >= 0 && result.size() > at(count))
        result.resize(at(count));
    return result;
}

CascadeTree cascadeTree(const Case &c, const CascadeReconstruction &cascades, std::int32_t index)
{
    CascadeTree tree;
    tree.rule = cascades.rule;
    if (index < 0 || at(index) >= cascades.cascades.size() || cascades.cancelled)
        return tree;
    tree.cascade = index;
    const std::size_t end = std::min(cascades.cascadeOfEvent.size(), c.events.size());
    const EventId root = cascades.cascades[at(index)].root;
    std::vector<std::int32_t> local;
    for (std::size_t e = at(root); e < end; ++e) {
        if (cascades.cascadeOfEvent[e] != index)
            continue;
        const auto id = static_cast<EventId>(e);
        const EventId p = cascades.treeParent[e];
        std::int32_t parentIndex = -1;
        if (p != kNoEvent)
            parentIndex = static_cast<std::int32_t>(std::lower_bound(tree.events.begin(), tree.events.end(), p)
                                                    - tree.events.begin());
        const Attribution *a = p != kNoEvent ? cascades.attributionOf(id) : nullptr;
        tree.events.push_back(id);
        tree.parent.push_back(parentIndex);
        tree.inferred.push_back(a && a->inferred ? 1 : 0);
    }
    return tree;
}

std::int32_t cascadeOfEvent(const CascadeReconstruction &cascades, EventId event)
{
    return event >= 0 && at(event) < cascades.cascadeOfEvent.size() ? cascades.cascadeOfEvent[at(event)] : -1;
}

std::vector<ActorInCascade> cascadesOfActor(const Case &c, const CascadeReconstruction &cascades, ActorId actor,
                                            EventId position)
{
    std::vector<ActorInCascade> result;
    if (cascades.cancelled || actor < 0)
        return result;
    const std::size_t end = std::min({at(std::max(position, 0)), cascades.cascadeOfEvent.size(), c.events.size()});
    // Sparse per-cascade records, found through a map from cascade to slot.
    std::vector<std::int32_t> slotOf;
    auto record = [&](std::int32_t k) -> ActorInCascade & {
        if (slotOf.empty())
            slotOf.assign(cascades.cascades.size(), -1);
        if (slotOf[at(k)] < 0) {
            slotOf[at(k)] = static_cast<std::int32_t>(result.size());
            result.push_back({});
            result.back().cascade = k;
        }
        return result[at(slotOf[at(k)])];
    };
    std::vector<std::uint8_t> widened; // by event: one of actor's relays, relayed by another
    std::vector<std::uint8_t> relayed(cascades.cascades.size(), 0); // by cascade: has a relay
    std::vector<std::int32_t> size(cascades.cascades.size(), 0);    // by cascade: nodes so far
    for (std::size_t e = 0; e < end; ++e) {
        const std::int32_t k = cascades.cascadeOfEvent[e];
        if (k < 0)
            continue;
        ++size[at(k)];
        const Event &ev = c.events[e];
        const EventId p = cascades.treeParent[e];
        if (p != kNoEvent)
            relayed[at(k)] = 1;
        if (ev.author == actor) {
            if (p == kNoEvent)
                record(k).seeded = true;
            else
                ++record(k).relays;
        }
        if (p != kNoEvent && ev.author != actor && c.events[at(p)].author == actor) {
            ActorInCascade &r = record(k);
            ++r.credited;
            if (cascades.treeParent[at(p)] != kNoEvent) { // p is a relay, not the root
                if (widened.empty())
                    widened.assign(end, 0);
                if (!widened[at(p)]) {
                    widened[at(p)] = 1;
                    ++r.relaysWidening;
                }
            }
        }
    }
    // A post nobody relayed (yet) is no cascade to show.
    std::erase_if(result, [&](const ActorInCascade &r) {
        return !(r.seeded && relayed[at(r.cascade)]) && r.relaysWidening == 0;
    });
    for (ActorInCascade &r : result)
        r.size = size[at(r.cascade)];
    std::sort(result.begin(), result.end(), [&](const ActorInCascade &a, const ActorInCascade &b) {
        return cascades.cascades[at(a.cascade)].root < cascades.cascades[at(b.cascade)].root;
    });
    return result;
}

} // namespace cascade
