"""Opening the database: owner-only files, WAL, foreign keys, waiting writers, upgrades.

Every connection comes from `open_database`. Each user action is one
`write_transaction`; record writes go through `writes.py` (its docstring lists the few
other writers). This module writes only the schema (migrations) and the change counter
that every write transaction raises (`revision`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlite_utils import Database

from abcd_tui.domain.errors import UserError
from abcd_tui.domain.text import match_key
from abcd_tui.paths import make_private_folder
from abcd_tui.store.schema import MIGRATIONS, SCHEMA_VERSION

# How long one attempt waits for another writer (SQLite's own busy handler), and how
# long a write waits in all before it gives up with a message instead of a crash.
BUSY_TIMEOUT_S = 5.0
WRITE_WAIT_LIMIT_S = 600.0


class StoreError(UserError):
    code = "store.error"


def _create_private(path: Path) -> None:
    """Create the database file (and its folder, if missing) readable by the owner only."""
    make_private_folder(path.parent)  # and each folder on the way, whatever the umask
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    # Newly made here: an umask could have widened nothing, but make it certain.
    os.chmod(path, 0o600)


def collate_names(a: str, b: str) -> int:
    """Sort names as people read them: 'Åke' with the A's, 'de Vries' with the d's."""
    left, right = (match_key(a), a), (match_key(b), b)
    return (left > right) - (left < right)


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no hidden transactions; we say BEGIN ourselves, and
    # sqlite-utils' atomic() nests inside ours as a savepoint.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
    conn.create_collation("abcd", collate_names)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            retry_busy(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        conn.execute("PRAGMA synchronous = NORMAL")
        # 64 MB of page cache: ids are random UUIDs, so bulk inserts touch index pages
        # all over; a larger cache keeps a 100,000-resident import fast.
        conn.execute("PRAGMA cache_size = -65536")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _explain(exc, path) from exc
    return conn


def _explain(exc: sqlite3.Error, path: Path) -> UserError:
    """What SQLite's complaint means for the person holding the file."""
    from abcd_tui.store import trouble

    found = trouble.explain(exc, path)
    if found is not None:  # a full disk, a damaged file, a failing disk
        return found
    text = str(exc)
    if "not a database" in text:
        return StoreError("store.not_a_database", path=path)
    if "malformed" in text or "corrupt" in text:
        return StoreError("store.damaged", path=path)
    return StoreError("store.cannot_open", path=path, reason=text)


class RegisterDatabase(Database):
    """A sqlite-utils `Database` as `open_database` hands it out, with what opening
    learnt: `upgraded_from` (the old schema version and its backup, or None), and
    `counts_changes` (write transactions raise the change counter: False only while
    migrations run, which do not count themselves)."""

    upgraded_from: tuple[int, Path] | None = None
    counts_changes: bool = False


