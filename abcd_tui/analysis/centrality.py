"""Betweenness centrality: exact where it is cheap, sampled with a stated bound where not.

Definition (Freeman 1977): b(v) = sum over pairs s != v != t of sigma_st(v) / sigma_st,
the share of shortest paths between s and t that pass through v. Normalised here to
[0, 1] by dividing by (n - 1)(n - 2) / 2, the number of pairs that could use v.

Exact: Brandes (2001), O(n m) on an unweighted graph, whenever n * m <= EXACT_WORK, with
the pendant records folded into their neighbour and the sources shared between two
processes when the work is large enough to pay for the second (see `brandes`). That is
every village and neighbourhood and the 5,000-resident demo (n * m = 210 million).

Why exact that far: the connector ranking near its 20th place separates residents
whose scores differ by 0.06-1.3 points of 100, a betweenness difference of 0.5-5%.
Sampled sources spread too much for that: one source next to a resident adds 12-29
times its mean share (measured on the 5,000 demo), and 19 of the top 20 on every one
of ten seeds took 3,200 of its 5,378 sources (60%); 800 gave 17-19, 1,600 gave 17-20.
Stratifying the sources around the candidates, or sampling the far end of each pair,
did no better at the same cost; exact takes 4,900 sources with the pendants folded,
halved in wall time on two cores. So above the village size the choice is between 60%
and exact, and exact has no error and never moves under an unrelated edit.

Above that, sampled: Brandes' accumulation from sources taken in a stable order (a keyed
hash of each record's key, so one unrelated edit changes at most one source, never the
whole sample), scaled by n / k (Brandes & Pich 2007), in BATCHES equal batches. Each
batch is an unbiased estimate of every b(v); from the spread of the batch estimates
(batch means, with the finite-population correction for sampling without replacement)
each node gets a half-width h(v) at Student's t quantile of 1 - DELTA / (2 n) (r - 1
degrees of freedom for r batches), a Bonferroni bound over all n nodes. It is
approximate (it assumes the batch means are normal; in the far tail, where most batches
see nothing, it is too narrow, which never lifts a node into the top), not
Hoeffding's worst case: that one (sqrt(ln(2n/delta) / 2k) = 0.088 at k = 800, n = 5,400)
is three times the largest value and says nothing about a ranking.

The ranking bound: the top m by estimate are *certainly* the top m when the smallest
lower end among them, min (b - h), lies above the largest upper end among the rest,
max (b + h) (`Betweenness.is_certain(m)`). Sampling stops early once the top `top` are
certain (as KADABRA and Riondato-Upfal stop on their own bounds), and otherwise at
SAMPLE_SOURCES or SAMPLE_WORK, whichever comes first. Near the 20th place values differ
by less than 1%, which no sample much smaller than exact resolves (see above): there the
top 20 are seldom certain, and the result says so rather than pretending
(`certain_ranks`).

The work runs in igraph (C; a required dependency); networkx's Brandes on the same
sources gives the same numbers (`raw_betweenness_networkx`, the reference the tests and
the benchmark compare with, 45 times slower). igraph holds the GIL, so a second thread
would not help; a second process does, for exact betweenness and for the sampled
batches alike (see `brandes`): every batch of the budget starts at once, and the top is
looked at every CHECK_EVERY batches while the rest count on.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from statistics import NormalDist

import igraph
import networkx as nx

from abcd_tui.analysis import brandes
from abcd_tui.analysis.graph import neighbours, node_attrs

EXACT_WORK = 250_000_000  # n * m up to which betweenness is exact (see the module doc)
SAMPLE_SOURCES = 800  # the most sources the sampled method spends
# ...and the most work (sources * ties) it spends: what exact costs at 5,000 residents.
# 800 sources up to 375,000 ties (a rural municipality of 25,000 residents has about
# 200,000); about 360 at 100,000 residents (820,000 ties), where 800 took 23 s on two
# cores and still certified no rank at all. The bound says what the fewer are worth.
SAMPLE_WORK = 300_000_000
BATCHES = 10  # equal batches of the budget (the spread of their means gives the bound)
CHECK_EVERY = 5  # batches between two looks at whether the top are separated
DELTA = 0.05  # the bound holds for all nodes at once with probability about 1 - DELTA


@dataclass
class Betweenness:
    """Normalised betweenness per node, how it was computed, and its error bound."""

    values: dict
    exact: bool
    sources: int
    half_width: dict = field(default_factory=dict)  # per node; empty when exact

    def is_certain(self, m: int) -> bool:
        """Whether the top `m` by value are surely the top `m` (up to the bound)."""
        if self.exact or m <= 0 or m >= len(self.values):
            return True
        ranked = sorted(self.values, key=self.values.__getitem__, reverse=True)
        h = self.half_width
        lowest_in = min(self.values[v] - h[v] for v in ranked[:m])
        highest_out = max(self.values[v] + h[v] for v in ranked[m:])
        return lowest_in > highest_out

    def certain_ranks(self, up_to: int = 20) -> list[int]:
        """The m <= `up_to` for which the top m are certain (all of them when exact)."""
        if self.exact:
            return list(range(1, up_to + 1))
        ranked = sorted(self.values, key=self.values.__getitem__, reverse=True)
        h = self.half_width
        lower = [self.values[v] - h[v] for v in ranked]
        upper = [self.values[v] + h[v] for v in ranked]
        # suffix maxima of the upper ends: the best the rest could be
        best_rest = [float("-inf")] * (len(ranked) + 1)
        for i in range(len(ranked) - 1, -1, -1):
            best_rest[i] = max(best_rest[i + 1], upper[i])
        found, lowest = [], float("inf")
        for m in range(1, min(up_to, len(ranked) - 1) + 1):
            lowest = min(lowest, lower[m - 1])
            if lowest > best_rest[m]:
                found.append(m)
        return found


def source_order(graph: nx.Graph, seed: int) -> list:
    """Every node in the stable order the sampled method takes sources: by a keyed hash
    of the node's `key` attribute (its id when it has none). Adding or removing one
    record moves no other record in this order."""
    data = node_attrs(graph)

    def rank(node) -> bytes:
        key = data[node].get("key", node)
        return hashlib.blake2b(f"{seed}:{key}".encode(), digest_size=8).digest()

    return sorted(graph, key=rank)


def sources_for(nodes: list, k: int, seed: int) -> list:
    """k nodes of `nodes` (all if k >= n), chosen by `seed`, in the stable hash order."""
    if k >= len(nodes):
        return list(nodes)
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    return source_order(graph, seed)[:k]


def betweenness(
    graph: nx.Graph,
    *,
    k: int | None = None,
    seed: int = 1,
    exact: bool = False,
    converted: igraph.Graph | None = None,
) -> dict[str, float]:
    """Normalised betweenness of every node (see module doc); the values of `estimate`."""
    return estimate(graph, k=k, seed=seed, exact=exact, converted=converted).values


def start_estimate(
    graph: nx.Graph,
    *,
    seed: int = 1,
    exact: bool = False,
    converted: igraph.Graph | None = None,
    top: int = 20,
    parallel_work: int = brandes.PARALLEL_WORK,
) -> Callable[[], Betweenness]:
    """`estimate`, begun now where other processes can do it: when the work is large
    enough to share (see `brandes.ExactSums`, `brandes.BatchSums`), every share of exact
    betweenness, or of every batch of the sample (looked at from a thread that only waits),
    counts in other processes from now on, and the function returned collects them. Lets
    a caller do the rest of an analysis while the other cores count
    (`Analysis.start_betweenness`), and keeps igraph, which holds the GIL while it
    counts, off this process's threads: the app's screen stays free meanwhile.
    Where the work is too small to share, it runs here, when collected."""
    nodes = list(graph)
    n = len(nodes)
    if n < 3:
        return partial(estimate, graph)
    converted = converted if converted is not None else to_igraph(graph)
    plan = _plan(graph, nodes, None, seed, exact)
    if plan is None:
        sums = brandes.ExactSums(converted, parallel_work=parallel_work, here=False)
        return partial(_exact, nodes, sums)
    # The rounds in a thread of their own that only starts processes and waits on them
    # (waiting on them lets go of the GIL), so this thread goes on meanwhile.
    found: list[Betweenness] = []
    rounds = threading.Thread(
        target=lambda: found.append(_sampled(nodes, converted, plan, top, parallel_work, False)),
        name="abcd-betweenness",
        daemon=True,
    )
    rounds.start()

    def collect() -> Betweenness:
        rounds.join()
        if found:
            return found[0]
        return _sampled(nodes, converted, plan, top, parallel_work)  # that thread failed

    return collect


def _exact(nodes: list, sums: brandes.ExactSums) -> Betweenness:
    """Normalised exact betweenness from igraph's sums (each unordered pair once)."""
    n = len(nodes)
    scale = 2.0 / ((n - 1) * (n - 2))
    values = {v: x * scale for v, x in zip(nodes, sums.result(), strict=True)}
    return Betweenness(values, True, n)


