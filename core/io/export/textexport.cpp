// SPDX-License-Identifier: GPL-3.0-or-later
// DOT (every id and label a quoted, escaped string; meant for Graphviz's own tools) and
// the CSV tables; and exportCase(), which writes any format atomically.
#include "core/io/atomicfile.h"
#include "core/io/export/exportgraph.h"
#include "core/io/export/exporters.h"
#include "core/io/export/xmlexport.h"

namespace cascade {

namespace {

bool writeText(QIODevice &out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    return out.write(bytes) == bytes.size();
}

QString csvRow(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &c : cells)
        quoted.push_back(csvCell(c));
    return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QString baseWithoutCsv(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? path.left(path.size() - 4) : path;
}

} // namespace

bool writeDot(const Case &c, QIODevice &out)
{
    const ExportGraph g = ExportGraph::of(c);
    QString text = QStringLiteral("digraph %1 {\n  graph [charset=\"UTF-8\", rankdir=LR];\n  node [shape=box];\n")
                       .arg(dotQuoted(c.title.isEmpty() ? QStringLiteral("case") : c.title));
    for (const Actor &a : c.actors) {
        const QString label = a.name.isEmpty() ? a.handle : a.handle + QLatin1Char('\n') + a.name;
        text += QStringLiteral("  %1 [label=%2, role=%3, followers=%4];\n")
                    .arg(dotQuoted(a.handle), dotQuoted(label), dotQuoted(roleIdOf(c, a)))
                    .arg(a.followers);
    }
    for (const Interaction &e : g.edges)
        text += QStringLiteral("  %1 -> %2 [label=%3, time=%4, event=%5];\n")
                    .arg(dotQuoted(c.actors[static_cast<std::size_t>(e.from)].handle),
                         dotQuoted(c.actors[static_cast<std::size_t>(e.to)].handle),
                         dotQuoted(QLatin1String(interactionKindName(e.kind))), dotQuoted(formatIsoUtc(e.time)),
                         dotQuoted(c.events[static_cast<std::size_t>(e.event)].key));
    text += QStringLiteral("}\n");
    return writeText(out, text);
}

bool writeInteractionsCsv(const Case &c, QIODevice &out)
{
    const ExportGraph g = ExportGraph::of(c);
    QString text = csvRow({QStringLiteral("kind"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("time"),
                           QStringLiteral("event"), QStringLiteral("inferred")});
    for (const Interaction &e : g.edges)
        text += csvRow({QLatin1String(interactionKindName(e.kind)), c.actors[static_cast<std::size_t>(e.from)].handle,
                        c.actors[static_cast<std::size_t>(e.to)].handle, formatIsoUtc(e.time),
                        c.events[static_cast<std::size_t>(e.event)].key,
                        e.inferred ? QStringLiteral("true") : QStringLiteral("false")});
    return writeText(out, text);
}

bool writeActorsCsv(const Case &c, QIODevice &out)
{
    // verified comes last: a reader that takes the columns by position keeps working.
    QString text = csvRow({QStringLiteral("handle"), QStringLiteral("name"), QStringLiteral("platform"),
                           QStringLiteral("platform_id"), QStringLiteral("role"), QStringLiteral("followers"),
                           QStringLiteral("verified")});
    for (const Actor &a : c.actors)
        text += csvRow({a.handle, a.name, a.platform, a.platformId, roleIdOf(c, a), QString::number(a.followers), a.verified});
    return writeText(out, text);
}

bool writeEventsCsv(const Case &c, QIODevice &out)
{
    QString text = csvRow({QStringLiteral("id"), QStringLiteral("time"), QStringLiteral("kind"), QStringLiteral("author"),
                           QStringLiteral("parent"), QStringLiteral("mentions"), QStringLiteral("text"), QStringLiteral("lang")});
    for (const Event &e : c.events) {
        QStringList mentions;
        for (ActorId m : e.mentions)
            mentions.push_back(c.actors[static_cast<std::size_t>(m)].handle);
        text += csvRow({e.key, formatIsoUtc(e.time), QLatin1String(eventKindName(e.kind)),
                        e.author == kNoActor ? QString() : c.actors[static_cast<std::size_t>(e.author)].handle,
                        e.parent == kNoEvent ? QString() : c.events[static_cast<std::size_t>(e.parent)].key,
                        mentions.join(QLatin1Char(' ')), e.text, e.lang});
    }
    return writeText(out, text);
}

bool exportCase(const Case &c, const QString &path, ExportFormat format, QString *error)
{
    auto with = [&c](bool (*write)(const Case &, QIODevice &)) {
        return [&c, write](QIODevice &out) { return write(c, out); };
    };
    switch (format) {
    case ExportFormat::Gexf:
        return writeFileAtomically(path, with(&writeGexf), error);
    case ExportFormat::GraphML:
        return writeFileAtomically(path, with(&writeGraphml), error);
    case ExportFormat::Dot:
        return writeFileAtomically(path, with(&writeDot), error);
    case ExportFormat::Csv: {
        const QString base = baseWithoutCsv(path);
        return writeFilesAtomically({{path, with(&writeInteractionsCsv)},
                                     {base + QStringLiteral("-actors.csv"), with(&writeActorsCsv)},
                                     {base + QStringLiteral("-events.csv"), with(&writeEventsCsv)}},
                                    error);
    }
    }
    return false;
}

} // namespace cascade
