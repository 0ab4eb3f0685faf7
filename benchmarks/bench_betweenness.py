"""Betweenness at 1,000 and 5,000 residents: cost, ratio to igraph-exact, ranking accuracy.

    python benchmarks/bench_betweenness.py            # about three minutes
    python benchmarks/bench_betweenness.py --runs 5 --sweep

Per demo (`abcd demo --size N`, seed 1), all in one process and one run, so the ratios
compare like with like on a shared machine:

- igraph's exact betweenness, our `centrality.estimate` (exact below EXACT_WORK,
  sampled above) and the full analysis (`full_report`, cold cache): medians of --runs
- over ten seeds: how many of the top-20 resident and group connectors the method
  shares with the same formula fed exact betweenness, how many leading ranks its bound
  certifies, and whether the exact top 20 lie within the stated half-widths
- stability: the top-20 connectors before and after one unrelated edit (a record
  without ties forgotten, two newcomers who know each other), for the stable
  hash-ordered sources and for the former
  `random.sample` sources
- `--sweep`: the same accuracy for larger sampling budgets (what 19/20 would cost)
- two processes for half the sources each, against one (does a second core pay?)
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from abcd_tui.analysis import Analysis, build_graph, centrality, connectors, full_report  # noqa: E402
from abcd_tui.analysis.core import forget_analyses  # noqa: E402
from abcd_tui.demo import make_demo  # noqa: E402
from abcd_tui.store import open_database  # noqa: E402

SEEDS = range(1, 11)


def median_time(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def top20(graph, values: dict, parts, of: str) -> list[str]:
    analysis = Analysis(graph)
    analysis.__dict__["betweenness"] = values
    analysis.__dict__["community_parts"] = parts  # the same circles: only b differs
    return [c.key for c in connectors(analysis, of=of, top=20)]


def old_sampled(graph, converted, k: int, seed: int) -> dict:
    """The former method: `random.sample` sources (reshuffled by any new record)."""
    nodes = list(graph)
    n = len(nodes)
    sources = random.Random(seed).sample(nodes, k)
    raw = centrality._raw_betweenness(graph, nodes, sources, converted)
    scale = (n / k) / ((n - 1) * (n - 2))
    return {v: x * scale for v, x in zip(nodes, raw, strict=True)}


def accuracy(graph, converted, exact: dict, parts, k: int | None) -> None:
    expected = {of: set(top20(graph, exact, parts, of)) for of in ("resident", "group")}
    top_exact = sorted(graph, key=exact.get, reverse=True)[:20]
    shared: dict[str, list[int]] = {"resident": [], "group": []}
    certified, outside, sources = [], [], []
    for seed in SEEDS:
        found = centrality.estimate(graph, k=k, seed=seed, converted=converted)
        for of in shared:
            shared[of].append(len(expected[of] & set(top20(graph, found.values, parts, of))))
        ranks = found.certain_ranks(20)
        certified.append(max(ranks) if ranks else 0)
        outside.append(
            sum(
                1 for v in top_exact if abs(found.values[v] - exact[v]) > found.half_width.get(v, 0)
            )
        )
        sources.append(found.sources)
    label = f"{k or centrality.SAMPLE_SOURCES} sources" if not found.exact else "exact"
    for of, counts in shared.items():
        print(
            f"    top-20 {of:8} vs exact ({label}): median {statistics.median(counts):4.1f}, "
            f"range {min(counts)}-{max(counts)}  {counts}"
        )
    print(
        f"    leading ranks certified by the bound: {certified}; exact top 20 outside "
        f"the stated bound: {outside}; sources used: {sorted(set(sources))}"
    )


def stability(graph, converted, parts) -> None:
    edited = graph.copy()
    # A record without ties halfway down the list leaves (forgotten), and two
    # newcomers who know only each other arrive: no route between anyone else changes.
    isolated = [v for v in graph if not graph.adj[v]]
    edited.remove_node(isolated[len(isolated) // 2])
    template = dict(graph.nodes[next(iter(graph))])
    edited.add_node("new-1", **{**template, "key": "nieuw-1"})
    edited.add_node("new-2", **{**template, "key": "nieuw-2"})
    edited.add_edge("new-1", "new-2", kinds=("friend",), strong=False)
    converted_edited = centrality.to_igraph(edited)
    parts_edited = [*parts, ["new-1", "new-2"]]
    for name, method in (
        ("stable hash order", lambda g, c, s: centrality.estimate(g, seed=s, converted=c).values),
        (
            "random.sample (before)",
            lambda g, c, s: old_sampled(g, c, centrality.SAMPLE_SOURCES, s),
        ),
    ):
        same_order, shared = [], []
        for seed in SEEDS:
            before = top20(graph, method(graph, converted, seed), parts, "resident")
            after = top20(edited, method(edited, converted_edited, seed), parts_edited, "resident")
            same_order.append(before == after)
            shared.append(len(set(before) & set(after)))
        print(
            f"    one unrelated edit, {name:23}: top-20 unchanged in order on "
            f"{sum(same_order)} of 10 seeds; shared {min(shared)}-{max(shared)} of 20"
        )


_child = None


def _start(n: int, edges: list) -> None:
    global _child
    import igraph

    _child = igraph.Graph(n=n, edges=edges)


def _half(sources: list[int]) -> list[float]:
    return _child.betweenness(directed=False, sources=sources)


def two_processes(converted, k: int, runs: int) -> None:
    """Half the sources in a second (forkserver) process, started per call as it would be."""
    sources = list(range(0, converted.vcount(), max(1, converted.vcount() // k)))[:k]
    edges = converted.get_edgelist()

    def one() -> None:
        converted.betweenness(directed=False, sources=sources)

    def two() -> None:
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(
            1, mp_context=context, initializer=_start, initargs=(converted.vcount(), edges)
        ) as pool:
            future = pool.submit(_half, sources[k // 2 :])
            converted.betweenness(directed=False, sources=sources[: k // 2])
            future.result()

    single, double = median_time(one, runs), median_time(two, runs)
    print(
        f"    {k} sources in one process {single:.2f} s, split over two {double:.2f} s "
        f"({single / double:.2f}x)"
    )


def one_size(folder: str, size: int, args: argparse.Namespace) -> None:
    """Every figure of the module doc for one demo size."""
    path = Path(folder) / f"demo-{size}.db"
    db = open_database(path)
    make_demo(db, size=size, seed=1)
    graph = build_graph(db)
    converted = centrality.to_igraph(graph)
    n, m = len(graph), graph.number_of_edges()
    print(f"demo {size:,} residents: {n:,} nodes, {m:,} ties, n*m = {n * m:,}")
    exact_s = median_time(lambda: converted.betweenness(directed=False), args.runs)
    ours_s = median_time(lambda: centrality.estimate(graph, converted=converted), args.runs)

    def full() -> None:
        forget_analyses()
        full_report(db)

    full_s = median_time(full, args.runs)
    found = centrality.estimate(graph, converted=converted)
    how = "exact" if found.exact else f"sampled, {found.sources} sources"
    print(f"  medians of {args.runs}, same run:")
    print(f"    igraph exact betweenness  {exact_s:7.3f} s   1.00x")
    print(f"    our betweenness ({how}) {ours_s:7.3f} s   {ours_s / exact_s:.2f}x")
    print(f"    full analysis             {full_s:7.3f} s   {full_s / exact_s:.2f}x")
    exact = centrality.estimate(graph, exact=True, converted=converted).values
    parts = Analysis(graph).community_parts
    print("  accuracy over ten seeds:")
    accuracy(graph, converted, exact, parts, None)
    if not found.exact:
        if args.sweep:
            for k in (1_600, 2_400):
                accuracy(graph, converted, exact, parts, k)
        stability(graph, converted, parts)
        two_processes(converted, centrality.SAMPLE_SOURCES * 2, args.runs)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (default 5)")
    parser.add_argument("--sweep", action="store_true", help="accuracy at larger budgets")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for size in (1_000, 5_000):
            one_size(folder, size, args)


if __name__ == "__main__":
    main()
