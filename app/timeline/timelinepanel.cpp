// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/timelinepanel.h"

#include "app/timeline/timelinewidget.h"
#include "app/timeline/transport.h"
#include "app/timeline/transportbar.h"

#include <QAction>
#include <QVBoxLayout>

namespace cascade {

TimelinePanel::TimelinePanel(CaseDocument *document, QWidget *parent)
    : QWidget(parent), m_transport(new Transport(document, this)), m_timeline(new TimelineWidget(document, this)),
      m_bar(new TransportBar(document, m_transport, m_timeline->zoomActions(), this))
{
    setObjectName(QStringLiteral("TimelinePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_timeline, 1);
    addActions(m_transport->actions());
    setFocusProxy(m_timeline);
}

QList<QAction *> TimelinePanel::timelineActions() const
{
    return m_transport->actions() + m_timeline->zoomActions();
}

} // namespace cascade
