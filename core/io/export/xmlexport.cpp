// SPDX-License-Identifier: GPL-3.0-or-later
// GEXF 1.3 (dynamic: node and edge spells from the first activity to the case's end,
// followers as a dynamic attribute, roles as an attribute) and GraphML, both through
// QXmlStreamWriter with every string sanitised for XML 1.0.
#include "core/io/export/xmlexport.h"

#include "core/io/export/exportgraph.h"
#include "core/io/export/exporters.h"

#include <QXmlStreamWriter>

namespace cascade {

namespace {

void attr(QXmlStreamWriter &w, const char *name, const QString &value)
{
    w.writeAttribute(QLatin1String(name), sanitizeForXml(value));
}

// The time the actor's follower count was taken ("followers_at" kept by the importers).
QString followersAt(const Actor &a)
{
    const qsizetype i = a.extra.indexOf("\"followers_at\":\"");
    if (i < 0)
        return {};
    const qsizetype start = i + 16;
    const qsizetype end = a.extra.indexOf('"', start);
    return end > start ? QString::fromUtf8(a.extra.mid(start, end - start)) : QString();
}

void gexfAttributes(QXmlStreamWriter &w)
{
    w.writeStartElement(QStringLiteral("attributes"));
    attr(w, "class", QStringLiteral("node"));
    attr(w, "mode", QStringLiteral("static"));
    const char *const nodeStatic[][2] = {{"name", "string"}, {"role", "string"}, {"platform", "string"}, {"platform_id", "string"},
                                         {"verified", "string"}};
    for (const auto &a : nodeStatic) {
        w.writeEmptyElement(QStringLiteral("attribute"));
        attr(w, "id", QLatin1String(a[0]));
        attr(w, "title", QLatin1String(a[0]));
        attr(w, "type", QLatin1String(a[1]));
    }
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("attributes"));
    attr(w, "class", QStringLiteral("node"));
    attr(w, "mode", QStringLiteral("dynamic"));
    w.writeEmptyElement(QStringLiteral("attribute"));
    attr(w, "id", QStringLiteral("followers"));
    attr(w, "title", QStringLiteral("followers"));
    attr(w, "type", QStringLiteral("long"));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("attributes"));
    attr(w, "class", QStringLiteral("edge"));
    attr(w, "mode", QStringLiteral("static"));
    for (const char *name : {"kind", "event", "inferred"}) {
        w.writeEmptyElement(QStringLiteral("attribute"));
        attr(w, "id", QLatin1String(name));
        attr(w, "title", QLatin1String(name));
        attr(w, "type", QLatin1String(name == std::string_view("inferred") ? "boolean" : "string"));
    }
    w.writeEndElement();
}

void attvalue(QXmlStreamWriter &w, const char *key, const QString &value)
{
    w.writeEmptyElement(QStringLiteral("attvalue"));
    attr(w, "for", QLatin1String(key));
    attr(w, "value", value);
}

void spell(QXmlStreamWriter &w, TimeMs start, TimeMs end)
{
    w.writeStartElement(QStringLiteral("spells"));
    w.writeEmptyElement(QStringLiteral("spell"));
    attr(w, "start", formatIsoUtc(start));
    attr(w, "end", formatIsoUtc(end));
    w.writeEndElement();
}

void gexfNode(QXmlStreamWriter &w, const Case &c, const ExportGraph &g, ActorId id)
{
    const Actor &a = c.actors[static_cast<std::size_t>(id)];
    const TimeMs first = g.firstSeen[static_cast<std::size_t>(id)];
    w.writeStartElement(QStringLiteral("node"));
    attr(w, "id", a.handle);
    attr(w, "label", a.handle);
    w.writeStartElement(QStringLiteral("attvalues"));
    attvalue(w, "name", a.name);
    attvalue(w, "role", roleIdOf(c, a));
    attvalue(w, "platform", a.platform);
    attvalue(w, "platform_id", a.platformId);
    attvalue(w, "verified", a.verified);
    // One follower snapshot: from when it was taken (or the actor's first activity) on.
    const std::optional<TimeMs> taken = parseIsoTime(followersAt(a));
    w.writeEmptyElement(QStringLiteral("attvalue"));
    attr(w, "for", QStringLiteral("followers"));
    attr(w, "value", QString::number(a.followers));
    attr(w, "start", formatIsoUtc(std::min(taken.value_or(first), first)));
    attr(w, "end", formatIsoUtc(g.end));
    w.writeEndElement();
    spell(w, first, g.end);
    w.writeEndElement();
}

