// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/note.h"
#include "core/model/time.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace cascade {

struct Case;

// What one slide shows and at which size. The composition depends only on the aspect
// ratio: every size of the same shape gives the same picture, sharper (see
// SlideComposer). A PNG has pixelSize() pixels and dotsPerInch() dpi, so that its
// physical size is `size` at 96 dpi whatever the scale.
struct SlideOptions {
    QSize size{1920, 1080}; // logical pixels, 16:9 by default
    qreal scale = 1;        // device pixels per logical pixel (PNG), 0.25 to 8
    QString theme = QStringLiteral("light"); // "light", "dark", "print" (GraphTheme::byName)
    TimeMs time = 0;        // the graph as of this time
    int milestone = -1;     // the moment's milestone (index into Case::milestones), or -1
    QString title;
    QString caption;
    // Accounts with fewer followers get pseudonyms ("follower 1"...) in every text of
    // the slide (core/model/pseudonyms.h); 0: nobody is hidden.
    std::int64_t pseudonymiseBelow = 0;
    // The document's selected actor: highlighted in the graph with its path from the
    // origin, and its key measures and path listed beside the graph.
    bool showActor = false;
    // The document's selected cascade: its tree highlighted in the graph, as of the time.
    bool showCascade = false;
    // What the graph's frame holds: the actors shown at the time (the camera follows
    // the story: early slides zoom in; never beyond 1.6 design units per scene unit),
    // or the whole case (a fixed camera: every slide of a deck frames the same
    // rectangle). Swimlane layouts always show the whole time axis.
    enum class Frame : quint8 { Shown, Whole };
    Frame frame = Frame::Shown;
    // When valid, the scene rectangle framed instead of `frame`'s (a moving camera: the
    // replay video eases from framing to framing, SlideComposer::framing()).
    QRectF sceneFrame;
    bool showLegend = true;
    bool showTimeStrip = true;
    bool showSources = true;
    // False: the title, the caption and the sources keep their room but are not painted
    // (a PowerPoint deck lays them over the picture as editable text).
    bool paintText = true;
    // A note pinned to an actor and a moment is drawn beside the actor for this long
    // from that moment (GraphScene::setNoteWindow()); negative: no callouts.
    TimeMs noteWindow = kDefaultNoteWindow;

    QSize pixelSize() const;
    qreal dotsPerInch() const { return 96.0 * scale; }
};

// The usual slide sizes, in the order menus list them.
struct SlideSizePreset {
    QString name; // e.g. "1920 x 1080 (Full HD)"
    QSize size;
};
const std::vector<SlideSizePreset> &slideSizePresets();

// "1920x1080" (also "1920X1080", "1920*1080"); sides from 16 to 16384 pixels.
std::optional<QSize> parseSlideSize(const QString &text);

// The slide of a milestone: its time, title and caption over `base`'s other options.
SlideOptions milestoneSlide(const Case &c, int milestone, SlideOptions base);
// One slide per milestone of the case, in time order.
std::vector<SlideOptions> milestoneSlides(const Case &c, const SlideOptions &base);

// "01-planes-refused": the milestone's number and its title in lower-case ASCII
// (file names of a storyboard).
QString slideFileStem(int number, const QString &title);

} // namespace cascade
