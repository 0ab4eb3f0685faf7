"""Exact betweenness with pendants folded in and sources shared with a second process
(issue 15, point 1): the same numbers as networkx's Brandes, however it is split."""

from __future__ import annotations

import signal
import sys

import networkx as nx
import pytest

from abcd_tui.analysis import brandes, centrality


def awkward_graph() -> nx.Graph:
    """Everything the folding must get right: pendants on a hub and on a path, a chain
    of pendants (a tree hanging on the block), a pair on its own, records without ties,
    twins (same neighbours), a second component with a pendant of its own."""
    graph = nx.relabel_nodes(nx.barabasi_albert_graph(120, 2, seed=3), str)
    for i in range(6):
        graph.add_edge("0", f"leaf-{i}")  # six pendants on one hub
    nx.add_path(graph, ["7", "tree-a", "tree-b", "tree-c"])  # a tree, three deep
    graph.add_edge("tree-a", "tree-d")
    graph.add_edge("pair-a", "pair-b")
    graph.add_nodes_from(["alone-1", "alone-2"])
    nx.add_cycle(graph, ["ring-1", "ring-2", "ring-3", "ring-4"])
    graph.add_edge("ring-1", "ring-leaf")
    for twin in ("twin-1", "twin-2"):
        graph.add_edges_from([(twin, "3"), (twin, "9")])
    return graph


def networkx_exact(graph: nx.Graph) -> dict[str, float]:
    return nx.betweenness_centrality(graph, normalized=True)


@pytest.mark.parametrize("parallel_work", [10**15, 0], ids=["one process", "two processes"])
def test_folded_exact_betweenness_is_networkx_brandes(parallel_work):
    graph = awkward_graph()
    found = centrality.estimate(graph, exact=True, parallel_work=parallel_work)
    expected = networkx_exact(graph)
    assert found.exact and found.sources == len(graph)
    for v in graph:
        assert found.values[v] == pytest.approx(expected[v], abs=1e-12), v
    # The hub with six pendants is first, and pendants are on nobody's route.
    assert max(found.values, key=found.values.get) == "0"
    assert found.values["leaf-0"] == 0.0 and found.values["tree-c"] == 0.0


def test_pendants_are_no_sources_their_neighbour_counts_for_them():
    graph = awkward_graph()
    converted = centrality.to_igraph(graph)
    index = {v: i for i, v in enumerate(graph)}
    sources, weights, _ = brandes.folded_sources(converted)
    weight = dict(zip(sources, weights, strict=True))
    assert index["leaf-0"] not in weight and index["alone-1"] not in weight
    assert index["pair-a"] not in weight and index["pair-b"] not in weight
    assert weight[index["0"]] == 1 + 6  # itself and its six pendants
    assert weight[index["tree-a"]] == 1 + 1  # tree-d hangs on it; tree-b is no pendant
    assert weight[index["tree-b"]] == 1 + 1  # tree-c


def test_a_second_process_that_cannot_start_leaves_the_numbers_as_they_are(monkeypatch):
    graph = awkward_graph()
    converted = centrality.to_igraph(graph)
    expected = brandes.exact_sums(converted, parallel_work=10**15)
    for broken in ("/nonexistent/python", "/bin/false"):
        monkeypatch.setattr(sys, "executable", broken)
        assert brandes.exact_sums(converted, parallel_work=0) == pytest.approx(expected)


@pytest.mark.parametrize("parallel_work", [10**15, 0], ids=["one process", "two processes"])
def test_records_without_ties_or_in_pairs_are_on_nobodys_route(parallel_work):
    graph = nx.Graph()
    graph.add_nodes_from(["a", "b", "c", "d"])
    graph.add_edge("e", "f")
    found = centrality.estimate(graph, exact=True, parallel_work=parallel_work)
    assert found.values == dict.fromkeys(graph, 0.0)


def test_betweenness_started_early_is_the_same_and_counts_elsewhere(monkeypatch):
    """`start_estimate` hands every share to other processes at once (where there are
    the cores), so the caller can go on; what it collects is networkx's Brandes, also
    when those processes cannot start."""
    graph = awkward_graph()
    converted = centrality.to_igraph(graph)
    started = brandes.ExactSums(converted, parallel_work=0, here=False)
    if brandes.cores() > 1:
        assert started.counted.own is None and len(started.counted.children) >= 2
    expected = networkx_exact(graph)
    found = centrality.start_estimate(graph, exact=True, parallel_work=0)()
    assert found.exact
    assert found.values == pytest.approx(expected, abs=1e-12)
    assert started.result() == pytest.approx(brandes.exact_sums(converted, parallel_work=10**15))
    monkeypatch.setattr(sys, "executable", "/bin/false")
    broken = centrality.start_estimate(graph, exact=True, parallel_work=0)()
    assert broken.values == pytest.approx(expected, abs=1e-12)


def test_an_analysis_started_early_gives_the_same_connectors(tmp_path, monkeypatch):
    """`full_report` starts betweenness in two other processes before the rest; the
    connectors it ranks are those of an analysis that counted it all here."""
    from abcd_tui.analysis import build_graph, connectors, full_report
    from abcd_tui.analysis.core import Analysis
    from abcd_tui.demo import make_demo
    from abcd_tui.store import open_database

    db = open_database(tmp_path / "village.db")
    make_demo(db, size=150, seed=1)
    plain = Analysis(build_graph(db))
    expected = connectors(plain, top=20)
    monkeypatch.setattr(brandes, "processes", lambda work, parallel_work=0: 2)
    early = full_report(db)
    assert [c.key for c in early.residents] == [c.key for c in expected]
    assert [c.score for c in early.residents] == pytest.approx([c.score for c in expected])
    assert len(expected) == 20


