// SPDX-License-Identifier: GPL-3.0-or-later
// The only code of Cascade that includes Graphviz headers.
#include "core/layout/graphvizrunner.h"

#include "core/layout/childprocess.h"

#include <gvc.h>

#include <cstdlib>
#include <cstring>
#include <mutex>
#include <set>

#include <dlfcn.h>

namespace cascade {

namespace {

// Graphviz is not re-entrant: every cgraph/gvc call, and every fork of a child that
// will use Graphviz, happens with this mutex held.
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Graphviz wants char * where it only reads.
char *text(const char *s)
{
    return const_cast<char *>(s);
}

// The process-wide Graphviz context, created on first use (under the mutex) and freed
// at exit. It holds the two layout plugins only (dot; neato, twopi, sfdp), loaded from
// Graphviz's plugin directory next to libgvc as built-in plugins: no configuration file
// is read and no text-layout plugin loaded (our labels are empty and our sizes fixed),
// so pango and fontconfig stay out of the process and sizes cannot depend on fonts.
// When the plugins cannot be found this way, Graphviz's own gvContext() is used.
// Plugins are loaded here, in the parent, so that a forked child never has to dlopen.
class GvContext
{
public:
    GvContext();
    ~GvContext()
    {
        // The plugin libraries stay loaded (as Graphviz itself keeps them): their
        // static buffers live on in their globals.
        if (m_gvc)
            gvFreeContext(m_gvc);
    }
    GvContext(const GvContext &) = delete;
    GvContext &operator=(const GvContext &) = delete;

    GVC_t *get() const { return m_gvc; }
    void warm(const std::string &engine);

private:
    GVC_t *m_gvc = nullptr;
    std::set<std::string> m_warm;
    lt_symlist_t m_builtins[3] = {};
};

GvContext::GvContext()
{
    Dl_info info{};
    std::string directory;
    if (dladdr(reinterpret_cast<void *>(&gvContextPlugins), &info) && info.dli_fname) {
        directory = info.dli_fname;
        directory = directory.substr(0, directory.rfind('/') + 1) + "graphviz/";
    }
    static const char *const kPlugins[2][2] = {
        {"libgvplugin_dot_layout.so.6", "gvplugin_dot_layout_LTX_library"},
        {"libgvplugin_neato_layout.so.6", "gvplugin_neato_layout_LTX_library"},
    };
    bool found = !directory.empty();
    for (int i = 0; i < 2 && found; ++i) {
        void *handle = dlopen((directory + kPlugins[i][0]).c_str(), RTLD_NOW | RTLD_LOCAL);
        void *library = handle ? dlsym(handle, kPlugins[i][1]) : nullptr;
        m_builtins[i] = {kPlugins[i][1], library};
        found = library != nullptr;
    }
    m_gvc = found ? gvContextPlugins(m_builtins, 0) : gvContext();
}

GvContext &context()
{
    static GvContext instance;
    return instance;
}

// One Agraph_t: the layout is freed before the graph is closed.
class GvGraph
{
public:
    explicit GvGraph(GVC_t *gvc)
        : m_gvc(gvc)
        , m_graph(agopen(text("cascade"), Agdirected, nullptr))
    {
    }
    ~GvGraph()
    {
        if (m_graph) {
            gvFreeLayout(m_gvc, m_graph);
            agclose(m_graph);
        }
    }
    GvGraph(const GvGraph &) = delete;
    GvGraph &operator=(const GvGraph &) = delete;

