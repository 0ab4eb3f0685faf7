"""Importing the same files again: rows seen before are skipped by their digest, and an
import that changes nothing writes nothing (no revision, no backup)."""

from __future__ import annotations

import pytest

from abcd_tui.domain.records import RecordType
from abcd_tui.store import reads, writes
from abcd_tui.store.backup import list_backups
from abcd_tui.store.database import revision
from abcd_tui.store.forget import forget
from abcd_tui.store.importer import ImportRejected, import_files, known
from abcd_tui.store.importer.known import row_digest, signature
from tests.conftest import run_cli, write_csv

PEOPLE = """key,naam,adres,handen,toestemming
anna,Anna de Vries,Brink 1,koken,ja
bob,Bob Jansen,Brink 2,fietsen,
carla,Carla Smit,Brink 3,,ja
"""
GROUPS = """key,naam,soort
koor,Zangkoor,vereniging
huis,Dorpshuis,plek
"""
TIES = """van,naar,soort,sterkte
anna,bob,buren,zwak
bob,koor,lid,sterk
koor,huis,gebruikt plek,
"""


@pytest.fixture
def files(tmp_path):
    return {
        "people": write_csv(tmp_path / "people.csv", PEOPLE),
        "groups": write_csv(tmp_path / "groups.csv", GROUPS),
        "ties": write_csv(tmp_path / "ties.csv", TIES),
    }


def imported_rows(db) -> int:
    return db.execute("SELECT count(*) FROM imported").fetchone()[0]


def test_an_unchanged_import_skips_every_row_and_writes_nothing(db, files):
    import_files(db, **files)
    assert imported_rows(db) == 6  # three residents, three ties
    before = revision(db)
    report = import_files(db, **files)
    assert (report.people.added, report.people.changed, report.people.unchanged) == (0, 0, 3)
    assert (report.ties.added, report.ties.changed, report.ties.unchanged) == (0, 0, 3)
    assert revision(db) == before  # the change counter did not move
    # The one-file warning is still given for rows skipped unread.
    assert [w.params["count"] for w in report.warnings if w.code == "import.no_consent"] == [1]


def test_a_changed_row_is_written_and_the_next_import_skips_it(db, files, tmp_path):
    import_files(db, **files)
    changed = write_csv(tmp_path / "people.csv", PEOPLE.replace("Brink 2", "Brink 20"))
    report = import_files(db, people=changed)
    assert (report.people.changed, report.people.unchanged) == (1, 2)
    assert report.people.changed_keys == ["bob (adres)"]
    assert next(r for r in reads.residents(db) if r.key == "bob").address == "Brink 20"
    before = revision(db)
    again = import_files(db, people=changed)
    assert (again.people.changed, again.people.unchanged) == (0, 3)
    assert revision(db) == before


def test_an_edit_since_the_import_is_seen_and_the_file_wins(db, files):
    import_files(db, **files)
    bob = next(r for r in reads.residents(db) if r.key == "bob")
    bob.address = "Elders 9"
    writes.save_resident(db, bob)
    report = import_files(db, **files)
    assert report.people.changed_keys == ["bob (adres)"]
    assert next(r for r in reads.residents(db) if r.key == "bob").address == "Brink 2"


def test_a_dry_run_writes_nothing(db, files):
    import_files(db, **files)
    before = (revision(db), imported_rows(db))
    report = import_files(db, people=files["people"], dry_run=True)
    assert report.dry_run and report.people.unchanged == 3
    assert (revision(db), imported_rows(db)) == before


def test_a_row_seen_before_twice_in_a_file_is_still_a_duplicate(db, files, tmp_path):
    import_files(db, **files)
    twice = write_csv(tmp_path / "twice.csv", PEOPLE + "bob,Bob Jansen,Brink 2,fietsen,\n")
    with pytest.raises(ImportRejected) as rejected:
        import_files(db, people=twice)
    [error] = rejected.value.errors
    assert (error.code, error.line, error.params["first"]) == ("import.duplicate_key", 5, 3)


