"""The layout Gephi opens on (`export.layout`) and the report's picture's
(`export.picture_layout`): the same picture whether it is laid out here or, on a large
map, in a second process beside the rest of the export."""

from __future__ import annotations

import hashlib
import sys

import networkx as nx

from abcd_tui.export import layout, picture_layout
from abcd_tui.export.svg import network_svg, start_layout


def document(size: int = 400) -> dict:
    graph = nx.barabasi_albert_graph(size, 2, seed=7)
    graph.add_node(size)  # someone without ties
    return {
        "nodes": [{"id": f"r{v}"} for v in graph],
        "edges": [(f"r{a}", f"r{b}", ["buren"], False) for a, b in graph.edges()],
    }


def test_every_node_has_a_place_in_gephis_range_and_the_seed_decides_it():
    doc = document()
    found = layout.positions(doc, seed=5)
    assert set(found) == {n["id"] for n in doc["nodes"]}
    assert all(abs(x) <= layout.SCALE and abs(y) <= layout.SCALE for x, y in found.values())
    assert layout.positions(doc, seed=5) == found
    assert layout.positions(doc, seed=6) != found


def test_laid_out_in_another_process_the_picture_is_the_same(monkeypatch):
    doc = document()
    here = layout.positions(doc, seed=11)
    apart = layout.start_positions(doc, seed=11, apart_ties=0)
    assert apart() == here
    # The second process itself, not the fallback, gives the same coordinates.
    ids, edges = layout._graph_of(doc)
    assert layout.Placing(len(ids), edges, 11).result() == layout._coords(len(ids), edges, 11)
    # A second process that cannot start, or fails: laid out here, the same.
    for broken in ("/nonexistent/python", "/bin/false"):
        monkeypatch.setattr(sys, "executable", broken)
        assert layout.start_positions(doc, seed=11, apart_ties=0)() == here


def test_a_small_map_is_laid_out_here_when_collected():
    doc = document(50)
    collect = layout.start_positions(doc, seed=3)  # 97 ties: far below APART_TIES
    assert collect() == layout.positions(doc, seed=3)


def planted(parts: int = 6, size: int = 250) -> nx.Graph:
    """A map of `parts` communities (the node attribute), more than `ONE_PIECE` nodes:
    laid out in parts, as a large map is; and two residents without ties."""
    graph = nx.planted_partition_graph(parts, size, 0.03, 0.0005, seed=3)
    for v in graph:
        graph.nodes[v]["community"] = None if v % size == 0 else v // size  # a few without
    graph.add_nodes_from(["alleen-1", "alleen-2"])
    return graph


def picture(graph: nx.Graph, **options) -> str:
    """The picture's digest: two pictures of 200 KB that differ make pytest's diff run
    for minutes."""
    return hashlib.sha256(network_svg(graph, **options).encode()).hexdigest()


def test_the_reports_picture_laid_out_in_another_process_is_the_same_picture(monkeypatch):
    graph = planted()
    assert graph.number_of_nodes() > picture_layout.ONE_PIECE
    here = picture(graph, seed=4)
    assert picture(graph, seed=4, laid_out=start_layout(graph, seed=4, apart=1)) == here
    assert picture(graph, seed=5) != here
    # The second process itself, not the fallback, gives the same positions.
    tied = [v for v in graph if graph.degree(v)]
    index = {v: i for i, v in enumerate(tied)}
    edges = [(index[a], index[b]) for a, b in graph.edges()]
    hint = picture_layout.numbered([graph.nodes[v]["community"] for v in tied])
    child = picture_layout._child(len(tied), edges, hint, 4)
    assert child.process is not None
    assert child.result() == picture_layout.arrange(len(tied), edges, hint, 4)
    # A second process that cannot start, or fails: laid out here, the same.
    for broken in ("/nonexistent/python", "/bin/false"):
        monkeypatch.setattr(sys, "executable", broken)
        assert picture(graph, seed=4, laid_out=start_layout(graph, seed=4, apart=1)) == here
