// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/flashanimator.h"

#include <QTimer>

#include <utility>

namespace cascade {

FlashAnimator::FlashAnimator(Paint paint, QObject *parent)
    : QObject(parent), m_paint(std::move(paint)), m_timer(new QTimer(this))
{
    m_timer->setInterval(33);
    connect(m_timer, &QTimer::timeout, this, &FlashAnimator::tick);
    m_clock.start();
}

void FlashAnimator::start(Kind kind, int id)
{
    if (id < 0)
        return;
    const qint64 t = now();
    for (Flash &f : m_flashes)
        if (f.kind == kind && f.id == id) {
            f.start = t;
            if (m_manual) // the caller paints this frame next, before any tick
                m_paint(kind, id, 1);
            return;
        }
    m_flashes.push_back({kind, id, t});
    m_paint(kind, id, 1);
    if (!m_manual && !m_timer->isActive())
        m_timer->start();
}

void FlashAnimator::stopAll()
{
    for (const Flash &f : m_flashes)
        m_paint(f.kind, f.id, 0);
    clear();
}

void FlashAnimator::clear()
{
    m_flashes.clear();
    m_timer->stop();
}

void FlashAnimator::setManualTime(qint64 ms)
{
    m_manual = true;
    m_manualNow = ms;
    m_timer->stop();
    tick();
}

void FlashAnimator::tick()
{
    const qint64 t = now();
    std::erase_if(m_flashes, [&](const Flash &f) {
        const qreal strength = 1.0 - static_cast<qreal>(t - f.start) / static_cast<qreal>(m_durationMs);
        const qreal s = strength > 0 ? strength : 0;
        m_paint(f.kind, f.id, s);
        return s <= 0;
    });
    if (m_flashes.empty())
        m_timer->stop();
}

} // namespace cascade
