// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace cascade {

class CaseDocument;
class Transport;

// The row of controls above the timeline: start, previous milestone, previous event,
// play/pause, next event, next milestone, end; the playback speed; the zoom buttons;
// the cursor time in the display zone ("Sun 17 Jan 2010 11:52 (America/Port-au-Prince)")
// and how far the story has got (events so far, potential exposure so far).
class TransportBar : public QWidget
{
    Q_OBJECT
public:
    TransportBar(CaseDocument *document, Transport *transport, const QList<QAction *> &zoomActions,
                 QWidget *parent = nullptr);

    // The texts shown (tests).
    QString timeText() const;
    QString progressText() const;
    QComboBox *speedBox() const { return m_speed; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    // Shows the longest time and progress texts that fit the width left after the buttons.
    void fitTexts();

    CaseDocument *m_document;
    Transport *m_transport;
    QComboBox *m_speed;
    QLabel *m_time;
    QLabel *m_progress;
    QStringList m_timeTexts;     // longest first; the first that fits is shown
    QStringList m_progressTexts; // the same
};

} // namespace cascade
