// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/ranking.h"
#include "core/model/ids.h"
#include "core/model/time.h"

#include <atomic>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace cascade {

struct Case;

// Who a repost or quote is credited to (docs/measures.md section 4; DeVerna et al. 2024,
// arXiv 2410.21554). Platform data credit every repost to the original's author; the
// other two rules infer the relayer in between.
enum class CreditRule : std::uint8_t {
    MostRecent, // the exposed relayer whose relay is the latest one before (the default)
    First,      // the exposed relayer whose relay is the earliest one
    RootOnly,   // the data's own attribution: the author of the relayed event
};
inline constexpr int kCreditRuleCount = 3;

// "recent", "first", "root" (the values of `cascade stats --rule`).
const char *creditRuleName(CreditRule rule);
std::optional<CreditRule> creditRuleFromName(std::string_view name);

inline constexpr TimeMs kEndOfTime = std::numeric_limits<TimeMs>::max();

// The credit given to one repost or quote.
struct Attribution {
    EventId event = kNoEvent;       // the repost or quote
    EventId parentEvent = kNoEvent; // the relay it hangs from in the cascade tree
    ActorId parentActor = kNoActor; // author of parentEvent
    std::int32_t cascade = -1;      // index into CascadeReconstruction::cascades
    bool inferred = false;          // false when the data gives this edge

    friend bool operator==(const Attribution &, const Attribution &) = default;
};

// Broadcast when everyone relays the root directly (depth 1), viral when deeper,
// Single when nobody relayed the root.
enum class CascadeShape : std::uint8_t { Single, Broadcast, Viral };
const char *cascadeShapeName(CascadeShape shape); // "single", "broadcast", "viral"

// Size, depth, width and structural virality of a tree (Goel, Anderson, Hofman, Watts,
// Management Science 2016; docs/measures.md section 3).
struct TreeMeasures {
    std::int32_t size = 0;  // nodes, root included
    std::int32_t depth = 0; // longest root-to-leaf path, in edges
    std::int32_t width = 0; // largest out-degree (number of children of one node)
    double structuralVirality = 0; // mean distance over pairs of distinct nodes; 0 below 2 nodes
    CascadeShape shape = CascadeShape::Single;
};

// The measures of a tree given by parent indexes: parent[0] == -1 (the root) and
// parent[i] < i for every other node. nu = 2 * sum over edges of s (n - s) / (n (n - 1)),
// with s the number of nodes below the edge: a star of n nodes gives 2 (n - 1) / n, a
// path (n + 1) / 3.
TreeMeasures measureTree(std::span<const std::int32_t> parent);

// One cascade: a root event and everything that relays it, directly or through relays.
struct CascadeStats {
    EventId root = kNoEvent;
    ActorId seed = kNoActor; // the root's author
    TreeMeasures tree;
    std::int32_t inferredEdges = 0;
};

// What each actor's relays and posts add up to over all cascades.
struct ActorCascadeStats {
    std::int32_t directChildren = 0; // relays by others credited to one of this actor's events
    std::int64_t downstream = 0;     // events by others in the subtrees under this actor's events
    std::int32_t cascadesSeeded = 0; // cascades whose root this actor wrote
    std::int64_t seededTotalSize = 0;
    // Mean size of the cascades it seeds (Bakshy, Hofman, Mason, Watts, WSDM 2011); 0 if none.
    double meanSeededSize() const
    {
        return cascadesSeeded > 0 ? static_cast<double>(seededTotalSize) / cascadesSeeded : 0.0;
    }
};

// Cascade reconstruction as of a time. Definitions:
// - Relays are reposts and quotes. The content an event relays is its parent event X
//   (Event::parent); a cascade is rooted at an event that is not a relay: every post,
//   and any reply or offline event that has been relayed. A relay belongs to the cascade
//   of its parent (a relay without a parent belongs to none). Tree nodes are events (an
//   actor relaying twice appears twice).
// - The relayers of X are X's author (through X) and the authors of the earlier relays
//   whose parent is X.
// - Exposure. We have no follow graph, so v counts as exposed to u when the two actors
//   have interacted, in either direction, in an event at or before v's relay: a reply,
//   mention, repost, quote or offline contact between them (any Interaction of
//   deriveInteractions(), including the mentions of v's relay itself). This stands in
//   for "follows, replied to, mentioned or was mentioned by".
// - MostRecent: among the relays of X by actors v is exposed to (v excluded), the latest
//   one before v's; First: the earliest; none, or RootOnly: X itself.
// - An edge to X's author is given by the data (observed) unless the relay's provenance
//   is marked inferred; an edge to another relayer is inferred.
// Only events at or before `at` count; the reconstruction is causal, so a later cursor
// never changes an earlier attribution. Safe to call from any thread; returns with
// `cancelled` set (and nothing else) as soon as *cancel becomes true.
struct CascadeReconstruction {
    CreditRule rule = CreditRule::MostRecent;
    TimeMs at = kEndOfTime;
    std::vector<CascadeStats> cascades;       // in root event order
    std::vector<Attribution> attributions;    // one per relay at or before `at`, in event order
    std::vector<ActorCascadeStats> actors;    // by ActorId
    std::vector<std::int32_t> cascadeOfEvent; // by EventId: index into cascades, -1 if none
    std::vector<EventId> treeParent;          // by EventId: parent in its tree, kNoEvent for roots
    bool cancelled = false;

    // The attribution of a relay, or nullptr for a non-relay or an event after `at`.
    const Attribution *attributionOf(EventId event) const;
};

CascadeReconstruction reconstructCascades(const Case &c, CreditRule rule = CreditRule::MostRecent,
                                          TimeMs at = kEndOfTime, const std::atomic<bool> *cancel = nullptr);

// True when the three credit rules credit every relay alike: each relay up to
// `cascades.at` hangs from the very event it relays, because no relayer had interacted
// with an earlier relayer of the same message (so MostRecent and First, which both fall
// back to the relayed event when no such relayer exists, agree with RootOnly). Needs a
// MostRecent or First reconstruction; false for a RootOnly one, which cannot tell.
bool creditRulesAgree(const Case &c, const CascadeReconstruction &cascades);

// How the per-actor rankings change from one rule to another (DeVerna et al. 2024):
// Spearman's rho and top-k overlap over the actors that wrote at least one cascade event,
// ranked by direct children and by downstream subtree size.
struct RuleComparison {
    CreditRule a = CreditRule::MostRecent;
    CreditRule b = CreditRule::RootOnly;
    RankingComparison directChildren;
    RankingComparison downstream;
};
RuleComparison compareCreditRules(const Case &c, const CascadeReconstruction &a, const CascadeReconstruction &b,
                                  int topK = 10);

} // namespace cascade
