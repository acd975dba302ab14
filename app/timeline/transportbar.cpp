// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/transportbar.h"

#include "app/document/casedocument.h"
#include "app/timeline/timelabels.h"
#include "app/timeline/transport.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace cascade {

namespace {

QToolButton *button(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setAutoRaise(true);
    b->setFocusPolicy(Qt::NoFocus); // keys belong to the timeline, not to a button
    return b;
}

} // namespace

TransportBar::TransportBar(CaseDocument *document, Transport *transport, const QList<QAction *> &zoomActions,
                           QWidget *parent)
    : QWidget(parent), m_document(document), m_transport(transport), m_speed(new QComboBox(this)),
      m_time(new QLabel(this)), m_progress(new QLabel(this))
{
    setObjectName(QStringLiteral("TransportBar"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(4, 2, 4, 2);
    row->setSpacing(2);
    for (QAction *a : {transport->startAction(), transport->previousMilestoneAction(), transport->previousEventAction(),
                       transport->playAction(), transport->nextEventAction(), transport->nextMilestoneAction(),
                       transport->endAction()})
        row->addWidget(button(a, this));
    row->addSpacing(8);

    m_speed->setObjectName(QStringLiteral("timelineSpeed"));
    m_speed->setToolTip(tr("Playback speed: case time per second ([ slower, ] faster)"));
    m_speed->setFocusPolicy(Qt::NoFocus);
    for (const Transport::Speed &s : Transport::speeds())
        m_speed->addItem(s.label);
    m_speed->setCurrentIndex(transport->speedIndex());
    connect(m_speed, &QComboBox::currentIndexChanged, transport, &Transport::setSpeedIndex);
    connect(transport, &Transport::speedChanged, m_speed, &QComboBox::setCurrentIndex);
    row->addWidget(m_speed);
    row->addSpacing(8);
    for (QAction *a : zoomActions)
        row->addWidget(button(a, this));
    row->addSpacing(12);

    QFont bold = m_time->font();
    bold.setBold(true);
    m_time->setFont(bold);
    m_time->setObjectName(QStringLiteral("timelineTime"));
    m_time->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for a typical text, so that the row does not jump while playing.
    m_time->setMinimumWidth(QFontMetrics(bold).horizontalAdvance(
        QStringLiteral("Wed 30 Sep 2010 23:59:59 (America/Port-au-Prince)")));
    row->addWidget(m_time);
    row->addSpacing(12);
    m_progress->setObjectName(QStringLiteral("timelineProgress"));
    m_progress->setMinimumWidth(0); // shrinks (clipped) rather than widening the window
    m_progress->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_progress, 1);

    connect(document, &CaseDocument::cursorChanged, this, &TransportBar::refresh);
    connect(document, &CaseDocument::caseReset, this, &TransportBar::refresh);
    refresh();
}

QString TransportBar::timeText() const
{
    return m_time->text();
}

QString TransportBar::progressText() const
{
    return m_progress->text();
}

void TransportBar::refresh()
{
    const TimeIndex &index = m_document->timeIndex();
    if (index.empty()) {
        m_time->setText(tr("No events"));
        m_progressTexts.clear();
        m_progress->clear();
        return;
    }
    const Snapshot &snapshot = m_document->snapshot();
    const TimeMs cursor = m_document->cursor();
    m_time->setText(cursor < index.startTime() ? tr("Before the first event (%1)").arg(zoneName(m_document->displayZone()))
                                               : formatCursorTime(cursor, m_document->displayZone()));
    const QLocale locale;
    const QString done = locale.toString(snapshot.position());
    const QString all = locale.toString(index.eventCount());
    const QString exposure = formatCompactCount(snapshot.totalExposure());
    m_progressTexts = {tr("%1 of %2 events \u00b7 potential exposure so far: up to %3").arg(done, all, exposure),
                       tr("%1 / %2 events \u00b7 exposure \u2264 %3").arg(done, all, exposure),
                       tr("%1 / %2 events").arg(done, all)};
    m_progress->setToolTip(m_progressTexts.front());
    fitProgress();
}

void TransportBar::fitProgress()
{
    const QFontMetrics metrics(m_progress->font());
    for (const QString &text : std::as_const(m_progressTexts)) {
        if (metrics.horizontalAdvance(text) <= m_progress->width()) {
            m_progress->setText(text);
            return;
        }
    }
    m_progress->clear();
}

void TransportBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitProgress();
}

} // namespace cascade
