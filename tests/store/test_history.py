"""Undo and redo of every kind of change, on a real register."""

import pytest

from abcd_tui.domain.records import DomainError, Group, GroupKind, Resident, TieKind
from abcd_tui.i18n import t
from abcd_tui.store import actions, reads
from abcd_tui.store.history import History


def content(record) -> dict:
    """What a record says; undo and redo give it a new version (versions only go up)."""
    return {k: v for k, v in record.__dict__.items() if k not in ("version", "updated_at")}


def everything(db):
    return (
        [content(r) for r in reads.residents(db)],
        [content(g) for g in reads.groups(db)],
        sorted((x.from_id, x.to_id, x.kind.value) for x in reads.ties(db)),
    )


@pytest.fixture
def village(db):
    """Jan and Fatma, neighbours; Jan sings in the choir and is its contact."""
    history = History()
    jan, fatma = Resident(name="Jan", key="jan"), Resident(name="Fatma", key="fatma")
    koor = Group(name="Koor", key="koor", kind=GroupKind.ASSOCIATION)
    for change in (
        actions.save_resident(db, jan),
        actions.save_resident(db, fatma),
        actions.save_group(db, koor),
    ):
        history.add(change)
    history.add(actions.add_tie(db, jan.id, fatma.id, TieKind.NEIGHBOUR))
    history.add(actions.add_tie(db, jan.id, koor.id, TieKind.MEMBER))
    koor.contact_id = jan.id
    history.add(actions.save_group(db, koor))
    return history, jan, fatma, koor


def test_deleting_a_resident_and_undoing_brings_back_their_ties_and_contact(db, village):
    history, jan, _, _ = village
    before = everything(db)
    change = history.add(actions.delete_resident(db, jan.id))
    assert t(change.code, **change.params) == "Jan verwijderd"
    assert [r.key for r in reads.residents(db)] == ["fatma"]
    assert list(reads.ties(db)) == [] and next(reads.groups(db)).contact_id is None
    assert history.undo(db) is change
    assert everything(db) == before
    assert history.redo(db) is change
    assert [r.key for r in reads.residents(db)] == ["fatma"]


def test_a_tie_undone_and_redone_is_named(db, village):
    history, jan, fatma, _ = village
    change = history.undo(db)  # the contact edit
    assert change.code == "change.group_changed"
    history.undo(db)  # jan joins the choir
    change = history.undo(db)
    assert t("change.undone", what=t(change.code, **change.params)) == (
        "Ongedaan gemaakt: band tussen Jan en Fatma gelegd"
    )
    assert list(reads.ties(db)) == []
    history.redo(db)
    assert [x.kind.value for x in reads.ties(db)] == ["neighbour"]


def test_undo_everything_leaves_an_empty_register_and_redo_rebuilds_it(db, village):
    history = village[0]
    full = everything(db)
    while history.undo(db):
        pass
    assert everything(db) == ([], [], [])
    while history.redo(db):
        pass
    assert everything(db) == full


def test_editing_is_undone_field_by_field(db, village):
    history, _, fatma, _ = village
    fatma.hands = ["naaien"]
    history.add(actions.save_resident(db, fatma))
    history.undo(db)
    assert next(r for r in reads.residents(db) if r.key == "fatma").hands == []


def test_a_new_change_clears_what_could_be_redone(db, village):
    history, jan, fatma, _ = village
    history.undo(db)
    assert history.undone
    history.add(actions.add_tie(db, jan.id, fatma.id, TieKind.FRIEND))
    assert history.undone == [] and history.redo(db) is None


def test_tying_an_existing_tie_again_changes_nothing_to_undo(db, village):
    history, jan, fatma, _ = village
    depth = len(history.done)
    change = history.add(actions.add_tie(db, fatma.id, jan.id, TieKind.NEIGHBOUR))
    assert change.empty and len(history.done) == depth
    assert len([x for x in reads.ties(db) if x.kind == TieKind.NEIGHBOUR]) == 1


def test_wrong_ties_and_blank_names_are_refused_before_writing(db, village):
    _, jan, _, koor = village
    with pytest.raises(DomainError) as caught:
        actions.add_tie(db, jan.id, koor.id, TieKind.FRIEND)
    assert caught.value.problems[0].code == "tie_needs_two_residents"
    with pytest.raises(DomainError):
        actions.save_resident(db, Resident(name="  "))
    assert len(list(reads.residents(db))) == 2


def test_each_walk_on_which_we_meet_someone_is_kept_and_undoable(db, village):
    from abcd_tui.domain.records import Walk
    from abcd_tui.store import writes

    history, jan, _, _ = village
    first = writes.save_walk(db, Walk(key="w1", date="2026-03-01", area="Kerkbuurt"))
    second = writes.save_walk(db, Walk(key="w2", date="2026-09-01", area="Kerkbuurt"))
    history.add(actions.met_on_walk(db, jan.id, first.id))
    again = history.add(actions.met_on_walk(db, jan.id, first.id))
    assert again.empty  # the same walk twice is one meeting
    history.add(actions.met_on_walk(db, jan.id, second.id))
    met = db.execute("SELECT walk_id FROM meetings WHERE resident_id = ?", [jan.id]).fetchall()
    assert sorted(w for (w,) in met) == sorted([first.id, second.id])
    change = history.undo(db)
    assert t(change.code, **change.params) == "Jan ontmoet"
    assert db.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1


def test_a_declined_introduction_is_kept_and_undoable(db, village):
    history, jan, fatma, _ = village
    change = history.add(actions.decline_introduction(db, jan.id, fatma.id))
    assert t(change.code, **change.params) == "kennismaking van Jan met Fatma afgeslagen"
    assert reads.declined(db) == {(jan.id, fatma.id)}
    assert actions.decline_introduction(db, jan.id, fatma.id).empty
    history.undo(db)
    assert reads.declined(db) == set()
