"""The register on disk, as the app and the CLI hold it: a path, and a way to run one
read or one write on it.

Every layer above the store works through this handle and the named functions of the
store and the analysis (`reads.still_to_ask`, `actions.record_visit`, ...): it never
opens a connection, runs SQL or imports sqlite. Each call opens its own short-lived
connection, so a call is safe from any thread (a Textual worker included: sqlite3
objects stay in the thread that made them) and sees what another program wrote.
The connection comes from `database` (sqlite-utils), loaded at the first call, not at
import: `abcd stats` never needs it (`counted`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:
    from sqlite_utils import Database

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Register:
    """The map of one neighbourhood: the SQLite file at `path`."""

    path: Path

    def create(self) -> bool:
        """Make the file (schema and migrations) if missing; True if it was new."""
        from abcd_tui.store.database import open_database

        new = not self.path.exists()
        open_database(self.path, create=True).close()
        return new

    def read(
        self, fn: Callable[Concatenate[Database, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """`fn(db, ...)` on its own connection, in one read transaction: several
        queries see one state of the register whatever others write meanwhile."""
        from abcd_tui.store.database import open_database, read_transaction

        db = open_database(self.path, create=False)
        try:
            with read_transaction(db):
                return fn(db, *args, **kwargs)
        finally:
            db.close()

    def look(
        self, fn: Callable[Concatenate[Database, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """`fn(db, ...)` on its own connection without a transaction around it, for a
        function that manages its own (a forget, a backup, an analysis that caches)."""
        from abcd_tui.store.database import open_database

        db = open_database(self.path, create=False)
        try:
            return fn(db, *args, **kwargs)
        finally:
            db.close()

    def write(
        self, fn: Callable[Concatenate[Database, P], T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """`fn(db, ...)` as one user action: one transaction, all of it lands or none."""
        from abcd_tui.store.database import open_database, write_transaction

        db = open_database(self.path, create=False)
        try:
            with write_transaction(db):
                return fn(db, *args, **kwargs)
        finally:
            db.close()

    def counted(self, fn: Callable[[Database], T]) -> tuple[T] | None:
        """`(fn(db),)` in one read transaction on plain sqlite3, without loading
        sqlite-utils (`plain.py`), for a read of counts that uses only `db.execute`;
        None when the register must be opened first (missing, to upgrade, damaged):
        then `read` does it, and says what is wrong."""
        from abcd_tui.store.plain import counted

        return counted(self.path, fn)
