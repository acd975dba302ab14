// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/measureinfo.h"

#include "app/presentation/language.h"
#include "core/timeline/actorcounts.h"

#include <QCoreApplication>

#include <array>
#include <map>
#include <mutex>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "MeasureInfo").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureInfo)
};

std::array<MeasureInfo, kMeasureCount> makeInfos()
{
    std::array<MeasureInfo, kMeasureCount> infos;
    auto set = [&infos](Measure m, const char *title, const char *header, const QString &explanation,
                        bool rule = false, bool heavy = false) {
        infos[static_cast<std::size_t>(m)] = {Text::tr(title), Text::tr(header), explanation, rule, heavy};
    };
    // docs/measures.md section 1 (Cha et al. 2010).
    set(Measure::Followers, QT_TRANSLATE_NOOP("MeasureInfo", "Followers"), QT_TRANSLATE_NOOP("MeasureInfo", "Followers"),
        Text::tr("How many accounts follow it: its declared audience, not how many saw a message."));
    set(Measure::Posts, QT_TRANSLATE_NOOP("MeasureInfo", "Posts"), QT_TRANSLATE_NOOP("MeasureInfo", "Posts"),
        Text::tr("Messages it published that its followers could see: posts, replies and quotes (not its reposts)."));
    set(Measure::RepostsReceived, QT_TRANSLATE_NOOP("MeasureInfo", "Reposts received"), QT_TRANSLATE_NOOP("MeasureInfo", "Reposts"),
        Text::tr("How many times others reposted its messages."));
    set(Measure::RepliesReceived, QT_TRANSLATE_NOOP("MeasureInfo", "Replies received"), QT_TRANSLATE_NOOP("MeasureInfo", "Replies"), Text::tr("How many replies its messages got."));
    set(Measure::QuotesReceived, QT_TRANSLATE_NOOP("MeasureInfo", "Quotes received"), QT_TRANSLATE_NOOP("MeasureInfo", "Quotes"), Text::tr("How many times others quoted its messages."));
    set(Measure::MentionsReceived, QT_TRANSLATE_NOOP("MeasureInfo", "Mentions received"), QT_TRANSLATE_NOOP("MeasureInfo", "Mentions"),
        Text::tr("How many messages named it (the automatic \"RT @...\" of a repost does not count)."));
    // Section 2: an upper bound, said so (kPotentialExposureCaveat).
    set(Measure::Exposure, QT_TRANSLATE_NOOP("MeasureInfo", "Potential exposure (upper bound)"), QT_TRANSLATE_NOOP("MeasureInfo", "Exposure (max)"),
        Text::tr("Its followers times its posts, plus the followers of everyone who reposted it. ")
            + QCoreApplication::translate("ActorCounts", kPotentialExposureCaveat));
    // Section 3 (Goel et al. 2016; Bakshy et al. 2011), under the credit rule.
    set(Measure::CascadeSize, QT_TRANSLATE_NOOP("MeasureInfo", "Cascade size"), QT_TRANSLATE_NOOP("MeasureInfo", "Cascade"),
        Text::tr("Messages in the cascades it started: its own messages plus every relay of them, direct or through others."),
        true, true);
    set(Measure::CascadeShare, QT_TRANSLATE_NOOP("MeasureInfo", "Cascade share"), QT_TRANSLATE_NOOP("MeasureInfo", "Share"),
        Text::tr("The part of all cascade messages so far that belong to cascades it started."), true, true);
    set(Measure::Children, QT_TRANSLATE_NOOP("MeasureInfo", "Direct children"), QT_TRANSLATE_NOOP("MeasureInfo", "Children"),
        Text::tr("Relays credited directly to one of its messages under the credit rule."), true, true);
    set(Measure::Subtree, QT_TRANSLATE_NOOP("MeasureInfo", "Downstream subtree"), QT_TRANSLATE_NOOP("MeasureInfo", "Subtree"),
        Text::tr("Relays by others that came through its messages, directly or further down, under the credit rule."),
        true, true);
    // Section 6: static centrality on the interaction graph.
    set(Measure::PageRank, QT_TRANSLATE_NOOP("MeasureInfo", "PageRank"), QT_TRANSLATE_NOOP("MeasureInfo", "PageRank"),
        Text::tr("High when it is reposted, answered or named by actors who themselves get much attention (time ignored)."),
        false, true);
    set(Measure::Betweenness, QT_TRANSLATE_NOOP("MeasureInfo", "Betweenness"), QT_TRANSLATE_NOOP("MeasureInfo", "Betweenness"),
        Text::tr("How often it lies on the shortest route between two other actors of the interaction graph (time ignored)."),
        false, true);
    set(Measure::CoreNumber, QT_TRANSLATE_NOOP("MeasureInfo", "k-core"), QT_TRANSLATE_NOOP("MeasureInfo", "k-core"),
        Text::tr("How deep it sits in the tightly knit core: it belongs to a group where everyone has at least k contacts."),
        false, true);
    // Section 5: time-respecting paths.
    set(Measure::Latency, QT_TRANSLATE_NOOP("MeasureInfo", "Latency from the origin"), QT_TRANSLATE_NOOP("MeasureInfo", "Latency"),
        Text::tr("How long after the origin's first message the message first reached it, along a path that respects time."));
    set(Measure::Closeness, QT_TRANSLATE_NOOP("MeasureInfo", "Temporal closeness"), QT_TRANSLATE_NOOP("MeasureInfo", "Closeness"),
        Text::tr("How quickly its own messages reach others: the sum over the actors it reaches of 1 / minutes taken."),
        false, true);
    // Section 7 (Gould & Fernandez 1989).
    set(Measure::Brokerage, QT_TRANSLATE_NOOP("MeasureInfo", "Brokered pairs"), QT_TRANSLATE_NOOP("MeasureInfo", "Brokered"),
        Text::tr("Pairs of actors it passes a message between that have no direct link, by the groups involved."), false,
        true);
    return infos;
}

} // namespace

