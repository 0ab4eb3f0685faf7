"""The network files read back by real readers: networkx, igraph, lxml with the GEXF 1.3
schema, and the csv module as a spreadsheet would split the cells."""

from __future__ import annotations

import csv
import json
import math
import subprocess
import sys
from pathlib import Path

import igraph as ig
import networkx as nx
import pytest
from lxml import etree

from abcd_tui.export.formats import (
    spreadsheet_safe,
    write_csv,
    write_gexf,
    write_graphml,
    write_json,
    xml_safe,
)

ROOT = Path(__file__).parents[2]
SCHEMA_DIR = Path(__file__).parent / "schemas" / "gexf-1.3"
VALIDATE = ROOT / ".ci" / "validate_gexf.py"
GEXF = "{http://gexf.net/1.3}"

# Everything a typed name can hold: markup, quotes, emoji, a right-to-left mark, a
# vertical tab and an escape sequence (both invalid in XML 1.0), tab, CR and LF.
AWKWARD = 'Ann "de Tuin" <&> \'t Hoekje 🌻\u200f\x0b\x1b[31m;,\tend\r\nnext line'
AWKWARD_IN_XML = AWKWARD.replace("\x0b", "").replace("\x1b", "")
FORMULA = '=HYPERLINK("http://evil.example","klik")'


def export_graph(*, positions: bool = True, names: bool = False) -> nx.Graph:
    """A small export graph as `ExportView.graph` makes them: anna (awkward name) and
    bob are friends and neighbours, bob is in the choir, a resident called like a
    formula stands alone, "-5 graden" lives at a negative position."""
    graph = nx.Graph(
        title="Buurtkaart <Oost> & co",
        created="2026-11-23T14:05:00+01:00",
        label="na de \x0bzomer",
        snapshot="",
        pseudonymised=not names,
        generator="abcd-tui 0.1",
    )
    people = [
        ("r1", AWKWARD, "resident", 2, 87.5, 0.25, 2, True, False, "#0072b2"),
        ("r2", "bob", "resident", 2, 40.0, 0.0, 2, False, False, "#0072b2"),
        ("r3", FORMULA, "resident", -1, 0.0, 0.0, 0, False, True, "#0072b2"),
        ("r4", "-5 graden", "resident", -1, 12.5, 0.0, 0, False, True, "#0072b2"),
        ("g1", "Koor @Oost", "association", 2, 55.0, 0.5, 1, True, False, "#009e73"),
    ]
    for i, (node, label, kind, community, score, betweenness, degree, *rest) in enumerate(people):
        connector, waiting, color = rest
        data = {
            "label": label,
            "type": "group" if node.startswith("g") else "resident",
            "kind": kind,
            "community": community,
            "score": score,
            "betweenness": betweenness,
            "degree": degree,
            "connector": connector,
            "not_yet_connected": waiting,
            "gifts": "koken; \tluisteren" if node == "r1" else "",
            "offers": "+31 6 1234 5678" if node == "r2" else "",
            "needs": "\rhulp" if node == "r2" else "",
            "interests": "zingen" if kind == "association" else "",
            "neighbourhood": "Oost",
            "open": "yes" if kind == "resident" else "",
        }
        if names:
            data["key"] = node
            data["address"] = "@Dorpsstraat 1" if node == "r1" else ""
        data["color"] = color
        data["size"] = 4.0 + score / 8
        if positions:
            data["x"], data["y"] = 50.0 - 100.5 * i, 250.25 - 120 * i
        graph.add_node(node, **data)
    graph.add_edge("r1", "r2", kinds="friend;neighbour", strong=True, weight=2.0)
    graph.add_edge("r2", "g1", kinds="member", strong=False, weight=1.0)
    return graph


def without_xml_invalid(data: dict) -> dict:
    return {k: xml_safe(v) if isinstance(v, str) else v for k, v in data.items()}


def assert_same_typed(found: dict, expected: dict) -> None:
    assert found == expected
    for name, value in expected.items():
        assert type(found[name]) is type(value), name


# --- GraphML -----------------------------------------------------------------------


