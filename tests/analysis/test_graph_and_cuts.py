"""The graph from the store, and what falls apart without one node (checked by brute force)."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from abcd_tui.analysis import build_graph
from abcd_tui.analysis.cuts import cut_structure
from abcd_tui.domain.records import GroupKind, TieKind
from tests.analysis.neighbourhoods import new_map, star


def test_graph_has_residents_groups_and_one_edge_per_pair(tmp_path):
    m = new_map(tmp_path)
    m.resident("anna", street="Kerkstraat", neighbourhood="Kerkbuurt", hands=["koken"])
    m.resident("bob")
    m.group("koor", tags=["zingen"])
    m.tie("anna", "bob", TieKind.FRIEND)
    m.tie("anna", "bob", TieKind.NEIGHBOUR)
    m.tie("anna", "koor", TieKind.MEMBER)
    graph = build_graph(m.db)
    assert graph.number_of_nodes() == 3
    assert graph.number_of_edges() == 2
    by_key = {d["key"]: n for n, d in graph.nodes(data=True)}
    anna = graph.nodes[by_key["anna"]]
    assert (anna["kind"], anna["street"], anna["neighbourhood"]) == (
        "resident",
        "Kerkstraat",
        "Kerkbuurt",
    )
    assert anna["hands"] == ("koken",)
    assert graph.nodes[by_key["koor"]]["kind"] == GroupKind.ASSOCIATION
    assert graph.edges[by_key["anna"], by_key["bob"]]["kinds"] == ("friend", "neighbour")


def test_star_falls_apart_without_its_centre(tmp_path):
    m = new_map(tmp_path)
    star(m)
    graph = build_graph(m.db)
    cuts = cut_structure(graph)
    centre = next(n for n, k in graph.nodes(data="key") if k == "anna")
    assert cuts.pieces(centre) == [1, 1, 1, 1, 1]
    assert len(cuts.cut_off(centre)) == 4  # all but one leaf lose the rest
    assert cuts.fragmentation() == 0.0
    assert cuts.fragmentation_after(centre) == 1.0
    leaf = next(n for n, k in graph.nodes(data="key") if k == "bob")
    assert not cuts.is_articulation(leaf)
    assert cuts.fragmentation_after(leaf) == 0.0


@pytest.mark.parametrize("seed", range(60))
def test_cut_structure_agrees_with_removing_each_node(seed):
    rng = random.Random(seed)
    graph = nx.gnm_random_graph(rng.randint(2, 25), rng.randint(0, 35), seed=seed)
    cuts = cut_structure(graph)
    assert {v for v in graph if cuts.is_articulation(v)} == set(nx.articulation_points(graph))
    for v in graph:
        rest = graph.subgraph(set(nx.node_connected_component(graph, v)) - {v})
        pieces = sorted((len(c) for c in nx.connected_components(rest)), reverse=True)
        assert cuts.pieces(v) == pieces
        assert len(cuts.cut_off(v)) == (sum(pieces) - pieces[0] if pieces else 0)
        without = graph.copy()
        without.remove_node(v)
        n = without.number_of_nodes()
        sizes = [len(c) for c in nx.connected_components(without)]
        expected = 1 - sum(s * (s - 1) for s in sizes) / (n * (n - 1)) if n > 1 else 0.0
        assert cuts.fragmentation_after(v) == pytest.approx(expected)