def open_database(path: str | os.PathLike[str], *, create: bool = True) -> RegisterDatabase:
    """Open (or create) the register at `path` and bring its schema up to date.

    A database of an older schema is copied to `<name>.v<N>-<time>.bak` beside it, then
    upgraded in place. A database made by a newer release is refused, not touched.
    """
    path = Path(path)
    if path.is_dir():
        raise StoreError("store.is_directory", path=path)
    if path.exists() and not path.is_file():
        raise StoreError("store.not_a_database", path=path)  # /dev/null, a pipe, ...
    if not path.exists():
        if not create:
            raise StoreError("store.missing", path=path)
        try:
            _create_private(path)
        except FileExistsError:
            pass  # another process made it a moment ago
        except OSError as exc:
            raise StoreError("store.cannot_create", path=path, reason=exc.strerror) from exc
    conn = _connect(path)
    db = RegisterDatabase(conn, execute_plugins=False)
    try:
        db.upgraded_from = _bring_up_to_date(db, path)
        # From here on the change counter exists (the schema is current); migrations,
        # which run before, do not count themselves.
        db.counts_changes = True
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _explain(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return db


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def _bring_up_to_date(db: Database, path: Path) -> tuple[int, Path] | None:
    """Apply missing migrations; (old version, backup) if this call upgraded it."""
    version = schema_version(db)
    if version == SCHEMA_VERSION:
        return None
    if version > SCHEMA_VERSION:
        raise StoreError("store.too_new", path=path, found=version, known=SCHEMA_VERSION)
    if version == 0 and db.table_names():
        raise StoreError("store.foreign_database", path=path)
    backup = None
    if version == 0:
        # An empty file becomes a register: ours now, owner-only like one we made
        # (unless it belongs to someone else, who chose its mode).
        with contextlib.suppress(PermissionError):
            os.chmod(path, 0o600)
    if version > 0:
        # Before taking the write lock: SQLite's backup cannot read through our own open
        # write transaction. Should another process upgrade meanwhile, the copy is
        # still a faithful copy of the old database.
        from abcd_tui.store.backup import make_backup

        backup = make_backup(db, f"v{version}", path)
    with write_transaction(db):
        # Another process may have upgraded it while we waited for the lock.
        if schema_version(db) == SCHEMA_VERSION:
            return None
        migrate(db.conn, version)
    return (version, backup) if backup else None


def migrate(conn: sqlite3.Connection, version: int | None = None) -> None:
    """Apply the migrations a register of schema `version` lacks, in the caller's
    transaction (or in one of its own)."""
    if version is None:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            migration(conn)
            conn.execute(f"PRAGMA user_version = {number}")
    except BaseException:
        if own:
            conn.rollback()
        raise
    if own:
        conn.execute("COMMIT")


def retry_busy(action: Callable[[], object], on_wait: Callable[[float], None] | None = None):
    """Run `action`, waiting while another process holds the write lock."""
    started = time.monotonic()
    while True:
        try:
            return action()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            waited = time.monotonic() - started
            if waited > WRITE_WAIT_LIMIT_S:
                raise StoreError("store.busy", seconds=int(waited)) from exc
            if on_wait is not None:
                on_wait(waited)
            time.sleep(0.05)


@contextlib.contextmanager
def write_transaction(
    db: Database, on_wait: Callable[[float], None] | None = None, *, counts: bool = True
) -> Iterator[Database]:
    """One user action, one transaction: all of it lands, or none of it.

    BEGIN IMMEDIATE takes the write lock up front, so two writers queue instead of one
    failing half-way with "database is locked". Nested calls join the outer transaction.
    `counts=False` for a write that leaves the register as it was (a snapshot), so
    the analysis of an unchanged graph is not recomputed.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    retry_busy(lambda: db.conn.execute("BEGIN IMMEDIATE"), on_wait)
    try:
        yield db
        if counts and getattr(db, "counts_changes", False):
            db.conn.execute("UPDATE changes SET revision = revision + 1")
        retry_busy(lambda: db.conn.execute("COMMIT"), on_wait)
    except sqlite3.Error as exc:
        # A full disk or a damaged file: rolled back, and said so in words.
        with contextlib.suppress(sqlite3.Error):
            db.conn.rollback()
        found = file_trouble(db, exc)
        if found is None:
            raise
        raise found from exc
    except BaseException:
        db.conn.rollback()
        raise


def file_trouble(db: Database, exc: sqlite3.Error) -> UserError | None:
    """The message for a full disk or a damaged file under `db`, else None."""
    from abcd_tui.store import trouble

    if trouble.kind_of(exc) is None:
        return None
    try:
        row = db.conn.execute("PRAGMA database_list").fetchone()
        path = Path(row[2]) if row and row[2] else Path("?")
    except sqlite3.Error:
        path = Path("?")
    return trouble.explain(exc, path) or _explain(exc, path)


@contextlib.contextmanager
def read_transaction(db: Database) -> Iterator[Database]:
    """Several reads that see one state of the register, whatever others write
    meanwhile (WAL gives each read transaction its own snapshot)."""
    if db.conn.in_transaction:
        yield db
        return
    db.conn.execute("BEGIN")
    try:
        yield db
    finally:
        db.conn.execute("COMMIT")


def revision(db: Database) -> int:
    """How many write transactions this register has seen: equal means unchanged."""
    return db.execute("SELECT revision FROM changes").fetchone()[0]
