// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/export/slideoptions.h"

#include <QImage>
#include <QString>

#include <optional>
#include <vector>

namespace cascade {

class SlideComposer;

// The files a slide becomes. Every writer goes through SlideComposer (the same
// composition, the same GraphScene), writes atomically (QSaveFile: a failed export
// leaves an existing file untouched), and on failure returns false with a message
// saying which file and why in `error`.
enum class SlideFormat : quint8 { Png, Svg, Pdf };

// By the file's suffix (.png, .svg, .pdf, any case); nothing for another suffix.
std::optional<SlideFormat> slideFormatForPath(const QString &path);

// PNG: o.pixelSize() pixels, 96 * o.scale dpi in the file's pHYs chunk.
bool writeSlidePng(SlideComposer &composer, const SlideOptions &o, const QString &path, QString *error = nullptr);
// SVG: o.size user units (96 dpi); text stays text (<text> elements), shapes stay shapes.
bool writeSlideSvg(SlideComposer &composer, const SlideOptions &o, const QString &path, QString *error = nullptr);
// PDF: one vector page of the slide's shape (o.size at 96 dpi; text stays text).
bool writeSlidePdf(SlideComposer &composer, const SlideOptions &o, const QString &path, QString *error = nullptr);
// One of the three, chosen by the suffix.
bool writeSlide(SlideComposer &composer, const SlideOptions &o, const QString &path, QString *error = nullptr);

// A PDF deck: a title page, one page per slide, a closing page with the path from the
// origin to the targets and the measures table: slides.size() + 2 pages. `deck` gives
// the page size, theme and pseudonyms of the title and closing pages.
bool writeDeckPdf(SlideComposer &composer, const std::vector<SlideOptions> &slides, const SlideOptions &deck,
                  const QString &path, QString *error = nullptr);
inline int deckPageCount(int slides)
{
    return slides + 2;
}

// Small multiples: one image with the graph at each moment (their time and title), at
// o.pixelSize() and o.dotsPerInch().
QImage renderFilmstrip(SlideComposer &composer, const std::vector<SlideOptions> &moments, const SlideOptions &o);
bool writeFilmstripPng(SlideComposer &composer, const std::vector<SlideOptions> &moments, const SlideOptions &o,
                       const QString &path, QString *error = nullptr);

// What every export says when it fails: cannot write "PATH": WHY.
QString exportError(const QString &path, const QString &why);
// Sets `error` (if given) to exportError(path, why) and returns false.
bool exportFailed(QString *error, const QString &path, const QString &why);
// Writes `bytes` to `path` atomically (QSaveFile); false with exportError() in `error`.
bool writeExportFile(const QString &path, const QByteArray &bytes, QString *error);

// Puts the slide on the clipboard as an image.
void copySlideToClipboard(SlideComposer &composer, const SlideOptions &o);

} // namespace cascade
