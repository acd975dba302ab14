// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/graph/dotsprites.h"

#include <QColor>
#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace cascade {

namespace {

constexpr std::size_t kMaxSprites = 512; // colours x sizes x scales; beyond, start again

} // namespace

void DotSprites::draw(QPainter *painter, QPointF centre, qreal radius, const QColor &colour)
{
    const QTransform m = painter->combinedTransform();
    const bool raster = painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    const qreal scale = std::sqrt(std::abs(m.determinant()));
    if (!raster || m.type() > QTransform::TxScale || std::abs(m.m11() - m.m22()) > 1e-6 * scale || scale <= 0) {
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawEllipse(centre, radius, radius);
        painter->restore();
        return;
    }
    // In device pixels, to an eighth of a pixel.
    const auto eighths = static_cast<quint64>(std::lround(radius * scale * 8));
    const quint64 key = (eighths << 32) | colour.rgba();
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        if (m_sprites.size() >= kMaxSprites)
            m_sprites.clear();
        const qreal r = static_cast<qreal>(eighths) / 8;
        const int side = static_cast<int>(std::ceil(2 * r)) + 2;
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QPointF(side / 2.0, side / 2.0), r, r);
        p.end();
        it = m_sprites.emplace(key, std::move(image)).first;
    }
    const QImage &image = it->second;
    const qreal half = image.width() / 2.0 / scale;
    // The image's pixels map to the device's one to one: its size in painter units is
    // its size in pixels over the scale.
    painter->drawImage(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half), image);
}

} // namespace cascade
