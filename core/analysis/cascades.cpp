// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/cascades.h"

#include "core/model/case.h"
#include "core/model/interaction.h"

#include <algorithm>
#include <numeric>

namespace cascade {

namespace {

bool isRelay(EventKind kind)
{
    return kind == EventKind::Repost || kind == EventKind::Quote;
}

// Open addressing with linear probing on 64-bit keys, key and value side by side (one
// cache miss per lookup): the reconstruction does one lookup or insertion per interaction
// and per candidate relayer, and std::unordered_map's node allocations dominated. Keys
// must not be kEmpty.
template<typename Value>
class FlatMap
{
public:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t(0);

    explicit FlatMap(std::size_t expected)
    {
        std::size_t capacity = 16;
        while (capacity < expected * 2)
            capacity *= 2;
        m_slots.assign(capacity, Slot{});
    }

    // The value for key, inserted default-constructed if absent; `inserted` says which.
    Value &get(std::uint64_t key, bool &inserted)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        Slot &slot = m_slots[find(key)];
        inserted = slot.key == kEmpty;
        if (inserted) {
            slot.key = key;
            slot.value = Value{};
            ++m_size;
        }
        return slot.value;
    }

    const Value *lookup(std::uint64_t key) const
    {
        const Slot &slot = m_slots[find(key)];
        return slot.key == kEmpty ? nullptr : &slot.value;
    }

private:
    struct Slot {
        std::uint64_t key = kEmpty;
        Value value{};
    };

    std::size_t find(std::uint64_t key) const
    {
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
        while (m_slots[i].key != kEmpty && m_slots[i].key != key)
            i = (i + 1) & mask;
        return i;
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (const Slot &slot : old)
            if (slot.key != kEmpty)
                m_slots[find(slot.key)] = slot;
    }

    std::vector<Slot> m_slots;
    std::size_t m_size = 0;
};

// The same for keys alone (8-byte slots: the pair set is the largest table).
class FlatSet
{
public:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t(0);

    explicit FlatSet(std::size_t expected)
    {
        std::size_t capacity = 16;
        while (capacity < expected * 2)
            capacity *= 2;
        m_keys.assign(capacity, kEmpty);
    }

    // Inserts key; false when it was already there.
    bool insert(std::uint64_t key)
    {
        if ((m_size + 1) * 2 > m_keys.size())
            grow();
        std::uint64_t &slot = m_keys[find(key)];
        if (slot != kEmpty)
            return false;
        slot = key;
        ++m_size;
        return true;
    }

    bool contains(std::uint64_t key) const { return m_keys[find(key)] != kEmpty; }

private:
    std::size_t find(std::uint64_t key) const
    {
        const std::size_t mask = m_keys.size() - 1;
        std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
        while (m_keys[i] != kEmpty && m_keys[i] != key)
            i = (i + 1) & mask;
        return i;
    }

    void grow()
    {
        std::vector<std::uint64_t> old(m_keys.size() * 2, kEmpty);
        old.swap(m_keys);
        for (std::uint64_t key : old)
            if (key != kEmpty)
                m_keys[find(key)] = key;
    }

    std::vector<std::uint64_t> m_keys;
    std::size_t m_size = 0;
};

// Who has interacted with whom so far: the exposure evidence.
class ContactBook
{
public:
    explicit ContactBook(std::size_t actors, std::size_t expectedPairs)
        : m_pairs(expectedPairs)
        , m_contacts(actors)
    {
    }

    void add(ActorId a, ActorId b)
    {
        if (a == b)
            return;
        if (!m_pairs.insert(linkKey(a, b)))
            return;
        m_contacts[static_cast<std::size_t>(a)].push_back(b);
        m_contacts[static_cast<std::size_t>(b)].push_back(a);
    }

    bool know(ActorId a, ActorId b) const { return m_pairs.contains(linkKey(a, b)); }
    const std::vector<ActorId> &contactsOf(ActorId a) const { return m_contacts[static_cast<std::size_t>(a)]; }

private:
    FlatSet m_pairs;
    std::vector<std::vector<ActorId>> m_contacts;
};

// The relays of each content event X, as a doubly linked list over event ids (an event
// is in at most one list: the one of its parent), X itself standing in front of its list;
// and each (X, actor)'s first and last relay of X.
class RelayIndex
{
public:
    RelayIndex(std::size_t events, std::size_t actors, std::size_t expected)
        : m_latestBy(actors, kNoEvent)
        , m_first(events, kNoEvent)
        , m_last(events, kNoEvent)
        , m_prev(events, kNoEvent)
        , m_next(events, kNoEvent)
        , m_count(events, 0)
        , m_byActor(expected)
    {
    }

