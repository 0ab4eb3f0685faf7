"""The export's fast paths give what the plain ones gave: the export graph written into
networkx's dicts with shared tie attributes is the graph `add_edge` makes, and the
writers word a shared attribute dict as they word each of its copies."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from abcd_tui.demo import make_demo
from abcd_tui.export import formats, gexf
from abcd_tui.export.model import ExportView, _number_order
from abcd_tui.snapshots import find_snapshot, freeze, snapshot_document
from abcd_tui.store import open_database
from tests.hostile import make_hostile_register

KEY = b"fixed key for both ways, 32 byte"


@pytest.fixture(scope="module", params=["demo", "hostile"])
def document(request, tmp_path_factory):
    path = tmp_path_factory.mktemp(request.param) / "t.db"
    if request.param == "demo":
        db = open_database(path)
        make_demo(db, size=150)
        found = freeze(db)
    else:
        make_hostile_register(path, size=20)
        db = open_database(path, create=False)
        found = snapshot_document(db, find_snapshot(db, "-1").id)
    db.close()
    return found


def plain_graph(view: ExportView) -> nx.Graph:
    """The export graph as it was made before: every tie by `add_edge`, its own dict."""
    graph = view.graph().copy()  # the nodes as they are (their own dicts in a copy)
    graph.remove_edges_from(list(graph.edges()))
    entries, doc = view.entries, view.document
    order = {v: _number_order(e.export_id) for v, e in entries.items()}
    ordered = sorted(
        (order[a], order[b], a, b, kinds, strong)
        if order[a] < order[b]
        else (order[b], order[a], b, a, kinds, strong)
        for a, b, kinds, strong in doc["edges"]
    )
    for _ka, _kb, a, b, kinds, strong in ordered:
        graph.add_edge(
            entries[a].export_id,
            entries[b].export_id,
            kinds=";".join(kinds),
            strong=bool(strong),
            weight=2.0 if strong else 1.0,
        )
    return graph


def written(graph: nx.Graph, folder: Path) -> dict[str, bytes]:
    folder.mkdir()
    formats.write_graphml(graph, folder / "n.graphml")
    gexf.write_gexf(graph, folder / "n.gexf")
    formats.write_csv(graph, folder, delimiter=";")
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_the_export_graph_and_its_files_are_what_the_plain_way_gives(document, tmp_path):
    view = ExportView(document, key=KEY)
    fast, plain = view.graph(), plain_graph(view)
    assert list(fast.nodes(data=True)) == list(plain.nodes(data=True))
    assert list(fast.edges(data=True)) == list(plain.edges(data=True))
    assert fast.number_of_edges() == len(document["edges"]) > 0
    kinds = {id(d) for _u, _v, d in fast.edges(data=True)}
    assert len(kinds) < fast.number_of_edges() / 5  # shared, a dict per combination
    assert nx.is_frozen(fast)
    assert written(fast, tmp_path / "fast") == written(plain, tmp_path / "plain")


def test_not_yet_connected_is_worded_once_and_each_caller_gets_its_own_list(document):
    view = ExportView(document, key=KEY)
    first, second = view.not_yet_connected(), view.not_yet_connected()
    assert first == second == ExportView(document, key=KEY).not_yet_connected()
    assert first is not second and first
