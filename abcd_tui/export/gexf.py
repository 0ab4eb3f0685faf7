"""GEXF 1.3, the format Gephi opens with colours, sizes and a layout.

`write_gexf(graph, path)` writes the export graph (see `model.ExportView.graph`) as
GEXF 1.3 by our own code: networkx writes 1.2draft, which the 1.3 schema rejects.
Every node and edge attribute becomes a typed GEXF attribute (string, integer, double,
boolean), except those the format has a place for: the node's ``label``, its ``color``,
``size`` and ``x``/``y`` (as visual attributes) and the edge's ``weight``.

The visual attributes are written in the GEXF namespace (``<color>``, not
``<viz:color>``): the published 1.3 XML schema (gexf.net/1.3/gexf.xsd) declares them
there and rejects the viz namespace the 1.3 primer and RelaxNG grammar use. Gephi and
graphology (Gephi Lite) match these elements by local name and read both; networkx's
reader only looks in the viz namespace, so it reads the attributes but not the colours,
sizes or positions. Switch `VIZ` (and declare the namespace) if the schema is fixed.

Text is streamed escaped, without building a tree: 5,000 nodes and 20,000 edges take
about 0.15 s. Characters XML 1.0 cannot hold (most control characters) are left out.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

import networkx as nx

GEXF_NAMESPACE = "http://gexf.net/1.3"
# The prefix of the visual elements: "" puts them in the GEXF namespace (module doc).
VIZ = ""
# Node attributes GEXF has its own place for, written as such and not again as values.
NODE_PLACES = frozenset({"label", "color", "size", "x", "y"})
EDGE_PLACES = frozenset({"weight"})

# Anything XML 1.0 cannot hold: C0 controls but tab, LF and CR; lone surrogates;
# U+FFFE and U+FFFF.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# Anything that needs work in an attribute value: markup, and the white space an XML
# parser would turn into spaces unless written as a character reference.
_NEEDS_WORK = re.compile('[&<>"\t\n\r]|' + _NOT_XML.pattern)
_ATTRIBUTE_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;"}
    | {"\r": "&#13;"}
)


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 cannot hold (control characters such as
    vertical tab or escape, lone surrogates, U+FFFE, U+FFFF). Tab, LF and CR stay."""
    return _NOT_XML.sub("", text)


def xml_attribute(text: str) -> str:
    """`text` as an XML attribute value (without the quotes) that reads back exactly,
    less the characters XML cannot hold."""
    if _NEEDS_WORK.search(text) is None:
        return text
    return xml_safe(text).translate(_ATTRIBUTE_ESCAPES)


def xml_number(value: float) -> str:
    """A float in XML Schema's lexical form (Python writes inf and nan in lower case)."""
    if math.isfinite(value):
        return repr(value)
    return "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF")


def _gexf_type(value: Any) -> str:
    # bool before int: True is an int too.
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "double"
    return "string"


def _boolean(value: bool) -> str:
    return "true" if value else "false"


def _string(value: Any) -> str:
    return xml_attribute(str(value))


# How a value of each GEXF type is written.
_FORMATS: dict[str, Callable[[Any], str]] = {
    "boolean": _boolean,
    "integer": str,
    "double": xml_number,
    "string": _string,
}


def _declared(items: Iterable[dict[str, Any]], places: frozenset[str]) -> dict[str, str]:
    """Attribute name -> GEXF type, in order of first appearance, typed by the first
    value seen (the export graph has the same attributes, of one type, everywhere)."""
    found: dict[str, str] = {}
    for data in items:
        for name, value in data.items():
            if name not in found and name not in places:
                found[name] = _gexf_type(value)
    return found


def _attributes_block(cls: str, declared: dict[str, str]) -> Iterator[str]:
    if not declared:
        return
    yield f'    <attributes class="{cls}" mode="static">\n'
    for name, kind in declared.items():
        name = xml_attribute(name)
        yield f'      <attribute id="{name}" title="{name}" type="{kind}"/>\n'
    yield "    </attributes>\n"


