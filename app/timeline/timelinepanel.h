// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QAction;

namespace cascade {

class CaseDocument;
class TimelineWidget;
class Transport;
class TransportBar;

// The timeline dock's content: the transport bar above the timeline chart. Its actions
// (transport and zoom) carry their shortcuts; they work while the panel has the focus,
// and window-wide once the main window sets their context to Qt::WindowShortcut.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(CaseDocument *document, QWidget *parent = nullptr);

    TimelineWidget *timeline() const { return m_timeline; }
    Transport *transport() const { return m_transport; }
    TransportBar *transportBar() const { return m_bar; }
    // Every action, in menu order: play/pause, start, previous/next milestone and
    // event, end, slower, faster, then zoom in, zoom back, full range.
    QList<QAction *> timelineActions() const;

private:
    Transport *m_transport;
    TimelineWidget *m_timeline;
    TransportBar *m_bar;
};

} // namespace cascade
