"""Betweenness you can rank by (issue 15, point 1): exact where cheap, a stated bound for
the ranking where sampled, sources that one unrelated edit does not reshuffle."""

from __future__ import annotations

import sys

import networkx as nx
import pytest

from abcd_tui.analysis import Analysis, brandes, build_graph, centrality, connectors
from abcd_tui.demo import make_demo
from abcd_tui.store import open_database


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    """A 600-resident demo village: n * m of about 2.5 million, exact in ~0.05 s."""
    db = open_database(tmp_path_factory.mktemp("village") / "v.db")
    make_demo(db, size=600, seed=1)
    return db


def top_connectors(graph, values: dict, parts, count: int = 20) -> list[str]:
    analysis = Analysis(graph)
    analysis.__dict__["betweenness"] = values
    # The same circles: only betweenness differs (circles are numbered parts since
    # circles keep their numbers; both views are set).
    analysis.__dict__["numbered_parts"] = list(enumerate(parts, start=1))
    analysis.__dict__["community_parts"] = parts
    return [c.key for c in connectors(analysis, top=count)]


def test_a_village_is_exact_on_every_seed_so_its_top_20_is_the_exact_one(village):
    graph = build_graph(village)
    assert len(graph) * graph.number_of_edges() <= centrality.EXACT_WORK
    reference = centrality.estimate(graph, exact=True)
    parts = Analysis(graph).community_parts
    expected = top_connectors(graph, reference.values, parts)
    for seed in range(1, 11):
        found = centrality.estimate(graph, seed=seed)
        assert found.exact and found.sources == len(graph)
        assert found.certain_ranks(20) == list(range(1, 21))
        assert top_connectors(graph, found.values, parts) == expected


def test_above_the_cost_line_the_method_is_sampled_and_says_so(village, monkeypatch):
    graph = build_graph(village)
    monkeypatch.setattr(centrality, "EXACT_WORK", 0)
    found = centrality.estimate(graph, k=200, seed=1)
    assert not found.exact
    assert found.sources == 200
    assert set(found.half_width) == set(graph)
    assert all(h >= 0 for h in found.half_width.values())


def test_certified_ranks_are_right_and_the_top_lies_within_its_bound(monkeypatch):
    # A tree grown by preferential attachment: clear hubs, whose ranks separate early.
    graph = nx.relabel_nodes(nx.barabasi_albert_graph(1500, 1, seed=4), str)
    exact = centrality.estimate(graph, exact=True).values
    by_exact = sorted(graph, key=exact.get, reverse=True)
    monkeypatch.setattr(centrality, "EXACT_WORK", 0)
    for seed in range(1, 11):
        found = centrality.estimate(graph, k=400, seed=seed, top=3)
        by_estimate = sorted(graph, key=found.values.get, reverse=True)
        certain = found.certain_ranks(20)
        assert 1 in certain, seed
        for m in certain:
            assert set(by_estimate[:m]) == set(by_exact[:m]), (seed, m)
        outside = [
            v for v in by_exact[:20] if abs(found.values[v] - exact[v]) > found.half_width[v]
        ]
        assert len(outside) <= 1, (seed, outside)


def test_stopping_early_once_the_top_are_certain(monkeypatch):
    # A star with a long tail: the centre is first by far after the first look.
    graph = nx.star_graph(600)
    nx.add_path(graph, [600, *range(601, 900)])
    graph = nx.relabel_nodes(graph, str)
    monkeypatch.setattr(centrality, "EXACT_WORK", 0)
    found = centrality.estimate(graph, k=800, seed=1, top=1)
    assert found.sources == 800 * centrality.CHECK_EVERY // centrality.BATCHES < 800
    assert found.is_certain(1)
    assert max(found.values, key=found.values.get) == "0"


