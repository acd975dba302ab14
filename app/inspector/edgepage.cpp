// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/edgepage.h"

#include "app/document/casedocument.h"
#include "app/inspector/displayformat.h"
#include "app/inspector/measureinfo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cascade {

namespace {

constexpr int kEventRole = Qt::UserRole;

QString kindVerb(InteractionKind kind)
{
    switch (kind) {
    case InteractionKind::Repost:
        return EdgePage::tr("reposts");
    case InteractionKind::Reply:
        return EdgePage::tr("replies to");
    case InteractionKind::Quote:
        return EdgePage::tr("quotes");
    case InteractionKind::Mention:
        return EdgePage::tr("mentions");
    case InteractionKind::Offline:
        return EdgePage::tr("contacts");
    }
    return {};
}

} // namespace

std::vector<EdgeEvent> collectEdgeEvents(const Case &c, const TimeIndex &index, const CascadeReconstruction &cascades,
                                         ActorId a, ActorId b, const std::atomic<bool> *cancel)
{
    std::vector<EdgeEvent> out;
    auto between = [a, b](ActorId x, ActorId y) { return (x == a && y == b) || (x == b && y == a); };
    for (EventId e = 0; e < index.eventCount(); ++e) {
        if (cancel && (e & 0xffff) == 0 && *cancel)
            return {};
        const ActorId author = index.author(e);
        if (author != a && author != b)
            continue;
        const Attribution *credit = cascades.attributionOf(e);
        EdgeEvent ev;
        ev.event = e;
        ev.author = author;
        ev.inferredByCase = c.events[static_cast<std::size_t>(e)].provenance.inferred;
        for (const TimeIndex::Link &link : index.links(e)) {
            if (!between(author, link.to))
                continue;
            ev.other = link.to;
            if (std::find(ev.kinds.begin(), ev.kinds.end(), link.kind) == ev.kinds.end())
                ev.kinds.push_back(link.kind);
            if (credit && (link.kind == InteractionKind::Repost || link.kind == InteractionKind::Quote)) {
                ev.creditedTo = credit->parentActor;
                ev.creditInferred = credit->inferred;
            }
        }
        if (ev.kinds.empty() && credit && between(author, credit->parentActor)) {
            // Not an interaction between them: a relay of a third party's message that
            // the credit rule credits to the other one.
            ev.other = credit->parentActor;
            ev.kinds.push_back(index.kind(e) == EventKind::Quote ? InteractionKind::Quote : InteractionKind::Repost);
            ev.creditOnly = true;
            ev.creditedTo = credit->parentActor;
            ev.creditInferred = credit->inferred;
        }
        if (!ev.kinds.empty())
            out.push_back(std::move(ev));
    }
    return out;
}

EdgePage::EdgePage(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_status(new QLabel(this)),
      m_rule(new QComboBox(this)), m_ruleText(new QLabel(this)), m_events(new QTreeWidget(this))
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
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);

    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(new QLabel(tr("Credit rule:"), this));
    for (int r = 0; r < kCreditRuleCount; ++r) {
        m_rule->addItem(creditRuleTitle(static_cast<CreditRule>(r)), r);
        m_rule->setItemData(r, creditRuleExplanation(static_cast<CreditRule>(r)), Qt::ToolTipRole);
    }
    ruleRow->addWidget(m_rule, 1);
    layout->addLayout(ruleRow);
    connect(m_rule, &QComboBox::activated, this, [this](int i) {
        emit creditRuleRequested(static_cast<CreditRule>(m_rule->itemData(i).toInt()));
    });
    m_ruleText->setWordWrap(true);
    m_ruleText->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_ruleText);

    m_events->setColumnCount(3);
    m_events->setHeaderLabels({tr("Time"), tr("Event"), tr("Evidence")});
    m_events->setRootIsDecorated(false);
    m_events->setWordWrap(true);
    m_events->header()->setStretchLastSection(true);
    m_events->setToolTip(tr("Click an event to move the cursor to it."));
    connect(m_events, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_document->setSelectedEvent(item->data(0, kEventRole).toInt());
    });
    layout->addWidget(m_events, 1);
}

