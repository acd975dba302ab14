// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"
#include "core/model/time.h"

#include <QString>

#include <array>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace cascade {

struct Case;
class TimeIndex;

// The information-flow graph as of a time: a simple directed graph with an edge a -> b
// when some event at or before that time lets a message travel from a to b
// (messageFlows(): the original's author to a reposter or quoter, both ways for a reply,
// the author to each actor mentioned or reached offline). Parallel flows are merged and
// self-loops dropped. Adjacency lists are sorted.
class FlowGraph
{
public:
    FlowGraph() = default;
    FlowGraph(const TimeIndex &index, TimeMs asOf = std::numeric_limits<TimeMs>::max());

    int actorCount() const { return static_cast<int>(m_outOffsets.empty() ? 0 : m_outOffsets.size() - 1); }
    std::int64_t edgeCount() const { return static_cast<std::int64_t>(m_out.size()); }
    std::span<const ActorId> successors(ActorId a) const;
    std::span<const ActorId> predecessors(ActorId a) const;
    bool hasEdge(ActorId from, ActorId to) const;

private:
    std::vector<std::uint32_t> m_outOffsets, m_inOffsets;
    std::vector<ActorId> m_out, m_in;
};

// Gould & Fernandez (Sociological Methodology 1989, doi 10.2307/270949; docs/measures.md
// section 7): v brokers the ordered pair (a, b) when a -> v -> b and not a -> b (a, b, v
// distinct). With the actors' roles as groups, writing A for v's group:
//   coordinator     A -> A -> A   (within its own group)
//   itinerant       B -> A -> B   (between two members of another group)
//   gatekeeper      B -> A -> A   (lets another group's message into its own)
//   representative  A -> A -> B   (carries its own group's message out)
//   liaison         B -> A -> C   (between two groups it does not belong to)
// Triads with an actor without a role are not counted.
enum class BrokerageRole : std::uint8_t { Coordinator, Itinerant, Gatekeeper, Representative, Liaison };
inline constexpr int kBrokerageRoleCount = 5;
const char *brokerageRoleName(BrokerageRole role); // "coordinator", ...

struct Brokerage {
    std::array<std::int64_t, kBrokerageRoleCount> counts{};
    bool computed = true; // false when left out to stay within a budget (see brokerageAll)

    std::int64_t count(BrokerageRole role) const { return counts[static_cast<std::size_t>(role)]; }
    std::int64_t total() const;
    // The role with the highest count (ties: the earlier in the enum); meaningful only
    // when hasDominant(), i.e. the actor brokers at least one pair.
    bool hasDominant() const { return total() > 0; }
    BrokerageRole dominant() const;

    friend bool operator==(const Brokerage &, const Brokerage &) = default;
};

// The brokerage counts of one actor: O(in-degree * out-degree * log degree).
Brokerage brokerage(const FlowGraph &graph, std::span<const RoleId> roles, ActorId v);

// For every actor, as long as the work (sum over actors of in-degree * out-degree) stays
// within `maxPairs`; otherwise every entry has computed == false (compute the selected
// actor alone with brokerage()).
std::vector<Brokerage> brokerageAll(const FlowGraph &graph, std::span<const RoleId> roles,
                                    std::int64_t maxPairs = 50'000'000);

// The actors' roles by ActorId (kNoRole when unset).
std::vector<RoleId> actorRoles(const Case &c);

// A plain-language sentence about v's dominant brokerage role for the inspector, e.g.
// "@AnnCurry (Journalist) is mostly a liaison: in 113 of 149 brokered pairs it passes a
// message between two groups it does not belong to, most often NGO to Public."
QString brokerageSentence(const Case &c, const FlowGraph &graph, ActorId v);

} // namespace cascade