void gexfEdge(QXmlStreamWriter &w, const Case &c, const ExportGraph &g, std::size_t index)
{
    const Interaction &i = g.edges[index];
    w.writeStartElement(QStringLiteral("edge"));
    attr(w, "id", QStringLiteral("e%1").arg(index));
    attr(w, "source", c.actors[static_cast<std::size_t>(i.from)].handle);
    attr(w, "target", c.actors[static_cast<std::size_t>(i.to)].handle);
    attr(w, "kind", QLatin1String(interactionKindName(i.kind)));
    w.writeStartElement(QStringLiteral("attvalues"));
    attvalue(w, "kind", QLatin1String(interactionKindName(i.kind)));
    attvalue(w, "event", c.events[static_cast<std::size_t>(i.event)].key);
    attvalue(w, "inferred", i.inferred ? QStringLiteral("true") : QStringLiteral("false"));
    w.writeEndElement();
    spell(w, i.time, g.end);
    w.writeEndElement();
}

void graphmlKey(QXmlStreamWriter &w, const char *id, const char *forWhat, const char *type)
{
    w.writeEmptyElement(QStringLiteral("key"));
    attr(w, "id", QLatin1String(id));
    attr(w, "for", QLatin1String(forWhat));
    attr(w, "attr.name", QLatin1String(id));
    attr(w, "attr.type", QLatin1String(type));
}

void data(QXmlStreamWriter &w, const char *key, const QString &value)
{
    w.writeStartElement(QStringLiteral("data"));
    attr(w, "key", QLatin1String(key));
    w.writeCharacters(sanitizeForXml(value));
    w.writeEndElement();
}

} // namespace

bool writeGexf(const Case &c, QIODevice &out)
{
    const ExportGraph g = ExportGraph::of(c);
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("gexf"));
    attr(w, "xmlns", QStringLiteral("http://gexf.net/1.3"));
    attr(w, "version", QStringLiteral("1.3"));
    w.writeStartElement(QStringLiteral("meta"));
    w.writeTextElement(QStringLiteral("creator"), QStringLiteral("Cascade"));
    w.writeTextElement(QStringLiteral("description"), sanitizeForXml(c.title));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("graph"));
    attr(w, "mode", QStringLiteral("dynamic"));
    attr(w, "defaultedgetype", QStringLiteral("directed"));
    attr(w, "timeformat", QStringLiteral("dateTime"));
    attr(w, "timerepresentation", QStringLiteral("interval"));
    attr(w, "timezone", QStringLiteral("UTC"));
    gexfAttributes(w);
    w.writeStartElement(QStringLiteral("nodes"));
    for (std::size_t a = 0; a < c.actors.size(); ++a)
        gexfNode(w, c, g, static_cast<ActorId>(a));
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("edges"));
    for (std::size_t e = 0; e < g.edges.size(); ++e)
        gexfEdge(w, c, g, e);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return !w.hasError();
}

bool writeGraphml(const Case &c, QIODevice &out)
{
    const ExportGraph g = ExportGraph::of(c);
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("graphml"));
    attr(w, "xmlns", QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    graphmlKey(w, "handle", "node", "string");
    graphmlKey(w, "name", "node", "string");
    graphmlKey(w, "role", "node", "string");
    graphmlKey(w, "followers", "node", "long");
    graphmlKey(w, "platform", "node", "string");
    graphmlKey(w, "verified", "node", "string");
    graphmlKey(w, "first_seen", "node", "string");
    graphmlKey(w, "kind", "edge", "string");
    graphmlKey(w, "time", "edge", "string");
    graphmlKey(w, "event", "edge", "string");
    w.writeStartElement(QStringLiteral("graph"));
    attr(w, "edgedefault", QStringLiteral("directed"));
    for (std::size_t i = 0; i < c.actors.size(); ++i) {
        const Actor &a = c.actors[i];
        w.writeStartElement(QStringLiteral("node"));
        attr(w, "id", a.handle);
        data(w, "handle", a.handle);
        data(w, "name", a.name);
        data(w, "role", roleIdOf(c, a));
        data(w, "followers", QString::number(a.followers));
        data(w, "platform", a.platform);
        data(w, "verified", a.verified);
        data(w, "first_seen", formatIsoUtc(g.firstSeen[i]));
        w.writeEndElement();
    }
    for (const Interaction &e : g.edges) {
        w.writeStartElement(QStringLiteral("edge"));
        attr(w, "source", c.actors[static_cast<std::size_t>(e.from)].handle);
        attr(w, "target", c.actors[static_cast<std::size_t>(e.to)].handle);
        data(w, "kind", QLatin1String(interactionKindName(e.kind)));
        data(w, "time", formatIsoUtc(e.time));
        data(w, "event", c.events[static_cast<std::size_t>(e.event)].key);
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return !w.hasError();
}

} // namespace cascade
