"""Snapshots: frozen once, never changed, compared by what people would notice."""

from __future__ import annotations

import importlib
import json
import sqlite3

import pytest

from abcd_tui.analysis import analysis_of
from abcd_tui.domain.errors import UserError
from abcd_tui.domain.tokens import tokens_in
from abcd_tui.snapshots import (
    compare,
    compare_snapshots,
    find_snapshot,
    freeze,
    list_snapshots,
    snapshot_document,
    take_snapshot,
)
from abcd_tui.store import write_transaction
from tests.analysis.neighbourhoods import new_map

# The module (`abcd_tui.snapshots.freeze` is the function there).
freeze_module = importlib.import_module("abcd_tui.snapshots.freeze")


def two_circles(tmp_path):
    """Two circles of five joined by Bram, the only bridge; Dien not yet connected."""
    m = new_map(tmp_path)
    left = [f"links-{i}" for i in range(5)]
    right = [f"rechts-{i}" for i in range(5)]
    m.residents(*left, *right, street="Kerkstraat")
    m.resident("bram", name="Bram Brug")
    m.resident("dien", name="Dien Draad", hands=["breien"])
    m.resident("hanna", name="Hanna Haak", needs=["leren breien"])
    m.clique(*left)
    m.clique(*right)
    m.tie("bram", left[0])
    m.tie("bram", right[0])
    m.tie("hanna", left[1])
    m.tie("hanna", left[2])
    return m


def test_a_snapshot_freezes_the_graph_and_its_analysis_with_tokens_not_names(tmp_path):
    m = two_circles(tmp_path)
    document = freeze(m.db)
    names = {n["name"] for n in document["nodes"]}
    assert {"Bram Brug", "Dien Draad"} <= names
    assert len(document["nodes"]) == 13 and len(document["edges"]) == 24
    keys = {n["id"]: n["key"] for n in document["nodes"]}
    top = {keys[c["id"]]: c for c in document["connectors"][:2]}
    # The two bridges, each with who depends on them.
    assert set(top) == {"bram", "links-0"}
    assert {keys[d] for d in top["bram"]["depends"]} == {f"rechts-{i}" for i in range(5)}
    waiting = {e["id"] for e in document["not_yet_connected"]}
    dien = next(n["id"] for n in document["nodes"] if n["key"] == "dien")
    assert dien in waiting
    # Reasons name residents by token only: no resident name is frozen into a reason.
    reasons = json.dumps(
        [c["reasons"] for c in document["connectors"]]
        + [e["reasons"] for e in document["not_yet_connected"]],
        ensure_ascii=False,
    )
    for name in names:
        assert name not in reasons
    assert any(tokens_in(reasons))
    assert document["headline"]["residents"] == 13
    assert document["headline"]["not_yet_connected"] == 1
    assert document["headline"]["key_figures"] >= 1  # Bram (and whoever cuts someone off)


def test_a_snapshot_is_stored_listed_found_and_never_changed(tmp_path):
    m = two_circles(tmp_path)
    analysis = analysis_of(m.db)
    first = take_snapshot(m.db, "voor de zomer")
    second = take_snapshot(m.db, "")
    # Taking a snapshot is not a change of the register: the analysis stays cached.
    assert analysis_of(m.db) is analysis
    assert [s.id for s in list_snapshots(m.db)] == [first.id, second.id]
    assert find_snapshot(m.db, "1").id == first.id
    assert find_snapshot(m.db, "-1").id == second.id
    assert find_snapshot(m.db, "Voor de zomer").id == first.id
    assert find_snapshot(m.db, second.id[-8:]).id == second.id
    with pytest.raises(UserError) as unknown:
        find_snapshot(m.db, "herfst")
    assert unknown.value.code == "snapshot.unknown"
    with pytest.raises(sqlite3.DatabaseError, match="never changed"), write_transaction(m.db):
        m.db.execute("UPDATE snapshots SET label = 'anders' WHERE id = ?", [first.id])
    with pytest.raises(sqlite3.DatabaseError, match="never changed"), write_transaction(m.db):
        m.db.execute("UPDATE snapshots SET data = '{}' WHERE id = ?", [first.id])
    assert snapshot_document(m.db, first.id)["headline"]["residents"] == 13


def test_a_stored_snapshot_made_batch_by_batch_is_the_document_freeze_makes(tmp_path, monkeypatch):
    """`take_snapshot` writes the nodes and ties a batch at a time (`streamed`); what it
    stores is `freeze`'s document, item for item, and its headline counts the same."""
    m = two_circles(tmp_path)
    m.group("koor")  # a group: counted apart from the residents
    m.tie("dien", "koor")
    monkeypatch.setattr(freeze_module, "BATCH", 4)  # 14 nodes, 25 ties: several batches
    info = take_snapshot(m.db, "")
    stored = snapshot_document(m.db, info.id)
    made = freeze(m.db)
    assert stored == made
    assert len(stored["nodes"]) == 14 and len(stored["edges"]) == 25
    head = stored["headline"]
    assert (head["residents"], head["groups"], head["ties"]) == (13, 1, 25)
    residents = {n["id"] for n in stored["nodes"] if n["type"] == "resident"}
    waiting = [e for e in stored["not_yet_connected"] if e["id"] in residents]
    assert head["not_yet_connected"] == len(waiting) >= 1
    assert head["communities"] == len(stored["communities"])
    assert info.summary == head


