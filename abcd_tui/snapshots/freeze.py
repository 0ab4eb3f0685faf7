"""Freezing the register: the graph and its analysis as one JSON document.

The document (format 1), made by `freeze(db)` (and by `streamed(db)`, whose two long
lists are made a batch at a time as they are written):

- ``format``, ``revision`` (the register's change counter when frozen)
- ``nodes``: one object per resident and group: ``id``, ``type``, ``kind``, ``key``,
  ``name``, ``consent`` (residents: true, false or null), ``address``, ``street``,
  ``neighbourhood``, ``open``, the phrase lists (``head`` ... ``needs``; groups:
  ``tags``), ``community`` (number or null), ``score`` (connector score, 0 for nodes
  with fewer than two ties), ``betweenness``, ``degree``. The other names are the
  domain's (`domain.records.Resident`); ``open`` is `Resident.open_to_introductions`,
  kept short as frozen in format 1: the snapshots already in people's registers hold it
  so, and the export reads them.
- ``edges``: ``[a, b, [tie kinds], strong]``, node ids
- ``connectors``: the best residents and groups: ``id``, ``score``, ``reasons``,
  ``depends`` and ``farther`` (ids)
- ``not_yet_connected``: ``id``, ``conditions``, ``reasons``, ``introductions``
  (``id``, ``score``, ``reasons``), in the order the app shows them
- ``communities``: ``number``, ``members`` (ids), ``groups`` ([id, residents]),
  ``streets``, ``neighbourhoods`` and ``gifts`` ([text, residents])
- ``headline``: the figures compared over time (see `headline`)

A reason is ``{"code": ..., "params": {...}}``; a parameter that is a term to translate
is ``{"term": code}``. Residents inside reasons are person tokens (`domain.tokens`),
never names, so an export can show pseudonyms and a forgotten person can be erased.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from abcd_tui.analysis import connectors, introductions, not_yet_connected
from abcd_tui.analysis.connectors import before_betweenness, connector_scores
from abcd_tui.analysis.core import Analysis, circles_before, paused_garbage_collector
from abcd_tui.analysis.graph import build_graph, neighbours
from abcd_tui.analysis.introductions import drop_matcher
from abcd_tui.analysis.reasons import Reason, Term
from abcd_tui.analysis.revision import graph_revision
from abcd_tui.analysis.unconnected import CONDITIONS
from abcd_tui.domain.records import PHRASE_FIELDS, RecordType
from abcd_tui.store import Database, database, graph_rows, reads
from abcd_tui.store.database import read_transaction
from abcd_tui.store.snapshots import BATCH

FORMAT = 1
TOP_RESIDENTS = 20  # connectors kept with their reasons; every node keeps its score
TOP_GROUPS = 10
INTRODUCTIONS_EACH = 3

OnStage = Callable[[str], None]  # told each stage's name as freezing reaches it


def frozen_reason(reason: Reason) -> dict[str, Any]:
    return {
        "code": reason.code,
        "params": {
            k: {"term": v.code} if isinstance(v, Term) else v for k, v in reason.params.items()
        },
    }


def thawed_reason(frozen: dict[str, Any]) -> Reason:
    return Reason(
        frozen["code"],
        {
            k: Term(v["term"]) if isinstance(v, dict) else v
            for k, v in frozen.get("params", {}).items()
        },
    )


def freeze(db: Database, *, progress: OnStage | None = None) -> dict[str, Any]:
    """The register in `db` and its analysis, as a snapshot document (module doc).

    The analysis runs afresh on a graph whose residents carry person tokens, so it is
    never the app's cached one: about as long as one analysis (0.8 s at 5,000).
    """
    document = streamed(db, progress=progress)
    with paused_garbage_collector():  # many small objects, no cycles (as `streamed`)
        for long in LONG:
            document[long] = [item for batch in document[long] for item in batch]
    return document


def streamed(db: Database, *, progress: OnStage | None = None) -> dict[str, Any]:
    """`freeze`'s document, but ``nodes`` and ``edges`` are iterators of lists of items,
    made as they are taken, each list once: for `save_snapshot`, which writes each list
    out before the next is made. At 100,000 residents the whole lists are 250 MB, a
    quarter of the snapshot's peak. Take them while the graph is not collected again:
    inside `paused_garbage_collector`, as `take_snapshot` does."""
    step = progress or (lambda _stage: None)
    step("graph")
    with read_transaction(db), paused_garbage_collector():
        return _freeze(db, step)


LONG = ("nodes", "edges")  # the members `streamed` leaves as iterators of batches


def _freeze(db: Database, step: Callable[[str], None]) -> dict[str, Any]:
    """`freeze` inside one read transaction: every read sees the same register. What is
    read is all read here; only ``nodes`` and ``edges`` are left to make, from what was
    read, as iterators of batches (see `streamed`)."""
    revision = graph_revision(db)
    graph = build_graph(db, revision=revision, tokens=True)
    analysis = Analysis(
        graph,
        declined=reads.declined(db),
        circles_before=circles_before(db),  # the numbers the app shows
    )
    step("analysis")
    # Betweenness first, in other processes, while this one works out everything that
    # does not need it (as `analysis.full_report`); the connectors, which do, come last.
    analysis.start_betweenness()
    waiting = not_yet_connected(analysis)
    step("introductions")
    suggested: dict[str, list] = {}
    for i in introductions(analysis, top=INTRODUCTIONS_EACH):
        suggested.setdefault(i.for_, []).append(i)
    drop_matcher(analysis)  # not asked again: not held while the connectors are ranked
    circles = [c for c in analysis.communities if len(c.members) > 1]
    before_betweenness(analysis)
    residents_ranked = connectors(analysis, top=TOP_RESIDENTS)
    groups_ranked = connectors(analysis, of=RecordType.GROUP, top=TOP_GROUPS)
    step("document")
    scores = {
        **connector_scores(analysis, RecordType.RESIDENT),
        **connector_scores(analysis, RecordType.GROUP),
    }
    between = analysis.betweenness
    community = analysis.community_of
    figures = _cut_figures(graph, analysis)
    # What only answering needed (rankings and their signals, the matcher, the igraph
    # copy, the cut structure) goes before the document is built: at 100,000 residents
    # each is hundreds of megabytes.
    del analysis
    # Real names and addresses beside the graph (whose residents carry person tokens),
    # read in the same transaction, once the analysis has made room.
    details = graph_rows.names_and_addresses(db)
    adjacency = neighbours(graph)

    def node(v: str, data: dict[str, Any]) -> dict[str, Any]:
        made: dict[str, Any] = {
            "id": v,
            "type": data["type"],
            "kind": data["kind"],
            "key": data["key"],
            "street": data["street"],
            "neighbourhood": data["neighbourhood"],
        }
        name, address = details[v]
        if data["type"] == RecordType.RESIDENT:
            made.update(
                name=name,
                consent=data["consent"],
                address=address,
                open=data["open_to_introductions"],
            )
            made.update((f, list(data[f])) for f in PHRASE_FIELDS)
        else:
            made.update(name=name, address=address, tags=list(data["tags"]))
        made.update(
            community=community.get(v),
            score=round(scores.get(v, 0.0), 2),
            betweenness=round(between.get(v, 0.0), 6),
            degree=len(adjacency[v]),
        )
        return made

    # One list per combination of kinds, shared by the ties that have it (as the graph
    # shares its edge attributes), not one per tie.
    kinds: dict[tuple[str, ...], list[str]] = {}

    def edge(a: str, b: str, d: dict[str, Any]) -> list[Any]:
        return [a, b, kinds.setdefault(d["kinds"], list(d["kinds"])), d["strong"]]

    key_to_id = {data["key"]: v for v, data in graph.nodes(data=True)}
    rank = {c: i for i, c in enumerate(CONDITIONS)}
    waiting.sort(
        key=lambda e: (
            e.kind != RecordType.RESIDENT,
            min(rank[c] for c in e.conditions),
            details[e.node][0].casefold(),
            e.key,
        )
    )
    document = {
        "format": FORMAT,
        "revision": database.revision(db),
        "nodes": _batches(node(v, d) for v, d in graph.nodes(data=True)),
        "edges": _batches(edge(a, b, d) for a, b, d in graph.edges(data=True)),
        "connectors": [
            {
                "id": c.node,
                "score": c.score,
                "reasons": [frozen_reason(r) for r in c.reasons],
                "depends": [key_to_id[k] for k in c.depends],
                "farther": [key_to_id[k] for k in c.farther],
            }
            for c in [*residents_ranked, *groups_ranked]
        ],
        "not_yet_connected": [
            {
                "id": e.node,
                "conditions": e.conditions,
                "reasons": [frozen_reason(r) for r in e.reasons],
                "introductions": [
                    {
                        "id": i.meet,
                        "score": i.score,
                        "reasons": [frozen_reason(r) for r in i.reasons],
                    }
                    for i in suggested.get(e.node, [])
                ],
            }
            for e in waiting
        ],
        "communities": [
            {
                "number": c.number,
                "name": c.name,
                "members": list(c.members),
                "residents": c.residents,
                "groups": [[g, n] for g, n in c.groups],
                "streets": [[s, n] for s, n in c.streets],
                "neighbourhoods": [[s, n] for s, n in c.neighbourhoods],
                "gifts": [[g, n] for g, n in c.gifts],
            }
            for c in circles
        ],
    }
    document["headline"] = headline(
        groups=graph.number_of_nodes() - figures["residents"],
        ties=graph.number_of_edges(),
        not_yet_connected=sum(1 for e in waiting if e.kind == RecordType.RESIDENT),
        communities=len(circles),
        **figures,
    )
    return document


def _batches(items: Iterable[Any]) -> Iterator[list[Any]]:
    """`items` in lists of `BATCH` (as the store encodes a long list), each made when
    it is taken."""
    it = iter(items)
    while batch := list(islice(it, BATCH)):
        yield batch


def _cut_figures(graph: Any, analysis: Analysis) -> dict[str, int]:
    """What the headline counts on the graph and its cut structure: residents,
    residents without whom someone would be cut off, and residents in the largest
    connected part."""
    cuts = analysis.cuts
    largest = analysis.largest_component
    residents = [v for v, kind in graph.nodes(data="type") if kind == RecordType.RESIDENT]
    return {
        "residents": len(residents),
        "key_figures": sum(1 for v in residents if cuts.cut_size(v)),
        "in_largest": sum(1 for v in residents if cuts.component.get(v) == largest),
    }


HEADLINE = (
    "residents",
    "groups",
    "ties",
    "not_yet_connected",
    "connected_share",
    "key_figures",
    "communities",
    "largest_part_share",
)


def headline(
    *,
    residents: int,
    groups: int,
    ties: int,
    not_yet_connected: int,
    communities: int,
    key_figures: int,
    in_largest: int,
) -> dict[str, Any]:
    """The figures a team follows over time (the "finger on the pulse"):

    residents; groups (all kinds); ties (pairs tied, whatever the kinds); residents not
    yet connected and the share connected (%); key figures: residents without whom
    someone would be cut off; communities of two or more; the share of residents in
    the largest connected part (%). `key_figures` and `in_largest` are counted on the
    analysis (`_cut_figures`).
    """
    return {
        "residents": residents,
        "groups": groups,
        "ties": ties,
        "not_yet_connected": not_yet_connected,
        "connected_share": (
            round(100 * (1 - not_yet_connected / residents), 1) if residents else 0.0
        ),
        "key_figures": key_figures,
        "communities": communities,
        "largest_part_share": round(100 * in_largest / residents, 1) if residents else 0.0,
    }
