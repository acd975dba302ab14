#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Expected PageRank, betweenness and core numbers for tests/core/centrality_test.cpp.

Run with Debian's python3 and python3-networkx (not a pyenv python):
    /usr/bin/python3 tests/data/centrality/make_fixtures.py
It rewrites graph_*.json beside itself. Each file holds one directed multigraph over nodes
0..n-1 (an edge list that may repeat edges and contain self-loops; some nodes have no
out-edges, some no edges at all) and the values networkx computes for it:

- pagerank: networkx's power iteration (the pure-Python implementation, because Debian's
  networkx 2.8 without scipy cannot run nx.pagerank) on the MultiDiGraph, alpha 0.85,
  uniform personalization, dangling mass spread uniformly; parallel edges add up as
  weight, self-loops are kept. The tolerance is tightened from networkx's default (1e-6
  per node, too loose to compare at 1e-6) to 1e-15 so the values are the fixed point.
- betweenness: nx.betweenness_centrality with its defaults (normalized=True, i.e. divided
  by (n-1)(n-2) for a directed graph; endpoints excluded; unweighted). networkx walks the
  neighbour sets, so parallel edges and self-loops do not change it; the script checks
  that the simple DiGraph gives the same values.
- core: nx.core_number on the undirected simple graph without self-loops.
"""

import json
import os
import random
import sys

import networkx as nx
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

HERE = os.path.dirname(os.path.abspath(__file__))


def random_multigraph(rng, n, m, dangling_share, loops, repeats):
    """Uniform random edges; a share of nodes never sends; some loops and repeated edges."""
    senders = [v for v in range(n) if rng.random() >= dangling_share]
    edges = [(rng.choice(senders), rng.randrange(n)) for _ in range(m)]
    edges += [(v, v) for v in rng.sample(senders, loops)]
    edges += [rng.choice(edges) for _ in range(repeats)]
    rng.shuffle(edges)
    return edges


def preferential(rng, n, per_node, loops, repeats):
    """Each new node addresses per_node earlier nodes chosen by in-degree + 1 (hubs form)."""
    edges = []
    weight = [1]
    for v in range(1, n):
        for _ in range(per_node):
            u = rng.choices(range(v), weights=weight[:v])[0]
            edges.append((v, u))
            weight[u] += 1
        weight.append(1)
    edges += [(v, v) for v in rng.sample(range(n), loops)]
    edges += [rng.choice(edges) for _ in range(repeats)]
    return edges


def cascade_like(rng, n):
    """A few broadcasts (many reposters -> one root) and relay chains, plus replies back."""
    edges = []
    roots = list(range(5))
    for v in range(5, n):
        if rng.random() < 0.6:
            edges.append((v, rng.choice(roots)))          # repost of a root
        else:
            edges.append((v, rng.randrange(5, v) if v > 5 else 0))  # relay from a relayer
        if rng.random() < 0.15:
            edges.append((rng.choice(roots), v))          # the root answers
        if rng.random() < 0.05:
            edges.append((v, v))
    edges += [rng.choice(edges) for _ in range(n // 4)]
    return edges


def components(rng, n):
    """Several disconnected clusters, isolated nodes, a directed cycle and a two-node graph."""
    edges = []
    start = 0
    for size in (60, 50, 40, 30):
        nodes = list(range(start, start + size))
        for _ in range(size * 3):
            edges.append((rng.choice(nodes), rng.choice(nodes)))
        start += size
    cycle = list(range(start, start + 25))
    edges += [(cycle[i], cycle[(i + 1) % len(cycle)]) for i in range(len(cycle))]
    start += 25
    edges += [(start, start + 1), (start, start + 1), (start + 1, start + 1)]
    start += 2
    assert start < n  # the nodes from start to n-1 stay isolated
    return edges


def graphs():
    rng = random.Random(20100117)
    return [
        ("random_sparse", 200, random_multigraph(rng, 200, 500, 0.25, 8, 40)),
        ("random_dense", 150, random_multigraph(rng, 150, 2200, 0.1, 15, 300)),
        ("preferential", 300, preferential(rng, 300, 3, 10, 60)),
        ("cascade_like", 400, cascade_like(rng, 400)),
        ("components", 260, components(rng, 260)),
        ("dangling_heavy", 250, random_multigraph(rng, 250, 700, 0.6, 5, 50)),
    ]


def expected(n, edges):
    g = nx.MultiDiGraph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    assert nx.number_of_selfloops(g) > 0 or not any(u == v for u, v in edges)

    pr = _pagerank_python(g, alpha=0.85, max_iter=100000, tol=1e-15)

    simple = nx.DiGraph(g)
    bc = nx.betweenness_centrality(g)
    bc_simple = nx.betweenness_centrality(simple)
    assert all(abs(bc[v] - bc_simple[v]) < 1e-12 for v in range(n))

    und = nx.Graph(g.to_undirected())
    und.remove_edges_from(list(nx.selfloop_edges(und)))
    core = nx.core_number(und)

    return ([pr[v] for v in range(n)], [bc[v] for v in range(n)], [core[v] for v in range(n)])


def main():
    if not nx.__version__.startswith("2.8"):
        sys.stderr.write("warning: made with networkx 2.8.8, this is %s\n" % nx.__version__)
    for name, n, edges in graphs():
        pr, bc, core = expected(n, edges)
        loops = sum(1 for u, v in edges if u == v)
        repeats = len(edges) - len(set(edges))
        dangling = sum(1 for v in set(range(n)) - {u for u, _ in edges})
        doc = {
            "name": name,
            "generator": "make_fixtures.py with networkx " + nx.__version__,
            "nodes": n,
            "edges": [[u, v] for u, v in edges],
            "pagerank": pr,
            "betweenness": bc,
            "core": core,
        }
        path = os.path.join(HERE, "graph_%s.json" % name)
        with open(path, "w") as f:
            json.dump(doc, f, separators=(",", ":"))
            f.write("\n")
        print("%-15s n=%d edges=%d self-loops=%d repeated=%d dangling=%d" %
              (name, n, len(edges), loops, repeats, dangling))


if __name__ == "__main__":
    main()
