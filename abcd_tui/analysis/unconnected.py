"""Not yet connected (nog niet verbonden): whose ties are few, thin or only professional.

Describes ties, never the person. An entry holds for each of these that is true:

- ``no_ties``: a resident with no tie recorded yet
- ``one_tie``: a resident hanging by one thread (exactly one tie)
- ``only_institutions``: a resident whose ties all go to institutions (GP, library,
  welfare organisation, ...): no neighbour, friend, family, club, place or local shop
- ``apart``: a resident or group in a part of the map with no tie to the largest part
  (parts counted in residents; see `Analysis.largest_component`)
- ``no_members``: a group with no resident tied to it

Order: no ties, apart, one tie, only institutions, then groups; by name within each.
O(n + m).
"""

from __future__ import annotations

from dataclasses import dataclass

from abcd_tui.analysis.core import Analysis
from abcd_tui.analysis.graph import neighbours
from abcd_tui.analysis.reasons import Reason, Term, name_list
from abcd_tui.domain.records import GroupKind, RecordType

CONDITIONS = ("no_ties", "apart", "one_tie", "only_institutions", "no_members")


@dataclass
class NotYetConnected:
    """One resident or group, and which of the conditions (see module doc) hold."""

    node: str
    key: str
    name: str
    kind: str
    conditions: list[str]
    reasons: list[Reason]
    open: str | None  # residents: open to introductions (yes, not_now, no, unknown)


def not_yet_connected(analysis: Analysis) -> list[NotYetConnected]:
    """Every resident and group for which one of the conditions holds, in the order above.

    Computed once per analysis (the report and the introductions both ask); each call
    gets its own list.
    """
    found = analysis.memo.get("not_yet_connected")
    if found is None:
        found = analysis.memo["not_yet_connected"] = _not_yet_connected(analysis)
    return list(found)  # type: ignore[call-overload]


def _not_yet_connected(analysis: Analysis) -> list[NotYetConnected]:
    graph = analysis.graph
    nodes = graph.nodes
    adjacency = neighbours(graph)
    cuts = analysis.cuts
    largest = analysis.largest_component
    found = []
    for v, data in nodes(data=True):
        around = adjacency[v]
        conditions: list[str] = []
        reasons: list[Reason] = []
        apart = bool(around) and cuts.component[v] != largest
        if data["type"] == RecordType.RESIDENT:
            if not around:
                conditions.append("no_ties")
                reasons.append(Reason("unconnected.no_ties"))
            if apart:
                conditions.append("apart")
                reasons.append(_apart_reason(analysis, v))
            if len(around) == 1:
                ((other, tie),) = around.items()
                conditions.append("one_tie")
                reasons.append(
                    Reason(
                        "unconnected.one_tie",
                        {"name": nodes[other]["name"], "tie": Term(f"tie.{tie['kinds'][0]}")},
                    )
                )
            if around and all(nodes[u]["kind"] == GroupKind.INSTITUTION for u in around):
                names = sorted((nodes[u]["name"] for u in around), key=str.casefold)
                shown, more = name_list(names, 3)
                conditions.append("only_institutions")
                reasons.append(
                    Reason("unconnected.only_institutions", {"names": shown, "more": more})
                )
        else:
            if not any(nodes[u]["type"] == RecordType.RESIDENT for u in around):
                conditions.append("no_members")
                reasons.append(Reason("unconnected.no_members"))
            if apart:
                conditions.append("apart")
                reasons.append(_apart_reason(analysis, v))
        if conditions:
            found.append(
                NotYetConnected(
                    v,
                    data["key"],
                    data["name"],
                    data["kind"],
                    conditions,
                    reasons,
                    data.get("open_to_introductions")
                    if data["type"] == RecordType.RESIDENT
                    else None,
                )
            )
    rank = {c: i for i, c in enumerate(CONDITIONS)}
    found.sort(
        key=lambda e: (
            e.kind != RecordType.RESIDENT,
            min(rank[c] for c in e.conditions),
            e.name.casefold(),
            e.key,
        )
    )
    return found


def _apart_reason(analysis: Analysis, v: str) -> Reason:
    """ "In a part of 3 (with Jan, Piet) that has no tie to the largest part yet"."""
    cuts = analysis.cuts
    members = cuts.members(cuts.component[v])
    nodes = analysis.graph.nodes
    # Counted in residents (a group is no person); residents named first.
    others = sorted(
        (u for u in members if u != v),
        key=lambda u: (nodes[u]["type"] != RecordType.RESIDENT, nodes[u]["name"].casefold()),
    )
    shown, more = name_list([nodes[u]["name"] for u in others], 3)
    size = cuts.component_residents(cuts.component[v])
    code = "unconnected.apart_residents" if size > 1 else "unconnected.apart_only_with"
    return Reason(code, {"size": size, "names": shown, "more": more})