def test_compare_tells_ties_connections_and_connectors_by_name(tmp_path):
    m = two_circles(tmp_path)
    take_snapshot(m.db, "eerst")
    # Dien meets Hanna and joins the left circle; the bridge to the right one is lost.
    m.tie("dien", "hanna")
    m.tie("dien", "links-3")
    bram_id = m.ids["bram"][0]
    right_id = m.ids["rechts-0"][0]
    with write_transaction(m.db):
        m.db.execute(
            "DELETE FROM ties WHERE (from_id, to_id) IN ((?, ?), (?, ?))",
            [bram_id, right_id, right_id, bram_id],
        )
    take_snapshot(m.db, "later")
    result = compare_snapshots(m.db, "later", "eerst")  # given in either order
    assert result.a["label"] == "eerst" and result.b["label"] == "later"
    added = {(c.a.name, c.b.name) for c in result.ties_added}
    assert added == {("Dien Draad", "Hanna Haak"), ("Dien Draad", "Links 3")}
    lost = {frozenset((c.a.key, c.b.key)) for c in result.ties_lost}
    assert lost == {frozenset(("bram", "rechts-0"))}
    assert [p.key for p in result.became_connected] == ["dien"]
    # Without the bridge the right circle is apart now, and Bram hangs on one thread.
    assert {p.key for p in result.lost_connection} == {"bram"} | {f"rechts-{i}" for i in range(5)}
    assert "bram" in {p.key for p in result.connectors_lost}
    figures = {code: (a, b) for code, a, b in result.figures}
    assert figures["ties"] == (24, 25)
    assert figures["not_yet_connected"] == (1, 6)
    as_json = result.as_json()
    assert as_json["became_connected"] == [
        {"key": "dien", "name": "Dien Draad", "type": "resident"}
    ]


def _doc(communities: dict[int, list[str]], extra: list[str] = ()) -> dict:
    people = sorted({m for ms in communities.values() for m in ms} | set(extra))
    return {
        "nodes": [
            {"id": p, "key": p, "name": p.title(), "type": "resident", "kind": "resident"}
            for p in people
        ],
        "edges": [],
        "connectors": [],
        "not_yet_connected": [],
        "communities": [
            {
                "number": n,
                "members": ms,
                "residents": len(ms),
                "groups": [],
                "streets": [[f"straat {n}", len(ms)]],
            }
            for n, ms in communities.items()
        ],
        "headline": {"residents": len(people)},
    }


def test_communities_that_merge_or_split_are_told_apart_from_people_moving():
    a = _doc({1: list("abcdef"), 2: list("ghijkl"), 3: list("mnopqr")})
    # 1 and 2 became one circle; 3 fell apart into two; one person moved on her own.
    b = _doc({1: list("abcdefghijk"), 2: list("mno"), 3: list("pqr"), 4: list("lstu")})
    result = compare(a, b)
    assert [([r.number for r in c.before], [r.number for r in c.after]) for c in result.merged] == [
        ([1, 2], [1])
    ]
    assert [([r.number for r in c.before], [r.number for r in c.after]) for c in result.split] == [
        ([3], [2, 3])
    ]
    unchanged = compare(a, a)
    assert not unchanged.merged and not unchanged.split
    assert not unchanged.ties_added and not unchanged.became_connected


def test_unequal_and_many_small_circles_merge_and_split():
    people = [f"p{i:02d}" for i in range(20)]
    a = _doc({1: people[:12], 2: people[12:15]})
    b = _doc({1: people[:15]})
    assert [[r.number for r in c.before] for c in compare(a, b).merged] == [[1, 2]]
    five = _doc({n: people[4 * n : 4 * n + 4] for n in range(5)})
    whole = _doc({0: people})
    assert [len(c.before) for c in compare(five, whole).merged] == [5]
    assert [len(c.after) for c in compare(whole, five).split] == [5]


def test_circles_that_flow_into_each_other_are_one_reshuffle_not_a_merge_and_a_split():
    people = [f"p{i:02d}" for i in range(20)]
    a = _doc({1: people[:10], 2: people[10:]})
    b = _doc({1: people[:5], 2: people[5:15], 3: people[15:]})
    result = compare(a, b)
    assert not result.merged and not result.split
    assert [
        ([r.number for r in c.before], [r.number for r in c.after]) for c in result.reshuffled
    ] == [([1, 2], [1, 2, 3])]
