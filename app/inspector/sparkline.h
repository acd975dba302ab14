// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/time.h"

#include <QColor>
#include <QWidget>

#include <vector>

namespace cascade {

// A small activity chart over the whole case: bars for what one actor did in each time
// bucket, a line for what it received (reposts, replies, quotes, mentions, contacts),
// and the cursor as a vertical line. Clicking it asks to move the cursor there.
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    explicit Sparkline(QWidget *parent = nullptr);

    // Buckets of equal width covering [start, start + width * size).
    void setSeries(TimeMs start, TimeMs bucketWidth, std::vector<int> authored, std::vector<int> received);
    void clear();
    void setCursorTime(TimeMs t);
    void setBarColor(const QColor &color);

    TimeMs start() const { return m_start; }
    TimeMs bucketWidth() const { return m_width; }
    const std::vector<int> &authored() const { return m_authored; }
    const std::vector<int> &received() const { return m_received; }
    TimeMs cursorTime() const { return m_cursor; }
    // The time under x (for clicks), clamped to the covered range.
    TimeMs timeAt(double x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void timeClicked(cascade::TimeMs t);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QRectF plotRect() const;
    double xOf(TimeMs t) const;

    TimeMs m_start = 0;
    TimeMs m_width = 1;
    std::vector<int> m_authored;
    std::vector<int> m_received;
    TimeMs m_cursor = 0;
    QColor m_barColor;
};

} // namespace cascade
