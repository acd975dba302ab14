// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPointF>

#include <unordered_map>

class QColor;
class QPainter;

namespace cascade {

// Many small filled discs, fast: on a raster device (the window, a PNG) each disc is a
// cached, antialiased image of it blitted at its place (a tenth of the cost of an
// antialiased ellipse, which a crowd's glyph draws up to 64 of); on any other device (SVG,
// PDF) a real ellipse, so that vector output stays vector. One cache per owner, used by
// one thread at a time (a scene is painted by one thread).
class DotSprites
{
public:
    // A disc of `radius` (painter units) at `centre`, filled with `colour`, no outline.
    void draw(QPainter *painter, QPointF centre, qreal radius, const QColor &colour);

private:
    std::unordered_map<quint64, QImage> m_sprites;
};

} // namespace cascade
