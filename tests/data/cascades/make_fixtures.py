#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Expected cascade-tree measures for tests/core/cascadetree_test.cpp.

Run with Debian's python3 and python3-networkx (not a pyenv python):
    /usr/bin/python3 tests/data/cascades/make_fixtures.py
It rewrites trees.json beside itself. Each tree is a parent array over nodes 0..n-1
(parent[0] = -1, parent[i] < i for the others: node i joined the cascade i-th), hand-made
(a single node, a pair, stars, a path, a broom, a spider, a balanced binary tree) or
random recursive (uniform or preferential attachment, fixed seed). For the whole tree
and for a few prefixes (its first k nodes, the tree as of an earlier time) it holds what
networkx computes on the DiGraph parent -> child:

- size: the number of nodes;
- depth: the largest nx.single_source_shortest_path_length from the root;
- width: the largest out-degree (0 for a single node);
- virality: structural virality (Goel et al. 2016), nx.wiener_index of the undirected
  tree over the n (n - 1) / 2 pairs of distinct nodes; 0 below 2 nodes;
- profile: nodes per generation (the distances from the root, counted);
- branches / openers: for each child of the root, 1 + len(nx.descendants) (the subtree
  under it), sorted largest first, ties by the earlier child; openers are those children.
"""

import json
import os
import random
import sys

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def star(n):
    return [-1] + [0] * (n - 1)


def path(n):
    return list(range(-1, n - 1))


def broom(handle, bristles):
    """A path of `handle` nodes whose last node has `bristles` leaves."""
    return path(handle) + [handle - 1] * bristles


def spider(legs, length):
    """`legs` paths of `length` nodes hanging from the root, grown one generation at a time."""
    parent = [-1]
    tips = [0] * legs
    for _ in range(length):
        for leg in range(legs):
            parent.append(tips[leg])
            tips[leg] = len(parent) - 1
    return parent


def from_networkx_tree(g, root):
    """A networkx tree renumbered in breadth-first order from `root`, as a parent array."""
    order = [root] + [v for _, v in nx.bfs_edges(g, root)]
    index = {v: i for i, v in enumerate(order)}
    pred = dict(nx.bfs_predecessors(g, root))
    return [-1] + [index[pred[v]] for v in order[1:]]


def recursive(rng, n):
    """Uniform random recursive tree: node i relays one of the i earlier nodes."""
    return [-1] + [rng.randrange(i) for i in range(1, n)]


def preferential(rng, n):
    """Each new node relays an earlier one chosen by out-degree + 1 (hubs, like cascades)."""
    parent = [-1]
    weight = [1]
    for i in range(1, n):
        p = rng.choices(range(i), weights=weight)[0]
        parent.append(p)
        weight[p] += 1
        weight.append(1)
    return parent


def trees():
    rng = random.Random(20100117)
    return [
        ("single", [-1]),
        ("pair", [-1, 0]),
        ("star_3", star(3)),
        ("star_4", star(4)),
        ("star_10", star(10)),
        ("path_5", path(5)),
        ("broom_4_6", broom(4, 6)),
        ("spider_3x3", spider(3, 3)),
        ("binary_31", from_networkx_tree(nx.balanced_tree(2, 4), 0)),
        ("recursive_20", recursive(rng, 20)),
        ("recursive_60", recursive(rng, 60)),
        ("recursive_300", recursive(rng, 300)),
        ("preferential_150", preferential(rng, 150)),
        ("preferential_300", preferential(rng, 300)),
    ]


def measures(parent):
    n = len(parent)
    assert parent[0] == -1 and all(0 <= parent[i] < i for i in range(1, n))
    g = nx.DiGraph()
    g.add_node(0)
    g.add_edges_from((parent[i], i) for i in range(1, n))
    assert nx.is_arborescence(g)
    dist = nx.single_source_shortest_path_length(g, 0)
    depth = max(dist.values())
    width = max((d for _, d in g.out_degree()), default=0)
    virality = nx.wiener_index(g.to_undirected()) / (n * (n - 1) / 2) if n >= 2 else 0.0
    profile = [0] * (depth + 1)
    for d in dist.values():
        profile[d] += 1
    children = sorted(g.successors(0))
    sized = sorted(((1 + len(nx.descendants(g, c)), c) for c in children), key=lambda sc: (-sc[0], sc[1]))
    return {
        "nodes": n,
        "size": g.number_of_nodes(),
        "depth": depth,
        "width": width,
        "virality": virality,
        "profile": profile,
        "branches": [s for s, _ in sized],
        "openers": [c for _, c in sized],
    }


def prefix_lengths(n):
    return sorted({k for k in (1, 2, 3, n // 3, n // 2, (2 * n) // 3, n - 1) if 1 <= k < n})


def main():
    if not nx.__version__.startswith("2.8"):
        sys.stderr.write("warning: made with networkx 2.8.8, this is %s\n" % nx.__version__)
    out = []
    for name, parent in trees():
        whole = measures(parent)
        out.append({
            "name": name,
            "parent": parent,
            "expected": whole,
            "prefixes": [measures(parent[:k]) for k in prefix_lengths(len(parent))],
        })
        print("%-17s n=%3d depth=%2d width=%3d virality=%.6f" %
              (name, whole["size"], whole["depth"], whole["width"], whole["virality"]))
    doc = {"generator": "make_fixtures.py with networkx " + nx.__version__, "trees": out}
    with open(os.path.join(HERE, "trees.json"), "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
