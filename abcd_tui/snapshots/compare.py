"""Comparing two snapshots: what changed between them, for people to read.

`compare(a, b)` takes two snapshot documents (older first) and returns a `Comparison`:
ties added and lost, residents who became connected or lost their connection,
connectors gained and lost, communities that merged or split, and the headline
figures side by side. Records are matched by id, so a renamed resident is the same
resident; someone forgotten since is in neither.

Communities are numbered afresh in every snapshot, so they are matched by members
(residents in both snapshots): a community of A has *split* when at least two
communities of B each hold a real part of its members (at least `PART` of them, and
two people); communities of A have *merged* when one community of B holds a real part
of each; when several circles flow into several, they have *reshuffled*, told as one
change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from abcd_tui.domain.records import RecordType
from abcd_tui.snapshots.freeze import HEADLINE

PART = 0.2  # the share of a community's members that counts as a real part of it


@dataclass(frozen=True)
class Person:
    """A record as named in a snapshot (the newer one where it is in both)."""

    id: str
    key: str
    name: str
    type: str


@dataclass(frozen=True)
class TieChange:
    a: Person
    b: Person
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class CommunityRef:
    """A community of one snapshot: its number there, size, and what it is known by."""

    number: int
    residents: int
    groups: tuple[str, ...]  # names of its main groups
    streets: tuple[tuple[str, int], ...]  # its main streets, with residents living there


@dataclass(frozen=True)
class CommunityChange:
    """`before` became `after`: one into several (split) or several into one (merged)."""

    before: tuple[CommunityRef, ...]
    after: tuple[CommunityRef, ...]


@dataclass
class Comparison:
    a: dict[str, Any]  # the two snapshots' `SnapshotInfo.as_json()`, or the like
    b: dict[str, Any]
    figures: list[tuple[str, float, float]] = field(default_factory=list)  # code, a, b
    ties_added: list[TieChange] = field(default_factory=list)
    ties_lost: list[TieChange] = field(default_factory=list)
    became_connected: list[Person] = field(default_factory=list)
    lost_connection: list[Person] = field(default_factory=list)
    connectors_gained: list[Person] = field(default_factory=list)
    connectors_lost: list[Person] = field(default_factory=list)
    merged: list[CommunityChange] = field(default_factory=list)
    split: list[CommunityChange] = field(default_factory=list)
    reshuffled: list[CommunityChange] = field(default_factory=list)
    residents_added: int = 0
    residents_gone: int = 0

    def as_json(self) -> dict[str, Any]:
        def person(p: Person) -> dict[str, str]:
            return {"key": p.key, "name": p.name, "type": p.type}

        def tie(c: TieChange) -> dict[str, Any]:
            return {"a": person(c.a), "b": person(c.b), "kinds": list(c.kinds)}

        def ref(r: CommunityRef) -> dict[str, Any]:
            return {
                "number": r.number,
                "residents": r.residents,
                "groups": list(r.groups),
                "streets": [{"street": street, "residents": n} for street, n in r.streets],
            }

        def change(c: CommunityChange) -> dict[str, Any]:
            return {"before": [ref(r) for r in c.before], "after": [ref(r) for r in c.after]}

        return {
            "a": self.a,
            "b": self.b,
            "figures": [
                {"figure": code, "a": a, "b": b, "change": round(b - a, 1)}
                for code, a, b in self.figures
            ],
            "ties_added": [tie(c) for c in self.ties_added],
            "ties_lost": [tie(c) for c in self.ties_lost],
            "became_connected": [person(p) for p in self.became_connected],
            "lost_connection": [person(p) for p in self.lost_connection],
            "connectors_gained": [person(p) for p in self.connectors_gained],
            "connectors_lost": [person(p) for p in self.connectors_lost],
            "communities_merged": [change(c) for c in self.merged],
            "communities_split": [change(c) for c in self.split],
            "communities_reshuffled": [change(c) for c in self.reshuffled],
            "residents_added": self.residents_added,
            "residents_gone": self.residents_gone,
        }


def compare(
    a: dict[str, Any], b: dict[str, Any], *, info_a: dict | None = None, info_b: dict | None = None
) -> Comparison:
    """What changed from snapshot document `a` to the later `b` (module doc)."""
    nodes_a = {n["id"]: n for n in a["nodes"]}
    nodes_b = {n["id"]: n for n in b["nodes"]}

    def person(id_: str) -> Person:
        n = nodes_b.get(id_) or nodes_a[id_]
        return Person(id_, n["key"], n["name"], n["type"])

    def by_name(people: list[Person]) -> list[Person]:
        return sorted(people, key=lambda p: (p.name.casefold(), p.key))

    result = Comparison(info_a or {}, info_b or {})
    result.figures = [
        (code, a["headline"].get(code, 0), b["headline"].get(code, 0))
        for code in HEADLINE
        if code in a["headline"] or code in b["headline"]
    ]

    ties_added, ties_lost = _tie_changes(a, b, nodes_a, nodes_b)

    def tie_changes(pairs: set, kinds: dict) -> list[TieChange]:
        found = []
        for x, y in pairs:
            px, py = person(x), person(y)
            if (px.name.casefold(), px.key) > (py.name.casefold(), py.key):
                px, py = py, px
            found.append(TieChange(px, py, kinds[x, y]))
        return sorted(found, key=lambda c: (c.a.name.casefold(), c.b.name.casefold(), c.a.key))

    result.ties_added = tie_changes(set(ties_added), ties_added)
    result.ties_lost = tie_changes(set(ties_lost), ties_lost)

    def residents_waiting(doc: dict, nodes: dict) -> set[str]:
        return {
            e["id"]
            for e in doc["not_yet_connected"]
            if nodes[e["id"]]["type"] == RecordType.RESIDENT
        }

    in_both = {i for i, n in nodes_a.items() if n["type"] == RecordType.RESIDENT and i in nodes_b}
    waiting_a, waiting_b = residents_waiting(a, nodes_a), residents_waiting(b, nodes_b)
    result.became_connected = by_name([person(i) for i in (waiting_a - waiting_b) & in_both])
    result.lost_connection = by_name([person(i) for i in (waiting_b - waiting_a) & in_both])

    def top_residents(doc: dict, nodes: dict) -> set[str]:
        return {c["id"] for c in doc["connectors"] if nodes[c["id"]]["type"] == RecordType.RESIDENT}

    top_a, top_b = top_residents(a, nodes_a), top_residents(b, nodes_b)
    result.connectors_gained = by_name([person(i) for i in top_b - top_a])
    result.connectors_lost = by_name([person(i) for i in top_a - top_b])

    result.merged, result.split, result.reshuffled = community_changes(a, b, nodes_a, nodes_b)
    residents_a = {i for i, n in nodes_a.items() if n["type"] == RecordType.RESIDENT}
    residents_b = {i for i, n in nodes_b.items() if n["type"] == RecordType.RESIDENT}
    result.residents_added = len(residents_b - residents_a)
    result.residents_gone = len(residents_a - residents_b)
    return result


Pair = tuple[str, str]


def _tie_changes(
    a: dict[str, Any], b: dict[str, Any], nodes_a: dict, nodes_b: dict
) -> tuple[dict[Pair, tuple[str, ...]], dict[Pair, tuple[str, ...]]]:
    """The ties of `b` not in `a` (added) and of `a` not in `b` (lost), pair (smaller
    id first) -> kinds, ties to records missing from their own snapshot left out.

    One map of `a`'s ties, crossed off by `b`'s, instead of a map of each: at 100,000
    residents each is 820,000 entries, 110 MB. Each combination of kinds is one tuple.
    """
    kinds_of: dict[tuple[str, ...], tuple[str, ...]] = {}

    def ties(doc: dict[str, Any], known: dict) -> Iterator[tuple[Pair, tuple[str, ...]]]:
        for x, y, kinds, _strong in doc["edges"]:
            if x in known and y in known:
                found = tuple(kinds)
                yield ((x, y) if x < y else (y, x)), kinds_of.setdefault(found, found)

    before: dict[Pair, tuple[str, ...] | None] = dict(ties(a, nodes_a))
    added: dict[Pair, tuple[str, ...]] = {}
    for pair, kinds in ties(b, nodes_b):
        if pair in before:
            before[pair] = None  # in both
        else:
            added[pair] = kinds
    lost = {pair: kinds for pair, kinds in before.items() if kinds is not None}
    return added, lost


def community_changes(
    a: dict, b: dict, nodes_a: dict, nodes_b: dict
) -> tuple[list[CommunityChange], list[CommunityChange], list[CommunityChange]]:
    """(merged, split, reshuffled): see the module doc. Only residents in both
    snapshots count.

    A community of A is linked to each community of B that holds a real part of it.
    Each group of linked communities is one change: one before and several after is a
    split, several before and one after a merge, several on both sides a reshuffle
    (told once, not as a merge and a split of the same circles).
    """
    common = {i for i, n in nodes_a.items() if n["type"] == RecordType.RESIDENT and i in nodes_b}

    def parts(doc: dict) -> dict[int, set[str]]:
        return {c["number"]: {m for m in c["members"] if m in common} for c in doc["communities"]}

    parts_a, parts_b = parts(a), parts(b)
    links = nx.Graph()
    for x, before in parts_a.items():
        for y, after in parts_b.items():
            if _holds(before, after):
                links.add_edge(("a", x), ("b", y))
    refs_a = {c["number"]: _ref(c, nodes_a) for c in a["communities"]}
    refs_b = {c["number"]: _ref(c, nodes_b) for c in b["communities"]}
    merged, split, reshuffled = [], [], []
    for linked in sorted(nx.connected_components(links), key=lambda c: sorted(c)):
        older = tuple(refs_a[n] for side, n in sorted(linked) if side == "a")
        newer = tuple(refs_b[n] for side, n in sorted(linked) if side == "b")
        change = CommunityChange(older, newer)
        if len(older) > 1 and len(newer) > 1:
            reshuffled.append(change)
        elif len(older) > 1:
            merged.append(change)
        elif len(newer) > 1:
            split.append(change)
    return merged, split, reshuffled


def _holds(before: set[str], after: set[str]) -> bool:
    """Whether `after` holds a real part of the community `before` (at least `PART`
    of its members, and two people)."""
    inside = len(before & after)
    return inside >= max(2, PART * len(before))


def _ref(community: dict, nodes: dict) -> CommunityRef:
    return CommunityRef(
        community["number"],
        community["residents"],
        tuple(nodes[g]["name"] for g, _n in community["groups"][:2] if g in nodes),
        tuple((street, n) for street, n in community["streets"][:2]),
    )
