"""Optimistic edits: a write that would overwrite what someone else stored meanwhile
is refused, with what changed, instead of silently clobbering it.

Two kinds of write check here. A save from a form carries the version it started
from (`writes.save_resident(..., expected_version=N)`): if the stored row has another
version, or is gone (deleted or forgotten by another program), the save is refused.
Undo and redo carry the row as the change left it (`history.RowChange`): if the row is
no longer that, they are refused. Team sync can reuse both: a changeset applied from
another laptop is a save with an expected version, or a change with a `before` side.

The errors carry record ids and field names only, never names, keys, notes or
addresses: what they say ends up in the log. The values themselves travel on the
error object (`stored`, `differences`) for the app to show, not to log.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from abcd_tui.domain.errors import UserError
from abcd_tui.domain.records import Record
from abcd_tui.store import rows

# Fields that record the history of a record, not what it says.
HISTORY_FIELDS = frozenset({"created_at", "updated_at", "version", "recorded_by"})


def content(record: Record) -> dict[str, Any]:
    """A record's fields without its history, to tell whether anything changed."""
    return {k: v for k, v in dataclasses.asdict(record).items() if k not in HISTORY_FIELDS}


@dataclass(frozen=True)
class Difference:
    """One field where what is being saved differs from what is stored now."""

    field: str
    yours: Any
    stored: Any


def differences(yours: Record, stored: Record) -> list[Difference]:
    """Field by field, where `yours` and `stored` say different things (history aside)."""
    mine, theirs = content(yours), content(stored)
    return [Difference(f, mine[f], theirs.get(f)) for f in mine if mine[f] != theirs.get(f)]


class EditRefused(UserError):
    """A write refused because the register changed under it; nothing was written."""

    code = "edits.refused"

    def __init__(self, code: str | None = None, *, record_id: str = "", **params: object):
        super().__init__(code, **params)
        self.record_id = record_id


class ChangedMeanwhile(EditRefused):
    """The record was saved elsewhere after the form was opened (its version moved on).

    `stored` is the record as it is now and `differences` what the save would change
    in it: the app shows both values and lets the person merge or save again."""

    def __init__(
        self, kind: str, record_id: str, expected: int, stored: Record, found: list[Difference]
    ):
        super().__init__(
            f"edits.changed_{kind}",
            record_id=record_id,
            count=len(found),
            expected=expected,
            version=stored.version,
        )
        self.expected_version = expected
        self.stored = stored
        self.differences = found


class GoneMeanwhile(EditRefused):
    """The record was deleted or forgotten after the form was opened: a save must not
    bring it back."""

    def __init__(self, kind: str, record_id: str):
        super().__init__(f"edits.gone_{kind}", record_id=record_id)


class UndoRefused(EditRefused):
    """Undo or redo would overwrite rows that changed after the change was made
    (`rows`: (table, id)), or would put back a key or tie someone else has taken since.
    The change is dropped from the history; nothing was written."""

    def __init__(self, direction: str, reason: str, rows: list[tuple[str, str]]):
        super().__init__(f"edits.{direction}_refused_{reason}", count=len(rows))
        self.direction = direction
        self.reason = reason
        self.rows = rows


_FROM_ROW = {"residents": rows.resident_from_row, "groups": rows.group_from_row}


def stored_record(db: Database, table: str, record_id: str) -> Record | None:
    """The resident or group (`table`) as stored now, or None when it is gone: what a
    form should open on, whatever the screen's copy of the register says."""
    row = next(db.query(f"SELECT * FROM [{table}] WHERE id = ?", [record_id]), None)
    return None if row is None else _FROM_ROW[table](row)