    // Makes X a content (its author relays it through X itself); once per X.
    void addContent(EventId x, ActorId author)
    {
        if (m_count[static_cast<std::size_t>(x)] > 0)
            return;
        m_count[static_cast<std::size_t>(x)] = 1;
        bool inserted = false;
        Span &s = m_byActor.get(orderedPairKey(x, author), inserted);
        s.first = s.last = x;
    }

    // Records that `actor` relayed X through `event`.
    void add(EventId x, EventId event, ActorId actor)
    {
        const auto ux = static_cast<std::size_t>(x);
        if (m_last[ux] == kNoEvent) {
            m_first[ux] = event;
        } else {
            m_next[static_cast<std::size_t>(m_last[ux])] = event;
            m_prev[static_cast<std::size_t>(event)] = m_last[ux];
        }
        m_last[ux] = event;
        ++m_count[ux];
        m_latestBy[static_cast<std::size_t>(actor)] = event;
        bool inserted = false;
        Span &s = m_byActor.get(orderedPairKey(x, actor), inserted);
        if (inserted)
            s.first = event;
        s.last = event;
    }

    // False when `actor` cannot have relayed X: its latest relay of anything is older
    // than X (a cheap filter before the hash lookup; X's own author always passes).
    bool mayHaveRelayed(EventId x, ActorId actor, ActorId authorOfX) const
    {
        return actor == authorOfX || m_latestBy[static_cast<std::size_t>(actor)] > x;
    }

    std::int32_t count(EventId x) const { return m_count[static_cast<std::size_t>(x)]; } // X included
    EventId firstRelay(EventId x) const { return m_first[static_cast<std::size_t>(x)]; }
    EventId lastRelay(EventId x) const { return m_last[static_cast<std::size_t>(x)]; }
    EventId next(EventId e) const { return m_next[static_cast<std::size_t>(e)]; }
    EventId prev(EventId e) const { return m_prev[static_cast<std::size_t>(e)]; }

    struct Span {
        EventId first = kNoEvent;
        EventId last = kNoEvent;
    };
    const Span *byActor(EventId x, ActorId actor) const { return m_byActor.lookup(orderedPairKey(x, actor)); }

private:
    std::vector<EventId> m_latestBy; // by actor
    std::vector<EventId> m_first, m_last, m_prev, m_next;
    std::vector<std::int32_t> m_count;
    FlatMap<Span> m_byActor;
};

// The relay of X that v's relay is credited to under `rule`, or kNoEvent for "X itself".
// Walks whichever is shorter: v's contacts, or the relays of X so far.
EventId exposedRelay(const Case &c, const ContactBook &book, const RelayIndex &relays, EventId x, ActorId v,
                     CreditRule rule)
{
    const bool recent = rule == CreditRule::MostRecent;
    const std::vector<ActorId> &contacts = book.contactsOf(v);
    if (static_cast<std::int32_t>(contacts.size()) <= relays.count(x)) {
        EventId best = kNoEvent;
        const ActorId authorOfX = c.events[static_cast<std::size_t>(x)].author;
        for (ActorId u : contacts) {
            if (!relays.mayHaveRelayed(x, u, authorOfX))
                continue;
            const RelayIndex::Span *s = relays.byActor(x, u);
            if (!s)
                continue;
            const EventId candidate = recent ? s->last : s->first;
            if (best == kNoEvent || (recent ? candidate > best : candidate < best))
                best = candidate;
        }
        return best;
    }
    auto exposedTo = [&](EventId e) {
        const ActorId u = c.events[static_cast<std::size_t>(e)].author;
        return u != v && book.know(u, v);
    };
    if (recent) {
        for (EventId e = relays.lastRelay(x); e != kNoEvent; e = relays.prev(e))
            if (exposedTo(e))
                return e;
        return exposedTo(x) ? x : kNoEvent;
    }
    if (exposedTo(x))
        return x;
    for (EventId e = relays.firstRelay(x); e != kNoEvent; e = relays.next(e))
        if (exposedTo(e))
            return e;
    return kNoEvent;
}

} // namespace

