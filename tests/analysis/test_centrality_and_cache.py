"""Betweenness (exact and sampled, igraph checked against networkx) and the per-revision cache."""

from __future__ import annotations

import math

import networkx as nx
import pytest

from abcd_tui.analysis import analysis_of, centrality
from abcd_tui.analysis.revision import graph_revision
from abcd_tui.domain.records import TieKind
from tests.analysis.neighbourhoods import new_map, two_cliques


def test_exact_betweenness_is_networkx_normalised():
    graph = nx.relabel_nodes(nx.karate_club_graph(), str)
    expected = nx.betweenness_centrality(graph)
    found = centrality.betweenness(graph)
    assert found == pytest.approx(expected, abs=1e-12)


def test_sampled_betweenness_in_igraph_is_networkx_brandes():
    graph = nx.relabel_nodes(nx.les_miserables_graph(), str)
    nodes = list(graph)
    sources = centrality.sources_for(nodes, 20, seed=3)
    with_networkx = centrality.raw_betweenness_networkx(graph, nodes, sources)
    assert centrality._raw_betweenness(graph, nodes, sources) == pytest.approx(with_networkx)


def test_sampled_betweenness_is_seeded_and_within_its_bound(monkeypatch):
    graph = nx.relabel_nodes(nx.barabasi_albert_graph(1500, 3, seed=2), str)
    monkeypatch.setattr(centrality, "EXACT_WORK", 100)
    exact = centrality.betweenness(graph, exact=True)
    found = centrality.estimate(graph, k=300, seed=5)
    first = found.values
    assert not found.exact
    assert first == centrality.betweenness(graph, k=300, seed=5)
    n, k, delta = len(graph), found.sources, 0.05
    bound = (math.log(2 * n / delta) / (2 * k)) ** 0.5  # Hoeffding's worst case
    error = max(abs(first[v] - exact[v]) for v in graph)
    assert error < bound
    # The stated bound holds where a ranking's top is made (the tail, where most batches
    # see nothing, is not what it is for), and is far tighter than Hoeffding's.
    top = sorted(graph, key=exact.get, reverse=True)[:10]
    assert all(abs(first[v] - exact[v]) <= found.half_width[v] for v in top)
    assert max(found.half_width.values()) < bound / 2
    assert len(set(top) & set(sorted(graph, key=first.get, reverse=True)[:10])) >= 8


def test_revision_changes_with_every_kind_of_edit(tmp_path):
    m = new_map(tmp_path)
    two_cliques(m)
    seen = {graph_revision(m.db)}
    m.tie("a1", "b6", TieKind.NEIGHBOUR)
    seen.add(graph_revision(m.db))
    m.resident("nieuw")
    seen.add(graph_revision(m.db))
    m.db.execute("DELETE FROM ties WHERE kind = 'neighbour'")
    seen.add(graph_revision(m.db))
    assert len(seen) == 4


def test_an_unchanged_graph_is_analysed_once(tmp_path):
    m = new_map(tmp_path)
    two_cliques(m)
    first = analysis_of(m.db)
    assert analysis_of(m.db) is first
    m.tie("a1", "b6", TieKind.NEIGHBOUR)
    second = analysis_of(m.db)
    assert second is not first
    assert second.graph.number_of_edges() == first.graph.number_of_edges() + 1
