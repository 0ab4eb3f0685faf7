"""Recording a visit headless: what walk mode's save does, callable from a script."""

from datetime import date

import pytest

from abcd_tui.domain.records import DomainError, Resident, Strength, TieKind
from abcd_tui.store import Register, actions, reads
from abcd_tui.store import walks as walk_store
from abcd_tui.store.edits import ChangedMeanwhile
from abcd_tui.store.history import History


def today() -> str:
    """Asked at each use, not at import: a run that passes midnight stays right."""
    return date.today().isoformat()


def count(db, table: str) -> int:
    return db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


@pytest.fixture
def register(db_path, db) -> Register:
    return Register(db_path)


def test_a_new_resident_met_is_one_change_with_key_meeting_and_ties(register, db):
    walk = register.look(walk_store.start_or_continue_walk, "Het Veld", "Anouk", today()).walk
    kees = Resident(name="Kees", key="kees")
    register.write(actions.save_resident, kees)
    dien = Resident(name="Dien de Vries", hands=["koken"])
    ties = [(kees.id, TieKind.NEIGHBOUR, Strength.STRONG), (dien.id, TieKind.FRIEND, None)]

    change = register.write(actions.record_visit, walk.id, dien, ties, again=False)

    stored = {r.id: r for r in reads.residents(db)}[dien.id]
    assert stored.key == "dien-de-vries" and stored.walk_id == walk.id
    assert walk_store.met_count(db, walk.id) == 1
    assert count(db, "ties") == 1  # the tie to herself is left out
    assert change.code == "change.resident_added" and change.params == {"name": "Dien de Vries"}
    assert len(actions.visit_ties(dien, ties)) == 1

    history = History()
    history.add(change)
    register.look(history.undo)  # one undo takes back the person, the meeting and the tie
    assert set(stored_ids(db)) == {kees.id}
    assert walk_store.met_count(db, walk.id) == 0 and count(db, "ties") == 0


def stored_ids(db) -> list[str]:
    return [r.id for r in reads.residents(db)]


def test_a_new_namesake_gets_a_key_of_its_own(register, db):
    walk = register.look(walk_store.start_or_continue_walk, "Het Veld", "Anouk", today()).walk
    register.write(actions.record_visit, walk.id, Resident(name="Dien"), [], again=False)
    second = Resident(name="Dien")
    register.write(actions.record_visit, walk.id, second, [], again=False)
    assert second.key == "dien-2"


def test_a_revisit_updates_the_record_and_adds_a_meeting(register, db):
    first = register.look(walk_store.start_or_continue_walk, "Het Veld", "Anouk", "2026-01-02")
    dien = Resident(name="Dien")
    register.write(actions.record_visit, first.walk.id, dien, [], again=False)
    todays = register.look(walk_store.start_or_continue_walk, "Het Veld", "Anouk", today()).walk

    known = register.read(walk_store.revisit, dien.id)
    assert known.walk is not None and known.walk.id == first.walk.id and known.ties == 0
    known.resident.hands = ["fietsen maken"]
    change = register.write(actions.record_visit, todays.id, known.resident, [], again=True)

    assert change.code == "change.resident_changed"
    stored = register.read(walk_store.revisit, dien.id).resident
    assert stored.hands == ["fietsen maken"] and stored.walk_id == todays.id
    assert count(db, "residents") == 1 and count(db, "meetings") == 2
    names = register.read(walk_store.walk_names, todays.id)
    assert names.met == [("Dien", True)]  # met again


def test_a_revisit_of_a_record_changed_meanwhile_is_refused_whole(register, db):
    walk = register.look(walk_store.start_or_continue_walk, "Het Veld", "Anouk", today()).walk
    dien = Resident(name="Dien")
    register.write(actions.record_visit, walk.id, dien, [], again=False)
    read = register.read(walk_store.revisit, dien.id).resident
    elsewhere = register.read(walk_store.revisit, dien.id).resident
    elsewhere.notes = "by another program"
    register.write(actions.save_resident, elsewhere, elsewhere.version)

    kees = Resident(name="Kees", key="kees")
    register.write(actions.save_resident, kees)
    with pytest.raises(ChangedMeanwhile):
        ties = [(kees.id, TieKind.NEIGHBOUR, None)]
        register.write(actions.record_visit, walk.id, read, ties, again=True)
    assert count(db, "ties") == 0 and count(db, "meetings") == 1  # nothing of it landed


def test_a_tie_that_does_not_fit_refuses_the_whole_visit(register, db):
    walk = register.look(walk_store.start_or_continue_walk, "Het Veld", "Anouk", today()).walk
    kees = Resident(name="Kees", key="kees")
    register.write(actions.save_resident, kees)
    dien = Resident(name="Dien")
    with pytest.raises(DomainError):  # a resident is no member of a resident
        ties = [(kees.id, TieKind.MEMBER, None)]
        register.write(actions.record_visit, walk.id, dien, ties, again=False)
    assert stored_ids(db) == [kees.id] and count(db, "meetings") == 0


def test_walk_names_and_open_walks(register, db):
    walk = register.look(walk_store.start_or_continue_walk, "Het Veld", "Anouk", today()).walk
    register.write(
        actions.record_visit, walk.id, Resident(name="Dien", address="Kerkstraat 2"), [],
        again=False,
    )  # fmt: skip
    names = register.read(walk_store.walk_names, walk.id)
    assert [(r.name, r.address) for r in names.records] == [("Dien", "Kerkstraat 2")]
    assert names.streets == ["Kerkstraat"] and names.met == [("Dien", False)]
    assert register.read(walk_store.walk_names, None).met == []
    found = register.read(walk_store.open_walks_met, today())
    assert [(o.walk.id, o.met) for o in found] == [(walk.id, 1)]


def test_met_again_is_what_the_walk_form_said_not_a_guess_from_times(register, db):
    """Eric is recorded by another program in the same second as the walk starts (times
    are kept to the second); met on the walk as someone known, he is "again", and Dien,
    new on the walk, is new, in the walk form and in the walk's summary."""
    walk = register.look(walk_store.start_or_continue_walk, "Het Veld", "Anouk", today()).walk
    eric = Resident(name="Eric", key="eric")
    register.write(actions.save_resident, eric)
    db.execute("UPDATE residents SET created_at = ? WHERE id = ?", [walk.created_at, eric.id])
    db.conn.commit()
    known = register.read(walk_store.revisit, eric.id).resident
    register.write(actions.record_visit, walk.id, known, [], again=True)
    register.write(actions.record_visit, walk.id, Resident(name="Dien"), [], again=False)

    assert register.read(walk_store.walk_names, walk.id).met == [("Eric", True), ("Dien", False)]
    summary = register.read(walk_store.walk_summary, walk.id)
    assert [(p.name, p.again) for p in summary.people] == [("Eric", True), ("Dien", False)]
