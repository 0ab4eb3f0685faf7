"""Betweenness centrality: exact for small graphs, source-sampled Brandes for large ones.

Definition (Freeman 1977): b(v) = sum over pairs s != v != t of sigma_st(v) / sigma_st,
the share of shortest paths between s and t that pass through v. Normalised here to
[0, 1] by dividing by (n - 1)(n - 2) / 2, the number of pairs that could use v.

Exact: Brandes (2001), O(n m) on an unweighted graph. Sampled: Brandes' accumulation
from k sources drawn without replacement with a seeded generator, scaled by n / k
(Brandes & Pich 2007). Each source s adds delta_s(v) / (n - 2) in [0, 1], an unbiased
estimate of the normalised b(v); by Hoeffding's inequality (which also holds when
sampling without replacement) and a union bound over the n nodes, with probability at
least 1 - delta every estimate is within

    epsilon = sqrt(ln(2 n / delta) / (2 k))

of the exact normalised value. With k = SAMPLE_SOURCES = 800 and n = 5,400,
delta = 0.05: epsilon = 0.088, a worst-case bound; the measured error is far smaller
(largest error 0.003 on the 5,000 demo, where the top normalised betweenness is about
0.1; benchmarks/bench_analysis.py prints it and the top-20 overlap of the connectors).

Graphs of at most EXACT_UP_TO nodes are computed exactly. The work runs in igraph when
it is installed (C, ~0.5 ms per source at 5,000 residents) and in networkx otherwise
(~16 ms per source); both get the same sources, so both give the same numbers.
"""

from __future__ import annotations

import random

import networkx as nx

EXACT_UP_TO = 1_000
SAMPLE_SOURCES = 800


def sources_for(nodes: list, k: int, seed: int) -> list:
    """The k sources of the sampled method: a seeded sample of `nodes` (all if k >= n)."""
    if k >= len(nodes):
        return list(nodes)
    return random.Random(seed).sample(nodes, k)


def betweenness(
    graph: nx.Graph,
    *,
    k: int | None = None,
    seed: int = 1,
    exact: bool = False,
    converted: object | None = None,
) -> dict[str, float]:
    """Normalised betweenness of every node (see module doc).

    `k` sources (default SAMPLE_SOURCES; every node when the graph has at most
    EXACT_UP_TO nodes or `exact` is set). Complexity O(k m). `converted`: the graph
    already in igraph (see `to_igraph`), to save converting it again.
    """
    nodes = list(graph)
    n = len(nodes)
    if n < 3:
        return dict.fromkeys(nodes, 0.0)
    if exact or n <= EXACT_UP_TO:
        k = n
    sources = sources_for(nodes, k or SAMPLE_SOURCES, seed)
    raw = _raw_betweenness(graph, nodes, sources, converted)
    # raw counts each (s, t) from s in sources to every t; scale to all n sources, then
    # divide by the ordered pairs (n - 1)(n - 2): same as unordered pairs and /2.
    scale = (n / len(sources)) / ((n - 1) * (n - 2))
    return {node: value * scale for node, value in zip(nodes, raw, strict=True)}


def to_igraph(graph: nx.Graph):
    """The graph in igraph, vertices in the graph's node order; None without igraph.

    0.02 s at 5,000 residents; the accelerator behind networkx, never seen elsewhere.
    """
    try:
        import igraph
    except ImportError:
        return None
    index = {node: i for i, node in enumerate(graph)}
    converted = igraph.Graph(n=len(index))
    # The edges in `graph.edges` order (each once, from the first node to meet it), read
    # from the adjacency dicts directly: the view's generator costs twice as much.
    seen: set = set()
    chunk: list[tuple[int, int]] = []
    for a, around in graph._adj.items():
        i = index[a]
        chunk += [(i, index[b]) for b in around if b not in seen]
        seen.add(a)
        # In chunks: all 800,000 pairs of a 100,000-resident map would take 100 MB.
        if len(chunk) >= 50_000:
            converted.add_edges(chunk)
            chunk = []
    if chunk:
        converted.add_edges(chunk)
    return converted


def _raw_betweenness(
    graph: nx.Graph, nodes: list, sources: list, converted: object | None = None
) -> list[float]:
    """Sum over s in sources of Brandes' dependency delta_s(v), for each node in order."""
    converted = converted if converted is not None else to_igraph(graph)
    if converted is None:
        return _raw_betweenness_networkx(graph, nodes, sources)
    index = {node: i for i, node in enumerate(nodes)}
    if len(sources) == len(nodes):
        values = converted.betweenness(directed=False)
    else:
        values = converted.betweenness(directed=False, sources=[index[s] for s in sources])
    # igraph halves undirected counts (each unordered pair once); we count ordered pairs.
    return [2.0 * value for value in values]


def _raw_betweenness_networkx(graph: nx.Graph, nodes: list, sources: list) -> list[float]:
    # betweenness_centrality_subset halves undirected counts; undo that for ordered pairs.
    values = nx.betweenness_centrality_subset(graph, sources, nodes, normalized=False)
    return [2.0 * values[node] for node in nodes]
