// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/whatiftext.h"

#include "app/presentation/displayformat.h"
#include "core/model/case.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace cascade {

namespace {

// The texts of this file, for Qt Linguist (the context "WhatIf").
struct Text {
    Q_DECLARE_TR_FUNCTIONS(WhatIf)
};

QString handles(const Case &c, const std::vector<ActorId> &actors, std::size_t shown)
{
    QStringList names;
    for (std::size_t i = 0; i < actors.size() && i < shown; ++i)
        names << DisplayFormat::handle(c, actors[i]).toHtmlEscaped();
    QString text = names.join(QStringLiteral(", "));
    if (actors.size() > shown)
        text += Text::tr(" and %1 more").arg(actors.size() - shown);
    return text;
}

} // namespace

QString describeWhatIf(const Case &c, const WhatIfResult &w, const QTimeZone &zone, bool withDate)
{
    auto at = [&](TimeMs t) { return DisplayFormat::clock(t, zone, withDate); };
    const QString without = DisplayFormat::handle(c, w.removed).toHtmlEscaped();
    QString html = w.asOf >= c.endTime() ? Text::tr("<b>Without %1</b>, by the end of the case:").arg(without)
                                         : Text::tr("<b>Without %1</b>, by %2 (the cursor):").arg(without, at(w.asOf).toHtmlEscaped());
    html += QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const TargetOutcome &o : w.targets) {
        const QString who = DisplayFormat::handle(c, o.target).toHtmlEscaped();
        QString line;
        if (o.target == w.removed)
            line = Text::tr("%1 (target) is the actor removed.").arg(who);
        else if (!o.reachedBefore())
            line = Text::tr("%1 (target) was not reached anyway.").arg(who);
        else if (o.lost())
            line = Text::tr("%1 (target) is <b>no longer reached</b> (it was at %2).").arg(who, at(o.arrivalBefore));
        else if (o.addedLatency() > 0)
            line = Text::tr("%1 (target) is still reached, but <b>%2 later</b>: %3 instead of %4.")
                       .arg(who, DisplayFormat::duration(o.addedLatency()), at(o.arrivalAfter), at(o.arrivalBefore));
        else
            line = Text::tr("%1 (target) is still reached, as early (%2).").arg(who, at(o.arrivalBefore));
        html += QStringLiteral("<li>%1</li>").arg(line);
    }
    if (w.changesNothing()) {
        html += QStringLiteral("<li>%1</li>").arg(Text::tr("Nothing else changes: every actor is still reached, as early."));
    } else {
        if (!w.noLongerReached.empty())
            html += QStringLiteral("<li>%1</li>")
                        .arg(Text::tr("<b>%1</b> no longer reached: %2.")
                                 .arg(Text::tr("%Ln actor(s)", nullptr, static_cast<int>(w.noLongerReached.size())),
                                      handles(c, w.noLongerReached, 6)));
        if (!w.delayed.empty()) {
            std::vector<DelayedActor> delayed = w.delayed;
            std::stable_sort(delayed.begin(), delayed.end(),
                             [](const DelayedActor &a, const DelayedActor &b) { return a.added() > b.added(); });
            std::vector<ActorId> ids;
            for (const DelayedActor &d : delayed)
                ids.push_back(d.actor);
            html += QStringLiteral("<li>%1</li>")
                        .arg(Text::tr("<b>%1</b> reached later (up to %2): %3.")
                                 .arg(Text::tr("%Ln actor(s)", nullptr, static_cast<int>(delayed.size())),
                                      DisplayFormat::duration(delayed.front().added()), handles(c, ids, 4)));
        }
    }
    if (w.droppedEvents > 0)
        html += QStringLiteral("<li>%1</li>")
                    .arg(Text::tr("%Ln event(s) would not have happened (its own and those depending on them).", nullptr,
                                  w.droppedEvents));
    html += QStringLiteral("</ul>");
    return html;
}

} // namespace cascade
