"""Writing records: residents, groups, ties, walks and the vocabulary of gifts.

Each public function that a user action calls (`save_resident`, `add_tie`, ...) is one
transaction. The bulk functions (`insert_*`, `update_*`) are the building blocks of
larger actions (an import, a demo village, a walk, undo and redo in `history`) and must
run inside `write_transaction`; `actions.py` says which rows each user action touches.

Every write of a record goes through here, so stamps, versions and the vocabulary stay
right. The few other writes in the store are not record edits and live with what they
are about: `forget.py` erases a person everywhere, records, text and snapshots alike
(raw SQL on purpose: it must reach rows no record function knows, and leave no copy);
`snapshots.py` stores a frozen snapshot (never changed afterwards); `walks.py` marks a
walk started or ended; `database.py` runs the schema migrations and counts every write
transaction (`changes.revision`); `backup.py` restores a whole file.
"""

from __future__ import annotations

import dataclasses
import getpass
import itertools
import operator
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from sqlite_utils import Database

from abcd_tui.domain.records import (
    PHRASE_FIELDS,
    Group,
    Record,
    RecordType,
    Resident,
    Tie,
    Walk,
    now_iso,
)
from abcd_tui.domain.text import clean_text, match_key
from abcd_tui.store import rows
from abcd_tui.store.database import write_transaction
from abcd_tui.store.edits import (
    ChangedMeanwhile,
    GoneMeanwhile,
    UndoRefused,
    content,
    differences,
)

R = TypeVar("R", bound=Record)