class _Values:
    """Writes the <attvalues> of the declared attributes of one class."""

    def __init__(self, declared: dict[str, str]):
        self.fields = [
            (name, f'<attvalue for="{xml_attribute(name)}" value="', _FORMATS[kind])
            for name, kind in declared.items()
        ]

    def __call__(self, data: dict[str, Any]) -> str:
        values = "".join(
            f'{start}{form(data[name])}"/>' for name, start, form in self.fields if name in data
        )
        return f"<attvalues>{values}</attvalues>" if values else ""


def _colour(text: str) -> str:
    """A colour "#rrggbb" as GEXF's r, g and b attributes."""
    try:
        r, g, b = bytes.fromhex(text.removeprefix("#"))
    except ValueError as err:
        raise ValueError(f"not a #rrggbb colour: {text!r}") from err
    return f'<{VIZ}color r="{r}" g="{g}" b="{b}"/>'


def _visual(data: dict[str, Any]) -> str:
    parts = []
    if "color" in data:
        parts.append(_colour(data["color"]))
    if "x" in data and "y" in data:
        x, y = xml_number(float(data["x"])), xml_number(float(data["y"]))
        parts.append(f'<{VIZ}position x="{x}" y="{y}"/>')
    if "size" in data:
        parts.append(f'<{VIZ}size value="{xml_number(float(data["size"]))}"/>')
    return "".join(parts)


def xml_text(text: str) -> str:
    """`text` as element content."""
    text = xml_safe(text)
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _meta(about: dict[str, Any]) -> Iterator[str]:
    try:
        day = datetime.fromisoformat(str(about.get("created", ""))).date().isoformat()
        yield f'  <meta lastmodifieddate="{day}">\n'
    except ValueError:
        yield "  <meta>\n"
    if about.get("generator"):
        yield f"    <creator>{xml_text(str(about['generator']))}</creator>\n"
    description = " — ".join(str(about[k]) for k in ("title", "label") if about.get(k))
    if description:
        yield f"    <description>{xml_text(description)}</description>\n"
    yield "  </meta>\n"


def _gexf_lines(graph: nx.Graph) -> Iterator[str]:
    """The GEXF 1.3 document of `graph`, in pieces (see the module doc). O(n + m)."""
    nodes = graph.nodes(data=True)
    edges = graph.edges(data=True)
    node_declared = _declared((d for _n, d in nodes), NODE_PLACES)
    edge_declared = _declared((d for _u, _v, d in edges), EDGE_PLACES)
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield f'<gexf xmlns="{GEXF_NAMESPACE}" version="1.3">\n'
    yield from _meta(graph.graph)
    yield '  <graph defaultedgetype="undirected" mode="static">\n'
    yield from _attributes_block("node", node_declared)
    yield from _attributes_block("edge", edge_declared)
    node_values, edge_values = _Values(node_declared), _Values(edge_declared)
    yield f'    <nodes count="{graph.number_of_nodes()}">\n'
    for node, data in nodes:
        label = f' label="{xml_attribute(str(data["label"]))}"' if "label" in data else ""
        inner = node_values(data) + _visual(data)
        yield f'      <node id="{xml_attribute(str(node))}"{label}>{inner}</node>\n'
    yield "    </nodes>\n"
    yield f'    <edges count="{graph.number_of_edges()}">\n'
    # Ties share their attribute dicts (`ExportView.graph`): each worded once. Keyed by
    # id(), valid while the graph holds them.
    worded: dict[int, tuple[str, str]] = {}
    for u, v, data in edges:
        found = worded.get(id(data))
        if found is None:
            weight = f' weight="{xml_number(float(data["weight"]))}"' if "weight" in data else ""
            found = worded[id(data)] = (weight, edge_values(data))
        weight, inner = found
        source, target = xml_attribute(str(u)), xml_attribute(str(v))
        yield f'      <edge source="{source}" target="{target}"{weight}>{inner}</edge>\n'
    yield "    </edges>\n"
    yield "  </graph>\n"
    yield "</gexf>\n"


def write_gexf(graph: nx.Graph, path: str | os.PathLike[str]) -> None:
    """Write `graph` to `path` as GEXF 1.3 in UTF-8 (module doc)."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.writelines(_gexf_lines(graph))
