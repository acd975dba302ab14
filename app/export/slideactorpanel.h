// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/graph/graphtheme.h"
#include "core/analysis/temporalpaths.h"
#include "core/model/ids.h"
#include "core/model/time.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <utility>
#include <vector>

class QPainter;

namespace cascade {

class CaseDocument;
class Pseudonyms;
struct Case;

// One step of a path from the origin as a slide lists it: "11:30  follower 1  passes it on".
struct SlidePathLine {
    QString time;
    QString actor; // handle or pseudonym
    QString how;   // pathStepText()
    QColor role;
};
std::vector<SlidePathLine> slidePathLines(const Case &c, const TemporalPath &path, const Pseudonyms &pseudonyms,
                                          const QTimeZone &zone);

// Paints a list of path lines in `rect` (one line each, as many as fit, the last
// replaced by "... n more" when they do not); returns the height used.
qreal paintSlidePath(QPainter *painter, const QRectF &rect, const std::vector<SlidePathLine> &lines,
                     const GraphTheme &theme, const QFont &font);

// The selected actor's key measures as of a time and its path from the origin, as a
// panel beside the slide's graph. The values come from core/analysis (actorDetail());
// the names from the inspector's wording (measureInfo()); every actor is written with
// its pseudonym when it has one.
class SlideActorPanel
{
public:
    SlideActorPanel(const CaseDocument &document, ActorId actor, TimeMs asOf, const Pseudonyms &pseudonyms);

    // The height needed at `width` (all rows and every step of the path).
    qreal height(qreal width, const QFont &font) const;
    // Paints in rect, leaving out path steps that do not fit.
    void paint(QPainter *painter, const QRectF &rect, const GraphTheme &theme, const QFont &font) const;

    const QString &title() const { return m_title; }
    struct Row {
        QString name;  // the inspector's label, "Potential exposure (upper bound)"
        QString brief; // the table's header, when the label does not fit: "Exposure (max)"
        QString value;
    };
    const std::vector<Row> &rows() const { return m_rows; }
    const std::vector<SlidePathLine> &path() const { return m_path; }

private:
    QString m_title;    // handle or pseudonym
    // Display name (hidden for a pseudonym) and role: "name · role" on one line when it
    // fits, else one line each.
    QStringList subtitleLines(qreal width, const QFontMetricsF &fm) const;
    QString m_name;
    QString m_role;
    QColor m_roleColour;
    QString m_asOf;
    std::vector<Row> m_rows;
    QString m_pathTitle;
    std::vector<SlidePathLine> m_path;
};

} // namespace cascade
