"""Betweenness at 1,000 and 5,000 residents: cost, ratio to igraph-exact, ranking accuracy.

    python benchmarks/bench_betweenness.py                # a few minutes under load
    python benchmarks/bench_betweenness.py --runs 5 --sweep --sizes 5000

Per demo (`abcd demo --size N`, seed 1), all in one process and one run, so the ratios
compare like with like on a shared machine:

- igraph's exact betweenness (one call, one process), ours (`centrality.estimate`:
  exact with the pendants folded, on two processes when it pays; sampled above
  EXACT_WORK) in one and in two processes, and the full analysis (`full_report`, cold
  cache): medians of --runs, each as a ratio to igraph-exact
- over ten seeds: how many of the top-20 resident and group connectors the method
  shares with the same formula fed igraph's exact betweenness (target: >= 19 on every
  seed), and the largest relative error of betweenness in the exact top 20
- stability: the top-20 connectors before and after one unrelated edit (a record
  without ties forgotten, two newcomers who know each other), ten different edits
- `--sweep`: the same accuracy for uniformly sampled sources (800 to 3,200): what the
  sampled method would need for 19 of 20, the reason the 5,000 demo is exact
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from abcd_tui.analysis import (  # noqa: E402
    Analysis,
    brandes,
    build_graph,
    centrality,
    connectors,
    full_report,
)
from abcd_tui.analysis.core import forget_analyses  # noqa: E402
from abcd_tui.demo import make_demo  # noqa: E402
from abcd_tui.store import open_database  # noqa: E402

SEEDS = range(1, 11)
KINDS = ("resident", "group")


def interleaved_medians(works: dict, runs: int) -> dict[str, float]:
    """Median seconds of each work, the works taking turns within every run, so a
    machine whose load changes slows them alike and their ratios stay fair."""
    times: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(runs):
        for name, work in works.items():
            gc.collect()
            started = time.perf_counter()
            work()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def top20(graph, values: dict, parts, of: str) -> list[str]:
    """The formula's top 20 fed `values`, on the same circles (only b differs)."""
    analysis = Analysis(graph)
    analysis.__dict__["betweenness"] = values
    analysis.__dict__["numbered_parts"] = list(enumerate(parts, start=1))
    analysis.__dict__["community_parts"] = parts
    return [c.key for c in connectors(analysis, of=of, top=20)]


def igraph_exact(graph, converted) -> dict:
    """igraph's own exact betweenness, normalised as ours: the reference."""
    n = len(graph)
    scale = 2.0 / ((n - 1) * (n - 2))
    values = converted.betweenness(directed=False)
    return {v: x * scale for v, x in zip(graph, values, strict=True)}


def accuracy(graph, converted, exact: dict, parts, method, label: str) -> list[int]:
    """Top-20 overlap per seed and the largest relative error in the exact top 20."""
    expected = {of: set(top20(graph, exact, parts, of)) for of in KINDS}
    top_exact = sorted(graph, key=exact.get, reverse=True)[:20]
    shared: dict[str, list[int]] = {of: [] for of in KINDS}
    errors = []
    for seed in SEEDS:
        found = method(seed)
        for of in KINDS:
            shared[of].append(len(expected[of] & set(top20(graph, found, parts, of))))
        errors.append(max(abs(found[v] - exact[v]) / exact[v] for v in top_exact))
    for of, counts in shared.items():
        verdict = "ok" if min(counts) >= 19 else "UNDER 19"
        print(f"    top-20 {of:8} ({label}): {counts}  min {min(counts)} ({verdict})")
    print(f"    largest relative error in the exact top 20 ({label}): {max(errors):.2e}")
    return [min(counts) for counts in shared.values()]


def edited(graph, parts, i: int):
    """The graph after one unrelated edit number `i`: the i-th record without ties
    forgotten and two newcomers who know only each other: no route between anyone
    else changes."""
    result = graph.copy()
    isolated = [v for v in graph if not graph.adj[v]]
    gone = isolated[(i * 7) % len(isolated)]
    result.remove_node(gone)
    template = dict(graph.nodes[next(iter(graph))])
    new = (f"new-{i}-a", f"new-{i}-b")
    for node in new:
        result.add_node(node, **{**template, "key": node})
    result.add_edge(*new, kinds=("friend",), strong=False)
    kept = [[v for v in part if v != gone] for part in parts]
    return result, [p for p in kept if p] + [list(new)]


