// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/measureinfo.h"

#include "core/timeline/actorcounts.h"

#include <QCoreApplication>

#include <array>

namespace cascade {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MeasureInfo", text);
}

std::array<MeasureInfo, kMeasureCount> makeInfos()
{
    std::array<MeasureInfo, kMeasureCount> infos;
    auto set = [&infos](Measure m, const char *title, const char *header, const QString &explanation,
                        bool rule = false, bool heavy = false) {
        infos[static_cast<std::size_t>(m)] = {tr(title), tr(header), explanation, rule, heavy};
    };
    // docs/measures.md section 1 (Cha et al. 2010).
    set(Measure::Followers, "Followers", "Followers",
        tr("How many accounts follow it: its declared audience, not how many saw a message."));
    set(Measure::Posts, "Posts", "Posts",
        tr("Messages it published that its followers could see: posts, replies and quotes (not its reposts)."));
    set(Measure::RepostsReceived, "Reposts received", "Reposts",
        tr("How many times others reposted its messages."));
    set(Measure::RepliesReceived, "Replies received", "Replies", tr("How many replies its messages got."));
    set(Measure::QuotesReceived, "Quotes received", "Quotes", tr("How many times others quoted its messages."));
    set(Measure::MentionsReceived, "Mentions received", "Mentions",
        tr("How many messages named it (the automatic \"RT @...\" of a repost does not count)."));
    // Section 2: an upper bound, said so (kPotentialExposureCaveat).
    set(Measure::Exposure, "Potential exposure (upper bound)", "Exposure (max)",
        tr("Its followers times its posts, plus the followers of everyone who reposted it. ")
            + QString::fromUtf8(kPotentialExposureCaveat));
    // Section 3 (Goel et al. 2016; Bakshy et al. 2011), under the credit rule.
    set(Measure::CascadeSize, "Cascade size", "Cascade",
        tr("Messages in the cascades it started: its own messages plus every relay of them, direct or through others."),
        true, true);
    set(Measure::CascadeShare, "Cascade share", "Share",
        tr("The part of all cascade messages so far that belong to cascades it started."), true, true);
    set(Measure::Children, "Direct children", "Children",
        tr("Relays credited directly to one of its messages under the credit rule."), true, true);
    set(Measure::Subtree, "Downstream subtree", "Subtree",
        tr("Relays by others that came through its messages, directly or further down, under the credit rule."),
        true, true);
    // Section 6: static centrality on the interaction graph.
    set(Measure::PageRank, "PageRank", "PageRank",
        tr("High when it is reposted, answered or named by actors who themselves get much attention (time ignored)."),
        false, true);
    set(Measure::Betweenness, "Betweenness", "Betweenness",
        tr("How often it lies on the shortest route between two other actors of the interaction graph (time ignored)."),
        false, true);
    set(Measure::CoreNumber, "k-core", "k-core",
        tr("How deep it sits in the tightly knit core: it belongs to a group where everyone has at least k contacts."),
        false, true);
    // Section 5: time-respecting paths.
    set(Measure::Latency, "Latency from the origin", "Latency",
        tr("How long after the origin's first message the message first reached it, along a path that respects time."));
    set(Measure::Closeness, "Temporal closeness", "Closeness",
        tr("How quickly its own messages reach others: the sum over the actors it reaches of 1 / minutes taken."),
        false, true);
    // Section 7 (Gould & Fernandez 1989).
    set(Measure::Brokerage, "Brokered pairs", "Brokered",
        tr("Pairs of actors it passes a message between that have no direct link, by the groups involved."), false,
        true);
    return infos;
}

} // namespace

const MeasureInfo &measureInfo(Measure m)
{
    static const std::array<MeasureInfo, kMeasureCount> infos = makeInfos();
    return infos[static_cast<std::size_t>(m)];
}

QString creditRuleTitle(CreditRule rule)
{
    switch (rule) {
    case CreditRule::MostRecent:
        return tr("Most recent exposure");
    case CreditRule::First:
        return tr("First exposure");
    case CreditRule::RootOnly:
        return tr("Root only (platform)");
    }
    return {};
}

QString creditRuleExplanation(CreditRule rule)
{
    switch (rule) {
    case CreditRule::MostRecent:
        return tr("A repost is credited to the last account the reposter was in contact with that relayed it before.");
    case CreditRule::First:
        return tr("A repost is credited to the first account the reposter was in contact with that relayed it.");
    case CreditRule::RootOnly:
        return tr("Every repost is credited to the original author, as the platforms' data do.");
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
        return tr("Passes a message between members of its own group.");
    case BrokerageRole::Itinerant:
        return tr("Passes a message between two members of another group.");
    case BrokerageRole::Gatekeeper:
        return tr("Lets a message from another group into its own group.");
    case BrokerageRole::Representative:
        return tr("Carries its own group's message to another group.");
    case BrokerageRole::Liaison:
        return tr("Passes a message between two groups it does not belong to.");
    }
    return {};
}

QString pathStepText(PathStep::How how)
{
    switch (how) {
    case PathStep::How::Origin:
        return tr("origin");
    case PathStep::How::Parent:
        return tr("relays or answers");
    case PathStep::How::PromptedBy:
        return tr("acts on it (prompted)");
    case PathStep::How::Continued:
        return tr("passes it on");
    case PathStep::How::Addressed:
        return tr("is addressed");
    }
    return {};
}

} // namespace cascade
