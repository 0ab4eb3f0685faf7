"""Snapshots stored compressed: read back the same, smaller, circles read from the start
only; snapshots saved before as plain JSON text still read."""

from __future__ import annotations

import json

from abcd_tui.demo import make_demo
from abcd_tui.snapshots import take_snapshot
from abcd_tui.store import open_database
from abcd_tui.store.snapshots import (
    PIECE,
    packed,
    save_snapshot,
    snapshot_circles,
    snapshot_document,
    unpacked,
)


def test_a_snapshot_is_stored_compressed_and_reads_back_the_same(tmp_path):
    db = open_database(tmp_path / "t.db")
    make_demo(db, size=150)
    info = take_snapshot(db, "najaar")
    kind, size = db.execute(
        "SELECT typeof(data), length(data) FROM snapshots WHERE id = ?", [info.id]
    ).fetchone()
    document = snapshot_document(db, info.id)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    assert kind == "blob" and size * 4 < len(text.encode())
    assert json.loads(unpacked(packed(document))) == document
    assert snapshot_circles(db) == [
        (c["number"], c["members"], c["name"]) for c in document["communities"]
    ]
    db.close()


def test_a_snapshot_saved_as_text_before_still_reads(tmp_path):
    db = open_database(tmp_path / "t.db")
    document = {
        "revision": 1,
        "headline": {},
        "nodes": [],
        "communities": [{"number": 2, "members": ["r1", "r2"], "name": "Koor"}],
    }
    db.execute(
        "INSERT INTO snapshots (id, label, created, revision, summary, data)"
        " VALUES ('old', '', '2025-01-01T10:00:00+01:00', 1, '{}', ?)",
        [json.dumps(document)],
    )
    assert snapshot_document(db, "old") == document
    assert snapshot_circles(db) == [(2, ["r1", "r2"], "Koor")]
    db.close()


def test_circles_longer_than_a_piece_are_read_whole_from_the_start(tmp_path):
    db = open_database(tmp_path / "t.db")
    members = [f"resident-{n:07d}" for n in range(PIECE // 8)]  # beyond the first step
    circles = [{"number": 1, "members": members, "name": "Iedereen"}]
    save_snapshot(db, "", {"revision": 1, "headline": {}, "nodes": [], "communities": circles})
    assert snapshot_circles(db) == [(1, members, "Iedereen")]
    db.close()