def estimate(
    graph: nx.Graph,
    *,
    k: int | None = None,
    seed: int = 1,
    exact: bool = False,
    converted: igraph.Graph | None = None,
    top: int = 20,
    parallel_work: int = brandes.PARALLEL_WORK,
) -> Betweenness:
    """Betweenness with its bound (see module doc).

    Exact when `exact` is set or n * m <= EXACT_WORK; otherwise at most `k` sources
    (default SAMPLE_SOURCES, fewer where they would cost more than SAMPLE_WORK), in
    batches, stopping once the top `top` are certain.
    Complexity O(k m). `converted`: the graph already in igraph (see `to_igraph`);
    `parallel_work`: from how much work (sources * ties) betweenness shares its sources
    with other processes (see `brandes`).
    """
    nodes = list(graph)
    n = len(nodes)
    if n < 3:
        return Betweenness(dict.fromkeys(nodes, 0.0), True, n)
    if converted is None:
        converted = to_igraph(graph)
    plan = _plan(graph, nodes, k, seed, exact)
    if plan is None:
        return _exact(nodes, brandes.ExactSums(converted, parallel_work=parallel_work))
    return _sampled(nodes, converted, plan, top, parallel_work)


@dataclass
class _Plan:
    """The sample: `batch` sources per batch, `budget` in all, in the stable `order` (as
    igraph's vertex numbers)."""

    batch: int
    budget: int
    order: list[int]

    def batches(self) -> list[list[int]]:
        """The budget in batches of `batch` sources, in order."""
        b = self.batch
        return [self.order[j * b : (j + 1) * b] for j in range(self.budget // b)]


def _plan(graph: nx.Graph, nodes: list, k: int | None, seed: int, exact: bool) -> _Plan | None:
    """The sample `estimate` takes, or None where betweenness is exact (module doc)."""
    n, m = len(nodes), graph.number_of_edges()
    budget = k or max(BATCHES, min(SAMPLE_SOURCES, SAMPLE_WORK // max(1, m)))
    if exact or n * m <= EXACT_WORK or budget >= n:
        return None
    # Whole batches only, so every batch estimate has the same weight. Ten calls: each
    # igraph call costs ~13 ms on top of its sources at 5,000 residents, so more
    # batches cost time; fewer make the spread a poor estimate of the error.
    batch = max(1, budget // BATCHES)
    budget = batch * BATCHES
    index = {node: i for i, node in enumerate(nodes)}
    return _Plan(batch, budget, [index[s] for s in source_order(graph, seed)[:budget]])


def _sampled(
    nodes: list,
    converted: igraph.Graph,
    plan: _Plan,
    top: int,
    parallel_work: int,
    here: bool = True,
) -> Betweenness:
    """The sampled estimate with its bound, looked at every CHECK_EVERY batches; `here`:
    whether this process counts a share of each batch itself (see `brandes.BatchSums`)."""
    n, batch = len(nodes), plan.batch
    # raw counts each (s, t) from s in a batch to every t; scaled to all n sources, then
    # divided by the ordered pairs (n - 1)(n - 2): a batch's estimate of each b(v).
    scale = (n / batch) / ((n - 1) * (n - 2))
    first = [0.0] * n  # sum of the batch estimates, per node
    second = [0.0] * n  # sum of their squares
    # Every batch of the budget starts at once, on every core that pays (see
    # `brandes.BatchSums`); every CHECK_EVERY batches a look at whether the top are
    # separated, while the other processes count on; they stop when it is.
    counted: brandes.BatchSums | None = None
    try:
        counted = brandes.BatchSums(
            converted, plan.batches(), parallel_work=parallel_work, here=here
        )
        looked = 0  # batches looked at
        while True:
            upto = min(looked + CHECK_EVERY, counted.batches)
            for sums in counted.first(upto, looked):
                for i, x in enumerate(sums):
                    x *= 2.0 * scale  # igraph counts each unordered pair once; we, ordered
                    first[i] += x
                    second[i] += x * x
            looked = upto
            used = batch * looked
            z = student_quantile(1 - DELTA / (2 * n), looked - 1)
            result = _bound(nodes, first, second, used, batch, n, z)
            if result.is_certain(top) or looked >= counted.batches:
                return result
    finally:
        if counted is not None:
            counted.stop()


def student_quantile(p: float, freedom: int) -> float:
    """The p-quantile of Student's t with `freedom` degrees of freedom: the normal one
    corrected by the Cornish-Fisher series (Abramowitz & Stegun 26.7.5), within a few
    per cent for freedom >= 4 at the tail probabilities used here."""
    z = NormalDist().inv_cdf(p)
    v = freedom
    return (
        z
        + (z**3 + z) / (4 * v)
        + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * v**2)
        + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * v**3)
        + (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / (92160 * v**4)
    )


def _bound(
    nodes: list, first: list[float], second: list[float], used: int, batch: int, n: int, z: float
) -> Betweenness:
    """Mean of the batch estimates and its half-width (batch means, see module doc)."""
    r = used // batch
    correction = 1 - used / n  # finite population: sampled without replacement
    values, half = {}, {}
    for v, total, squares in zip(nodes, first, second, strict=True):
        mean = total / r
        spread = max(0.0, (squares - r * mean * mean) / (r - 1))
        values[v] = mean
        half[v] = z * (spread * correction / r) ** 0.5
    return Betweenness(values, False, used, half)


def to_igraph(graph: nx.Graph) -> igraph.Graph:
    """The graph in igraph, vertices in the graph's node order.

    0.02 s at 5,000 residents; the accelerator behind networkx, never seen elsewhere.
    """
    index = {node: i for i, node in enumerate(graph)}
    converted = igraph.Graph(n=len(index))
    # The edges in `graph.edges` order (each once, from the first node to meet it), read
    # from the adjacency dicts directly: the view's generator costs twice as much.
    seen: set = set()
    chunk: list[tuple[int, int]] = []
    for a, around in neighbours(graph).items():
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
    graph: nx.Graph, nodes: list, sources: list, converted: igraph.Graph | None = None
) -> list[float]:
    """Sum over s in sources of Brandes' dependency delta_s(v), for each node in order."""
    converted = converted if converted is not None else to_igraph(graph)
    index = {node: i for i, node in enumerate(nodes)}
    if len(sources) == len(nodes):
        values = converted.betweenness(directed=False)
    else:
        values = converted.betweenness(directed=False, sources=[index[s] for s in sources])
    # igraph halves undirected counts (each unordered pair once); we count ordered pairs.
    return [2.0 * value for value in values]


def raw_betweenness_networkx(graph: nx.Graph, nodes: list, sources: list) -> list[float]:
    """`_raw_betweenness` by networkx's Brandes: the reference igraph's numbers are
    checked against (tests, benchmarks/bench_analysis.py), never used by the app."""
    # betweenness_centrality_subset halves undirected counts; undo that for ordered pairs.
    values = nx.betweenness_centrality_subset(graph, sources, nodes, normalized=False)
    return [2.0 * values[node] for node in nodes]
