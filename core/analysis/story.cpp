// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/story.h"

#include "core/analysis/caseanalysis.h"
#include "core/analysis/temporalpaths.h"
#include "core/model/case.h"
#include "core/timeline/timeindex.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cascade {

const char *storyReasonName(StoryReason reason)
{
    switch (reason) {
    case StoryReason::Selected: return "selected";
    case StoryReason::Origin: return "origin";
    case StoryReason::Target: return "target";
    case StoryReason::Named: return "named";
    case StoryReason::OnPath: return "on-path";
    case StoryReason::Offline: return "offline";
    case StoryReason::Noted: return "noted";
    case StoryReason::Critical: return "critical";
    case StoryReason::Prominent: return "prominent";
    }
    return "?";
}

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// `word` occurs in `text` with no word character on either side.
bool containsWord(const QString &text, QStringView word, Qt::CaseSensitivity cs)
{
    if (word.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(word, from, cs);
        if (at < 0)
            return false;
        const qsizetype end = at + word.size();
        const bool before = at == 0 || !isWordChar(text[at - 1]);
        const bool after = end == text.size() || !isWordChar(text[end]);
        if (before && after)
            return true;
        from = at + 1;
    }
}

double baseScale(StoryReason reason)
{
    switch (reason) {
    case StoryReason::Selected:
    case StoryReason::Origin:
    case StoryReason::Target: return 1.0;
    case StoryReason::Named: return 0.88;
    case StoryReason::OnPath: return 0.85;
    case StoryReason::Offline:
    case StoryReason::Noted:
    case StoryReason::Critical: return 0.8;
    case StoryReason::Prominent: return 0.75;
    }
    return 0.75;
}

} // namespace

bool textNamesActor(const QString &text, const QString &handle, const QString &name)
{
    if (text.isEmpty())
        return false;
    QStringView bare(handle);
    if (bare.startsWith(QLatin1Char('@')))
        bare = bare.mid(1);
    if (bare.size() >= 2 && containsWord(text, bare, Qt::CaseInsensitive))
        return true;
    QStringView head(name);
    if (const qsizetype paren = head.indexOf(QLatin1Char('(')); paren >= 0)
        head = head.left(paren);
    QStringList distinctive;
    const QString headText = head.toString();
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"));
    for (auto it = words.globalMatch(headText); it.hasNext();) {
        const QString w = it.next().captured();
        if (w.size() >= 4 && w[0].isUpper())
            distinctive.push_back(w);
    }
    if (distinctive.isEmpty())
        return false;
    int found = 0;
    for (const QString &w : distinctive)
        if (containsWord(text, w, Qt::CaseSensitive)) // a name's words are capitalised
            ++found;
    return distinctive.size() == 1 ? found == 1 : found >= 2;
}

std::vector<std::vector<ActorId>> milestoneNamedActors(const Case &c)
{
    std::vector<std::vector<ActorId>> out(c.milestones.size());
    for (std::size_t k = 0; k < c.milestones.size(); ++k) {
        const QString text = c.milestones[k].title + QLatin1Char('\n') + c.milestones[k].caption;
        for (std::size_t a = 0; a < c.actors.size(); ++a)
            if (textNamesActor(text, c.actors[a].handle, c.actors[a].name))
                out[k].push_back(static_cast<ActorId>(a));
    }
    return out;
}

