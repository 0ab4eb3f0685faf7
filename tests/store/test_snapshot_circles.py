"""The circles of the newest snapshot, read for the next analysis to keep their numbers."""

from __future__ import annotations

from abcd_tui.store import open_database
from abcd_tui.store.snapshots import save_snapshot, snapshot_circles


def document(circles) -> dict:
    return {"revision": 1, "headline": {}, "communities": circles}


def test_the_newest_snapshot_gives_its_circles_and_none_without_one(tmp_path):
    db = open_database(tmp_path / "t.db")
    assert snapshot_circles(db) == []
    save_snapshot(db, "", document([{"number": 3, "members": ["r1", "r2"], "name": "Koor"}]))
    assert snapshot_circles(db) == [(3, ["r1", "r2"], "Koor")]


def test_a_snapshot_without_names_or_circles_gives_what_it_has(tmp_path):
    db = open_database(tmp_path / "t.db")
    save_snapshot(db, "oud", document([{"number": 1, "members": ["r1", "r2"]}]))
    assert snapshot_circles(db) == [(1, ["r1", "r2"], "")]  # from before circles had names
    db.execute('UPDATE snapshots SET scrubs = 1, data = \'{"communities": [{"x": 1}]}\'')
    assert snapshot_circles(db) == []  # unreadable: start afresh rather than fail
