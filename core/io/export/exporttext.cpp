// SPDX-License-Identifier: GPL-3.0-or-later
// Escaping for the export formats, and the choice of format by file suffix.
#include "core/io/export/exporters.h"

#include <QFileInfo>

namespace cascade {

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gexf"))
        return ExportFormat::Gexf;
    if (suffix == QLatin1String("graphml"))
        return ExportFormat::GraphML;
    if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv"))
        return ExportFormat::Dot;
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString sanitizeForXml(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                out.append(text[i]);
                out.append(text[i + 1]);
                ++i;
            }
            continue;
        }
        if (QChar::isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF)
            continue;
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            continue;
        out.append(text[i]);
    }
    return out;
}

QString dotQuoted(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QLatin1Char('\n')) {
            out += QStringLiteral("\\n");
        } else if (c.unicode() >= 0x20 || c == QLatin1Char('\t')) {
            out += c == QLatin1Char('\t') ? QLatin1Char(' ') : c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString csvCell(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace cascade
