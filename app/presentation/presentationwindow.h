// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/time.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QScreen;
class QTimer;
class QVariantAnimation;

namespace cascade {

class CaseDocument;
class GraphView;
class PresentationCard;
class PresenterView;

// Presentation mode (View > Present, F5): the case's milestones as beats, full screen,
// the graph large and following the story, a lower-third card with the milestone's
// number, title and caption, the clock and the time strip.
//
// Keys (a presenter's clicker sends Page Down and Page Up):
//   Right, Page Down, Space, Enter  the next beat: the events between the two milestones
//                                   replay over kReplayMs (they flash in order, the
//                                   camera follows); during a replay, the end of it
//   Left, Page Up, Backspace        the previous beat (no replay)
//   Home, End                       the first, the last beat
//   a number, then Enter            that milestone (1 for the first)
//   B, .                            blank the screen (again: back)
//   P                               the presenter view, in a window (with two screens it
//                                   opens on the other one at the start)
//   Esc                             leave
// It drives the document's cursor: when it closes the window shows the moment reached.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kReplayMs = 4000;

    explicit PresentationWindow(CaseDocument *document, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    // The beat to start at for the document's cursor: the last milestone at or before
    // it, else the first.
    static int beatAt(const CaseDocument &document);
    // Shows the window full screen at milestone `beat` (and the presenter view on a
    // second screen when there is one).
    void start(int beat);

    int beat() const { return m_beat; }
    int beatCount() const;
    bool replaying() const;
    bool blanked() const { return m_blank->isVisible(); }
    GraphView *graphView() const { return m_graph; }
    PresentationCard *card() const { return m_card; }
    PresenterView *presenterView() const { return m_presenter; }
    void showPresenterView(QScreen *screen = nullptr);

    void goToBeat(int beat);   // at once
    void nextBeat();           // replays the events in between
    void previousBeat();

signals:
    void beatChanged(int beat);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showBeat();
    void placeChildren();

    CaseDocument *m_document;
    GraphView *m_graph;
    PresentationCard *m_card;
    QWidget *m_blank;
    QVariantAnimation *m_replay;
    PresenterView *m_presenter = nullptr;
    QString m_typed; // digits typed before Enter
    int m_beat = 0;
};

// The lower third: "3 / 7", the milestone's title and caption, the clock, the time strip.
class PresentationCard : public QWidget
{
    Q_OBJECT
public:
    explicit PresentationCard(CaseDocument *document, QWidget *parent = nullptr);
    void setBeat(int beat, int count, const QString &title, const QString &caption);
    void setTime(TimeMs time);
    QString titleText() const { return m_title; }
    QString captionText() const { return m_caption; }
    QString numberText() const;
    QString clockText() const;
    // The height the card wants at a window `height` pixels tall.
    static int preferredHeight(int height);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    CaseDocument *m_document;
    int m_beat = 0;
    int m_count = 0;
    QString m_title;
    QString m_caption;
    TimeMs m_time = 0;
};

// The presenter's view: the beat now, the next one, the milestone's speaker notes and
// the time since the presentation started.
class PresenterView : public QWidget
{
    Q_OBJECT
public:
    explicit PresenterView(CaseDocument *document, QWidget *parent = nullptr);
    void setBeat(int beat);
    QString nowText() const;
    QString nextText() const;
    QString notesText() const;
    QString timerText() const;

private:
    void tick();

    CaseDocument *m_document;
    QLabel *m_now;
    QLabel *m_next;
    QLabel *m_notes;
    QLabel *m_timer;
    QTimer *m_clock;
    QElapsedTimer m_elapsed;
};

} // namespace cascade
