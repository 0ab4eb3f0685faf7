"""The network files of `abcd export`: GraphML, node-link JSON and CSV (GEXF in `gexf`).

Each writer takes the export graph (see `model.ExportView.graph`): a `networkx.Graph`
with scalar attributes (str, bool, int, float), the same set on every node and on
every edge, and graph attributes title, created, label, snapshot, pseudonymised and
generator. Each writes UTF-8 to exactly the path (or folder) it is given.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import networkx as nx

from abcd_tui.export.gexf import write_gexf, xml_attribute, xml_number, xml_safe, xml_text

__all__ = [
    "spreadsheet_safe",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_json",
    "xml_safe",
]

# The key under the JSON's graph attributes that holds the analysis (`write_json`).
JSON_EXTRA_KEY = "analysis"
JSON_BATCH = 5_000  # nodes or ties encoded at a time (`write_json`)
CSV_DELIMITERS = (",", ";")
# A cell starting with one of these is a formula to Excel, LibreOffice and Google
# Sheets (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns"
GRAPHML_SCHEMA = "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"


def write_graphml(graph: nx.Graph, path: str | os.PathLike[str]) -> None:
    """Write `graph` to `path` as GraphML, attributes typed (boolean, long, double,
    string) as `networkx.read_graphml` and `igraph.Graph.Read_GraphML` read them back.

    Written line by line by our own code, as GEXF is (`gexf`): networkx's writer
    builds an element per value and wants a copy of the graph cleaned of the
    characters XML 1.0 cannot hold, hundreds of megabytes and most of the export's
    time at 100,000 residents. Text loses those characters here (`xml_safe`); a
    carriage return is written as a character reference, so it reads back. O(n + m).
    """
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.writelines(_graphml_lines(graph))


def _graphml_type(value: Any) -> str:
    # bool before int: True is an int too.
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _graphml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return xml_number(value)
    return xml_text(str(value))


def _graphml_lines(graph: nx.Graph) -> Iterator[str]:
    """The GraphML document of `graph`, in pieces (see `write_graphml`)."""
    nodes = graph.nodes(data=True)
    edges = graph.edges(data=True)
    keys: dict[tuple[str, str], str] = {}  # (for, attribute name) -> key id
    declarations = []
    for scope, items in (
        ("graph", [graph.graph]),
        ("node", (d for _n, d in nodes)),
        ("edge", (d for _u, _v, d in edges)),
    ):
        for data in items:
            for name, value in data.items():
                if (scope, name) not in keys and value is not None:
                    keys[scope, name] = key = f"d{len(keys)}"
                    declarations.append(
                        f'  <key id="{key}" for="{scope}" attr.name="{xml_attribute(str(name))}"'
                        f' attr.type="{_graphml_type(value)}"/>\n'
                    )

    def values(scope: str, data: dict[str, Any]) -> str:
        return "".join(
            f'<data key="{keys[scope, name]}">{_graphml_value(value)}</data>'
            for name, value in data.items()
            if value is not None
        )

    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield (
        f'<graphml xmlns="{GRAPHML_NAMESPACE}" xmlns:xsi="{XSI_NAMESPACE}"'
        f' xsi:schemaLocation="{GRAPHML_NAMESPACE} {GRAPHML_SCHEMA}">\n'
    )
    yield from declarations
    yield '  <graph edgedefault="undirected">\n'
    yield f"    {values('graph', graph.graph)}\n"
    for node, data in nodes:
        yield f'    <node id="{xml_attribute(str(node))}">{values("node", data)}</node>\n'
    # Ties share their attribute dicts (`ExportView.graph`): each worded once. Keyed by
    # id(), valid while the graph holds them.
    worded: dict[int, str] = {}
    for u, v, data in edges:
        inner = worded.get(id(data))
        if inner is None:
            inner = worded[id(data)] = values("edge", data)
        source, target = xml_attribute(str(u)), xml_attribute(str(v))
        yield f'    <edge source="{source}" target="{target}">{inner}</edge>\n'
    yield "  </graph>\n"
    yield "</graphml>\n"


def write_json(
    graph: nx.Graph, path: str | os.PathLike[str], extra: dict[str, Any] | None = None
) -> None:
    """Write `graph` to `path` as node-link JSON, with `extra` (the analysis: headline
    figures and lists) under the graph attributes as ``graph["analysis"]``.

    The convention is networkx's with edges under "links", the key d3 examples use;
    read it back with ``networkx.node_link_graph(data, edges="links")``. Keys sorted,
    so two exports of one map differ only where the map does. Not ASCII-escaped. A
    float that is not finite (NaN) is refused with ValueError: JSON has no such number.

    The text `json.dumps(networkx.node_link_data(graph), sort_keys=True)` would give,
    written by batches of `JSON_BATCH` nodes or ties: neither a copy of every node and
    tie nor the whole text is ever in memory (at 100,000 residents, both are hundreds
    of megabytes). A batch goes through `json.dumps`, whose one-shot call is the
    compiled encoder (three times the speed of `json.dump`).
    """
    about = dict(graph.graph)
    if extra is not None:
        about[JSON_EXTRA_KEY] = extra

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)

    def write_list(found: Iterator[dict[str, Any]], total: int) -> None:
        for start in range(0, total, JSON_BATCH):
            batch = list(islice(found, JSON_BATCH))
            out.write((", " if start else "") + dumps(batch)[1:-1])

    with open(path, "w", encoding="utf-8") as out:
        # The members in sorted order, as sort_keys writes them.
        out.write(f'{{"directed": {dumps(graph.is_directed())}, "graph": {dumps(about)}, ')
        out.write('"links": [')
        edges = graph.edges(data=True)
        write_list(({**d, "source": u, "target": v} for u, v, d in edges), len(edges))
        out.write(f'], "multigraph": {dumps(graph.is_multigraph())}, "nodes": [')
        nodes = graph.nodes(data=True)
        write_list(({**d, "id": n} for n, d in nodes), len(nodes))
        out.write("]}\n")


def spreadsheet_safe(value: str) -> str:
    """`value` as a spreadsheet shows it as text, never runs it as a formula.

    A cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
    single quote in front, per the OWASP guidance on CSV injection: ``=HYPERLINK(...)``
    becomes ``'=HYPERLINK(...)``. Only for text: numbers are written as numbers.
    """
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(
    graph: nx.Graph, folder: str | os.PathLike[str], *, delimiter: str = ","
) -> list[Path]:
    """Write `graph` as ``nodes.csv`` (id, then every node attribute) and ``edges.csv``
    (source, target, then every edge attribute) in `folder`; returns the two paths.

    Made for Excel: UTF-8 with a byte order mark, CRLF line ends, cells quoted when
    they hold the delimiter, a quote or a line break. Booleans are 1 and 0 (Excel in
    Dutch reads neither true nor TRUE as a truth value; 1 and 0 sum and filter). Text
    goes through `spreadsheet_safe`. `delimiter` is "," or ";" (ValueError otherwise);
    ";" is what Excel with Dutch regional settings splits on, and it reads decimal
    commas, so with ";" numbers are written as 12,5 (with "," as 12.5), which keeps
    Excel from reading 45.123 as 45123 or 12.5 as a date.
    """
    if delimiter not in CSV_DELIMITERS:
        raise ValueError(f"CSV delimiter must be ',' or ';', not {delimiter!r}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    decimal = "," if delimiter == ";" else "."

    def cell(value: Any) -> str:
        # bool before int: True is an int too.
        if isinstance(value, bool):
            return "1" if value else "0"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return repr(value).replace(".", decimal)
        return spreadsheet_safe(str(value))

    nodes = graph.nodes(data=True)
    edges = graph.edges(data=True)
    node_columns = _columns(d for _n, d in nodes)
    edge_columns = _columns(d for _u, _v, d in edges)
    nodes_path, edges_path = folder / "nodes.csv", folder / "edges.csv"
    with open(nodes_path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(map(cell, ["id", *node_columns]))
        for node, data in nodes:
            writer.writerow([cell(node), *(cell(data.get(c, "")) for c in node_columns)])
    with open(edges_path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(map(cell, ["source", "target", *edge_columns]))
        cells: dict[int, list[str]] = {}  # per shared attribute dict, as in GraphML
        for u, v, data in edges:
            found = cells.get(id(data))
            if found is None:
                found = cells[id(data)] = [cell(data.get(c, "")) for c in edge_columns]
            writer.writerow([cell(u), cell(v), *found])
    return [nodes_path, edges_path]


def _columns(items) -> list[str]:
    """Every attribute name, in order of first appearance."""
    return list(dict.fromkeys(name for data in items for name in data))
