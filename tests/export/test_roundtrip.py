"""A real register exported in every format and read back by real readers: what Gephi,
a spreadsheet or a script would find in the files."""

from __future__ import annotations

import csv
import json

import igraph as ig
import networkx as nx
import pytest
from lxml import etree

from abcd_tui.demo import make_demo
from abcd_tui.export import FORMATS, export
from abcd_tui.snapshots import take_snapshot
from tests.export.test_formats import SCHEMA_DIR

GEXF = "{http://gexf.net/1.3}"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from abcd_tui.store import open_database
    from abcd_tui.store.snapshots import unpacked

    folder = tmp_path_factory.mktemp("roundtrip")
    db = open_database(folder / "demo.db")
    make_demo(db, size=150)
    take_snapshot(db, "najaar")
    residents = db.execute("SELECT count(*) FROM residents").fetchone()[0]
    groups = db.execute("SELECT count(*) FROM groups").fetchone()[0]
    pairs = db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT from_id, to_id FROM ties)"
    ).fetchone()[0]
    connectors = {
        n["id"]
        for n in json.loads(unpacked(db.execute("SELECT data FROM snapshots").fetchone()[0]))[
            "connectors"
        ]
    }
    result = export(db, list(FORMATS), out_dir=folder / "out", snapshot="najaar", delimiter=";")
    db.close()
    return folder / "out", residents + groups, pairs, len(connectors), result


def test_every_file_of_the_export_is_there(exported):
    out, *_rest, result = exported
    assert sorted(p.name for p in result.paths) == sorted(p.name for p in out.iterdir())


def test_graphml_in_networkx_and_igraph(exported):
    out, nodes, pairs, connectors, _ = exported
    graph = nx.read_graphml(out / "network.graphml")
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (nodes, pairs)
    assert sum(1 for _, d in graph.nodes(data=True) if d["connector"]) == connectors
    assert {d["kind"] for _, d in graph.nodes(data=True)} == {
        "resident",
        "association",
        "institution",
        "place",
        "business",
    }
    same = ig.Graph.Read_GraphML(str(out / "network.graphml"))
    assert (same.vcount(), same.ecount()) == (nodes, pairs)
    assert set(same.vs["label"]) == {d["label"] for _, d in graph.nodes(data=True)}


def test_gexf_is_valid_1_3_reads_in_networkx_and_has_a_picture(exported):
    out, nodes, pairs, _, _ = exported
    document = etree.parse(str(out / "network.gexf"))
    etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "gexf.xsd"))).assertValid(document)
    graph = nx.read_gexf(out / "network.gexf")
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (nodes, pairs)
    # Colour by kind, size by connector score, and a layout: Gephi opens on a picture.
    colours = {(c.get("r"), c.get("g"), c.get("b")) for c in document.iter(f"{GEXF}color")}
    assert len(colours) == 5
    sizes = [float(s.get("value")) for s in document.iter(f"{GEXF}size")]
    assert len(sizes) == nodes and max(sizes) > 2 * min(sizes)
    positions = {(p.get("x"), p.get("y")) for p in document.iter(f"{GEXF}position")}
    assert len(positions) > nodes * 0.9


def test_node_link_json_with_the_analysis(exported):
    out, nodes, pairs, connectors, _ = exported
    data = json.loads((out / "network.json").read_text(encoding="utf-8"))
    graph = nx.node_link_graph(data, edges="links")
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (nodes, pairs)
    analysis = graph.graph["analysis"]
    assert analysis["label"] == "najaar" and analysis["pseudonymised"] is True
    assert analysis["headline"]["residents"] == 150
    assert len(analysis["connectors"]) == connectors


def test_csv_for_dutch_excel(exported):
    out, nodes, pairs, _, _ = exported
    raw = (out / "nodes.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with (out / "nodes.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    with (out / "edges.csv").open(encoding="utf-8-sig", newline="") as f:
        edges = list(csv.DictReader(f, delimiter=";"))
    assert (len(rows), len(edges)) == (nodes, pairs)
    assert all("," in r["score"] or r["score"].isdigit() for r in rows)  # decimal comma
    assert {r["label"].split()[0] for r in rows if r["type"] == "resident"} == {"Bewoner"}
