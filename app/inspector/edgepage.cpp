// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/edgepage.h"

#include "app/document/casedocument.h"
#include "app/inspector/measureinfo.h"
#include "app/presentation/displayformat.h"

#include "app/inspector/clickablelabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cascade {

namespace {

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
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_back(new QPushButton(this)), m_status(new QLabel(this)),
      m_rule(new QComboBox(this)), m_ruleText(new QLabel(this)), m_more(new QLabel(this)), m_list(new QVBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->setSpacing(6);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText); // two handles, whatever they contain
    m_title->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    m_back->hide();
    connect(m_back, &QPushButton::clicked, this, &EdgePage::backRequested);
    top->addWidget(m_back, 0, Qt::AlignTop);
    layout->addLayout(top);
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

    m_list->setSpacing(2);
    layout->addLayout(m_list);
    m_more->setWordWrap(true);
    m_more->setForegroundRole(QPalette::PlaceholderText);
    m_more->hide();
    layout->addWidget(m_more);
    layout->addStretch(1);
}

EventId EdgePage::eventAt(int i) const
{
    return i >= 0 && i < static_cast<int>(m_shown.size()) ? m_shown[static_cast<std::size_t>(i)] : kNoEvent;
}

void EdgePage::setEdge(ActorId from, ActorId to)
{
    m_from = from;
    m_to = to;
    const Case &c = m_document->caseData();
    m_title->setText(tr("%1 \u2194 %2").arg(DisplayFormat::handle(c, from), DisplayFormat::handle(c, to)));
    qDeleteAll(m_entries);
    m_entries.clear();
    m_shown.clear();
    m_more->hide();
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
    qDeleteAll(m_entries);
    m_entries.clear();
    m_shown.clear();
    int observed = 0;
    for (const EdgeEvent &ev : events)
        if (!ev.inferredByCase && !ev.creditOnly)
            ++observed;
    for (const EdgeEvent &ev : events) {
        if (m_entries.size() >= kMaxShown)
            break;
        const Event &e = c.events[static_cast<std::size_t>(ev.event)];
        QStringList verbs;
        for (InteractionKind kind : ev.kinds)
            verbs << kindVerb(kind);
        QStringList evidence;
        if (ev.creditOnly)
            evidence << tr("not a direct interaction: %1 relays a %2 by a third party, and the rule credits %3")
                            .arg(DisplayFormat::handle(c, ev.author), QLatin1String(eventKindName(e.kind)),
                                 DisplayFormat::handle(c, ev.creditedTo));
        else
            evidence << (ev.inferredByCase ? tr("inferred by the case author") : tr("observed in the data"));
        if (!ev.creditOnly && ev.creditedTo != kNoActor)
            evidence << (ev.creditInferred ? tr("credited to %1 by the rule (inferred)") : tr("credited to %1 (as in the data)"))
                            .arg(DisplayFormat::handle(c, ev.creditedTo));
        const QString html = QStringLiteral("<b>%1</b>&nbsp; %2<br><span style=\"color:%3\">%4</span>")
                                 .arg(DisplayFormat::clock(e.time, zone, dated),
                                      QStringLiteral("%1 %2 %3")
                                          .arg(DisplayFormat::handle(c, ev.author), verbs.join(tr(" and ")),
                                               DisplayFormat::handle(c, ev.other))
                                          .toHtmlEscaped(),
                                      palette().color(QPalette::Disabled, QPalette::Text).name(),
                                      evidence.join(QStringLiteral("; ")).toHtmlEscaped());
        auto *entry = new ClickableLabel(html, this);
        QString tip = QStringLiteral("<p><b>%1</b></p>").arg(e.text.toHtmlEscaped());
        if (!e.gloss.isEmpty())
            tip += QStringLiteral("<p>%1</p>").arg(e.gloss.toHtmlEscaped());
        entry->setToolTip(tip + tr("<p><i>Click to move the cursor to it.</i></p>"));
        const EventId id = ev.event;
        connect(entry, &ClickableLabel::clicked, this, [this, id] { m_document->setSelectedEvent(id); });
        m_list->addWidget(entry);
        m_entries.append(entry);
        m_shown.push_back(ev.event);
    }
    m_more->setVisible(static_cast<int>(events.size()) > kMaxShown);
    m_more->setText(tr("\u2026 and %1 more (the events list shows them all).").arg(static_cast<int>(events.size()) - kMaxShown));
    m_status->setText(events.empty()       ? tr("No event links these two actors.")
                     : events.size() == 1
                         ? (observed == 1 ? tr("1 event behind this link, observed in the data. "
                                               "It is greyed while it is later than the cursor.")
                                          : tr("1 event behind this link, inferred. "
                                               "It is greyed while it is later than the cursor."))
                         : tr("%1 events behind this link: %2 observed in the data, %3 inferred. "
                              "Events later than the cursor are greyed.")
                               .arg(events.size())
                               .arg(observed)
                               .arg(static_cast<int>(events.size()) - observed));
    showCursor();
}

void EdgePage::showCursor()
{
    const TimeMs cursor = m_document->cursor();
    const Case &c = m_document->caseData();
    for (int i = 0; i < m_entries.size(); ++i) {
        const bool later = c.events[static_cast<std::size_t>(m_shown[static_cast<std::size_t>(i)])].time > cursor;
        m_entries[i]->setDimmed(later);
    }
}

void EdgePage::setBackTarget(const QString &handle)
{
    m_back->setText(tr("\u2190 %1").arg(handle));
    m_back->setToolTip(tr("Back to %1").arg(handle));
    m_back->setVisible(!handle.isEmpty());
}

QAbstractButton *EdgePage::backButton() const
{
    return m_back;
}

void EdgePage::setCreditRule(CreditRule rule)
{
    m_rule->setCurrentIndex(static_cast<int>(rule));
    m_ruleText->setText(creditRuleExplanation(rule));
}

QString EdgePage::text() const
{
    QString t = m_title->text() + QLatin1Char('\n') + m_status->text() + QLatin1Char('\n') + m_rule->currentText();
    for (const ClickableLabel *entry : m_entries)
        t += QLatin1Char('\n') + entry->text();
    return t;
}

} // namespace cascade