def recorder() -> str:
    """Who is recording: $ABCD_USER if set, else the login name."""
    name = os.environ.get("ABCD_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def stamp_new(record: Record, by: str, at: str | None = None) -> None:
    """Give a record about to be added its history: created now, version 1, by whom."""
    at = at or now_iso()
    record.created_at = record.created_at or at
    record.updated_at = at
    record.version = 1
    record.recorded_by = record.recorded_by or by


def stamp_changed(record: Record, at: str | None = None) -> None:
    """A record whose content changed: a new version, updated now."""
    record.version += 1
    record.updated_at = at or now_iso()


def _require_transaction(db: Database) -> None:
    if not db.conn.in_transaction:
        raise RuntimeError("bulk writes must run inside write_transaction()")


def _insert(db: Database, table: str, row_dicts: Iterable[dict[str, Any]]) -> int:
    _require_transaction(db)
    iterator = iter(row_dicts)
    first = next(iterator, None)
    if first is None:
        return 0
    columns = list(first)
    sql = f"INSERT INTO [{table}] ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    # itemgetter gives each row's values as one tuple (every table has two columns or
    # more), five times faster than a tuple of a generator: an import writes 400,000.
    values = operator.itemgetter(*columns) if len(columns) > 1 else lambda row: (row[columns[0]],)
    cursor = db.conn.executemany(sql, map(values, itertools.chain([first], iterator)))
    return cursor.rowcount


def _update(db: Database, table: str, row_dicts: Iterable[dict[str, Any]]) -> int:
    _require_transaction(db)
    count = 0
    sql = None
    batch: list[tuple] = []
    columns: list[str] = []
    for row in row_dicts:
        if sql is None:
            columns = [c for c in row if c != "id"]
            sql = f"UPDATE [{table}] SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?"
        batch.append((*(row[c] for c in columns), row["id"]))
        count += 1
    if sql:
        db.conn.executemany(sql, batch)
    return count


def insert_residents(db: Database, residents: Sequence[Resident]) -> int:
    _insert(db, "records", ({"id": r.id, "type": RecordType.RESIDENT.value} for r in residents))
    remember_phrases(db, (p for r in residents for f in PHRASE_FIELDS for p in getattr(r, f)))
    return _insert(db, "residents", (rows.resident_row(r) for r in residents))


def insert_groups(db: Database, groups: Sequence[Group]) -> int:
    _insert(db, "records", ({"id": g.id, "type": RecordType.GROUP.value} for g in groups))
    return _insert(db, "groups", (rows.group_row(g) for g in groups))


def insert_ties(db: Database, ties: Iterable[Tie]) -> int:
    """Insert ties already in canonical order (see domain.records.tie_order)."""
    return _insert(db, "ties", (rows.tie_row(t) for t in ties))


def insert_walks(db: Database, walks: Iterable[Walk]) -> int:
    return _insert(db, "walks", (rows.walk_row(w) for w in walks))


def update_residents(db: Database, residents: Sequence[Resident]) -> int:
    remember_phrases(db, (p for r in residents for f in PHRASE_FIELDS for p in getattr(r, f)))
    return _update(db, "residents", (rows.resident_row(r) for r in residents))


def update_groups(db: Database, groups: Iterable[Group]) -> int:
    return _update(db, "groups", (rows.group_row(g) for g in groups))


def update_ties(db: Database, ties: Iterable[Tie]) -> int:
    return _update(db, "ties", (rows.tie_row(t) for t in ties))


def update_walks(db: Database, walks: Iterable[Walk]) -> int:
    return _update(db, "walks", (rows.walk_row(w) for w in walks))


def remember_phrases(db: Database, phrases: Iterable[str]) -> None:
    """Add phrases to the growing vocabulary (first-typed form kept)."""
    _require_transaction(db)
    # Each phrase once, in the order typed: an import of 100,000 residents names the same
    # few hundred gifts 300,000 times.
    db.conn.executemany(
        "INSERT OR IGNORE INTO vocabulary (match_key, phrase) VALUES (?, ?)",
        ((k, clean_text(p)) for p in dict.fromkeys(phrases) if (k := match_key(p))),
    )


def _save(
    db: Database,
    record: R,
    table: str,
    insert: Callable[[Database, Sequence[Any]], int],
    update: Callable[[Database, Sequence[Any]], int],
    from_row: Callable[[dict[str, Any]], R],
    expected_version: int | None = None,
) -> R:
    with write_transaction(db):
        existing = next(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [record.id]), None)
        kind = table.removesuffix("s")
        if existing is None and expected_version is not None:
            raise GoneMeanwhile(kind, record.id)  # deleted or forgotten since: never re-add
        if existing is None:
            stamp_new(record, recorder())
            insert(db, [record])
            return record
        old = from_row(existing)
        if content(old) == content(record):
            return old
        if expected_version is not None and old.version != expected_version:
            raise ChangedMeanwhile(kind, record.id, expected_version, old, differences(record, old))
        record.created_at, record.version = old.created_at, old.version
        record.recorded_by = old.recorded_by
        stamp_changed(record)
        update(db, [record])
        return record


def save_resident(
    db: Database, resident: Resident, expected_version: int | None = None
) -> Resident:
    """Add a resident, or store the changes to one; one transaction.

    `expected_version`: the version the edit started from (a form's record). Then a
    resident changed meanwhile is refused (`edits.ChangedMeanwhile`), and one deleted or
    forgotten meanwhile is never added back (`edits.GoneMeanwhile`)."""
    return _save(
        db,
        resident,
        "residents",
        insert_residents,
        update_residents,
        rows.resident_from_row,
        expected_version,
    )


def save_group(db: Database, group: Group, expected_version: int | None = None) -> Group:
    """Add a group, or store the changes to one; one transaction (`expected_version`:
    as for `save_resident`)."""
    return _save(
        db, group, "groups", insert_groups, update_groups, rows.group_from_row, expected_version
    )


def save_walk(db: Database, walk: Walk, expected_version: int | None = None) -> Walk:
    """Add a walk, or store the changes to one; one transaction."""
    return _save(
        db, walk, "walks", insert_walks, update_walks, rows.walk_from_row, expected_version
    )


