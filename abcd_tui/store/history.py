"""Undo and redo: every user action as the rows it changed, before and after.

A `Change` is one user action ("band tussen Jan en Fatma toegevoegd"): for each row it
touched, the row as it was and as it became (None where it did not exist). Undo writes
the `before` side back, redo the `after` side, each in one transaction. Because a change
is rows, not a recipe, undoing works the same for adding, editing, deleting and tying,
and across screens. A `History` keeps the stacks for one session of the app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from abcd_tui.store import writes
from abcd_tui.store.database import write_transaction
from abcd_tui.store.edits import UndoRefused

RowKey = tuple[str, str]  # (table, id)


@dataclass
class RowChange:
    table: str
    id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass
class Change:
    """One user action, named for the user by a message code and its parameters."""

    code: str
    params: dict[str, str] = field(default_factory=dict)
    rows: list[RowChange] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return all(r.before == r.after for r in self.rows)

    @classmethod
    def merged(cls, changes: list[Change]) -> Change:
        """Several changes as one (a person with the ties typed for them): one ctrl+z
        takes all of it back. Named after the first."""
        first = changes[0]
        return cls(first.code, first.params, [row for c in changes for row in c.rows])


def _row(db: Database, table: str, id_: str) -> dict[str, Any] | None:
    return writes.stored_row(db, table, id_)


def record(
    db: Database,
    code: str,
    params: dict[str, str],
    watch: Callable[[], Iterable[RowKey]],
    action: Callable[[], object],
) -> Change:
    """Run `action` in one transaction and return what it changed in the watched rows.

    `watch` is asked twice, before and after, so rows the action creates (whose ids the
    caller knows) and rows it removes (ties that go with a person) are both seen.
    """
    with write_transaction(db):
        keys = list(dict.fromkeys(watch()))
        before = {k: _row(db, *k) for k in keys}
        action()
        keys += [k for k in dict.fromkeys(watch()) if k not in before]
        rows = [RowChange(t, i, before.get((t, i)), _row(db, t, i)) for t, i in keys]
    return Change(code, params, [r for r in rows if r.before != r.after])


class History:
    """The undo and redo stacks of one session. A new change clears what could be redone."""

    def __init__(self, limit: int = 500):
        self.limit = limit
        self.done: list[Change] = []
        self.undone: list[Change] = []

    def add(self, change: Change) -> Change:
        if not change.empty:
            self.done.append(change)
            del self.done[: -self.limit]
            self.undone.clear()
        return change

    def undo(self, db: Database) -> Change | None:
        """Undo the latest change; returns it (to name it to the user), or None.

        Refused (`edits.UndoRefused`, nothing written) when its rows changed since:
        then the change leaves the history, as it can no longer be taken back, and the
        next undo goes on with the one before it."""
        return self._step(db, self.done, self.undone, "before")

    def redo(self, db: Database) -> Change | None:
        """Redo the latest undone change; refused like `undo` when its rows changed."""
        return self._step(db, self.undone, self.done, "after")

    @staticmethod
    def _step(db: Database, source: list[Change], target: list[Change], side: str):
        if not source:
            return None
        change = source[-1]
        try:
            change.rows = writes.restore_rows(db, change.rows, side)
        except UndoRefused:
            source.pop()
            raise
        target.append(source.pop())
        return change
