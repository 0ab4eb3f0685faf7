"""Concurrent edits on one register file: two real connections stand in for the app and
the CLI (and once the real `abcd import`). A save carries the version it started from;
undo and redo never overwrite what changed after them; versions only go up."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest

from abcd_tui.cli import main
from abcd_tui.domain.records import Group, GroupKind, Resident, TieKind, Walk, new_id
from abcd_tui.i18n import t
from abcd_tui.store import actions, open_database, reads, writes
from abcd_tui.store.edits import ChangedMeanwhile, GoneMeanwhile, UndoRefused
from abcd_tui.store.forget import forget
from abcd_tui.store.history import History


@pytest.fixture
def app_and_cli(db_path):
    """Two connections to one file: the app's and another program's."""
    app, cli = open_database(db_path), open_database(db_path)
    yield app, cli
    app.close()
    cli.close()


def resident(db, key: str) -> Resident:
    return next(r for r in reads.residents(db) if r.key == key)


def vocabulary(db) -> set[str]:
    return {k for (k,) in db.execute("SELECT match_key FROM vocabulary")}


def test_a_save_from_an_old_version_is_refused_with_both_values(app_and_cli):
    app, cli = app_and_cli
    writes.save_resident(app, Resident(name="Jan", key="jan", address="Dorpsweg 1"))
    opened = resident(app, "jan")  # the form opens on version 1
    cli_copy = dataclasses.replace(resident(cli, "jan"), notes="kookt graag", offers=["soep"])
    writes.save_resident(cli, cli_copy)  # version 2, elsewhere
    typed = dataclasses.replace(opened, address="Dorpsweg 3")
    with pytest.raises(ChangedMeanwhile) as refused:
        actions.save_resident(app, typed, opened.version)
    error = refused.value
    assert (error.expected_version, error.stored.version) == (1, 2)
    found = {d.field: (d.yours, d.stored) for d in error.differences}
    assert found == {
        "address": ("Dorpsweg 3", "Dorpsweg 1"),
        "notes": ("", "kookt graag"),
        "offers": ([], ["soep"]),
    }
    stored = resident(cli, "jan")
    assert (stored.version, stored.notes, stored.address) == (2, "kookt graag", "Dorpsweg 1")
    # The message names no one and holds no value (it goes to the log too).
    message = t(error.code, **error.params)
    assert "Jan" not in message and "Dorpsweg" not in message and "kookt" not in message
    # Retry on top of what is stored now: saved, version 3, the CLI's fields kept.
    actions.save_resident(app, dataclasses.replace(error.stored, address="Dorpsweg 3"), 2)
    stored = resident(cli, "jan")
    assert (stored.version, stored.notes, stored.address) == (3, "kookt graag", "Dorpsweg 3")


def test_a_save_that_matches_what_is_stored_is_no_conflict(app_and_cli):
    app, cli = app_and_cli
    writes.save_resident(app, Resident(name="Jan", key="jan"))
    opened = resident(app, "jan")
    writes.save_resident(cli, dataclasses.replace(resident(cli, "jan"), notes="x"))
    change = actions.save_resident(app, dataclasses.replace(opened, notes="x"), opened.version)
    assert change.rows == [] and resident(cli, "jan").version == 2


def test_groups_get_the_same_check(app_and_cli):
    app, cli = app_and_cli
    writes.save_group(app, Group(name="Koor", key="koor", kind=GroupKind.ASSOCIATION))
    opened = next(reads.groups(app))
    writes.save_group(cli, dataclasses.replace(next(reads.groups(cli)), address="Kerk"))
    with pytest.raises(ChangedMeanwhile) as refused:
        actions.save_group(app, dataclasses.replace(opened, tags=["zingen"]), opened.version)
    assert refused.value.code == "edits.changed_group"
    assert {d.field for d in refused.value.differences} == {"address", "tags"}
    writes.delete_record(cli, opened.id)
    with pytest.raises(GoneMeanwhile):
        actions.save_group(app, opened, opened.version)
    assert list(reads.groups(cli)) == []


def test_the_real_import_changing_a_resident_makes_the_form_save_refused(app_and_cli, tmp_path):
    """Finding 1: the lost update, with `abcd import` as the other program."""
    app, cli = app_and_cli
    db_path = tmp_path / "register" / "abcd.db"
    writes.save_resident(app, Resident(name="Jan", key="jan", address="Dorpsweg 1"))
    opened = resident(app, "jan")
    people = tmp_path / "people.csv"
    people.write_text("key,name,address,notes,offers\njan,Jan,Dorpsweg 1,kookt,soep\n")
    assert main(["--db", str(db_path), "import", "--people", str(people)]) == 0
    assert resident(cli, "jan").version == 2
    with pytest.raises(ChangedMeanwhile):
        actions.save_resident(app, dataclasses.replace(opened, address="Dorpsweg 3"), 1)
    stored = resident(cli, "jan")
    assert (stored.version, stored.notes, stored.offers) == (2, "kookt", ["soep"])
    assert stored.address == "Dorpsweg 1"


def test_a_deleted_or_forgotten_resident_is_never_saved_back(app_and_cli, db_path):
    """Finding 3: a save of an edit to a record that is gone is refused, never re-added."""
    app, cli = app_and_cli
    writes.save_resident(app, Resident(name="Jan", key="jan", notes="geheim"))
    writes.save_resident(app, Resident(name="Fatma", key="fatma"))
    jan, fatma = resident(app, "jan"), resident(app, "fatma")
    forget(cli, db_path, "jan")
    with pytest.raises(GoneMeanwhile) as refused:
        actions.save_resident(app, jan, jan.version)  # even with no change
    assert refused.value.code == "edits.gone_resident" and refused.value.record_id == jan.id
    assert "Jan" not in t(refused.value.code, **refused.value.params)
    writes.delete_record(cli, fatma.id)
    with pytest.raises(GoneMeanwhile):
        actions.save_resident(app, dataclasses.replace(fatma, notes="x"), fatma.version)
    assert list(reads.residents(cli)) == []
    assert cli.execute("SELECT count(*) FROM records").fetchone()[0] == 0


def test_undo_refuses_to_overwrite_a_change_made_after_it(app_and_cli):
    """Finding 1, undo side: never write back an older version over a newer one."""
    app, cli = app_and_cli
    history = History()
    history.add(actions.save_resident(app, Resident(name="Jan", key="jan")))
    jan = resident(app, "jan")
    history.add(actions.save_resident(app, dataclasses.replace(jan, address="A 1"), 1))
    writes.save_resident(cli, dataclasses.replace(resident(cli, "jan"), notes="van de CLI"))
    with pytest.raises(UndoRefused) as refused:
        history.undo(app)
    assert refused.value.code == "edits.undo_refused_changed"
    assert refused.value.rows == [("residents", jan.id)]
    stored = resident(cli, "jan")
    assert (stored.version, stored.address, stored.notes) == (3, "A 1", "van de CLI")
    # The refused step left the history; the one before it is refused as well (its row
    # changed too), and nothing is ever written back.
    assert len(history.done) == 1 and history.undone == []
    with pytest.raises(UndoRefused):
        history.undo(app)
    assert history.done == [] and resident(cli, "jan").version == 3


def test_undo_and_redo_only_raise_versions(app_and_cli):
    app, cli = app_and_cli
    history = History()
    history.add(actions.save_resident(app, Resident(name="Jan", key="jan")))
    jan = resident(app, "jan")
    history.add(actions.save_resident(app, dataclasses.replace(jan, address="A 1"), 1))
    versions = [resident(cli, "jan").version]
    history.undo(app)
    versions.append(resident(cli, "jan").version)
    assert resident(cli, "jan").address == ""
    history.redo(app)
    versions.append(resident(cli, "jan").version)
    history.undo(app)
    versions.append(resident(cli, "jan").version)
    assert versions == [2, 3, 4, 5]
    # A form opened now carries version 5 and saves.
    actions.save_resident(app, dataclasses.replace(resident(app, "jan"), notes="n"), 5)
    assert resident(cli, "jan").version == 6


def test_redo_refuses_to_overwrite_a_change_made_after_the_undo(app_and_cli):
    app, cli = app_and_cli
    history = History()
    history.add(actions.save_resident(app, Resident(name="Jan", key="jan")))
    jan = resident(app, "jan")
    history.add(actions.save_resident(app, dataclasses.replace(jan, address="A 1"), 1))
    history.undo(app)
    writes.save_resident(cli, dataclasses.replace(resident(cli, "jan"), notes="CLI"))
    with pytest.raises(UndoRefused) as refused:
        history.redo(app)
    assert refused.value.code == "edits.redo_refused_changed"
    assert history.undone == [] and len(history.done) == 1
    stored = resident(cli, "jan")
    assert (stored.address, stored.notes) == ("", "CLI")


def test_undo_of_a_delete_brings_back_walk_meetings_and_declined_introductions(app_and_cli):
    """Finding 2: the meetings and declined introductions come back with the person."""
    app, _ = app_and_cli
    history = History()
    jan = writes.save_resident(app, Resident(name="Jan", key="jan"))
    fatma = writes.save_resident(app, Resident(name="Fatma", key="fatma"))
    walk = writes.save_walk(app, Walk(key="w1", date="2026-11-30"))
    actions.met_on_walk(app, jan.id, walk.id)
    actions.decline_introduction(app, jan.id, fatma.id)
    actions.decline_introduction(app, fatma.id, jan.id)
    before = [
        app.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in ("meetings", "declined")
    ]
    history.add(actions.delete_resident(app, jan.id))
    assert app.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    assert app.execute("SELECT count(*) FROM declined").fetchone()[0] == 0
    history.undo(app)
    after = [
        app.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
        for table in ("meetings", "declined")
    ]
    # Same rows; only their version and time moved on (versions only go up).
    assert [[row[:3] for row in rows] for rows in after] == [
        [row[:3] for row in rows] for rows in before
    ]
    assert len(after[0]) == 1 and len(after[1]) == 2


def test_phrases_added_by_an_undone_edit_leave_the_vocabulary(app_and_cli):
    """Finding 2: a phrase only the undone edit typed goes; one someone else uses stays."""
    app, cli = app_and_cli
    history = History()
    history.add(actions.save_resident(app, Resident(name="Jan", key="jan", hands=["koken"])))
    jan = resident(app, "jan")
    edited = dataclasses.replace(jan, hands=["koken", "naaien", "breien"])
    history.add(actions.save_resident(app, edited))
    writes.save_resident(cli, Resident(name="Fatma", key="fatma", heart=["breien"]))
    assert {"koken", "naaien", "breien"} <= vocabulary(cli)
    history.undo(app)
    assert "naaien" not in vocabulary(cli)
    assert {"koken", "breien"} <= vocabulary(cli)
    history.redo(app)
    assert {"koken", "naaien", "breien"} <= vocabulary(cli)


def test_undo_after_another_program_reused_the_key_is_refused_not_a_crash(app_and_cli):
    """Finding 10: delete in the app, import the same key elsewhere, undo: a clear
    refusal (no IntegrityError), nothing changed, the step leaves the history."""
    app, cli = app_and_cli
    history = History()
    jan = writes.save_resident(app, Resident(name="Jan", key="jan", notes="oud"))
    history.add(actions.delete_resident(app, jan.id))
    writes.save_resident(cli, Resident(name="Jan", key="jan", notes="nieuw"))
    dump = list(cli.conn.iterdump())
    with pytest.raises(UndoRefused) as refused:
        history.undo(app)
    assert not isinstance(refused.value, sqlite3.Error)
    assert refused.value.code == "edits.undo_refused_taken"
    assert list(cli.conn.iterdump()) == dump
    assert history.done == []
    assert "jan" not in t(refused.value.code, **refused.value.params).lower()


def test_undo_of_an_add_refuses_to_take_along_ties_made_since(app_and_cli):
    app, cli = app_and_cli
    history = History()
    history.add(actions.save_resident(app, Resident(name="Jan", key="jan")))
    jan = resident(app, "jan")
    fatma = writes.save_resident(cli, Resident(name="Fatma", key="fatma"))
    actions.add_tie(cli, jan.id, fatma.id, TieKind.NEIGHBOUR)  # elsewhere, after the add
    with pytest.raises(UndoRefused):
        history.undo(app)
    assert len(list(reads.ties(cli))) == 1 and resident(cli, "jan")


def test_undo_of_a_removed_tie_refused_when_it_was_made_again(app_and_cli):
    app, cli = app_and_cli
    history = History()
    jan = writes.save_resident(app, Resident(name="Jan", key="jan"))
    fatma = writes.save_resident(app, Resident(name="Fatma", key="fatma"))
    actions.add_tie(app, jan.id, fatma.id, TieKind.NEIGHBOUR)
    tie_id = next(reads.ties(app)).id
    history.add(actions.remove_tie(app, tie_id))
    actions.add_tie(cli, jan.id, fatma.id, TieKind.NEIGHBOUR)  # a new id, the same tie
    with pytest.raises(UndoRefused) as refused:
        history.undo(app)
    assert refused.value.reason == "taken"
    assert [x.id for x in reads.ties(cli)] != [tie_id] and len(list(reads.ties(cli))) == 1


def test_an_unrelated_change_elsewhere_does_not_block_undo(app_and_cli):
    app, cli = app_and_cli
    history = History()
    history.add(actions.save_resident(app, Resident(name="Jan", key="jan")))
    jan = resident(app, "jan")
    history.add(actions.save_resident(app, dataclasses.replace(jan, address="A 1"), 1))
    writes.save_resident(cli, Resident(name="Fatma", key="fatma", id=new_id()))
    assert history.undo(app) is not None
    assert resident(cli, "jan").address == ""


def test_deleting_tying_or_meeting_a_record_gone_elsewhere_is_a_clear_refusal(app_and_cli):
    app, cli = app_and_cli
    jan = writes.save_resident(app, Resident(name="Jan", key="jan"))
    fatma = writes.save_resident(app, Resident(name="Fatma", key="fatma"))
    walk = writes.save_walk(app, Walk(key="w1", date="2026-11-30"))
    actions.add_tie(app, jan.id, fatma.id, TieKind.NEIGHBOUR)
    tie_id = next(reads.ties(app)).id
    writes.delete_record(cli, jan.id)
    attempts = [
        (lambda: actions.delete_resident(app, jan.id), "edits.gone_resident"),
        (lambda: actions.add_tie(app, fatma.id, jan.id, TieKind.FRIEND), "edits.gone_record"),
        (lambda: actions.remove_tie(app, tie_id), "edits.gone_tie"),
        (lambda: actions.met_on_walk(app, jan.id, walk.id), "edits.gone_resident"),
    ]
    for attempt, code in attempts:
        with pytest.raises(GoneMeanwhile) as refused:
            attempt()
        assert refused.value.code == code
    assert [r.key for r in reads.residents(cli)] == ["fatma"] and list(reads.ties(cli)) == []