# Parents before children: rows are put back in this order and taken away in reverse,
# so foreign keys hold at every step.
TABLE_ORDER = (
    "records",
    "walks",
    "residents",
    "groups",
    "ties",
    "meetings",
    "walk_ties",
    "declined",
    "vocabulary",
)
# The column that names a row, where it is not `id`.
KEY_COLUMNS = {"vocabulary": "match_key"}
# Rows that go with a row when it is removed (ON DELETE CASCADE or SET NULL): undo may
# only remove a row when every such row is part of the change, or it would take rows
# with it that someone made since.
DEPENDENTS = {
    "records": (
        ("ties", "from_id"),
        ("ties", "to_id"),
        ("meetings", "resident_id"),
        ("declined", "resident_id"),
        ("declined", "other_id"),
    ),
    "residents": (("groups", "contact_id"),),
    "ties": (("walk_ties", "tie_id"),),
}


def key_column(table: str) -> str:
    return KEY_COLUMNS.get(table, "id")


def stored_row(db: Database, table: str, key: str) -> dict[str, Any] | None:
    """One row as stored now, by its id (match_key for the vocabulary), or None."""
    return next(db.query(f"SELECT * FROM [{table}] WHERE {key_column(table)} = ?", [key]), None)


def _phrases_in_use(db: Database) -> set[str]:
    lists = ", ".join(f"json(r.{f})" for f in PHRASE_FIELDS)
    return {
        match_key(p)
        for (p,) in db.execute(
            f"SELECT j.value FROM residents r, json_each(json_array({lists})) f, "
            "json_each(f.value) j"
        )
    }


def _said(row: dict[str, Any] | None) -> dict[str, Any] | None:
    """A row without its version and time: undoing an older change after a newer one
    was undone finds the same content at a higher version, which is no conflict."""
    if row is None:
        return None
    return {k: v for k, v in row.items() if k not in ("version", "updated_at")}


def _refusals(db: Database, rows: Sequence[Any], side: str) -> list[tuple[str, str]]:
    """The rows that are no longer as the change left them, and rows made since that
    removing one of the change's rows would take along."""
    other = "after" if side == "before" else "before"
    changed = [
        (r.table, r.id)
        for r in rows
        if r.table != "vocabulary"
        and _said(stored_row(db, r.table, r.id)) != _said(getattr(r, other))
    ]
    owned = {(r.table, r.id) for r in rows}
    for r in rows:
        if getattr(r, side) is not None or getattr(r, other) is None:
            continue
        for table, column in DEPENDENTS.get(r.table, ()):
            changed += [
                (table, i)
                for (i,) in db.execute(f"SELECT id FROM [{table}] WHERE {column} = ?", [r.id])
                if (table, i) not in owned
            ]
    return list(dict.fromkeys(changed))


def restore_rows(db: Database, rows: Sequence[Any], side: str) -> list[Any]:
    """Make each row of a change as it is on `side` ('before': undo, 'after': redo).

    `rows` are history.RowChange: (table, id, before, after); one transaction. Each row
    must still be as the other side left it: a row changed since (by an import, another
    program, a forget) is refused with `edits.UndoRefused`, never overwritten, and so is
    a key or tie someone else has taken meanwhile. Versions only go up: a row written
    back gets a version above every one it had. Returns the rows with `side` as written.
    A phrase goes from the vocabulary only while no resident uses it."""
    direction = "undo" if side == "before" else "redo"
    rank = {table: number for number, table in enumerate(TABLE_ORDER)}
    wanted = [(r, getattr(r, side)) for r in rows]
    written: dict[tuple[str, str], dict[str, Any]] = {}
    with write_transaction(db):
        refused = _refusals(db, rows, side)
        if refused:
            raise UndoRefused(direction, "changed", refused)
        try:
            for r, row in sorted(wanted, key=lambda pair: -rank[pair[0].table]):
                if row is None and r.table != "vocabulary":  # children first, then parents
                    db.execute(f"DELETE FROM [{r.table}] WHERE id = ?", [r.id])
            for r, row in sorted(wanted, key=lambda pair: rank[pair[0].table]):
                if row is None:  # parents first, then children
                    continue
                if r.table == "vocabulary":
                    db.execute(
                        "INSERT OR IGNORE INTO vocabulary (match_key, phrase) VALUES (?, ?)",
                        [row["match_key"], row["phrase"]],
                    )
                    continue
                if "version" in row:
                    now = stored_row(db, r.table, r.id)
                    versions = [x["version"] for x in (now, r.before, r.after) if x]
                    row = {**row, "version": max(versions) + 1, "updated_at": now_iso()}
                    written[(r.table, r.id)] = row
                columns = list(row)
                updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
                db.execute(
                    f"INSERT INTO [{r.table}] ({', '.join(columns)}) "
                    f"VALUES ({', '.join('?' for _ in columns)}) "
                    f"ON CONFLICT(id) DO UPDATE SET {updates}",
                    [row[c] for c in columns],
                )
        except sqlite3.IntegrityError as exc:  # a key or tie another program took since
            raise UndoRefused(direction, "taken", [(r.table, r.id) for r in rows]) from exc
        # Last, once the records say what they will: a phrase no one uses any more goes.
        unused = [r.id for r, row in wanted if row is None and r.table == "vocabulary"]
        if unused:
            in_use = _phrases_in_use(db)
            db.conn.executemany(
                "DELETE FROM vocabulary WHERE match_key = ?",
                [(k,) for k in unused if k not in in_use],
            )
    return [
        dataclasses.replace(r, **{side: written.get((r.table, r.id), getattr(r, side))})
        for r in rows
    ]


