// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/interaction.h"

#include <QColor>
#include <Qt>
#include <QString>
#include <QStringList>

#include <array>

namespace cascade {

// How one kind of interaction is drawn: a colour and a line style. Qt's standard
// styles (not custom dash patterns) keep thin lines on the raster engine's fast path.
struct EdgeStyle {
    QColor colour;
    Qt::PenStyle penStyle = Qt::SolidLine;
    qreal widthFactor = 1.0;
};

// The colours of the actor graph, shared by the window and the slide exporter.
// Actors keep their role colours in every theme; the theme sets everything else.
struct GraphTheme {
    QString name;            // "light", "dark", "print"
    QColor background;
    QColor text;             // labels
    QColor mutedText;        // lane titles, time axis
    QColor chipFill;         // the box behind an actor's label (the label's halo)
    QColor chipBorder;
    QColor markerOutline;    // thin ring separating a marker from what lies under it
    QColor selection;        // ring around the selected actor
    QColor highlight;        // glow under the selected actor's path from the origin
    QColor lost;             // what-if: actors the message no longer reaches
    QColor flash;            // new events during play
    QColor laneFill[2];      // swimlane bands, alternating
    QColor laneBorder;
    QColor noteFill;         // a note's callout beside its actor
    QColor noteBorder;
    QColor noteText;
    std::array<EdgeStyle, kInteractionKindCount> edges; // by InteractionKind
    qreal inferredAlpha = 0.45; // inferred-only edges are drawn lighter
    qreal faintOpacity = 0.32;  // actors and edges not active yet, in faint mode
    qreal dimOpacity = 0.28;    // what a selection pushes back

    static GraphTheme light();
    static GraphTheme dark();
    // High contrast on white, for printed handouts and projectors in bright rooms.
    static GraphTheme print();
    // "light", "dark" or "print"; light for anything else.
    static GraphTheme byName(const QString &name);
    static QStringList names();
};

// The order in which kinds decide the style of an edge that aggregates several (the
// strongest relation wins; a mention is the weakest link).
InteractionKind dominantKind(std::uint8_t kinds);

// "Repost", "Reply", "Quote", "Mention", "Offline contact" (translated).
QString interactionKindLabel(InteractionKind kind);

} // namespace cascade
