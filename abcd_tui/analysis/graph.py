"""The connection graph: residents and groups as nodes, ties as edges.

`build_graph(db)` reads the register and returns a plain `networkx.Graph`, the graph the
rest of the code sees. Node ids are record ids. Node attributes:

- ``type``: "resident" or "group"; ``kind``: "resident" or the group's kind
- ``key``, ``name``, ``street`` (from the address), ``neighbourhood`` (residents)
- residents only: ``open`` (open to introductions) and the phrase fields ``head``,
  ``hands``, ``heart``, ``interests``, ``offers``, ``needs`` (tuples); groups: ``tags``

Edge attributes: ``kinds`` (sorted tuple of tie kinds between the two) and ``strong``
(any of them recorded as strong). The graph is frozen and edges share their attribute
dicts (see `build_graph`): copy it before changing anything. Two records with a friend
and a neighbour tie are one edge: the analysis asks *whether* people are connected, the
kinds say *how*.

The graph carries ``graph["revision"]`` (see `revision.graph_revision`).
"""

from __future__ import annotations

import json

import networkx as nx
from sqlite_utils import Database

from abcd_tui.domain.records import PHRASE_FIELDS, GroupKind, TieKind
from abcd_tui.domain.text import street_of

RESIDENT = "resident"
GROUP = "group"

# Ties that make a neighbour, a friend or family: the community frame's main actors.
PERSONAL_TIES = frozenset(
    {TieKind.NEIGHBOUR, TieKind.FRIEND, TieKind.FAMILY, TieKind.ACQUAINTANCE, TieKind.COLLEAGUE}
)
# Groups that belong to the community itself (not professionals).
COMMUNITY_GROUPS = frozenset({GroupKind.ASSOCIATION, GroupKind.PLACE, GroupKind.BUSINESS})


def build_graph(db: Database, *, revision: tuple | None = None) -> nx.Graph:
    """The connection graph of the register in `db`.

    Reads four lean queries instead of the store's record dataclasses: building a `Tie`
    per row costs 0.2 s at 5,000 residents, the columns the graph needs 0.03 s.
    Complexity O(n + m). Node insertion order is by record id, so every run (and every
    algorithm that walks the graph in order) sees the same order. `revision`: the
    register's revision, if the caller has just read it.
    """
    from abcd_tui.analysis.revision import graph_revision

    graph = nx.Graph(revision=revision if revision is not None else graph_revision(db))
    # One JSON array of the six phrase lists per row: one decode instead of six.
    phrase_lists = ", ".join(f"json({f})" for f in PHRASE_FIELDS)
    rows = db.execute(
        "SELECT id, key, name, address, neighbourhood, open_to_introductions, "
        f"json_array({phrase_lists}) FROM residents ORDER BY id"
    )
    loads = json.loads
    for id_, key, name, address, neighbourhood, openness, lists in rows:
        phrases = {f: tuple(v) for f, v in zip(PHRASE_FIELDS, loads(lists), strict=True)}
        graph.add_node(
            id_,
            type=RESIDENT,
            kind=RESIDENT,
            key=key,
            name=name,
            street=street_of(address),
            neighbourhood=neighbourhood,
            open=openness,
            **phrases,
        )
    for id_, key, name, kind, address, tags in db.execute(
        "SELECT id, key, name, kind, address, tags FROM groups ORDER BY id"
    ):
        graph.add_node(
            id_,
            type=GROUP,
            kind=kind,
            key=key,
            name=name,
            street=street_of(address),
            neighbourhood="",
            tags=tuple(loads(tags)),
        )
    # Edge attributes are shared: one dict per (kinds, strong) combination, not one per
    # edge (a 100,000-resident map has 800,000 edges: 180 MB saved). So the graph is
    # frozen: `graph.copy()` gives a changeable graph with its own attribute dicts.
    shared: dict[tuple[tuple[str, ...], bool], dict] = {}

    def attributes(kinds: tuple[str, ...], strong: bool) -> dict:
        found = shared.get((kinds, strong))
        if found is None:
            found = shared[kinds, strong] = {"kinds": kinds, "strong": strong}
        return found

    adjacency = graph._adj  # direct access: add_edge per tie costs twice as much
    for a, b, kind, strength in db.execute(
        "SELECT from_id, to_id, kind, strength FROM ties ORDER BY from_id, to_id, kind"
    ):
        data = adjacency[a].get(b)
        strong = strength == "strong"
        if data is None:
            data = attributes((kind,), strong)
        else:
            data = attributes(tuple(sorted({*data["kinds"], kind})), data["strong"] or strong)
        adjacency[a][b] = data
        adjacency[b][a] = data
    nx.freeze(graph)
    return graph


def residents_of(graph: nx.Graph) -> list[str]:
    """The resident nodes, in graph order."""
    return [n for n, kind in graph.nodes(data="kind") if kind == RESIDENT]


def groups_of(graph: nx.Graph) -> list[str]:
    """The group nodes, in graph order."""
    return [n for n, kind in graph.nodes(data="type") if kind == GROUP]
