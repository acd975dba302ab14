// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/timeline/timeindex.h"

#include "core/model/case.h"

#include <algorithm>
#include <numeric>

namespace cascade {

TimeIndex::TimeIndex(const Case &c, const TimeIndexOptions &options)
{
    const std::size_t n = c.events.size();
    const std::size_t m = c.actors.size();
    m_times.resize(n);
    m_authors.resize(n);
    m_kinds.resize(n);
    m_parents.resize(n);
    m_credit.resize(n);
    m_promptOffsets.resize(n + 1);
    m_linkOffsets.resize(n + 1);
    m_cumExposure.resize(n + 1);
    m_links.reserve(n + n / 2);

    m_followers.resize(m);
    m_appearance.assign(m, kNever);
    m_firstEvent.assign(m, kNoEvent);
    for (std::size_t a = 0; a < m; ++a)
        m_followers[a] = c.actors[a].followers;

    std::vector<Interaction> scratch;
    std::int64_t exposure = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const Event &e = c.events[i];
        const auto id = static_cast<EventId>(i);
        m_times[i] = e.time;
        m_authors[i] = e.author;
        m_kinds[i] = e.kind;
        m_parents[i] = e.parent;
        m_kindEvents[static_cast<std::size_t>(e.kind)].push_back(id);

        m_promptOffsets[i] = static_cast<std::uint32_t>(m_prompts.size());
        m_prompts.insert(m_prompts.end(), e.promptedBy.begin(), e.promptedBy.end());

        m_linkOffsets[i] = static_cast<std::uint32_t>(m_links.size());
        scratch.clear();
        appendInteractions(c, id, scratch);
        for (const Interaction &in : scratch) {
            Flow flows[2];
            const int count = messageFlows(in, flows);
            bool fromAuthor = false;
            bool toAuthor = false;
            for (int f = 0; f < count; ++f) {
                fromAuthor = fromAuthor || (flows[f].sender == in.from && flows[f].receiver == in.to);
                toAuthor = toAuthor || (flows[f].sender == in.to && flows[f].receiver == in.from);
            }
            m_links.push_back({in.to, in.kind, fromAuthor, toAuthor});
            int &seen = m_appearance[static_cast<std::size_t>(in.to)];
            seen = std::min(seen, static_cast<int>(i) + 1);
        }
        int &seen = m_appearance[static_cast<std::size_t>(e.author)];
        seen = std::min(seen, static_cast<int>(i) + 1);
        if (m_firstEvent[static_cast<std::size_t>(e.author)] == kNoEvent)
            m_firstEvent[static_cast<std::size_t>(e.author)] = id;

        ActorId credit = kNoActor;
        switch (e.kind) {
        case EventKind::Post:
        case EventKind::Reply:
        case EventKind::Quote:
            credit = e.author;
            break;
        case EventKind::Repost:
            if (e.parent != kNoEvent) {
                const auto p = static_cast<std::size_t>(e.parent);
                credit = m_kinds[p] == EventKind::Repost ? m_credit[p] : m_authors[p];
            }
            break;
        case EventKind::Offline:
            break;
        }
        m_credit[i] = credit;
        m_cumExposure[i] = exposure;
        if (credit != kNoActor)
            exposure += m_followers[static_cast<std::size_t>(e.author)];
    }
    for (auto &k : m_kindEvents)
        k.shrink_to_fit();
    m_links.shrink_to_fit();
    m_promptOffsets[n] = static_cast<std::uint32_t>(m_prompts.size());
    m_linkOffsets[n] = static_cast<std::uint32_t>(m_links.size());
    m_cumExposure[n] = exposure;

    m_byAppearance.reserve(m);
    for (std::size_t a = 0; a < m; ++a)
        if (m_appearance[a] != kNever)
            m_byAppearance.push_back(static_cast<ActorId>(a));
    std::stable_sort(m_byAppearance.begin(), m_byAppearance.end(),
                     [this](ActorId x, ActorId y) { return appearance(x) < appearance(y); });
    m_appearanceSorted.resize(m_byAppearance.size());
    for (std::size_t i = 0; i < m_byAppearance.size(); ++i)
        m_appearanceSorted[i] = appearance(m_byAppearance[i]);

