"""How long the HTML report takes to render, and how big it gets.

    python benchmarks/bench_report.py

Prints the median of 3 runs of `render_report` (and of the network picture alone) with
the file size, for the demo village of 150 and of 5,000 residents (context built by the
real export code, as `abcd export --format html` does) and for a structureless random
network of 5,000 residents, 200 groups and 20,000 ties. Budget: well under 2 s.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx

from abcd_tui.export.report import render_report
from abcd_tui.export.svg import network_svg

BUDGET = 2.0
KINDS = ("association", "institution", "place", "business")


def demo_context(size: int) -> dict:
    from abcd_tui.demo import make_demo
    from abcd_tui.export import report_context
    from abcd_tui.export.model import ExportView
    from abcd_tui.snapshots import freeze
    from abcd_tui.store import open_database

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "abcd.db")
        make_demo(db, size=size, seed=1)
        view = ExportView(freeze(db))
        context = report_context(view, view.graph(None), None, None)
        db.close()
    return context


def random_context(residents: int, groups: int, ties: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    graph = nx.Graph()
    for i in range(residents):
        graph.add_node(
            f"r{i}",
            label=f"Bewoner {i}",
            type="resident",
            kind="resident",
            connector=i % 250 == 0,
            not_yet_connected=i % 40 == 1,
            community=-1,
            score=rng.uniform(0, 100),
        )
    for i in range(groups):
        graph.add_node(f"g{i}", label=f"Groep {i}", type="group", kind=KINDS[i % 4], community=-1)
    nodes = list(graph)
    while graph.number_of_edges() < ties:
        a, b = rng.sample(nodes, 2)
        graph.add_edge(a, b, strong=rng.random() < 0.2)
    return {
        "language": "nl",
        "title": "Willekeurig netwerk",
        "label": "",
        "created": "2025-03-12T14:30:00+01:00",
        "pseudonymised": True,
        "headline": [],
        "graph": graph,
        "connectors": [],
        "not_yet_connected": [],
        "communities": [],
        "comparison": None,
    }


def median_seconds(run, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


if __name__ == "__main__":
    cases = [
        ("demo 150", lambda: demo_context(150)),
        ("demo 5,000", lambda: demo_context(5_000)),
        ("random 5,000 + 200, 20,000 ties", lambda: random_context(5_000, 200, 20_000)),
    ]
    for name, make in cases:
        context = make()
        graph = context["graph"]
        whole = median_seconds(lambda context=context: render_report(context))
        picture = median_seconds(lambda graph=graph: network_svg(graph))
        size = len(render_report(context).encode("utf-8"))
        print(
            f"{name:34} {graph.number_of_nodes():>5} nodes {graph.number_of_edges():>6} ties: "
            f"report {whole:.2f} s (picture {picture:.2f} s), {size / 1e6:.2f} MB "
            f"(budget {BUDGET:.0f} s)"
        )
