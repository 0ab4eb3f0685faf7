"""A script's plain-SQL edit that leaves version and time alone still counts as a change
(migration 12): the analysis cached in the register is not kept past it."""

from __future__ import annotations

import sqlite3

from abcd_tui.domain.records import Resident
from abcd_tui.store import Register, actions, database
from tests.conftest import cli_json, run_cli


def test_a_rename_by_plain_sql_without_version_or_time_reaches_the_next_connectors(db_path):
    assert run_cli("--db", str(db_path), "demo").returncode == 0
    top = cli_json("--db", str(db_path), "connectors", "--json")[0]
    assert cli_json("--db", str(db_path), "connectors", "--json")[0] == top  # from the cache
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE residents SET name = 'Bea [b]Anders[/b]' WHERE key = ?", [top["key"]])
    conn.commit()
    conn.close()
    assert cli_json("--db", str(db_path), "connectors", "--json")[0]["name"] == "Bea [b]Anders[/b]"


def test_our_own_writes_count_once(db_path, db):
    """Our updates raise the version, so the triggers stay quiet: one write transaction,
    one step of the counter."""
    register = Register(db_path)
    dien = Resident(name="Dien", key="dien")
    register.write(actions.save_resident, dien)
    before = database.revision(db)
    dien.hands = ["koken"]
    register.write(actions.save_resident, dien, dien.version)
    assert database.revision(db) == before + 1
    db.execute("UPDATE residents SET notes = 'via een script' WHERE key = 'dien'")
    db.conn.commit()
    assert database.revision(db) == before + 2