std::vector<StoryActor> storyActors(const CaseAnalysis &analysis, const StoryInput &input)
{
    const Case &c = analysis.caseData();
    const TimeIndex &index = analysis.index();
    const std::size_t n = c.actors.size();
    const int position = index.positionAt(input.time);
    std::vector<StoryActor> out;
    std::vector<std::uint8_t> listed(n, 0);
    auto add = [&](ActorId a, StoryReason reason) {
        if (a == kNoActor || static_cast<std::size_t>(a) >= n || listed[static_cast<std::size_t>(a)] ||
            !index.visibleAt(a, position))
            return;
        listed[static_cast<std::size_t>(a)] = 1;
        out.push_back({a, reason, baseScale(reason)});
    };

    add(input.selected, StoryReason::Selected);
    add(c.origin, StoryReason::Origin);
    for (ActorId t : c.targets)
        add(t, StoryReason::Target);

    // The current milestone: the last at or before the moment.
    const auto after = std::upper_bound(c.milestones.begin(), c.milestones.end(), input.time,
                                        [](TimeMs t, const Milestone &m) { return t < m.time; });
    if (after != c.milestones.begin()) {
        const auto k = static_cast<std::size_t>(std::prev(after) - c.milestones.begin());
        if (k < input.named.size()) {
            for (ActorId a : input.named[k])
                add(a, StoryReason::Named);
        } else {
            const Milestone &m = c.milestones[k];
            const QString text = m.title + QLatin1Char('\n') + m.caption;
            for (std::size_t a = 0; a < n; ++a)
                if (textNamesActor(text, c.actors[a].handle, c.actors[a].name))
                    add(static_cast<ActorId>(a), StoryReason::Named);
        }
    }

    if (analysis.origin() != kNoActor) {
        const TemporalReach &reach = analysis.originReach();
        for (ActorId t : c.targets) {
            if (t == kNoActor || !reach.reached(t, input.time))
                continue;
            for (ActorId a : temporalPath(index, reach, t, input.time).actors())
                add(a, StoryReason::OnPath);
        }
    }

    {
        // The latest offline contacts by then, as many as bring at most
        // kStoryOfflineCount actors not listed yet (the latest always); added in time
        // order. A case full of contacts (a generated one has one for every hundred
        // events) keeps a story.
        const std::span<const EventId> offline = index.eventsOfKind(EventKind::Offline);
        const auto end = std::lower_bound(offline.begin(), offline.end(), position); // in time order
        std::vector<ActorId> recent;
        auto begin = end;
        while (begin != offline.begin()) {
            const Event &event = c.events[static_cast<std::size_t>(*std::prev(begin))];
            std::vector<ActorId> more = recent;
            auto note = [&](ActorId a) {
                if (a != kNoActor && static_cast<std::size_t>(a) < n && !listed[static_cast<std::size_t>(a)] &&
                    std::find(more.begin(), more.end(), a) == more.end())
                    more.push_back(a);
            };
            note(event.author);
            for (ActorId a : event.reached)
                note(a);
            if (more.size() > kStoryOfflineCount && begin != end)
                break;
            recent = std::move(more);
            --begin;
            if (recent.size() >= kStoryOfflineCount)
                break;
        }
        for (auto it = begin; it != end; ++it) {
            const Event &event = c.events[static_cast<std::size_t>(*it)];
            add(event.author, StoryReason::Offline);
            for (ActorId a : event.reached)
                add(a, StoryReason::Offline);
        }
    }

    if (input.noteWindow >= 0)
        for (std::size_t k : calloutNotes(c.notes, input.time, input.noteWindow, input.selected))
            add(c.notes[k].actor, StoryReason::Noted);

    for (ActorId a : input.critical)
        add(a, StoryReason::Critical);

    if (out.empty() && !input.prominence.empty()) {
        std::vector<ActorId> order;
        for (std::size_t a = 0; a < n && a < input.prominence.size(); ++a)
            if (index.visibleAt(static_cast<ActorId>(a), position))
                order.push_back(static_cast<ActorId>(a));
        const std::size_t k = std::min(order.size(), kStoryProminentCount);
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
                          [&](ActorId x, ActorId y) {
                              const double vx = input.prominence[static_cast<std::size_t>(x)];
                              const double vy = input.prominence[static_cast<std::size_t>(y)];
                              return vx != vy ? vx > vy : x < y;
                          });
        for (std::size_t i = 0; i < k; ++i)
            add(order[i], StoryReason::Prominent);
    }

    // A larger audience, a slightly larger label (up to +0.1, never above 1): the share
    // of the story's largest audience, on a log scale.
    double top = 0;
    for (const StoryActor &s : out)
        top = std::max(top, std::log10(1.0 + static_cast<double>(index.followers(s.actor))));
    if (top > 0)
        for (StoryActor &s : out) {
            const double share = std::log10(1.0 + static_cast<double>(index.followers(s.actor))) / top;
            s.labelScale = std::min(1.0, s.labelScale + 0.1 * share);
        }
    return out;
}

