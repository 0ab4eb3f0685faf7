"""The register read whole for the records screens (`store.records`): ties seen from both
ends, kept as plain tuples, and one copy shared while the register is unchanged."""

import gc

import pytest

from abcd_tui.domain.records import Group, GroupKind, Resident, TieKind
from abcd_tui.store import actions, writes
from abcd_tui.store.records import TieEnd, all_records, current_records


@pytest.fixture
def club(db):
    anna = writes.save_resident(db, Resident(name="Anna", key="anna"))
    bram = writes.save_resident(db, Resident(name="Bram", key="bram"))
    club = writes.save_group(db, Group(name="Kaartclub", key="club", kind=GroupKind.ASSOCIATION))
    actions.add_tie(db, anna.id, club.id, TieKind.ORGANISER)
    actions.add_tie(db, anna.id, bram.id, TieKind.NEIGHBOUR)
    return anna, bram, club


def test_each_tie_is_seen_from_both_ends(db, club):
    anna, bram, group = club
    records = all_records(db)
    ends = records.ties_of(anna.id)
    assert [(e.kind, e.other_id) for e in ends] == [
        (TieKind.ORGANISER, group.id),
        (TieKind.NEIGHBOUR, bram.id),
    ]
    assert all(isinstance(e, TieEnd) for e in ends)
    assert [e.other_id for e in records.ties_of(group.id)] == [anna.id]
    assert records.ties_of(bram.id)[0].tie_id == ends[1].tie_id  # one tie, two ends
    assert records.others_of(anna.id) == [group.id, bram.id]
    assert records.ties_of("nobody") == [] and records.ties_of(None) == []


def test_the_ends_are_not_left_for_the_garbage_collector_to_walk(db, club):
    records = all_records(db)
    # A collection stops tracking a tuple whose items are untracked: the ends in one
    # pass, the tuple of them in the next.
    gc.collect()
    gc.collect()
    assert records.ends
    for ends in records.ends.values():
        assert not gc.is_tracked(ends)
        assert not any(gc.is_tracked(end) for end in ends)


def test_the_same_copy_while_unchanged_and_a_new_read_after_a_write(db, club):
    anna, bram, _ = club
    first = current_records(db, None)
    assert current_records(db, first) is first
    actions.add_tie(db, bram.id, anna.id, TieKind.FRIEND)
    again = current_records(db, first)
    assert again is not first and again.revision > first.revision
    assert TieKind.FRIEND in {e.kind for e in again.ties_of(bram.id)}
