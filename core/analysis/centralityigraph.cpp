// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/centralityigraph.h"

#include <igraph/igraph.h>

#include <mutex>
#include <stdexcept>

namespace cascade::detail {

namespace {

// Debian's igraph 0.10.2 is built without thread-local state (IGRAPH_THREAD_SAFE 0): its
// error stack, RNG and handlers are process globals. Every call goes through this lock.
std::mutex &igraphMutex()
{
    static std::mutex mutex;
    return mutex;
}

void check(igraph_error_t code, const char *what)
{
    if (code != IGRAPH_SUCCESS)
        throw std::runtime_error(std::string("igraph: ") + what + ": " + igraph_strerror(code));
}

// igraph's errors come back as codes (check() turns them into exceptions) while this
// lives; the previous handler is put back however the scope ends.
class QuietErrors
{
public:
    QuietErrors()
        : m_old(igraph_set_error_handler(igraph_error_handler_ignore))
    {
    }
    ~QuietErrors() { igraph_set_error_handler(m_old); }
    QuietErrors(const QuietErrors &) = delete;
    QuietErrors &operator=(const QuietErrors &) = delete;

private:
    igraph_error_handler_t *m_old;
};

// An igraph graph (and the handler settings) alive for one locked call. A constructor
// that throws still restores the handler and unlocks (members are destroyed).
class IgraphGraph
{
public:
    IgraphGraph(const EdgeListGraph &g, bool directed)
        : m_lock(igraphMutex())
    {
        igraph_vector_int_t edges;
        check(igraph_vector_int_init(&edges, static_cast<igraph_integer_t>(g.edges.size() * 2)), "init");
        for (std::size_t i = 0; i < g.edges.size(); ++i) {
            VECTOR(edges)[2 * i] = g.edges[i].from;
            VECTOR(edges)[2 * i + 1] = g.edges[i].to;
        }
        const igraph_error_t code = igraph_create(&m_graph, &edges, g.nodeCount, directed);
        igraph_vector_int_destroy(&edges);
        check(code, "create");
    }
    ~IgraphGraph() { igraph_destroy(&m_graph); }
    IgraphGraph(const IgraphGraph &) = delete;
    IgraphGraph &operator=(const IgraphGraph &) = delete;

    igraph_t *get() { return &m_graph; }

private:
    std::lock_guard<std::mutex> m_lock;
    QuietErrors m_quiet;
    igraph_t m_graph;
};

std::vector<double> toStd(const igraph_vector_t &v)
{
    std::vector<double> out(static_cast<std::size_t>(igraph_vector_size(&v)));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = VECTOR(v)[i];
    return out;
}

} // namespace

std::vector<double> pageRankIgraph(const EdgeListGraph &graph, double damping)
{
    IgraphGraph g(graph, true);
    igraph_vector_t scores;
    check(igraph_vector_init(&scores, 0), "init");
    igraph_real_t value = 0;
    const igraph_error_t code = igraph_pagerank(g.get(), IGRAPH_PAGERANK_ALGO_PRPACK, &scores, &value,
                                                igraph_vss_all(), IGRAPH_DIRECTED, damping, nullptr, nullptr);
    std::vector<double> out = toStd(scores);
    igraph_vector_destroy(&scores);
    check(code, "pagerank");
    return out;
}

std::vector<double> betweennessIgraph(const EdgeListGraph &graph, std::span<const std::int32_t> sources,
                                      bool allSources)
{
    IgraphGraph g(graph, true);
    check(igraph_simplify(g.get(), true, true, nullptr), "simplify");
    igraph_vector_t scores;
    check(igraph_vector_init(&scores, 0), "init");
    igraph_error_t code = IGRAPH_SUCCESS;
    if (allSources) {
        code = igraph_betweenness(g.get(), &scores, igraph_vss_all(), IGRAPH_DIRECTED, nullptr);
    } else {
        igraph_vector_int_t ids;
        check(igraph_vector_int_init(&ids, static_cast<igraph_integer_t>(sources.size())), "init");
        for (std::size_t i = 0; i < sources.size(); ++i)
            VECTOR(ids)[i] = sources[i];
        code = igraph_betweenness_subset(g.get(), &scores, igraph_vss_all(), IGRAPH_DIRECTED,
                                         igraph_vss_vector(&ids), igraph_vss_all(), nullptr);
        igraph_vector_int_destroy(&ids);
    }
    std::vector<double> out = toStd(scores);
    igraph_vector_destroy(&scores);
    check(code, "betweenness");
    return out;
}

std::vector<int> coreNumbersIgraph(const EdgeListGraph &graph)
{
    IgraphGraph g(graph, false);
    check(igraph_simplify(g.get(), true, true, nullptr), "simplify");
    igraph_vector_int_t cores;
    check(igraph_vector_int_init(&cores, 0), "init");
    const igraph_error_t code = igraph_coreness(g.get(), &cores, IGRAPH_ALL);
    std::vector<int> out(static_cast<std::size_t>(igraph_vector_int_size(&cores)));
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<int>(VECTOR(cores)[i]);
    igraph_vector_int_destroy(&cores);
    check(code, "coreness");
    return out;
}

} // namespace cascade::detail
