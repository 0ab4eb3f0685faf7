"""Backups you can restore: consistent copies of the register, made with SQLite's online
backup API, in a private folder beside it.

`<db>.backups/` (0700) holds one file per backup (0600), named for when and why it was
made: `abcd-20261201T201500123456Z-import.db`. One is made before every schema upgrade,
import and forget, one a day when the app opens, and one whenever `abcd backup` is asked;
the newest `KEPT` stay, older ones are deleted. A backup is a complete register of its
own (rollback journal, no `-wal` beside it), so it can be opened, checked or restored.

`restore` checks the file first (SQLite, ours, not newer, not damaged), backs up the
register as it is, then copies the file *into* the live database through the backup API
in one write transaction: a crash half-way leaves the register as it was, and an app
that has the register open sees the restored one at its next read instead of a file
swapped beneath it. `store.forget` erases a forgotten person from every backup here.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from abcd_tui.domain.errors import UserError
from abcd_tui.paths import make_private_folder

KEPT = 10  # backups kept; the oldest go first
SQLITE_HEADER = b"SQLite format 3\x00"
OUR_TABLES = {"records", "residents", "groups", "ties"}
_PARTIAL = re.compile(r"-(\d+)\.partial$")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z0-9-]+)\.db$")


class BackupError(UserError):
    code = "backup.failed"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where it is, when and why it was made, how big it is."""

    path: Path
    created: datetime
    reason: str
    size: int

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "reason": self.reason,
            "bytes": self.size,
        }


def backups_folder(db_path: Path) -> Path:
    """The folder of `db_path`'s backups: `<name>.backups` beside it."""
    return db_path.with_name(db_path.name + ".backups")


def database_file(db: Database) -> Path:
    """The file of the main database of an open connection."""
    for _seq, name, file in db.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file)
    raise BackupError("backup.in_memory")


def is_full(exc: BaseException) -> bool:
    """Whether an error means the disk (or the database's size limit) is full."""
    if isinstance(exc, sqlite3.Error):
        return getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL" or "full" in str(exc)
    return isinstance(exc, OSError) and exc.errno in (28, 27, 122)  # ENOSPC, EFBIG, EDQUOT


