"""The layout Gephi opens on (`export.layout`): the same picture whether it is laid out
here or, on a large map, in a second process beside the rest of the export."""

from __future__ import annotations

import sys

import networkx as nx

from abcd_tui.export import layout


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
    # A second process that cannot start, or fails: laid out here, the same.
    for broken in ("/nonexistent/python", "/bin/false"):
        monkeypatch.setattr(sys, "executable", broken)
        assert layout.start_positions(doc, seed=11, apart_ties=0)() == here


def test_a_small_map_is_laid_out_here_when_collected():
    doc = document(50)
    collect = layout.start_positions(doc, seed=3)  # 97 ties: far below APART_TIES
    assert collect() == layout.positions(doc, seed=3)
