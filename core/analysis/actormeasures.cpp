// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/actormeasures.h"

#include "core/analysis/caseanalysis.h"
#include "core/model/case.h"
#include "core/timeline/snapshot.h"

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

void fillCloseness(const CaseAnalysis &analysis, TimeMs asOf, MeasuresTable &table, std::int64_t budget)
{
    const TimeIndex &index = analysis.index();
    const std::int64_t perActor = std::int64_t(index.eventCount()) + index.actorCount();
    std::int64_t work = 0;
    for (ActorId a = 0; a < index.actorCount(); ++a)
        if (index.firstEventBy(a) != kNoEvent && index.firstEventBy(a) < table.position)
            work += perActor;
    if (work > budget)
        return;
    for (ActorId a = 0; a < index.actorCount(); ++a)
        if (index.firstEventBy(a) != kNoEvent && index.firstEventBy(a) < table.position)
            table.rows[static_cast<std::size_t>(a)].closeness = harmonicTemporalCloseness(index, a, asOf);
    table.closenessComputed = true;
}

} // namespace

std::vector<ActorCounts> countsAt(const CaseAnalysis &analysis, TimeMs asOf)
{
    Snapshot snapshot(analysis.index());
    snapshot.setTime(asOf);
    return {snapshot.allCounts().begin(), snapshot.allCounts().end()};
}

MeasuresTable measureActors(const CaseAnalysis &analysis, TimeMs asOf, const MeasureOptions &options,
                            const CascadeReconstruction *cascades)
{
    const TimeIndex &index = analysis.index();
    const Case &c = analysis.caseData();
    MeasuresTable table;
    table.asOf = asOf;
    table.position = index.positionAt(asOf);
    const auto actors = static_cast<std::size_t>(index.actorCount());
    table.rows.resize(actors);

    Snapshot snapshot(index);
    snapshot.setPosition(table.position);
    const TemporalReach &reach = analysis.originReach();
    for (std::size_t i = 0; i < actors; ++i) {
        ActorMeasures &row = table.rows[i];
        const auto a = static_cast<ActorId>(i);
        row.actor = a;
        row.visible = snapshot.isVisible(a);
        row.followers = index.followers(a);
        row.counts = snapshot.counts(a);
        if (reach.source != kNoActor && reach.reached(a, asOf)) {
            row.reached = true;
            row.arrival = reach.arrival[i];
            row.latency = row.arrival - reach.start;
        }
    }

    if (cascades || options.cascades) {
        CascadeReconstruction own;
        if (!cascades) {
            own = reconstructCascades(c, options.creditRule, asOf, options.cancel);
            cascades = &own;
        }
        table.creditRule = cascades->rule;
        table.cascadesComputed = !cascades->cancelled;
        std::int64_t total = 0;
        for (const CascadeStats &cs : cascades->cascades)
            total += cs.tree.size;
        for (std::size_t i = 0; i < actors && i < cascades->actors.size(); ++i) {
            ActorMeasures &row = table.rows[i];
            row.cascade = cascades->actors[i];
            row.cascadeShare = total > 0 ? static_cast<double>(row.cascade.seededTotalSize) / static_cast<double>(total) : 0.0;
        }
    }

    const auto cancelled = [&options] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    if (cancelled())
        return table;
    if (options.centrality) {
        CentralityOptions centralityOptions = options.centralityOptions;
        if (!centralityOptions.cancel)
            centralityOptions.cancel = options.cancel;
        const ActorCentrality centrality = actorCentrality(c, asOf, centralityOptions);
        if (!centrality.cancelled) {
            table.centralityComputed = true;
            table.betweennessEstimated = centrality.betweennessEstimated;
            for (std::size_t i = 0; i < actors; ++i) {
                table.rows[i].pageRank = centrality.pageRank[i];
                table.rows[i].betweenness = centrality.betweenness[i];
                table.rows[i].coreNumber = centrality.coreNumber[i];
            }
        }
    }

    if (cancelled())
        return table;
    fillCloseness(analysis, asOf, table, options.closenessBudget);
    if (cancelled())
        return table;

    const FlowGraph graph(index, asOf);
    std::vector<Brokerage> brokerage = brokerageAll(graph, analysis.roles(), options.brokerageBudget);
    table.brokerageComputed = brokerage.empty() || brokerage.front().computed;
    for (std::size_t i = 0; i < actors; ++i)
        table.rows[i].brokerage = brokerage[i];
    return table;
}

