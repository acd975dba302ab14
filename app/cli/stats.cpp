// SPDX-License-Identifier: GPL-3.0-or-later
// `cascade stats FILE [--at TIME] [--actor HANDLE] [--rule recent|first|root] [--top N]
// [--sort MEASURE] [--json]`: the influence measures of a case as of a time, the case
// summary, and one actor in detail; with --cascades, the cascades as of the time instead
// (docs/cli.md, section "stats"). Exit 0 on success, 1 when the file cannot be read, 2 on
// a usage error.
#include "app/cli/commands.h"
#include "app/presentation/displayformat.h"

#include "core/analysis/actormeasures.h"
#include "core/analysis/caseanalysis.h"
#include "core/analysis/cascades.h"
#include "core/analysis/cascadetree.h"
#include "core/analysis/casesummary.h"
#include "core/io/casefile.h"
#include "core/model/case.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

namespace cascade::cli {

namespace {

// Only the error messages are translated: the tables and the JSON are read by scripts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usage()
{
    QString measures;
    for (int i = 0; i < kMeasureCount; ++i)
        measures += (i ? QStringLiteral(", ") : QString()) + QLatin1String(measureName(static_cast<Measure>(i)));
    return QStringLiteral(
               "Usage: cascade stats FILE [--at TIME] [--actor HANDLE] [--rule recent|first|root]\n"
               "                          [--top N] [--sort MEASURE] [--json]\n"
               "       cascade stats FILE --cascades [--at TIME] [--rule RULE] [--top N]\n"
               "                          [--sort size|depth|width|virality|time] [--json]\n"
               "  --at TIME       as of this time (ISO 8601 with an offset; default: the end of the case)\n"
               "  --actor HANDLE  show this actor in detail (path, brokerage, what-if)\n"
               "  --rule RULE     cascade credit rule (default recent)\n"
               "  --top N         rows of the table (default 10, 0 for all)\n"
               "  --sort MEASURE  rank the table by: %1 (default followers);\n"
               "                  with --cascades: size (default), depth, width, virality, time\n"
               "  --cascades      list the cascades (relayed at least once) instead of the actors\n"
               "  --json          machine-readable output (keys documented in docs/cli.md)")
        .arg(measures);
}

int usageError(const QString &message)
{
    return reportUsageError("stats", message, usage());
}

QString compactDuration(TimeMs ms)
{
    return DisplayFormat::duration(ms, DisplayFormat::DurationStyle::Compact);
}

// Text output shows times in the case's display zone (with the offset), JSON in UTC.
class LocalTime
{
public:
    explicit LocalTime(const Case &c)
        : m_zone(c.displayZone.toUtf8())
    {
    }
    QString operator()(TimeMs t) const
    {
        if (!m_zone.isValid())
            return formatIsoUtc(t);
        return toDateTime(t, m_zone).toString(Qt::ISODate);
    }

private:
    QTimeZone m_zone;
};

struct Options {
    QString file;
    std::optional<TimeMs> at;
    QString actor;
    CreditRule rule = CreditRule::MostRecent;
    int top = 10;
    Measure sort = Measure::Followers;
    bool cascades = false;
    CascadeSort cascadeSort = CascadeSort::Size;
    bool json = false;
};

// Parses the arguments; returns an exit code when it should stop (help or error).
std::optional<int> parse(const QStringList &args, Options &o)
{
    QString sort;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args[i];
        if (name == QLatin1String("-h") || name == QLatin1String("--help")) {
            printOut(usage());
            return 0;
        }
        if (name == QLatin1String("--json")) {
            o.json = true;
            continue;
        }
        if (name == QLatin1String("--cascades")) {
            o.cascades = true;
            continue;
        }
        if (!name.startsWith(QLatin1String("--"))) {
            if (!o.file.isEmpty())
                return usageError(Text::tr("more than one file given"));
            o.file = name;
            continue;
        }
        QString value;
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq > 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
        }
        static const QStringList known = {QStringLiteral("--at"), QStringLiteral("--actor"), QStringLiteral("--rule"),
                                          QStringLiteral("--top"), QStringLiteral("--sort")};
        if (!known.contains(name))
            return usageError(Text::tr("unknown argument \"%1\"").arg(args[i]));
        if (eq <= 0) {
            if (i + 1 >= args.size())
                return usageError(Text::tr("%1 needs a value").arg(name));
            value = args[++i];
        }
        if (name == QLatin1String("--at")) {
            TimeParseError error = TimeParseError::None;
            o.at = parseIsoTime(QStringView(value), &error);
            if (!o.at)
                return usageError(Text::tr("--at \"%1\": %2").arg(value, timeParseErrorText(error)));
        } else if (name == QLatin1String("--actor")) {
            o.actor = value;
        } else if (name == QLatin1String("--rule")) {
            const QByteArray utf8 = value.toUtf8();
            const auto rule = creditRuleFromName(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
            if (!rule)
                return usageError(Text::tr("unknown rule \"%1\" (recent, first or root)").arg(value));
            o.rule = *rule;
        } else if (name == QLatin1String("--top")) {
            bool ok = false;
            o.top = value.toInt(&ok);
            if (!ok || o.top < 0)
                return usageError(Text::tr("--top needs a number >= 0"));
        } else if (name == QLatin1String("--sort")) {
            sort = value; // read once --cascades is known
        } else {
            return usageError(Text::tr("unknown argument \"%1\"").arg(args[i]));
        }
    }
    if (o.file.isEmpty())
        return usageError(Text::tr("no case file given"));
    if (o.cascades && !o.actor.isEmpty())
        return usageError(Text::tr("--actor and --cascades cannot be used together"));
    if (!sort.isEmpty() && o.cascades) {
        const QByteArray utf8 = sort.toUtf8();
        const auto by = cascadeSortFromName(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        if (!by)
            return usageError(Text::tr("unknown cascade measure \"%1\" (size, depth, width, virality or time)").arg(sort));
        o.cascadeSort = *by;
    } else if (!sort.isEmpty()) {
        const auto m = measureFromName(sort);
        if (!m)
            return usageError(Text::tr("unknown measure \"%1\"").arg(sort));
        o.sort = *m;
    }
    return std::nullopt;
}

QString handle(const Case &c, ActorId a)
{
    return a == kNoActor ? QString() : c.actors[static_cast<std::size_t>(a)].handle;
}

QString roleLabelOf(const Case &c, ActorId a)
{
    const RoleId r = c.actors[static_cast<std::size_t>(a)].role;
    return r == kNoRole ? QString() : c.roles[static_cast<std::size_t>(r)].id;
}

QJsonValue timeOrNull(TimeMs t)
{
    return t == TemporalReach::kUnreached ? QJsonValue() : QJsonValue(formatIsoUtc(t));
}

QJsonArray pathJson(const Case &c, const TemporalPath &path)
{
    QJsonArray steps;
    for (const PathStep &s : path.steps)
        steps.append(QJsonObject{{QStringLiteral("actor"), handle(c, s.actor)},
                                 {QStringLiteral("event"), c.events[static_cast<std::size_t>(s.event)].key},
                                 {QStringLiteral("time"), formatIsoUtc(s.time)},
                                 {QStringLiteral("how"), QLatin1String(pathStepHowName(s.how))}});
    return steps;
}

QJsonObject measuresJson(const Case &c, const ActorMeasures &m)
{
    QJsonObject brokerage;
    for (int r = 0; r < kBrokerageRoleCount; ++r)
        brokerage.insert(QLatin1String(brokerageRoleName(static_cast<BrokerageRole>(r))),
                         static_cast<qint64>(m.brokerage.counts[static_cast<std::size_t>(r)]));
    brokerage.insert(QStringLiteral("dominant"), m.brokerage.hasDominant()
                                                     ? QJsonValue(QLatin1String(brokerageRoleName(m.brokerage.dominant())))
                                                     : QJsonValue());
    brokerage.insert(QStringLiteral("computed"), m.brokerage.computed);
    const Actor &a = c.actors[static_cast<std::size_t>(m.actor)];
    return QJsonObject{
        {QStringLiteral("handle"), a.handle},
        {QStringLiteral("name"), a.name},
        {QStringLiteral("role"), roleLabelOf(c, m.actor)},
        {QStringLiteral("visible"), m.visible},
        {QStringLiteral("followers"), static_cast<qint64>(m.followers)},
        {QStringLiteral("posts"), m.counts.posts()},
        {QStringLiteral("reposts_made"), m.counts.authoredOf(EventKind::Repost)},
        {QStringLiteral("reposts_received"), m.counts.repostsReceived()},
        {QStringLiteral("replies_received"), m.counts.repliesReceived()},
        {QStringLiteral("quotes_received"), m.counts.quotesReceived()},
        {QStringLiteral("mentions_received"), m.counts.mentionsReceived()},
        {QStringLiteral("offline_received"), m.counts.offlineReceived()},
        {QStringLiteral("potential_exposure"), static_cast<qint64>(m.counts.exposure)},
        {QStringLiteral("cascades_seeded"), m.cascade.cascadesSeeded},
        {QStringLiteral("cascade_size"), static_cast<qint64>(m.cascade.seededTotalSize)},
        {QStringLiteral("cascade_share"), m.cascadeShare},
        {QStringLiteral("direct_children"), m.cascade.directChildren},
        {QStringLiteral("downstream"), static_cast<qint64>(m.cascade.downstream)},
        {QStringLiteral("pagerank"), m.pageRank},
        {QStringLiteral("betweenness"), m.betweenness},
        {QStringLiteral("kcore"), m.coreNumber},
        {QStringLiteral("reached"), m.reached},
        {QStringLiteral("arrival"), m.reached ? QJsonValue(formatIsoUtc(m.arrival)) : QJsonValue()},
        {QStringLiteral("latency_ms"), m.reached ? QJsonValue(static_cast<qint64>(m.latency)) : QJsonValue()},
        {QStringLiteral("closeness"), m.closeness},
        {QStringLiteral("brokerage"), brokerage},
    };
}

QJsonObject summaryJson(const Case &c, const CaseSummary &s)
{
    QJsonArray targets;
    for (const TargetSummary &t : s.targets)
        targets.append(QJsonObject{
            {QStringLiteral("handle"), handle(c, t.target)},
            {QStringLiteral("reached"), t.path.reached},
            {QStringLiteral("arrival"), timeOrNull(t.path.arrival)},
            {QStringLiteral("latency_ms"), t.path.reached ? QJsonValue(static_cast<qint64>(t.path.latency)) : QJsonValue()},
            {QStringLiteral("first_response"), t.firstResponse == kNoEvent ? QJsonValue() : QJsonValue(formatIsoUtc(t.firstResponseTime))},
            {QStringLiteral("first_response_event"), t.firstResponse == kNoEvent ? QJsonValue() : QJsonValue(c.events[static_cast<std::size_t>(t.firstResponse)].key)},
            {QStringLiteral("response_delay_ms"), t.firstResponse == kNoEvent ? QJsonValue() : QJsonValue(static_cast<qint64>(t.responseDelay))},
            {QStringLiteral("path"), pathJson(c, t.path)},
        });
    QJsonArray critical;
    int rank = 0;
    for (const CriticalActor &a : s.criticalActors)
        critical.append(QJsonObject{{QStringLiteral("rank"), ++rank},
                                    {QStringLiteral("handle"), handle(c, a.actor)},
                                    {QStringLiteral("followers"), static_cast<qint64>(c.actors[static_cast<std::size_t>(a.actor)].followers)},
                                    {QStringLiteral("targets_lost"), a.targetsLost},
                                    {QStringLiteral("added_latency_ms"), static_cast<qint64>(a.addedLatency)},
                                    {QStringLiteral("actors_lost"), a.actorsLost},
                                    {QStringLiteral("actors_delayed"), a.actorsDelayed}});
    return QJsonObject{
        {QStringLiteral("origin"), s.origin == kNoActor ? QJsonValue() : QJsonValue(handle(c, s.origin))},
        {QStringLiteral("origin_start"), s.origin == kNoActor ? QJsonValue() : timeOrNull(s.originStart)},
        {QStringLiteral("actors_reached"), s.actorsReached},
        {QStringLiteral("actors_visible"), s.actorsVisible},
        {QStringLiteral("targets"), targets},
        {QStringLiteral("critical_actors"), critical},
    };
}

QJsonObject detailJson(const Case &c, const ActorDetail &d)
{
    QJsonObject o = measuresJson(c, d.measures);
    o.insert(QStringLiteral("path"), pathJson(c, d.pathFromOrigin));
    o.insert(QStringLiteral("brokerage_text"), d.brokerageText);
    QJsonArray lost, delayed, targets;
    for (ActorId a : d.whatIf.noLongerReached)
        lost.append(handle(c, a));
    for (const DelayedActor &a : d.whatIf.delayed)
        delayed.append(QJsonObject{{QStringLiteral("handle"), handle(c, a.actor)},
                                   {QStringLiteral("before"), formatIsoUtc(a.before)},
                                   {QStringLiteral("after"), formatIsoUtc(a.after)},
                                   {QStringLiteral("added_ms"), static_cast<qint64>(a.added())}});
    for (const TargetOutcome &t : d.whatIf.targets)
        targets.append(QJsonObject{{QStringLiteral("handle"), handle(c, t.target)},
                                   {QStringLiteral("arrival_before"), timeOrNull(t.arrivalBefore)},
                                   {QStringLiteral("arrival_after"), timeOrNull(t.arrivalAfter)},
                                   {QStringLiteral("still_reached"), t.reachedAfter()},
                                   {QStringLiteral("lost"), t.lost()},
                                   {QStringLiteral("added_latency_ms"), static_cast<qint64>(t.addedLatency())}});
    o.insert(QStringLiteral("what_if"), QJsonObject{{QStringLiteral("dropped_events"), d.whatIf.droppedEvents},
                                                    {QStringLiteral("no_longer_reached"), lost},
                                                    {QStringLiteral("delayed"), delayed},
                                                    {QStringLiteral("targets"), targets}});
    return o;
}

QJsonValue rhoOrNull(const RankingComparison &r)
{
    return r.spearman ? QJsonValue(*r.spearman) : QJsonValue();
}

QJsonObject comparisonJson(const RuleComparison &r)
{
    auto one = [](const RankingComparison &x) {
        return QJsonObject{{QStringLiteral("spearman"), rhoOrNull(x)},
                           {QStringLiteral("top_k"), x.topK},
                           {QStringLiteral("top_shared"), x.topShared},
                           {QStringLiteral("actors"), x.items}};
    };
    return QJsonObject{{QStringLiteral("rule"), QLatin1String(creditRuleName(r.a))},
                       {QStringLiteral("other_rule"), QLatin1String(creditRuleName(r.b))},
                       {QStringLiteral("direct_children"), one(r.directChildren)},
                       {QStringLiteral("downstream"), one(r.downstream)}};
}

void printComparison(const RuleComparison &r)
{
    auto one = [](const RankingComparison &x) {
        return QStringLiteral("Spearman rho %1, top-%2 overlap %3 of %2")
            .arg(x.spearman ? QString::number(*x.spearman, 'f', 3) : QStringLiteral("n/a"))
            .arg(x.topK)
            .arg(x.topShared);
    };
    printOut(QStringLiteral("Credit rule %1 against %2: direct children %3; downstream %4")
                 .arg(QLatin1String(creditRuleName(r.a)), QLatin1String(creditRuleName(r.b)), one(r.directChildren),
                      one(r.downstream)));
}

QString pathText(const Case &c, const TemporalPath &path)
{
    QStringList parts;
    for (ActorId a : path.actors())
        parts << handle(c, a);
    return parts.join(QStringLiteral(" -> "));
}

void printSummary(const Case &c, const CaseSummary &s)
{
    const LocalTime local(c);
    printOut(QStringLiteral("Case summary"));
    if (s.origin == kNoActor) {
        printOut(QStringLiteral("  No origin set."));
        return;
    }
    printOut(QStringLiteral("  Origin: %1, first event %2; %3 of %4 visible actors reached")
                 .arg(handle(c, s.origin), local(s.originStart), QString::number(s.actorsReached),
                      QString::number(s.actorsVisible)));
    for (const TargetSummary &t : s.targets) {
        if (t.path.reached)
            printOut(QStringLiteral("  Target %1: reached %2 (%3 after the origin's first event) via %4")
                         .arg(handle(c, t.target), local(t.path.arrival), compactDuration(t.path.latency),
                              pathText(c, t.path)));
        else
            printOut(QStringLiteral("  Target %1: not reached").arg(handle(c, t.target)));
        if (t.firstResponse != kNoEvent)
            printOut(QStringLiteral("    first response %1 (%2), %3 after the origin's first event")
                         .arg(local(t.firstResponseTime), c.events[static_cast<std::size_t>(t.firstResponse)].key,
                              compactDuration(t.responseDelay)));
        else
            printOut(QStringLiteral("    no response yet"));
    }
    if (s.targets.empty())
        printOut(QStringLiteral("  No targets set."));
    else if (s.criticalActors.empty())
        printOut(QStringLiteral("  Critical actors: none (no single actor's removal breaks or delays the path)"));
    else
        printOut(QStringLiteral("  Critical actors (whose removal breaks or delays the path to the targets most):"));
    int rank = 0;
    for (const CriticalActor &a : s.criticalActors)
        printOut(QStringLiteral("    %1. %2 (%3 followers): %4 target(s) lost, +%5 to the targets, %6 actor(s) lost")
                     .arg(QString::number(++rank), handle(c, a.actor),
                          QString::number(c.actors[static_cast<std::size_t>(a.actor)].followers),
                          QString::number(a.targetsLost), compactDuration(a.addedLatency), QString::number(a.actorsLost)));
}

void printTable(const Case &c, const MeasuresTable &table, const std::vector<ActorId> &rows, const Options &o)
{
    printOut(QString());
    printOut(QStringLiteral("Measures (%1 of %2 visible actors, by %3; cascade credit: %4)")
                 .arg(rows.size())
                 .arg(std::count_if(table.rows.begin(), table.rows.end(), [](const ActorMeasures &m) { return m.visible; }))
                 .arg(QLatin1String(measureName(o.sort)), QLatin1String(creditRuleName(table.creditRule))));
    auto cell = [](const QString &s, int w) { return s.rightJustified(w); };
    printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14 %15")
                 .arg(QStringLiteral("handle").leftJustified(20), cell(QStringLiteral("followers"), 10),
                      cell(QStringLiteral("posts"), 5), cell(QStringLiteral("rp.rcv"), 6), cell(QStringLiteral("re.rcv"), 6),
                      cell(QStringLiteral("qt.rcv"), 6), cell(QStringLiteral("men.rcv"), 7), cell(QStringLiteral("exposure*"), 11),
                      cell(QStringLiteral("cascade"), 7))
                 .arg(cell(QStringLiteral("child"), 5), cell(QStringLiteral("subtree"), 7), cell(QStringLiteral("pagerank"), 8),
                      cell(QStringLiteral("betw."), 7), cell(QStringLiteral("latency"), 8), cell(QStringLiteral("brokerage"), 14)));
    for (ActorId a : rows) {
        const ActorMeasures &m = table.rows[static_cast<std::size_t>(a)];
        const QString broker = m.brokerage.hasDominant() ? QLatin1String(brokerageRoleName(m.brokerage.dominant())) : QStringLiteral("-");
        printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12 %13 %14 %15")
                     .arg(handle(c, a).leftJustified(20), cell(QString::number(m.followers), 10),
                          cell(QString::number(m.counts.posts()), 5), cell(QString::number(m.counts.repostsReceived()), 6),
                          cell(QString::number(m.counts.repliesReceived()), 6), cell(QString::number(m.counts.quotesReceived()), 6),
                          cell(QString::number(m.counts.mentionsReceived()), 7), cell(QString::number(m.counts.exposure), 11),
                          cell(QString::number(m.cascade.seededTotalSize), 7))
                     .arg(cell(QString::number(m.cascade.directChildren), 5), cell(QString::number(m.cascade.downstream), 7),
                          cell(QString::number(m.pageRank, 'f', 4), 8), cell(QString::number(m.betweenness, 'f', 4), 7),
                          cell(m.reached ? compactDuration(m.latency) : QStringLiteral("-"), 8), cell(broker, 14)));
    }
    printOut(QStringLiteral("* ") + QLatin1String(kPotentialExposureCaveat));
    if (table.betweennessEstimated)
        printOut(QStringLiteral("Betweenness is estimated from sampled sources (large graph)."));
    if (!table.brokerageComputed)
        printOut(QStringLiteral("Brokerage was skipped for the whole table (too large); use --actor for one actor."));
}

