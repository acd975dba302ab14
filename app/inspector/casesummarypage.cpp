// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/casesummarypage.h"

#include "app/document/casedocument.h"
#include "app/presentation/displayformat.h"

#include "app/inspector/clickablelabel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cascade {

CaseSummaryPage::CaseSummaryPage(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_asOf(new QLabel(this)),
      m_body(new QLabel(this)), m_criticalTitle(new QLabel(this)), m_criticalList(new QVBoxLayout),
      m_whatIf(new QLabel(this)), m_hint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText); // the case's title, whatever it contains
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_asOf->setWordWrap(true);
    m_asOf->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_asOf);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_body);

    QFont bold = m_criticalTitle->font();
    bold.setBold(true);
    m_criticalTitle->setFont(bold);
    m_criticalTitle->setWordWrap(true);
    m_criticalTitle->setText(tr("Critical actors"));
    m_criticalTitle->setToolTip(tr("Actors whose removal breaks or delays the path to the target most, ranked: "
                                   "targets lost first, then added delay, then actors lost."));
    layout->addWidget(m_criticalTitle);
    m_criticalList->setSpacing(2);
    layout->addLayout(m_criticalList);
    layout->addSpacing(6);

    m_whatIf->setWordWrap(true);
    m_whatIf->setTextFormat(Qt::RichText);
    m_whatIf->hide();
    layout->addWidget(m_whatIf);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Select an actor in the graph or the lists to see why it mattered."));
    layout->addWidget(m_hint);
    layout->addStretch(1);
}

ActorId CaseSummaryPage::criticalActorAt(int i) const
{
    return i >= 0 && i < static_cast<int>(m_criticalActors.size()) ? m_criticalActors[static_cast<std::size_t>(i)]
                                                                   : kNoActor;
}

void CaseSummaryPage::showPending()
{
    m_current = false;
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    m_title->setText(DisplayFormat::caseHeading(c));
    m_asOf->setText(tr("Case summary as of %1 (%2)%3")
                        .arg(DisplayFormat::dateTime(m_document->cursor(), zone), DisplayFormat::zoneName(zone),
                             tr(", updating\u2026")));
}

void CaseSummaryPage::clear()
{
    m_current = false;
    m_body->setText(tr("<p>Computing the summary\u2026</p>"));
    qDeleteAll(m_entries);
    m_entries.clear();
    m_criticalActors.clear();
    m_criticalTitle->setText(tr("Critical actors"));
}

void CaseSummaryPage::showSummary(const CaseSummary &s)
{
    m_current = true;
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    const bool dated = DisplayFormat::spansSeveralDays(c.startTime(), c.endTime(), zone);
    auto at = [&](TimeMs t) { return DisplayFormat::clock(t, zone, dated); };
    m_title->setText(DisplayFormat::caseHeading(c));
    m_asOf->setText(tr("Case summary as of %1 (%2)")
                        .arg(DisplayFormat::dateTime(s.asOf, zone), DisplayFormat::zoneName(zone)));

    QString html;
    if (s.origin == kNoActor) {
        html += tr("<p>The case names no origin, so there is no path to follow.</p>");
    } else {
        html += tr("<p><b>Origin</b>: %1, first message at %2.</p>")
                    .arg(DisplayFormat::handle(c, s.origin).toHtmlEscaped(),
                         s.originStart == TemporalReach::kUnreached ? tr("(none)") : at(s.originStart));
    }
    for (const TargetSummary &t : s.targets) {
        const QString who = DisplayFormat::handle(c, t.target).toHtmlEscaped();
        QString line = tr("<b>Target</b>: %1. ").arg(who);
        if (t.path.reached)
            line += tr("Reached at %1, %2 after the origin's first message. ")
                        .arg(at(t.path.arrival), DisplayFormat::duration(t.path.latency));
        else
            line += tr("Not reached by the cursor. ");
        if (t.firstResponse != kNoEvent)
            line += tr("First response at %1: <b>%2</b> after the origin's first message.")
                        .arg(at(t.firstResponseTime), DisplayFormat::duration(t.responseDelay));
        else
            line += tr("No response by the cursor.");
        html += QStringLiteral("<p>%1</p>").arg(line);
        if (t.path.reached && !t.path.steps.empty()) {
            QStringList steps;
            for (const PathStep &step : t.path.steps)
                steps << QStringLiteral("%1&nbsp;%2").arg(DisplayFormat::handle(c, step.actor).toHtmlEscaped(), at(step.time));
            html += QStringLiteral("<p style=\"margin-left:10px\">%1</p>").arg(steps.join(QStringLiteral(" \u2192 ")));
        }
    }
    if (s.origin != kNoActor) // without an origin nothing is "reached"
        html += tr("<p>%1 of the %2 actors active so far have been reached from the origin.</p>")
                    .arg(DisplayFormat::count(s.actorsReached), DisplayFormat::count(s.actorsVisible));
    m_body->setText(html);

    qDeleteAll(m_entries);
    m_entries.clear();
    m_criticalActors.clear();
    int rank = 0;
    const QString link = palette().color(QPalette::Link).name();
    for (const CriticalActor &ca : s.criticalActors) {
        QStringList effects;
        for (const TargetOutcome &o : ca.targets) {
            if (o.lost())
                effects << tr("%1 never reached").arg(DisplayFormat::handle(c, o.target).toHtmlEscaped());
            else if (o.addedLatency() > 0)
                effects << tr("%1 reached %2 later")
                               .arg(DisplayFormat::handle(c, o.target).toHtmlEscaped(), DisplayFormat::duration(o.addedLatency()));
        }
        if (ca.actorsLost > 0)
            effects << tr("%Ln actor(s) lost", nullptr, ca.actorsLost);
        const QColor role = DisplayFormat::roleColor(c, ca.actor);
        const QString entryHtml =
            tr("%1. <span style=\"color:%2\">\u25cf</span> <a href=\"#\" style=\"color:%3\"><b>%4</b></a> "
               "\u00b7 %5 followers<br><span style=\"margin-left:12px\">Without it: %6</span>")
                .arg(++rank)
                .arg(role.name(), link, DisplayFormat::handle(c, ca.actor).toHtmlEscaped(),
                     DisplayFormat::count(c.actors[static_cast<std::size_t>(ca.actor)].followers), effects.join(QStringLiteral("; ")));
        auto *entry = new ClickableLabel(entryHtml, this);
        entry->setToolTip(tr("Click to inspect %1").arg(DisplayFormat::handle(c, ca.actor)));
        const ActorId actor = ca.actor;
        connect(entry, &ClickableLabel::clicked, this, [this, actor] { m_document->setSelectedActor(actor); });
        m_criticalList->addWidget(entry);
        m_entries.append(entry);
        m_criticalActors.push_back(ca.actor);
    }
    m_criticalTitle->setText(s.criticalActors.empty()
                                 ? tr("Critical actors: none so far (no target reached by the cursor, or no single "
                                      "actor's removal would change it)")
                                 : tr("Critical actors (%1): whose removal breaks or delays the path to the target most")
                                       .arg(s.criticalActors.size()));
}

void CaseSummaryPage::setWhatIf(const QString &html)
{
    m_whatIf->setText(html);
    m_whatIf->setVisible(!html.isEmpty());
}

QString CaseSummaryPage::text() const
{
    QString t = m_title->text() + QLatin1Char('\n') + m_asOf->text() + QLatin1Char('\n') + m_body->text()
                + QLatin1Char('\n') + m_criticalTitle->text();
    for (const ClickableLabel *entry : m_entries)
        t += QLatin1Char('\n') + entry->text();
    return t;
}

} // namespace cascade
