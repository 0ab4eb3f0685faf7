"""What SQLite's complaints mean for the person holding the file: a full disk, a damaged
file, a failing disk. Each becomes a message that says what happened, that nothing was
half saved, and what to do (for a damaged file: where its backups are).

SQLite reports these by result code (`sqlite_errorcode`, Python 3.11+); the text of the
exception is only a fallback.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from abcd_tui.domain.errors import UserError
from abcd_tui.store.database import StoreError

# SQLite's primary result codes (https://www.sqlite.org/rescode.html).
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26
SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUPS_SHOWN = 3


class FileTrouble(StoreError):
    """The database file or its disk failed; nothing was half saved."""

    code = "store.db_damaged"


def _primary(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def kind_of(exc: sqlite3.Error) -> str | None:
    """'full', 'damaged', 'notadb', 'disk' or 'readonly'; None for any other error."""
    code, text = _primary(exc), str(exc).lower()
    if code == SQLITE_FULL or "disk is full" in text:
        return "full"
    if code == SQLITE_CORRUPT or "malformed" in text or "corrupt" in text:
        return "damaged"
    if code == SQLITE_NOTADB or "not a database" in text:
        return "notadb"
    if code == SQLITE_IOERR or "disk i/o error" in text:
        return "disk"
    if code == SQLITE_READONLY or "readonly database" in text:
        return "readonly"
    return None


def backups_near(path: Path) -> list[Path]:
    """Backups of the database found beside it, newest first: `<name>*.bak` files and
    the files of a folder beside it whose name says backup."""
    folder = path.parent
    found: set[Path] = set()
    try:
        for pattern in (f"{path.name}*.bak", f"{path.stem}*.bak", f"{path.name}.*backup*"):
            found.update(p for p in folder.glob(pattern) if p.is_file())
        for sub in folder.iterdir():
            if sub.is_dir() and "backup" in sub.name.lower():
                found.update(p for p in sub.iterdir() if p.is_file())
    except OSError:
        return sorted(found)
    found.discard(path)

    def modified(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:
            return 0.0

    return sorted(found, key=modified, reverse=True)


def _looks_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as file:
            return file.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def explain(exc: sqlite3.Error, path: Path) -> UserError | None:
    """The message for an error of the file or its disk, or None when it is another
    kind of error (a constraint, a bug) that must not be dressed up as one."""
    kind = kind_of(exc)
    reason = str(exc)
    if kind == "full":
        return FileTrouble("store.disk_full", path=path)
    if kind == "disk":
        return FileTrouble("store.disk_error", path=path, reason=reason)
    if kind == "readonly":
        return FileTrouble("store.db_readonly", path=path)
    if kind in ("damaged", "notadb"):
        backups = backups_near(path)
        if kind == "notadb" and not backups and not _looks_like_sqlite(path):
            return None  # a file of something else: the caller says "not a database"
        if not backups:
            return FileTrouble("store.db_damaged_no_backup", path=path, reason=reason)
        shown = ", ".join(str(p) for p in backups[:BACKUPS_SHOWN])
        more = len(backups) - BACKUPS_SHOWN
        return FileTrouble(
            "store.db_damaged",
            path=path,
            reason=reason,
            backups=shown + (f" (+{more})" if more > 0 else ""),
            newest=backups[0],
        )
    return None


def file_trouble(exc: BaseException, path: Path) -> UserError | None:
    """The message for a full disk or a damaged file met outside a write (while
    reading, say), for any exception: None when it is not SQLite's."""
    return explain(exc, path) if isinstance(exc, sqlite3.Error) else None