void printDetail(const Case &c, const ActorDetail &d)
{
    const LocalTime local(c);
    const ActorMeasures &m = d.measures;
    const Actor &a = c.actors[static_cast<std::size_t>(m.actor)];
    printOut(QString());
    printOut(QStringLiteral("%1: %2; role %3").arg(a.handle, a.name, roleLabelOf(c, m.actor)));
    printOut(QStringLiteral("  followers %1, posts %2; received: %3 reposts, %4 replies, %5 quotes, %6 mentions, %7 offline contacts")
                 .arg(m.followers).arg(m.counts.posts()).arg(m.counts.repostsReceived()).arg(m.counts.repliesReceived())
                 .arg(m.counts.quotesReceived()).arg(m.counts.mentionsReceived()).arg(m.counts.offlineReceived()));
    printOut(QStringLiteral("  potential exposure %1 (an upper bound)").arg(m.counts.exposure));
    printOut(QStringLiteral("  cascades seeded %1 (total size %2, share %3%), direct children %4, downstream %5")
                 .arg(m.cascade.cascadesSeeded).arg(m.cascade.seededTotalSize).arg(m.cascadeShare * 100, 0, 'f', 1)
                 .arg(m.cascade.directChildren).arg(m.cascade.downstream));
    printOut(QStringLiteral("  PageRank %1, betweenness %2, k-core %3, harmonic temporal closeness %4")
                 .arg(m.pageRank, 0, 'f', 4).arg(m.betweenness, 0, 'f', 4).arg(m.coreNumber).arg(m.closeness, 0, 'f', 3));
    if (d.pathFromOrigin.reached) {
        printOut(QStringLiteral("  reached %1 (%2 after the origin's first event):")
                     .arg(local(m.arrival), compactDuration(m.latency)));
        for (const PathStep &s : d.pathFromOrigin.steps)
            printOut(QStringLiteral("    %1  %2  %3 (%4)").arg(local(s.time), handle(c, s.actor).leftJustified(20),
                                                           c.events[static_cast<std::size_t>(s.event)].key,
                                                           QLatin1String(pathStepHowName(s.how))));
    } else {
        printOut(QStringLiteral("  not reached from the origin"));
    }
    QStringList counts;
    for (int r = 0; r < kBrokerageRoleCount; ++r)
        counts << QStringLiteral("%1 %2").arg(QLatin1String(brokerageRoleName(static_cast<BrokerageRole>(r))))
                      .arg(m.brokerage.counts[static_cast<std::size_t>(r)]);
    printOut(QStringLiteral("  brokerage: ") + counts.join(QStringLiteral(", ")));
    printOut(QStringLiteral("  ") + d.brokerageText);
    const WhatIfResult &w = d.whatIf;
    printOut(QStringLiteral("  what if it had not acted: %1 event(s) dropped, %2 actor(s) no longer reached, %3 delayed")
                 .arg(w.droppedEvents).arg(w.noLongerReached.size()).arg(w.delayed.size()));
    for (const TargetOutcome &t : w.targets) {
        if (t.lost())
            printOut(QStringLiteral("    target %1: no longer reached").arg(handle(c, t.target)));
        else if (t.reachedAfter())
            printOut(QStringLiteral("    target %1: still reached, +%2").arg(handle(c, t.target), compactDuration(t.addedLatency())));
        else
            printOut(QStringLiteral("    target %1: not reached either way").arg(handle(c, t.target)));
    }
}

