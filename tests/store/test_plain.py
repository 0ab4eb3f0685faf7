"""The plain sqlite3 read of `abcd stats` (`store.plain`): the same counts as the
ordinary read, and it steps aside for a register that must be opened first."""

from __future__ import annotations

import shutil
import sqlite3

from abcd_tui.demo import make_demo
from abcd_tui.store import Register, reads
from abcd_tui.store.schema import SCHEMA_VERSION


def test_the_plain_counts_are_the_ordinary_ones_on_the_demo(db_path, db):
    make_demo(db)
    register = Register(db_path)
    counted = register.counted(reads.stats)
    assert counted is not None
    assert counted[0] == register.read(reads.stats)
    assert counted[0].residents == 150 and counted[0].tied_pairs > 0


def test_it_steps_aside_when_the_register_must_be_opened_first(db_path, db, tmp_path):
    make_demo(db)
    assert Register(tmp_path / "missing.db").counted(reads.stats) is None
    assert not (tmp_path / "missing.db").exists()  # never made by counting

    older = tmp_path / "older.db"
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copy holds every table
    shutil.copy(db_path, older)
    with sqlite3.connect(older) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    assert Register(older).counted(reads.stats) is None  # to upgrade: open_database's

    not_ours = tmp_path / "notes.db"
    not_ours.write_text("not a database")
    assert Register(not_ours).counted(reads.stats) is None


def test_the_overview_headline_counts_as_stats_does(db_path, db):
    make_demo(db)
    full, head = reads.stats(db), reads.headline(db)
    assert (head.residents, head.groups, head.tied_pairs) == (
        full.residents,
        full.groups,
        full.tied_pairs,
    )
    assert head.tied_pairs < sum(full.ties.values())  # pairs, not ties of each kind
