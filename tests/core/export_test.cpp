// SPDX-License-Identifier: GPL-3.0-or-later
// The exporters, each read back by a real client: networkx (GEXF), python-igraph and
// networkx (GraphML), Graphviz's dot (DOT) and Python's csv module (CSV). The case is
// an imported fixture plus an actor whose strings carry everything that breaks naive
// writers (quotes, backslashes, line breaks, control characters, a lone surrogate).
#include "tests/core/importtestutil.h"

#include "core/io/export/exporters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace cascade;
using namespace cascade::test;

namespace {

const QString kHostileName = QStringLiteral("Eve \"the\" \\N <b>&amp;</b>\nline2 \x01") + QChar(0xD800) + QStringLiteral("]; x -> y");

Case exportCaseFixture()
{
    ImportResult r = importFiles({importFixture("twarc/stream.jsonl")});
    EXPECT_TRUE(r.ok()) << r.error.toStdString();
    Case c = std::move(*r.value);
    Actor eve;
    eve.handle = QStringLiteral("@eve\"\\");
    eve.name = kHostileName;
    eve.platform = QStringLiteral("twitter");
    eve.followers = 7;
    eve.verified = QStringLiteral("blue");
    c.actors.push_back(eve);
    Event e;
    e.key = QStringLiteral("eve-1");
    e.time = c.endTime() + kMsPerMinute;
    e.kind = EventKind::Post;
    e.author = static_cast<ActorId>(c.actors.size() - 1);
    e.mentions = {0};
    e.text = kHostileName;
    c.events.push_back(e);
    c.invalidateIndex();
    EXPECT_EQ(c.checkInvariants(), QString());
    return c;
}

int interactionCount(const Case &c)
{
    return static_cast<int>(deriveInteractions(c).size());
}

} // namespace

