"""What a person does in the app, as undoable changes: add, edit and delete residents
and groups, make and remove ties. Each returns a `history.Change` named for the user.

The writing itself happens in `writes.py`; this module says which rows each action
touches, so `history` can put them back.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlite_utils import Database

from abcd_tui.domain.records import (
    PHRASE_FIELDS,
    DomainError,
    Group,
    RecordType,
    Resident,
    Strength,
    Tie,
    TieKind,
    new_id,
    tie_order,
    tie_problem,
)
from abcd_tui.domain.text import match_key, slugify, unique_key
from abcd_tui.store import lookups, writes
from abcd_tui.store.edits import GoneMeanwhile
from abcd_tui.store.history import Change, RowKey, record


def _record_rows(db: Database, record_id: str, table: str) -> list[RowKey]:
    """A resident's or group's rows: itself, its ties, groups naming it as contact, the
    walks it was met on and the introductions declined for or with it (all go with it)."""
    keys: list[RowKey] = [("records", record_id), (table, record_id)]
    tie_ids = [
        tie_id
        for (tie_id,) in db.execute(
            "SELECT id FROM ties WHERE from_id = ? OR to_id = ?", [record_id, record_id]
        )
    ]
    keys += [("ties", tie_id) for tie_id in tie_ids]
    keys += _walk_links(db, tie_ids)
    keys += [
        ("groups", group_id)
        for (group_id,) in db.execute("SELECT id FROM groups WHERE contact_id = ?", [record_id])
    ]
    keys += [
        ("meetings", meeting_id)
        for (meeting_id,) in db.execute(
            "SELECT id FROM meetings WHERE resident_id = ?", [record_id]
        )
    ]
    keys += [
        ("declined", declined_id)
        for (declined_id,) in db.execute(
            "SELECT id FROM declined WHERE resident_id = ? OR other_id = ?",
            [record_id, record_id],
        )
    ]
    return keys


def _check(record: Resident | Group) -> None:
    problems = record.problems()
    if problems:
        raise DomainError(problems)


def _save(
    db: Database,
    item: Resident | Group,
    table: str,
    kind: str,
    save,
    expected_version: int | None,
) -> Change:
    _check(item)
    exists = db.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [item.id]).fetchone()
    # Phrases the save adds to the vocabulary go again when it is undone.
    phrases = {match_key(p) for f in PHRASE_FIELDS for p in getattr(item, f, ())} - {""}
    return record(
        db,
        f"change.{kind}_changed" if exists else f"change.{kind}_added",
        {"name": item.name},
        lambda: (
            [("records", item.id), (table, item.id)] + [("vocabulary", k) for k in sorted(phrases)]
        ),
        lambda: save(db, item, expected_version),
    )


def _delete(db: Database, record_id: str, table: str, kind: str) -> Change:
    found = db.execute(f"SELECT name FROM [{table}] WHERE id = ?", [record_id]).fetchone()
    if found is None:  # deleted or forgotten by another program meanwhile
        raise GoneMeanwhile(kind, record_id)
    name = found[0]
    keys = _record_rows(db, record_id, table)
    return record(
        db,
        f"change.{kind}_deleted",
        {"name": name},
        lambda: keys,
        lambda: writes.delete_record(db, record_id),
    )


def save_resident(db: Database, resident: Resident, expected_version: int | None = None) -> Change:
    """Add a resident or store the changes to one. From a form, `expected_version` is
    the version it was opened on: a resident changed, deleted or forgotten since is
    refused (`edits.ChangedMeanwhile`, `edits.GoneMeanwhile`), never overwritten."""
    return _save(db, resident, "residents", "resident", writes.save_resident, expected_version)


def save_group(db: Database, group: Group, expected_version: int | None = None) -> Change:
    """Add a group or store the changes to one (`expected_version`: as for residents)."""
    return _save(db, group, "groups", "group", writes.save_group, expected_version)


def delete_resident(db: Database, resident_id: str) -> Change:
    """Remove a resident with their ties (undo brings all of it back)."""
    return _delete(db, resident_id, "residents", "resident")


def delete_group(db: Database, group_id: str) -> Change:
    """Remove a group with its ties (undo brings all of it back)."""
    return _delete(db, group_id, "groups", "group")


def _describe(db: Database, record_id: str) -> tuple[RecordType, str]:
    row = db.execute(
        "SELECT r.type, coalesce(p.name, g.name) FROM records r "
        "LEFT JOIN residents p ON p.id = r.id LEFT JOIN groups g ON g.id = r.id "
        "WHERE r.id = ?",
        [record_id],
    ).fetchone()
    if row is None:  # deleted or forgotten by another program meanwhile
        raise GoneMeanwhile("record", record_id)
    return RecordType(row[0]), row[1]


def add_tie(
    db: Database,
    a_id: str,
    b_id: str,
    kind: TieKind,
    strength: Strength | None = None,
    note: str = "",
) -> Change:
    """Tie two records; raises DomainError when the kind cannot join them."""
    (type_a, name_a), (type_b, name_b) = _describe(db, a_id), _describe(db, b_id)
    problem = tie_problem(kind, type_a, type_b, a_id == b_id)
    if problem:
        raise DomainError([problem])
    from_id, to_id = tie_order(kind, a_id, type_a, b_id, type_b)
    params = {"a": name_a, "b": name_b, "kind": kind.value}
    if db.execute(
        "SELECT 1 FROM ties WHERE from_id = ? AND to_id = ? AND kind = ?",
        [from_id, to_id, kind.value],
    ).fetchone():
        return Change("change.tie_added", params)  # already there: nothing to undo
    tie = Tie(from_id=from_id, to_id=to_id, kind=kind, strength=strength, note=note)
    return record(
        db,
        "change.tie_added",
        params,
        lambda: [("ties", tie.id)],
        lambda: writes.add_tie(db, tie),
    )


def remove_tie(db: Database, tie_id: str) -> Change:
    found = db.execute("SELECT from_id, to_id, kind FROM ties WHERE id = ?", [tie_id]).fetchone()
    if found is None:  # removed by another program meanwhile (or with its record)
        raise GoneMeanwhile("tie", tie_id)
    from_id, to_id, kind = found
    names = {"a": _describe(db, from_id)[1], "b": _describe(db, to_id)[1], "kind": kind}
    return record(
        db,
        "change.tie_removed",
        names,
        lambda: [("ties", tie_id), *_walk_links(db, [tie_id])],
        lambda: writes.delete_tie(db, tie_id),
    )


def _walk_links(db: Database, tie_ids: Sequence[str]) -> list[RowKey]:
    """The walks' notes that they made these ties, as rows that go with the ties (undo
    brings them back)."""
    return [
        ("walk_ties", link_id)
        for (link_id,) in db.execute(
            # One parameter however many ties (a club's members): no variable limit.
            "SELECT id FROM walk_ties WHERE tie_id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(tie_ids))],
        )
    ]


def met_on_walk(
    db: Database, resident_id: str, walk_id: str, *, again: bool | None = None
) -> Change:
    """Record that we met this resident on this walk (a revisit adds a meeting); `again`:
    someone known before (True) or new (False), kept with the walk's first meeting."""
    found = db.execute(
        "SELECT id FROM meetings WHERE walk_id = ? AND resident_id = ?", [walk_id, resident_id]
    ).fetchone()
    named = db.execute("SELECT name FROM residents WHERE id = ?", [resident_id]).fetchone()
    if named is None:  # deleted or forgotten by another program meanwhile
        raise GoneMeanwhile("resident", resident_id)
    name = named[0]
    if found:
        return Change("change.met", {"name": name})  # already recorded for this walk
    meeting_id = new_id()
    return record(
        db,
        "change.met",
        {"name": name},
        lambda: [("meetings", meeting_id)],
        lambda: writes.record_meeting(db, walk_id, resident_id, meeting_id, again=again),
    )


