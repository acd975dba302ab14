// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/sparkline.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cascade {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent), m_barColor(palette().color(QPalette::Highlight))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

void Sparkline::setSeries(TimeMs start, TimeMs bucketWidth, std::vector<int> authored, std::vector<int> received)
{
    m_start = start;
    m_width = std::max<TimeMs>(bucketWidth, 1);
    m_authored = std::move(authored);
    m_received = std::move(received);
    m_received.resize(m_authored.size());
    update();
}

void Sparkline::clear()
{
    m_authored.clear();
    m_received.clear();
    update();
}

void Sparkline::setCursorTime(TimeMs t)
{
    if (t == m_cursor)
        return;
    m_cursor = t;
    update();
}

void Sparkline::setBarColor(const QColor &color)
{
    m_barColor = color;
    update();
}

QSize Sparkline::sizeHint() const
{
    return {240, minimumSizeHint().height()};
}

QSize Sparkline::minimumSizeHint() const
{
    return {120, fontMetrics().height() + 44};
}

QRectF Sparkline::plotRect() const
{
    const int labels = fontMetrics().height() + 2;
    return QRectF(1, 2, width() - 2, height() - labels - 3);
}

double Sparkline::xOf(TimeMs t) const
{
    const QRectF r = plotRect();
    const double span = static_cast<double>(m_width) * static_cast<double>(std::max<std::size_t>(m_authored.size(), 1));
    return r.left() + r.width() * static_cast<double>(t - m_start) / span;
}

TimeMs Sparkline::timeAt(double x) const
{
    const QRectF r = plotRect();
    const double span = static_cast<double>(m_width) * static_cast<double>(std::max<std::size_t>(m_authored.size(), 1));
    const double f = std::clamp((x - r.left()) / std::max(r.width(), 1.0), 0.0, 1.0);
    return m_start + static_cast<TimeMs>(f * span);
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = plotRect();
    const QPalette pal = palette();
    p.fillRect(r, pal.color(QPalette::Base));
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawLine(r.bottomLeft(), r.bottomRight());

    const std::size_t n = m_authored.size();
    if (n > 0) {
        const int maxAuthored = *std::max_element(m_authored.begin(), m_authored.end());
        const int maxReceived = *std::max_element(m_received.begin(), m_received.end());
        const double bw = r.width() / static_cast<double>(n);
        // Received: a filled line, behind the bars, each series on its own scale so
        // that one retweet wave does not flatten the actor's own few posts.
        if (maxReceived > 0) {
            QPainterPath area;
            area.moveTo(r.left(), r.bottom());
            for (std::size_t i = 0; i < n; ++i) {
                const double y = r.bottom() - (r.height() - 2) * m_received[i] / static_cast<double>(maxReceived);
                area.lineTo(r.left() + bw * (static_cast<double>(i) + 0.5), y);
            }
            area.lineTo(r.right(), r.bottom());
            area.closeSubpath();
            QColor fill = pal.color(QPalette::Text);
            fill.setAlphaF(0.07);
            p.fillPath(area, fill);
            QColor line = pal.color(QPalette::Text);
            line.setAlphaF(0.6);
            p.strokePath(area, QPen(line, 1.2, Qt::DotLine));
        }
        if (maxAuthored > 0) {
            for (std::size_t i = 0; i < n; ++i) {
                if (m_authored[i] == 0)
                    continue;
                const double h = std::max(2.0, (r.height() - 2) * m_authored[i] / static_cast<double>(maxAuthored));
                const QRectF bar(r.left() + bw * static_cast<double>(i) + (bw > 3 ? 0.5 : 0), r.bottom() - h,
                                 std::max(1.0, bw - (bw > 3 ? 1.0 : 0.0)), h);
                p.fillRect(bar, m_barColor);
                p.setPen(QPen(m_barColor.darker(160), 1));
                p.setBrush(Qt::NoBrush);
                p.drawRect(bar.adjusted(0.5, 0.5, -0.5, 0));
            }
        }
        const double cx = std::clamp(xOf(m_cursor), r.left(), r.right());
        p.setPen(QPen(QColor(0xd6, 0x27, 0x28), 2));
        p.drawLine(QPointF(cx, r.top()), QPointF(cx, r.bottom()));
    }

    // Legend under the plot.
    const QFontMetrics fm = fontMetrics();
    const double y = r.bottom() + 2;
    const QRectF legend(r.left(), y, r.width(), fm.height());
    p.setPen(pal.color(QPalette::Text));
    QRectF swatch(legend.left() + 0.5, legend.top() + fm.height() / 2.0 - 4, 8, 8);
    p.fillRect(swatch, m_barColor);
    p.setPen(QPen(m_barColor.darker(160), 1));
    p.drawRect(swatch);
    p.setPen(pal.color(QPalette::Text));
    const QString own = tr("its events");
    p.drawText(legend.adjusted(12, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, own);
    const double x2 = legend.left() + 12 + fm.horizontalAdvance(own) + 12;
    QColor line = pal.color(QPalette::Text);
    line.setAlphaF(0.6);
    p.setPen(QPen(line, 1.2, Qt::DotLine));
    p.drawLine(QPointF(x2, swatch.center().y()), QPointF(x2 + 12, swatch.center().y()));
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(x2 + 16, legend.top(), legend.right() - x2 - 16, legend.height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("received"));
    QColor cursorColor(0xd6, 0x27, 0x28);
    p.setPen(cursorColor);
    p.drawText(legend, Qt::AlignRight | Qt::AlignVCenter, tr("| cursor"));
}

void Sparkline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_authored.empty()) {
        emit timeClicked(timeAt(event->position().x()));
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

} // namespace cascade