std::vector<CrowdGroup> crowdGroups(const CaseAnalysis &analysis, TimeMs time, std::span<const ActorId> story,
                                    const CrowdRule &rule)
{
    return CrowdIndex(analysis).groupsAt(time, story, rule);
}

CrowdIndex::CrowdIndex(const CaseAnalysis &analysis) : m_analysis(analysis)
{
    const TimeIndex &index = analysis.index();
    const std::size_t n = static_cast<std::size_t>(index.actorCount());
    const int count = index.eventCount();

    // One pass over the whole case, as crowdGroups() is defined: per actor, whether it can
    // still be a member, its one (target, kind), its first act, and where it stops.
    enum : std::uint8_t { kNone, kCandidate, kOut };
    std::vector<std::uint8_t> state(n, kNone);
    std::vector<Candidate> of(n);
    auto out = [&](std::size_t a, int e) {
        if (state[a] == kCandidate)
            of[a].outAt = e;
        state[a] = kOut;
    };
    for (int e = 0; e < count; ++e) {
        const EventId id = e;
        const auto author = static_cast<std::size_t>(index.author(id));
        const std::span<const TimeIndex::Link> links = index.links(id);
        // Whoever this event relays, answers or addresses is acted on: not a member.
        for (const TimeIndex::Link &l : links)
            if (l.to != kNoActor && static_cast<std::size_t>(l.to) != author && state[static_cast<std::size_t>(l.to)] != kOut)
                out(static_cast<std::size_t>(l.to), e);
        if (state[author] == kOut)
            continue;
        const bool simple = links.size() == 1 && links[0].kind != InteractionKind::Offline &&
                            links[0].to != kNoActor && static_cast<std::size_t>(links[0].to) != author;
        if (!simple) {
            out(author, e);
            continue;
        }
        if (state[author] == kNone) {
            state[author] = kCandidate;
            of[author] = {static_cast<ActorId>(author), links[0].to, links[0].kind, id, count};
        } else if (of[author].target != links[0].to || of[author].kind != links[0].kind) {
            out(author, e);
        }
    }
    for (std::size_t a = 0; a < n; ++a)
        if (of[a].first != kNoEvent && of[a].outAt > of[a].first)
            m_candidates.push_back(of[a]);
    std::sort(m_candidates.begin(), m_candidates.end(), [](const Candidate &x, const Candidate &y) {
        if (x.target != y.target)
            return x.target < y.target;
        if (x.kind != y.kind)
            return x.kind < y.kind;
        return x.first < y.first;
    });
}

std::vector<CrowdGroup> CrowdIndex::groupsAt(TimeMs time, std::span<const ActorId> story, const CrowdRule &rule) const
{
    const TimeIndex &index = m_analysis.index();
    const std::size_t n = static_cast<std::size_t>(index.actorCount());
    const int position = index.positionAt(time);
    std::vector<std::uint8_t> inStory(n, 0);
    for (ActorId a : story)
        if (a != kNoActor && static_cast<std::size_t>(a) < n)
            inStory[static_cast<std::size_t>(a)] = 1;

    // As of `position` (the events before it), a candidate is a member when its first act
    // is in and what disqualifies it is not.
    std::vector<CrowdGroup> groups;
    auto close = [&](CrowdGroup &g) {
        if (static_cast<int>(g.members.size()) >= rule.minMembers)
            groups.push_back(std::move(g));
        g = {};
    };
    CrowdGroup current;
    for (const Candidate &m : m_candidates) {
        if (m.first >= position || m.outAt < position || inStory[static_cast<std::size_t>(m.actor)])
            continue;
        const TimeMs t = index.time(m.first);
        const bool same = !current.members.empty() && current.target == m.target && current.kind == m.kind &&
                          t - current.last <= rule.maxGap;
        if (!same) {
            close(current);
            current.target = m.target;
            current.kind = m.kind;
            current.firstEvent = m.first;
            current.first = t;
        }
        current.members.push_back(m.actor);
        current.last = t;
        current.exposure += index.followers(m.actor);
    }
    close(current);
    std::sort(groups.begin(), groups.end(),
              [](const CrowdGroup &x, const CrowdGroup &y) { return x.firstEvent < y.firstEvent; });
    return groups;
}

} // namespace cascade
