"""The one module that writes to the register.

Each public function that a user action calls (`save_resident`, `add_tie`, ...) is one
transaction. The bulk functions (`insert_*`, `update_*`) are the building blocks of
larger actions (an import, a demo village) and must run inside `write_transaction`.
"""

from __future__ import annotations

import dataclasses
import getpass
import itertools
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

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
    cursor = db.conn.executemany(
        sql, (tuple(row[c] for c in columns) for row in itertools.chain([first], iterator))
    )
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
    db.conn.executemany(
        "INSERT OR IGNORE INTO vocabulary (match_key, phrase) VALUES (?, ?)",
        ((k, clean_text(p)) for p in phrases if (k := match_key(p))),
    )


def _content(record: Record) -> dict[str, Any]:
    """A record's fields without its history, to tell whether anything changed."""
    skip = {"created_at", "updated_at", "version", "recorded_by"}
    return {k: v for k, v in dataclasses.asdict(record).items() if k not in skip}


def _save(
    db: Database,
    record: Record,
    table: str,
    insert: Callable[[Database, Sequence[Any]], int],
    update: Callable[[Database, Sequence[Any]], int],
    from_row: Callable[[dict[str, Any]], Record],
) -> Record:
    with write_transaction(db):
        existing = next(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [record.id]), None)
        if existing is None:
            stamp_new(record, recorder())
            insert(db, [record])
            return record
        old = from_row(existing)
        if _content(old) == _content(record):
            return old
        record.created_at, record.version = old.created_at, old.version
        record.recorded_by = old.recorded_by
        stamp_changed(record)
        update(db, [record])
        return record


def save_resident(db: Database, resident: Resident) -> Resident:
    """Add a resident, or store the changes to one; one transaction."""
    return _save(
        db, resident, "residents", insert_residents, update_residents, rows.resident_from_row
    )


def save_group(db: Database, group: Group) -> Group:
    """Add a group, or store the changes to one; one transaction."""
    return _save(db, group, "groups", insert_groups, update_groups, rows.group_from_row)


def save_walk(db: Database, walk: Walk) -> Walk:
    """Add a walk, or store the changes to one; one transaction."""
    return _save(db, walk, "walks", insert_walks, update_walks, rows.walk_from_row)


# Parents before children: rows are put back in this order and taken away in reverse,
# so foreign keys hold at every step.
TABLE_ORDER = ("records", "walks", "residents", "groups", "ties", "meetings", "declined")


def restore_rows(db: Database, rows: Sequence[Any], side: str) -> None:
    """Make each row of a change as it is on `side` ('before': undo, 'after': redo).

    `rows` are history.RowChange: (table, id, before, after); one transaction."""
    rank = {table: number for number, table in enumerate(TABLE_ORDER)}
    wanted = [(r, getattr(r, side)) for r in rows]
    with write_transaction(db):
        for r, row in sorted(wanted, key=lambda pair: -rank[pair[0].table]):
            if row is None:  # children first, then parents
                db.execute(f"DELETE FROM [{r.table}] WHERE id = ?", [r.id])
        for r, row in sorted(wanted, key=lambda pair: rank[pair[0].table]):
            if row is None:  # parents first, then children
                continue
            columns = list(row)
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
            db.execute(
                f"INSERT INTO [{r.table}] ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)}) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
                [row[c] for c in columns],
            )


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


def record_meeting(db: Database, walk_id: str, resident_id: str, meeting_id: str) -> None:
    """That we met this resident on this walk (once per walk)."""
    with write_transaction(db):
        db.execute(
            "INSERT OR IGNORE INTO meetings (id, walk_id, resident_id, created_at, updated_at,"
            " recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
            [meeting_id, walk_id, resident_id, now_iso(), now_iso(), recorder()],
        )


def decline(db: Database, declined_id: str, resident_id: str, other_id: str) -> None:
    """Remember that this introduction was declined for this resident."""
    with write_transaction(db):
        db.execute(
            "INSERT OR IGNORE INTO declined (id, resident_id, other_id, created_at, updated_at,"
            " recorded_by) VALUES (?, ?, ?, ?, ?, ?)",
            [declined_id, resident_id, other_id, now_iso(), now_iso(), recorder()],
        )