ActorDetail actorDetail(const CaseAnalysis &analysis, ActorId actor, TimeMs asOf, const MeasureOptions &options,
                        const CascadeReconstruction *cascades)
{
    MeasureOptions light = options;
    light.closenessBudget = 0;
    light.brokerageBudget = 0;
    const MeasuresTable table = measureActors(analysis, asOf, light, cascades);
    const TimeIndex &index = analysis.index();
    ActorDetail detail;
    detail.measures = table.rows[static_cast<std::size_t>(actor)];
    detail.measures.closeness = harmonicTemporalCloseness(index, actor, asOf);
    const FlowGraph graph(index, asOf);
    detail.measures.brokerage = brokerage(graph, analysis.roles(), actor);
    detail.brokerageText = brokerageSentence(analysis.caseData(), graph, actor);
    detail.pathFromOrigin = temporalPath(index, analysis.originReach(), actor, asOf);
    detail.whatIf = whatIfRemoved(index, analysis.originReach(), actor, analysis.targets(), asOf);
    return detail;
}

const char *measureName(Measure m)
{
    switch (m) {
    case Measure::Followers:
        return "followers";
    case Measure::Posts:
        return "posts";
    case Measure::RepostsReceived:
        return "reposts";
    case Measure::RepliesReceived:
        return "replies";
    case Measure::QuotesReceived:
        return "quotes";
    case Measure::MentionsReceived:
        return "mentions";
    case Measure::Exposure:
        return "exposure";
    case Measure::CascadeSize:
        return "cascade";
    case Measure::CascadeShare:
        return "share";
    case Measure::Children:
        return "children";
    case Measure::Subtree:
        return "subtree";
    case Measure::PageRank:
        return "pagerank";
    case Measure::Betweenness:
        return "betweenness";
    case Measure::CoreNumber:
        return "kcore";
    case Measure::Latency:
        return "latency";
    case Measure::Closeness:
        return "closeness";
    case Measure::Brokerage:
        return "brokerage";
    }
    return "followers";
}

std::optional<Measure> measureFromName(const QString &name)
{
    for (int i = 0; i < kMeasureCount; ++i)
        if (name == QLatin1String(measureName(static_cast<Measure>(i))))
            return static_cast<Measure>(i);
    return std::nullopt;
}

double measureValue(const ActorMeasures &row, Measure m)
{
    switch (m) {
    case Measure::Followers:
        return static_cast<double>(row.followers);
    case Measure::Posts:
        return row.counts.posts();
    case Measure::RepostsReceived:
        return row.counts.repostsReceived();
    case Measure::RepliesReceived:
        return row.counts.repliesReceived();
    case Measure::QuotesReceived:
        return row.counts.quotesReceived();
    case Measure::MentionsReceived:
        return row.counts.mentionsReceived();
    case Measure::Exposure:
        return static_cast<double>(row.counts.exposure);
    case Measure::CascadeSize:
        return static_cast<double>(row.cascade.seededTotalSize);
    case Measure::CascadeShare:
        return row.cascadeShare;
    case Measure::Children:
        return row.cascade.directChildren;
    case Measure::Subtree:
        return static_cast<double>(row.cascade.downstream);
    case Measure::PageRank:
        return row.pageRank;
    case Measure::Betweenness:
        return row.betweenness;
    case Measure::CoreNumber:
        return row.coreNumber;
    case Measure::Latency:
        return row.reached ? -static_cast<double>(row.latency) : -HUGE_VAL;
    case Measure::Closeness:
        return row.closeness;
    case Measure::Brokerage:
        return static_cast<double>(row.brokerage.total());
    }
    return 0;
}

std::vector<ActorId> rankActors(const MeasuresTable &table, Measure m)
{
    std::vector<ActorId> ids;
    for (const ActorMeasures &row : table.rows)
        if (row.visible)
            ids.push_back(row.actor);
    std::stable_sort(ids.begin(), ids.end(), [&](ActorId x, ActorId y) {
        return measureValue(table.rows[static_cast<std::size_t>(x)], m)
               > measureValue(table.rows[static_cast<std::size_t>(y)], m);
    });
    return ids;
}

} // namespace cascade
