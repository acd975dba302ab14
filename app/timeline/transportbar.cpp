// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/transportbar.h"

#include "app/document/casedocument.h"
#include "app/presentation/displayformat.h"
#include "app/presentation/timelabels.h"
#include "app/timeline/transport.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include <algorithm>

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
    // A shorter text in a narrow dock (see fitTexts()) rather than a wider window.
    m_time->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
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
    return m_timeTexts.isEmpty() ? QString() : m_timeTexts.front();
}

QString TransportBar::progressText() const
{
    return m_progressTexts.isEmpty() ? QString() : m_progressTexts.front();
}

void TransportBar::refresh()
{
    const TimeIndex &index = m_document->timeIndex();
    if (index.empty()) {
        m_timeTexts = {tr("No events")};
        m_progressTexts.clear();
        fitTexts();
        return;
    }
    const Snapshot &snapshot = m_document->snapshot();
    const TimeMs cursor = m_document->cursor();
    const QTimeZone zone = m_document->displayZone();
    if (cursor < index.startTime()) {
        m_timeTexts = {tr("Before the first event (%1)").arg(DisplayFormat::zoneName(zone)), tr("Before the first event")};
    } else {
        const QString full = formatCursorTime(cursor, zone);
        const QString shorter = formatShortTime(cursor, zone);
        m_timeTexts = {full, QStringLiteral("%1 (%2)").arg(shorter, DisplayFormat::zoneName(zone)), shorter};
    }
    const QLocale locale;
    const QString done = locale.toString(snapshot.position());
    const QString all = locale.toString(index.eventCount());
    const QString exposure = formatCompactCount(snapshot.totalExposure());
    m_progressTexts = {tr("%1 of %2 events \u00b7 potential exposure so far: up to %3").arg(done, all, exposure),
                       tr("%1 / %2 events \u00b7 exposure \u2264 %3").arg(done, all, exposure),
                       tr("%1 / %2 events").arg(done, all)};
    fitTexts();
}

void TransportBar::fitTexts()
{
    auto firstFitting = [](const QStringList &texts, const QFontMetrics &metrics, int room) {
        for (const QString &text : texts)
            if (metrics.horizontalAdvance(text) <= room)
                return text;
        return QString();
    };
    const int room = width() - m_time->x() - layout()->contentsMargins().right();
    const QFontMetrics timeMetrics(m_time->font());
    QString time = firstFitting(m_timeTexts, timeMetrics, room);
    if (time.isEmpty() && !m_timeTexts.isEmpty())
        time = m_timeTexts.back(); // clipped, but the most useful part first
    m_time->setText(time);
    const int timeWidth = std::min(timeMetrics.horizontalAdvance(time) + 6, std::max(room, 0));
    if (m_time->width() != timeWidth || m_time->minimumWidth() != timeWidth)
        m_time->setFixedWidth(timeWidth);
    m_time->setToolTip(m_timeTexts.isEmpty() ? QString() : m_timeTexts.front());
    const int left = room - timeWidth - 16;
    m_progress->setText(firstFitting(m_progressTexts, QFontMetrics(m_progress->font()), left));
    m_progress->setToolTip(m_progressTexts.isEmpty() ? QString() : m_progressTexts.front());
}

void TransportBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTexts();
}

} // namespace cascade