def stability(graph, parts) -> None:
    before = {of: top20(graph, centrality.estimate(graph).values, parts, of) for of in KINDS}
    same = dict.fromkeys(KINDS, 0)
    for i in range(10):
        other, other_parts = edited(graph, parts, i)
        values = centrality.estimate(other).values
        for of in KINDS:
            same[of] += top20(other, values, other_parts, of) == before[of]
    for of in KINDS:
        print(f"    one unrelated edit: top-20 {of:8} unchanged in order in {same[of]} of 10")


def uniform(graph, converted, k: int):
    """Uniformly sampled sources in the stable hash order, no early stop (the sweep)."""
    nodes = list(graph)
    n = len(nodes)

    def method(seed: int) -> dict:
        raw = centrality._raw_betweenness(
            graph, nodes, centrality.source_order(graph, seed)[:k], converted
        )
        scale = (n / k) / ((n - 1) * (n - 2))
        return {v: x * scale for v, x in zip(nodes, raw, strict=True)}

    return method


def one_size(folder: str, size: int, args: argparse.Namespace) -> None:
    """Every figure of the module doc for one demo size."""
    path = Path(folder) / f"demo-{size}.db"
    db = open_database(path)
    make_demo(db, size=size, seed=1)
    graph = build_graph(db)
    converted = centrality.to_igraph(graph)
    n, m = len(graph), graph.number_of_edges()
    found = centrality.estimate(graph, converted=converted)
    how = "exact" if found.exact else f"sampled, {found.sources} sources"
    print(f"demo {size:,} residents: {n:,} nodes, {m:,} ties, n*m = {n * m:,} ({how})")

    def full() -> None:
        forget_analyses()
        full_report(db)

    runs = args.runs
    medians = interleaved_medians(
        {
            "igraph": lambda: converted.betweenness(directed=False),
            "ours": lambda: centrality.estimate(graph, converted=converted),
            "single": lambda: centrality.estimate(graph, converted=converted, parallel_work=10**18),
            "full": full,
        },
        runs,
    )
    exact_s, ours_s, single_s, full_s = (
        medians[name] for name in ("igraph", "ours", "single", "full")
    )
    processes = brandes.processes(len(brandes.folded_sources(converted)[0]) * m)
    if not found.exact:
        processes = 1
    print(f"  medians of {runs}, taking turns in one run (ratio to igraph exact):")
    print(f"    igraph exact betweenness            {exact_s:7.3f} s   1.00x")
    print(f"    ours, one process                   {single_s:7.3f} s   {single_s / exact_s:.2f}x")
    print(
        f"    {f'ours, as the app runs it ({processes} proc.)':36}"
        f"{ours_s:7.3f} s   {ours_s / exact_s:.2f}x"
    )
    rest = full_s - ours_s
    print(f"    full analysis less its betweenness  {rest:7.3f} s   {rest / exact_s:.2f}x")
    verdict = "ok" if full_s / exact_s <= 0.15 else "OVER 0.15x"
    print(
        f"    full analysis                       {full_s:7.3f} s   {full_s / exact_s:.2f}x"
        f"  (target <= 0.15x: {verdict})"
    )
    exact = igraph_exact(graph, converted)
    parts = Analysis(graph).community_parts
    print("  accuracy over ten seeds, against igraph's exact betweenness:")
    accuracy(
        graph,
        converted,
        exact,
        parts,
        lambda seed: centrality.estimate(graph, seed=seed, converted=converted).values,
        how,
    )
    stability(graph, parts)
    if args.sweep:
        for k in (k for k in (800, 1_600, 3_200) if k < n):
            started = time.perf_counter()
            accuracy(graph, converted, exact, parts, uniform(graph, converted, k), f"{k} sampled")
            print(f"    ({k} sampled sources: {(time.perf_counter() - started) / 10:.2f} s a seed)")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (default 5)")
    parser.add_argument("--sweep", action="store_true", help="accuracy of uniform sampling")
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[1_000, 5_000], help="demo sizes (residents)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            one_size(folder, size, args)


if __name__ == "__main__":
    main()