const char *creditRuleName(CreditRule rule)
{
    switch (rule) {
    case CreditRule::MostRecent:
        return "recent";
    case CreditRule::First:
        return "first";
    case CreditRule::RootOnly:
        return "root";
    }
    return "recent";
}

std::optional<CreditRule> creditRuleFromName(std::string_view name)
{
    for (CreditRule rule : {CreditRule::MostRecent, CreditRule::First, CreditRule::RootOnly})
        if (name == creditRuleName(rule))
            return rule;
    return std::nullopt;
}

const char *cascadeShapeName(CascadeShape shape)
{
    switch (shape) {
    case CascadeShape::Single:
        return "single";
    case CascadeShape::Broadcast:
        return "broadcast";
    case CascadeShape::Viral:
        return "viral";
    }
    return "single";
}

TreeMeasures measureTree(std::span<const std::int32_t> parent)
{
    TreeMeasures m;
    const std::size_t n = parent.size();
    m.size = static_cast<std::int32_t>(n);
    if (n <= 1)
        return m;
    std::vector<std::int32_t> depth(n, 0), children(n, 0), below(n, 1);
    for (std::size_t i = 1; i < n; ++i) {
        const auto p = static_cast<std::size_t>(parent[i]);
        depth[i] = depth[p] + 1;
        m.depth = std::max(m.depth, depth[i]);
        m.width = std::max(m.width, ++children[p]);
    }
    double pairDistances = 0; // sum over edges of s (n - s), each unordered pair once
    for (std::size_t i = n; i-- > 1;) {
        below[static_cast<std::size_t>(parent[i])] += below[i];
        pairDistances += static_cast<double>(below[i]) * static_cast<double>(n - static_cast<std::size_t>(below[i]));
    }
    if (n > 1)
        m.structuralVirality = 2.0 * pairDistances / (static_cast<double>(n) * static_cast<double>(n - 1));
    m.shape = m.depth == 0 ? CascadeShape::Single : m.depth == 1 ? CascadeShape::Broadcast : CascadeShape::Viral;
    return m;
}

namespace {

// Orders cascades by root event and rewrites every index into them.
void sortCascadesByRoot(std::vector<EventId> &roots, CascadeReconstruction &r)
{
    std::vector<std::int32_t> order(roots.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::int32_t x, std::int32_t y) {
        return roots[static_cast<std::size_t>(x)] < roots[static_cast<std::size_t>(y)];
    });
    std::vector<std::int32_t> rank(roots.size());
    std::vector<EventId> sorted(roots.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        rank[static_cast<std::size_t>(order[i])] = static_cast<std::int32_t>(i);
        sorted[i] = roots[static_cast<std::size_t>(order[i])];
    }
    roots.swap(sorted);
    for (std::int32_t &k : r.cascadeOfEvent)
        if (k >= 0)
            k = rank[static_cast<std::size_t>(k)];
    for (Attribution &a : r.attributions)
        a.cascade = rank[static_cast<std::size_t>(a.cascade)];
}