    buildCheckpoints(options);
}

int TimeIndex::positionAt(TimeMs t) const
{
    return static_cast<int>(std::upper_bound(m_times.begin(), m_times.end(), t) - m_times.begin());
}

int TimeIndex::positionBefore(TimeMs t) const
{
    return static_cast<int>(std::lower_bound(m_times.begin(), m_times.end(), t) - m_times.begin());
}

int TimeIndex::visibleActorCount(int position) const
{
    return static_cast<int>(std::upper_bound(m_appearanceSorted.begin(), m_appearanceSorted.end(), position)
                            - m_appearanceSorted.begin());
}

std::span<const ActorId> TimeIndex::actorsAppearing(int from, int to) const
{
    if (to < from)
        std::swap(from, to);
    const int begin = visibleActorCount(from);
    const int end = visibleActorCount(to);
    return {m_byAppearance.data() + begin, m_byAppearance.data() + end};
}

void TimeIndex::applyEvents(int from, int to, int sign, ActorCounts *counts,
                            std::array<std::int32_t, kEventKindCount> &kindTotals) const
{
    for (int i = from; i < to; ++i) {
        const auto e = static_cast<std::size_t>(i);
        const ActorId author = m_authors[e];
        const auto kind = static_cast<std::size_t>(m_kinds[e]);
        counts[author].authored[kind] += sign;
        kindTotals[kind] += sign;
        const ActorId credit = m_credit[e];
        if (credit != kNoActor)
            counts[credit].exposure += sign * m_followers[static_cast<std::size_t>(author)];
        for (std::uint32_t l = m_linkOffsets[e], end = m_linkOffsets[e + 1]; l < end; ++l) {
            const Link &link = m_links[l];
            counts[link.to].received[static_cast<std::size_t>(link.kind)] += sign;
        }
    }
}

void TimeIndex::buildCheckpoints(const TimeIndexOptions &options)
{
    const int n = eventCount();
    const std::size_t stateBytes = std::max<std::size_t>(1, m_followers.size() * sizeof(ActorCounts));
    const std::size_t budget = static_cast<std::size_t>(std::max(0, options.checkpointBytesPerEvent))
                               * static_cast<std::size_t>(n);
    const int count = static_cast<int>(std::min<std::size_t>(
        static_cast<std::size_t>(std::max(0, options.maxCheckpoints)), budget / stateBytes));
    if (n == 0 || count == 0 || m_followers.empty())
        return;
    std::vector<ActorCounts> counts(m_followers.size());
    std::array<std::int32_t, kEventKindCount> totals{};
    int done = 0;
    m_checkpoints.reserve(static_cast<std::size_t>(count));
    for (int j = 1; j <= count; ++j) {
        const int position = static_cast<int>(static_cast<std::int64_t>(n) * j / count);
        if (position == done && !m_checkpoints.empty())
            continue;
        applyEvents(done, position, +1, counts.data(), totals);
        done = position;
        m_checkpoints.push_back({position, counts, totals});
    }
}

std::size_t TimeIndex::memoryBytes() const
{
    auto bytes = [](const auto &v) { return v.capacity() * sizeof(v[0]); };
    std::size_t total = bytes(m_times) + bytes(m_authors) + bytes(m_kinds) + bytes(m_parents)
                        + bytes(m_promptOffsets) + bytes(m_prompts) + bytes(m_linkOffsets) + bytes(m_links)
                        + bytes(m_credit) + bytes(m_cumExposure) + bytes(m_followers) + bytes(m_appearance)
                        + bytes(m_byAppearance) + bytes(m_appearanceSorted) + bytes(m_firstEvent);
    for (const auto &k : m_kindEvents)
        total += bytes(k);
    for (const Checkpoint &cp : m_checkpoints)
        total += bytes(cp.counts) + sizeof(Checkpoint);
    return total;
}

} // namespace cascade