def decline_introduction(db: Database, resident_id: str, other_id: str) -> Change:
    """'Not this introduction' for this resident: it is hidden from now on (undoable)."""
    names = {"a": _describe(db, resident_id)[1], "b": _describe(db, other_id)[1]}
    found = db.execute(
        "SELECT 1 FROM declined WHERE resident_id = ? AND other_id = ?", [resident_id, other_id]
    ).fetchone()
    if found:
        return Change("change.declined", names)
    declined_id = new_id()
    return record(
        db,
        "change.declined",
        names,
        lambda: [("declined", declined_id)],
        lambda: writes.decline(db, declined_id, resident_id, other_id),
    )


# A tie typed on the walk form: the other record, the kind, how strong (if said).
WalkTie = tuple[str, TieKind, Strength | None]


def record_visit(
    db: Database,
    walk_id: str,
    resident: Resident,
    ties: Sequence[WalkTie],
    *,
    again: bool,
) -> Change:
    """A resident met on a walk, as one undoable change: the person (new, or `again`:
    a revisit of their record), the meeting, and the ties typed for them. Call it in
    one write transaction (`Register.write`, `AbcdApp.apply`): all of it lands or none.

    A new resident gets a key made from the name. A revisit carries the version it was
    read at: someone changed, deleted or forgotten meanwhile by another program is
    refused (`edits.ChangedMeanwhile`, `edits.GoneMeanwhile`), never written back. A tie
    to the resident themself is left out; one already there is kept as it is."""
    resident.walk_id = walk_id  # where we met them last
    if not again:
        resident.key = unique_key(slugify(resident.name), lookups.resident_keys(db))
    changes = [
        save_resident(db, resident, resident.version if again else None),
        met_on_walk(db, resident.id, walk_id, again=again),
    ]
    for other_id, kind, strength in visit_ties(resident, ties):
        tied = add_tie(db, resident.id, other_id, kind, strength)
        changes.append(tied)
        made = [row.id for row in tied.rows if row.table == "ties" and row.before is None]
        changes += [_made_on_walk(db, walk_id, tie_id) for tie_id in made]
    return Change.merged(changes)


def _made_on_walk(db: Database, walk_id: str, tie_id: str) -> Change:
    """The walk made this tie (what its summary counts); undone with the visit."""
    link_id = new_id()
    return record(
        db,
        "change.tie_added",
        {},
        lambda: [("walk_ties", link_id)],
        lambda: writes.record_walk_tie(db, link_id, walk_id, tie_id),
    )


def visit_ties(resident: Resident, ties: Sequence[WalkTie]) -> list[WalkTie]:
    """The ties `record_visit` makes for this resident: all but one to themself."""
    return [tie for tie in ties if tie[0] != resident.id]