def test_one_unrelated_edit_leaves_the_sampled_ranking_as_it_was(village, monkeypatch):
    # A record without ties leaves and two newcomers who know only each other arrive:
    # no route between anyone else changes.
    # The sources come in a stable hash order, so the sample stays the same too.
    monkeypatch.setattr(centrality, "EXACT_WORK", 0)
    graph = build_graph(village)
    parts = Analysis(graph).community_parts
    before = centrality.estimate(graph, k=300, seed=2)
    edited = nx.Graph(graph)
    isolated = [v for v in graph if not graph.adj[v]]
    edited.remove_node(isolated[len(isolated) // 2])  # forgotten, halfway down the list
    edited.add_node("new-1", **{**graph.nodes[next(iter(graph))], "key": "nieuw-1"})
    edited.add_node("new-2", **{**graph.nodes[next(iter(graph))], "key": "nieuw-2"})
    edited.add_edge("new-1", "new-2", kinds=("friend",), strong=False)
    after = centrality.estimate(edited, k=300, seed=2)
    order = centrality.source_order(graph, 2)[:300]
    # At most one source moves per record edited (three here), not the whole sample.
    assert len(set(centrality.source_order(edited, 2)[:300]) - set(order)) <= 3
    gone = isolated[len(isolated) // 2]
    parts_edited = [[v for v in part if v != gone] for part in parts] + [["new-1", "new-2"]]
    assert top_connectors(graph, before.values, parts) == top_connectors(
        edited, after.values, [p for p in parts_edited if p]
    )


def test_the_bound_uses_student_quantiles_for_its_few_batches():
    # Tables: t(0.975; 4) = 2.776, t(0.975; 9) = 2.262, t(0.995; 9) = 3.250.
    assert centrality.student_quantile(0.975, 4) == pytest.approx(2.776, abs=0.005)
    assert centrality.student_quantile(0.975, 9) == pytest.approx(2.262, abs=0.005)
    assert centrality.student_quantile(0.995, 9) == pytest.approx(3.250, abs=0.01)


def test_the_sample_counted_on_two_cores_is_the_sample_counted_on_one(village, monkeypatch):
    """Each batch cut in slices for other processes (`brandes.BatchSums`) adds up to
    the same estimate and the same bound as one process counting it all, also when a
    process cannot start."""
    graph = build_graph(village)
    monkeypatch.setattr(centrality, "EXACT_WORK", 0)
    alone = centrality.estimate(graph, k=200, seed=3, parallel_work=10**15)
    monkeypatch.setattr(brandes, "processes", lambda work, parallel_work=0: 2)
    shared = centrality.estimate(graph, k=200, seed=3, parallel_work=0)
    assert shared.sources == alone.sources == 200
    assert shared.values == pytest.approx(alone.values, abs=1e-15)
    assert shared.half_width == pytest.approx(alone.half_width, abs=1e-15)
    assert max(alone.values.values()) > 0
    monkeypatch.setattr(sys, "executable", "/bin/false")
    broken = centrality.estimate(graph, k=200, seed=3, parallel_work=0)
    assert broken.values == pytest.approx(alone.values, abs=1e-15)


def test_a_large_map_spends_at_most_the_sample_work(village, monkeypatch):
    """Above the exact line the sources are fewer where ties are many: sources * ties
    stays within SAMPLE_WORK (never fewer than one per batch), and the bound says so."""
    graph = build_graph(village)
    m = graph.number_of_edges()
    monkeypatch.setattr(centrality, "EXACT_WORK", 0)
    monkeypatch.setattr(centrality, "SAMPLE_WORK", 120 * m)
    found = centrality.estimate(graph, seed=1)
    assert found.sources == 120 and not found.exact
    monkeypatch.setattr(centrality, "SAMPLE_WORK", 10**15)
    monkeypatch.setattr(centrality, "SAMPLE_SOURCES", 300)
    assert centrality.estimate(graph, seed=1).sources == 300
    monkeypatch.setattr(centrality, "SAMPLE_WORK", 1)
    assert centrality.estimate(graph, seed=1).sources == centrality.BATCHES


def test_a_sample_started_early_is_the_sample_counted_when_asked(village, monkeypatch):
    """`start_estimate` above the exact line hands the first round to other processes at
    once; what it returns, after the rounds that follow, is `estimate`'s answer."""
    graph = build_graph(village)
    monkeypatch.setattr(centrality, "EXACT_WORK", 0)
    monkeypatch.setattr(centrality, "SAMPLE_SOURCES", 200)
    asked = centrality.estimate(graph, seed=4, parallel_work=10**15)
    monkeypatch.setattr(brandes, "processes", lambda work, parallel_work=0: 2)
    early = centrality.start_estimate(graph, seed=4, parallel_work=0)()
    assert early.sources == asked.sources == 200 and not early.exact
    assert early.values == pytest.approx(asked.values, abs=1e-15)
    assert early.half_width == pytest.approx(asked.half_width, abs=1e-15)