def test_an_analysis_counts_nothing_in_its_own_process_once_that_would_be_felt(monkeypatch):
    """igraph holds the GIL while it counts, so betweenness in the app's worker would
    stop its screen: above ALONE_WORK even one share goes to another process (the same
    numbers), below it stays here (cheaper than a process start)."""
    graph = awkward_graph()
    converted = centrality.to_igraph(graph)
    monkeypatch.setattr(brandes, "processes", lambda work, parallel_work=0: 1)
    small = brandes.ExactSums(converted, here=False)
    assert small.counted.own is not None and not small.counted.children
    monkeypatch.setattr(brandes, "ALONE_WORK", 0)
    alone = brandes.ExactSums(converted, here=False)
    assert alone.counted.own is None and len(alone.counted.children) == 1
    assert alone.result() == pytest.approx(small.result())
    batches = [[0, 1, 2], [3, 4, 5]]
    sliced = brandes.BatchSums(converted, batches, here=False)
    assert sliced.own is None and len(sliced.children) == 1
    expected = brandes.BatchSums(converted, batches).result()
    for found, counted_here in zip(sliced.result(), expected, strict=True):
        assert found == pytest.approx(counted_here) and max(counted_here) > 0


def test_a_child_with_much_to_say_does_not_wait_to_be_read():
    """At 100,000 residents a batch's sums are 850 KB, more than a pipe holds: each
    counting process must be able to finish before the caller reads any of them, or the
    second waits for the first and they count one after the other."""
    graph = nx.relabel_nodes(nx.path_graph(12_000), str)  # 96 KB of sums per group
    converted = centrality.to_igraph(graph)
    edges = brandes.edge_bytes(converted)
    n = converted.vcount()
    first = brandes._Child(edges, n, [0, 1], [1, 1], [1, 1])
    second = brandes._Child(edges, n, [2, 3], [1, 1], [1, 1])
    assert second.process is not None and first.process is not None
    try:
        second.process.wait(timeout=20)  # nobody has read a byte of either yet
        first.process.wait(timeout=20)
        # The same igraph on the same sources: the same floats, each group on its own.
        assert second.result() == [brandes.weighted_sums(converted, [s], [1]) for s in (2, 3)]
        assert first.result() == [brandes.weighted_sums(converted, [s], [1]) for s in (0, 1)]
    finally:
        first.stop()
        second.stop()


def test_the_counting_gives_way_to_its_caller(tmp_path):
    """A counting process lowers its own priority, so the caller (the rest of the
    analysis, the app's screen) keeps its core while it counts."""
    import os
    import subprocess

    script = tmp_path / "nice.py"
    script.write_text(
        "import os, runpy, sys\n"
        "sys.argv = [sys.argv[1]]\n"
        "import atexit\n"
        "atexit.register(lambda: sys.stderr.write(str(os.nice(0))))\n"
        "runpy.run_path(sys.argv[0], run_name='__main__')\n"
    )
    head = brandes.array("q", [2, 2, 1, 1]).tobytes()
    body = brandes.array("i", [0, 1, 0, 1, 1]).tobytes()
    done = subprocess.run(
        [sys.executable, str(script), brandes.__file__],
        input=head + body,
        capture_output=True,
        check=True,
    )
    assert int(done.stderr) == min(19, os.nice(0) + brandes.NICE)  # the kernel's cap
    assert len(done.stdout) == 2 * 8  # the sums of both records


def test_the_first_batches_come_while_the_others_count_and_stop_ends_them(monkeypatch):
    """A sample looks at its first batches while the other processes count the rest
    (`BatchSums.first`), and a sample whose top is separated early stops them: the
    same sums as counted here, and the processes ended, not left counting."""
    graph = nx.relabel_nodes(nx.barabasi_albert_graph(3_000, 3, seed=5), str)
    converted = centrality.to_igraph(graph)
    small = [list(range(i, 3_000, 300))[:8] for i in range(2)]
    heavy = [list(range(3_000)) for _ in range(4)]  # seconds of counting still to come
    monkeypatch.setattr(brandes, "processes", lambda work, parallel_work=0: 2)
    shared = brandes.BatchSums(converted, small + heavy, parallel_work=0, here=False)
    assert shared.own is None and len(shared.children) == 2
    try:
        early = shared.first(2)
        for found, counted_here in zip(
            early, brandes.BatchSums(converted, small).result(), strict=True
        ):
            assert found == pytest.approx(counted_here) and max(counted_here) > 0
    finally:
        shared.stop()
    for child, _ in shared.children:
        assert child.process is not None and child.process.returncode == -signal.SIGKILL


def test_the_later_batches_are_read_from_where_the_first_stopped(monkeypatch):
    graph = nx.relabel_nodes(nx.barabasi_albert_graph(1_000, 3, seed=6), str)
    converted = centrality.to_igraph(graph)
    batches = [list(range(i, 1_000, 100))[:8] for i in range(6)]
    expected = brandes.BatchSums(converted, batches).result()  # all here, one process
    monkeypatch.setattr(brandes, "processes", lambda work, parallel_work=0: 2)
    for here in (False, True):
        counted = brandes.BatchSums(converted, batches, parallel_work=0, here=here)
        try:
            found = counted.first(2) + counted.first(6, 2)
        finally:
            counted.stop()
        assert len(found) == 6
        for mine, theirs in zip(found, expected, strict=True):
            assert mine == pytest.approx(theirs)
