// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <vector>

class QTimer;

namespace cascade {

// Brief flashes of graph items (actors and links that have just acted, during play):
// each flash starts at strength 1 and fades linearly to 0 over duration(), painted
// through the function given at construction (about 30 times a second while any runs).
class FlashAnimator : public QObject
{
    Q_OBJECT
public:
    enum class Kind : quint8 { Actor, Edge };
    // Paints one item at a strength in [0, 1]; 0 means the flash is over.
    using Paint = std::function<void(Kind kind, int id, qreal strength)>;

    explicit FlashAnimator(Paint paint, QObject *parent = nullptr);

    qint64 durationMs() const { return m_durationMs; }
    void setDurationMs(qint64 ms) { m_durationMs = ms; }

    // Starts (or restarts) the flash of one item; ids below 0 are ignored.
    void start(Kind kind, int id);
    // Ends every flash at once, painting each at 0.
    void stopAll();
    // Forgets every flash without painting (the items are gone).
    void clear();
    bool isRunning() const { return !m_flashes.empty(); }
    // Runs on the caller's clock from now on (a video's frames) instead of the wall
    // clock: the time is `ms`, and every flash is painted as of it.
    void setManualTime(qint64 ms);

private:
    struct Flash {
        Kind kind;
        int id;
        qint64 start;
    };
    void tick();
    qint64 now() const { return m_manual ? m_manualNow : m_clock.elapsed(); }

    Paint m_paint;
    std::vector<Flash> m_flashes;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_durationMs = 900;
    qint64 m_manualNow = 0;
    bool m_manual = false;
};

} // namespace cascade
