"""Forgetting a resident: no trace left in the database files, and nothing else lost."""

from __future__ import annotations

import json

import pytest

from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import Walk, new_id
from abcd_tui.snapshots import snapshot_document, take_snapshot
from abcd_tui.store import open_database, write_transaction, writes
from abcd_tui.store.forget import forget
from tests.analysis.neighbourhoods import new_map

NAME = "Zwaantje Quispelhof"
KEY = "zwaantje-quispelhof"
OWN_WORDS = "kantklossen met tinfolie"  # a phrase only she recorded


def files_of(path) -> bytes:
    found = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            found += part.read_bytes()
    return found


def register_with_her(tmp_path):
    m = new_map(tmp_path)
    m.residents("anna", "bob", "cas", street="Dorpsstraat")
    m.resident(
        KEY,
        name=NAME,
        street="Molenweg",
        hands=[OWN_WORDS, "koken"],
        needs=["hulp in de tuin"],
    )
    m.resident("dirk", hands=["koken"])
    m.group("breiclub", tags=["breien"])
    m.clique("anna", "bob", "cas")
    m.tie(KEY, "anna")
    m.tie(KEY, "breiclub")
    m.tie("dirk", KEY)
    walk = writes.save_walk(m.db, Walk(key="ronde-1", date="2026-11-01", area="Molenweg"))
    her_id = m.ids[KEY][0]
    writes.record_meeting(m.db, walk.id, her_id, new_id())
    writes.decline(m.db, new_id(), her_id, m.ids["bob"][0])
    with write_transaction(m.db):
        m.db.execute("UPDATE groups SET contact_id = ? WHERE key = 'breiclub'", [her_id])
        m.db.execute("UPDATE residents SET notes = ? WHERE key = 'bob'", [f"buurvrouw van {NAME}"])
    return m, her_id


def test_forget_leaves_no_trace_in_the_database_files(tmp_path):
    m, her_id = register_with_her(tmp_path)
    first = take_snapshot(m.db, "voor")
    take_snapshot(m.db, "na")
    path = tmp_path / "t.db"
    m.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert NAME.encode() in files_of(path)  # the test can see her before

    done = forget(m.db, path, KEY)

    assert (done.ties, done.meetings, done.declined, done.snapshots) == (3, 1, 1, 2)
    assert done.vocabulary == 2  # her own words and her need; "koken" is Dirk's too
    assert done.contact_of == ["Breiclub"]
    assert ("residents.notes", "Bob") in done.mentions  # taken out, and reported
    assert done.wal_emptied
    m.db.close()
    raw = files_of(path)
    for trace in (NAME, KEY, OWN_WORDS, her_id):
        assert trace.encode() not in raw, trace
    db = open_database(path)
    assert db.execute("SELECT count(*) FROM residents").fetchone()[0] == 4
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    notes = db.execute("SELECT notes FROM residents WHERE key = 'bob'").fetchone()[0]
    assert notes == "buurvrouw van …"
    assert db.execute("SELECT count(*) FROM walks").fetchone()[0] == 1  # the walk stays
    assert db.execute("SELECT count(*) FROM ties").fetchone()[0] == 3  # the clique
    assert db.execute("SELECT forgets FROM changes").fetchone()[0] == 1
    # The snapshot lost her node and ties, kept everyone else, and still reads.
    document = snapshot_document(db, first.id)
    assert her_id not in json.dumps(document)
    assert len(document["nodes"]) == 5 and len(document["edges"]) == 3
    assert (document["headline"]["residents"], document["headline"]["ties"]) == (4, 3)
    # The other phrases stay for autocomplete.
    vocabulary = {p for (p,) in db.execute("SELECT phrase FROM vocabulary")}
    assert "koken" in vocabulary and OWN_WORDS not in vocabulary
    db.close()


