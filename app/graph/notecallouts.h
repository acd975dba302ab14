// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace cascade {

struct GraphTheme;

// A note drawn beside its actor: a box of wrapped text joined to the actor's marker by
// a short leader line. GraphScene gathers them (core/model/note.h, calloutNotes()) and
// paints them in its foreground, at a constant size on the output (screen pixels in
// the window, design pixels on a slide), so they stay readable at any zoom.
struct NoteCallout {
    QPointF centre;    // the actor's marker, device coordinates
    qreal radius = 0;  // the marker's radius, device coordinates
    QRectF avoid;      // the actor's own label (device coordinates), kept clear; may be empty
    QString text;
};

// The text a callout shows at most: this many lines of kCalloutWidth, the last elided.
inline constexpr int kCalloutMaxLines = 4;
inline constexpr qreal kCalloutWidth = 240;

// Paints the callouts inside `frame`, each beside its marker on the first side (above
// right, above left, below right, below left) that overlaps nothing in `placed`; adds
// the boxes to `placed` and returns them in the order of `callouts` (device coordinates).
// `scale` enlarges text and boxes (1: 12-pixel text, kCalloutWidth wide), so that a
// callout is never smaller than the labels beside it.
std::vector<QRectF> paintNoteCallouts(QPainter *painter, const std::vector<NoteCallout> &callouts,
                                      const QRectF &frame, const GraphTheme &theme,
                                      std::vector<QRectF> &placed, qreal scale = 1);

} // namespace cascade