// Tree measures per cascade (through measureTree, on each cascade's events renumbered in
// event order) and the per-actor sums.
void measureCascades(const Case &c, std::size_t end, const std::vector<EventId> &roots, CascadeReconstruction &r)
{
    const std::size_t cascadeCount = roots.size();
    r.cascades.resize(cascadeCount);
    // Members of each cascade in event order (counting sort), and their local indexes.
    std::vector<std::int32_t> start(cascadeCount + 1, 0);
    for (std::size_t e = 0; e < end; ++e)
        if (r.cascadeOfEvent[e] >= 0)
            ++start[static_cast<std::size_t>(r.cascadeOfEvent[e]) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<EventId> members(static_cast<std::size_t>(start.back()));
    std::vector<std::int32_t> local(end, -1);
    {
        std::vector<std::int32_t> fill(start.begin(), start.end() - 1);
        for (std::size_t e = 0; e < end; ++e) {
            const std::int32_t k = r.cascadeOfEvent[e];
            if (k < 0)
                continue;
            const std::int32_t slot = fill[static_cast<std::size_t>(k)]++;
            local[e] = slot - start[static_cast<std::size_t>(k)];
            members[static_cast<std::size_t>(slot)] = static_cast<EventId>(e);
        }
    }
    std::vector<std::int32_t> parents;
    for (std::size_t k = 0; k < cascadeCount; ++k) {
        CascadeStats &cs = r.cascades[k];
        cs.root = roots[k];
        cs.seed = c.events[static_cast<std::size_t>(cs.root)].author;
        parents.clear();
        for (std::int32_t i = start[k]; i < start[k + 1]; ++i) {
            const EventId p = r.treeParent[static_cast<std::size_t>(members[static_cast<std::size_t>(i)])];
            parents.push_back(p == kNoEvent ? -1 : local[static_cast<std::size_t>(p)]);
        }
        cs.tree = measureTree(parents);
        ActorCascadeStats &seed = r.actors[static_cast<std::size_t>(cs.seed)];
        ++seed.cascadesSeeded;
        seed.seededTotalSize += cs.tree.size;
    }
    for (const Attribution &a : r.attributions) {
        if (a.inferred)
            ++r.cascades[static_cast<std::size_t>(a.cascade)].inferredEdges;
        if (a.parentActor != c.events[static_cast<std::size_t>(a.event)].author)
            ++r.actors[static_cast<std::size_t>(a.parentActor)].directChildren;
    }

    // Downstream: for each actor, the events by others under its topmost events (those with
    // no ancestor by the same actor, so nested relays are not counted twice), found by a
    // depth-first walk that keeps how many of each actor's events are on the current path.
    std::vector<std::int32_t> below(end, 0);
    std::vector<std::int32_t> childStart(end + 1, 0);
    for (std::size_t e = 0; e < end; ++e) {
        if (r.cascadeOfEvent[e] < 0)
            continue;
        below[e] = 1;
        if (r.treeParent[e] != kNoEvent)
            ++childStart[static_cast<std::size_t>(r.treeParent[e]) + 1];
    }
    for (std::size_t e = end; e-- > 0;)
        if (r.cascadeOfEvent[e] >= 0 && r.treeParent[e] != kNoEvent)
            below[static_cast<std::size_t>(r.treeParent[e])] += below[e];
    std::partial_sum(childStart.begin(), childStart.end(), childStart.begin());
    std::vector<EventId> children(static_cast<std::size_t>(childStart.back()));
    {
        std::vector<std::int32_t> fill(childStart.begin(), childStart.end() - 1);
        for (std::size_t e = 0; e < end; ++e)
            if (r.cascadeOfEvent[e] >= 0 && r.treeParent[e] != kNoEvent)
                children[static_cast<std::size_t>(fill[static_cast<std::size_t>(r.treeParent[e])]++)] = static_cast<EventId>(e);
    }
    std::vector<std::int32_t> onPath(c.actors.size(), 0);
    std::vector<std::pair<EventId, bool>> stack; // (event, leaving)
    for (EventId root : roots) {
        stack.push_back({root, false});
        while (!stack.empty()) {
            const auto [e, leaving] = stack.back();
            stack.pop_back();
            const auto ue = static_cast<std::size_t>(e);
            const auto author = static_cast<std::size_t>(c.events[ue].author);
            if (leaving) {
                --onPath[author];
                continue;
            }
            if (onPath[author] == 0)
                r.actors[author].downstream += below[ue];
            r.actors[author].downstream -= 1; // its own event
            ++onPath[author];
            stack.push_back({e, true});
            for (std::int32_t i = childStart[ue]; i < childStart[ue + 1]; ++i)
                stack.push_back({children[static_cast<std::size_t>(i)], false});
        }
    }
}

} // namespace

