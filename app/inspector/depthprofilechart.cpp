// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/inspector/depthprofilechart.h"

#include "app/presentation/displayformat.h"

#include <QPainter>

#include <algorithm>

namespace cascade {

namespace {

constexpr int kMaxBars = 12; // deeper generations are summed into the last bar

} // namespace

DepthProfileChart::DepthProfileChart(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DepthProfileChart::setProfile(std::vector<std::int32_t> profile)
{
    m_profile = std::move(profile);
    QStringList tip;
    for (std::size_t g = 1; g < m_profile.size(); ++g)
        tip.append(tr("Generation %1: %n relay(s)", nullptr, m_profile[g]).arg(g));
    setToolTip(tip.join(QLatin1Char('\n')));
    update();
}

QSize DepthProfileChart::sizeHint() const
{
    return {200, fontMetrics().height() * 5};
}

QSize DepthProfileChart::minimumSizeHint() const
{
    return {80, fontMetrics().height() * 5};
}

void DepthProfileChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm = fontMetrics();
    const QRect area = rect().adjusted(2, fm.height() + 2, -2, -fm.height() - 2);
    std::vector<std::int32_t> bars(m_profile.begin() + std::min<std::ptrdiff_t>(1, static_cast<std::ptrdiff_t>(m_profile.size())),
                                   m_profile.end());
    if (bars.size() > static_cast<std::size_t>(kMaxBars)) {
        std::int32_t rest = 0;
        for (std::size_t i = kMaxBars - 1; i < bars.size(); ++i)
            rest += bars[i];
        bars.resize(kMaxBars);
        bars.back() = rest;
    }
    if (bars.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("Not relayed yet"));
        return;
    }
    const std::int32_t top = std::max(1, *std::max_element(bars.begin(), bars.end()));
    const int n = static_cast<int>(bars.size());
    const int slot = area.width() / std::max(n, 4);
    const int barWidth = std::max(4, slot * 3 / 4);
    const QColor bar = palette().color(QPalette::Highlight);
    for (int i = 0; i < n; ++i) {
        const int h = std::max(1, static_cast<int>(static_cast<double>(area.height()) * bars[static_cast<std::size_t>(i)] / top));
        const QRect r(area.left() + i * slot + (slot - barWidth) / 2, area.bottom() - h + 1, barWidth, h);
        p.fillRect(r, bar);
        p.setPen(palette().color(QPalette::WindowText));
        const QString count = DisplayFormat::count(bars[static_cast<std::size_t>(i)]);
        p.drawText(QRect(r.left() - slot / 2, r.top() - fm.height() - 1, barWidth + slot, fm.height()),
                   Qt::AlignHCenter | Qt::AlignBottom, count);
        const QString generation =
            i == n - 1 && static_cast<int>(m_profile.size()) - 1 > kMaxBars ? QStringLiteral("%1+").arg(i + 1) : QString::number(i + 1);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(r.left() - slot / 2, area.bottom() + 2, barWidth + slot, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   generation);
    }
}

} // namespace cascade
