"""Backups you can restore (store.backup), and forget reaching into every backup."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from abcd_tui.domain.errors import UserError
from abcd_tui.store import open_database, write_transaction
from abcd_tui.store.backup import (
    KEPT,
    backups_folder,
    daily_backup,
    list_backups,
    make_backup,
    restore,
)
from abcd_tui.store.forget import forget
from abcd_tui.store.schema import SCHEMA_VERSION
from tests.analysis.neighbourhoods import new_map
from tests.store.test_database import make_schema_1_database
from tests.store.test_forget import KEY, NAME, OWN_WORDS, files_of, register_with_her


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def names(db) -> list[str]:
    return [n for (n,) in db.execute("SELECT name FROM residents ORDER BY name")]


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_a_backup_is_a_private_complete_register_beside_the_database(tmp_path):
    m = new_map(tmp_path)
    m.residents("anna", "bob")
    old = os.umask(0o022)
    try:
        path = make_backup(m.db, "manual")
    finally:
        os.umask(old)
    assert path.parent == tmp_path / "t.db.backups"
    assert mode(path.parent) == 0o700 and mode(path) == 0o600
    assert not Path(f"{path}-wal").exists()  # one self-contained file
    copy = open_database(path, create=False)
    assert names(copy) == ["Anna", "Bob"]
    copy.close()
    [info] = list_backups(tmp_path / "t.db")
    assert info.path == path and info.reason == "manual" and info.size > 0


def test_only_the_newest_ten_are_kept(tmp_path):
    m = new_map(tmp_path)
    made = [make_backup(m.db, "manual") for _ in range(KEPT + 3)]
    kept = [b.path for b in list_backups(tmp_path / "t.db")]
    assert kept == made[-KEPT:]
    assert not any(p.exists() for p in made[:3])


def test_the_daily_backup_is_made_once_a_day(tmp_path):
    m = new_map(tmp_path)
    first = daily_backup(m.db, tmp_path / "t.db")
    assert first is not None and first.name.endswith("-daily.db")
    assert daily_backup(m.db, tmp_path / "t.db") is None
    assert len(list_backups(tmp_path / "t.db")) == 1


def test_an_import_is_preceded_by_a_backup(tmp_path):
    from abcd_tui.cli import main

    db_path = tmp_path / "r.db"
    people = tmp_path / "people.csv"
    people.write_text("key,name\nanna,Anna\n", encoding="utf-8")
    assert main(["--db", str(db_path), "import", "--people", str(people)]) == 0
    [info] = list_backups(db_path)
    assert info.reason == "import"
    copy = open_database(info.path, create=False)
    assert names(copy) == []  # the state before the import
    copy.close()


def test_restore_puts_the_backup_back_and_keeps_the_state_before(tmp_path):
    m = new_map(tmp_path)
    m.residents("anna", "bob")
    saved = make_backup(m.db, "manual")
    m.resident("cas")
    with write_transaction(m.db):
        m.db.execute("DELETE FROM records WHERE id = ?", [m.ids["anna"][0]])
    revision, forgets = m.db.execute("SELECT revision, forgets FROM changes").fetchone()

    done = restore(tmp_path / "t.db", saved)

    assert names(m.db) == ["Anna", "Bob"]  # an open connection sees it at its next read
    after = m.db.execute("SELECT revision, forgets FROM changes").fetchone()
    assert after[0] > revision and after[1] > forgets  # an open app reloads, drops its undo
    assert m.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    before = open_database(done.before, create=False)
    assert names(before) == ["Bob", "Cas"]
    before.close()
    assert done.residents == 2


def test_the_oldest_backup_kept_can_be_restored(tmp_path):
    m = new_map(tmp_path)
    m.resident("anna")
    oldest = make_backup(m.db, "manual")
    m.resident("bob")
    for _ in range(KEPT - 1):
        make_backup(m.db, "manual")
    done = restore(tmp_path / "t.db", oldest)
    assert names(m.db) == ["Anna"]
    kept = [b.path for b in list_backups(tmp_path / "t.db")]
    assert len(kept) == KEPT and kept[-1] == done.before and oldest not in kept


@pytest.mark.parametrize("kind", ["text", "other_sqlite", "newer", "damaged", "missing"])
def test_restore_refuses_what_is_not_our_database_and_changes_nothing(tmp_path, kind):
    m = new_map(tmp_path)
    m.residents("anna", "bob")
    m.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    given = tmp_path / "given.db"
    if kind == "text":
        given.write_text("key,name\nanna,Anna\n")
    elif kind == "other_sqlite":
        conn = sqlite3.connect(given)
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("PRAGMA user_version = 3")
        conn.commit()
        conn.close()
    elif kind == "newer":
        shutil.copy(make_backup(m.db, "manual"), given)
        conn = sqlite3.connect(given)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        conn.close()
    elif kind == "damaged":
        shutil.copy(make_backup(m.db, "manual"), given)
        data = bytearray(given.read_bytes())
        data[4096 * 2 : 4096 * 4] = b"\xa5" * 8192  # two pages of garbage
        given.write_bytes(bytes(data))
    before = dump(tmp_path / "t.db")
    backups_before = list_backups(tmp_path / "t.db")

    with pytest.raises(UserError) as refused:
        restore(tmp_path / "t.db", given)

    expected = {
        "text": "restore.not_sqlite",
        "other_sqlite": "restore.not_ours",
        "newer": "restore.too_new",
        "damaged": "restore.damaged",
        "missing": "restore.missing",
    }[kind]
    assert refused.value.code == expected
    assert refused.value.params["path"] == str(given)
    assert dump(tmp_path / "t.db") == before
    assert list_backups(tmp_path / "t.db") == backups_before  # not even a backup made


def test_a_backup_of_an_older_schema_is_restored_upgraded_and_left_as_it_was(tmp_path):
    old = tmp_path / "old.db"
    make_schema_1_database(old)
    untouched = old.read_bytes()
    m = new_map(tmp_path)
    m.resident("anna")
    restore(tmp_path / "t.db", old)
    assert names(m.db) == ["Dien Hadders", "Eric Mulder"]
    assert m.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert old.read_bytes() == untouched
    assert not list(backups_folder(tmp_path / "t.db").glob(".*partial"))


def test_a_backup_of_another_page_size_is_restored(tmp_path):
    live = tmp_path / "t.db"
    conn = sqlite3.connect(live)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM")
    conn.close()
    m = new_map(tmp_path)  # opens t.db: the register, in pages of 1 kB
    other = new_map(tmp_path / "elders")
    other.resident("anna")
    saved = make_backup(other.db, "manual")  # pages of 4 kB
    restore(live, saved)
    assert names(m.db) == ["Anna"]
    assert m.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


RESTORER = """
import sys
from pathlib import Path
from abcd_tui.store.backup import restore
print("go", flush=True)
restore(Path(sys.argv[1]), Path(sys.argv[2]))
print("done", flush=True)
"""


def test_a_restore_killed_half_way_leaves_a_usable_register(tmp_path):
    """SIGKILL a real restore at several moments: the register is either as it was
    or fully restored, never half."""
    from abcd_tui.demo import make_demo

    db_path = tmp_path / "t.db"
    db = open_database(db_path)
    make_demo(db, size=400)
    big = make_backup(db, "manual")
    with write_transaction(db):
        db.execute("DELETE FROM records")
    db.close()
    outcomes = set()
    for delay in (0.0, 0.02, 0.05, 0.1):
        proc = subprocess.Popen(
            [sys.executable, "-c", RESTORER, str(db_path), str(big)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "go"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        check = open_database(db_path, create=False)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = check.execute("SELECT count(*) FROM residents").fetchone()[0]
        assert count in (0, 400)
        outcomes.add(count)
        if count:  # restored: start again from the empty register
            with write_transaction(check):
                check.execute("DELETE FROM records")
        check.close()
    assert 0 in outcomes  # at least one kill landed before the copy was committed
    # What the killed restores left half-copied goes with the next backup.
    db = open_database(db_path)
    make_backup(db, "manual")
    db.close()
    assert not list(backups_folder(db_path).glob(".*.partial"))


def test_forget_deletes_half_made_copies_whoever_left_them(tmp_path):
    m, _ = register_with_her(tmp_path)
    make_backup(m.db, "manual")
    folder = backups_folder(tmp_path / "t.db")
    partial = folder / f".restore-{os.getpid()}.partial"  # "running": this very process
    partial.write_bytes(NAME.encode())
    forget(m.db, tmp_path / "t.db", KEY)
    assert not partial.exists()


def test_forget_erases_the_person_from_every_backup_and_upgrade_copy(tmp_path):
    m, her_id = register_with_her(tmp_path)
    path = tmp_path / "t.db"
    made = [make_backup(m.db, "manual"), make_backup(m.db, "import")]
    # A copy an older release left beside the file before an upgrade, with her in it.
    bak = tmp_path / "t.db.v1-20261101T000000Z.bak"
    make_schema_1_database(bak)
    conn = sqlite3.connect(bak)
    dien = "01900000-0000-7000-8000-000000000001"  # she was Dien's record then: same id
    conn.execute("UPDATE records SET id = ? WHERE id = ?", [her_id, dien])
    for table, column in (("residents", "id"), ("ties", "from_id"), ("ties", "to_id")):
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?", [her_id, dien])
    conn.execute("UPDATE residents SET name = ?, key = ? WHERE id = ?", [NAME, KEY, her_id])
    conn.execute("UPDATE residents SET notes = ? WHERE key = 'eric-mulder'", [f"kent {NAME}"])
    conn.commit()
    conn.close()
    assert NAME.encode() in bak.read_bytes() and all(NAME.encode() in p.read_bytes() for p in made)

    done = forget(m.db, path, KEY)

    assert done.backup_before is not None
    assert set(made) | {bak, done.backup_before} <= set(done.backups)
    assert done.backups_failed == []
    for copy in done.backups:
        raw = files_of(copy)
        for trace in (NAME, KEY, OWN_WORDS, her_id):
            assert trace.encode() not in raw, (copy, trace)
        restorable = open_database(copy, create=False)  # still a register to go back to
        assert restorable.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        restorable.close()
    codes = [code for code, _ in done.notes(path)]
    assert "forget.erased" in codes


def test_a_backup_it_cannot_open_is_named_with_the_reason(tmp_path):
    m, _ = register_with_her(tmp_path)
    locked = make_backup(m.db, "manual")
    os.chmod(locked, 0o000)
    try:
        if os.access(locked, os.R_OK | os.W_OK):  # root reads anything: make it not SQLite
            os.chmod(locked, 0o600)
            locked.write_bytes(b"not a database at all, but named like a backup")
        done = forget(m.db, tmp_path / "t.db", KEY)
    finally:
        os.chmod(locked, 0o600)
    [(path, why)] = done.backups_failed
    assert path == locked and why
    messages = [(code, p) for code, p in done.notes(tmp_path / "t.db") if "not_erased" in code]
    assert messages in (
        [("forget.not_erased", {"path": locked, "reason": why})],
        [("forget.not_erased_not_ours", {"path": locked})],
    )


def test_when_only_the_vacuum_fails_for_a_full_disk_the_erasure_stands_and_is_said(tmp_path):
    m, her_id = register_with_her(tmp_path)
    m.db.execute("VACUUM")
    # SQLite's own full disk: no page beyond today's count, and a VACUUM that needs one
    # more (pointer-map pages of auto_vacuum).
    pages = m.db.execute("PRAGMA page_count").fetchone()[0]
    m.db.execute(f"PRAGMA max_page_count = {pages}")
    m.db.execute("PRAGMA auto_vacuum = FULL")

    done = forget(m.db, tmp_path / "t.db", KEY)

    assert done.vacuum_failed == "disk full"
    assert m.db.execute("SELECT count(*) FROM residents WHERE key = ?", [KEY]).fetchone()[0] == 0
    codes = [code for code, _ in done.notes(tmp_path / "t.db")]
    assert codes[0] == "forget.done"
    assert "forget.vacuum_full" in codes
    assert "forget.contact_of" in codes and "forget.mentions" in codes  # still said
    assert done.wal_emptied  # the log was emptied all the same
    m.db.close()
    assert NAME.encode() not in files_of(tmp_path / "t.db")  # secure_delete overwrote it


def test_a_full_disk_during_the_erasure_rolls_back_with_a_clear_message(tmp_path):
    m = new_map(tmp_path)
    m.resident("jo", name="Jo Ann")
    m.residents(*(f"buur-{i}" for i in range(300)))
    # Each redacted mention stamps its row with a full time (here shorter than that),
    # so the erasure needs pages the full "disk" (SQLite's page limit) does not have.
    with write_transaction(m.db):
        m.db.execute(
            "UPDATE residents SET notes = 'kent Jo Ann', updated_at = 'x' WHERE key <> 'jo'"
        )
    m.db.execute("VACUUM")
    pages = m.db.execute("PRAGMA page_count").fetchone()[0]
    m.db.execute(f"PRAGMA max_page_count = {pages}")
    before = dump(tmp_path / "t.db")

    with pytest.raises(UserError) as full:
        forget(m.db, tmp_path / "t.db", "jo")

    assert full.value.code == "forget.disk_full"
    m.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert dump(tmp_path / "t.db") == before


def test_when_no_backup_can_be_made_first_the_forget_goes_ahead_and_says_so(tmp_path):
    m, _ = register_with_her(tmp_path)
    backups_folder(tmp_path / "t.db").write_text("in the way")  # a file where the folder goes
    done = forget(m.db, tmp_path / "t.db", KEY)
    assert done.backup_before is None and done.backup_skipped
    assert m.db.execute("SELECT count(*) FROM residents WHERE key = ?", [KEY]).fetchone()[0] == 0
    notes = dict(done.notes(tmp_path / "t.db"))
    assert notes["forget.no_backup"] == {"reason": done.backup_skipped}


def test_an_import_refused_for_a_backup_it_cannot_make_changes_nothing(tmp_path, capsys):
    from abcd_tui.cli import main

    db_path = tmp_path / "r.db"
    open_database(db_path).close()
    backups_folder(db_path).write_text("in the way")
    people = tmp_path / "people.csv"
    people.write_text("key,name\nanna,Anna\n", encoding="utf-8")
    before = dump(db_path)
    assert main(["--db", str(db_path), "--lang", "en", "import", "--people", str(people)]) == 1
    assert "No backup could be made in" in capsys.readouterr().err
    assert dump(db_path) == before