// `--cascades`: the cascades as of the time, one reconstruction of the case up to it.
int runCascades(const Options &o, const Case &c)
{
    const TimeMs at = o.at.value_or(c.endTime());
    const CascadeReconstruction cascades = reconstructCascades(c, o.rule, at);
    std::vector<CascadeAsOf> rows = cascadesAsOf(c, cascades, at);
    const std::size_t total = rows.size();
    sortCascades(rows, o.cascadeSort);
    if (o.top > 0 && rows.size() > static_cast<std::size_t>(o.top))
        rows.resize(static_cast<std::size_t>(o.top));
    auto key = [&](EventId e) { return c.events[static_cast<std::size_t>(e)].key; };
    const std::int64_t counted =
        std::upper_bound(c.events.begin(), c.events.end(), at, [](TimeMs t, const Event &e) { return t < e.time; })
        - c.events.begin();

    if (o.json) {
        QJsonArray list;
        for (const CascadeAsOf &r : rows) {
            const bool relayed = r.relays() > 0;
            list.append(QJsonObject{
                {QStringLiteral("root"), key(r.root)},
                {QStringLiteral("seed"), handle(c, r.seed)},
                {QStringLiteral("root_time"), formatIsoUtc(r.rootTime)},
                {QStringLiteral("text"), c.events[static_cast<std::size_t>(r.root)].text},
                {QStringLiteral("size"), r.tree.size},
                {QStringLiteral("relays"), r.relays()},
                {QStringLiteral("depth"), r.tree.depth},
                {QStringLiteral("width"), r.tree.width},
                {QStringLiteral("structural_virality"), r.tree.structuralVirality},
                {QStringLiteral("shape"), QLatin1String(cascadeShapeName(r.tree.shape))},
                {QStringLiteral("inferred_edges"), r.inferredEdges},
                {QStringLiteral("first_relay"), relayed ? QJsonValue(formatIsoUtc(r.firstRelay)) : QJsonValue()},
                {QStringLiteral("last_relay"), relayed ? QJsonValue(formatIsoUtc(r.lastRelay)) : QJsonValue()},
                {QStringLiteral("half_life_ms"), relayed ? QJsonValue(static_cast<qint64>(r.halfLife)) : QJsonValue()},
            });
        }
        const QJsonObject root{
            {QStringLiteral("file"), o.file},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("actors"), static_cast<qint64>(c.actors.size())},
            {QStringLiteral("events"), static_cast<qint64>(c.events.size())},
            {QStringLiteral("as_of"), formatIsoUtc(at)},
            {QStringLiteral("events_counted"), static_cast<qint64>(counted)},
            {QStringLiteral("credit_rule"), QLatin1String(creditRuleName(o.rule))},
            {QStringLiteral("sort"), QLatin1String(cascadeSortName(o.cascadeSort))},
            {QStringLiteral("top"), o.top},
            {QStringLiteral("cascades_total"), static_cast<qint64>(total)},
            {QStringLiteral("cascades"), list},
        };
        const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        return 0;
    }

    const LocalTime local(c);
    printOut(c.title.isEmpty() ? o.file : c.title);
    printOut(QStringLiteral("As of %1: %2 of %3 events, %4 cascade(s) relayed at least once")
                 .arg(local(at))
                 .arg(counted)
                 .arg(c.events.size())
                 .arg(total));
    printOut(QString());
    printOut(QStringLiteral("Cascades (%1 of %2, by %3; cascade credit: %4)")
                 .arg(rows.size())
                 .arg(total)
                 .arg(QLatin1String(cascadeSortName(o.cascadeSort)), QLatin1String(creditRuleName(o.rule))));
    auto cell = [](const QString &text, int w) { return text.rightJustified(w); };
    int keyWidth = 4;
    for (const CascadeAsOf &r : rows)
        keyWidth = std::max(keyWidth, static_cast<int>(key(r.root).size()));
    printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12")
                 .arg(QStringLiteral("root").leftJustified(keyWidth), QStringLiteral("seed").leftJustified(20),
                      QStringLiteral("root time").leftJustified(25), cell(QStringLiteral("size"), 6), cell(QStringLiteral("depth"), 5),
                      cell(QStringLiteral("width"), 6), cell(QStringLiteral("virality"), 8),
                      QStringLiteral("shape").leftJustified(9), cell(QStringLiteral("inferred"), 8))
                 .arg(QStringLiteral("first relay").leftJustified(25), QStringLiteral("last relay").leftJustified(25),
                      cell(QStringLiteral("half-life"), 9)));
    for (const CascadeAsOf &r : rows) {
        printOut(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12")
                     .arg(key(r.root).leftJustified(keyWidth), handle(c, r.seed).leftJustified(20),
                          local(r.rootTime).leftJustified(25), cell(QString::number(r.tree.size), 6),
                          cell(QString::number(r.tree.depth), 5), cell(QString::number(r.tree.width), 6),
                          cell(QString::number(r.tree.structuralVirality, 'f', 3), 8),
                          QString::fromLatin1(cascadeShapeName(r.tree.shape)).leftJustified(9),
                          cell(QString::number(r.inferredEdges), 8))
                     .arg(local(r.firstRelay).leftJustified(25), local(r.lastRelay).leftJustified(25),
                          cell(compactDuration(r.halfLife), 9)));
    }
    printOut(QStringLiteral("Structural virality: the mean distance between two nodes of the tree (docs/measures.md, section 3)."));
    return 0;
}

} // namespace

