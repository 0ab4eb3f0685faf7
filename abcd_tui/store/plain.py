"""The register on plain sqlite3, for a command that only counts (`abcd stats`).

sqlite-utils costs some 35 ms of imports, as much again as the rest of `abcd stats`;
a read of a few counts needs nothing of it. `counted` opens the file as it is and
runs a read on a `PlainDatabase` (the `execute` and `conn` of sqlite-utils'
`Database`, nothing more) in one read transaction. Only for a register that needs no
work first: a file that is missing, of another schema (to upgrade or to refuse), or
that will not open is left to `open_database`, which says what is wrong or brings it
up to date (`counted` gives None, and the caller takes the ordinary way).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

# As `database.BUSY_TIMEOUT_S` (not imported: that module loads sqlite-utils).
BUSY_TIMEOUT_MS = 5000


class PlainDatabase:
    """A plain sqlite3 connection with the one method of sqlite-utils' `Database`
    that counting reads use (`execute`)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> sqlite3.Cursor:
        """Run one statement, as `Database.execute` does."""
        return self.conn.execute(sql, tuple(parameters or ()))


def counted(path: Path, read: Callable[[Any], T]) -> tuple[T] | None:
    """`(read(db),)` on a `PlainDatabase` of the register at `path`, in one read
    transaction; None when the register needs `open_database` first (see above)."""
    from abcd_tui.store.schema import SCHEMA_VERSION

    if not path.is_file():
        return None
    try:
        # mode=rw: never creates a file; isolation_level=None: we say BEGIN ourselves.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            return None  # not yet as `open_database` leaves it
        conn.execute("BEGIN")
        try:
            return (read(PlainDatabase(conn)),)
        finally:
            conn.execute("ROLLBACK")
    except sqlite3.DatabaseError:
        return None  # damaged, not a database: `open_database` says which
    finally:
        conn.close()
