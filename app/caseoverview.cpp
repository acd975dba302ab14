// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/caseoverview.h"

#include "app/document/casedocument.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace cascade {

CaseOverview::CaseOverview(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_counts(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // The case's own texts: plain text, whatever they contain (docs/reliability.md).
    m_title->setTextFormat(Qt::PlainText);
    m_summary->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_counts->setTextFormat(Qt::RichText);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_counts);
    layout->addStretch(1);
    connect(m_document, &CaseDocument::caseReset, this, &CaseOverview::refresh);
    refresh();
}

QString CaseOverview::titleText() const
{
    return m_title->text();
}

QString CaseOverview::countsText() const
{
    return m_counts->text();
}

void CaseOverview::refresh()
{
    const Case &c = m_document->caseData();
    m_title->setText(c.title.isEmpty() ? tr("Untitled case") : c.title);
    m_summary->setText(c.summary);
    int kinds[kEventKindCount] = {};
    for (const Event &e : c.events)
        ++kinds[static_cast<int>(e.kind)];
    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing=4>");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Actors"), locale.toString(qint64(c.actors.size())));
    row(tr("Events"), tr("%1 (%2 posts, %3 reposts, %4 replies, %5 quotes, %6 offline)")
                          .arg(locale.toString(qint64(c.events.size())), locale.toString(kinds[0]),
                               locale.toString(kinds[1]), locale.toString(kinds[2]), locale.toString(kinds[3]),
                               locale.toString(kinds[4])));
    row(tr("Milestones"), locale.toString(qint64(c.milestones.size())));
    row(tr("Notes"), locale.toString(qint64(c.notes.size())));
    if (!c.events.empty()) {
        const QTimeZone zone = m_document->displayZone();
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        row(tr("From"), toDateTime(c.startTime(), zone).toString(format));
        row(tr("To"), toDateTime(c.endTime(), zone).toString(format));
        row(tr("Time zone"), QString::fromUtf8(zone.id()));
    }
    if (c.origin != kNoActor)
        row(tr("Origin"), c.actors[static_cast<std::size_t>(c.origin)].handle);
    QStringList targets;
    for (ActorId t : c.targets)
        targets << c.actors[static_cast<std::size_t>(t)].handle;
    if (!targets.isEmpty())
        row(tr("Targets"), targets.join(QStringLiteral(", ")));
    html += QStringLiteral("</table>");
    m_counts->setText(html);
}

} // namespace cascade
