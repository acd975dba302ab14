// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/export/slideoptions.h"

#include <QString>

#include <vector>

namespace cascade {

class SlideComposer;

// A PowerPoint deck (Office Open XML, .pptx) that PowerPoint and LibreOffice Impress
// open and a trainer edits: one slide per entry of `slides`, each the slide's picture
// (SlideComposer, o.pixelSize() pixels) under its title and caption as real, editable
// text boxes where the picture leaves their room; the case's sources on the last
// slide, as text; each milestone's speaker notes as the slide's notes. The parts are
// written with QXmlStreamWriter and zipped with libzip, then saved through QSaveFile
// (a failed deck leaves an existing file untouched). False with a message naming the
// file and why in `error`. `clips`, when given (one MP4 path per slide, empty for none;
// writeBeatClips), embeds each slide's replay clip in place of its picture, which stays
// as the clip's poster frame: it plays in PowerPoint and Impress from the slide.
bool writeDeckPptx(SlideComposer &composer, const std::vector<SlideOptions> &slides, const QString &path,
                   QString *error = nullptr, const std::vector<QString> &clips = {});

} // namespace cascade
