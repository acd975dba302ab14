// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/case.h"

#include <QString>

#include <optional>

namespace cascade {

// Hand-off formats for other tools: Gephi (GEXF 1.3 with dynamics), networkx, igraph and
// yEd (GraphML), Graphviz (DOT) and spreadsheets or pandas (CSV). The actor graph is
// the case's derived interactions (core/model/interaction.h). Every file is written
// atomically, the three CSV tables as a set (atomicfile.h); XML strings are sanitised
// for XML 1.0 first.
enum class ExportFormat { Gexf, GraphML, Dot, Csv };

// By the file's suffix: .gexf, .graphml, .dot or .gv, .csv.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

// CSV writes three tables: PATH (one row per interaction: kind, from, to, time, event),
// PATH without ".csv" plus "-actors.csv" and "-events.csv".
bool exportCase(const Case &c, const QString &path, ExportFormat format, QString *error);

// The same text for XML 1.0 without the characters it cannot hold (C0 controls other
// than tab, line feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates).
QString sanitizeForXml(const QString &text);

// A DOT quoted string (quotes included): backslashes and quotes escaped, line breaks as
// \n, other control characters dropped.
QString dotQuoted(const QString &text);

// A CSV cell: quoted when it holds the delimiter, a quote or a line break.
QString csvCell(const QString &text);

} // namespace cascade
