// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/caseoverview.h"

#include "app/document/casedocument.h"
#include "app/presentation/displayformat.h"
#include "app/presentation/timelabels.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cascade {

namespace {

QLabel *richLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    label->setOpenExternalLinks(false); // CaseOverview decides what opens
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}

} // namespace

CaseOverview::CaseOverview(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 18, 18, 18);
    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // The case's own texts: plain text, whatever they contain (docs/reliability.md).
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts = richLabel(content);
    m_notesHeading = headingLabel(tr("Notes"), content);
    m_notes = richLabel(content);
    m_sourcesHeading = headingLabel(tr("Sources"), content);
    m_sources = richLabel(content);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_counts);
    layout->addSpacing(12);
    layout->addWidget(m_notesHeading);
    layout->addWidget(m_notes);
    layout->addSpacing(12);
    layout->addWidget(m_sourcesHeading);
    layout->addWidget(m_sources);
    layout->addStretch(1);
    connect(m_sources, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (isOpenableLink(url))
            emit linkActivated(url);
    });
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

QString CaseOverview::notesText() const
{
    return m_notes->text();
}

QString CaseOverview::sourcesText() const
{
    return m_sources->text();
}

bool CaseOverview::isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

void CaseOverview::refresh()
{
    const Case &c = m_document->caseData();
    m_title->setText(DisplayFormat::caseHeading(c));
    m_summary->setText(DisplayFormat::caseSummary(c));
    m_summary->setVisible(!c.summary.isEmpty());
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
    row(tr("Sources"), locale.toString(qint64(c.sources.size())));
    const QTimeZone zone = m_document->displayZone();
    if (!c.events.empty()) {
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

    // Notes: case-wide ones first (file order), then those pinned to an actor or a moment.
    QString notes;
    for (int pass = 0; pass < 2; ++pass)
        for (const Note &n : c.notes) {
            const bool pinned = n.actor != kNoActor || n.time.has_value();
            if (pinned != (pass == 1))
                continue;
            QStringList about;
            if (n.actor >= 0 && static_cast<std::size_t>(n.actor) < c.actors.size())
                about << c.actors[static_cast<std::size_t>(n.actor)].handle;
            if (n.time)
                about << formatCursorTime(*n.time, zone);
            QString item = QStringLiteral("<p>");
            if (!about.isEmpty())
                item += QStringLiteral("<b>%1</b>: ").arg(about.join(QStringLiteral(", ")).toHtmlEscaped());
            item += n.text.toHtmlEscaped() + QStringLiteral("</p>");
            notes += item;
        }
    m_notes->setText(notes);
    m_notesHeading->setVisible(!c.notes.empty());
    m_notes->setVisible(!c.notes.empty());

    QString sources;
    for (const Source &s : c.sources) {
        const QString title = DisplayFormat::sourceTitle(s);
        sources += QStringLiteral("<p><b>%1</b>").arg(title.toHtmlEscaped());
        const QUrl url(s.url);
        if (isOpenableLink(url))
            sources += QStringLiteral("<br><a href=\"%1\">%2</a>")
                           .arg(QString::fromUtf8(url.toEncoded()).toHtmlEscaped(), s.url.toHtmlEscaped());
        else if (!s.url.isEmpty())
            sources += QStringLiteral("<br>%1").arg(s.url.toHtmlEscaped());
        if (const QString note = DisplayFormat::sourceNote(s); !note.isEmpty())
            sources += QStringLiteral("<br>%1").arg(note.toHtmlEscaped());
        sources += QStringLiteral("</p>");
    }
    m_sources->setText(sources);
    m_sourcesHeading->setVisible(!c.sources.empty());
    m_sources->setVisible(!c.sources.empty());
}

} // namespace cascade
