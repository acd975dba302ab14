// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/casesummarypage.h"

#include "app/document/casedocument.h"
#include "app/inspector/displayformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cascade {

namespace {

constexpr int kActorRole = Qt::UserRole;

} // namespace

CaseSummaryPage::CaseSummaryPage(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_asOf(new QLabel(this)),
      m_body(new QLabel(this)), m_criticalTitle(new QLabel(this)), m_critical(new QTreeWidget(this)),
      m_whatIf(new QLabel(this)), m_hint(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
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
    m_critical->setColumnCount(3);
    m_critical->setHeaderLabels({tr("Actor"), tr("Followers"), tr("Without it")});
    m_critical->setRootIsDecorated(false);
    m_critical->setUniformRowHeights(true);
    m_critical->setWordWrap(false);
    m_critical->setToolTip(tr("Click an actor to inspect it."));
    m_critical->header()->setStretchLastSection(true);
    m_critical->setMinimumHeight(m_critical->fontMetrics().height() * 6);
    connect(m_critical, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_document->setSelectedActor(item->data(0, kActorRole).toInt());
    });
    layout->addWidget(m_critical, 1);

    m_whatIf->setWordWrap(true);
    m_whatIf->setTextFormat(Qt::RichText);
    m_whatIf->hide();
    layout->addWidget(m_whatIf);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Select an actor in the graph or the lists to see why it mattered."));
    layout->addWidget(m_hint);
}

void CaseSummaryPage::showPending()
{
    m_current = false;
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    m_title->setText(c.title.isEmpty() ? tr("Untitled case") : c.title);
    m_asOf->setText(tr("Case summary as of %1 (%2)%3")
                        .arg(DisplayFormat::dateTime(m_document->cursor(), zone), DisplayFormat::zoneName(zone),
                             tr(", updating\u2026")));
}

void CaseSummaryPage::showSummary(const CaseSummary &s)
{
    m_current = true;
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    const bool dated = DisplayFormat::spansSeveralDays(c.startTime(), c.endTime(), zone);
    auto at = [&](TimeMs t) { return DisplayFormat::clock(t, zone, dated); };
    m_title->setText(c.title.isEmpty() ? tr("Untitled case") : c.title);
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
    html += tr("<p>%1 of the %2 actors active so far have been reached from the origin.</p>")
                .arg(DisplayFormat::count(s.actorsReached), DisplayFormat::count(s.actorsVisible));
    m_body->setText(html);

    m_critical->clear();
    int rank = 0;
    for (const CriticalActor &ca : s.criticalActors) {
        QStringList effects;
        for (const TargetOutcome &o : ca.targets) {
            if (o.lost())
                effects << tr("%1 never reached").arg(DisplayFormat::handle(c, o.target));
            else if (o.addedLatency() > 0)
                effects << tr("%1 %2 later").arg(DisplayFormat::handle(c, o.target), DisplayFormat::duration(o.addedLatency()));
        }
        if (ca.actorsLost > 0)
            effects << tr("%1 actors lost").arg(ca.actorsLost);
        auto *item = new QTreeWidgetItem(m_critical);
        item->setText(0, QStringLiteral("%1. %2").arg(++rank).arg(DisplayFormat::handle(c, ca.actor)));
        item->setData(0, kActorRole, ca.actor);
        item->setText(1, DisplayFormat::count(c.actors[static_cast<std::size_t>(ca.actor)].followers));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, effects.join(QStringLiteral("; ")));
        item->setToolTip(2, item->text(2));
        item->setForeground(0, DisplayFormat::roleColor(c, ca.actor).darker(130));
    }
    m_critical->resizeColumnToContents(0);
    m_critical->resizeColumnToContents(1);
    m_criticalTitle->setText(s.criticalActors.empty()
                                 ? tr("Critical actors: none so far (no target reached by the cursor, or no single "
                                      "actor's removal would change it)")
                                 : tr("Critical actors (%1)").arg(s.criticalActors.size()));
    m_critical->setVisible(!s.criticalActors.empty());
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
    for (int i = 0; i < m_critical->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_critical->topLevelItem(i);
        t += QStringLiteral("\n%1 | %2 | %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return t;
}

} // namespace cascade
