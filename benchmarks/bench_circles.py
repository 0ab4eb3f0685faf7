"""Circles: what stable numbers and names cost, and how stable they are.

    python benchmarks/bench_circles.py        # demo of 150 and 5,000 residents

On each demo village, medians of several runs: Leiden from scratch, Leiden started from
the circles of before (what every analysis after the first does), and numbering plus
naming (`number_circles`, `describe_communities`). Then stability: one tie added
between two residents of the biggest circle, twenty times over (each from the map
before); how many residents then sit in a circle with another number than before,
from scratch (the old way: numbered biggest first) against started from before.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from abcd_tui.analysis import build_graph  # noqa: E402
from abcd_tui.analysis.centrality import to_igraph  # noqa: E402
from abcd_tui.analysis.communities import (  # noqa: E402
    describe_communities,
    detect_communities,
    number_circles,
)
from abcd_tui.demo import make_demo  # noqa: E402
from abcd_tui.domain.records import RecordType  # noqa: E402
from abcd_tui.store import open_database  # noqa: E402

RUNS = 5
EDITS = 20


def median_s(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def moved(before: dict[str, int], after: list[tuple[int, list[str]]], graph) -> int:
    now = {n: number for number, part in after for n in part}
    return sum(
        1
        for n, number in before.items()
        if graph.nodes[n]["type"] == RecordType.RESIDENT and now[n] != number
    )


def bench(size: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.db")
        make_demo(db, size=size, seed=1)
        graph = build_graph(db)
        db.close()
    converted = to_igraph(graph)
    parts = detect_communities(graph, converted=converted)
    numbered = number_circles(parts)
    start = [p for _, p in numbered if len(p) > 1]
    cold = median_s(lambda: detect_communities(graph, converted=converted))
    warm = median_s(lambda: detect_communities(graph, converted=converted, start=start))
    naming = median_s(
        lambda: describe_communities(graph, number_circles(parts, [(n, p) for n, p in numbered]))
    )
    print(f"{size:>6} residents  {graph.number_of_edges():>6} ties  {len(start)} circles")
    print(f"  Leiden from scratch          {cold * 1000:8.1f} ms")
    print(f"  Leiden from before           {warm * 1000:8.1f} ms")
    print(f"  numbering and naming         {naming * 1000:8.1f} ms")
    biggest = max(start, key=len)
    people = [n for n in biggest if graph.nodes[n]["type"] == RecordType.RESIDENT]
    pairs = [(a, b) for a in people[:60] for b in people[:60] if a < b and b not in graph[a]]
    chosen = random.Random(1).sample(pairs, min(EDITS, len(pairs)))
    before = {n: number for number, part in numbered for n in part}
    residents = sum(1 for n in graph if graph.nodes[n]["type"] == RecordType.RESIDENT)
    old, new = [], []
    for a, b in chosen:
        edited = graph.copy()
        edited.add_edge(a, b, kinds=("neighbour",), strong=False)
        ig = to_igraph(edited)
        old.append(moved(before, number_circles(detect_communities(edited, converted=ig)), edited))
        again = detect_communities(edited, converted=ig, start=start)
        new.append(moved(before, number_circles(again, numbered), edited))
    print(
        f"  after one tie inside a circle ({len(chosen)} tries), residents in another"
        f" numbered circle: from scratch median {statistics.median(old):.0f}, max {max(old)}"
        f" of {residents}; from before median {statistics.median(new):.0f}, max {max(new)}"
    )


if __name__ == "__main__":
    for size in (150, 5_000):
        bench(size)