TEST(Export, GexfIsReadByNetworkxWithItsSpells)
{
    const Case c = exportCaseFixture();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.gexf"));
    QString error;
    ASSERT_TRUE(exportCase(c, path, ExportFormat::Gexf, &error)) << error.toStdString();
    // Debian 12's networkx 2.8 predates GEXF 1.3: it is told the 1.3 namespace (the
    // elements used here are those of 1.2) and to keep "dateTime" values as strings;
    // everything else is networkx's own reader.
    const QString out = runPython(QStringLiteral(R"(
import sys, networkx as nx, networkx.readwrite.gexf as gx
if "1.3" not in gx.GEXF.versions:
    v = dict(gx.GEXF.versions["1.2draft"])
    v.update(NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
    gx.GEXF.versions["1.3"] = v
construct = gx.GEXF.construct_types
def types(self):
    construct(self)
    self.python_type["dateTime"] = str
gx.GEXF.construct_types = types
g = nx.read_gexf(sys.argv[1], version="1.3")
bob = g.nodes["@bob"]
edge = next(d for u, v, d in g.edges(data=True) if d.get("event") == "twitter:1002" and d["kind"] == "repost")
eve = next(n for n in g.nodes if n.startswith("@eve"))
print(g.number_of_nodes(), g.number_of_edges(), bob["spells"], bob["followers"], edge["spells"], g.nodes[eve]["verified"], u"{}".format(g.nodes[eve]["name"]).encode("unicode_escape").decode())
)"), {path});
    const QStringList parts = out.split(QLatin1Char(' '));
    ASSERT_GE(parts.size(), 4) << out.toStdString();
    EXPECT_EQ(parts[0].toInt(), static_cast<int>(c.actors.size()));
    EXPECT_EQ(parts[1].toInt(), interactionCount(c));
    EXPECT_TRUE(out.contains(QStringLiteral("[('2020-03-02T10:00:00Z', '2020-03-02T11:01:00Z')]"))) << out.toStdString(); // bob: first post to the end
    EXPECT_TRUE(out.contains(QStringLiteral("[(50, '2020-03-02T10:00:00Z', '2020-03-02T11:01:00Z')]"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("[('2020-03-02T10:10:00Z', '2020-03-02T11:01:00Z')]"))) << out.toStdString(); // the repost
    // The name arrives without the control character and the lone surrogate, after the
    // verification.
    EXPECT_TRUE(out.contains(QStringLiteral("')] blue Eve \"the\" \\\\N <b>&amp;</b>\\nline2 ]; x -> y"))) << out.toStdString();
}

TEST(Export, GraphmlIsReadByIgraphAndNetworkx)
{
    const Case c = exportCaseFixture();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.graphml"));
    QString error;
    ASSERT_TRUE(exportCase(c, path, ExportFormat::GraphML, &error)) << error.toStdString();
    const QString out = runPython(QStringLiteral(R"(
import sys, igraph, networkx as nx
g = igraph.Graph.Read_GraphML(sys.argv[1])
bob = g.vs.find(handle="@bob")
kinds = sorted(set(g.es["kind"]))
n = nx.read_graphml(sys.argv[1])
eve = next(v for v in g.vs if v["handle"].startswith("@eve"))
print(g.vcount(), g.ecount(), int(bob["followers"]), ",".join(kinds), n.number_of_nodes(), n.number_of_edges(), g.is_directed(), eve["verified"])
)"), {path});
    const QStringList parts = out.split(QLatin1Char(' '));
    ASSERT_EQ(parts.size(), 8) << out.toStdString();
    EXPECT_EQ(parts[0].toInt(), static_cast<int>(c.actors.size()));
    EXPECT_EQ(parts[1].toInt(), interactionCount(c));
    EXPECT_EQ(parts[2].toInt(), 50);
    EXPECT_EQ(parts[3], QStringLiteral("mention,quote,reply,repost"));
    EXPECT_EQ(parts[4].toInt(), static_cast<int>(c.actors.size()));
    EXPECT_EQ(parts[5].toInt(), interactionCount(c));
    EXPECT_EQ(parts[6], QStringLiteral("True"));
    EXPECT_EQ(parts[7], QStringLiteral("blue"));
}

TEST(Export, DotIsReadByGraphviz)
{
    const Case c = exportCaseFixture();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.dot"));
    QString error;
    ASSERT_TRUE(exportCase(c, path, ExportFormat::Dot, &error)) << error.toStdString();
    // Graphviz's own parser must accept it and see every node and edge; the hostile id
    // comes back as one node, not as injected statements (in an id Graphviz keeps an
    // escaped backslash as two: only \" is an escape there).
    const QString out = runPython(QStringLiteral(R"(
import subprocess, sys, json
j = json.loads(subprocess.run(["dot", "-Tjson0", sys.argv[1]], check=True, capture_output=True, timeout=60).stdout)
names = [o["name"] for o in j.get("objects", [])]
print(len(names), len(j.get("edges", [])), '@eve"\\\\' in names, any(n in ("x", "y") for n in names))
)"), {path});
    EXPECT_EQ(out, QStringLiteral("%1 %2 True False").arg(c.actors.size()).arg(interactionCount(c)));
}

TEST(Export, CsvTablesAreReadByPythonsCsvModule)
{
    const Case c = exportCaseFixture();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.csv"));
    QString error;
    ASSERT_TRUE(exportCase(c, path, ExportFormat::Csv, &error)) << error.toStdString();
    const QString out = runPython(QStringLiteral(R"(
import csv, sys
base = sys.argv[1][:-4]
inter = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
actors = list(csv.DictReader(open(base + "-actors.csv", newline="", encoding="utf-8")))
events = list(csv.DictReader(open(base + "-events.csv", newline="", encoding="utf-8")))
eve = next(a for a in actors if a["handle"].startswith("@eve"))
rt = [r for r in inter if r["event"] == "twitter:1002"]
print(len(inter), len(actors), len(events), eve["name"].startswith('Eve "the" \\N <b>&amp;</b>\nline2 \x01') and eve["name"].endswith("]; x -> y"), eve["verified"], [(r["kind"], r["from"], r["to"], r["time"]) for r in rt])
)"), {path});
    const QString expected = QStringLiteral("%1 %2 %3 True blue [('repost', '@carol', '@bob', '2020-03-02T10:10:00Z'), ('mention', '@carol', '@carol', '2020-03-02T10:10:00Z')]")
                                 .arg(interactionCount(c))
                                 .arg(c.actors.size())
                                 .arg(c.events.size());
    // The CSV keeps the text as it is, quotes, line break and control character included.
    EXPECT_EQ(out, expected);
}

TEST(Export, FormatFollowsTheSuffixAndFailedWritesLeaveNothing)
{
    EXPECT_EQ(exportFormatForPath(QStringLiteral("a.GEXF")), ExportFormat::Gexf);
    EXPECT_EQ(exportFormatForPath(QStringLiteral("a.gv")), ExportFormat::Dot);
    EXPECT_FALSE(exportFormatForPath(QStringLiteral("a.png")));
    const Case c = exportCaseFixture();
    QString error;
    EXPECT_FALSE(exportCase(c, QStringLiteral("/nonexistent-dir/case.gexf"), ExportFormat::Gexf, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("/nonexistent-dir/case.gexf"))) << error.toStdString();
    EXPECT_EQ(sanitizeForXml(QStringLiteral("a\x01\tb") + QChar(0xFFFE)), QStringLiteral("a\tb"));
    EXPECT_EQ(dotQuoted(QStringLiteral("a\"b\\c\nd")), QStringLiteral("\"a\\\"b\\\\c\\nd\""));
    EXPECT_EQ(csvCell(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));
}

// The three CSV tables go together: when one cannot be written, none of the old ones is
// replaced (here the events table's path is a folder, so the last of the three fails).
TEST(Export, CsvTablesAreReplacedTogetherOrNotAtAll)
{
    const Case c = exportCaseFixture();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.csv"));
    for (const QString &name : {QStringLiteral("case.csv"), QStringLiteral("case-actors.csv")}) {
        QFile old(dir.filePath(name));
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("old\n");
    }
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("case-events.csv")));
    QString error;
    EXPECT_FALSE(exportCase(c, path, ExportFormat::Csv, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("case-events.csv"))) << error.toStdString();
    for (const QString &name : {QStringLiteral("case.csv"), QStringLiteral("case-actors.csv")}) {
        QFile old(dir.filePath(name));
        ASSERT_TRUE(old.open(QIODevice::ReadOnly));
        EXPECT_EQ(old.readAll(), QByteArray("old\n")) << name.toStdString();
    }
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 2) << "a temporary file was left behind";

    ASSERT_TRUE(QDir(dir.path()).rmdir(QStringLiteral("case-events.csv")));
    ASSERT_TRUE(exportCase(c, path, ExportFormat::Csv, &error)) << error.toStdString();
    QFile actors(dir.filePath(QStringLiteral("case-actors.csv")));
    ASSERT_TRUE(actors.open(QIODevice::ReadOnly));
    EXPECT_TRUE(actors.readAll().startsWith("handle,"));
}