const MeasureInfo &measureInfo(Measure m)
{
    // One table per interface language (the tests switch it; the program sets it once).
    // Nodes of a std::map stay put, so the references handed out stay valid. Each thread
    // keeps the table of the last install it saw: the lock is taken once per install,
    // not per call (the actors table asks for every row it sorts).
    using Table = std::array<MeasureInfo, kMeasureCount>;
    thread_local int seen = -1;
    thread_local const Table *table = nullptr;
    const int generation = Language::generation();
    if (generation != seen) {
        static std::mutex mutex;
        static std::map<QString, Table> byLanguage;
        const std::lock_guard lock(mutex);
        auto it = byLanguage.find(Language::current());
        if (it == byLanguage.end())
            it = byLanguage.emplace(Language::current(), makeInfos()).first;
        table = &it->second;
        seen = generation;
    }
    return (*table)[static_cast<std::size_t>(m)];
}

QString creditRuleTitle(CreditRule rule)
{
    switch (rule) {
    case CreditRule::MostRecent:
        return Text::tr("Most recent exposure");
    case CreditRule::First:
        return Text::tr("First exposure");
    case CreditRule::RootOnly:
        return Text::tr("Root only (platform)");
    }
    return {};
}

QString creditRuleExplanation(CreditRule rule)
{
    switch (rule) {
    case CreditRule::MostRecent:
        return Text::tr("A repost is credited to the last account the reposter was in contact with that relayed it before.");
    case CreditRule::First:
        return Text::tr("A repost is credited to the first account the reposter was in contact with that relayed it.");
    case CreditRule::RootOnly:
        return Text::tr("Every repost is credited to the original author, as the platforms' data do.");
    }
    return {};
}

QString brokerageRoleTitle(BrokerageRole role)
{
    return QString::fromLatin1(brokerageRoleName(role));
}

QString brokerageRoleExplanation(BrokerageRole role)
{
    switch (role) {
    case BrokerageRole::Coordinator:
        return Text::tr("Passes a message between members of its own group.");
    case BrokerageRole::Itinerant:
        return Text::tr("Passes a message between two members of another group.");
    case BrokerageRole::Gatekeeper:
        return Text::tr("Lets a message from another group into its own group.");
    case BrokerageRole::Representative:
        return Text::tr("Carries its own group's message to another group.");
    case BrokerageRole::Liaison:
        return Text::tr("Passes a message between two groups it does not belong to.");
    }
    return {};
}

QString pathStepText(PathStep::How how)
{
    switch (how) {
    case PathStep::How::Origin:
        return Text::tr("origin");
    case PathStep::How::Parent:
        return Text::tr("relays or answers");
    case PathStep::How::PromptedBy:
        return Text::tr("acts on it (prompted)");
    case PathStep::How::Continued:
        return Text::tr("passes it on");
    case PathStep::How::Addressed:
        return Text::tr("is addressed");
    }
    return {};
}

} // namespace cascade
