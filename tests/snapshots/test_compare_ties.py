"""Ties added and lost between two snapshots, found with one map crossed off (see
`compare._tie_changes`), are those the plain way finds: a map of each, subtracted."""

from __future__ import annotations

import copy

from abcd_tui.demo import make_demo
from abcd_tui.snapshots import compare, freeze
from abcd_tui.store import open_database


def plain(doc: dict) -> dict[tuple[str, str], tuple[str, ...]]:
    known = {n["id"] for n in doc["nodes"]}
    return {
        (x, y) if x < y else (y, x): tuple(kinds)
        for x, y, kinds, _strong in doc["edges"]
        if x in known and y in known
    }


def changes(found) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(*sorted((c.a.id, c.b.id)), c.kinds) for c in found}


def test_ties_added_and_lost_are_what_two_maps_subtracted_give(tmp_path):
    db = open_database(tmp_path / "t.db")
    make_demo(db, size=150)
    a = freeze(db)
    db.close()
    b = copy.deepcopy(a)
    ids = [n["id"] for n in b["nodes"]]
    del b["edges"][::7]  # lost
    b["edges"][0][2] = ["friend", "neighbour"]  # the same pair, other kinds: not a change
    b["edges"] += [[ids[0], ids[-1], ["friend"], False], [ids[-1], ids[0], ["friend"], True]]
    b["edges"].append([ids[1], "gone-since", ["family"], False])  # a record not in b
    gone = b["nodes"].pop(5)["id"]  # its ties in b point at nobody: left out
    ties_a, ties_b = plain(a), plain(b)
    found = compare(a, b)
    added = {(*p, k) for p, k in ties_b.items() if p not in ties_a}
    lost = {(*p, k) for p, k in ties_a.items() if p not in ties_b}
    assert changes(found.ties_added) == added and len(added) >= 1
    assert changes(found.ties_lost) == lost and len(lost) > len(a["edges"]) // 8
    assert any(gone in (x, y) for x, y, _ in lost)
    assert len(found.ties_added) == len(added) and len(found.ties_lost) == len(lost)