def delete_record(db: Database, record_id: str) -> None:
    """Remove a resident or group; their ties go with them (foreign keys cascade)."""
    with write_transaction(db):
        db.execute("DELETE FROM records WHERE id = ?", [record_id])


def add_tie(db: Database, tie: Tie) -> Tie:
    """Add one tie (already in canonical order); the same tie twice stays one tie."""
    with write_transaction(db):
        found = db.execute(
            "SELECT id FROM ties WHERE from_id = ? AND to_id = ? AND kind = ?",
            [tie.from_id, tie.to_id, tie.kind.value],
        ).fetchone()
        if found:
            tie.id = found[0]
            return tie
        stamp_new(tie, recorder())
        insert_ties(db, [tie])
    return tie


def record_walk_tie(db: Database, link_id: str, walk_id: str, tie_id: str) -> None:
    """Note that this walk made this tie (`actions.record_visit`); once."""
    with write_transaction(db):
        db.execute(
            "INSERT OR IGNORE INTO walk_ties (id, walk_id, tie_id) VALUES (?, ?, ?)",
            [link_id, walk_id, tie_id],
        )


def delete_tie(db: Database, tie_id: str) -> None:
    with write_transaction(db):
        db.execute("DELETE FROM ties WHERE id = ?", [tie_id])


def insert_meetings(db: Database, meetings: Iterable[tuple[str, str, str, str, str]]) -> int:
    """Bulk: (id, walk_id, resident_id, created_at, recorded_by) rows; inside a transaction."""
    return _insert(
        db,
        "meetings",
        (
            {
                "id": i,
                "walk_id": w,
                "resident_id": r,
                "created_at": at,
                "updated_at": at,
                "version": 1,
                "recorded_by": by,
            }
            for i, w, r, at, by in meetings
        ),
    )


def record_meeting(
    db: Database, walk_id: str, resident_id: str, meeting_id: str, *, again: bool | None = None
) -> None:
    """That we met this resident on this walk (once per walk); `again`: someone already
    known (True) or new (False), None when the caller cannot say."""
    with write_transaction(db):
        db.execute(
            "INSERT OR IGNORE INTO meetings (id, walk_id, resident_id, created_at, updated_at,"
            " recorded_by, again) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                meeting_id,
                walk_id,
                resident_id,
                now_iso(),
                now_iso(),
                recorder(),
                None if again is None else int(again),
            ],
        )


def decline(db: Database, declined_id: str, resident_id: str, other_id: str) -> None:
    """Remember that this introduction was declined for this resident."""
    with write_transaction(db):
        db.execute(
            "INSERT OR IGNORE INTO declined (id, resident_id, other_id, created_at, updated_at,"
            " recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
            [declined_id, resident_id, other_id, now_iso(), now_iso(), recorder()],
        )