    Agraph_t *get() const { return m_graph; }

private:
    GVC_t *m_gvc;
    Agraph_t *m_graph;
};

void GvContext::warm(const std::string &engine)
{
    if (!m_gvc || m_warm.count(engine))
        return;
    GvGraph graph(m_gvc);
    Agnode_t *a = agnode(graph.get(), text("0"), 1);
    Agnode_t *b = agnode(graph.get(), text("1"), 1);
    agedge(graph.get(), a, b, nullptr, 1);
    gvLayout(m_gvc, graph.get(), engine.c_str());
    m_warm.insert(engine);
}

// Graphviz's error messages, collected while the mutex is held (or in the child).
std::string *g_errors = nullptr;

int collectError(char *message)
{
    if (g_errors && message && g_errors->size() < 2000)
        g_errors->append(message);
    return 0;
}

class ErrorCapture
{
public:
    explicit ErrorCapture(std::string *sink)
    {
        g_errors = sink;
        m_level = agseterr(AGERR);
        m_previous = agseterrf(collectError);
    }
    ~ErrorCapture()
    {
        agseterrf(m_previous);
        agseterr(m_level);
        g_errors = nullptr;
    }
    ErrorCapture(const ErrorCapture &) = delete;
    ErrorCapture &operator=(const ErrorCapture &) = delete;

private:
    agerrlevel_t m_level;
    agusererrf m_previous;
};

std::string number(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

GraphvizRaw::Point rawPoint(pointf p)
{
    return {p.x, p.y};
}

// Builds, lays out and reads one job. Call with the mutex held (or in the child).
bool layoutJob(GVC_t *gvc, const GraphvizJob &job, GraphvizRaw &out, std::string &error)
{
    GvGraph graph(gvc);
    Agraph_t *g = graph.get();
    if (!g) {
        error = "Graphviz could not create a graph";
        return false;
    }
    for (const auto &[name, value] : job.graphAttributes)
        agattr(g, AGRAPH, text(name.c_str()), text(value.c_str()));
    bool anyPinned = false;
    bool anyRoot = false;
    for (const GraphvizJob::Node &node : job.nodes) {
        anyPinned = anyPinned || node.pinned;
        anyRoot = anyRoot || node.root;
    }
    if (anyPinned) {
        agattr(g, AGRAPH, text("inputscale"), text("72"));
        agattr(g, AGRAPH, text("notranslate"), text("true"));
    }
    agattr(g, AGNODE, text("shape"), text(job.ellipse ? "ellipse" : "box"));
    agattr(g, AGNODE, text("fixedsize"), text("true"));
    agattr(g, AGNODE, text("label"), text(""));
    Agsym_t *width = agattr(g, AGNODE, text("width"), text("0.75"));
    Agsym_t *height = agattr(g, AGNODE, text("height"), text("0.5"));
    Agsym_t *root = anyRoot ? agattr(g, AGNODE, text("root"), text("false")) : nullptr;
    Agsym_t *pos = anyPinned ? agattr(g, AGNODE, text("pos"), text("")) : nullptr;
    Agsym_t *pin = anyPinned ? agattr(g, AGNODE, text("pin"), text("false")) : nullptr;
    Agsym_t *dir = agattr(g, AGEDGE, text("dir"), text("forward"));

    std::vector<Agnode_t *> nodes(job.nodes.size());
    for (std::size_t i = 0; i < job.nodes.size(); ++i) {
        const GraphvizJob::Node &spec = job.nodes[i];
        Agnode_t *n = agnode(g, text(std::to_string(i).c_str()), 1);
        nodes[i] = n;
        agxset(n, width, text(number(spec.widthInches).c_str()));
        agxset(n, height, text(number(spec.heightInches).c_str()));
        if (spec.root)
            agxset(n, root, text("true"));
        if (spec.pinned) {
            agxset(n, pos, text((number(spec.pinX) + "," + number(spec.pinY) + "!").c_str()));
            agxset(n, pin, text("true"));
        }
    }
    std::vector<Agedge_t *> edges(job.edges.size(), nullptr);
    for (std::size_t i = 0; i < job.edges.size(); ++i) {
        const GraphvizJob::Edge &spec = job.edges[i];
        if (spec.tail < 0 || spec.head < 0 || static_cast<std::size_t>(spec.tail) >= nodes.size()
            || static_cast<std::size_t>(spec.head) >= nodes.size())
            continue;
        edges[i] = agedge(g, nodes[static_cast<std::size_t>(spec.tail)], nodes[static_cast<std::size_t>(spec.head)],
                          nullptr, 1);
        if (spec.bothWays)
            agxset(edges[i], dir, text("both"));
    }

    std::srand(static_cast<unsigned>(job.seed));
    if (gvLayout(gvc, g, job.engine.c_str()) != 0) {
        error = "Graphviz could not lay the graph out with " + job.engine;
        return false;
    }

    const boxf bb = GD_bb(g);
    out.lowerLeft = rawPoint(bb.LL);
    out.upperRight = rawPoint(bb.UR);
    out.nodes.resize(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        GraphvizRaw::Node &node = out.nodes[i];
        node.laidOut = true;
        node.centre = rawPoint(ND_coord(nodes[i]));
        node.widthInches = ND_width(nodes[i]);
        node.heightInches = ND_height(nodes[i]);
    }
    out.edges.resize(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        GraphvizRaw::Edge &edge = out.edges[i];
        edge.tail = job.edges[i].tail;
        edge.head = job.edges[i].head;
        const splines *spl = edges[i] ? ED_spl(edges[i]) : nullptr;
        if (!spl)
            continue;
        for (int b = 0; b < spl->size; ++b) {
            const bezier &bz = spl->list[b];
            GraphvizRaw::Bezier bezier;
            bezier.points.reserve(static_cast<std::size_t>(bz.size));
            for (int p = 0; p < bz.size; ++p)
                bezier.points.push_back(rawPoint(bz.list[p]));
            bezier.hasStartArrow = bz.sflag != 0;
            bezier.startTip = rawPoint(bz.sp);
            bezier.hasEndArrow = bz.eflag != 0;
            bezier.endTip = rawPoint(bz.ep);
            edge.beziers.push_back(std::move(bezier));
        }
    }
    return true;
}

// --- The child's answer, as bytes (framed by runInChildProcess) ----------------------

class Writer
{
public:
    template<typename T>
    void put(T value)
    {
        m_bytes.append(reinterpret_cast<const char *>(&value), sizeof value);
    }
    void putPoint(GraphvizRaw::Point p)
    {
        put(p.x);
        put(p.y);
    }
    void putString(const std::string &s)
    {
        put(static_cast<std::uint32_t>(s.size()));
        m_bytes += s;
    }
    std::string take() { return std::move(m_bytes); }

private:
    std::string m_bytes;
};

class Reader
{
public:
    Reader(const char *begin, const char *end)
        : m_p(begin)
        , m_end(end)
    {
    }
    template<typename T>
    T get()
    {
        T value{};
        if (static_cast<std::size_t>(m_end - m_p) < sizeof value) {
            m_ok = false;
            return value;
        }
        std::memcpy(&value, m_p, sizeof value);
        m_p += sizeof value;
        return value;
    }
    GraphvizRaw::Point getPoint()
    {
        GraphvizRaw::Point p;
        p.x = get<double>();
        p.y = get<double>();
        return p;
    }
    std::string getString()
    {
        const auto size = get<std::uint32_t>();
        if (!m_ok || static_cast<std::size_t>(m_end - m_p) < size) {
            m_ok = false;
            return {};
        }
        std::string s(m_p, size);
        m_p += size;
        return s;
    }
    // A count of items each at least `minBytes` long: rejects counts the data cannot hold.
    std::uint32_t getCount(std::size_t minBytes)
    {
        const auto count = get<std::uint32_t>();
        if (static_cast<std::size_t>(m_end - m_p) / std::max<std::size_t>(minBytes, 1) < count) {
            m_ok = false;
            return 0;
        }
        return count;
    }
    bool ok() const { return m_ok; }

private:
    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

void writeOutcome(Writer &w, const GraphvizOutcome &outcome)
{
    w.putString(outcome.error);
    w.put(static_cast<std::uint32_t>(outcome.layouts.size()));
    for (const GraphvizRaw &raw : outcome.layouts) {
        w.putPoint(raw.lowerLeft);
        w.putPoint(raw.upperRight);
        w.put(static_cast<std::uint32_t>(raw.nodes.size()));
        for (const GraphvizRaw::Node &node : raw.nodes) {
            w.put(static_cast<std::uint8_t>(node.laidOut));
            w.putPoint(node.centre);
            w.put(node.widthInches);
            w.put(node.heightInches);
        }
        w.put(static_cast<std::uint32_t>(raw.edges.size()));
        for (const GraphvizRaw::Edge &edge : raw.edges) {
            w.put(static_cast<std::int32_t>(edge.tail));
            w.put(static_cast<std::int32_t>(edge.head));
            w.put(static_cast<std::uint32_t>(edge.beziers.size()));
            for (const GraphvizRaw::Bezier &b : edge.beziers) {
                w.put(static_cast<std::uint32_t>(b.points.size()));
                for (const GraphvizRaw::Point &p : b.points)
                    w.putPoint(p);
                w.put(static_cast<std::uint8_t>(b.hasStartArrow));
                w.putPoint(b.startTip);
                w.put(static_cast<std::uint8_t>(b.hasEndArrow));
                w.putPoint(b.endTip);
            }
        }
    }
}

bool readOutcome(Reader &r, GraphvizOutcome &outcome)
{
    outcome.error = r.getString();
    const std::uint32_t layouts = r.getCount(36);
    outcome.layouts.resize(layouts);
    for (GraphvizRaw &raw : outcome.layouts) {
        raw.lowerLeft = r.getPoint();
        raw.upperRight = r.getPoint();
        raw.nodes.resize(r.getCount(33));
        for (GraphvizRaw::Node &node : raw.nodes) {
            node.laidOut = r.get<std::uint8_t>() != 0;
            node.centre = r.getPoint();
            node.widthInches = r.get<double>();
            node.heightInches = r.get<double>();
        }
        raw.edges.resize(r.getCount(12));
        for (GraphvizRaw::Edge &edge : raw.edges) {
            edge.tail = r.get<std::int32_t>();
            edge.head = r.get<std::int32_t>();
            edge.beziers.resize(r.getCount(38));
            for (GraphvizRaw::Bezier &b : edge.beziers) {
                b.points.resize(r.getCount(16));
                for (GraphvizRaw::Point &p : b.points)
                    p = r.getPoint();
                b.hasStartArrow = r.get<std::uint8_t>() != 0;
                b.startTip = r.getPoint();
                b.hasEndArrow = r.get<std::uint8_t>() != 0;
                b.endTip = r.getPoint();
            }
        }
        if (!r.ok())
            return false;
    }
    return r.ok();
}

// Runs every job; stops at the first failure. Mutex held, or in the child.
GraphvizOutcome layoutAll(GVC_t *gvc, const std::vector<GraphvizJob> &jobs, const std::function<bool()> &cancelled)
{
    GraphvizOutcome outcome;
    if (!gvc) {
        outcome.error = "Graphviz could not start (no context)";
        return outcome;
    }
    std::string messages;
    ErrorCapture capture(&messages);
    outcome.layouts.resize(jobs.size());
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        if (cancelled && cancelled()) {
            outcome.cancelled = true;
            outcome.layouts.clear();
            return outcome;
        }
        if (!layoutJob(gvc, jobs[i], outcome.layouts[i], outcome.error)) {
            if (!messages.empty())
                outcome.error += ": " + messages;
            outcome.layouts.clear();
            return outcome;
        }
    }
    return outcome;
}

// Returns false when no child could be started (the caller then runs in process).
bool runInChild(const std::vector<GraphvizJob> &jobs, const std::function<bool()> &cancelled,
                GraphvizOutcome &outcome)
{
    GVC_t *gvc = nullptr;
    const auto warm = [&] {
        GvContext &ctx = context();
        for (const GraphvizJob &job : jobs)
            ctx.warm(job.engine);
        gvc = ctx.get();
    };
    const auto work = [&] {
        Writer w;
        writeOutcome(w, layoutAll(gvc, jobs, {}));
        return w.take();
    };
    const ChildRun run = runInChildProcess("Graphviz", &graphvizMutex(), warm, work, cancelled);
    outcome = GraphvizOutcome{};
    switch (run.result) {
    case ChildRun::Result::NotStarted:
        return false;
    case ChildRun::Result::Cancelled:
        outcome.cancelled = true;
        return true;
    case ChildRun::Result::Failed:
        outcome.error = run.error;
        return true;
    case ChildRun::Result::Finished:
        break;
    }
    Reader r(run.answer.data(), run.answer.data() + run.answer.size());
    if (!readOutcome(r, outcome) || outcome.layouts.size() != (outcome.error.empty() ? jobs.size() : 0)) {
        outcome = GraphvizOutcome{};
        outcome.error = "Graphviz's answer was garbled";
    }
    return true;
}

} // namespace

GraphvizOutcome runGraphviz(const std::vector<GraphvizJob> &jobs, bool isolate, const std::function<bool()> &cancelled)
{
    GraphvizOutcome outcome;
    if (jobs.empty())
        return outcome;
    if (isolate && runInChild(jobs, cancelled, outcome))
        return outcome;
    std::lock_guard lock(graphvizMutex());
    return layoutAll(context().get(), jobs, cancelled);
}

} // namespace cascade
