import os
import sqlite3
import stat
from pathlib import Path

import pytest

from abcd_tui.domain.records import Resident
from abcd_tui.store import StoreError, open_database, reads, write_transaction, writes
from abcd_tui.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_database_and_its_folder_are_owner_only(db_path, db):
    assert mode(db_path) == 0o600
    assert mode(db_path.parent) == 0o700


def test_connections_use_wal_foreign_keys_and_wait_for_writers(db):
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_user_action_is_one_transaction(db):
    with pytest.raises(RuntimeError), write_transaction(db):
        writes.insert_residents(
            db, [Resident(name="Half", key="half", created_at="x", updated_at="x")]
        )
        raise RuntimeError("the action fails half-way")
    assert list(reads.residents(db)) == []


def test_saving_unchanged_keeps_the_version_and_a_change_bumps_it(db):
    resident = writes.save_resident(db, Resident(name="Dien", key="dien", hands=["breien"]))
    assert resident.version == 1 and resident.recorded_by
    again = writes.save_resident(db, Resident(**{**resident.__dict__}))
    assert again.version == 1 and again.updated_at == resident.updated_at
    resident.hands = ["breien", "koken"]
    changed = writes.save_resident(db, resident)
    assert changed.version == 2
    assert [r.hands for r in reads.residents(db)] == [["breien", "koken"]]
    assert reads.vocabulary(db) == ["breien", "koken"]


def test_forgetting_a_resident_removes_their_ties(db):
    from abcd_tui.domain.records import RecordType, Tie, TieKind, tie_order

    a = writes.save_resident(db, Resident(name="A", key="a"))
    b = writes.save_resident(db, Resident(name="B", key="b"))
    f, t = tie_order(TieKind.FRIEND, a.id, RecordType.RESIDENT, b.id, RecordType.RESIDENT)
    with write_transaction(db):
        writes.insert_ties(
            db, [Tie(from_id=f, to_id=t, kind=TieKind.FRIEND, created_at="x", updated_at="x")]
        )
    with write_transaction(db):
        db.execute("DELETE FROM records WHERE id = ?", [a.id])
    assert db.execute("SELECT count(*) FROM ties").fetchone()[0] == 0
    assert [r.key for r in reads.residents(db)] == ["b"]


def make_schema_1_database(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "schema_v1.sql").read_text("utf-8"))
    conn.close()


def test_an_older_database_is_backed_up_then_upgraded_in_place(tmp_path):
    path = tmp_path / "old.db"
    make_schema_1_database(path)
    db = open_database(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    # The data survived and the new vocabulary table was filled from it.
    assert [r.name for r in reads.residents(db)] == ["Dien Hadders", "Eric Mulder"]
    assert "Breien" in reads.vocabulary(db) and "tuinieren" in reads.vocabulary(db)
    assert reads.stats(db).ties == {"neighbour": 1, "member": 1}
    db.close()
    backups = list(tmp_path.glob("old.db.backups/old-*-v1.db"))
    assert len(backups) == 1 and mode(backups[0]) == 0o600
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM residents").fetchone()[0] == 2
    old.close()
    # Opening again changes nothing and makes no second backup.
    open_database(path).close()
    assert len(list(tmp_path.glob("old.db.backups/old-*-v1.db"))) == 1


def test_a_database_of_a_newer_release_is_refused_and_untouched(tmp_path):
    path = tmp_path / "new.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_database(path)
    assert caught.value.code == "store.too_new"
    assert path.read_bytes() == before


def test_files_that_are_not_our_database_are_refused(tmp_path):
    text = tmp_path / "people.csv"
    text.write_text("naam\nDien\n" * 200)
    with pytest.raises(StoreError) as caught:
        open_database(text)
    assert caught.value.code == "store.not_a_database"
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE things (x)")
    conn.close()
    with pytest.raises(StoreError) as caught:
        open_database(other)
    assert caught.value.code == "store.foreign_database"
    with pytest.raises(StoreError) as caught:
        open_database(tmp_path / "missing.db", create=False)
    assert caught.value.code == "store.missing"


def test_gift_suggestions_grow_with_what_the_team_records(db):
    assert reads.gift_suggestions(db, "tuin")[0].startswith("tuin")
    assert reads.gift_suggestions(db, "bokashi") == []
    writes.save_resident(db, Resident(name="Anna", key="anna", hands=["Bokashi maken"]))
    assert reads.gift_suggestions(db, "BOKASHI") == ["Bokashi maken"]
    ranked = reads.gift_suggestions(db, "muziek", limit=3)
    assert ranked[0] == "muziek" and all("muziek" in p for p in ranked)


def test_every_write_transaction_raises_the_revision_and_a_dry_run_does_not(db, tmp_path):
    from abcd_tui.store.database import revision
    from abcd_tui.store.importer import import_files

    start = revision(db)
    anna = writes.save_resident(db, Resident(name="Anna", key="anna"))
    assert revision(db) == start + 1
    people = tmp_path / "p.csv"
    people.write_text("naam\nBram\n", encoding="utf-8")
    import_files(db, people=people, dry_run=True)
    assert revision(db) == start + 1
    # Forget one and add another in the same second: the counter still moves.
    with write_transaction(db):
        db.execute("DELETE FROM records WHERE id = ?", [anna.id])
    writes.save_resident(db, Resident(name="Anna", key="anna"))
    assert revision(db) == start + 3


def test_the_upgrade_keeps_where_we_met_people_as_meetings(tmp_path):
    import sqlite3

    path = tmp_path / "old.db"
    make_schema_1_database(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO walks (id, key, date, area, created_at, updated_at) VALUES "
        "('w1', 'w1', '2026-03-01', 'Kerkbuurt', 'x', 'x')"
    )
    conn.execute("UPDATE residents SET walk_id = 'w1' WHERE key = 'dien-hadders'")
    conn.commit()
    conn.close()
    db = open_database(path)
    met = db.execute("SELECT walk_id, resident_id FROM meetings").fetchall()
    dien = next(r for r in reads.residents(db) if r.key == "dien-hadders")
    assert met == [("w1", dien.id)]