void EdgePage::setEdge(ActorId from, ActorId to)
{
    m_from = from;
    m_to = to;
    const Case &c = m_document->caseData();
    m_title->setText(tr("%1 \u2194 %2").arg(DisplayFormat::handle(c, from), DisplayFormat::handle(c, to)));
    m_events->clear();
}

void EdgePage::showPending()
{
    m_status->setText(tr("Collecting the events behind this link\u2026"));
}

void EdgePage::showEvents(const std::vector<EdgeEvent> &events)
{
    const Case &c = m_document->caseData();
    const QTimeZone zone = m_document->displayZone();
    const bool dated = DisplayFormat::spansSeveralDays(c.startTime(), c.endTime(), zone);
    m_events->clear();
    int observed = 0;
    for (const EdgeEvent &ev : events) {
        const Event &e = c.events[static_cast<std::size_t>(ev.event)];
        auto *item = new QTreeWidgetItem(m_events);
        item->setData(0, kEventRole, ev.event);
        item->setText(0, DisplayFormat::clock(e.time, zone, dated));
        QStringList verbs;
        for (InteractionKind kind : ev.kinds)
            verbs << kindVerb(kind);
        item->setText(1, QStringLiteral("%1 %2 %3")
                             .arg(DisplayFormat::handle(c, ev.author), verbs.join(tr(" and ")),
                                  DisplayFormat::handle(c, ev.other)));
        QStringList evidence;
        if (ev.creditOnly)
            evidence << tr("credited by the rule: %1 relays %2 of another author, and the rule credits %3")
                            .arg(DisplayFormat::handle(c, ev.author), QLatin1String(eventKindName(e.kind)),
                                 DisplayFormat::handle(c, ev.creditedTo));
        else
            evidence << (ev.inferredByCase ? tr("inferred by the case author") : tr("observed in the data"));
        if (!ev.creditOnly && ev.creditedTo != kNoActor)
            evidence << (ev.creditInferred ? tr("credited to %1 (inferred)") : tr("credited to %1 (observed)"))
                            .arg(DisplayFormat::handle(c, ev.creditedTo));
        if (!ev.inferredByCase && !ev.creditOnly)
            ++observed;
        item->setText(2, evidence.join(QStringLiteral("; ")));
        QString tip = QStringLiteral("<p><b>%1</b></p>").arg(e.text.toHtmlEscaped());
        if (!e.gloss.isEmpty())
            tip += QStringLiteral("<p>%1</p>").arg(e.gloss.toHtmlEscaped());
        for (int col = 0; col < 3; ++col)
            item->setToolTip(col, col == 2 ? item->text(2) : tip);
    }
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1);
    m_status->setText(events.empty() ? tr("No event links these two actors.")
                                     : tr("%1 events behind this link, %2 observed in the data and %3 inferred.")
                                           .arg(events.size())
                                           .arg(observed)
                                           .arg(static_cast<int>(events.size()) - observed));
    showCursor();
}

void EdgePage::showCursor()
{
    const TimeMs cursor = m_document->cursor();
    const Case &c = m_document->caseData();
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < m_events->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_events->topLevelItem(i);
        const EventId e = item->data(0, kEventRole).toInt();
        const bool later = c.events[static_cast<std::size_t>(e)].time > cursor;
        for (int col = 0; col < 3; ++col)
            item->setForeground(col, later ? QBrush(grey) : QBrush());
    }
}

void EdgePage::setCreditRule(CreditRule rule)
{
    m_rule->setCurrentIndex(static_cast<int>(rule));
    m_ruleText->setText(creditRuleExplanation(rule));
}

QString EdgePage::text() const
{
    QString t = m_title->text() + QLatin1Char('\n') + m_status->text() + QLatin1Char('\n') + m_rule->currentText();
    for (int i = 0; i < m_events->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_events->topLevelItem(i);
        t += QStringLiteral("\n%1 | %2 | %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return t;
}

} // namespace cascade