CascadeReconstruction reconstructCascades(const Case &c, CreditRule rule, TimeMs at, const std::atomic<bool> *cancel)
{
    CascadeReconstruction r;
    r.rule = rule;
    r.at = at;
    const std::size_t eventCount = c.events.size();
    const auto endIt = std::upper_bound(c.events.begin(), c.events.end(), at,
                                        [](TimeMs t, const Event &e) { return t < e.time; });
    const auto end = static_cast<std::size_t>(endIt - c.events.begin());
    r.cascadeOfEvent.assign(eventCount, -1);
    r.treeParent.assign(eventCount, kNoEvent);
    r.actors.assign(c.actors.size(), {});

    const bool infer = rule != CreditRule::RootOnly;
    ContactBook book(infer ? c.actors.size() : 0, infer ? end : 0);
    RelayIndex relays(infer ? eventCount : 0, infer ? c.actors.size() : 0, infer ? end : 0);
    std::vector<Interaction> links;
    std::vector<EventId> roots; // by cascade index, in creation order
    auto authorOf = [&](EventId e) { return c.events[static_cast<std::size_t>(e)].author; };

    for (std::size_t i = 0; i < end; ++i) {
        if (cancel && (i & 0xFFFF) == 0 && cancel->load(std::memory_order_relaxed)) {
            CascadeReconstruction stopped;
            stopped.rule = rule;
            stopped.at = at;
            stopped.cancelled = true;
            return stopped;
        }
        const Event &e = c.events[i];
        const auto id = static_cast<EventId>(i);
        if (infer) {
            // The relay's own mentions are evidence of exposure; its link to the parent's
            // author is not (it is what we are trying to explain), so it goes in afterwards.
            links.clear();
            appendInteractions(c, id, links);
            for (const Interaction &in : links)
                if (in.kind == InteractionKind::Mention || in.kind == InteractionKind::Offline)
                    book.add(in.from, in.to);
        }
        if (!isRelay(e.kind) || e.parent == kNoEvent) {
            if (e.kind == EventKind::Post) {
                r.cascadeOfEvent[i] = static_cast<std::int32_t>(roots.size());
                roots.push_back(id);
            }
        } else {
            const EventId x = e.parent;
            std::int32_t &k = r.cascadeOfEvent[static_cast<std::size_t>(x)];
            if (k < 0) { // a reply or an offline event relayed for the first time
                k = static_cast<std::int32_t>(roots.size());
                roots.push_back(x);
            }
            r.cascadeOfEvent[i] = k;
            EventId parentEvent = x;
            if (infer) {
                relays.addContent(x, authorOf(x));
                const EventId chosen = exposedRelay(c, book, relays, x, e.author, rule);
                if (chosen != kNoEvent)
                    parentEvent = chosen;
                relays.add(x, id, e.author);
            }
            const ActorId parentActor = authorOf(parentEvent);
            r.treeParent[i] = parentEvent;
            r.attributions.push_back({id, parentEvent, parentActor, k,
                                      e.provenance.inferred || parentActor != authorOf(x)});
        }
        if (infer)
            for (const Interaction &in : links)
                if (in.kind != InteractionKind::Mention && in.kind != InteractionKind::Offline)
                    book.add(in.from, in.to);
    }
    sortCascadesByRoot(roots, r);
    measureCascades(c, end, roots, r);
    return r;
}

bool creditRulesAgree(const Case &c, const CascadeReconstruction &cascades)
{
    if (cascades.rule == CreditRule::RootOnly || cascades.cancelled)
        return false;
    for (const Attribution &a : cascades.attributions)
        if (a.parentEvent != c.events[static_cast<std::size_t>(a.event)].parent)
            return false;
    return true;
}

RuleComparison compareCreditRules(const Case &c, const CascadeReconstruction &a, const CascadeReconstruction &b,
                                  int topK)
{
    RuleComparison result;
    result.a = a.rule;
    result.b = b.rule;
    // The actors that wrote a cascade event (the same for every rule at the same time).
    std::vector<std::uint8_t> involved(c.actors.size(), 0);
    for (std::size_t e = 0; e < a.cascadeOfEvent.size(); ++e)
        if (a.cascadeOfEvent[e] >= 0)
            involved[static_cast<std::size_t>(c.events[e].author)] = 1;
    std::vector<double> childrenA, childrenB, downA, downB;
    for (std::size_t actor = 0; actor < involved.size(); ++actor) {
        if (!involved[actor])
            continue;
        childrenA.push_back(a.actors[actor].directChildren);
        childrenB.push_back(b.actors[actor].directChildren);
        downA.push_back(static_cast<double>(a.actors[actor].downstream));
        downB.push_back(static_cast<double>(b.actors[actor].downstream));
    }
    result.directChildren = compareRankings(childrenA, childrenB, topK);
    result.downstream = compareRankings(downA, downB, topK);
    return result;
}

const Attribution *CascadeReconstruction::attributionOf(EventId event) const
{
    const auto it = std::lower_bound(attributions.begin(), attributions.end(), event,
                                     [](const Attribution &a, EventId e) { return a.event < e; });
    return it != attributions.end() && it->event == event ? &*it : nullptr;
}

} // namespace cascade