def test_graphml_reads_back_in_networkx_with_types(tmp_path):
    graph = export_graph(names=True)
    write_graphml(graph, tmp_path / "network.graphml")
    back = nx.read_graphml(tmp_path / "network.graphml")
    assert (back.number_of_nodes(), back.number_of_edges()) == (5, 2)
    assert list(back) == list(graph)
    for node, data in graph.nodes(data=True):
        assert_same_typed(back.nodes[node], without_xml_invalid(data))
    assert back.nodes["r1"]["label"] == AWKWARD_IN_XML
    assert back.nodes["r3"]["label"] == FORMULA  # GraphML is data, not a spreadsheet
    for u, v, data in graph.edges(data=True):
        assert_same_typed(back.edges[u, v], data)
    assert back.graph["title"] == "Buurtkaart <Oost> & co"
    assert back.graph["label"] == "na de zomer"
    assert back.graph["pseudonymised"] is False


def test_graphml_reads_back_in_igraph(tmp_path):
    graph = export_graph()
    write_graphml(graph, tmp_path / "network.graphml")
    back = ig.Graph.Read_GraphML(str(tmp_path / "network.graphml"))
    assert (back.vcount(), back.ecount()) == (5, 2)
    assert not back.is_directed()
    vertices = {v["id"]: v.attributes() for v in back.vs}
    assert vertices["r1"]["label"] == AWKWARD_IN_XML
    assert vertices["r1"]["connector"] is True
    assert vertices["r3"]["not_yet_connected"] is True
    # igraph keeps every number as a float; the values are the graph's.
    for node, data in graph.nodes(data=True):
        for name, value in data.items():
            assert vertices[node][name] == (xml_safe(value) if isinstance(value, str) else value)
    ends = {
        frozenset((back.vs[e.source]["id"], back.vs[e.target]["id"])): e.attributes()
        for e in back.es
    }
    assert ends[frozenset(("r1", "r2"))] == {
        "kinds": "friend;neighbour",
        "strong": True,
        "weight": 2.0,
    }
    assert back["title"] == "Buurtkaart <Oost> & co"
    assert back["pseudonymised"] is True


# --- GEXF --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gexf_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / "gexf.xsd")))


@pytest.mark.parametrize("positions", [True, False], ids=["with-layout", "without-layout"])
def test_gexf_is_valid_1_3(tmp_path, gexf_schema, positions):
    path = tmp_path / "network.gexf"
    write_gexf(export_graph(positions=positions, names=True), path)
    document = etree.parse(str(path))
    gexf_schema.assertValid(document)
    root = document.getroot()
    assert root.tag == f"{GEXF}gexf" and root.get("version") == "1.3"
    assert root.find(f"{GEXF}graph").get("defaultedgetype") == "undirected"
    assert path.read_bytes().startswith(b'<?xml version="1.0" encoding="UTF-8"?>')


def test_gexf_of_an_empty_map_is_valid(tmp_path, gexf_schema):
    write_gexf(nx.Graph(), tmp_path / "empty.gexf")
    gexf_schema.assertValid(etree.parse(str(tmp_path / "empty.gexf")))


def test_gexf_reads_back_in_networkx_with_types(tmp_path):
    graph = export_graph(names=True)
    write_gexf(graph, tmp_path / "network.gexf")
    back = nx.read_gexf(tmp_path / "network.gexf")
    assert (back.number_of_nodes(), back.number_of_edges()) == (5, 2)
    assert list(back) == list(graph)
    for node, data in graph.nodes(data=True):
        # colour, size and position are visual elements, not attribute values (and
        # networkx reads visual elements only in the viz namespace: see gexf.py)
        expected = {k: v for k, v in data.items() if k not in {"color", "size", "x", "y"}}
        assert_same_typed(back.nodes[node], without_xml_invalid(expected))
    assert back.nodes["r1"]["label"] == AWKWARD_IN_XML
    assert back.nodes["r2"]["needs"] == "\rhulp"
    for u, v, data in graph.edges(data=True):
        assert_same_typed(back.edges[u, v], data)