int runStats(const QStringList &args)
{
    Options o;
    if (const auto exit = parse(args, o))
        return *exit;
    const ReadResult read = readCaseFile(o.file);
    if (!read.ok()) {
        for (const CaseFileProblem &problem : read.problems)
            printErr(problem.toString());
        return 1;
    }
    const Case &c = *read.value;
    if (o.cascades)
        return runCascades(o, c);
    ActorId actor = kNoActor;
    if (!o.actor.isEmpty()) {
        actor = c.findActor(o.actor);
        if (actor == kNoActor)
            return usageError(Text::tr("no actor \"%1\" in %2").arg(o.actor, o.file));
    }
    const TimeMs at = o.at.value_or(c.endTime());
    const CaseAnalysis analysis(c);
    MeasureOptions measureOptions;
    measureOptions.creditRule = o.rule;
    const CascadeReconstruction cascades = reconstructCascades(c, o.rule, at);
    // How the credit ranking changes against another rule (root only, or most recent
    // when root only was asked for).
    const CreditRule other = o.rule == CreditRule::RootOnly ? CreditRule::MostRecent : CreditRule::RootOnly;
    const RuleComparison comparison = compareCreditRules(c, cascades, reconstructCascades(c, other, at), 10);
    const MeasuresTable table = measureActors(analysis, at, measureOptions, &cascades);
    const CaseSummary summary = summarizeCase(analysis, at);
    std::vector<ActorId> rows = rankActors(table, o.sort);
    if (o.top > 0 && rows.size() > static_cast<std::size_t>(o.top))
        rows.resize(static_cast<std::size_t>(o.top));
    std::optional<ActorDetail> detail;
    if (actor != kNoActor)
        detail = actorDetail(analysis, actor, at, measureOptions, &cascades);

    if (o.json) {
        QJsonArray measures;
        for (ActorId a : rows)
            measures.append(measuresJson(c, table.rows[static_cast<std::size_t>(a)]));
        QJsonObject root{
            {QStringLiteral("file"), o.file},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("actors"), static_cast<qint64>(c.actors.size())},
            {QStringLiteral("events"), static_cast<qint64>(c.events.size())},
            {QStringLiteral("as_of"), formatIsoUtc(at)},
            {QStringLiteral("events_counted"), table.position},
            {QStringLiteral("credit_rule"), QLatin1String(creditRuleName(table.creditRule))},
            {QStringLiteral("sort"), QLatin1String(measureName(o.sort))},
            {QStringLiteral("top"), o.top},
            {QStringLiteral("flags"),
             QJsonObject{{QStringLiteral("potential_exposure_is_upper_bound"), true},
                         {QStringLiteral("potential_exposure_caveat"), QLatin1String(kPotentialExposureCaveat)},
                         {QStringLiteral("centrality_computed"), table.centralityComputed},
                         {QStringLiteral("betweenness_estimated"), table.betweennessEstimated},
                         {QStringLiteral("closeness_computed"), table.closenessComputed},
                         {QStringLiteral("brokerage_computed"), table.brokerageComputed}}},
            {QStringLiteral("summary"), summaryJson(c, summary)},
            {QStringLiteral("rule_comparison"), comparisonJson(comparison)},
            {QStringLiteral("measures"), measures},
            {QStringLiteral("actor"), detail ? QJsonValue(detailJson(c, *detail)) : QJsonValue()},
        };
        const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
        std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
        return 0;
    }

    printOut(QStringLiteral("%1").arg(c.title.isEmpty() ? o.file : c.title));
    printOut(QStringLiteral("As of %1: %2 of %3 events, %4 actors visible")
                 .arg(LocalTime(c)(at))
                 .arg(table.position)
                 .arg(c.events.size())
                 .arg(summary.actorsVisible));
    printOut(QString());
    printSummary(c, summary);
    printTable(c, table, rows, o);
    printComparison(comparison);
    if (detail)
        printDetail(c, *detail);
    return 0;
}

} // namespace cascade::cli
