// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/time.h"

#include <QObject>

#include <optional>
#include <vector>

class QAction;

namespace cascade {

// The timeline's zoom history (the idea of KDAB hotspot's FilterAndZoomStack): each
// zoom into a time range is pushed, "zoom out" goes back to the previous range, "reset"
// shows the whole case again. It stores ranges only; clamping them to the case is the
// TimeAxis's business.
class ZoomStack : public QObject
{
    Q_OBJECT
public:
    struct Range {
        TimeMs start = 0;
        TimeMs end = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    explicit ZoomStack(QObject *parent = nullptr);

    // The range shown, or nothing when the whole case is shown.
    std::optional<Range> current() const;
    bool isZoomed() const { return !m_ranges.empty(); }
    int depth() const { return static_cast<int>(m_ranges.size()); }

    // Pushes a range (ignored when it equals the current one).
    void zoomIn(Range range);
    // Replaces the current range (pans, wheel zooms, following the cursor); pushes when
    // the whole case is shown.
    void replaceCurrent(Range range);
    // Goes back to the previous range (the whole case after the first zoom).
    void zoomOut();
    // Shows the whole case and forgets the history.
    void reset();

    // "Zoom Out" (back one step) and "Reset Zoom", enabled while zoomed.
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *resetAction() const { return m_reset; }

signals:
    void changed();

private:
    void updateActions();

    std::vector<Range> m_ranges;
    QAction *m_zoomOut;
    QAction *m_reset;
};

} // namespace cascade