def test_forget_refuses_a_group_or_an_unknown_key_and_changes_nothing(tmp_path):
    m, _ = register_with_her(tmp_path)
    before = m.db.execute("SELECT count(*) FROM records").fetchone()[0]
    with pytest.raises(UserError) as group:
        forget(m.db, tmp_path / "t.db", "breiclub")
    assert group.value.code == "forget.is_group"
    with pytest.raises(UserError) as unknown:
        forget(m.db, tmp_path / "t.db", "niemand")
    assert unknown.value.code == "forget.unknown"
    assert m.db.execute("SELECT count(*) FROM records").fetchone()[0] == before


def test_a_copy_beside_it_that_cannot_be_erased_is_named_with_why(tmp_path):
    m, _ = register_with_her(tmp_path)
    backup = tmp_path / "t.db.v5-20261101T000000Z.bak"
    backup.write_bytes(b"old")
    done = forget(m.db, tmp_path / "t.db", KEY)
    assert done.backups_failed == [(backup, "backup.not_a_register")]
    assert ("forget.not_erased_not_ours", {"path": backup}) in done.notes(tmp_path / "t.db")


def test_the_name_goes_as_a_whole_word_in_any_case_and_nothing_more(tmp_path):
    m = new_map(tmp_path)
    m.resident("truus", name="Truus Bakker", consent=True, hands=["taarten bakken"])
    m.resident("truusje", name="Truus Bakkerman")
    m.resident("elise", name="Élise Özdemir")
    m.resident("kees", name="Kees")
    m.group("buurthuis", tags=["koffie bij Truus Bakker"])
    m.group("koor-van-truus-bakker")  # a group named after her
    with write_transaction(m.db):
        m.db.execute(
            "UPDATE residents SET notes = ?, hands = ? WHERE key = 'kees'",
            [
                "buurman van Truus Bakkerman; kent TRUUS BAKKER en élise özdemir",
                json.dumps(["oppassen bij truus bakker"]),
            ],
        )
    take_snapshot(m.db, "voor het gesprek met Truus Bakker")
    path = tmp_path / "t.db"

    done = forget(m.db, path, "truus")

    kees = m.db.execute("SELECT notes, hands FROM residents WHERE key = 'kees'").fetchone()
    assert kees[0] == "buurman van Truus Bakkerman; kent … en élise özdemir"
    assert json.loads(kees[1]) == ["oppassen bij …"]
    assert m.db.execute("SELECT tags FROM groups WHERE key = 'buurthuis'").fetchone()[0] == (
        '["koffie bij …"]'
    )
    assert ("groups.name", "Koor Van Truus Bakker") in done.mentions  # reported, kept
    label = m.db.execute("SELECT label FROM snapshots").fetchone()[0]
    assert label == "voor het gesprek met …"
    m.db.close()
    raw = files_of(path).decode("utf-8", "replace").casefold()
    assert raw.count("truus bakker") == raw.count("truus bakkerman") + raw.count(
        "koor van truus bakker"
    )
    db = open_database(path)
    done = forget(db, path, "elise")  # accents and capitals: matched in Python
    db.close()
    assert "Élise Özdemir".casefold() not in files_of(path).decode("utf-8", "replace").casefold()


def test_a_resident_deleted_earlier_can_be_forgotten_from_the_snapshots(tmp_path):
    m, her_id = register_with_her(tmp_path)
    take_snapshot(m.db, "met haar")
    writes.delete_record(m.db, her_id)  # deleted in the app, still in a snapshot
    path = tmp_path / "t.db"
    done = forget(m.db, path, KEY)
    assert done.snapshots == 1 and done.ties == 0
    m.db.close()
    assert NAME.encode() not in files_of(path)


def test_forget_does_not_hang_while_another_program_reads(tmp_path):
    import sqlite3
    import time

    m, _ = register_with_her(tmp_path)
    path = tmp_path / "t.db"
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM residents").fetchone()
    started = time.monotonic()
    try:
        done = forget(m.db, path, KEY)
    finally:
        reader.rollback()
        reader.close()
    assert time.monotonic() - started < 10  # 20 tries of 0.1 s, not 20 x 5 s
    assert done.wal_emptied is False
    assert any(code == "forget.wal_busy" for code, _ in done.notes(path))
