// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/brokerage.h"
#include "core/analysis/cascades.h"
#include "core/analysis/centrality.h"
#include "core/analysis/temporalpaths.h"
#include "core/analysis/whatif.h"
#include "core/model/ids.h"
#include "core/model/time.h"
#include "core/timeline/actorcounts.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace cascade {

class CaseAnalysis;

// Every measure of one actor as of a time, side by side (never one score: their
// rankings disagree, and that is the lesson; docs/measures.md, Cha et al. 2010).
struct ActorMeasures {
    ActorId actor = kNoActor;
    bool visible = false; // has appeared by the time (see Snapshot)

    // Section 1 and 2: audience, activity, attention received, potential exposure (an
    // upper bound: see ActorCounts::exposure and kPotentialExposureCaveat).
    std::int64_t followers = 0;
    ActorCounts counts;

    // Section 3: cascades under MeasuresTable::creditRule (reconstructCascades()):
    // cascades seeded and their total size, direct children, downstream subtree; and the
    // share: the size of the cascades it seeded over the size of all cascades.
    ActorCascadeStats cascade;
    double cascadeShare = 0;

    // Section 6: static centrality on the interaction graph (core/analysis/centrality.h).
    double pageRank = 0;
    double betweenness = 0;
    int coreNumber = 0;

    // Section 5: earliest time-respecting arrival from the case's origin, and harmonic
    // temporal closeness from this actor (see harmonicTemporalCloseness()).
    bool reached = false;
    TimeMs arrival = TemporalReach::kUnreached;
    TimeMs latency = 0; // arrival - the origin's first event, when reached
    double closeness = 0;

    // Section 7: brokerage counts by role on the information-flow graph.
    Brokerage brokerage;
};

// What measureActors() computes beyond the counts; each part has a budget so that a
// large case stays responsive (parts left out are flagged in the table).
struct MeasureOptions {
    bool centrality = true;
    CentralityOptions centralityOptions;
    bool cascades = true;
    CreditRule creditRule = CreditRule::MostRecent;
    // Closeness costs one reach computation per actor: computed for all actors when the
    // sum over actors of the events from their first one stays within this.
    std::int64_t closenessBudget = 100'000'000;
    std::int64_t brokerageBudget = 50'000'000; // see brokerageAll()
    // Polled by the long parts (cascades, centrality, closeness): when set, the table
    // comes back early with their ...Computed flags false.
    const std::atomic<bool> *cancel = nullptr;
};

struct MeasuresTable {
    TimeMs asOf = 0;
    int position = 0;                 // events counted
    std::vector<ActorMeasures> rows;  // by ActorId
    CreditRule creditRule = CreditRule::MostRecent;
    bool cascadesComputed = false;
    bool centralityComputed = false;
    bool betweennessEstimated = false; // sampled sources (large graph): an estimate
    bool closenessComputed = false;
    bool brokerageComputed = false;
};

// The measures of every actor as of asOf (events at or before it). Cascade credit comes
// from `cascades` when given (a reconstruction the caller keeps, which must be as of
// asOf) or from reconstructCascades(c, options.creditRule, asOf).
MeasuresTable measureActors(const CaseAnalysis &analysis, TimeMs asOf, const MeasureOptions &options = {},
                            const CascadeReconstruction *cascades = nullptr);

// The per-actor counts alone (Snapshot from the nearest checkpoint): what the table's
// first columns need, fast enough for every cursor move.
std::vector<ActorCounts> countsAt(const CaseAnalysis &analysis, TimeMs asOf);

// Everything the inspector shows about one actor.
struct ActorDetail {
    ActorMeasures measures;
    TemporalPath pathFromOrigin;  // the earliest path that reached it
    QString brokerageText;        // brokerageSentence()
    WhatIfResult whatIf;          // if it had not acted (targets: the case's)
};

// One actor in detail as of asOf; its closeness and brokerage are always computed. This
// builds a whole table (centrality and cascades included: about a second at 1M events);
// an inspector that already holds a table can call the parts instead: temporalPath(),
// harmonicTemporalCloseness(), brokerage() and brokerageSentence(), whatIfRemoved().
ActorDetail actorDetail(const CaseAnalysis &analysis, ActorId actor, TimeMs asOf,
                        const MeasureOptions &options = {}, const CascadeReconstruction *cascades = nullptr);

// Measure names for sorting (CLI --sort, table columns), in display order.
enum class Measure : std::uint8_t {
    Followers, Posts, RepostsReceived, RepliesReceived, QuotesReceived, MentionsReceived,
    Exposure, CascadeSize, CascadeShare, Children, Subtree, PageRank, Betweenness, CoreNumber,
    Latency, Closeness, Brokerage,
};
inline constexpr int kMeasureCount = 17;
const char *measureName(Measure m); // "followers", "posts", "reposts", "replies", "quotes",
                                    // "mentions", "exposure", "cascade", "share", "children",
                                    // "subtree", "pagerank", "betweenness", "kcore",
                                    // "latency", "closeness", "brokerage"
std::optional<Measure> measureFromName(const QString &name);
// The value used to rank by m (larger ranks first; latency is negated so the earliest
// arrivals rank first, unreached last).
double measureValue(const ActorMeasures &row, Measure m);
// Actor ids of the visible actors ranked by m (ties by ActorId).
std::vector<ActorId> rankActors(const MeasuresTable &table, Measure m);

} // namespace cascade