def test_gexf_visual_attributes(tmp_path):
    graph = export_graph()
    write_gexf(graph, tmp_path / "network.gexf")
    root = etree.parse(str(tmp_path / "network.gexf")).getroot()
    nodes = {n.get("id"): n for n in root.iter(f"{GEXF}node")}
    colour = nodes["g1"].find(f"{GEXF}color")
    assert (colour.get("r"), colour.get("g"), colour.get("b")) == ("0", "158", "115")
    for node, data in graph.nodes(data=True):
        assert float(nodes[node].find(f"{GEXF}size").get("value")) == data["size"]
        position = nodes[node].find(f"{GEXF}position")
        assert (float(position.get("x")), float(position.get("y"))) == (data["x"], data["y"])
    # values in XML Schema's lexical forms (networkx would take True/False as well)
    values = {a.get("for"): a.get("value") for a in nodes["r3"].iter(f"{GEXF}attvalue")}
    assert (values["connector"], values["not_yet_connected"]) == ("false", "true")
    assert (values["community"], values["score"]) == ("-1", "0.0")
    titles = {a.get("title") for a in root.iter(f"{GEXF}attribute")}
    assert {"label", "color", "size", "x", "y", "weight"}.isdisjoint(titles)
    assert {"score", "connector", "kinds", "strong"} <= titles

    write_gexf(export_graph(positions=False), tmp_path / "flat.gexf")
    flat = etree.parse(str(tmp_path / "flat.gexf")).getroot()
    assert flat.find(f".//{GEXF}position") is None
    assert len(flat.findall(f".//{GEXF}size")) == 5


def test_gexf_meta_says_what_and_when(tmp_path):
    write_gexf(export_graph(), tmp_path / "network.gexf")
    meta = etree.parse(str(tmp_path / "network.gexf")).getroot().find(f"{GEXF}meta")
    assert meta.get("lastmodifieddate") == "2026-11-23"
    assert meta.findtext(f"{GEXF}creator") == "abcd-tui 0.1"
    assert meta.findtext(f"{GEXF}description") == "Buurtkaart <Oost> & co — na de zomer"


# --- the schema check in CI ----------------------------------------------------------


def run_validate(*args: Path | str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(VALIDATE), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_ci_validate_gexf(tmp_path):
    good = tmp_path / "network.gexf"
    write_gexf(export_graph(), good)
    done = run_validate(SCHEMA_DIR, good)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == f"valid: {good}\n"

    # What networkx writes: GEXF 1.2draft, which the 1.3 schema rejects.
    old = tmp_path / "old.gexf"
    nx.write_gexf(nx.path_graph(2), old)
    lines = good.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.gexf"
    at = next(i for i, line in enumerate(lines) if "</nodes>" in line)
    lines.insert(at, '      <node label="no id"/>')
    broken.write_text("\n".join(lines), encoding="utf-8")
    done = run_validate(SCHEMA_DIR, good, broken, old)
    assert done.returncode == 1
    assert f"valid: {good}" in done.stdout
    assert f"invalid: {broken}" in done.stdout
    assert f"{broken}:{at + 1}:" in done.stdout  # the line of the node without an id
    assert f"invalid: {old}" in done.stdout

    assert run_validate(SCHEMA_DIR, tmp_path / "nothing.gexf").returncode == 2
    assert run_validate(tmp_path, good).returncode == 2


# --- JSON --------------------------------------------------------------------------


def test_json_reads_back_with_the_analysis(tmp_path):
    graph = export_graph(names=True)
    extra = {"headline": {"residents": 4, "share_connected": 50.0}, "connectors": ["r1"]}
    write_json(graph, tmp_path / "network.json", extra)
    text = (tmp_path / "network.json").read_text(encoding="utf-8")
    assert "🌻" in text  # not ASCII-escaped
    data = json.loads(text)
    back = nx.node_link_graph(data, edges="links")
    assert (back.number_of_nodes(), back.number_of_edges()) == (5, 2)
    assert list(back) == list(graph)
    for node, node_data in graph.nodes(data=True):
        assert_same_typed(back.nodes[node], node_data)  # JSON keeps even \x0b
    for u, v, edge_data in graph.edges(data=True):
        assert_same_typed(back.edges[u, v], edge_data)
    assert back.graph["analysis"] == extra
    assert back.graph["title"] == graph.graph["title"]
    assert list(data["nodes"][0]) == sorted(data["nodes"][0])


def test_json_refuses_what_json_cannot_say(tmp_path):
    graph = export_graph()
    graph.nodes["r2"]["betweenness"] = math.nan
    with pytest.raises(ValueError):
        write_json(graph, tmp_path / "network.json")


# --- CSV ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+31 6 1234 5678", "'+31 6 1234 5678"),
        ("-5 graden", "'-5 graden"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tverborgen", "'\tverborgen"),
        ("\rverborgen", "'\rverborgen"),
        ("Anna = Bob", "Anna = Bob"),
        ("'t Hoekje", "'t Hoekje"),
        ("", ""),
    ],
)
def test_spreadsheet_safe(value, shown):
    assert spreadsheet_safe(value) == shown