def make_backup(
    db: Database, reason: str, db_path: Path | None = None, *, rotating: bool = True
) -> Path:
    """Copy the register into its backups folder now (consistent even while others
    write), keep the newest `KEPT`, and return the new file's path."""
    db_path = db_path or database_file(db)
    folder = backups_folder(db_path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    partial = folder / f".{target.name}-{os.getpid()}.partial"
    try:
        make_private_folder(folder)
        fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        os.chmod(partial, 0o600)
        dest = sqlite3.connect(partial, isolation_level=None)
        try:
            db.conn.backup(dest)
            # One self-contained file: no -wal to keep beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        for leftover in (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        code = "backup.disk_full" if is_full(exc) else "backup.failed"
        reason_text = getattr(exc, "strerror", None) or str(exc)
        raise BackupError(code, path=folder, reason=reason_text) from exc
    if rotating:
        rotate(db_path)
    return target


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of `db_path`, oldest first."""
    folder = backups_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
        try:
            size = path.stat().st_size
        except FileNotFoundError:  # rotated away meanwhile by another writer's backup
            continue
        found.append(BackupInfo(path, created, match["reason"], size))
    return sorted(found, key=lambda b: (b.created, b.path.name))


def rotate(db_path: Path, kept: int = KEPT) -> list[Path]:
    """Delete all but the newest `kept` backups; the paths deleted."""
    remove_partials(db_path)
    gone = [b.path for b in list_backups(db_path)[:-kept]]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def remove_partials(db_path: Path, *, every: bool = False) -> list[Path]:
    """Delete what killed backups and restores left in the backups folder (a partial
    copy, which can hold anyone): those whose process is gone, or `every` one."""
    from abcd_tui.store.staging import process_alive

    folder = backups_folder(db_path)
    gone = []
    for path in folder.glob(".*.partial") if folder.is_dir() else []:
        match = _PARTIAL.search(path.name)
        if every or not match or not process_alive(int(match[1])):
            for part in (path, Path(f"{path}-journal"), Path(f"{path}-wal")):
                part.unlink(missing_ok=True)
            gone.append(path)
    return gone


def daily_backup(db: Database, db_path: Path) -> Path | None:
    """A backup when the app opens, unless one was made today (UTC) already."""
    today = datetime.now(UTC).date()
    if any(b.created.date() == today for b in list_backups(db_path)):
        return None
    return make_backup(db, "daily", db_path)


def backup_files(db_path: Path) -> list[Path]:
    """Every copy of the register we know of: our backups, and the `.bak` copies older
    releases made beside it before an upgrade."""
    ours = [b.path for b in list_backups(db_path)]
    return ours + sorted(db_path.parent.glob(f"{db_path.name}.v*.bak"))


def check_register_file(path: Path) -> int:
    """The schema version of `path` if it is a register of ours that this release can
    open; else a BackupError that says what it is instead."""
    from abcd_tui.store.schema import SCHEMA_VERSION

    if not path.is_file():
        raise BackupError("restore.missing", path=path)
    with open(path, "rb") as file:
        header = file.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise BackupError("restore.not_sqlite", path=path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError("restore.damaged", path=path) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}
        if version == 0 or not tables >= OUR_TABLES:
            raise BackupError("restore.not_ours", path=path)
        if version > SCHEMA_VERSION:
            raise BackupError("restore.too_new", path=path, found=version, known=SCHEMA_VERSION)
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            raise BackupError("restore.damaged", path=path)
    except sqlite3.DatabaseError as exc:
        raise BackupError("restore.damaged", path=path) from exc
    finally:
        conn.close()
    return version


@dataclass
class Restored:
    """What `restore` did: the file restored and the backup made of the state before."""

    restored: Path
    before: Path
    residents: int
    forgotten_again: int = 0  # residents forgotten here since the copy, forgotten in it again


def restore(db_path: Path, file: Path) -> Restored:
    """Put the register `file` in place of the register at `db_path` (module doc)."""
    from abcd_tui.store.database import open_database

    file = Path(file)
    check_register_file(file)
    if db_path.exists() and file.resolve() == db_path.resolve():
        raise BackupError("restore.same_file", path=file)
    db = open_database(db_path)
    source: Path | None = None
    try:
        # Not rotated yet: the file to restore may be the oldest of those kept.
        before = make_backup(db, "before-restore", db_path, rotating=False)
        counters = db.execute("SELECT revision, forgets FROM changes").fetchone()
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        source = _prepared_copy(file, db_path, counters, page_size)
        # Whoever was forgotten here stays forgotten, also when the copy is older.
        from abcd_tui.store.forget import forget_again, forgotten_digests

        again = forget_again(source, forgotten_digests(db.conn))
        src = sqlite3.connect(source)
        try:
            # One step: the whole copy is one write transaction of the live file, so
            # a crash half-way leaves the register as it was.
            src.backup(db.conn)
        except sqlite3.Error as exc:
            code = "backup.disk_full" if is_full(exc) else "restore.failed"
            raise BackupError(code, path=db_path, reason=str(exc)) from exc
        finally:
            src.close()
        residents = db.execute("SELECT count(*) FROM residents").fetchone()[0]
        rotate(db_path)
    except OSError as exc:
        code = "backup.disk_full" if is_full(exc) else "restore.failed"
        raise BackupError(code, path=db_path, reason=exc.strerror or str(exc)) from exc
    finally:
        db.close()
        if source is not None:
            for part in (source, Path(f"{source}-journal"), Path(f"{source}-wal")):
                part.unlink(missing_ok=True)
    return Restored(restored=file, before=before, residents=residents, forgotten_again=again)


def _prepared_copy(file: Path, db_path: Path, counters: tuple[int, int], page_size: int) -> Path:
    """`file` copied into the backups folder (the file given stays as it was), brought
    up to the current schema if older, in the live register's page size (a register in
    WAL mode cannot change its own), with change counters beyond `counters` (the live
    register's revision and forgets): an app that has the register open reloads, and
    drops its undo history (rows of the state before), as after a forget."""
    from abcd_tui.store.database import migrate

    folder = backups_folder(db_path)
    make_private_folder(folder)
    copy = folder / f".restore-{os.getpid()}.partial"
    copy.unlink(missing_ok=True)
    os.close(os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    dest = sqlite3.connect(copy, isolation_level=None)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        if dest.execute("PRAGMA page_size").fetchone()[0] != page_size:
            dest.execute(f"PRAGMA page_size = {int(page_size)}")
            dest.execute("VACUUM")
        migrate(dest)
        revision, forgets = dest.execute("SELECT revision, forgets FROM changes").fetchone()
        dest.execute(
            "UPDATE changes SET revision = ?, forgets = ?",
            [max(revision, counters[0]) + 1, max(forgets, counters[1]) + 1],
        )
    except sqlite3.Error as exc:
        code = "backup.disk_full" if is_full(exc) else "restore.failed"
        raise BackupError(code, path=db_path, reason=str(exc)) from exc
    finally:
        conn.close()
        dest.close()
    return copy
