// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/zoomstack.h"

#include "app/timeline/timelineicons.h"

#include <QAction>

namespace cascade {

ZoomStack::ZoomStack(QObject *parent)
    : QObject(parent), m_zoomOut(new QAction(QIcon::fromTheme(QStringLiteral("zoom-out"), timelineIcon(TimelineIcon::ZoomOut)), tr("Timeline Zoom &Back"), this)),
      m_reset(new QAction(QIcon::fromTheme(QStringLiteral("zoom-original"), timelineIcon(TimelineIcon::ZoomReset)), tr("Timeline &Full Range"), this))
{
    m_zoomOut->setObjectName(QStringLiteral("timelineZoomOut"));
    m_zoomOut->setToolTip(tr("Go back to the time range shown before the last zoom"));
    m_zoomOut->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Minus));
    m_reset->setObjectName(QStringLiteral("timelineResetZoom"));
    m_reset->setToolTip(tr("Show the whole case on the timeline"));
    m_reset->setShortcut(QKeySequence(Qt::ALT | Qt::Key_0));
    connect(m_zoomOut, &QAction::triggered, this, &ZoomStack::zoomOut);
    connect(m_reset, &QAction::triggered, this, &ZoomStack::reset);
    updateActions();
}

std::optional<ZoomStack::Range> ZoomStack::current() const
{
    if (m_ranges.empty())
        return std::nullopt;
    return m_ranges.back();
}

void ZoomStack::zoomIn(Range range)
{
    if (current() == range)
        return;
    m_ranges.push_back(range);
    updateActions();
    emit changed();
}

void ZoomStack::replaceCurrent(Range range)
{
    if (m_ranges.empty()) {
        zoomIn(range);
        return;
    }
    if (m_ranges.back() == range)
        return;
    m_ranges.back() = range;
    emit changed();
}

void ZoomStack::zoomOut()
{
    if (m_ranges.empty())
        return;
    m_ranges.pop_back();
    updateActions();
    emit changed();
}

void ZoomStack::reset()
{
    if (m_ranges.empty())
        return;
    m_ranges.clear();
    updateActions();
    emit changed();
}

void ZoomStack::updateActions()
{
    m_zoomOut->setEnabled(!m_ranges.empty());
    m_reset->setEnabled(!m_ranges.empty());
}

} // namespace cascade