def read_csv(path: Path, delimiter: str) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_reads_back_as_a_spreadsheet_splits_it(tmp_path, delimiter):
    graph = export_graph(names=True)
    paths = write_csv(graph, tmp_path / "csv", delimiter=delimiter)
    assert paths == [tmp_path / "csv" / "nodes.csv", tmp_path / "csv" / "edges.csv"]
    raw = paths[0].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfid" + delimiter.encode())
    assert raw.split(b"\r\n")[0].decode("utf-8-sig").split(delimiter)[-2:] == ["x", "y"]

    nodes = {row["id"]: row for row in read_csv(paths[0], delimiter)}
    assert list(nodes) == list(graph)
    assert list(nodes["r1"]) == ["id", *graph.nodes["r1"]]
    assert nodes["r1"]["label"] == AWKWARD  # delimiter, quotes, tab, CR, LF all kept
    assert nodes["r3"]["label"] == "'" + FORMULA
    assert nodes["r4"]["label"] == "'-5 graden"
    assert nodes["g1"]["label"] == "Koor @Oost"  # only a leading @ is a formula
    assert nodes["r1"]["gifts"] == "koken; \tluisteren"
    assert nodes["r2"]["offers"] == "'+31 6 1234 5678"
    assert nodes["r2"]["needs"] == "'\rhulp"
    assert nodes["r1"]["address"] == "'@Dorpsstraat 1"
    # numbers stay numbers: negative ones too, with the delimiter's decimal mark
    point = "," if delimiter == ";" else "."
    assert nodes["r3"]["community"] == "-1"
    assert nodes["r1"]["x"] == "50" + point + "0"
    assert nodes["r2"]["x"] == "-50" + point + "5"
    assert nodes["r4"]["y"] == "-109" + point + "75"
    assert float(nodes["r1"]["score"].replace(",", ".")) == 87.5
    assert (nodes["r1"]["connector"], nodes["r2"]["connector"]) == ("1", "0")

    edges = read_csv(paths[1], delimiter)
    assert [(e["source"], e["target"]) for e in edges] == [("r1", "r2"), ("r2", "g1")]
    assert edges[0]["kinds"] == "friend;neighbour"
    assert (edges[0]["strong"], edges[1]["strong"]) == ("1", "0")
    assert edges[0]["weight"] == "2" + point + "0"


def test_csv_quotes_cells_only_when_needed(tmp_path):
    nodes_path, _ = write_csv(export_graph(), tmp_path, delimiter=";")
    text = nodes_path.read_bytes().decode("utf-8-sig")  # line ends as written
    assert "\r\nr2;bob;resident;resident;2;40,0;0,0;2;0;0;;'+31 6 1234 5678;\"'\rhulp\";" in text
    assert '"Ann ""de Tuin"" <&>' in text


def test_csv_refuses_other_delimiters(tmp_path):
    with pytest.raises(ValueError, match="delimiter"):
        write_csv(export_graph(), tmp_path, delimiter="\t")
    assert not (tmp_path / "nodes.csv").exists()
