// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/transport.h"

#include "app/document/casedocument.h"
#include "app/timeline/timelineicons.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QStyle>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace cascade {

namespace {

QAction *makeAction(QObject *parent, const char *name, const QString &text, const QString &tip,
                    const QKeySequence &shortcut, const QIcon &icon)
{
    auto *action = new QAction(icon, text, parent);
    action->setObjectName(QLatin1String(name));
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    action->setShortcut(shortcut);
    // The panel's own shortcuts; the main window makes them window-wide.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QIcon styleIcon(QStyle::StandardPixmap pixmap)
{
    return QApplication::style()->standardIcon(pixmap);
}

} // namespace

Transport::Transport(CaseDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_timer(new QTimer(this))
{
    m_timer->setInterval(kTickInterval);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &Transport::tick);

    m_play = makeAction(this, "timelinePlay", tr("&Play"), tr("Play: the cursor moves forward in time"),
                        QKeySequence(Qt::Key_Space), styleIcon(QStyle::SP_MediaPlay));
    m_start = makeAction(this, "timelineStart", tr("Go to &Start"), tr("Go to the first event"),
                         QKeySequence(Qt::Key_Home), styleIcon(QStyle::SP_MediaSkipBackward));
    m_end = makeAction(this, "timelineEnd", tr("Go to &End"), tr("Go to the last event"),
                       QKeySequence(Qt::Key_End), styleIcon(QStyle::SP_MediaSkipForward));
    m_previousEvent = makeAction(this, "timelinePreviousEvent", tr("Pre&vious Event"),
                                 tr("Go to the previous event"), QKeySequence(Qt::Key_Left), styleIcon(QStyle::SP_MediaSeekBackward));
    m_nextEvent = makeAction(this, "timelineNextEvent", tr("&Next Event"), tr("Go to the next event"),
                             QKeySequence(Qt::Key_Right), styleIcon(QStyle::SP_MediaSeekForward));
    m_previousMilestone = makeAction(this, "timelinePreviousMilestone", tr("Previous &Milestone"),
                                     tr("Go to the previous milestone"), QKeySequence(Qt::Key_PageUp),
                                     timelineIcon(TimelineIcon::PreviousMilestone));
    m_nextMilestone = makeAction(this, "timelineNextMilestone", tr("Next M&ilestone"),
                                 tr("Go to the next milestone"), QKeySequence(Qt::Key_PageDown), timelineIcon(TimelineIcon::NextMilestone));
    m_slower = makeAction(this, "timelineSlower", tr("&Slower"), tr("Play more slowly"),
                          QKeySequence(Qt::Key_BracketLeft), QIcon());
    m_faster = makeAction(this, "timelineFaster", tr("&Faster"), tr("Play faster"),
                          QKeySequence(Qt::Key_BracketRight), QIcon());

    connect(m_play, &QAction::triggered, this, &Transport::togglePlay);
    connect(m_start, &QAction::triggered, this, &Transport::goToStart);
    connect(m_end, &QAction::triggered, this, &Transport::goToEnd);
    connect(m_previousEvent, &QAction::triggered, this, &Transport::previousEvent);
    connect(m_nextEvent, &QAction::triggered, this, &Transport::nextEvent);
    connect(m_previousMilestone, &QAction::triggered, this, &Transport::previousMilestone);
    connect(m_nextMilestone, &QAction::triggered, this, &Transport::nextMilestone);
    connect(m_slower, &QAction::triggered, this, [this] { setSpeedIndex(m_speed - 1); });
    connect(m_faster, &QAction::triggered, this, [this] { setSpeedIndex(m_speed + 1); });

    connect(m_document, &CaseDocument::caseReset, this, &Transport::caseReset);
    connect(m_document, &CaseDocument::cursorChanged, this, &Transport::updateActions);
    caseReset();
    updatePlayAction();
}

const QList<Transport::Speed> &Transport::speeds()
{
    static const QList<Speed> list = {
        {kMsPerSecond, tr("real time")},
        {10 * kMsPerSecond, tr("10 s/s")},
        {kMsPerMinute, tr("1 min/s")},
        {5 * kMsPerMinute, tr("5 min/s")},
        {15 * kMsPerMinute, tr("15 min/s")},
        {kMsPerHour, tr("1 h/s")},
        {6 * kMsPerHour, tr("6 h/s")},
        {kMsPerDay, tr("1 day/s")},
        {7 * kMsPerDay, tr("1 week/s")},
    };
    return list;
}

int Transport::speedIndexForSpan(TimeMs span)
{
    // The slowest speed that plays the span within 90 seconds.
    const QList<Speed> &list = speeds();
    for (int i = 0; i < list.size(); ++i)
        if (span <= 90 * list.at(i).casePerSecond)
            return i;
    return static_cast<int>(list.size()) - 1;
}

bool Transport::ownsKey(const QKeyEvent *event)
{
    if (event->modifiers() != Qt::NoModifier && event->modifiers() != Qt::KeypadModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Space:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_BracketLeft:
    case Qt::Key_BracketRight:
        return true;
    default:
        return false;
    }
}

void Transport::setSpeedIndex(int index)
{
    index = std::clamp(index, 0, static_cast<int>(speeds().size()) - 1);
    if (index == m_speed)
        return;
    m_speed = index;
    m_carry = 0;
    updateActions();
    emit speedChanged(m_speed);
}

bool Transport::isPlaying() const
{
    return m_timer->isActive();
}

void Transport::play()
{
    const TimeIndex &index = m_document->timeIndex();
    if (index.empty() || isPlaying())
        return;
    if (m_document->cursor() >= index.endTime())
        goToStart();
    m_carry = 0;
    m_clock.start();
    m_timer->start();
    updatePlayAction();
    emit playingChanged(true);
}

void Transport::pause()
{
    if (!isPlaying())
        return;
    m_timer->stop();
    updatePlayAction();
    emit playingChanged(false);
}

void Transport::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void Transport::tick()
{
    // Advance by the time really elapsed (a slow repaint must not slow the story down),
    // but never by more than a few ticks at once (after a stall, resume smoothly).
    const qint64 elapsed = std::min<qint64>(m_clock.restart(), 5 * kTickInterval);
    advance(elapsed);
}

void Transport::advance(qint64 wallMs)
{
    const TimeIndex &index = m_document->timeIndex();
    if (index.empty()) {
        pause();
        return;
    }
    const double step = static_cast<double>(casePerSecond()) * static_cast<double>(wallMs) / 1000.0 + m_carry;
    const auto whole = static_cast<TimeMs>(std::floor(step));
    m_carry = step - static_cast<double>(whole);
    const TimeMs from = std::max(m_document->cursor(), index.startTime() - 1);
    const TimeMs to = from + whole;
    if (to >= index.endTime()) {
        m_document->setCursor(index.endTime());
        pause();
        return;
    }
    m_document->setCursor(to);
}

void Transport::goToStart()
{
    const TimeIndex &index = m_document->timeIndex();
    if (!index.empty())
        m_document->setCursor(index.startTime());
}

void Transport::goToEnd()
{
    const TimeIndex &index = m_document->timeIndex();
    if (!index.empty())
        m_document->setCursor(index.endTime());
}

void Transport::nextEvent()
{
    const TimeIndex &index = m_document->timeIndex();
    const int position = index.positionAt(m_document->cursor()); // events at or before the cursor
    if (position < index.eventCount())
        m_document->setCursor(index.time(position));
}

void Transport::previousEvent()
{
    const TimeIndex &index = m_document->timeIndex();
    const int position = index.positionBefore(m_document->cursor()); // events strictly before it
    if (position > 0)
        m_document->setCursor(index.time(position - 1));
}

void Transport::nextMilestone()
{
    const TimeMs cursor = m_document->cursor();
    for (const Milestone &m : m_document->caseData().milestones) {
        if (m.time > cursor) {
            m_document->setCursor(m.time);
            return;
        }
    }
}

void Transport::previousMilestone()
{
    const TimeMs cursor = m_document->cursor();
    const auto &milestones = m_document->caseData().milestones;
    for (auto it = milestones.rbegin(); it != milestones.rend(); ++it) {
        if (it->time < cursor) {
            m_document->setCursor(it->time);
            return;
        }
    }
}

void Transport::caseReset()
{
    pause();
    const TimeIndex &index = m_document->timeIndex();
    m_speed = speedIndexForSpan(index.endTime() - index.startTime());
    m_carry = 0;
    updateActions();
    emit speedChanged(m_speed);
}

void Transport::updatePlayAction()
{
    const bool playing = isPlaying();
    m_play->setText(playing ? tr("&Pause") : tr("&Play"));
    m_play->setIcon(QApplication::style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause playback (Space)") : tr("Play: the cursor moves forward in time (Space)"));
}

void Transport::updateActions()
{
    const TimeIndex &index = m_document->timeIndex();
    const bool any = !index.empty();
    const TimeMs cursor = m_document->cursor();
    const auto &milestones = m_document->caseData().milestones;
    m_play->setEnabled(any);
    m_start->setEnabled(any && cursor != index.startTime());
    m_end->setEnabled(any && cursor != index.endTime());
    m_previousEvent->setEnabled(any && cursor > index.startTime());
    m_nextEvent->setEnabled(any && cursor < index.endTime());
    m_previousMilestone->setEnabled(!milestones.empty() && milestones.front().time < cursor);
    m_nextMilestone->setEnabled(!milestones.empty() && milestones.back().time > cursor);
    m_slower->setEnabled(m_speed > 0);
    m_faster->setEnabled(m_speed + 1 < static_cast<int>(speeds().size()));
}

QList<QAction *> Transport::actions() const
{
    return {m_play, m_start, m_previousMilestone, m_previousEvent, m_nextEvent, m_nextMilestone, m_end,
            m_slower, m_faster};
}

} // namespace cascade
