// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/time.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

class QKeyEvent;

class QAction;
class QTimer;

namespace cascade {

class CaseDocument;

// Moves the document's cursor: playback (a QTimer advancing the cursor at a chosen
// speed, stopping at the end of the case), steps to the previous/next event and
// milestone, start and end. Each command is a QAction with its shortcut (Space,
// Left/Right, Page Up/Page Down, Home/End, [ and ] for the speed), for menus and
// toolbars; the TransportBar shows them.
class Transport : public QObject
{
    Q_OBJECT
public:
    // A playback speed: case time per second of wall-clock time.
    struct Speed {
        TimeMs casePerSecond;
        QString label; // "5 min/s"
    };

    explicit Transport(CaseDocument *document, QObject *parent = nullptr);

    static const QList<Speed> &speeds();
    int speedIndex() const { return m_speed; }
    void setSpeedIndex(int index);
    TimeMs casePerSecond() const { return speeds().at(m_speed).casePerSecond; }
    // The speed that plays `span` of case time in about a minute (chosen on case reset).
    static int speedIndexForSpan(TimeMs span);
    // Whether a key press is one of the transport's own keys (Space, Left, Right, Home,
    // End, Page Up, Page Down, [ and ]). When such a key reaches a view, its action is
    // disabled (at the first or last event or milestone): the view must swallow it
    // rather than scroll.
    static bool ownsKey(const QKeyEvent *event);

    bool isPlaying() const;
    // Interval of the playback timer (ms).
    static constexpr int kTickInterval = 40;

    void play();
    void pause();
    void togglePlay();
    // Moves the cursor forward by `wallMs` of playback (what one timer tick does with the
    // time elapsed since the previous one); stops at the end of the case.
    void advance(qint64 wallMs);

    void goToStart();
    void goToEnd();
    void nextEvent();
    void previousEvent();
    void nextMilestone();
    void previousMilestone();

    QAction *playAction() const { return m_play; }
    QAction *startAction() const { return m_start; }
    QAction *endAction() const { return m_end; }
    QAction *previousEventAction() const { return m_previousEvent; }
    QAction *nextEventAction() const { return m_nextEvent; }
    QAction *previousMilestoneAction() const { return m_previousMilestone; }
    QAction *nextMilestoneAction() const { return m_nextMilestone; }
    QAction *slowerAction() const { return m_slower; }
    QAction *fasterAction() const { return m_faster; }
    // All of them, in menu order.
    QList<QAction *> actions() const;

signals:
    void playingChanged(bool playing);
    void speedChanged(int index);

private:
    void tick();
    void caseReset();
    void updateActions();
    void updatePlayAction();

    CaseDocument *m_document;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    int m_speed = 0;
    double m_carry = 0; // sub-millisecond remainder of the case time to advance
    QAction *m_play;
    QAction *m_start;
    QAction *m_end;
    QAction *m_previousEvent;
    QAction *m_nextEvent;
    QAction *m_previousMilestone;
    QAction *m_nextMilestone;
    QAction *m_slower;
    QAction *m_faster;
};

} // namespace cascade
