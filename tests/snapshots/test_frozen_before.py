"""Snapshots frozen before issue 14 (store reads, domain names in the graph) still read,
compare and export: people keep them in their registers for years.

`data/frozen-before-issue-14.db` was made by the code before that change: the two
circles of test_snapshots plus two groups, and one snapshot of it ("voor issue 14").
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from abcd_tui.export import FORMATS, export
from abcd_tui.snapshots import (
    compare_snapshots,
    find_snapshot,
    freeze,
    snapshot_document,
    take_snapshot,
)
from abcd_tui.store import open_database
from abcd_tui.store.snapshots import snapshot_circles

FROZEN = Path(__file__).parent / "data" / "frozen-before-issue-14.db"
# Everything a snapshot holds but its revision (a counter of this copy's writes).
PARTS = ("format", "nodes", "edges", "connectors", "not_yet_connected", "communities", "headline")


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "register.db"
    shutil.copyfile(FROZEN, path)
    path.chmod(0o600)
    db = open_database(path, create=False)
    yield db
    db.close()


def test_the_register_frozen_again_is_the_snapshot_frozen_before(db):
    before = snapshot_document(db, find_snapshot(db, "voor issue 14").id)
    again = freeze(db)
    for part in PARTS:
        assert again[part] == before[part], part


def test_an_old_snapshot_compares_with_a_new_one(db):
    take_snapshot(db, "na issue 14")
    comparison = compare_snapshots(db, "voor issue 14", "na issue 14")
    assert comparison.ties_added == comparison.ties_lost == []
    assert comparison.merged == comparison.split == comparison.reshuffled == []
    assert all(a == b for _code, a, b in comparison.figures)
    assert json.dumps(comparison.as_json())  # what `abcd snapshots compare --json` prints


def test_an_old_snapshot_exports_and_lends_its_circles(db, tmp_path):
    result = export(db, list(FORMATS), out_dir=tmp_path / "out", snapshot="voor issue 14")
    assert all(p.exists() for p in result.paths)
    network = json.loads((tmp_path / "out" / "network.json").read_text(encoding="utf-8"))
    assert len(network["nodes"]) == 15  # 13 residents and 2 groups
    circles = snapshot_circles(db)
    assert sorted(len(members) for _n, members, _name in circles)[-1] >= 5