def test_a_tie_whose_end_became_ambiguous_is_checked_in_full(db, files, tmp_path):
    import_files(db, **files)
    # A group keyed "bob" now: the row "anna,bob" no longer says which bob it means.
    groups = write_csv(tmp_path / "groups2.csv", GROUPS + "bob,Bob's Bakkerij,bedrijf\n")
    with pytest.raises(ImportRejected) as rejected:
        import_files(db, groups=groups, ties=files["ties"])
    assert {e.code for e in rejected.value.errors} == {"import.ambiguous_key"}


def test_a_tie_whose_end_was_given_another_key_is_checked_in_full(db, files, tmp_path):
    """The ties file still says "anna,bob" after bob became "bob2" in the app: that row
    no longer names a tie it stands for (its ends' keys differ), so it is read in full
    and says which key it cannot find, while the other ties are still skipped."""
    import_files(db, **files)
    bob = next(r for r in reads.residents(db) if r.key == "bob")
    bob.key = "bob2"
    writes.save_resident(db, bob)
    with pytest.raises(ImportRejected) as rejected:
        import_files(db, ties=files["ties"])
    errors = rejected.value.errors
    assert {(e.code, e.line) for e in errors} == {
        ("import.unknown_key", 2),
        ("import.unknown_key", 3),
    }
    # Of the three ties only (koor, huis) is still known by its digest and ends.
    seen = known.add_known_ties(
        db, known.known_people(db), {RecordType.RESIDENT: [], RecordType.GROUP: []}, {}
    )
    assert len(seen.ties) == 1
    renamed = write_csv(tmp_path / "ties2.csv", TIES.replace("bob", "bob2"))
    report = import_files(db, ties=renamed)
    # Both rows naming bob2 are read in full and found as the ties they were; the
    # third (koor, huis) is skipped by its digest.
    assert (report.ties.added, report.ties.changed, report.ties.unchanged) == (0, 0, 3)


def test_a_place_that_is_no_place_any_more_is_checked_in_full(db, files, tmp_path):
    import_files(db, **files)
    groups = write_csv(tmp_path / "groups2.csv", GROUPS.replace("Dorpshuis,plek", "Dorpshuis,club"))
    with pytest.raises(ImportRejected) as rejected:
        import_files(db, groups=groups, ties=files["ties"])
    assert [e.code for e in rejected.value.errors] == ["problem.tie_uses_place_needs_place"]


def test_forgetting_a_person_takes_their_digests_along(db, db_path, files):
    import_files(db, **files)
    forget(db, db_path, "bob")
    # Bob's row and his two ties are gone from `imported`, with him.
    assert imported_rows(db) == 3  # anna, carla, and the koor-huis tie


def test_the_cli_backs_up_only_an_import_that_changes_something(tmp_path, files):
    db_path = tmp_path / "r.db"
    args = ["--db", str(db_path), "import", "--people", str(files["people"])]
    assert run_cli(*args).returncode == 0
    assert [b.reason for b in list_backups(db_path)] == ["import"]
    assert run_cli(*args).returncode == 0  # unchanged: no second backup
    assert run_cli(*args, "--dry-run").returncode == 0
    assert len(list_backups(db_path)) == 1
    write_csv(files["people"], PEOPLE.replace("Brink 3", "Brink 30"))
    assert run_cli(*args).returncode == 0
    assert len(list_backups(db_path)) == 2


def test_the_digest_of_a_row_is_the_one_earlier_imports_stored(db, files):
    """The reader works the digest out itself (for speed); it must stay `row_digest` of
    the header and cells, or every register imported before would be read in full."""
    import_files(db, **files)
    lines = PEOPLE.splitlines()
    start = signature("people", lines[0].split(","))
    expected = {row_digest(start, line.split(",")) for line in lines[1:]}
    stored = db.execute("SELECT i.hash FROM imported i JOIN residents r ON r.id = i.id").fetchall()
    assert {digest for (digest,) in stored} == expected
